"""Web pages with weak or unusual structure (decision 0117): a chapter shown in an `<iframe
srcdoc>` is read where the frame stands; a span made bold by its style is a bold line; a toggle
button's hidden panel that holds a section is kept under the button's label; a one-column table
used for layout reads as headings and their paragraphs, the small tables round it left out.
A menu button's panel, a frame that loads another address, a frame holding a small widget and a
one-column table of data stay as they were."""

from __future__ import annotations

import html

from app.ingest import read_source


def _render(body: str, head: str = "") -> str:
    page = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return read_source(page.encode()).text


_FRAMED = (
    "<p class=t>Family Help Policies and Principles</p>"
    "<p><b>Why we have this policy</b></p>"
    "<p>This policy tells everyone in the Marlstone family help service what we stand for and how "
    "the other procedures should be read.</p>"
    "<p><span style='font-weight: bold'>Working with partners</span></p>"
    "<p>Schools, doctors and the police all help us to keep children safe, and we meet them "
    "every month to plan together.</p>"
)


def test_a_frame_written_into_srcdoc_is_read_where_it_stands() -> None:
    text = _render(
        "<div class='bar'><a href='/'>Back to the documents</a> <a href='/get'>Get a copy</a></div>"
        f'<iframe title="Policy" srcdoc="{html.escape(_FRAMED, quote=True)}"></iframe>'
        "<div class='foot'>Marlstone document store</div>"
    )
    assert "Why we have this policy\n\nThis policy tells everyone" in text
    assert "## Working with partners\n\nSchools, doctors and the police" in text
    assert "Back to the documents" not in text  # the frame is the page's content
    assert "document store" not in text


def test_a_frame_with_a_small_widget_or_an_address_is_not_the_content() -> None:
    widget = html.escape("<p>Rate this page</p>", quote=True)
    text = _render(
        "<div><h1>Family Help Policies and Principles</h1>"
        "<p>This policy tells everyone in the Marlstone family help service what we stand for and "
        "how the other procedures should be read, and who it applies to.</p>"
        f'<iframe srcdoc="{widget}"></iframe><iframe src="https://example.org/map"></iframe></div>'
    )
    assert text.startswith("# Family Help Policies and Principles")
    assert "This policy tells everyone" in text
    assert "example.org" not in text


def test_a_span_bold_by_its_style_is_a_bold_line_and_a_normal_one_is_not() -> None:
    text = _render(
        "<div><h1>Family Help Policies and Principles</h1>"
        "<p><span style='font-weight:700'>What we believe</span></p>"
        "<p>Children do best in their own families, with help when they need it.</p>"
        "<p><span style='font-weight:normal'>How we plan</span></p>"
        "<p>Plans are written with families and reviewed every three months.</p></div>"
    )
    assert "## What we believe\n\nChildren do best" in text
    assert "## How we plan" not in text
    assert "How we plan\n\nPlans are written" in text


_TOGGLES = (
    "<main><h1>Family Help Policies and Principles</h1>"
    "<p>This policy tells everyone in the family help service what we stand for.</p>"
    "<div><button type='button' aria-expanded='false' aria-controls='p1'>Our promise to "
    "children in care</button>"
    "<div id='p1' hidden><p>The whole council acts as a good parent would for every child in its "
    "care, and councillors ask each year how well we have kept that promise.</p></div></div>"
    "<div><button type='button' aria-expanded='false' aria-controls='p2'>Keeping records"
    "</button><div id='p2' class='panel' hidden><h2>Keeping records</h2><p>Records are written "
    "on the day of a visit, in words that the child and the family can understand.</p></div>"
    "</div></main>"
)


def test_a_toggle_buttons_hidden_panel_is_kept_under_the_buttons_label() -> None:
    text = _render(_TOGGLES)
    assert "## Our promise to children in care\n\nThe whole council acts" in text
    assert text.count("Keeping records") == 1  # a panel that opens with its label keeps its own
    assert "## Keeping records\n\nRecords are written" in text


def test_a_menu_buttons_panel_stays_out() -> None:
    text = _render(
        "<header><button aria-expanded='false' aria-controls='menu'>Main menu</button>"
        "<div id='menu' hidden><ul><li><a href='/a'>Adoption and fostering services</a></li>"
        "<li><a href='/b'>Early help for families and children</a></li>"
        "<li><a href='/c'>Schools and learning in the district</a></li></ul></div></header>"
        "<main><h1>Family Help Policies and Principles</h1>"
        "<button aria-expanded='false' aria-controls='s'>Search</button>"
        "<div id='s' hidden><p>Type a word and press enter</p></div>"
        "<p>This policy tells everyone in the family help service what we stand for.</p></main>"
    )
    assert "Adoption and fostering" not in text
    assert "Type a word" not in text
    assert "Search" not in text


