"""Fact extractors of the "Children's Services Policies, Values and Principles" family.

Each extractor is registered under its fact key, in the order SPEC.md lists the facts, and reads
one fact with its evidence. The rules are general wordings found across councils' versions of
the chapter; names and phrasings that are data (known practice models, looked-after terms, local
name cues) live in `facts.toml` beside this file. A value is None when the text does not state
it: no extractor guesses.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from app.facts import (
    NUMBER_PATTERN,
    Evidence,
    Fact,
    FactValue,
    ReadableOutline,
    SearchWords,
    inline_list_items,
    read_number,
    read_trailing_number,
    trim_span,
)
from app.families import common_extractors
from app.families.base import FactExtractor
from app.families.common_extractors import (
    WIDE_GAP,
    amendment_date,
    amendment_statements,
    introduces_list,
    last_updated,
    legislation_count,
    legislation_list,
    legislation_with_abbreviations,
    lists_after_colons,
    version_label,
)
from app.sections import TITLE_KIND, Block, Outline
from app.text import Span
from app.text.pictures import PICTURE_LABEL

_DATA = tomllib.loads(Path(__file__).with_name("facts.toml").read_text(encoding="utf-8"))

EXTRACTORS: dict[str, FactExtractor] = {}
"""Fact key → extractor, in output order (the order of SPEC.md's fact table)."""


def _registers(key: str) -> Callable[[FactExtractor], FactExtractor]:
    """Register the decorated reader as the extractor of fact `key`."""

    def register(reader: FactExtractor) -> FactExtractor:
        EXTRACTORS[key] = reader
        return reader

    return register


def _fact(key: str, value: Any, *evidence: Evidence) -> Fact:
    return Fact(key, value, tuple(evidence) if value is not None else ())


# --- dates (common to every family) ---------------------------------------------------------

_registers("amendment_date")(amendment_date)
_registers("last_updated")(last_updated)
_registers("version_label")(version_label)


# --- ages and timescales -----------------------------------------------------------------------

_LEAVING_CARE = re.compile(
    r"\b(?:leav(?:e|es|ing)|left)\s+(?:their\s+|our\s+)?care\b|\bcare[\s-]+leavers?\b"
    r"|\bcare[\s-]+experienced\b|\bleaving[\s-]+care\b|\bremains?\s+in\s+care\b"
    r"|\b(?:been|were|was)\s+(?:looked[\s-]+after|in\s+(?:our\s+|the\s+council['\u2019]s\s+)?care)\b"
    r"|\bpersonal\s+advis[eo]rs?\b|\b(?:my|your|their)\s+pa\b"
    r"|\bformer(?:ly)?\s+looked[\s-]+after\b|\b1[68][ \t]*(?:\+|plus)[ \t]+(?:team|service)s?\b"
)
"""A sentence about leaving care; "former looked after children" are care leavers, as are young
people who "have been in our care" (the council's own voice for having been in care); an "18+
team" or "18 plus service" (or "16+ team", "16 plus service", named for the age their work
starts) is the leaving care service under the name many councils give it. "My PA", "your PA",
"their PA" is the personal adviser as young people (and councils writing to them) call theirs."""
_LEAVING_CARE_WORDS = (
    "leav", "left", "experienced", "remain", "personal advis", "been", "were", "former", "18+",
    "18 plus", "16+", "16 plus", "my pa", "your pa", "their pa",
)  # fmt: skip
"""Every leaving-care phrasing holds one of these."""
_HAS_AGE = re.compile(r"\d|eighteen|nineteen|twent|thirty")
"""An age (18-30) in digits or words matches this."""
_AGE_LIMIT = re.compile(
    r"(?:\b(?:until|till|up\s+to|through\s+to|to)"
    r"(?:\s*[(,]\s*(?:and|but\s+not)\s+including\s*[),]|\s+(?:and|but\s+not)\s+including)?\s+"
    r"(?:at\s+least\s+)?"
    r"(?:the\s+end\s+of\s+(?:their|the|his\s+or\s+her)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,?\s+or\s+"
    r"(?=(?:their|his\s+or\s+her|the\s+age\s+of|age)\s))?"
    r"(?:(?:the\s+(?:day|date)\s+(?:before\s+)?(?:on\s+which\s+|that\s+)?|the\s+age\s+(?:at\s+which|when)\s+)?"
    r"(?:they|you|we|i|he\s+or\s+she|she\s+or\s+he|(?:the|a)\s+young\s+person|young\s+people)\s+"
    r"(?:are|is|am|reach(?:es)?|turn(?:s)?|become(?:s)?)\s+(?:aged\s+|the\s+age\s+of\s+)?"
    r"|(?:i['\u2019]m|you['\u2019]re|they['\u2019]re)\s+(?:aged\s+)?"
    r"|(?:the\s+)?age(?:d)?\s+(?:of\s+)?|(?:their|my|your)\s+|aged\s+|his\s+or\s+her\s+"
    r"|(?:the|a|each|every)\s+(?:young\s+person|care\s+leaver)['\u2019]s\s+(?=\S+\s+birthday))?"
    r"|\b(?:before|eve\s+of)\s+(?:their|your|my|his\s+or\s+her)\s+(?=(?:2\d|twenty)\S*\s+birthday)"
    r"|\bends?\s+at\s+(?:the\s+age\s+of\s+|age\s+)?(?=19|2\d|nineteen|twent)"
    r"|\bends?\s+(?:when|once|as\s+soon\s+as)\s+(?:they|(?:the|a)\s+young\s+person|young\s+people)"
    r"\s+(?:turns?|reach(?:es)?|becomes?)\s+(?:the\s+age\s+of\s+)?(?=19|2\d|nineteen|twent)"
    r"|\bbetween\s+(?:the\s+ages\s+of\s+)?(?:1[6-9]|2[0-4]|sixteen|seventeen|eighteen|"
    r"twenty[\s-]one)\s+and\s+"
    r"|\b1[6-9]\s*[-\u2013\u2014]\s*"
    r"|\b(?:beyond|past)\s+(?:the\s+age\s+of\s+|age\s+)?"
    r"(?=(?:19|2\d)\s*\(\s*(?:up\s+to|until|to)\s)"
    r"|\b(?:after|beyond|past)\s+(?:the\s+age\s+of\s+|age\s+)?"
    r"(?=(?:19|2\d|twenty\S*)\s+(?:for|if|where|when|while|whilst)\s[^.;:]{0,80}?"
    r"\b(?:to|until|till|up\s+to)\s+(?:the\s+age\s+of\s+)?(?:2\d|twenty)))"
    rf"(?P<age>{NUMBER_PATTERN})(?:st|nd|rd|th)?(?:\s+birthday)?\b"
)
"""An age support lasts to: "until they are 21", "up to the age of 25", "aged 16-25", the age
named by the birthday that ends it ("until the day they turn 21", "up to the age at which a young
person turns 21", decision 0248; "up to the day before they turn 25", the last day before that
birthday, so the age is 25 as "the day before their 25th birthday" is read, decision 0467; "until
the eve of their twenty-fifth birthday", the day before it in other words, decision 0497; "the
day before your 25th birthday", "until you're 21", a care leaver addressed or speaking,
blind361; "up to (but not including) their 25th birthday", "up to, and including, age 24", the
bracketed or comma-set words saying whether the birthday itself is in, the age as stated,
blind368), the
birthday set against another end of the support ("until
the end of their course or their twenty-fifth birthday, whichever comes first", decision 0403: the
birthday is the latest the support lasts); and
"beyond 21 (up to 25)", where support runs at least to the first age and the bracket offers the
later one (decision 0192); "carries on after 21 for anyone still studying, and can go on to 25",
where support for some goes on past the first age to a later one (decision 0234)."""
_AGED = re.compile(
    r"\b(?:leavers?|people|person|adults?)\s+aged\s+(?:under\s+)?(?P<age>\d\d)\b"
    r"(?=\s*\(|\s*,?\s+or\s+(?:up\s+to\s+)?\d|\s*[.;)]|\s*$)"
)
"""Care leavers named with the age their support lasts to: "care leavers aged 21 (or 25 if in
education)", "every care leaver aged under 25" (up to that birthday, as "until their 25th
birthday" is read: the age is 25). An age that opens a range ("aged 18 to 25") or a minimum
("aged 18 or over") is not a limit."""
_OWN_ALTERNATIVE = r"(?:they|you|he|she)\s+(?:are|is|ask|want|need|wish|choose)"
"""A further condition on the care leaver after ", and" ("…in education, and they want help")."""
_LIST_COMMA = (
    r",(?![^,.;:)]*\b(?:until|till|up\s+to|to)\s+(?:the\s+age\s+of\s+)?(?:\d|twenty))"
    r"(?!\s+(?:and|but)\s+(?:they|we|you|the\s+council)\s+(?!are\b|is\b|ask|want|need|wish|choose)[a-z]+)"
    r"(?!\s+(?:with|who|which|whose|as|so|plus|including"
    rf"|and(?!\s+(?:for|if|where|when|who|those|{_OWN_ALTERNATIVE})\b))\b)"
)
"""A comma inside a condition: not before the age (the limit's own clause), a clause of its own
("…, and we will…", "…, and help them to find a home") or words about the help rather than who
gets it ("…, with a personal adviser and…", "…, who helps them with…"). A condition may list
its items with commas before the last one's "or" ("in education, training or an apprenticeship,
or if they ask for one")."""
_AGE_EXTENSION = re.compile(
    rf"\b(?P<age>{NUMBER_PATTERN})(?:st|nd|rd|th)?(?:\s+birthday)?"
    r"(?:\s+years(?:\s+of\s+age|\s+old)?)?\s*(?:,|\s[\-\u2013\u2014])?\s+"
    r"(?P<condition>(?:if|where|when|while|whilst|for\s+those|provided(?:\s+that)?"
    r"|for\s+(?:anyone|young\s+people|care\s+leavers)\s+who"
    r"|for\s+anyone\s+(?:still|who)"
    r"|for\s+(?:a|any|every)\s+(?:young\s+person|care\s+leaver)(?=\s+(?:who|in|at|still|on)\b)"
    r"|for\s+(?:young\s+people|care\s+leavers)(?=\s+(?:in|at|still|on)\b)"
    r"|for\s+(?:one|someone|anyone|any|all)\s+(?=who\b)"
    r"|(?:on|upon|by)\s+(?=request\b|application\b)|at\s+(?=(?:their|his\s+or\s+her)\s+(?:own\s+)?request\b))"
    r"\b[^,.;:)]*"
    rf"(?:(?:{_LIST_COMMA}[^,.;:)]*){{0,4}}?{_LIST_COMMA}[^,.;:)]*?\b(?:or|and)\b[^,.;:)]*)*"
    r"|(?:(?:is\s+|are\s+)?(?:available|offered|given)\s+)?(?:on|upon|by)\s+(?:request|application)\b)"
)
_CONDITION_WORDS = (
    *("if", "where", "when", "while", "whilst", "for", "provided", "those"),
    *("request", "application"),
)
"""Every `_AGE_EXTENSION` and `_CONDITION_BEFORE_AGE` holds one of these ("on request" and
"at their request" are conditions too: the later age is there for those who ask). A region without
them, or without an age (`_HAS_AGE`), is not searched: the patterns try every word as an
age, which is slow."""
_CONDITION_LEAD = re.compile(
    r"^(?:if|where|when|while|whilst|for\s+those|provided(?:\s+that)?)\s+"
    r"(?:(?:they|you|we|i|he\s+or\s+she|she\s+or\s+he|the\s+young\s+person|a\s+young\s+person|"
    r"young\s+people|the\s+care\s+leaver|care\s+leavers)\s+"
    r"(?:are|is|am|remain|remains|stay|stays|continue\s+to\s+be|continues\s+to\s+be)\s+"
    r"|i['\u2019]m\s+)?"
    r"(?:still\s+)?",
    re.IGNORECASE,
)
CARE_ENDS = 18
"""Care itself ends here: a limit of 18 beside a later one is when care ends, not support."""
_ADULT_AGES = range(18, 31)
"""Ages support after care can run to: care ends at 18 at the latest."""


_CHILDHOOD_RANGE_START = re.compile(r"\b(?:1[67]|sixteen|seventeen)\s*$")
_CHILDHOOD_RANGE = re.compile(r"between\b|1[67]\s*[-\u2013\u2014]")
_RANGE_LEAD_IN = 16


def _ends_a_range_from_childhood(lower: str, limit: re.Match[str]) -> bool:
    """Whether a limit of 18 closes a span of care ("16 to 18", "between 16 and 18"), which
    says when care ends, not how long support lasts; "up to 18, or up to 25 if …" is support."""
    if _CHILDHOOD_RANGE.match(limit.group()):
        return True
    return bool(
        _CHILDHOOD_RANGE_START.search(lower, max(0, limit.start() - _RANGE_LEAD_IN), limit.start())
    )


_FROM_BIRTH = re.compile(r"\bbirth\b[^.;,]{0,24}$")
_FROM_BIRTH_LEAD_IN = 40


def _closes_a_span_from_birth(lower: str, limit: re.Match[str]) -> bool:
    """Whether a limit closes a span that opens at birth ("children from birth to eighteen",
    "from before birth until they turn eighteen"): the ages of the children a service is for,
    not how long support after care lasts, whatever the sentence goes on to say of care
    leavers ("…, and to care leavers beyond that age")."""
    return bool(
        _FROM_BIRTH.search(lower, max(0, limit.start() - _FROM_BIRTH_LEAD_IN), limit.start())
    )


_FROM_CHILDHOOD = re.compile(
    r"\b(?:[0-9]|1[0-5]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
    r"[ \t]*$"
)
_FROM_CHILDHOOD_LEAD_IN = 12


def _closes_a_span_from_childhood(lower: str, limit: re.Match[str]) -> bool:
    """Whether a limit closes a span of ages that opens in childhood, before any child can
    leave care ("a youth council for members aged 11 to 19", "a club for 8 to 19 year olds"):
    the ages of those a group or service is for, as a span from birth is, not how long support
    after care lasts, even in a sentence that speaks of care leavers joining it (blind357)."""
    return bool(
        _FROM_CHILDHOOD.search(
            lower, max(0, limit.start() - _FROM_CHILDHOOD_LEAD_IN), limit.start()
        )
    )


_AGE_WITH_ITS_UNIT = re.compile(
    r"\b(?:(?:the\s+)?age\s+(?:of\s+)?(?=\S)|(?=\S+\s+birthday)|(?=\d\d\s+years?\s+(?:old|of\s+age)))"
    rf"(?P<age>{NUMBER_PATTERN})(?:st|nd|rd|th)?(?:\s+birthday|\s+years?\s+(?:old|of\s+age))?\b"
    r"(?!\s*(?:\+|or\s+(?:over|above|older)|and\s+(?:over|above|older)))"
    r"(?=\s*(?:$|[.,;:()\]|\u2013\u2014-]|(?:or|and|if|where|when|while|whilst|for|unless|but)\b))"
)
"""An age written with its unit: "age 21", "the age of 25", "their twenty-first birthday", "24
years old". The unit says the number is an age, whatever word of extent stands before it ("as
far as age 21", "right through to the age of 25"); "age 18+" or "aged 18 or over" is a minimum.
The age ends its clause (a stop, a bracket, a dash or a condition's word follows): a birthday
naming something else ("their 21st birthday plans") is no limit."""
_AGE_UNIT_NOT_A_LIMIT = re.compile(
    r"\b(?:from|since|at|after|beyond|past|over|above|on|turning|turned|older\s+than|leave\w*"
    r"|left|reach\w*|until\s+(?:at\s+least|after)|and)"
    r"\s+(?:(?:the|their|his\s+or\s+her|your|my|a)\s+)?$"
)
"""Words before an age that make it a start or a point in time ("from age 18", "after their 21st
birthday", "on their 21st birthday", "leave care at the age of 18", "when they reach the age of
21"), not the end of the support; "and" joins an age to a range's first age."""
_UNIT_LIMIT_AGES = range(19, 26)
"""Support after care runs to an age in this range; an age read by its unit alone must fall here."""
_UNIT_LEAD_IN = 40


def _ages_by_their_unit(lower: str, start: int, end: int) -> list[re.Match[str]]:
    """Ages in `lower[start:end]` written with their unit (`_AGE_WITH_ITS_UNIT`) that end a
    support, not start it (`_AGE_UNIT_NOT_A_LIMIT`): the reading that leans on the value's unit
    and range rather than on the words of extent before it (facts32)."""
    found = []
    for match in _AGE_WITH_ITS_UNIT.finditer(lower, start, end):
        age = read_trailing_number(match.group("age"))
        if age not in _UNIT_LIMIT_AGES or _word_before_a_count(match.group("age")):
            continue
        if _AGE_UNIT_NOT_A_LIMIT.search(
            lower, max(start, match.start() - _UNIT_LEAD_IN), match.start()
        ):
            continue
        found.append(match)
    return found


def _age_limits(lower: str, start: int, end: int, by_unit: bool = False) -> list[re.Match[str]]:
    """Every age limit in `lower[start:end]` whose age is an adult age, in text order.

    A limit's number may be words, so a match can swallow words that are no age ("to support
    until" read "support until" as the age) and hide the limit inside it ("until the age of
    25"): after a match without an age, the search goes on from the match's next character.
    With `by_unit`, where no word of extent the patterns know stands before an age, an age
    written with its unit is read (`_ages_by_their_unit`)."""
    limits = []
    position = start
    while (limit := _AGE_LIMIT.search(lower, position, end)) is not None:
        if (
            _age(limit.group("age")) is not None
            and not _word_before_a_count(limit.group("age"))
            and not _closes_a_range_of_provisions(lower, limit)
        ):
            limits.append(limit)
            position = limit.end()
        else:
            position = limit.start() + 1
    if by_unit and not limits:
        return _ages_by_their_unit(lower, start, end)
    return limits


_PROVISIONS_BEFORE = re.compile(
    r"\b(?:sections?|ss?\.|regulations?|regs?\.|paragraphs?|paras?\.|parts?|schedules?"
    r"|articles?|chapters?|clauses?|rules?|pages?|pp?\.)[ \t]*\d+[a-z]?(?:\(\d+\))?[ \t]*$"
)
_PROVISIONS_LEAD_IN = 24


def _closes_a_range_of_provisions(lower: str, limit: re.Match[str]) -> bool:
    """Whether a limit closes a range of an Act's provisions ("Children Act 1989, sections 22
    to 23", "regulations 18 to 21"): the numbers cite the law, they are no ages (blind287)."""
    return bool(
        _PROVISIONS_BEFORE.search(lower, max(0, limit.start() - _PROVISIONS_LEAD_IN), limit.start())
    )


def _word_before_a_count(words: str) -> bool:
    """Whether an age's words are a word that is no number and a number after it: a verb and
    its count after "to" ("to recruit thirty more foster families"), which `NUMBER_PATTERN`
    takes whole and whose trailing number reads as an age. An age in words is number words
    alone ("twenty five", "twenty-first") (decision 0261)."""
    first, _, rest = words.partition(" ")
    return bool(rest) and read_number(first) is None


def _age(words: str) -> int | None:
    age = read_trailing_number(words)
    return age if age in _ADULT_AGES else None


_GOES_ON_AFTER = re.compile(
    r"[\s,;]*\b(?:and|but)\s+(?:it\s+|this\s+|that\s+|support\s+|help\s+)?"
    r"(?:can|may|will|could|might)\s+(?:go|carry|run|stretch|continue|last)(?:\s+on)?\s*$"
    r"|[\s,;]+(?:can|may|will|could|might)\s+(?:keep|have|retain|get|receive)\s+"
    r"(?:it|this|that|them|one|(?:this|that|their|the)\s+(?:help|support|adviser))(?:\s+on)?\s*$",
    re.IGNORECASE,
)
"""The clause that carries support on to the later age, after its condition ("for anyone still
studying, and can go on [to 25]", decision 0234; "those who want more help can keep it [until
they turn 25]", decision 0247): no part of the condition."""


_NEXT_LINE = re.compile(r"[ \t]*\n(?=[ \t]*[A-Z>#*|+\-\u2022]).*$", re.DOTALL)
"""A line that opens as a new line would (a capital, a quote or list mark), not as a wrapped one:
past the condition's own line ("on request\nStaying Put")."""
_CONDITION_CUE = re.compile(
    r"\b(?:if|where|when|while|whilst|who|whose|provided|unless|request|asks?|wants?|studying|"
    r"education|training|apprenticeship|university|college|disabled|disability)\b",
    re.IGNORECASE,
)
"""Words that mark the cell of a table row holding the condition rather than the entitlement's
name or the ages ("Personal adviser, continued | Care leavers who ask for one | 21 to 25")."""


def _condition_cell(words: str) -> str:
    """The cell of a table row the condition is in: the first that reads as one, else the first."""
    cells = [cell.strip() for cell in words.split("|") if cell.strip()]
    if not cells:
        return ""
    cell = next((cell for cell in cells if _CONDITION_CUE.search(cell)), cells[0])
    if "|" not in words:
        return cell  # a sentence, not a table's row
    named = _NAME_BEFORE_IF.match(cell)
    if named is not None and _CONDITION_CUE.search(named.group("name")) is None:
        return cell[named.end() :]  # "Personal adviser if still in education | Up to 25"
    return cell


_NAME_BEFORE_IF = re.compile(
    r"(?P<name>[A-Za-z][^,;:.|()]{0,40}?)\s+(?=(?:if|unless|provided|while|whilst)\s)"
)
"""An entitlement's name opening the cell that holds its condition ("Personal adviser if still in
education or training"): the name is the row's, the condition starts at its "if"."""


_MAIN_CLAUSE_AFTER = re.compile(
    r"(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bthat)(?<!\bwhich)(?<!\bwho)(?<!\bso)(?<!\bif)"
    r"(?<!\bwhere)(?<!\bwhen)(?<!,)\s+(?:we|you|they|he|she)\s+"
    r"(?:can|may|will|could|might|shall|would|continue|carry|keep|offer|provide|support|extend)\b.*$"
    r"|,\s*and\s+(?:can|may|will|could|might|shall|would|should)\s.*$"
    r"|,\s*as\s+(?:the\s+|this\s+)?[\w\s]*?\b(?:requires?|says|sets\s+out|expects?)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
"""The main clause after a condition written first without a comma ("if you are in education or
training you can keep them"), or a further promise after it ("if they would like one, and can stay
with their foster carers"; "…, as the 2017 Act requires"): no part of the condition."""
_PREDICATE_AFTER_WHO = re.compile(
    r"(?<=\w)(?<!\bto)(?<!\bwho)(?<!\band)(?<!\bor)(?<!\bwhich)(?<!(?<!after)(?<!beyond) that)"
    r"(?<!\bcan)(?<!\bmay)(?<!\bwill)\s*,?\s+"
    r"(?:(?:can|may|will|could|might|should|would)(?:\s+(?:then|also|still|all))?\s+(?:keep|stay|carry|"
    r"continue|remain|go|get|have|receive|be|ask|choose)|keeps?|stays?|gets?|carry|carries|remains?|"
    r"continues?\s+to|receives?|goes\s+on|go\s+on)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
"""The predicate of a sentence whose subject is the condition ("Those who are studying keep their
adviser", "Anyone who asks for it continues to receive support"): the words before it are the
condition. Looked for only after a "who", the clause that makes the subject a condition; a
predicate with an end of its own ("…until the course ends") is kept, as the condition's term."""
_TAKES_AN_OBJECT = frozenset(
    (
        *("to", "with", "for", "by", "from", "about", "of", "on", "at", "into", "than", "as"),
        *("and", "or", "but", "help", "ask", "asks", "tell", "tells", "give", "support"),
        *("contact", "call", "let", "see", "visit", "meet", "reach", "need", "needs", "want"),
        *("wants", "like", "remind", "invite", "offer", "show", "keep", "suits", "suit"),
    )
)
"""Words a closing pronoun can be the object of ("if you would like us to contact you"): the
pronoun is then the condition's own word, not the subject of the main clause after it."""
_OPENING_SUBJECT = re.compile(r"^(?:if|where|when|while|whilst)\s+(?P<subject>you|we|they)\b", re.I)


_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s+(?!(?:or|and|nor|to)\b)(?=[a-z])")
"""A compound word's hyphen a printed line ended on ("full-" / "time education"): the word is
whole again ("full-time"), but a hyphen left hanging before "or" or "and" belongs to a later
word ("full- or part-time") and stays as written."""


def _condition(words: str) -> str:
    """ "if they are in full time education" → "in full-time education"."""
    words = _MAIN_CLAUSE_AFTER.sub("", _NEXT_LINE.sub("", _condition_cell(words)))
    opening = _OPENING_SUBJECT.match(words)
    if opening is not None:  # "if you are in education you [can keep them]": the main clause's
        subject = re.escape(opening.group("subject"))
        ending = re.search(rf"(?P<before>\w+)\s+{subject}\s*$", words, flags=re.IGNORECASE)
        if ending is not None and ending.group("before").lower() not in _TAKES_AN_OBJECT:
            words = words[: ending.start("before") + len(ending.group("before"))]
    who = re.search(r"\bwho\b", words, re.IGNORECASE)
    if who is not None:
        predicate = _PREDICATE_AFTER_WHO.search(words, who.end())
        if predicate is not None and not re.search(r"\b(?:until|till)\b", predicate.group()):
            words = words[: predicate.start()]  # "…keeps their adviser until the course ends" stays
    condition = _CONDITION_LEAD.sub("", _GOES_ON_AFTER.sub("", words.strip())).strip()
    condition = _LINE_END_HYPHEN.sub("-", re.sub(r"\s+", " ", condition))
    return re.sub(r"\b(full|part)\s+time\b", r"\1-time", condition, flags=re.IGNORECASE)


@_registers("leaving_care_support_age")
def leaving_care_support_age(reading: ReadableOutline) -> Fact:
    """The age to which care leavers are supported, and later ages offered on a condition.

    Read from a sentence about leaving care: "until they are 21 or 24 if in full-time
    education", "up to the age of 25", "until their 25th birthday", "aged 18 to 25"; an
    extension may follow in the same or the next sentence ("This can be extended to 25
    where…"). Where sentences disagree (see `_conflicting_ages`), the value is chosen as
    `_stated_fact` says and the others are alternatives.
    """
    statements = []
    for sentence in reading.sentences_containing(*_LEAVING_CARE_WORDS):
        if _tells_what_was(reading.lower[sentence.start : sentence.end]):
            continue
        if _tells_only_an_exemption(reading.lower[sentence.start : sentence.end]):
            continue
        statement = _leaving_care_statement(reading, sentence)
        if statement is None and (answer := _sentence_under_heading(reading, sentence)):
            statement = _leaving_care_statement(reading, answer, subject=sentence)
        if statement is None and (carried := _sentence_carrying_subject(reading, sentence)):
            statement = _leaving_care_statement(reading, carried, subject=sentence)
        if statement is None and (cell := _value_cell_beside(reading, sentence)):
            statement = _leaving_care_statement(reading, cell, subject=sentence)
        if statement is None and (row := _age_after_a_lead_in(reading, sentence)):
            statement = _leaving_care_statement(reading, row)
        if statement is None:
            statement = _adviser_row_under_age_bands(reading, sentence)
        if statement is not None:
            statements.append(statement)
    if not statements:
        statements = _support_under_a_leaving_care_heading(reading)
    statements += _rows_under_an_until_header(reading)
    if not statements:
        statements = _support_read_by_meaning(reading)
    return _support_age_of(reading, statements)


def _support_age_of(reading: ReadableOutline, statements: list[_Statement]) -> Fact:
    """The support age the statements found give, once those that are no statement of the
    chapter's support are set aside (a title cited, Staying Put beside support, an extension
    asked for)."""
    statements = _support_before_staying_put(reading, statements)
    statements = _asked_for_as_extensions(reading, statements)
    fact = _stated_fact(reading, "leaving_care_support_age", statements, _conflicting_ages)
    return _fuller_agreeing_statement(fact, statements)


_WHAT_WAS = re.compile(
    r"\s*(?:(?:before|until|till|prior\s+to)\s+(?:(?:the\s+)?(?:\d{1,2}\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+)?(?:19|20)\d\d\b|(?:previously|formerly|in\s+the\s+past|historically|at\s+one\s+time)\b)"
    r"(?=[^.]*\b(?:was|were|had\s+been|used\s+to)\b)"
)
"""A sentence telling how things were, before a date or "previously", in the past tense ("Before
April 2018 a personal adviser was offered only up to the age of 21 …"): the chapter's history,
as its notes give it, not the age it supports care leavers to now."""


def _tells_what_was(sentence: str) -> bool:
    """Whether a sentence (lower case) opens by telling how things were (see `_WHAT_WAS`)."""
    return _WHAT_WAS.match(sentence) is not None


_EXEMPTION = re.compile(
    r"\b(?:exempt(?:ed|ion)?\s+from|(?:do|does|will)\s+not\s+(?:have\s+to\s+)?pay|(?:don|doesn)['\u2019]t\s+"
    r"(?:have\s+to\s+)?pay|pay\s+no|free\s+of\s+charge|(?:a\s+)?discount\s+on"
    r"|(?:have|has|get|gets|given|with|keep|keeps|retain|retains)\s+(?:first\s+)?priority\s+"
    r"(?:for|on|in|to)|priority\s+access\s+to"
    r"|(?:pays?|paid|covers?|meets?)\s+(?:the\s+cost\s+of\s+)?(?:their|your|his\s+or\s+her)\s+"
    r"(?:council\s+tax|prescriptions?|(?:bus|travel)\s+fares?))\b"
)
"""A charge care leavers are spared ("do not pay council tax until they reach 22", "are exempt
from prescription charges until 25"), or a place they are given ahead of others ("have priority
for the council's apprenticeships up to the age of 24", decision 0341, or one they keep: "keep
priority for council housing until they are 22", blind344), or a charge the council
pays for them ("the borough pays their council tax until they are 22", decision 0452): a local
offer's entitlement, whose age is no age of the support the leaving-care service gives
(decision 0292)."""
_SUPPORT_NAMED = re.compile(
    r"\b(?:support|help|advis[eo]r|pathway|leaving\s+care\s+(?:team|service))"
)
"""Words that name the support itself, so a sentence holding them states its age as well."""


_JOINED_STATEMENTS = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+")
"""Where a sentence joins two statements ("…, and the leaving care team helps …")."""
_AN_AGE = re.compile(
    r"\b(?:1[6-9]|2\d)(?:st|nd|rd|th)?\b|\b(?:eighteen|nineteen|twenty)(?:[\s-]+[a-z]+)?\b"
)


def _exemption_ages_blanked(lower: str, region: Span) -> str:
    """`lower` with the ages blanked in those statements of `region` that tell only of a charge
    care leavers are spared or have paid for them (`_EXEMPTION`) and name no support: "They can
    come back to the leaving care team at any point before 25, and the borough pays their
    council tax until they are 22" offers no support to 22 after an adviser to 21 (decision
    0452), as a sentence of only an exemption states no support age (decision 0330). The
    same string where the region tells of no such charge."""
    words = lower[region.start : region.end]
    if _EXEMPTION.search(words) is None:
        return lower
    blanked = []
    clause_start = 0
    for joint in [*_JOINED_STATEMENTS.finditer(words), None]:
        clause_end = joint.start() if joint is not None else len(words)
        clause = words[clause_start:clause_end]
        if _EXEMPTION.search(clause) is not None and _SUPPORT_NAMED.search(clause) is None:
            clause = _AN_AGE.sub(lambda age: " " * len(age.group()), clause)
        blanked.append(clause)
        if joint is not None:
            blanked.append(joint.group())
            clause_start = joint.end()
    return lower[: region.start] + "".join(blanked) + lower[region.end :]


def _tells_only_an_exemption(sentence: str) -> bool:
    """Whether a sentence (lower case) tells of a charge care leavers are spared and names no
    support (see `_EXEMPTION`) in the statements that give an age: "Care leavers are exempt
    from council tax until their 22nd birthday, and the leaving care team helps every young
    person to find a home" names the team in a statement with no age, so its one age is the
    exemption's (decision 0330)."""
    if _EXEMPTION.search(sentence) is None:
        return False
    clauses = _JOINED_STATEMENTS.split(sentence)
    aged = [clause for clause in clauses if _AN_AGE.search(clause)] or clauses
    return not any(_SUPPORT_NAMED.search(clause) for clause in aged)


_YOUNG_PEOPLE_SUPPORTED = re.compile(
    r"(?:(?:all|our|these|the)\s+)?young\s+(?:people|person)\s+(?:are|is|will\s+be|can\s+be)\s+"
    r"(?:supported|helped)\b"
    r"|(?:(?:this|our|the|their|such)\s+)?(?:support|help)\s+(?:continues|lasts|runs|carries\s+on|"
    r"(?:is|will\s+be)\s+(?:available|offered|given|provided))\b"
    r"|we\s+(?:will\s+)?(?:offer|provide|give)\s+(?:[a-z]+\s+(?:and\s+)?){0,2}?(?:support|help)\b"
)
"""A sentence opening with young people as those supported ("Young people are supported up to
the age of 21 …"), with the support itself ("Support continues up to twenty-five where …;
otherwise it ends at 21", decision 0199), or with the council offering it ("We offer advice and
support up to the age of 21 …", decision 0215): whose support it is, the heading above it
says."""


_SUPPORTED_WORDS = ("young p", "support", "help")
"""Words one of which a sentence `_YOUNG_PEOPLE_SUPPORTED` opens must hold."""


def _support_under_a_leaving_care_heading(reading: ReadableOutline) -> list[_Statement]:
    """Support ages stated of "young people" under a heading that names leaving care ("##
    Permanence and leaving care" / "Young people are supported up to the age of 21 (or 25 for
    those at university)"): the heading says whose support it is. Read only where no sentence
    names leaving care itself."""
    statements = []
    for sentence in reading.sentences_containing(*_SUPPORTED_WORDS):
        if _YOUNG_PEOPLE_SUPPORTED.match(reading.lower, sentence.start) is None:
            continue
        original = reading.plain.to_original(sentence.start, sentence.start).start
        section = reading.outline.section_at(original)
        if section is None or not section.heading or section.start >= original:
            continue
        if not _LEAVING_CARE.search(section.heading.lower()):
            continue
        heading = reading.sentence_at(reading.plain.to_plain(section.start))
        if heading is None or heading.end > sentence.start:
            continue
        statement = _leaving_care_statement(reading, sentence, subject=heading)
        if statement is not None:
            statements.append(statement)
    return statements


_SUPPORT_WORDS = (
    "support", "help", "advis", "pathway", "team", "service", "entitle", "offer", "keep",
    "stay", "work with", "available", "provide", "continue", "last", "run", "carr", "assist",
)  # fmt: skip
"""Words saying a sentence is about what care leavers get: support, help, an adviser, a plan, a
team or service, an entitlement or offer, or its going on."""
_AGE_UNIT_WORDS = ("age", "birthday", "years old", "years of age")
_AGE_AS_A_LABEL = re.compile(r"\bAge\s+(?:of\s+)?\d")
"""A capital "Age 21" inside a line is a table cell's label or value copied flat ("Personal
adviser Age 21"), which only its column's header makes a limit (decision 0410), not
prose."""


def _support_read_by_meaning(reading: ReadableOutline) -> list[_Statement]:
    """Support ages read by meaning where no wording the other readers know states one: a
    sentence holding an age with its unit (`_ages_by_their_unit`), ending support, whose
    subject is care leavers, said in the sentence itself, in an earlier sentence of its
    paragraph, or in the heading of its section, and which speaks of support
    (`_SUPPORT_WORDS`), where the age is one support after care runs to (`_UNIT_LIMIT_AGES`:
    "aged 16 to 18" is help before care ends). Read only where nothing else gave an age
    (facts32)."""
    statements = []
    for sentence in reading.sentences_containing(*_AGE_UNIT_WORDS):
        statement = _support_said_of_care_leavers(reading, sentence)
        if statement is not None:
            statements.append(statement)
    return statements


def _support_said_of_care_leavers(reading: ReadableOutline, sentence: Span) -> _Statement | None:
    """The support age `sentence` states by the rules of `_support_read_by_meaning`, whatever
    words brought the sentence up: care leavers its subject, support its matter, an age support
    after care runs to, read by `_leaving_care_statement`."""
    lower = reading.lower
    if _AGE_AS_A_LABEL.search(reading.text, sentence.start + 1, sentence.end):
        return None
    words = lower[sentence.start : sentence.end]
    if _tells_what_was(words) or _tells_only_an_exemption(words):
        return None
    subject = _care_leavers_named_for(reading, sentence)
    if subject is None:
        return None
    about = lower[subject.start : subject.end] + " " + words
    if not any(word in about for word in _SUPPORT_WORDS):
        return None
    statement = _leaving_care_statement(
        reading, sentence, subject=None if subject == sentence else subject, by_unit=True
    )
    if statement is not None and statement.value["age"] in _UNIT_LIMIT_AGES:
        return statement
    return None


def support_age_said_in(reading: ReadableOutline, sentence: Span) -> Fact | None:
    """The support age `sentence` states, judged by the same rules as the phrase readers' by
    meaning (`_support_said_of_care_leavers`, then `_support_age_of`): whose age it is and
    which age limits support are theirs to decide, wherever the sentence came from (the
    learned reader proposes it, decision 0588)."""
    statement = _support_said_of_care_leavers(reading, sentence)
    if statement is None:
        return None
    fact = _support_age_of(reading, [statement])
    return None if fact.value is None else fact


def _care_leavers_named_for(reading: ReadableOutline, sentence: Span) -> Span | None:
    """The span naming care leavers that `sentence` is about: the sentence itself, an earlier
    sentence of its paragraph, or its section's heading."""
    lower = reading.lower
    if _LEAVING_CARE.search(lower, sentence.start, sentence.end):
        return sentence
    original = reading.plain.to_original(sentence.start, sentence.start).start
    block = reading.block_at(original)
    if block is not None and block.type != "heading":
        block_start = reading.plain.to_plain(block.start)
        for earlier in reversed(
            reading.sentences[: bisect_right(reading.sentence_starts, sentence.start) - 1]
        ):
            if earlier.end <= block_start:
                break
            if _LEAVING_CARE.search(lower, earlier.start, earlier.end):
                return earlier
    section = reading.outline.section_at(original)
    if section is None or not section.heading or section.start >= original:
        return None
    if not _LEAVING_CARE.search(section.heading.lower()):
        return None
    heading = reading.sentence_at(reading.plain.to_plain(section.start))
    if heading is None or heading.end > sentence.start:
        return None
    return heading


_STAYING_PUT = re.compile(r"\bstay(?:ing)?[\s-]+put\b|\bformer\s+foster\s+carers?\b")
_ADVISER = re.compile(r"\bpersonal\s+advis[eo]rs?\b")
_ITEM_MARKS = " \t-*+#>\u2022"


def _support_before_staying_put(
    reading: ReadableOutline, statements: list[_Statement]
) -> list[_Statement]:
    """The statements of support, without those of Staying Put where any other states an age.

    Staying Put ("a young person can live with their former foster carers until they are 21")
    says where a care leaver may live, not how long the leaving care service supports them: where
    the chapter also states that ("every care leaver can have a personal adviser up to 25"),
    that is the support age, and the Staying Put age is neither it nor a later age on a
    condition. A sentence naming a personal adviser is about support whatever else it says
    ("Whether or not they stay put, …"). A chapter that states only a Staying Put age keeps it.
    An item of the legislation list is a title cited ("Extending Personal Adviser support to
    age 25"), not the chapter saying what it offers.
    """
    lower = reading.lower

    def about_staying_put(statement: _Statement) -> bool:
        sentence = statement.sentence
        return (
            _STAYING_PUT.search(lower, sentence.start, sentence.end) is not None
            and _ADVISER.search(lower, sentence.start, sentence.end) is None
        )

    cited = legislation_list(reading).items

    def cites_a_title(statement: _Statement) -> bool:
        sentence = reading.plain.to_original(statement.sentence.start, statement.sentence.end)
        return any(
            sentence.start <= item.end
            and item.start < sentence.end
            and not reading.outline.text[sentence.start : item.start].strip(_ITEM_MARKS)
            for item in cited
        )

    statements = [statement for statement in statements if not cites_a_title(statement)]
    support = [statement for statement in statements if not about_staying_put(statement)]
    return support or statements


_A_HOME_KEPT = re.compile(
    r"\b(?:stay|stays|remain|remains|live|lives|living)\s+(?:on\s+)?(?:there\b|in\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:home|homes|placement|lodgings|flat|accommodation|house"
    r"|housing)\b|with\s+(?:their|the)\s+(?:former\s+)?(?:foster\s+)?carers?\b)"
)
"""Words that say where a young person lives and how long they may stay there ("stay there",
"living in supported lodgings", "remain in their placement", "stay with their foster carers")."""


_NAMES_THE_SUPPORT = re.compile(r"\badvis[eo]rs?\b|\bsupport\b|\bhelp\b")


def _tells_a_home_kept(lower: str, sentence: Span) -> bool:
    """Whether a sentence after a support age says how long a young person may stay in a home
    ("Young people living in supported lodgings can stay there until they are 23", Staying
    Put), naming no personal adviser: where they may live is no later age of the support the
    sentence before offered, as a Staying Put age is none (`_support_before_staying_put`). A
    sentence that names the adviser or the support ("The adviser stays until they are 25 if
    they are living in supported housing") offers it, wherever the young person lives."""
    if _NAMES_THE_SUPPORT.search(lower, sentence.start, sentence.end) is not None:
        return False
    return (
        _A_HOME_KEPT.search(lower, sentence.start, sentence.end) is not None
        or _STAYING_PUT.search(lower, sentence.start, sentence.end) is not None
    )


_ON_ASKING = re.compile(
    r"\b(?:may|can|could)\s+(?:still\s+|also\s+|always\s+)?(?:ask|request|apply|come\s+back)\b"
    r"|\bwho\s+(?:ask|asks|request|requests|apply|applies)\b"
)
"""A later age offered to those who ask for it ("A care leaver may ask for a personal adviser at
any time until they are 25"), or to those of them who ask, as a table's row picks them out
("Personal adviser, continued | Care leavers who ask for it | Their 25th birthday")."""


_WHO_QUALIFY = re.compile(
    r"\bwho\s+(?:is|are)\s+(?:still\s+)?(?:in|at)\s+(?:full[\s-]time\s+|part[\s-]time\s+|higher\s+|"
    r"further\s+)?(?:education|training|university|college|study|studies)"
    r"(?:\s+(?:or|and)\s+(?:in\s+)?(?:training|education|employment|work))?\b"
    r"|\bwho\s+(?:is|are)\s+(?:still\s+)?(?:studying|disabled)\b"
    r"|\bwho\s+(?:is|are)\s+(?:still\s+)?(?:on|in|doing|taking|completing)\s+an?\s+"
    r"(?:apprenticeship|traineeship)s?\b"
    r"|\bwho\s+(?:wants?|needs?|wish(?:es)?)\s+(?:more\s+|further\s+|extra\s+|continued\s+)?"
    r"(?:help|support|advice|it|one|them)\b"
    r"|\b(?:a\s+)?(?:care\s+leavers?|young\s+(?:people|person))\s+(?:still\s+)?(?:in|at)\s+"
    r"(?:full[\s-]time\s+|higher\s+|further\s+)?(?:education|university|college)"
    r"(?:\s+or\s+training)?\b(?!,?\s+(?:or\s+)?(?:employment|training|work))"
)
"""A later age offered only to the care leavers a clause picks out ("A care leaver who is still
in education or training keeps a personal adviser up to the age of 25", "A care leaver who wants
help after that keeps a personal adviser up to 25", "A care leaver who is on an apprenticeship can
keep their personal adviser until they turn 25"): stated apart from the age every care leaver
has, it extends that age on the clause's condition, as an age offered to those who ask does.
So too the care leavers a phrase picks out by their studies, with no "who" ("Personal adviser for
a care leaver in higher education", a key-facts table's label, decision 0394, or "in education
or training", a table row's label, decision 0544); "care leavers in education, employment or
training" are all of them who are busy, no condition."""


_ASKED_FOR = re.compile(r"\s+for\s+(?:it|one|this|that|them)\b(?=\s+[a-z]+s\b)")
"""What an ask is for, when the age came before it and the sentence's verb follows ("Between 21
and 25, any care leaver who asks for it keeps …"): the condition ends there, not at the
sentence's end."""


def _offered_on_a_condition(lower: str, sentence: Span) -> re.Match[str] | None:
    """The words that make a sentence's age one offered to some care leavers only: asking for it
    (`_ON_ASKING`) or a clause that picks them out (`_WHO_QUALIFY`), whichever comes first."""
    found = [
        match
        for pattern in (_ON_ASKING, _WHO_QUALIFY)
        if (match := pattern.search(lower, sentence.start, sentence.end)) is not None
    ]
    return min(found, key=lambda match: match.start()) if found else None


def _asked_for_as_extensions(
    reading: ReadableOutline, statements: list[_Statement]
) -> list[_Statement]:
    """The statements, each later age offered only to care leavers who ask for it, stated apart
    from the age every care leaver has, folded into that age as its extension: "Every care
    leaver is offered a personal adviser until the age of 21." and, in a note read after the
    paragraph, "A care leaver may ask for a personal adviser at any time until they are 25."
    say one thing, 21 and 25 for those who ask, not two support ages that disagree."""
    lower = reading.lower
    asking: list[tuple[_Statement, re.Match[str]]] = []
    plain: list[_Statement] = []
    for statement in statements:
        sentence = statement.sentence
        ask = _offered_on_a_condition(lower, sentence)
        if ask is not None and not statement.value["extended"]:
            asking.append((statement, ask))
        else:
            plain.append(statement)
    if not asking or not plain:
        return statements
    base = plain[0]
    extended = list(base.value["extended"])
    evidence = list(base.evidence)
    folded: list[_Statement] = []
    for statement, ask in asking:
        age = statement.value["age"]
        if age <= base.value["age"]:
            continue
        folded.append(statement)
        if any(item["age"] == age for item in extended):
            continue
        if ask.re is _WHO_QUALIFY:
            condition = reading.text[ask.start() : ask.end()]
        elif (asked := _ASKED_FOR.match(lower, ask.end())) is not None and not _age_limits(
            lower, ask.end(), statement.sentence.end
        ):
            condition = reading.text[ask.start() : asked.end()]
        else:
            limits = _age_limits(lower, ask.end(), statement.sentence.end)
            end = limits[0].start() if limits else statement.sentence.end
            condition = reading.text[ask.start() : end].split("|")[0].strip(" ,;")  # its cell
        extended.append({"age": age, "condition": condition})
        evidence.extend(statement.evidence)
    if not folded:
        return statements
    merged = _Statement(
        base.sentence, {"age": base.value["age"], "extended": extended}, tuple(evidence)
    )
    return [
        merged if statement is base else statement
        for statement in statements
        if all(statement is not other for other in folded)
    ]


def _fuller_agreeing_statement(fact: Fact, statements: list[_Statement]) -> Fact:
    """The fact as the fullest statement that agrees with the chosen one gives it: a bare
    "every care leaver up to 25" said in passing agrees with "to 21, and to 25 in higher
    education" stated elsewhere, which says more, so the latter is the value; so does a bare
    "until they are 21" with a later sentence offering those past 21 more (decision 0206)."""
    if fact.value is None or fact.value["extended"]:
        return fact
    for statement in statements:
        if any(item["age"] == fact.value["age"] for item in statement.value["extended"]) or (
            statement.value["age"] == fact.value["age"] and statement.value["extended"]
        ):
            alternatives = tuple(
                FactValue(other.value, other.evidence)
                for other in statements
                if _conflicting_ages(statement.value, other.value)
            )
            unique = tuple(
                alternative
                for index, alternative in enumerate(alternatives)
                if all(alternative.value != earlier.value for earlier in alternatives[:index])
            )
            return Fact(fact.key, statement.value, statement.evidence, unique)
    return fact


def _sentence_under_heading(reading: ReadableOutline, heading: Span) -> Span | None:
    """The first sentence under `heading` when it is a heading block (a question asked as a
    heading: "How long do care leavers get support?"): the sentence takes its subject from it
    ("A. Until they are 21, …" says nothing of care leavers itself). A one-word label opening
    the answer ("A.") is passed over."""
    original = reading.plain.to_original(heading.start, heading.start).start
    block = reading.block_at(original)
    if block is None or block.type != "heading":
        return None
    following = reading.sentence_after(heading)
    if following is None:
        return None
    under = reading.block_at(reading.plain.to_original(following.start, following.start).start)
    if under is None or under.type == "heading" or under.start < block.end:
        return None
    if _ANSWER_LABEL.fullmatch(reading.quote(following)):
        following = reading.sentence_after(following)
    return following


_CARRIES_SUBJECT = re.compile(
    r"[ \t]*(?:(?:our|this|that|their|such|the\s+council['\u2019]s)\s+)?"
    r"(?:support|help|offer|entitlement)\b"
    r"|[ \t]*(?:they|this|these|it)\s|[ \t]*you\s+(?:can|will|may|keep|have|get)\s"
    r"|[ \t]*(?:until|till|up\s+to)\s"
    r"|[ \t]*(?:your|their|my|the|this|that|his\s+or\s+her|each)\s+advis[eo]r\b"
    r"|[ \t]*we\s+(?:will\s+)?(?:continue\s+to\s+)?(?:support|help)\s+"
    r"(?:them|(?:these|our|the)\s+young\s+people|young\s+people)\b"
)
"""How a sentence opens when its subject is the one before it: "Care leavers have a personal
adviser. Our support lasts until they are 21…"; "… They can ask for help until they are 25";
the council supporting them in its own voice, the young people it supports named again in
general words ("Every care leaver has a pathway plan. We support young people from 18 until 21,
…", blind376);
a note read at its mark that opens on the limit ("… supported by a personal adviser. Until
they are 21, or 25 if they ask.");
a care leaver's own words, "I still see my PA. You can keep one up to 25 …", "You don't lose
your personal adviser at 18. You keep them until you're 21 …" (blind361); the adviser the
sentence before named in full, now named short ("Your personal adviser will keep in touch. Your
adviser stays with you until you turn 21 …", decision 0249)."""


_ANSWER_OPENING = re.compile(r"[ \t*_]*(?:a|ans|answer)[ \t*_]*[.:)\-\u2013\u2014][ \t*_]*\S")
"""An answer's label opening the sentence after a question ("A: Until you are 25.", "Answer -
up to 21"): the answer's subject is the question's."""


def _sentence_carrying_subject(reading: ReadableOutline, sentence: Span) -> Span | None:
    """The next sentence of `sentence`'s paragraph when it takes its subject from `sentence`
    (see `_CARRIES_SUBJECT`) and names no leaving care itself: a paragraph that says who care
    leavers are in one sentence and how long the council supports them in the next. A question
    and its labelled answer on one line ("Q: How long does my adviser stay? A: Until you are
    21.") are such a pair: the answer is about what the question asks (`_ANSWER_OPENING`,
    blind351). A next sentence naming leaving care is read on its own."""
    following = reading.sentence_after(sentence)
    if following is None:
        return None
    if _asks(reading, sentence) and _ANSWER_LABEL.fullmatch(reading.quote(following)):
        following = reading.sentence_after(following)
        if following is None:
            return None
    elif _CARRIES_SUBJECT.match(reading.lower, following.start) is None and not (
        _asks(reading, sentence) and _ANSWER_OPENING.match(reading.lower, following.start)
    ):
        return None
    lower = reading.lower
    if _LEAVING_CARE.search(lower, following.start, following.end):
        return None
    here = reading.block_at(reading.plain.to_original(sentence.start, sentence.start).start)
    there = reading.block_at(reading.plain.to_original(following.start, following.start).start)
    if here is None or there is None or here.start != there.start or here.type == "heading":
        return None
    return following


_VALUE_CELL = re.compile(
    r"[ \t]*(?:until|till|up\s+to|to)\s+(?:the\s+)?age\s+(?:of\s+)?\d{2}[ \t]*$", re.IGNORECASE
)
"""A table's value cell giving an age limit and nothing else ("Up to age 21", "Until the age of
25"), copied on a line of its own."""
_LABEL_CELL_END = re.compile(r"[^\s.!?;:,)\]]\s*$")
_AGE_LEAD_IN_ENDS = re.compile(
    r"\b(?:until|till|up\s+to|to|at)\s+(?:the\s+)?age(?:\s+of)?[\s*_]*$", re.IGNORECASE
)
_BARE_AGE_CELL = re.compile(r"[*_]*(?:19|2\d)[*_]*")
"""A label cell that ends by leading in to an age ("Personal adviser support ends at age",
"Support offered up to the age of") and a value cell that is the age alone ("21"): a one-row
table of a key fact that a PDF's text gives as two paragraphs. The label's words and the cell's
number read together as one statement, as the row does (decision 0491)."""


def _age_after_a_lead_in(reading: ReadableOutline, sentence: Span) -> Span | None:
    """`sentence` and the age after it, where `sentence` ends by leading in to an age and the
    next sentence is that age alone (`_AGE_LEAD_IN_ENDS`, `_BARE_AGE_CELL`): a one-row table's
    label cell and its value cell, which a PDF's text, or a bold label read as a sub-heading,
    leaves as two blocks. Read together they state the limit as the row does."""
    if not _AGE_LEAD_IN_ENDS.search(reading.lower, sentence.start, sentence.end):
        return None
    following = reading.sentence_after(sentence)
    if following is None:
        return None
    if _BARE_AGE_CELL.fullmatch(reading.text[following.start : following.end].strip()) is None:
        return None
    return Span(sentence.start, following.end)


def _value_cell_beside(reading: ReadableOutline, sentence: Span) -> Span | None:
    """The value cell of a table row copied a cell a line, when `sentence` is in the row's label
    cell: the label ("Personal adviser for every care leaver", over one or two lines, no stop)
    is a short block of its own, and the block right after it is one line that gives an age
    limit and nothing else ("Up to age 21", `_VALUE_CELL`). A PDF viewer's copy of a key-facts
    table leaves each cell a line or two (decision 0394); the label says whose limit it is. The
    span runs from the label to the value, so that a condition the label states ("… for a care
    leaver in higher education") is the age's."""
    here = reading.block_at(reading.plain.to_original(sentence.start, sentence.start).start)
    if here is None or here.type != "paragraph":
        return None
    label = reading.text[here.start : here.end].strip()
    if len(label) > _MAX_LABEL_CELL or _LABEL_CELL_END.search(label) is None:
        return None
    following = reading.sentence_after(sentence)
    while following is not None:
        there = reading.block_at(reading.plain.to_original(following.start, following.start).start)
        if there is None or there.start != here.start:
            break
        following = reading.sentence_after(following)
    if following is None or there is None or there.type != "paragraph":
        return None
    if _VALUE_CELL.fullmatch(reading.text[there.start : there.end].strip()) is None:
        return None
    label_start = reading.plain.to_plain(here.start)
    return Span(min(label_start, sentence.start), following.end)


_MAX_LABEL_CELL = 80
"""A table's label cell is short: a paragraph longer than this is prose."""


_ANSWER_LABEL = re.compile(r"[A-Za-z]{1,6}[.:)]")
"""A label opening an answer ("A.", "Answer:")."""


_QUESTION_END = re.compile(r"\?[\s\"'\u2019\u201d)\]*_]*$")
"""A sentence's closing question mark, quotes, brackets or emphasis after it."""


def _asks(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether `sentence` is a question: an age or a timescale asked about ("Should we extend
    this to 26?", a reviewer's "Our offer goes to 26 for care leavers at university - add?") is
    proposed, not stated, and is no fact's value. A question asked as a heading still gives
    its subject to the answer under it (`_sentence_under_heading`)."""
    return _QUESTION_END.search(reading.text, sentence.start, sentence.end) is not None


def _leaving_care_statement(
    reading: ReadableOutline, sentence: Span, subject: Span | None = None, by_unit: bool = False
) -> _Statement | None:
    """The support age `sentence` states, with its evidence, if it states one; `subject`, a
    heading above it, may say that the sentence is about leaving care. A question states no
    age (`_asks`); an age in a statement only of a charge care leavers are spared or have paid
    for them is none (`_exemption_ages_blanked`)."""
    text, lower = reading.text, _exemption_ages_blanked(reading.lower, sentence)
    if not _HAS_AGE.search(lower, sentence.start, sentence.end) or _asks(reading, sentence):
        return None
    about = subject or sentence
    if not _LEAVING_CARE.search(lower, about.start, about.end):
        return None
    found_limits = _age_limits(lower, sentence.start, sentence.end, by_unit)
    cell = _limit_under_an_until_column(lower, sentence)
    if cell is not None and all(limit.start() >= cell.end() for limit in found_limits):
        found_limits = [cell]  # a later cell's "to 25" offers more than the column's age
    if " aged " in lower[sentence.start : sentence.end]:
        found_limits += _AGED.finditer(lower, sentence.start, sentence.end)
        found_limits.sort(key=lambda limit: limit.start())
    limits = [
        (limit, age)
        for limit in found_limits
        if (age := _age(limit.group("age"))) is not None
        and not _closes_a_span_from_birth(lower, limit)
        and not _closes_a_span_from_childhood(lower, limit)
    ]
    if not limits and (counted := _years_after_leaving(text, lower, sentence)) is not None:
        heading = (reading.evidence(subject),) if subject is not None else ()
        return _Statement(sentence, counted, (*heading, reading.evidence(sentence)))
    reordered = (
        _condition_stated_first(reading, sentence, limits)
        or _return_after_an_age(reading, sentence, limits)
        or _earlier_age_unless(reading, sentence, limits)
    )
    if reordered is not None:
        return reordered
    for position, (limit, age) in enumerate(limits):
        if (
            age <= CARE_ENDS
            and _ends_a_range_from_childhood(lower, limit)
            and any(later > CARE_ENDS for _, later in limits[position + 1 :])
        ):
            continue  # "16 to 18 | a social worker; 18 up to 25 | a personal adviser"
        extended: list[dict[str, Any]] = []
        evidence = [reading.evidence(sentence)]
        if subject is not None:
            evidence.insert(0, reading.evidence(subject))
        regions = [Span(limit.end(), sentence.end), *_sentences_offering_more(reading, sentence)]
        for region in regions:
            if region is not regions[0] and _tells_a_home_kept(lower, region):
                continue
            spoken = _exemption_ages_blanked(lower, region)
            words = spoken[region.start : region.end]
            if not _HAS_AGE.search(words):
                continue
            offered_before = {item["age"] for item in extended}
            found: list[tuple[str, int, int]] = []
            if any(word in words for word in _EXTENSION_WORDS):
                found = (
                    [
                        (
                            extension.group("age"),
                            extension.start("condition"),
                            extension.end("condition"),
                        )
                        for extension in _AGE_EXTENSION.finditer(spoken, region.start, region.end)
                        if (later := _age(extension.group("age"))) is not None and later > age
                    ]
                    or _conditions_before_ages(spoken, region)
                    or _later_ranges(spoken, region, age)
                )
            conditions_apart = not found
            if conditions_apart and (
                "\n\n" not in lower[sentence.end : region.start]
                or _SOME_OF_THEM.match(lower, region.start) is not None
            ):
                found = _later_ages(spoken, region, age, first_region=region is regions[0])
            for age_words, condition_start, condition_end in found:
                extended_age = _age(age_words)
                if extended_age is None or extended_age <= age:
                    continue
                if not conditions_apart and any(item["age"] == extended_age for item in extended):
                    continue
                if extended_age in offered_before:
                    continue  # a later sentence restating an age already offered
                condition = _condition(text[condition_start:condition_end])
                extended.append({"age": extended_age, "condition": condition})
                if region is not regions[0]:
                    evidence.append(reading.evidence(region))
        return _Statement(sentence, {"age": age, "extended": extended}, tuple(evidence))
    return None


_YEARS_AFTER_LEAVING = re.compile(
    rf"\bfor\s+(?:(?:a\s+)?(?:further|another|up\s+to)\s+)?(?P<years>{NUMBER_PATTERN})\s+years\s+"
    r"(?:after|from\s+the\s+day)\s+(?:leaving|they\s+leave|(?:the|a)\s+young\s+person\s+leaves)"
    r"\s+(?:our\s+|the\s+council['\u2019]s\s+)?care\s+at\s+(?:the\s+age\s+of\s+|age\s+)?"
    r"(?P<left>1[6-8]|sixteen|seventeen|eighteen)\b"
)
"""Support counted in years from the age a young person leaves care ("a personal adviser for four
years after leaving care at 18"): the support lasts to that age plus those years (decision
0335)."""


_LEFT_THEN_YEARS = re.compile(
    r"\b(?:leaves?|leaving|left)\s+(?:our\s+|the\s+council['\u2019]s\s+)?care\s+at\s+"
    r"(?:the\s+age\s+of\s+|age\s+)?(?P<left>1[6-8]|sixteen|seventeen|eighteen)\b"
    r"[^.;:!?\n]*?\bfor\s+the\s+(?:next|following)\s+"
    rf"(?P<years>{NUMBER_PATTERN})\s+years\b"
)
"""Support counted in years from the age of leaving care named first ("Once a young person leaves
care at 18, a personal adviser works with them for the next seven years"): the same count as
`_YEARS_AFTER_LEAVING`'s, written the other way round (blind390)."""
_MORE_YEARS = re.compile(
    rf"\bfor\s+(?:(?P<more>{NUMBER_PATTERN})\s+(?:more|further)"
    rf"|(?:a\s+)?(?:further|another)\s+(?P<further>{NUMBER_PATTERN}))\s+years\b"
    r"(?:\s+(?:after|beyond)\s+(?:that|this|then|those))?"
)
"""More years of support after the years counted from leaving care ("…for three years after they
leave care at 18, and for four more years after that if they are in education or training"): the
extension lasts to the first count's age plus these years, on the condition the clause states."""


def _years_after_leaving(text: str, lower: str, sentence: Span) -> dict[str, Any] | None:
    """The support `sentence` counts in years after leaving care at an age (see
    `_YEARS_AFTER_LEAVING`, `_LEFT_THEN_YEARS`), as a support age with the extension a later
    count of more years gives (`_MORE_YEARS`), if the first is an adult age."""
    match = _YEARS_AFTER_LEAVING.search(lower, sentence.start, sentence.end) or (
        _LEFT_THEN_YEARS.search(lower, sentence.start, sentence.end)
    )
    if match is None:
        return None
    years, left = read_number(match.group("years")), read_number(match.group("left"))
    if years is None or left is None or left + years not in _ADULT_AGES:
        return None
    age = left + years
    extended: list[dict[str, Any]] = []
    more = _MORE_YEARS.search(lower, match.end(), sentence.end)
    if more is not None:
        added = read_number(more.group("more") or more.group("further"))
        if added is not None and age + added in _ADULT_AGES:
            condition = text[more.end() : sentence.end].strip(" \t,.;")
            extended.append({"age": age + added, "condition": _condition(condition)})
    return {"age": age, "extended": extended}


_UNTIL_COLUMN = re.compile(
    r"[ \t*_]*(?:(?:(?:the\s+)?age\s+(?:it|this|support|help|the\s+support)\s+)?"
    r"(?:runs|lasts|continues|goes\s+on)\s+(?:to|until)"
    r"|(?:(?:available|offered|provided|given|open|paid|had|kept)\s+)?(?:until|till|up\s+to)"
    r"|to|ends?(?:\s+at)?)(?:\s+(?:the\s+)?age(?:\s+of)?)?[ \t*_]*"
    r"|[ \t*_]*(?:base|basic|standard|usual)\s+age[ \t*_]*"
)
"""The header of a table's column giving the age something lasts to ("Until", "Up to age", "Age
it runs to", "Lasts until"), also where it says the help is to be had until then ("Available
until", "Offered up to": never "Available to", which names who has it), or the age it lasts to
for everyone where a later column gives the extended age ("Entitlement | Base age | Extended
age", decision 0358)."""
_CELL_AGE = re.compile(
    r"[ \t*_]*(?:(?:their|the|his\s+or\s+her|age|aged)\s+)?"
    rf"(?P<age>{NUMBER_PATTERN})(?:st|nd|rd|th)?(?:\s+birthday)?\b"
)
"""A cell's age, alone or as the birthday it ends on ("21", "Their 21st birthday", "Age 21")."""


def _row_cells(text: str, start: int, end: int) -> list[Span]:
    """The cells of a table row written as text ("a | b | c"), as spans between its bars."""
    cells = []
    position = start
    for bar in [*(i for i in range(start, end) if text[i] == "|"), end]:
        cells.append(Span(position, bar))
        position = bar + 1
    if cells and not text[cells[0].start : cells[0].end].strip():
        cells = cells[1:]  # a markdown row's leading bar
    if cells and not text[cells[-1].start : cells[-1].end].strip():
        cells = cells[:-1]
    return cells


def _row_under_a_header(lower: str, sentence: Span) -> tuple[Span, Span] | None:
    """The table row holding `sentence` and the header over it, the first row of the run of
    rows it stands in (each a line with "|"), or None where the sentence is in no such row or
    its row is the header."""
    line_start = lower.rfind("\n", 0, sentence.start) + 1
    line_end = lower.find("\n", sentence.start)
    line_end = len(lower) if line_end == -1 else line_end
    if "|" not in lower[line_start:line_end]:
        return None
    header_start = line_start
    while header_start > 0:
        previous = lower.rfind("\n", 0, header_start - 1) + 1
        if "|" not in lower[previous : header_start - 1]:
            break
        header_start = previous
    if header_start == line_start:
        return None
    return Span(line_start, line_end), Span(header_start, lower.find("\n", header_start))


def _limit_under_an_until_column(lower: str, sentence: Span) -> re.Match[str] | None:
    """The age a table row gives under a column headed "Until" ("Entitlement | From | Until"
    over "Personal adviser | 18 | 21, or 25 if they ask"): what a table of entitlements says
    of how long each lasts, as "until 21" says it in a sentence. The header is the first row
    of the run of rows holding the sentence."""
    rows = _row_under_a_header(lower, sentence)
    if rows is None:
        return None
    row, header = rows
    heads = _row_cells(lower, header.start, header.end)
    cells = _row_cells(lower, row.start, row.end)
    if len(heads) != len(cells):
        return None
    for head, cell in zip(heads, cells, strict=True):
        if _UNTIL_COLUMN.fullmatch(lower, head.start, head.end) is not None:
            return _CELL_AGE.match(lower, cell.start, cell.end)
    return None


_AGE_BAND_COLUMN = re.compile(
    r"[ \t*_]*(?:(?:age[ds]?|from|for)\s+)?(?:1[6-9]|2\d)\s*(?:to|until|up\s+to|-|\u2013|\u2014)\s*"
    r"(?P<age>1[89]|2\d)(?:\s+years(?:\s+old)?)?[ \t*_]*"
)
"""The header of a table's column for an age band ("Age 18 to 21", "21-25", "Aged 21 to 25"): a
table of entitlements set out by age, each row saying what a care leaver has in each band."""
_OFFERED_CELL = re.compile(
    r"[ \t*_]*(?:yes|y|\u2713|\u2714|\u2705|included|available|offered|provided|always"
    r"|as\s+of\s+right|automatically)[ \t*_.]*"
)
"""A cell saying the row's support is had in its column's band, plainly."""
_NOT_OFFERED_CELL = re.compile(
    r"[ \t*_]*(?:no|n|none|n/a|not\s+available|-|\u2013|\u2014)?[ \t*_.]*"
)
"""A cell saying the row's support is not had in its column's band (or empty)."""


def _adviser_row_under_age_bands(reading: ReadableOutline, sentence: Span) -> _Statement | None:
    """The personal adviser's row of a table whose columns are age bands ("What we offer | Age
    18 to 21 | Age 21 to 25" over "Personal adviser | Yes | If you ask for one", decision 0403):
    the adviser lasts to the last band the row plainly answers yes to, and a later band whose
    cell says when ("If you ask for one", "In education or training") extends it to that band's
    end on that condition, as the adviser's row of an "Until" column does (decision 0205). Other
    rows (an allowance, an exemption) give no age."""
    lower = reading.lower
    rows = _row_under_a_header(lower, sentence)
    if rows is None:
        return None
    row, header = rows
    heads = _row_cells(lower, header.start, header.end)
    cells = _row_cells(lower, row.start, row.end)
    if len(heads) != len(cells) or len(cells) < 2:
        return None
    if not _ADVISER.search(lower, cells[0].start, cells[0].end):
        return None
    age: int | None = None
    extended: list[dict[str, Any]] = []
    for head, cell in zip(heads[1:], cells[1:], strict=True):
        band = _AGE_BAND_COLUMN.fullmatch(lower, head.start, head.end)
        if band is None:
            return None
        band_end = int(band.group("age"))
        if _OFFERED_CELL.fullmatch(lower, cell.start, cell.end) and not extended:
            age = band_end
        elif _NOT_OFFERED_CELL.fullmatch(lower, cell.start, cell.end):
            break
        elif age is not None and band_end > age:
            condition = _condition(reading.text[cell.start : cell.end].strip(" \t*_."))
            extended.append({"age": band_end, "condition": condition})
    if age is None:
        return None
    return _Statement(
        sentence,
        {"age": age, "extended": extended},
        (reading.evidence(header), reading.evidence(row)),
    )


_RAISED_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_UNTIL_HEADER_END = re.compile(
    r"[ \t*_]+(?:until|till|up\s+to|lasts\s+until|runs\s+(?:to|until))"
    r"(?:\s+(?:the\s+)?age(?:\s+of)?)?[ \t*_:]*$"
)
"""The end of a table's header row copied as one line with its cells run together, where the
last column gives the age a row's support lasts to ("Support Available until", "Care leaver
Personal adviser until")."""
_ROW_AGE_END = re.compile(
    r"(?<!\S)(?:(?:age|aged|their|the)[ \t]+)?(?P<age>[1-9]\d)(?:st|nd|rd|th)?"
    rf"(?:[ \t]+birthday)?[{_RAISED_DIGITS}]*[ \t*_]*$"
)
"""A row's last cell, an age alone or the birthday support ends on ("Age 21", "21st birthday"),
at the end of its line (after the row's label, or on a line of its own under it)."""
_MAX_TABLE_LINE = 80
"""A line of a table copied without its cell boundaries is short: a longer one is prose."""
_MAX_LABEL_LINES = 3
"""A row's label may wrap onto this many lines before its age."""


_UNTIL_WORDS = ("until", "till", "up to")
"""The words of a table's row limit ("until", "till", "up to"), where `_rows_under_an_until_header`
looks for its header."""


def _rows_under_an_until_header(reading: ReadableOutline) -> list[_Statement]:
    """Support ages from a table of entitlements whose cell boundaries a PDF copy lost: a header
    line ending on the last column's "until" ("Support Available until") over rows each ending
    with an age ("Personal adviser Age 21", "In education, training or an apprenticeship 25th
    birthday"), a row's label wrapping onto lines of its own over its age. The header's
    "until" is each row's limit, as an "Until" column's is where the cells survive (decision
    0410). The rows are the adviser's where the header names one; otherwise a row names the
    adviser or leaving care itself. The lowest age is the support every care leaver has; a
    later row with a higher age extends it on its label's words (past what the first row's
    label says), as a table's row for students does (decision 0394)."""
    lower = reading.lower
    statements = []
    for word in _UNTIL_WORDS:
        for position in reading.positions_of(word):
            line_start = lower.rfind("\n", 0, position) + 1
            line_end = lower.find("\n", position)
            line_end = len(lower) if line_end == -1 else line_end
            if line_end - line_start > _MAX_TABLE_LINE:
                continue
            header = _UNTIL_HEADER_END.search(lower, line_start, line_end)
            if (
                header is None
                or header.start() > position
                or not lower[line_start : header.start()].strip()
            ):
                continue
            statement = _until_table_statement(reading, Span(line_start, line_end))
            if statement is not None:
                statements.append(statement)
    return statements


def _until_table_rows(lower: str, header: Span) -> list[tuple[Span, Span, int]]:
    """The rows under `header` (see `_rows_under_an_until_header`): each as its label's span,
    its whole span and its age, up to a blank line, a line ending in a stop or a long line."""
    rows: list[tuple[Span, Span, int]] = []
    label_start: int | None = None
    label_lines = 0
    position = header.end + 1
    while position < len(lower):
        line_end = lower.find("\n", position)
        line_end = len(lower) if line_end == -1 else line_end
        line = lower[position:line_end]
        if not line.strip() or line_end - position > _MAX_TABLE_LINE:
            break
        cell = _ROW_AGE_END.search(lower, position, line_end)
        start = position if label_start is None else label_start
        if cell is not None and (age := _age(cell.group("age"))) is not None:
            label_end = (
                cell.start() if cell.start() > position or label_start is None else position - 1
            )
            rows.append((Span(start, max(start, label_end)), Span(start, line_end), age))
            label_start, label_lines = None, 0
        elif re.search(r"[.!?;:]\s*$", line) or label_lines == _MAX_LABEL_LINES:
            break
        else:
            label_start, label_lines = start, label_lines + 1
        position = line_end + 1
    return rows


def _until_table_statement(reading: ReadableOutline, header: Span) -> _Statement | None:
    """The support age the rows under an "until" header line give (see
    `_rows_under_an_until_header`), if they give one."""
    lower = reading.lower
    adviser_column = _ADVISER.search(lower, header.start, header.end) is not None
    rows = [
        (label, row, age)
        for label, row, age in _until_table_rows(lower, header)
        if lower[label.start : label.end].strip()
        and (
            adviser_column
            or (
                _LEAVING_CARE.search(lower, label.start, label.end) is not None
                and _STAYING_PUT.search(lower, label.start, label.end) is None
            )
        )
    ]
    if not rows:
        return None
    base_label, base_row, age = min(rows, key=lambda row: row[2])
    extended: list[dict[str, Any]] = []
    evidence = [reading.evidence(header), reading.evidence(base_row)]
    base_words = reading.text[base_label.start : base_label.end].split()
    for label, row, later in rows:
        if later <= age or any(item["age"] == later for item in extended):
            continue
        words = re.sub(r"\s+", " ", reading.text[label.start : label.end]).strip()
        extended.append(
            {"age": later, "condition": _condition(_past_shared_words(words, base_words))}
        )
        evidence.append(reading.evidence(row))
    return _Statement(base_row, {"age": age, "extended": extended}, tuple(evidence))


_LINKING_WORDS = frozenset({"for", "with", "to", "in", "at", "on", "who", "of"})


def _past_shared_words(words: str, base_words: list[str]) -> str:
    """A later row's label past the words it shares with the first row's ("Personal adviser for
    every care leaver" and "Personal adviser for a care leaver at university" → "for a care
    leaver at university"): what picks its care leavers out. A shared word that links the
    label's subject to the rest ("for", "with") stays with the rest."""
    own = words.split()
    shared = 0
    while (
        shared < min(len(own), len(base_words))
        and own[shared].lower() == base_words[shared].lower()
    ):
        shared += 1
    while shared and own[shared - 1].lower() in _LINKING_WORDS:
        shared -= 1
    return " ".join(own[shared:]).strip(" ,;-") or words


_SOME_OF_THEM = re.compile(
    r"(?:those|young\s+people|care\s+leavers|any(?:one|body)|some(?:one|body)"
    r"|(?:a|any)\s+(?:young\s+person|care\s+leaver))\s+"
    r"(?:who\s+(?:are|is|remains?|wants?|wish(?:es)?|asks?|needs?)\b"
    r"|still\s+(?:in|at|on|studying|training|learning)\b)"
)
"""A paragraph opening on some of the care leavers, picked out by who they are or what they
ask ("Those who are studying or training, or who simply ask, keep one until they are 25."), or
by what they are still doing ("Anyone still in education or training at 21 can keep their
adviser until 25.", decision 0255), also one young person standing for them ("Someone still at
college or university … can keep that adviser up to the age of 25.", "A young person who is
still studying …", blind320): it goes on from the age the paragraph before gave, so a
later age in it is offered to them (decision 0195). Any other paragraph after an age is another
subject's."""
_EXCEPTIONS_ANNOUNCED = re.compile(r"\bexceptions?\b")
_PICTURE_LABEL = PICTURE_LABEL
"""A picture's label standing between two points, as an easy-read text keeps one beside each
sentence ("Picture: a young woman at a desk with books", "Picture of a calendar"): words about
the picture, not a sentence of the text, so a later age the point after it offers is still the
next sentence's."""
MAX_PICTURE_LABELS_PASSED = 2
_CONDITION_ALONE = re.compile(r"\s*(?:if|where|when|while|whilst)\b")
"""A sentence that opens on a condition and offers no age of its own ("If you want help for
longer, just ask."): the age it is the condition of comes in the sentence after ("You can keep
your adviser until you are 25.")."""


def _past_picture_labels(reading: ReadableOutline, sentence: Span | None) -> Span | None:
    """`sentence`, or the first sentence after it that is no picture's label (`_PICTURE_LABEL`)."""
    for _ in range(MAX_PICTURE_LABELS_PASSED):
        if sentence is None:
            return None
        words = reading.lower[sentence.start : sentence.end]
        if _PICTURE_LABEL.match(words) is None or "\n" in words.strip():
            return sentence
        sentence = reading.sentence_after(sentence)
    return sentence


def _sentences_offering_more(reading: ReadableOutline, sentence: Span) -> list[Span]:
    """The sentences after a support age that may offer a later one: the next (past a
    picture's label, `_past_picture_labels`), and the one after it when the next only
    announces exceptions ("There are two exceptions."), or, read with it as one, when the next
    only states a condition (`_CONDITION_ALONE`); a question offers nothing (`_asks`)."""
    following = _past_picture_labels(reading, reading.sentence_after(sentence))
    if following is None or _asks(reading, following):
        return []
    words = reading.lower[following.start : following.end]
    if _HAS_AGE.search(words) or not (
        _EXCEPTIONS_ANNOUNCED.search(words) or _CONDITION_ALONE.match(words)
    ):
        return [following]
    after = _past_picture_labels(reading, reading.sentence_after(following))
    if after is None or _asks(reading, after):
        return [following]
    if _CONDITION_ALONE.match(words):
        return [Span(following.start, after.end)]  # the condition and the age it opens, read as one
    return [following, after]


_LATER_AGE_IN_BRACKETS = re.compile(
    r"\s*\(\s*or\s+(?:up\s+to\s+|until\s+|to\s+)?(?:(?:the\s+)?age\s+(?:of\s+)?)?"
    rf"(?P<age>{NUMBER_PATTERN})\b(?P<condition>[^()]*)\)"
    r"|\s*\(\s*(?:up\s+to\s+|until\s+|to\s+)?(?P<bare_age>\d\d)\s+"
    r"(?P<bare_condition>(?:in|at|for|with|on|while|whilst|if|where|when)\b[^()]*)\)"
    r"|\s*(?:[,\-\u2013\u2014]\s*(?:(?:or|and)\s+)?(?:for\s+)?longer\s*)?"
    r"\(\s*(?:up\s+to|until|to)\s+(?P<closed_age>\d\d)\s*\)\s*"
    r"(?P<after_condition>(?:if|where|when|while|whilst|provided|for\s+(?:those|anyone|any)"
    r"|on\s+request|at\s+their\s+request)\b[^,.;:()]*)"
)
"""A later age in brackets right after the first: "until the age of 21 (or 25 on request)",
"aged 18-21 (25 in full-time education)", "18-21 (up to 25 in full-time education)": without
"or", the age in digits and a condition that opens with a preposition; and a bracket holding only
the later age, its condition after it: "beyond 21 (up to 25) if they ask" (decision 0192), also
after a dash or comma and "longer" ("until 21 \u2013 longer (to 25) if they are studying",
blind376)."""
_TURNS = re.compile(
    r"\b(?:they|you|he\s+or\s+she|she\s+or\s+he|the\s+young\s+person)\s+"
    rf"(?:turn|reach)(?:s|es)?\s+(?:the\s+age\s+of\s+)?(?P<age>{NUMBER_PATTERN})\b"
)
"""A later age as the age the young person turns ("until the course ends or they turn 24",
"the academic year in which they turn 25")."""
_CLAUSE_OPENING = re.compile(
    r"[\s,;:(\-\u2013\u2014]*(?:(?:and|or|but)\b\s*)?(?:the\s+exceptions?\s+(?:are|is)\s+)?",
    re.IGNORECASE,
)


def _later_ages(
    lower: str, region: Span, age: int, first_region: bool
) -> list[tuple[str, int, int]]:
    """(age words, condition start, condition end) for each later age `region` offers without a
    condition word: in brackets after the first ("(or 25 on request)"), or as a later limit in
    a clause of its own ("The exceptions are those in education, who may stay until 25, and
    disabled care leavers, who can stay until 25"). The condition is the clause before the age,
    from the previous limit on; two clauses may offer one age on different conditions."""
    if first_region:
        bracket = _LATER_AGE_IN_BRACKETS.match(lower, region.start, region.end)
        if bracket is not None:
            group, condition = next(
                pair
                for pair in (
                    ("age", "condition"),
                    ("bare_age", "bare_condition"),
                    ("closed_age", "after_condition"),
                )
                if bracket.group(pair[0]) is not None
            )
            later = _age(bracket.group(group))
            if later is not None and later > age:
                return [(bracket.group(group), bracket.start(condition), bracket.end(condition))]
    limits = sorted(
        [
            *_age_limits(lower, region.start, region.end),
            *_TURNS.finditer(lower, region.start, region.end),
        ],
        key=lambda limit: limit.start(),
    )
    found = []
    clause_start = region.start
    for limit in limits:
        later = _age(limit.group("age"))
        if later is None or later <= age or limit.start() < clause_start:
            continue
        opening = _CLAUSE_OPENING.match(lower, clause_start, limit.start())
        start = opening.end() if opening is not None else clause_start
        end = start + len(_TRAILING_CONJUNCTION.sub("", lower[start : limit.start()]))
        if end > start:
            found.append((limit.group("age"), start, end))
        elif (
            after := _CONDITION_AFTER_LATER_AGE.match(lower, limit.end(), region.end)
        ) is not None:
            found.append((limit.group("age"), after.start("condition"), after.end("condition")))
        clause_start = limit.end()
    return found


_CONDITION_AFTER_LATER_AGE = re.compile(
    r"(?:[ \t]+|,[ \t]+(?=whatever|whether|regardless|no[ \t]+matter))"
    r"(?P<condition>(?:in|at(?![ \t]+(?:the[ \t]+)?(?:latest|most|outside)\b)|while|whilst"
    r"|whatever|whether[ \t]+or[ \t]+not|regardless[ \t]+of|no[ \t]+matter)"
    r"[ \t]+[^,.;:()|\n]*[^,.;:()|\n \t])"
)
"""The condition after a later age that no clause before it states ("18 to 21, or to 25 in
education or training"): the words from "in", "at", "while" to the clause's or the cell's end
say whom the later age is for, as in brackets ("(25 in full-time education)") they do. Without
them the age's condition would be looked for in the next row or sentence (decision 0288). "At
the latest" says when, not for whom. So too words that offer the later age to every care leaver
whatever they do ("until 21, and up to 25 whatever their circumstances", "to 25, whether or not
they are working"): the later age is still an extension, on a condition that picks out no one.
"""


_TRAILING_CONJUNCTION = re.compile(r"[\s,;]*(?:\b(?:and|or|but)\b[\s,;]*)?$")


def _condition_stated_first(
    reading: ReadableOutline, sentence: Span, limits: list[tuple[re.Match[str], int]]
) -> _Statement | None:
    """A sentence that offers the later age, with its condition, before the age every care
    leaver has ("until 25 if they want one, and until 21 in every case"): the age stated without
    a condition is the support age, the conditional one its extension, whatever their order."""
    if len(limits) < 2:
        return None
    first, first_age = limits[0]
    condition = _AGE_EXTENSION.match(reading.lower, first.start("age"), sentence.end)
    if condition is None:
        return _opening_condition_then_otherwise(reading, sentence, limits)
    for later, age in limits[1:]:
        if age >= first_age:
            continue
        if _AGE_EXTENSION.match(reading.lower, later.start("age"), sentence.end) is not None:
            continue
        end = min(condition.end("condition"), later.start())
        words = _TRAILING_CONJUNCTION.sub("", reading.text[condition.start("condition") : end])
        value = {"age": age, "extended": [{"age": first_age, "condition": _condition(words)}]}
        return _Statement(sentence, value, (reading.evidence(sentence),))
    return None


_EARLIER_AGE_UNLESS = re.compile(
    rf"[ \t]*[(,][ \t]*or[ \t]+(?:until[ \t]+|to[ \t]+)?(?P<age>{NUMBER_PATTERN})[ \t]+"
    r"(?P<condition>(?:if|where|when|for[ \t]+(?:those|anyone|young[ \t]+people)"
    r"(?:[ \t]+who[ \t]+(?:are|is))?)[ \t]+(?P<not>not|no[ \t]+longer)[ \t]+[^).;:]+)"
)
"""An earlier age given in brackets after the later one for those who do not meet its
condition ("until 25 (or 21 if not in education)", "to 25, or 21 for those not in education",
blind294): the earlier age is every care leaver's, the later its extension on the condition
turned round ("if in education"), as 12309's "up to twenty-five where …; otherwise it ends at
21" gives them (decision 0199)."""


def _earlier_age_unless(
    reading: ReadableOutline, sentence: Span, limits: list[tuple[re.Match[str], int]]
) -> _Statement | None:
    """The support age and its extension where the sentence's first age is followed by an
    earlier one for those not meeting a condition (`_EARLIER_AGE_UNLESS`)."""
    if not limits:
        return None
    first, first_age = limits[0]
    unless = _EARLIER_AGE_UNLESS.match(reading.lower, first.end(), sentence.end)
    if unless is None:
        return None
    age = _age(unless.group("age"))
    if age is None or not CARE_ENDS < age < first_age:
        return None
    text = reading.text
    words = (
        text[unless.start("condition") : unless.start("not")]
        + text[unless.end("not") : unless.end("condition")].lstrip()
    )
    value = {"age": age, "extended": [{"age": first_age, "condition": _condition(words)}]}
    return _Statement(sentence, value, (reading.evidence(sentence),))


_AT_OR_OVER_AN_AGE = re.compile(
    rf"\b(?:who\s+(?:is|are)|aged)\s+(?:(?:over|above)\s+(?P<over>{NUMBER_PATTERN})"
    rf"|(?P<age>{NUMBER_PATTERN})\s+(?:or|and)\s+(?:over|older|above))\b"
)
"""Care leavers named as those at or past an age ("A care leaver who is 21 or over", "young
people aged over 21"): the age the support every care leaver has runs to."""
_OPENING_AND = re.compile(r"[\s,]*(?:and\s+|to\s+)?")


def _return_after_an_age(
    reading: ReadableOutline, sentence: Span, limits: list[tuple[re.Match[str], int]]
) -> _Statement | None:
    """A sentence offering care leavers past an age a later one ("A care leaver who is 21 or
    over may come back to us at any time before their 25th birthday and ask for a personal
    adviser again"): the first age is the support age, the later one its extension, on what the
    sentence says they do after the limit (else on being past the first age)."""
    lower = reading.lower
    if (
        " over" not in lower[sentence.start : sentence.end]
        and " above" not in lower[sentence.start : sentence.end]
    ):
        return None
    past = _AT_OR_OVER_AN_AGE.search(lower, sentence.start, sentence.end)
    if past is None:
        return None
    first = _age(past.group("over") or past.group("age"))
    if first is None or first <= CARE_ENDS:
        return None  # "aged 18 or over": those whom care has ended for, not a support age
    for limit, age in limits:
        if limit.start() < past.end() or age <= first:
            continue
        opening = _OPENING_AND.match(lower, limit.end(), sentence.end)
        start = opening.end() if opening is not None else limit.end()
        words = reading.text[start : sentence.end].rstrip(" .;:")
        condition = _condition(words or reading.text[past.start() : past.end()])
        value = {"age": first, "extended": [{"age": age, "condition": condition}]}
        return _Statement(sentence, value, (reading.evidence(sentence),))
    return None


_OPENING_CONDITION = re.compile(
    r"(?:if|where|when|while|whilst|provided(?:\s+that)?|for\s+those)\s+[^,;:]+"
)
_OTHERWISE = re.compile(r"\b(?:otherwise|in\s+(?:all|every)\s+other\s+cases?)\b[^;:]*$")


def _opening_condition_then_otherwise(
    reading: ReadableOutline, sentence: Span, limits: list[tuple[re.Match[str], int]]
) -> _Statement | None:
    """A sentence that opens with the condition of its first, later age and gives the age
    every other care leaver has after "otherwise" ("Where they are still in education, care
    leavers keep their adviser until they are 24; otherwise support ends at 21")."""
    lower = reading.lower
    opening = _OPENING_CONDITION.match(lower, sentence.start, sentence.end)
    first, first_age = limits[0]
    if opening is None or opening.end() > first.start():
        return None
    for later, age in limits[1:]:
        if age < first_age and _OTHERWISE.search(lower, first.end(), later.start()):
            condition = _condition(reading.text[opening.start() : opening.end()])
            value = {"age": age, "extended": [{"age": first_age, "condition": condition}]}
            return _Statement(sentence, value, (reading.evidence(sentence),))
    return None


_CONDITION_BEFORE_AGE = re.compile(
    r"\b(?:if|where|when|while|whilst|provided(?:\s+that)?)\s+[^,.;:]+"
    r"|\b(?:those|young\s+people|care\s+leavers)\s+(?:who\s+(?:are|remain)\s+)?(?:still\s+)?"
    r"(?P<state>in\s+[^,.;:]+?)(?=\s+(?:(?:it|this|support|their\s+support)\s+)?"
    r"(?:can|may|will|are|continues?|remains?|keeps?|stays?|lasts?|runs?|extends?)\b)"
    r"|\b(?:those|young\s+people|care\s+leavers)\s+who\s+"
    r"(?P<wish>(?:want|wish|ask|need|choose)\b[^,.;:]*?)(?=\s+(?:can|may|will)\b)"
)
"""A condition written before the later age it opens ("…21 and, where they ask for it, until
they are 25", "those in full-time education can continue to receive support until 25", "for
those in higher education it continues until they are twenty-five")."""


def _conditions_before_ages(lower: str, region: Span) -> list[tuple[str, int, int]]:
    """(age words, condition start, condition end) for each condition in `region` followed,
    before the next condition, by an age limit ("until they are 25")."""
    found = []
    conditions = list(_CONDITION_BEFORE_AGE.finditer(lower, region.start, region.end))
    for index, condition in enumerate(conditions):
        reach = conditions[index + 1].start() if index + 1 < len(conditions) else region.end
        for limit in _age_limits(lower, condition.end(), reach):
            if _age(limit.group("age")) is not None:
                group = next((name for name in ("state", "wish") if condition.group(name)), None)
                start, end = condition.span(group) if group else condition.span()
                found.append((limit.group("age"), start, end))
                break
    return found


_LATER_RANGE = re.compile(
    rf"\b(?:between|aged|from)\s+(?:the\s+ages?\s+of\s+)?(?P<from>{NUMBER_PATTERN})\s+"
    rf"(?:and|to|up\s+to)\s+(?P<age>{NUMBER_PATTERN})\b"
    r"|\baged\s+(?P<digits_from>\d\d)\s*[-\u2013\u2014]\s*(?P<digits_age>\d\d)\b"
)
_RANGE_CONDITION = re.compile(r"\b(?:if|where|when|whenever|while|whilst|provided)\b[^,.;:)]*")
_ROW_RANGE = re.compile(
    r"(?P<from>1[6-9]|2\d)\s*(?:to|[-\u2013\u2014])\s*(?P<age>1[89]|2\d)\s*\|\s*(?P<support>[^|\n]+)"
)
"""A table row that opens with the range of ages it covers and says, in its next cell, what
those ages receive ("21 to 25 | Personal adviser on request")."""
_EXTENSION_WORDS = (*_CONDITION_WORDS, "between", "aged", "|", "request", "application", "who")


def _later_ranges(lower: str, region: Span, age: int) -> list[tuple[str, int, int]]:
    """(age words, condition start, condition end) for a range of ages that opens where the
    first limit ends ("…until they are 21, and those between 21 and 25 can come back to us
    whenever they need it"): the range's end is a later age offered, on the condition the
    clause states, else to those of the range's ages. A table row opening with such a range
    offers its later age on what its next cell says."""
    found = []
    row = _ROW_RANGE.match(lower, region.start, region.end)
    if row is not None and int(row.group("from")) >= age:
        found.append((row.group("age"), row.start("support"), row.end("support")))
    for later in _LATER_RANGE.finditer(lower, region.start, region.end):
        opens = _age(later.group("from") or later.group("digits_from") or "")
        if opens is None or opens < age:
            continue
        age_words = later.group("age") or later.group("digits_age")
        condition = _RANGE_CONDITION.search(lower, later.end(), region.end)
        start, end = condition.span() if condition is not None else later.span()
        found.append((age_words, start, end))
    return found


def _conflicting_ages(value: Any, other: Any) -> bool:
    """Whether two support ages contradict each other: their ages differ, and neither's age is
    an extension the other offers ("to 25" agrees with "to 21, or 25 in education")."""
    if value["age"] == other["age"]:
        return False
    return not (
        any(item["age"] == other["age"] for item in value["extended"])
        or any(item["age"] == value["age"] for item in other["extended"])
    )


_PERMANENCE = "permanen"
_PLAN = re.compile(r"\bplan")
_MONTHS = re.compile(
    r"\b(?:(?:by|in|before|at)\s+(?:the\s+end\s+of\s+)?|the\s+end\s+of\s+)month\s+"
    r"(?P<month>\d{1,2}|[a-z]+)\b"
    rf"|\b(?P<count>{NUMBER_PATTERN})[\s-]+(?:(?:calendar|full|whole|complete)[\s-]+)?"
    r"(?:months?|mths?|mnths?)\b"
    r"|\b(?P<half_year>half\s+a\s+year)\b"
)
"""A timescale in months: "within four months", "a four-month timescale", "six full months" (a
word saying the months are whole ones: "calendar", "full", "whole", "complete"; blind258),
months abbreviated as timescale tables and notes shorten them ("within 4 mths", blind361), the
month it ends by, counted from the start of care ("By month four of a child's time in care",
"the date ... is the end of month five of care", blind278: the month's end is the deadline
whatever verb comes before it), or
half a year (six months: "no later than half a year after a child comes into our care")."""


_SECOND_MONTH = re.compile(r"\bsecond[\s-]+(?:calendar[\s-]+)?month$|^month\s+second$")
""""Second" before one month is the ordinal the number reader leaves alone (it is also a unit of
time): "by the end of the second month after they become looked after" ends in month two."""


_THAT_PLAN = re.compile(r"\b(?:that|this|the|such\s+a|their|the\s+child['\u2019]s)\s+plan\b")
"""A sentence going on about the plan the sentence before named ("…should have a plan for
permanence. We aim for that plan to be agreed within four months…")."""
_IT_THE_PLAN = re.compile(
    r"[ \t*_>]*it\s+(?:is|must\s+be|should\s+be|will\s+be|shall\s+be|has\s+to\s+be)\s+"
    r"(?:agreed|made|drawn\s+up|written|set|presented|approved|confirmed|ratified|completed|"
    r"put\s+in\s+place|in\s+place|ready)\b"
)
"""A sentence whose subject is the plan the sentence before named, as "it", and which says when
the plan is made ("Every child in our care has a plan for permanence. It is agreed at the second
review, four months after …"): "it" is that plan, as "that plan" is."""
_PLAN_LEFT_UNSAID = re.compile(
    r"[ \t*_>]*(?:to\s+be\s+)?(?:agreed|made|drawn\s+up|approved|confirmed|ratified|completed|"
    r"put\s+in\s+place)\s+(?:within|by|no\s+later\s+than|not\s+later\s+than|at\s+the\s+latest)\b"
)
"""A sentence with no subject at all, opening with how and when something is made ("Agreed
within 4 months of the day the child became looked after."): the way a note at a sentence's
mark, or a clipped line, goes on about the plan the sentence before named, its subject left
unsaid because it is that plan (blind343)."""


_THIS_PLAN = re.compile(r"\b(?:that|this)\s+plan\b")
_PLAN_NAMED_AGAIN_REACH = 3
"""Sentences after the one naming the plan that may go on about it as "this plan" ("…we will
make a plan for where you will live for the rest of your childhood. This could be with
relatives, … We will agree this plan by the time …"; blind187, decision 0296)."""


def _the_plan_named_again(reading: ReadableOutline, sentence: Span) -> Span | None:
    """The sentence that goes on about the plan `sentence` named: the next one, saying "that
    plan" or "it" or leaving its subject unsaid (`_THAT_PLAN`, `_IT_THE_PLAN`,
    `_PLAN_LEFT_UNSAID`), or a later one in the same section saying "this
    plan" or "that plan", where the sentences between name no plan of their own. An "it" or "the
    plan" further on may be anything the sentences between named, so it is not followed."""
    lower = reading.lower
    following = _next_sentence(reading, sentence)
    if following is None:
        return None
    if (
        _THAT_PLAN.search(lower, following.start, following.end)
        or _IT_THE_PLAN.match(lower, following.start, following.end)
        or _PLAN_LEFT_UNSAID.match(lower, following.start, following.end)
    ):
        return following
    section = reading.outline.section_at(
        reading.plain.to_original(sentence.start, sentence.start).start
    )
    for _step in range(_PLAN_NAMED_AGAIN_REACH - 1):
        if _PLAN.search(lower, following.start, following.end):
            return None
        following = _next_sentence(reading, following)
        if following is None or section is None:
            return None
        original = reading.plain.to_original(following.start, following.start).start
        if reading.outline.section_at(original) != section:
            return None
        if _THIS_PLAN.search(lower, following.start, following.end):
            return following
    return None


_INTERVAL = re.compile(r"\b(?:every|each)\s")
_FORMER_BEFORE = re.compile(
    r"\b(?:previously|formerly|instead\s+of|rather\s+than|(?:down|up)\s+from)\s+\(?\s*$"
)
"""Words before a timescale that make it the one a change replaced ("within four months
(previously six months)", "instead of six months"): not what the chapter now says."""
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_AFTER = re.compile(r"\s+to\s+")
_FORMER_REACH = 25


def _former_timescale(lower: str, sentence: Span, months: re.Match[str]) -> bool:
    """Whether a timescale is the one a change replaced: after "previously", "instead of" and
    the like, or the first of "from six months to four months", where the change's own new
    timescale in months follows "to" (decision 0407). "From six months" with no timescale in
    months after it ("children from 6 months to 2 years") is left alone."""
    start = months.start()
    count = months.group("count")
    if count is not None:  # the count may have taken the word before it in ("from six")
        start = months.start("count") + len(count) - len(re.split(r"[- ]", count)[-1])
    before = lower[max(sentence.start, start - _FORMER_REACH) : start]
    if _FORMER_BEFORE.search(before):
        return True
    if not _FROM_BEFORE.search(before):
        return False
    to = _TO_AFTER.match(lower, months.end(), sentence.end)
    if to is None:
        return False
    following = _MONTHS.match(lower, to.end(), sentence.end)
    return following is not None and following.group("count") is not None


def _months_in(reading: ReadableOutline, sentence: Span) -> int | None:
    """The first plausible timescale in months the sentence states; an interval ("reviewed
    every six months") is how often something recurs, not a timescale, and one a change
    replaced ("reduced from six months to four months") is no longer the chapter's (decision
    0407). Words before "month" that are no number ("every child by month four") do not hide
    the month named after it: the search goes on from the next word (decision 0234)."""
    position = sentence.start
    while (months := _MONTHS.search(reading.lower, position, sentence.end)) is not None:
        position = months.end()
        if months.group("half_year"):
            count: int | None = 6
        else:
            count = read_trailing_number(months.group("count") or months.group("month"))
            if count is None and _SECOND_MONTH.search(months.group(0)):
                count = 2
            if count is None and months.group("count"):
                position = months.start("count") + len(months.group("count").split()[0])
                continue
        if _INTERVAL.search(reading.lower, max(sentence.start, months.start() - 6), months.end()):
            continue
        if _former_timescale(reading.lower, sentence, months):
            continue
        if count is not None and 0 < count <= 60:
            return count
    return None


_POINTS_BACK = re.compile(
    r"\b(?:at|by|near(?:est)?\s+to|around|before)\s+(?:that|this)\s+(?:point|time|stage|date)\b"
    r"|\bby\s+then\b"
)
"""Words by which a sentence about the permanence plan dates it by the time the sentence before
named ("A child should know where they will grow up within 3 months of coming into care. Their
permanence plan is confirmed at the review nearest to that point", blind258)."""


def _the_time_pointed_back_to(reading: ReadableOutline, sentence: Span) -> tuple[Span, int] | None:
    """The sentence before `sentence` and the months it states, where `sentence` (naming the
    permanence plan, with no months of its own) dates the plan by pointing back to that time
    (`_POINTS_BACK`). The sentence before must be in the same section."""
    lower = reading.lower
    if not _PLAN.search(lower, sentence.start, sentence.end) or not _POINTS_BACK.search(
        lower, sentence.start, sentence.end
    ):
        return None
    index = bisect_right(reading.sentence_starts, sentence.start) - 1
    if index < 1:
        return None
    before = reading.sentences[index - 1]
    if not _in_one_section(reading, before, sentence):
        return None
    count = _months_in(reading, before)
    return None if count is None else (before, count)


_AT_A_REVIEW = re.compile(
    r"\b(?:at|by|before)\s+(?:the|their|its|his|her)\s+(?P<which>first|second|third|fourth)\s+"
    r"(?:(?:lac|cla|looked[\s-]+after|child[\s-]+in[\s-]+care|statutory)\s+)?review\b"
)
_THAT_REVIEW = re.compile(
    r"\b(?:that|this|the\s+(?P<which>first|second|third|fourth))\s+"
    r"(?:(?:lac|cla|looked[\s-]+after|child[\s-]+in[\s-]+care|statutory)\s+)?review\b"
    r"[^.;]{0,40}?\b(?:is|are|will\s+be|takes\s+place|falls)\b"
)
"""A plan made at a review named by its place ("agreed at the second LAC review"), and the
next sentence timing that review ("In Quillby that review is held no later than four months
after the child became looked after", blind294): the review's months are the plan's, as
"by the second review, which is held four months after" gives them in one sentence (27201)."""


def _the_review_timed_next(reading: ReadableOutline, sentence: Span) -> tuple[Span, int] | None:
    """The next sentence and the months it states, where `sentence` names the permanence plan
    made at a review (`_AT_A_REVIEW`) and gives no months, and the next sentence, in the same
    section, times that review (`_THAT_REVIEW`, the same review if it names its place)."""
    lower = reading.lower
    review = _AT_A_REVIEW.search(lower, sentence.start, sentence.end)
    if review is None or not _PLAN.search(lower, sentence.start, sentence.end):
        return None
    following = _next_sentence(reading, sentence)
    if following is None or not _in_one_section(reading, sentence, following):
        return None
    timed = _THAT_REVIEW.search(lower, following.start, following.end)
    if timed is None or timed.group("which") not in (None, review.group("which")):
        return None
    count = _months_in(reading, following)
    return None if count is None else (following, count)


def _next_sentence(reading: ReadableOutline, sentence: Span) -> Span | None:
    index = bisect_right(reading.sentence_starts, sentence.start)
    return reading.sentences[index] if index < len(reading.sentences) else None


@_registers("permanence_plan_months")
def permanence_plan_months(reading: ReadableOutline) -> Fact:
    """The timescale for permanence plans, in months ("within 4 months", "within four months",
    "by the four-month review"); a review named without months ("at the second review") gives
    none.

    Each sentence about permanence states at most one timescale. Sentences that speak of plans
    or planning are read first ("permanence achieved within 12 months" is another timescale),
    and where they disagree the value is chosen as `_stated_fact` says.
    """
    statements = [
        statement
        for sentence in _permanence_sentences(reading)
        if (statement := _permanence_statement(reading, sentence)) is not None
    ]
    return _permanence_timescale_of(reading, statements)


def permanence_timescale_said_in(reading: ReadableOutline, sentence: Span) -> Fact | None:
    """The permanence timescale `sentence` states, judged by the phrase reader's own rule for
    one sentence: it names the permanence plan (`_names_the_permanence_plan`), states its
    months or a time the plan is tied to (`_permanence_statement`) and survives the reader's
    choice among statements (`_permanence_timescale_of`), wherever the sentence came from (the
    learned reader proposes it, decisions 0588, 0596)."""
    if not _names_the_permanence_plan(reading, sentence):
        return None
    statement = _permanence_statement(reading, sentence)
    if statement is None:
        return None
    fact = _permanence_timescale_of(reading, [statement])
    return None if fact.value is None else fact


def _permanence_statement(reading: ReadableOutline, sentence: Span) -> _Statement | None:
    """The timescale one sentence about the permanence plan states: its own months, or the
    months of the sentence it points back to, of the review it names timed next, or of the
    sentence going on about the plan it named. A question proposes, not states."""
    if _asks(reading, sentence):
        return None  # "Should the plan be in place within three months?" proposes, not states
    count = _months_in(reading, sentence)
    if count is None:
        earlier = _the_time_pointed_back_to(reading, sentence)
        if earlier is not None:
            return _Statement(
                sentence, earlier[1], (reading.evidence(earlier[0]), reading.evidence(sentence))
            )
        timed = _the_review_timed_next(reading, sentence)
        if timed is not None:
            return _Statement(
                sentence, timed[1], (reading.evidence(sentence), reading.evidence(timed[0]))
            )
        following = _the_plan_named_again(reading, sentence)
        if following is None:
            return None
        sentence, count = following, _months_in(reading, following)
    if count is None or _months_not_when_the_plan_is_due(reading, sentence):
        return None
    return _Statement(sentence, count, (reading.evidence(sentence),))


_PLAN_REVIEWED = re.compile(
    r"\b(?:reviews?|meetings?|discussions?|checks?)\s+(?:of|on|about)\s+"
    r"(?:the|that|this|their|his\s+or\s+her|the\s+child['\u2019]s|each|every|a)\s+"
    r"(?:(?:permanence|care|long[\s-]term)\s+)?plans?\b"
    r"|\bplans?\s+(?:is|are|will\s+be|must\s+be|should\s+be|shall\s+be|gets?)\s+"
    r"(?:(?:first|then|next|formally)\s+)?"
    r"(?:reviewed|discussed|revisited|checked|looked\s+at\s+again)\b"
    r"|\breview(?:s|ed|ing)?\s+(?:the|that|this|their|its)\s+plans?\b"
    r"|\bplans?['\u2019]s?\s+(?:(?:first|next|initial)\s+)?(?:reviews?|meetings?)\b"
)
_PLAN_BEING_MADE = re.compile(
    r"(?<!being\s)(?<!been\s)\b(?:agreed?|made|make|drawn\s+up|draw\s+up|written|approved?"
    r"|confirmed?|ratified|ratify|settled|decided|completed?|in\s+place|ready)\b"
)
_PAST_OR_MEASURED = re.compile(
    r"\bplans?\b[^.;:]{0,60}?\b(?:(?:was|were|had\s+been)\s+"
    r"(?:(?:\w+ly|all|then|first|finally)\s+)?"
    r"(?:agreed|made|drawn\s+up|written|approved|confirmed|ratified|completed|settled|decided"
    r"|put\s+in\s+place|in\s+place|ready)|took)\b"
    r"|\btook\b[^.;:]{0,40}?\bto\s+(?:agree|make|draw\s+up|approve|settle|complete)\b"
    r"|\bon\s+average\b|\baverage[sd]?\b"
)
"""A sentence whose count of months is not when the chapter says the plan is due: the time of a
review or meeting of a plan already made, said before the months ("The first review of the plan
is held within three months…": reviewing the plan is no making of it), where the sentence says
nothing of the plan being made ("…has a permanence plan within six months…, and the plan is
reviewed at each review" times the plan, then says it is reviewed); or how long making it took,
as a past event or a measure ("Last year the plan was agreed on average within seven months…",
"plans took eight months"): a report, not the rule. A plan made at a review ("agreed at the
second review, four months after…") is made then, so its review's months are the plan's
(decision 0598)."""


def _months_not_when_the_plan_is_due(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether the months `sentence` states measure something other than when the permanence
    plan is due (`_PLAN_REVIEWED`, `_PAST_OR_MEASURED`): the rule for one sentence that the
    phrase reader and the learned reader share (`_permanence_statement`, decision 0598)."""
    lower = reading.lower
    start, end = sentence.start, sentence.end
    if _PAST_OR_MEASURED.search(lower, start, end):
        return True
    reviewed = _PLAN_REVIEWED.search(lower, start, end)
    months = _MONTHS.search(lower, start, end)
    return bool(
        reviewed is not None
        and months is not None
        and reviewed.start() < months.start()
        and not _PLAN_BEING_MADE.search(lower, start, end)
    )


def _permanence_timescale_of(reading: ReadableOutline, statements: list[_Statement]) -> Fact:
    """The timescale the statements give: those speaking of plans or planning first
    ("permanence achieved within 12 months" is another timescale), one giving the time to reach
    a permanent home only where none speaks of a plan, chosen as `_stated_fact` says."""
    if not statements:
        return _fact("permanence_plan_months", None)
    about_plans = [
        statement
        for statement in statements
        if _PLAN.search(reading.lower, statement.sentence.start, statement.sentence.end)
    ]
    if not about_plans:
        statements = [
            statement
            for statement in statements
            if not _PERMANENT_HOME.search(
                reading.lower, statement.sentence.start, statement.sentence.end
            )
        ]
    return _stated_fact(
        reading,
        "permanence_plan_months",
        about_plans or statements[:1],
        lambda one, other: bool(one != other),
    )


def _permanence_sentences(reading: ReadableOutline) -> list[Span]:
    """Sentences about permanence: those the words of `_names_the_permanence_plan` bring up
    and its rule accepts."""
    return [
        sentence
        for sentence in reading.sentences_containing(
            _PERMANENCE, _GROW_UP, _FUTURE, *_LIVE_FOR_GOOD_WORDS, *_LONG_TERM_PLAN_WORDS
        )
        if _names_the_permanence_plan(reading, sentence)
    ]


def _names_the_permanence_plan(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether one sentence is about the permanence plan: it names permanence, or names in plain
    words the plan for where a child will grow up ("Within four months of coming into care every
    child has a plan for where they will grow up"; decision 0116), a settled plan for their
    future, a plan for where they live for good, or a long-term plan counted from their coming
    into care; or, under a heading naming permanence, it says when the child's plan is made,
    counted from their coming into care (`_PLAN_MADE_UNDER_A_PERMANENCE_HEADING`)."""
    lower = reading.lower
    start, end = sentence.start, sentence.end
    return bool(
        _PERMANENCE in lower[start:end]
        or _PLAN_WHERE_THEY_GROW_UP.search(lower, start, end)
        or _DECIDED_WHERE_THEY_GROW_UP.search(lower, start, end)
        or _KNOWS_WHERE_THEY_GROW_UP.search(lower, start, end)
        or _SETTLED_PLAN_FOR_THE_FUTURE.search(lower, start, end)
        or _PLAN_WHERE_THEY_LIVE_FOR_GOOD.search(lower, start, end)
        or (
            _LONG_TERM_PLAN.search(lower, start, end)
            and (
                _COUNTED_FROM_ENTERING_CARE.search(lower, start, end)
                or _timed_from_entering_care_next(reading, sentence)
            )
        )
        or _plan_made_under_a_permanence_heading(reading, sentence)
    )


_GROW_UP = "grow up"
_ANY_CHILD = (
    r"(?:the|a|each|every)\s+(?:(?:looked[\s-]after|cared[\s-]for)\s+)?(?:child|young\s+person)"
    r"(?:\s+(?:in\s+(?:our\s+)?care|looked\s+after))?"
)
"""The child a rule about permanence speaks of, perhaps named by the term for children in care
("a plan for where a looked after child will grow up", "where a child in care will grow up";
blind282): the same child as "a child" alone."""
_PLAN_WHERE_THEY_GROW_UP = re.compile(
    r"\b(?:(?:plans?|decisions?)\s+(?:for|of|about|on|setting\s+out|says|sets\s+out|states|records|"
    r"(?:must|should|will|shall)\s+(?:say|set\s+out|state|record)|"
    r"(?:that|which)\s+(?:says|sets\s+out|states|records|decides))|"
    r"(?:will|to|must|should|shall)\s+plan)\s+where\s+"
    rf"(?:they|{_ANY_CHILD}|"
    r"he\s+or\s+she|she\s+or\s+he|i|you|we)\s+(?:will|am\s+to|are\s+to|"
    r"is\s+to|should|can)\s+"
    r"(?:live\s+and\s+)?grow\s+up\b"
)
"""The permanence plan named by what it decides: where the child will grow up, also in a child's
own voice ("a plan for where I will grow up", decision 0149), or as what the plan must say ("the
care plan must say where the child will grow up", decision 0188), or in a clause of its own ("an
agreed plan that says where they will grow up", decision 0206), or as the decision the plan
records ("no child waits more than three months for a decision about where they will grow up",
decision 0215). The child may be any child, as a rule for all of them is worded ("A plan for
where a child will grow up is agreed by the end of their fourth month in care", decision 0227).
Planning it, said with the verb ("we will plan where you will grow up", blind336, decision
0495), names the same plan: the sentence after may then time "that plan"."""


_DECIDED_WHERE_THEY_GROW_UP = re.compile(
    r"\b(?:agreed|decided|settled|determined|confirmed)\s+where\s+"
    rf"(?:they|{_ANY_CHILD}|(?:that|this)\s+(?:child|young\s+person)|he\s+or\s+she)\s+"
    r"(?:will|is\s+to|are\s+to|should|can)\s+(?:live\s+and\s+)?grow\s+up\b"
)
"""The permanence decision said as what the council must have agreed or decided, with no plan
named before it ("By the eighth month …, the council must have agreed where that child will grow
up"; blind240), as `_PLAN_WHERE_THEY_GROW_UP` names the plan or decision by the same words."""
_KNOWS_WHERE_THEY_GROW_UP = re.compile(
    r"\b(?:(?:should|must|shall|will|needs?\s+to)\s+(?:know|be\s+told)|(?:is|are)\s+told)"
    r"(?:,[^,.;:]{1,40},)?\s+where\s+"
    rf"(?:they|{_ANY_CHILD}|(?:that|this)\s+(?:child|young\s+person)|he\s+or\s+she|i|you)\s+"
    r"(?:will|are\s+going\s+to|is\s+going\s+to|am\s+going\s+to|is\s+to|are\s+to)\s+"
    r"(?:live\s+and\s+)?grow\s+up\b"
)
"""The permanence decision said as what the child is to know by a set time, with no plan named
("Each child should know where they are going to grow up no later than four months after they
become looked after"; blind303, decision 0440): the child can know it only once it is decided, so
the time is the plan's, as `_DECIDED_WHERE_THEY_GROW_UP` says it of the council. Only a rule
says so: the child *should*, *must*, *will* or *needs to* know, or *is told*, perhaps with an
aside before "where" ("needs to know, as early as we can tell them, where they are going to grow
up", blind327); a wish ("Within four months we
want every child to know where they will grow up", decision 0116) states no timescale, and knowing
where a child lives now ("know where they live") names no such decision."""
_FUTURE = "future"
_SETTLED_PLAN_FOR_THE_FUTURE = re.compile(
    r"\b(?:settled|secure|stable|lasting|long[\s-]term)\s+plans?\s+for\s+"
    r"(?:their|the\s+child['\u2019]s|his\s+or\s+her|her|his|your|my)\s+future\b"
)
"""The permanence plan named in plain words as a settled plan for the child's future ("Every
child who comes into care has a settled plan for their future inside nine months"; blind240):
a plan that settles where the child's future lies. A plan for the future with no such word
("a pathway plan for their future") is no permanence plan."""


_PLAN_WHERE_THEY_LIVE_FOR_GOOD = re.compile(
    r"\b(?:plans?|decisions?|questions?)\s+"
    r"(?:for|of|about|on|setting\s+out|that\s+says|which\s+says)\s+"
    rf"where\s+(?:they|{_ANY_CHILD}|he\s+or\s+she|i|you)\s+"
    r"(?:will|am\s+to|are\s+to|is\s+to|should|can)\s+live\s+"
    r"(?:for\s+the\s+rest\s+of\s+(?:their|your|his\s+or\s+her|my)\s+childhood"
    r"|until\s+(?:they|you|he\s+or\s+she|i)\s+(?:are|is|am)\s+(?:grown\s+up|an?\s+adults?)"
    r"|permanently|for\s+good"
    r"|(?:(?:in|for)\s+the\s+)?long(?:er)?[\s-]term|in\s+the\s+long\s+run)\b"
)
"""The permanence plan named, in plain words, by the home it settles for the rest of a child's
childhood ("we will make a plan for where you will live for the rest of your childhood", "a plan
for where the child will live until they are grown up"; blind187, decision 0296), as
`_PLAN_WHERE_THEY_GROW_UP` names it by where the child grows up. A plan for where a child lives
next ("a plan for where the child will live after the hearing") is no such plan. Where a child
will live "in the long term", "for the long term" or "long-term" is where they will live for
good ("a plan for where each child is to live in the longer term", blind302), and so is where
they will live "in the long run" (blind320). The question of where they will live for good is
that decision put as the question it answers ("the question of where they will live until they
are grown up should be answered before …", blind327)."""
_LIVE_FOR_GOOD_WORDS = (
    "childhood",
    "grown up",
    "permanently",
    "for good",
    " adult",
    "long term",
    "long-term",
    "longer term",
    "longer-term",
    "long run",
)


_LONG_TERM_PLAN = re.compile(
    r"\b(?:settled|secure|stable|lasting|long[\s-]term)\s+plans?\b"
    r"|\b(?:plans?|decisions?)\s+(?:for|about|on)\s+"
    r"(?:(?:your|their|the\s+child['\u2019]s|his\s+or\s+her|her|his|my|a|this|that)\s+)?"
    r"(?:(?:long[\s-]term|permanent|settled|lasting|forever)\s+)?homes?\b"
    r"|\b(?:plans?|decisions?)\s+(?:for|about|on)\s+"
    r"(?:your|their|the\s+child['\u2019]s|his\s+or\s+her|her|his|my)\s+"
    r"(?:long[\s-]term|permanent|settled|lasting)\s+future\b"
)
_COUNTED_FROM_ENTERING_CARE = re.compile(
    r"\b(?:of|after|from)\s+(?:(?:they|them|he\s+or\s+she|she\s+or\s+he|the\s+child|you)\s+)?"
    r"(?:becom(?:ing|es?)|became|c(?:oming|ame|omes?)\s+into|enter(?:ing|ed|s)?|"
    r"arriv(?:ing|ed|es?)\s+in(?:to)?|(?:start(?:ing|ed|s)?|beg(?:an|un|ins?|inning))\s+to\s+be)\s+"
    r"(?:(?:our|the\s+council['\u2019]s|the\s+local\s+authority['\u2019]s)\s+)?"
    r"(?:care|looked[\s-]+after)\b"
    r"|\b(?:has|have|had)\s+(?:been\s+in\s+(?:our\s+)?care\s+for"
    r"|spent\s+[\w-]+\s+(?:calendar\s+|full\s+)?months?\s+in\s+(?:our\s+)?care)\b"
)
"""The permanence plan named in plain words as a child's long-term or settled plan whose time is
counted from the day the child came into care ("Every looked after child should have a long-term
plan agreed within 4 months of becoming looked after", blind320): the plan made once a child comes
into care to settle their future is the permanence plan. A long-term plan counted from anything else
("the service's long-term plan for the next five years") is not. So is a plan for the child's
long-term, permanent or forever home, or for their long-term future ("the district must settle a
plan for their long-term future within six months of them coming into care", blind386: "them coming
into care" as "they came into care"), and the time may be counted as the months the child has been
in care ("a plan for your long-term home before you have been in care for four months", "before the
child has spent five months in care", blind327). The decision about that home is the plan's decision
("A decision about the child's long-term home is expected within six months of the child becoming
looked after"), and a child who "began to be looked after" came into care as one who "started to be"
did ("no later than four months after the child began to be looked after"; blind331, decision 0485),
and one who "became looked after" as one who "becomes" does ("settled … never later than four months
after the child became looked after", blind375, decision 0553). A plan for the child's home with no
word saying it is for good is that plan too when it is timed by the months the child has been in
care ("We will have a plan for this home by the time you have been in care for 5 months", blind336):
a home planned by a count from coming into care is the settled one, as a placement is found when it
is needed."""


def _timed_from_entering_care_next(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether the sentence right after `sentence` goes on about the plan it named ("the
    plan", "that plan", "it") and times it by the months since the child came into care: "We
    will make a plan for your long-term home. The plan will be ready by the time you have been
    in care for 4 months." names the permanence plan across two sentences, as one sentence
    saying both does (decision 0519)."""
    following = _next_sentence(reading, sentence)
    if following is None:
        return False
    lower = reading.lower
    return bool(
        (
            _THAT_PLAN.search(lower, following.start, following.end)
            or _IT_THE_PLAN.match(lower, following.start, following.end)
        )
        and _COUNTED_FROM_ENTERING_CARE.search(lower, following.start, following.end)
    )


_LONG_TERM_PLAN_WORDS = (
    "settled plan",
    "secure plan",
    "stable plan",
    "lasting plan",
    "term plan",
    "term home",
    "permanent home",
    "settled home",
    "lasting home",
    "forever home",
    "home",
    "term future",
    "permanent future",
    "settled future",
    "lasting future",
)


_THE_CHILDS_PLAN = re.compile(
    r"\b(?:a|the|their|his\s+or\s+her|her|his|your|my|this|that"
    r"|(?:the|a|each|every)\s+(?:child|young\s+person)['\u2019]s)\s+plan\b"
    r"(?!\s+(?:for|of|about|on|to)\b)"
)
_PLAN_MADE_BY_A_TIME = re.compile(
    r"\b(?:is|are|will\s+be|must\s+be|should\s+be|shall\s+be|has\s+to\s+be|needs\s+to\s+be"
    r"|to\s+be)\s+(?:agreed|made|drawn\s+up|written|approved|confirmed|settled|decided"
    r"|put\s+in\s+place|in\s+place|ready)\b"
    r"|\b(?:has|have|(?:will|should|must|shall)\s+have)\s+(?:a|their|his\s+or\s+her|your)\s+plan\b"
)
_NOT_THE_PLANS_OWN_TIME = re.compile(
    r"\b(?:review|assess|hearing|court|proceeding|panel)|\b(?:was|were|had|took|used\s+to)\b"
    r"|\b(?:sisters?|brothers?|siblings?|parents?|mothers?|fathers?|carers?|adopters?"
    r"|another|other)\b"
)
"""Words giving a sentence's time to something else than making the plan (a review, an
assessment, a hearing or a panel), to the past ("was agreed within seven months last year") or
to someone else's plan (a sibling's, a parent's, a carer's, another council's child's): under a
permanence heading, no timescale of the chapter's for the child's plan."""


def _plan_made_under_a_permanence_heading(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether `sentence`, under a section heading naming permanence, says when the child's own
    plan, named with no other purpose ("a plan", "their plan", not "a health plan" nor "a plan
    for school"), is made, counted from the child's coming into care, and speaks of no review,
    assessment, hearing or past time (`_NOT_THE_PLANS_OWN_TIME`): "A plan is agreed for every
    child within four months of them coming into care" under "Permanence planning" times the
    permanence plan the heading names (decision 0596)."""
    lower = reading.lower
    start, end = sentence.start, sentence.end
    if not (
        _THE_CHILDS_PLAN.search(lower, start, end)
        and _PLAN_MADE_BY_A_TIME.search(lower, start, end)
        and _COUNTED_FROM_ENTERING_CARE.search(lower, start, end)
    ) or _NOT_THE_PLANS_OWN_TIME.search(lower, start, end):
        return False
    original = reading.plain.to_original(start, start).start
    section = reading.outline.section_at(original)
    return bool(
        section is not None
        and section.heading
        and section.start < original
        and _PERMANENCE in section.heading.lower()
    )


_PERMANENT_HOME = re.compile(
    r"\bpermanent\s+(?:homes?|placements?|famil(?:y|ies)|carers?|arrangements?)\b"
)
"""A sentence giving the time to reach a permanent home ("to reach a permanent home within 12
months of entering care") states how soon a child is settled, not when the plan is made."""


# --- statements that may disagree --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Statement:
    """One sentence's value for a fact."""

    sentence: Span
    """The sentence stating it (plain offsets)."""
    value: Any
    """What it states."""
    evidence: tuple[Evidence, ...]
    """Where (the sentence, and any sentence read with it)."""


def _stated_fact(
    reading: ReadableOutline,
    key: str,
    statements: list[_Statement],
    conflicting: Callable[[Any, Any], bool],
) -> Fact:
    """The fact stated by `statements` (text order), with the contradicting ones as alternatives.

    The value is the most recent statement: one made in an amendment note (the paragraph of an
    amendment statement, the latest amendment first) says what the chapter now says, so it
    outweighs older text the amendment left unchanged; otherwise the first statement. Each other
    value that `conflicting` finds contradicts it is an alternative, with the evidence of its
    first statement.
    """
    if not statements:
        return _fact(key, None)
    notes = _amendment_notes(reading)
    chosen = statements[0]
    if notes:
        in_notes = [
            (note_rank, -index, statement)
            for index, statement in enumerate(statements)
            if (note_rank := _note_rank(reading, notes, statement.sentence)) is not None
        ]
        if in_notes:
            chosen = max(in_notes, key=lambda ranked: ranked[:2])[2]
    alternatives: list[FactValue] = []
    for statement in statements:
        if statement is chosen or not conflicting(chosen.value, statement.value):
            continue
        if any(alternative.value == statement.value for alternative in alternatives):
            continue
        alternatives.append(FactValue(statement.value, statement.evidence))
    return Fact(key, chosen.value, chosen.evidence, tuple(alternatives))


def _amendment_notes(reading: ReadableOutline) -> list[tuple[Span, tuple[int, int, int]]]:
    """The blocks holding amendment statements (original offsets), each with its date's rank."""
    notes = []
    for date, sentence in amendment_statements(reading):
        original = reading.plain.to_original(sentence.start, sentence.end)
        block = reading.block_at(original.start)
        span = original if block is None else Span(block.start, block.end)
        notes.append((span, date.sort_key))
    return notes


def _note_rank(
    reading: ReadableOutline,
    notes: list[tuple[Span, tuple[int, int, int]]],
    sentence: Span,
) -> tuple[int, int, int] | None:
    """The date rank of the amendment note holding plain `sentence`, or None if none holds it."""
    start = reading.plain.to_original(sentence.start, sentence.start).start
    ranks = [rank for span, rank in notes if span.start <= start < span.end]
    return max(ranks) if ranks else None


# --- corporate parenting principles ------------------------------------------------------------

_CORPORATE_PARENTING = re.compile(
    r"\bcorporate[\s-]+parent(?:ing|s)?\b|\bchildren\s+and\s+social\s+work\s+act\b"
)
"""A sentence about corporate parenting names it, or the Act that sets out its principles."""
_CORPORATE_PARENTING_WORDS = ("corporate", "social work act")
_PRINCIPLE_CUES = tuple(
    re.compile(cue)
    for cue in (
        r"best\s+interests?|\bwhat\s+is\s+best\s+for\b"
        r"|\bput(?:s|ting)?\s+(?:the\s+child|them|children|you|their\s+needs)\s+first\b"
        r"|\binterests\s+first\b",
        r"\bexpress|say\s+what\s+they|\bviews,\s+wishes|tell\s+us\s+what\s+they|\btheir\s+voices?\b"
        r"|\bwhat\s+(?:they|you|children|young\s+people|each\s+child)\s+think\b"
        r"|\bask\s+(?:them|you)\b|\bseek\s+(?:out\s+)?their\s+views\b"
        r"|\bwishes\s+and\s+feelings\b|\btell\s+(?:us|you|them)\s+(?:their|your)\s+views\b"
        r"|\bwhat\s+(?:the|a|each|every)\s+(?:child|young\s+person)\s+thinks\b"
        r"|\bthinks?\s+and\s+feels?\b"
        r"|\bwhat\s+(?:they|you|children|young\s+people)\s+(?:want|feel)\b",
        r"into\s+account|\b(?:tak(?:e|es|ing)|took)\s+account\b"
        r"|\blisten(?:s|ing)?\b|\bact\s+on\s+(?:it|what)\b|\bseriously\b"
        r"|\b(?:real|due|proper)\s+weight\b|\bgive\s+(?:them|it|those\s+views)\s+weight\b"
        r"|\bgiv(?:e|es|ing)\s+weight\s+to\b|\blet(?:s|ting)?\s+(?:it|them|those\s+views)\s+count\b"
        r"|\b(?:shape|shapes|shaping|steer|steers|steering)\s+(?:our|the|their|your)\s+(?:decisions|plans|choices)\b"
        r"|\bbeing\s+heard\b|\b(?:changes?|shapes?)\s+what\s+(?:we|the\s+council)\s+(?:decides?|does|do)\b",
        r"\baccess\b|best\s+use\s+of|most\s+of,?\s+(?:the\s+)?services|services\s+provided"
        r"|\b(?:use|about)\s+(?:those|these|the)\s+services\b"
        r"|\buse\s+(?:of\s+)?(?:the\s+)?services|\b(?:our|the\s+council['\u2019]s)\s+services\b"
        r"|\b(?:help|services|support)\s+(?:they|you)\s+need\b|\bhelp\s+on\s+offer\b"
        r"|\bmost\s+(?:of|from)\s+(?:the\s+|those\s+|these\s+)?(?:council\s+)?services\b"
        r"|\b(?:what|which)\s+services\s+(?:exist|there\s+are"
        r"|are\s+(?:there|available|on\s+offer))\b"
        r"|\bwhat\s+help\s+(?:there\s+is|is\s+(?:available|on\s+offer))\b"
        r"|\b(?:get|reach|use)\s+(?:that|this|the\s+same)\s+help\b"
        r"|\bknow\s+about\s+(?:the\s+)?(?:help|services|support)\b"
        r"|\btake\s+(?:that|this|the)\s+help\s+up\b|\btake\s+up\s+(?:that|this|the)\s+help\b"
        r"|\bget\s+the\s+most\s+(?:from|out\s+of)\s+(?:it|that|those|them)\b"
        r"|\b(?:good|full|better)\s+use\s+of\b",
        r"aspiration|best\s+(?:possible\s+)?outcomes|high\s+hopes|ambitio|high\s+expectations"
        r"|\baim(?:s|ing)?\s+high\b|\bgreat\s+things\b|\bbelieve\s+in\b|\bthe\s+best\s+for\s+(?:them|you)\b"
        r"|\bpush\s+for\s+(?:good|better|the\s+best)\s+outcomes\b|\bgood\s+outcomes\b"
        r"|\bexpect(?:s|ing)?\s+(?:a\s+great\s+deal|a\s+lot|great\s+things|the\s+most|the\s+best)"
        r"\s+(?:of|for|from)\s+(?:them|you|each\s+child|every\s+child|children)\b",
        r"\bsafe\b|stabilit|\bstable\b",
        r"adulthood|independent\s+living|\badults?\b|living\s+on\s+their\s+own",
    )
)
"""One pattern for each of the seven corporate parenting principles (Children and Social Work
Act 2017, s.1), as councils paraphrase them, in the statute's words or in plain words written
for children ("do what is best for you", "ask you what you think", "listen … and act on it",
"give those views real weight", "the help you need", "aim high", "expect a great deal of them"
(decision 0455), "keep you safe", "ready for adult life"); "taking account" of views without
"into" and "aiming high" are the same principles (decision 0477); the child's "wishes and
feelings" (the Act's own words for the views), views given weight, and telling a child "what
services exist" (decision 0497); finding out "what the child thinks and feels" and letting it
"count", telling them "what help there is" and making it easy to "get that help" (blind351);
making sure children "know about the help" there is, helping them "take that help up" and "get the
most from it" (blind357); putting a child's "interests first", asking children "what they want and
feel", and letting what they say "shape our decisions" (blind352); helping them "make good use of"
services, and a child "being heard", what they say "changes what we decide" (blind361)."""
_PRINCIPLE_WORDS = (
    ("interest", "best for", "first"),
    ("express", "say what", "views", "tell us what", "voice", "think", "ask", "wishes"),
    (
        "account",
        "listen",
        "act on",
        "seriously",
        "weight",
        "count",
        "shap",
        "steer",
        "heard",
        "change what",
        "changes what",
    ),
    ("access", "best use", "services", "need", "on offer", "help"),
    (
        "aspiration",
        "outcomes",
        "hopes",
        "ambitio",
        "expect",
        "aim high",
        "aiming high",
        "great things",
        "believe in",
        "best for",
    ),
    ("safe", "stab"),
    ("adult", "independent", "on their own"),
)
"""Words each of `_PRINCIPLE_CUES` holds: a list without five of them is read no further."""
_PRINCIPLES_RECOGNISED = 5
"""Principles a list must name to be the corporate parenting principles, however introduced."""
_PRINCIPLE_LIST_MAX = 10
_PRINCIPLE_SIGNS = ("best interests", "aspiration", "adulthood")
_PRINCIPLE_LIST_SIGNS = (
    *_PRINCIPLE_SIGNS,
    *(sign.capitalize() for sign in _PRINCIPLE_SIGNS),
    "best for",
    "aim high",
    "Aim high",
    "interests first",
)
"""Words one of a list's items holds for the list to be read as the principles by its content:
the signs in the statute's words, or the first or fifth principle in plain words ("do what is
best for you", "put their interests first", "aim high"). Lists are picked by these words as
written, so each is also written as it opens an item that names its principle by a short label
first ("Best interests - we act for the child's good", a definition list's term) (decision
0477)."""
_PRINCIPLES = "principles"
_STATED_COUNT = re.compile(
    rf"\b(?P<count>{NUMBER_PATTERN})\s+(?P<of>of\s+(?:the|our|its|these)\s+)?"
    r"(?:corporate[\s-]+parenting\s+)?principles\b"
)
"""A count before "principles": "the seven corporate parenting principles", and "all seven of
the corporate parenting principles", where the "of" form counts only after "all" ("one of the
principles" picks one out and states no count)."""
_ALL_BEFORE = re.compile(r"\ball\s")
""""all" before or within a count's words (the number pattern may take "all seven" whole)."""
_PART_BEFORE = re.compile(r"\b(?:first|other|last|next|final|remaining|further)[ \t\n]+\S+$")
"""A count that picks out some of the principles rather than saying how many there are: "The
first three principles are about listening", "the other four", "the remaining two" (blind368,
where the seven were set out in two lists of three and four)."""
_STATED_COUNT_REACH = 48
"""Characters before "principles" that can hold its count ("twenty-one corporate parenting")."""
_PART_REACH = 12
"""Characters before a count that can hold the word picking out a part ("remaining ")."""
_COUNT_STATED_AFTER = re.compile(
    rf"principles\b[^.;:]{{0,80}}?\b(?:(?:are|is)\s+(?P<number>{NUMBER_PATTERN})\s+in\s+number"
    rf"|in\s+(?P<parts>{NUMBER_PATTERN})\s+(?:parts|points|statements|strands)\b"
    rf"|of\s+which\s+(?:it|the\s+act|there)\s+(?:has|are|sets\s+out|lists|names)\s+"
    rf"(?P<which>{NUMBER_PATTERN})\b"
    rf"|(?<=\()there\s+are\s+(?P<aside>{NUMBER_PATTERN})(?:\s+of\s+them|\s+in\s+all)?\)"
    rf"|(?:(?<=,\s)|(?<=\(\s)|(?<=\()|(?<=[\u2013\u2014]\s))all\s+(?P<all>{NUMBER_PATTERN})\s+of\s+them\b"
    rf"|into\s+(?P<into>{NUMBER_PATTERN})\s+(?:questions|promises|pledges|tests|commitments"
    r"|statements|standards)\b)"
    rf"|principles\s*[,(\u2013\u2014-]\s*(?P<apposed>{NUMBER_PATTERN})\s+in\s+(?:number|all|total)\b"
)
"""A count stated after "principles": "the principles … are seven in number", "sets out the
principles in seven parts", "turns that question into principles, of which it has seven"
(decision 0195), or in brackets after them, "the corporate parenting principles (there are
seven of them)" (decision 0380), or set beside them, "corporate parenting principles, seven in
number, that apply ...", "the principles (seven in all)" (decision 0403): "in number", "in all"
or "in total" makes the number a count, where "principles, seven of which ..." would not; or
after a comma, a bracket or a dash, "The corporate parenting principles, all seven of them, are
printed …" (decision 0402): "all" and "of them" tie the number to the principles just named;
or the principles turned into as many plain questions or promises, one each ("turned the
principles in section 1 of the Act into seven questions", decision 0497)."""


_COUNT_IN_THE_NEXT_SENTENCE = re.compile(
    rf"[\s.]{{0,4}}(?:(?:there|they)\s+are\s+(?P<count>{NUMBER_PATTERN})\s+"
    rf"(?:of\s+them|in\s+(?:all|number|total))|they\s+number\s+(?P<number>{NUMBER_PATTERN}))\b"
)
"""A count given by the sentence after the one naming the principles, which it points back to
("The corporate parenting principles in section 1 of the Act came into force in 2018. There are
seven of them, and …", "They are seven in number.", "They number seven."): "of them" or "in
number" ties the count to what the sentence before named, so "There are seven teams" is none."""
_NEXT_SENTENCE_REACH = 60
_LETTERED_RANGE = re.compile(
    r"\((?P<first>a)\)[ \t]*(?:to|-|\u2013|\u2014)[ \t]*\((?P<last>[b-z])\)(?![ \t]*\()"
)
"""The principles cited as a range of the paragraphs that set them out ("the principles in
section 1(1), paragraphs (a) to (g)", "(a)-(g)"): the range says how many there are, from "(a)"
to its last letter, as a number would."""


_COUNT_CALLED_PRINCIPLES = re.compile(
    r"\b(?P<count>\d{1,2}|[a-z]+)\s+(?:promises|duties|rules|tests|things|commitments)\b"
    r"[^.;:!?]{0,30}?,?\s+(?:which\s+(?:are|it\s+calls)\s+|that\s+are\s+)?"
    r"(?:called|known\s+as|named)\s+(?:the\s+)?(?:corporate[\s-]+parenting\s+)?principles\b"
)
"""A count before a plain word for the principles that the sentence then names as them, as a
guide for young people or a leaflet writes it ("There are seven promises in the law, called
the corporate parenting principles", "seven duties known as the corporate parenting
principles"): the count is the principles' (decision 0261)."""
_COUNT_CALLED_REACH = 90
"""Characters before "principles" that can hold such a count and its plain word."""
_COUNT_THE_PRINCIPLES_POSE = re.compile(
    r"\b(?P<count>\d{1,2}|[a-z]+)\s+(?:questions|promises|duties|tests|commitments)\s+"
    r"(?:that\s+|which\s+)?(?:the\s+)?(?:corporate[\s-]+parenting\s+)?principles\s+"
    r"(?:pose|ask|set|make|raise|hold|contain)\b"
)
"""A count of the plain things the principles are, as the principles' own ("we ask the seven
questions the corporate parenting principles pose", blind258): each principle is one question,
as each is one promise in `_COUNT_CALLED_PRINCIPLES`."""
_COUNT_POSE_AFTER = 12
"""Characters after "principles" that can hold the verb of `_COUNT_THE_PRINCIPLES_POSE`."""


@_registers("corporate_parenting_principles")
def corporate_parenting_principles(reading: ReadableOutline) -> Fact:
    """How many corporate parenting principles the chapter sets out.

    Where it lists them (bullets, numbers, "(a)…(g)" lines, or "(a) …; (b) …" run into a
    sentence), the number of list items; where it only names them ("the seven corporate
    parenting principles"), the number it states; 0 when it sets none out (a passing mention
    without a number or list included). A list that disagrees with a stated number (six items
    under "seven principles") gives the list's count, and the stated number as an alternative.
    """
    listed: tuple[int, list[Evidence]] | None = None
    stated: list[_Statement] = []
    corporate = sorted(
        position for word in _CORPORATE_PARENTING_WORDS for position in reading.positions_of(word)
    )
    for sentence in reading.sentences_containing(_PRINCIPLES):
        names_corporate_parenting = _holds_any(tuple(corporate), sentence) and bool(
            _CORPORATE_PARENTING.search(reading.lower, sentence.start, sentence.end)
        )
        if listed is not None and not names_corporate_parenting:
            continue
        if not (
            names_corporate_parenting
            or reading.section_kind_at(sentence.start) == "corporate_parenting"
        ):
            continue
        if listed is None:
            listed = _principles_listed(reading, sentence)
        if names_corporate_parenting or not stated:
            number = _stated_count(reading, sentence)
            if number is not None:
                stated.append(_Statement(sentence, number, (reading.evidence(sentence),)))
    if listed is None:
        listed = _principles_by_content(reading)
        if listed is not None:
            listed = _carried_on_one_a_paragraph(reading, listed)
    if listed is None:
        listed = _principles_one_a_paragraph(reading)
    if listed is None:
        listed = _principles_in_an_ordinal_run(reading)
    if listed is None:
        listed = _principles_one_a_sentence(reading)
    if listed is None:
        listed = _principles_in_a_grid(reading)
    if listed is None:
        listed = _principles_one_a_sentence_in_a_cell(reading)
    if listed is None and not stated:
        listed = _principles_in_a_sentence(reading)
    if listed is None and not stated:
        stated = _needs_of_the_act(reading)
    if listed is None and not stated:
        listed = _principles_the_section_lists(reading)
    if listed is None:
        if stated:
            return _fact("corporate_parenting_principles", stated[0].value, *stated[0].evidence)
        return _fact("corporate_parenting_principles", 0)
    if stated and listed[0] != stated[0].value:
        listed = _principles_in_groups(reading, listed, stated[0].value) or listed
    if stated and (
        _lists_a_part(listed, stated[0].value) or _lists_groups(listed, stated[0].value)
    ):
        evidence = (
            *stated[0].evidence,
            *(item for item in listed[1] if item not in stated[0].evidence),
        )
        return Fact("corporate_parenting_principles", stated[0].value, evidence)
    alternatives: list[FactValue] = []
    for statement in stated:
        if statement.value != listed[0] and all(
            alternative.value != statement.value for alternative in alternatives
        ):
            alternatives.append(FactValue(statement.value, statement.evidence))
    return Fact("corporate_parenting_principles", listed[0], tuple(listed[1]), tuple(alternatives))


_STATUTE_PRINCIPLES = 7
"""How many corporate parenting principles section 1 of the Children and Social Work Act 2017
sets out: a list of this many under a lead-in in the corporate parenting section is that
list, whatever words its items use."""
_CITES_A_LAW = re.compile(r"\b(?:act|regulations|guidance)\b[^\n]*\b(?:19|20)\d\d\b")


def _principles_the_section_lists(reading: ReadableOutline) -> tuple[int, list[Evidence]] | None:
    """The principles read by the section and the count, where no wording or cue found them: a
    list of `_STATUTE_PRINCIPLES` items introduced by a lead-in ending with a colon, in a
    section of kind `corporate_parenting` or headed by corporate parenting. The section says
    what the list is about and the count is the statute's, whatever its items' words (a list
    citing laws is none) (facts32)."""
    text = reading.outline.text
    for items in reading.block_lists():
        if len(items) != _STATUTE_PRINCIPLES:
            continue
        section = reading.outline.section_at(items[0].start)
        if section is None or not (
            section.kind == "corporate_parenting"
            or (section.heading and _CORPORATE_PARENTING.search(section.heading.lower()))
        ):
            continue
        if any(_CITES_A_LAW.search(text[item.start : item.end].lower()) for item in items):
            continue
        index = bisect_right(reading.block_starts, items[0].start) - 1
        lead_in = reading.blocks[index - 1] if index >= 1 else None
        if (
            lead_in is None
            or lead_in.start < section.start
            or lead_in.type == "list_item"
            or not text[lead_in.start : lead_in.end].rstrip().endswith(":")
        ):
            continue
        return len(items), [reading.evidence_at_original(item) for item in items]
    return None


def _principles_in_groups(
    reading: ReadableOutline, listed: tuple[int, list[Evidence]], stated: int
) -> tuple[int, list[Evidence]] | None:
    """The principles as the items nested under a list of group labels ("seven principles,
    which we group under three headings:" over "- **Listening**" with two sub-bullets, "-
    **Belonging**" with two, and so on): where every item of the list holds a list of its own
    and those nested items are as many as the principles stated, the groups are headings and
    the nested items the principles (decision 0276). Sub-bullets under only some items explain
    them ("- to act in their best interests" over "- this includes an annual health
    assessment"): the top-level items stay the principles."""
    introduction, *items = listed[1]
    if len(items) < 2:
        return None
    nested: list[Evidence] = []
    for item in items:
        index = bisect_right(reading.block_starts, item.start) - 1
        if index < 0 or reading.blocks[index].type != "list_item":
            return None
        level = reading.blocks[index].level
        under: list[Block] = []
        for block in reading.blocks[index + 1 :]:
            if block.type != "list_item" or block.level <= level:
                break
            if not under or block.level == under[0].level:
                under.append(block)
        if not under:
            return None
        nested += [
            reading.evidence_at_original(Span(block.content_start, block.content_end))
            for block in under
        ]
    if len(nested) != stated:
        return None
    return stated, [introduction, *nested]


_NEEDS = "needs"
_NEEDS_OF_THE_ACT = re.compile(
    rf"\b(?P<count>{NUMBER_PATTERN})\s+(?:corporate[\s-]+parenting\s+)?needs\b[^.;:]{{0,60}}?"
    r"\b(?:2017\s+act|children\s+and\s+social\s+work\s+act)\b"
)
"""The principles counted as the statute words them, "needs" the council must have regard to,
with the Act that sets them out named after: "the seven needs set out in section 1 of the 2017
Act", "the seven needs in the Children and Social Work Act 2017" (decision 0192)."""
_NEEDS_OF_THE_ACT_ASIDE = re.compile(
    r"\bneeds\b[^.;:()]{0,60}?\b(?:2017\s+act|children\s+and\s+social\s+work\s+act(?:\s+2017)?)"
    rf"[ \t]*\([ \t]*there\s+are\s+(?P<count>{NUMBER_PATTERN})(?:\s+of\s+them|\s+in\s+all)?[ \t]*\)"
)
"""The Act's needs counted in brackets after them, as the principles' count is ("a short list
of needs laid down by the 2017 Act (there are seven of them)", blind379; decision 0380 reads
"the corporate parenting principles (there are seven of them)"): the count is the needs',
which are the principles."""
_POINTS = "point"
_POINTS_OF_THE_ACT = re.compile(
    rf"\b(?P<count>{NUMBER_PATTERN})[\s-]+points?\s+(?:check[\s-]*list|list|test|code|charter)\b"
    r"[^.;:]{0,60}?\b(?:2017\s+act|children\s+and\s+social\s+work\s+act)\b"
)
"""The principles counted as the points of a list the Act sets out, the number joined to
"point" ("the seven-point checklist in section 1 of the 2017 Act", "a 7-point test in the
Children and Social Work Act"): the Act's list of what a corporate parent must have regard to,
counted, is its principles, as "the seven needs set out in section 1 of the 2017 Act" is
(blind357)."""


_THE_LAW_ASKS = re.compile(
    r"\b(?:the\s+law|the\s+(?:20\d\d\s+)?act|parliament|legislation|statute"
    r"|(?P<title>the\s+children\s+and\s+social\s+work\s+act(?:\s+2017)?))\s+"
    r"(?:asks|requires|expects|tells|sets\s+out|gives|lists|names"
    r"|(?:has|have)\s+(?:given|set\s+out|listed|laid\s+down|named)|gave|listed|laid\s+down"
    r"|named)\b"
)
_NEEDS_COUNTED = re.compile(rf"\b(?P<count>{NUMBER_PATTERN})\s+needs\b")
"""The needs counted where the sentence has the law ask them of corporate parents, the Act not
named by its title: "The law asks us, as corporate parents, to keep in mind seven needs of the
children in our care: ..." (blind294)."""
_PLAIN_WORDS_COUNTED = re.compile(
    rf"\b(?P<count>{NUMBER_PATTERN})\s+(?:things|tests|duties|promises|questions|commitments"
    r"|rules|expectations|matters)\b"
)
"""The principles counted in a plain word after the law gives or lists them to those who share
a parent's duties ("The law lists seven things they must keep in mind", "Parliament has given
them seven tests to apply"): in a passage on corporate parenting, what the law lays on the
council as a parent, counted, is its principles (decision 0452). The Act may be named by its
title ("The Children and Social Work Act 2017 sets out seven needs that they must keep in view",
blind327) where the passage is on corporate parenting or the sentence speaks of a parent: the
title alone names corporate parenting for the sentence, and the Act sets out other things too.
The law may name them rather than list them, and call them matters ("The law names seven duties
that go with that job", "the 2017 Act sets out seven matters the council must have regard to",
blind386): the Act's own words are "have regard to the need", and a count of what it names is
still its principles."""
_PLAIN_WORDS = (
    "things",
    "tests",
    "duties",
    "promises",
    "questions",
    "commitments",
    "rules",
    "expectations",
    "matters",
)


def _needs_of_the_act(reading: ReadableOutline) -> list[_Statement]:
    """The count a sentence on corporate parenting states as the Act's needs or the points of its
    list (`_POINTS_OF_THE_ACT`), or as the things the law gives or lists to the council as a
    parent (`_PLAIN_WORDS_COUNTED`), with no list:
    the chapter states that many principles, as "the seven corporate parenting principles"
    does."""
    lower = reading.lower
    for sentence in reading.sentences_containing(_NEEDS, _POINTS, *_PLAIN_WORDS):
        if not (
            reading.section_kind_at(sentence.start) == "corporate_parenting"
            or _CORPORATE_PARENTING.search(lower, sentence.start, sentence.end)
        ):
            continue
        counts = sorted(
            (
                *_NEEDS_OF_THE_ACT.finditer(lower, sentence.start, sentence.end),
                *_POINTS_OF_THE_ACT.finditer(lower, sentence.start, sentence.end),
                *_NEEDS_OF_THE_ACT_ASIDE.finditer(lower, sentence.start, sentence.end),
            ),
            key=lambda count: count.start(),
        )
        asks = _THE_LAW_ASKS.search(lower, sentence.start, sentence.end)
        if (
            asks is not None
            and asks.group("title")
            and reading.section_kind_at(sentence.start) != "corporate_parenting"
            and "parent" not in lower[sentence.start : sentence.end]
        ):
            asks = None  # the Act's title alone says it sets out something, not what
        if not counts and asks is not None:
            counts = [*_NEEDS_COUNTED.finditer(lower, sentence.start, sentence.end)] or [
                *_PLAIN_WORDS_COUNTED.finditer(lower, asks.end(), sentence.end)
            ]
        for count in counts:
            number = read_trailing_number(count.group("count"))
            if number is not None and 0 < number < 100:
                return [_Statement(sentence, number, (reading.evidence(sentence),))]
    return []


_A_PART_OF_THEM = re.compile(
    r"\b(?:the[ \t]+)?(?:first|last|main)[ \t]+(?P<first>\d{1,2}|[a-z]+)\b"
    r"|\b(?P<part>\d{1,2}|[a-z]+)[ \t]+of[ \t]+(?:them|these|those|the|our|its)\b"
    r"|\bof[ \t]+(?:the|these|those|our|its)\b[^,:;.]{0,80}\bprinciples\b[^,:;.]{0,60},"
    r"[ \t]*(?P<lead>\d{1,2}|[a-z]+)\b"
    r"|\bthe[ \t]+(?P<those>\d{1,2}|[a-z]+)[ \t]+(?:that|which|we|[a-z]{3,}est)\b"
)
"""An introduction that picks some of the principles out ("Three of them shape everything we
do:", "Of the seven corporate parenting principles, the first three are:", "Of the seven
principles of corporate parenting, three guide our decisions:", "The three that young people
say we find hardest are:", "the two hardest to keep are:", blind278)."""


def _lists_a_part(listed: tuple[int, list[Evidence]], stated: int) -> bool:
    """Whether a list shorter than the stated count is introduced as a part of the principles:
    the chapter sets out the count it states and lists only the ones it picks out, so the two
    do not disagree. The introduction is the list's first evidence."""
    count, evidence = listed
    if not evidence or count >= stated:
        return False
    for part in _A_PART_OF_THEM.finditer(evidence[0].quote.lower()):
        number = part.group("first") or part.group("part") or part.group("lead")
        if read_number(number or part.group("those")) == count:
            return True
    return False


_GROUPS_OF_THEM = re.compile(
    r"\b(?P<count>\d{1,2}|[a-z]+)[ \t]+(?:broad[ \t]+|main[ \t]+)?"
    r"(?:themes|groups|headings|areas|strands|clusters|categories|families)\b"
)
"""An introduction that sorts the principles into fewer groups, each row or item of the list a
group holding several of them ("We find them easier to remember in three themes:", "which fall
into two groups:")."""


def _lists_groups(listed: tuple[int, list[Evidence]], stated: int) -> bool:
    """Whether a list shorter than the stated count is introduced as the groups the principles
    are sorted into, as many as it has items: the chapter sets out the count it states, and the
    list's items are its groups, not its principles (blind200, decision 0313). The introduction
    is the list's first evidence."""
    count, evidence = listed
    if not evidence or count >= stated:
        return False
    return any(
        read_number(group.group("count")) == count
        for group in _GROUPS_OF_THEM.finditer(evidence[0].quote.lower())
    )


def _principles_by_content(reading: ReadableOutline) -> tuple[int, list[Evidence]] | None:
    """The first list whose items are the corporate parenting principles by what they say
    ("to act in their best interests…", "to prepare them for adulthood…"), however it is
    introduced ("the Council must have regard to the need:") and in whatever section."""
    text = reading.outline.text
    candidates: list[tuple[list[Span], Span | None]] = [
        (items, None) for items in reading.block_lists(_PRINCIPLE_LIST_SIGNS)
    ]
    candidates += [
        (_without_a_column_header(text, items), sentence)
        for sentence, items in lists_after_colons(reading)
    ]
    candidates += [(rows, None) for rows in _principle_table_rows(reading)]
    for items, introduction in sorted(candidates, key=lambda candidate: candidate[0][0].start):
        if not _PRINCIPLES_RECOGNISED <= len(items) <= _PRINCIPLE_LIST_MAX:
            continue
        listed = text[items[0].start : items[-1].end].lower()
        if sum(1 for words in _PRINCIPLE_WORDS if any(word in listed for word in words)) < (
            _PRINCIPLES_RECOGNISED
        ):
            continue
        recognised = sum(
            1
            for cue in _PRINCIPLE_CUES
            if any(cue.search(text[item.start : item.end].lower()) for item in items)
        )
        if recognised >= _PRINCIPLES_RECOGNISED:
            evidence = [] if introduction is None else [reading.evidence(introduction)]
            evidence += [reading.evidence_at_original(item) for item in items]
            return len(items), evidence
    return None


def _carried_on_one_a_paragraph(
    reading: ReadableOutline, listed: tuple[int, list[Evidence]]
) -> tuple[int, list[Evidence]]:
    """`listed` (read by content), or the longer run of principle paragraphs that opens on its
    first item: unmarked lines after a colon, one principle a line, end where a line grows long
    enough to be prose ("Safety and stability: they should be safe at home, at school and …"),
    but the principles go on, each in a paragraph of its own, until the last is said (decision
    0477)."""
    run = _principles_one_a_paragraph(reading)
    if run is None or run[0] <= listed[0] or not run[1]:
        return listed
    opening = run[1][0].start
    if all(item.start != opening for item in listed[1]):
        return listed
    before = [item for item in listed[1] if item.start < opening]
    return run[0], [*before, *run[1]]


_PRINCIPLE_PARAGRAPH_MAX = 320
"""Characters a paragraph setting out one principle may hold: a sentence or two, not a
paragraph of practice that happens to say "safe" or "adults"."""


def _principles_one_a_paragraph(reading: ReadableOutline) -> tuple[int, list[Evidence]] | None:
    """Principles set out one a paragraph, neither listed nor counted ("We act in the best
    interests of our children in care …" / "We encourage each child to tell us what they
    think …" / … / "We prepare them for adulthood …"): a run of short paragraphs in a
    corporate parenting section, or after a paragraph naming corporate parenting, each saying
    what one of `_PRINCIPLE_CUES` says, that between them name at least five of the seven.
    Each paragraph must say a principle after the one the paragraph before it said (see
    `_next_principle_cue`), so a practice paragraph after the last principle ends the run. How
    many paragraphs, with each as evidence; a paragraph naming corporate parenting itself
    introduces the run and is not one of them. The run opens on the paragraph saying the first
    principle ("best interests"), so only the blocks from each one holding those words are
    read, not every paragraph of the chapter (decision 0157 measured the difference)."""
    text, blocks = reading.outline.text, reading.blocks
    tried: set[int] = set()
    for position in reading.positions_of("best interest"):
        original = reading.plain.to_original(position, position).start
        first = bisect_right(reading.block_starts, original) - 1
        if first < 0 or first in tried:
            continue
        tried.add(first)
        run: list[tuple[Block, str]] = []
        last_cue = -1
        for block in blocks[first:]:
            if block.type != "paragraph" or block.end - block.start > _PRINCIPLE_PARAGRAPH_MAX:
                break
            words = text[block.start : block.end].lower()
            cue = _principle_said_next(words, run, last_cue)
            if cue is None or _CORPORATE_PARENTING.search(words):
                break
            run.append((block, words))
            last_cue = cue
        introduced = first > 0 and _names_corporate_parenting(text, blocks[first - 1])
        if run and _principles_run(reading, run, introduced):
            return len(run), [
                reading.evidence_at_original(Span(paragraph.start, paragraph.end))
                for paragraph, _ in run
            ]
    return None


_OPENING_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_PARALLEL_OPENING_WORDS = 2


def _principles_one_a_sentence(reading: ReadableOutline) -> tuple[int, list[Evidence]] | None:
    """Principles set out one a sentence within one paragraph, each sentence opening with the
    same words ("We will put each child's best interests first. We will ask children for their
    views … We will get them ready for adult life."): a run of sentences from the one saying the
    first principle, each saying a principle after the one before it (or the same one in the
    same form, `_says_the_same_principle_alike`), read as `_principles_one_a_paragraph` reads a
    run of paragraphs, in a corporate parenting section or after a sentence naming corporate
    parenting. The shared opening shows the sentences are one set, not practice prose that
    happens to say the principles' words in turn (blind357)."""
    tried: set[int] = set()
    for position in reading.positions_of("best interest"):
        first = reading.sentence_at(position)
        if first is None or first.start in tried:
            continue
        tried.add(first.start)
        block = reading.block_at(reading.plain.to_original(first.start, first.start).start)
        if block is None or block.type != "paragraph":
            continue
        run: list[tuple[Block, str]] = []
        spans: list[Span] = []
        last_cue = -1
        sentence: Span | None = first
        while (
            sentence is not None
            and reading.plain.to_original(sentence.start, sentence.end).end <= block.end
        ):
            words = reading.lower[sentence.start : sentence.end]
            cue = _principle_said_next(words, run, last_cue)
            if cue is None:
                break
            run.append((block, words))
            spans.append(sentence)
            last_cue = cue
            sentence = reading.sentence_after(sentence)
        openings = {
            tuple(_OPENING_WORDS.findall(words)[:_PARALLEL_OPENING_WORDS]) for _, words in run
        }
        if len(openings) != 1:
            continue
        index = bisect_right(reading.sentence_starts, first.start) - 1
        before = reading.sentences[index - 1] if index > 0 else None
        introduced = before is not None and bool(
            _CORPORATE_PARENTING.search(reading.lower, before.start, before.end)
        )
        if _principles_run(reading, run, introduced):
            return len(run), [reading.evidence(span) for span in spans]
    return None


_SERVICES_CUE = 3
"""The index in `_PRINCIPLE_CUES` of the principle a council often sets out in two (the Act's
access to services, and their best use): a grid may give it two cells in a row."""
_GRID_CELL_MAX = 200
"""Characters a grid's cell setting out one principle may hold: a sentence, not a description."""


def _principles_in_a_grid(reading: ReadableOutline) -> tuple[int, list[Evidence]] | None:
    """Principles laid out in a table several to a row, as a poster boxes them ("Your best
    interests come first. | We listen to what you want." / "You will know which services are
    there for you. | We help you to use them." / …): read row by row, each cell says a principle
    after the one the cell before it said, so each filled cell is one principle, where a
    "Principle | What it means" table's second cell explains its first. A last row whose other
    cells are empty is written without a column mark, so the line right under the table that
    says the next principle is its last cell. Five to ten cells naming five principles at least,
    in a corporate parenting section or under a sentence naming corporate parenting (blind357)."""
    text = reading.outline.text
    for rows in reading.table_rows():
        cells: list[Span] = []
        for row in rows:
            start = row.start
            for part in text[row.start : row.end].split("|"):
                cell = trim_span(text, start, start + len(part))
                start += len(part) + 1
                if cell.end > cell.start:
                    cells.append(cell)
        if len(cells) <= len(rows) or any(cell.end - cell.start > _GRID_CELL_MAX for cell in cells):
            continue
        line_end = text.find("\n", rows[-1].end + 1)
        if text.startswith("\n", rows[-1].end) and line_end > rows[-1].end + 1:
            last = trim_span(text, rows[-1].end + 1, line_end)
            if "|" not in text[last.start : last.end] and last.end - last.start <= _GRID_CELL_MAX:
                cells.append(last)
        said: list[Span] = []
        last_cue = -1
        split = False
        for cell in cells:
            words = text[cell.start : cell.end].lower()
            cue = _next_principle_cue(words, last_cue)
            if (
                cue is None
                and last_cue == _SERVICES_CUE
                and not split
                and _PRINCIPLE_CUES[_SERVICES_CUE].search(words)
            ):
                cue, split = _SERVICES_CUE, True
            if cue is None:
                break
            said.append(cell)
            last_cue = cue
        if len(said) != len(cells) or not _PRINCIPLES_RECOGNISED <= len(said) <= (
            _PRINCIPLE_LIST_MAX
        ):
            continue
        block = reading.block_at(rows[0].start)
        before = reading.block_at(block.start - 1) if block is not None and block.start else None
        introduced = before is not None and _names_corporate_parenting(text, before)
        section = reading.outline.section_at(rows[0].start)
        if introduced or (section is not None and section.kind == "corporate_parenting"):
            return len(said), [reading.evidence_at_original(cell) for cell in said]
    return None


def _principles_one_a_sentence_in_a_cell(
    reading: ReadableOutline,
) -> tuple[int, list[Evidence]] | None:
    """Principles as the sentences of one table cell, a list kept in a box of a table ("What the
    law asks of us | Act in their best interests. Encourage them to tell us what they want. …
    Get them ready for adult life." — a web page's numbered list inside a cell reads as the
    cell's sentences, blind361): every sentence of the cell says a principle after the one the
    sentence before it said, from the cell's first sentence to its last, five to ten of them,
    in a corporate parenting section or under a paragraph naming corporate parenting. The cell
    holding nothing but the run shows it is a list set out there, not prose that happens to
    say the principles' words in turn; one a sentence, each is one principle."""
    text = reading.outline.text
    for rows in reading.table_rows():
        for row in rows:
            start = row.start
            for part in text[row.start : row.end].split("|"):
                cell = trim_span(text, start, start + len(part))
                start += len(part) + 1
                said = _sentences_saying_principles(reading, cell)
                if said is None:
                    continue
                run, spans = said
                block = reading.block_at(row.start)
                before = (
                    reading.block_at(block.start - 1) if block is not None and block.start else None
                )
                introduced = before is not None and _names_corporate_parenting(text, before)
                if _principles_run(reading, run, introduced):
                    return len(run), [reading.evidence(span) for span in spans]
    return None


def _sentences_saying_principles(
    reading: ReadableOutline, cell: Span
) -> tuple[list[tuple[Block, str]], list[Span]] | None:
    """The sentences of `cell` (original offsets) with their words, when each says a principle
    after the one before it and together they fill the cell; None otherwise. One sentence after
    the first may name no principle the cues know (a paraphrase of its own): the cell is a list,
    and its next sentence must still say a principle after the last one named."""
    if cell.end - cell.start < _PRINCIPLES_RECOGNISED * 10:
        return None
    block = reading.block_at(cell.start)
    if block is None:
        return None
    plain_start, plain_end = reading.plain.to_plain(cell.start), reading.plain.to_plain(cell.end)
    sentence = reading.sentence_at(plain_start)
    run: list[tuple[Block, str]] = []
    spans: list[Span] = []
    last_cue = -1
    unnamed = False
    while sentence is not None and sentence.start < plain_end:
        span = Span(max(sentence.start, plain_start), min(sentence.end, plain_end))
        words = reading.lower[span.start : span.end]
        cue = _principle_said_next(words, run, last_cue)
        if cue is None:
            if unnamed or not run or any(pattern.search(words) for pattern in _PRINCIPLE_CUES):
                return None
            unnamed = True  # one paraphrase the cues miss, between two they name
        else:
            last_cue = cue
        run.append((block, words))
        spans.append(span)
        if sentence.end >= plain_end:
            return (run, spans) if cue is not None else None
        sentence = reading.sentence_after(sentence)
    return None


def _principle_said_next(words: str, run: list[tuple[Block, str]], last: int) -> int | None:
    """The principle a paragraph or sentence of a run says next: the next of `_PRINCIPLE_CUES`
    after the `last` one, or the `last` again where it says it in the same form as the one
    before (`_says_the_same_principle_alike`); None ends the run."""
    cue = _next_principle_cue(words, last)
    if cue is None and run and _says_the_same_principle_alike(words, run[-1][1], last):
        return last
    if cue is None and _services_said_in_two(words, run, last):
        return last
    return cue


def _services_said_in_two(words: str, run: list[tuple[Block, str]], last: int) -> bool:
    """Whether a paragraph says the services principle again right after the one that said it,
    its second half: councils often give the statute's one duty two items, knowing what
    services there are and making good use of them ("Knowing what there is: we tell you about
    the services …" / "Using it well: we help you to get the most from those services",
    blind361), as a grid gives it two cells (`_principles_in_a_grid`). Once only: a third
    paragraph on services is practice, not the principles. The paragraph before must end its
    sentence: one that breaks off ("Helping young people to gain access" over "to the services
    they need.") is a line the layout wrapped, and the next line ends the same principle."""
    services = _PRINCIPLE_CUES[_SERVICES_CUE]
    if last != _SERVICES_CUE or not run or services.search(words) is None:
        return False
    if not run[-1][1].rstrip().endswith((".", ";", "!")):
        return False
    return sum(1 for _, said in run if services.search(said)) < 2


def _names_corporate_parenting(text: str, block: Block) -> bool:
    """Whether `block` names corporate parenting: the paragraph introducing a run of principles
    set out without a list."""
    return _CORPORATE_PARENTING.search(text[block.start : block.end].lower()) is not None


def _says_the_same_principle_alike(words: str, before: str, last: int) -> bool:
    """Whether a paragraph says the principle the paragraph before it said, in the same form:
    it opens with the same words ("We will help them to find out about the services …" / "We
    will help them to make the most of those services."). A council that sets out its promises
    one a paragraph may split a principle in two (the statute's access to services and their
    best use), and the parallel opening shows the paragraph is one of the set, not practice that
    happens to say the last principle's words again."""
    if last < 0 or not _PRINCIPLE_CUES[last].search(words):
        return False
    opening = _OPENING_WORDS.findall(words)[:_PARALLEL_OPENING_WORDS]
    return len(opening) == _PARALLEL_OPENING_WORDS and (
        opening == _OPENING_WORDS.findall(before)[:_PARALLEL_OPENING_WORDS]
    )


def _next_principle_cue(words: str, last: int) -> int | None:
    """The first of `_PRINCIPLE_CUES` after the `last` one that `words` say, if any: the
    principles follow the statute's order, so a paragraph saying only what an earlier one said
    ("… adult specialists …" after "… ready for adulthood") is not the next principle."""
    for index in range(last + 1, len(_PRINCIPLE_CUES)):
        if _PRINCIPLE_CUES[index].search(words):
            return index
    return None


def _principles_run(
    reading: ReadableOutline, run: list[tuple[Block, str]], introduced: bool
) -> bool:
    """Whether a run of cue-holding paragraphs (each with its lower-case words) is the corporate
    parenting principles: five to ten of them, one naming the first principle ("best
    interests"), naming five of the seven between them, introduced by a paragraph on corporate
    parenting or sitting in a section read as corporate parenting."""
    if not _PRINCIPLES_RECOGNISED <= len(run) <= _PRINCIPLE_LIST_MAX:
        return False
    paragraphs = [words for _, words in run]
    if not any("best interest" in words for words in paragraphs):
        return False
    recognised = sum(1 for cue in _PRINCIPLE_CUES if any(cue.search(words) for words in paragraphs))
    if recognised < _PRINCIPLES_RECOGNISED:
        return False
    section = reading.outline.section_at(run[0][0].start)
    return introduced or (section is not None and section.kind == "corporate_parenting")


def _principle_table_rows(reading: ReadableOutline) -> list[list[Span]]:
    """The rows of each table that names a principle's sign ("best interests"), its first
    row left out where it names no principle: that row heads the columns ("No. | The
    principle", "Principle | What it means for us")."""
    text = reading.outline.text
    tables = []
    for rows in reading.table_rows():
        words = text[rows[0].start : rows[-1].end].lower()
        if not any(sign in words for sign in _PRINCIPLE_SIGNS):
            continue
        first = text[rows[0].start : rows[0].end].lower()
        if not any(cue.search(first) for cue in _PRINCIPLE_CUES):
            rows = rows[1:]
        if rows:
            tables.append(rows)
    return tables


_SEPARATOR_ROW = re.compile(r"[ \t|:\-]*-{3,}[ \t|:\-]*")


def _without_a_column_header(text: str, items: list[Span]) -> list[Span]:
    """A table's rows introduced as the principles, less a markdown table's "|---|" line and a
    first row that names no principle while the row below does: it heads the columns
    ("Principle | What it means here", or its cells parted by a tab as a browser copies a
    table: "Principle<TAB>What it means here")."""
    first_row = text[items[0].start : items[0].end] if items else ""
    if len(items) < 2 or ("|" not in first_row and WIDE_GAP.search(first_row) is None):
        return items
    items = [item for item in items if not _SEPARATOR_ROW.fullmatch(text, item.start, item.end)]
    if len(items) < 2:
        return items
    first = text[items[0].start : items[0].end].lower()
    second = text[items[1].start : items[1].end].lower()
    if any(cue.search(first) for cue in _PRINCIPLE_CUES) or not any(
        cue.search(second) for cue in _PRINCIPLE_CUES
    ):
        return items
    return items[1:]


_PRINCIPLE_SENTENCE_ANCHORS = ("best interest", "corporate parent")
"""Words a sentence paraphrasing the principles holds: the first principle in the statute's
words, or the corporate parent the sentence speaks of ("being a corporate parent means that we
put the child first; we ask what they think; …")."""


def _principles_in_a_sentence(reading: ReadableOutline) -> tuple[int, list[Evidence]] | None:
    """The principles paraphrased one after another in one sentence about corporate parenting
    ("The Council will act in their best interests, encourage them to say what they think…, and
    prepare them for adulthood"), with no list markers: how many of the seven it names."""
    lower = reading.lower
    for sentence in reading.sentences_containing(*_PRINCIPLE_SENTENCE_ANCHORS):
        words = lower[sentence.start : sentence.end]
        recognised = sum(1 for cue in _PRINCIPLE_CUES if cue.search(words))
        evidence = [reading.evidence(sentence)]
        if recognised < _PRINCIPLES_RECOGNISED:
            following = _series_carried_on(reading, sentence)
            if following is None:
                continue
            words = lower[sentence.start : following.end]
            recognised = sum(1 for cue in _PRINCIPLE_CUES if cue.search(words))
            if recognised < _PRINCIPLES_RECOGNISED:
                continue
            evidence.append(reading.evidence(following))
        index = bisect_right(reading.sentence_starts, sentence.start) - 2
        context = lower[
            reading.sentences[index].start if index >= 0 else sentence.start : sentence.end
        ]
        if reading.section_kind_at(sentence.start) == "corporate_parenting" or (
            _CORPORATE_PARENTING.search(context)
        ):
            count = max(recognised, _clauses_after_colon(words), _infinitive_series(words))
            return count, evidence
    return None


_CARRIED_ON = re.compile(
    r"[ \t]*(?:(?:we|it|the\s+council|they)\s+(?:\w+\s+)?also\b|also\b|in\s+addition\b"
    r"|as\s+well\s+as\s+this\b|besides\s+this\b)"
)
"""The opening of a sentence that carries on the one before it ("We also hold high hopes for
them, …", "In addition, the council …")."""
_MIN_CUES_BEFORE_CARRYING_ON = 3


def _series_carried_on(reading: ReadableOutline, sentence: Span) -> Span | None:
    """The next sentence when it carries on a paraphrase of the principles that `sentence`
    began: `sentence` names at least three of them and the next opens by saying it adds to it
    ("… we act in the child's best interests, … and help them to use them. We also hold high
    hopes for them, …", decision 0497), in the same paragraph or opening the next paragraph of
    the same section ("… and take those views into account." then a paragraph "We must also help
    them to …", the duties split over two paragraphs, blind368). None otherwise."""
    lower = reading.lower
    words = lower[sentence.start : sentence.end]
    if sum(1 for cue in _PRINCIPLE_CUES if cue.search(words)) < _MIN_CUES_BEFORE_CARRYING_ON:
        return None
    index = bisect_right(reading.sentence_starts, sentence.start)
    if index >= len(reading.sentences):
        return None
    following = reading.sentences[index]
    if "\n" in lower[sentence.end : following.start] and not _opens_next_paragraph(
        reading, sentence, following
    ):
        return None
    if _CARRIED_ON.match(lower, following.start, following.end) is None:
        return None
    return following


def _opens_next_paragraph(reading: ReadableOutline, sentence: Span, following: Span) -> bool:
    """Whether `following` opens the paragraph right after the one `sentence` ends, both in
    one section: nothing but blank space between them, and the block `following` begins a
    paragraph (not a heading, nor a list item) of the section `sentence` stands in."""
    if reading.lower[sentence.end : following.start].strip():
        return False
    start = reading.plain.to_original(following.start, following.start).start
    block = reading.block_at(start)
    if block is None or block.type != "paragraph" or block.start != start:
        return False
    section = reading.outline.section_at(
        reading.plain.to_original(sentence.start, sentence.start).start
    )
    return section is not None and section is reading.outline.section_at(start)


_NEXT_INFINITIVE = re.compile(
    r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|(?<![ \t])[ \t]+and[ \t]+)to[ \t]+(?=[a-z])"
)
"""The break before a series' next "to" clause; the blanks before "and" are taken from the first
of a run only, so a long run of blanks is not scanned again from each (decision 0161)."""
_SERIES_ITEM_WORDS = 12
"""Words a principle set out as one "to …" clause of a series may run to; a longer clause is
prose of its own, not one item of a list run into a sentence."""


def _infinitive_series(words: str) -> int:
    """How many principles a sentence sets out as a series of "to" clauses with no colon ("The
    principles ask us to act in their best interests, to listen to them, …, to keep them safe,
    to give them stability and to prepare them for adulthood"): one per clause, since a clause
    the cues miss or two clauses one cue covers ("safe", "stability") are still principles
    apart. 0 where the series is too short or too long to be the principles, where a clause
    runs on as prose, or where the series does not open on a principle."""
    parts = _NEXT_INFINITIVE.split(words)
    if not _PRINCIPLES_RECOGNISED <= len(parts) <= _PRINCIPLE_LIST_MAX:
        return 0
    opening = parts[0]
    first = opening.rfind(" to ")
    if first < 0 or not any(cue.search(opening, first) for cue in _PRINCIPLE_CUES):
        return 0
    if any(len(part.split()) > _SERIES_ITEM_WORDS for part in parts[1:]):
        return 0
    return len(parts)


_CLAUSE_BREAK = re.compile(r";[ \t]*(?:and[ \t]+|or[ \t]+)?")


def _clauses_after_colon(words: str) -> int:
    """How many principles a sentence runs together after a colon, one per clause set apart by
    semicolons ("… the seven duties: acting in …; encouraging …; …; and preparing …"), or 0
    where it has no such run. A paraphrase the cues miss ("helping them to reach the services
    they need") is still one clause, so the clauses, not the recognised cues, count the
    principles; a run longer than a list of principles can be is not one."""
    colon = words.find(":")
    if colon < 0:
        return _semicolon_infinitives(words)
    clauses = [part for part in _CLAUSE_BREAK.split(words[colon + 1 :]) if part.strip(" .\t\n")]
    if not _PRINCIPLES_RECOGNISED <= len(clauses) <= _PRINCIPLE_LIST_MAX:
        return 0
    first_clause = words[colon + 1 : colon + 1 + len(clauses[0]) + 1]
    if not any(cue.search(first_clause) for cue in _PRINCIPLE_CUES):
        return 0
    return len(clauses)


_INFINITIVE_CLAUSE = re.compile(r"[ \t\n]*(?:to|for)[ \t\n]")


def _semicolon_infinitives(words: str) -> int:
    """How many principles a sentence with no colon runs together as "to" clauses set apart by
    semicolons, as the Act words them ("… must have regard to the need to act in their best
    interests; to encourage them …; …; for them to be safe …; and to prepare them …"): one per
    clause, the first being the lead-in's own. 0 where a later clause is not a "to" (or "for
    them to") clause, so that prose joined by semicolons is not counted, or where the run is
    too short or too long to be the principles."""
    clauses = [part for part in _CLAUSE_BREAK.split(words) if part.strip(" .\t\n")]
    if not _PRINCIPLES_RECOGNISED <= len(clauses) <= _PRINCIPLE_LIST_MAX:
        return 0
    if _semicolon_verbs_after_a_modal(clauses):
        return len(clauses)
    first = clauses[0].find(" to ")
    if first < 0 or not any(cue.search(clauses[0], first) for cue in _PRINCIPLE_CUES):
        return 0
    if not all(_INFINITIVE_CLAUSE.match(clause) for clause in clauses[1:]):
        return 0
    return len(clauses)


_MODAL_LEAD = re.compile(r"\b(?:will|shall|must|should)[ \t]+(?:(?:always|also)[ \t]+)?(?=[a-z])")
"""The modal a promise opens with ("In every decision we will act …"): each clause after it,
set apart by a semicolon, is another verb the same modal governs."""
_CLAUSE_OPENING_WORD = re.compile(r"[ \t\n]*(?P<word>[a-z]+)\b")
_NOT_A_VERB = frozenset(
    (
        "a", "an", "the", "this", "that", "these", "those", "their", "our", "his", "her",
        "its", "your", "my", "they", "we", "it", "he", "she", "you", "i", "there", "each",
        "every", "all", "some", "no", "not", "in", "on", "at", "with", "by", "of", "as",
        "so", "but", "which", "who", "where", "when", "while", "because", "if", "though",
        "although", "then", "also",
    )
)  # fmt: skip
"""Words that open a clause which is not a bare verb: a determiner, a pronoun, a preposition or
a conjunction starts a clause of its own, not one more thing the modal promises."""


def _semicolon_verbs_after_a_modal(clauses: list[str]) -> bool:
    """Whether semicolon-set clauses are one promise's run of principles in bare verbs after a
    modal ("we will act in their best interests …; encourage them to say …; take … into
    account; …; and help them get ready for adult life", blind361): the first clause names a
    principle after "will", "shall", "must" or "should", every later clause opens on a word
    that can be a verb (no determiner, pronoun, preposition or conjunction), and all clauses
    but at most one name a principle, so prose joined by semicolons is not counted."""
    lead = _MODAL_LEAD.search(clauses[0])
    if lead is None or not any(cue.search(clauses[0], lead.end()) for cue in _PRINCIPLE_CUES):
        return False
    for clause in clauses[1:]:
        opening = _CLAUSE_OPENING_WORD.match(clause)
        if opening is None or opening["word"] in _NOT_A_VERB:
            return False
    unnamed = sum(1 for clause in clauses if not any(cue.search(clause) for cue in _PRINCIPLE_CUES))
    return unnamed <= 1


def _holds_any(positions: tuple[int, ...], span: Span) -> bool:
    """Whether one of `positions` (in order) lies in `span`."""
    index = bisect_right(positions, span.start - 1)
    return index < len(positions) and positions[index] < span.end


def _stated_count(reading: ReadableOutline, sentence: Span) -> int | None:
    """The number of principles `sentence` states ("the seven corporate parenting principles"),
    searched just before each "principles" in it (a search of the whole sentence tries every
    word as a number, which is slow)."""
    lower = reading.lower
    numbers: dict[str, int | None] = reading.memo.setdefault("numbers_before_principles", {})
    positions = reading.positions_of(_PRINCIPLES)
    first = bisect_right(positions, sentence.start - 1)
    for position in positions[first:]:
        if position >= sentence.end:
            break
        window_start = max(sentence.start, position - _STATED_COUNT_REACH)
        end = min(sentence.end, position + len(_PRINCIPLES) + 1)
        for count in _STATED_COUNT.finditer(lower, window_start, end):
            if _is_a_heading_number(lower, count.start("count")):
                continue
            if count.group("of") and not _ALL_BEFORE.search(
                lower, max(0, count.start("count") - 8), count.end("count")
            ):
                continue
            if _PART_BEFORE.search(
                lower, max(0, count.start("count") - _PART_REACH), count.end("count")
            ):
                continue
            words = count.group("count")
            if words not in numbers:  # the same words recur ("the corporate parenting …")
                numbers[words] = read_trailing_number(words)
            number = numbers[words]
            if number is not None and 0 < number < 100:
                return number
        called = _COUNT_CALLED_PRINCIPLES.search(
            lower, max(sentence.start, position - _COUNT_CALLED_REACH), end
        ) or _COUNT_THE_PRINCIPLES_POSE.search(
            lower,
            max(sentence.start, position - _COUNT_CALLED_REACH),
            min(sentence.end, end + _COUNT_POSE_AFTER),
        )
        if called is not None:
            number = read_trailing_number(called.group("count"))
            if number is not None and 0 < number < 100:
                return number
        after = _COUNT_STATED_AFTER.match(lower, position, sentence.end)
        if after is not None:
            number = read_trailing_number(
                after.group("number")
                or after.group("parts")
                or after.group("which")
                or after.group("aside")
                or after.group("apposed")
                or after.group("all")
                or after.group("into")
            )
            if number is not None and 0 < number < 100:
                return number
        lettered = _LETTERED_RANGE.search(lower, position, sentence.end)
        if lettered is not None:
            return ord(lettered["last"]) - ord(lettered["first"]) + 1
    following = _COUNT_IN_THE_NEXT_SENTENCE.match(
        lower, sentence.end, min(len(lower), sentence.end + _NEXT_SENTENCE_REACH)
    )
    if following is not None:
        number = read_trailing_number(following.group("count") or following.group("number"))
        if number is not None and 0 < number < 100:
            return number
    return None


def _is_a_heading_number(lower: str, start: int) -> bool:
    """Whether the number at `start` numbers a heading ("2.2 Corporate Parenting Principles")
    rather than counting principles: it follows a dot or digit, or opens its line."""
    if start > 0 and lower[start - 1] in ".0123456789":
        return True
    line_start = lower.rfind("\n", 0, start) + 1
    return lower[start].isdigit() and not lower[line_start:start].strip(" \t#*_>")


def _principles_listed(
    reading: ReadableOutline, sentence: Span
) -> tuple[int, list[Evidence]] | None:
    """The principles listed after `sentence` (or after the one following it), or run into it
    as "(a) …; (b) …": how many, and the evidence (the introduction, then each item)."""
    following = reading.sentence_after(sentence)
    if following is not None and not _in_one_section(reading, sentence, following):
        following = None  # "… the principles were rewritten." closing the note above "3) The law:"
    for introduction, may_be_heading in ((sentence, True), (following, False)):
        if introduction is None or not introduces_list(reading, introduction, may_be_heading):
            continue
        after = reading.plain.to_original(introduction.end, introduction.end).end
        items = (
            _table_rows_after(reading, after)
            or reading.list_items_after(introduction.end)
            or _run_in_label_lines(reading.outline.text, after)
        )
        items = _without_a_column_header(reading.outline.text, items)
        if items:
            evidence = [reading.evidence(introduction)]
            evidence += [reading.evidence_at_original(item) for item in items]
            for more_introduction, more in _lists_carrying_on(reading, items):
                evidence.append(reading.evidence(more_introduction))
                evidence += [reading.evidence_at_original(item) for item in more]
                items = items + more
            resumed = _numbered_list_resumed(reading, items)
            evidence += [reading.evidence_at_original(item) for item in resumed]
            items = items + resumed
            return len(items), evidence
    ordinals = _principles_in_ordinal_sentences(reading, sentence)
    if ordinals is not None:
        return ordinals
    included = _principles_included(reading, sentence)
    if included is not None:
        return included
    original = reading.plain.to_original(sentence.start, sentence.end)
    block = reading.block_at(original.start)
    end = block.end if block is not None else original.end
    text = reading.outline.text
    if "(" not in text[original.start : end]:
        return None
    items = inline_list_items(text, original.start, end)
    if not items:
        return None
    evidence = [reading.evidence_at_original(Span(original.start, items[0].start))]
    evidence += [reading.evidence_at_original(item) for item in items]
    return len(items), evidence


_INCLUDING = re.compile(r"\b(?:including|include|includes|among\s+them)[ \t]*:")
"""Words saying a run of principles after a colon is a part of them ("the corporate parenting
principles, including: …; …; and …")."""
_PARTS_INCLUDED_MIN = 2
_SUCH_AS = re.compile(r"\bprinciples\b[^.;:]*?,?\s+(?:such\s+as|including)\s+(?=\w+ing\b)")
"""Principles the sentence gives examples of, in a series of "-ing" clauses set apart by commas
("… principles that a corporate parent must keep in mind, such as acting in the best interests
of each child, taking account of their wishes and feelings, promoting high aspirations and
preparing them for adult life", blind344): the chapter sets out those it names, as it does
after "including:" (decision 0335)."""
_SERIES_BREAK = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+and[ \t]+(?=\w+ing\b)")
"""Where a series of "-ing" clauses run into a sentence breaks: at a comma, or at an "and" that
opens the next clause's verb ("… promoting high aspirations and preparing them …"), not at one
inside a clause ("their wishes and feelings")."""


def _principles_included(
    reading: ReadableOutline, sentence: Span
) -> tuple[int, list[Evidence]] | None:
    """Some of the principles run into `sentence` after "including:" ("…follow the corporate
    parenting principles, including: acting in their best interests; hearing their views; and
    preparing them for adulthood"), each clause one of the seven (a cue in `_PRINCIPLE_CUES`):
    the chapter sets out those it names, so they are counted (decision 0335). So are those it
    gives "such as" examples of, as "-ing" clauses set apart by commas, where it states no
    count of them (`_SUCH_AS`); "seven principles, such as …" gives seven (blind104's 10407)."""
    words = reading.lower[sentence.start : sentence.end]
    including = _INCLUDING.search(words)
    if including is not None:
        clauses = [
            part for part in _CLAUSE_BREAK.split(words[including.end() :]) if part.strip(" .\t\n")
        ]
    else:
        such_as = _SUCH_AS.search(words)
        if such_as is None or _stated_count(reading, sentence) is not None:
            return None  # "seven principles, such as …": examples of those the count gives
        clauses = [
            part for part in _SERIES_BREAK.split(words[such_as.end() :]) if part.strip(" .\t\n")
        ]
    if not _PARTS_INCLUDED_MIN <= len(clauses) <= _PRINCIPLE_LIST_MAX:
        return None
    if not all(any(cue.search(clause) for cue in _PRINCIPLE_CUES) for clause in clauses):
        return None
    return len(clauses), [reading.evidence(sentence)]


def _in_one_section(reading: ReadableOutline, first: Span, second: Span) -> bool:
    """Whether two sentences (plain offsets) stand in the same section of the outline."""
    sections = [
        reading.outline.section_at(reading.plain.to_original(span.start, span.start).start)
        for span in (first, second)
    ]
    return sections[0] is sections[1]


_CARRIES_ON = re.compile(
    r"[\W_]*(?:the\s+)?(?:other|remaining|rest|last|final|further)\b"
    r"|[\W_]*(?:\w+\s+)?more\s+(?:are|of\s+them)\b"
)
"""A sentence opening a second list of the same principles ("The other four are about …:",
"The remaining three:", "Four more are …:")."""
_CARRIED_LISTS_MAX = 3


def _lists_carrying_on(
    reading: ReadableOutline, items: list[Span]
) -> list[tuple[Span, list[Span]]]:
    """Lists right after a list of principles that go on with the same principles, each with its
    introduction ("Three of them are about listening: … The other four are about the life a
    young person leads: …"): an editor splits the seven into groups, and every group counts.
    Original offsets for the items, plain for the introductions."""
    found: list[tuple[Span, list[Span]]] = []
    last = items[-1]
    for _ in range(_CARRIED_LISTS_MAX):
        sentence = reading.sentence_at(reading.plain.to_plain(max(last.start, last.end - 1)))
        following = reading.sentence_after(sentence) if sentence is not None else None
        if following is None or _CARRIES_ON.match(reading.lower, following.start) is None:
            break
        if not introduces_list(reading, following, False):
            break
        more = reading.list_items_after(following.end)
        if not more or more[0].start <= last.start:
            break
        found.append((following, more))
        last = more[-1]
    return found


_ITEM_NUMBER = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]")
_PARAGRAPHS_BETWEEN_MAX = 2
"""How many paragraphs may part a numbered list from the rest of it."""
_CONTINUED_HEADING = re.compile(
    r"[^\n]*?[ \t]*[(\[\u2013\u2014-]?[ \t]*"
    r"\b(?:continued|contd\.?|cont'd|cont\.)[ \t]*[)\]]?[ \t*_]*$"
)
"""A heading that says it carries on the part before it ("Corporate parenting (continued)",
"Our principles - cont'd"), as a slide or page does when a list runs over onto the next: no new
topic starts under it."""


def _continues_the_part_before(text: str, block: Block) -> bool:
    """Whether `block` is a heading that says it carries on the part before it."""
    if block.type != "heading":
        return False
    line = text[block.content_start : block.content_end].lower().strip()
    return _CONTINUED_HEADING.fullmatch(line) is not None


def _numbered_list_resumed(reading: ReadableOutline, items: list[Span]) -> list[Span]:
    """The items of a numbered list that a paragraph or two interrupt and that then goes on with
    the next number ("1. … 2. … 3. …", a paragraph, "4. … 7. …"), as a converter keeps a Word
    list that an unnumbered paragraph interrupts: the numbers say it is one list. The list must
    be numbered from 1 (its last number is how many items it has) and go on at the next number,
    with no heading between but one saying it carries the part on ("Corporate parenting
    (continued)", as a slide deck heads the slide a list runs over onto). Original offsets."""
    text = reading.outline.text
    found: list[Span] = []
    count = len(items)
    last = reading.block_at(items[-1].start)
    while last is not None and last.type == "list_item":
        number = _ITEM_NUMBER.match(text, last.start)
        if number is None or int(number.group(1)) != count:
            break
        index = bisect_right(reading.block_starts, last.start)
        between = 0
        while index < len(reading.blocks) and (
            reading.blocks[index].type == "paragraph"
            or _continues_the_part_before(text, reading.blocks[index])
        ):
            between += 1
            index += 1
        if not 1 <= between <= _PARAGRAPHS_BETWEEN_MAX or index >= len(reading.blocks):
            break
        more: list[Span] = []
        for block in reading.blocks[index:]:
            number = _ITEM_NUMBER.match(text, block.start)
            if block.type != "list_item" or number is None:
                break
            if int(number.group(1)) != count + len(more) + 1:
                break
            more.append(Span(block.content_start, block.content_end))
            last = block
        if not more:
            break
        found += more
        count += len(more)
    return found


def _table_rows_after(reading: ReadableOutline, offset: int) -> list[Span]:
    """The rows of the table that starts right after original `offset` (nothing but its own
    header lines between), whole: a table's rows of any length are its items, where lines read
    as a list would end at the first long row and count only the header."""
    text = reading.outline.text
    line_end = text.find("\n", offset)
    next_line = text[line_end + 1 :].lstrip("\n").split("\n", 1)[0] if line_end >= 0 else ""
    if "|" not in next_line:
        return []
    for rows in reading.table_rows():
        if rows[0].start <= offset:
            continue
        between = text[offset : rows[0].start]
        if all("|" in line or not line.strip() for line in between.split("\n")[1:]):
            return rows
        return []
    return []


_RUN_IN_LABEL_LINE = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n]{1,48}(?:\*\*|__)[ \t]*\S[^\n]*")
"""A line opening with a bold run-in label ("**Voice.** We encourage …")."""


def _run_in_label_lines(text: str, offset: int) -> list[Span]:
    """The lines after original `offset` that each open with a bold run-in label, read as the
    items of a list (a markdown writer's list without bullets: "**Best interests.** We act …" on
    one line after another). Blank lines between them are passed over; the run ends at the
    first other line."""
    items: list[Span] = []
    position = text.find("\n", offset)
    while position != -1:
        start = position + 1
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = _RUN_IN_LABEL_LINE.fullmatch(text, start, end)
        if line is not None:
            items.append(trim_span(text, start, end))
        elif text[start:end].strip() or (not items and start - offset > 2):
            break
        position = -1 if end >= len(text) else end
    return items if len(items) >= _PRINCIPLES_RECOGNISED else []


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_OPENS_WITH_ORDINAL = re.compile(
    r"[ \t]*(?:the\s+)?(?P<ordinal>[a-z]+?)(?:ly)?\b(?:\s+and\s+(?:last|final))?"
    r"(?:\s+(?:principle|one))?\s*(?:is\b|,|:|(?<=principle)\s+[a-z]+s\b)"
)
"""A sentence opening with the next ordinal: "The first is …", "Secondly, …", "Fourth, …", "The
seventh and last is …", "The sixth principle asks …"."""
_ORDINAL_CLAUSE = re.compile(
    r"[,;]\s+(?:and\s+)?(?:the\s+)?(?P<ordinal>[a-z]+?)(?:ly)?\b(?:\s+and\s+(?:last|final))?"
    r"(?:\s+(?:principle|one))?\s*(?:is\b|,|:)"
)
"""A clause inside the sentence opening with an ordinal ("The second is to …, and the third is to
…"): two principles set out in one sentence (blind258)."""


def _principles_in_ordinal_sentences(
    reading: ReadableOutline, sentence: Span
) -> tuple[int, list[Evidence]] | None:
    """Principles set out as prose, counted by ordinals in order ("The first is to act in their
    best interests … The seventh is to prepare them for adulthood"), one sentence each or two
    joined ("The second is …, and the third is …"): how many, with each sentence as evidence."""
    following = reading.sentence_after(sentence)
    if following is None:
        return None
    count, run = _ordinal_run(reading, following)
    if count < _PRINCIPLES_RECOGNISED:
        return None
    return count, [reading.evidence(sentence), *(reading.evidence(each) for each in run)]


def _ordinal_run(reading: ReadableOutline, first: Span) -> tuple[int, list[Span]]:
    """How many ordinals in order the sentences from `first` open with ("First, …", "Second,
    …", or two in one sentence), and those sentences."""
    following: Span | None = first
    count = 0
    run: list[Span] = []
    while following is not None and count < len(_ORDINALS):
        opening = _OPENS_WITH_ORDINAL.match(reading.lower, following.start, following.end)
        if opening is None or opening.group("ordinal") != _ORDINALS[count]:
            break
        count += 1
        for clause in _ORDINAL_CLAUSE.finditer(reading.lower, opening.end(), following.end):
            if count < len(_ORDINALS) and clause.group("ordinal") == _ORDINALS[count]:
                count += 1
        run.append(following)
        following = reading.sentence_after(following)
    return count, run


def _principles_in_an_ordinal_run(
    reading: ReadableOutline,
) -> tuple[int, list[Evidence]] | None:
    """Principles set out as sentences opened "First, …" to "Seventh, …" with no sentence
    naming them principles before them ("The Act frames those duties in an order. First, we act
    in their best interests …"): counted where the run is the principles by what it says, five
    of `_PRINCIPLE_CUES` at least, as `_principles_by_content` reads a list; steps of a
    procedure told "First, … Second, …" say none of that (decision 0467)."""
    for sentence in reading.sentences_containing("first"):
        opening = _OPENS_WITH_ORDINAL.match(reading.lower, sentence.start, sentence.end)
        if opening is None or opening.group("ordinal") != _ORDINALS[0]:
            continue
        count, run = _ordinal_run(reading, sentence)
        if not _PRINCIPLES_RECOGNISED <= count <= _PRINCIPLE_LIST_MAX:
            continue
        said = reading.lower[run[0].start : run[-1].end]
        if sum(1 for cue in _PRINCIPLE_CUES if cue.search(said)) >= _PRINCIPLES_RECOGNISED:
            return count, [reading.evidence(each) for each in run]
    return None


# --- legislation (common to every family) ---------------------------------------------------

_registers("legislation")(
    legislation_with_abbreviations(_DATA.get("legislation_abbreviations", {}))
)
_registers("legislation_count")(legislation_count)


# --- named models ------------------------------------------------------------------------------

_WORD_START = r"(?<![\w&-])(?<!\w['\u2019])"
"""A name starts where a word does, never inside one (after a letter and an apostrophe, a hyphen
or "&"), though it may follow an opening quote: "A-A-A-…" is one word, so a name is tried at its
first letter only, and the search stays linear in the word's length (decision 0184's
follow-up: started inside the word, each start scanned to its end and backtracked)."""
_NAME = _WORD_START + (
    r"(?:[A-Z][\w'\u2019&-]*)"
    r"(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|and|of|for|the|in|on|&|to(?=[ \t]+[A-Z]))){0,8}"
)
_MARKS = re.compile(r"[®™©]|\((?:R|TM|r|tm)\)")
_OPENING_QUOTE = "[\"'\u2018\u201c]?"
_QUOTES = "\"'\u2018\u2019\u201c\u201d"
_STRICT_NAME = (
    _WORD_START + r"[A-Z][\w'\u2019&-]*(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|of|and|for|&)){0,5}"
)
"""A proper name of capitalised words joined only by "of", "and", "for" or "&" ("Together for
Families"), not by "in" or "the", which run on into the sentence ("… in Westshire")."""
_APPROACH_TO = re.compile(
    r"(?:\b[Oo]ur|\b[A-Z][\w-]*['\u2019]s)\s+(?:(?i:practice)\s+)?(?i:approach)\s+to\s+"
    r"(?P<named>(?i:practice|social\s+work|working\s+with\s+(?:children|families|young\s+people)"
    r"(?:\s+and\s+(?:children|families|young\s+people|their\s+families))?)"
    r"[ \t]*(?:,?\s+is\s+(?:called\s+|known\s+as\s+|named\s+)?|[:\-\u2013\u2014][ \t]*"
    r"|(?P<apposed>,[ \t]+)))?"
    rf"{_OPENING_QUOTE}(?P<name>{_STRICT_NAME}"
    rf"(?(named)(?:[ \t]+(?:in|on|the|to|at|with)[ \t]+{_STRICT_NAME}(?=[.;:!?,](?:\s|$)|\s*$))?))"
    r"(?(apposed)(?=[\"'\u2019\u201d]?,\s))"
)
""""Our approach to practice is called Bright Futures" (`named`), "Our approach to Bright
Futures…" (see `_proper_name`). Where the sentence says what its approach to practice is, the
name is a name as after "called", even in words that alone describe ("…is Systemic Practice").
A name the sentence gives and that ends its clause may hold "in" or "the" ("…is called Partners
in Change."). A name set between commas right after the approach to practice says the same
("Our approach to social work, Steadfast, rests on …", `apposed`, blind278): the apposition
names it, as "Firm Foundations, our practice model, …" does the other way round (decision
0348); a name with no comma closing it is no apposition ("Our approach to practice, Signs of
Safety and family group conferences are …" reads as a list)."""
_CLAUSE_ENDING_NAME = (
    rf"(?:[ \t]+(?:at|to|with|by)[ \t]+{_STRICT_NAME}(?=[.;:!?,)\u2013\u2014](?:\s|$)|\s*$))?"
)
"""The rest of a name given right after its label that ends the clause ("Operating Model: Safe at
Home."): there a name may hold "at", "to", "with" or "by", which elsewhere run on into the
sentence ("… works to …")."""
_THE_MODEL_WE_USE = (
    r",\s+the\s+(?:(?i:practice)\s+)?(?i:model)\s+(?:that\s+|which\s+)?"
    r"(?:we|our\s+(?:[\w-]+\s+){0,3}?)(?:use|uses|follow|follows|work\s+to|works\s+to)\b"
)
"""A name set in apposition to the model the council works to ("Systemic Practice, the model
our social work teams use,"): the sentence says which is the model."""
_INTRODUCED_HERE = (
    r"\s+(?:that\s+|which\s+)?(?:we\s+(?:have\s+)?)?"
    r"(?:introduced|adopted|launched|brought\s+in|chose|chosen|took\s+up|taken\s+up)"
    r"(?:\s+(?:here|across\s+(?:the|our|all)\s+(?:\w+\s+)?\w+|in\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d)){1,3}"
)
"""A clause saying when or where the council took up the model it goes on to name ("The practice
model introduced here in 2022 is …", "The practice model we adopted across the service in 2023
is …"): it says where the model is in use, so it is the council's own, as "our" says."""
_KNOWN_WHERE_AS = (
    r"known(?:\s+(?:locally|here"
    r"|(?:across|around|throughout|in|within|among|to)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:county|borough|city|district|council|service|authority|area|region"
    r"|teams?|staff|workers|practitioners|departments?|directorate)))?\s+as"
)
"""A name a model is known by where the council works or among its own people ("known across
the county as Hearthstone", blind344; "known across its teams as Kinlace", "known to staff as
…", blind380): the name the council's people use, so the model's, as "known as" gives it."""
_OF_ITS_OWN = r"\s+of\s+(?:our|its|their|the\s+[\w-]+['\u2019]s|[A-Z][\w-]*['\u2019]s)\s+own"
"""A model said to be the council's own between the model's words and its name ("a model of
practice of the borough's own, called Open Doors", "a practice model of our own, known as …"):
it says whose model it is, as "our" before it does (decision 0431)."""
_OWN = r"(?:[Oo]ur|[Ii]ts|[Tt]he[ \t]+[Cc]ouncil['\u2019]s|[A-Z][\w-]*['\u2019]s)"
"""Whose a bare "model" or "framework" is where the sentence goes on to say what it is ("Our model
is …", decision 0338; "Its framework is …", "The council's framework is …", "Orbridge's framework
is …", blind301): the council's own, by its pronoun or by name, so that the name after "is" is
its model even in words that alone would only describe a way of working. A name in the
possessive is asked no more than "Dunholme's practice model is …" is (`_OWNER_BEFORE`); another
council's model is set aside by `_owned_by_another`."""
_COUNCIL_NOUN = r"(?:council|city|borough|county|district|authority|service)"
"""The council as a sentence names it in the third person ("the city calls …", decision 0443)."""
_MODEL_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        (
            "practice model",
            "practice framework",
            "operating model",
            "operating framework",
            "our model",
            "our framework",
        ),
        re.compile(
            r"(?:(?i:practice|operating)[ \t]+|\b[Oo]ur[ \t]+)(?i:model|framework)"
            r"[ \t]*[-\u2013\u2014:][ \t]*"
            rf"{_OPENING_QUOTE}(?P<name>{_NAME}{_CLAUSE_ENDING_NAME})"
        ),
    ),
    (
        ("model",),
        re.compile(
            rf"(?P<name>{_NAME})[®™]?[ \t]+(?P<practice>(?i:practice|operating)[ \t]+)?[Mm]odel\b"
        ),
    ),
    (
        ("practice framework",),
        re.compile(rf"(?P<name>{_NAME})[®™]?[ \t]+(?i:practice)[ \t]+(?i:framework)\b"),
    ),
    # A model the council adopts or uses, named by the word after it ("the X approach"), by "as
    # our model", or by a phrase set after it in apposition: "a framework", "our approach", and
    # the user's own, "its model for planning", "their way of working" (blind349, decision 0514).
    # A model the council chose or selected is one it adopted ("… has chosen Systemic Practice
    # as its model", blind364). The apposition may call it the council's method ("trained in
    # Threads, the city's own method", blind379): a method of practice named is its model.
    (
        (
            "adopt",
            " use",
            "using",
            "follow",
            "apply",
            "appli",
            "implement",
            "embed",
            "trained",
            "lean",
            "rest",
            "rely",
            "relies",
            "relied",
            "practis",
            "practic",
            "chose",
            "choos",
            "select",
        ),
        re.compile(
            r"\b(?:adopt(?:s|ed|ing)?|use[sd]?|using|follow(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|"
            r"chose(?:n)?|choos(?:e|es|ing)|select(?:s|ed|ing)?|"
            r"implement(?:s|ed|ing)?|embed(?:s|ded|ding)?"
            r"|trained\s+(?:(?:since|from)\s+(?:19|20)\d\d\s+)?in"
            r"|(?P<practised>practi[sc]e[sd]?|practi[sc]ing)"
            r"|lean(?:s|ed|t|ing)?\s+on|rel(?:y|ies|ied|ying)\s+on|rest(?:s|ed|ing)?\s+on)"
            rf"\s+(?:what\s+(?:we|the\s+{_COUNCIL_NOUN})\s+calls?\s+)?"
            rf"(?:the\s+|a\s+|an\s+|our\s+)?{_OPENING_QUOTE}(?P<name>{_NAME})[®™]?"
            r"(?:(?<=[\w®™])[\"\u2019\u201d](?=,))?"
            r"(?:(?(practised)(?!)|\s+(?i:approach|principles|model|framework|methodology"
            r"|way\s+of\s+working)\b)"
            r"|(?:(?P<called>\s+as\s+(?:our|the|its|their)\s+(?:\w+\s+){0,2}?)"
            r"|,\s+(?:an?|the|our|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?)"
            r"(?i:model|framework|approach|methodology|method|way\s+of\s+working)\b)"
        ),
    ),
    (
        (
            "practice model",
            "practice framework",
            "being model",
            "being framework",
            "model of",
            "framework of",
            "social work model",
            "our model",
            "its model",
            "s model",
            "our framework",
            "its framework",
            "s framework",
        ),
        re.compile(
            r"\b(?:(?i:practice|well-?being|social\s+work)\s+(?i:model|framework)"
            r"|(?i:model|framework)\s+of\s+(?i:practice|social\s+work)"
            rf"|(?<![\w-]){_OWN}\s+(?i:model|framework)(?=\s+is\s))"
            r"(?:\s+(?:that\s+|which\s+)?we\s+(?:use|follow|work\s+to|(?:have\s+)?adopted)"
            rf"|{_INTRODUCED_HERE}|{_OF_ITS_OWN})?"
            r"(?:,?\s+(?:(?:is|has\s+been)\s+"
            rf"(?P<called>called\s+|{_KNOWN_WHERE_AS}\s+|named\s+)?"
            rf"|called\s+|{_KNOWN_WHERE_AS}\s+)"
            r"|[ \t]*[:\-\u2013\u2014][ \t]*|,[ \t]+)"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_NAME})"
        ),
    ),
    (
        (
            "practice model",
            "practice framework",
            "model of practice",
            "operating model",
            "our model",
        ),
        re.compile(
            rf"(?P<name>{_NAME})[®™]?(?:(?:,\s+which)?\s+is|[ \t]*[:\-\u2013\u2014])\s+"
            r"(?:(?:our|the|[A-Z][\w-]*['\u2019]s)\s+(?:\w+\s+)?"
            r"(?i:practice\s+(?:model|framework)|model\s+of\s+practice|operating\s+model)"
            r"|our\s+model)\b"
        ),
    ),
    (
        ("practice model", "practice framework", "model of practice"),
        re.compile(
            rf"(?P<name>{_NAME})[®™]?,\s+(?:our|the|[A-Z][\w-]*['\u2019]s"
            r"|the\s+(?:council|county|borough|city|service)['\u2019]s(?:\s+own)?)"
            r"\s+(?:[\w-]+\s+)?"
            r"(?i:practice\s+(?:model|framework)|model\s+of\s+practice)"
            r"(?=[ \t]*(?:[,.;)]|$)|\s+(?:that|which|we)\s)"
        ),
    ),
    (("approach to",), _APPROACH_TO),
    (
        ("operating model",),
        re.compile(
            rf"(?i:operating)[ \t]+(?i:model)\s+is\s+(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_NAME})"
        ),
    ),
    (
        ("the model", "the practice model"),
        re.compile(rf"(?P<name>{_NAME})[®™]?(?={_THE_MODEL_WE_USE})"),
    ),
    # The model named as the one the council uses: "The model we practise is Wayfinder", "Our
    # model that we follow is …" (decision 0407).
    (
        ("model we", "model that we", "model which we"),
        re.compile(
            r"\b(?:[Tt]he|[Oo]ur)\s+(?:(?i:practice)\s+)?(?i:model)\s+"
            r"(?P<called>(?:that\s+|which\s+)?we\s+(?:use|follow|practi[sc]e|work\s+to"
            r"|(?:have\s+)?(?:adopted|chosen)|chose)\s+is\s+(?:called\s+|known\s+as\s+|named\s+)?)"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})"
        ),
    ),
    (
        ("call",),
        re.compile(
            r"\b(?:(?i:we)\s+(?:have\s+)?call(?:ed)?"
            rf"|(?:[Tt]he\s+{_COUNCIL_NOUN}|[A-Z][\w-]*)\s+(?:has\s+)?call(?:s|ed))"
            r"\s+(?P<called>(?:our|its|the\s+council['\u2019]s)\s+"
            r"(?:(?i:practice|operating)\s+(?i:model|framework)"
            r"|(?i:model)\s+of\s+(?i:practice|social\s+work)"
            r"|(?i:approach)\s+to\s+(?:[a-z][\w-]*\s+){0,3}?(?i:practice|work)))\s+"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})"
        ),
    ),
    (
        (
            "model called",
            "model known as",
            "model named",
            "framework called",
            "framework known",
            "working called",
            "working known as",
            "working named",
            "approach called",
            "approach known as",
            "approach named",
            # The pattern takes a comma before "known" ("Our way of working, known as …"), so
            # the sentences it is tried in are found with one too (a model or framework so
            # named is found by the words "our model", "our practice framework" already).
            "working, known",
            "approach, known",
            "known locally as",
            "locally known as",
            "known here as",
            # known by a name where the council works ("a practice framework, known across the
            # county as Hearthstone", blind344)
            "framework, known",
            "model, known",
            # known by a name after a clause saying how the model came about ("the same
            # approach, built with local families over three years and known in the county
            # as …", blind390)
            "and known",
        ),
        re.compile(
            r"\b(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?:(?:local|own|social\s+work)\s+)?"
            r"(?:[a-z][\w-]*,?\s+){0,3}?"
            r"(?:model|practice\s+framework|(?P<described>way\s+of\s+working|approach))"
            r"(?:\s+|,\s+(?=(?:known|locally)\s)"
            r"|,\s+(?:[a-z0-9][\w-]*\s+){1,10}?and\s+(?=(?:known|locally)\s))"
            rf"(?P<called>called|{_KNOWN_WHERE_AS}|locally\s+known\s+as|named)\s+"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})"
        ),
    ),
    (
        ("we call", "we describe", "we refer", "we know"),
        re.compile(
            r"\b(?i:we)\s+(?:call|describe|refer\s+to|know)\s+"
            r"(?P<called>(?:our|this)\s+(?:(?i:way)\s+of\s+(?i:working)"
            r"|(?i:approach)(?:\s+to\s+(?i:practice))?|(?i:way)\s+of\s+(?i:practising)))\s+"
            r"(?:as\s+)?"
            r"[\"\u2018\u201c](?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[\w'\u2019&-]+){0,5})"
            r"[\"\u2019\u201d]"
        ),
    ),
    (
        ("is the name",),
        re.compile(
            rf"{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})[\"\u2019\u201d]?\s+"
            r"(?P<called>is\s+the\s+name)\s+(?:of\s+|(?:that\s+|which\s+)?"
            r"(?:we\s+(?:have\s+)?(?:gave|given|give|chose|chosen|use)|(?:was\s+)?given)\s+"
            r"(?:to\s+|for\s+)?)(?:our|the\s+council['\u2019]s)\s+"
            r"(?:(?i:practice|operating)\s+(?i:model|framework)|(?i:model)\s+of\s+(?i:practice)"
            r"|(?i:approach)(?:\s+to\s+(?i:practice))?|(?i:way)\s+of\s+(?i:working))\b"
        ),
    ),
    (
        (
            "we call",
            "we have called",
            "we've called",
            "we name",
            "we have named",
            "we've named",
            " calls ",
            " names ",
            "has called",
            "has named",
            # a name given as a child's is, at a christening ("a framework the service
            # christened Tidewell"), or as a nickname ("the approach we dubbed …", decision 0497)
            "christen",
            " dub",
        ),
        re.compile(
            r"\b(?:(?i:model)(?:\s+of\s+(?i:practice))?|(?i:way)\s+of\s+(?i:working)"
            r"|(?:same|common|shared|single|particular)\s+way|(?<=\bin\s)a\s+way"
            r"|(?i:approach|framework)(?:\s+to\s+(?i:practice))?)"
            # a model "of its own" or "of our own" before the naming clause (blind395)
            r"(?:\s+of\s+(?:its|our|their)\s+own)?"
            rf"(?:,?\s+(?:which|that))?\s+(?:we|the\s+{_COUNCIL_NOUN})\s+"
            r"(?:have\s+|has\s+|'ve\s+|\u2019ve\s+)?"
            r"(?P<called>call(?:s|ed)?|name[sd]?|christen(?:s|ed)?|dub(?:s|bed)?)\s+"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})"
        ),
    ),
    # The way of working named by whose it is, ours, this one or the council's by its own name,
    # and whom it works with ("Pellowick's way of working with families is called Family
    # Anchors", "This way of working is known in Stannerby as Common Ground", decision 0452);
    # "the way we work with families" too, named by "is called" or between commas or dashes
    # ("The way we work with families, called Near Shore, asks …"), and known across the
    # service (decision 0477).
    (
        ("way of working", "the way we", "the way our"),
        re.compile(
            r"\b(?:(?:[Oo]ur|[Tt]his|[Tt]he\s+[Cc]ouncil['\u2019]s"
            rf"|[Tt]he\s+{_COUNCIL_NOUN}['\u2019]s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s)"
            r"\s+(?i:way)\s+of\s+(?i:working)"
            r"(?:\s+with\s+(?:[a-z]+\s+){0,3}?(?:families|children|parents|people))?"
            r"|[Tt]he\s+way\s+(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:teams?|staff|workers|practitioners))"
            r"\s+(?:work|practi[sc]e)"
            r"(?:\s+with\s+(?:[a-z]+\s+){0,3}?(?:families|children|parents|people))?"
            rf"(?:\s+in\s+{_STRICT_NAME})?)(?:\s+is\s+|\s*(?:,|[\u2013\u2014]|--?)\s*)"
            r"(?P<called>called|known(?:\s+(?:locally|here|in\s+"
            rf"{_STRICT_NAME}|across\s+(?:the\s+(?:service|council|department|directorate)"
            rf"|{_STRICT_NAME})))?\s+as|named)\s+"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})"
        ),
    ),
    # The way of working labelled by its name after a colon, the name closing the sentence:
    # "… has given its name to the way they work: Lantern Practice." (blind375, decision 0553),
    # as "Practice model: Safe at Home" labels a model. Whose workers "they" are the sentence
    # before says; a colon before anything but a name that ends the sentence ("the way we work:
    # families come first in all we do") names nothing.
    (
        ("the way we", "the way they", "the way our", "way of working"),
        re.compile(
            r"\b(?:[Tt]he|[Oo]ur|[Tt]heir)\s+(?i:way)\s+(?:of\s+(?i:working)|(?:we|they|our\s+"
            r"(?:[\w-]+\s+){0,2}?(?:teams?|staff|workers|practitioners))\s+(?:work|practi[sc]e))"
            r"(?:\s+with\s+(?:[a-z]+\s+){0,3}?(?:families|children|parents|people))?"
            r"[ \t]*(?P<called>:)[ \t]*"
            rf"{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})[\"'\u2019\u201d]?"
            r"(?=[ \t]*[.!?](?:\s|$)|[ \t]*$)"
        ),
    ),
    (
        ("we call it", "we have called it", "we've called it"),
        re.compile(
            r"\b(?:[Oo]ur|[Tt]he\s+[Cc]ouncil['\u2019]s)\s+(?:(?i:practice|operating)\s+)?"
            r"(?i:model|framework|approach|way\s+of\s+working)\b[^.;:!?]{0,80}?"
            r"\b(?:and|so)\s+we\s+(?:have\s+|'ve\s+|\u2019ve\s+)?(?P<called>call(?:ed)?)\s+it\s+"
            r"[\"\u2018\u201c'](?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[\w&-]+){0,5})[\"\u2019\u201d']"
        ),
    ),
    (
        ("we call it", "we have called it", "we've called it"),
        re.compile(
            r"\b(?:[Oo]ur|[Tt]he\s+[Cc]ouncil['\u2019]s)\s+(?:(?i:practice|operating)\s+)?"
            r"(?i:model|framework|approach|way\s+of\s+working)\b[^.;!?]{0,160}?"
            r"(?::|;|\b(?:and|so))\s+we\s+(?:have\s+|'ve\s+|\u2019ve\s+)?(?P<called>call(?:ed)?)\s+it\s+"
            rf"(?P<name>{_STRICT_NAME})(?=[ \t]*[.!?](?:\s|$)|[ \t]*$)"
        ),
    ),
    (
        (
            "our own model",
            "our model",
            "our practice model",
            "our own practice model",
            "our own framework",
            "our practice framework",
            "s own model",
            "our operating model",
            "our own operating model",
        ),
        re.compile(
            r"\b(?:[Oo]ur|[Ii]ts|[Tt]he\s+[Cc]ouncil['\u2019]s)\s+(?:own\s+)?"
            r"(?:(?i:practice|operating)\s+)?"
            r"(?P<called>(?i:model|framework))[ \t]*,?[ \t]*"
            r"[\"\u2018\u201c'](?P<name>[A-Z][\w'\u2019&-]*(?:[ \t]+[\w&-]+){0,5})[\"\u2019\u201d']"
        ),
    ),
    (
        ("approach called", "approach known as", "approach named"),
        re.compile(
            r"\b(?:[Oo]ur|[Ii]ts|[Tt]he\s+[Cc]ouncil['\u2019]s"
            r"|(?P<owner>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})['\u2019]s)\s+"
            r"(?:[a-z][a-z-]*\s+){0,2}?approach\s+(?P<called>called|known\s+as|named)\s+"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})"
        ),
    ),
    (
        (
            "goes by the name",
            "go by the name",
            "has a name",
            "has the name",
            "bears the name",
            "by its initials",
        ),
        re.compile(
            r"\b(?:(?i:practice)(?:\s+here)?|(?:[Oo]ur|[Ii]ts|[Tt]he\s+[Cc]ouncil['\u2019]s)\s+"
            r"(?:own\s+)?(?:(?i:practice|operating)\s+)?"
            r"(?i:model|framework|approach|way\s+of\s+working)(?:\s+here)?"
            r"|[Tt]he\s+(?:(?i:practice)\s+)?(?i:model|framework)\s+(?:that\s+|which\s+)?"
            r"(?:[\w'\u2019-]+\s+){1,8}?(?:practi[sc]e|work|use|follow)s?"
            r"(?:\s+(?:under|to|with|within|by))?"
            r"|[Tt]he\s+(?:(?i:practice)\s+)?(?i:model|framework)\s+"
            r"(?:adopted|chosen|introduced|used|followed)\b(?:\s+[\w'\u2019-]+){0,6}?)\s+"
            r"(?P<called>(?:goes\s+by|go\s+by|has|bears)\s+(?:the|a)\s+name(?:\s+of(?=\s))?"
            r"|is\s+known\s+by\s+its\s+initials)"
            r"(?:\s+|[ \t]*[:,\-\u2013\u2014][ \t]*)"
            rf"(?:the\s+)?{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})"
        ),
    ),
    # A named approach or model the council says it developed itself: "the Kinfold approach,
    # which the city developed with local families", "the Harbour model that we designed in
    # 2021" (decision 0431).
    (
        ("developed", "designed", "created", "devised", "built"),
        re.compile(
            rf"\b[Tt]he\s+(?P<name>{_STRICT_NAME})[®™]?\s+"
            r"(?i:approach|model|framework|way\s+of\s+working),?\s+(?:which|that)\s+"
            r"(?:we|the\s+(?:council|city|borough|county|district|authority|service))\s+"
            r"(?:(?:has|have|had)\s+)?(?:developed|designed|created|devised|built)\b"
        ),
    ),
    (
        ("approach to",),
        re.compile(
            rf"(?P<name>{_STRICT_NAME})[®™]?(?:,\s+which)?\s+is\s+"
            r"(?:our|the\s+[Cc]ouncil['\u2019]s)\s+(?:own\s+)?(?i:approach)\s+to\s+"
            r"(?:(?i:practice)|social\s+work|working\s+with\s+(?:children|families"
            r"|children(?:,\s+young\s+people)?\s+and\s+(?:their\s+)?families))\b"
        ),
    ),
    # The council's social work or practice as a whole said to rest on a named practice
    # ("Social work in Thornbury is based on Relational Practice", "Our practice is built on
    # the Harbour Approach", blind307): decision 0445.
    (
        ("based on", "based upon", "built on", "grounded in", "founded on"),
        re.compile(
            r"(?:\b(?:[Oo]ur|[Ii]ts|[Tt]he\s+[Cc]ouncil['\u2019]s|[A-Z][\w-]*['\u2019]s)"
            r"\s+(?:own\s+)?(?:social\s+work|practice)"
            r"|\b(?:Social\s+work|Practice)\s+(?:here|(?:in|across)\s+(?:the\s+)?"
            r"(?:county|borough|city|district|council|service|[A-Z][\w'\u2019-]*"
            r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})))"
            r"\s+(?:is|has\s+(?:always\s+)?been)\s+"
            r"(?P<called>(?:based|built|grounded|founded)\s+(?:on|upon|in))\s+(?:the\s+)?"
            r"(?P<name>(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:of|for)[ \t]+)?){1,4}"
            r"(?:Practice|Approach|Model|Framework|Social[ \t]+Work))[®™]?"
            r"(?=[ \t]*(?:[.;!?](?:\s|$)|$))"
        ),
    ),
)
"""Each pattern with the lower-case words one of which its sentence must hold. One reads
the council's own approach given a name, with up to two words saying what kind of approach it
is ("our relational approach called \"Growing Together\"", "its practice approach known as
Safe Hands"; a model or framework known by that name where the council works, "a single practice
framework, known across the county as Hearthstone", blind344); someone else's approach ("an
approach called ...") is not the council's. An approach or framework the council says it
names itself is its own, whoever's words come before it ("Our teams work within a systemic
approach we call Yarrowmead Together", decision 0227), as is the approach it calls by a name
after saying which practice or work it is the approach to ("We call our approach to
relationship-based work Wayfarer", blind376). Three read a way of working named as a model
is ("Our way of working is called \"Keeping Close\""), a model the sentence describes and then names
in quotes ("Our practice model is relationship-based and we call it 'Together Stronger'"; unquoted
where it closes the sentence after a colon or "and": "Our practice framework takes its name from the
river: we call it Clear Water.", decision 0467), and a name in quotes set beside the council's own
model ("We launched our own model, 'Bright Steps', in 2024") or its operating model ("Our operating
model, 'Kindred Paths', …", decision 0262). One reads the council's practice or model said to
go by or have a name ("Practice here goes by the name Firm Foundations", "Our model has a name
— Open Table —", decision 0308) or to be known by its initials ("Our practice model is known by
its initials, TRUST: Together, ...", decision 0403), or the model the council's teams work to
said so ("The model
all of our teams practise under goes by the name of Steady Ground", blind258), or the one the
council adopted ("The practice framework adopted by Marlcombe in 2023 goes by the name
Tidemark", blind344): saying it has a
name is saying what it is called; so does a
name said to be the name given to, or the name of, the council's model ("Lighthouse is the name
of our model of practice", decision 0312). One reads a name set beside the council's practice
model between commas, closing its clause ("Firm Foundations, our practice model, shapes …",
"… is underpinned by Open Doors, the practice framework we adopted in 2023", decision 0348):
the apposition says which name is the model, as `_THE_MODEL_WE_USE` does. The one
before the last reads a name said to be the council's approach to practice or to working with
families
("Bridgework is our approach to working with families", decision 0276); it says no "called",
so a name of generic words ("Early Help is our approach to working with families") names no
model through it, and an approach to anything else ("… our approach to recruiting foster
carers") is no practice model. A model the council leans or relies on is one it uses
("Social workers lean on the Long Road, a way of working …"), and a way of working the council
calls by a name in the third person is named as one "we call" is ("a way of working the city
calls Lantern Practice", decision 0443), also where the sentence has said the workers all work
in one way and names that way ("… all go about their work in the same way, which the borough
calls Rooted Together", blind320): "the same", "a common", "a shared" or "a single" way of
working is the way of working, and so is "in a way" the council names ("Your social worker works
with you in a way we call Team Around Me", blind327). A model the council's workers practise is
one they use when the apposition after it says so (not "practise Open Doors and the model is
reviewed …", whose "model" is the sentence's next subject), and one they were trained in is
still that when the sentence says since when ("trained since 2023 in …"); the apposition may
say whose it is ("…, the
borough's own way of working", decision 0450). The last reads the council's social work or practice
as a whole said to be based, built, grounded or founded on a Title Case name that ends in what
names a way of working ("… Practice", "… Approach", "… Model", "… Framework", "… Social Work") and
ends the sentence: saying what the whole of its practice rests on names the model, as "our practice
model is" does, so a name of words that alone describe ("Systemic Practice") is a name there
(decision 0445). A theory, rights or principles ("… based on Attachment Theory", "… on the
Corporate Parenting Principles"), a list ("… on Systemic Practice and Social Pedagogy"), a law, or
one part of the work ("Our assessments are based on …") names none."""
_KEEPS_MODEL_WORD = _MODEL_PATTERNS[1][1]
_LABELLED_MODEL = _MODEL_PATTERNS[0][1]
_LABEL_OPENS_LINE = re.compile(
    r"[ \t#*_>]*(?:[-+\u2022][ \t]+[*_]*)?(?:(?:[Oo]ur|[Tt]he|[Oo]ur[ \t]+own)[ \t]+)?"
)
"""What may stand before "Practice model:" when the label opens its line (a heading or a field),
or opens a list item, as a "Key facts" box lists its fields ("- Practice model: …")."""
_SAYS_WHICH_IS_THE_MODEL = (
    _MODEL_PATTERNS[4][1],
    _MODEL_PATTERNS[5][1],
    _MODEL_PATTERNS[7][1],
    _MODEL_PATTERNS[8][1],
    _MODEL_PATTERNS[9][1],
)
_NAME_AFTER_MODEL_WORDS = (
    _MODEL_PATTERNS[0][1],
    _MODEL_PATTERNS[4][1],
    _APPROACH_TO,
    _MODEL_PATTERNS[7][1],
)
"""Patterns that read the name after "practice model is…": a last word "Practice" there is the
name's own ("Our practice model is Family Network Practice"), not the kind of model."""
_IS_THE_MODEL_AFTER = re.compile(
    r"(?:(?i:practice|operating|social[ \t]+work)[ \t]+(?i:model|framework)"
    r"|(?i:model|framework)[ \t]+(?i:of)[ \t]+(?i:practice|social[ \t]+work)"
    rf"|(?P<own>{_OWN}[ \t]+(?i:model|framework)))"
    rf"(?P<introduced>{_INTRODUCED_HERE})?\s+(?:is|has\s+been)\s+"
)
"""The council's model named after "is": "practice model is", and the same turned round,
"framework of practice is" (blind128, decision 0209), or "our model is", which names its owner
itself (blind218, decision 0338)."""
_HERE_OR_WE = re.compile(r"\b(?:here|we)\b")
_OWNER_BEFORE = re.compile(
    r"(?:\b[Oo]ur|\b[Ii]ts|\b[Tt]he\s+[Cc]ouncil['\u2019]s"
    r"|(?<![\w'\u2019-])[A-Z][\w-]*(?:['\u2019]s|s['\u2019]))\s+(?:[a-z]+\s+)?$"
)
"""Whose model "practice model is" names: "our", "its", "the council's", or a capitalised
owner in the possessive, the council or its service by name ("Dunholme's practice model is
…", "Children's Services' practice model is …"), perhaps with one word on how the owner holds
it ("Our chosen practice model is …", "Hatherstone's current model of practice is …", blind209);
"a practice model is" names no one's."""
_IS_THE_MODEL_BEFORE = re.compile(
    r"(?:,\s+which)?\s+is\s+(?:our|the)\s+(?:(?i:practice|operating)\s+)?(?i:model)"
    rf"|[®™]?{_THE_MODEL_WE_USE}"
)
_TITLE_CASE_NAME = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:of|and|for|&)[ \t]+|[ \t]+)[A-Z][\w'\u2019-]*"
    r"(?:(?:[ \t]+(?:of|and|for|&))?[ \t]+[A-Z][\w'\u2019-]*)*"
)
"""A Title Case name of two words or more ("Trauma Informed Practice", "Signs of Wellbeing")."""
_OWNER_REACH = 34


