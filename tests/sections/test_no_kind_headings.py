"""Headings a family declares none of its kinds (decision 0321): `other` by heading.

A council adds sections of its own to a shared chapter (a local service, a body of young
people, its complaints procedure). The kind model knows only the family's kinds and gives such a
section the kind whose words its body shares; the family's data can say instead that a heading
names material that is none of them (`heading_cues` under `[other]`, passed as
`no_kind_headings`). The engine asks them only of a heading no kind's cue or hint names, and
their answer is final, as a kind's heading cue is. These tests use an invented family and an
invented kind model, so they hold for any family; the wordings are our own.
"""

from collections.abc import Sequence
from pathlib import Path

from app.families.kind_data import read_other_heading_cues
from app.sections import SectionKind, split_sections
from tests.sections.helpers import assert_tiles

KINDS = (
    SectionKind(slug="title", label="Title", heading_cues=("^visiting rules$",)),
    SectionKind(slug="purpose", label="Purpose", heading_cues=("^purpose$",)),
    SectionKind(
        slug="visits",
        label="Visits",
        heading_cues=("^visits and the residents' committee$",),
        heading_hints=("^(our )?visitors$",),
    ),
)
NO_KIND = ("^(the )?(?:[\\w'-]++ ){0,2}?residents' committee$",)


class SureOfVisits:
    """A kind model sure that any heading and text it reads is about visits."""

    kinds = ("visits", "purpose", "other", "title")

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [{"visits": 0.9, "purpose": 0.05, "other": 0.03, "title": 0.02} for _ in texts]


def _page(heading: str) -> str:
    return (
        "# Visiting rules\n\n"
        "## Purpose\n\n"
        "These rules say when residents may have visitors.\n\n"
        f"## {heading}\n\n"
        "Residents elect five of their number, who meet the manager every month about meals, "
        "outings and the garden.\n"
    )


def _last(heading: str, no_kind: Sequence[str] = NO_KIND) -> tuple[str, str, float]:
    outline = split_sections(
        _page(heading),
        KINDS,
        "markdown",
        SureOfVisits(),  # type: ignore[arg-type]
        no_kind_headings=no_kind,
    )
    assert_tiles(outline)
    section = outline.sections[-1]
    assert section.heading == heading
    return section.kind, section.decided_by, section.confidence


def test_a_heading_the_family_declares_no_kind_is_other_whatever_the_model_reads() -> None:
    assert _last("The Elmbank Residents' Committee") == ("other", "heading", 1.0)


def test_without_the_declaration_the_model_places_the_same_heading() -> None:
    assert _last("The Elmbank Residents' Committee", no_kind=())[:2] == ("visits", "model")


def test_a_kinds_heading_cue_naming_the_body_keeps_its_kind() -> None:
    assert _last("Visits and the residents' committee") == ("visits", "heading", 1.0)


def test_a_kinds_heading_hint_is_asked_first() -> None:
    assert _last("Our visitors")[0] == "visits"


def test_a_heading_the_declaration_does_not_name_is_the_models() -> None:
    assert _last("Meals and outings")[:2] == ("visits", "model")


def test_the_declared_headings_are_read_from_the_other_table(tmp_path: Path) -> None:
    kinds_file = tmp_path / "kinds.toml"
    kinds_file.write_text(
        '[[kinds]]\nslug = "visits"\nlabel = "Visits"\n\n'
        "[other]\ndescription = '''Contact details.'''\n"
        "heading_cues = ['''^residents' committee$''']\n",
        encoding="utf-8",
    )
    assert read_other_heading_cues(kinds_file) == ("^residents' committee$",)


def test_a_family_without_declared_headings_has_none(tmp_path: Path) -> None:
    kinds_file = tmp_path / "kinds.toml"
    kinds_file.write_text('[[kinds]]\nslug = "visits"\nlabel = "Visits"\n', encoding="utf-8")
    assert read_other_heading_cues(kinds_file) == ()
