g = globals()
