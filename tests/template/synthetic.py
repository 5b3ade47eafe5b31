"""A synthetic chapter family: councils generated from one seed's sections, each with edits,
moves, dropped and added sections, different facts, and passages planted that only it has."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.template import passages_of

_VOCABULARY = [
    "amber",
    "basalt",
    "cedar",
    "dahlia",
    "ember",
    "fennel",
    "garnet",
    "harbour",
    "indigo",
    "juniper",
    "kestrel",
    "lantern",
    "meadow",
    "nutmeg",
    "orchard",
    "pebble",
    "quartz",
    "russet",
    "saffron",
    "thistle",
    "umber",
    "violet",
    "willow",
    "yarrow",
    "zephyr",
    "anchor",
    "beacon",
    "citadel",
    "drumlin",
    "estuary",
    "falcon",
    "glacier",
    "heron",
    "islet",
    "jetty",
    "kiln",
    "lagoon",
    "marsh",
    "nettle",
    "osprey",
    "paddock",
    "quarry",
    "rookery",
    "spinney",
    "tarn",
    "upland",
    "vale",
    "weir",
]


@dataclass(frozen=True, slots=True)
class Council:
    key: str
    sections: list[tuple[str, str]]
    planted: list[str]
    """The passages only this council has."""


def base_sections(path: Path) -> list[tuple[str, str]]:
    """The seed's sections as (kind, text), read by the family's rules."""
    source = read_source(path.read_bytes(), path.name, max_bytes=2 * 1024 * 1024)
    outline = analyze(source, get_family()).outline
    return [(section.kind, section.text) for section in outline.sections]


def _edit(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) > 6:
        words[rng.randrange(1, len(words) - 1)] = rng.choice(_VOCABULARY)
    return " ".join(words)


def generate(base: list[tuple[str, str]], count: int, seed: int = 17) -> list[Council]:
    rng = random.Random(seed)
    councils = []
    for number in range(count):
        name = f"council-{number:03d}"
        sections: list[tuple[str, str]] = []
        planted: list[str] = []
        for kind, text in base:
            if kind not in ("title", "scope") and rng.random() < 0.08:
                continue  # a dropped section
            sentences = [passage.text for passage in passages_of(text)]
            sentences = [_edit(s, rng) if rng.random() < 0.15 else s for s in sentences]
            sentences = [s.replace("21", "25") if rng.random() < 0.5 else s for s in sentences]
            if len(sentences) > 3 and rng.random() < 0.3:
                i, j = rng.sample(range(len(sentences)), 2)
                sentences[i], sentences[j] = sentences[j], sentences[i]  # a move
            if kind not in ("title", "end_matter") and rng.random() < 0.15:
                unique = _planted(name, rng)
                sentences.insert(rng.randrange(len(sentences) + 1), unique)
                planted.append(unique)
            sections.append((kind, "\n".join(sentences)))
        if rng.random() < 0.2:
            unique = _planted(name, rng)
            sections.append(("other", unique))  # an added section
            planted.append(unique)
        if not planted:
            unique = _planted(name, rng)
            sections.append(("values", unique))
            planted.append(unique)
        councils.append(Council(name, sections, planted))
    return councils


def _planted(name: str, rng: random.Random) -> str:
    words = " ".join(rng.choice(_VOCABULARY) for _ in range(7))
    return f"In {name} we also pledge {words} to every family."
