# wait_for cancels the inner task on timeout and waits until it has finished (its cleanup
# runs before TimeoutError reaches the caller).
import asyncio

async def slow():
    try:
        await asyncio.sleep(3)
        return "slow"
    except asyncio.CancelledError:
        print("slow cancelled, cleaning up")
        await asyncio.sleep(1)
        print("slow cleaned up")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except asyncio.TimeoutError:
        print("Timeout!", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(slow(), timeout=5))

asyncio.run(main())
