"""Named before/after pairs in tests/cases/diff/<case>/: what a reader must see, and the pin.

Each case states the behaviour it exists for (a move, a split, a renumbering…) as assertions, and
its whole comparison is pinned with data_regression next to its texts (`comparison.yml`), so any
change in alignment, statuses or word operations shows up in review.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.diff import BlockChange, CompareOptions, Comparison, compare
from tests.conftest import CASES_DIR
from tests.diff.conftest import analysed

CASES = CASES_DIR / "diff"


def _load(case: str) -> tuple[str, str, CompareOptions]:
    folder = CASES / case
    options_file = folder / "options.json"
    options = json.loads(options_file.read_text()) if options_file.exists() else {}
    options["local_names"] = tuple(options.get("local_names", ()))
    return (
        (folder / "left.txt").read_text(encoding="utf-8"),
        (folder / "right.txt").read_text(encoding="utf-8"),
        CompareOptions(**options),
    )


def _pinned(comparison: Comparison) -> dict:
    """The comparison as plain data, floats rounded so the pin does not depend on float noise."""

    def side(ref):
        return None if ref is None else f"{ref.index}:{ref.kind}:{ref.heading}"

    return {
        "differs": comparison.differs,
        "totals": {
            "sections": {k: v for k, v in comparison.totals.sections.items() if v},
            "blocks": {k: v for k, v in comparison.totals.blocks.items() if v},
            "words_inserted": comparison.totals.words_inserted,
            "words_deleted": comparison.totals.words_deleted,
            "similarity": round(comparison.totals.similarity, 3),
        },
        "divergences": [
            {"key": d.key, "left": d.left, "right": d.right} for d in comparison.divergences
        ],
        "sections": [
            {
                "status": section.status,
                "left": side(section.left),
                "right": side(section.right),
                "words": [section.words_inserted, section.words_deleted],
                "similarity": round(section.similarity, 3),
                "blocks": list(section.blocks),
                "moved_out": list(section.moved_out),
            }
            for section in comparison.sections
        ],
        "blocks": [_pinned_block(block) for block in comparison.blocks],
    }


def _pinned_block(block: BlockChange) -> str | dict:
    where = f"{list(block.left_blocks)} -> {list(block.right_blocks)}"
    if all(op.kind == "equal" for op in block.ops) and block.status == "unchanged":
        return f"unchanged {where}"
    moved = " (moved)" if block.moved and block.status != "moved" else ""
    return {
        "status": f"{block.status}{moved} {where}",
        "ops": [[op.kind, op.text, *(["ignorable"] if op.ignorable else [])] for op in block.ops],
    }


def _statuses(comparison: Comparison) -> list[str]:
    return [block.status for block in comparison.blocks]


def _section(comparison: Comparison, kind: str):
    return next(
        section
        for section in comparison.sections
        if (section.left or section.right) and (section.left or section.right).kind == kind
    )


def _identical(c: Comparison) -> None:
    assert not c.differs
    assert {section.status for section in c.sections} == {"unchanged"}


def _moved_within(c: Comparison) -> None:
    moved = [block for block in c.blocks if block.moved]
    assert len(moved) == 1 and moved[0].status == "moved" and not moved[0].changed
    assert moved[0].left_section is not None
    assert _section(c, "values").status == "changed"
    assert _statuses(c).count("unchanged") == len(c.blocks) - 1


def _moved_across(c: Comparison) -> None:
    (moved,) = [block for block in c.blocks if block.moved]
    assert c.left.sections[moved.left_section].kind == "strategy"
    assert c.right.sections[moved.right_section].kind == "introduction"
    assert "removed" not in _statuses(c) and "added" not in _statuses(c)
    assert moved.words_inserted == moved.words_deleted == 0


def _moved_and_edited(c: Comparison) -> None:
    (moved,) = [block for block in c.blocks if block.moved]
    assert moved.status == "moved" and moved.changed
    assert ["delete", "most"] in [[op.kind, op.text] for op in moved.ops]
    assert ["insert", "nearly all"] in [[op.kind, op.text] for op in moved.ops]
    assert "removed" not in _statuses(c) and "added" not in _statuses(c)


def _renumbered(c: Comparison) -> None:
    assert not c.differs
    ignorable = [op for block in c.blocks for op in block.ops if op.ignorable]
    assert {op.text for op in ignorable if op.kind == "insert"} == {
        "11.",
        "12.",
        "13.",
        "14.",
        "13",
    }


def _local_names(c: Comparison) -> None:
    assert not c.differs
    changes = [op for block in c.blocks for op in block.ops if op.kind != "equal"]
    assert changes and all(op.ignorable for op in changes)
    assert any("Easthaven" in op.text for op in changes if op.kind == "insert")


def _split(c: Comparison) -> None:
    (split,) = [block for block in c.blocks if block.status == "split"]
    assert len(split.left_blocks) == 1 and len(split.right_blocks) == 2
    assert "removed" not in _statuses(c) and "added" not in _statuses(c)


def _merged(c: Comparison) -> None:
    (merged,) = [block for block in c.blocks if block.status == "merged"]
    assert len(merged.left_blocks) == 2 and len(merged.right_blocks) == 1
    assert merged.words_inserted == merged.words_deleted == 0
    assert "removed" not in _statuses(c) and "added" not in _statuses(c)


def _section_added(c: Comparison) -> None:
    added = [section for section in c.sections if section.status == "added"]
    assert [section.right.kind for section in added] == ["information_sharing"]
    assert all(c.blocks[index].status == "added" for index in added[0].blocks)


def _section_removed(c: Comparison) -> None:
    removed = [section for section in c.sections if section.status == "removed"]
    assert [section.left.kind for section in removed] == ["corporate_parenting"]
    assert [d.key for d in c.divergences] == ["leaving_care_support_age", "looked_after_term"]
    assert c.divergences[0].left == {"age": 25, "extended": []} and c.divergences[0].right is None
    assert c.divergences[1].left == "Children in Care" and c.divergences[1].right is None


def _headed_vs_unheaded(c: Comparison) -> None:
    paired = {
        section.left.kind
        for section in c.sections
        if section.left and section.right and section.left.kind == section.right.kind
    }
    assert {"introduction", "corporate_parenting", "strategy"} <= paired
    deleted = [op.text for block in c.blocks for op in block.ops if op.kind == "delete"]
    assert all(text.strip()[0].isdigit() for text in deleted)
    assert c.totals.words_inserted == 0


def _markup_only(c: Comparison) -> None:
    assert not c.differs
    changes = [op for block in c.blocks for op in block.ops if op.kind != "equal"]
    assert changes and all(op.ignorable for op in changes)
    assert {op.text.strip() for op in changes if op.kind == "insert"} >= {"-", "#", "##"}


def _html_vs_text(c: Comparison) -> None:
    assert not c.differs
    assert [section.status for section in c.sections] == ["unchanged"] * 6
    assert all(block.status == "unchanged" for block in c.blocks)


def _empty_vs_non_empty(c: Comparison) -> None:
    assert c.differs
    assert {section.status for section in c.sections} == {"added"}
    assert c.totals.words_deleted == 0 and c.totals.similarity == 0


EXPECTATIONS: dict[str, Callable[[Comparison], None]] = {
    "identical": _identical,
    "moved-paragraph-within-section": _moved_within,
    "moved-paragraph-across-sections": _moved_across,
    "moved-and-edited-paragraph": _moved_and_edited,
    "renumbered-sections": _renumbered,
    "local-name-only": _local_names,
    "split-paragraph": _split,
    "merged-paragraphs": _merged,
    "section-added": _section_added,
    "section-removed": _section_removed,
    "headed-vs-unheaded": _headed_vs_unheaded,
    "empty-vs-non-empty": _empty_vs_non_empty,
    "markup-only": _markup_only,
    "html-vs-text": _html_vs_text,
}


def test_every_case_folder_has_expectations() -> None:
    assert sorted(path.name for path in CASES.iterdir() if path.is_dir()) == sorted(EXPECTATIONS)


@pytest.mark.parametrize("case", sorted(EXPECTATIONS))
def test_case(case: str, data_regression) -> None:
    left_text, right_text, options = _load(case)
    left, right = analysed(left_text, "left.txt"), analysed(right_text, "right.txt")
    comparison = compare(left, right, options)
    assert comparison.rebuild_left() == left.text
    assert comparison.rebuild_right() == right.text
    EXPECTATIONS[case](comparison)
    data_regression.check(_pinned(comparison), fullpath=Path(CASES / case / "comparison.yml"))


@pytest.mark.parametrize(
    "case", ["renumbered-sections", "local-name-only"], ids=["numbering", "local-names"]
)
def test_ignored_differences_are_differences_without_the_option(case: str) -> None:
    left_text, right_text, _ = _load(case)
    comparison = compare(analysed(left_text), analysed(right_text), CompareOptions())
    assert comparison.differs
    assert not any(op.ignorable for block in comparison.blocks for op in block.ops)
