"""The common template over the corpus: served by the API, the median council as a baseline."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"


def test_the_template_names_the_median_council_and_every_councils_deviation(
    client: TestClient,
) -> None:
    template = client.get(f"{API}/chapters/{CHAPTER}/template").json()
    matrix = client.get(f"{API}/chapters/{CHAPTER}/matrix").json()

    assert template["kinds"]
    assert {row["version_id"] for row in template["authorities"]} == {
        row["version_id"] for row in matrix["rows"]
    }
    best = max(template["authorities"], key=lambda row: row["similarity"])
    assert template["median_version_id"] == best["version_id"]
    for row in template["authorities"]:
        assert 0.0 <= row["similarity"] <= 1.0
        version = client.get(f"{API}/versions/{row['version_id']}").json()
        assert all(
            " ".join(p["text"].split()) in " ".join(version["text"].split()) for p in row["unique"]
        )


def test_similarity_accepts_the_median_baseline_and_defaults_to_it(client: TestClient) -> None:
    median = client.get(f"{API}/chapters/{CHAPTER}/template").json()["median_version_id"]

    explicit = client.get(f"{API}/chapters/{CHAPTER}/similarity", params={"baseline": "median"})
    default = client.get(f"{API}/chapters/{CHAPTER}/similarity")
    bad = client.get(f"{API}/chapters/{CHAPTER}/similarity", params={"baseline": "mean"})

    assert explicit.status_code == 200, explicit.text
    assert explicit.json()["baseline_version_id"] == median
    assert default.json()["baseline_version_id"] == median
    assert bad.status_code in (400, 422)
    assert bad.headers["content-type"].startswith("application/problem+json")


def test_the_heat_map_compares_with_the_median_council_by_default(client: TestClient) -> None:
    median = client.get(f"{API}/chapters/{CHAPTER}/template").json()["median_version_id"]

    page = client.get(f"/chapters/{CHAPTER}/matrix").text

    assert f"/similarity?baseline={median}" in page, "the grid is made against the median"
    assert '<option value="" selected>None: compare with the most typical council</option>' in page
