"""A heading with no words of its own right over a heading that names a kind by its own cue
(decision 0353's follow-up m17d): a council's manual named in bold under the title, then "Scope
of this chapter". The kind model, reading the bold line's words alone, may take it for the
named kind and so swallow the named heading; the kind belongs to the heading that names it.
Written for this test in our own words, about an invented council.
"""

from tests.sections.outline_helpers import kinds_and_headings

TITLE = "# Children's Services Policies, Values and Principles\n\n"
SCOPE = (
    "## Scope of this chapter\n\n"
    "This chapter gives the setting for all our procedures and holds the overall policy on "
    "services to children and families.\n\n"
)
INTRODUCTION = (
    "## 1. Introduction\n\n"
    "This policy sets out how Ambergate Vale Children's Services work with children, young "
    "people and their families, under the Children Act 1989 and the acts that followed it.\n"
)


def test_a_manual_named_over_the_scope_heading_leaves_the_scope_its_heading() -> None:
    text = TITLE + "**Ambergate Vale Children's Social Care Procedures Manual**\n\n" + SCOPE
    assert ("scope", "Scope of this chapter") in kinds_and_headings(text + INTRODUCTION, "markdown")


def test_a_heading_with_words_of_its_own_is_read_as_before() -> None:
    # near-miss: words under the bold line: it heads a section the model reads with them
    text = (
        TITLE + "**About this chapter**\n\nThis chapter applies to all staff in our children's "
        "services and to the agencies we commission.\n\n" + INTRODUCTION
    )
    assert kinds_and_headings(text, "markdown")[1] == ("scope", "About this chapter")