def _said_to_be_the_model(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence says outright that a Title Case name is the council's model ("Our
    practice model is Trauma Informed Practice", "Trauma Informed Practice is our model"): like
    "called", that makes the name a name even when its words alone would only describe a way of
    working."""
    name = match.group("name")
    if _TITLE_CASE_NAME.fullmatch(name) is None:
        return False
    between = text[match.start() : match.start("name")]
    if (after := _IS_THE_MODEL_AFTER.match(between)) is not None:
        if after.group("own"):
            return True
        if after.group("introduced") and _HERE_OR_WE.search(after.group("introduced")):
            return True
        reach = max(0, match.start() - _OWNER_REACH)
        return _OWNER_BEFORE.search(text, reach, match.start()) is not None
    return _IS_THE_MODEL_BEFORE.match(text, match.end("name")) is not None


_LABEL_SEPARATOR_BEFORE = re.compile(r"[-\u2013\u2014:][ \t]*$")


def _opens_a_subtitle(text: str, match: re.Match[str]) -> bool:
    """Whether the name read after a label ("Practice Model: …", "Practice model - …") opens a
    subtitle ("How We Work Restoratively With Families", as a heading may set after its colon):
    words that say how or why name no model (`subtitle_openers`, data). Without the label's
    colon or dash the words are read as before."""
    first = match.group("name").strip(_QUOTES).split(maxsplit=1)
    if not first or first[0] not in _SUBTITLE_OPENERS:
        return False
    reach = max(0, match.start("name") - 4)
    return _LABEL_SEPARATOR_BEFORE.search(text, reach, match.start("name")) is not None


def _labelled_as_the_model(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """Whether a label opening its line says which is the model ("Practice model - Systemic
    Practice", "Our practice framework: Family Network Practice"): like "our practice model is",
    the label makes a Title Case name of two words or more a name, even in words that alone
    would only describe a way of working. In a sentence ("… within a practice model - relational
    work …") the words stay a description."""
    name = match.group("name").strip()
    if _TITLE_CASE_NAME.fullmatch(name) is None:
        return False
    return _LABEL_OPENS_LINE.fullmatch(text, sentence.start, match.start()) is not None


_ADOPTED_BEFORE = re.compile(
    r"\b(?:adopt|use|using|follow|appl|implement|embed|introduc)\w*\s+the\s+$"
)
_ADOPTED_REACH = 40
"""A model the council says it adopted, before a title ending "Model": "… has adopted the Family
Partnership Model" gives the title as a name even in words that alone name no model."""
_MARKED = re.compile(r"[®™]|\((?:R|TM|r|tm)\)")
_ENDS_WITH_KIND_OF_MODEL = re.compile(r"[ \t](?:Practice|Operating)$")
"""A name read before "Model" that ends "… Practice" names the model without both words
("Bright Futures Practice Model" is "Bright Futures")."""
_ENDS_WITH_A_JOIN = re.compile(r"[ \t](?:and|of|for|the|in|on|&)$")
"""A name read before "model" that ends with a joining word ("Training in the model",
"Confidence in the practice model") is no name: "the model" points at a model named elsewhere,
and the capitalised word that opens the sentence is not part of it (blind251)."""
_KNOWN_MODELS: tuple[str, ...] = tuple(_DATA["named_models"]["known"])
_KNOWN_MODEL_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(name) for name in _KNOWN_MODELS) + r")\b"
)
_KNOWN_MODELS_WRAPPED: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (
        name,
        name.split(" ", 1)[0].lower(),
        re.compile(r"(?:[ \t]*\n[ \t]*|[ \t]+)".join(re.escape(word) for word in name.split(" "))),
    )
    for name in _KNOWN_MODELS
    if " " in name and name.isascii()
)
"""Each well-known name of more than one word, its first word, and the name with a line break
allowed between any two of its words: a hard-wrapped text breaks "Restorative\nPractice" where
its column ends, and the name is no less written (decision 0255)."""
_GENERIC_WORDS = frozenset(_DATA["named_models"]["generic_words"])
_LEADING_WORDS = frozenset(_DATA["named_models"]["leading_words_dropped"])
_NOT_A_NAME_OPENING = frozenset(_DATA["named_models"]["heading_question_words"])
"""Words opening a heading that asks or tells rather than names ("How We Practise")."""
_OWNER_WORDS = frozenset(_DATA["named_models"]["owner_words"])
_OUTSIDE_BODY = re.compile(
    r"\b(?:"
    + "|".join(re.escape(words) for words in _DATA["named_models"]["outside_bodies"])
    + r")\b",
    re.IGNORECASE,
)
_SUBTITLE_OPENERS = frozenset(_DATA["named_models"]["subtitle_openers"])
_SERVICE_NAME_WORDS = frozenset(_DATA["named_models"]["service_words"])
_NAME_JOINS = frozenset({"and", "of", "for", "&", "the"})
_NOT_MODEL_WORDS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(words) for words in _DATA["named_models"]["not_model_words"])
    + r")\b"
)
_LOOKED_AFTER_NAME = re.compile(
    "|".join(
        f"(?:{pattern})" for entry in _DATA["looked_after_terms"] for pattern in entry["patterns"]
    )
)
"""A term for children in care ("Children Looked After"): whom a team works with, never the
model it works to ("Our teams work with Children Looked After …" under a model heading)."""
_POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")
_TRAILING_WORDS_DROPPED = frozenset(
    {"and", "of", "for", "the", "in", "on", "&", "practice", "operating"}
)
_MAX_MODELS = 40
"""More names than this is not a chapter naming its models; stop (comparisons are pairwise)."""
_SAME_MODEL_RATIO = 0.85
"""Spellings this similar name one model ("Merton's … Wellbeing Model", "Merton … Well-Being")."""


