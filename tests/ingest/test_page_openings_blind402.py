"""Page openings of blind round 402 (decision 0592): a read-it-later app's meta row under the
title (the site's address, a byline and the reading time on one line, parted by dots or bars)
is the app's; a print view's head row of the day and time of printing beside the page's
`<title>`, the page's full address alone on a line under it, and a council-and-service line
right above the page's heading are the printing's or the site's; a
masthead whose `<h1>` is the council's name and whose page banner, at the header's foot, heads
the page in a lower heading names the chapter there when the `<title>` names only the site and
the manual the masthead prints as its strap.

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues, render_html
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


def _read(source: str, name: str) -> str:
    return read_source(source.encode(), name).text


_BODY = (
    "Short breaks give disabled children time with friends and give their families a rest.\n\n"
    "How to ask\n\n"
    "Families ring the disability team, who visit within ten working days.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "thornleigh.gov.uk \u00b7 Disability Team \u00b7 4 min read",
        "Disability Team | thornleigh.gov.uk",
        "By the Disability Team \u2022 5 minute read",
    ],
)
def test_a_reader_apps_meta_row_under_the_title_is_the_apps(row: str) -> None:
    text = _read(f"Short Breaks for Disabled Children\n{row}\n\n{_BODY}", "copy.txt")
    assert text.startswith("Short Breaks for Disabled Children\n")
    assert row not in text
    assert "Families ring the disability team" in text


def test_a_row_without_the_apps_badge_stays() -> None:
    row = "Disability Team \u00b7 Respite Service"
    text = _read(f"Short Breaks for Disabled Children\n{row}\n\n{_BODY}", "copy.txt")
    assert row in text


def test_a_row_that_stamps_the_page_keeps_its_stamp() -> None:
    row = "Disability Team \u00b7 Updated 4 May 2025 \u00b7 4 min read"
    text = _read(f"Short Breaks for Disabled Children\n{row}\n\n{_BODY}", "copy.txt")
    assert "Updated 4 May 2025" in text


def test_a_print_views_head_row_is_chrome() -> None:
    assert is_chrome_line("14/05/2026, 16:20 | Print: Short Breaks | Thornleigh Council", CUES)


def test_the_address_under_a_print_head_goes_with_it() -> None:
    head = (
        "14/05/2026, 16:20 | Print: Short Breaks | Thornleigh Council\n\n"
        "https://www.thornleigh.gov.uk/social-care/short-breaks?print=1\n\n"
    )
    text = _read(f"{head}Short Breaks for Disabled Children\n\n{_BODY}", "copy.txt")
    assert text.startswith("Short Breaks for Disabled Children\n")


def test_an_address_in_a_sentence_is_not_chrome() -> None:
    line = "The form is at https://www.thornleigh.gov.uk/short-breaks and takes ten minutes."
    assert not is_chrome_line(line, CUES)


PRINT_VIEW = """<html><head><title>Print: Short Breaks | Thornleigh Council</title></head>
<body>
<table class="ph"><tr><td>14/05/2026, 16:20</td>
<td>Print: Short Breaks | Thornleigh Council</td></tr></table>
<p>https://www.thornleigh.gov.uk/social-care/short-breaks?print=1</p>
<p>Thornleigh Council | Family Services</p>
<h1>Short Breaks for Disabled Children</h1>
<h2>Why short breaks matter</h2>
<p>Short breaks give disabled children time with friends and give their families a rest.</p>
<h2>How to ask</h2>
<p>Families ring the disability team, who visit within ten working days and talk through
what kind of break would suit the child.</p>
</body></html>"""


def test_a_print_view_opens_with_its_heading() -> None:
    text = _read(PRINT_VIEW, "print.html")
    assert text.startswith("# Short Breaks for Disabled Children\n")
    assert "16:20" not in text
    assert "https://" not in text
    assert "Family Services" not in text


def test_a_council_and_service_line_over_prose_stays() -> None:
    text = _read(f"Thornleigh Council | Short Breaks Guide\n\n{_BODY}", "copy.txt")
    assert text.startswith("Thornleigh Council | Short Breaks Guide")


MASTHEAD = """<html><head><title>Thornleigh Borough Council - {strap}</title></head><body>
<header>
 <h1><a href="/">Thornleigh Borough Council</a></h1>
 <p class="strap">{strap}</p>
 <nav><a href="/">Home</a> <a href="/guides">All guides</a> <a href="/help">Help</a></nav>
 <div class="banner"><ol><li><a href="/">Home</a></li><li><a href="/guides">Guides</a></li></ol>
 <h2>{heading}</h2></div>
</header>
<main>
 <h3>Why short breaks matter</h3>
 <p>Short breaks give disabled children time with friends and give their families a rest.</p>
 <h3>How to ask</h3>
 <p>Families ring the disability team, who visit within ten working days and talk through
 what kind of break would suit the child.</p>
</main>
</body></html>"""


def test_the_banner_heading_at_the_mastheads_foot_names_the_page() -> None:
    html = MASTHEAD.format(
        strap="Family Support Guides", heading="Short Breaks for Disabled Children"
    )
    text = render_html(html)
    assert text.startswith("# Short Breaks for Disabled Children\n")
    assert "Family Support Guides" not in text


def test_a_banner_heading_under_a_page_the_title_names_leaves_the_title_its_name() -> None:
    html = MASTHEAD.format(strap="Family Support Guides", heading="Find a guide").replace(
        "<title>Thornleigh Borough Council - Family Support Guides</title>",
        "<title>Short breaks - Thornleigh Borough Council</title>",
    )
    text = render_html(html)
    assert not text.startswith("# Find a guide")
