"""Checking sources against a loopback server: exactly the expected snapshots, versions,
changes and failures for each kind of answer."""

from __future__ import annotations

import itertools

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.sources import ChangeSummary
from app.store import Change, Snapshot, Source, Version
from app.store.sources import add_source
from app.watch import check_due_sources, user_agent
from tests.conftest import CASES_DIR
from tests.watch.conftest import chapter_page, make_all_due
from tests.watch.pages_server import PageServer

_paths = itertools.count()


def _path(name: str) -> str:
    return f"/{name}-{next(_paths)}"


def _watch(session_factory: sessionmaker[Session], url: str, **fields: object) -> int:
    with session_factory() as session:
        source = add_source(
            session=session,
            url=url,
            authority_slug=str(fields.get("authority", "northshire")),
            interval_minutes=60,
        )
        return source.id


def _counts(session_factory: sessionmaker[Session]) -> tuple[int, int, int]:
    with session_factory() as session:
        return (
            session.scalar(select(func.count(Snapshot.id))) or 0,
            session.scalar(select(func.count(Version.id))) or 0,
            session.scalar(select(func.count(Change.id))) or 0,
        )


def _source(session_factory: sessionmaker[Session], source_id: int) -> Source:
    with session_factory() as session:
        source = session.get(Source, source_id)
        assert source is not None
        return source


def _round(session_factory: sessionmaker[Session], settings: Settings) -> list[str]:
    make_all_due(session_factory)
    return [o.result for o in check_due_sources(session_factory, settings).outcomes]


def test_first_check_keeps_a_snapshot_and_a_version_and_names_the_service(
    pages: PageServer, session_factory, watch_settings
):
    path = _path("chapter")
    _watch(session_factory, pages.set(path, body=chapter_page()))

    assert _round(session_factory, watch_settings) == ["version"]

    assert _counts(session_factory) == (1, 1, 0)
    request = pages.requests_to(path)[-1]
    assert request.headers["user-agent"] == user_agent(watch_settings)
    assert "watch-tests@example.org" in request.headers["user-agent"]


def test_an_unchanged_page_answered_304_makes_nothing_new(
    pages: PageServer, session_factory, watch_settings
):
    path = _path("etagged")
    _watch(session_factory, pages.set(path, body=chapter_page(), etag='"v1"'))
    _round(session_factory, watch_settings)

    assert _round(session_factory, watch_settings) == ["unchanged"]

    assert pages.requests_to(path)[-1].headers.get("if-none-match") == '"v1"'
    assert _counts(session_factory) == (1, 1, 0)


def test_the_same_bytes_without_validators_make_nothing_new(
    pages: PageServer, session_factory, watch_settings
):
    _watch(session_factory, pages.set(_path("plain"), body=chapter_page()))
    _round(session_factory, watch_settings)

    assert _round(session_factory, watch_settings) == ["unchanged"]
    assert _counts(session_factory) == (1, 1, 0)


def test_a_chrome_only_change_is_a_snapshot_and_no_version(
    pages: PageServer, session_factory, watch_settings
):
    path = _path("chrome")
    source_id = _watch(session_factory, pages.set(path, body=chapter_page()))
    _round(session_factory, watch_settings)
    pages.set(
        path,
        body=chapter_page(banner="Our cookie settings changed.", reviewed="Reviewed 2 Dec 2026"),
    )

    assert _round(session_factory, watch_settings) == ["snapshot"]

    assert _counts(session_factory) == (2, 1, 0)
    with session_factory() as session:
        snapshots = session.scalars(select(Snapshot).order_by(Snapshot.id)).all()
        assert snapshots[0].version_id == snapshots[1].version_id is not None
    assert _source(session_factory, source_id).last_changed_at is not None


def test_a_text_change_makes_a_version_and_a_change_saying_what_changed(
    pages: PageServer, session_factory, watch_settings
):
    path = _path("amended")
    source_id = _watch(session_factory, pages.set(path, body=chapter_page(age=21)))
    _round(session_factory, watch_settings)
    first_version = _source(session_factory, source_id).current_version_id
    pages.set(path, body=chapter_page(age=18))

    assert _round(session_factory, watch_settings) == ["version"]

    assert _counts(session_factory) == (2, 2, 1)
    with session_factory() as session:
        change = session.scalars(select(Change)).one()
        summary = ChangeSummary.from_json(change.summary)
    assert change.previous_version_id == first_version
    assert change.version_id == _source(session_factory, source_id).current_version_id
    age = summary.fact("leaving_care_support_age")
    assert age is not None
    assert (age.before["age"], age.after["age"]) == (21, 18)
    assert summary.fact("permanence_plan_months") is None
    changed = [section for section in summary.sections if section.status == "changed"]
    assert len(changed) == 1
    assert changed[0].words_inserted >= 1
    assert changed[0].words_deleted >= 1


