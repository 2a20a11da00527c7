class A:
    pass
print(A.__init__.__globals__)