def _model_name(
    words: str, keeps_model_word: bool, called: bool = False, *, keeps_practice: bool = False
) -> str | None:
    """The model's name from a candidate, or None when it names no particular model.

    A name the sentence gives the model ("our model of practice is called Family Strengths",
    `called`) may be made of generic words, if more than one: the sentence says it is a name."""
    known = _KNOWN_MODEL_RE.search(words)
    if known:
        return known.group()
    tokens = _MARKS.sub("", words).strip(_QUOTES).split()
    while tokens and tokens[0] in _LEADING_WORDS:
        tokens.pop(0)
    dropped = _TRAILING_WORDS_DROPPED - ({"practice"} if keeps_practice else set())
    while tokens and tokens[-1].lower() in dropped:
        tokens.pop()
    generic = all(token.lower().strip("'\u2019") in _GENERIC_WORDS for token in tokens)
    if not tokens or (generic and not (called and len(tokens) > 1)):
        return None
    if tokens[-1].endswith(_POSSESSIVE_ENDINGS) or tokens[-1].lower() in _OWNER_WORDS:
        return None  # "Eldermere's practice model" names whose model it is, not the model
    if _NOT_MODEL_WORDS.search(" ".join(tokens).lower()):
        return None
    if _LOOKED_AFTER_NAME.fullmatch(" ".join(tokens).lower()):
        return None
    name = " ".join(tokens)
    return f"{name} Model" if keeps_model_word else name


