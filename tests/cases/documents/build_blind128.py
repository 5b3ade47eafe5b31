# ruff: noqa: E501  (the chapters' paragraphs are kept a line each)
"""Build the hundred-and-twenty-eighth blind set (12801-12806): whole chapters with no headings.

Six invented councils' whole chapters of "Children's Services Policies, Values and Principles",
written for this set, as Word and PDF files whose only structure is a title line (or not even
that): every other paragraph is a Normal paragraph.

- 12801 Word, Normal paragraphs only, the template's order.
- 12802 Word, every body paragraph in a real Word numbered list ("1.", "2." ... drawn by Word's
  numbering, not typed), sections out of the template's order.
- 12803 Word, some paragraphs open with a bold lead sentence (a run, not a heading).
- 12804 PDF printed by LibreOffice from a plain Word file, sections out of order.
- 12805 PDF, justified text with automatic hyphenation and a running page header.
- 12806 PDF, numbered paragraphs (real list numbering) over two pages, no contents list.

usage: python tests/cases/documents/build_blind128.py   (needs python-docx and LibreOffice)
Each build writes the file and a .md note beside it (the text a reader sees).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SCRIPT = "build_blind128.py"

# (kind, text): "title" a title line (Title style), "t" a title typed as a Normal paragraph,
# "p" a Normal paragraph, "n" a numbered list paragraph, "b" a bullet (List Bullet),
# "lead" a paragraph whose first sentence (up to "||") is bold.
Block = tuple[str, str]

# fmt: off
C01: list[Block] = [
    ("t", "Harrowmere Borough Council: Children's Services Policies, Values and Principles"),
    ("p", "This chapter applies to every member of staff in Harrowmere's children's services, whether they work with children directly or support those who do. It was revised in April 2025, when the paragraphs on care leavers and on the practice model were rewritten."),
    ("p", "Everything we do for children rests on a framework of law and statutory guidance. The main pieces are:"),
    ("b", "Children Act 1989"),
    ("b", "Children Act 2004"),
    ("b", "Children and Families Act 2014"),
    ("b", "Children and Social Work Act 2017"),
    ("b", "Working Together to Safeguard Children 2023"),
    ("p", "Keeping children safe is never the job of one agency alone. Schools, health visitors, GPs, the police and the voluntary sector each see a different part of a child's life, and we expect our staff to share the work with them, as statutory guidance requires, rather than hold it to themselves."),
    ("p", "Honesty, respect and curiosity are what we ask of every worker. We tell families plainly what we are worried about, we listen to what children say even when it is hard to hear, and we keep asking why until we understand."),
    ("p", "When a child comes into our care the whole council becomes that child's corporate parent. Councillors and officers alike must have regard to seven principles:"),
    ("b", "to act in the child's best interests and promote their health and well-being;"),
    ("b", "to encourage children to say what they think and take their views into account;"),
    ("b", "to take into account the circumstances, wishes and feelings of the child;"),
    ("b", "to help children to gain access to and make the best use of services;"),
    ("b", "to promote high aspirations and seek the best outcomes for them;"),
    ("b", "for children to be safe and to have stability in their home lives, relationships and education or work;"),
    ("b", "to prepare them for adulthood and independent living."),
    ("p", "We want Harrowmere to be a place where children grow up safe, happy and hopeful about what comes next. The reason is simple: children who feel secure in childhood do better for the rest of their lives."),
    ("p", "Staff across the service work in the Signs of Safety way. It gives families and workers a shared language: what are we worried about, what is working well, and what needs to happen next."),
    ("p", "Children we work with should be healthy, stay safe, enjoy learning and achieve, make a positive contribution to their community, and reach economic well-being as adults."),
    ("p", "Wherever it is safe, children are best brought up by their own families, and we work hard to make that possible. Where a child cannot live at home we look first to relatives and friends. Every looked after child should have a plan for permanence agreed by the second review, which falls four months after they entered care."),
    ("p", "Young people leaving our care keep a personal adviser until they reach 21, and until 25 if they ask for one."),
    ("p", "Records about children are confidential, but confidentiality is never a reason to keep back information that would protect a child. Staff share what is necessary and proportionate, and record why."),
]

C02: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("n", "Coldbeck District Council reviewed this chapter and the new text took effect on 3 March 2025. It covers all of our social work, early help and fostering teams."),
    ("n", "Our practice model is Restorative Practice: we work with families, not to them or for them, and we put relationships at the centre of change."),
    ("n", "The council as a whole carries the duties of a good parent to every child in care. The Children and Social Work Act 2017 sets out seven corporate parenting principles, and we apply each of them in every decision we take about a child in care."),
    ("n", "Our values are kindness, fairness and ambition. Workers treat each family as they would wish their own to be treated, and they aim high for every child."),
    ("n", "This policy draws on the following legislation and guidance: the Children Act 1989; the Children (Leaving Care) Act 2000; the Adoption and Children Act 2002; the Care Standards Act 2000."),
    ("n", "Children in care who are unable to return home should have a permanence plan within six months of first becoming looked after, and we track every plan at the independent review."),
    ("n", "Care leavers have our support until they turn 21; those who remain in education or training can keep it to 25."),
    ("n", "We cannot protect children by working alone. Partner agencies share the responsibility, and we hold regular multi-agency meetings to make sure no child falls between services."),
    ("n", "Our vision is that every child in Coldbeck grows up in a loving family, in a safe community, with chances as good as any child in the country."),
    ("n", "Information is shared lawfully and with care. Families are told what we share and why, unless telling them would put a child at risk."),
]

C03: list[Block] = [
    ("t", "Fennick Vale Council - Children's Services Policies, Values and Principles"),
    ("lead", "This chapter is about how we work.|| It sets out the policies, values and principles of Fennick Vale's children's social care and was last amended in September 2024."),
    ("lead", "The law comes first.|| Our duties come from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017, together with statutory guidance."),
    ("p", "All practitioners should know these duties and how they apply to the families they meet."),
    ("lead", "Safeguarding is a shared task.|| Police, health, schools and the council each hold a piece of the picture, and only together can they keep a child safe."),
    ("lead", "We value respect and openness.|| Families should always know who their worker is, what we think and what will happen next."),
    ("lead", "Corporate parenting matters to everyone in the council.|| Elected members and every department share the duty to look after the children in its care as a good parent would, guided by the seven principles in the Children and Social Work Act 2017."),
    ("p", "We want our children looked after to have the same chances as any other child: a good education, good health and people who stay in their lives."),
    ("lead", "Our model is Family Safeguarding.|| Social workers sit in teams with adult specialists in mental health, substance use and domestic abuse, so that parents get help for the problems that put their children at risk."),
    ("lead", "Permanence is planned early.|| For every child we look after, a plan for a permanent home is expected within four months."),
    ("p", "Young people who have left care can have support from a personal adviser up to the age of 25."),
    ("lead", "Sharing information keeps children safe.|| We share what is needed, following the law on data protection and the government's advice to practitioners."),
]

C04: list[Block] = [
    ("t", "Children's Services Policies, Values and Principles"),
    ("p", "The policies in this chapter bind all staff and managers of Oxley Marsh Council's children's services. Updated January 2025 to reflect the national framework."),
    ("p", "Cared for children are the responsibility of the whole council. As corporate parents, we follow the seven principles set out in law and expect every service to ask what it can do for them."),
    ("p", "Sometimes a cared for child cannot go home. When that happens, we aim for a permanence plan within 4 months so that the child knows where they will grow up."),
    ("p", "Our support for care leavers does not end at 18. It continues until they are 21, or 25 where the young person is studying or training."),
    ("p", "Our framework of practice is Systemic Practice, in which we look at the family as a whole system of relationships and not only at the child in front of us."),
    ("p", "Children's Social Care: National Framework is statutory guidance, first published in December 2023. It describes what children's social care is for, the outcomes it should achieve and the practice that will achieve them, and it says how leaders and partners should know whether those outcomes are being met."),
    ("p", "We believe in fairness, in hope and in the strengths of every family. These beliefs guide how we speak to children and parents and how we write about them."),
    ("p", "The outcomes we want are that children and young people are safe in their families, do well in school, are healthy, and grow into independent adults."),
    ("p", "The legislation behind this chapter is the Children Act 1989, the Children Act 2004 and the Children and Social Work Act 2017."),
    ("p", "Our strategy for the next three years is to reduce the number of children entering care by investing in early help, to keep more children close to home, and to build a stable, skilled workforce."),
]

C05: list[Block] = [
    ("title", "Children's Services Policies, Values and Principles"),
    ("p", "Stannerby City Council's children's services operate under this chapter, which was amended in February 2025. It applies to every practitioner and manager in the directorate."),
    ("p", "This policy is grounded in the following legislation: the Children Act 1989, the Children Act 2004, the Children and Young Persons Act 2008, the Children and Families Act 2014, the Children and Social Work Act 2017 and the Domestic Abuse Act 2021."),
    ("p", "Protecting children is the business of every agency that comes into contact with them. Working Together to Safeguard Children 2023 makes clear that local partners must plan, commission and deliver services together."),
    ("p", "The values of Stannerby's children's services are compassion, courage and accountability. We take responsibility for what we do and for what we fail to do."),
    ("p", "All of us, councillors and officers, are corporate parents to the children looked after by the city. Seven principles guide that role: acting in children's best interests; hearing their views; taking account of their wishes and feelings; helping them use services; holding high aspirations for them; keeping them safe and stable; and preparing them for adult life."),
    ("p", "Our vision is of a city where children are safe at home, known in their community and ambitious for their future."),
    ("p", "Practice across Stannerby follows the Signs of Safety approach, which sets out danger and harm alongside the strengths and safety already present in a family."),
    ("p", "Children looked after by Stannerby who cannot return to their birth families should have a plan for permanence by the time of their four-month review."),
    ("p", "After they leave care, young people receive help from our leaving care service up to the age of 21, or beyond that to 25 if they wish."),
    ("p", "Our strategy rests on three commitments: help families early, keep children within their networks, and make sure every child we look after has a stable home."),
    ("p", "Personal information is handled under the data protection legislation. We share it when doing so protects a child, and we keep a record of every decision to share."),
]

C06: list[Block] = [
    ("title", "Brackenhurst Council - Children's Services Policies, Values and Principles"),
    ("n", "Changes to this chapter were agreed in November 2024, and the chapter now takes account of the Children's Social Care National Framework."),
    ("n", "The service's values are honesty, respect and perseverance, and we expect them to show in every visit, every report and every meeting."),
    ("n", "Staying with family is usually best for children, and our first aim is to help parents care safely for their own children. When a child cannot remain at home we consider kinship carers before any other placement."),
    ("n", "All children who are looked after by Brackenhurst should have a permanence plan by their second statutory review, no later than four months after they came into care."),
    ("n", "Care leavers are entitled to our help until they reach 21, and until 25 where they want it."),
    ("n", "Children should be consulted on every decision about their lives, and what they tell us should change what we do."),
    ("n", "Our corporate parenting responsibilities fall on the whole council. We follow the seven principles:"),
    ("b", "acting in the best interests of the child;"),
    ("b", "encouraging children to express their views;"),
    ("b", "taking account of their wishes and feelings;"),
    ("b", "helping them to access services;"),
    ("b", "promoting high aspirations;"),
    ("b", "seeking stability and safety for them;"),
    ("b", "preparing them for independent living."),
    ("n", "We practise under the Strengthening Families framework, which builds every plan on the strengths a family already has and on the network of people around it."),
    ("n", "Everything in this chapter follows from the Children Act 1989, the Children Act 2004, the Children and Families Act 2014 and the Children and Social Work Act 2017."),
    ("n", "We cannot keep children safe alone. The police, health services and schools share the duty with us, and we meet with them to plan help for children who need it."),
    ("n", "Our vision is for all children in Brackenhurst to grow up safe, healthy and hopeful, with adults around them who care."),
    ("n", "What we want for children is that they are safe, healthy, learning, and ready for adult life."),
    ("n", "Information about children and families is shared only where it is necessary to protect a child or to provide a service, and always in line with data protection law."),
]
# fmt: on


def _soft_hyphens(text: str) -> str:
    """Text with soft hyphens (U+00AD) at Pyphen's British break points in words of seven letters
    or more: LibreOffice here has no hyphenation dictionary, so the breaks a word processor's
    automatic hyphenation would choose are marked in the text and LibreOffice breaks lines at
    them."""
    import re

    import pyphen

    dic = pyphen.Pyphen(lang="en_GB")
    return re.sub(r"[A-Za-z]{7,}", lambda m: dic.inserted(m[0], hyphen="\u00ad"), text)


def _document(blocks: list[Block], *, justify: bool = False, header: str = "") -> Any:
    from build_binary_tools import new_docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = new_docx()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if justify:  # automatic hyphenation for the whole document (w:autoHyphenation)
        document.settings.element.append(parse_xml(f"<w:autoHyphenation {nsdecls('w')}/>"))
    for kind, text in blocks:
        if kind == "title":
            paragraph = document.add_paragraph(text, style="Title")
        elif kind == "n":
            paragraph = document.add_paragraph(text, style="List Number")
        elif kind == "b":
            paragraph = document.add_paragraph(text, style="List Bullet")
        elif kind == "lead":
            lead, rest = text.split("||")
            paragraph = document.add_paragraph()
            paragraph.add_run(lead).bold = True
            paragraph.add_run(rest)
        else:
            paragraph = document.add_paragraph(_soft_hyphens(text) if justify else text)
        if justify and kind in ("p", "n"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return document


def _note(blocks: list[Block], about: str) -> str:
    """The text a reader sees, as markdown: one Word list numbers its paragraphs on through the
    bullets between them ("7.", bullets, "8."), as Word and LibreOffice draw them."""
    lines = [f"%% built by {SCRIPT}: {about}", ""]
    number = 0
    previous = ""
    for kind, text in blocks:
        text = text.replace("||", "")
        if kind == "n":
            number += 1
            lines.append(f"{number}. {text}")
        elif kind == "b":
            lines.append(f"- {text}")
        else:
            if previous in ("n", "b"):
                lines.append("")
            lines.extend([("# " if kind in ("title", "t") else "") + text, ""])
        previous = kind
    return "\n".join(lines).rstrip("\n") + "\n"


# fmt: off
DOCS: list[tuple[str, list[Block], dict[str, Any], str]] = [
    ("12801-docx-normal-paragraphs-only-typed-title-template-order.docx", C01, {}, "Normal paragraphs only"),
    ("12802-docx-word-numbered-paragraphs-out-of-order.docx", C02, {}, "a real Word numbered list"),
    ("12803-docx-bold-lead-sentences-no-headings.docx", C03, {}, "bold lead sentences"),
    ("12804-pdf-plain-typed-title-out-of-order.pdf", C04, {}, "plain, printed by LibreOffice"),
    ("12805-pdf-justified-hyphenated-running-header.pdf", C05, {"justify": True, "header": "Stannerby City Council - Children's Services Procedures Manual"}, "justified, hyphenated, running header"),
    ("12806-pdf-numbered-paragraphs-two-pages-no-contents.pdf", C06, {}, "numbered paragraphs over two pages"),
]
# fmt: on


def main() -> None:
    from build_binary_tools import docx_to_pdf, saved_docx

    for name, blocks, options, about in DOCS:
        target = HERE / name
        data = saved_docx(_document(blocks, **options))
        if target.suffix == ".pdf":
            docx_to_pdf(data, target)
        else:
            target.write_bytes(data)
        target.with_name(target.name + ".md").write_text(_note(blocks, about), encoding="utf-8")
        print("wrote", target.name)


if __name__ == "__main__":
    main()
