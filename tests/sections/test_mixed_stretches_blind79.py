"""Sections met in the seventy-ninth blind round (decision 0139): chapters mixing headed and
un-headed stretches.

- a council's name alone on a plain line under the title, a numbered capital heading after it
  ("1. SCOPE"), stands with the title as a byline and heads no section of its own (the kind
  model otherwise named it, and the kind it gave was then taken for the rest of the chapter);
- an amendment heading ("Amendments") that is the chapter's last heading, after the body, over
  the amendment note is end matter, as the note is without its heading; the same heading under
  the title is the scope's, and a closing one over other text keeps the scope;
- a drift inside a headed section whose opening speaks in its kind's own cued words is taken
  out as a stretch of its own.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_openings

_BODY = (
    "## Introduction\n\n"
    "This policy sets out the framework within which our services to children are planned, "
    "which rests on the Children Act 1989 and the Children Act 2004.\n\n"
    "## Corporate Parenting\n\n"
    "The council is corporate parent to every child in its care, and every councillor and "
    "officer shares the duty to act as a good parent would for them.\n\n"
)


def test_a_council_name_line_under_the_title_is_a_byline() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Orlby City Council\n\n"
        "1. SCOPE\n\n"
        "This chapter applies to all practitioners and managers in the city's children's "
        "services and to the agencies that work for us.\n\n"
        "2. CORPORATE PARENTING\n\n"
        "The council is corporate parent to every child in its care, and every councillor "
        "and officer shares that duty.\n"
    )
    kinds = kinds_and_openings(text, "plain", 30)
    assert [kind for kind, _ in kinds] == ["title", "scope", "corporate_parenting"]
    assert kinds[1][1].startswith("1. SCOPE")


def test_a_service_name_line_under_the_title_is_left_as_it_was() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Orlby City Council\n\n"
        "Children's Social Care\n\n"
        "1. SCOPE\n\n"
        "This chapter applies to all practitioners and managers in the city's children's "
        "services and to the agencies that work for us.\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "plain", 30)]
    assert kinds[0] == "title" and kinds[-1] == "scope"


def test_a_closing_amendments_heading_over_its_note_is_end_matter() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n" + _BODY + "## Amendments\n\n"
        "This chapter was amended in November 2024, when the paragraph on care leavers was "
        "rewritten.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 30)
    assert kinds[-1] == ("end_matter", "## Amendments\n\nThis chapter wa")
    assert [kind for kind, _ in kinds].count("scope") == 0


def test_an_amendments_heading_under_the_title_stays_the_scope() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Amendments\n\n"
        "This chapter was amended in November 2024, when the paragraph on care leavers was "
        "rewritten.\n\n" + _BODY
    )
    kinds = kinds_and_openings(text, "markdown", 30)
    assert kinds[1][0] == "scope"
    assert "end_matter" not in [kind for kind, _ in kinds]


def test_a_closing_amendments_heading_over_other_text_keeps_the_scope() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n" + _BODY + "## Amendments\n\n"
        "Suggestions for changes to this chapter are welcome from any member of staff and "
        "should be sent to the procedures team.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 30)
    assert kinds[-1][0] == "scope"


def test_a_drift_opening_in_its_kinds_own_words_is_a_stretch() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Introduction\n\n"
        "This policy sets out the framework within which our services to children are "
        "planned, which rests on the Children Act 1989 and the Children Act 2004.\n\n"
        "## Key Principles\n\n"
        "We help families to stay together wherever that is safe. If a child cannot return "
        "home, their permanence plan is made within three months of their coming into care.\n\n"
        "Care leavers are supported up to the age of 21 and, if they stay in education, "
        "until they are 25.\n\n"
        "Personal information about children is kept in secure systems. Staff share it with "
        "other agencies when a child is at risk of harm or the family agrees, and they record "
        "what they shared and why.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 30)
    assert [kind for kind, _ in kinds] == [
        "title",
        "introduction",
        "key_principles",
        "information_sharing",
    ]
    assert kinds[-1][1].startswith("Personal information about")


def test_a_line_announcing_the_topic_opens_the_cued_paragraphs_section() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter applies to everyone who works with children in the borough and to the "
        "agencies that work on our behalf.\n\n"
        "This policy sets out the framework within which our services to children are planned, "
        "which rests on the Children Act 1989 and the Children Act 2004.\n\n"
        "A word on partnership.\n\n"
        "No single agency can keep a child safe on its own. Schools, health visitors and the "
        "police often know a family long before we do, and we rely on them to tell us when "
        "they are worried.\n"
    )
    kinds = kinds_and_openings(text, "plain", 30)
    assert kinds[-1] == ("shared_responsibility", "A word on partnership.\n\nNo sin")


def test_lead_ins_announcing_a_topic() -> None:
    from app.sections.assemble import _ANNOUNCES_TOPIC

    assert _ANNOUNCES_TOPIC.match("A word on partnership.")
    assert _ANNOUNCES_TOPIC.match("A short note about confidentiality.")
    assert not _ANNOUNCES_TOPIC.match("A wordy report was written.")
    assert not _ANNOUNCES_TOPIC.match("Words matter to children.")
