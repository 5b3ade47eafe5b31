"""Print each annotated condition of a later support age beside the one the reading gives.

usage: python scripts/compare_conditions.py [SET...] [--all] [--jobs N]

eval_parse scores the ages of `leaving_care_support_age` but not the wording of an extension's
`condition`, which users read in the UI, the API and diffs. This reads every annotated case
document that annotates a condition (of the named sets, or all of `tests/cases/documents`) the
way `policydiff parse` does (`scripts/score_cases.py`'s `parsed`) and sorts each annotated
extension as exact (the same words, case and spacing aside), near (one holds the other, or the
words mostly agree), wrong, or missing (no extension read at that age). Prints every one but the
exact ones (all with `--all`) and the counts.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
DOCUMENTS = ROOT / "tests" / "cases" / "documents"
FACT = "leaving_care_support_age"


def normal(text: str) -> str:
    """Words compared without case, spacing or edge punctuation."""
    return re.sub(r"\s+", " ", text).strip(" .,;:").lower()


def canonical(condition: str) -> str:
    """The annotated words in the form the reader gives a condition: its lead ("if they are",
    "where", "for those") dropped, "full time" hyphened, as `_condition` does to the words read."""
    from app.families.childrens_policies.extractors import _condition

    return _condition(condition)


def verdict(want: str, got: str | None) -> str:
    """exact, near, wrong or missing, against the annotation's canonical form."""
    if got is None:
        return "missing"
    want, got = normal(canonical(want)), normal(got)
    if want == got:
        return "exact"
    ratio = difflib.SequenceMatcher(None, want.split(), got.split()).ratio()
    return "near" if want in got or got in want or ratio >= 0.6 else "wrong"


def read_extensions(path: str) -> list[dict[str, Any]] | str:
    """The extensions the reading of `path` gives, or why it failed."""
    from score_cases import parsed

    try:
        facts = parsed(Path(path)).get("facts") or {}
    except Exception as error:
        return f"parse failed: {error}"
    fact = facts.get(FACT) or {}
    value = fact.get("value") if isinstance(fact, dict) and "value" in fact else fact
    return list((value or {}).get("extended") or []) if isinstance(value, dict) else []


def main(arguments: list[str]) -> None:
    show_all = "--all" in arguments
    jobs = 2
    if "--jobs" in arguments:
        jobs = int(arguments[arguments.index("--jobs") + 1])
    names = [a for a in arguments if not a.startswith("--") and not a.isdigit()]
    files = [DOCUMENTS / f"{name}.json" for name in names] or sorted(DOCUMENTS.glob("*.json"))
    cases = []
    for annotation in files:
        for document in json.loads(annotation.read_text("utf-8")).get("documents", []):
            want = (document.get("facts") or {}).get(FACT)
            if isinstance(want, dict) and any("condition" in e for e in want.get("extended", [])):
                cases.append((annotation.stem, document["file"], want["extended"]))
    with ProcessPoolExecutor(jobs) as pool:
        readings = list(pool.map(read_extensions, [str(DOCUMENTS / c[1]) for c in cases]))
    counts: dict[str, int] = {"exact": 0, "near": 0, "wrong": 0, "missing": 0}
    for (set_name, file, wanted), got in zip(cases, readings, strict=True):
        for extension in wanted:
            if "condition" not in extension:
                continue
            if isinstance(got, str):
                read: str | None = None
            else:
                same_age = [e for e in got if e.get("age") == extension["age"]]
                read = same_age[0].get("condition") if same_age else None
                conditions = [e.get("condition") for e in same_age]
                if conditions:
                    read = max(
                        conditions,
                        key=lambda c: difflib.SequenceMatcher(
                            None, normal(canonical(extension["condition"])), normal(c or "")
                        ).ratio(),
                    )
            kind = verdict(extension["condition"], read)
            counts[kind] += 1
            if kind != "exact" or show_all:
                print(f"{kind:7} {set_name}/{file} age {extension['age']}")
                words = extension["condition"]
                print(f"        want: {words!r} → {canonical(words)!r}")
                print(f"        read: {read!r}")
    total = sum(counts.values())
    print(
        f"conditions {total}: exact {counts['exact']}, near {counts['near']}, "
        f"wrong {counts['wrong']}, missing {counts['missing']}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
