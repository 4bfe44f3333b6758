"""Speak several lines concurrently with the async client and report the balance afterwards."""

import asyncio

from a2e import AsyncA2E


async def main() -> None:
    async with AsyncA2E() as client:
        lines = ["Welcome.", "Your order has shipped.", "Thanks for waiting."]
        urls = await asyncio.gather(*(client.voices.tts(msg=line) for line in lines))
        for line, url in zip(lines, urls, strict=True):
            print(f"{line!r} -> {url}")
        balance = await client.credits.remaining()
        print("coins left:", balance.coins)


asyncio.run(main())
