# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the Word and PDF chapters of the eighty-seventh blind set (8703, 8704, 8705).

All three set their headings as pseudo-headings in Normal paragraphs, named by meaning:

- 8703: Word, headings are Normal paragraphs whose one run is bold, at body size, named by
  verbs ("Setting the scene", "Following the law", "Deciding together", "Keeping records");
- 8704: Word, headings are Normal paragraphs in a larger font only (14 pt, not bold; the title
  18 pt), one word each ("Reach", "Law", "Rights", "Home", "Independence", "Privacy");
- 8705: Word with bold body-size Normal headings in a child's own voice ("What I can expect",
  "Somewhere I belong", "When I leave care"), printed to PDF by LibreOffice headless.

The chapters are written for this set (invented councils).

usage: .venv/bin/python tests/cases/documents/build_blind87.py   (needs python-docx, soffice)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# fmt: off
WINDLECOMBE = [
    ("title", "Windlecombe County Council: Children's Services Policies, Values and Principles"),
    ("h", "Setting the scene"),
    ("p", "This chapter sets out the values and principles that all of Windlecombe's children's social care procedures build on. It applies to the council's staff, its foster carers and the organisations it commissions to work with children."),
    ("p", "This chapter was last amended in July 2024 to describe how children take part in decisions about their care."),
    ("h", "Following the law"),
    ("p", "The council carries out its duties to children under the following legislation and statutory guidance:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Adoption and Children Act 2002"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("h", "Working with partners"),
    ("p", "Safeguarding is a responsibility shared by every agency in Windlecombe. Through the Windlecombe Safeguarding Children Partnership, children's services, health, schools and the police agree how they will work together and hold one another to account."),
    ("h", "Living our values"),
    ("p", "We are honest, we are respectful and we are hopeful. We treat children and parents as experts in their own lives, we do what we say we will do, and we never give up on a child."),
    ("h", "Caring as a parent would"),
    ("p", "Windlecombe County Council is the corporate parent of all Children in Care and care leavers in the county. Every councillor and officer shares the duty to have regard to the seven corporate parenting principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Building relationships"),
    ("p", "Windlecombe works with families through Restorative Practice. Our workers do things with families, not to them or for them, and every plan is built on the relationship between the family and the worker."),
    ("h", "Measuring what matters"),
    ("p", "We judge our work by what it means for children: that they are healthy, safe, doing well in learning, enjoying their childhood and growing up ready for adult life."),
    ("h", "Deciding together"),
    ("p", "Children and young people have a right to take part in decisions about their lives. We ask for their views before every review, we explain our decisions to them in words they understand, and we support them to bring an advocate where they want one."),
    ("h", "Planning for permanence"),
    ("p", "Children should grow up in their own families wherever it is safe for them to do so, and the wider family is always considered first. A plan for permanence should be made within three months of a child entering care."),
    ("h", "Preparing for adulthood"),
    ("p", "Care leavers have a personal adviser until they are 21, and up to 25 if they are at university. Their pathway plan is reviewed at least every six months."),
    ("h", "Keeping records"),
    ("p", "Records about children are written with care, stored securely and shared only where the law allows and where sharing is needed to protect a child or to provide a service. Young people can ask to see what we have written about them."),
    ("h", "Asking for help"),
    ("p", "Questions about this chapter can be sent to the Children's Services Practice Standards Team at standards@windlecombe.example.gov.uk."),
    ("p", "Last updated: 2 August 2024"),
]

PELLMOOR = [
    ("title", "Pellmoor Borough Council - Children's Services Policies, Values and Principles"),
    ("h", "Reach"),
    ("p", "This chapter applies to everyone who works in Pellmoor's children's services and to our foster carers and partners. It describes the values and principles behind all our procedures."),
    ("p", "This chapter was amended in September 2024 to update the description of our practice model."),
    ("h", "Law"),
    ("p", "The following legislation governs the work of the service:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Young Persons Act 2008"),
    ("b", "Children and Families Act 2014"),
    ("b", "Care Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "Partnership"),
    ("p", "Pellmoor's children's services cannot protect children alone. We work closely with health, education, the police and the voluntary sector through the Pellmoor Safeguarding Children Partnership, and we expect all partners to share concerns early."),
    ("h", "Beliefs"),
    ("p", "We believe that children should be listened to, that families should be treated with respect, and that everyone can make changes when given the right help at the right time."),
    ("h", "Rights"),
    ("p", "Pellmoor Borough Council is the corporate parent of its Cared for Children and its care leavers. In carrying out that role the council has regard to seven corporate parenting principles:"),
    ("n", "to act in their best interests and promote their physical and mental health and well-being;"),
    ("n", "to encourage them to express their views, wishes and feelings;"),
    ("n", "to take their views, wishes and feelings into account;"),
    ("n", "to help them gain access to, and make the best use of, services provided by the council and its relevant partners;"),
    ("n", "to promote high aspirations and seek to secure the best outcomes for them;"),
    ("n", "to help them be safe and have stability in their home lives, relationships and education or work;"),
    ("n", "to prepare them for adulthood and independent living."),
    ("h", "Ambition"),
    ("p", "Our vision is for Pellmoor to be a place where every child is safe, feels loved and has the chance to reach their full potential."),
    ("h", "Practice"),
    ("p", "Pellmoor has adopted Family Safeguarding. Social workers work in teams with adult mental health, substance misuse and domestic abuse practitioners, so that parents get help with the difficulties that put their children at risk."),
    ("h", "Flourishing"),
    ("p", "We want children to be healthy, to be safe, to enjoy learning and achieve, to make friends and have fun, and to grow into independent adults."),
    ("h", "Home"),
    ("p", "Children do best in their own families. When a child cannot live with their parents we look to relatives and close family friends first. A permanence plan should be in place within five months of a child becoming looked after."),
    ("h", "Independence"),
    ("p", "Young people leaving care are supported by a personal adviser until they are 21, or until they are 25 if they are in education or training."),
    ("h", "Privacy"),
    ("p", "We hold information about children and families securely and share it only where the law allows and where it is needed to safeguard a child or provide a service."),
    ("h", "Contact"),
    ("p", "Pellmoor Children's Services Policy Team, Civic Centre, Pellmoor."),
    ("p", "Document version: v12"),
]

MARROWICK = [
    ("title", "Marrowick City Council - Children's Services Policies, Values and Principles"),
    ("h", "What this chapter is about"),
    ("p", "This chapter was written with Marrowick's Children in Care Council. It explains, in our own words, the values and principles that everyone working with children who are looked after by Marrowick City Council is expected to follow."),
    ("p", "This chapter was amended in December 2024 when the children in care council reviewed it."),
    ("h", "The rules that protect me"),
    ("p", "The council has to follow these laws:"),
    ("b", "Children Act 1989"),
    ("b", "Children (Leaving Care) Act 2000"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("h", "The people around me"),
    ("p", "My social worker does not work on their own. My school, my doctor, the police and other services all work together through the Marrowick Safeguarding Children Partnership, and they tell each other if they are worried about me."),
    ("h", "What my workers believe"),
    ("p", "My workers believe that I should be listened to and treated with respect, that my family matters, and that things can get better with the right help."),
    ("h", "What I can expect"),
    ("p", "Marrowick City Council is my corporate parent. That means the whole council has to:"),
    ("n", "act in my best interests and look after my physical and mental health and well-being;"),
    ("n", "encourage me to say what I think, what I want and how I feel;"),
    ("n", "take what I think, want and feel into account;"),
    ("n", "help me get and make the best use of the services the council and its partners provide;"),
    ("n", "have high hopes for me and help me get the best outcomes;"),
    ("n", "help me be safe and have stability at home, in my relationships and in education or work;"),
    ("n", "get me ready for being an adult and living independently."),
    ("h", "What the council hopes for me"),
    ("p", "The council's vision is that I grow up safe, happy and healthy, and that I leave care feeling confident about my future."),
    ("h", "How my worker helps my family"),
    ("p", "My social worker uses Signs of Safety. We talk about what is going well, what people are worried about, and what needs to happen, and my family helps to write the plan."),
    ("h", "Doing well"),
    ("p", "Doing well means being healthy, being safe, going to school and learning, having friends and hobbies, and being ready for the future."),
    ("h", "Somewhere I belong"),
    ("p", "If I cannot live with my parents, the council will first see whether someone in my family or a family friend can look after me. There should be a plan for where I will grow up within four months of me coming into care."),
    ("h", "When I leave care"),
    ("p", "When I leave care I will have a personal adviser until I am 21, or until I am 25 if I am in education or training. My pathway plan will say where I will live and how I will be helped with money, health and work."),
    ("h", "Who gets to know about me"),
    ("p", "Information about me is kept safe. It is only shared when the law allows it and when it is needed to keep me safe or to get me a service, and I can ask what has been shared."),
    ("h", "Who I can talk to"),
    ("p", "If I have a question about this chapter I can ask my social worker or contact the Marrowick Children's Rights Service on 0100 555 0199."),
    ("p", "Last updated: 10 January 2025"),
]
# fmt: on


def _docx(blocks: list[tuple[str, str]], heading: str) -> bytes:
    """A Word file whose title and headings are Normal paragraphs: `heading` is "bold" (one
    bold run at body size) or "size" (a larger font, not bold)."""
    from build_binary_tools import new_docx, saved_docx
    from docx.shared import Pt

    document: Any = new_docx()
    for kind, text in blocks:
        if kind in ("title", "h"):
            run = document.add_paragraph().add_run(text)
            if heading == "bold":
                run.bold = True
                if kind == "title":
                    run.font.size = Pt(14)
            else:
                run.font.size = Pt(18 if kind == "title" else 14)
        elif kind == "b":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "n":
            document.add_paragraph(text, style="List Number")
        else:
            document.add_paragraph(text)
    return bytes(saved_docx(document))


def note(blocks: list[tuple[str, str]], about: str) -> str:
    from build_binary_tools import blocks_note

    return blocks_note(blocks, "build_blind87.py", about)


def main() -> None:
    from build_binary_tools import docx_to_pdf

    bold = HERE / "8703-docx-bold-normal-headings-verbs-deciding-together.docx"
    bold.write_bytes(_docx(WINDLECOMBE, "bold"))
    bold.with_name(bold.name + ".md").write_text(
        note(WINDLECOMBE, "bold-run Normal paragraphs as headings, named by verbs"),
        encoding="utf-8",
    )
    size = HERE / "8704-docx-larger-font-headings-one-word-home-rights-law.docx"
    size.write_bytes(_docx(PELLMOOR, "size"))
    size.with_name(size.name + ".md").write_text(
        note(PELLMOOR, "Normal paragraphs in a larger font (not bold) as one-word headings"),
        encoding="utf-8",
    )
    pdf = HERE / "8705-pdf-lo-bold-body-size-headings-child-voice.pdf"
    docx_to_pdf(_docx(MARROWICK, "bold"), pdf)
    pdf.with_name(pdf.name + ".md").write_text(
        note(
            MARROWICK, "bold body-size headings in a child's voice, printed to PDF by LibreOffice"
        ),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
