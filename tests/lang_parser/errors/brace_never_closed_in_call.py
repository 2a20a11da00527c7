print({"a": 1,
