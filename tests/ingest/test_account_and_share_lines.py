"""A council page copied as text keeps its account link and share button as lines of their own
("Sign in to your account", "Share on social media"); they are the site's, never the chapter's."""

from __future__ import annotations

import pytest

from app.ingest.web_text import is_chrome_line
from tests.ingest.test_web_text import CUES


@pytest.mark.parametrize(
    "line",
    ["Sign in to your account", "Log in to My Account", "Share on social media"],
)
def test_account_and_share_lines_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Young people can sign in to their account on the leaving care app to see their plan.",
        "We share on social media only what a child has agreed we may share.",
    ],
)
def test_sentences_about_accounts_and_sharing_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line, CUES)
