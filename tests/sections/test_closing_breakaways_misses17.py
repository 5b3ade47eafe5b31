"""Closing paragraphs that break away, known-misses round seventeen (decision 0175).

- The kind model names a heading by the words under it without a closing paragraph that a
  breakaway cue names: that paragraph becomes a section of its own, so its topic must not name
  the heading above it too ("Moving on" over leaving care, closed by a paragraph on records).
- Values break away by their cues: a paragraph of the service's qualities closing the
  corporate parenting section, or after the Acts list, is a values section of its own.
- A cued stretch opens at a one-line label over its paragraph that a heading cue names as its
  kind ("Our Values"), not below it.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_HINTED_HEADING_CLOSED_BY_RECORDS = (
    "Children's Services Policies, Values and Principles\n\n"
    "This chapter sets out the values and principles behind every procedure of Westerby's "
    "children's social care manual, and it applies to all staff and commissioned services.\n\n"
    "Being a good parent\n\n"
    "The council is the corporate parent of every child it looks after and of every young "
    "person who has left its care. Councillors ask of each decision: is it good enough for "
    "my own child?\n\n"
    "Moving on\n\n"
    "Leaving care is a journey and not a single day. Pathway planning starts at sixteen, and "
    "young people choose who helps them to write their plan and who comes to their reviews.\n\n"
    "Information about children is kept securely and shared only where the law allows it and "
    "where sharing keeps a child safe. Young people may ask to see their own files.\n\n"
    "Amendment history\n\n"
    "Date | Version | What changed\n"
    "March 2024 | 1.1 | Leaving care rewritten\n"
)


def test_a_hinted_heading_is_named_without_its_closing_breakaway_paragraph() -> None:
    outline = outline_of(_HINTED_HEADING_CLOSED_BY_RECORDS)
    assert_tiles(outline)
    found = [(kind, " ".join(start.split())) for kind, start in kinds_and_starts(outline, 24)]
    assert ("key_principles", "Moving on Leaving care") in found
    assert ("information_sharing", "Information about childr") in found


_VALUES_AFTER_THE_ACTS = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## The law behind our work\n\n"
    "Our duties to children and families come mainly from:\n\n"
    "- Children Act 1989\n"
    "- Children Act 2004\n"
    "- Children and Families Act 2014\n\n"
    "Honesty comes first. We tell parents plainly what worries us, we turn up when we say we "
    "will, and we treat children as the experts in their own lives.\n\n"
    "## Corporate parenting\n\n"
    "Councillors and officers share the role of parent for every child in our care, and they "
    "test each decision against the corporate parenting principles.\n\n"
    "We want every family, and all the children we look after, to find us fair, patient and "
    "truthful. We say what we are worried about and we explain why we think so.\n\n"
    "## Leaving care\n\n"
    "Care leavers keep a personal adviser until they are twenty-five if they want one.\n"
)


def test_values_closing_headed_sections_break_away() -> None:
    outline = outline_of(_VALUES_AFTER_THE_ACTS, "markdown")
    assert_tiles(outline)
    kinds = [kind for kind, _start in kinds_and_starts(outline)]
    assert kinds[1:4] == ["introduction", "values", "corporate_parenting"]
    found = kinds_and_starts(outline, 20)
    assert ("values", "Honesty comes first.") in found


def test_a_short_afterthought_of_values_stays_in_its_section() -> None:
    short = _VALUES_AFTER_THE_ACTS.replace(
        "Honesty comes first. We tell parents plainly what worries us, we turn up when we say we "
        "will, and we treat children as the experts in their own lives.",
        "Honesty comes first.",
    ).replace(
        "We want every family, and all the children we look after, to find us fair, patient and "
        "truthful. We say what we are worried about and we explain why we think so.",
        "We want every family to find us fair, patient and truthful.",
    )
    outline = outline_of(short, "markdown")
    assert_tiles(outline)
    assert "values" not in [kind for kind, _start in kinds_and_starts(outline)]


_LABEL_LINE_OVER_VALUES = (
    "Children's Services Policies, Values and Principles\n\n"
    "Introduction\n\n"
    "This policy sets out the framework for the work of Ashcombe's children's services with "
    "children, young people and their families. It rests on the following Acts:\n\n"
    "Children Act 1989\n\n"
    "Children Act 2004\n\n"
    "Our Values\n\n"
    "We put children's safety and welfare first. We listen to what children tell us and explain "
    "our decisions in words they understand, and we build on what families already do well.\n\n"
    "Corporate Parenting\n\n"
    "Ashcombe Council is the corporate parent of every child in its care and of its care "
    "leavers.\n"
)


def test_a_cued_stretch_opens_at_the_label_line_over_it() -> None:
    outline = outline_of(_LABEL_LINE_OVER_VALUES)
    assert_tiles(outline)
    found = [(kind, " ".join(start.split())) for kind, start in kinds_and_starts(outline, 14)]
    assert ("values", "Our Values We") in found
