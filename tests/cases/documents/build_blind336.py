# ruff: noqa: E501  (the chapters' sentences are kept a line each, as written)
"""Build the 336th blind set's Word and PDF files: the chapter "Children's Services Policies,
Values and Principles" in the easy-read and young people's versions councils publish beside
the full text.

    33601  Brackenmoor (WeasyPrint): an easy-read booklet in large type; under each question
           heading a borderless two-column layout table, a drawn picture box with its caption
           ("Picture of …") in the left cell and one short sentence in the right; key words in
           bold; "Who can I talk to?" and a "Words we use" glossary table at the end; a closing
           "Last updated" line.
    33602  Quenwick (python-docx): a guide for young people: Title style, a Normal strap line,
           question headings in Heading 1, key words in bold runs, a small picture under each
           heading with alt text only (no caption), "Words we use" last.

The HTML page (33603) and the text copy (33604) are written by hand beside this script. All
written for this set, in our own words (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind336.py   (python-docx, Pillow, weasyprint)
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from build_binary_tools import new_docx, saved_docx

HERE = Path(__file__).resolve().parent
SCRIPT = "build_blind336.py"
TITLE = "Children's Services Policies, Values and Principles"
FONT = "'DejaVu Sans', sans-serif"

NAMES = {
    "33601": "33601-pdf-weasyprint-easy-read-booklet-picture-and-words-layout-table-question-headings-bold-key-words-who-can-i-talk-to-words-we-use-glossary-last-updated.pdf",
    "33602": "33602-docx-young-peoples-guide-question-heading-1s-bold-key-words-pictures-with-alt-text-only-version-and-changed-month-words-we-use-last.docx",
}
ABOUT = {
    "33601": "WeasyPrint; easy-read booklet, large type; question headings; under each a borderless layout table: picture box with its caption left, one sentence right; bold key words; 'Who can I talk to?' and a 'Words we use' glossary table; closing 'Last updated' line",
    "33602": "python-docx; guide for young people: Title, Normal strap line, Heading 1 questions, bold key words (**…**), a picture under each heading with alt text only, 'Words we use' last",
}

# Each section: (question heading, [(picture caption, sentence), …]); **word** is bold.
# fmt: off
BRACKENMOOR: list[tuple[str, list[tuple[str, str]]]] = [
    ("What is this booklet about?", [
        ("Picture of a booklet with a council logo", "This booklet is about how **Brackenmoor Council** works with children and families."),
        ("Picture of a long document next to a short one", "It is the **easy read** version of our policies."),
        ("Picture of a calendar page", "We changed these policies in **March 2026**."),
    ]),
    ("Which laws do we follow?", [
        ("Picture of a judge's hammer", "The council must follow the **law**."),
        ("Picture of a book with a tick", "These are the main laws about children:"),
        ("Picture of a book", "the **Children Act 1989**"),
        ("Picture of a book", "the **Children Act 2004**"),
        ("Picture of a book", "the **Children and Families Act 2014**"),
        ("Picture of a book", "the **Children and Social Work Act 2017**"),
    ]),
    ("What do we believe?", [
        ("Picture of a child speaking and an adult listening", "Children should be **listened to**."),
        ("Picture of a family holding hands", "Most children are best off living with their **family**."),
        ("Picture of a person keeping a promise", "We will be **honest** with you, even when it is hard."),
        ("Picture of two thumbs up", "We look for what is **going well** in a family."),
    ]),
    ("Who else helps keep children safe?", [
        ("Picture of a teacher, a nurse and a police officer", "Keeping children safe is not just our job."),
        ("Picture of people sitting round a table", "**Schools**, **doctors** and the **police** work with us."),
        ("Picture of a phone", "We tell each other when we are worried about a child."),
    ]),
    ("What does corporate parent mean?", [
        ("Picture of a town hall with a heart on it", "When you are a **child in care**, the whole council is your **corporate parent**."),
        ("Picture of a parent helping a child", "This means the council must do what a good parent would do."),
        ("Picture of a list with 7 ticks", "The law gives the council **7 rules** to follow. We must:"),
        ("Picture of a heart", "do what is best for you and keep you healthy"),
        ("Picture of a speech bubble", "help you say what you want and how you feel"),
        ("Picture of an ear", "think about what you have told us"),
        ("Picture of a signpost", "help you use services, like doctors and youth clubs"),
        ("Picture of a star", "help you aim high"),
        ("Picture of a house and a school", "keep you safe and settled at home, at school and at work"),
        ("Picture of a young adult with a rucksack", "get you ready for being an adult"),
    ]),
    ("How do we work with families?", [
        ("Picture of a social worker and a family talking", "We work in a way called **Signs of Safety**."),
        ("Picture of three boxes: good, worried, next", "We talk with families about what is good, what worries us and what needs to happen next."),
    ]),
    ("Where will I live?", [
        ("Picture of a front door", "Some children cannot live with their family."),
        ("Picture of a plan on a clipboard", "We will make a **plan** for your long-term home."),
        ("Picture of a calendar with 4 months circled", "The plan will be ready by the time you have been in care for **4 months**."),
    ]),
    ("What happens when I turn 18?", [
        ("Picture of a birthday cake with 18 candles", "You do not have to manage on your own when you turn 18."),
        ("Picture of a young person with a key", "You will have a **personal adviser** until you are **21**."),
        ("Picture of a young person with books", "If you are at **college or university**, you can keep your adviser until you are **25**."),
    ]),
    ("Who can see my information?", [
        ("Picture of a locked filing cabinet", "What you tell us is kept **private**."),
        ("Picture of two people passing a note", "We only share it when we need to keep you or someone else safe."),
    ]),
    ("Who can I talk to?", [
        ("Picture of a telephone", "You can talk to your **social worker** at any time."),
        ("Picture of a young person on a phone", "You can also call the **Children's Rights Team** on 01632 960 418."),
    ]),
]
BRACKENMOOR_WORDS = [
    ("Word", "What it means"),
    ("Child in care", "A child the council looks after, who lives with foster carers, in a children's home or with family."),
    ("Corporate parent", "The council, when it acts as a parent for a child in care."),
    ("Personal adviser", "A person who helps you when you leave care."),
    ("Policy", "A set of rules about how we do things."),
]
# fmt: on

BOLD = re.compile(r"\*\*(.+?)\*\*")


def _bold_html(text: str) -> str:
    return BOLD.sub(lambda match: f"<b>{match[1]}</b>", html.escape(text))


def _plain(text: str) -> str:
    return BOLD.sub(lambda match: match[1], text)


BRACKENMOOR_CSS = f"""
@page {{ size: A4; margin: 18mm 18mm 20mm 18mm;
  @bottom-right {{ content: counter(page); font: 10pt {FONT}; }} }}
