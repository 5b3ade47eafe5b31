"""Facts in wordings blind set 326 showed the reader missing (decision 0477).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

_TITLE = "Adoption Values\n\n"

# --- corporate parenting principles ---------------------------------------------------------


def test_a_definition_list_of_principles_opened_by_capitalised_labels_is_counted():
    terms = (
        ("Best interests", "Every choice we make starts from the child's good."),
        ("Speaking up", "Children tell us what they want and how they feel."),
        ("Being heard", "We listen, and what they say changes plans."),
        ("Access", "We open doors to help that they need."),
        ("Aspirations", "We hope for a great deal for them."),
        ("Security", "Homes and schools are safe and stable."),
        ("Adulthood", "We ready them for independent living."),
    )
    items = "".join(f"<dt>{term}</dt><dd>{meaning}</dd>" for term, meaning in terms)
    page = (
        "<html><body><h1>Adoption Values</h1><h2>Our parenting role</h2>"
        "<p>The council parents every child it looks after, like this:</p>"
        f"<dl>{items}</dl><h2>Sharing records</h2><p>We keep records safe.</p></body></html>"
    )
    assert facts_of(page, "page.html")["corporate_parenting_principles"].value == 7


def test_labelled_lines_after_a_colon_carry_on_past_a_long_line():
    text = (
        _TITLE + "Corporate parenting\n\n"
        "The law tells a council what good parents care about. In our words:\n\n"
        "Best interests: the child's good is our first question.\n"
        "Speaking up: children say what they want, and we hear them.\n"
        "Weighing views: we are taking account of what they say in every plan.\n"
        "Getting help: they use the services we and our partners run.\n"
        "Aiming high: we want them to do very well.\n"
        "Safe and settled: they are safe in their homes, their schools and their friendships, "
        "and they are never moved from a home without a good reason.\n"
        "Growing up: we get them ready for adult life.\n\n"
        "Sharing records\n\nWe keep records safe.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_labelled_lines_naming_too_few_principles_are_no_principles_list():
    text = (
        _TITLE + "Corporate parenting\n\n"
        "Our corporate parenting panel meets monthly. It covers:\n\n"
        "Budgets: the money we spend on placements.\n"
        "Staffing: how many workers we have.\n"
        "Best interests: a training session for councillors.\n"
        "Buildings: the homes we run.\n\n"
        "Sharing records\n\nWe keep records safe.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


# --- named models: the way we work with families ----------------------------------------------


def test_the_way_we_work_with_families_named_between_dashes_or_commas():
    for sentence in (
        "The way we work with families \u2014 called Near Shore in this county \u2014 starts "
        "with listening.",
        "The way we work with children, called Near Shore, starts with listening.",
        "The way we work with families is known across the service as Near Shore.",
    ):
        text = _TITLE + "How we practise\n\n" + sentence + "\n"
        assert facts_of(text)["named_models"].value == ["Near Shore"], sentence


def test_the_way_we_work_called_into_question_names_no_model():
    text = (
        _TITLE + "How we practise\n\n"
        "The way we work, called into question by an inspection in 2022, has since changed.\n"
    )
    assert facts_of(text)["named_models"].value == []


# --- legislation: a plural title in prose -------------------------------------------------------


def test_a_plural_title_in_prose_keeps_its_later_years_as_one_item():
    text = (
        _TITLE + "Introduction\n\n"
        "We act within the law (the Children Acts 1989 and 2004, the Adoption and Children Act "
        "2002 and the Children and Families Act 2014) and its guidance.\n"
    )
    facts = facts_of(text)
    items = facts["legislation"].value
    assert items[0]["cited"] == "Children Acts 1989 and 2004"
    assert items[0]["years"] == [1989, 2004]
    assert facts["legislation_count"].value == 3


# --- amendments: the text holds changes agreed on a date ---------------------------------------


def test_a_text_that_includes_changes_agreed_on_a_day_is_amended_then():
    for sentence, date in (
        (
            "This text includes the changes agreed by the Adoption Panel on 3rd March 2025.",
            "2025-03-03",
        ),
        ("The chapter incorporates the amendments made in July 2024.", "2024-07"),
    ):
        text = _TITLE + sentence + "\n\nIntroduction\n\nWe place children well.\n"
        assert facts_of(text)["amendment_date"].value == date, sentence


def test_changes_the_government_made_that_the_chapter_includes_are_no_amendment():
    text = (
        _TITLE + "Introduction\n\n"
        "The chapter includes the changes announced by the government on 5 May 2023 to "
        "adoption support.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
