"""Wordings blind set 361 showed the reader missing (decision 0532).

- Corporate parenting principles run into one sentence as bare verbs after "will", set apart by
  semicolons, with no colon and no "to" before each.
- Principles listed inside one cell of a web page's table (the list reads as the cell's
  sentences).
- Principles one a paragraph where the services duty takes two paragraphs.
- A permanence timescale in months written "mths".
- A support age in a care leaver's own words ("until you're 21", "the day before your 25th
  birthday").
- A practice model practised under an initialism the chapter spells out, and one named by a
  heading "Our model - Name".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from app.families.childrens_policies.extractors import _services_said_in_two
from app.sections import Block
from tests.families.fact_helpers import fact_count, fact_value, model_names, support_ages

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Introduction\n\n"
    "This chapter is for everyone who works in the borough's services for children.\n\n"
    "{heading}\n\n"
    "{paragraph}\n"
)


def _chapter(paragraph: str, heading: str = "The council as corporate parent") -> str:
    return _CHAPTER.format(heading=heading, paragraph=paragraph)


def test_bare_verbs_after_a_modal_set_apart_by_semicolons_are_each_a_principle() -> None:
    """Seven clauses, one of them ("point them to whatever is there") in words no principle's
    cue knows: the clauses, not the cues, count the principles."""
    paragraph = (
        "Members and officers share the role of parent for every child in care. For each of "
        "them the council shall put their best interests and well-being first; ask what they "
        "think about their plans; give their views proper weight; point them to whatever is "
        "there for them; push for the best outcomes for them; keep them safe and settled; and "
        "ready them for adulthood."
    )
    assert fact_count(_chapter(paragraph), "corporate_parenting_principles") == 7


def test_semicolon_clauses_opening_on_pronouns_are_no_run_of_principles() -> None:
    paragraph = (
        "Members and officers share the role of parent for every child in care. At each "
        "meeting the panel will hear how their best interests were served; they ask what "
        "children think; the chair takes their views into account; it checks access to "
        "services; the minutes record aspirations; a member reports on safety; and the "
        "clerk notes plans for adulthood."
    )
    assert fact_count(_chapter(paragraph), "corporate_parenting_principles") != 7


_CELL_PAGE = """<html><body><main>
<h1>Children's Services Policies, Values and Principles</h1>
<h2>Introduction</h2>
<p>This chapter is for everyone who works in the borough's services for children.</p>
<h2>The council as corporate parent</h2>
<p>Every councillor shares in being a corporate parent to children in care.</p>
<table>
<tr><th scope="row">Our duties</th><td><ul>
<li>Put each child's best interests and health first.</li>
<li>Invite them to tell us their wishes and feelings.</li>
<li>Give what they say proper weight.</li>
<li>Make sure they can reach the services they need.</li>
<li>Push for the best outcomes for them.</li>
<li>Keep them safe and their lives stable.</li>
<li>Ready them for adulthood.</li>
</ul></td></tr>
<tr><th scope="row">Reviewed by</th><td>The Corporate Parenting Board, twice a year.</td></tr>
</table>
</main></body></html>
"""


def test_principles_listed_inside_one_table_cell_are_counted() -> None:
    assert fact_count(_CELL_PAGE, "corporate_parenting_principles", "chapter.html") == 7


def test_a_cell_of_practice_sentences_is_no_list_of_principles() -> None:
    page = _CELL_PAGE.replace(
        "<li>Ready them for adulthood.</li>", "<li>The board meets in the town hall.</li>"
    ).replace("<li>Keep them safe and their lives stable.</li>", "<li>Minutes are kept.</li>")
    assert fact_count(page, "corporate_parenting_principles", "chapter.html") != 7


_LABELLED = (
    "Every councillor shares in being a corporate parent to children in care, and has made "
    "these promises.\n\n"
    "Interests first: we do what is in your best interests.\n\n"
    "Having a say: we ask what you think.\n\n"
    "Being heard: what you tell us changes what we decide.\n\n"
    "Finding help: we tell you about the services there for you.\n\n"
    "Making use of it: we help you get the most from those services.\n\n"
    "Aiming high: we expect the best for you.\n\n"
    "Safe and ready: we keep you safe, and we prepare you for adult life.\n"
)


def test_the_services_duty_in_two_paragraphs_counts_each_paragraph() -> None:
    assert fact_count(_chapter(_LABELLED), "corporate_parenting_principles") == 7


def _paragraphs(*texts: str) -> list[tuple[Block, str]]:
    return [(Block("paragraph", 0, len(text), text), text.lower()) for text in texts]


def test_services_said_again_in_the_next_whole_paragraph_is_its_second_half() -> None:
    run = _paragraphs(
        "Your say: we ask what you think.", "Finding help: we tell you about services."
    )
    assert _services_said_in_two("using it: we help you use those services well.", run, 3)


def test_a_line_the_layout_broke_off_is_no_second_half_of_the_services_duty() -> None:
    run = _paragraphs("Your say: we ask what you think.", "4 | We help you to gain access")
    assert not _services_said_in_two("to the services you need.", run, 3)


def test_months_written_mths_are_a_permanence_timescale() -> None:
    paragraph = (
        "Planning timescales for children in care:\n\n"
        "| Step | When |\n|---|---|\n"
        "| Permanence plan agreed | within 5 mths of entering care |\n"
        "| Care plan reviewed | every 6 mths |\n"
    )
    text = _chapter(paragraph, "Principles of practice")
    assert fact_value(text, "permanence_plan_months", "chapter.md") == 5


def test_a_care_leavers_own_words_give_the_support_age_and_its_extension() -> None:
    paragraph = (
        "Our care leavers wrote this part themselves.\n\n"
        "You don't say goodbye to your personal adviser when you leave care. You keep them "
        "until you're 21, and you can keep them until you're 25 if you're in training."
    )
    assert support_ages(_chapter(paragraph, "Leaving care")) == (21, [25])


def test_the_day_before_your_birthday_gives_that_birthdays_age() -> None:
    paragraph = (
        "How long can I keep my personal adviser? Until the day before your 25th birthday, "
        "whatever you are doing."
    )
    assert support_ages(_chapter(paragraph, "Leaving care")) == (25, [])


def test_a_model_practised_under_an_initialism_is_named_by_its_spelt_out_words() -> None:
    paragraph = (
        "Every team in the borough practises KTP. Kinship Thread Practice (KTP) began in 2021 "
        "and asks workers to map the people who matter to a child."
    )
    assert model_names(_chapter(paragraph, "How we practise")) == ["Kinship Thread Practice"]


def test_an_initialism_for_a_hub_teams_use_names_no_model() -> None:
    paragraph = (
        "Every referral goes to the Multi-Agency Referral Hub (MARH). Social workers use MARH "
        "to share concerns with the police and health."
    )
    assert model_names(_chapter(paragraph, "How we practise")) == []


def test_a_heading_our_model_dash_name_names_the_model() -> None:
    paragraph = (
        "Each worker is trained in this way of working in their first year. It starts from the "
        "people a child already trusts."
    )
    assert model_names(_chapter(paragraph, "Our model - Lanternhill")) == ["Lanternhill"]
