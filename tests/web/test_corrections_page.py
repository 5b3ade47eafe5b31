"""Correcting the reading from the version page: forms that work without JavaScript, shown to
signed-in editors only, refused before anything is written without a session and its CSRF token,
and "corrected by an editor" with who, when and why."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.config import Settings
from app.main import create_app
from app.store import (
    EditorCorrection,
    correct_section_kind,
    corrections_of,
    create_token,
    facts_of,
    reanalyse_versions,
    sections_of,
)
from tests.store.helpers import add, chapter_text
from tests.web.conftest import Soup
from tests.web.signing import sign_in


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings.model_copy(update={"load_corpus_on_start": False}))
    with TestClient(app, raise_server_exceptions=False, follow_redirects=False) as test_client:
        yield test_client


@pytest.fixture
def key(session: Session) -> str:
    return create_token(session=session, name="page-editor")


@pytest.fixture
def csrf(client: TestClient, key: str) -> str:
    """Signs the client in as the editor `page-editor`; the session's CSRF token."""
    return sign_in(client, key)


@pytest.fixture
def version_id(session: Session) -> int:
    return add(
        session, chapter_text(extra="3. Our Values\n\nWe meet partner agencies.\n")
    ).version.id


def _months(session: Session, version_id: int) -> object:
    session.expire_all()  # the page wrote through its own session; SQLite reuses fact ids
    return next(
        f.value
        for f in facts_of(session=session, version_id=version_id)
        if f.key == "permanence_plan_months"
    )


def test_a_reader_sees_no_correction_forms(client: TestClient, soup: Soup, version_id: int) -> None:
    page = soup(client.get(f"/versions/{version_id}"))

    assert page.select("form[action*='/corrections/']") == []
    assert page.select("details.correct") == []


def test_a_signed_in_editor_gets_a_labelled_form_per_fact_and_per_section(
    client: TestClient, soup: Soup, session: Session, version_id: int, csrf: str
) -> None:
    page = soup(client.get(f"/versions/{version_id}"))

    fact_forms = page.select("form[action$='/corrections/fact']")
    section_forms = page.select("form[action$='/corrections/section']")
    assert len(fact_forms) == len(facts_of(session=session, version_id=version_id))
    assert len(section_forms) == len(sections_of(session=session, version_id=version_id))
    for form in fact_forms + section_forms:
        assert form["method"] == "post"
        assert form.find_parent("details").summary.get_text(" ", strip=True).startswith("Correct")
        for control in form.select("input:not([type=hidden]), select, textarea"):
            assert page.find("label", attrs={"for": control["id"]}), control
        assert form.select_one("input[name=csrf_token][type=hidden]")["value"] == csrf
        assert form.select_one("[name=token]") is None
    months = page.select_one("#correct-fact-permanence_plan_months-value")
    assert months is not None and months["value"] == "4"


def test_a_fact_corrected_from_the_page_shows_who_when_why_and_the_original(
    client: TestClient, soup: Soup, session: Session, csrf: str, version_id: int
) -> None:
    sent = client.post(
        f"/versions/{version_id}/corrections/fact",
        data={
            "fact": "permanence_plan_months",
            "value": "6",
            "reason": "Plans take six months.",
            "csrf_token": csrf,
        },
    )

    assert sent.status_code == 303
    assert (
        sent.headers["location"]
        == f"/versions/{version_id}?corrected=fact#facts-permanence_plan_months"
    )
    page = soup(client.get(sent.headers["location"]))
    assert "Your correction is saved" in page.select_one("[role=status]").get_text()
    row = page.select_one("#facts-permanence_plan_months")
    note = row.select_one(".correction-note").get_text(" ", strip=True)
    assert "Corrected by an editor" in note
    assert "page-editor" in note and "Plans take six months." in note
    assert "The reading said: 4" in note
    assert row.select_one("td").get_text(" ", strip=True).startswith("6")
    assert _months(session, version_id) == 6


def test_nobody_signed_in_is_refused_and_nothing_is_written(
    client: TestClient, session: Session, version_id: int
) -> None:
    sent = client.post(
        f"/versions/{version_id}/corrections/fact",
        data={"fact": "permanence_plan_months", "value": "6", "reason": "Six."},
    )

    assert sent.status_code == 401
    assert "sign in" in sent.text.lower()
    assert _months(session, version_id) == 4
    assert corrections_of(session=session, version_id=version_id) == []


@pytest.mark.parametrize("sent_csrf", ["", "forged"])
def test_a_form_without_its_csrf_token_is_refused_and_nothing_is_written(
    client: TestClient, session: Session, version_id: int, csrf: str, sent_csrf: str
) -> None:
    sent = client.post(
        f"/versions/{version_id}/corrections/fact",
        data={
            "fact": "permanence_plan_months",
            "value": "6",
            "reason": "Six.",
            "csrf_token": sent_csrf,
        },
    )

    assert sent.status_code == 403
    assert "Nothing was changed" in sent.text
    assert _months(session, version_id) == 4
    assert corrections_of(session=session, version_id=version_id) == []


