"""Comparing two stored versions over HTTP: over time, across authorities, with options."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"


def _timeline_ids(client: TestClient, authority: str) -> list[int]:
    timeline = client.get(f"{API}/authorities/{authority}/chapters/{CHAPTER}/timeline").json()
    return [version["id"] for version in timeline["versions"]]


def _latest_id(client: TestClient, authority: str) -> int:
    return _timeline_ids(client, authority)[-1]


def _rebuild(comparison: dict, side: str) -> str:
    skip = "insert" if side == "left" else "delete"
    changes = sorted(
        (change for change in comparison["blocks"] if change[side] is not None),
        key=lambda change: change[side]["start"],
    )
    return "".join(op[1] for change in changes for op in change["ops"] if op[0] != skip)


def test_consecutive_revisions_compare_and_rebuild_both_texts(client: TestClient) -> None:
    older, newer = _timeline_ids(client, "sample-borough")[:2]

    response = client.get(f"{API}/comparisons", params={"left": older, "right": newer})

    assert response.status_code == 200
    body = response.json()
    assert body["left_version"]["id"] == older and body["right_version"]["id"] == newer
    comparison = body["comparison"]
    assert comparison["differs"] is True
    assert _rebuild(comparison, "left") == client.get(f"{API}/versions/{older}").json()["text"]
    assert _rebuild(comparison, "right") == client.get(f"{API}/versions/{newer}").json()["text"]
    assert {d["key"] for d in comparison["divergences"]} >= {"amendment_date"}


def test_two_authorities_report_their_fact_divergences_with_evidence(client: TestClient) -> None:
    merton, durham = _latest_id(client, "merton"), _latest_id(client, "durham")

    comparison = client.get(f"{API}/comparisons", params={"left": merton, "right": durham}).json()[
        "comparison"
    ]

    divergences = {d["key"]: d for d in comparison["divergences"]}
    assert "leaving_care_support_age" in divergences
    left_text = client.get(f"{API}/versions/{merton}").json()["text"]
    for evidence in divergences["leaving_care_support_age"]["left_evidence"]:
        assert left_text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_a_version_compared_with_itself_is_unchanged(client: TestClient) -> None:
    version = _latest_id(client, "bolton")

    comparison = client.get(
        f"{API}/comparisons", params={"left": version, "right": version}
    ).json()["comparison"]

    assert comparison["differs"] is False
    assert comparison["divergences"] == []
    assert {change["status"] for change in comparison["sections"]} == {"unchanged"}


def test_options_are_applied_and_part_of_the_etag(client: TestClient) -> None:
    left, right = _latest_id(client, "derbyshire"), _latest_id(client, "durham")
    plain = client.get(f"{API}/comparisons", params={"left": left, "right": right})

    masked = client.get(
        f"{API}/comparisons",
        params={
            "left": left,
            "right": right,
            "ignore_case": "true",
            "ignore_punctuation": "true",
            "ignore_local_names": "true",
            "local_names": ["Derbyshire", "Durham"],
        },
    )

    options = masked.json()["comparison"]["options"]
    assert options["ignore_case"] and options["ignore_local_names"]
    assert set(options["local_names"]) == {"Derbyshire", "Durham"}
    assert plain.headers["etag"] != masked.headers["etag"]
    plain_words = plain.json()["comparison"]["totals"]
    masked_words = masked.json()["comparison"]["totals"]
    assert (masked_words["words_inserted"] + masked_words["words_deleted"]) <= (
        plain_words["words_inserted"] + plain_words["words_deleted"]
    )


def test_a_comparison_is_revalidated_with_304_and_served_identically(client: TestClient) -> None:
    left, right = _timeline_ids(client, "sample-borough")[1:3]
    url = f"{API}/comparisons?left={left}&right={right}"
    first = client.get(url)

    again = client.get(url)
    revalidated = client.get(url, headers={"If-None-Match": first.headers["etag"]})

    assert again.content == first.content
    assert again.headers["etag"] == first.headers["etag"]
    assert revalidated.status_code == 304


def test_unknown_versions_are_404_and_bad_ids_422(client: TestClient) -> None:
    known = _latest_id(client, "merton")

    assert (
        client.get(f"{API}/comparisons", params={"left": known, "right": 99999}).status_code == 404
    )
    assert client.get(f"{API}/comparisons", params={"left": known}).status_code == 422
    assert client.get(f"{API}/comparisons", params={"left": "x", "right": known}).status_code == 422