def test_errors_fail_the_check_and_a_source_failing_repeatedly_keeps_its_history(
    pages: PageServer, session_factory, watch_settings
):
    path = _path("going")
    source_id = _watch(session_factory, pages.set(path, body=chapter_page()))
    _round(session_factory, watch_settings)
    pages.set(path, status=404, body=b"gone")
    assert _round(session_factory, watch_settings) == ["failed"]
    pages.set(path, status=500, body=b"broken")
    before = len(pages.requests_to(path))

    assert _round(session_factory, watch_settings) == ["failed"]
    assert len(pages.requests_to(path)) - before == watch_settings.watch_retry_attempts
    assert _round(session_factory, watch_settings) == ["failed"]

    source = _source(session_factory, source_id)
    assert source.consecutive_failures == 3 >= watch_settings.watch_failing_after
    assert "500" in (source.last_error or "")
    assert source.current_version_id is not None
    assert _counts(session_factory) == (1, 1, 0)

    pages.set(path, body=chapter_page())
    assert _round(session_factory, watch_settings) == ["unchanged"]
    source = _source(session_factory, source_id)
    assert (source.consecutive_failures, source.last_error) == (0, None)


def test_a_slow_answer_times_out(pages: PageServer, session_factory, watch_settings):
    source_id = _watch(session_factory, pages.set(_path("slow"), body=b"late", delay=3.0))

    assert _round(session_factory, watch_settings) == ["failed"]
    assert "no answer within" in (_source(session_factory, source_id).last_error or "")
    assert _counts(session_factory) == (0, 0, 0)


def test_a_redirect_loop_is_cut_short(pages: PageServer, session_factory, watch_settings):
    first, second = _path("loop-a"), _path("loop-b")
    pages.set(second, redirect_to=pages.url(first))
    source_id = _watch(session_factory, pages.set(first, redirect_to=pages.url(second)))

    assert _round(session_factory, watch_settings) == ["failed"]
    assert "redirects" in (_source(session_factory, source_id).last_error or "")
    assert len(pages.requests_to(first)) + len(pages.requests_to(second)) <= (
        watch_settings.watch_max_redirects + 1
    )


def test_a_redirect_is_followed_to_the_page(pages: PageServer, session_factory, watch_settings):
    target = pages.set(_path("moved-here"), body=chapter_page())
    _watch(session_factory, pages.set(_path("moved"), redirect_to=target))

    assert _round(session_factory, watch_settings) == ["version"]
    with session_factory() as session:
        assert session.scalars(select(Snapshot.url)).one() == target


def test_an_oversized_answer_is_refused(pages: PageServer, session_factory, watch_settings):
    big = b"<p>" + b"word " * (watch_settings.max_upload_bytes // 4) + b"</p>"
    source_id = _watch(session_factory, pages.set(_path("big"), body=big))

    assert _round(session_factory, watch_settings) == ["failed"]
    assert "bytes allowed" in (_source(session_factory, source_id).last_error or "")
    assert _counts(session_factory) == (0, 0, 0)


def test_robots_txt_is_obeyed(pages: PageServer, session_factory, watch_settings):
    # The server's robots.txt is shared by the module's tests: only this path is disallowed.
    path = _path("private-area")
    pages.set(
        "/robots.txt", body=f"User-agent: *\nDisallow: {path}\n".encode(), content_type="text/plain"
    )
    source_id = _watch(session_factory, pages.set(path, body=chapter_page()))
    try:
        assert _round(session_factory, watch_settings) == ["failed"]
    finally:
        pages.pages.pop("/robots.txt")
    assert "robots.txt" in (_source(session_factory, source_id).last_error or "")
    assert pages.requests_to(path) == []


def test_private_addresses_are_refused_unless_allowed(
    pages: PageServer, session_factory, watch_settings
):
    path = _path("loopback")
    source_id = _watch(session_factory, pages.set(path, body=chapter_page()))
    strict = watch_settings.model_copy(update={"watch_allow_private_addresses": False})

    assert _round(session_factory, strict) == ["failed"]
    assert "private or local address" in (_source(session_factory, source_id).last_error or "")
    assert pages.requests_to(path) == []


def test_word_and_pdf_pages_become_versions(pages: PageServer, session_factory, watch_settings):
    documents = CASES_DIR / "documents"
    word = (documents / "031-docx-heading-styles.docx").read_bytes()
    pdf = (documents / "036-pdf-meaning-headings.pdf").read_bytes()
    settings = watch_settings.model_copy(update={"max_upload_bytes": 2_000_000})
    _watch(
        session_factory,
        pages.set(
            _path("chapter.docx"),
            body=word,
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        authority="wordshire",
    )
    _watch(
        session_factory,
        pages.set(_path("download"), body=pdf, content_type="application/pdf"),
        authority="pdfshire",
    )

    assert sorted(_round(session_factory, settings)) == ["version", "version"]
    with session_factory() as session:
        formats = sorted(session.scalars(select(Version.source_format)).all())
    assert formats == ["docx", "pdf"]
