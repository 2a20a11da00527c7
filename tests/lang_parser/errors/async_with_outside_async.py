async with lock:
    pass
