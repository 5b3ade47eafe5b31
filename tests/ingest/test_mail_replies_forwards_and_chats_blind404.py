"""Decision 0594: a chapter handed over in a reply (posted above or below the quote), a forward
with a note over its separator, a mail signed from a phone, or a chat export carries the mail's
or the chat's own lines, which are not the chapter. Every text here is written for these tests."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.chat_export import without_chat_stamps
from app.ingest.mail_cover import without_mail_cover

_CHAPTER = [
    "Guide to Working Together With Families",
    "",
    "Why this guide exists",
    "",
    "Every worker in the family service reads this",
    "guide in their first month with us.",
    "",
    "What we expect",
    "",
    "We arrive when we said we would, we explain",
    "our notes to parents, and we ask children",
    "what they would like us to know.",
    "",
    "Keeping records",
    "",
    "Records are written on the day of the visit",
    "and in words the family would recognise.",
    "",
    "Issue 7",
]


def _quoted() -> str:
    return "\n".join(f"> {line}".rstrip() for line in _CHAPTER)


def test_a_reply_written_above_the_quoted_chapter_keeps_only_the_chapter() -> None:
    mail = (
        "Morning Pat,\n\n"
        "Here is the text we settled on, with the records part tidied.\n\n"
        "Cheers\nAlex\n\n"
        "On Fri, 6 Feb 2026 at 17:40, Pat Hollins <pat.hollins@fam.example> wrote:\n"
        + _quoted()
        + "\n"
    )
    text = without_mail_cover(mail)
    assert text.lstrip("> ").startswith("Guide to Working Together With Families")
    assert "Issue 7" in text
    for line in ("Morning Pat", "settled on", "Alex", "wrote:"):
        assert line not in text


def test_a_reply_written_below_the_quoted_chapter_keeps_only_the_chapter() -> None:
    mail = (
        "On 12/01/2026 08:05, Pat Hollins wrote:\n"
        + _quoted()
        + "\n\nLooks right to me, I will put it in the induction pack.\n\n"
        "Alex\nAlex Marr | Team Administrator\n"
    )
    source = read_source(mail.encode(), "reply.txt")
    assert source.text.startswith("Guide to Working Together With Families")
    assert "Issue 7" in source.text
    for line in ("wrote:", "induction pack", "Team Administrator"):
        assert line not in source.text


def test_a_forward_under_a_note_ends_at_its_senders_signature() -> None:
    body = "\n".join(_CHAPTER)
    mail = (
        "Sending this on so you have the words before Monday.\n\n"
        "Alex\n\n"
        "---------- Forwarded message ---------\n"
        "From: Pat Hollins <pat.hollins@fam.example>\n"
        "Date: Thu, 5 Feb 2026 at 11:20\n"
        "Subject: guide text\n"
        "To: Alex Marr <alex.marr@fam.example>\n\n\n" + body + "\n\n"
        "Pat Hollins\nPractice Development Lead\nFamily Service\n"
    )
    text = without_mail_cover(mail)
    assert text.startswith("Guide to Working Together With Families")
    assert text.rstrip().endswith("Issue 7")
    for line in ("before Monday", "Forwarded message", "From:", "Development Lead"):
        assert line not in text


def test_a_mail_signed_from_a_phone_loses_its_greeting_sign_line_and_footer() -> None:
    body = "\n".join(_CHAPTER)
    mail = (
        "Hello team, this is the version to use from today.\n\n" + body + "\n\n"
        "Sent from my iPhone\n\n"
        "This message is for its addressees only. If it reached you by mistake, delete it.\n"
    )
    text = without_mail_cover(mail)
    assert text.startswith("Guide to Working Together With Families")
    assert text.rstrip().endswith("Issue 7")
    for line in ("Hello team", "iPhone", "by mistake"):
        assert line not in text


def test_an_opening_wrote_line_over_an_unquoted_chapter_is_left_alone() -> None:
    text = "On 3 May 2025 the director wrote: we will review this guide.\n\n" + "\n".join(_CHAPTER)
    assert without_mail_cover(text) == text


def test_a_chat_export_keeps_the_pasted_message_without_its_stamp() -> None:
    body = "\n".join(_CHAPTER)
    for first, second, third in (
        (
            "[05/02/2026, 09:01:13] Pat Hollins: ",
            "[05/02/2026, 09:01:40] Pat Hollins: ",
            "[05/02/2026, 09:30:02] Alex Marr: ",
        ),
        (
            "05/02/2026, 09:01 - Pat Hollins: ",
            "05/02/2026, 09:01 - Pat Hollins: ",
            "05/02/2026, 09:30 - Alex Marr: ",
        ),
    ):
        chat = first + "guide below, as agreed\n" + second + body + "\n" + third + "thanks!\n"
        text = without_chat_stamps(chat)
        assert text.startswith("Guide to Working Together With Families")
        assert text.rstrip().endswith("Issue 7")
        for line in ("Pat Hollins", "as agreed", "thanks!", "09:"):
            assert line not in text


def test_a_chapter_quoting_a_chat_line_is_read_as_written() -> None:
    text = "\n".join(_CHAPTER) + "\n[05/02/2026, 09:01] A parent: thank you for listening\n"
    assert without_chat_stamps(text) == text
    short = "[05/02/2026, 09:01] Pat: hello\n[05/02/2026, 09:02] Alex: hi\n"
    assert without_chat_stamps(short) == short


def test_a_reply_quoting_a_whole_forward_loses_the_forwards_head_too() -> None:
    forward = [
        "From: Pat Hollins",
        "Sent: 5 February 2026 11:20",
        "To: Alex Marr",
        "Subject: guide text",
        "",
        "Hi Alex,",
        "",
        "Here is the guide as the group agreed it last",
        "week, with the records part tidied up.",
        "",
        "Pat",
        "",
        *_CHAPTER,
    ]
    quoted = "\n".join(f"> {line}".rstrip() for line in forward)
    mail = (
        "Thanks Pat, this goes to the induction group today.\n\nAlex\n\n"
        "On Thu, 5 Feb 2026 at 11:20, Pat Hollins <pat.hollins@fam.example> wrote:\n"
        + quoted
        + "\n"
    )
    source = read_source(mail.encode(), "reply.txt")
    assert source.text.startswith("Guide to Working Together With Families")
    for line in ("From:", "Hi Alex", "group agreed", "Pat\n", "wrote:", "induction group"):
        assert line not in source.text
