"""Print the grid table of 2906 as pandoc writes a Word table with wrapped cells."""

import textwrap


def grid(rows, widths, header=True):
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hline = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [line]
    for i, row in enumerate(rows):
        cells = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths, strict=True)]
        h = max(len(c) for c in cells)
        for j in range(h):
            out.append(
                "| "
                + " | ".join(
                    (c[j] if j < len(c) else "").ljust(w)
                    for c, w in zip(cells, widths, strict=True)
                )
                + " |"
            )
        out.append(hline if (i == 0 and header) else line)
    return "\n".join(out)


rows = [
    ["**Legislation**", "**What it is mainly about**"],
    ["Children Act 1989", "Duties to children in need, care proceedings, looking after children"],
    [
        "Children Act 2004",
        "Co-operation to improve well-being; the Director of Children's Services",
    ],
    ["Children (Leaving Care) Act 2000", "Pathway plans and personal advisers for care leavers"],
    ["Adoption and Children Act 2002", "Adoption and special guardianship"],
    ["Children and Young Persons Act 2008", "Visits, independent reviewing officers, staying put"],
    [
        "Children and Families Act 2014",
        "Family justice, the 26-week limit for care proceedings, SEND",
    ],
    ["Children and Social Work Act 2017", "Corporate parenting principles and the local offer"],
    ["Domestic Abuse Act 2021", "Children as victims of domestic abuse in their own right"],
    ["Equality Act 2010", "Protected characteristics and the public sector equality duty"],
]
print(grid(rows, [35, 35]))
