"""A least-recently-used cache bounded by the bytes it holds, shared by the kept responses
(decision 0039) and the kept renderings (decision 0030); cachetools keeps the order and the
sizes (decision 0049).

Each worker's caches are read and written from the event loop and from the thread pool at
once, so every operation holds one lock. A value larger than the whole bound is not kept (and
leaves what its key held as it was): it would only push everything else out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from cachetools import LRUCache

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class ByteBoundedLRU(Generic[K, V]):
    """At most `max_bytes` of values, as `size_of` counts them; the least recently used (read
    or written) leaves first. Thread-safe."""

    def __init__(self, max_bytes: int, size_of: Callable[[V], int]) -> None:
        self._max_bytes = max_bytes
        self._size_of = size_of
        self._entries: LRUCache[K, V] = LRUCache(maxsize=max_bytes, getsizeof=size_of)
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value kept under `key`, now the most recently used; None if none is kept."""
        with self._lock:
            return self._entries.get(key)

    def put(self, key: K, value: V) -> None:
        """Keep `value` under `key` as the most recently used, the least recently used leaving
        until it fits; a value larger than `max_bytes` is not kept."""
        if self._size_of(value) > self._max_bytes:
            return
        with self._lock:
            # A replaced value leaves first, so only what the new one needs is evicted.
            self._entries.pop(key, None)
            self._entries[key] = value

    def __contains__(self, key: K) -> bool:
        """Whether a value is kept under `key`; asking does not count as a use."""
        with self._lock:
            return key in self._entries

    @property
    def size_bytes(self) -> int:
        return int(self._entries.currsize)

    @property
    def max_bytes(self) -> int:
        return self._max_bytes

    def __len__(self) -> int:
        return len(self._entries)


__all__ = ["ByteBoundedLRU"]
