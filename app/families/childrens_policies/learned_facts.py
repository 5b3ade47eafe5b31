"""The learned sentence reader of this family's facts (decision 0580).

The phrase readers (`extractors`) find a fact where the chapter words it as one of their listed
phrases. Where they find nothing, this reader asks the family's sentence model
(`app.facts.sentence_model`, weights in `fact_sentences.json`, trained on the annotated cases by
`scripts/build_fact_sentences.py`) which sentences most likely state the fact, and reads the
value from the best of them by the fact's value type: a number of months, an age (and a later
one with its condition), a count, a date. A sentence the model doubts, or one holding no value
of the type, gives nothing: absent stays null, never a guess.

Read by type alone, it re-read sentences that thirty-one of the phrase readers' near-miss tests
reject, because whose plan, age or change a sentence speaks of is what those rules decide
(decision 0580). So the family uses the model only to propose sentences, and a proposed sentence
gives a value only by the phrase readers' own rule for one sentence (`SENTENCE_RULES`), the rule
they apply to sentences their words bring up: the model replaces the words that bring a sentence
up, never the rules that judge it (decision 0588). `with_learned_readers(..., judged=False)`
keeps the reading by type for the tests and the measurements.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.facts import Fact, ReadableOutline, read_number
from app.facts.sentence_model import FactSentenceModel, sentence_features
from app.families.childrens_policies.extractors import (
    permanence_timescale_said_in,
    support_age_said_in,
)
from app.text import Span

_HERE = Path(__file__).parent
MODEL_FILE = _HERE / "fact_sentences.json"
"""The sentence model's weights, written by `scripts/build_fact_sentences.py`."""

MODEL = FactSentenceModel.load(MODEL_FILE)
"""The family's sentence model (data, read once like `kinds.toml`)."""

LEARNED_FACTS = (
    "amendment_date",
    "last_updated",
    "leaving_care_support_age",
    "permanence_plan_months",
    "corporate_parenting_principles",
)
"""The facts whose values a sentence states in one place, and so the model can read."""

SentenceRule = Callable[[ReadableOutline, Span], Fact | None]
"""A phrase reader's judgement of one sentence: the fact it states, or None."""

SENTENCE_RULES: Mapping[str, SentenceRule] = {
    "leaving_care_support_age": support_age_said_in,
    "permanence_plan_months": permanence_timescale_said_in,
}
"""The learned facts whose phrase readers judge one sentence by a rule apart from the words that
bring it up, and that rule: for the support age, care leavers the subject, support the matter,
an age support runs to; for the permanence timescale, the permanence plan named in the sentence,
or the child's own plan timed from their coming into care under a heading naming permanence
(decision 0596). The amendment date, the page's update stamp and the principles have no such
rule apart from their words (a change is this text's by its sentence naming it, and the
amendment date's reading by meaning already judges every dated sentence), so the family reads
them by phrases only."""

_SPELT_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five"
    r"|first|second|third|fourth|fifth))?|eighteenth|nineteenth|twentieth)"
)
_A_NUMBER = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_SPELT_NUMBER})"
_MONTHS = re.compile(rf"(?<![\w.])({_A_NUMBER})\s+(?:calendar\s+)?months?\b", re.IGNORECASE)
_AGE = re.compile(
    rf"(?<![\w.£$])({_A_NUMBER})(?![\w.]\d)(?!\s*(?:%|per\s*cent|months?|weeks?|days?|hours?))",
    re.IGNORECASE,
)
_COUNT = re.compile(rf"(?<![\w.])({_A_NUMBER})\s+(?:[a-z-]+\s+){{0,2}}[a-z]+s\b", re.IGNORECASE)
_CONDITION_START = re.compile(r"\b(?:if|where|when|for|while|whilst|who|provided|as long as)\b")
_AGES = range(19, 26)
_COUNTS = range(2, 13)


