"""Decision 0490: in a chapter with no headings, a line that points to related material ("See
also the partnership's procedures …") points on from the paragraph before it: it stays in that
paragraph's section and never opens one, whatever its few words lean to. Every text here is
written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import app.sections.assemble as assemble
from app.sections import Outline
from app.sections.assemble import _SEE_ALSO
from tests.sections.helpers import outline_with_model

POINTER = (
    "See also the area's joint safeguarding procedures, our family help plan and the guidance "
    "for schools, doctors and the police on sharing a worry about a child."
)
PARTNERS = (
    "Each month the people who know a child best meet with our workers to agree who does what, "
    "and any one of them can ask for such a meeting when something changes."
)
TEXT = (
    "Children's Services Policies, Values and Principles\n\n"
    "This policy sets out the framework for our work with children. It rests on these Acts:\n\n"
    "- Children Act 1989\n- Children Act 2004\n- Children and Families Act 2014\n\n"
    f"{POINTER}\n\n"
    f"{PARTNERS}\n"
)


class ByWords:
    """A kind model that reads the pointer line as the partners' topic, as a short line that
    names other agencies' procedures may read, and everything else by what it opens on."""

    kinds = ("introduction", "shared_responsibility", "other")

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [self._one(text) for text in texts]

    @staticmethod
    def _one(text: str) -> dict[str, float]:
        if text.startswith(("See also", "Each month")):
            return {"introduction": 0.02, "shared_responsibility": 0.9, "other": 0.08}
        return {"introduction": 0.9, "shared_responsibility": 0.05, "other": 0.05}


def _read() -> Outline:
    return outline_with_model(TEXT, ByWords(), "plain")


def _opening_of(outline: Outline, kind: str) -> str:
    section = next(section for section in outline.sections if section.kind == kind)
    return section.text.lstrip()


def test_the_pointer_line_stays_with_the_paragraph_before() -> None:
    outline = _read()
    assert _opening_of(outline, "shared_responsibility").startswith("Each month")
    assert POINTER in next(s.text for s in outline.sections if s.kind == "introduction")


def test_without_the_rule_the_pointer_opens_the_next_section(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assemble, "_SEE_ALSO", assemble.re.compile(r"(?!x)x"))
    assert _opening_of(_read(), "shared_responsibility").startswith("See also")


@pytest.mark.parametrize(
    ("line", "pointer"),
    [
        ("See also the fostering chapter.", True),
        ("**See also** the leaving care procedures.", True),
        ("see also our early help strategy", True),
        ("See also:", False),
        ("Seeing a child alone is part of every visit.", False),
        ("We see also to the child's health.", False),
    ],
)
def test_what_a_pointer_line_is(line: str, pointer: bool) -> None:
    assert (_SEE_ALSO.match(line) is not None) is pointer
