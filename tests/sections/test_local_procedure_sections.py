"""A council's own procedural section added to the template chapter (how disagreements are
escalated, how complaints are handled, booking interpreters, supervision and file audits) holds
no kind of the chapter: it is `other`, not the kind whose words it happens to share (decision
0186). The kind model learns such passages as `other`.

Each page is written for this test in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## What we believe\n\nWe listen to children, we are honest with their families and we "
    "keep the promises we make to them.\n\n"
    "## How we work with families\n\nWe help children to stay safely at home, we turn to "
    "relatives first when they cannot, and every child in care has a permanence plan within "
    "four months.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "When agencies disagree",
            "A health visitor or teacher who thinks a decision about a child is wrong raises it "
            "with the social worker first. If they still disagree after a week, the two "
            "managers meet, and after that the service manager decides and writes to both.",
        ),
        (
            "Making a complaint",
            "Anyone unhappy with our service can complain under the children's complaints "
            "procedure. The complaints team replies within ten working days, and a young "
            "person can have an advocate to help them put their complaint.",
        ),
        (
            "Using interpreters",
            "If a parent speaks little English or is deaf, the social worker books a "
            "qualified interpreter through the language line. A child must never interpret "
            "for their own parents, and plans can be translated when asked.",
        ),
        (
            "Supervision and auditing",
            "Each practitioner receives recorded supervision every month. Managers audit a "
            "sample of case files each quarter and talk the findings through with the worker.",
        ),
    ],
)
def test_local_procedure_heading_is_other(heading: str, body: str) -> None:
    text = _BODY + f"## {heading}\n\n{body}\n"
    outline = outline_of(text, "markdown")
    kinds = [(section.kind, section.heading) for section in outline.sections]
    assert ("other", heading) in kinds
    assert_tiles(outline)
