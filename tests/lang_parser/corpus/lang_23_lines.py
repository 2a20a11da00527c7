# Comments, blank lines and line joining.

total = 1 + \
    2 + \
    3
if total > 1 and \
        total < 10:
    pass

values = [
    1,  # one
    2,  # two
]

call = max(
    1,
    2
)

a = 1; b = 2; c = 3;
def f(): return 1
class K: pass

   
def spaced():

    x = 1


    # a comment at another indentation
        # and a deeper one
    return x
# trailing comment without newline at end
