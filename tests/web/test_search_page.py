"""The search page: quoted phrases, hits grouped by council and version, current by default."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.web.conftest import Soup


def _groups(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {
        " ".join(group.h3.get_text().split()): [
            " ".join(line.get_text(" ").split()) for line in group.select(".result-version")
        ]
        for group in page.select("section.result-group")
    }


def test_current_versions_are_searched_by_default_one_version_per_council(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get("/search", params={"q": "corporate parenting"}))
    groups = _groups(page)
    assert groups
    for versions in groups.values():
        assert len(versions) == 1 and versions[0].endswith("current"), versions
    box = page.select_one("input[type=checkbox][name=current]")
    assert box is not None and box.has_attr("checked")
    every = soup(client.get("/search", params={"q": "corporate parenting", "current": "0"}))
    earlier = [line for lines in _groups(every).values() for line in lines]
    assert any(line.endswith("earlier version") for line in earlier)
    assert len(earlier) > sum(len(lines) for lines in groups.values())


def test_a_quoted_phrase_finds_its_words_together(client: TestClient, soup: Soup) -> None:
    loose = soup(client.get("/search", params={"q": "children act", "current": "0"}))
    phrase = soup(client.get("/search", params={"q": '"Children Act 1989"', "current": "0"}))
    loose_hits = loose.select(".results li.result")
    phrase_hits = phrase.select(".results li.result")
    assert phrase_hits and len(phrase_hits) <= len(loose_hits)
    for hit in phrase_hits:
        marked = " ".join(mark.get_text() for mark in hit.select(".snippet mark")).lower()
        assert "children" in marked and "1989" in marked


def test_each_version_of_a_hit_shows_its_date_and_whether_it_is_current(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get("/search", params={"q": "permanence plan", "current": "0"}))
    groups = _groups(page)
    assert len(groups) >= 2, "hits are grouped by council"
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    lines = [line for versions in groups.values() for line in versions]
    for line in lines:
        assert re.search(rf"\b({months}) \d{{4}}\b", line), line
        assert line.endswith(("current", "earlier version")), line
    for versions in groups.values():
        assert sum(line.endswith("current") for line in versions) <= 1, versions
