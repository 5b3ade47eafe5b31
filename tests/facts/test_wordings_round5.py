"""Facts in a fifth round of wordings (issue 12, item 4), as a user reads them off a chapter:
amendment notes that say "last checked", "Last amended" with a day, a version and its date, a
history whose entries use any words, a note in the council's own voice; a later range of ages
as a leaving-care extension; looked-after terms before a footnote number; a model named by how
the council works; principles as a table or in looser paraphrase; Acts cited in a sentence with
their sections or as its basis.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis import analyze
from app.facts import read_outline, sentence_spans
from app.families import get_family
from app.ingest import read_source
from tests.reading import facts_of

_FAMILY_DATA_MODELS = "Restorative Practice"


def _value(text: str, key: str, filename: str = "chapter.txt") -> object:
    return facts_of(text, filename)[key].value


# --- amendment statements --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amendment", "stamp"),
    [
        ("Our values\n\nThis chapter was last checked in Sept 2023.\n", "2023-09", None),
        ("Our values\n\n_Last amended 4th March 2024_\n", "2024-03-04", None),
        ("Our values\n\nLast revised: 21st June 2023\n", "2023-06-21", None),
        ("Our values\n\nLast updated: 21st June 2023\n", None, "2023-06-21"),
        ("Our values\n\nv4.1 \u2013 3 Nov 2024\n", "2024-11-03", None),
        ("Our values\n\nVersion 6 (May 2024)\n", "2024-05", None),
    ],
)
def test_labels_of_an_amendment_and_of_the_page(
    text: str, amendment: str | None, stamp: str | None
) -> None:
    facts = facts_of(text)
    assert facts["amendment_date"].value == amendment
    assert facts["last_updated"].value == stamp


def test_a_version_named_in_a_sentence_with_other_dates_is_no_amendment() -> None:
    text = "Our values\n\nVersion 3 of the guidance, issued in May 2019, is still followed by us.\n"
    assert _value(text, "amendment_date") is None


def test_every_entry_of_a_history_list_dates_a_change_whatever_its_words() -> None:
    text = (
        "Our values\n\nWe listen to children.\n\nRecord of changes\n\n"
        "- 2nd Sept 2024 - care leavers offered a personal adviser to 25.\n"
        "- 1st May 2020 - first published.\n"
    )
    assert _value(text, "amendment_date") == "2024-09-02"


def test_a_list_of_dated_events_with_no_change_in_it_is_no_history() -> None:
    text = (
        "Our values\n\nKey dates for our partnership:\n\n"
        "- March 2024 - partnership board meets.\n- June 2024 - annual conference.\n"
    )
    assert _value(text, "amendment_date") is None


def test_a_note_in_the_councils_voice_saying_how_things_now_stand() -> None:
    text = (
        "Policies, Values and Principles\n\nIn January 2025 we lengthened the offer to care "
        "leavers: every care leaver can now have a personal adviser until they are 25.\n"
    )
    assert _value(text, "amendment_date") == "2025-01"


def test_a_dated_event_without_now_is_no_amendment() -> None:
    text = "Our values\n\nIn January 2025 we opened a family hub in the town centre.\n"
    assert _value(text, "amendment_date") is None


def test_a_long_title_line_does_not_run_into_the_note_under_it() -> None:
    text = (
        "Children's Services Policies, Values and Principles for Everyone\n"
        "Amended in March 2025: the offer to care leavers now runs to 25, not the 21 set in "
        "June 2019.\n"
        "This chapter sets out our policy and values.\n"
    )
    assert _value(text, "amendment_date") == "2025-03"


@given(st.lists(st.sampled_from(["Title line long enough to look wrapped here", "next", ""])))
def test_sentences_never_cross_a_break(lines: list[str]) -> None:
    text = "\n".join(lines)
    breaks = {index for index, char in enumerate(text) if index == 0 or text[index - 1] == "\n"}
    for span in sentence_spans(text, breaks):
        assert not any(span.start < position < span.end for position in breaks)


def test_plain_offsets_map_back_from_original_ones() -> None:
    outline = analyze(
        read_source(b"# Title\n\nSee [the Act](https://x.org) **now**.\n", "a.md"), get_family()
    ).outline
    reading = read_outline(outline)
    for offset in range(len(outline.text)):
        plain = reading.plain.to_plain(offset)
        assert 0 <= plain <= len(reading.text)


# --- leaving care, looked-after term, models ---------------------------------------------------


def test_a_later_range_of_ages_is_an_extension() -> None:
    text = (
        "Leaving care\n\nCare leavers have a personal adviser until they are 21, and young "
        "people aged 21 to 25 can ask for that help again whenever they need it.\n"
    )
    value = _value(text, "leaving_care_support_age")
    assert isinstance(value, dict)
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]
    assert value["extended"][0]["condition"] == "whenever they need it"


def test_a_range_that_the_limit_itself_ends_adds_nothing() -> None:
    text = "Leaving care\n\nWe support care leavers aged 18\u201325 with a personal adviser.\n"
    assert _value(text, "leaving_care_support_age") == {"age": 25, "extended": []}


def test_a_footnote_number_after_the_term_does_not_hide_it() -> None:
    html = (
        "<h1>Our values</h1><p>We have duties to Cared for Children<sup>2</sup> and to care "
        "leavers.</p>"
    )
    assert _value(html, "looked_after_term", "page.html") == "Cared for Children"


def test_the_term_still_ends_at_a_letter() -> None:
    text = "Our values\n\nWe plan for looked after childrenswear donations.\n"
    assert _value(text, "looked_after_term") is None


def test_a_known_model_named_by_how_the_council_works() -> None:
    text = "How we work\n\nAcross our teams we work restoratively with families.\n"
    assert _value(text, "named_models") == [_FAMILY_DATA_MODELS]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trauma-informed practice underpins everything we do.",
        "We work relationally and respectfully with families.",
        "Restorative conversations are sometimes used in meetings.",
    ],
)
def test_descriptions_of_practice_name_no_model(sentence: str) -> None:
    assert _value(f"How we work\n\n{sentence}\n", "named_models") == []


def test_ways_of_working_name_only_known_models() -> None:
    from app.families.childrens_policies import extractors

    assert set(extractors._WAYS_OF_WORKING.values()) <= set(extractors._KNOWN_MODELS)


# --- corporate parenting principles ------------------------------------------------------------


def test_principles_as_a_table_count_its_rows_not_its_header() -> None:
    text = (
        "# Our promise\n\nWe are corporate parents to every child in our care.\n\n"
        "| Our promise | In practice |\n|---|---|\n"
        "| Best interests | We put their best interests and well-being first |\n"
        "| Their voice | We encourage them to express their views |\n"
        "| Listening | We take their wishes into account |\n"
        "| Services | We help them access our services |\n"
        "| Aspiration | We hold high aspirations for them |\n"
        "| Safety | We keep them safe and stable |\n"
        "| Adulthood | We prepare them for adulthood |\n"
    )
    assert _value(text, "corporate_parenting_principles", "chapter.md") == 7


def test_principles_paraphrased_loosely_in_a_numbered_list() -> None:
    text = (
        "Being a corporate parent\n\nAs corporate parents we will:\n\n"
        "1. put the best interests of children in care first;\n"
        "2. help them to tell us what they think and feel;\n"
        "3. listen to what they tell us and act on it;\n"
        "4. make sure they can use our services and those of our partners;\n"
        "5. hold high hopes for them;\n"
        "6. give them safety and stability;\n"
        "7. get them ready for adult life.\n"
    )
    assert _value(text, "corporate_parenting_principles") == 7


def test_a_table_of_contacts_is_no_principles_table() -> None:
    text = (
        "| Team | Telephone |\n|---|---|\n| Leaving care | 0100 000 000 |\n"
        "| Fostering | 0100 000 001 |\n"
    )
    assert _value(f"Contacts\n\n{text}", "corporate_parenting_principles", "chapter.md") == 0


# --- legislation in a sentence -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Our duties arise under section 17 of the Children Act 1989, section 11 of the Children "
        "Act 2004 and section 1 of the Children and Social Work Act 2017.",
        "This chapter rests on the Children Act 1989, the Children Act 2004 and the Children and "
        "Families Act 2014.",
        "Our key legislation is the CA 1989, the CA 2004 and the C&SWA 2017.",
    ],
)
def test_three_acts_cited_as_the_basis_are_the_list(sentence: str) -> None:
    assert _value(f"Introduction\n\n{sentence}\n", "legislation_count") == 3


def test_three_acts_the_services_are_delivered_in_line_with_stay_prose() -> None:
    text = (
        "Introduction\n\nOur services are delivered in line with the Children Act 1989, the "
        "Children Act 2004 and the Children and Social Work Act 2017.\n"
    )
    assert _value(text, "legislation_count") == 0


def test_a_provision_cited_after_an_act_is_not_its_instrument() -> None:
    text = (
        "The law\n\nRelevant legislation:\n\n- Children Act 1989, section 22\n"
        "- Children Act 2004 (s.11)\n- Children and Social Work Act 2017\n"
    )
    items = _value(text, "legislation")
    assert isinstance(items, list)
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Children Act", 2004),
        ("Children and Social Work Act", 2017),
    ]
    assert items[0]["cited"] == "Children Act 1989, section 22"


# --- two values for one fact --------------------------------------------------------------------


def test_a_note_and_an_older_statement_of_the_timescale_conflict() -> None:
    text = (
        "Policies, Values and Principles\n\nIn May 2024 we shortened our timescale: a "
        "permanence plan is now made within 4 months of a child coming into care.\n\n"
        "Key principles\n\nA permanence plan will be made for each child within six months.\n"
    )
    fact = facts_of(text)["permanence_plan_months"]
    assert fact.value == 4
    assert fact.conflict
    assert [alternative.value for alternative in fact.alternatives] == [6]
    assert all(evidence.quote in text for evidence in fact.alternatives[0].evidence)
