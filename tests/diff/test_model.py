"""The comparison's value objects stay frozen dataclasses while being built faster."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from app.diff import BlockChange, SpanRef, WordOp


@pytest.mark.parametrize("cls", [WordOp, SpanRef, BlockChange])
def test_the_constructor_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    parameters = list(inspect.signature(cls).parameters.values())
    assert [parameter.name for parameter in parameters] == [
        field.name for field in dataclasses.fields(cls)
    ]
    assert [parameter.default for parameter in parameters] == [
        inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        for field in dataclasses.fields(cls)
    ]


def test_a_word_operation_is_built_by_position_or_keyword_and_stays_frozen() -> None:
    op = WordOp("insert", "leaving care")
    assert op == WordOp(kind="insert", text="leaving care", ignorable=False)
    assert hash(op) == hash(WordOp("insert", "leaving care", False))
    assert op.ignorable is False and WordOp("delete", " ", True).ignorable is True
    with pytest.raises(dataclasses.FrozenInstanceError):
        op.text = "changed"  # type: ignore[misc]


def test_a_block_change_holds_every_field_it_was_given() -> None:
    values = {
        "status": "moved",
        "left": SpanRef(0, 5),
        "right": SpanRef(10, 15),
        "left_blocks": (0,),
        "right_blocks": (3,),
        "left_section": 0,
        "right_section": 2,
        "moved": True,
        "changed": False,
        "similarity": 1.0,
        "words_inserted": 0,
        "words_deleted": 0,
        "ops": (WordOp("equal", "Scope"),),
    }
    change = BlockChange(**values)  # type: ignore[arg-type]
    assert dataclasses.asdict(change) == dataclasses.asdict(BlockChange(*values.values()))  # type: ignore[arg-type]
    assert {name: getattr(change, name) for name in values} == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.status = "changed"  # type: ignore[misc]
