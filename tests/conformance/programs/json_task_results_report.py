import asyncio
import json


async def fetch(city, delay, temp):
    await asyncio.sleep(delay)
    if temp is None:
        raise ConnectionError(f"{city}: sensor offline")
    return {"city": city, "temp_c": temp, "tags": ["ok", "測試"], "ratio": temp / 3}


async def main():
    cities = [("Zürich", 0.3, 21.5), ("北京", 0.1, 30), ("Lima", 0.2, None), ("Oslo", 0.05, -4)]
    results = await asyncio.gather(*(fetch(*c) for c in cities), return_exceptions=True)
    report = {"ok": [], "failed": {}, "meta": {"count": len(cities), "complete": False, "source": None}}
    for (city, _, _), r in zip(cities, results):
        if isinstance(r, Exception):
            report["failed"][city] = str(r)
        else:
            report["ok"].append(r)
    report["meta"]["complete"] = not report["failed"]
    print(json.dumps(report))
    print(json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False))
    print(json.dumps(report["meta"], separators=(",", ":")))
    text = json.dumps(report, indent=4)
    back = json.loads(text)
    print(back == report, type(back["ok"]), back["ok"][0]["tags"], back["meta"])
    print(json.dumps([(1, 2), {"nested": {"empty": {}, "list": []}}], indent="--"))
    print(json.dumps({3: "int key", 1.5: "float key", True: "bool key", None: "none key"}))
    print(json.dumps({"when": {1, 2, 3}}, default=sorted), json.dumps(float("inf")), json.dumps(2 ** 70))


asyncio.run(main())
