"""Waits that a webhook can cut short: the sleeps of `wait` / `wait_many` between polls.

A `webhooks.Receiver` in this process calls `wake(task_id)` when A2E says a job ended; a wait
sleeping on that id polls at once instead of at its next interval. While a receiver is open, waits
poll at least `safety_poll` seconds apart (delivery is best effort, so they still poll, slowly).
Only real sleeps are interruptible: a test's injected sleep is called as it is.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # both are imported by the async waits that use them: a sync client never loads them
    import asyncio

REMEMBERED = 10_000
"""Wakes kept for ids nobody was sleeping on yet (a wait between two polls), oldest dropped first."""

_lock = threading.Lock()
_sleepers: dict[str, set[threading.Event]] = {}
_async_sleepers: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}
_early: OrderedDict[str, None] = OrderedDict()
_safety_polls: dict[int, float] = {}


def wake(task_id: str) -> None:
    """Cut short every wait sleeping on `task_id` (from any thread); remembered if none is asleep."""
    with _lock:
        events = _sleepers.get(task_id, set())
        loops = _async_sleepers.get(task_id, set())
        if not events and not loops:
            _early[task_id] = None
            _early.move_to_end(task_id)
            while len(_early) > REMEMBERED:
                _early.popitem(last=False)
    for event in events:
        event.set()
    for loop, async_event in loops:
        if not loop.is_closed():
            loop.call_soon_threadsafe(async_event.set)


def safety_poll() -> float:
    """The slowest poll interval an open receiver asks for (0: none is open)."""
    with _lock:
        return max(_safety_polls.values(), default=0.0)


def open_receiver(owner: object, seconds: float) -> None:
    with _lock:
        _safety_polls[id(owner)] = seconds


def close_receiver(owner: object) -> None:
    with _lock:
        _safety_polls.pop(id(owner), None)


def _woken_early(task_ids: Iterable[str]) -> bool:
    woken = [task_id for task_id in task_ids if task_id in _early]
    for task_id in woken:
        del _early[task_id]
    return bool(woken)


def pause(sleep: Callable[[float], None], task_ids: list[str], seconds: float) -> None:
    """`sleep(seconds)`, ended early by `wake` of one of `task_ids` when `sleep` is the real one."""
    if sleep is not time.sleep:
        sleep(seconds)
        return
    event = threading.Event()
    with _lock:
        if _woken_early(task_ids):
            return
        for task_id in task_ids:
            _sleepers.setdefault(task_id, set()).add(event)
    try:
        event.wait(seconds)
    finally:
        with _lock:
            for task_id in task_ids:
                _forget(_sleepers, task_id, event)


async def pause_async(sleep: Callable[[float], Awaitable[Any]], task_ids: list[str], seconds: float) -> None:
    """As `pause`, for the async runner (interruptible on asyncio; on trio a plain sleep)."""
    import asyncio

    import anyio

    loop = _asyncio_loop()
    if sleep is not anyio.sleep or loop is None:
        await sleep(seconds)
        return
    entry = (loop, asyncio.Event())
    with _lock:
        if _woken_early(task_ids):
            return
        for task_id in task_ids:
            _async_sleepers.setdefault(task_id, set()).add(entry)
    try:
        with anyio.move_on_after(seconds):
            await entry[1].wait()
    finally:
        with _lock:
            for task_id in task_ids:
                _forget(_async_sleepers, task_id, entry)


def _asyncio_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # trio
        return None


def _forget(table: dict[str, set[Any]], task_id: str, entry: object) -> None:
    waiting = table.get(task_id)
    if waiting is not None:
        waiting.discard(entry)
        if not waiting:
            del table[task_id]
