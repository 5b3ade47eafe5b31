"""A page with no `<h1>` whose `<title>` names the manual, the step of its breadcrumb before the
current one, names the chapter by the trail's current step (decision 0522): the `<title>` then
says where the page sits, not what it is. Written for these tests in our own words."""

from __future__ import annotations

from app.ingest.html_render import render_html

_PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<header><a href="/">Pellow Moor Council</a></header>
<nav class="breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/manual">Family Services Handbook</a></li>
<li aria-current="page">{current}</li></ol></nav>
<main><h2>Who this is for</h2><p>Everyone in the family services teams.</p>
<h2>Our values</h2><p>We listen to children first.</p></main>
</body></html>"""


def test_the_current_step_names_a_page_whose_title_names_the_manual_above_it() -> None:
    page = _PAGE.format(
        title="Family Services Handbook | Pellow Moor Council",
        current="Fostering Values and Principles",
    )

    assert render_html(page).startswith("# Fostering Values and Principles\n")


def test_a_title_naming_the_page_itself_is_kept() -> None:
    page = _PAGE.format(
        title="Fostering values | Pellow Moor Council",
        current="Fostering Values and Principles",
    )

    assert render_html(page).startswith("# Fostering values\n")


def test_a_short_current_step_leaves_the_title_elements_name() -> None:
    page = _PAGE.format(title="Family Services Handbook | Pellow Moor Council", current="Fostering")

    assert render_html(page).startswith("# Family Services Handbook\n")
