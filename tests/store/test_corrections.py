"""Editors' corrections: stored beside the version, applied over every fresh reading, and used
by everything that reads a version (its rows, comparisons, the matrix)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.diff import CompareOptions
from app.errors import InvalidParameter, NotFound
from app.store import (
    compare_versions,
    correct_fact_value,
    correct_section_kind,
    corrections_of,
    divergence_matrix,
    facts_of,
    reanalyse_versions,
    sections_of,
    withdraw_correction,
)
from app.store.models import CachedComparison, EditorCorrection, Version
from tests.store.helpers import CHAPTER, add, chapter_text, row_counts

AGE_25 = {"age": 25, "extended": []}
TOGETHER = "We meet partner agencies every month to plan support for families and share news.\n"
VALUES = "Children should be listened to, treated with respect and kept safe from harm.\n"


def _fact(session: Session, version_id: int, key: str) -> object:
    return next(f.value for f in facts_of(session=session, version_id=version_id) if f.key == key)


def _cached_comparisons(session: Session) -> int:
    with session.begin():
        return len(session.scalars(select(CachedComparison.id)).all())


def test_a_corrected_fact_survives_reanalyse_and_is_used_by_the_matrix_and_the_comparison(
    session: Session,
) -> None:
    ours = add(session, chapter_text(leaving_care="until they are 21"), authority="ours").version
    theirs = add(session, chapter_text(leaving_care="until they are 25"), authority="theirs")
    options = CompareOptions()
    before = compare_versions(
        session=session, left_id=ours.id, right_id=theirs.version.id, options=options
    )
    assert [d.key for d in before.divergences] == ["leaving_care_support_age"]

    correct_fact_value(
        session=session,
        version_id=ours.id,
        fact_key="leaving_care_support_age",
        value=AGE_25,
        reason="The amendment note extends support to 25.",
        corrected_by="editor-one",
    )
    assert reanalyse_versions(session=session) == 2

    assert _fact(session, ours.id, "leaving_care_support_age") == AGE_25
    matrix = divergence_matrix(session=session, chapter_slug=CHAPTER)
    cells = {row.authority_slug: row.cells["leaving_care_support_age"] for row in matrix.rows}
    assert cells["ours"].value == AGE_25 == cells["theirs"].value
    assert "leaving_care_support_age" not in matrix.divergent_keys
    after = compare_versions(
        session=session, left_id=ours.id, right_id=theirs.version.id, options=options
    )
    assert after.divergences == ()
    (correction,) = corrections_of(session=session, version_id=ours.id)
    assert correction.applies
    assert correction.original == {"age": 21, "extended": []}
    assert correction.corrected_by == "editor-one"
    assert correction.corrected_at is not None


def test_a_section_kind_correction_changes_how_the_comparison_aligns_sections(
    session: Session,
) -> None:
    left = add(
        session,
        chapter_text(extra=f"3. Working Together\n\n{TOGETHER}\n4. Our Values\n\n{VALUES}"),
        authority="left-council",
    ).version
    right = add(session, chapter_text(extra=f"3. Our Values\n\n{TOGETHER}"), authority="right")
    right_id = right.version.id
    options = CompareOptions()

    def pairs() -> list[tuple[str | None, str | None, str]]:
        comparison = compare_versions(
            session=session, left_id=left.id, right_id=right_id, options=options
        )
        rows = []
        for change in comparison.sections:
            side = change.left or change.right
            if side is not None and (side.heading or "")[:2] in ("3.", "4."):
                rows.append(
                    (
                        change.left.heading if change.left else None,
                        change.right.kind if change.right else None,
                        change.status,
                    )
                )
        return rows

    assert pairs() == [
        ("3. Working Together", None, "removed"),
        ("4. Our Values", "values", "changed"),
    ]
    opened = next(
        s for s in sections_of(session=session, version_id=right_id) if s.kind == "values"
    )

    correct_section_kind(
        session=session,
        version_id=right_id,
        section_start=opened.start,
        kind="shared_responsibility",
        reason="This section is about working with partners.",
        corrected_by="editor-one",
    )

    assert pairs() == [
        ("3. Working Together", "shared_responsibility", "changed"),
        ("4. Our Values", None, "removed"),
    ]
    corrected = next(
        s for s in sections_of(session=session, version_id=right_id) if s.start == opened.start
    )
    assert (corrected.kind, corrected.decided_by, corrected.confidence) == (
        "shared_responsibility",
        "correction",
        1.0,
    )


def test_a_cached_comparison_is_not_served_after_a_correction_or_its_withdrawal(
    session: Session,
) -> None:
    ours = add(session, chapter_text(leaving_care="until they are 21"), authority="ours").version
    theirs = add(session, chapter_text(leaving_care="until they are 25"), authority="theirs")
    pair = {"left_id": ours.id, "right_id": theirs.version.id, "options": CompareOptions()}
    assert compare_versions(session=session, **pair).divergences  # type: ignore[arg-type]

    row = correct_fact_value(
        session=session,
        version_id=ours.id,
        fact_key="leaving_care_support_age",
        value=AGE_25,
        reason="Support runs to 25.",
        corrected_by="editor-one",
    )
    assert compare_versions(session=session, **pair).divergences == ()  # type: ignore[arg-type]
    withdraw_correction(session=session, version_id=ours.id, correction_id=row.id)

    assert [d.key for d in compare_versions(session=session, **pair).divergences] == [  # type: ignore[arg-type]
        "leaving_care_support_age"
    ]
    assert _fact(session, ours.id, "leaving_care_support_age") == {"age": 21, "extended": []}
    assert corrections_of(session=session, version_id=ours.id) == []
    assert _cached_comparisons(session) == 2


def test_a_correction_replaces_an_earlier_one_of_the_same_fact(session: Session) -> None:
    version = add(session, chapter_text()).version
    for months in (5, 6):
        correct_fact_value(
            session=session,
            version_id=version.id,
            fact_key="permanence_plan_months",
            value=months,
            reason=f"The plan is made within {months} months.",
            corrected_by="editor-one",
        )

    (kept,) = corrections_of(session=session, version_id=version.id)
    assert (kept.value, kept.original) == (6, 4)
    assert _fact(session, version.id, "permanence_plan_months") == 6


def test_a_corrected_amendment_date_moves_the_version_in_time(session: Session) -> None:
    version = add(session, chapter_text(amended="In May 2024, this chapter was revised.")).version
    correct_fact_value(
        session=session,
        version_id=version.id,
        fact_key="amendment_date",
        value="2024-06",
        reason="The revision took effect in June.",
        corrected_by="editor-one",
    )
    with session.begin():
        stored = session.get(Version, version.id)
        assert stored is not None
        assert (stored.amendment_date, str(stored.effective_date)) == ("2024-06", "2024-06-01")


def test_a_correction_whose_section_is_gone_is_kept_and_shown_as_no_longer_applying(
    session: Session,
) -> None:
    version = add(session, chapter_text(extra=f"3. Our Values\n\n{TOGETHER}")).version
    section = next(
        s for s in sections_of(session=session, version_id=version.id) if s.kind == "values"
    )
    correct_section_kind(
        session=session,
        version_id=version.id,
        section_start=section.start,
        kind="shared_responsibility",
        reason="About partners.",
        corrected_by="editor-one",
    )
    # As if a newer analyser no longer read a section opening with these words.
    with session.begin():
        session.execute(
            update(EditorCorrection).values(section_opening="3. Our Values\n\nWords no longer read")
        )

    reanalyse_versions(session=session)

    (correction,) = corrections_of(session=session, version_id=version.id)
    assert not correction.applies
    assert correction.original == "values"
    kinds = [s.kind for s in sections_of(session=session, version_id=version.id)]
    assert "values" in kinds and "shared_responsibility" not in kinds
    with session.begin():
        stored = session.get(Version, version.id)
        assert stored is not None and stored.corrections_key == ""


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"fact_key": "no_such_fact", "value": 1}, "there is no fact 'no_such_fact'"),
        ({"fact_key": "permanence_plan_months", "value": "four"}, "must be a number"),
        (
            {"fact_key": "leaving_care_support_age", "value": {"age": 25}},
            "lacks the field extended",
        ),
        ({"fact_key": "permanence_plan_months", "value": 5, "reason": "  "}, "give a reason"),
    ],
)
def test_a_bad_fact_correction_is_refused_with_a_clear_message_and_changes_nothing(
    session: Session, fields: dict[str, object], message: str
) -> None:
    version = add(session, chapter_text()).version
    counts = row_counts(session)
    arguments: dict[str, object] = {"reason": "Because.", **fields}

    with pytest.raises(InvalidParameter, match=message) as refused:
        correct_fact_value(
            session=session,
            version_id=version.id,
            corrected_by="editor-one",
            **arguments,  # type: ignore[arg-type]
        )

    assert "To fix:" in refused.value.detail and "\n" not in refused.value.detail
    assert row_counts(session) == counts
    assert corrections_of(session=session, version_id=version.id) == []


def test_a_bad_section_correction_is_refused_and_changes_nothing(session: Session) -> None:
    version = add(session, chapter_text()).version
    first = sections_of(session=session, version_id=version.id)[1]

    with pytest.raises(InvalidParameter, match="no section kind 'nonsense'"):
        correct_section_kind(
            session=session,
            version_id=version.id,
            section_start=first.start,
            kind="nonsense",
            reason="Because.",
            corrected_by="editor-one",
        )
    with pytest.raises(InvalidParameter, match="no section starting at 7"):
        correct_section_kind(
            session=session,
            version_id=version.id,
            section_start=7,
            kind="values",
            reason="Because.",
            corrected_by="editor-one",
        )
    with pytest.raises(NotFound):
        correct_section_kind(
            session=session,
            version_id=version.id + 100,
            section_start=first.start,
            kind="values",
            reason="Because.",
            corrected_by="editor-one",
        )
    with pytest.raises(NotFound):
        withdraw_correction(session=session, version_id=version.id, correction_id=1)
    assert corrections_of(session=session, version_id=version.id) == []
