a, b, c, d = 1, 2, 3, 4
r1 = a < b
r2 = a < b < c
r3 = a <= b >= c == d != a
r4 = a in [1, 2]
r5 = a not in (3, 4)
r6 = a is None
r7 = a is not None
r8 = a < b and b < c or not c > d
r9 = not a == b
r10 = (a < b) == (c < d)
r11 = a == b == c is not d in [4] not in [[4]]
r12 = a if a > b else b if b > c else c
