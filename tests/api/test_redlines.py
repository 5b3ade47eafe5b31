"""GET /api/v1/comparisons/redline: Word, PDF and HTML attachments named after both versions."""

from __future__ import annotations

import io
import sys

import pypdfium2 as pdfium
import pytest
from docx import Document
from fastapi.testclient import TestClient

from tests.api.conftest import API

pytestmark = pytest.mark.usefixtures("corpus")

CHAPTER = "childrens-services-policies-values-and-principles"


def _pair(client: TestClient) -> tuple[int, int]:
    authorities = client.get(f"{API}/authorities").json()
    for authority in authorities:
        timeline = client.get(
            f"{API}/authorities/{authority['slug']}/chapters/{CHAPTER}/timeline"
        ).json()
        ids = [version["id"] for version in timeline.get("versions", [])]
        if len(ids) >= 2:
            return ids[0], ids[-1]
    raise AssertionError("the corpus has no authority with two versions")


def test_each_format_is_an_attachment_of_its_media_type_named_after_both_versions(
    client: TestClient,
) -> None:
    left, right = _pair(client)
    expected = {
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf": "application/pdf",
        "html": "text/html; charset=utf-8",
    }
    for format, media_type in expected.items():
        response = client.get(
            f"{API}/comparisons/redline",
            params={"left": left, "right": right, "format": format, "ignore_case": True},
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == media_type
        disposition = response.headers["content-disposition"]
        assert disposition.startswith('attachment; filename="redline-')
        assert disposition.endswith(f'.{format}"') and "_vs_" in disposition
        assert f"{left}-{right}" not in disposition
        if format == "docx":
            text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
            assert "Ignoring: case." in text
        elif format == "pdf":
            assert len(pdfium.PdfDocument(response.content)) >= 2
        else:
            assert "<script" not in response.text and "Previous" not in response.text


def test_a_redline_is_revalidated_with_its_etag(client: TestClient) -> None:
    left, right = _pair(client)
    params = {"left": left, "right": right, "format": "html"}
    first = client.get(f"{API}/comparisons/redline", params=params)
    etag = first.headers["etag"]
    again = client.get(f"{API}/comparisons/redline", params=params, headers={"If-None-Match": etag})
    assert again.status_code == 304
    other = client.get(f"{API}/comparisons/redline", params={**params, "ignore_numbering": True})
    assert other.headers["etag"] != etag


def test_errors_are_problem_details(client: TestClient) -> None:
    left, right = _pair(client)
    unknown = client.get(f"{API}/comparisons/redline", params={"left": left, "right": 999999})
    assert unknown.status_code == 404
    assert unknown.headers["content-type"].startswith("application/problem+json")
    bad = client.get(
        f"{API}/comparisons/redline", params={"left": left, "right": right, "format": "odt"}
    )
    assert bad.status_code == 422
    assert bad.headers["content-type"].startswith("application/problem+json")


def test_a_pdf_without_its_system_library_is_a_503_that_says_what_to_install(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    left, right = _pair(client)
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # as where Pango is not installed

    refused = client.get(
        f"{API}/comparisons/redline", params={"left": left, "right": right, "format": "pdf"}
    )
    word = client.get(
        f"{API}/comparisons/redline", params={"left": left, "right": right, "format": "docx"}
    )

    assert refused.status_code == 503
    assert refused.headers["content-type"] == "application/problem+json"
    assert "libpango-1.0-0" in refused.json()["detail"]
    assert word.status_code == 200


def test_the_route_is_documented_with_its_formats(client: TestClient) -> None:
    operation = client.get(f"{API}/openapi.json").json()["paths"]["/api/v1/comparisons/redline"]
    content = operation["get"]["responses"]["200"]["content"]
    assert {"application/pdf", "text/html"} <= set(content)
    names = {parameter["name"] for parameter in operation["get"]["parameters"]}
    assert {"left", "right", "format", "changes_only", "ignore_case"} <= names
