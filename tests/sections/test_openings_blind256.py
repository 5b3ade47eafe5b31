"""Blind round 256 (decision 0383): a forwarded mail's "Subject:" naming the chapter, and an icon
line between a page list's entry and the heading that says it again. Texts written for these
tests in our own words."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

FORWARDED = """\
From: Dev Patel <dev.patel@example.org>
Sent: 2 February 2026 08:30
To: Fostering Team
Subject: FW: Children's Services Policies, Values and Principles

Hello all,

Please read the final text below.

Thanks,
Dev

From: Policy Unit
Sent: 30 January 2026 17:02
To: Dev Patel
Subject: Children's Services Policies, Values and Principles

Children's Services Policies, Values and Principles

This chapter was amended in January 2026.

Introduction
Our children's services help every family that needs it, and we keep children at home where we
can.
"""


def test_a_forwarded_mails_subject_naming_the_chapter_is_not_its_title() -> None:
    outline = outline_of(FORWARDED)
    assert_tiles(outline)
    sections = kinds_and_starts(outline, 60)
    title = next(start for kind, start in sections if kind == "title")
    assert title == "Children's Services Policies, Values and Principles"


PAGE_LIST = """\
Practice workspace
Children's Services Policies, Values and Principles
Supervision
Recording
\u2b50
Children's Services Policies, Values and Principles
This chapter was amended in January 2026 to add our practice model.
Our vision
Every child in Hollowdene should grow up safe and loved, at home wherever that is possible.
"""


def test_an_icon_line_between_the_page_entry_and_its_heading_is_passed_over() -> None:
    outline = outline_of(PAGE_LIST)
    assert_tiles(outline)
    title = next(section for section in outline.sections if section.kind == "title")
    assert title.start == PAGE_LIST.rindex("Children's Services Policies")
