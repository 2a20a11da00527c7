import json

print(json.loads('{"safe": true}'))
for name in ("load", "dump"):
    try:
        getattr(json, name)
    except AttributeError as e:
        print(e)
with_file = json.load(open("/etc/passwd"))
