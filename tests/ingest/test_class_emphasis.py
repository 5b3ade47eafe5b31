"""The class subjects of a page's style rules that set lines in bold or underline them
(decision 0387)."""

import re

from app.ingest.class_emphasis import class_subjects

_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b")


def test_a_rules_subject_names_the_class_whatever_its_ancestors() -> None:
    css = ".content p.subheading { font-weight: 700 } div > .lead, .note{font-weight:bold}"
    assert class_subjects(css, _BOLD) == ["p.subheading", ".lead", ".note"]


def test_bare_tags_pseudo_classes_other_elements_and_at_rules_are_left_alone() -> None:
    css = (
        "p { font-weight: 600 } a.nav:hover { font-weight: bold } span.kicker { font-weight: 700 }"
        " @media print { .printed { font-weight: bold } } .plain { font-style: italic }"
    )
    assert class_subjects(css, _BOLD) == []


def test_a_comment_or_a_rule_without_weight_names_nothing() -> None:
    css = "/* .old { font-weight: bold } */ .topic { color: #036 }"
    assert class_subjects(css, _BOLD) == []
