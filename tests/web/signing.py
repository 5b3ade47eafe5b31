"""Signing a test client in as an editor, as a browser would: through the sign-in form."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag
from fastapi.testclient import TestClient


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    field = BeautifulSoup(html, "html.parser").find("input", attrs={"name": "csrf_token"})
    assert isinstance(field, Tag), "the page has no form with a CSRF token"
    return str(field["value"])


def sign_in(client: TestClient, token: str) -> str:
    """Sign `client` in with `token` and return its session's CSRF token."""
    csrf = csrf_of(client.get("/sign-in").text)
    response = client.post(
        "/sign-in", data={"token": token, "csrf_token": csrf}, follow_redirects=False
    )
    assert response.status_code == 303, response.text[:500]
    return csrf_of(client.get("/upload").text)
