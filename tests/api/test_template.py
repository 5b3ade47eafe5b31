"""The common template over the corpus: served by the API, the heat map's default baseline."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
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


def test_similarity_defaults_to_the_template_and_accepts_the_median(client: TestClient) -> None:
    template = client.get(f"{API}/chapters/{CHAPTER}/template").json()

    default = client.get(f"{API}/chapters/{CHAPTER}/similarity")
    explicit = client.get(f"{API}/chapters/{CHAPTER}/similarity", params={"baseline": "template"})
    median = client.get(f"{API}/chapters/{CHAPTER}/similarity", params={"baseline": "median"})
    bad = client.get(f"{API}/chapters/{CHAPTER}/similarity", params={"baseline": "mean"})

    assert default.status_code == 200, default.text
    assert default.json() == explicit.json()
    assert default.json()["baseline"] == "template"
    assert default.json()["baseline_version_id"] is None
    assert median.json()["baseline"] == "version"
    assert median.json()["baseline_version_id"] == template["median_version_id"]
    assert bad.status_code in (400, 422)
    assert bad.headers["content-type"].startswith("application/problem+json")


def test_every_councils_heat_cells_are_its_deviation_from_the_template(
    client: TestClient,
) -> None:
    template = client.get(f"{API}/chapters/{CHAPTER}/template").json()
    grid = client.get(f"{API}/chapters/{CHAPTER}/similarity").json()

    deviations = {row["version_id"]: row for row in template["authorities"]}
    assert {row["version_id"] for row in grid["rows"]} == set(deviations)
    for row in grid["rows"]:
        deviation = deviations[row["version_id"]]
        assert row["similarity"] == deviation["similarity"]
        for kind in template["kinds"]:
            cell = row["cells"][kind]
            if cell["status"] != "removed":
                assert cell["similarity"] == deviation["kinds"][kind], (row["version_id"], kind)
            if cell["status"] == "unchanged":
                assert deviation["kinds"][kind] == 1.0
                assert not [p for p in deviation["unique"] if p["kind"] == kind]


def test_the_heat_map_compares_with_the_template_and_shows_each_councils_own_passages(
    client: TestClient,
) -> None:
    template = client.get(f"{API}/chapters/{CHAPTER}/template").json()

    page = BeautifulSoup(client.get(f"/chapters/{CHAPTER}/matrix").text, "html.parser")

    assert page.find("a", href=lambda h: bool(h) and "/similarity?baseline=template" in h)
    assert "common template" in page.find(id="grid-heading").get_text()
    selected = page.find("select", id="council").find("option", selected=True)
    assert selected.get_text() == "None: compare with the common template"
    for row in template["authorities"]:
        details = page.find("details", id=f"template-{row['version_id']}")
        assert details is not None, row["authority"]["name"]
        shown = " ".join(details.get_text().split())
        for passage in row["unique"] + row["missing"]:
            assert " ".join(passage["text"].split()) in shown
    cell_links = [a["href"] for a in page.select("table.heatmap td a")]
    assert cell_links and all(href.startswith("#template-") for href in cell_links)


def test_the_all_pairs_grid_is_square_by_kind_and_refuses_an_unknown_kind(
    client: TestClient,
) -> None:
    template = client.get(f"{API}/chapters/{CHAPTER}/template").json()

    everything = client.get(f"{API}/chapters/{CHAPTER}/similarity/pairs")
    kind = next(iter(template["kinds"]))
    one = client.get(f"{API}/chapters/{CHAPTER}/similarity/pairs", params={"kind": kind})
    unknown = client.get(f"{API}/chapters/{CHAPTER}/similarity/pairs", params={"kind": "nope"})

    assert everything.status_code == 200, everything.text
    body = everything.json()
    size = len(body["versions"])
    assert size == len(template["authorities"])
    assert set(template["kinds"]) <= set(body["kinds"])
    for rows in body["grids"].values():
        assert len(rows) == size and all(len(row) == size for row in rows)
        for i in range(size):
            assert rows[i][i] in (None, 1.0)
            for j in range(size):
                assert rows[i][j] == rows[j][i]
    assert one.json()["kinds"] == [kind]
    assert one.json()["grids"][kind] == body["grids"][kind]
    assert unknown.status_code == 422
    assert "To fix" in unknown.json()["detail"]
