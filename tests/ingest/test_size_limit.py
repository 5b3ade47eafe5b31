"""The upload bound: never read more than one byte past it, whatever the stream claims."""

from __future__ import annotations

import io

import pytest

from app.errors import SourceTooLarge
from app.ingest import read_bounded


class _EndlessStream(io.RawIOBase):
    """A stream with no end that counts what was read from it, in short reads."""

    def __init__(self) -> None:
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = min(len(buffer), 1000)
        buffer[:size] = b"a" * size
        self.bytes_read += size
        return size


def test_a_stream_within_the_limit_is_read_whole() -> None:
    assert read_bounded(io.BytesIO(b"x" * 100), 100) == b"x" * 100


def test_an_empty_stream_reads_as_no_bytes() -> None:
    assert read_bounded(io.BytesIO(b""), 10) == b""


def test_one_byte_over_the_limit_is_refused_with_the_limit_named() -> None:
    with pytest.raises(SourceTooLarge, match=r"over the upload limit of 100 bytes\. To fix"):
        read_bounded(io.BytesIO(b"x" * 101), 100)


def test_an_endless_stream_is_read_only_one_byte_past_the_limit() -> None:
    stream = _EndlessStream()
    with pytest.raises(SourceTooLarge) as raised:
        read_bounded(stream, 50_000)
    assert stream.bytes_read == 50_001
    assert raised.value.extra["max_bytes"] == 50_000


def test_short_reads_are_repeated_until_the_end() -> None:
    class Trickle(io.RawIOBase):
        def __init__(self) -> None:
            self._data = io.BytesIO(b"0123456789" * 30)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            chunk = self._data.read(min(len(buffer), 7))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    assert read_bounded(Trickle(), 300) == b"0123456789" * 30


def test_a_negative_limit_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        read_bounded(io.BytesIO(b""), -1)
