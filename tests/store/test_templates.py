"""The application's common templates: brought up to date version by version, as a fresh
build would be, and the heat map's default baseline."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.store import delete_version, template_similarity_grid
from app.store.templates import ChapterTemplates, chapter_template
from tests.store.helpers import CHAPTER, add, chapter_text

OWN_WORDS = "Our council also funds a weekend drop-in club for every young carer in the borough."


def _add_councils(session: Session, count: int) -> list[int]:
    return [
        add(session, chapter_text(), authority=f"council-{n}", name=f"Council {n}").version.id
        for n in range(count)
    ]


def test_a_new_version_is_taken_in_and_the_template_matches_a_fresh_build(
    session: Session,
) -> None:
    _add_councils(session, 3)
    templates = ChapterTemplates()
    before = templates.template(session=session, chapter_slug=CHAPTER)
    assert len(before.versions) == 3

    newcomer = add(
        session, chapter_text(extra=OWN_WORDS), authority="newcomer", name="Newcomer Council"
    ).version.id
    after = templates.template(session=session, chapter_slug=CHAPTER)
    fresh = chapter_template(session=session, chapter_slug=CHAPTER)

    assert set(after.versions) == set(before.versions) | {newcomer}
    assert after.template.texts == fresh.template.texts
    assert after.template.deviations == fresh.template.deviations
    assert [text for _, text in after.template.deviations[str(newcomer)].unique] == [OWN_WORDS]


def test_a_deleted_version_leaves_the_template(session: Session) -> None:
    ids = _add_councils(session, 2)
    odd_one = add(
        session, chapter_text(extra=OWN_WORDS), authority="odd", name="Odd Council"
    ).version.id
    templates = ChapterTemplates()
    assert (
        str(odd_one)
        in templates.template(session=session, chapter_slug=CHAPTER).template.deviations
    )

    delete_version(session=session, version_id=odd_one)
    after = templates.template(session=session, chapter_slug=CHAPTER)

    assert set(after.versions) == set(ids)
    assert set(after.template.deviations) == {str(i) for i in ids}
    assert all(not d.unique for d in after.template.deviations.values())


def test_an_unknown_chapter_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound):
        ChapterTemplates().template(session=session, chapter_slug="no-such-chapter")


def test_the_heat_map_against_the_template_marks_what_each_council_changed(
    session: Session,
) -> None:
    same = _add_councils(session, 3)
    adds = add(
        session, chapter_text(extra=OWN_WORDS), authority="adds", name="Adds Council"
    ).version.id
    found = ChapterTemplates().template(session=session, chapter_slug=CHAPTER)

    grid = template_similarity_grid(found)

    rows = {row.version_id: row for row in grid.rows}
    assert grid.baseline_version_id is None
    assert set(rows) == set(same) | {adds}
    for version_id in same:
        assert rows[version_id].similarity == pytest.approx(1.0)
        assert all(
            cell.status == "unchanged" for cell in rows[version_id].cells.values() if cell.status
        )
    changed = [kind for kind, cell in rows[adds].cells.items() if cell.status == "changed"]
    assert len(changed) == 1
    assert rows[adds].cells[changed[0]].similarity == pytest.approx(1.0)
    for row in grid.rows:
        assert set(row.cells) == set(grid.kinds)


def test_the_all_pairs_grid_is_square_and_symmetric(session: Session) -> None:
    ids = _add_councils(session, 2)
    ids.append(add(session, chapter_text(extra=OWN_WORDS), authority="odd", name="Odd").version.id)
    versions, pairs = ChapterTemplates().pairs(session=session, chapter_slug=CHAPTER)

    assert set(versions) == set(ids)
    for rows in pairs.grids.values():
        assert len(rows) == len(ids) and all(len(row) == len(ids) for row in rows)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                assert value == rows[j][i]
                assert value is None or 0.0 <= value <= 1.0
