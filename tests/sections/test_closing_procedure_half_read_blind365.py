"""A procedure paragraph closing a headed value section, which the kind model half reads as
principles and half as material of no kind, stands apart as no kind where it states a procedure
of the principles' (a practitioner's step timed in working days) and never speaks as the service
(decision 0539, on 0535 and 0536): a chapter the model has not learned tells its topic's steps
after its values, and the model's reading of them is split. A paragraph it reads surely as
principles, or split with no procedure cue, or in the service's own voice, is not made no kind
(the first may still leave as an un-headed stretch of principles, decision 0066).

The kind model is made to read the paragraph as a model that has not learned the chapter would:
its reading of the one paragraph is replaced; everything else is the family's own model."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from app.sections.kind_model import KindModel
from tests.reading import read_kinds_and_headings

_STEPS = (
    "The supervising social worker completes a household budget review within ten working "
    "days of a child moving in, with the carer and the child's social worker, and records "
    "how the weekly allowance is spent. The fostering team manager checks the record at the "
    "first placement review and again every six months after that."
)
_OUR_STEPS = (
    "We complete a household budget review within ten working days of a child moving in, "
    "with the carer and the child's social worker, and we record how the weekly allowance is "
    "spent. Our fostering team manager checks the record at the first placement review and "
    "again every six months after that."
)
_UNCUED = (
    "Allowances paid to carers are meant to cover the everyday costs of bringing up a child: "
    "food, clothes, travel, school trips, birthdays and festivals, hobbies and the small "
    "treats that any family would give. Carers who need more for a particular child can talk "
    "it over with the fostering service at any time."
)
_VALUES = (
    "We value carers who are treated fairly and paid on time. Every child in care should have "
    "what their friends have, and no carer should be out of pocket for looking after them."
)


def _chapter(closing: str) -> str:
    return f"""# Allowances for Foster Carers: Policy, Values and Principles

## About this chapter

This chapter explains how Wrexley Council pays and supports the foster carers who look after \
children in its care. It is for the fostering service and its carers, and it was amended in \
May 2026.

## The law behind this chapter

Our duties come from the Children Act 1989 and the Fostering Services (England) Regulations 2011.

## What we value

{_VALUES}

{closing}

## Our duty as corporate parent

Wrexley Council is the corporate parent of every child it looks after, and everyone who works \
for the council shares that duty. We act as any good parent would, in the child's best \
interests, and we keep their views at the heart of every decision.

## Sharing information

Information about a carer's household is shared only with the people who need it to support \
the child, and carers are told what has been shared and why.
"""


def _read_split(
    monkeypatch: pytest.MonkeyPatch, closing: str, split: dict[str, float]
) -> list[tuple[str, str | None]]:
    real = KindModel.probabilities

    def probabilities(self: KindModel, texts: Sequence[str]) -> list[dict[str, float]]:
        scores = real(self, texts)
        return [
            dict(split) if text.strip() == closing else score
            for text, score in zip(texts, scores, strict=True)
        ]

    monkeypatch.setattr(KindModel, "probabilities", probabilities)
    return read_kinds_and_headings(_chapter(closing), "allowances.md")


_HALF = {"key_principles": 0.46, "other": 0.38, "values": 0.06, "corporate_parenting": 0.05}
_SURE = {"key_principles": 0.82, "other": 0.10, "values": 0.04, "corporate_parenting": 0.02}


def test_a_half_read_procedure_closing_the_values_stands_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sections = _read_split(monkeypatch, _STEPS, _HALF)
    assert sections[3:6] == [
        ("values", "What we value"),
        ("other", None),
        ("corporate_parenting", "Our duty as corporate parent"),
    ]


@pytest.mark.parametrize(
    ("closing", "split"),
    [(_STEPS, _SURE), (_OUR_STEPS, _HALF), (_UNCUED, _HALF)],
    ids=["read-surely-as-principles", "the-service-speaking", "no-procedure-cue"],
)
def test_otherwise_the_closing_paragraph_is_not_read_as_no_kind(
    monkeypatch: pytest.MonkeyPatch, closing: str, split: dict[str, float]
) -> None:
    sections = _read_split(monkeypatch, closing, split)
    assert sections[3] == ("values", "What we value")
    assert ("other", None) not in sections
