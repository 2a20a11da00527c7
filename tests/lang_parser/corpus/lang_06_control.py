x = 5
if x > 3:
    print("big")
elif x > 1:
    print("medium")
elif x == 1:
    pass
else:
    print("small")

for i in range(10):
    if i == 2:
        continue
    if i == 8:
        break
else:
    print("no break")

while x:
    x -= 1
    if x == 2:
        break
else:
    print("exhausted")

for a, b in [(1, 2), (3, 4)]:
    for (c, d), e in [((1, 2), 3)]:
        while True:
            break
        continue

for i in range(3): print(i)
while False: pass
if x: pass
else: x = 1

n = 0
while n < 3:
    n += 1
    for _ in range(2):
        if n:
            continue
        break
