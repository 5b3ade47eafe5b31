"""A short note of whom to ask about the chapter closing a chapter with no headings is `other`
(decision 0431), even where the kind model reads it as the topic above it. Written for this test
in our own words; the near misses are closing paragraphs that say something of the chapter's
topics."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "Holmeford Council: Children's Services Policies, Values and Principles\n\n"
    "This chapter applies to everyone who works in Holmeford's children's services, and it was "
    "amended in May 2026.\n\n"
    "Our work rests on the Children Act 1989, the Children Act 2004 and the Children and Social "
    "Work Act 2017.\n\n"
    "The whole council acts as a parent to the children it looks after, and councillors meet "
    "every two months to ask how those children are doing at school and at home.\n\n"
    "Care leavers keep a personal adviser until they are 21, or 25 if they ask for one, and a "
    "plan for permanence is agreed within four months of a child coming into care.\n\n"
    "Information about a family is kept securely. It is passed to another agency only when a "
    "child's safety needs it, and the family is told unless that would put the child at risk.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "Questions about this chapter can be sent to the Principal Social Worker.",
        "Any comments or questions about this policy should be addressed to the Quality Team.",
        "If you have a question about this chapter, please contact the Service Manager.",
    ],
)
def test_a_closing_note_of_whom_to_ask_is_other(note: str) -> None:
    outline = outline_of(_BODY + note + "\n")
    assert_tiles(outline)
    assert kinds_and_starts(outline)[-1] == ("other", note[:40])


@pytest.mark.parametrize(
    "closing",
    [
        "Questions children ask about their records are answered by their social worker, who "
        "explains what has been shared and why.",
        "Please remember that a family's story belongs to them: share only what the child's "
        "safety needs.",
    ],
)
def test_a_closing_paragraph_on_the_topic_stays_with_it(closing: str) -> None:
    outline = outline_of(_BODY + closing + "\n")
    assert kinds_and_starts(outline)[-1][0] != "other"
