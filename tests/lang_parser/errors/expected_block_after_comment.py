async def main():
    # nothing here yet
