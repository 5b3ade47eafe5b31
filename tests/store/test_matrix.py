from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.store import divergence_matrix, section_similarity_grid
from tests.store.helpers import CHAPTER, add, chapter_text


@pytest.fixture
def corpus_session(corpus: None, session: Session) -> Session:
    return session


def test_the_matrix_shows_each_authority_s_facts_and_marks_divergences(
    corpus_session: Session,
) -> None:
    matrix = divergence_matrix(session=corpus_session, chapter_slug=CHAPTER)

    rows = {row.authority_slug: row for row in matrix.rows}
    assert set(rows) == {
        "merton",
        "unnamed-2018",
        "bolton",
        "derbyshire",
        "durham",
        "sample-borough",
    }
    assert rows["sample-borough"].amendment_date == "2024-02"
    assert rows["sample-borough"].is_sample
    assert "leaving_care_support_age" in matrix.fact_keys
    assert "leaving_care_support_age" in matrix.divergent_keys
    assert rows["sample-borough"].cells["leaving_care_support_age"].value == {
        "age": 25,
        "extended": [],
    }
    for key in matrix.divergent_keys:
        assert len({repr(row.cells[key].value) for row in matrix.rows}) > 1
    for key in set(matrix.fact_keys) - set(matrix.divergent_keys):
        assert len({repr(row.cells[key].value) for row in matrix.rows}) == 1
    evidence = rows["sample-borough"].cells["permanence_plan_months"].evidence
    assert evidence and "four months" in evidence[0]["quote"]


def test_the_matrix_as_of_a_date_uses_the_versions_then_in_force(corpus_session: Session) -> None:
    matrix = divergence_matrix(session=corpus_session, chapter_slug=CHAPTER, as_of=date(2021, 6, 1))

    rows = {row.authority_slug: row for row in matrix.rows}
    assert set(rows) == {"merton", "unnamed-2018", "sample-borough"}
    assert rows["sample-borough"].amendment_date == "2021-03"
    assert rows["sample-borough"].cells["permanence_plan_months"].value == 6
    with pytest.raises(NotFound):
        divergence_matrix(session=corpus_session, chapter_slug="no-such-chapter")


def test_the_similarity_grid_compares_each_authority_with_a_baseline(
    corpus_session: Session,
) -> None:
    matrix = divergence_matrix(session=corpus_session, chapter_slug=CHAPTER)
    baseline = next(row.version_id for row in matrix.rows if row.authority_slug == "merton")

    grid = section_similarity_grid(
        session=corpus_session, chapter_slug=CHAPTER, baseline_id=baseline
    )

    rows = {row.authority_slug: row for row in grid.rows}
    assert set(rows) == {row.authority_slug for row in matrix.rows}
    assert rows["merton"].similarity == pytest.approx(1.0)
    assert all(
        cell.similarity in (None, pytest.approx(1.0)) for cell in rows["merton"].cells.values()
    )
    assert "corporate_parenting" in grid.kinds
    for row in grid.rows:
        assert set(row.cells) == set(grid.kinds)
        for cell in row.cells.values():
            assert cell.similarity is None or 0.0 <= cell.similarity <= 1.0


def test_the_matrix_covers_many_authorities(session: Session) -> None:
    for index in range(60):
        add(
            session,
            chapter_text(
                amended=f"In May {2000 + index % 20}, this chapter was revised.",
                leaving_care=f"until they are {21 + index % 5}",
            ),
            authority=f"council-{index}",
            name=f"Council {index}",
        )

    matrix = divergence_matrix(session=session, chapter_slug=CHAPTER)

    assert len(matrix.rows) == 60
    assert "leaving_care_support_age" in matrix.divergent_keys
    ages = {row.cells["leaving_care_support_age"].value["age"] for row in matrix.rows}
    assert ages == {21, 22, 23, 24, 25}
