"""Build the labelled passages a family's kind model learns from (its `examples.jsonl`).

usage: python scripts/build_kind_examples.py [--check]

The passages come from documents a careful reader annotated (each section's kind and opening
words): the corpus's real chapters annotated in `../shared/expected/seeds.json`, the golden
section cases in `tests/cases/sections/`, the documents of `tests/cases/documents/learn.json`,
and those of every blind set of this family (`blindNNN.json` whose `chapter` is the family's, in
the order of their numbers; decision 0353). A blind set is read once before the model learns from
it: its round records that first reading (the out-of-sample figure, what unseen councils get),
then rebuilds the examples. The held-out documents (`holdout.json`) are never read, so scoring
them measures how the model does on text it never saw. Each document is read as `policydiff
parse` reads it; each block (heading, paragraph, list item) is labelled with the kind of the
annotated section holding it.

`--check` exits 1 when the committed file differs from what the sources give (CI runs it).
Without the seeds' annotations (`POLICYDIFF_SHARED` unset outside a checkout beside `shared/`)
it exits 2 rather than write or check a file that silently leaves the seeds out.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ingest import read_source  # noqa: E402
from app.sections import split_sections  # noqa: E402

FAMILY_DIR = ROOT / "app" / "families" / "childrens_policies"
FAMILY_SLUG = "childrens-services-policies-values-and-principles"
"""The `chapter` slug of the case sets this family's model learns from (the family's own slug)."""
OUTPUT = FAMILY_DIR / "examples.jsonl"
SHARED = Path(os.environ.get("POLICYDIFF_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "expected" / "seeds.json"
SECTION_CASES = ROOT / "tests" / "cases" / "sections"
DOCUMENTS = ROOT / "tests" / "cases" / "documents"
UNLEARNED_KINDS = frozenset({"title", "end_matter"})
"""Kinds decided by position and cues alone: the title line, and trailing end matter."""
HEADING_WEIGHT = 2.0
BLOCK_WEIGHT = 1.0
BLIND_SET_WEIGHT = 1.0
"""How much a blind set's passage counts against one of `learn.json`'s (decision 0353)."""
_KEPT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_DROPPED = re.compile(r"[^a-z0-9]+")


def annotated_documents() -> Iterator[tuple[str, Path, list[tuple[str, str]]]]:
    """(label, path, [(kind, starts_with)…]) for every annotated document the model may learn."""
    if SEEDS.exists():  # main() refuses to build without them; tests may call this directly
        seeds = json.loads(SEEDS.read_text(encoding="utf-8"))
        seed_dir = SEEDS.parent.parent / "seeds"
        for document in seeds["documents"]:
            yield document["file"], seed_dir / document["file"], _sections(document)
    for case in sorted(SECTION_CASES.glob("*.json")):
        expected = json.loads(case.read_text(encoding="utf-8"))
        path = next(p for p in case.parent.glob(case.stem + ".*") if p.suffix != ".json")
        yield case.stem, path, _sections(expected)
    for case_set in learned_sets():
        prefix = "" if case_set.stem == "learn" else case_set.stem + "/"
        for document in json.loads(case_set.read_text(encoding="utf-8"))["documents"]:
            yield prefix + document["file"], DOCUMENTS / document["file"], _sections(document)


def learned_sets() -> list[Path]:
    """`learn.json`, then every blind set of this family in the order of its number.

    A blind set is learned once its first reading is recorded (its author rebuilds the examples
    in the round that adds it), so the model reads each new, unseen set before it learns from it.
    A set annotated for another chapter is left out: its kinds are not this family's."""
    blind = [path for path in DOCUMENTS.glob("blind*.json") if _chapter_slug(path) == FAMILY_SLUG]
    blind.sort(key=lambda path: int(path.stem.removeprefix("blind") or "1"))
    learn = DOCUMENTS / "learn.json"
    return ([learn] if learn.exists() else []) + blind


def _chapter_slug(case_set: Path) -> object:
    chapter = json.loads(case_set.read_text(encoding="utf-8")).get("chapter")
    return chapter.get("slug") if isinstance(chapter, dict) else None


def _sections(document: dict[str, object]) -> list[tuple[str, str]]:
    sections = document["sections"]
    assert isinstance(sections, list)
    return [(str(item["kind"]), str(item["starts_with"])) for item in sections]


def _normalised(text: str) -> tuple[str, list[int]]:
    """`text` as letters and digits only, lower-cased, with each kept character's offset."""
    lowered = text.lower()
    offsets = [offset for offset, char in enumerate(lowered) if char in _KEPT]
    return _DROPPED.sub("", lowered), offsets


