"""Shapes met in the seventy-third blind round (decision 0131): chapter openings with no headings
whose paragraphs open without the usual cue phrases. An amendment note labelled, counted, dated as
an edition or agreed by a body opens the scope; the readership under it, told in other words,
stays in that one scope section; the introduction after them opens with a child's experience.
Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_OPENING = (
    "Children's services policies, values and principles\n\n"
    "{note}\n\n"
    "{readers}\n\n"
    "The law requires the council to safeguard and promote the welfare of children in need, "
    "and the Children Act 1989 is the foundation of everything this policy asks of staff.\n\n"
    "Once a child comes into our care, every councillor becomes that child's corporate parent "
    "and asks whether each decision would be good enough for their own child.\n"
)
_READERS = (
    "Foster carers, residential staff and social workers should all read this, together with "
    "the managers who supervise them."
)


@pytest.mark.parametrize(
    "note",
    [
        "What's changed: in June 2025 we rewrote the part on kinship carers.",
        "Two things are different in this edition, which the board agreed in June 2025: the "
        "kinship offer and the list of contacts.",
        "This version, dated June 2025, brings in the National Framework.",
        "Agreed by the leadership team on 2 June 2025, this edition replaces the one from 2022.",
    ],
)
def test_a_note_in_other_words_opens_the_scope_and_keeps_its_readers(note: str) -> None:
    outline = outline_of(_OPENING.format(note=note, readers=_READERS))
    assert_tiles(outline)
    found = kinds_and_starts(outline, 20)
    assert found[:3] == [
        ("title", "Children's services p"[:20]),
        ("scope", note[:20]),
        ("introduction", "The law requires the"),
    ]
    assert [kind for kind, _start in found].count("scope") == 1


@pytest.mark.parametrize(
    "readers",
    [
        "Practitioners in early help and the assessment teams will find their own work described "
        "here; students on placement should read it in their first week.",
        "Whoever you are - a social worker, a team manager or a personal adviser - the "
        "expectations below apply to your work with our children.",
        "Staff in every team that meets a child, and the providers we commission, are expected "
        "to work to what is written here.",
    ],
)
def test_readers_told_in_other_words_stay_under_the_note(readers: str) -> None:
    note = "What's changed: in June 2025 we rewrote the part on kinship carers."
    outline = outline_of(_OPENING.format(note=note, readers=readers))
    assert_tiles(outline)
    found = kinds_and_starts(outline, 20)
    assert found[1:3] == [("scope", note[:20]), ("introduction", "The law requires the")]
    assert [kind for kind, _start in found].count("scope") == 1
