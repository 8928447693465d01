"""Group commit: coroutines of one event loop that write at the same moment share a transaction.

`group_commit(write_batch)` returns the committer of the running loop for that batch function.
`await committer.submit(item)` queues the item; if no write is in flight one starts at once with
everything queued, otherwise the item joins the next batch. `write_batch(items)` runs in the
database thread (`sync_to_async`) and returns one result per item, an Exception instance for an
item that failed alone. One caller alone pays one transaction; a thousand share a few.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import Any

from asgiref.sync import sync_to_async

WriteBatch = Callable[[list[Any]], list[Any]]


class GroupCommit:
    def __init__(self, write_batch: WriteBatch) -> None:
        self.write_batch = write_batch
        self.pending: list[tuple[Any, asyncio.Future]] = []
        self.flushing = False

    async def submit(self, item: Any) -> Any:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self.pending.append((item, future))
        if not self.flushing:
            self.flushing = True
            loop.create_task(self._flush())
        result = await future
        if isinstance(result, Exception):
            raise result
        return result

    async def _flush(self) -> None:
        try:
            while self.pending:
                batch, self.pending = self.pending, []
                try:
                    results = await sync_to_async(self.write_batch)([item for item, _ in batch])
                except BaseException as exc:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(exc)
                    if isinstance(exc, asyncio.CancelledError):
                        raise
                    continue
                for (_, future), result in zip(batch, results, strict=True):
                    if not future.done():
                        future.set_result(result)
        finally:
            self.flushing = False


_committers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[WriteBatch, GroupCommit]] = (
    weakref.WeakKeyDictionary()
)


def group_commit(write_batch: WriteBatch) -> GroupCommit:
    per_loop = _committers.setdefault(asyncio.get_running_loop(), {})
    committer = per_loop.get(write_batch)
    if committer is None:
        committer = per_loop[write_batch] = GroupCommit(write_batch)
    return committer


def write_each_alone(items: list[Any], write_batch: WriteBatch) -> list[Any]:
    """After a batch failed: write every item in its own call, so one bad item fails alone."""
    results: list[Any] = []
    for item in items:
        try:
            results.extend(write_batch([item]))
        except Exception as exc:
            results.append(exc)
    return results