body {{ font: 16pt/1.5 {FONT}; color: #111; }}
h1 {{ font: bold 26pt {FONT}; color: #00506e; margin: 0 0 2mm 0; }}
p.strap {{ font: bold 20pt {FONT}; color: #00506e; margin: 0 0 8mm 0; }}
h2 {{ font: bold 20pt {FONT}; color: #00506e; margin: 8mm 0 3mm 0; page-break-after: avoid; }}
table {{ border-collapse: collapse; width: 100%; }}
td {{ vertical-align: middle; padding: 2mm 3mm; page-break-inside: avoid; }}
td.pic {{ width: 48mm; }}
.box {{ border: 1.2pt solid #00506e; border-radius: 3mm; background: #e6f2f6; height: 22mm; padding: 1.5mm;
  font-size: 8pt; line-height: 1.2; color: #00506e; text-align: center; }}
table.words td, table.words th {{ border: 1pt solid #00506e; font-size: 14pt; text-align: left; vertical-align: top; }}
p.end {{ font-size: 12pt; margin-top: 10mm; }}
"""


def brackenmoor() -> bytes:
    import weasyprint

    parts = [
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{html.escape(TITLE)}</title>",
        f"<style>{BRACKENMOOR_CSS}</style></head><body>",
        f"<h1>{html.escape(TITLE)}</h1>",
        "<p class='strap'>Easy read</p>",
    ]
    for heading, rows in BRACKENMOOR:
        parts.append(f"<h2>{html.escape(heading)}</h2><table>")
        for caption, sentence in rows:
            parts.append(
                f"<tr><td class='pic'><div class='box'>{html.escape(caption)}</div></td>"
                f"<td>{_bold_html(sentence)}</td></tr>"
            )
        parts.append("</table>")
    parts.append("<h2>Words we use</h2><table class='words'>")
    for index, (word, meaning) in enumerate(BRACKENMOOR_WORDS):
        tag = "th" if index == 0 else "td"
        parts.append(
            f"<tr><{tag}><b>{html.escape(word)}</b></{tag}><{tag}>{html.escape(meaning)}</{tag}></tr>"
        )
    parts += ["</table>", "<p class='end'>Last updated: 12 March 2026</p>", "</body></html>"]
    return bytes(weasyprint.HTML(string="".join(parts)).write_pdf())


# --- 33602 Quenwick: a Word guide for young people ------------------------------------------------

# ("title" | "strap" | "h" | "p" | "b", text, picture alt text for "h")
# fmt: off
QUENWICK: list[tuple[str, str, str]] = [
    ("title", TITLE, ""),
    ("strap", "A guide for children and young people from Quenwick Borough Council", ""),
    ("h", "What is this guide?", "Drawing of a young person reading a leaflet"),
    ("p", "Quenwick Council has a long document that tells its staff how to work with children. This guide tells you what it says, in **shorter words**.", ""),
    ("p", "This is **Version 2**. We last changed it in **November 2025**.", ""),
    ("h", "What do we want for you?", "Drawing of a young person standing on a hill looking at the sun"),
    ("p", "We want you to **grow up safe**, happy and healthy, and to have the **same chances** as any other young person in Quenwick.", ""),
    ("h", "What do we believe?", "Drawing of two hands shaking"),
    ("p", "We believe you are the **expert in your own life**. We will ask what you think before we make plans about you.", ""),
    ("p", "We believe in being **straight with you**. If we cannot do something, we will tell you why.", ""),
    ("p", "We believe that families can change, and we try to **help early**, before problems get big.", ""),
    ("h", "Why is the council my corporate parent?", "Drawing of the council building with a family in the doorway"),
    ("p", "If you are one of the **children who are looked after** by Quenwick, the whole council shares the job of being your parent. We call this being your **corporate parent**.", ""),
    ("p", "The law gives every council **seven corporate parenting principles**. They say we must look out for your best interests, listen to you, help you use services, expect great things of you, keep you safe and settled, and get you ready for adult life.", ""),
    ("h", "Which laws protect you?", "Drawing of a shield with a tick on it"),
    ("p", "The most important laws for you are the **Children Act 1989**, the **Children (Leaving Care) Act 2000** and the **Children and Social Work Act 2017**.", ""),
    ("h", "How do our social workers work?", "Drawing of a circle of people around a young person"),
    ("p", "Our social workers use **Systemic Practice**. That means they look at everyone around you, not just at you, and they think about how people in your family get on with each other.", ""),
    ("h", "Will I get a settled home?", "Drawing of a house with a garden"),
    ("p", "If you cannot go back home, we will agree a **permanence plan**. That is a plan for where you will live for the rest of your childhood.", ""),
    ("p", "You should have this plan **within six months** of coming into care.", ""),
    ("h", "What happens when I leave care?", "Drawing of a young person carrying a box into a flat"),
    ("p", "Every care leaver in Quenwick can have a **personal adviser** up to the age of **25**. It does not matter whether you are working, studying or doing something else.", ""),
    ("p", "Your adviser can help you with money, a place to live, a job or a course.", ""),
    ("h", "Who sees what I tell you?", "Drawing of a padlock"),
    ("p", "What you tell us is **kept safe**. We only pass it on if we have to keep you or someone else safe, and we will usually tell you first.", ""),
    ("h", "Who can I talk to?", "Drawing of a speech bubble"),
    ("p", "Talk to your social worker, your foster carer or the **Quenwick Children in Care Council**. You can also ask for an **advocate**, someone who helps you get your voice heard.", ""),
    ("h", "Words we use", "Drawing of a dictionary"),
    ("b", "**Advocate**: someone who helps you say what you want.", ""),
    ("b", "**Care leaver**: a young person who has been in care and is now 16 or older.", ""),
    ("b", "**Permanence plan**: a plan for your long-term home.", ""),
    ("b", "**Systemic Practice**: a way of working that looks at the whole family.", ""),
]
# fmt: on


def _picture(alt: str, index: int) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (160, 120), (240, 248, 255))
    draw = ImageDraw.Draw(image)
    colour = ((index * 53) % 200, (index * 97) % 200, 160)
    draw.ellipse((40, 20, 120, 100), outline=colour, width=6)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _add_runs(paragraph: object, text: str) -> None:
    position = 0
    for match in BOLD.finditer(text):
        paragraph.add_run(text[position : match.start()])  # type: ignore[attr-defined]
        paragraph.add_run(match[1]).bold = True  # type: ignore[attr-defined]
        position = match.end()
    paragraph.add_run(text[position:])  # type: ignore[attr-defined]


def quenwick() -> bytes:
    from docx.shared import Mm, Pt

    document = new_docx()
    document.styles["Normal"].font.size = Pt(14)
    pictures = 0
    for kind, text, alt in QUENWICK:
        if kind == "title":
            document.add_paragraph(text, style="Title")
        elif kind == "h":
            document.add_paragraph(text, style="Heading 1")
            pictures += 1
            run = document.add_paragraph().add_run()
            shape = run.add_picture(io.BytesIO(_picture(alt, pictures)), width=Mm(25))
            shape._inline.docPr.set("descr", alt)
        else:
            style = "List Bullet" if kind == "b" else None
            _add_runs(document.add_paragraph(style=style), text)
    return saved_docx(document)


def _note(number: str) -> str:
    lines = [f"%% built by {SCRIPT}: {ABOUT[number]}", ""]
    if number == "33601":
        lines += [f"# {TITLE}", "", "Easy read", ""]
        for heading, rows in BRACKENMOOR:
            lines += [f"## {heading}", ""]
            lines += [f"| [{caption}] | {sentence} |" for caption, sentence in rows]
            lines.append("")
        lines += ["## Words we use", ""]
        lines += [f"| **{word}** | {meaning} |" for word, meaning in BRACKENMOOR_WORDS]
        lines += ["", "Last updated: 12 March 2026", "", "(page number bottom right of every page)"]
    else:
        for kind, text, alt in QUENWICK:
            if kind == "title":
                lines += [f"# {text}", ""]
            elif kind == "h":
                lines += [f"## {text}", "", f"![{alt}](picture: alt text only)", ""]
            elif kind == "b":
                lines.append(f"- {text}")
            else:
                lines += [text, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    built = {"33601": brackenmoor(), "33602": quenwick()}
    for number, data in built.items():
        target = HERE / NAMES[number]
        target.write_bytes(data)
        Path(f"{target}.md").write_text(_note(number), encoding="utf-8")
        print(target.name, len(data))


if __name__ == "__main__":
    main()
