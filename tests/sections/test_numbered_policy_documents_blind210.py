"""Sections met in the 210th blind round (decision 0330): councils' formal policy documents
whose every paragraph is numbered and whose headings, where there are any, name broad parts.

- a numbered paragraph ("3. …") inside a headed container (a scope part, "Part 1: About this
  policy") opens a section by its content cue, as an un-numbered paragraph there does; under a
  heading that names a kind of its own, it stays in that heading's section;
- a plain line opening with a council's name right under the title, over the chapter's text,
  is the chapter's byline and heads no section;
- the introduction's cues know the duties said to be set by Parliament or the law, and the
  service said to work within a framework of law, and not a practice framework.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.outline_helpers import kinds_and_openings

_PARTS = (
    "# Policies, Values and Principles for Children\n\n"
    "## Part 1: About this document\n\n"
    "1. This document explains the values and principles that guide the work of Brindlecombe's "
    "children's services, and it applies to every team and to the providers we commission.\n\n"
    "2. It was amended in August 2025 to bring the paragraphs on permanence up to date.\n\n"
    "3. Brindlecombe's social care teams operate within a legal framework set by Parliament, "
    "and the Acts behind this document are listed in the appendix at its end.\n\n"
    "## Part 2: Our values\n\n"
    "4. We are honest with families about our worries and we keep the promises we make to "
    "children, however small they may seem.\n\n"
    "5. Our duties are laid down in law, and we hold ourselves to a standard above it: every "
    "child is treated as we would want our own to be.\n"
)


def test_a_numbered_paragraph_in_a_headed_scope_part_opens_the_kind_its_cue_names() -> None:
    kinds = kinds_and_openings(_PARTS, "markdown", 30)
    assert [kind for kind, _ in kinds] == ["title", "scope", "introduction", "values"]
    assert kinds[2][1].startswith("3. Brindlecombe's social care")


def test_a_numbered_paragraph_under_a_heading_naming_its_kind_stays_there() -> None:
    kinds = kinds_and_openings(_PARTS, "markdown", 30)
    assert kinds[-1][1].startswith("## Part 2: Our values")


_BYLINE = (
    "# Policies, Values and Principles for Children\n\n"
    "Fellbrook City Council \u2013 Children, Young People and Families\n\n"
    "1. This document sets out the values and principles that apply to all of Fellbrook's "
    "children's services and is the starting point for every procedure in the manual.\n\n"
    "2. The document was last amended in May 2025, when the paragraphs on care leavers were "
    "rewritten.\n\n"
    "3. Our duties are laid down in law, and the Acts that apply to this document are listed "
    "in Appendix A at its end.\n\n"
    "4. We expect every practitioner to be kind, honest and curious about the lives of the "
    "families they meet, and to keep their promises.\n\n"
    "## Appendix A: Legislation\n\n"
    "- Children Act 1989\n"
    "- Children Act 2004\n"
)


def test_a_council_byline_over_numbered_paragraphs_heads_no_section() -> None:
    kinds = kinds_and_openings(_BYLINE, "markdown", 30)
    assert [kind for kind, _ in kinds] == [
        "title",
        "scope",
        "introduction",
        "values",
        "introduction",
    ]
    assert kinds[1][1].startswith("1. This document sets out")
    assert kinds[2][1].startswith("3. Our duties are laid down")


def test_a_service_line_under_the_title_over_a_heading_is_unchanged() -> None:
    text = (
        "Policies, Values and Principles for Children\n\n"
        "Children's Social Care\n\n"
        "This chapter sets out the values and principles that guide the work of the service "
        "with children, young people and their families across the city.\n"
    )
    kinds = kinds_and_openings(text, "plain", 30)
    assert kinds[0][0] == "title"


@pytest.mark.parametrize(
    "opening",
    [
        "The council's duties to children are set by Parliament, and the Acts are listed below.",
        "Our duties were laid down in law long before this policy was written.",
        "Its responsibilities are defined by statute and by the guidance made under it.",
        "Our children's services work within a framework of law and statutory guidance.",
        "Social care in Ashwick operates within a legal framework set by Parliament.",
    ],
)
def test_the_introduction_cues_know_the_law_as_the_duties_source(opening: str) -> None:
    cues = compile_cues(get_family().kinds)
    assert cues.content_kind(opening) == "introduction"


@pytest.mark.parametrize(
    "opening",
    [
        "Our practitioners work within the Signs of Safety framework in every team.",
        "Our duties to children come first in everything we plan with families.",
        "Team managers work within a framework of regular supervision and audit.",
    ],
)
def test_a_practice_framework_or_duties_without_the_law_is_no_introduction_cue(
    opening: str,
) -> None:
    cues = compile_cues(get_family().kinds)
    assert cues.content_kind(opening) != "introduction"
