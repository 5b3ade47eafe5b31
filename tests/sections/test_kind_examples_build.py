"""The labelled passages the kind model learns from carry the kinds the annotator gave them."""

import importlib.util
import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location(
    "build_kind_examples", ROOT / "scripts" / "build_kind_examples.py"
)
assert _SPEC is not None and _SPEC.loader is not None
builder = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(builder)

CHAPTER_WITH_CONTENTS = """# Policies and Principles

## Scope

This chapter frames every procedure in the manual.

### Contents

1. Where we start from
2. Looking after children well

## 1. Where we start from

Our services rest on the Children Act 1989 and the Children Act 2004.

## 2. Looking after children well

Every councillor is a corporate parent to the children the Council looks after.
"""

ANNOTATED = [
    ("title", "# Policies and Principles"),
    ("scope", "## Scope"),
    ("introduction", "## 1. Where we start from"),
    ("corporate_parenting", "## 2. Looking after children well"),
]


def _labelled(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "chapter.md"
    path.write_text(text, encoding="utf-8")
    return [(str(e["kind"]), str(e["text"])) for e in builder.examples_of(path, ANNOTATED)]


def test_a_contents_list_naming_the_headings_does_not_take_their_sections(tmp_path):
    """The contents entries repeat the headings' words; the sections start at the headings, so
    the entries stay in the scope box and the body keeps the kinds the annotator gave it."""
    assert _labelled(tmp_path, CHAPTER_WITH_CONTENTS) == [
        ("scope", "Scope"),
        ("scope", "This chapter frames every procedure in the manual."),
        ("scope", "Contents"),
        ("scope", "Where we start from"),
        ("scope", "Looking after children well"),
        ("introduction", "Where we start from"),
        ("introduction", "Our services rest on the Children Act 1989 and the Children Act 2004."),
        ("corporate_parenting", "Looking after children well"),
        (
            "corporate_parenting",
            "Every councillor is a corporate parent to the children the Council looks after.",
        ),
    ]


def test_an_opening_in_the_middle_of_a_paragraph_still_labels_from_there(tmp_path):
    """Where the annotated words start no block of this reading (a run-on heading), the passage
    is still found where the words stand, so the section is not lost from the examples."""
    text = "# Policies and Principles\n\nScope words. Introduction words run on.\n"
    path = tmp_path / "chapter.md"
    path.write_text(text, encoding="utf-8")
    starts = builder.section_starts(
        text,
        [("title", "# Policies and Principles"), ("introduction", "Introduction words")],
        {0: True, 27: True},
    )
    assert starts == [(2, "title"), (text.index("Introduction"), "introduction")]


def test_the_model_learns_the_family_blind_sets_in_number_order_never_the_holdout(
    tmp_path, monkeypatch
):
    """Every blind set of the family is learned after `learn.json`, blind2 before blind10
    (decision 0353); `holdout.json` never, nor a set annotated for another chapter."""
    chapter = {"slug": builder.FAMILY_SLUG, "title": "Policies"}
    for name, sets_chapter in [
        ("learn", chapter),
        ("holdout", chapter),
        ("blind10", chapter),
        ("blind", chapter),
        ("blind2", chapter),
        ("blind3", {"slug": "complaints-procedure", "title": "Complaints"}),
    ]:
        (tmp_path / f"{name}.json").write_text(
            json.dumps({"chapter": sets_chapter, "documents": []}),
            encoding="utf-8",
        )
    monkeypatch.setattr(builder, "DOCUMENTS", tmp_path)
    assert [path.stem for path in builder.learned_sets()] == ["learn", "blind", "blind2", "blind10"]


def test_the_family_examples_are_built_from_the_annotated_documents():
    """`examples.jsonl` is data built from annotations: it must be exactly what they give now.

    The check `scripts/build_kind_examples.py --check` makes, run in this process (decision
    0483): the documents are read by the reader the suite has already imported."""
    assert builder.SEEDS.exists(), f"no seed annotations at {builder.SEEDS}"
    difference = builder.out_of_date()
    assert difference is None, f"{builder.OUTPUT} is out of date ({difference})"


def test_the_check_names_the_first_line_that_differs(tmp_path, monkeypatch):
    """Out of date, the check says where (the file is thousands of lines); up to date, nothing."""
    committed = tmp_path / "examples.jsonl"
    committed.write_text('{"kind": "scope"}\n{"kind": "values"}\n', encoding="utf-8")
    monkeypatch.setattr(builder, "OUTPUT", committed)
    monkeypatch.setattr(builder, "build", lambda verbose=True: '{"kind": "scope"}\n')
    assert builder.out_of_date() == "2 lines committed, 1 built; they agree up to line 1"
    monkeypatch.setattr(builder, "build", lambda verbose=True: '{"kind": "scope"}\n{"kind": "x"}\n')
    assert builder.out_of_date() == (
        'line 2: committed \'{"kind": "values"}\', built \'{"kind": "x"}\''
    )
    monkeypatch.setattr(builder, "build", lambda verbose=True: committed.read_text("utf-8"))
    assert builder.out_of_date() is None


@given(st.text())
def test_a_text_is_normalised_to_its_letters_and_digits_where_they_stand(text):
    """Annotated openings are found by their letters and digits alone (decision 0587 finds them
    by set membership and one substitution, not a regular-expression match a character): the
    same letters, lower-cased, each with its offset in the lower-cased text."""
    lowered = text.lower()
    offsets = [offset for offset, char in enumerate(lowered) if re.fullmatch("[a-z0-9]", char)]
    assert builder._normalised(text) == ("".join(lowered[i] for i in offsets), offsets)
