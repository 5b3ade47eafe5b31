"""Saved council pages of blind round 230 (decision 0354): a script-made accordion's state word
inside each heading's button, and headings styled only by the rank a class names
(`heading`, `subheading`)."""

from app.ingest import read_source


def _render(body: str) -> str:
    return read_source(f"<!doctype html><html><body>{body}</body></html>".encode()).text


def _fold(label: str, state: str, body: str, number: int) -> str:
    return (
        '<div class="fold"><h3 class="fold__heading"><button type="button" aria-expanded="false"'
        f' aria-controls="fold-{number}"><span class="fold__label">{label}</span>'
        f'<span class="fold__state">{state}<span class="sr-only"> this part</span></span>'
        f'</button></h3><div id="fold-{number}" class="fold__panel" hidden="until-found">'
        f"<p>{body}</p></div></div>"
    )


def test_an_accordion_buttons_state_word_is_not_part_of_its_heading():
    values = (
        "We are honest with families about our worries, and we keep children at the centre"
        " of every plan we make with them."
    )
    leaving = (
        "Care leavers have a personal adviser until 21, and the adviser helps them with a"
        " home, money and work."
    )
    text = _render(
        "<main><h1>Our chapter</h1>"
        + _fold("Our values", "Expand", values, 1)
        + _fold("Leaving care", "Expand", leaving, 2)
        + "</main>"
    )
    assert "### Our values\n" in text
    assert "### Leaving care\n" in text
    assert "Expand" not in text
    assert leaving in text


def test_a_button_whose_only_words_are_a_state_word_keeps_them():
    text = _render(
        '<main><h1>Our chapter</h1><h2><button aria-expanded="true">'
        '<span class="label">Open</span></button></h2><p>The doors of the service are open'
        " to every family that asks for help.</p></main>"
    )
    assert "## Open" in text


def test_a_headings_own_word_in_an_unstyled_element_stays():
    text = _render(
        "<main><h1>Our chapter</h1><h2><button><span>Show</span> and tell</button></h2>"
        "<p>Children bring what matters to them to their reviews.</p></main>"
    )
    assert "## Show and tell" in text


def test_subheading_lines_are_parts_of_the_heading_above_them():
    text = _render(
        "<div id='content'><h1>Our chapter</h1>"
        '<p class="heading">How we work</p><p>Children come first in every decision.</p>'
        '<p class="sub-heading">Kinship care</p><p>Relatives are assessed before strangers.</p>'
        '<p class="heading">Keeping records</p><p>Records are kept safely and shared lawfully.</p>'
        "</div>"
    )
    assert "## How we work\n" in text
    assert "### Kinship care\n" in text
    assert "## Keeping records\n" in text


def test_a_page_with_one_styled_rank_is_left_to_its_shape():
    text = _render(
        "<div id='content'><h1>Our chapter</h1>"
        '<div class="heading">How we work</div><p>Children come first in every decision.</p>'
        '<div class="heading">Keeping records</div><p>Records are kept safely.</p></div>'
    )
    assert "## How we work" not in text
    assert "How we work" in text