def _names_a_service(name: str) -> bool:
    """Whether `name` is made only of words that name a service or an area of work ("Family
    Support", "Early Help and Family Support", "Children's Social Care"): in Title Case such a
    name is how a council calls a part of itself, so where only the sentence's place says it is
    the model (the practice model section's opening), it names none (decision 0288)."""
    words = [word.lower() for word in _MARKS.sub("", name).strip(_QUOTES).split()]
    words = [word.replace("\u2019", "'") for word in words if word not in _NAME_JOINS]
    return bool(words) and all(word in _SERVICE_NAME_WORDS for word in words)


_MODEL_ROW = re.compile(
    r"^[ \t]*\|?[ \t*_]*(?:(?:[Oo]ur|[Tt]he)[ \t]+(?:own[ \t]+)?)?"
    r"(?:(?i:practice|operating)[ \t]+(?i:model|framework)|(?i:model)[ \t]+of[ \t]+(?i:practice))"
    r"[ \t*_]*\|[ \t*_]*"
    rf"{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})[\"\u2019\u201d']?[®™]?[ \t*_.]*\|?[ \t]*$",
    re.MULTILINE,
)
"""A table row whose first cell labels the model and whose second cell is nothing but its name
("Practice model | Strong Roots", "| Our practice model | Hearth |", "Model of practice |
Lighthouse"), as a key-facts box or an "At a glance" table sets it out."""
_CELL_PLACEHOLDERS = frozenset(_DATA["named_models"]["cell_placeholders"])


