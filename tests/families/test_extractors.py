"""The family's fact extractors on the seeds, on the cases in tests/cases/facts and on wordings."""

import json
import re
import textwrap
from pathlib import Path

import pytest

from app.analysis import analyze
from app.facts import extract_facts
from app.families import get_family
from app.families.childrens_policies.extractors import (
    EXTRACTORS,
    detect_local_names,
)
from app.families.childrens_policies.learned_facts import SENTENCE_RULES
from app.ingest import read_source
from tests.conftest import CASES_DIR
from tests.families.fact_helpers import one_section_reading, one_section_values

FACT_CASES = sorted(
    path for path in (CASES_DIR / "facts").iterdir() if path.suffix in {".txt", ".md", ".html"}
)
SPEC_ORDER = [
    "amendment_date",
    "last_updated",
    "version_label",
    "leaving_care_support_age",
    "permanence_plan_months",
    "corporate_parenting_principles",
    "legislation",
    "legislation_count",
    "named_models",
    "looked_after_term",
]


def _facts_of_file(path: Path) -> dict:
    analyzed = analyze(read_source(path.read_bytes(), path.name), get_family())
    for fact in analyzed.facts:
        for evidence in fact.evidence:
            assert analyzed.text[evidence.start : evidence.end] == evidence.quote
    return {fact.key: fact.value for fact in analyzed.facts}


def test_extractors_are_registered_in_the_order_of_the_spec():
    assert list(EXTRACTORS) == SPEC_ORDER
    family = get_family().extractors
    assert list(family) == SPEC_ORDER
    assert all(family[key] is EXTRACTORS[key] for key in SPEC_ORDER if key not in SENTENCE_RULES)


def test_facts_of_every_seed_match_what_a_careful_reader_found(seed_paths, expected_seeds):
    assert seed_paths, "the seeds beside the repository are missing"
    for document in expected_seeds["documents"]:
        facts = _facts_of_file(next(p for p in seed_paths if p.name == document["file"]))
        for key, expected in document["facts"].items():
            got = facts[key]
            if key == "named_models":
                got, expected = sorted(got), sorted(expected)
            assert got == expected, f"{document['file']}: {key}"


@pytest.mark.parametrize("path", FACT_CASES, ids=lambda path: path.name)
def test_facts_of_varied_cases(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    facts = _facts_of_file(path)
    for key, value in expected.items():
        assert facts[key] == value, key


@pytest.mark.parametrize(
    ("sentence", "age", "extended"),
    [
        ("Care leavers are supported until they are 25.", 25, []),
        ("We help young people leaving care up to the age of 23.", 23, []),
        ("When they leave care we support them until their 25th birthday.", 25, []),
        (
            "After they leave care young people have a personal adviser to 21, or 25 if they are "
            "in education or training.",
            21,
            [{"age": 25, "condition": "in education or training"}],
        ),
        (
            "Care leavers get help at least until they are 18 or 21 if in part time work.",
            18,
            [{"age": 21, "condition": "in part-time work"}],
        ),
        (
            "Care leavers are supported until they are twenty-one (or twenty-five where they "
            "remain in higher education).",
            21,
            [{"age": 25, "condition": "in higher education"}],
        ),
        (
            "Care leavers keep their personal adviser until they are 21. This can be extended "
            "to 25 whilst they are studying full time.",
            21,
            [{"age": 25, "condition": "studying full-time"}],
        ),
        (
            "Young people who left care are helped up to 21, or 24 provided that they are "
            "still in training.",
            21,
            [{"age": 24, "condition": "in training"}],
        ),
    ],
)
def test_leaving_care_support_age_wordings(sentence, age, extended):
    assert one_section_values(sentence)["leaving_care_support_age"] == {
        "age": age,
        "extended": extended,
    }


def test_ages_outside_leaving_care_are_not_taken():
    text = "Children under 5 attend nursery. Staff are trained up to the age of 25 in theory."
    assert one_section_values(text)["leaving_care_support_age"] is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Permanence plans are made within 4 months.", 4),
        ("A permanence plan is agreed within four months of a child entering care.", 4),
        ("We aim for permanency within twelve months.", 12),
        ("Reviews happen within 3 months. Permanence is our aim.", None),
    ],
)
def test_permanence_plan_months(text, months):
    assert one_section_values(text)["permanence_plan_months"] == months


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("It includes the seven corporate parenting principles.", 7),
        ("The Corporate Parenting Principles are set out in law.", 0),
        ("There is no mention here of any principles for parents.", 0),
        (
            "The corporate parenting principles are the seven principles below:\n"
            "- one;\n- two;\n- three;\n- four;\n- five.\n",
            5,
        ),
        (
            "The council has adopted eight corporate parenting principles of its own.",
            8,
        ),
    ],
)
def test_corporate_parenting_principles(text, count):
    assert one_section_values(text)["corporate_parenting_principles"] == count


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In May 2024, this chapter was revised in line with new guidance.", "2024-05"),
        ("This chapter was updated in May 2024.", "2024-05"),
        ("On 3 June 2024 this chapter was amended.", "2024-06-03"),
        ("In January 2017, the following note was added.", "2017-01"),
        (
            "In January 2019, Section 4 was added in response to Statutory Guidance (Feb 2018).",
            "2019-01",
        ),
        ("Working Together was published in December 2023.", None),
        ("Guidance (March 2022) applies to this chapter.", None),
    ],
)
def test_amendment_date_wordings(text, date):
    assert one_section_values(text)["amendment_date"] == date


