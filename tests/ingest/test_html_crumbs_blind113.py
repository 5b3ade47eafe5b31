"""A trail of links whose list is classed "crumbs" inside the page's main content is chrome,
as a "breadcrumb" one is (blind113, decision 0187). In our own words."""

from app.ingest import read_source


def _render(body: str) -> str:
    page = f"<!doctype html><html><head></head><body>{body}</body></html>"
    return read_source(page.encode()).text


def test_a_crumbs_list_in_main_is_chrome() -> None:
    text = _render(
        "<main><ol class='crumbs'><li><a href='/'>Home</a></li><li><a href='/care'>Social "
        "care</a></li><li>Children's procedures</li></ol>"
        "<h1>Children's Services Policies, Values and Principles</h1>"
        "<h2>Who this chapter is for</h2><p>Every practitioner in the service.</p></main>"
    )
    assert "Social care" not in text
    assert text.startswith("# Children's Services Policies, Values and Principles")


def test_a_list_of_another_class_stays() -> None:
    text = _render(
        "<main><h1>Children's Services Policies, Values and Principles</h1>"
        "<ul class='biscuit-list'><li>Shortbread</li><li>Ginger nuts</li></ul></main>"
    )
    assert "Ginger nuts" in text
