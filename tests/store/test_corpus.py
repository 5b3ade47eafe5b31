from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import InvalidManifest
from app.store import database_is_empty, list_authorities, load_paths, read_manifest
from app.store.corpus import MANIFEST_NAME as MANIFEST
from app.store.corpus import SOURCE_SUFFIXES
from app.store.models import Authority, Version
from tests.documents import PdfBlock, new_word, pdf_bytes, word_bytes
from tests.store.helpers import CHAPTER, CORPUS, chapter_text, row_counts


def test_the_shipped_corpus_loads_whole_then_is_unchanged(
    session_factory: sessionmaker[Session], session: Session
) -> None:
    assert database_is_empty(session=session)
    entries = read_manifest(CORPUS / "manifest.toml")

    first = load_paths(session_factory=session_factory, paths=[CORPUS])
    again = load_paths(session_factory=session_factory, paths=[CORPUS])

    assert (first.added, first.unchanged, first.failed) == (len(entries), 0, [])
    assert (again.added, again.unchanged, again.failed) == (0, len(entries), [])
    assert not database_is_empty(session=session)
    authorities = {a.slug: a for a in list_authorities(session=session)}
    assert {entry.authority_slug for entry in entries} == set(authorities)
    assert authorities["sample-borough"].is_sample
    assert "sample data" in authorities["sample-borough"].name
    assert not authorities["merton"].is_sample


def _write_corpus(folder: Path, files: dict[str, bytes]) -> None:
    lines = []
    for index, (name, data) in enumerate(files.items()):
        (folder / name).write_bytes(data)
        lines += [
            "[[versions]]",
            f'authority = "council-{index}"',
            f'authority_name = "Council {index}"',
            f'chapter = "{CHAPTER}"',
            f'file = "{name}"',
            "retrieved = 2024-06-01",
            "",
        ]
    (folder / "manifest.toml").write_text("\n".join(lines), encoding="utf-8")


def test_a_broken_file_in_the_middle_fails_alone(
    tmp_path: Path, session_factory: sessionmaker[Session], session: Session
) -> None:
    _write_corpus(
        tmp_path,
        {
            "a.txt": chapter_text(amended="In May 2020, this chapter was revised."),
            "b.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
            "c.txt": chapter_text(amended="In May 2021, this chapter was revised."),
        },
    )
    with (tmp_path / "manifest.toml").open("a", encoding="utf-8") as manifest:
        manifest.write('\n[[versions]]\nauthority = "council-9"\nfile = "missing.txt"\n')

    summary = load_paths(session_factory=session_factory, paths=[tmp_path])

    assert (summary.added, summary.unchanged) == (2, 0)
    assert [failure.path.name for failure in summary.failed] == ["b.txt", "missing.txt"]
    assert "PNG" in summary.failed[0].reason
    assert summary.line() == "added 2, unchanged 0, failed 2"
    counts = row_counts(session)
    assert counts["versions"] == 2
    assert counts["authorities"] == 2


def test_a_listed_file_given_alone_uses_its_manifest_entry(
    tmp_path: Path, session_factory: sessionmaker[Session], session: Session
) -> None:
    _write_corpus(tmp_path, {"a.txt": chapter_text()})

    summary = load_paths(session_factory=session_factory, paths=[tmp_path / "a.txt"])

    assert summary.added == 1
    assert [a.slug for a in list_authorities(session=session)] == ["council-0"]


