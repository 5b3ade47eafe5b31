"""The version page's corrections: a form per fact ("Correct value") and per section ("Correct
kind"), each saying "corrected by an editor" with who, when, why and the original reading, and
the corrections a newer reading no longer applies."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.corrections import SectionAnchor, find_section
from app.errors import InvalidParameter, UnknownFamily
from app.families import get_family
from app.families.base import ValueField
from app.store import EditorCorrection, Fact, Section
from app.web.pages.words import fact_label, kind_label
from app.web.templating import fact_value


@dataclass(frozen=True, slots=True)
class CorrectionNote:
    """One correction as the page tells it."""

    id: int
    subject: str
    """What was corrected, in words ("Leaving-care support age", "section 3. Our Values")."""
    corrected: str
    """The editor's value or kind, in words."""
    original: str
    """What the reading said, in words."""
    who: str
    when: datetime
    reason: str
    applies: bool


@dataclass(frozen=True, slots=True)
class FormProblem:
    """A correction form sent back: which form, which field, what is wrong, what was entered."""

    form: str
    """The form's id ("correct-fact-permanence_plan_months", "correct-section-4")."""
    field_name: str
    """The field to fix: value, kind, reason or token."""
    message: str
    entered: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FactForm:
    form_id: str
    key: str
    label: str
    field_text: str
    """The value as the field shows it."""
    multiline: bool
    hint: str
    note: CorrectionNote | None


@dataclass(frozen=True, slots=True)
class SectionForm:
    form_id: str
    start: int
    kind: str
    label: str
    note: CorrectionNote | None


@dataclass(frozen=True, slots=True)
class CorrectionsPanel:
    """Everything the version page needs for corrections."""

    facts: dict[str, FactForm]
    """By fact key."""
    sections: dict[str, SectionForm]
    """By section anchor ("section-4")."""
    kinds: tuple[tuple[str, str], ...]
    """The family's kinds: (slug, label)."""
    not_applying: tuple[CorrectionNote, ...]
    signed_in: bool
    """An editor is signed in: the forms are shown (readers see only the notes)."""
    problem: FormProblem | None = None


def build_corrections_panel(
    family: str,
    sections: Sequence[Section],
    facts: Sequence[Fact],
    corrections: Sequence[EditorCorrection],
    *,
    signed_in: bool,
    problem: FormProblem | None = None,
) -> CorrectionsPanel:
    """The forms and notes for one version's stored reading and its corrections."""
    labels = {f"section-{section.ordinal}": _section_label(section) for section in sections}
    notes_by_fact: dict[str, CorrectionNote] = {}
    notes_by_section: dict[str, CorrectionNote] = {}
    not_applying: list[CorrectionNote] = []
    for row in corrections:
        if row.fact_key is not None:
            note = _note(row, fact_label(row.fact_key), fact_value(row.value), row.original)
            if row.applies:
                notes_by_fact[row.fact_key] = note
            else:
                not_applying.append(note)
            continue
        subject = "section " + (row.section_heading or "without a heading")
        note = _note(row, subject, kind_label(str(row.value)), row.original, kind=True)
        index = find_section(sections, _anchor(row)) if row.applies else None
        if index is None:
            not_applying.append(note)
        else:
            notes_by_section[f"section-{sections[index].ordinal}"] = note
    fields = family_value_fields(family)
    fact_forms = {}
    for fact in facts:
        text, multiline = field_text(fact.value, fields)
        fact_forms[fact.key] = FactForm(
            form_id=f"correct-fact-{fact.key}",
            key=fact.key,
            label=fact_label(fact.key),
            field_text=text,
            multiline=multiline,
            hint=_hint(fact.value, fields),
            note=notes_by_fact.get(fact.key),
        )
    section_forms = {
        f"section-{section.ordinal}": SectionForm(
            form_id=f"correct-section-{section.ordinal}",
            start=section.start,
            kind=section.kind,
            label=labels[f"section-{section.ordinal}"],
            note=notes_by_section.get(f"section-{section.ordinal}"),
        )
        for section in sections
    }
    return CorrectionsPanel(
        facts=fact_forms,
        sections=section_forms,
        kinds=_kinds(family, sections),
        not_applying=tuple(not_applying),
        signed_in=signed_in,
        problem=problem,
    )


