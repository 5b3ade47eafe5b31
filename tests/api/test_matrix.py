"""The divergence matrix and the section-similarity grid of a chapter across authorities."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"


def test_the_matrix_has_one_row_per_authority_and_marks_divergent_facts(
    client: TestClient,
) -> None:
    matrix = client.get(f"{API}/chapters/{CHAPTER}/matrix").json()

    slugs = [row["authority"]["slug"] for row in matrix["rows"]]
    assert len(slugs) == len(set(slugs)) == 6
    assert "leaving_care_support_age" in matrix["facts"]
    for key in matrix["facts"]:
        values = {json.dumps(row["cells"][key]["value"], sort_keys=True) for row in matrix["rows"]}
        divergent = len(values) > 1
        assert (key in matrix["divergent"]) is divergent
        assert all(row["cells"][key]["divergent"] is divergent for row in matrix["rows"])


def test_matrix_cells_cite_the_version_they_come_from(client: TestClient) -> None:
    matrix = client.get(f"{API}/chapters/{CHAPTER}/matrix").json()
    row = next(row for row in matrix["rows"] if row["authority"]["slug"] == "merton")

    version = client.get(f"{API}/versions/{row['version_id']}").json()

    assert version["authority"]["slug"] == "merton"
    for key, cell in row["cells"].items():
        assert cell["value"] == version["facts"][key]["value"]
        for evidence in cell["evidence"]:
            assert version["text"][evidence["start"] : evidence["end"]] == evidence["quote"]


def test_the_matrix_as_of_a_date_uses_the_versions_in_force_then(client: TestClient) -> None:
    timeline = client.get(f"{API}/authorities/sample-borough/chapters/{CHAPTER}/timeline").json()[
        "versions"
    ]
    first = timeline[0]

    matrix = client.get(
        f"{API}/chapters/{CHAPTER}/matrix", params={"as_of": first["effective_date"]}
    ).json()

    sample = next(r for r in matrix["rows"] if r["authority"]["slug"] == "sample-borough")
    assert sample["version_id"] == first["id"]
    assert all(row["effective_date"] <= first["effective_date"] for row in matrix["rows"])
    assert matrix["as_of"] == first["effective_date"]


def test_the_similarity_grid_compares_every_authority_with_the_baseline(
    client: TestClient,
) -> None:
    matrix = client.get(f"{API}/chapters/{CHAPTER}/matrix").json()
    baseline = next(r for r in matrix["rows"] if r["authority"]["slug"] == "merton")["version_id"]

    grid = client.get(
        f"{API}/chapters/{CHAPTER}/similarity",
        params={"baseline": baseline, "ignore_local_names": "true"},
    ).json()

    assert grid["baseline_version_id"] == baseline
    assert len(grid["rows"]) == len(matrix["rows"])
    own = next(row for row in grid["rows"] if row["version_id"] == baseline)
    assert own["similarity"] == 1.0
    assert all(cell["status"] in (None, "unchanged") for cell in own["cells"].values())
    for row in grid["rows"]:
        assert set(row["cells"]) == set(grid["kinds"])
        assert 0.0 <= row["similarity"] <= 1.0


def test_unknown_chapters_and_baselines_are_problems(client: TestClient) -> None:
    assert client.get(f"{API}/chapters/no-such-chapter/matrix").status_code == 404
    assert (
        client.get(f"{API}/chapters/{CHAPTER}/similarity", params={"baseline": 99999}).status_code
        == 404
    )
    assert (
        client.get(f"{API}/chapters/{CHAPTER}/matrix", params={"as_of": "soon"}).status_code == 422
    )
