seq = list(range(10))
a = seq[1]
b = seq[-1]
c = seq[1:5]
d = seq[::2]
e = seq[::-1]
f = seq[1:8:3]
g = seq[:]
h = seq[:3]
i = seq[3:]
j = seq[-3:-1]
k = seq[len(seq) // 2:]
grid = {(0, 0): 1}
l = grid[0, 0]
m = grid[(0, 0)]
import collections
n = collections.OrderedDict()
arr = [[1, 2], [3, 4]]
o = arr[0][1:]
p = seq[1:2,]
q = seq[...] if False else None
r = seq[:, None] if False else None
s = seq[1:2, ::3] if False else None
t = seq[*a] if False else None
seq[1:3] = [0, 0]
del seq[::2]