_COLUMN = (
    "<table><tr><td><font size=4>Family Help Manual</font></td></tr>"
    "<tr><td><a href='/i'>Index</a> | <a href='/n'>What is new</a></td></tr></table>"
    "<table class='chapter'>"
    "<tr><td>Family Help Policies and Principles</td></tr>"
    "<tr><th>Purpose</th></tr>"
    "<tr><td><p>This chapter tells staff and families what the Wexcombe family help service "
    "stands for.</p><p>It is read before every other chapter of the manual.</p></td></tr>"
    "<tr><td><h3>1. The law</h3></td></tr>"
    "<tr><td><p>The service follows these laws:</p><ul><li>Children Act 1989</li>"
    "<li>Children Act 2004</li></ul></td></tr>"
    "<tr><th>2. Working together</th></tr>"
    "<tr><td><p>No agency keeps children safe alone.</p><p>We plan with schools and health.</p>"
    "</td></tr>"
    "<tr><td><b>3. Confidentiality</b></td></tr>"
    "<tr><td><p>Personal information is shared only where the law allows it.</p></td></tr>"
    "</table>"
    "<table><tr><td>Printed copies are not controlled.</td></tr></table>"
)


def test_a_one_column_layout_table_reads_as_headings_and_their_paragraphs() -> None:
    text = _render(_COLUMN)
    assert text.startswith("Family Help Policies and Principles\n\n### Purpose\n\nThis chapter")
    assert "### 1. The law\n\nThe service follows these laws:\n\n- Children Act 1989" in text
    assert "### 2. Working together\n\nNo agency keeps children safe alone." in text
    assert "### 3. Confidentiality\n\nPersonal information" in text
    assert "Family Help Manual" not in text  # the frame's small tables
    assert "What is new" not in text
    assert "not controlled" not in text


def test_a_one_column_table_of_data_stays_a_table() -> None:
    text = _render(
        "<div><h1>Family Help Policies and Principles</h1>"
        "<p>The council has regard to the corporate parenting principles, set out below.</p>"
        "<table><tr><th>Principle</th></tr><tr><th>Best interests</th></tr>"
        "<tr><td>to act in their best interests</td></tr><tr><th>Views</th></tr>"
        "<tr><td>to encourage them to express their views</td></tr><tr><th>Stability</th></tr>"
        "<tr><td>for them to be safe and to have stability</td></tr></table></div>"
    )
    assert "## Best interests" not in text
    assert "Best interests" in text


def test_a_frame_too_deep_inside_its_host_is_left_out() -> None:
    deep = "<div>" * 600 + "<p>Nested far too deep to be read.</p>" + "</div>" * 600
    text = _render(
        "<div><h1>Family Help Policies and Principles</h1>"
        "<p>This policy tells everyone in the family help service what we stand for.</p>"
        f'<iframe srcdoc="{html.escape(deep, quote=True)}"></iframe></div>'
    )
    assert "Nested far too deep" not in text
    assert "This policy tells everyone" in text


def test_a_read_more_toggle_keeps_its_panel_unheaded() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        "<h2>Our values</h2><p>We listen to children and write down what they tell us.</p>"
        "<button aria-expanded='false' aria-controls='more'>Read more</button>"
        "<div id='more' hidden><p>We also check with each child that we have understood them "
        "before a plan about their life is agreed.</p></div></main>"
    )
    assert "Read more" not in text
    assert "what they tell us.\n\nWe also check with each child" in text


def test_an_accordion_headings_button_keeps_its_hidden_panel_under_that_heading() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        "<h3><button aria-expanded='true' aria-controls='a1'>About this policy</button></h3>"
        "<div id='a1' role='region'><p>This policy tells everyone in the family help service "
        "what we stand for and how to read the rest.</p></div>"
        "<h3><button aria-expanded='false' aria-controls='a2'>Keeping records</button></h3>"
        "<div id='a2' role='region' hidden><p>Records are written on the day of a visit, in "
        "words that the child and the family can understand.</p></div></main>"
    )
    assert "### Keeping records\n\nRecords are written" in text
    assert text.count("Keeping records") == 1


_OUTLINE_PAGE = (
    "<main><h1>Family Help Policies and Principles</h1><ul>"
    "<li><strong>About this policy</strong><ul><li>This policy tells everyone in the family "
    "help service what we stand for.</li></ul></li>"
    "<li><strong>The law</strong><ul><li>Our work is framed by:<ul><li>Children Act 1989</li>"
    "<li>Children Act 2004</li></ul></li></ul></li>"
    "<li><b>Keeping records</b><ul><li>Records are written on the day of a visit.</li></ul></li>"
    "<li>End<ul><li>Version 2</li></ul></li>"
    "</ul></main>"
)