def _models_in_labelled_rows(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """Models named in the value cell of a row labelled "Practice model" (decision 0294). The
    label says which is the model as "our practice model is" does in a sentence, so the cell's
    name counts even as one word ("Hearth"), which prose alone would not make a model's name;
    a cell holding more than the name (a sentence, "Under review") or a placeholder ("None",
    "TBC") names none."""
    text = reading.text
    if "|" not in text:
        return []
    found: list[tuple[int, str, Span]] = []
    for match in _MODEL_ROW.finditer(text):
        words = match.group("name").strip()
        if words.lower() in _CELL_PLACEHOLDERS:
            continue
        name = _model_name(words, False, True, keeps_practice=True)
        if name is None or _names_the_owner(reading, name):
            continue
        span = _name_span(text, name, match, False)
        found.append((span.start, name, span))
    return found


def _local_names(reading: ReadableOutline) -> frozenset[str]:
    """The authority's own names (see `detect_local_names`), found once per reading."""
    if "local_names" not in reading.memo:
        reading.memo["local_names"] = frozenset(detect_local_names(reading))
    names: frozenset[str] = reading.memo["local_names"]
    return names


def _owned_by_another(reading: ReadableOutline, match: re.Match[str]) -> bool:
    """Whether a model pattern read its owner's name ("Caverley's approach called X") and that
    name is not one of the authority's own (`_local_names`), or read a described approach or way
    of working that the sentence says another body runs ("A national charity runs an approach
    called X"): only the council's own approach is its model."""
    groups = match.groupdict()
    owner = groups.get("owner")
    if owner is not None and owner not in _local_names(reading):
        return True
    if groups.get("described") is None:
        return False
    index = bisect_right(reading.sentences, match.start(), key=lambda span: span.start)
    if not index:
        return bool(_OUTSIDE_BODY.search(reading.text, 0, match.start()))
    return _first_outside_body(reading, reading.sentences[index - 1]) <= match.start()


def _first_outside_body(reading: ReadableOutline, sentence: Span) -> int:
    """Where the first mention of another body in `sentence` ends (past the sentence's end:
    none), searched once for each sentence: a sentence naming many approaches is not searched
    again from its start for each (decision 0184)."""
    found: dict[int, int] = reading.memo.setdefault("outside_bodies", {})
    if sentence.start not in found:
        body = _OUTSIDE_BODY.search(reading.text, sentence.start, sentence.end)
        found[sentence.start] = body.end() if body is not None else sentence.end + 1
    return found[sentence.start]


def _names_the_owner(reading: ReadableOutline, name: str) -> bool:
    """Whether a name read before "practice model" is the authority's ("the Castlegate practice
    model" says whose model it is, not which): one of its local names, or a single word the text
    also writes as an owner ("Castlegate's children and families service"). Known models are
    never owners' names."""
    if name in _KNOWN_MODELS:
        return False
    if name in _local_names(reading):
        return True
    text = reading.text
    if " " not in name:
        return any(f"{name}{ending}" in text for ending in ("'s", "\u2019s"))
    owners: dict[str, bool] = reading.memo.setdefault("owner_names", {})
    if name not in owners:  # a name said many times is looked for in the text once
        owners[name] = any(
            _OWNER_AFTER_NAME.match(text, found.end()) is not None
            for found in re.finditer(re.escape(name), text)
        )
    return owners[name]


_OWNER_AFTER_NAME = re.compile(
    r"\\?['\u2019]s\s+(?!(?i:model|approach|framework|principles)\b)"
    r"|\s+(?:(?:Borough|County|District|City|Metropolitan)\s+)?Council\b"
    r"|\s+(?i:children)\\?['\u2019]s\s+(?i:services|social\s+care)\b"
)
"""What a name of several words is followed by where the text writes it as the authority's
("Quenby Water's children's services", an escaped "Quenby Water\\'s", "Quenby Water Council",
"Quenby Water children's social care"): a place, not a model, when it opens a sentence of the
practice model section ("Quenby Water uses the Family Safeguarding Model"). A model's name
written so is rare, and a known model is never an owner."""


def _is_adopted_title(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """Whether "the NAME Model" (capital M, at least two words of name) is what the sentence says
    the council adopted or uses: then the title is the model's name."""
    if not text.startswith("Model", match.end() - len("Model")) or " " not in match.group("name"):
        return False
    reach = max(sentence.start, match.start("name") - _ADOPTED_REACH)
    return _ADOPTED_BEFORE.search(text, reach, match.start("name")) is not None


def _proper_name(name: str, match: re.Match[str]) -> str | None:
    """`name` if "our approach to NAME" names a model rather than an area of work.

    Title Case headings name areas of work the same way ("Our Approach to Domestic Abuse"), so
    unless the sentence says what it is ("our approach to practice is called …"), the name must
    be a known model, be marked ® or ™, or be written again, as written, elsewhere in the text:
    a model is named where it is used. Names made only of generic words are gone already.
    """
    text = match.string
    if match.group("named") or name in _KNOWN_MODELS:
        return name
    if _MARKED.search(text, match.end("name"), match.end("name") + 4):
        return name
    first = text.find(name)
    return name if first != -1 and text.find(name, first + len(name)) != -1 else None


def _name_span(text: str, name: str, match: re.Match[str], keeps_model: bool) -> Span:
    """Where the reported name is written: from its first word to the name's (or "Model"'s) end."""
    first_word = name.split()[0]
    start = text.find(first_word, match.start("name"), match.end("name"))
    start = start if start >= 0 else match.start("name")
    end = match.end() if keeps_model else match.end("name")
    while end > start and text[end - 1] in _QUOTES:
        end -= 1
    return trim_span(text, start, end)


def _known_models_across_lines(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """Well-known models whose name a line break divides ("… trained in is Restorative\nPractice."
    in a text hard-wrapped at 72 columns): found from where the name's first word stands, as
    written, and kept only where a line break does stand between its words (a name on one line
    is found as written already)."""
    text = reading.text
    found: list[tuple[int, str, Span]] = []
    for name, first, pattern in _KNOWN_MODELS_WRAPPED:
        for position in reading.positions_of(first):
            match = pattern.match(text, position)
            if match is None or "\n" not in match.group():
                continue
            span = Span(match.start(), match.end())
            if _is_whole_words(text, span):
                found.append((span.start, name, span))
    return found


def _flowed_text(reading: ReadableOutline) -> str:
    """The reading's text with each line break inside a sentence made a space: the break a
    hard wrap puts between a name's words ("trained in the Trauma\nRecovery Model") is not
    where the name ends (decision 0375). A sentence runs over a line break only where the line
    is hard-wrapped prose (`sentence_spans`), so headings and list items keep their lines; the
    text keeps its length, so every offset found in it is the reading's own."""
    if "flowed_text" not in reading.memo:
        text = reading.text
        characters = list(text)
        for sentence in reading.sentences:
            position = text.find("\n", sentence.start, sentence.end)
            while position != -1:
                characters[position] = " "
                position = text.find("\n", position + 1, sentence.end)
        reading.memo["flowed_text"] = "".join(characters)
    flowed: str = reading.memo["flowed_text"]
    return flowed


def _is_whole_words(text: str, span: Span) -> bool:
    before = text[span.start - 1 : span.start] if span.start else ""
    after = text[span.end : span.end + 1]
    return not (before.isalnum() or after.isalnum())


def _comparable(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", re.sub(r"['\u2019]s\b", "", name.lower()))


@_registers("named_models")
def named_models(reading: ReadableOutline) -> Fact:
    """Named practice and well-being models, in order of first mention, ® and ™ removed.

    "X Practice Model" and "Practice Model - X" name X; "the X Model" keeps "Model" as part of
    the name; "we adopt the X principles/approach" names X; well-known models (data) are found
    wherever they appear. Near-identical spellings of one name are reported once.
    """
    text = _flowed_text(reading)
    found: list[tuple[int, str, Span]] = []
    for words, pattern in _MODEL_PATTERNS:
        for sentence in reading.sentences_containing(*words):
            for match in pattern.finditer(text, sentence.start, sentence.end):
                keeps_model = (
                    pattern is _KEEPS_MODEL_WORD
                    and not match.group("practice")
                    and not _ENDS_WITH_KIND_OF_MODEL.search(match.group("name"))
                )
                called = (
                    bool(match.groupdict().get("called"))
                    or (pattern is _APPROACH_TO and bool(match.group("named")))
                    or (keeps_model and _is_adopted_title(text, sentence, match))
                    or (pattern in _SAYS_WHICH_IS_THE_MODEL and _said_to_be_the_model(text, match))
                    or (
                        pattern is _LABELLED_MODEL and _labelled_as_the_model(text, sentence, match)
                    )
                )
                if _opens_a_subtitle(text, match):
                    continue
                if pattern is _KEEPS_MODEL_WORD and _ENDS_WITH_A_JOIN.search(match.group("name")):
                    continue
                if _owned_by_another(reading, match):
                    continue
                name = _model_name(
                    match.group("name"),
                    keeps_model,
                    called,
                    keeps_practice=pattern in _NAME_AFTER_MODEL_WORDS or called,
                )
                if pattern is _APPROACH_TO and name is not None:
                    name = _proper_name(name, match)
                if name is not None and not keeps_model and _names_the_owner(reading, name):
                    continue
                if name is not None:
                    span = _name_span(text, name, match, keeps_model)
                    found.append((span.start, name, span))
    text = reading.text
    for known in _KNOWN_MODELS:
        for position in _written(reading, known):
            span = Span(position, position + len(known))
            if _KNOWN_MODEL_RE.fullmatch(text, span.start, span.end) and _is_whole_words(
                text, span
            ):
                found.append((span.start, known, span))
    if "\n" in text:
        found += _known_models_across_lines(reading)
    found += _models_used_under_a_model_heading(reading)
    found += _one_word_models_a_model_section_opens_with(reading)
    found += _models_named_by_their_heading(reading)
    found += _models_our_own_people_use(reading)
    found += _models_practised_by_an_initialism(reading)
    found += _models_named_after_their_description(reading)
    found += _models_as_ways_of_working(reading)
    found += _known_models_said_to_be_ours(reading)
    found += _models_in_labelled_rows(reading)
    rejected = [candidate for candidate in found if _not_taken_up(reading, candidate[2])]
    found = [candidate for candidate in found if candidate not in rejected]
    found = _without_headings_of_models_set_aside(reading, found, rejected)
    names: list[str] = []
    keys: list[str] = []
    evidence: list[Evidence] = []
    # The spans come in order of their starts, so an earlier span holds this one when it ends
    # at or after this one's end: the furthest end so far answers for all of them. Of two
    # readings of one span, the name that is the span's words in full comes first ("Pathfinder
    # Practice" over the "Pathfinder" a rule that drops a trailing "Practice" made of the same
    # words): one mention names one model, and it is called what it is written (blind382).
    furthest = -1
    for _, name, span in sorted(
        found,
        key=lambda candidate: (
            candidate[0],
            -candidate[2].end,
            _comparable(reading.quote(candidate[2])) != _comparable(candidate[1]),
        ),
    ):
        if len(names) >= _MAX_MODELS:
            break
        if furthest >= span.end:
            continue  # "Family Partnership Model" inside "Kestrelvale Family Partnership Model"
        key = _comparable(name)
        if _comparable(reading.quote(span)) == key:
            furthest = max(furthest, span.end)  # a whole name written, not a run of names
        if key in keys or any(_same_model(key, seen) for seen in keys):
            continue
        names.append(name)
        keys.append(key)
        evidence.append(reading.evidence(span))
    return Fact("named_models", names, tuple(evidence))


_NOT_TAKEN_UP = (
    r"(?:decided|decide|chose|choose|agreed|opted)\s+not\s+to\s+"
    r"(?:adopt|use|introduce|implement|follow|take\s+up)"
    r"|(?:decided|chose|agreed|opted)\s+against\s+(?:adopting|using|introducing|implementing)"
    r"|(?:have|has|had|did|do|does)\s+not\s+(?:yet\s+)?"
    r"(?:adopt(?:ed)?|used?|introduced?|implement(?:ed)?|taken\s+up|take\s+up|follow(?:ed)?"
    r"|chosen|choose|settled\s+on|decided\s+on)"
)
_REJECTED_AFTER_NAME = re.compile(
    rf"\b(?:{_NOT_TAKEN_UP})\s+(?:it|them|one|any|either)\b"
    r"|\b(?:decided|chose|agreed|opted)\s+against\s+(?:it|them)\b"
    r"|\b(?:was|were|is|are)\s+not\s+adopted\b|\b(?:has|have)\s+not\s+been\s+adopted\b"
    r"|\b(?:moved|move|moving|turned|turn)\s+away\s+from\s+(?:it|them)\b"
    r"|\b(?:stopped|stop|ceased|cease)\s+using\s+(?:it|them)\b"
    r"|\bno\s+longer\s+(?:use|uses|follow|follows|work\s+to|works\s+to)\s+(?:it|them)\b"
    r"|\b(?:it|they|which)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:replaced|superseded)\s+(?:by|with)\b"
    r"|\breplaced\s+(?:it|them)\s+(?:by|with)\b",
    re.IGNORECASE,
)
"""Words after a model's name saying the council did not take it up or has given it up: "we
decided not to adopt it", "we stopped using it", and a model another has taken the place of
("X was our model until 2025, when it was replaced by Y", "X, which has been superseded by Y",
"we used X until we replaced it with Y": decision 0358)."""
_REJECTED_BEFORE_NAME = re.compile(
    rf"\b(?:(?:{_NOT_TAKEN_UP})|rather\s+than|instead\s+of|in\s+place\s+of"
    r"|(?:replaced|superseded|replacing|superseding))\s+(?:the\s+)?['\"\u2018\u201c]?$",
    re.IGNORECASE,
)
_COUNCILS_NEAR_US = (
    r"(?:councils?|authorit(?:y|ies))\s+(?:near|around|close\s+to|next\s+to|beside)\s+"
    r"(?:us|ours|here)"
)
"""Councils named by where they stand from this one ("some of the councils near us", "an
authority next to us"): other councils, as neighbouring ones are (decision 0245)."""
_ANOTHER_COUNCILS_BEFORE_NAME = re.compile(
    r"\b(?:(?:councils|authorities)\s+(?:that|which|who)"
    r"|(?:neighbouring|nearby|other|another)\s+(?:local\s+)?(?:councils?|authorit(?:y|ies))"
    rf"|{_COUNCILS_NEAR_US}"
    r"|\b(?:our|the)\s+neighbou?rs(?:\s+(?:in|at)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?)\s+"
    r"(?:(?:uses?|follows?|(?:has|have)\s+adopted|(?:is|are)\s+using)\s+"
    r"(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:model|framework|approach)\s+(?:called|named|known\s+as)\s+"
    r"|the\s+)?"
    r"|whose\s+(?:[a-z]+\s+)?(?:model|framework|approach)\s+is\s+"
    r"(?:(?:called|named|known\s+as)\s+)?(?:the\s+)?)['\"\u2018\u201c]?$",
    re.IGNORECASE,
)
"""A model named as another council's ("councils that use the X framework", "a neighbouring
council uses a framework called X", "our neighbours in Caverley use X", "a neighbouring council
whose approach is X"): what others use is not this council's model."""
_ANOTHER_COUNCIL = (
    r"(?:(?:a|an|one|some|other|another)\s+)?(?:neighbouring|nearby|other|another)\s+"
    r"(?:local\s+)?(?:councils?|authorit(?:y|ies))"
    rf"|{_COUNCILS_NEAR_US}"
    r"|(?:our|the)\s+neighbou?rs(?:\s+(?:in|at)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?"
)
_ANOTHER_COUNCILS_AFTER_NAME = re.compile(
    r"['\"\u2019\u201d]?[ \t]*,?[ \t]*"
    rf"(?:(?:which|that)\s+(?:{_ANOTHER_COUNCIL})\s+"
    r"(?:uses?|follows?|(?:has|have)\s+adopted|(?:is|are)\s+using)"
    rf"|(?:as\s+)?used\s+by\s+(?:{_ANOTHER_COUNCIL}))\b"
    r"(?!\s+(?:too|also|as\s+well)\b)",
    re.IGNORECASE,
)
"""A clause right after a model's name saying another council uses it ("Signs of Safety, which
our neighbours in Holmbury use, …", "…, used by a neighbouring council"): what others use is
not this council's model. A clause saying they use it "too" or "as well" leaves the model ours."""
_REJECTION_REACH = 60
"""Characters before a name searched for "decided not to adopt", "rather than"."""


def _not_taken_up(reading: ReadableOutline, span: Span) -> bool:
    """Whether the sentence naming a model says the council did not take it up ("we looked at
    Family Safeguarding but decided not to adopt it", "we have not adopted the X framework",
    "we use Y rather than X"), or names it as another council's ("councils that use X"): a
    model discussed is not the council's model. Only that mention
    is set aside; the name said elsewhere as the council's model still counts."""
    sentence = reading.sentence_at(span.start)
    if sentence is None:
        return False
    text = reading.text
    if _rejected_after(reading, sentence, span.end):
        return True
    if _ANOTHER_COUNCILS_AFTER_NAME.match(text, span.end, sentence.end):
        return True
    if _set_aside_by_the_next_sentence(reading, sentence):
        return True
    reach = max(sentence.start, span.start - _REJECTION_REACH)
    before = text[reach : span.start]
    return (
        _REJECTED_BEFORE_NAME.search(before) is not None
        or _ANOTHER_COUNCILS_BEFORE_NAME.search(before) is not None
    )


_SET_ASIDE_NEXT = re.compile(
    r"\s*(?:We|The\s+council|[A-Z][\w'\u2019-]*)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:since\s+|later\s+|then\s+|now\s+)?"
    r"(?:(?:stopped|ceased)\s+using|(?:moved|turned)\s+away\s+from"
    r"|no\s+longer\s+(?:use|uses|follow|follows|work\s+to|works\s+to))\s+(?:it|them)\b"
)
"""A sentence opening by saying the council no longer uses "it" ("We stopped using it when
…", "We have since moved away from it"): "it" is the model the sentence before named last."""


def _set_aside_by_the_next_sentence(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether the sentence after the one naming a model opens by saying the council stopped
    using it ("Until 2023 we used X. We stopped using it when …"): the model was the
    council's once and is no longer, as a model not taken up never was (decision 0335)."""
    following = reading.sentence_after(sentence)
    if following is None:
        return False
    return _SET_ASIDE_NEXT.match(reading.text, following.start, following.end) is not None


def _rejected_after(reading: ReadableOutline, sentence: Span, start: int) -> bool:
    """Whether `_REJECTED_AFTER_NAME` matches in `sentence` at or after `start`. The sentence's
    names are asked in order, so the match found for one name answers every later name before
    it; a sentence naming many models is not searched to its end for each (decision 0184)."""
    found: dict[int, tuple[int, int | None]] = reading.memo.setdefault("rejected_after", {})
    asked = found.get(sentence.start)
    if asked is None or asked[0] > start or (asked[1] is not None and asked[1] < start):
        match = _REJECTED_AFTER_NAME.search(reading.text, start, sentence.end)
        asked = (start, match.start() if match is not None else None)
        found[sentence.start] = asked
    return asked[1] is not None


def _without_headings_of_models_set_aside(
    reading: ReadableOutline,
    found: list[tuple[int, str, Span]],
    rejected: list[tuple[int, str, Span]],
) -> list[tuple[int, str, Span]]:
    """`found` less the mentions of a model in a heading whose section sets that model aside
    and never names it otherwise ("Signs of Safety review" / "In 2024 we looked at Signs of
    Safety but decided not to adopt it"): a heading only names what its section is about, and
    the section says the model is not the council's. A heading naming a model its section uses,
    or describes without naming it again ("Signs of Safety" / "All our workers are trained in
    this approach"), still names it."""
    if not rejected:
        return found

    def heading_section(span: Span) -> object | None:
        original = reading.plain.to_original(span.start, span.end).start
        block = reading.block_at(original)
        if block is None or block.type != "heading":
            return None
        return reading.outline.section_at(original)

    def section_of(span: Span) -> object | None:
        return reading.outline.section_at(reading.plain.to_original(span.start, span.end).start)

    kept = []
    for candidate in found:
        section = heading_section(candidate[2])
        key = _comparable(candidate[1])
        if (
            section is not None
            and any(
                _comparable(other[1]) == key and section_of(other[2]) is section
                for other in rejected
            )
            and not any(
                _comparable(other[1]) == key
                and other is not candidate
                and section_of(other[2]) is section
                and heading_section(other[2]) is None
                for other in found
            )
        ):
            continue
        kept.append(candidate)
    return kept


_MODEL_HEADING = re.compile(r"\b(?:practice|operating)\s+model\b")
_USES = (
    r"\b(?:use|uses|used|using|adopted|adopts|follow|follows|apply|applies"
    r"|(?:work|works|worked|working)\s+(?:to|with)"
    r"|plan(?:s|ned|ning)?\s+with"
    r"|practi[sc]es?|practi[sc]ed|practi[sc]ing"
    r"|(?:work|works|worked|working|practise|practises|practised|practising)"
    r"\s+(?:with)?in|trained\s+in)"
)
"""How a practice model section says the council's way of working is the name that follows
("we use", "we follow", "we work to", "the council practises Systemic Practice", "our social
workers practise within", "our social workers are trained in"), or one service of it works to
("Our fostering service works to Home Together", blind387); planning with a named approach
there says the same of the plans made with families ("Our teams plan with the X approach",
blind350). Working to a name says it in any tense ("every team has worked to X since 2024",
"each team works to X", blind386)."""
_USES_A_NAME = re.compile(
    _USES + r"[ \t]+(?:(?:the|a|an)[ \t]+)?(?P<name>" + _TITLE_CASE_NAME.pattern + r")"
)
_AND_ANOTHER_NAME = re.compile(
    r"(?:[ \t]+(?:with|for|across|in)[ \t]+[a-z][a-z'\u2019 \t-]{0,40}?)?,?[ \t]+and[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?(?P<name>" + _TITLE_CASE_NAME.pattern + r")"
)
"""A second name the same verb takes ("We use Signs of Safety with families and Trauma Informed
Practice with children"): what the council uses is both (decision 0105)."""
_USES_AN_ACRONYM = re.compile(
    _USES + r"\s+(?:the\s+)?(?P<name>[A-Z]{3,8})(?:\s*\((?P<spelt>[a-z][a-z,\s-]*[a-z])\)"
    r"|,?\s+(?:which\s+stands\s+for|standing\s+for|short\s+for)\s+"
    r"(?P<spelt_after>[a-z][a-z,\s-]*[a-z]))"
)
"""An acronym the practice model section's sentence uses, spelt out in brackets after it ("use
PACE (playfulness, acceptance, curiosity and empathy)", decision 0054) or in a clause saying what
it stands for ("using PACE, which stands for playfulness, acceptance, …", blind240); a text
wrapped at a fixed width may break the line anywhere in it (blind262)."""
_OPENS_WITH_A_NAME = re.compile(r"(?P<name>" + _TITLE_CASE_NAME.pattern + r")[ \t]+(?=[a-z]+s\b)")
"""A Title Case name that a sentence opens with, as the subject of a verb in the present
("Systemic Practice helps our workers …", "Family Network Practice gives us …")."""
_TAKES_UP = re.compile(
    r"(?:(?:has|have)[ \t]+(?:(?:now|also|recently|already)[ \t]+)?"
    r"(?:adopted|chosen|introduced|implemented|commissioned|embedded|rolled[ \t]+out"
    r"|brought[ \t]+in|taken[ \t]+up|signed[ \t]+up[ \t]+to)"
    r"|adopts|chooses|introduces|implements|commissions)\b"
)
"""What a sentence's opening name does when it is the one taking a way of working up, not the way
of working ("Ashby Fold has adopted the Family Safeguarding model", "Lowmoor introduces …"): a
model is adopted, it adopts nothing, so that name is the council or a service (decision 0258)."""
_USES_ANOTHER_NAME = re.compile(r"[ \t]+" + _USES_A_NAME.pattern)
"""What a sentence's opening name does when it is the one using a named way of working
("Wexley Down uses the Family Partnership Model in all of its teams"): the name after the verb
is the model, and the opening name is the council or a service using it (blind198), as an
opening name that adopts one is (`_TAKES_UP`)."""
_NAMES_A_WAY_OF_WORKING = frozenset({"practice", "model", "approach", "framework"})
_APPROACH_TO_A_TASK = re.compile(
    r"[ \t]+is[ \t]+(?:our|its|the[ \t]+[Cc]ouncil['\u2019]s)[ \t]+(?:own[ \t]+)?(?i:approach)"
    r"[ \t]+to[ \t]+(?!(?i:practice)\b|social[ \t]+work\b|working[ \t]+with[ \t]+"
    r"(?:children|families|young[ \t]+people)\b)"
)
"""What a sentence's opening name is when the sentence says it is the council's approach to one
task other than its practice ("Kinfolk Circles is our approach to recruiting foster carers"): the
sentence says what the name is for, and that is no model of practice wherever it stands, even
as the opening of a section the kind model read as the practice model (decision 0476; the
"approach to" pattern reads the name that is an approach to practice or to working with
children and families)."""


def _uses_another_name(text: str, subject: re.Match[str]) -> bool:
    """Whether the sentence's opening name uses another named thing (`_USES_ANOTHER_NAME`) and
    is itself no way of working by its last word: "Family Network Practice uses Family Group
    Conferences" still names its practice."""
    if subject.group("name").split()[-1].lower() in _NAMES_A_WAY_OF_WORKING:
        return False
    return _USES_ANOTHER_NAME.match(text, subject.end("name")) is not None


_IS_HOW_WE_WORK = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,2}?[ \t]+(?i:practice))[ \t]+is[ \t]+"
    r"(?:how|the[ \t]+way)[ \t]+(?:we|our[ \t]+(?:\w+[ \t]+){0,2}?(?:teams?|staff|workers))"
    r"[ \t]+(?:work|practise|practice)\b"
)
"""A kind of practice that a sentence opens with and says is how the council works ("Systemic
practice is how we work here", "Restorative practice is the way our teams work"), written in
sentence case as often as in Title Case: in the model section it names the model, as "our
practice model is" does. Practice said to be good ("Good practice is how we work") is a
standard, not a model (`_PRAISED_PRACTICE`)."""
_PRAISED_PRACTICE = frozenset(
    {"good", "best", "better", "great", "excellent", "effective", "high-quality", "outstanding"}
)
_ACRONYM_JOINS = frozenset({"and", "or", "of", "&"})
_MODEL_SECTION_SENTENCES = 2
_NAMED_AFTER = re.compile(r"[ \t]+is[ \t]+(?:called|known[ \t]+as|named)\b")
"""What follows a name that is where the council works, not what its work is called ("The way
we practise in Gorsey Vale is known as …"): the sentence names its model after it."""
_TOOL_WORDS = frozenset(_DATA["named_models"]["tool_words"])
_TOOL_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(re.escape(words) for words in sorted(_TOOL_WORDS)) + r")\b",
    re.IGNORECASE,
)
"""What follows a name that is a tool used inside the work, not the model of it ("using the
Three Houses tool", "the Genogram technique"): `tool_words` in the family's data."""
_COURSE_AFTER = re.compile(
    r",[ \t]+(?:the|a|an|our|their|its)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:"
    + "|".join(re.escape(words) for words in sorted(_DATA["named_models"]["course_words"]))
    + r")\b",
    re.IGNORECASE,
)
"""An apposition after a name calling it a course ("trained in Safer Recruitment, the course the
council runs each spring"): what staff are sent on, not the model of the work (`course_words` in
the family's data; blind191's guard, which an examples rebuild left to this reading; decision
0435 found the same and wrote the same rule, merged into this one)."""
_DESCRIBED_AFTER = re.compile(
    r",[ \t]+(?:an?|one)[ \t]+(?:\w+[ \t]+)?(?:approach|way[ \t]+of[ \t]+working|method|style)\b",
    re.IGNORECASE,
)
"""What follows words the sentence itself calls one approach among others ("We use Strengths
Based Practice, an approach that builds on what works", "…, a way of working that …"): the
words describe how the council works, they do not name its model; a name that is no generic
description ("Family Compass, an approach …") or a known model stays a name."""
_KINDS_OF_MODEL = frozenset({"model", "models", "framework", "approach"})
"""A name ending so says what kind of thing it is ("the Operating Model - Families First"):
the patterns that read "X Model" decide those."""


_OUR_OWN_PEOPLE = (
    r"(?:we|our\s+(?:own\s+)?(?!(?:[\w-]+\s+){0,2}?partner|(?:[\w-]+\s+){0,2}?agenc)"
    r"(?:[\w-]+\s+){0,2}?(?:teams?|staff|workers|practitioners)"
    rf"|the\s+{_COUNCIL_NOUN}(?:['\u2019]s\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:teams?|staff|workers|practitioners))?)"
)
"""Who a clause says works to a model where that makes it the council's own: "we", the council
itself, or its own people ("our own workers", "our social work teams", "the council's staff"),
not its partners' ("our partner agency staff")."""
_USED_BY_OUR_OWN = re.compile(
    rf"\b[Tt]he\s+(?:same\s+)?(?P<name>{_STRICT_NAME})[®™]?\s+"
    r"(?i:approach|model|framework|way\s+of\s+working)(?:,?\s+(?:that|which))?"
    rf"(?:\s+{_OUR_OWN_PEOPLE}\s+(?:(?:all|also|now|already|themselves)\s+)?"
    r"(?:use[sd]?|follow(?:s|ed)?|work(?:s|ed)?\s+to|practi[sc]e[sd]?)\b"
    r"|(?:\s+(?:is|are|was|has\s+been))?(?:\s+(?:also|now|already))?"
    rf"\s+(?:used|followed|practi[sc]ed)\s+by\s+(?:us\b|{_OUR_OWN_PEOPLE}\b))"
)
"""A named approach or model with a clause after it saying the council's own people work to it
("the same Kinfold approach that our own workers use", "the Harbour model, which we follow",
"the Tidewater framework used by our social workers")."""


def _models_our_own_people_use(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """A model named in passing, wherever it stands, by the clause that follows its name: "Many of
    our partners now run family meetings in the same Kinfold approach that our own workers use"
    says which approach the council's own staff work to, so it is the council's model even
    outside a practice model section and with no verb before the name (blind354). Partners'
    or other councils' use ("the X approach that partners use") says nothing of ours, and a
    name of a service's words ("the Early Help approach that our teams use") names no model."""
    text = _flowed_text(reading)
    found: list[tuple[int, str, Span]] = []
    for sentence in reading.sentences_containing("approach", "model", "framework", "way of work"):
        for match in _USED_BY_OUR_OWN.finditer(text, sentence.start, sentence.end):
            name = _model_name(match.group("name"), False)
            if name is None or (name not in _KNOWN_MODELS and _names_a_service(name)):
                continue
            if _names_the_owner(reading, name):
                continue
            span = _name_span(text, name, match, False)
            found.append((span.start, name, span))
    return found


_INITIALISM_BRACKET = re.compile(r"[ \t]\((?P<initials>[A-Z]{2,6})\)")
"""An initialism in brackets after the words it stands for ("… Practice (FSP)")."""
_SPELT_OUT_WORDS = re.compile(
    r"(?<![\w'\u2019-])"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|and|of|for|&)){1,5})"
)
"""Title Case words, starting where a word starts, that an initialism's bracket may follow
("Family Strengths Practice (FSP)")."""
_SPELT_OUT_REACH = 80
"""Characters before the bracket that can hold the words it spells out: the search looks back
only this far, so a long run of capitals is never tried from each of them."""
_PRACTISED_BY_US = (
    r"\b(?:practi[sc]e[sd]?|practi[sc]ing|follow(?:s|ed|ing)?|work(?:s|ed|ing)?\s+to"
    r"|adopt(?:s|ed|ing)?)\s+(?:the\s+)?"
)
"""The verbs that say a way of working is the one the council's workers work by, right before
its name: "use" is left out, since a team uses a hub, a panel or a tool as well."""


