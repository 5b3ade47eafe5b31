"""Editors sign in once with their key, upload without pasting it again, and sign out; every
form that writes carries the session's CSRF token, and a form without it changes nothing."""

from __future__ import annotations

from http.cookies import SimpleCookie

import pytest
from bs4 import Tag
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.config import Settings
from app.errors import DatabaseUnavailable
from app.http.sessions import SESSION_COOKIE
from app.main import create_app
from app.store import Authority, Version, revoke_token
from app.web.pages.signin import safe_next
from app.web.pages.upload import slug_for_name
from tests.web.conftest import Soup
from tests.web.signing import csrf_of, sign_in
from tests.web.test_pages import assert_page_frame

CHAPTER = "childrens-services-policies-values-and-principles"
CHAPTER_TEXT = (
    b"Children's Services Policies, Values and Principles\n\n"
    b"1. Introduction\n\n"
    b"In June 2025 this chapter was reviewed. We support care leavers until they are 25.\n"
)


def _mark(page: Soup, response: object) -> str:
    header = page(response).select_one(".session-mark")  # type: ignore[arg-type]
    assert header is not None
    return " ".join(header.get_text(" ").split())


def _versions(session: Session) -> int:
    """How many versions are stored now (a new transaction, not the test session's snapshot)."""
    session.rollback()
    return session.scalar(select(func.count()).select_from(Version)) or 0


def test_sign_in_then_upload_without_the_key_then_sign_out(
    client: TestClient, soup: Soup, token: str, session: Session
) -> None:
    signed_out = soup(client.get("/upload"))
    assert signed_out.find("input", attrs={"name": "file"}) is None
    assert signed_out.find("form", attrs={"action": "/sign-in"}) is not None
    assert _mark(soup, client.get("/")) == "Sign in"

    page = soup(client.get("/sign-in", params={"next": "/upload"}))
    assert_page_frame(page)
    form = page.find("form", attrs={"action": "/sign-in"})
    assert isinstance(form, Tag)
    assert form.find("input", attrs={"name": "token", "type": "password"}) is not None
    signed_in = client.post(
        "/sign-in",
        data={"token": token, "csrf_token": csrf_of(str(page)), "next": "/upload"},
        follow_redirects=False,
    )
    assert (signed_in.status_code, signed_in.headers["location"]) == (303, "/upload")

    signed_in_page = soup(client.get("/sign-in"))
    assert "You are signed in as web-tests" in " ".join(signed_in_page.main.get_text(" ").split())  # type: ignore[union-attr]
    upload_page = soup(client.get("/upload"))
    assert_page_frame(upload_page)
    assert "Signed in as web-tests · Sign out" in _mark(soup, client.get("/upload"))
    upload_form = upload_page.find("form", attrs={"action": "/upload"})
    assert isinstance(upload_form, Tag)
    assert upload_form.find("input", attrs={"name": "token"}) is None
    councils = upload_form.find("select", attrs={"name": "authority"})
    assert isinstance(councils, Tag)
    council_names = [option.get_text() for option in councils.find_all("option")]
    assert "A council not in this list" in council_names and len(council_names) > 3
    assert isinstance(upload_form.find("select", attrs={"name": "chapter"}), Tag)
    words = " ".join(upload_page.main.get_text(" ").split())  # type: ignore[union-attr]
    assert "2 MB" in words
    for developer_word in ("slug", "token", "bytes", "policydiff token create"):
        assert developer_word not in words.lower(), developer_word

    before = _versions(session)
    added = client.post(
        "/upload",
        data={
            "csrf_token": csrf_of(str(upload_page)),
            "authority": "+new",
            "authority_name": "Riverside Borough Council",
            "chapter": CHAPTER,
        },
        files={"file": ("values.txt", CHAPTER_TEXT, "text/plain")},
        follow_redirects=False,
    )
    assert added.status_code == 303 and added.headers["location"].startswith("/versions/")
    assert _versions(session) == before + 1
    council = session.scalar(select(Authority).where(Authority.slug == "riverside-borough-council"))
    assert council is not None and council.name == "Riverside Borough Council"
    version = session.scalar(select(Version).order_by(Version.id.desc()).limit(1))
    assert version is not None and version.added_by == "web-tests"

    out = client.post(
        "/sign-out", data={"csrf_token": csrf_of(client.get("/").text)}, follow_redirects=True
    )
    assert "You have signed out" in soup(out).get_text()
    assert _mark(soup, client.get("/")) == "Sign in"
    refused = client.post(
        "/upload",
        data={"authority": "riverside-borough-council"},
        files={"file": ("values.txt", CHAPTER_TEXT + b"More.", "text/plain")},
    )
    assert refused.status_code == 401
    assert soup(refused).find("a", attrs={"href": "/sign-in"}) is not None
    assert _versions(session) == before + 1


def test_a_wrong_key_is_refused_and_says_why(client: TestClient, soup: Soup) -> None:
    csrf = csrf_of(client.get("/sign-in").text)
    response = client.post("/sign-in", data={"token": "pd_not-a-key", "csrf_token": csrf})
    assert response.status_code == 401
    page = soup(response)
    alert = page.find(attrs={"role": "alert"})
    assert alert is not None and "not accepted" in alert.get_text()
    assert page.find("input", attrs={"name": "token", "aria-invalid": "true"}) is not None
    assert _mark(soup, client.get("/")) == "Sign in"


