"""Headings of one kind in a row, read by how the author set them (decision 0071).

A plain line carries no markup, but plain text that puts each heading on the line right above
its paragraph and a blank line between sections ranks its headings by that layout: each heads
the block it opens, so a second heading of the same kind after a section that says something of
its own is a sibling. A one-sentence body is a statement of its own unless it is short or
announces the headings under it.

A text with no blank line anywhere, each plain heading flush on its paragraph, ranks its
headings as one (decision 0389): a second heading of the same kind opens a sibling on 0043's
terms, after a body of two sentences or more with no sub-heading joined yet; after a single
sentence it still joins.
"""

from app.sections.assemble import _says_it_at_length
from tests.sections.helpers import assert_tiles, outline_of


def _kinds_and_headings(outline):
    return [(section.kind, section.heading) for section in outline.sections]


def test_plain_headings_set_on_their_paragraphs_open_sibling_sections():
    text = (
        "Children's Services Policy, Values and Principles\n\n"
        "About this chapter\nThis chapter tells staff at Brackenholt how we plan for children. "
        "It applies to every team.\n\n"
        "Permanence\nA child who comes into care in Brackenholt has a settled plan for their "
        "future agreed at the first review. The panel checks it every month.\n\n"
        "Leaving care\nOur young people keep a personal adviser until they turn 25.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[-2:] == [
        ("key_principles", "Permanence"),
        ("key_principles", "Leaving care"),
    ]


def _flush_copy(permanence_body: str, *more: str) -> str:
    """A chapter copied with no blank line anywhere, each plain heading flush on its paragraph."""
    return (
        "Policies, Values and Principles for Children's Services\n"
        "Purpose of this chapter\nThis chapter explains to Wendlebury staff how we plan for the "
        "children we look after. Every practitioner should know it.\n"
        "Permanence\n" + permanence_body + "\n" + "".join(more)
    )


_ADVISER = "Care leavers\nEvery care leaver in Wendlebury may keep a personal adviser to 25.\n"


def test_flush_plain_heading_after_a_one_sentence_body_joins_it():
    # One sentence, however long, may lead in to the parts under it (decision 0389, as 0043).
    text = _flush_copy(
        "Every child who cannot go home has a plan for a settled home agreed at the second "
        "review, with relatives and family friends always asked before anyone else.",
        _ADVISER,
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[-1] == ("key_principles", "Permanence")


def test_flush_plain_heading_after_a_two_sentence_body_opens_a_sibling():
    text = _flush_copy(
        "Each child who cannot go home has a plan for a settled home by the second review. "
        "Relatives are always asked first.",
        _ADVISER,
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[-2:] == [
        ("key_principles", "Permanence"),
        ("key_principles", "Care leavers"),
    ]


def test_flush_plain_heading_after_a_joined_sub_heading_joins_too():
    text = _flush_copy(
        "Our plans for a settled home are set out in two parts.",
        "Kinship care\nWe ask grandparents, aunts and family friends first. They get our "
        "support as any carer does.\n",
        _ADVISER,
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[-1] == ("key_principles", "Permanence")


def test_a_marked_up_heading_after_a_one_sentence_statement_is_a_sibling():
    text = (
        "# Policy, Values and Principles\n\n"
        "## Kinship care\n\nWe always ask relatives and family friends first whether they can "
        "offer the child a home.\n\n"
        "## Leaving care\n\nCare leavers in Brackenholt keep their adviser until they are 21.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert _kinds_and_headings(outline)[1:] == [
        ("key_principles", "Kinship care"),
        ("key_principles", "Leaving care"),
    ]


def test_a_one_sentence_lead_in_that_announces_the_headings_keeps_them():
    for lead_in in (
        "Everything our teams do is judged against six outcomes.",
        "We check our work for every child against the outcomes below.",
    ):
        text = (
            "# Policy, Values and Principles\n\n## Key Outcomes\n\n" + lead_in + "\n\n"
            "## Being healthy\n\nChildren see a doctor. They see a dentist too.\n\n"
            "## Being safe\n\nChildren are protected from harm. Risks are reviewed.\n"
        )
        outline = outline_of(text, "markdown")
        assert _kinds_and_headings(outline)[1:] == [("key_outcomes", "Key Outcomes")], lead_in


def test_what_counts_as_a_statement_of_its_own():
    assert _says_it_at_length(
        "Every child in our care has a plan for a settled home by the review."
    )
    assert _says_it_at_length("A plan is agreed within four months of the child arriving in care.")
    assert _says_it_at_length(
        "A plan for a settled home is agreed for each child within four months."
    )
    assert not _says_it_at_length("We measure outcomes.")
    assert not _says_it_at_length("Our service is measured against the following principles:")
    assert not _says_it_at_length("The principles that guide our daily work are these.")
    assert not _says_it_at_length("Everything we do for children rests on three commitments.")


def test_a_dated_last_revision_line_under_the_title_is_the_amendment_note():
    text = (
        "# Policy, Values and Principles\n\nDate of last revision: 02.10.2024\n\n"
        "## Our values\n\nWe are honest with families and we keep our promises to them.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "scope", "values"]
    assert outline.sections[1].text.startswith("Date of last revision")


def test_a_purpose_heading_after_the_amendment_note_is_still_the_chapters_first():
    text = (
        "# Policy, Values and Principles\n\nDate of last revision: 02.10.2024\n\n"
        "## Purpose\n\nThis chapter sets out the policy, values and principles of our service. "
        "It replaces the 2021 version.\n\n"
        "## Our values\n\nWe are honest with families and we keep our promises to them.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert (outline.sections[1].kind, outline.sections[1].heading) == ("scope", None)
    assert outline.sections[1].text.startswith("Date of last revision")
    assert (outline.sections[2].kind, outline.sections[2].heading) == ("scope", "Purpose")
