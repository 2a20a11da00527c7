a, b, c = True, False, None
r1 = a and b
r2 = a or b or c
r3 = a and b or c
r4 = a or b and c
r5 = not a and b
r6 = not (a and b)
r7 = a and not b or not c and a
r8 = a if b else c
r9 = a if b else c if a else b
r10 = (a if b else c) if a else b
r11 = lambda: a if b else c
r12 = a or (lambda: b)
r13 = [x for x in range(3) if x and not x % 2 or x == 1]
