"""An easy-read page copied as text keeps a picture's label beside each point ("Picture: a boy
on a bike"): those labels are the page's own, not a hero picture's credit under the title, so
neither they nor the heading and sentence right above one are cut as chrome (decision 0493).
A page with one credit under its title still loses it. Written for this test in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Fostering Values and Principles"


def test_picture_labels_beside_every_point_keep_the_opening() -> None:
    text = (
        f"{TITLE}\n\n"
        "Easy read\n\n"
        "Who is this for?\n\n"
        "Picture: two foster carers at a gate\n\n"
        "This page is for people who foster with Eastmarsh.\n\n"
        "Picture: a diary\n\n"
        "We wrote it in May 2025.\n\n"
        "How do we help carers?\n\n"
        "Picture: a carer on the phone\n\n"
        "You can ring us at any time.\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert "Who is this for?" in kept
    assert "Picture: two foster carers at a gate" in kept
    assert "This page is for people who foster with Eastmarsh." in kept


def test_one_credit_under_the_title_still_goes() -> None:
    text = (
        f"{TITLE}\n\n"
        "A carer and a child bake bread together\n\n"
        "Photo: Sam Ortiz for Eastmarsh Council\n\n"
        "This page is for people who foster with Eastmarsh. We wrote it in May 2025.\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert "Photo: Sam Ortiz" not in kept
    assert "This page is for people who foster with Eastmarsh." in kept
