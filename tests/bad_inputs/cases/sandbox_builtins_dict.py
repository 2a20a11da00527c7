print(__builtins__.__dict__["open"])
