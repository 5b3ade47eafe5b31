"""Corrections over the API: who may make them, how bad ones are answered, and that every read
of the version (its JSON, its ETag, comparisons) shows them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import API
from tests.store.helpers import chapter_text

AGE_25 = {"age": 25, "extended": []}
REASON = "The amendment note extends support to 25."


def _upload(client: TestClient, auth: dict[str, str], authority: str, age: int) -> int:
    response = client.post(
        f"{API}/versions",
        params={"authority": authority, "filename": "chapter.txt"},
        content=chapter_text(leaving_care=f"until they are {age}"),
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert response.status_code == 201, response.text
    version_id: int = response.json()["id"]
    return version_id


@pytest.fixture
def version_id(client: TestClient, auth: dict[str, str]) -> int:
    return _upload(client, auth, "ours", 21)


def _correct(client: TestClient, version_id: int, body: dict[str, Any], **kwargs: Any) -> Any:
    return client.post(f"{API}/versions/{version_id}/corrections", json=body, **kwargs)


def _assert_problem(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert problem["type"] == f"{API}/problems/{code}"
    assert problem["status"] == status
    return problem


FACT_BODY = {"fact": "leaving_care_support_age", "value": AGE_25, "reason": REASON}


def test_a_correction_needs_a_write_token(client: TestClient, version_id: int) -> None:
    _assert_problem(_correct(client, version_id, FACT_BODY), 401, "unauthorized")
    bad = {"Authorization": "Bearer not-a-token"}
    _assert_problem(_correct(client, version_id, FACT_BODY, headers=bad), 401, "unauthorized")
    deleting = client.delete(f"{API}/versions/{version_id}/corrections/1")
    _assert_problem(deleting, 401, "unauthorized")
    assert client.get(f"{API}/versions/{version_id}/corrections").json() == []


def test_an_unknown_version_or_correction_is_404(
    client: TestClient, auth: dict[str, str], version_id: int
) -> None:
    _assert_problem(_correct(client, 999999, FACT_BODY, headers=auth), 404, "not-found")
    _assert_problem(client.get(f"{API}/versions/999999/corrections"), 404, "not-found")
    missing = client.delete(f"{API}/versions/{version_id}/corrections/999", headers=auth)
    _assert_problem(missing, 404, "not-found")


@pytest.mark.parametrize(
    ("body", "code", "says"),
    [
        ({**FACT_BODY, "fact": "no_such_fact"}, "invalid-parameter", "no fact 'no_such_fact'"),
        ({**FACT_BODY, "value": "twenty-five"}, "invalid-parameter", "must be an object"),
        (
            {"section_start": 0, "kind": "no_such_kind", "reason": REASON},
            "invalid-parameter",
            "no section kind 'no_such_kind'",
        ),
        (
            {"section_start": 1, "kind": "values", "reason": REASON},
            "invalid-parameter",
            "no section starting at 1",
        ),
        ({"fact": "permanence_plan_months", "reason": REASON}, "invalid-request", "`value`"),
        ({**FACT_BODY, "section_start": 0}, "invalid-request", "not both"),
        ({**FACT_BODY, "reason": ""}, "invalid-request", "reason"),
        ({**FACT_BODY, "colour": "red"}, "invalid-request", "colour"),
    ],
)
def test_a_bad_correction_is_a_422_problem_that_says_what_is_wrong(
    client: TestClient,
    auth: dict[str, str],
    version_id: int,
    body: dict[str, Any],
    code: str,
    says: str,
) -> None:
    before = client.get(f"{API}/versions/{version_id}").json()

    problem = _assert_problem(_correct(client, version_id, body, headers=auth), 422, code)

    assert says in str(problem)
    assert client.get(f"{API}/versions/{version_id}").json() == before


def test_the_version_shows_the_corrected_value_and_who_corrected_it_when_and_why(
    client: TestClient, auth: dict[str, str], version_id: int
) -> None:
    first = client.get(f"{API}/versions/{version_id}")
    asked_at = datetime.now(UTC)

    made = _correct(client, version_id, FACT_BODY, headers=auth)

    assert made.status_code == 201, made.text
    version = client.get(f"{API}/versions/{version_id}")
    assert version.headers["etag"] != first.headers["etag"]
    body = version.json()
    assert body["facts"]["leaving_care_support_age"]["value"] == AGE_25
    (correction,) = body["corrections"]
    assert correction == made.json()
    assert correction["target"] == "fact_value"
    assert correction["fact"] == "leaving_care_support_age"
    assert correction["value"] == AGE_25
    assert correction["original"] == {"age": 21, "extended": []}
    assert correction["reason"] == REASON
    assert correction["corrected_by"] == "api-tests"
    assert asked_at <= datetime.fromisoformat(correction["corrected_at"]) <= datetime.now(UTC)
    assert correction["applies"] is True
    facts = client.get(f"{API}/versions/{version_id}/facts").json()
    assert facts["leaving_care_support_age"]["value"] == AGE_25


def test_a_section_kind_correction_shows_in_the_sections(
    client: TestClient, auth: dict[str, str], version_id: int
) -> None:
    sections = client.get(f"{API}/versions/{version_id}/sections").json()
    principles = next(s for s in sections if s["kind"] == "key_principles")

    made = _correct(
        client,
        version_id,
        {"section_start": principles["start"], "kind": "values", "reason": "Read as values."},
        headers=auth,
    )

    assert made.status_code == 201, made.text
    assert made.json()["original"] == "key_principles"
    assert made.json()["section_heading"] == principles["heading"]
    again = client.get(f"{API}/versions/{version_id}/sections/values").json()
    assert [(s["start"], s["decided_by"]) for s in again] == [(principles["start"], "correction")]


def test_a_comparison_served_before_a_correction_is_not_served_after_it(
    client: TestClient, auth: dict[str, str], version_id: int
) -> None:
    theirs = _upload(client, auth, "theirs", 25)
    url = f"{API}/comparisons?left={version_id}&right={theirs}"
    before = client.get(url)
    assert [d["key"] for d in before.json()["comparison"]["divergences"]] == [
        "leaving_care_support_age"
    ]

    made = _correct(client, version_id, FACT_BODY, headers=auth).json()
    corrected = client.get(url)
    withdrawn = client.delete(f"{API}/versions/{version_id}/corrections/{made['id']}", headers=auth)
    restored = client.get(url)

    assert corrected.headers["etag"] != before.headers["etag"]
    assert corrected.json()["comparison"]["divergences"] == []
    assert withdrawn.status_code == 204
    assert restored.json()["comparison"] == before.json()["comparison"]
    assert client.get(f"{API}/versions/{version_id}/corrections").json() == []
