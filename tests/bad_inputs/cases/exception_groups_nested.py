g = ValueError("leaf")
for i in range(100000):
    g = ExceptionGroup("level", [g])
try:
    raise g
except* ValueError:
    print("caught")
