"""Hypothesis properties: on any text, in both syntaxes, split_sections never raises and tiles."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sections.helpers import assert_tiles, outline_of

LINES = st.sampled_from(
    [
        "",
        "",
        "Scope of this chapter",
        "SCOPE OF THIS CHAPTER",
        "## 1. Introduction",
        "### 2.1 Corporate Parenting Responsibilities",
        "## **4. Key Principles**",
        "1. Introduction",
        "2.1 Our Values",
        "Section 3: Our Strategy",
        "  • Children Act 1989;",
        "- Children Act 2004;",
        "* item",
        "    - nested item",
        "(a) a lettered item;",
        "---",
        "===",
        "> quoted text",
        "```",
        "**Bold Line**",
        "This policy sets out the framework within which the service works.",
        "Working Together to Safeguard Children emphasises joint working.",
        "The strategy for the service is to act early.",
        "carries on in lower case",
        "End",
        "v27",
        "Last Updated: May 22, 2024",
        "June 3, 2024",
        "[a link](#) and _emphasis_ \\* escaped",
        "#",
        "1.",
        "- ",
        "    indented code",
        "In May 2024 it was revised in line with Working Together.1. Introduction",
        "See Section 3.1. The duty applies.",
        "Figures rose in 2023.2 Children moved.",
        "For example, e.g.2. Key Values",
    ]
)
DOCUMENTS = st.one_of(
    st.lists(LINES, max_size=40).map("\n".join),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300),
    st.text(alphabet="#-*•1.2 \n>aA_[]()`:=", max_size=200),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENTS)
def test_plain_text_always_tiles(text):
    assert_tiles(outline_of(text, "plain"))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENTS)
def test_markdown_always_tiles(text):
    assert_tiles(outline_of(text, "markdown"))


@settings(max_examples=50, deadline=None)
@given(text=st.lists(LINES, max_size=30).map("\n".join))
def test_headings_and_kinds_are_consistent(text):
    outline = outline_of(text, "markdown")
    titles = [section.heading for section in outline.sections if section.kind == "title"]
    assert titles == ([] if outline.title is None else [outline.title])
    for section in outline.sections:
        assert section.level == 1
        if section.heading is not None:
            assert section.blocks[0].type == "heading"
        for block in section.blocks[1:]:
            assert block.type != "heading" or block.level >= 2
