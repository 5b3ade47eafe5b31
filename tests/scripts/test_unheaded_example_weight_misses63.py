"""A paragraph whose section no heading opens counts more in the kind model's training
(decision 0469): in a chapter nobody here has seen, its words are all a reader has to go on."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location(
    "build_kind_examples", ROOT / "scripts" / "build_kind_examples.py"
)
assert _SPEC is not None and _SPEC.loader is not None
builder = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(builder)

HALF_HEADED_CHAPTER = """# How We Work With Children

We hope every child in the district grows up feeling safe, wanted and listened to.

Councillors ask the young people in care what they think of the homes they live in.

## Sharing what we know

Workers tell a child's school about a worry when keeping quiet would leave the child at risk.
"""

SECTIONS = [
    ("title", "# How We Work With Children"),
    ("vision", "We hope every child"),
    ("corporate_parenting", "Councillors ask"),
    ("information_sharing", "## Sharing what we know"),
]


def test_paragraphs_under_no_heading_weigh_more_than_those_under_one(tmp_path: Path) -> None:
    path = tmp_path / "chapter.md"
    path.write_text(HALF_HEADED_CHAPTER, encoding="utf-8")
    weights = {
        (str(example["kind"]), str(example["text"])[:12]): float(str(example["weight"]))
        for example in builder.examples_of(path, SECTIONS)
    }
    unheaded = builder.BLOCK_WEIGHT * builder.UNHEADED_WEIGHT
    assert builder.UNHEADED_WEIGHT > 1
    assert weights == {
        ("vision", "We hope ever"): unheaded,
        ("corporate_parenting", "Councillors "): unheaded,
        ("information_sharing", "Sharing what"): builder.HEADING_WEIGHT,
        ("information_sharing", "Workers tell"): builder.BLOCK_WEIGHT,
    }
