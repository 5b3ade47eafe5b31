"""`policydiff reanalyse`: rebuild sections and facts from the stored original bytes."""

from __future__ import annotations

import click

from app.config import get_settings
from app.store import make_session_factory, open_migrated_database, reanalyse_versions


@click.command()
@click.option(
    "--outdated-only", is_flag=True, help="Only versions analysed by an older analyser version."
)
def reanalyse(outdated_only: bool) -> None:
    """Re-read every stored version with the current analyser.

    Sections, facts and the derived columns (text, dates, label) are rebuilt from each version's
    original bytes, one version per transaction; the bytes, ids and provenance are untouched.
    """
    engine = open_migrated_database(get_settings())
    try:
        with make_session_factory(engine)() as session:
            count = reanalyse_versions(session=session, only_outdated=outdated_only)
    finally:
        engine.dispose()
    click.echo(f"re-analysed {count} version{'s' if count != 1 else ''}")
