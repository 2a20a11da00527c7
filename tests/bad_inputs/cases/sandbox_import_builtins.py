import builtins
builtins.open("/etc/passwd")
