"""Bold lines inside a page headed by marked-up headings (decision 0178): a bold line no cue names
heads a section of its own where the page's other bold lines do and the kind model is all but
sure of its kind; a marked-up heading nothing names takes the kind its first bold part names
(a toggle's summary as page tools export it). Texts written for this test in our own words.

The heading's own paragraph says only that the work "rests on a few foundations": once it said "a
body of rules", which the kind model, learning more blind sets, came to read as the legal
introduction by itself (0369), so the bold part's rule was no longer what named the kind.
"""

from tests.sections.helpers import outline_of

WIKI_PAGE = (
    "# Family Help Policy #\n\n"
    "## Introduction ##\n\n"
    "This policy follows the Children Act 1989 and the Children and Families Act 2014, and the "
    "guidance made under them.\n\n"
    "**Working with partners**\n\n"
    "Schools, health visitors and the police share the work of keeping children safe with us, "
    "and we follow Working Together to Safeguard Children.\n\n"
    "**{line}**\n\n"
    "{body}\n\n"
    "## Corporate parenting ##\n\n"
    "The council is the corporate parent of every child in its care and follows the seven "
    "corporate parenting principles in all it decides for them.\n"
)

VALUES = (
    "We value honesty, warmth, patience and fairness. We listen to children and we believe that "
    "families can change."
)


def test_a_bold_line_no_cue_names_heads_its_kind_where_bold_lines_head_sections():
    text = WIKI_PAGE.format(line="What we hold dear", body=VALUES)
    sections = outline_of(text, "markdown").sections
    assert [(section.kind, section.heading) for section in sections][2:5] == [
        ("shared_responsibility", "Working with partners"),
        ("values", "What we hold dear"),
        ("corporate_parenting", "Corporate parenting"),
    ]


def test_a_bold_line_on_the_sections_own_topic_stays_its_part():
    text = WIKI_PAGE.format(
        line="Who we talk to",
        body=(
            "Our partners meet us every month at the safeguarding partnership, and schools and "
            "health visitors tell us quickly when they are worried about a child."
        ),
    )
    sections = outline_of(text, "markdown").sections
    assert [section.heading for section in sections].count("Who we talk to") == 0


def test_bold_lines_do_not_head_sections_where_none_names_another_kind():
    text = (
        "# Family Help Policy #\n\n"
        "## Our values ##\n\n"
        "We hold to a few simple things in all our work with children and families.\n\n"
        "**What we hold dear**\n\n"
        f"{VALUES}\n\n"
        "## Corporate parenting ##\n\n"
        "The council is the corporate parent of every child in its care and follows the seven "
        "corporate parenting principles in all it decides for them.\n"
    )
    sections = outline_of(text, "markdown").sections
    assert [section.heading for section in sections] == [
        "Family Help Policy",
        "Our values",
        "Corporate parenting",
    ]


def test_a_heading_nothing_names_takes_the_kind_of_its_first_bold_part():
    text = (
        "# Family Help Policy\n\n"
        "## About this policy\n\n"
        "This policy applies to every member of staff in the family help service.\n\n"
        "## The basis of our work\n\n"
        "Our work rests on a few foundations. We expect every practitioner to know them and "
        "what they mean for the child in front of them.\n\n"
        "**Legislation**\n\n"
        "- Children Act 1989\n"
        "- Children and Families Act 2014\n\n"
        "## Corporate parenting\n\n"
        "The council is the corporate parent of every child in its care and follows the seven "
        "corporate parenting principles in all it decides for them.\n"
    )
    sections = outline_of(text, "markdown").sections
    assert [(section.kind, section.heading) for section in sections][1:4] == [
        ("scope", "About this policy"),
        ("introduction", "The basis of our work"),
        ("corporate_parenting", "Corporate parenting"),
    ]
    assert sections[2].decided_by == "heading"


def test_without_its_bold_part_that_heading_is_named_by_nothing():
    text = (
        "# Family Help Policy\n\n"
        "## About this policy\n\n"
        "This policy applies to every member of staff in the family help service.\n\n"
        "## The basis of our work\n\n"
        "Our work rests on a few foundations. We expect every practitioner to know them and "
        "what they mean for the child in front of them.\n\n"
        "## Corporate parenting\n\n"
        "The council is the corporate parent of every child in its care and follows the seven "
        "corporate parenting principles in all it decides for them.\n"
    )
    sections = outline_of(text, "markdown").sections
    assert sections[2].heading == "The basis of our work"
    assert sections[2].kind == "other"
