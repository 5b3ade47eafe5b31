"""An `<aside>` inside the chapter's `<main>` that a class marks only by where it stands
("sidebar") and that holds a heading over prose is the chapter's pull-out box; one marked as
anything else, holding no heading, or standing outside the chapter is dropped (decision 0238)."""

from app.ingest import read_source


def _render(body: str) -> str:
    return read_source(f"<!doctype html><html><body>{body}</body></html>".encode()).text


_CHAPTER = (
    "<h1>Fostering Values</h1>"
    "<p>This chapter explains what the fostering service believes and how it works with the"
    " carers who look after children on behalf of the council.</p>"
)
_PULL_OUT = (
    "<h3>How we support carers</h3>"
    "<p>Every carer has a supervising social worker who visits each month and listens to"
    " what the household needs.</p>"
)


def test_a_headed_prose_box_in_a_sidebar_inside_main_is_kept():
    text = _render(f'<main>{_CHAPTER}<aside class="sidebar">{_PULL_OUT}</aside></main>')
    assert "supervising social worker" in text
    assert "How we support carers" in text


def test_a_sidebar_box_without_a_heading_is_dropped():
    text = _render(
        f'<main>{_CHAPTER}<aside class="sidebar"><p>Every carer has a supervising social'
        " worker who visits each month and listens to the household.</p></aside></main>"
    )
    assert "supervising social worker" not in text


def test_a_box_marked_by_more_than_its_place_is_dropped():
    text = _render(f'<main>{_CHAPTER}<aside class="sidebar newsletter">{_PULL_OUT}</aside></main>')
    assert "supervising social worker" not in text


def test_a_sidebar_outside_the_chapter_is_dropped():
    text = _render(f'<main>{_CHAPTER}</main><aside class="sidebar">{_PULL_OUT}</aside>')
    assert "supervising social worker" not in text


def test_a_kept_box_heading_takes_the_rank_of_the_sections_beside_it():
    text = _render(
        f"<main>{_CHAPTER}<h2>Values</h2><p>We are honest with carers.</p><aside>"
        "<h3>How we support carers</h3><p>Every carer has a supervising social worker who"
        " visits each month.</p><h4>Out of hours</h4><p>A duty worker answers the phone at"
        " night and at weekends for every carer.</p></aside></main>"
    )
    assert "\n## How we support carers\n" in text
    assert "\n### Out of hours\n" in text


def test_a_box_heading_already_at_the_section_rank_stays():
    text = _render(
        f"<main>{_CHAPTER}<h3>Values</h3><p>We are honest with carers.</p><aside>"
        "<h3>What has changed</h3><p>Revised in May 2024: the values were shortened.</p>"
        "</aside></main>"
    )
    assert "\n### What has changed\n" in text