def _number(words: str) -> int | None:
    return read_number(re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", words))


def _features(reading: ReadableOutline, span: Span) -> list[str]:
    """The features of one sentence, computed once per reading for every learned fact."""
    memo: dict[Span, list[str]] = reading.memo.setdefault("sentence features", {})
    features = memo.get(span)
    if features is None:
        features = sentence_features(reading.quote(span), reading.section_kind_at(span.start))
        memo[span] = features
    return features


def _sentences(reading: ReadableOutline, key: str) -> list[tuple[float, Span]]:
    """The sentences the model thinks state `key` at least as likely as its threshold, best
    first. Where the value can only be read from the sentence's own words (`_HOLDS_A_VALUE`), a
    sentence without a value of the type is not scored: it could give no fact, and scoring every
    sentence of a chapter that states none cost a third of its reading (decision 0588)."""
    threshold = MODEL.thresholds.get(key, 1.0)
    holds_a_value = _HOLDS_A_VALUE.get(key)
    ranked: list[tuple[float, Span]] = []
    for span in reading.sentences:
        if holds_a_value is not None and not holds_a_value(reading.quote(span)):
            continue
        probability = MODEL.probability(key, _features(reading, span))
        if probability >= threshold:
            ranked.append((probability, span))
    ranked.sort(key=lambda entry: -entry[0])
    return ranked


def months_in(words: str) -> int | None:
    """The number of months a sentence states ("within four calendar months" → 4)."""
    for match in _MONTHS.finditer(words):
        value = _number(match.group(1))
        if value is not None and 1 <= value <= 24:
            return value
    return None


def ages_in(words: str) -> dict[str, Any] | None:
    """The support age a sentence states: the earliest age past 18, and a later one with the
    words that follow it as its condition ("to 21, and to 25 if in education")."""
    found: list[tuple[int, int]] = []
    for match in _AGE.finditer(words):
        value = _number(match.group(1))
        if value is not None and value in _AGES and value not in [age for age, _end in found]:
            found.append((value, match.end()))
    if not found:
        return None
    found.sort()
    age = found[0][0]
    extended = []
    for later, end in found[1:]:
        after = words[end:]
        condition = _CONDITION_START.search(after)
        clause = after[condition.start() :] if condition else after
        extended.append({"age": later, "condition": clause.strip(" ,.;:")})
    return {"age": age, "extended": extended[-1:]}


def count_in(words: str) -> int | None:
    """A count a sentence states before a plural noun ("sets out seven principles" → 7)."""
    for match in _COUNT.finditer(words):
        value = _number(match.group(1))
        if value is not None and value in _COUNTS:
            return value
    return None


_THE_TEXT_NAMED = re.compile(
    r"\b(?:(?:this|our|the\s+(?:present|current|new|latest))\s+"
    r"(?:chapter|text|edition|version|procedure|policy|wording|document|guidance|page|manual"
    r"|handbook|guide)|the\s+chapter|paragraphs?|sections?\s+on|wording)\b"
)
"""Words naming this text or a part of it: a change dated in a sentence that names neither is
some other body's or document's (a board approving a plan, "Version 3 was approved")."""
_ANOTHER_TIME = re.compile(
    r"\(|\b(?:the\s+one|earlier|previous|former|replac\w*|supersed\w*|retir\w*|first"
    r"|next|due|until|before|from|effective|dated)\b"
)
"""Words before a date putting it in another edition or time (the replaced one, the first
issue, the next review, the day the text takes effect): no date of this text's change."""


_HOLDS_A_VALUE: dict[str, Callable[[str], bool]] = {
    "leaving_care_support_age": lambda words: ages_in(words) is not None,
    "permanence_plan_months": lambda words: (
        "month" in words.lower() and months_in(words) is not None
    ),
}
"""The learned facts whose value is read from the sentence's words alone, and the test that the
words hold one (the word "month" looked for before the months are: with the permanence timescale
read by its rule, this test ran on every sentence of a chapter stating none; decision 0596)."""


def _date_in(reading: ReadableOutline, span: Span, *, with_day: bool) -> str | None:
    lower = reading.lower
    if not with_day and _THE_TEXT_NAMED.search(lower, span.start, span.end) is None:
        return None
    dates = [
        found.date
        for found in reading.dates
        if span.start <= found.span.start < span.end
        and (found.date.day or not with_day)
        and (with_day or _ANOTHER_TIME.search(lower[span.start : found.span.start]) is None)
    ]
    if not dates:
        return None
    return max(dates, key=lambda date: date.sort_key).isoformat()


def _value(reading: ReadableOutline, key: str, span: Span) -> Any:
    words = reading.quote(span)
    if key == "permanence_plan_months":
        return months_in(words)
    if key == "leaving_care_support_age":
        return ages_in(words)
    if key == "corporate_parenting_principles":
        stated = count_in(words)
        if stated is not None:
            return stated
        items = reading.list_items_after(span.end)
        return len(items) if len(items) in _COUNTS else None
    if key == "amendment_date":
        return _date_in(reading, span, with_day=False)
    if key == "last_updated":
        return _date_in(reading, span, with_day=True)
    return None


def learned_fact(reading: ReadableOutline, key: str, *, judged: bool = False) -> Fact | None:
    """Fact `key` read from the sentence the model thinks most likely states it and that holds a
    value of its type, or None where no sentence does. `judged`: the value is what the phrase
    readers' rule for one sentence (`SENTENCE_RULES`) reads there, and a fact without such a
    rule is not read."""
    if key not in LEARNED_FACTS or not MODEL.knows(key):
        return None
    rule = SENTENCE_RULES.get(key)
    if judged and rule is None:
        return None
    for _probability, span in _sentences(reading, key):
        if judged and rule is not None:
            fact = rule(reading, span)
            if fact is not None and fact.value is not None:
                return fact
            continue
        value = _value(reading, key, span)
        if value is not None:
            return Fact(key, value, (reading.evidence(span),))
    return None


def _found_nothing(fact: Fact) -> bool:
    return fact.value is None or (fact.value == 0 and not fact.evidence)


def with_learned_reader(
    key: str, phrases: Callable[[ReadableOutline], Fact], *, judged: bool = False
) -> Callable[[ReadableOutline], Fact]:
    """Fact `key` read by its phrases, and by the sentence model where they find nothing
    (`judged`: as `learned_fact` says)."""

    def read(reading: ReadableOutline) -> Fact:
        fact = phrases(reading)
        if not _found_nothing(fact):
            return fact
        return learned_fact(reading, key, judged=judged) or fact

    read.__doc__ = phrases.__doc__
    return read


def with_learned_readers(
    extractors: Mapping[str, Callable[[ReadableOutline], Fact]], *, judged: bool = False
) -> dict[str, Callable[[ReadableOutline], Fact]]:
    """The family's extractors, in their order, each learned fact read by the model where its
    phrases fail; `judged` (the family's): only facts with a rule in `SENTENCE_RULES`, their
    values read by it."""
    learned = SENTENCE_RULES if judged else LEARNED_FACTS
    return {
        key: with_learned_reader(key, reader, judged=judged) if key in learned else reader
        for key, reader in extractors.items()
    }
