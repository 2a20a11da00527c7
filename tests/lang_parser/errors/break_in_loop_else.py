while x:
    pass
else:
    break