def section_starts(
    text: str, sections: list[tuple[str, str]], block_starts: dict[int, bool] | None = None
) -> list[tuple[int, str]]:
    """Each annotated section's start offset in `text`, in order (one not found is left out).

    `block_starts` maps the offsets where blocks start to whether a section may start there (a
    heading or paragraph, not a list item). Annotated openings are searched there first: a
    contents list repeats the headings' words ("1. Setting the scene") as list items, and
    matching its entries would label the whole chapter body with the last entry's kind. Where no
    such block opens with the words, a block of any type, then any offset, is taken."""
    normal, offsets = _normalised(text)
    opening_at = _block_openings(offsets, block_starts or {})
    found: list[tuple[int, str]] = []
    position = 0
    for kind, starts_with in sections:
        want, _ = _normalised(starts_with)
        want = want[:40]
        at = -1
        if want:
            at = _find_opening(normal, want, position, opening_at, section_block=True)
            if at < 0:
                at = _find_opening(normal, want, position, opening_at, section_block=False)
            if at < 0:
                at = normal.find(want, position)
        if at < 0:
            print(f"  not found: {kind} {starts_with[:50]!r}", file=sys.stderr)
            continue
        found.append((offsets[at], kind))
        position = at + 1
    return found


def _block_openings(offsets: list[int], block_starts: dict[int, bool]) -> dict[int, bool]:
    """Normalised index of each block's first letter or digit → whether a section may start
    there."""
    openings: dict[int, bool] = {}
    for start, may_open in sorted(block_starts.items()):
        index = bisect.bisect_left(offsets, start)
        if index < len(offsets):
            openings[index] = openings.get(index, False) or may_open
    return openings


def _find_opening(
    normal: str, want: str, position: int, opening_at: dict[int, bool], *, section_block: bool
) -> int:
    at = normal.find(want, position)
    while at >= 0:
        if at in opening_at and (opening_at[at] or not section_block):
            return at
        at = normal.find(want, at + 1)
    return -1


def examples_of(path: Path, sections: list[tuple[str, str]]) -> Iterator[dict[str, object]]:
    source = read_source(path.read_bytes(), path.name)
    outline = split_sections(source.text, (), syntax=source.text_syntax)
    block_starts: dict[int, bool] = {}
    for block in outline.blocks():
        block_starts[block.start] = block_starts.get(block.start, False) or (
            block.type != "list_item"
        )
    starts = section_starts(source.text, sections, block_starts)
    if not starts:
        return
    for block in outline.blocks():
        kinds = [kind for start, kind in starts if start <= block.content_start]
        content = " ".join(block.content.split())
        if not kinds or kinds[-1] in UNLEARNED_KINDS or len(content) < 3:
            continue
        weight = HEADING_WEIGHT if block.type == "heading" else BLOCK_WEIGHT
        yield {"kind": kinds[-1], "text": content, "weight": weight}


def build(*, verbose: bool = True) -> str:
    lines = []
    for label, path, sections in annotated_documents():
        count = 0
        for example in examples_of(path, sections):
            if label.startswith("blind"):
                example["weight"] = float(str(example["weight"])) * BLIND_SET_WEIGHT
            lines.append(json.dumps(example, ensure_ascii=False, sort_keys=True))
            count += 1
        if verbose:
            print(f"{label}: {count} passages", file=sys.stderr)
    return "".join(line + "\n" for line in lines)


def out_of_date() -> str | None:
    """Where the committed file first differs from what the sources give now, or None.

    What `--check` runs; the test suite calls it in its own process, where the reader is already
    imported, rather than starting a second interpreter to run the script."""
    built = build(verbose=False)
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if current == built:
        return None
    committed_lines, built_lines = current.splitlines(), built.splitlines()
    for number, (committed, rebuilt) in enumerate(
        zip(committed_lines, built_lines, strict=False), start=1
    ):
        if committed != rebuilt:
            return f"line {number}: committed {committed[:80]!r}, built {rebuilt[:80]!r}"
    if len(committed_lines) == len(built_lines):
        return "the same lines, other line ends"
    shorter = min(len(committed_lines), len(built_lines))
    return (
        f"{len(committed_lines)} lines committed, {len(built_lines)} built; "
        f"they agree up to line {shorter}"
    )


def main() -> int:
    if not SEEDS.exists():
        print(
            f"build_kind_examples: no seed annotations at {SEEDS}; "
            "set POLICYDIFF_SHARED to the shared folder (the examples would leave the seeds out)",
            file=sys.stderr,
        )
        return 2
    if "--check" in sys.argv[1:]:
        difference = out_of_date()
        if difference is not None:
            print(
                f"{OUTPUT} is out of date ({difference}): run python scripts/build_kind_examples.py"
            )
            return 1
        return 0
    built = build()
    OUTPUT.write_text(built, encoding="utf-8")
    print(f"wrote {OUTPUT} ({built.count(chr(10))} passages)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
