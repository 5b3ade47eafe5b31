"""A family's kinds are compiled once, whether or not headings that name no kind come with them.

Recognising a document's family asks for the kinds' cues alone and splitting its text asks for
them with the family's no-kind headings; compiling the cues is most of a command's start, so both
must share one compilation (decision 0527) and still answer as if each were compiled alone.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.families import get_family
from app.sections import SectionKind
from app.sections.classify import compile_cues

KINDS = (
    SectionKind(slug="values", label="Values", heading_cues=(r"\bour values\b",)),
    SectionKind(slug="scope", label="Scope", heading_cues=(r"\babout this chapter\b",)),
)
NO_KIND_HEADINGS = (r"\bthe lantern project\b", r"\bfamily hubs?\b")


def test_the_kinds_cues_are_one_compilation_with_or_without_no_kind_headings() -> None:
    alone = compile_cues(KINDS)
    with_headings = compile_cues(KINDS, NO_KIND_HEADINGS)
    assert with_headings is not alone
    assert with_headings.kinds is alone.kinds
    assert with_headings.any_heading is alone.any_heading
    assert compile_cues(KINDS, NO_KIND_HEADINGS) is with_headings


def test_the_family_is_compiled_once_for_recognising_and_for_splitting() -> None:
    family = get_family()
    assert family.other_heading_cues, "the family declares headings that name no kind"
    splitting = compile_cues(family.kinds, family.other_heading_cues)
    assert splitting.kinds is compile_cues(family.kinds).kinds


def test_only_the_cues_given_the_no_kind_headings_name_no_kind() -> None:
    alone = compile_cues(KINDS)
    with_headings = compile_cues(KINDS, NO_KIND_HEADINGS)
    assert with_headings.names_no_kind("Working with the Lantern Project")
    assert with_headings.names_no_kind("3. Family Hubs")
    assert not alone.names_no_kind("Working with the Lantern Project")
    assert not with_headings.names_no_kind("Our values")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["our", "values", "about", "this", "chapter", "family", "hub", "the"]),
        max_size=6,
    ).map(" ".join)
)
def test_shared_kind_cues_name_a_heading_as_cues_compiled_alone_do(heading: str) -> None:
    alone = compile_cues(KINDS)
    with_headings = compile_cues(KINDS, NO_KIND_HEADINGS)
    assert with_headings.heading_kind(heading) == alone.heading_kind(heading)
