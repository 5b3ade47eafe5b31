"""Authorities, chapters, an authority's timeline, and the version in force at a date."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"
SAMPLE = "sample-borough"


def test_authorities_are_listed_by_name_with_the_sample_flagged(client: TestClient) -> None:
    authorities = client.get(f"{API}/authorities").json()

    names = [authority["name"] for authority in authorities]
    assert names == sorted(names)
    samples = {a["slug"] for a in authorities if a["is_sample"]}
    assert samples == {SAMPLE, "sample-castlebrook", "sample-northmere", "sample-westfold"}
    assert {"merton", "bolton", "durham", "derbyshire"} <= {a["slug"] for a in authorities}


def test_an_authority_and_a_chapter_read_by_slug(client: TestClient) -> None:
    merton = client.get(f"{API}/authorities/merton")
    chapter = client.get(f"{API}/chapters/{CHAPTER}")

    assert merton.status_code == 200 and merton.json()["slug"] == "merton"
    assert chapter.json()["title"].startswith("Children")
    chapters = [c["slug"] for c in client.get(f"{API}/chapters").json()]
    assert chapters == [CHAPTER, "complaints-and-representations"]


def test_the_timeline_lists_revisions_oldest_first(client: TestClient) -> None:
    timeline = client.get(f"{API}/authorities/{SAMPLE}/chapters/{CHAPTER}/timeline").json()

    dates = [version["effective_date"] for version in timeline["versions"]]
    assert len(dates) == 3
    assert dates == sorted(dates)
    assert timeline["authority"]["slug"] == SAMPLE
    assert {version["authority"]["slug"] for version in timeline["versions"]} == {SAMPLE}


def test_as_of_picks_the_version_in_force_on_the_day(client: TestClient) -> None:
    timeline = client.get(f"{API}/authorities/{SAMPLE}/chapters/{CHAPTER}/timeline").json()
    first, second, _third = timeline["versions"]
    url = f"{API}/authorities/{SAMPLE}/chapters/{CHAPTER}/as-of"

    on_second = client.get(url, params={"date": second["effective_date"]})
    day_before_second = client.get(url, params={"date": _day_before(second["effective_date"])})
    before_all = client.get(url, params={"date": "1990-01-01"})

    assert on_second.json()["id"] == second["id"]
    assert on_second.headers["content-location"] == f"{API}/versions/{second['id']}"
    assert day_before_second.json()["id"] == first["id"]
    assert before_all.status_code == 404


def _day_before(iso: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()
