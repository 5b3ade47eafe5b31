"""First readings of blind sets, with and without the kind model learning the other blind sets.

usage: python scripts/out_of_sample.py [--weight W] [SET ...]

The honest measure of how policydiff reads chapters it has never seen is each blind set's first
reading (decision 0353): the tree exactly as it was at the set's "… set written and annotated
before the reader was read" commit, before any rule was tuned to the set. For each such commit
(every one in `git log`, or only the SETs named) this script exports that tree twice into a
temporary folder, scores the set in the first as it was, and in the second after rebuilding the
kind model's examples with every other blind set of the tree learned as well (weight W, 1 by
default). It prints one tab-separated line per set: set, commit, sections and facts as first
read, sections and facts with the blind sets learned, then the totals. It needs `git`, the
project's virtualenv at `.venv` and `POLICYDIFF_SHARED`; each set takes about a minute. Sets
written after decision 0353 were first read by a model that already learned the blind sets, so
for them both columns measure the same thing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILDER = "scripts/build_kind_examples.py"
_LEARN_LOOP = (
    '            yield document["file"], DOCUMENTS / document["file"], _sections(document)\n'
)
_EXAMPLE_LOOP = "        for example in examples_of(path, sections):\n"
_TOTALS = re.compile(r"^(\S+): sections (\d+)/(\d+) \(\d+%\), facts (\d+)/(\d+)", re.MULTILINE)


def blind_set_commits() -> list[tuple[str, str]]:
    """(set, commit) for every blind set's "before the reader was read" commit, newest first."""
    log = subprocess.run(
        ["git", "-C", str(ROOT), "log", "--format=%H %s", "--grep=before the reader was read"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = []
    for line in log.splitlines():
        commit, subject = line.split(" ", 1)
        named = re.match(r"(blind\d*):", subject)
        if named:
            found.append((named[1], commit))
    return found


def _learning_every_blind_set(builder: str, sets: list[str], weight: float) -> str:
    """The examples builder of an older tree, changed to learn `sets` after `learn.json`.

    Trees from before decision 0353 learn no blind set; the change is made where the builder
    yields `learn.json`'s documents, so it applies to every tree since decision 0286."""
    if _LEARN_LOOP not in builder or _EXAMPLE_LOOP not in builder:
        raise SystemExit("out_of_sample: this tree's examples builder has an unknown shape")
    extra = (
        f"    for name in {sets!r}:\n"
        '        listed = json.loads((DOCUMENTS / (name + ".json")).read_text(encoding="utf-8"))\n'
        '        for document in listed["documents"]:\n'
        '            yield "EXTRA:" + document["file"], DOCUMENTS / document["file"],'
        " _sections(document)\n"
    )
    weighted = (
        '            if label.startswith("EXTRA:"):\n'
        f'                example["weight"] = float(example["weight"]) * {weight!r}\n'
    )
    builder = builder.replace(_LEARN_LOOP, _LEARN_LOOP + extra, 1)
    return builder.replace(_EXAMPLE_LOOP, _EXAMPLE_LOOP + weighted, 1)


def score(tree: Path, name: str) -> tuple[int, int, int, int]:
    env = dict(os.environ)
    scored = subprocess.run(
        [".venv/bin/python", "scripts/score_cases.py", name],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    for found in _TOTALS.finditer(scored.stdout):
        if found[1] == name:
            sections, total, facts, facts_total = (int(value) for value in found.groups()[1:])
            return sections, total, facts, facts_total
    raise SystemExit(f"out_of_sample: {name} was not scored in its tree\n{scored.stderr[-500:]}")


def export(commit: str, folder: Path) -> Path:
    tree = folder / commit[:12]
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    (tree / ".venv").symlink_to(ROOT / ".venv")
    return tree


def main() -> int:
    arguments = sys.argv[1:]
    weight = 1.0
    if arguments[:1] == ["--weight"]:
        weight = float(arguments[1])
        arguments = arguments[2:]
    if "POLICYDIFF_SHARED" not in os.environ:
        print("out_of_sample: set POLICYDIFF_SHARED to the shared folder", file=sys.stderr)
        return 2
    wanted = set(arguments)
    totals = [0, 0, 0, 0, 0, 0]
    for name, commit in blind_set_commits():
        if wanted and name not in wanted:
            continue
        with tempfile.TemporaryDirectory() as folder:
            first = score(export(commit, Path(folder)), name)
            shutil.rmtree(Path(folder) / commit[:12])
            tree = export(commit, Path(folder))
            documents = tree / "tests" / "cases" / "documents"
            others = sorted(p.stem for p in documents.glob("blind*.json") if p.stem != name)
            builder = tree / BUILDER
            builder.write_text(
                _learning_every_blind_set(builder.read_text(encoding="utf-8"), others, weight),
                encoding="utf-8",
            )
            subprocess.run([".venv/bin/python", BUILDER], cwd=tree, capture_output=True, check=True)
            learned = score(tree, name)
        for index, value in enumerate((first[0], first[2], learned[0], learned[2], first[1])):
            totals[index] += value
        totals[5] += first[3]
        print(
            name,
            commit[:8],
            f"{first[0]}/{first[1]}",
            f"{first[2]}/{first[3]}",
            f"{learned[0]}/{learned[1]}",
            f"{learned[2]}/{learned[3]}",
            sep="\t",
            flush=True,
        )
    sections, facts, learned_sections, learned_facts, section_total, fact_total = totals
    print(
        f"first readings: sections {sections}/{section_total}, facts {facts}/{fact_total}; "
        f"with the blind sets learned: sections {learned_sections}/{section_total}, "
        f"facts {learned_facts}/{fact_total}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
