"""List the documents whose sections move when the family's kind examples are rebuilt.

usage: python scripts/examples_drift.py [--before REV | --examples FILE] [--all] [DIR ...]

Every round rebuilds `examples.jsonl`, and a rebuild retrains the kind model every chapter of
the family is read with, so documents no round touched can gain or lose a section (decisions
0574, 0581). The score never counts an extra section, and the reading hashes mix these moves
with the ones the round's code made, so this script isolates them: it reads every document
(default folders as `bench/reading_hashes.py`) with today's code twice, once with the family's
model as the tree trains it and once with a model trained on the examples file as it was at REV
(default `main`; `--examples FILE` names the file itself), and prints, for each document whose
sections differ, the sections only the earlier model made (`-`) and those only today's makes
(`+`), each as kind, heading and opening words. A section whose opening an annotation lists is
marked `[annotated]`; the others are what the score cannot see. Exit status 1 when any document
moved. The lead runs it after merging a round's rebuilt examples (`--before` the commit before
the merge).

Only documents read in the family are read twice. `--all` prints every moved section; without
it a section whose kind alone moved is printed once as `kind: old -> new`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from reading_hashes import documents  # noqa: E402  (the same documents the reading hashes read)

from app.families.childrens_policies import EXAMPLE_FILES  # noqa: E402
from app.families.kind_data import read_kind_examples, read_kinds  # noqa: E402
from app.families.registry import get_family  # noqa: E402
from app.sections import LazyKindModel  # noqa: E402

FAMILY_DIR = ROOT / "app" / "families" / "childrens_policies"
FAMILY_SLUG = "childrens-services-policies-values-and-principles"
DOCUMENTS = ROOT / "tests" / "cases" / "documents"
SHARED = Path(os.environ.get("POLICYDIFF_SHARED", ROOT.parent / "shared"))
DEFAULT_DIRS = [DOCUMENTS, ROOT / "corpus", SHARED / "seeds"]
OPENING = 60
"""How many characters of a section's text identify it in the listing."""
_LETTERS = re.compile(r"[^a-z0-9]+")

Section = tuple[str, str, str]
"""(kind, heading, opening words) of one section as `policydiff parse --json` prints it."""


def _letters(text: str) -> str:
    return _LETTERS.sub("", text.lower())


def annotated_openings() -> dict[str, list[str]]:
    """{file name: the normalised opening words of each annotated section} over every case set
    and the seeds, so a moved section can be told from one the score counts."""
    openings: dict[str, list[str]] = {}
    sources = sorted(DOCUMENTS.glob("*.json"))
    seeds = SHARED / "expected" / "seeds.json"
    if seeds.exists():
        sources.append(seeds)
    for source in sources:
        try:
            listed = json.loads(source.read_text(encoding="utf-8")).get("documents", [])
        except (ValueError, AttributeError):
            continue
        for document in listed if isinstance(listed, list) else []:
            if isinstance(document, dict) and isinstance(document.get("sections"), list):
                openings.setdefault(str(document.get("file")), []).extend(
                    _letters(str(section.get("starts_with", "")))
                    for section in document["sections"]
                )
    return openings


def _opens(opening: str, start: str) -> bool:
    """Whether a section opening with `opening` (normalised, cut short) is the annotated one
    starting `start` (normalised)."""
    return bool(start) and (opening.startswith(start) or start.startswith(opening))


def sections_of(path: Path) -> tuple[str, list[Section]]:
    """(family slug, sections) of `path` as `policydiff parse --json` prints them; a document
    the command refuses reads as no family and no sections."""
    from app.cli.parse import analyze_file
    from app.errors import InvalidSource
    from app.schemas import ParsedVersionRead

    try:
        analyzed = analyze_file(path)
    except InvalidSource:
        return "", []
    printed = json.loads(ParsedVersionRead.from_analyzed(analyzed).model_dump_json())
    return str(printed.get("family") or ""), [
        (
            str(item["kind"]),
            str(item.get("heading") or ""),
            " ".join(str(item["text"]).split())[:OPENING],
        )
        for item in printed["sections"]
    ]


def model_from(files: list[Path]) -> LazyKindModel:
    kinds_file = FAMILY_DIR / "kinds.toml"
    return LazyKindModel(read_kind_examples(kinds_file, read_kinds(kinds_file), files), cache=True)


def earlier_examples(revision: str, folder: Path) -> list[Path]:
    """The family's example files as they were at `revision`, written into `folder`."""
    files = []
    for name in EXAMPLE_FILES:
        shown = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{revision}:{FAMILY_DIR.relative_to(ROOT)}/{name}"],
            check=True,
            capture_output=True,
        ).stdout
        (folder / name).write_bytes(shown)
        files.append(folder / name)
    return files


def moves(before: list[Section], after: list[Section], every: bool) -> list[tuple[str, ...]]:
    """(sign, kind, heading, opening) for each way `after` differs from `before` (none when
    they are equal): `-` a section only `before` has, `+` one only `after` has, `~` one whose
    kind alone moved (printed as - and + when `every`)."""
    lines: list[tuple[str, ...]] = []
    later = {(heading, opening): kind for kind, heading, opening in after}
    earlier = {(heading, opening): kind for kind, heading, opening in before}
    for kind, heading, opening in before:
        new_kind = later.get((heading, opening))
        if new_kind is None:
            lines.append(("-", kind, heading, opening))
        elif new_kind != kind and not every:
            lines.append(("~", f"{kind} -> {new_kind}", heading, opening))
        elif new_kind != kind:
            lines.append(("-", kind, heading, opening))
    for kind, heading, opening in after:
        old_kind = earlier.get((heading, opening))
        if old_kind is None or (old_kind != kind and every):
            lines.append(("+", kind, heading, opening))
    return lines


def _key(path: Path) -> str:
    resolved = path.resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--before", default="main", help="revision of the earlier examples")
    parser.add_argument("--examples", type=Path, help="the earlier examples.jsonl itself")
    parser.add_argument("--all", action="store_true", help="print kind moves as - and + too")
    args = parser.parse_args(arguments)
    family = get_family(FAMILY_SLUG)
    openings = annotated_openings()
    paths = documents(args.folders or DEFAULT_DIRS)
    today = {path: sections_of(path) for path in paths}
    ours = [path for path, (slug, _) in today.items() if slug == FAMILY_SLUG]
    with tempfile.TemporaryDirectory() as folder:
        files = earlier_examples(args.before, Path(folder))
        if args.examples is not None:
            files[0] = args.examples
        kept = family.kind_model
        object.__setattr__(family, "kind_model", model_from(files))
        try:
            earlier = {path: sections_of(path)[1] for path in ours}
        finally:
            object.__setattr__(family, "kind_model", kept)
    moved = 0
    for path in ours:
        lines = moves(earlier[path], today[path][1], args.all)
        if not lines:
            continue
        moved += 1
        annotated = openings.get(path.name, [])
        print(_key(path))
        for sign, kind, heading, opening in lines:
            seen = any(_opens(_letters(opening), start) for start in annotated)
            mark = "  [annotated]" if seen else ""
            print(f"  {sign} {kind}: {heading!r} {opening!r}{mark}")
    print(f"{len(paths)} documents, {len(ours)} read in the family, {moved} moved")
    return 1 if moved else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
