# ruff: noqa: E501  (the chapter's paragraphs are kept a line each, as written)
"""Build the Word document of the 293rd blind set (29304).

Four invented councils' adaptations of the common template chapter "Children's Services
Policies, Values and Principles", written for this set in our own words. The markdown, HTML and
plain-text chapters (29301-29303) are written by hand beside this script; this script builds:

    29304  Brimscott: python-docx, the title in Word's Title style and every heading Heading 1
           (unnumbered), the Acts and the outcomes List Bullet lists, the pledge a List Bullet
           list, a running header naming the manual, a closing version line.

usage: .venv/bin/python tests/cases/documents/build_blind293.py   (needs python-docx). The
Word file gets a .md note beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_binary_tools import blocks_note, new_docx, saved_docx  # noqa: E402

SCRIPT = "build_blind293.py"

NAMES = {
    "29304": "29304-docx-title-and-heading-1-styles-running-header-brimscott-scope-and-law-merged-partners-dropped-principles-mentioned-no-number-pledge-as-corporate-parent-restorative-practice-four-months-21-or-25-studying-version-line-cared-for.docx",
}

HEADER = "Brimscott Children's Social Care Procedures Manual"

# (kind, text): "title", "h" a heading, "p" a paragraph, "b" a bullet.
# fmt: off
BRIMSCOTT: list[tuple[str, str]] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("h", "This chapter and the law behind it"),
    ("p", "This chapter describes the values and principles of Brimscott Metropolitan Borough Council's children's services. It applies to all of the council's social work, family support and fostering staff and to the providers who care for children on our behalf."),
    ("p", "In January 2026 the timescale for permanence planning was shortened and a new section, Our pledge to you, was added."),
    ("p", "The council's work with children and families is governed by these Acts:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Care Standards Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "What we believe"),
    ("p", "Children belong at the centre of our work, and their safety and welfare come before any other consideration."),
    ("p", "Families are the best place for most children to grow up, and we would rather help a family early than step in late."),
    ("p", "Every child is different. We respect children's identity, faith, culture and language, and we challenge discrimination wherever we meet it."),
    ("h", "The council as corporate parent"),
    ("p", "For cared for children and care leavers, Brimscott Metropolitan Borough Council is more than a service provider: it is their parent. Every councillor and every officer shares that role."),
    ("p", "We apply the corporate parenting principles in each decision we make about cared for children and care leavers, and our Corporate Parenting Board checks that every department of the council keeps to them."),
    ("h", "Our vision"),
    ("p", "Our vision is a borough where children are safe, where families get the help they need from people they trust, and where cared for children have the same chances in life as their classmates."),
    ("h", "Restorative Practice"),
    ("p", "Restorative Practice is the way we work across Brimscott's children's services. Practitioners work with families, not for them or to them: they offer high support together with high challenge, and they repair relationships when things go wrong."),
    ("p", "All staff, foster carers and many partner agencies have had the same training, so children and families hear the same language wherever they are helped."),
    ("h", "Outcomes we want for children"),
    ("p", "We judge our work by whether children are:"),
    ("b", "healthy in body and mind;"),
    ("b", "safe at home, at school and online;"),
    ("b", "learning and achieving;"),
    ("b", "taking part in their community;"),
    ("b", "ready for work and independent life."),
    ("h", "Children at home and in their wider family"),
    ("p", "We support children to stay with their parents whenever that is safe. When it is not, we look first to relatives and family friends, and we support them as carers so that children keep their ties to their family and community."),
    ("h", "Permanence and leaving care"),
    ("p", "Every cared for child has a plan for a permanent home within four months of coming into our care, and the plan is put into action without delay."),
    ("p", "Care leavers have a personal adviser until they are 21, and up to 25 if they are studying, training or looking for work. They can stay with their foster carers after 18 when both want it."),
    ("h", "Our pledge to you"),
    ("p", "As your corporate parent, the whole council promises to:"),
    ("b", "treat you as we would want our own children to be treated;"),
    ("b", "ask what you think before we make decisions about you;"),
    ("b", "make sure every part of the council thinks about you when it plans its services;"),
    ("b", "celebrate what you achieve, however big or small;"),
    ("b", "stand by you after you leave care."),
    ("h", "Our strategy"),
    ("p", "Our plan for 2025 to 2028 concentrates on three things: more help for families through our family hubs, more foster carers living in the borough, and a stable, well-trained workforce."),
    ("h", "Confidentiality and sharing information"),
    ("p", "We keep personal information securely and share it only when the law allows and it is needed to keep a child safe or to provide a service. Children and parents are told what we record about them and can ask to see it."),
    ("p", "Version 3.2"),
]
# fmt: on

STYLES = {"title": "Title", "h": "Heading 1", "b": "List Bullet"}


def brimscott() -> bytes:
    document = new_docx()
    document.sections[0].header.paragraphs[0].text = HEADER
    for kind, text in BRIMSCOTT:
        document.add_paragraph(text, style=STYLES.get(kind))
    return saved_docx(document)


def main() -> None:
    (HERE / NAMES["29304"]).write_bytes(brimscott())
    note = blocks_note(
        BRIMSCOTT,
        SCRIPT,
        f"python-docx, Title and Heading 1 styles, List Bullet lists, running header '{HEADER}'",
    )
    (HERE / (NAMES["29304"] + ".md")).write_text(note, encoding="utf-8")
    print("wrote", *NAMES.values())


if __name__ == "__main__":
    main()