@pytest.mark.parametrize(
    ("value", "reason", "field", "says"),
    [
        ("six", "Six.", "value", "Enter a whole number"),
        ("6", "   ", "reason", "Say why the reading is wrong"),
    ],
)
def test_a_bad_value_or_a_missing_reason_is_sent_back_to_fix(
    client: TestClient,
    soup: Soup,
    session: Session,
    csrf: str,
    version_id: int,
    value: str,
    reason: str,
    field: str,
    says: str,
) -> None:
    sent = client.post(
        f"/versions/{version_id}/corrections/fact",
        data={
            "fact": "permanence_plan_months",
            "value": value,
            "reason": reason,
            "csrf_token": csrf,
        },
    )

    assert sent.status_code == 422
    page = soup(sent)
    assert says in page.select_one("[role=alert]").get_text()
    assert (
        page.select_one(f"#correct-fact-permanence_plan_months-{field}")["aria-invalid"] == "true"
    )
    assert _months(session, version_id) == 4


def test_a_section_kind_corrected_from_the_page_then_withdrawn(
    client: TestClient, soup: Soup, session: Session, csrf: str, version_id: int
) -> None:
    values = next(
        s for s in sections_of(session=session, version_id=version_id) if s.kind == "values"
    )

    sent = client.post(
        f"/versions/{version_id}/corrections/section",
        data={
            "section_start": str(values.start),
            "kind": "shared_responsibility",
            "reason": "About partners.",
            "csrf_token": csrf,
        },
    )

    assert sent.status_code == 303
    anchor = f"section-{values.ordinal}"
    assert sent.headers["location"].endswith(f"#{anchor}")
    page = soup(client.get(sent.headers["location"]))
    section = page.select_one(f"#{anchor}")
    badge = section.select_one(".badge-status").get_text().strip()
    assert badge == "Shared responsibility, corrected by an editor"
    note = section.select_one(".correction-note").get_text(" ", strip=True)
    assert "Kind corrected by an editor" in note and "The reading said: Values" in note
    withdraw = section.select_one("form.withdraw")

    withdrawn = client.post(withdraw["action"], data={"csrf_token": csrf})

    assert withdrawn.status_code == 303
    page = soup(client.get(withdrawn.headers["location"]))
    assert page.select_one(f"#{anchor} .badge-status").get_text(strip=True) == "Values"
    assert page.select_one(f"#{anchor} .correction-note") is None
    assert corrections_of(session=session, version_id=version_id) == []


def test_a_correction_that_no_longer_applies_is_listed_with_a_way_to_withdraw_it(
    client: TestClient, soup: Soup, session: Session, csrf: str, version_id: int
) -> None:
    values = next(
        s for s in sections_of(session=session, version_id=version_id) if s.kind == "values"
    )
    correct_section_kind(
        session=session,
        version_id=version_id,
        section_start=values.start,
        kind="shared_responsibility",
        reason="About partners.",
        corrected_by="page-editor",
    )
    # As if a newer analyser no longer read a section opening with these words.
    with session.begin():
        session.execute(update(EditorCorrection).values(section_opening="3. Our Values\n\nGone"))
    reanalyse_versions(session=session)

    page = soup(client.get(f"/versions/{version_id}"))

    listed = page.select_one("[aria-labelledby=not-applying-heading]")
    assert listed is not None
    text = listed.get_text(" ", strip=True)
    assert "Section 3. Our Values set to Shared responsibility" in text
    assert "page-editor" in text and "About partners." in text
    assert (
        page.select_one(f"#section-{values.ordinal} .badge-status").get_text().strip() == "Values"
    )
    withdrawn = client.post(listed.select_one("form.withdraw")["action"], data={"csrf_token": csrf})
    assert withdrawn.status_code == 303
    assert corrections_of(session=session, version_id=version_id) == []


def test_the_support_age_is_corrected_in_plain_fields_not_json(
    client: TestClient, soup: Soup, session: Session, csrf: str, version_id: int
) -> None:
    page = soup(client.get(f"/versions/{version_id}"))
    field = page.select_one("#correct-fact-leaving_care_support_age-value")
    assert field.name == "textarea" and field.get_text().strip() == "21"
    hint = page.select_one("#correct-fact-leaving_care_support_age-hint").get_text()
    assert "JSON" not in hint and "the age support lasts to" in hint

    sent = client.post(
        f"/versions/{version_id}/corrections/fact",
        data={
            "fact": "leaving_care_support_age",
            "value": "21\n25: in education or training",
            "reason": "The offer runs to 25 for students.",
            "csrf_token": csrf,
        },
    )

    assert sent.status_code == 303
    session.expire_all()
    stored = next(
        f.value
        for f in facts_of(session=session, version_id=version_id)
        if f.key == "leaving_care_support_age"
    )
    assert stored == {
        "age": 21,
        "extended": [{"age": 25, "condition": "in education or training"}],
    }