def test_a_page_written_as_one_nested_list_reads_its_bold_items_as_headings() -> None:
    text = _render(_OUTLINE_PAGE)
    assert "## About this policy\n\n- This policy tells everyone" in text
    assert "## The law\n\n- Our work is framed by:\n  - Children Act 1989" in text
    assert "## Keeping records\n\n- Records are written" in text
    assert "## End\n\n- Version 2" in text


def test_bold_items_over_nested_lists_stay_items_under_the_pages_own_headings() -> None:
    page = _OUTLINE_PAGE.replace("<ul>", "<h2>Our policy in short</h2><ul>", 1)
    text = _render(page)
    assert "## About this policy" not in text
    assert "- About this policy\n  - This policy tells everyone" in text


def test_two_bold_items_over_nested_lists_stay_a_list() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1><ul>"
        "<li><strong>Safe</strong><ul><li>free from harm at home and online</li></ul></li>"
        "<li><strong>Healthy</strong><ul><li>well in body and mind</li></ul></li></ul></main>"
    )
    assert "## Safe" not in text
    assert "- Safe\n  - free from harm" in text


_DEFINITIONS = (
    "<main><h1>Family Help Policies and Principles</h1><dl>"
    "<dt>About this policy</dt><dd><p>This policy tells everyone in the family help service what "
    "we stand for.</p><p>It is read before every other chapter.</p></dd>"
    "<dt>The law</dt><dd><p>Our work is framed by:</p><ul><li>Children Act 1989</li>"
    "<li>Children Act 2004</li></ul></dd>"
    "<dt>Keeping records</dt><dd><p>Records are written on the day of a visit.</p></dd>"
    "</dl><p>Last updated: 3 June 2025</p></main>"
)


def test_a_definition_list_laying_out_the_chapter_reads_as_headings_and_sections() -> None:
    text = _render(_DEFINITIONS)
    assert "## About this policy\n\nThis policy tells everyone" in text
    assert "## The law\n\nOur work is framed by:\n\n- Children Act 1989" in text
    assert "## Keeping records\n\nRecords are written" in text


def test_a_definition_list_of_terms_stays_a_list() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        "<p>This policy tells everyone in the family help service what we stand for, and it is "
        "read before every other chapter of the manual.</p><p>For every child we want:</p><dl>"
        "<dt>Safety</dt><dd>to live free from harm;</dd><dt>Health</dt><dd>to be well;</dd>"
        "<dt>Learning</dt><dd>to enjoy school and achieve.</dd></dl></main>"
    )
    assert "## Safety" not in text
    assert "- Safety\n  to live free from harm;" in text


def test_a_toggle_link_keeps_its_hidden_panel_too() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        "<p>This policy tells everyone in the family help service what we stand for.</p>"
        "<a href='#p1' role='button' aria-expanded='false' aria-controls='p1'>Keeping records</a>"
        "<div id='p1' style='display:none'><p>Records are written on the day of a visit, in "
        "words that the child and the family can understand.</p></div></main>"
    )
    assert "## Keeping records\n\nRecords are written" in text
    assert text.count("Keeping records") == 1


def test_a_layout_table_may_head_its_rows_with_row_header_cells() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1><table>"
        "<tr><th scope='row'>Purpose</th><td><p>This chapter tells staff and families what the "
        "family help service stands for.</p><p>It is read before every other chapter.</p>"
        "</td></tr>"
        "<tr><th scope='row'>Legal basis</th><td><p>The service follows these laws:</p>"
        "<ul><li>Children Act 1989</li><li>Children Act 2004</li></ul></td></tr>"
        "<tr><th scope='row'>Confidentiality</th><td><p>Personal information is shared only "
        "where the law allows it.</p></td></tr></table></main>"
    )
    assert "## Purpose\n\nThis chapter tells staff" in text
    assert "## Confidentiality\n\nPersonal information" in text
    assert " | " not in text


def test_a_table_with_a_header_row_stays_a_table() -> None:
    text = _render(
        "<main><h1>Family Help Policies and Principles</h1>"
        "<p>This chapter tells staff and families what the family help service stands for.</p>"
        "<table><tr><th>Law</th><th>What it asks of us</th></tr>"
        "<tr><td>Children Act 1989</td><td><p>Duties to children in need.</p><p>Care.</p></td></tr>"
        "<tr><td>Children Act 2004</td><td><p>Working together.</p><p>Boards.</p></td></tr>"
        "<tr><td>Equality Act 2010</td><td><p>Fair treatment.</p><p>Access.</p></td></tr>"
        "</table></main>"
    )
    assert "## Children Act 1989" not in text
    assert "Children Act 1989 | " in text
