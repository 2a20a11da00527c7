l = []
for i in range(1000000):
    l = [l]
print(len(repr(l)))
