"""What a notification says about a change: one JSON body for webhooks, and the plain-text and
HTML e-mail made from the same values (Jinja templates in `frontend/templates/emails/`)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.config import Settings
from app.families import installed_families
from app.families.words import fact_label as label_of_fact
from app.families.words import fact_value_in_words
from app.sources import ChangeSummary
from app.store import Change

API_PREFIX = "/api/v1"


def change_payload(change: Change, settings: Settings) -> dict[str, Any]:
    """The JSON a subscriber receives: who changed what, the facts before → after, the
    sections changed with word counts, and links to the comparison (page and JSON)."""
    base = settings.public_base_url.rstrip("/")
    version = change.version
    summary = ChangeSummary.from_json(change.summary)
    pair = urlencode({"left": change.previous_version_id, "right": change.version_id})
    return {
        "event": "chapter.changed",
        "change_id": change.id,
        "created_at": change.created_at.isoformat(),
        "authority": {"slug": version.authority.slug, "name": version.authority.name},
        "chapter": {"slug": version.chapter.slug, "title": version.chapter.title},
        "source_url": version.source_url,
        "version": {
            "id": version.id,
            "amendment_date": version.amendment_date,
            "page": f"{base}/versions/{version.id}",
            "json": f"{base}{API_PREFIX}/versions/{version.id}",
        },
        "previous_version_id": change.previous_version_id,
        "comparison": {
            "page": f"{base}/compare?{pair}",
            "json": f"{base}{API_PREFIX}/comparisons?{pair}",
        }
        if change.previous_version_id is not None
        else None,
        "facts_changed": [
            {"key": fact.key, "before": fact.before, "after": fact.after} for fact in summary.facts
        ],
        "sections_changed": [
            {
                "kind": section.kind,
                "heading": section.heading,
                "status": section.status,
                "words_inserted": section.words_inserted,
                "words_deleted": section.words_deleted,
            }
            for section in summary.sections
        ],
        "words_inserted": summary.words_inserted,
        "words_deleted": summary.words_deleted,
        "superseded_citations": [
            {"cited": item.cited, "superseded_by": list(item.superseded_by), "since": item.since}
            for item in summary.superseded_citations
        ],
    }


def payload_bytes(payload: dict[str, Any]) -> bytes:
    """The exact bytes sent and signed (compact, keys sorted)."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")


def change_email(payload: dict[str, Any], *, to: str, settings: Settings) -> EmailMessage:
    """The notification e-mail: plain text, with an HTML alternative."""
    message = EmailMessage()
    message["Subject"] = (
        f"{payload['authority']['name']}: {payload['chapter']['title']} has changed"
    )
    message["From"] = settings.smtp_from
    message["To"] = to
    environment = _environment(settings.frontend_dir / "templates")
    values = {"change": payload, "describe": describe_value, "label": fact_label}
    message.set_content(environment.get_template("emails/change.txt").render(values))
    message.add_alternative(
        environment.get_template("emails/change.html").render(values), subtype="html"
    )
    return message


def describe_value(value: Any) -> str:
    """A fact value in words for the e-mail, as the version page shows it ("not stated" for
    null)."""
    return fact_value_in_words(value, installed_families().all())


def fact_label(key: str) -> str:
    """A fact key as the e-mail's reader names it, as its family labels it."""
    return label_of_fact(key, installed_families().all())


@lru_cache(maxsize=4)
def _environment(folder: Path) -> Environment:
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(["html"], default_for_string=False, default=False),
        trim_blocks=True,
        lstrip_blocks=True,
    )
