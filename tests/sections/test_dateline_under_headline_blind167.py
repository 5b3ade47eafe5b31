"""A news item's dateline under its headline, copied from a browser as plain text ("News | 9
January 2026"): a category label and the day the item was posted, which heads nothing and stays
with the title, as side-by-side stamps do (decision 0270).

Each document is written for this test in our own words.
"""

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.sections.assemble import _is_dateline
from app.sections.raw import RawBlock


def _sections(text: str) -> list[tuple[str, str | None, str]]:
    analyzed = analyze(read_source(text.encode(), "news.txt"), get_family())
    return [(section.kind, section.heading, section.text) for section in analyzed.outline.sections]


_ITEM = (
    "Wexcombe refreshes its promises to children in care\n"
    "{dateline}\n"
    "Wexcombe Borough Council has published a revised version of its chapter on the values "
    "behind its work with children and families. Councillors agreed it in October 2025.\n"
    "Help after eighteen\n"
    "Every care leaver will be offered a personal adviser until they reach 21, and until 25 "
    "if they are still in education.\n"
    "Built on the law\n"
    "The chapter rests on the Children Act 1989, the Children Act 2004, the Children and "
    "Families Act 2014 and the Children and Social Work Act 2017.\n"
)


def test_a_label_and_a_day_under_the_headline_stay_with_the_title():
    sections = _sections(_ITEM.format(dateline="News | 9 January 2026"))
    assert sections[0][0] == "title"
    assert "News | 9 January 2026" in sections[0][2]
    assert all(heading != "News | 9 January 2026" for _, heading, _ in sections)


def test_a_press_release_dateline_with_a_middle_dot_stays_with_the_title():
    sections = _sections(_ITEM.format(dateline="Press release \u00b7 3/2/2025"))
    assert "Press release \u00b7 3/2/2025" in sections[0][2]


def test_a_news_lead_announcing_the_revised_chapter_opens_the_scope():
    sections = _sections(_ITEM.format(dateline="News | 9 January 2026"))
    assert sections[1][0] == "scope"
    assert sections[1][2].startswith("Wexcombe Borough Council has published")


def _block(line: str) -> tuple[str, RawBlock]:
    return line, RawBlock(
        type="paragraph", start=0, end=len(line), content_start=0, content_end=len(line)
    )


def test_a_numbered_label_beside_words_is_no_dateline():
    assert not _is_dateline(*_block("Section 3 | Our values"))
    assert not _is_dateline(*_block("News | 2026"))
    assert not _is_dateline(*_block("What children tell us about their homes | 9 January 2026"))
    assert _is_dateline(*_block("Latest news | 14 March 2025"))
