import asyncio
async def main():
    await asyncio.create_subprocess_exec("ls")
asyncio.run(main())
