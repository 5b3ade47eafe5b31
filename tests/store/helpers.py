"""Builders for store tests: data goes in through the public use cases, never as raw rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store import AddedVersion, add_version
from app.store.models import ApiToken, Authority, CachedComparison, Chapter, Fact, Section, Version

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT / "corpus"
SAMPLE_DIR = CORPUS / "childrens-policies" / "sample-borough"
SAMPLE_REVISIONS = ("2021-03.txt", "2022-09.txt", "2024-02.txt")
CHAPTER = "childrens-services-policies-values-and-principles"
MAX_BYTES = 2 * 1024 * 1024


def chapter_text(
    *,
    amended: str = "In May 2024, this chapter was revised.",
    leaving_care: str = "until they are 21",
    extra: str = "",
) -> bytes:
    """A small chapter in the family's structure, written for these tests."""
    return (
        "Children's Services Policies, Values and Principles\n\n"
        "Scope of this chapter\n\n"
        "This chapter sets the context for the procedures of a fictional test council.\n\n"
        "Amendment\n\n"
        f"{amended}\n\n"
        "1. Introduction\n\n"
        "This policy sets out the framework for work with children and families.\n\n"
        "2. Key Principles\n\n"
        "Permanence plans are made within 4 months of a child becoming looked after. "
        f"Care leavers are supported {leaving_care}.\n\n"
        f"{extra}\n"
    ).encode()


def add(
    session: Session,
    data: bytes,
    *,
    authority: str = "test-council",
    name: str | None = "Test Council",
    filename: str = "chapter.txt",
    max_bytes: int = MAX_BYTES,
) -> AddedVersion:
    return add_version(
        session=session,
        data=data,
        filename=filename,
        authority_slug=authority,
        authority_name=name,
        chapter_slug=CHAPTER,
        max_bytes=max_bytes,
    )


def add_sample_revisions(session: Session) -> list[Version]:
    """The corpus's fictional authority, three revisions in amendment order."""
    return [
        add(
            session,
            (SAMPLE_DIR / revision).read_bytes(),
            authority="sample-borough",
            name="Sample Borough Council (sample data)",
            filename=revision,
        ).version
        for revision in SAMPLE_REVISIONS
    ]


def row_counts(session: Session) -> dict[str, int]:
    """Rows in every table, to show that a rejected write left nothing behind."""
    with session.begin():
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (
                Authority,
                Chapter,
                Version,
                Section,
                Fact,
                CachedComparison,
                ApiToken,
            )
        }
