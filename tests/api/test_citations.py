"""Stale citations in the API: versions, comparisons and the matrix mark superseded items."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from tests.api.conftest import API, CORPUS_DIR

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"
BOLTON = CORPUS_DIR / "childrens-policies" / "bolton" / "2024-06.txt"


def _stale_bolton() -> bytes:
    """Bolton's chapter revised later, back to Working Together 2018 and the DPA 1998."""
    text = BOLTON.read_text(encoding="utf-8")
    assert "Working Together to Safeguard Children 2023" in text
    assert "Data Protection Act 2018" in text
    text = text.replace("In June 2024", "In March 2025")
    text = text.replace(
        "Working Together to Safeguard Children 2023", "Working Together to Safeguard Children 2018"
    )
    return text.replace("Data Protection Act 2018", "Data Protection Act 1998").encode()


@pytest.fixture
def stale_version(client: TestClient, auth: dict[str, str]) -> dict:
    response = client.post(
        f"{API}/versions",
        params={"authority": "bolton", "chapter": CHAPTER, "filename": "bolton.txt"},
        content=_stale_bolton(),
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_a_version_citing_working_together_2018_and_the_dpa_1998_is_flagged(
    client: TestClient, stale_version: dict
) -> None:
    version = client.get(f"{API}/versions/{stale_version['id']}").json()

    stale = {item["cited"]: item for item in version["citations"] if item["status"] == "superseded"}
    assert set(stale) == {
        "Working Together to Safeguard Children 2018",
        "Data Protection Act 1998",
    }
    assert stale["Data Protection Act 1998"]["superseded_by"] == [
        "Data Protection Act 2018",
        "UK General Data Protection Regulation",
    ]
    assert [item["cited"] for item in version["citations"]] == [
        item["cited"] for item in version["facts"]["legislation"]["value"]
    ]


def test_the_current_corpus_cites_nothing_superseded(client: TestClient) -> None:
    matrix = client.get(f"{API}/chapters/{CHAPTER}/matrix").json()

    assert all(item["status"] == "current" for row in matrix["rows"] for item in row["citations"])


def test_the_comparison_with_the_previous_version_flags_the_stale_citations_brought_in(
    client: TestClient, stale_version: dict
) -> None:
    timeline = client.get(f"{API}/authorities/bolton/chapters/{CHAPTER}/timeline").json()
    previous, latest = timeline["versions"][-2]["id"], timeline["versions"][-1]["id"]
    assert latest == stale_version["id"]

    forward = client.get(f"{API}/comparisons", params={"left": previous, "right": latest}).json()
    backward = client.get(f"{API}/comparisons", params={"left": latest, "right": previous}).json()

    assert {item["cited"] for item in forward["citations"]["reintroduced_superseded"]} == {
        "Working Together to Safeguard Children 2018",
        "Data Protection Act 1998",
    }
    assert backward["citations"]["reintroduced_superseded"] == []


def test_the_matrix_reads_citations_as_of_its_date(client: TestClient, stale_version: dict) -> None:
    today = client.get(f"{API}/chapters/{CHAPTER}/matrix").json()
    bolton = next(row for row in today["rows"] if row["authority"]["slug"] == "bolton")

    assert bolton["version_id"] == stale_version["id"]
    assert {item["cited"] for item in bolton["citations"] if item["status"] == "superseded"} == {
        "Working Together to Safeguard Children 2018",
        "Data Protection Act 1998",
    }


def test_the_version_and_matrix_pages_show_the_superseded_citations(
    client: TestClient, stale_version: dict
) -> None:
    version_page = BeautifulSoup(client.get(f"/versions/{stale_version['id']}").text, "html.parser")
    matrix_page = BeautifulSoup(client.get(f"/chapters/{CHAPTER}/matrix").text, "html.parser")

    stale = [" ".join(item.get_text().split()) for item in version_page.select("li.superseded")]
    assert any(
        line.startswith(
            "Working Together to Safeguard Children 2018 superseded by Working "
            "Together to Safeguard Children 2023"
        )
        for line in stale
    ), stale
    listed = " ".join(
        matrix_page.select_one("#stale-heading").find_parent("section").get_text().split()
    )
    assert (
        "Bolton Council: Data Protection Act 1998 (superseded by Data Protection Act 2018" in listed
    )
    assert "Working Together to Safeguard Children 2018 (superseded by Working Together" in listed
