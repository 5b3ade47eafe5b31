"""Every error the API returns has the same RFC 9457 shape, whatever caused it."""

from __future__ import annotations

import logging

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"
PROBLEM_KEYS = {"type", "title", "status", "detail", "instance"}

BAD_REQUESTS = [
    # (method, path, kwargs, status, problem code)
    ("GET", f"{API}/versions/999999", {}, 404, "not-found"),
    ("GET", f"{API}/versions/not-a-number", {}, 422, "invalid-request"),
    ("GET", f"{API}/versions/0", {}, 422, "invalid-request"),
    ("GET", f"{API}/versions?limit=0", {}, 422, "invalid-request"),
    ("GET", f"{API}/versions?limit=100000", {}, 422, "invalid-request"),
    ("GET", f"{API}/versions?authority=Not%20A%20Slug", {}, 422, "invalid-request"),
    ("GET", f"{API}/authorities/nowhere", {}, 404, "not-found"),
    ("GET", f"{API}/chapters/nothing-here", {}, 404, "not-found"),
    ("GET", f"{API}/authorities/nowhere/chapters/nothing/timeline", {}, 404, "not-found"),
    (
        "GET",
        f"{API}/authorities/merton/chapters/{CHAPTER}/as-of?date=yesterday",
        {},
        422,
        "invalid-request",
    ),
    ("GET", f"{API}/search", {}, 422, "invalid-request"),
    ("GET", f"{API}/search?q=x&offset=-1", {}, 422, "invalid-request"),
    ("GET", f"{API}/no/such/route", {}, 404, "not-found"),
    ("DELETE", f"{API}/authorities", {}, 405, "method-not-allowed"),
    ("POST", f"{API}/versions?authority=x", {"content": b"text"}, 401, "unauthorized"),
    (
        "POST",
        f"{API}/versions?authority=x",
        {"content": b"text", "headers": {"Authorization": "Bearer wrong"}},
        401,
        "unauthorized",
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    BAD_REQUESTS,
    ids=[f"{m} {p}" for m, p, *_ in BAD_REQUESTS],
)
def test_bad_requests_answer_with_a_problem(
    client: TestClient, method: str, path: str, kwargs: dict, status: int, code: str
) -> None:
    response = client.request(method, path, **kwargs)

    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem.keys() >= PROBLEM_KEYS
    assert problem["status"] == status
    assert problem["type"] == f"{API}/problems/{code}"
    assert problem["instance"] == path.split("?")[0]
    assert problem["title"] and problem["detail"]
    assert "Traceback" not in response.text


def test_validation_problems_name_each_bad_field(client: TestClient) -> None:
    response = client.get(f"{API}/versions", params={"limit": "many", "offset": "-3"})

    problem = response.json()
    assert response.status_code == 422
    fields = {error["field"]: error for error in problem["errors"]}
    assert set(fields) == {"limit", "offset"}
    assert fields["limit"]["location"] == ["query", "limit"]
    assert all(error["message"] and error["type"] for error in problem["errors"])
    assert "limit" in problem["detail"] and "offset" in problem["detail"]


def test_unauthorized_problems_ask_for_a_bearer_token(client: TestClient) -> None:
    response = client.post(f"{API}/versions?authority=x", content=b"text")

    assert response.headers["www-authenticate"].startswith("Bearer")


def test_problem_types_are_dereferenceable(client: TestClient) -> None:
    problem = client.get(f"{API}/versions/999999").json()

    described = client.get(problem["type"])

    assert described.status_code == 200
    assert described.json()["status"] == 404
    assert described.json()["title"] == problem["title"]
    listed = {entry["code"] for entry in client.get(f"{API}/problems").json()}
    assert {"not-found", "invalid-request", "unauthorized", "source-too-large"} <= listed


def test_unexpected_errors_are_a_bare_500_logged_with_their_traceback(
    app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    def explode() -> None:
        raise RuntimeError("secret internal state: password=hunter2")

    app.add_api_route("/api/v1/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as client, caplog.at_level(logging.ERROR):
        response = client.get("/api/v1/explode")

    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == "about:blank"
    assert problem["status"] == 500
    assert "hunter2" not in response.text and "RuntimeError" not in response.text
    logged = [record for record in caplog.records if record.exc_info]
    assert logged and "hunter2" in str(logged[0].exc_info[1])


@pytest.mark.parametrize(
    ("body", "query", "status", "code"),
    [
        (b"x" * (2 * 1024 * 1024 + 1), "authority=x", 413, "source-too-large"),
        (
            b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00",
            "authority=x",
            415,
            "unsupported-media-type",
        ),
        (bytes(range(128, 256)) * 32, "authority=x", 422, "invalid-source"),
        (b"Some text", "authority=Bad%20Slug", 422, "invalid-request"),
        (b"Some text", "authority=x&chapter=no-such-family", 422, "unknown-family"),
    ],
    ids=["too large", "binary", "undecodable", "bad field", "unknown family"],
)
def test_rejected_uploads_answer_with_the_same_shape(
    client: TestClient, auth: dict[str, str], body: bytes, query: str, status: int, code: str
) -> None:
    response = client.post(f"{API}/versions?{query}", content=body, headers=auth)

    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem.keys() >= PROBLEM_KEYS
    assert (problem["status"], problem["type"]) == (status, f"{API}/problems/{code}")
    assert problem["instance"] == f"{API}/versions"
    assert "To fix" in problem["detail"] or problem.get("errors")


def test_every_domain_error_has_a_described_problem_type(client: TestClient) -> None:
    from app.errors import PolicydiffError

    def subclasses(cls: type) -> set[type]:
        return {cls} | {sub for child in cls.__subclasses__() for sub in subclasses(child)}

    listed = {entry["code"]: entry for entry in client.get(f"{API}/problems").json()}

    for error_class in subclasses(PolicydiffError):
        assert error_class.code in listed, error_class
        if error_class.code == "database-unavailable":  # the server's fault, and temporary
            assert listed[error_class.code]["status"] == 503
        else:
            assert 400 <= listed[error_class.code]["status"] < 500
    assert client.get(f"{API}/problems/bad-request").json()["status"] == 400
    assert client.get(f"{API}/problems/no-such-problem").status_code == 404
