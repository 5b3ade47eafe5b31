"""The compare page answers first: summary, facts and changes by section before the diff, in the
words that fit the pair (a revision, or two councils), renumbering not counted unless asked."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Tag
from fastapi.testclient import TestClient

from app.store import Version
from tests.web.conftest import Soup


def _page(client: TestClient, soup: Soup, query: str) -> BeautifulSoup:
    response = client.get(f"/compare?{query}")
    assert response.status_code == 200, response.text
    return soup(response)


def _text(node: Tag | None) -> str:
    assert node is not None
    return " ".join(node.get_text(" ", strip=True).split())


def _two_councils(versions: list[Version]) -> tuple[Version, Version]:
    councils = [version for version in versions if not version.authority.is_sample]
    first = councils[0]
    second = next(v for v in councils if v.authority.slug != first.authority.slug)
    return first, second


def test_renumbering_is_not_counted_by_default_and_the_page_says_so(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    left, right = sample_timeline[-2].id, sample_timeline[-1].id
    default = _page(client, soup, f"left={left}&right={right}")
    counted = _page(client, soup, f"left={left}&right={right}&ignore_numbering=0")
    assert "Section numbering is ignored" in _text(default.find(class_="options-note"))
    assert len(default.select("[data-change]")) < len(counted.select("[data-change]"))
    twin = parse_qs(urlsplit(str(default.find("a", class_="json-twin")["href"])).query)
    assert twin["ignore_numbering"] == ["1"]
    toggle = default.find("a", string="Count renumbering as change")
    assert isinstance(toggle, Tag) and "ignore_numbering=0" in str(toggle["href"])


def test_the_ticked_box_wins_over_the_hidden_default_off(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    left, right = sample_timeline[0].id, sample_timeline[-1].id
    ticked = _page(client, soup, f"left={left}&right={right}&ignore_numbering=0&ignore_numbering=1")
    box = ticked.find("input", attrs={"type": "checkbox", "name": "ignore_numbering"})
    assert isinstance(box, Tag) and box.has_attr("checked")
    hidden = ticked.find("input", attrs={"type": "hidden", "name": "ignore_numbering"})
    assert isinstance(hidden, Tag) and hidden["value"] == "0"
    unticked = _page(client, soup, f"left={left}&right={right}&ignore_numbering=0")
    box = unticked.find("input", attrs={"type": "checkbox", "name": "ignore_numbering"})
    assert isinstance(box, Tag) and not box.has_attr("checked")


def test_the_answer_comes_before_the_diff_and_the_form_is_folded(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _page(client, soup, f"left={sample_timeline[0].id}&right={sample_timeline[-1].id}")
    order = [str(h2.get("id")) for h2 in page.select("main h2")]
    assert order.index("summary-heading") < order.index("facts-heading")
    assert order.index("facts-heading") < order.index("sections-heading")
    assert order.index("sections-heading") < order.index("changes-heading")
    form = page.find("form", class_="compare-form")
    assert isinstance(form, Tag)
    folded = form.find_parent("details")
    assert isinstance(folded, Tag) and not folded.has_attr("open")
    assert _text(folded.find("summary")) == "Change versions or options"


def test_unchanged_rows_carry_no_badge(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _page(client, soup, f"left={sample_timeline[0].id}&right={sample_timeline[-1].id}")
    unchanged = page.select("table.diff tr.status-unchanged")
    assert unchanged
    assert not any(row.select(".badge") for row in unchanged)
    assert page.select("table.diff tr.status-changed .badge-changed")


def test_the_change_list_links_land_on_changes_and_the_skip_link_on_the_first(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _page(client, soup, f"left={sample_timeline[0].id}&right={sample_timeline[-1].id}")
    changes = {str(node["id"]) for node in page.select("[data-change]")}
    links = page.select("ol.change-list a")
    assert links
    for link in links:
        assert str(link["href"]).removeprefix("#") in changes
    first = page.select("[data-change]")[0]["id"]
    skips = page.find_all("a", class_="skip-link")
    assert skips[0]["href"] == f"#{first}" and _text(skips[0]) == "Skip to the first change"
    numbers = [_text(node) for node in page.select("[data-change] .change-number")]
    assert numbers[0] == f"Change 1 of {len(changes)}"


def test_facts_changed_apart_from_document_details_and_lists_as_items(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _page(client, soup, f"left={sample_timeline[-2].id}&right={sample_timeline[-1].id}")
    table = page.find("table", class_="divergences")
    assert isinstance(table, Tag)
    labels = [_text(row.find("th")) for row in table.select("tbody tr")]
    assert not any(label.startswith(("Amendment date", "Last updated")) for label in labels)
    assert "amendment date" in _text(page.find(class_="document-details"))
    headers = [_text(th) for th in table.select("thead th")]
    assert "Left" not in headers and "Right" not in headers
    legislation = next(row for row in table.select("tbody tr") if "Legislation" in _text(row))
    assert legislation.select("li.came") and legislation.select("li.gone")
    assert all(_text(item).startswith("+") for item in legislation.select("li.came"))
    assert all(_text(item).startswith("\u2212") for item in legislation.select("li.gone"))


def test_a_move_inside_a_section_reads_as_a_move_not_a_deletion(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _page(client, soup, f"left={sample_timeline[-2].id}&right={sample_timeline[-1].id}")
    origins = page.select("table.diff tr.origin")
    assert origins
    for origin in origins:
        assert origin.select(".moved-away") and not origin.select("del")
        assert "Moved to" in _text(origin)
    notes = [_text(note) for note in page.select("table.diff .moved-note")]
    assert any(note.endswith("of this section") for note in notes), notes


def test_between_two_councils_the_words_name_them_and_shared_facts_show(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    first, second = _two_councils(versions)
    page = _page(client, soup, f"left={first.id}&right={second.id}")
    badges = {_text(badge) for badge in page.select("table.diff .badge-status")}
    assert "Removed" not in badges and "Added" not in badges
    assert any(badge.startswith("Only in ") for badge in badges)
    assert f"Only in {first.authority.name}" in badges or f"Only in {second.authority.name}" in (
        badges
    )
    same = page.find("table", class_="facts-same")
    assert isinstance(same, Tag) and same.select("tbody tr .badge-same")
    headers = [_text(th) for th in page.select("table.diff thead th")]
    assert headers[1:] == [first.authority.name, second.authority.name]
    assert "deleted" not in _text(page.find(class_="summary-grid"))


def test_between_two_councils_local_names_are_ignored_unless_asked(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    first, second = _two_councils(versions)
    page = _page(client, soup, f"left={first.id}&right={second.id}")
    box = page.find("input", attrs={"type": "checkbox", "name": "ignore_local_names"})
    assert isinstance(box, Tag) and box.has_attr("checked")
    twin = parse_qs(urlsplit(str(page.find("a", class_="json-twin")["href"])).query)
    assert twin["ignore_local_names"] == ["1"]
    asked_off = _page(client, soup, f"left={first.id}&right={second.id}&ignore_local_names=0")
    box = asked_off.find("input", attrs={"type": "checkbox", "name": "ignore_local_names"})
    assert isinstance(box, Tag) and not box.has_attr("checked")
