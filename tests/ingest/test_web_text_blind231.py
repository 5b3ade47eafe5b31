"""Chrome of pages copied as text that blind231 met (decision 0355): a site's menu flattened
into many short lines down to a title under the site's trail, a trail whose last step names the
page in fewer words than its heading, a rating widget showing its average, a link to the page's
Easy Read copy, and a post's tags and comment count. Pages in our own words, worded unlike the
case documents, with near misses that stay."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


_MENU = (
    "Menu\nWaste and recycling\nGarden waste\nCouncil tax\nDiscounts and exemptions\nHousing\n"
    "Council homes\nPlanning\nBuilding control\nTransport\nBus passes\nEducation\nSchool "
    "transport\nSocial care\nCarers\nLeisure\nSports centres\nBusiness\nLicences\nYour council\n"
    "Elections\n"
)


def test_a_long_menu_down_to_a_title_under_the_trail_is_chrome() -> None:
    page = (
        "Ormsby Fen Council\n" + _MENU + "Home / Social care / Fostering\n"
        "Fostering Allowances and Fees Policy\n"
        "Amended: in October 2025 the weekly rates were raised.\n\n"
        "Who this covers\nEvery approved foster carer.\n"
    )
    text = _strip(page)
    assert text.startswith("Fostering Allowances and Fees Policy\n")
    assert "Bus passes" not in text


def test_a_long_menu_with_no_trail_over_the_title_is_left() -> None:
    page = (
        "Ormsby Fen Council\n" + _MENU + "Fostering Allowances and Fees Policy\n"
        "Amended: in October 2025 the weekly rates were raised.\n\n"
        "Who this covers\nEvery approved foster carer.\n"
    )
    assert "Bus passes" in _strip(page)


def test_a_trails_last_step_in_fewer_words_than_the_heading_is_chrome() -> None:
    page = (
        "Skip to main content\nHome\nAdoption\nSupport after adoption\n"
        "Guardianship support policy\n"
        "Adoption and Special Guardianship Support Policy\n"
        "This policy was revised in May 2026.\n\nOur offer\nEvery family can ask for help.\n"
    )
    text = _strip(page)
    assert text.startswith("Adoption and Special Guardianship Support Policy\n")
    assert "Support after adoption" not in text


def test_a_step_ending_otherwise_than_the_heading_under_it_is_no_trail_step() -> None:
    page = (
        "Skip to main content\nHome\nAdoption\nSupport after adoption\nAdoption support, money\n"
        "Adoption and Special Guardianship Support Policy\n"
        "This policy was revised in May 2026.\n\nOur offer\nEvery family can ask for help.\n"
    )
    assert "Adoption support, money\n" in _strip(page)


def test_a_rating_widget_showing_its_average_is_chrome() -> None:
    page = (
        "Home > Fostering\nFoster Carer Review Procedure\n"
        "Rate this chapter \u2605\u2605\u2605\u2606\u2606 (3.4 from 112 votes)\n"
        "Updated in April 2026.\n\nThe annual review\nEach carer is reviewed every year.\n"
    )
    text = _strip(page)
    assert "votes" not in text
    assert "Updated in April 2026." in text


def test_a_link_to_the_easy_read_copy_and_its_notice_are_chrome() -> None:
    page = (
        "Home > Care leavers\nMoney, Housing and Work for Care Leavers\n"
        "An easy read version is available\n"
        "Download the easy read version of this page (PDF, 640KB)\n"
        "We changed this page in July 2025.\n\nMoney\nYou can ask for a setting-up grant.\n"
    )
    text = _strip(page)
    assert "easy read" not in text.lower()
    assert text.startswith("Money, Housing and Work for Care Leavers\n")


def test_a_heading_naming_the_easy_read_copy_stays() -> None:
    page = (
        "Home > Care leavers\nLocal Offer for Care Leavers\nWe changed this page in July 2025."
        "\n\nMoney\nYou can ask for a setting-up grant.\n\nEasy read version\nWe have a shorter "
        "copy of this offer with pictures; ask your personal adviser for one.\n"
    )
    assert "Easy read version\nWe have" in _strip(page)


def test_a_posts_tags_and_comment_count_are_chrome() -> None:
    page = (
        "Staff Hub\nNews\nTeams\nSign out\nSupervision Policy for Social Workers\n"
        "Posted by Dev Oduya on 2 March 2026 in Workforce\n"
        "Tagged: supervision, reflective practice, workforce\n12 comments\n"
        "This policy was amended in March 2026.\n\nHow often\nMonthly, and more often in the "
        "first year.\n"
    )
    text = _strip(page)
    assert "Tagged" not in text and "12 comments" not in text
    assert "Posted by Dev Oduya on 2 March 2026 in Workforce" in text


def test_a_sentence_about_tags_is_the_chapters() -> None:
    page = (
        "Home > Youth justice\nElectronic Monitoring Procedure\nRevised in June 2025.\n\n"
        "Tags\nTags: a young person on a curfew wears one, and we explain why first.\n"
    )
    assert "Tags: a young person on a curfew" in _strip(page)
