"""Sections met in the sixty-seventh blind round (decision 0123): whole chapters mixing headed
and un-headed stretches, closed by contacts, related documents and a history under no heading.

- after the chapter's last heading, a short note saying whom to ask about the chapter ("For
  advice about this chapter, contact …", "Questions about this page can be sent to …") or a
  "Contact:" label is a section of no kind, as the labelled pointers of decision 0115 are; the
  dated lines of the chapter's history after it are its end matter;
- unnumbered plain-line headings alternating with numbered ones, each naming a kind of its own
  that no numbered heading has, rank as their peers; a plain line naming its numbered
  section's own kind keeps every plain line a sub-heading;
- a stretch inside a headed section that the model reads as another kind, less than very
  surely, is taken out when its opening speaks in that kind's cued words.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of
from tests.sections.outline_helpers import kinds_and_openings

_BODY = (
    "Policies, Values and Principles\n\n"
    "Our values:\n"
    "We listen to children, we are honest with their families and we keep the promises we "
    "make to them, however hard that turns out to be.\n\n"
    "Information sharing:\n"
    "Information about children is kept securely and shared with other agencies only where "
    "the law allows it and a child needs it to be safe.\n\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "For advice about this chapter, contact the Practice Standards Team on 01632 960 100.",
        "Questions about this page can be sent to the Quality Team at quality@example.org.",
        "If you have a query about this procedure, please speak to your team manager first.",
        "Contact: Children's Services Policy Officer, Civic Offices, 01632 960 200.",
    ],
)
def test_a_note_of_whom_to_ask_after_the_body_is_of_no_kind(note: str) -> None:
    text = (
        _BODY
        + note
        + "\nRelated documents: the Local Offer for Care Leavers.\n"
        + "May 2023: chapter first published.\n"
        + "June 2025: the values were rewritten with young people.\n"
    )
    kinds = kinds_and_openings(text, "plain", 24)
    assert kinds[-2][0] == "other"
    assert kinds[-2][1][:3] == note[:3]
    assert kinds[-1][0] == "end_matter"
    assert kinds[-1][1].startswith("May 2023: chapter")


def test_a_note_of_whom_to_ask_with_sections_still_to_come_stays_in_its_section() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Scope of this chapter:\n"
        "This chapter applies to every member of staff in children's services and to the "
        "providers we commission.\n"
        "For advice about this chapter, contact the Principal Social Worker.\n\n"
        + _BODY.split("\n\n", 1)[1]
    )
    assert "other" not in [kind for kind, _ in kinds_and_openings(text, "plain", 24)]


def test_a_long_paragraph_that_asks_readers_to_call_is_no_note() -> None:
    note = (
        "For advice about this chapter, contact the Principal Social Worker, who "
        + "will talk through the values and principles with any practitioner, " * 5
        + "whenever they are unsure."
    )
    kinds = kinds_and_openings(_BODY + note + "\n", "plain", 24)
    assert kinds[-1][0] == "information_sharing"


_ALTERNATING = (
    "Policies, Values and Principles\n\n"
    "1. Introduction\n"
    "This policy sets out the framework within which the council works with children and "
    "their families, and the law it rests on.\n\n"
    "Our values\n"
    "We are honest with families and we keep our promises to their children.\n\n"
    "2. Corporate Parenting\n"
    "The whole council is the corporate parent of the children it looks after, and councillors "
    "ask of every decision whether it is good enough for their own child.\n\n"
    "{line}\n"
    "{paragraph}\n\n"
    "3. Our Strategy\n"
    "Over the next three years we will recruit more foster carers within the county.\n"
)


def test_plain_lines_alternating_with_numbered_headings_are_their_peers() -> None:
    text = _ALTERNATING.format(
        line="How we work with families",
        paragraph="We look first to grandparents, aunts and family friends when a child cannot "
        "live at home, and we keep brothers and sisters together.",
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "plain", 24)]
    assert kinds == [
        "title",
        "introduction",
        "values",
        "corporate_parenting",
        "key_principles",
        "strategy",
    ]


def test_a_plain_line_naming_its_numbered_sections_own_kind_keeps_them_all_under_them() -> None:
    text = _ALTERNATING.format(
        line="The corporate parenting principles",
        paragraph="Councillors must have regard to the seven principles in every decision "
        "they make about the children the council looks after.",
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "plain", 24)]
    assert kinds == ["title", "introduction", "corporate_parenting", "strategy"]


_RUN_ON = (
    "# Policies, Values and Principles\n\n"
    "## Our values\n\n"
    "We are honest with families, we listen to children and we keep our promises.\n\n"
    "## Corporate parenting\n\n"
    "The whole council is the corporate parent of the children it looks after, and the "
    "Corporate Parenting Panel holds it to the seven principles:\n\n"
    "- acting in their best interests;\n"
    "- encouraging them to say what they think;\n"
    "- taking their views into account;\n"
    "- helping them use the services available;\n"
    "- promoting high aspirations for them;\n"
    "- keeping them safe, with stable homes and schooling;\n"
    "- preparing them for adult life.\n\n"
    "{paragraph}\n\n"
    "## Information sharing\n\n"
    "Information is shared with partner agencies only where the law allows it.\n"
)


def test_a_stretch_the_model_reads_as_a_model_and_its_cue_names_is_taken_out() -> None:
    text = _RUN_ON.format(
        paragraph="Westbrook practitioners work restoratively. Our model, Restorative "
        "Practice, asks staff to work with families rather than do things to them, so that "
        "high expectations always come with high support."
    )
    kinds = kinds_and_openings(text, "markdown", 24)
    assert any(kind == "practice_model" and start.startswith("Westbrook") for kind, start in kinds)
    assert [kind for kind, _ in kinds].count("corporate_parenting") == 1


def test_a_paragraph_of_the_sections_own_topic_stays() -> None:
    text = _RUN_ON.format(
        paragraph="Councillors on the Panel visit the children's homes twice a year and hear "
        "from the Children in Care Council at every meeting."
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 24)]
    assert kinds == ["title", "values", "corporate_parenting", "information_sharing"]


def test_two_plain_lines_under_one_numbered_heading_stay_its_parts() -> None:
    """Peers alternate with the numbers; two lines under one numbered heading are its parts."""
    text = (
        "Policies, Values and Principles\n\n"
        "1. Introduction\n"
        "This policy sets out the framework within which the council works with children and "
        "their families, and the law it rests on.\n\n"
        "Our values\n"
        "We are honest with families and we keep our promises to their children.\n\n"
        "How we work with families\n"
        "We look first to grandparents and family friends when a child cannot live at home.\n\n"
        "2. Our Strategy\n"
        "Over the next three years we will recruit more foster carers within the county.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    headed = [section.heading for section in outline.sections if section.heading]
    assert "Our values" not in headed and "How we work with families" not in headed
