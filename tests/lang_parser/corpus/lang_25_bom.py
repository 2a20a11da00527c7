import asyncio
print("with BOM")
