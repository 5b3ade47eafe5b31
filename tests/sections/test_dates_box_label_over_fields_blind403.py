"""Decision 0593: a box of the chapter's dates under the title, a bold label over a few one-line
labelled fields of which one is the dated amendment ("**Important dates**" / "Issued: March
2019" / "Revised: 2 May 2025"), is the chapter's amendment note: the scope section opens at the
label, the earlier dates with it, not at the amendment line with the label and the first date
left in the title section. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_TITLE = "# Practice Principles for Children's Social Work\n\n"
_TAIL = (
    "## Introduction\n\n"
    "This policy sets out the framework within which the borough's social workers act, and the "
    "law that gives them their duties.\n\n"
    "## Working alongside others\n\n"
    "Teachers, doctors and police officers share the task of keeping children safe with us.\n"
)


def _chapter(label: str, fields: list[str]) -> str:
    box = "".join(f"{line}\n\n" for line in fields)
    return f"{_TITLE}{label}\n\n{box}{_TAIL}"


@pytest.mark.parametrize(
    "fields",
    [
        ["Issued: March 2019", "Revised: 2 May 2025", "Review by: May 2027"],
        ["Date first agreed: 4 April 2018", "Reviewed: 2022", "Last amended: 11 June 2025"],
    ],
)
def test_a_bold_label_over_dates_opens_the_scope_section_with_them(fields: list[str]) -> None:
    outline = outline_of(_chapter("**Important dates**", fields), "markdown")
    assert_tiles(outline)
    starts = kinds_and_starts(outline)
    assert ("scope", "**Important dates**") in [(kind, start[:19]) for kind, start in starts]
    title = next(section for section in outline.sections if section.kind == "title")
    assert fields[0] not in title.text


def test_a_label_over_a_sentence_before_the_amendment_is_no_dates_box() -> None:
    fields = [
        "Children in the borough are safest when schools and the police talk to us early.",
        "Revised: 2 May 2025",
    ]
    outline = outline_of(_chapter("**Please note**", fields), "markdown")
    assert_tiles(outline)
    starts = kinds_and_starts(outline)
    assert ("scope", "Revised: 2 May 2025") in [(kind, start[:19]) for kind, start in starts]
    assert all(not start.startswith("**Please note**") for kind, start in starts if kind == "scope")
