import asyncio
import json

RAW = [
    '{"id": 1, "op": "add", "args": [2, 3]}',
    '{"id": 2, "op": "mul", "args": [4, 2.5]}',
    '{"id": 3, "op": "add", "args": [1, 2],}',
    '{"id": 4 "op": "neg"}',
    '[1, 2',
    '{"id": 5, "op": "echo", "args": ["caf\\u00e9 \\ud83d\\ude00", "tab\\there", "line\\nbreak"]}',
    '   {"id": 6, "op": "noop", "args": null, "flag": true, "nothing": false}   ',
    '{"id": 7} trailing',
    '',
    '"unterminated',
    '{"id": 8, "op": "add", "args": [1e3, -2E-2, 0, -0]}',
]


async def producer(queue):
    for line in RAW:
        await queue.put(line)
        await asyncio.sleep(0.01)
    await queue.put(None)


async def consumer(queue, results):
    while (line := await queue.get()) is not None:
        try:
            msg = json.loads(line)
        except json.JSONDecodeError as e:
            print(f"bad message {line!r}: {e}")
            continue
        if not isinstance(msg, dict):
            print("not an object:", msg)
            continue
        op, args = msg.get("op"), msg.get("args")
        if op == "add":
            value = sum(args)
        elif op == "mul":
            value = args[0] * args[1]
        else:
            value = args
        results[msg["id"]] = value
        print(f"message {msg['id']}: {op} -> {value!r}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = {}
    await asyncio.gather(producer(queue), consumer(queue, results))
    print(json.dumps(results, sort_keys=True))
    try:
        json.loads("{'single': 'quotes'}")
    except ValueError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
    try:
        json.dumps({"bad": object()})
    except TypeError as e:
        print("TypeError:", e)
    loop_data = {"self": None}
    loop_data["self"] = loop_data
    try:
        json.dumps(loop_data)
    except ValueError as e:
        print("ValueError:", e)
    json.loads('{"final": [1, 2,, 3]}')


asyncio.run(main())
