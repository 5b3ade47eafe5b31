"""Every page's JSON twin link answers, in the API's parameter names, with what the page shows."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from app.store import Version
from tests.web.conftest import Soup


def _twin(client: TestClient, soup: Soup, url: str) -> str:
    page = client.get(url)
    assert page.status_code == 200, url
    link = soup(page).find("link", attrs={"rel": "alternate", "type": "application/json"})
    assert link is not None, url
    href = str(link["href"])
    assert href.startswith("/api/v1/")
    return href


def _pages(versions: list[Version]) -> list[str]:
    first, second = versions[0], versions[1]
    authority, chapter = first.authority.slug, first.chapter.slug
    return [
        "/",
        f"/authorities/{authority}/chapters/{chapter}",
        f"/versions/{first.id}",
        "/compare",
        f"/compare?left={first.id}&right={second.id}&ignore_case=1&ignore_numbering=1",
        f"/chapters/{chapter}/matrix",
        "/search",
        "/search?q=care&current=1",
        "/upload",
    ]


def test_every_page_links_a_twin_that_answers(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    for url in _pages(versions):
        href = _twin(client, soup, url)
        assert client.get(href).status_code == 200, (url, href)


def test_the_search_twin_finds_what_the_page_shows(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    url = "/search?q=care&current=1"
    href = _twin(client, soup, url)
    assert parse_qs(urlsplit(href).query)["current"] == ["1"]
    shown = soup(client.get(url)).select("ol.results > li, .results li.result")
    twin = client.get(href).json()
    every = client.get("/api/v1/search?q=care").json()
    assert twin["total"] < every["total"], "the current-only filter reached the twin"
    assert len(shown) == min(twin["total"], 20) or not shown


@pytest.mark.parametrize("options", ["ignore_case=1", "local_names=Staying+Safe"])
def test_the_compare_twin_asks_for_the_same_options(
    client: TestClient, soup: Soup, versions: list[Version], options: str
) -> None:
    first, second = versions[0], versions[1]
    href = _twin(client, soup, f"/compare?left={first.id}&right={second.id}&{options}")
    page_options = dict(parse_qs(options))
    twin_query = parse_qs(urlsplit(href).query)
    for name, values in page_options.items():
        assert twin_query[name] == values
    compared = client.get(href).json()["comparison"]["options"]
    name = next(iter(page_options))
    assert compared[name] in (True, ["Staying Safe"])
