"""A name a sentence itself calls a course is a training course, not the council's practice
model, even in a passage the kind model reads as the practice model (decision 0435). Written
for this test in our own words."""

from app.families.childrens_policies import extractors  # noqa: F401  (the plug-in under test)
from tests.families.test_childrens_policies_blind191 import _facts


def test_a_name_called_a_course_names_no_model() -> None:
    text = (
        "All of our practitioners work within a shared way of practice. Every social worker is "
        "trained in Calm Conversations, a two-day course on talking with angry parents.\n"
    )
    assert _facts(text, "chapter.txt")["named_models"].value == []


def test_a_known_model_with_a_course_described_later_still_counts() -> None:
    text = (
        "All of our practitioners work within the Family Partnership Model. New staff take "
        "Safer Recruitment, the course the council runs each spring.\n"
    )
    assert _facts(text, "chapter.txt")["named_models"].value == ["Family Partnership Model"]
