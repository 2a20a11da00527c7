l = []
for i in range(200000):
    l = [l]
print(len(repr(l)))
