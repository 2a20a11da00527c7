import re

data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(f"List is too long ({n} elements, expected <= 3)")

while (chunk := data[:2]):
    data = data[2:]

matches = [y for x in data if (y := x * 2) > 2]
print(total := sum(data), total)
if m := re.match(r"(\d+)", "123"):
    print(m.group(1))
values = {key: (v := key * 2) for key in range(3)}
found = any((last := item) > 1 for item in [0, 1, 2])