def field_text(value: Any, fields: Sequence[ValueField]) -> tuple[str, bool]:
    """A fact's value as a form field shows it, and whether the field needs several lines:
    text and numbers as they are, a list of texts one per line, a family's structured value as
    its field writes it (`Family.value_fields`), anything else as JSON. Editors are not
    developers: JSON is only the last resort."""
    if value is None:
        return "", False
    if isinstance(value, str):
        return value, False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value), False
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n".join(value), True
    if (shape := _field_for(value, fields)) is not None:
        return "\n".join(shape.lines_of(value)), True
    return json.dumps(value, indent=1, ensure_ascii=False), True


def value_from_field(text: str, current: Any, fields: Sequence[ValueField]) -> Any:
    """The value an editor typed, read in the shape of the current value (empty: not stated).

    InvalidParameter, in an editor's words, when it cannot be read in that shape."""
    typed = text.strip()
    if not typed:
        return None
    if isinstance(current, bool):
        raise InvalidParameter("this value cannot be corrected from the page.")
    if isinstance(current, int):
        try:
            return int(typed)
        except ValueError:
            raise InvalidParameter("enter a whole number, such as 4.") from None
    if isinstance(current, float):
        try:
            return float(typed)
        except ValueError:
            raise InvalidParameter("enter a number, such as 2.5.") from None
    if isinstance(current, str):
        return typed
    if isinstance(current, list) and all(isinstance(item, str) for item in current):
        return _lines(typed)
    if (shape := _field_for(current, fields)) is not None:
        return shape.from_lines(_lines(typed))
    try:
        return json.loads(typed)
    except ValueError:
        if current is None:
            return typed
        raise InvalidParameter(
            "enter the value in the same form as the one shown (JSON), or leave it empty "
            "for not stated."
        ) from None


def family_value_fields(family: str) -> tuple[ValueField, ...]:
    """The correction fields of family `family` (none for a family no longer installed, whose
    structured values are then shown and typed as JSON)."""
    try:
        return get_family(family).value_fields
    except UnknownFamily:
        return ()


def _field_for(value: Any, fields: Sequence[ValueField]) -> ValueField | None:
    return next((shape for shape in fields if shape.holds(value)), None)


def _lines(typed: str) -> list[str]:
    return [line.strip() for line in typed.splitlines() if line.strip()]


def _hint(value: Any, fields: Sequence[ValueField]) -> str:
    empty = "Leave empty for “not stated”."
    if value is None or isinstance(value, str):
        return empty
    if isinstance(value, int | float):
        return f"A number. {empty}"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return f"One per line. {empty}"
    if (shape := _field_for(value, fields)) is not None:
        return f"{shape.hint} {empty}"
    return f"In the same form as shown. {empty}"


def _note(
    row: EditorCorrection, subject: str, corrected: str, original: Any, *, kind: bool = False
) -> CorrectionNote:
    return CorrectionNote(
        id=row.id,
        subject=subject,
        corrected=corrected,
        original=kind_label(str(original)) if kind else fact_value(original),
        who=row.corrected_by,
        when=row.corrected_at,
        reason=row.reason,
        applies=row.applies,
    )


def _anchor(row: EditorCorrection) -> SectionAnchor:
    return SectionAnchor(
        start=row.section_start or 0, heading=row.section_heading, opening=row.section_opening or ""
    )


def _section_label(section: Section) -> str:
    return section.heading or kind_label(section.kind)


def _kinds(family: str, sections: Sequence[Section]) -> tuple[tuple[str, str], ...]:
    try:
        slugs = [kind.slug for kind in get_family(family).kinds]
    except UnknownFamily:
        slugs = []
    slugs += [section.kind for section in sections if section.kind not in slugs]
    return tuple((slug, kind_label(slug)) for slug in slugs)


__all__ = [
    "CorrectionNote",
    "CorrectionsPanel",
    "FactForm",
    "FormProblem",
    "SectionForm",
    "build_corrections_panel",
    "family_value_fields",
    "field_text",
    "value_from_field",
]
