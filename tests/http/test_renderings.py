"""The per-worker cache of rendered pages: bounded by the bytes it holds, least recently used
first, and one render per key however many requests miss it at once (decision 0030)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given
from hypothesis import strategies as st

import app.http.renderings as renderings
from app.http.renderings import Fingerprints, Rendering, RenderingCache


def _page(size: int) -> Rendering:
    return Rendering(b"x" * size, "text/html")


@given(st.lists(st.tuples(st.sampled_from("abcdefgh"), st.integers(0, 40)), max_size=60))
def test_the_cache_never_holds_more_bytes_than_its_bound(puts: list[tuple[str, int]]) -> None:
    cache = RenderingCache(max_bytes=100)
    for key, size in puts:
        cache.put(key, _page(size))
        assert cache.size_bytes <= 100
        assert cache.get(key) == _page(size)  # the newest entry always stays
    assert cache.size_bytes == sum(
        len(found.body) for key in "abcdefgh" if (found := cache.get(key)) is not None
    )


def test_the_least_recently_used_rendering_leaves_first() -> None:
    cache = RenderingCache(max_bytes=30)
    cache.put("old", _page(10))
    cache.put("read", _page(10))
    cache.put("new", _page(10))
    assert cache.get("read") is not None
    cache.put("newest", _page(10))

    assert cache.get("old") is None
    assert [key for key in ("read", "new", "newest") if cache.get(key)] == [
        "read",
        "new",
        "newest",
    ]


def test_a_rendering_larger_than_the_whole_cache_is_served_but_not_kept() -> None:
    cache = RenderingCache(max_bytes=10)
    assert cache.get_or_render("big", lambda: _page(11)) == _page(11)
    assert len(cache) == 0


class _CountingCache(RenderingCache):
    """Counts lookups, so a test can hold a render until every request has looked and missed."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(max_bytes)
        self.lookups = 0
        self.looked = threading.Condition()

    def get(self, key: str) -> Rendering | None:
        found = super().get(key)
        with self.looked:
            self.lookups += 1
            self.looked.notify_all()
        return found


def test_concurrent_misses_of_one_key_render_it_once() -> None:
    cache = _CountingCache(max_bytes=1000)
    renders: list[int] = []

    def render() -> Rendering:
        renders.append(1)
        with cache.looked:  # every request has missed (and is waiting) before this one ends
            assert cache.looked.wait_for(lambda: cache.lookups >= 16, timeout=20)
        return _page(5)

    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = [pool.submit(cache.get_or_render, "matrix", render) for _ in range(16)]
        results = [answer.result(timeout=30) for answer in answers]
    assert renders == [1]
    assert results == [_page(5)] * 16


def test_a_render_that_is_not_kept_is_asked_again_next_time() -> None:
    cache = RenderingCache(max_bytes=1000)
    renders: list[int] = []

    def refuse() -> None:
        renders.append(1)

    assert cache.get_or_render("error", refuse) is None
    assert cache.get_or_render("error", refuse) is None
    assert renders == [1, 1]


def test_a_fingerprint_is_read_again_only_when_the_content_generation_moves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[str | None] = []
    generation = [7]

    def read(*, engine: object, chapter_slug: str | None = None) -> str:
        reads.append(chapter_slug)
        return f"state {len(reads)}"

    monkeypatch.setattr(renderings, "content_fingerprint", read)
    monkeypatch.setattr(renderings, "content_generation", lambda *, engine: generation[0])
    fingerprints = Fingerprints()
    engine: object = None

    first = fingerprints.of(engine, "a-chapter")  # type: ignore[arg-type]
    assert fingerprints.of(engine, "a-chapter") == first  # type: ignore[arg-type]
    assert fingerprints.of(engine, None) != first  # type: ignore[arg-type]  # its own scope
    generation[0] += 1
    assert fingerprints.of(engine, "a-chapter") != first  # type: ignore[arg-type]
    assert reads == ["a-chapter", None, "a-chapter"]
