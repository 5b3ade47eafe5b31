"""An `<aside>` inside the chapter's own `<main>` or `<article>` that holds prose (a "What's
changed" box) is the chapter's; asides outside it, marked as chrome, or made of links are not."""

from app.ingest import read_source


def _render(body: str) -> str:
    return read_source(f"<!doctype html><html><body>{body}</body></html>".encode()).text


_CHAPTER = (
    "<h1>Our chapter</h1>"
    "<p>This chapter describes the values and principles of the service in some detail, so"
    " that every practitioner and every partner knows what we expect of them.</p>"
    "<h2>Values</h2><p>We are honest with families and we keep the child at the centre of our"
    " work, whatever the pressures on the service at the time.</p>"
)


def test_a_prose_box_inside_main_is_kept():
    text = _render(
        f"<main>{_CHAPTER}<aside><h2>What has changed</h2>"
        "<p>Revised in May 2024: the section on values was shortened.</p></aside></main>"
    )
    assert "Revised in May 2024" in text


def test_a_box_of_links_inside_main_is_dropped():
    text = _render(
        f"<main>{_CHAPTER}<aside><h2>See also</h2><ul>"
        '<li><a href="/a">Fostering procedures for carers</a></li>'
        '<li><a href="/b">Adoption procedures for adopters</a></li></ul></aside></main>'
    )
    assert "Fostering procedures" not in text


def test_a_box_marked_as_chrome_inside_main_is_dropped():
    text = _render(
        f'<main>{_CHAPTER}<aside class="sidebar"><p>Sign up to our newsletter and hear about'
        " events in your area every month.</p></aside></main>"
    )
    assert "newsletter" not in text


def test_an_aside_outside_the_chapter_is_dropped():
    text = _render(
        f"<aside><p>Council tax bills for this year are being posted out this week.</p></aside>"
        f"<main>{_CHAPTER}</main>"
    )
    assert "Council tax" not in text
