"""Page chrome of blind round 383 (decision 0562): a content manager's article information box
(its "Details" label, the category the page is filed under and its count of views) is no part
of the chapter, while the box's own date stays; and a `<title>` that shortens the chapter's name
does not put that short name above a site's page whose first heading says every word of it.

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

from app.ingest import read_source


def _page(html: str) -> str:
    return read_source(html.encode(), "page.html").text


ARTICLE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<header><h1 class="site-title">Brenchfold Family Services Handbook</h1></header>
<div class="site-grid"><div class="grid-child container-component">
<div class="com-content-article item-page">
  <div class="page-header"><h2>Short Breaks for Disabled Children</h2></div>
  <dl class="article-info">
    <dt class="article-info-term">Details</dt>
    <dd class="category-name">Category: <a href="/c">Disability Services</a></dd>
    <dd class="modified">Last Updated: 3 February 2026</dd>
    <dd class="hits">Hits: 644</dd>
  </dl>
  <h3>Who can have a break</h3>
  <p>Any family in Brenchfold caring for a disabled child may ask for a short break.</p>
  <h3>How to ask</h3>
  <p>Families ring the disability team, who arrange a visit within ten working days.</p>
  <h3>Kinds of break</h3>
  <p>A break may be a few hours with a sitter at home, a day at an activity club, or a night or
  two with a carer the child already knows. Older children often choose a youth club evening.</p>
  <h3>Paying for a break</h3>
  <p>Most breaks are free to the family. Where a direct payment is used, the family chooses who
  provides the break and the council checks once a year that the money is well spent.</p>
  <h3>Reviews</h3>
  <p>Every break is reviewed after six months, with the child and the family, to see whether it
  still suits them or whether something else would help more.</p>
</div></div>
<div class="grid-child container-sidebar-right"><h3>Latest updates</h3>
<ul><li><a href="/a">Transport to school</a></li></ul></div>
</div>
</body></html>"""


def test_an_article_boxs_label_category_and_views_go_and_its_date_stays() -> None:
    text = _page(ARTICLE.format(title="Short Breaks - Brenchfold Family Services Handbook"))
    assert "Details" not in text
    assert "Disability Services" not in text and "Category" not in text
    assert "Hits" not in text and "644" not in text
    assert "Last Updated: 3 February 2026" in text
    assert "Any family in Brenchfold caring for a disabled child" in text


def test_a_heading_saying_every_word_of_the_shortened_name_is_the_title_line() -> None:
    shortened = "Short Breaks and Disabled Children - Brenchfold Family Services Handbook"
    text = _page(ARTICLE.format(title=shortened))
    assert text.lstrip().startswith("## Short Breaks for Disabled Children")
    assert "# Breaks for Disabled Children\n" not in text


def test_a_title_name_the_first_heading_does_not_say_still_names_the_page() -> None:
    text = _page(ARTICLE.format(title="Respite for Families - Brenchfold Family Services Handbook"))
    assert text.lstrip().startswith("# Respite for Families")


def test_a_first_heading_of_the_same_rank_as_the_next_is_no_title_line() -> None:
    page = ARTICLE.format(
        title="Short Breaks and Disabled Children - Brenchfold Family Services Handbook"
    )
    page = page.replace("<h3>", "<h2>").replace("</h3>", "</h2>")
    page = page.replace(
        "<h2>Short Breaks for Disabled Children</h2>", "<h2>Disabled children and short breaks</h2>"
    )
    assert _page(page).lstrip().startswith("# Short Breaks and Disabled Children\n")
