"""The byte-bounded LRU behind the kept responses and the kept renderings: it never holds more
than its bound, and what leaves is what was used longest ago, only when room is needed."""

from __future__ import annotations

import threading

from hypothesis import given
from hypothesis import strategies as st

from app.http.lru import ByteBoundedLRU

BOUND = 20
KEYS = "abcd"

PUTS = st.tuples(st.just("put"), st.sampled_from(KEYS), st.binary(max_size=BOUND + 5))
GETS = st.tuples(st.just("get"), st.sampled_from(KEYS), st.just(b""))
OPERATIONS = st.lists(st.one_of(PUTS, GETS), max_size=60)


def _cache(max_bytes: int = BOUND) -> ByteBoundedLRU[str, bytes]:
    return ByteBoundedLRU(max_bytes, size_of=len)


@given(OPERATIONS)
def test_the_bytes_held_never_exceed_the_bound(operations: list[tuple[str, str, bytes]]) -> None:
    cache = _cache()
    last_fitting: dict[str, bytes] = {}
    for action, key, value in operations:
        if action == "put":
            cache.put(key, value)
            if len(value) <= BOUND:
                last_fitting[key] = value
        else:
            cache.get(key)
        held = [value for key, value in last_fitting.items() if key in cache]
        assert cache.size_bytes == sum(map(len, held)) <= BOUND
        assert len(cache) == len(held)


@given(OPERATIONS)
def test_the_most_recently_used_entries_survive(operations: list[tuple[str, str, bytes]]) -> None:
    """No entry that left was used after one that stayed, and one leaves only when the value
    put would not fit beside the entries that stayed."""
    cache = _cache()
    last_use: dict[str, int] = {}
    kept: dict[str, bytes] = {}
    for step, (action, key, value) in enumerate(operations):
        if action == "get":
            found = cache.get(key)
            assert found == kept.get(key)
            if found is not None:
                last_use[key] = step
            continue
        cache.put(key, value)
        if len(value) > BOUND:
            assert cache.get(key) == kept.get(key), "a value larger than the bound is not kept"
            if key in kept:
                last_use[key] = step
            continue
        others = {k: v for k, v in kept.items() if k != key}
        last_use[key] = step
        kept = {k: v for k, v in others.items() if k in cache} | {key: value}
        assert cache.get(key) == value, "the value just put is kept"
        evicted = sorted(set(others) - set(kept), key=last_use.__getitem__)
        if evicted:
            oldest_kept = min(last_use[k] for k in kept)
            assert all(last_use[k] < oldest_kept for k in evicted)
            assert sum(map(len, kept.values())) + len(others[evicted[-1]]) > BOUND


def test_a_value_larger_than_the_bound_leaves_what_its_key_held() -> None:
    cache = _cache(10)
    cache.put("a", b"12345")
    cache.put("a", b"x" * 11)
    assert cache.get("a") == b"12345"
    assert cache.size_bytes == 5


def test_replacing_a_value_evicts_only_what_the_new_one_needs() -> None:
    cache = _cache(10)
    cache.put("older", b"1234")
    cache.put("newer", b"1234")
    cache.put("newer", b"12345")
    assert cache.get("older") == b"1234"
    assert cache.size_bytes == 9


def test_concurrent_puts_and_gets_keep_the_count_exact() -> None:
    cache = _cache(100)
    start = threading.Barrier(4)

    def work(worker: int) -> None:
        start.wait()
        for round_ in range(2000):
            cache.put(str((worker * 7 + round_) % 13), b"x" * (round_ % 17))
            cache.get(str(round_ % 13))

    threads = [threading.Thread(target=work, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    held = [found for key in range(13) if (found := cache.get(str(key))) is not None]
    assert cache.size_bytes == sum(map(len, held)) <= 100
    assert len(cache) == len(held)
