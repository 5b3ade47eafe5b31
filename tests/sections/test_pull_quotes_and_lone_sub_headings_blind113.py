"""A speaker's line under a pull-quote is no heading, and a lone sub-heading over a paragraph a
content cue names opens that kind (blind113, decision 0187).

A council page quotes a young person in a `<blockquote>` and names them in a `<footer>` under
the quote; rendered, the name is a short line of its own ("Dean, 20") that, over a paragraph,
looked like a capitalised heading and hid the paragraph's own topic. A short line straight under
a paragraph that is one quotation, set off by a dash or naming an age, is the speaker's line. A
heading under a quotation that closes a section says neither, and stays a heading. A marked-up
sub-heading named by meaning, the only one of its section, rises to a section of the kind its
paragraph's cue names, unless a top heading has that kind.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_BODY = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Growing up with us\n\n"
    "Wherever it is safe, children live with their own families, and when they cannot, we "
    "look to relatives and friends before anyone else.\n\n"
    "Care leavers keep a personal adviser until they are 21, and until 25 if they want one.\n\n"
    '"My adviser helped me move into my own flat and still checks I am alright."\n\n'
    "{speaker}\n\n"
    "Information about a child or family stays confidential. We share it with other agencies "
    "only when the law allows it and the child's safety calls for it, and we record why.\n"
)


def _sections(speaker: str) -> list[tuple[str, str]]:
    outline = outline_of(_BODY.format(speaker=speaker), "markdown")
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 40)]


def test_a_speaker_with_an_age_heads_nothing():
    sections = _sections("Dean, 20")
    assert ("information_sharing", "Information about a child or family stay") in sections
    assert not any(start.startswith("Dean") for _, start in sections)


def test_a_speaker_set_off_by_a_dash_heads_nothing():
    sections = _sections("\u2014 a young person leaving care")
    assert ("information_sharing", "Information about a child or family stay") in sections


def test_a_heading_under_a_closing_quotation_stays_a_heading():
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "Growing Up With Us\n\n"
        "Wherever it is safe, children live with their own families, and when they cannot, we "
        "look to relatives and friends before anyone else.\n\n"
        '"I got to stay with my gran, and that made all the difference."\n\n'
        "Keeping Information Safe\n\n"
        "We keep what families tell us to ourselves, and we share it with other agencies only "
        "when a child's safety needs it.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Keeping Information Safe" in headings


# A lone sub-heading named by meaning over a paragraph a content cue names (decision 0187).

_LONE = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Where we are going\n\n"
    "We want Marlow Fen to be a place where every child grows up safe, happy and ambitious.\n\n"
    "### {sub}\n\n"
    "{paragraph}\n\n"
    "## Our promise as corporate parents\n\n"
    "As corporate parents, every councillor and officer follows the seven corporate parenting "
    "principles.\n"
)

_PARTNERS = (
    "Children's services are one partner among many. Schools, health visitors and the police "
    "share the duty to keep children safe."
)


def _lone(sub: str, paragraph: str) -> list[tuple[str, str | None]]:
    outline = outline_of(_LONE.format(sub=sub, paragraph=paragraph), "markdown")
    assert_tiles(outline)
    return [(section.kind, section.heading) for section in outline.sections]


def test_a_lone_sub_heading_over_a_cued_paragraph_opens_its_kind():
    assert ("shared_responsibility", "How we get there") in _lone("How we get there", _PARTNERS)


def test_a_lone_sub_heading_over_an_uncued_paragraph_stays_inside():
    sections = _lone("How we get there", "We will get there step by step, with families.")
    assert [heading for _, heading in sections].count("How we get there") == 0


def test_two_sub_headings_under_one_heading_stay_inside():
    text = _LONE.format(
        sub="How we get there",
        paragraph=_PARTNERS + "\n\n### What it asks of us\n\nPatience, and plain speaking.",
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "How we get there" not in [section.heading for section in outline.sections]


def test_a_lone_sub_heading_over_a_paragraph_of_a_top_heading_kind_stays_inside():
    text = _LONE.format(sub="How we get there", paragraph=_PARTNERS) + (
        "\n## Working together\n\nWe meet the safeguarding partners every month.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "How we get there" not in [section.heading for section in outline.sections]
