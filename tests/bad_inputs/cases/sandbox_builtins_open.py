b = __builtins__
print(b.open("/etc/passwd"))