@pytest.mark.parametrize("sent", [None, "", "forged-token"])
def test_a_write_without_the_right_csrf_token_is_403_and_stores_nothing(
    client: TestClient, soup: Soup, token: str, session: Session, sent: str | None
) -> None:
    sign_in(client, token)
    before = _versions(session)
    data = {"authority": "+new", "authority_name": "Forged Council"}
    if sent is not None:
        data["csrf_token"] = sent
    response = client.post(
        "/upload", data=data, files={"file": ("f.txt", CHAPTER_TEXT, "text/plain")}
    )
    assert response.status_code == 403
    page = soup(response)
    assert_page_frame(page)
    assert "Nothing was changed" in page.get_text()
    assert "reload the page" in page.get_text()
    assert _versions(session) == before
    assert session.scalar(select(Authority).where(Authority.name == "Forged Council")) is None

    sources = client.post(
        "/sources", data={"url": "https://example.org/x.html", "authority": "x", "csrf_token": "no"}
    )
    assert sources.status_code == 403


def test_signing_in_needs_the_forms_csrf_token(client: TestClient, soup: Soup, token: str) -> None:
    """Another site cannot sign a browser in as someone else (login CSRF)."""
    client.get("/sign-in")
    response = client.post("/sign-in", data={"token": token})
    assert response.status_code == 403
    assert _mark(soup, client.get("/")) == "Sign in"


def test_a_revoked_key_signs_its_editor_out(
    client: TestClient, soup: Soup, token: str, session: Session
) -> None:
    sign_in(client, token)
    assert "web-tests" in _mark(soup, client.get("/"))
    revoke_token(session=session, name="web-tests")
    assert _mark(soup, client.get("/")) == "Sign in"
    assert client.get("/upload").text.count('name="file"') == 0


def test_the_session_cookie_is_signed_http_only_lax_and_expires(
    client: TestClient, token: str
) -> None:
    csrf = csrf_of(client.get("/sign-in").text)
    response = client.post(
        "/sign-in", data={"token": token, "csrf_token": csrf}, follow_redirects=False
    )
    header = response.headers["set-cookie"]
    cookie = SimpleCookie()
    cookie.load(header)
    morsel = cookie[SESSION_COOKIE]
    assert morsel["httponly"] and morsel["samesite"].lower() == "lax"
    assert int(morsel["max-age"]) == 12 * 3600
    assert not morsel["secure"], "served over http: a Secure cookie would never come back"
    assert token not in header, "the cookie keeps the key's name, never the key"

    tampered = morsel.value[:-4] + ("AAAA" if not morsel.value.endswith("AAAA") else "BBBB")
    client.cookies.set(SESSION_COOKIE, tampered)
    assert "Sign in" in client.get("/").text.split("session-mark", 1)[1][:300]


def test_the_cookie_is_secure_over_https(client: TestClient, token: str) -> None:
    client.base_url = client.base_url.copy_with(scheme="https")  # type: ignore[assignment]
    csrf = csrf_of(client.get("/sign-in").text)
    response = client.post(
        "/sign-in", data={"token": token, "csrf_token": csrf}, follow_redirects=False
    )
    assert "secure" in response.headers["set-cookie"].lower()


@given(st.text(max_size=60))
def test_after_signing_in_the_browser_stays_on_this_site(target: str) -> None:
    went = safe_next(target)
    assert went.startswith("/") and not went.startswith(("//", "/\\"))
    assert "\n" not in went and "\r" not in went


@given(st.text(min_size=1, max_size=80))
def test_a_new_councils_short_name_is_always_a_valid_one(name: str) -> None:
    slug = slug_for_name(name)
    assert slug == "" or (
        slug[0].isalnum()
        and slug[-1].isalnum()
        and set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    )


def test_a_page_cached_for_readers_never_shows_an_editors_session_and_back(
    client: TestClient, soup: Soup, token: str, session: Session
) -> None:
    """The compare page is kept rendered for readers; an editor's copy (with their name and CSRF
    token in the header) is never kept, nor served to anyone else."""
    session.rollback()
    left, right = session.scalars(select(Version.id).order_by(Version.id).limit(2)).all()
    url = f"/compare?left={left}&right={right}"
    assert _mark(soup, client.get(url)) == "Sign in"
    csrf = sign_in(client, token)
    editor_page = client.get(url)
    assert "Signed in as web-tests" in _mark(soup, editor_page)
    assert csrf_of(editor_page.text) == csrf
    client.cookies.clear()
    assert _mark(soup, client.get(url)) == "Sign in"


def test_signed_in_pages_hold_one_connection_at_a_time(
    settings: Settings, corpus: None, token: str, session: Session
) -> None:
    """Who is signed in is read on a connection of its own, returned before the page reads: with
    a pool of one, no signed-in page waits for itself."""
    session.rollback()
    left, right = session.scalars(select(Version.id).order_by(Version.id).limit(2)).all()
    app = create_app(
        settings.model_copy(
            update={
                "load_corpus_on_start": False,
                "database_pool_size": 1,
                "database_max_overflow": 0,
                "database_pool_timeout": 1.0,
            }
        )
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        sign_in(client, token)
        for path in (
            "/",
            "/upload",
            "/sources",
            "/sign-in",
            f"/versions/{right}",
            f"/compare?left={left}&right={right}",
            "/chapters/childrens-services-policies-values-and-principles/matrix",
            "/search?q=care",
        ):
            response = client.get(path)
            assert response.status_code == 200, path
            mark = response.text.split("session-mark", 1)[1][:400]
            assert "Signed in as <strong>web-tests</strong>" in mark, (path, mark)


def test_when_the_database_cannot_say_who_is_signed_in_pages_say_so_not_crash(
    client: TestClient, soup: Soup, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(client, token)

    def unavailable(**_: object) -> None:
        raise DatabaseUnavailable("the database did not answer in time.")

    monkeypatch.setattr("app.http.editors.active_holder", unavailable)
    response = client.get("/upload")
    assert response.status_code == 503
    assert_page_frame(soup(response))
    assert client.get("/").status_code == 200
