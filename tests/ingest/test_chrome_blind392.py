"""Page chrome of blind round 392 (decision 0577): a page titled in a plain `<div>` whose fuller
name says every word of a shorter `<title>` name gets no second title above it; a layout's side
column named by its grid class ("col-side") is the site's; a rating widget's star labels in one
row and its average score are the widget's; a markdown export's picture whose file is named the
site's logo is the site's mark.

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


def _read(source: str, name: str) -> str:
    return read_source(source.encode(), name).text


DIV_PAGE = """<html><head><title>{title}</title></head><body>
<div class="jump"><a href="#page-body">Jump to the page</a></div>
<div class="trail"><a href="/">Home</a> &gt; <span>{crumb}</span></div>
<div class="layout">
 <div class="col-main" id="page-body">
  <div class="headline">Short Breaks for Disabled Children</div>
  <div class="lede">Any family in Ormsdale caring for a disabled child may ask for a short break,
  and most families who ask are offered one within a month of their first call.</div>
  <div class="sub">How to ask</div>
  <div class="para">Families ring the disability team, who arrange a visit within ten working
  days and talk through what kind of break would suit the child.</div>
 </div>
 <div class="{side}">
  <div class="box-title">Popular with staff</div>
  <div class="box-link"><a href="/a">Lone working guidance</a></div>
  <div class="box-title">Out of hours</div>
  <div class="box-text">Ring the emergency duty team on 01632 960 555.</div>
 </div>
</div>
</body></html>"""


def test_a_div_title_saying_every_word_of_the_shorter_title_name_gets_no_second_title() -> None:
    page = DIV_PAGE.format(
        title="Disabled children and short breaks | Ormsdale Council",
        crumb="Disabled children and short breaks",
        side="col-side",
    )
    text = _read(page, "page.html")
    assert text.lstrip().startswith("Short Breaks for Disabled Children")
    assert "# Disabled children and short breaks" not in text


def test_a_title_name_the_opening_line_does_not_say_still_names_the_page() -> None:
    page = DIV_PAGE.format(
        title="Respite for Families | Ormsdale Council",
        crumb="Respite for Families",
        side="col-side",
    )
    assert _read(page, "page.html").lstrip().startswith("# Respite for Families")


@pytest.mark.parametrize("side", ["col-side", "layout-side-col", "column-side right"])
def test_a_side_column_named_by_its_grid_class_is_the_sites(side: str) -> None:
    page = DIV_PAGE.format(
        title="Disabled children and short breaks | Ormsdale Council",
        crumb="Disabled children and short breaks",
        side=side,
    )
    text = _read(page, "page.html")
    assert "Popular with staff" not in text and "Lone working guidance" not in text
    assert "01632 960 555" not in text
    assert "Families ring the disability team" in text


def test_a_column_class_that_only_shares_a_word_is_not_a_side_column() -> None:
    page = DIV_PAGE.format(
        title="Disabled children and short breaks | Ormsdale Council",
        crumb="Disabled children and short breaks",
        side="col-aside-note",
    ).replace("Popular with staff", "Paying for a break")
    assert "Paying for a break" in _read(page, "page.html")


@pytest.mark.parametrize(
    "line",
    [
        "1 star 2 stars 3 stars 4 stars 5 stars",
        "1 star | 2 stars | 3 stars | 4 stars | 5 stars",
        "Average rating 3.9 from 41 votes",
        "Average rating: 4 out of 5",
        "Rated 4.6 out of 5 (27 ratings)",
        "3.2 / 5 from 8 reviews",
    ],
)
def test_a_rating_widgets_star_row_and_average_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Rating: 3",
        "The inspectors gave our fostering service a rating of good in 2025.",
        "6 children",
        "Young people gave the new leaving care offer 4 stars out of 5 in our survey.",
    ],
)
def test_a_score_without_its_average_or_its_count_is_not(line: str) -> None:
    assert not is_chrome_line(line, CUES)


EXPORT = """<!-- saved from the staff wiki -->

![Ormsdale Council]({picture})

Short Breaks for Disabled Children
==================================

Any family in Ormsdale caring for a disabled child may ask for a short break.

How to ask
----------

Families ring the disability team, who arrange a visit within ten working days.
"""


@pytest.mark.parametrize("picture", ["assets/ormsdale-logo.png", "/img/crest.svg"])
def test_a_picture_filed_as_the_sites_logo_is_the_sites_mark(picture: str) -> None:
    text = _read(EXPORT.format(picture=picture), "page.md")
    assert "Ormsdale Council" not in text.split("Short Breaks", 1)[0]
    assert "Any family in Ormsdale" in text


def test_a_picture_named_for_what_it_shows_stays() -> None:
    text = _read(EXPORT.format(picture="assets/family-centre-garden.jpg"), "page.md")
    assert "family-centre-garden.jpg" in text
