import re

match = re.match(r"\d+", "123")
case = 1
_ = match
print(match, case, _)
match.group(0)
match = [match]
case = {"case": case}
def match_function(match, case, _=None):
    return match, case, _
x = match[0] if match else None
for _ in range(2):
    pass
match, case = case, match
