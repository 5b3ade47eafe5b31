"""Un-headed closing paragraphs that blind round 108 showed staying inside the headed section
before them (decision 0178): a strategy paragraph after a leaving-care section, a list of the
outcomes after the corporate parenting principles. Texts written for this test in our own words.
"""

from tests.sections.helpers import outline_of


def test_a_closing_strategy_paragraph_breaks_away_from_a_leaving_care_heading():
    text = (
        "# Family Help Policy\n\n"
        "## Moving on from care\n\n"
        "Care leavers keep a personal adviser and a pathway plan until they are 21, and up to "
        "25 if they ask for one. We help with housing, money and training.\n\n"
        "Over the next two years our strategy is to open three supported lodgings homes in the "
        "district and to halve the number of young people placed out of area.\n"
    )
    sections = outline_of(text, "markdown").sections
    assert [section.kind for section in sections][-2:] == ["key_principles", "strategy"]
    assert sections[-1].heading is None


def test_a_closing_list_of_the_outcomes_breaks_away_from_corporate_parenting():
    text = (
        "**Family Help Policy**\n\n"
        "**4. Our duty as corporate parent**\n\n"
        "The council is the corporate parent of every child in its care and must have regard to "
        "the seven corporate parenting principles in everything it decides for them.\n\n"
        "What we look for is plain: that children are healthy, safe, learning well and "
        "confident about the future. Each year the board checks our work against these four "
        "outcomes.\n"
    )
    sections = outline_of(text, "markdown").sections
    assert [section.kind for section in sections][-2:] == ["corporate_parenting", "key_outcomes"]
