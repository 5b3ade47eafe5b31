"""Saved pages of blind round 260 (decision 0387): blocks marked `role="heading"` read at their
`aria-level`, and a definition list whose terms carry a headed chapter on as its sections."""

from app.ingest import read_source


def _render(body: str) -> str:
    return read_source(f"<!doctype html><html><body>{body}</body></html>".encode()).text


_PROSE = (
    "Foster carers are paid a weekly allowance for each child they look after. The allowance"
    " is reviewed every April and carers are told of the new rates in writing."
)


def _role_heading(words: str, level: str | None) -> str:
    stated = f' aria-level="{level}"' if level is not None else ""
    return f'<div class="title-block" role="heading"{stated}>{words}</div>'


def test_a_role_heading_block_is_a_heading_at_its_aria_level() -> None:
    text = _render(
        "<main>"
        + _role_heading("Fostering handbook", "1")
        + _role_heading("Allowances and fees", "2")
        + f"<div>{_PROSE}</div>"
        + _role_heading("Holidays", "4")
        + f"<div>{_PROSE}</div></main>"
    )
    assert "# Fostering handbook\n" in text
    assert "\n## Allowances and fees\n" in text
    assert "\n#### Holidays\n" in text


def test_a_role_heading_without_a_level_is_at_the_second_level() -> None:
    text = _render(
        "<main><h1>Fostering handbook</h1>"
        + _role_heading("Training for carers", None)
        + f"<p>{_PROSE}</p></main>"
    )
    assert "\n## Training for carers\n" in text


def test_a_role_heading_on_a_sentence_or_a_wrapper_of_paragraphs_is_not_taken() -> None:
    sentence = "Carers must tell us within a day if a child goes missing."
    text = _render(
        "<main><h1>Fostering handbook</h1><h2>Safety</h2>"
        f'<div role="heading" aria-level="3">{sentence}</div>'
        f'<div role="heading" aria-level="2"><p>Support groups</p><p>{_PROSE}</p></div></main>'
    )
    assert "#" not in text.replace("# Fostering handbook", "").replace("## Safety", "")
    assert sentence in text


def _terms(entries: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{term}</dt><dd>{body}</dd>" for term, body in entries) + "</dl>"


_TOPICS = [
    (
        "Supervision",
        "Every carer has a supervising social worker. They visit at least once a month.",
    ),
    (
        "Respite",
        "Carers can ask for short breaks during the year. We arrange them with other carers.",
    ),
    (
        "Complaints",
        "Carers may complain about any decision we make. A manager answers within a month.",
    ),
]


def test_a_definition_list_after_a_sections_prose_carries_the_chapter_on() -> None:
    text = _render(
        "<main><h1>Fostering handbook</h1><h2>Allowances</h2>"
        f"<p>{_PROSE}</p>" + _terms(_TOPICS) + "</main>"
    )
    assert "\n## Supervision\n\nEvery carer has a supervising social worker." in text
    assert "\n## Respite\n" in text
    assert "\n## Complaints\n" in text


def test_a_glossary_of_one_sentence_entries_stays_a_list() -> None:
    glossary = [
        ("Respite", "A short break for a carer, usually over a weekend."),
        ("Placement", "The home where a child in care lives."),
        ("Panel", "The group that recommends whether a carer is approved."),
    ]
    text = _render(
        "<main><h1>Fostering handbook</h1><h2>Allowances</h2>"
        f"<p>{_PROSE}</p>" + _terms(glossary) + "</main>"
    )
    assert "## Respite" not in text
    assert "- Respite" in text


def test_a_definition_list_a_lead_in_or_a_heading_introduces_stays_a_list() -> None:
    after_lead_in = _render(
        "<main><h1>Fostering handbook</h1><h2>Allowances</h2>"
        f"<p>{_PROSE}</p><p>The support we give carers is described below:</p>"
        + _terms(_TOPICS)
        + "</main>"
    )
    after_heading = _render(
        "<main><h1>Fostering handbook</h1><h2>Allowances</h2>"
        f"<p>{_PROSE}</p><h2>Support for carers</h2>" + _terms(_TOPICS) + "</main>"
    )
    for text in (after_lead_in, after_heading):
        assert "## Supervision" not in text
        assert "- Supervision" in text


def test_a_definition_list_under_the_title_alone_is_left_to_the_chapter_rule() -> None:
    text = _render(
        f"<main><h1>Fostering handbook</h1><p>{_PROSE}</p>" + _terms(_TOPICS) + "</main>"
    )
    assert "## Supervision" not in text


_DUTY = (
    "We pay every approved carer an allowance for each child they look after, and we review"
    " the rates each spring."
)


def test_an_underlined_line_is_a_heading_as_a_bold_line_is() -> None:
    text = _render(
        "<main><h1>Fostering handbook</h1>"
        f"<p><u>Money for carers</u></p><p>{_DUTY}</p>"
        f'<p><span style="text-decoration: underline">Time off</span></p><p>{_PROSE}</p>'
        f"<p><u>Training</u></p><p>{_PROSE}</p></main>"
    )
    assert "\n## Money for carers\n" in text
    assert "\n## Time off\n" in text
    assert "\n## Training\n" in text


def test_an_underlined_line_after_a_sections_text_is_the_peer_of_its_heading() -> None:
    text = _render(
        "<main><h1>Fostering handbook</h1><h2>Money for carers</h2>"
        f"<p>{_DUTY}</p><p><u>Time off</u></p><p>{_PROSE}</p></main>"
    )
    assert "\n## Time off\n" in text


def test_an_underlined_word_or_sentence_is_no_heading() -> None:
    sentence = "Carers must tell us at once if a child goes missing."
    text = _render(
        "<main><h1>Fostering handbook</h1><h2>Safety</h2>"
        f"<p>Carers <u>must</u> keep medicines locked away.</p><p><u>{sentence}</u></p></main>"
    )
    assert "Carers must keep medicines locked away." in text
    assert f"\n{sentence}" in text
    assert "**" not in text and "### " not in text


def test_a_line_bold_by_a_class_of_the_pages_style_is_a_heading() -> None:
    style = "<style>.article p.topic { font-size: 1.2em; font-weight: 600 }</style>"
    text = read_source(
        (
            f"<!doctype html><html><head>{style}</head><body><main><h1>Fostering handbook</h1>"
            f'<div class="article"><p class="topic">Money for carers</p><p>{_DUTY}</p>'
            f'<p class="topic">Time off</p><p>{_PROSE}</p>'
            f'<p class="topic">A whole sentence set in the same class.</p></div>'
            "</main></body></html>"
        ).encode()
    ).text
    assert "\n## Money for carers\n" in text
    assert "\n## Time off\n" in text
    assert "## A whole sentence" not in text
