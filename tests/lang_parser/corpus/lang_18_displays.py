a, b = [1, 2], [3]
empty_list = []
empty_dict = {}
empty_tuple = ()
single = (1,)
parenthesized = (1)
trailing = [1, 2, 3,]
tuple_no_parens = 1, 2, 3
tuple_trailing = 1,
merged = [*a, *b, 0]
merged_tuple = (*a, *b)
merged_set = {*a, *b}
dict_merge = {**{"x": 1}, "y": 2, **{"z": 3}}
nested = {"list": [1, {"inner": (2, 3)}], "set": {4, 5}}
multiline = [
    1,
    2,
    # a comment inside
    3,
]
mapping = {
    "key": "value",
    1: 2,
    (1, 2): [3],
    None: ...,
}
