import asyncio
asyncio.run(main())

$
Entering async context
