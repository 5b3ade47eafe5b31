"""Facts in wordings blind set 160 showed the reader missing (decision 0261): short documents
on looked-after children and leaving care that name themselves as a guide, a leaflet or a
briefing note, count the principles as promises, introduce the law in the sentence before its
titles, and give counts after "to" that are no ages.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment dates: the text named as a guide, a leaflet or a note -----------------------------


def test_we_changed_this_guide_in_a_month_dates_the_amendment():
    text = (
        "Staying Close: A Guide for You\n\nAbout this guide\n\n"
        "This guide is for young people leaving our children's homes. We changed this guide in "
        "March 2025, after young people asked for shorter sentences.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-03"


def test_this_leaflet_was_revised_in_a_month_dates_the_amendment():
    text = (
        "Your Pathway Plan\n\nAbout this leaflet\n\n"
        "This leaflet was revised in November 2024 to add the new contact numbers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-11"


def test_it_after_a_sentence_naming_this_note_is_the_note():
    text = (
        "Briefing: Fostering Allowances\n\nPurpose\n\n"
        "Members asked for a summary of the allowances. This note is that summary. It is for "
        "councillors, and it was last revised in January 2025 to add the new rates.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-01"


def test_the_guide_another_body_changed_is_no_amendment_of_this_text():
    text = (
        "Leaving Care\n\nBackground\n\n"
        "The national guide was changed in April 2023, and we follow it.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_we_changed_the_guide_for_carers_is_no_amendment_of_this_text():
    text = "Leaving Care\n\nBackground\n\nWe changed the guide for foster carers in May 2024.\n"
    assert facts_of(text)["amendment_date"].value is None


# --- corporate parenting principles counted as promises the law calls principles -----------------


def test_seven_promises_called_the_corporate_parenting_principles_count_seven():
    text = (
        "Leaving Care: Your Guide\n\nThe council as your parent\n\n"
        "The council is your corporate parent. The law makes seven promises to you, called the "
        "corporate parenting principles, and we keep them.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_seven_duties_known_as_the_principles_count_seven():
    text = (
        "Corporate Parenting\n\nOur role\n\n"
        "As corporate parents we have seven duties known as the corporate parenting principles.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_promises_far_from_the_principles_state_no_count():
    text = (
        "Corporate Parenting\n\nOur role\n\n"
        "We made three promises to our children last year when we met them at the summer "
        "event, and separately the board reviewed the corporate parenting principles.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


# --- legislation: titles after a sentence naming the law ---------------------------------------


def test_three_titles_after_a_sentence_naming_the_law_are_the_list():
    text = (
        "Leaving Care: Your Guide\n\nWhat you are entitled to\n\n"
        "The law protects you. The Children Act 1989 says we must keep you safe, the "
        "Children (Leaving Care) Act 2000 says our help goes on after 18, and the Care "
        "Leavers (England) Regulations 2010 say what your plan covers.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_titles_after_a_paragraph_naming_the_law_are_not_the_list():
    text = (
        "Leaving Care: Your Guide\n\nWhat you are entitled to\n\n"
        "The law protects you.\n\n"
        "The Children Act 1989 says we must keep you safe, the Children (Leaving Care) Act 2000 "
        "says our help goes on after 18, and the Care Leavers (England) Regulations 2010 say "
        "what your plan covers.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- leaving care ages: a count after "to" and a verb is no age ----------------------------------


def test_to_recruit_thirty_carers_for_care_leavers_is_no_support_age():
    text = (
        "Leaving Care\n\nOur plans\n\n"
        "We plan to recruit thirty more supported lodgings hosts for care leavers next year.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


def test_until_they_are_twenty_one_in_words_is_still_an_age():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Care leavers have a personal adviser until they are twenty one.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 21, "extended": []}
