"""Full-text search over sections, with filters and pagination."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")


def test_hits_contain_the_words_and_mark_them_in_the_snippet(client: TestClient) -> None:
    page = client.get(f"{API}/search", params={"q": "corporate parenting"}).json()

    assert page["total"] >= 1 and page["items"]
    for hit in page["items"]:
        marked = [hit["snippet"][h["start"] : h["end"]].lower() for h in hit["highlights"]]
        assert any(word.startswith(("corporate", "parent")) for word in marked)


def test_filters_narrow_the_hits(client: TestClient) -> None:
    everything = client.get(f"{API}/search", params={"q": "children", "limit": 200}).json()
    merton = client.get(
        f"{API}/search", params={"q": "children", "authority": "merton", "limit": 200}
    ).json()
    current = client.get(
        f"{API}/search", params={"q": "children", "current": "true", "limit": 200}
    ).json()

    assert {hit["authority_slug"] for hit in merton["items"]} == {"merton"}
    assert merton["total"] < everything["total"]
    assert current["total"] < everything["total"]  # the sample authority's older revisions drop


def test_blank_filters_from_a_form_filter_nothing(client: TestClient) -> None:
    everything = client.get(f"{API}/search", params={"q": "children", "limit": 200}).json()
    blank = client.get(
        f"{API}/search",
        params={"q": "children", "authority": "", "chapter": "", "kind": "", "limit": 200},
    )

    assert blank.status_code == 200
    assert blank.json()["total"] == everything["total"]


def test_search_pages_link_to_each_other(client: TestClient) -> None:
    first = client.get(f"{API}/search", params={"q": "children", "limit": 2}).json()

    second = client.get(first["next"]).json()

    assert first["total"] > 2
    assert second["offset"] == 2 and second["previous"]
    ids = {(h["version_id"], h["section_ordinal"]) for h in first["items"]}
    assert ids.isdisjoint({(h["version_id"], h["section_ordinal"]) for h in second["items"]})


def test_operators_and_markup_in_queries_are_just_words(client: TestClient) -> None:
    for query in ['"unbalanced', "NEAR(a b)", "<script>", "a OR", "*", "---"]:
        response = client.get(f"{API}/search", params={"q": query})
        assert response.status_code == 200, query
