"""Web pages with weak structure, round 99 (decision 0166): a chapter whose sections are the
items of one list, each a bold title over its paragraphs, reads the titles as headings; a list
of bold terms over their explanations inside one section stays a list; a site's promotion or
advert box set between two parts of the chapter is chrome."""

from __future__ import annotations

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


_SECTION_LIST = (
    "<main><h1>Family Help Policies and Principles</h1><ol class='parts'>"
    "<li><strong>About this policy</strong><p>This policy tells everyone in the family help "
    "service what we stand for.</p><p>It was amended in May 2025.</p></li>"
    "<li><strong>The law</strong><p>Our work is framed by:</p><ul><li>Children Act 1989</li>"
    "<li>Children Act 2004</li></ul></li>"
    "<li><b>Keeping records</b><p>Records are written on the day of a visit and kept safe.</p>"
    "</li></ol><p>Page updated 3 June 2025</p></main>"
)


def test_a_chapter_set_out_as_one_list_of_titled_paragraphs_reads_its_titles_as_headings() -> None:
    text = _render(_SECTION_LIST)
    assert "## About this policy\n\nThis policy tells everyone" in text
    law = "## The law\n\nOur work is framed by:\n\n- Children Act 1989\n- Children Act 2004"
    assert law in text
    assert "## Keeping records\n\nRecords are written" in text
    assert "Page updated 3 June 2025" in text


def test_bold_terms_over_explanations_inside_one_section_stay_a_list() -> None:
    prose = " ".join(["We work with families to keep children safe at home."] * 12)
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        f"<p><strong>Our aims</strong></p><p>{prose}</p><ul>"
        "<li><strong>Safe</strong><p>free from harm at home and online</p></li>"
        "<li><strong>Healthy</strong><p>well in body and mind</p></li>"
        "<li><strong>Learning</strong><p>at school every day</p></li></ul>"
        f"<p>{prose}</p></main>"
    )
    assert "## Safe" not in text
    assert "Safe" in text and "free from harm" in text


def test_a_promotion_box_between_two_parts_of_the_chapter_is_left_out() -> None:
    text = _render(
        "<main><article><h1>Family Help Policies and Principles</h1><h2>Scope</h2>"
        "<p>This policy applies to all staff.</p></article>"
        "<div class='promo-box'><h2>Could you foster?</h2><p>We need more carers.</p>"
        "<p><a href='/fostering'>Start today</a></p></div>"
        "<div class='advert'><p>Visit the leisure centre</p></div>"
        "<article><h2>Our Values</h2><p>We listen to children.</p></article></main>"
    )
    assert "Could you foster" not in text
    assert "We need more carers" not in text
    assert "leisure centre" not in text
    assert "## Our Values\n\nWe listen to children." in text


def test_a_class_naming_health_promotion_is_not_an_advert() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1><h2>Health</h2>"
        "<div class='health-promotion'><p>We help children to stay healthy.</p></div></main>"
    )
    assert "We help children to stay healthy." in text
