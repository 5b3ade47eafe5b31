"""A family's labelled passages are read only when its kind model must be trained (decision
0550): the kept model is named by a digest of the files, the weights and the code that reads
them, so a changed passage or constant names another model, and a process that finds the model
kept never reads the passages."""

from __future__ import annotations

import pathlib
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

from app.families import kind_data
from app.families.kind_data import example_source, examples_identity, read_kind_examples, read_kinds
from app.sections import KindModel, LazyKindModel
from app.sections.kind_model import CLASSIFIER_SETTINGS
from app.sections.kind_model_cache import cache_folder, source_cache_key

REPO_ROOT = Path(__file__).parents[2]
KINDS_TOML = """\
[[kinds]]
slug = "values"
label = "Values"
description = "What the service believes in: honesty, respect, children first."

[[kinds]]
slug = "scope"
label = "Scope"
description = "Whom the policy applies to: staff, carers, partners."

[other]
description = "Material that is none of the kinds."
"""
PASSAGES = [
    '{"kind": "values", "text": "We are kind, fair and we listen."}',
    '{"kind": "values", "text": "Our values", "heading": true}',
    '{"kind": "scope", "text": "This applies to everyone who works with children."}',
    '{"kind": "scope", "text": "Who this is for", "heading": true}',
]
TEXTS = ["we listen with respect", "it applies to carers", ""]


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    kinds_file = tmp_path / "kinds.toml"
    kinds_file.write_text(KINDS_TOML, encoding="utf-8")
    examples = tmp_path / "examples.jsonl"
    examples.write_text("\n".join(PASSAGES) + "\n", encoding="utf-8")
    return kinds_file, examples


def _model(kinds_file: Path, examples: Path) -> LazyKindModel:
    return LazyKindModel.from_source(example_source(kinds_file, read_kinds(kinds_file), [examples]))


def _key(kinds_file: Path, examples: Path) -> str:
    return source_cache_key(examples_identity(kinds_file, [examples]))


def test_the_kept_model_is_named_by_the_files_digest(files: tuple[Path, Path]) -> None:
    kinds_file, examples = files
    model = _model(kinds_file, examples).get()
    assert model is not None
    kept = sorted(path.name for path in cache_folder().glob("*.npz"))
    assert kept == [f"{_key(kinds_file, examples)}.npz"]
    assert _key(kinds_file, examples) == _key(kinds_file, examples)


def test_a_changed_example_names_another_model(files: tuple[Path, Path]) -> None:
    kinds_file, examples = files
    before = _key(kinds_file, examples)
    examples.write_text("\n".join(PASSAGES).replace("fair", "fairer") + "\n", encoding="utf-8")
    assert _key(kinds_file, examples) != before


def test_a_changed_description_names_another_model(files: tuple[Path, Path]) -> None:
    kinds_file, examples = files
    before = _key(kinds_file, examples)
    kinds_file.write_text(KINDS_TOML.replace("honesty", "openness"), encoding="utf-8")
    assert _key(kinds_file, examples) != before


@pytest.mark.parametrize("constant", ["DESCRIPTION_WEIGHT", "HEADING_WEIGHT"])
def test_a_changed_weight_names_another_model(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, constant: str
) -> None:
    kinds_file, examples = files
    before = _key(kinds_file, examples)
    monkeypatch.setattr(kind_data, constant, getattr(kind_data, constant) + 1.0)
    assert _key(kinds_file, examples) != before


def test_a_changed_setting_or_library_names_another_model(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds_file, examples = files
    before = _key(kinds_file, examples)
    monkeypatch.setitem(CLASSIFIER_SETTINGS, "alpha", CLASSIFIER_SETTINGS["alpha"] * 2)
    assert _key(kinds_file, examples) != before
    monkeypatch.undo()
    assert _key(kinds_file, examples) == before
    real_version = metadata.version
    monkeypatch.setattr(
        metadata,
        "version",
        lambda name: "0.0-other" if name == "scikit-learn" else real_version(name),
    )
    assert _key(kinds_file, examples) != before


def test_a_kept_model_is_read_back_without_reading_the_examples(
    files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    kinds_file, examples = files
    trained = _model(kinds_file, examples).get()
    assert trained is not None

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("read the examples although the model is kept")

    opened: list[tuple[Path, str]] = []
    real_open = pathlib.Path.open

    def watched_open(self: Path, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append((Path(self), mode))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kind_data, "read_kind_examples", refuse)
    monkeypatch.setattr(KindModel, "train", classmethod(refuse))
    monkeypatch.setattr(pathlib.Path, "open", watched_open)
    read = _model(kinds_file, examples).get()
    assert read is not None
    assert np.array_equal(
        read.direct_probability_rows(TEXTS), trained.direct_probability_rows(TEXTS)
    )
    assert [mode for path, mode in opened if path == examples] == ["rb"]  # hashed, never read


def test_a_source_model_reads_its_examples_when_asked(files: tuple[Path, Path]) -> None:
    kinds_file, examples = files
    model = _model(kinds_file, examples)
    assert model.examples == read_kind_examples(kinds_file, read_kinds(kinds_file), [examples])


def test_a_source_of_one_kind_gives_no_model_and_keeps_nothing(files: tuple[Path, Path]) -> None:
    kinds_file, examples = files
    kinds_file.write_text(KINDS_TOML.split("[[kinds]]")[1].join(["[[kinds]]", ""]))
    examples.write_text(PASSAGES[0] + "\n", encoding="utf-8")
    assert _model(kinds_file, examples).get() is None
    assert not list(cache_folder().glob("*.npz"))


def test_loading_the_installed_families_reads_no_examples() -> None:
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "opened = []\n"
            "sys.addaudithook(lambda event, args: event == 'open' and opened.append(args[0]))\n"
            "from app.families.registry import all_families\n"
            "assert len(all_families()) >= 2\n"
            "print('\\n'.join(str(path) for path in opened))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    assert "kinds.toml" in shown.stdout
    assert ".jsonl" not in shown.stdout