def test_loose_files_need_an_authority(
    tmp_path: Path, session_factory: sessionmaker[Session], session: Session
) -> None:
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "one.txt").write_bytes(chapter_text(amended="In May 2020, this was revised."))
    (loose / "two.md").write_bytes(chapter_text(amended="In May 2021, this was revised."))
    (loose / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    refused = load_paths(session_factory=session_factory, paths=[loose, loose / "one.txt"])
    assert refused.added == 0
    assert len(refused.failed) == 2
    assert all("--authority" in failure.reason for failure in refused.failed)

    loaded = load_paths(
        session_factory=session_factory,
        paths=[loose],
        authority_slug="loose-council",
        authority_name="Loose Council",
    )
    assert (loaded.added, loaded.failed) == (2, [])
    assert [a.name for a in list_authorities(session=session)] == ["Loose Council"]


def test_an_oversized_file_is_refused_before_it_is_read(
    tmp_path: Path, session_factory: sessionmaker[Session]
) -> None:
    _write_corpus(tmp_path, {"big.txt": chapter_text(extra="x" * 4000)})

    summary = load_paths(session_factory=session_factory, paths=[tmp_path], max_bytes=1000)

    assert summary.added == 0
    assert "limit" in summary.failed[0].reason


@pytest.mark.timeout(20)
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_file_larger_than_its_listed_size_is_read_only_up_to_the_limit(
    tmp_path: Path, session_factory: sessionmaker[Session]
) -> None:
    _write_corpus(tmp_path, {"endless.txt": b""})
    (tmp_path / "endless.txt").unlink()
    (tmp_path / "endless.txt").symlink_to("/dev/zero")  # size 0 on disk, endless when read

    summary = load_paths(session_factory=session_factory, paths=[tmp_path], max_bytes=1000)

    assert summary.added == 0
    assert "limit of 1,000 bytes" in summary.failed[0].reason


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("not toml [", "cannot be read"),
        ("title = 'no versions'", "no [[versions]]"),
        ("versions = []", "no [[versions]]"),
        ("[[versions]]\nfile = 'a.txt'", "'authority'"),
        ("[[versions]]\nauthority = 'a'\nfile = 'a.txt'\nretrieved = 'June'", "TOML date"),
        ("[[versions]]\nauthority = 'a'\nfile = 'a.txt'\nsource_url = 3", "'source_url'"),
    ],
)
def test_manifest_errors_say_what_is_wrong(tmp_path: Path, manifest: str, message: str) -> None:
    (tmp_path / "manifest.toml").write_text(manifest, encoding="utf-8")
    with pytest.raises(InvalidManifest, match=message.replace("[", r"\[")):
        read_manifest(tmp_path / "manifest.toml")


def test_a_broken_manifest_is_a_failure_not_a_crash(
    tmp_path: Path, session_factory: sessionmaker[Session]
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "manifest.toml").write_text("[[versions]]\n", encoding="utf-8")
    good = tmp_path / "good"
    shutil.copytree(CORPUS, good)

    summary = load_paths(session_factory=session_factory, paths=[broken, good])

    assert summary.added == len(read_manifest(good / "manifest.toml"))
    assert [failure.path for failure in summary.failed] == [broken]


def test_the_manifest_itself_loads_the_corpus_it_describes(
    tmp_path: Path, session_factory: sessionmaker[Session], session: Session
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)

    summary = load_paths(session_factory=session_factory, paths=[corpus / "manifest.toml"])

    entries = read_manifest(corpus / "manifest.toml")
    assert (summary.added, summary.failed) == (len(entries), [])
    assert {a.slug for a in list_authorities(session=session)} == {
        entry.authority_slug for entry in entries
    }


@pytest.mark.parametrize("contents", [{}, {"photo.jpg": b"\xff\xd8", "notes.zip": b"PK\x03\x04"}])
def test_a_folder_with_no_source_files_is_a_failure_not_a_silent_nothing(
    tmp_path: Path, session_factory: sessionmaker[Session], session: Session, contents: dict
) -> None:
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    for name, data in contents.items():
        (folder / name).write_bytes(data)

    summary = load_paths(
        session_factory=session_factory, paths=[folder], authority_slug="some-council"
    )

    assert (summary.added, summary.unchanged) == (0, 0)
    (failure,) = summary.failed
    assert failure.path == folder
    assert f"holds no source files ({', '.join(sorted(SOURCE_SUFFIXES))})" in failure.reason
    assert database_is_empty(session=session)


def test_word_and_pdf_files_load_from_a_manifest_and_from_a_folder(
    tmp_path: Path, session_factory: sessionmaker[Session], session: Session
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    word = new_word()
    word.add_paragraph("Children's Services Policies, Values and Principles", style="Title")
    word.add_heading("Our Values", level=1)
    word.add_paragraph("We put children first in every decision we make.")
    (corpus / "values.docx").write_bytes(word_bytes(word))
    (corpus / "values.pdf").write_bytes(
        pdf_bytes([PdfBlock("heading", "Our Values"), PdfBlock("paragraph", "We listen.")])
    )
    (corpus / MANIFEST).write_text(
        '[[versions]]\nauthority = "word-council"\nfile = "values.docx"\nformat = "docx"\n\n'
        '[[versions]]\nauthority = "pdf-council"\nfile = "values.pdf"\nformat = "pdf"\n',
        encoding="utf-8",
    )

    summary = load_paths(session_factory=session_factory, paths=[corpus])

    assert (summary.added, summary.failed) == (2, [])
    formats = dict(
        session.execute(select(Authority.slug, Version.source_format).join(Version.authority)).all()
    )
    assert formats == {"word-council": "docx", "pdf-council": "pdf"}
    folder = tmp_path / "loose"
    folder.mkdir()
    shutil.copy(corpus / "values.docx", folder / "values.docx")
    shutil.copy(corpus / "values.pdf", folder / "values.pdf")
    loose = load_paths(session_factory=session_factory, paths=[folder], authority_slug="loose")
    assert (loose.added, loose.failed) == (2, [])