def test_amendment_date_takes_the_latest_of_several_statements():
    text = (
        "In March 2018 this chapter was updated.\n\nIn October 2021 a new Section 3 was added.\n\n"
        "This chapter was reviewed in June 2020."
    )
    assert one_section_values(text)["amendment_date"] == "2021-10"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Body text.\n\nLast Updated: May 22, 2024\n", "2024-05-22"),
        ("Body text.\n\nLast reviewed: 22/05/2024\n", "2024-05-22"),
        ("Body text.\n\n**Page last updated on 1 February 2023**\n", "2023-02-01"),
        ("Intro.\n\nJune 3, 2024\n\nMore text.", "2024-06-03"),
        ("Text.\n\nLast updated | 3 May 2024\n", "2024-05-03"),
        ("Updated: 4 March 2024\n\nNext review date: May 2026\n", "2024-03-04"),
        ("Intro.\n\nMay 2024\n\nMore text about March 2020.", None),
    ],
)
def test_last_updated_wordings(text, date):
    assert one_section_values(text)["last_updated"] == date


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Body.\n\nv27\n", "v27"),
        ("Body.\n\nVersion 3.1\n", "Version 3.1"),
        ("Version: 12\n\nBody.", "12"),
        ("A summary version of the framework is available.", None),
    ],
)
def test_version_label_wordings(text, label):
    assert one_section_values(text)["version_label"] == label


@pytest.mark.parametrize(
    ("cited", "instrument", "years"),
    [
        (
            "General Data Protection Regulation (GDPR 2018)",
            "General Data Protection Regulation",
            [],
        ),
        (
            "Data Protection legislation (Data Protection Act 2018)",
            "Data Protection legislation",
            [],
        ),
        # "(as amended)" says the Act is cited as later changed: no part of the instrument
        # (decision 0118; this case kept the whole item before, as a same-results guard).
        ("Equality Act 2010 (as amended)", "Equality Act", [2010]),
        ("Children Acts 1989 & 2004", "Children Act", [1989, 2004]),
        # One Act named twice with two years is the same instrument as "Children Acts 1989 and
        # 2004" (decision 0307); two different Acts in one item are not read that way.
        ("the Children Act 1989 and the Children Act 2004", "Children Act", [1989, 2004]),
        ("Children Act 1989 and Children Act 2004", "Children Act", [1989, 2004]),
        ("Education Act 1996 & the Education Act 2002", "Education Act", [1996, 2002]),
        ("Adoption and Children Act 2002 ", "Adoption and Children Act", [2002]),
    ],
)
def test_legislation_items_with_brackets_or_years_at_their_end(cited, instrument, years):
    text = f"Our work is underpinned by legislation including:\n- {cited};\n- Children Act 1989.\n"
    item = one_section_values(text)["legislation"][0]
    assert (item["instrument"], item["years"]) == (instrument, years)


def test_legislation_items_keep_duplicates_and_split_instrument_and_year():
    text = (
        "Our work is underpinned by legislation including:\n"
        "- The Children Acts 1989 and 2004;\n"
        "- Data Protection legislation;\n"
        "- Children Act 1989;\n"
        "- Children (Leaving Care) Act 2000.\n"
    )
    facts = one_section_values(text)
    assert facts["legislation_count"] == 4
    assert facts["legislation"] == [
        {
            "cited": "The Children Acts 1989 and 2004",
            "instrument": "Children Act",
            "year": 1989,
            "years": [1989, 2004],
        },
        {
            "cited": "Data Protection legislation",
            "instrument": "Data Protection legislation",
            "year": None,
            "years": [],
        },
        {"cited": "Children Act 1989", "instrument": "Children Act", "year": 1989, "years": [1989]},
        {
            "cited": "Children (Leaving Care) Act 2000",
            "instrument": "Children (Leaving Care) Act",
            "year": 2000,
            "years": [2000],
        },
    ]


def test_lists_not_about_legislation_are_not_legislation():
    text = "We will judge success by:\n- good inspections;\n- better outcomes.\n"
    assert one_section_values(text)["legislation"] == []


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "Our Practice Model - Bright Futures Together® guides all teams.",
            ["Bright Futures Together"],
        ),
        (
            "The Hillside Family Support Model (HFSM) shows levels of need.",
            ["Hillside Family Support Model"],
        ),
        ("We adopt the Signs of Safety principles in all our work.", ["Signs of Safety"]),
        ("Teams follow the Family Safeguarding Model across the county.", ["Family Safeguarding"]),
        (
            "We use Safe and Together and Restorative Practice.",
            ["Safe and Together", "Restorative Practice"],
        ),
        ("Our model is built on systemic practice and social pedagogy. The Model is simple.", []),
    ],
)
def test_named_models(text, models):
    assert one_section_values(text)["named_models"] == models


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Looked after children and looked-after children and children looked after.",
            "Looked After Children",
        ),
        (
            "Children looked after are visited. Children Looked After have plans.",
            "Children Looked After",
        ),
        ("Cared for children, cared-for children and Children in Care.", "Cared for Children"),
        ("Children in care have a voice; one looked after child spoke.", "Children in Care"),
        (
            "Young people who are looked after and children who are looked after.",
            "children who are looked after",
        ),
        ("Looked after children. Children in care.", "Looked After Children"),
        ("Children in care. Looked after children.", "Children in Care"),
        ("No term for children away from home appears here.", None),
    ],
)
def test_looked_after_term_is_the_most_used_then_the_first(text, term):
    assert one_section_values(text)["looked_after_term"] == term


