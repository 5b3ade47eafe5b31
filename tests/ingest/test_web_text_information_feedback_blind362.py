"""A page copied as text whose feedback question asks about its information rather than the
page ("Was this information helpful?  Yes  No", blind362, decision 0533): the question is the
site's feedback widget, as "Was this page helpful?" is, whether its answers share its line, stand
under it, or a form's lines follow it. The chapter's own sentence about its information stays.
"""

from __future__ import annotations

import pytest

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()

BODY = (
    "Fostering Allowances\n"
    "\n"
    "How payments are made\n"
    "\n"
    "Foster carers are paid every four weeks, and the allowance rises each April with the "
    "national minimum rates.\n"
)


@pytest.mark.parametrize(
    "foot",
    [
        "Was this information helpful?  Yes  No\n",
        "Was this information useful?\n\nYes No\n",
        "Is this information useful? Yes No\n",
        "Was this information helpful?\n\nTell us how we could make it clearer.\n\nSend\n",
    ],
)
def test_a_question_about_the_pages_information_goes(foot: str) -> None:
    kept = strip_edge_chrome(BODY + "\n" + foot, CUES)
    assert kept.rstrip().endswith("national minimum rates."), foot


def test_the_chapters_own_words_about_its_information_stay() -> None:
    line = "We check that the information on this page is helpful to carers every year.\n"
    assert "check that the information" in strip_edge_chrome(BODY + "\n" + line, CUES)
