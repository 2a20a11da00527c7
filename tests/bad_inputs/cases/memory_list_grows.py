x = []
while True: x.append(list(range(1000)))
