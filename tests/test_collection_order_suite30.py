"""The order the suite's files are handed to the workers in: files that start processes first,
the one given the longest time budget first among them, each file's tests kept together and in
their own order (tests/conftest.py, decisions 0104 and 0537)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import pytest_collection_modifyitems, time_budget


@dataclass
class _Marker:
    args: tuple[Any, ...]


@dataclass
class _Item:
    """What the ordering reads of a collected test: its file and its markers."""

    name: str
    path: Path
    markers: dict[str, _Marker] = field(default_factory=dict)

    def get_closest_marker(self, name: str) -> _Marker | None:
        return self.markers.get(name)


def _item(name: str, file: str, *, timeout: float | None = None, mark: str | None = None) -> _Item:
    markers = {} if timeout is None else {"timeout": _Marker((timeout,))}
    if mark is not None:
        markers[mark] = _Marker(())
    return _Item(name, Path(file), markers)


def _ordered(items: list[_Item]) -> list[str]:
    pytest_collection_modifyitems(cast(list[pytest.Item], items))
    return [item.name for item in items]


def test_the_file_with_the_longest_budget_starts_first_among_those_starting_processes() -> None:
    items = [
        _item("plain", "tests/a/test_plain.py"),
        _item("serve", "tests/b/test_serve.py", timeout=120, mark="e2e"),
        _item("fuzz", "tests/e/test_fuzzing.py", timeout=900, mark="e2e"),
        _item("pair", "tests/w/test_watchers.py", mark="e2e"),
        _item("score", "tests/s/test_score.py", timeout=600, mark="slow"),
        _item("cli", "tests/c/test_cli.py", mark="slow"),
    ]
    assert _ordered(items) == ["fuzz", "serve", "pair", "score", "cli", "plain"]


def test_one_test_with_a_budget_moves_its_whole_file_and_keeps_its_order() -> None:
    items = [
        _item("short first", "tests/test_short.py", mark="e2e"),
        _item("long first", "tests/test_long.py", mark="e2e"),
        _item("short second", "tests/test_short.py", timeout=60),
        _item("long second", "tests/test_long.py", timeout=300),
        _item("long third", "tests/test_long.py"),
    ]
    assert _ordered(items) == [
        "long first",
        "long second",
        "long third",
        "short first",
        "short second",
    ]


def test_a_budget_is_read_from_the_timeout_marker_or_is_none() -> None:
    assert time_budget(cast(pytest.Item, _item("t", "x.py", timeout=900))) == 900.0
    assert time_budget(cast(pytest.Item, _item("t", "x.py"))) == 0.0


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a.py", "b.py", "c.py", "d.py"]),
            st.sampled_from([None, "e2e", "slow"]),
            st.one_of(st.none(), st.integers(1, 900)),
        ),
        max_size=20,
    )
)
def test_every_file_stays_in_one_run_with_its_tests_in_their_order(
    drawn: list[tuple[str, str | None, int | None]],
) -> None:
    collected = sorted(drawn, key=lambda test: test[0])  # pytest collects a file at a time
    items = [
        _item(f"{file}:{index}", file, timeout=timeout, mark=mark)
        for index, (file, mark, timeout) in enumerate(collected)
    ]
    ordered = _ordered(list(items))
    assert sorted(ordered) == sorted(item.name for item in items)
    files = [name.split(":")[0] for name in ordered]
    runs = [file for index, file in enumerate(files) if index == 0 or files[index - 1] != file]
    assert len(runs) == len(set(files))
    for file in set(files):
        mine = [int(name.split(":")[1]) for name in ordered if name.startswith(f"{file}:")]
        assert mine == sorted(mine)
