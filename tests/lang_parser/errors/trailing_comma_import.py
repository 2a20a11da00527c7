from asyncio import sleep,
