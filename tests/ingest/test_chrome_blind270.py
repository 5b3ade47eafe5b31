"""Page chrome of blind round 270 (decision 0401): pop-ups copied open above a page's skip link,
a site notice right under it, a partnership's tagline, a menu link that asks a question, a
print view's records of its printing, footer links over a closing stamp, and an old manual's
bracketed page buttons.

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line


def _copied(text: str) -> str:
    return read_source(text.encode(), "copied.txt").text


def _page(html: str) -> str:
    return read_source(html.encode(), "page.html").text


FEEDBACK_POP_UP = """Tell us about your visit
Would you spare a minute to answer four short questions about this website?
Answer the questions
Not now
Skip to content
Ambridge Vale Council
Menu
Search
Home
Children and families
Fostering
Fostering Allowances and Fees
This chapter was revised in March 2026 to show the new weekly rates.
Introduction
Foster carers in Ambridge Vale receive a weekly allowance for each child they look after.
"""


def test_a_pop_up_above_the_skip_link_goes_and_the_title_opens_the_text() -> None:
    text = _copied(FEEDBACK_POP_UP)
    assert "Tell us about your visit" not in text
    assert "Would you spare a minute" not in text
    assert "Not now" not in text
    assert "revised in March 2026" in text


INTRANET_NOTICE = """Skip to main content
For council staff only. These pages are not for sharing with the public.
Brackley Staff Zone
Sign out
Home
News
Directory
Policies and procedures
Social work
Supervision Policy
Amended: 4 May 2026.
Purpose
Every social worker has supervision at least once a month.
"""


def test_a_notice_under_the_skip_link_over_the_sites_chrome_goes() -> None:
    text = _copied(INTRANET_NOTICE)
    assert "For council staff only" not in text
    assert "Brackley Staff Zone" not in text
    assert "Supervision Policy\nAmended: 4 May 2026." in text


def test_a_chapters_own_prose_under_a_skip_link_stays() -> None:
    text = _copied(
        "Skip to main content\n"
        "This procedure applies to all staff. It was last changed in May 2026.\n"
        "Purpose\n"
        "Every social worker has supervision at least once a month.\n"
    )
    assert "This procedure applies to all staff." in text


PARTNERSHIP_HEAD = """Skip to main content
Ollerton Safeguarding Adults Board
Keeping adults in Ollerton safe from harm
Search
Home
About the Board
Need to report abuse?
Training
Home
Procedures
Adults at risk
Self-neglect Procedure
Updated in April 2026.
Introduction
This procedure describes how agencies respond when an adult neglects their own care.
"""


def test_a_partnerships_tagline_and_a_menu_link_asking_a_question_go() -> None:
    text = _copied(PARTNERSHIP_HEAD)
    assert "Self-neglect Procedure\nUpdated in April 2026." in text
    assert "Keeping adults in Ollerton safe" not in text
    assert "Need to report abuse?" not in text
    assert "About the Board" not in text


@pytest.mark.parametrize(
    "line",
    [
        "Printed from: https://www.ambridgevale.gov.uk/fostering/allowances",
        "This page was printed from www.ambridgevale.gov.uk/fostering/allowances",
        "Date printed: 12 May 2026",
        "Printed on: 12/05/2026",
        "Printed on 12 May 2026 at 09:15",
    ],
)
def test_a_print_views_records_of_its_printing_are_chrome(line: str) -> None:
    assert is_chrome_line(line, load_chrome_cues())


@pytest.mark.parametrize(
    "line",
    [
        "Printed from the council's archive, the leaflet was sent to every carer.",
        "Date printed leaflets were sent to carers",
    ],
)
def test_sentences_about_printing_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line, load_chrome_cues())


def test_footer_links_over_a_closing_stamp_go_and_the_stamp_stays() -> None:
    text = _copied(
        "Supervision Policy\n"
        "Purpose\n"
        "Every social worker has supervision at least once a month.\n"
        "Staff zone help\n"
        "Suggest a change\n"
        "Accessibility\n"
        "Page last reviewed: 3 June 2026\n"
    )
    assert "Staff zone help" not in text
    assert "Suggest a change" not in text
    assert text.rstrip().endswith("Page last reviewed: 3 June 2026")
    assert "at least once a month." in text


def test_a_chapters_closing_lines_over_a_stamp_without_chrome_stay() -> None:
    text = _copied(
        "Supervision Policy\n"
        "Purpose\n"
        "Every social worker has supervision at least once a month.\n"
        "Related procedures\n"
        "Case recording\n"
        "Last updated: 3 June 2026\n"
    )
    assert "Related procedures\nCase recording" in text


OLD_MANUAL_FRAME = """<html><head><title>Section 4.2</title></head><body>
<table width="100%"><tr><td>Ambridge Vale Practice Manual</td>
<td align="right"><a href="index.htm" target="_parent">[Index]</a> <a href="4-1.htm">[Prev]</a>
<a href="4-3.htm">[Next]</a></td></tr></table>
<h1>4.2 Supervision Policy</h1>
<p>Every social worker has supervision at least once a month; see <a href="4-3.htm">the next
section</a> for recording.</p>
<p><a href="#top">[Top]</a></p>
</body></html>"""


def test_an_old_manuals_bracketed_page_buttons_go_and_links_in_prose_stay() -> None:
    text = _page(OLD_MANUAL_FRAME)
    assert "[Index]" not in text and "[Prev]" not in text and "[Next]" not in text
    assert "[Top]" not in text
    assert "the next\nsection" in text or "the next section" in text


BOARD_PAGE = """Skip to main content
Ollerton Safeguarding Adults Board
Search
Home
Procedures
Adults at risk
Self-neglect Procedure
Introduction
This procedure describes how agencies respond when an adult neglects their own care.
The Ollerton Safeguarding Adults Board reviews this procedure every two years.
Back to top
The Ollerton Safeguarding Adults Board is a partnership of the council, the police and the NHS.
Privacy notice
Cookies
"""


def test_a_footer_sentence_about_the_site_under_back_to_top_goes() -> None:
    text = _copied(BOARD_PAGE)
    assert "is a partnership of the council" not in text
    assert "reviews this procedure every two years." in text