def _models_practised_by_an_initialism(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """A model the council practises under an initialism that the chapter spells out ("Our
    social workers practise FSP in every team. Family Strengths Practice (FSP) was introduced
    in 2022 …", blind361): the model's name is the words whose initials the bracket gives
    (words before them that the initials do not cover are no part of it), said in a practice
    model section, and practised, followed or adopted under either name. Coining an initialism
    shows the words are a name, so words that alone would only describe a way of working
    ("Family Strengths Practice") are one here, as "our practice model is called …" makes
    them one; a name of a law, a service or a body's owner still names none."""
    text = reading.text
    found: list[tuple[int, str, Span]] = []
    for bracket in _INITIALISM_BRACKET.finditer(text):
        initials = bracket["initials"]
        reach = max(0, bracket.start() - _SPELT_OUT_REACH)
        match = next(
            (
                words
                for words in _SPELT_OUT_WORDS.finditer(text, reach, bracket.start())
                if words.end() == bracket.start()
            ),
            None,
        )
        if match is None:
            continue
        words = match["name"].split()
        capitals = [index for index, word in enumerate(words) if word[0].isupper()]
        start_word = next(
            (
                index
                for index in capitals
                if "".join(word[0] for word in words[index:] if word[0].isupper()) == initials
            ),
            None,
        )
        if start_word is None:
            continue
        spelt = " ".join(words[start_word:])
        practised = re.search(
            rf"{_PRACTISED_BY_US}(?:{re.escape(initials)}|{re.escape(spelt)})\b", text
        )
        if practised is None or reading.section_kind_at(match.start()) != "practice_model":
            continue
        name = _model_name(spelt, False, called=True, keeps_practice=True)
        if name is None or name != spelt or _names_a_service(name):
            continue
        if _names_the_owner(reading, name):
            continue
        start = match.start("name") + len(match["name"]) - len(spelt)
        found.append((start, name, Span(start, start + len(name))))
    return found


_HEADING_NAME = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ \t]+(?:[A-Z][\w'\u2019-]*|and|of|the|&)){0,3})"
    r"(?:[ \t]+(?:in[ \t]+(?:practice|action)|at[ \t]+work))?[ \t]*"
)
"""A heading that is only a short Title Case name, perhaps numbered ("Steady Ground", "4. Open
Door"): up to four words, none of them lower case but the joins a name may hold; the name may
be followed by words saying it is shown at work ("Tallyrope in practice", "Open Door in action",
blind390), which are no part of it."""
_THE_MODEL_UNNAMED = re.compile(
    r"[ \t*_]*(?:the|this|our)[ \t]+(?:(?:practice|operating)[ \t]+)?"
    r"(?:model|framework|approach)\b(?![ \t]+(?:of|for|to|is[ \t]+called|we[ \t]+call)\b)",
    re.IGNORECASE,
)
"""A section's first sentence opening on "the model", "this framework" or "our approach", the
name left unsaid ("The model we adopted in 2022 rests on …"): it points back at the heading as
the name of what it describes. "The model of …" or "Our approach to …" say what kind of thing,
and "The model is called …" names it in the sentence, read there."""


def _models_named_by_their_heading(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """A practice model named only by its section's heading ("Steady Ground" over "The model we
    adopted in 2022 rests on three ideas …"): the heading is a short Title Case name that is
    not a heading's ordinary words (`_model_name`, `_names_a_service`, a question word) and
    the section's first sentence speaks of "the model" without naming it (blind351)."""
    found: list[tuple[int, str, Span]] = []
    text = reading.text
    for section in reading.outline.sections:
        if section.kind != "practice_model" or not section.heading:
            continue
        heading = _HEADING_NAME.fullmatch(section.heading)
        if heading is None:
            continue
        words = heading.group("name")
        if words.split()[0] in _NOT_A_NAME_OPENING:
            continue
        name = _model_name(words, False, keeps_practice=True)
        if name is None or name != words or _names_a_service(name):
            continue
        body = next((block for block in section.blocks if block.type != "heading"), None)
        heading_block = next((block for block in section.blocks if block.type == "heading"), None)
        if body is None or heading_block is None:
            continue
        first_word = body.content_start if body.content_start >= body.start else body.start
        sentence = reading.sentence_at(reading.plain.to_plain(first_word))
        if sentence is None or _THE_MODEL_UNNAMED.match(text, sentence.start) is None:
            continue
        if name.lower() in reading.lower[sentence.start : sentence.end]:
            continue  # "Our practice model, Families First, is …": named there, read there
        where = reading.outline.text.find(name, heading_block.start, heading_block.end)
        if where < 0:
            continue
        start = reading.plain.to_plain(where)
        found.append((start, name, Span(start, start + len(name))))
    return found


def _models_used_under_a_model_heading(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """A Title Case name the council uses, adopts or follows in the first sentences of its
    practice model section, or under a heading that names its practice model ("Practice model" /
    "We use Systemic Practice across all of our teams"): the section says what the name is, as
    "our practice model is" does in a sentence (decision 0015). Elsewhere a name merely used
    stays a description. An acronym spelt out in brackets there names a model too (decision
    0054), and so does a Title Case name that one of those sentences opens with, as the subject
    of what it does ("Our practice model" / "We practise systemically. Systemic Practice helps
    our workers …": decision 0087)."""
    found: list[tuple[int, str, Span]] = []
    text = reading.text
    for section in reading.outline.sections:
        named_by_heading = section.heading is not None and bool(
            _MODEL_HEADING.search(section.heading.lower())
        )
        if not (named_by_heading or section.kind == "practice_model"):
            continue
        body = next((block for block in section.blocks if block.type != "heading"), None)
        if body is None:
            continue
        # A heading that does not name the model, which only the kind model's reading of the
        # very sentence that uses the words made the model's, does not say which is the model:
        # words that only describe a way of working used there ("How we work" / "We use Trauma
        # Informed Practice") stay a description.
        said_to_be = named_by_heading or section.heading is None or section.decided_by != "model"
        # From the body's words, not its indent: a text browser's dump sets every paragraph
        # a few columns in, and the blanks before the words are in no sentence (decision 0456).
        first_word = body.content_start if body.content_start >= body.start else body.start
        sentence = reading.sentence_at(reading.plain.to_plain(first_word))
        end = reading.plain.to_plain(section.end)
        for _ in range(_MODEL_SECTION_SENTENCES):
            if sentence is None or sentence.start >= end:
                break
            matches = list(_USES_A_NAME.finditer(text, sentence.start, sentence.end))
            matches += [
                second
                for first in list(matches)
                if (second := _AND_ANOTHER_NAME.match(text, first.end("name"), sentence.end))
                is not None
            ]
            subject = _OPENS_WITH_A_NAME.match(
                text, sentence.start, sentence.end
            ) or _practice_said_to_be_how_we_work(text, sentence)
            if (
                subject is not None
                and subject.group("name").split()[0] not in _LEADING_WORDS
                and _TAKES_UP.match(text, subject.end()) is None
                and _APPROACH_TO_A_TASK.match(text, subject.end("name")) is None
                and not _uses_another_name(text, subject)
            ):
                matches.insert(0, subject)
            for match in matches:
                words = match.group("name")
                if _NAMED_AFTER.match(text, match.end("name"), sentence.end):
                    continue  # "The way we practise in Gorsey Vale is known as …": a place
                if _TOOL_AFTER.match(text, match.end("name"), sentence.end) or (
                    words.split()[-1].lower() in _TOOL_WORDS
                ):
                    continue  # "… using the Three Houses tool": a tool, not the model
                if _COURSE_AFTER.match(text, match.end("name"), sentence.end):
                    continue  # "trained in Safer Recruitment, the course …": a course
                if (
                    words.split()[-1].lower() in _KINDS_OF_MODEL
                    or _NOT_MODEL_WORDS.search(words.lower())
                    or _names_the_owner(reading, words)
                ):
                    continue
                described = _DESCRIBED_AFTER.match(text, match.end("name"), sentence.end)
                name = _model_name(
                    words,
                    False,
                    called=(said_to_be or match is subject or _practises(match))
                    and described is None,
                    keeps_practice=True,
                )
                if name is not None and (name in _KNOWN_MODELS or not _names_a_service(name)):
                    found.append((match.start("name"), name, trim_span(text, *match.span("name"))))
            for match in _USES_AN_ACRONYM.finditer(text, sentence.start, sentence.end):
                if _spells(match.group("name"), match.group("spelt") or match.group("spelt_after")):
                    found.append(
                        (match.start("name"), match.group("name"), Span(*match.span("name")))
                    )
            sentence = reading.sentence_after(sentence)
    return found


_USES_ONE_WORD = re.compile(_USES + r"[ \t]+(?P<name>(?-i:[A-Z][a-z]{3,}))(?=[ \t]*[.;]|[ \t]*$)")
"""A single coined word the council's workers use, work to or are trained in, closing the clause
("Social workers in Orrimoor are trained in Rootwork.", "Our practitioners work to Kinstep."):
with no article before it and nothing after it, the word is what they work by."""
_NOT_ONE_WORD_MODELS = frozenset(
    word.lower() for word in _DATA["named_models"]["not_one_word_models"]
)


def _one_word_models_a_model_section_opens_with(
    reading: ReadableOutline,
) -> list[tuple[int, str, Span]]:
    """A one-word name the first sentence of the practice model section says the council's
    workers use, work to or are trained in (`_USES_ONE_WORD`): the section's opening says what
    its model is, as "our practice model is" does (decision 0015), and a coined word there is
    that model's name as a two-word Title Case name is (blind401, decision 0591). Only the
    section of that kind and only its first sentence: elsewhere a team uses a system, a room or
    a partner by one name as well, and the data's list of such names (case systems, meeting
    software) is never a model; nor is the council's own name."""
    found: list[tuple[int, str, Span]] = []
    text = reading.text
    for section in reading.outline.sections:
        if section.kind != "practice_model":
            continue
        body = next((block for block in section.blocks if block.type != "heading"), None)
        if body is None:
            continue
        first_word = body.content_start if body.content_start >= body.start else body.start
        sentence = reading.sentence_at(reading.plain.to_plain(first_word))
        if sentence is None:
            continue
        for match in _USES_ONE_WORD.finditer(text, sentence.start, sentence.end):
            name = match.group("name")
            if (
                name.lower() in _NOT_ONE_WORD_MODELS
                or _NOT_MODEL_WORDS.search(name.lower())
                or _names_the_owner(reading, name)
                or _names_a_service(name)
            ):
                continue
            found.append((match.start("name"), name, Span(*match.span("name"))))
    return found


_PRACTISES = re.compile(r"practi[sc]e[sd]?[ \t]+(?:(?:the|a|an)[ \t]+)?$", re.IGNORECASE)
"""The verb "practise" taking a name straight after it ("Quenby Vale practises Systemic
Practice"): the council practising a named practice says its practice is that name, as "our
practice model is" does. "We use Trauma Informed Practice" only says a way of working is used."""


def _practises(match: re.Match[str]) -> bool:
    """Whether `match` (of `_USES_A_NAME`) takes its name by the verb "practise" directly."""
    verb = match.string[match.start() : match.start("name")]
    return _PRACTISES.fullmatch(verb) is not None


_CALLS_WHAT_IT_DESCRIBED = re.compile(
    rf"\b(?:[Ww]e|[Tt]he[ \t]+{_COUNCIL_NOUN}"
    r"|[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2})"
    r"[ \t]+(?:(?:have|has)[ \t]+)?"
    r"(?P<called>call(?:s|ed)?|name[sd]?)[ \t]+(?:this|it)[ \t]+"
    r"(?:(?:way[ \t]+of[ \t]+(?:working|practising|practicing)|approach"
    r"|way[ \t]+we[ \t]+work)[ \t]+)?"
    rf"{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})[\"'\u2019\u201d]?(?=[ \t]*(?:[.;!?,](?:\s|$)|$))"
)
"""The council naming what it has just described with "this" or "it" ("… and asking which of
them could help. The county calls this Linked Lives, and …"): in the practice model section
the thing described is the council's way of working, so the name it gives it is its model.
The council may be named by its own name ("Merrow calls this …") and the thing named by what
it is ("… calls this way of working Lanterns", blind362: a paragraph of description, then its
name)."""


_NAME_THEN_IT_IS_THE_NAME = re.compile(
    rf"{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})[\"'\u2019\u201d]?\.[ \t]+(?:It|This|That)[ \t]+is"
    r"[ \t]+(?:the|our)[ \t]+name[ \t]+(?:(?:that|which)[ \t]+)?"
    rf"(?:(?:we|[Tt]he[ \t]+{_COUNCIL_NOUN}|[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){{0,3}})"
    r"[ \t]+(?:gives?|gave|has[ \t]+given|uses?)[ \t]+to|given[ \t]+to|for)[ \t]+"
    r"(?:the[ \t]+way|how)\b"
)
"""A name closing one sentence that the next says is the council's name for its way of working
("In meetings you will hear the phrase Circle of Home. It is the name Harrowick gives to the way
its social workers … plan together", blind331): the name introduced first and explained after,
as `_CALLS_WHAT_IT_DESCRIBED` reads it explained first and named after."""


_ONE_WORD_USED_THEN_AT_WORK = re.compile(
    _USES + r"[ \t]+(?P<name>(?-i:[A-Z][a-z'\u2019-]{2,}))(?![\w'\u2019-])[^.!?\n]*[.!?]"
    r"(?:[ \t]+|[ \t]*\n[ \t]*\n[ \t]*)"
    r"(?-i:(?P=name))[ \t]+(?:asks|helps|means|gives|puts|starts|begins|focuses|guides|invites"
    r"|expects|encourages|shapes|builds)\b"
)
"""A one-word name the council's staff are trained in, use or practise, which the next sentence
opens with as the subject of what it asks of them ("You will be trained in Threads in your first
year. Threads asks you to trace the relationships …", blind331): the name is then the way of
working itself, read only in the practice model section, as a two-word name is read there
(`_models_used_under_a_model_heading`). A one-word name used and never taken up again ("trained
in Makaton") stays unread: one capitalised word alone may be a tool, a language or a product."""


_NAME_IS_OUR_WAY_OF_SOCIAL_WORK = re.compile(
    rf"{_OPENING_QUOTE}(?P<name>{_STRICT_NAME})[\"'\u2019\u201d]?(?:[ \t]+is|(?P<apposed>,))[ \t]+"
    rf"(?:(?:our|its|their|the)[ \t]+|the[ \t]+{_COUNCIL_NOUN}['\u2019]s[ \t]+"
    r"|[A-Z][\w-]*['\u2019]s[ \t]+)(?:own[ \t]+)?(?i:way)[ \t]+"
    r"(?:of[ \t]+(?:doing[ \t]+)?(?:social[ \t]+work|practi[sc]e|practi[sc]ing|working)"
    r"|(?:(?:that|in[ \t]+which)[ \t]+)?(?:we|(?:our|its|their|the[ \t]+[\w-]+['\u2019]s"
    r"|[A-Z][\w-]*['\u2019]s)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:teams?|staff|workers|practitioners))"
    r"[ \t]+(?:work|practi[sc]e|go[ \t]+about[ \t]+(?:their|our)[ \t]+work"
    r"|do[ \t]+(?:their|our)[ \t]+(?:social[ \t]+)?work))\b"
    r"(?(apposed)(?=[ \t]*,))"
)
"""A name said to be the council's way of doing social work, or the way its social workers go
about their work, by "is" or between commas ("Ferrylight is the way Hazelbury's social workers go
about their work.", "Ploughline, the borough's way of doing social work, was adopted in 2024",
blind394, decision 0579): in the practice model section the way its people do their work is the
model, as a name the council gives to what it described is (`_CALLS_WHAT_IT_DESCRIBED`). A virtue
or a service's name said to be how the staff work ("Early Help is the way our teams work") is no
model's name."""


def _models_named_after_their_description(
    reading: ReadableOutline,
) -> list[tuple[int, str, Span]]:
    """Names the council gives, in its practice model section, to the work the section has
    described (`_CALLS_WHAT_IT_DESCRIBED`) or goes on to describe (`_NAME_THEN_IT_IS_THE_NAME`),
    a one-word name it is trained in that the next sentence sets to work
    (`_ONE_WORD_USED_THEN_AT_WORK`), or a name said to be its way of doing social work
    (`_NAME_IS_OUR_WAY_OF_SOCIAL_WORK`).
    "We call this permanence" names nothing (no Title Case name), and a service's name ("We call
    this Early Help") or the name of the children ("We call them Cared for Children") is no
    model."""
    found: list[tuple[int, str, Span]] = []
    text = _flowed_text(reading)
    for section in reading.outline.sections:
        if section.kind != "practice_model":
            continue
        matches = [
            *_CALLS_WHAT_IT_DESCRIBED.finditer(text, section.start, section.end),
            *_NAME_THEN_IT_IS_THE_NAME.finditer(text, section.start, section.end),
            *_ONE_WORD_USED_THEN_AT_WORK.finditer(text, section.start, section.end),
            *_NAME_IS_OUR_WAY_OF_SOCIAL_WORK.finditer(text, section.start, section.end),
        ]
        for match in matches:
            name = _model_name(match.group("name"), False, True, keeps_practice=True)
            if name is None or _names_a_service(name) or _names_the_owner(reading, name):
                continue
            span = _name_span(text, name, match, False)
            found.append((span.start, name, span))
    return found


def _practice_said_to_be_how_we_work(text: str, sentence: Span) -> re.Match[str] | None:
    """`_IS_HOW_WE_WORK` opening `sentence`, unless the practice is only said to be good."""
    match = _IS_HOW_WE_WORK.match(text, sentence.start, sentence.end)
    if match is None or match.group("name").split()[0].lower() in _PRAISED_PRACTICE:
        return None
    return match


def _spells(acronym: str, spelt: str) -> bool:
    """Whether the words in brackets after an acronym spell it by their first letters ("PACE
    (playfulness, acceptance, curiosity and empathy)"): the council names its model and says
    what the name stands for, so the acronym is the model's name, not an abbreviation of a law."""
    words = [word for word in re.split(r"[\s,]+", spelt) if word and word not in _ACRONYM_JOINS]
    return "".join(word[0] for word in words).upper() == acronym


_WAYS_OF_WORKING: dict[str, str] = _DATA["named_models"]["ways_of_working"]
_WORKING_AS = {
    adverb: re.compile(rf"\b(?:work|works|working|practise|practises|practising)\s+{adverb}\b")
    for adverb in _WAYS_OF_WORKING
}


_OURS_AFTER_NAME = re.compile(
    r"[ \t]+is[ \t]+(?:(?:our|the[ \t]+council['\u2019]s)[ \t]+(?:(?:practice|operating)[ \t]+)?"
    r"(?:model|framework|approach|way[ \t]+of[ \t]+working)\b"
    r"|the[ \t]+name[ \t]+(?:we[ \t]+give|given)[ \t]+to[ \t]+(?:how|the[ \t]+way)[ \t]+"
    r"(?:we|the[ \t]+council|our[ \t]+(?:staff|teams?|services?))[ \t]+(?:work|works|practise)\b)"
)
"""A known model said after its name to be the council's: "… is our practice model", or named
as the council's way of working, "… is the name we give to how we work" (decision 0206). "…
is how we work" alone may describe good practice outside the model's section (misses round
12) and names no model."""
_OURS_BEFORE_NAME = re.compile(
    r"\b(?:our|the[ \t]+council['\u2019]s)[ \t]+(?:(?:practice|operating)[ \t]+)?"
    r"(?:model|framework|approach|way[ \t]+of[ \t]+working)[ \t]+is[ \t]+$"
)
_OURS_REACH = 48


def _known_models_said_to_be_ours(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """Known models written in lower case where the sentence says outright that the model is
    the council's ("restorative practice is our way of working", "our practice model is family
    safeguarding"): in lower case a known model's words may only describe work ("restorative
    practice in schools"), so they name it only where the sentence says it is the model."""
    found = []
    lower = reading.lower
    for known in _KNOWN_MODELS:
        words = known.lower()
        for position in reading.positions_of(words):
            end = position + len(words)
            if reading.text[position:end] == known or not _is_whole_words(
                reading.text, Span(position, end)
            ):
                continue  # as written, the known model is read already
            if _OURS_AFTER_NAME.match(lower, end) or _OURS_BEFORE_NAME.search(
                lower, max(0, position - _OURS_REACH), position
            ):
                found.append((position, known, Span(position, end)))
    return found


def _models_as_ways_of_working(reading: ReadableOutline) -> list[tuple[int, str, Span]]:
    """Known models named by how the council works ("In every team we work restoratively"
    names Restorative Practice): the family's data maps the way of working to the model."""
    found = []
    for adverb, model in _WAYS_OF_WORKING.items():
        for sentence in reading.sentences_containing(adverb):
            for match in _WORKING_AS[adverb].finditer(reading.lower, sentence.start, sentence.end):
                found.append((match.start(), model, Span(match.start(), match.end())))
    return found


def _written(reading: ReadableOutline, words: str) -> Iterator[int]:
    """Where `words` stand as written (case and all) in the plain text, each occurrence after
    the end of the one before, as repeated `str.find` from each one's end finds them.

    The reading's lower-case text keeps every offset, and an ASCII word written exactly lower-
    cases to its own lower case, so its occurrences are among those of its lower case, which
    the reading finds with the other words extractors ask for.
    """
    text = reading.text
    if words.isascii():
        candidates: Iterable[int] = reading.positions_of(words.lower())
    else:
        candidates = _all_finds(text, words)
    after = 0
    for position in candidates:
        if position >= after and text.startswith(words, position):
            yield position
            after = position + len(words)


def _all_finds(text: str, words: str) -> Iterator[int]:
    position = text.find(words)
    while position != -1:
        yield position
        position = text.find(words, position + 1)


def _same_model(key: str, other: str) -> bool:
    matcher = SequenceMatcher(None, key, other)
    return (
        matcher.real_quick_ratio() >= _SAME_MODEL_RATIO
        and matcher.quick_ratio() >= _SAME_MODEL_RATIO
        and matcher.ratio() >= _SAME_MODEL_RATIO
    )


# --- looked-after term -------------------------------------------------------------------------

_LOOKED_AFTER_TERMS: tuple[str, ...] = tuple(entry["term"] for entry in _DATA["looked_after_terms"])
_USE_WEIGHTS: tuple[float, ...] = tuple(
    float(entry.get("use_weight", 1.0)) for entry in _DATA["looked_after_terms"]
)
"""How much one use of each entry's phrasings counts (a phrasing in the council's own voice,
"children in our care", describes the children where a term names them)."""
_CARER_CAPITALISED: tuple[bool, ...] = tuple(
    bool(entry.get("carer_capitalised", False)) for entry in _DATA["looked_after_terms"]
)
"""Whether an entry's phrasing names the carer by a proper name ("children in Thimblewick's
care"), which the text must then write with capitals: the phrasings are matched in lower case,
where "in their grandmother's care" looks the same."""
_CARER = re.compile(r"\bin\s+(.+?)['\u2019]s\s+care\b")


def _phrasings_anchored_by(anchor: str) -> re.Pattern[str]:
    """One pattern for the phrasings of every term with `anchor`; group `termN` names the term."""
    alternatives = [
        f"(?P<term{index}>{'|'.join(f'(?:{phrasing})' for phrasing in entry['patterns'])})"
        for index, entry in enumerate(_DATA["looked_after_terms"])
        if entry["anchor"] == anchor
    ]
    return re.compile("|".join(alternatives))


_LOOKED_AFTER_PHRASES = {
    anchor: _phrasings_anchored_by(anchor)
    for anchor in dict.fromkeys(entry["anchor"] for entry in _DATA["looked_after_terms"])
}
"""Anchor word → the pattern of the phrasings that hold it."""
_PHRASE_REACH_BEFORE = 56
"""How far before its anchor a phrasing can start ("young people who are being looked")."""
_PHRASE_REACH_AFTER = 32
"""How far after its anchor a phrasing can end ("looked after young people")."""
_MAX_TERM_EVIDENCE = 10
_BODY_NAMED = re.compile(
    r"[ \t]+(?:"
    + "|".join(re.escape(word) for word in _DATA["looked_after_bodies"]["words"])
    + r")\b"
)
"""A body's name the term opens ("Children in Care Council"), matched on the lower-case text."""


_POST_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(words) for words in _DATA["looked_after_posts"]["words"])
    + r")[ \t]*(?:,|\bfor\b|\bof\b|[\-\u2013\u2014])?[ \t]*$"
)
"""A post's title the term closes ("Head of Service, Children in Care"), matched on the
lower-case text just before the term."""
_POST_REACH = 24


def _names_a_post(lower: str, start: int) -> bool:
    """Whether the term starting at `start` closes a post's title on its line."""
    line_start = lower.rfind("\n", 0, start) + 1
    return _POST_BEFORE.search(lower, max(line_start, start - _POST_REACH), start) is not None


def _looked_after_phrases(reading: ReadableOutline) -> dict[str, list[tuple[Span, float]]]:
    """Each canonical term's phrasings in the text with what each use counts, by term, in text
    order."""
    lower = reading.lower
    spans: dict[str, dict[Span, float]] = {}
    for word, phrasings in _LOOKED_AFTER_PHRASES.items():
        after = 0
        for position, length in _anchor_positions(reading, word):
            if position < after:
                continue  # inside the occurrence before (found from its end, as by str.find)
            after = position + length
            window_start = max(0, position - _PHRASE_REACH_BEFORE)
            window_end = position + _PHRASE_REACH_AFTER
            for match in phrasings.finditer(lower, window_start, window_end):
                if (
                    match.start() <= position < match.end()
                    and match.lastgroup is not None
                    and not _BODY_NAMED.match(lower, match.end())
                    and not _names_a_post(lower, match.start())
                ):
                    entry = int(match.lastgroup.removeprefix("term"))
                    if _CARER_CAPITALISED[entry] and not _carer_named_in_capitals(
                        reading.text, match.start(), match.end()
                    ):
                        continue
                    found = spans.setdefault(_LOOKED_AFTER_TERMS[entry], {})
                    found[Span(match.start(), match.end())] = _USE_WEIGHTS[entry]
    return {term: sorted(found.items()) for term, found in spans.items()}


def _carer_named_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether every word of the carer a phrasing names ("in Lower Fennick's care") opens with a
    capital in the text: a place's or a council's name, not a relative ("in their aunt's care")."""
    carer = _CARER.search(text, start, end)
    return carer is not None and all(word[:1].isupper() for word in carer[1].split())


def _anchor_positions(reading: ReadableOutline, anchor: str) -> list[tuple[int, int]]:
    """Offsets and lengths in `lower` of every occurrence of a term's anchor. An anchor of several
    words is found across any run of spaces or a line break between them: a paragraph wrapped
    by a converter breaks "child in" / "care" over two lines (decision 0146)."""
    if " " not in anchor:
        return [(position, len(anchor)) for position in reading.positions_of(anchor)]
    key = f"looked_after_anchor:{anchor}"
    if key not in reading.memo:
        pattern = re.compile(r"\s+".join(re.escape(word) for word in anchor.split(" ")))
        found = [
            (match.start(), match.end() - match.start())
            for match in pattern.finditer(reading.lower)
        ]
        reading.memo[key] = found
    positions: list[tuple[int, int]] = reading.memo[key]
    return positions


@_registers("looked_after_term")
def looked_after_term(reading: ReadableOutline) -> Fact:
    """The canonical term the chapter uses most for children in care.

    Every phrasing of each canonical term counts ("looked-after children" counts for "Looked
    After Children"), a use in Title Case twice: capitals mark the authority's chosen term
    where template sentences keep another. Titles of cited legislation ("…Looked after Children
    (Miscellaneous Amendments) Regulations") are not uses. A phrasing in the council's own voice
    counts as the family's data says ("children in our care", half: it describes the children,
    where "Children Looked After" names them). Nor are the other cells of a table row that cites
    a statute (what the Act covers, in its words). Between terms used equally often (the
    same weight and number of uses) the one given in the plural somewhere wins, naming the
    children as a group (`_names_the_group`); any other tie goes to the term used first.
    """
    cited = _with_their_table_rows(reading.outline.text, legislation_list(reading).items)
    cited_starts = [item.start for item in cited]
    chapter_start = _title_start(reading.outline)
    best: tuple[float, bool, int, str, list[Span]] | None = None
    for term, weighted in _looked_after_phrases(reading).items():
        counted = [
            (span, counts)
            for span, counts in weighted
            if reading.plain.to_original(span.start, span.end).start >= chapter_start
            and not _within_any(cited, cited_starts, reading, span)
        ]
        if not counted:
            continue
        uses = [span for span, _counts in counted]
        weight = sum(
            counts * (2 if _is_title_case(reading.quote(span)) else 1) for span, counts in counted
        )
        group = any(_names_the_group(reading.quote(span)) for span in uses)
        candidate = (weight, group, -uses[0].start, term, uses)
        if best is None or _ranks_above(candidate, best):
            best = candidate
    if best is None:
        return _fact("looked_after_term", None)
    evidence = [reading.evidence(span) for span in best[4][:_MAX_TERM_EVIDENCE]]
    return _fact("looked_after_term", best[3], *evidence)


def _ranks_above(
    candidate: tuple[float, bool, int, str, list[Span]],
    best: tuple[float, bool, int, str, list[Span]],
) -> bool:
    """Whether a term's (weight, named as a group, -first use, term, uses) ranks above the best so
    far: the greater weight; between terms used equally often (the same weight and the same
    number of uses) the one given in the plural (`_names_the_group`); else the one used first. Two
    uses of one term still beat a single use of another in capitals, whose weight is the same."""
    if candidate[0] != best[0]:
        return candidate[0] > best[0]
    if len(candidate[4]) == len(best[4]) and candidate[1] != best[1]:
        return candidate[1]
    return candidate[2] > best[2]


_GROUP_WORDS = re.compile(r"\b(?:children|young\s+people)\b", re.IGNORECASE)


def _names_the_group(quote: str) -> bool:
    """Whether a use of a term names the children as a group ("children who are looked after"),
    as the chapter's term does, rather than one child's status ("every child in care", "a child
    who is looked after"): between terms used equally often, the one the chapter also gives in
    the plural is its name for the children (blind335)."""
    return _GROUP_WORDS.search(quote) is not None


def _title_start(outline: Outline) -> int:
    """Where the chapter's title starts in the text (0 when it has none): lines above it are the
    site's (a chapter menu copied with the page names other chapters: "4. Looked After
    Children"), not the chapter's own words."""
    title = next((section for section in outline.sections if section.kind == TITLE_KIND), None)
    return 0 if title is None else title.start


def _with_their_table_rows(text: str, items: Iterable[Span]) -> list[Span]:
    """Legislation items, each read from a table ("| Children Act 1989 | duties to looked after
    children |") widened to its whole row: the row's other cells say what the statute covers, in
    the statute's words, not the chapter's own."""
    rows: list[Span] = []
    for item in items:
        line_start = text.rfind("\n", 0, item.start) + 1
        line_end = text.find("\n", item.end)
        line_end = len(text) if line_end < 0 else line_end
        if "|" in text[line_start:line_end]:
            rows.append(Span(min(line_start, item.start), max(line_end, item.end)))
        else:
            rows.append(item)
    return rows


def _within_any(
    spans: list[Span], starts: list[int], reading: ReadableOutline, plain: Span
) -> bool:
    """Whether plain span `plain` lies inside one of `spans` (original offsets, in order)."""
    original = reading.plain.to_original(plain.start, plain.end)
    index = bisect_right(starts, original.start) - 1
    return index >= 0 and spans[index].contains(original)


def _is_title_case(words: str) -> bool:
    """Every word of four letters or more capitalised ("Children in Care")."""
    significant = [word for word in re.split(r"[\s-]+", words) if len(word) > 3]
    return bool(significant) and all(word[0].isupper() for word in significant)


# --- local names -------------------------------------------------------------------------------

_LOCAL_NAME = (
    r"(?P<name>"
    + _WORD_START
    + r"[A-Z][\w'\u2019&-]*(?:[ \t]+(?:[A-Z][\w'\u2019&-]*|and|of|&)){0,5})"
)
_LOCAL_NAME_SLOTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (slot["anchor"], re.compile(slot["pattern"].replace("{name}", _LOCAL_NAME)))
    for slot in _DATA["local_names"]["slots"]
)
_NOT_A_NAME_START = frozenset(_DATA["local_names"]["leading_words_dropped"])
_NEVER_LOCAL = frozenset(name.lower() for name in _DATA["local_names"]["never_local"])
_SERVICE_WORDS = re.compile(
    r"\b(?:Children['\u2019]s|Children|Family|Families|Social|Safeguarding|County|City|Borough|"
    r"Metropolitan|District|Council|Resource|Early)\b.*$"
)


def detect_local_names(reading: ReadableOutline) -> tuple[str, ...]:
    """The authority's own names and service brands in `outline`, longest first.

    Found in the slots the template leaves for them ("the framework within which X work", "The
    strategy for X is", "looked after by X", "X Council"…). A name such as "Merton Children's
    Services" also yields its place, "Merton", so "Merton's" elsewhere is recognised too.
    Longest first, so a mask replaces "Merton Children's Services" before "Merton".
    """
    names: dict[str, int] = {}
    found = (
        match
        for anchor, pattern in _LOCAL_NAME_SLOTS
        for sentence in reading.sentences_containing(anchor)
        for match in pattern.finditer(reading.text, sentence.start, sentence.end)
    )
    for match in found:
        words = match.group("name").split()
        while len(words) > 1 and words[0] in _NOT_A_NAME_START:
            words.pop(0)
        while words and (words[-1] in {"and", "of", "&"} or words[-1].lower() in _NEVER_LOCAL):
            words.pop()
        name = " ".join(words)
        if not name or name.lower() in _NEVER_LOCAL:
            continue
        names.setdefault(name, match.start("name"))
        place = _SERVICE_WORDS.sub("", name).strip()
        if place and place != name and place.lower() not in _NEVER_LOCAL:
            names.setdefault(place, match.start("name"))
    return tuple(sorted(names, key=lambda name: (-len(name), names[name])))


SEARCH_WORDS = SearchWords(
    (
        *common_extractors.SEARCH_WORDS,
        *_LEAVING_CARE_WORDS,
        *_SUPPORTED_WORDS,
        _PERMANENCE,
        _GROW_UP,
        *_CORPORATE_PARENTING_WORDS,
        _PRINCIPLES,
        *(word for words, _pattern in _MODEL_PATTERNS for word in words),
        *(known.lower() for known in _KNOWN_MODELS if known.isascii()),
        *(first for _name, first, _pattern in _KNOWN_MODELS_WRAPPED),
        *_LIVE_FOR_GOOD_WORDS,
        *_UNTIL_WORDS,
        _FUTURE,
        *_WAYS_OF_WORKING,
        *_LOOKED_AFTER_PHRASES,
        *(anchor for anchor, _pattern in _LOCAL_NAME_SLOTS),
    )
)
"""Every word the extractors above ask a reading for (`positions_of`, `sentences_containing`),
found in one pass over each version."""
