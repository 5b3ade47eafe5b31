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

    def line(self) -> str:
        """The totals as eval_parse prints them."""
        section_rate = self.sections_found / self.sections if self.sections else 0
        fact_rate = self.facts_right / self.facts if self.facts else 0
        return (
            f"sections {self.sections_found}/{self.sections} ({section_rate:.0%}), "
            f"facts {self.facts_right}/{self.facts} ({fact_rate:.0%})"
        )


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
    return total


def main(arguments: list[str]) -> None:
    verbose = "-v" in arguments
    names = [argument for argument in arguments if argument != "-v"]
    if not names:
        raise SystemExit(USAGE)
    sets = {name: case_set(name) for name in names}
    eval_parse = load_eval_parse()
    for name, cases in sets.items():
        print(f"{name}: {score(cases, eval_parse, verbose).line()}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
