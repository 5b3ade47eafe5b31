"""A name a sentence itself calls a course is a training course, not the council's practice
model, even in a passage the kind model reads as the practice model (decision 0435). Written
for this test in our own words."""

from tests.reading import facts_of


def test_a_name_called_a_course_names_no_model() -> None:
    text = (
        "All of our practitioners work within a shared way of practice. Every social worker is "
        "trained in Calm Conversations, a two-day course on talking with angry parents.\n"
    )
    assert facts_of(text, "chapter.txt")["named_models"].value == []


def test_a_known_model_with_a_course_described_later_still_counts() -> None:
    text = (
        "All of our practitioners work within the Family Partnership Model. New staff take "
        "Safer Recruitment, the course the council runs each spring.\n"
    )
    assert facts_of(text, "chapter.txt")["named_models"].value == ["Family Partnership Model"]
