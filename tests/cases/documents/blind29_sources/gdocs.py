# ruff: noqa: E501  (an exporter's markup is kept on one line, as it writes it)
"""Write a Google Docs "Download as HTML" page from a line source (see README.md)."""

# ruff: noqa: E501  (an exporter's markup is kept on one line, as it writes it)
import html
import sys
from pathlib import Path

STYLE = (
    '<style type="text/css">@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXFIkA);'
    'ul.lst-kix_{k}-0{{list-style-type:none}}.lst-kix_{k}-0>li:before{{content:"\\0025cf   "}}'
    "ol{{margin:0;padding:0}}table td,table th{{padding:0}}"
    '.c0{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}}'
    ".c1{{padding-top:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;widows:2;text-align:left}}"
    '.c3{{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}}'
    ".c4{{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}"
    '.c5{{color:#1c4587;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Arial";font-style:normal}}'
    ".c6{{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}}"
    ".c7{{margin-left:36pt;padding-left:0pt}}.c8{{padding:0;margin:0}}"
    ".c9{{color:#1155cc;text-decoration:underline}}.c10{{color:inherit;text-decoration:inherit}}"
    ".c11{{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}}.c12{{height:11pt}}"
    '.title{{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    '.subtitle{{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    'li{{color:#000000;font-size:11pt;font-family:"Arial"}}p{{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}}'
    'h1{{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}'
    'h2{{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}}</style>'
)


def render(lines, title, k, bold_headings=False):
    out = [
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">',
        STYLE.format(k=k),
        '</head><body class="c11 doc-content">',
    ]
    out.append(
        f'<p class="c6 title" id="h.{k[:6]}t"><span class="c5">{html.escape(title, quote=False)}</span></p>'
    )
    n = 0
    inlist = False
    for line in lines:
        kind, _, text = line.partition(" ")
        if kind != "-" and inlist:
            out.append("</ul>")
            inlist = False
        if kind == "#":
            n += 1
            if bold_headings:
                out.append(f'<p class="c1"><span class="c3">{text}</span></p>')
            else:
                out.append(
                    f'<h2 class="c4" id="h.{k[n % 7 : n % 7 + 5]}{n}q"><span class="c5">{text}</span></h2>'
                )
        elif kind == "-":
            if not inlist:
                out.append(
                    f'<ul class="c8 lst-kix_{k}-0 {"start" if n < 3 else ""}">'.replace(' ">', '">')
                )
                inlist = True
            out.append(f'<li class="c1 c7 li-bullet-0"><span class="c0">{text}</span></li>')
        elif kind == "p":
            out.append(f'<p class="c1"><span class="c0">{text}</span></p>')
        elif kind == "raw":
            out.append(text)
        elif kind == "blank":
            out.append('<p class="c1 c12"><span class="c0"></span></p>')
    if inlist:
        out.append("</ul>")
    out.append("</body></html>")
    return "".join(out)


if __name__ == "__main__":
    src, title, k, bold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "bold"
    lines = [row for row in Path(src).read_text(encoding="utf-8").splitlines() if row.strip()]
    sys.stdout.write(render(lines, title, k, bold))
