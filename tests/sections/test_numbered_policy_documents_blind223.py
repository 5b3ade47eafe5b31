"""Sections met in the 223rd blind round (decision 0344): councils' formal policy documents in
which every paragraph is numbered by its part ("1.1", "1.2", "2.1"), some parts titled and some
not, and covers that stand with the title.

- a group of numbered paragraphs with no title of its own ("3.1 …" after "2.3 …" under "2. How
  we plan for children") opens its own section when the kind model reads another topic there:
  the author's number says a new part begins (decision 0052); a paragraph numbered in the
  titled part's own group ("2.4 …") stays in it;
- a cover page's lines set in large type under the title, with the council's name set over the
  title, stand with the title up to a heading the cues know; with no council over the title
  they are left as they were;
- a council's name right under the title over labelled fields ("Policy owner: …", "Version: …")
  stands with the title with them; fields naming the amendment stay the scope's.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of
from tests.sections.outline_helpers import kinds_and_openings

_TITLED_PARTS = (
    "# Policies, Values and Principles for Children\n"
    "\n"
    "**1. Purpose of this policy**\n"
    "\n"
    "1.1 This policy sets out what Wexcombe's children's services believe and how those "
    "beliefs shape our day-to-day work with families.\n"
    "\n"
    "1.2 It applies to every social worker, family practitioner and manager in the service.\n"
    "\n"
    "**2. How we plan for children**\n"
    "\n"
    "2.1 We help children to stay with their parents wherever that is safe, and we look to "
    "grandparents, aunts, uncles and friends before anyone else.\n"
    "\n"
    "2.2 A child who cannot go home has a permanence plan by the time of their second review.\n"
    "\n"
    "2.3 Young people leaving care keep a personal adviser until they are 21, or 25 if they "
    "want one.\n"
    "\n"
)
_INFORMATION_GROUP = (
    "3.1 Records about children are confidential, and we share them with other agencies only "
    "when a child's safety or a service depends on it.\n"
    "\n"
    "3.2 Staff who are unsure whether to share ask their manager first and record what they "
    "decided and why.\n"
)
_PARTNERSHIP_GROUP = (
    "3.1 Keeping children safe is not a job for one agency. Schools, doctors, the police and "
    "housing officers all know families we have never met.\n"
    "\n"
    "3.2 We expect our partners to tell us early when they are worried, and we tell them what "
    "we have done.\n"
)


def test_an_untitled_group_after_a_titled_one_opens_its_own_section() -> None:
    kinds = kinds_and_openings(_TITLED_PARTS + _INFORMATION_GROUP, "markdown", 30)
    assert [kind for kind, _ in kinds] == [
        "title",
        "scope",
        "key_principles",
        "information_sharing",
    ]
    assert kinds[-1][1].startswith("3.1 Records about children")


def test_an_untitled_group_on_partnership_opens_its_own_section() -> None:
    kinds = kinds_and_openings(_TITLED_PARTS + _PARTNERSHIP_GROUP, "markdown", 30)
    assert kinds[-1][0] == "shared_responsibility"
    assert kinds[-1][1].startswith("3.1 Keeping children safe")


def test_a_paragraph_numbered_in_the_titled_group_stays_in_it() -> None:
    text = _TITLED_PARTS + _INFORMATION_GROUP.replace("3.1 ", "2.4 ").replace("3.2 ", "2.5 ")
    kinds = kinds_and_openings(text, "markdown", 30)
    assert [kind for kind, _ in kinds] == ["title", "scope", "key_principles"]


_COVER_PAGE = (
    "## Wexcombe Borough Council\n"
    "\n"
    "# Policies, Values and Principles for Children\n"
    "\n"
    "## Family Services Directorate\n"
    "\n"
    "## Version: 3\n"
    "\n"
    "## Approved: 2 May 2025\n"
    "\n"
    "## Scope of this chapter\n"
    "\n"
    "This chapter applies to all of Wexcombe's children's social care teams.\n"
    "\n"
    "## Our values\n"
    "\n"
    "We are honest with families and we keep our promises.\n"
)


def _headings(text: str) -> list[str]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [section.heading for section in outline.sections if section.heading]


def test_a_cover_under_a_title_with_the_council_over_it_stands_with_the_title() -> None:
    assert _headings(_COVER_PAGE) == [
        "Wexcombe Borough Council",
        "Policies, Values and Principles for Children",
        "Scope of this chapter",
        "Our values",
    ]


def test_without_a_council_over_the_title_the_lines_under_it_are_left() -> None:
    text = _COVER_PAGE.replace("## Wexcombe Borough Council", "## Family Services").replace(
        "## Family Services Directorate\n\n", ""
    )
    assert "Version: 3" in _headings(text)


_BYLINE_OVER_FIELDS = (
    "# Policies, Values and Principles for Children\n"
    "\n"
    "Wexcombe Borough Council\n"
    "\n"
    "Policy owner: Head of Children's Social Care\n"
    "\n"
    "Version: 3.2\n"
    "\n"
    "Review date: May 2027\n"
    "\n"
    "## 1. Scope of this policy\n"
    "\n"
    "This policy applies to all of Wexcombe's children's social care teams.\n"
    "\n"
    "## 2. Our values\n"
    "\n"
    "We are honest with families and we keep our promises.\n"
)


def test_a_council_byline_over_cover_fields_stands_with_the_title() -> None:
    kinds = kinds_and_openings(_BYLINE_OVER_FIELDS, "markdown", 30)
    assert [kind for kind, _ in kinds] == ["title", "scope", "values"]
    outline = outline_of(_BYLINE_OVER_FIELDS, "markdown")
    assert "Review date: May 2027" in outline.sections[0].text


def test_cover_fields_naming_the_amendment_are_not_taken_into_the_title() -> None:
    text = _BYLINE_OVER_FIELDS.replace("Version: 3.2", "Last amended: 2 May 2025")
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "Last amended" not in outline.sections[0].text
