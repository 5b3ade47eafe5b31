"""A page copied as text keeps two of its site's boxes as lines (blind172, decision 0275): an
"In this section" side menu right under the title, whose entries name the chapter's neighbours
(one of them the page itself), and an email sign-up form closing the page, whose lines are in
the site's words (an invitation, a field label, a button, a privacy note). Both go; the same
headings over the chapter's own prose, or a sign-up heading followed by more than a form's few
short lines, stay.
"""

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()


def test_a_side_menu_under_the_title_goes_with_its_entries():
    text = (
        "Short Breaks Policy\n"
        "More in this section\n"
        "Short Breaks Policy\n"
        "Direct Payments\n"
        "Transitions to Adult Services\n"
        "Eligibility\n"
        "Disabled children and their families can ask for short breaks at any time, and we "
        "answer within ten working days.\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert "More in this section" not in kept
    assert "Direct Payments" not in kept and "Transitions to Adult Services" not in kept
    assert kept.startswith("Short Breaks Policy\nEligibility\n")


def test_the_side_menu_heading_over_the_chapters_prose_keeps_the_prose():
    text = (
        "Short Breaks Policy\n"
        "In this section\n"
        "This section explains how families ask for short breaks and how we decide.\n"
    )
    assert "how families ask for short breaks" in strip_edge_chrome(text, CUES)


def test_a_sign_up_form_closing_the_page_goes():
    text = (
        "Fostering Values\n"
        "Our promise\n"
        "Every foster carer has a supervising social worker who visits at least every six "
        "weeks.\n"
        "\n"
        "Get email updates\n"
        "Tell me when the fostering pages change.\n"
        "Your email\n"
        "Sign up\n"
        "Read our privacy notice to see how we use your details.\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.rstrip().endswith("every six weeks.")
    assert "privacy notice" not in kept and "Your email" not in kept


def test_a_sign_up_heading_over_more_than_a_forms_lines_stays():
    long_line = "Carers told us they wanted to hear about training days sooner, " * 3
    text = (
        "Fostering Values\n"
        "Our promise\n"
        "Every foster carer has a supervising social worker.\n"
        "Email updates\n" + long_line.strip() + "\n"
    )
    assert "Email updates" in strip_edge_chrome(text, CUES)


def test_a_sign_up_heading_with_a_chapter_heading_under_it_stays():
    text = (
        "Fostering Values\n"
        "Our promise\n"
        "Every foster carer has a supervising social worker.\n"
        "Email updates\n"
        "## Training\n"
        "New carers join the course.\n"
    )
    assert "## Training" in strip_edge_chrome(text, CUES)
