"""A family's fitted kind model kept between processes, in the user's cache (decision 0104).

Training the model takes a few tenths of a second, but importing scikit-learn to do it takes more
than a second, and every `policydiff parse` process (and every `eval_parse.py` document) paid
both. The fitted numbers are small plain arrays (`FittedKinds`), so a process keeps them in
`$XDG_CACHE_HOME/policydiff/kind-models/` (`~/.cache/…` when unset) and the next process reads
them back instead of training.

The file's name is a hash of everything the numbers depend on: the examples (kind, text, weight),
or, for a family's examples read from files only when training (`ExampleSource`, decision 0550),
the digest of those files and of what reads them; the vectorizer's and the classifier's settings,
the training module's own code, the layout of the file, and the versions of scikit-learn, NumPy
and SciPy that fitted them. Changing any of them names another file, so a kept
model is never stale. Nothing is pickled: an `.npz` of arrays, read with `allow_pickle=False`, the
vocabulary and kinds in it as JSON. A cache that cannot be read or written is only slower: the
model is trained as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata
from pathlib import Path

import numpy as np

from app.sections import kind_model
from app.sections.kind_model import (
    CLASSIFIER_SETTINGS,
    MIN_KINDS,
    VECTORIZER_SETTINGS,
    FittedKinds,
    KindExample,
    KindModel,
)

FORMAT = 1
"""The layout of a kept file; bump it when `FittedKinds` changes, or the training in a way its
settings do not show."""
_LIBRARIES = ("scikit-learn", "numpy", "scipy")


def cache_folder() -> Path:
    """`$XDG_CACHE_HOME/policydiff/kind-models` (`~/.cache/…` when XDG_CACHE_HOME is unset)."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "policydiff" / "kind-models"


def _settings_digest() -> hashlib._Hash:
    """A hash begun with what every kept model depends on besides its examples."""
    digest = hashlib.sha256()
    versions = {library: metadata.version(library) for library in _LIBRARIES}
    settings = [FORMAT, VECTORIZER_SETTINGS, CLASSIFIER_SETTINGS, versions]
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest


def _training_code() -> bytes:
    """The training module's source: a change to how it trains names another file even when no
    setting shows it."""
    return Path(kind_model.__file__).read_bytes()


def cache_key(examples: Sequence[KindExample]) -> str:
    """The hash a kept model's file is named by (see the module docstring)."""
    digest = _settings_digest()
    digest.update(_training_code())
    for example in examples:
        digest.update(json.dumps([example.kind, example.text, example.weight]).encode())
    return digest.hexdigest()


def source_cache_key(identity: str) -> str:
    """The hash a kept model of examples read from files is named by: `identity` is the
    `ExampleSource`'s digest of the files and of what reads them."""
    digest = _settings_digest()
    digest.update(_training_code())
    digest.update(json.dumps(["source", identity]).encode())
    return digest.hexdigest()


def read_fitted(path: Path) -> FittedKinds | None:
    """The numbers kept in `path`, or None when there are none (or they cannot be read)."""
    try:
        with np.load(path, allow_pickle=False) as kept:
            names = json.loads(bytes(kept["names"]).decode("utf-8"))
            return FittedKinds(
                kinds=tuple(names["kinds"]),
                vocabulary=dict(zip(names["grams"], kept["columns"].tolist(), strict=True)),
                idf=kept["idf"],
                coefficients=kept["coefficients"],
                intercept=kept["intercept"],
            )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_fitted(path: Path, fitted: FittedKinds) -> None:
    """Keep `fitted` in `path`, written whole or not at all (another process may be reading);
    a folder that cannot be written is left alone."""
    names = {"kinds": list(fitted.kinds), "grams": list(fitted.vocabulary)}
    written: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as file:
            written = Path(file.name)
            np.savez(
                file,
                names=np.frombuffer(json.dumps(names).encode("utf-8"), dtype=np.uint8),
                columns=np.array(list(fitted.vocabulary.values()), dtype=np.int64),
                idf=fitted.idf,
                coefficients=fitted.coefficients,
                intercept=fitted.intercept,
            )
        os.replace(written, path)
    except OSError:
        if written is not None:
            written.unlink(missing_ok=True)


def load_or_train(examples: Sequence[KindExample]) -> KindModel:
    """The model of `examples`: the numbers kept by an earlier process when there are some,
    else trained here (and kept for the next process)."""
    path = cache_folder() / f"{cache_key(examples)}.npz"
    fitted = read_fitted(path)
    if fitted is not None:
        return KindModel(fitted)
    model = KindModel.train(examples)
    write_fitted(path, model.fitted)
    return model


def load_or_train_source(
    identity: str, read: Callable[[], Iterable[KindExample]]
) -> KindModel | None:
    """The model of the examples `read` gives, named by their source's `identity`: kept numbers
    are read back without reading the examples; only when there are none are the examples read
    and the model trained (None when they name fewer than two kinds)."""
    path = cache_folder() / f"{source_cache_key(identity)}.npz"
    fitted = read_fitted(path)
    if fitted is not None:
        return KindModel(fitted)
    examples = tuple(read())
    if len({example.kind for example in examples}) < MIN_KINDS:
        return None
    model = KindModel.train(examples)
    write_fitted(path, model.fitted)
    return model
