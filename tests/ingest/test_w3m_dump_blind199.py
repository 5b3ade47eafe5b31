"""A page dumped by w3m with link numbers (blind round 199, decision 0312): its closing list is
"References:" over "[n] address" lines, its search box is drawn as spaces in brackets, and a
long breadcrumb trail wraps onto a second line. Written for this test in our own words."""

from __future__ import annotations

from app.ingest.browser_dump import undo_link_numbers

W3M = """\
[1]Skip to content

[2]Brindle Heath Council

Search [                         ] [3][Go]

   * [4]Waste
   * [5]Schools

[6]Home > [7]Family services > [8]Children's procedures > Our policy on
care leavers

Our Policy on Care Leavers

Young people leaving care keep an adviser, as the [9]Children Act 1989
allows.

[10]Back to top

References:

[1] https://brindle.example/page#main
[2] https://brindle.example/
[3] https://brindle.example/search
[4] https://brindle.example/waste
[5] https://brindle.example/schools
[6] https://brindle.example/
[7] https://brindle.example/family
[8] https://brindle.example/procedures
[9] https://www.legislation.gov.uk/ukpga/1989/41
[10] https://brindle.example/page#top
"""


def test_a_w3m_dump_loses_its_numbers_its_head_and_its_address_list() -> None:
    text = undo_link_numbers(W3M)

    assert text.startswith("Our Policy on Care Leavers")
    assert "as the Children Act 1989" in text
    assert "[9]" not in text and "References" not in text and "https://" not in text
    assert "care leavers\n" not in text.split("Our Policy")[0]


def test_a_bracketed_list_without_a_references_label_is_left_alone() -> None:
    text = W3M.replace("References:", "Further reading:")

    assert undo_link_numbers(text) == text


def test_a_lower_case_line_after_a_trail_that_ends_linked_is_the_text() -> None:
    text = W3M.replace(" > Our policy on\ncare leavers", "\nyoung people's pages")

    assert "young people's pages" in undo_link_numbers(text)
