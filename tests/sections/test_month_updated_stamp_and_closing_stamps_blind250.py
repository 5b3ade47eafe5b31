"""Decision 0377, in our own words: a bare "Updated" stamp dated to a month only ("Updated: June
2022") under the title is the chapter's amendment note, as the fact reader takes it, so it is a
scope section of its own before the scope heading (decision 0085), while "Updated" with its day
stays with the title as the page's stamp; and a closing stamp that says how much was changed
("Revised throughout, September 2021") closes an un-headed chapter as end matter."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_HEADED = (
    "## About this chapter\n\nThis chapter gives the background to every procedure in our "
    "manual.\n\n## Our values\n\nWe listen to children and we tell families the truth.\n"
)


@pytest.mark.parametrize(
    "stamp", ["Updated: June 2022", "Updated in March 2025", "_Updated: September 2024_"]
)
def test_a_month_updated_stamp_is_its_own_scope_section(stamp: str) -> None:
    outline = outline_of(f"# Policies, Values and Principles\n\n{stamp}\n\n{_HEADED}", "markdown")
    assert_tiles(outline)
    assert [section.kind for section in outline.sections[:3]] == ["title", "scope", "scope"]
    assert outline.sections[1].text.startswith(stamp)
    assert outline.sections[2].heading == "About this chapter"


@pytest.mark.parametrize(
    "stamp", ["Updated: 14 June 2022", "Updated 3 March 2025", "Updated: Sept 2024"]
)
def test_an_updated_stamp_with_its_day_stays_with_the_title(stamp: str) -> None:
    outline = outline_of(f"# Policies, Values and Principles\n\n{stamp}\n\n{_HEADED}", "markdown")
    assert_tiles(outline)
    assert stamp in outline.sections[0].text
    assert outline.sections[1].heading == "About this chapter"


_UNHEADED = (
    "Policies, Values and Principles\n\n"
    "This chapter is where our procedures start, and it applies to everyone in the service.\n\n"
    "The laws we follow are the Children Act 1989 and the Children Act 2004.\n\n"
    "Our values are plain: we are honest, fair and kind to the families we meet.\n\n"
    "Every child should have a plan for a permanent home within five months of coming into "
    "care.\n\n"
    "We share what we know about a child only where the law allows it.\n\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Revised throughout, September 2021",
        "Reviewed and updated - April 2023",
        "Amended in part \u2013 May 2024",
    ],
)
def test_a_qualified_closing_stamp_is_end_matter(stamp: str) -> None:
    outline = outline_of(_UNHEADED + stamp + "\n")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.startswith(stamp)
