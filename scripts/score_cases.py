"""Score the reading of annotated case sets in this process, as `eval_parse.py` scores them.

usage: python scripts/score_cases.py SET... [-v]

A SET is the name of an annotation file `tests/cases/documents/SET.json` (learn, holdout,
blind, blind2, ...), or `seeds` (the shared seeds and their expected reading) or `complaints`
(the complaints family's corpus). `../shared/tools/eval_parse.py` (or `$POLICYDIFF_SHARED/tools`)
starts `policydiff parse FILE --json` once per document, which imports the whole application
each time; this script reads each document through the same function as that command
(`app.cli.parse.analyze_file`, then the same JSON) and scores it with eval_parse's own
functions, so the figures are the same and a set of forty documents takes seconds, not minutes.
Prints a line per set in eval_parse's totals format; `-v` adds what each document missed.

Conflicts are scored besides, on a line of their own, so that the totals line stays eval_parse's:
SPEC has a document that states two values for one fact report both, the fact flagged as
conflicting (`conflict`, and the other values as `alternatives`). An annotation lists those
other values under `conflicts` ({fact: [value, ...]}), which eval_parse does not read. Each
annotated value counts as found when the reading reports an alternative equal to it (compared
on the essential value, by eval_parse's `fact_value` and `expected_value`); an alternative the
reading reports that no annotation lists is counted as unannotated (a false conflict, or one the
annotator did not list). The line `SET conflicts: found F/N (P%), unannotated U` is printed for a
set that annotates conflicts or whose readings report any.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("POLICYDIFF_SHARED", ROOT.parent / "shared"))
CASES = ROOT / "tests" / "cases"
USAGE = "usage: python scripts/score_cases.py SET... [-v]  (SET: seeds, complaints, learn, ...)"

from app.cli.parse import analyze_file  # noqa: E402
from app.schemas import ParsedVersionRead  # noqa: E402


@dataclass(frozen=True)
class CaseSet:
    expected: Path
    documents: Path


@dataclass
class Score:
    sections_found: int = 0
    sections: int = 0
    facts_right: int = 0
    facts: int = 0

    conflicts_found: int = 0
    conflicts: int = 0
    unannotated_conflicts: int = 0

    def line(self) -> str:
        """The totals as eval_parse prints them."""
        section_rate = self.sections_found / self.sections if self.sections else 0
        fact_rate = self.facts_right / self.facts if self.facts else 0
        return (
            f"sections {self.sections_found}/{self.sections} ({section_rate:.0%}), "
            f"facts {self.facts_right}/{self.facts} ({fact_rate:.0%})"
        )

    def conflicts_line(self) -> str | None:
        """The conflicts figures, or None where the set annotates none and none was read."""
        if not self.conflicts and not self.unannotated_conflicts:
            return None
        rate = self.conflicts_found / self.conflicts if self.conflicts else 0
        return (
            f"conflicts: found {self.conflicts_found}/{self.conflicts} ({rate:.0%}), "
            f"unannotated {self.unannotated_conflicts}"
        )


@dataclass(frozen=True)
class ConflictScore:
    """One document's conflicts: annotated values found and missed, and alternatives read that
    no annotation lists (each as "fact=value")."""

    found: int
    missing: list[str]
    unannotated: list[str]


def conflicts_scored(
    eval_parse: ModuleType, annotated: dict[str, list[Any]], facts: dict[str, Any]
) -> ConflictScore:
    """The reading's alternatives (`facts[key]["alternatives"]`) against the annotated ones,
    each value compared on its essential value as eval_parse compares a fact's value."""
    found, missing, unannotated = 0, [], []
    keys = list(annotated) + [key for key in facts if key not in annotated]
    for key in keys:
        fact = facts.get(key)
        alternatives = (fact.get("alternatives") or []) if isinstance(fact, dict) else []
        read = [eval_parse.fact_value({key: other.get("value")}, key) for other in alternatives]
        for want in annotated.get(key, []):
            wanted = eval_parse.expected_value(key, want)
            if wanted in read:
                read.remove(wanted)
                found += 1
            else:
                missing.append(f"{key}={wanted!r}")
        unannotated += [f"{key}={value!r}" for value in read]
    return ConflictScore(found, missing, unannotated)


