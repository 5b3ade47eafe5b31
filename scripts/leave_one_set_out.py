"""Score blind sets on today's tree with a kind model that has not learned the set scored.

usage: python scripts/leave_one_set_out.py [-v] [--examples FILE] [--constant M.NAME=V]... [SET ...]

Since decision 0353 the kind model learns every blind set of the family, so `score_cases.py`
reads each blind set with a model that learned its own annotation: an in-sample figure.
`scripts/out_of_sample.py` gives the honest one (each set's first reading, in the tree of its
"before the reader was read" commit), but it measures old trees, so it cannot say how a change
made today reads unseen chapters. This script does: for each SET (default: every family blind
set from blind170 on) it trains the model on today's examples with that set's passages left out
(the order of the others kept, as the builder writes them), puts it in the family and scores the
set in this process. The rules of today's tree were tuned to many of these sets, so the figure
is out of sample for the model only; it is the measure to compare a change of the segmenter's
constants against (decision 0370).

The labelled passages are made as `scripts/build_kind_examples.py` makes them (reading ~1,300
documents, about a minute); `--examples FILE` keeps them in FILE for the next run (delete it
when the reading code or an annotation changes). Each left-out model trains in ~5 s and is kept
in the kind-model cache (`XDG_CACHE_HOME`, ~8 MB each), so a second run only scores. Prints one
tab-separated line per set (set, sections, facts) and the totals; `-v` adds the misses.

`--constant app.sections.segment.BOUNDARY_COST=1.4` (repeatable) sets a module's constant for
this run before anything is read, so candidate values of the segmenter's constants can be
compared without editing the tree (the segmenter's cached lattices are cleared). `--in-sample`
scores the SETs with the family's own model (every set learned, as `score_cases.py` does), for
the same candidates' cost on the tuned sets.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.families.childrens_policies import EXAMPLE_FILES  # noqa: E402
from app.families.kind_data import read_kind_examples, read_kinds  # noqa: E402
from app.families.registry import get_family  # noqa: E402
from app.sections import LazyKindModel  # noqa: E402

FIRST_SET = 170
FAMILY_DIR = ROOT / "app" / "families" / "childrens_policies"


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def labelled_passages(builder: ModuleType) -> list[tuple[str, str]]:
    """(set, JSON line) for every passage the builder writes, in its order; set is "" for
    passages not from a blind set."""
    passages = []
    for label, path, sections in builder.annotated_documents():
        owner = label.split("/", 1)[0] if label.startswith("blind") and "/" in label else ""
        for example in builder.examples_of(path, sections):
            if owner:
                example["weight"] = float(str(example["weight"])) * builder.BLIND_SET_WEIGHT
            passages.append((owner, json.dumps(example, ensure_ascii=False, sort_keys=True)))
    return passages


def model_without(passages: list[tuple[str, str]], left_out: str, folder: Path) -> LazyKindModel:
    """The family's model as the builder's examples would train it without `left_out`'s."""
    examples = folder / f"examples-{left_out}.jsonl"
    examples.write_text(
        "".join(line + "\n" for owner, line in passages if owner != left_out), encoding="utf-8"
    )
    files = [examples, *(FAMILY_DIR / name for name in EXAMPLE_FILES[1:])]
    kinds_file = FAMILY_DIR / "kinds.toml"
    return LazyKindModel(read_kind_examples(kinds_file, read_kinds(kinds_file), files), cache=True)


def default_sets(builder: ModuleType) -> list[str]:
    return [
        path.stem
        for path in builder.learned_sets()
        if path.stem.startswith("blind")
        and int(path.stem.removeprefix("blind") or "1") >= FIRST_SET
    ]


def set_constant(assignment: str) -> None:
    """`module.NAME=VALUE`: the module's constant NAME set to VALUE (a number)."""
    target, value = assignment.split("=", 1)
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    if not hasattr(module, name):
        raise SystemExit(f"leave_one_set_out: {module_name} has no constant {name}")
    setattr(module, name, type(getattr(module, name))(value))
    segment = importlib.import_module("app.sections.segment")
    segment._shared_lattice.cache_clear()


def main(arguments: list[str]) -> int:
    verbose = "-v" in arguments
    in_sample = "--in-sample" in arguments
    arguments = [argument for argument in arguments if argument not in ("-v", "--in-sample")]
    kept: Path | None = None
    while arguments[:1] in (["--examples"], ["--constant"]):
        if arguments[0] == "--examples":
            kept = Path(arguments[1])
        else:
            set_constant(arguments[1])
        arguments = arguments[2:]
    if "POLICYDIFF_SHARED" not in os.environ:
        print("leave_one_set_out: set POLICYDIFF_SHARED to the shared folder", file=sys.stderr)
        return 2
    builder = _script("build_kind_examples")
    scorer = _script("score_cases")
    if in_sample:
        passages = []
    elif kept is not None and kept.exists():
        passages = [tuple(row) for row in json.loads(kept.read_text(encoding="utf-8"))]
    else:
        passages = labelled_passages(builder)
        if kept is not None:
            kept.write_text(json.dumps(passages, ensure_ascii=False), encoding="utf-8")
    sets = arguments or default_sets(builder)
    family = get_family(builder.FAMILY_SLUG)
    eval_parse = scorer.load_eval_parse()
    totals = [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as folder:
        for name in sets:
            if not in_sample:
                model = model_without(passages, name, Path(folder))
                object.__setattr__(family, "kind_model", model)
            scored = scorer.score(scorer.case_set(name), eval_parse, verbose)
            figures = (scored.sections_found, scored.sections, scored.facts_right, scored.facts)
            totals = [total + value for total, value in zip(totals, figures, strict=True)]
            print(
                name,
                f"{scored.sections_found}/{scored.sections}",
                f"{scored.facts_right}/{scored.facts}",
                sep="\t",
                flush=True,
            )
    how = "read with the family's model" if in_sample else "left out one at a time"
    print(
        f"{len(sets)} sets {how}: sections {totals[0]}/{totals[1]}, facts {totals[2]}/{totals[3]}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
