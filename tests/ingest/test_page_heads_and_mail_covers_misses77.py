"""Decision 0516: a site's numbered menu that its chrome closes as well as opens, a reader
view's tab title over the page's address, and an e-mail's own lines around the chapter it
carries are not the chapter. Every text here is written for these tests."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.mail_cover import without_mail_cover
from app.ingest.web_text import strip_edge_chrome

_BODY = (
    "Statement of Practice Values\n"
    "1. Purpose\n"
    "This statement tells every worker in the service what we believe and how we expect one "
    "another to work with families.\n"
)


def test_a_numbered_menu_between_the_sites_chrome_lines_goes() -> None:
    page = (
        "Skip to content\n"
        "Fernbrook Procedures Manual\n"
        "Print\n"
        "Home\n"
        "1. Whole Service\n"
        "2. Children in Need and Family Support\n"
        "3. Children in Care\n"
        "4. Moving On\n"
        "Search the manual\n"
        "Search\n"
        "1.2.1 " + _BODY
    )
    text = strip_edge_chrome(page, load_chrome_cues())
    assert text.startswith("1.2.1 Statement of Practice Values")
    assert "Moving On" not in text


def test_a_numbered_run_under_the_title_is_the_chapters_own() -> None:
    page = (
        "Skip to content\n"
        "Statement of Practice Values\n"
        "1. Early Help\n"
        "2. Safeguarding\n"
        "3. Children in Care\n"
        "Print\n"
        "Each of these services follows the statement below in every plan it makes.\n"
    )
    text = strip_edge_chrome(page, load_chrome_cues())
    assert "3. Children in Care" in text


def test_a_reader_views_tab_title_and_address_go() -> None:
    page = "Practice values \u2013 Fernbrook Family Services\nmanual.fernbrook.example\n\n" + _BODY
    text = strip_edge_chrome(page, load_chrome_cues())
    assert text.startswith("Statement of Practice Values")
    assert "fernbrook.example" not in text


def test_a_tab_title_over_prose_stays() -> None:
    page = "Practice values \u2013 Fernbrook Family Services\n\n" + _BODY
    text = strip_edge_chrome(page, load_chrome_cues())
    assert text.startswith("Practice values")


def test_a_clause_number_alone_is_no_address() -> None:
    page = "Skip to content\n4.2.7\n" + _BODY
    assert "4.2.7" in strip_edge_chrome(page, load_chrome_cues())


_MAIL = (
    "From: Jo Pell <jo.pell@fernbrook.example>\n"
    "Sent: 2 March 2026 08:10\n"
    "To: Team Leaders\n"
    "Subject: FW: values statement\n\n"
    "Morning all,\n\n"
    "Passing this on as promised.\n\n"
    "Jo\n\n"
    "-----Original Message-----\n"
    "From: Standards Unit\n"
    "Sent: 27 February 2026 16:00\n"
    "Subject: values statement\n\n" + _BODY + "\nBest wishes\n\n"
    "Standards Unit\n"
    "Phone 01632 960 000\n\n"
    "This message is meant only for the people it is addressed to.\n"
)


def test_an_outlook_forward_keeps_only_the_chapter() -> None:
    text = without_mail_cover(_MAIL)
    assert text.startswith("Statement of Practice Values")
    assert text.rstrip().endswith("work with families.")
    for line in ("From:", "Morning all", "Original Message", "Best wishes", "Phone"):
        assert line not in text


def test_a_reply_over_a_quoted_forward_keeps_the_deepest_quote() -> None:
    chapter = [
        "Statement of Practice Values",
        "",
        "1. Purpose",
        "",
        "This statement tells every worker what",
        "we believe and how we work with families.",
        "",
        "2. Listening",
        "",
        "We hear children before we decide, and",
        "we write down what they told us.",
        "",
        "3. Honesty",
        "",
        "We say plainly what worries us, and we",
        "tell families what would make things",
        "better before we write it down.",
        "",
        "4. Sharing",
        "",
        "We share what we know when the law lets",
        "us and a child needs it.",
        "",
        "Issue 2",
    ]
    quoted = "\n".join(f"> > {line}".rstrip() for line in chapter)
    mail = (
        "# Re: Fwd: values statement\n\n"
        "From: Kit Rowe\n"
        "To: Managers\n\n"
        "Use this copy, please.\n\n"
        "Kit\n\n"
        "> On 1 March 2026, Jo Pell wrote:\n"
        ">\n"
        "> Pasted below.\n"
        ">\n" + quoted + "\n>\n"
        "> Jo Pell\n"
        "> Standards Lead\n\n"
        "--\n"
        "Kit Rowe | Head of Service\n"
    )
    source = read_source(mail.encode(), "reply.md")
    assert source.text.lstrip("# ").startswith("Statement of Practice Values")
    assert "Issue 2" in source.text
    for line in ("Kit", "wrote:", "Pasted below", "Standards Lead", "Head of Service"):
        assert line not in source.text


def test_a_text_that_does_not_open_as_a_mail_is_left_alone() -> None:
    letter = "Dear colleague,\n\n" + _BODY + "\nKind regards\n\nJo Pell\n"
    assert without_mail_cover(letter) == letter


def test_a_chapters_own_date_stamp_is_no_mail_header() -> None:
    text = "Date: March 2026\n\n" + _BODY
    assert without_mail_cover(text) == text
