"""Chrome of pages copied as text that blind185 met (decision 0293): a top-tasks grid of bare
verbs over their descriptions, a page reader's controls under its "Listen" button, a hero
picture's caption and credit under the title, a rail of popular pages over the title, the
site's name said again at the foot, a chat widget closing the page. Pages in our own words,
worded unlike the case documents."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


def test_a_grid_of_task_tiles_over_the_trail_is_chrome_and_the_title_stays():
    page = (
        "Lowmere Borough Council\nRequest\nA new wheelie bin or recycling box\nRenew\n"
        "Library books and resident parking permits\nCheck\nYour bin day and polling station\n"
        "Home > Children > Fostering manual\nFostering Panel Procedure\n"
        "This procedure was revised in March 2026.\n\nThe panel\nThe panel meets monthly.\n"
    )
    text = _strip(page)
    assert text.startswith("Fostering Panel Procedure\n")
    assert "Renew" not in text


def test_one_task_verb_over_a_line_is_no_grid():
    page = (
        "Skip to content\nBook\nA guide for foster carers\n\nThis book explains what foster "
        "carers can expect from us and what we expect of them.\n\nPayments\nWe pay weekly.\n"
    )
    assert "Book\nA guide for foster carers" in _strip(page)


def test_a_readers_controls_under_its_listen_button_are_chrome():
    page = (
        "Home > Adoption > Procedures\nAdoption Support Policy\nListen to this page\nPlay\n"
        "Pause\nVolume\nSettings\nRevised in January 2026 to add the support fund.\n\n"
        "Support after adoption\nEvery adoptive family can ask for an assessment of need.\n"
    )
    text = _strip(page)
    assert "Volume" not in text and "Pause" not in text
    assert text.startswith("Adoption Support Policy\nRevised in January 2026")


def test_a_control_word_away_from_a_reader_is_the_chapters():
    page = (
        "Home > Safeguarding\nMissing Children Procedure\nAmended in May 2025.\n\n"
        "Stop\nIf a child is missing, stop and call the police first.\n"
    )
    assert "\nStop\nIf a child" in _strip(page)


def test_a_hero_pictures_caption_and_credit_under_the_title_are_chrome():
    page = (
        "Home > Care leavers\nLeaving Care Policy\nTwo young people cook a meal in their new "
        "flat\nImage credit: Pat Oyelaran\nThis policy was amended in February 2026.\n\n"
        "Our offer\nWe help with housing, money and work.\n"
    )
    text = _strip(page)
    assert "Image credit" not in text and "cook a meal" not in text
    assert text.startswith("Leaving Care Policy\nThis policy was amended")


def test_a_popular_pages_rail_over_the_title_goes_with_all_its_links():
    page = (
        "Skip to main content\nMarlow Fen Council\nMost popular\nReport a pothole\n"
        "Garden waste\nRegister a birth\nFoster care allowances\nPrivate Fostering Procedure\n"
        "We amended this procedure in November 2025 to add the new notification form.\n\n"
        "What private fostering is\nA child under 16 lives with someone who is not a relative.\n"
    )
    text = _strip(page)
    assert text.startswith("Private Fostering Procedure\n")
    assert "Foster care allowances" not in text


def test_a_rail_that_ends_at_a_blank_line_never_takes_the_title():
    page = (
        "Skip to main content\nMost popular\nReport a pothole\nGarden waste\n\n"
        "Private Fostering Procedure\nWe amended this procedure in November 2025.\n"
    )
    assert "\nPrivate Fostering Procedure\nWe amended" in _strip(page)


def test_the_sites_name_said_again_at_the_foot_is_chrome():
    page = (
        "Ashby Wold Council\nFamily Help Procedures Library\nMenu\nShort Breaks Policy\n"
        "This policy was amended in June 2025.\n\nEligibility\nDisabled children can have "
        "short breaks after an assessment.\n\nAshby Wold Council Family Help Procedures Library\n"
    )
    text = _strip(page)
    assert text.rstrip().endswith("short breaks after an assessment.")


def test_a_chat_widget_closing_the_page_is_chrome():
    page = (
        "Home > Children\nContact Policy\nAmended in April 2026.\n\nFamily time\nChildren "
        "keep in touch with the people who matter to them.\n\nChat with us\nOur virtual "
        "assistant answers questions about council services.\nStart a chat\n"
    )
    text = _strip(page)
    assert "Chat with us" not in text and "virtual assistant" not in text
    assert text.rstrip().endswith("people who matter to them.")
