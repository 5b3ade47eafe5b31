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


def test_a_box_of_documents_with_their_file_details_is_dropped():
    text = _render(
        f"<article>{_CHAPTER}</article><main><aside><h2>Downloads</h2><ul>"
        '<li><a href="/f.pdf">Fostering handbook</a> <span>PDF, 2MB, updated 4 May 2025</span></li>'
        '<li><a href="/k.docx">Kinship care policy</a> (Word document, 90KB, 1 March 2024)</li>'
        "</ul></aside></main>"
    )
    assert "Fostering handbook" not in text
    assert "1 March 2024" not in text


def test_a_box_whose_entries_open_with_words_before_a_link_is_kept():
    text = _render(
        f"<main>{_CHAPTER}<aside><h2>What has changed</h2><ul>"
        '<li>The values were shortened to match the <a href="/p">corporate plan</a>.</li>'
        '<li>A new part on kinship care follows the <a href="/k">kinship policy</a>.</li>'
        "</ul></aside></main>"
    )
    assert "The values were shortened" in text


def test_a_help_line_box_inside_main_is_dropped():
    text = _render(
        f"<main>{_CHAPTER}<aside><h3>Worried about a child?</h3>"
        "<p>Ring the duty team on 0300 123 4567 at any time of the day or night.</p>"
        "<p>Or write to frontdoor@example.gov.uk and we will reply within a day.</p>"
        "</aside></main>"
    )
    assert "duty team" not in text
    assert "frontdoor@" not in text


def test_a_prose_box_that_gives_a_number_among_its_policy_is_kept():
    text = _render(
        f"<main>{_CHAPTER}<aside><h2>Our practice model</h2>"
        "<p>Every team works to the same model, and every worker is trained in it within a"
        " year of joining the service.</p>"
        "<p>Questions about the training go to the academy on 0300 123 4567.</p></aside></main>"
    )
    assert "Every team works to the same model" in text
