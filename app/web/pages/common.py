"""What every page shares: rendering with the layout's defaults, breadcrumbs, and versions
named and offered in lists."""

from __future__ import annotations

from typing import Any, NamedTuple

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from app.store import Version, VersionChoice
from app.web.templating import partial_date

VERSION_CHOICES_LIMIT = 500
"""Most versions offered in the compare form's lists (newest first)."""


def render(
    templates: Jinja2Templates,
    request: Request,
    name: str,
    *,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    context = {"json_url": None, "breadcrumbs": (), "nav": None, **context}
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    assert isinstance(response, HTMLResponse)
    return response


class Crumb(NamedTuple):
    label: str
    url: str


class ChoiceOption(NamedTuple):
    id: int
    label: str


class ChoiceGroup(NamedTuple):
    label: str
    options: tuple[ChoiceOption, ...]


def version_name(version: Version | VersionChoice) -> str:
    """ "London Borough of Merton, May 2024 (v27)": who, when, and the label if printed."""
    choice = version if isinstance(version, VersionChoice) else choice_of(version)
    when = (
        partial_date(choice.amendment_date)
        if choice.amendment_date
        else f"ingested {partial_date(choice.ingested_at.date())}"
    )
    label = f" ({choice.version_label})" if choice.version_label else ""
    return f"{choice.authority_name}, {when}{label}"


def choice_of(version: Version) -> VersionChoice:
    """A loaded version as the forms name it."""
    return VersionChoice(
        id=version.id,
        authority_slug=version.authority.slug,
        authority_name=version.authority.name,
        is_sample=version.authority.is_sample,
        chapter_slug=version.chapter.slug,
        amendment_date=version.amendment_date,
        version_label=version.version_label,
        effective_date=version.effective_date,
        ingested_at=version.ingested_at,
        sha256=version.sha256,
        analyzer_version=version.analyzer_version,
        corrections_key=version.corrections_key,
    )


def name_of(version_id: int | None, versions: list[Version]) -> str:
    named = next((v for v in versions if v.id == version_id), None)
    return version_name(named) if named else f"version {version_id}"


def choice_groups(versions: list[VersionChoice]) -> tuple[ChoiceGroup, ...]:
    """Versions grouped by authority (by name), newest first within each."""
    groups: dict[str, list[VersionChoice]] = {}
    for version in versions:
        groups.setdefault(version.authority_name, []).append(version)
    return tuple(
        ChoiceGroup(
            label=name
            + (" (sample data)" if members[0].is_sample and "sample" not in name.lower() else ""),
            options=tuple(
                ChoiceOption(v.id, version_name(v))
                for v in sorted(members, key=lambda v: (v.effective_date, v.id), reverse=True)
            ),
        )
        for name, members in sorted(groups.items())
    )