def case_set(name: str) -> CaseSet:
    """Where the set called `name` is; SystemExit with a one-line error if there is none."""
    if name == "seeds":
        return CaseSet(SHARED / "expected" / "seeds.json", SHARED / "seeds")
    if name == "complaints":
        return CaseSet(CASES / "complaints" / "expected.json", ROOT / "corpus" / "complaints")
    expected = CASES / "documents" / f"{name}.json"
    if not expected.is_file():
        known = sorted(path.stem for path in (CASES / "documents").glob("*.json"))
        raise SystemExit(
            f"score_cases: no case set {name!r}; name one of seeds, complaints, " + ", ".join(known)
        )
    return CaseSet(expected, CASES / "documents")


def load_eval_parse() -> ModuleType:
    """The shared scorer's module, whose rules this script applies."""
    path = SHARED / "tools" / "eval_parse.py"
    spec = importlib.util.spec_from_file_location("eval_parse", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(
            f"score_cases: no {path}; set POLICYDIFF_SHARED to the shared folder that has "
            "tools/eval_parse.py"
        )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parsed(path: Path) -> dict[str, Any]:
    """What `policydiff parse PATH --json` prints, as eval_parse reads it."""
    read: dict[str, Any] = json.loads(
        ParsedVersionRead.from_analyzed(analyze_file(path)).model_dump_json()
    )
    return read


def score(cases: CaseSet, eval_parse: ModuleType, verbose: bool) -> Score:
    """Each document of `cases` read and scored by eval_parse's rules (a document that fails
    to read scores zero, as there)."""
    total = Score()
    for document in json.loads(cases.expected.read_text("utf-8"))["documents"]:
        expected_sections = document["sections"]
        expected_facts: dict[str, Any] = document["facts"]
        total.sections += len(expected_sections)
        try:
            got = parsed(cases.documents / document["file"])
        except Exception as error:  # a crash scores zero for the document, as in eval_parse
            print(f"  {document['file']}: parse failed: {error}")
            total.facts += len(expected_facts)
            total.conflicts += sum(len(values) for values in document.get("conflicts", {}).values())
            continue
        found, missing = eval_parse.sections_found(expected_sections, got.get("sections", []))
        facts = got.get("facts", {}) or {}
        wrong = []
        for key, want in expected_facts.items():
            value, wanted = eval_parse.fact_value(facts, key), eval_parse.expected_value(key, want)
            if value != wanted:
                wrong.append(f"{key}={value!r} want {wanted!r}")
        sections_json = json.dumps(got.get("sections", []))
        leaked = [text for text in document.get("must_not_contain", []) if text in sections_json]
        if leaked:
            wrong.append(f"boilerplate kept: {leaked}")
        checked = len(expected_facts) + (1 if "must_not_contain" in document else 0)
        total.sections_found += int(found)
        total.facts += checked
        total.facts_right += checked - len(wrong)
        if verbose and (missing or wrong):
            print(f"  {document['file']}: missing {missing}; wrong {wrong}")
        annotated: dict[str, list[Any]] = document.get("conflicts", {})
        conflicts = conflicts_scored(eval_parse, annotated, facts)
        total.conflicts += sum(len(values) for values in annotated.values())
        total.conflicts_found += conflicts.found
        total.unannotated_conflicts += len(conflicts.unannotated)
        if verbose and (conflicts.missing or conflicts.unannotated):
            print(
                f"  {document['file']}: conflicts missing {conflicts.missing}; "
                f"unannotated {conflicts.unannotated}"
            )
    return total


def main(arguments: list[str]) -> None:
    verbose = "-v" in arguments
    names = [argument for argument in arguments if argument != "-v"]
    if not names:
        raise SystemExit(USAGE)
    sets = {name: case_set(name) for name in names}
    eval_parse = load_eval_parse()
    for name, cases in sets.items():
        scored = score(cases, eval_parse, verbose)
        print(f"{name}: {scored.line()}", flush=True)
        conflicts = scored.conflicts_line()
        if conflicts is not None:
            print(f"{name} {conflicts}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
