"""A document-control table printed above a copied page's title keeps its rows (decision 0470).

The chrome run at a page's top may end at a line its stamp marks as a title ("Approved by
<tab> …" over "Last amended <tab> 24 June 2026") and take the short lines above it as the site's;
a row of the chapter's own control table (a field's name, a cell's gap, a value) is the
chapter's, not a menu entry, so the run stops before the first such row and the menu entries
above it still go. Cases written for this test.
"""

from __future__ import annotations

import pytest

from app.ingest.read import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome
from app.text import normalize_text

_PAGE = (
    "Brackenford District Council\n"
    "Sign in to My Account\n"
    "Create an account\n"
    "Home\n"
    "Social care\n"
    "Practice guidance\n"
    "{first}\n"
    "Approved by\tChildren's Services Leadership Team\n"
    "Last amended\t3 March 2026\n"
    "Review date\tMarch 2027\n"
    "Children's Services Policies, Values and Principles\n"
    "Introduction\n"
    "This chapter describes the values that guide the district's work with children and the "
    "principles its staff follow when they make decisions with families.\n"
)


@pytest.mark.parametrize(
    "first", ["Owner\tPrincipal Social Worker", "Document owner\tHead of Safeguarding"]
)
def test_the_first_control_row_above_the_title_is_kept(first: str) -> None:
    kept = strip_edge_chrome(normalize_text(_PAGE.format(first=first)), load_chrome_cues())
    assert kept.lstrip().startswith(first.split("\t")[0])
    assert "Approved by" in kept
    assert "Sign in to My Account" not in kept
    assert "Practice guidance" not in kept
