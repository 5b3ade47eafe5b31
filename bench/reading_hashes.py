"""Hash what `policydiff parse --json` prints for every document, to show a speed change reads
nothing differently.

    python bench/reading_hashes.py [--output FILE] [--compare FILE] [--without-confidence] [DIR ...]

Default folders: tests/cases/documents, corpus/ and /work/shared/seeds (when present). Each
file's JSON (app.cli.parse.analyze_file, then ParsedVersionRead as the command prints it) is
hashed with SHA-256; --output writes {path: hash}, --compare reads an earlier run and lists
every document whose reading differs. Paths inside the repository are kept relative to it, so
runs from two checkouts (a worktree of the base and one of the change) compare directly.
--without-confidence leaves the kind model's confidences out of the hash: every rebuild of the
family's examples moves them in the third decimal, and what a round wants to see is the
documents whose sections, kinds or facts moved.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(REPO_ROOT))  # read with the code beside this script, whatever venv
DEFAULT_DIRS = [
    REPO_ROOT / "tests" / "cases" / "documents",
    REPO_ROOT / "corpus",
    Path("/work/shared/seeds"),
]
SKIPPED_SUFFIXES = {".json", ".py", ".toml"}


def documents(folders: list[Path]) -> list[Path]:
    """Every readable document under the folders, in a stable order."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(
                path
                for path in folder.rglob("*")
                if path.is_file() and path.suffix.lower() not in SKIPPED_SUFFIXES
            )
    return found


def reading_hash(path: Path, without_confidence: bool = False) -> str:
    """SHA-256 of the JSON `policydiff parse --json PATH` prints (with every `confidence` left
    out when `without_confidence`); for a document the command refuses (a page with no text once
    its chrome is removed), of the refusal's kind and words, so a change that makes it readable
    or refuses it otherwise shows too."""
    from app.cli.parse import analyze_file
    from app.errors import InvalidSource
    from app.schemas import ParsedVersionRead

    try:
        analyzed = analyze_file(path)
    except InvalidSource as error:
        printed = f"{type(error).__name__}: {error}"
    else:
        printed = ParsedVersionRead.from_analyzed(analyzed).model_dump_json(indent=2)
        if without_confidence:
            printed = json.dumps(_without_confidence(json.loads(printed)), indent=2)
    return hashlib.sha256(printed.encode()).hexdigest()


def _without_confidence(value: object) -> object:
    """`value` with every "confidence" key removed, at any depth."""
    if isinstance(value, dict):
        return {k: _without_confidence(v) for k, v in value.items() if k != "confidence"}
    if isinstance(value, list):
        return [_without_confidence(item) for item in value]
    return value


def _key(path: Path) -> str:
    """The path relative to the repository when it lies inside it, else as given."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO_ROOT)) if resolved.is_relative_to(REPO_ROOT) else str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--without-confidence", action="store_true")
    args = parser.parse_args()
    hashes = {
        _key(path): reading_hash(path, args.without_confidence)
        for path in documents(args.folders or DEFAULT_DIRS)
    }
    import app

    print(f"{len(hashes)} documents read with the code in {Path(app.__file__).parent}")
    if args.output:
        args.output.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")
    if args.compare:
        earlier = json.loads(args.compare.read_text())
        changed = sorted(
            path for path in hashes.keys() | earlier.keys() if hashes.get(path) != earlier.get(path)
        )
        for path in changed:
            print(f"  differs: {path}")
        print(f"{len(changed)} readings differ")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