def test_local_names_come_from_the_templates_slots():
    text = (
        "This policy sets out the framework within which Northvale Children's Services work "
        "with families. Children looked after by Northvale live nearby. The strategy for "
        "Bright Start is to help early. See the Northvale Resource Library. Contact Westshire "
        "County Council or the Local Authority."
    )
    names = detect_local_names(one_section_reading(text))
    assert set(names) == {"Northvale Children's Services", "Northvale", "Bright Start", "Westshire"}
    assert names[0] == "Northvale Children's Services"
    assert get_family().local_names is detect_local_names


def test_an_extension_condition_keeps_its_own_list_of_options():
    text = (
        "Care leavers are supported until they are 21, or 25 if they are in education, training "
        "or employment, so that they can plan ahead."
    )
    assert one_section_values(text)["leaving_care_support_age"] == {
        "age": 21,
        "extended": [{"age": 25, "condition": "in education, training or employment"}],
    }


def test_legislation_listed_as_plain_short_lines():
    text = (
        "The relevant legislation includes:\n"
        "Children Act 1989\n"
        "Children Act 2004\n"
        "Equality Act 2010\n"
        "\n"
        "The rest of this chapter explains how the council meets these duties in practice, "
        "team by team, with examples drawn from everyday work with families.\n"
    )
    facts = one_section_values(text)
    assert [item["cited"] for item in facts["legislation"]] == [
        "Children Act 1989",
        "Children Act 2004",
        "Equality Act 2010",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We follow the Working Together principles in all our work.",
        "We apply the Corporate Parenting principles.",
        "Our work applies the Children Act principles of welfare and partnership.",
    ],
)
def test_laws_and_guidance_are_not_practice_models(text):
    assert one_section_values(text)["named_models"] == []


def test_the_authoritys_capitalised_term_outweighs_template_prose():
    text = (
        "Our Cared for Children are at the heart of what we do. Every Cared for Child has a "
        "plan. Template paragraphs still speak of looked after children and of looked after "
        "children's views."
    )
    assert one_section_values(text)["looked_after_term"] == "Cared for Children"


def test_titles_of_cited_legislation_are_not_uses_of_a_term():
    text = (
        "The legislation includes:\n"
        "- Looked after Children (Miscellaneous Amendments) Regulations 2013;\n"
        "- Looked After Children Regulations 2010.\n\n"
        "We care for children in care and listen to every child in care."
    )
    assert one_section_values(text)["looked_after_term"] == "Children in Care"


def _hard_wrapped(text: str, width: int = 72) -> str:
    lines = []
    for line in text.split("\n"):
        marker = re.match(r"\s*(?:[•*-]|\d+\.)\s+", line)
        indent = " " * len(marker.group()) if marker else ""
        lines.extend(textwrap.wrap(line, width, subsequent_indent=indent) or [line])
    return "\n".join(lines)


def _without_blank_lines(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


@pytest.mark.parametrize(
    "path", [p for p in FACT_CASES if p.suffix == ".txt"], ids=lambda p: p.name
)
@pytest.mark.parametrize("layout", [_hard_wrapped, _without_blank_lines], ids=["wrapped", "dense"])
def test_facts_do_not_depend_on_line_wrapping_or_blank_lines(path, layout):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    relaid = layout(path.read_text(encoding="utf-8"))
    analyzed = analyze(read_source(relaid.encode(), path.name), get_family())
    facts = {fact.key: fact.value for fact in analyzed.facts}
    for key, value in expected.items():
        assert facts[key] == value, key


@pytest.mark.parametrize(
    ("text", "models"),
    [
        ("Our Practice Model is called \u2018Bright Futures\u2019.", ["Bright Futures"]),
        ("Our practice framework is known as Resilient Families.", ["Resilient Families"]),
        ("Teams use the Partners in Change Approach with every family.", ["Partners in Change"]),
    ],
)
def test_named_models_in_other_wordings(text, models):
    assert one_section_values(text)["named_models"] == models


def test_a_known_model_counts_only_as_written():
    text = "SIGNS OF SAFETY guides us; signs of safety matter. We work to Signs of Safety."
    facts = extract_facts(one_section_reading(text), EXTRACTORS)
    models = next(fact for fact in facts if fact.key == "named_models")
    assert models.value == ["Signs of Safety"]
    assert [evidence.start for evidence in models.evidence] == [text.rindex("Signs of Safety")]
