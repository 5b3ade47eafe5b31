"""Fact extractors any chapter family can use: the amendment date, the page's last-updated
stamp, the version label and the legislation list.

Councils state these the same way whatever the chapter: "In May 2024 this chapter was updated",
"Last updated: 4 March 2024", "v27", a list of Acts introduced as the legislation the procedure
rests on. Each is a `FactExtractor`: it takes the `ReadableOutline` the analysis prepares once for
every extractor, and a family registers it under its fact key, so a family chooses which of these
it reads and in what order. A family's search words include `SEARCH_WORDS`, the words these ask
a reading for.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from app.facts import (
    Evidence,
    Fact,
    FactValue,
    FoundDate,
    PartialDate,
    ReadableOutline,
    find_dates,
    plain_view,
    read_number,
    trim_span,
)
from app.ingest.front_matter import front_matter_settings
from app.sections import Block, Section
from app.text import Span
from app.text.letters import SALUTATION_RE, VALEDICTION_RE
from app.text.pictures import labels_a_picture


def fact_or_none(key: str, value: Any, *evidence: Evidence) -> Fact:
    """A fact whose evidence is kept only when it has a value (absent means null, no quote)."""
    return Fact(key, value, tuple(evidence) if value is not None else ())


# --- dates -------------------------------------------------------------------------------------

_AMENDMENT_VERB = re.compile(
    r"\b(?:revised|updated|amended|added|reviewed|rewritten|refreshed|introduced|inserted|"
    r"removed|deleted|replaced|published|changed|expanded|incorporated|restructured|"
    r"reformatted|re-written|re-issued|reissued|made|clarified|reworded|renamed|retitled|"
    r"moved|reshaped|reworked|redrafted|reorganised|reorganized|overhauled|edited|altered|"
    r"brought\s+(?:up\s+to\s+date|into\s+line))\b"
)
_AMENDED_THING = re.compile(
    r"\b(?:chapters?|sections?|sub-?sections?|notes?|paragraphs?|procedures?|appendix|"
    r"appendices|annex|wording|links?|references?|policy|amendments?|"
    r"(?<!last\s)(?<!last\s\s)pages?(?!\s+last)(?!\s+(?:was|has\s+been)\s+last))\b"
    r"(?!\s+(?:(?:and|&)\s+[a-z]+\s+)?(?:team|unit|group|board|panel)\b)"
    r"|\b(?:revised|amended|updated|reviewed|rewritten|changed|made)\s+throughout\b"
    r"|\b(?:this|the\s+(?:current|present|latest))\s+(?:version|edition)\b"
    r"|\bthis\s+document\b"
    r"|\b(?:this|the)\s+(?:policy\s+)?statement\b(?!\s+(?:of|on|from|by|about)\b)"
)
"""What a statement says was changed; a word that names who keeps the text ("Last edited by the
Policy and Quality Team on 12 October 2025", "the Procedures Unit") is no part of it (blind383);
"amended throughout" means the chapter, and so does "this
version" or "the current edition" of it ("This version was amended in April 2025", decision
0158), and so does "this document", as a Word or PDF chapter calls itself ("… works to this
document, which was revised in March 2025", decision 0357), and "the statement", as a chapter
written formally calls itself ("The statement was revised in December 2025 to reflect …",
decision 0361); "the statement of purpose" or "the statement on …" names another one."""
_MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_RANGE_OPENING = (
    rf"(?:between\s+{_MONTH_NAME}(?:\s+\d{{4}})?\s+and"
    rf"|from\s+{_MONTH_NAME}(?:\s+\d{{4}})?\s+(?:to|until|till))"
)
"""The opening of a range of months whose end is the date read ("between January and March
2025", "from October 2024 to January 2025"): work done over the range was finished by its end,
so the end dates it, as the latest date of a history does."""
_DATE_LEAD_IN = re.compile(
    rf"\b{_RANGE_OPENING}\s+$|"
    r"\b(?:in|on|from|during|since|by)(?:\s+(?:the|its|our|this|a|an))?\s+"
    r"(?:(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|days?|half)\s+of\s+"
    r"|(?:early|mid|late|mid-)\s*|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$"
    r"|\b(?:revised|updated|amended|reviewed|rewritten|refreshed)"
    r"(?:\s+(?:this|the|our)\s+(?:chapter|procedure|policy|page|guidance))?\s+\($"
    r"|\((?:added|updated|amended|revised|rewritten|inserted|new)(?:\s+(?:in|on))?\s+$"
)
"""What introduces an amendment's date: "in May 2024", "on 3 June", "updated (May 2024)", "We have
refreshed this chapter (November 2025) to …" (a news item's bracketed month after the changed
text), "(added May 2024)" after what was added; a
bracketed date after anything else is a cited document's ("Statutory Guidance (Feb 2018)")."""
_LEAD_IN_CHARACTERS = 40
_AMENDMENT_NOUN_BEFORE = re.compile(
    r"\b(?:review|update|revision|refresh|rewrite|edition|reissue|re-issue),?\s+(?:in|on|of|dated)\s+$"
)
"""A date named as the time of a review ("Following a review in March 2023, …"; "The chapter's
last revision, in June 2024, rewrote …")."""
_REVIEW_OF_THE_TEXT_BEFORE = re.compile(
    r"\b(?:review|revision|update|refresh|rewrite)[ \t]+of[ \t]+(?:this|the|our)[ \t]+"
    r"(?:chapter|procedure|policy|guidance|document)[ \t]+"
    r"(?:took[ \t]+place|was[ \t]+(?:held|carried[ \t]+out|completed|finished|undertaken|done))"
    r"[ \t]+(?:in|on)(?:[ \t]+the)?[ \t]+$"
)
"""A date named as the time the chapter's own review happened, the review the subject ("The last
review of this chapter took place in October 2024; no changes were needed.", decision 0248): a
review that changed nothing still dates the version (decision 0081). One to come ("will take
place") is no such statement."""
_REVIEW_OF_THE_TEXT_REACH = 80
"""Characters before a date searched for `_REVIEW_OF_THE_TEXT_BEFORE`."""
_AMENDMENT_NOUN_AFTER = re.compile(r"[ \t]+(?:update|review|revision|refresh|rewrite)\b")
"""A date naming a review ("In the October 2024 update, …")."""
_AN_AMENDMENT_AFTER = re.compile(
    r"[ \t]+amendment\b(?![ \t]+(?:to|of)[ \t]+(?!this[ \t]+chapter\b|the[ \t]+chapter\b))"
)
"""A dated amendment named by its date ("The May 2026 amendment added a paragraph on …",
blind262): a statement when what follows the date says what it did (`_AMENDMENT_VERB`,
`_WHAT_A_REVIEW_DID`). Read after a month only: a year alone before "amendment" ("the 2014
amendment to the Act") is a law's more often than the chapter's, and so is an amendment "to"
or "of" anything but the chapter ("the October 2024 amendment to the Regulations")."""
_WHAT_A_REVIEW_DID = re.compile(
    r"\b(?:adds|removes|replaces|rewrites|revises|updates|moves|changes|introduces|inserts|"
    r"deletes|expands|restates|restated|corrects|corrected|clarifies|"
    r"shortens|shortened|lengthens|lengthened|extends|extended|reduces|reduced|"
    r"checks|checked|tightens|tightened)\b"
    r"|\b(?:it|the\s+chapter|this\s+chapter)\s+(?:now|also|now\s+also)\s+"
    r"(?:covers|describes|includes|explains|sets\s+out|deals\s+with)\b"
)
"""Verbs that say what a dated update, revision or review did in words the amendment verbs lack:
the present tense of a note describing its own edition ("The May 2025 revision adds …") and
changes to a figure or a list ("… the timescale was shortened", "… the list was checked"), or
what the chapter has covered since the update ("Since its update in August 2026, it also
describes …", blind196, decision 0309).
Read only in a sentence that names a dated review, where the date is the review's."""
_VERSION_BESIDE = (
    r"(?:(?:version|issue)[ \t]+\d{1,3}(?:\.\d{1,3})*[ \t]*[,;:|\-\u2013\u2014\u00b7\u2022][ \t]*)?"
)
"""A version number set before a label on its line ("Version 3 \u00b7 ", "Issue 2, ")."""
_VERSION_BEFORE_LABEL = re.compile(_VERSION_BESIDE)
_APPROVAL_FIELD = re.compile(
    _VERSION_BESIDE + r"(?:date\s+(?:last\s+)?approved|(?:date\s+of\s+)?approval(?:\s+date)?"
    r"|approved\s+(?:on|date))[\s,:;|(*_\-\u2013\u2014]*"
)
"""A document-control field giving the date the chapter was approved, and nothing more:
"Date approved | 12 June 2024", "Approval date: …", "Approved on | …", "Approved date | …"
(decision 0256), "Version 3.1 \u2013
Date approved 4 June 2024". Approval is when a version was signed off, not when its text
changed: it dates the chapter where the chapter states no amendment of its own, and gives its
day to an amendment stated for its month (decisions 0050, 0156, 0192, 0205, 0230;
`amendment_statements`). A bare "Approved | …" row dates only a chapter that states nothing
else (`_BARE_APPROVED_FIELD`, decision 0491)."""
_AMENDMENT_LABEL = re.compile(
    _VERSION_BESIDE + r"(?:(?:(?:most\s+recent|latest|last|recent)\s+)?"
    r"(?:amendments?|changes?|updates?|revisions?|history)[ \t]*[:\-\u2013\u2014][ \t]*)?"
    r"(?:(?:this|the)\s+)?(?:(?:chapter|procedure|policy|document|guidance|content)\s+)?"
    r"(?:(?:fully|substantially|comprehensively|extensively|significantly|partially|wholly|"
    r"minor|major)\s+)?"
    r"(?:(?:last|most\s+recently)\s+(?:amended|revised|changed)"
    r"|(?:revised|updated|amended|reviewed|rewritten|re-written|refreshed|re-issued|reissued|"
    r"edited|altered|brought\s+up\s+to\s+date)"
    r"(?:\s+(?:and|&)\s+(?:revised|updated|amended|reviewed|rewritten|refreshed|re-issued|"
    r"reissued|republished))?"
    r"(?:\s+(?:throughout|in\s+full|in\s+its\s+entirety|in\s+part))?"
    r"|(?:last\s+)?checked\s+(?:and|&)\s+(?:re-issued|reissued|republished|revised|amended)"
    r"|(?:date\s+of\s+(?:this\s+|the\s+|last\s+)?)?(?:(?:last|latest|this|(?:most\s+)?recent)\s+)?"
    r"(?:(?:substantive|substantial|significant|major|material)\s+)?"
    r"(?:amendments?|revisions?|changes?)"
    r"(?:\s+date|\s+notes?|\s+made(?:\s+throughout)?|\s+(?:approved|agreed|adopted|signed\s+off))?"
    r"(?:\s+(?:to|in)\s+(?:this|the)\s+(?:chapter|procedure|policy|document|guidance))?"
    r"|date\s+(?:(?:last\s+)?(?:approved|issued|amended|revised)"
    r"|of\s+(?:approval|issue|(?:the\s+)?last\s+review))"
    r"|(?:approval|issue)\s+date|issued(?=[ \t]*[:|])"
    r"|(?:this|current|latest)\s+version|version\s+date|date\s+of\s+(?:this\s+)?(?:version|edition))"
    rf"(?:\s+(?:in|on|of|for|dated|as\s+(?:of|at)|{_RANGE_OPENING}))?[\s,:;|(*_\-\u2013\u2014]*"
    r"(?:(?:(?:in|during)\s+)?(?:the\s+)?(?:w/c|week\s+(?:commencing|beginning|starting|of)"
    r"(?:\s+on)?)\s+)?"
)
"""The whole of what precedes a date in a statement that is only a label and the date:
"Updated: June 2022", "Revised throughout, September 2021", "Amended in May 2023 to …",
"Amendment: Revised throughout, August 2024", "Amended in part, October 2025" (decision 0308),
"Last checked and reissued: 03/2025" (a check that issued the text again, decision 0467: the
reissue dates it, where "Last checked" alone is the page's stamp),
"Version 4.1, reviewed in December 2024",
"Version 3.2 \u00b7 Amended 11/2024", a field "Date amended | 28/03/2025" or "Date last
amended | 19 February 2025", a cover's or a control table's field "Issued: January 2025" or
"Issued | January 2025" (the version's issue date, as "Date of issue" is; only as a field:
"Guidance issued in March 2022" is no label, decision 0219),
"Content reviewed January 2025", a key-facts row "Chapter last amended | February 2026"
(decision 0294; "Document last updated: …" stays the page's last-updated date), "Brought up
to date: March 2025" (decision 0218), "This
version: January 2025", "Version date: …", "Date of this edition | 9 February 2026" (0597), a
document control's field ("Date of last amendment | 14.03.2025", "**Date of change:** …",
"Minor amendments made throughout, 22nd Jan 2025"), the change called substantive or major
("Last substantive change: October 2025 - \u2026", decision 0348), and a label over a range
of months whose end is the date ("Changes made between October and December 2024"), and a
label before a week named by its first day ("Amended w/c 3 March 2025: …", "Updated in the
week commencing …": the week's month, see `find_dates`).
Labels of the page ("Last updated", "Page last updated") and of reviews to come ("Review date",
"Next review") do not match: they are not amendments."""
_REVIEW_STAMP = re.compile(r"reviewed(?:[ \t]+in[ \t]+full)?(?:[ \t]+on)?[ \t]*:?[ \t]*")
"""A bare review label and a day closing its line ("Reviewed on 2 June 2025", "Reviewed: 5 May
2025", "Reviewed in full: 16 April 2025"): the day the page was checked. It dates the
chapter's amendment only where the chapter states no other: a review that names no change
leaves the text as its amendment made it (decision 0204: a review "in full" names none)."""
_NOT_YET = re.compile(
    r"\bnext\s+(?:be\s+)?(?:review|update|revis|amend)"
    r"|\b(?:is|are|falls?|becomes?)\s+due\b|\bdue\s+(?:for|in|on|by|date)\b|\breview\s+due\b"
    r"|\b(?:will|shall|to)\s+(?:\w+\s+){0,2}?be\s+(?:\w+\s+)?"
    r"(?:reviewed|updated|revised|amended|reissued|re-issued)\b"
    r"|\b(?:scheduled|planned|expected)\s+(?:for|in|on|by|to)\b|\bexpir(?:es|y|ing)\b"
)
"""Words before a date that make it a date to come ("will next be reviewed in May 2026")."""
_ENTRY_OPENING = re.compile(
    r"[ \t|]*(?:(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u25cf]|\d{1,3}(?:\.\d{1,3})*[.)]?"
    r"|\(?[a-z0-9]{1,3}\)|(?:(?<=\|)|(?<=\|[ \t])|(?<![^\n]))[a-z](?=[ \t]+\|))[ \t]+)?"
    r"[ \t#*_>|]*(?:[\u203c\u2049\u2139\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?[ \t]+)?"
)
"""List marker, paragraph number and markup at the start of a line ("- ", "3. ", "1.2 ", "**"),
then a pictograph that opens a callout ("\U0001f4a1 March 2025: …", as page tools export them;
the information sign U+2139 and the double marks U+203C/U+2049 are pictographs too, outside the
arrows-to-symbols block),
and a table row's first cell when it is a version number ("| 2.1 | 14 August 2023 | …") or a
revision's letter ("| C | 2025-03 | …"; "C | 2025-03 | …" at the line's start, as a Word or
PDF table's row is read, decision 0226)."""
_DATED_ENTRY = re.compile(
    r"[ \t]*[:|\u2013\u2014-][ \t]*\S|[ \t]+[A-Z]"
    r"|(?:\t|[ ]{2,})[ \t]*v?\d{1,3}(?:\.\d{1,3})*[a-z]?(?:\t|[ ]{2,})[ \t]*[A-Z]"
)
"""What follows the date of a dated entry ("January 2024: …", "March 2023 - …", a table's
"| Section 4 updated"), or a history written as text columns, the version set apart by gaps
between the date and the change ("14/01/2025    4.2    Leaving care ages updated")."""
_NAMED_ENTRY = re.compile(r"[ \t]+(?:update|review|revision|changes?)[ \t]*[:\-\u2013\u2014]")
"""A date naming the update it opens ("January 2025 update: …", "May 2024 review - …")."""
_NAMED_ENTRY_ALONE = re.compile(r"[ \t]+(?:update|review|revision)[ \t]*\.[ \t*_]*")
"""A date naming its update as a sentence of its own ("Sept 2024 update."): a change note's
label when the next sentence of its paragraph says what changed."""
_ENTRY_WORDS = re.compile(r"\b(?:changes?|new|update|updates|review|revision)\b")
_CHANGES_LABEL = re.compile(
    r"[^.:\n]{0,48}\b(?:changes?|amendments?|revisions?|updates?|history)\b"
    r"(?:[^.:,\n]{0,48}[:,\-\u2013\u2014]|[ \t]+made(?:[ \t]+(?:on|in))?)[ \t]*"
)
"""A label naming changes before a dated entry ("Changes since the last version: January 2025 -
…", "Revision history: 14 August 2024: …", "Update, June 2024: …", "Most recent change - September
2024: …", "Changes made 14/05/2024: …")."""


_CHANGES_MADE_IN = re.compile(
    r"\b(?:changes|amendments|revisions|updates)[ \t]+made[ \t]+(?:in|on)[ \t]+$"
)
"""Changes said to have been made at a date inside a sentence, not as its label ("This version
carries revisions made in September 2025, which add a section on …", blind209): an amendment
where the sentence names the text changed (`_AMENDED_THING`), and not when the changes were made
to a titled document ("… revisions made in June 2023 to Working Together …")."""
_WHAT_CHANGED_LABEL = re.compile(
    r"[ \t*_#>]*what[ \t]+(?:has[ \t]+)?changed"
    r"(?:[ \t]*[,\u2013\u2014-]|[ \t]+(?:in|during|over|this))?(?:[ \t]+the)?[ \t]*"
)
"""A line that asks what changed and answers with when ("What changed in June 2025:", "What
changed this spring (2026)", blind390; "What changed, May 2025") over the changes: the label of
the chapter's amendment note, as "Changes made in …:" is ("What changed since …" names the
edition before, and is left). Only a line of its own (`_WHAT_CHANGED_LABEL_CLOSES`): "What
changed in 2024 was the law" is a sentence about something else."""
_WHAT_CHANGED_LABEL_CLOSES = re.compile(r"[ \t*_]*\)?[ \t*_]*[:.]?[ \t*_]*(?:\n|$)")
"""The end of a "What changed …" label's line after its date: a closing bracket, a colon, marks."""
_LABEL_ENDS_LINE = re.compile(r"[ \t*_)]*:[ \t*_]*")
"""A changes label whose date closes it with a colon at the line's end ("Key changes, October
2024:"): the changes follow as a list."""
_CHANGES_LABEL_BRACKETED = re.compile(
    r"[^.:\n]{0,48}\b(?:changes?|amendments?|revisions?|updates?|history|updated|amended|revised"
    r"|changed|what['\u2019]?s\s+new(?:\s+in\s+(?:this|the)\s+(?:version|edition|update|chapter))?"
    r"|new\s+in\s+(?:this|the)\s+(?:version|edition|update|chapter|issue|revision))"
    r"(?:[ \t]+(?:notes?|summary|log|record))?"
    r"(?:(?:[ \t]+made)?[ \t]+(?:since|in|to|from)[ \t]+(?:the[ \t]+|this[ \t]+)?"
    r"(?:last[ \t]+|previous[ \t]+)?"
    r"(?:issue|edition|version|review|revision|update|chapter)"
    r"|[ \t]+(?:this|in\s+this|at\s+this|for\s+this)[ \t]+(?:time|round|update|review|issue))?"
    r"[ \t]*\((?:(?:dated|(?:last[ \t]+)?(?:updated|amended|revised))[ \t]+(?:(?:on|in)[ \t]+)?)?$"
)
_BRACKET_CLOSES_LABEL = re.compile(r"[ \t]*\)[ \t*_]*(?:[:\-\u2013\u2014]|$)")
"""A label naming changes with their date in brackets ("Summary of changes (May 2024): …",
"Changes since the last issue (May 2023): …", "Updated in this edition (March 2025): …",
"Revision note (January 2025): …", "What's new (updated 9th May 2025)" over a list of changes,
"New in this version (May 2025): …")."""
_THIS_EDITION_BRACKETED = re.compile(
    r"(?:(?:in|for)\s+)?(?:this|the\s+(?:current|latest|present))\s+"
    r"(?:edition|version|update|issue|revision|review)[ \t]*\([ \t]*"
)
_WE_DID_AFTER_BRACKET = re.compile(
    r"[ \t]*\)[ \t]*,?[ \t]*(?:we[ \t]+(?:have[ \t]+)?[a-z]{3,}\b|[:\-\u2013\u2014])"
)
"""The current edition dated in brackets, then what the council did in it ("In this edition
(May 2025) we have added …", "This version (March 2025): …"): the edition's date is the
amendment's. A bracketed date after "this edition" with nothing done in it stays unread."""
_THIS_EDITION_DATED = re.compile(
    r"(?:this|the\s+(?:current|latest|present|new))\s+"
    r"(?:edition|version|update|issue|revision),?\s+(?:dated|of|from)\s+"
)
_IT_DOES_AFTER_DATE = re.compile(
    r"[ \t]*,?[ \t]+(?:brings|adds|introduces|replaces|supersedes|removes|updates|reflects"
    r"|includes|rewrites|changes|makes)\b"
)
"""The current edition named with its date, then what it does ("This version, dated June 2025,
brings in the National Framework …"): the edition's date is the amendment's. "This version, dated
June 2025." alone, or a version dated and then only described, stays unread (decision 0131).
An edition that supersedes another does what one that replaces it does ("This version, signed off
by the Director on 14 January 2026, supersedes the one issued in April 2024", blind385)."""
_IS_THE_EDITION_OPENING = re.compile(
    r"(?:what[ \t]+follows|this|(?:the[ \t]+)?(?:text|wording)[ \t]+(?:below|that[ \t]+follows))"
    r"[ \t]+is[ \t]+the[ \t]+"
)
_EDITION_OF_THE_CHAPTER_AFTER = re.compile(
    r"[ \t]+(?:text|version|edition|revision|issue|wording)[ \t]+of[ \t]+(?:this|the)[ \t]+"
    r"(?:chapter|policy|procedure|guidance)\b"
)
"""The chapter calling itself the edition of a month ("What follows is the February 2026 text of
this chapter", "This is the May 2025 version of the policy"): the date names the edition in
force, the amendment's. Only the text naming itself ("what follows", "this", "the text below"):
"Working Together is the December 2023 version of the guidance" names another document's
edition. A year alone is read by `_states_a_year_of_change`, not here."""
_PAGE_LABEL = re.compile(
    _VERSION_BESIDE + r"(?:(?:content|page|this\s+page|this\s+chapter)\s+(?:was\s+)?)?last\s+"
    r"(?P<verb>reviewed|updated|amended|revised|modified|checked|changed|refreshed)"
    r"(?:\s+(?:and|&)\s+(?P<also>reviewed|updated|amended|revised|modified|checked))?"
    r"(?:\s+(?:in|on))?[ \t]*[:|\-\u2013\u2014]?[ \t]*"
)
"""A label of when the content last changed ("Content last reviewed and updated: January 2024",
"Last reviewed October 2022"). Given a day it is the page's stamp (`last_updated`, an ISO date);
given only a month it still dates the latest change, so it is an amendment statement; "Last
amended", "Last revised" and "Last changed" name an amendment whatever the date's precision
("_Last amended 2nd February 2024_", "Issue 4 \u00b7 last changed January 2025": a version
label may stand before the label, decision 0253), and so do they as the second of two verbs
("Last reviewed and amended: 11 November 2025"), and "checked" is a review ("This chapter was
last checked in Sept 2024")."""
_AMENDMENT_LABEL_VERBS = ("amended", "revised", "changed")


def _names_an_amendment(page_label: re.Match[str]) -> bool:
    """Whether a `_PAGE_LABEL` match names an amendment by either of its verbs."""
    return bool({page_label.group("verb"), page_label.group("also")} & set(_AMENDMENT_LABEL_VERBS))


_UPDATED_STAMP = re.compile(
    r"(?:(?:this|the)\s+)?(?:content\s+)?updated\b"
    r"(?!\s+(?:and|&)\s+(?:revised|amended|re-?issued|republished|rewritten|re-written)\b)"
    r"|date\s+of\s+(?:the\s+)?last\s+review\b"
)
"""A label that stamps the page when given a day ("Updated 2 June 2025", "Content updated …",
"Date of last review: 14/03/2025"); given a month it dates the amendment. "Updated and
reissued: 12 May 2025" names the chapter's new issue beside the update, an amendment whatever
the date (decision 0283)."""
_THIS_SHORT_TEXT = (
    r"(?:this\s+(?:(?:short|brief)\s+)?"
    r"(?:guide|leaflet|booklet|briefing(?:\s+note)?|note|strategy|pledge|charter)"
    r"|these\s+(?:promises|pledges|commitments))"
)
"""The text named as the short document a council writes on a topic instead of a chapter, a
guide for young people, a leaflet, a briefing note ("We changed this guide in February 2026",
"This note is that account. …, and it was last revised in October 2025"), a strategy, a pledge
or charter to children in care ("This strategy explains … It was approved by the Board on …",
decision 0282): only with "this", since "the guide" or "the note" may be another document
(decision 0261). A chapter written as the council's promises is its promises: "these
promises" ("We last looked again at these promises, and changed two of them, in February
2026", decision 0273); "the Pledge" or "our promises" may be another document or the
service's work. A short text may say it is short ("This short briefing is …", blind331)."""
_THE_POLICIES_RETOLD = (
    r"(?:these\s+policies"
    r"|(?:the|our)\s+policies\s+(?:it|this\s+(?:page|guide|leaflet|booklet))\s+"
    r"(?:describes|explains|sets\s+out|covers|summarises|summarizes|is\s+about))"
)
"""The chapter's policies named by a page that retells them in plain words: "We last changed
these policies in October 2025", "We updated the policies it describes in December 2025" (the
page's "it"; blind187, decision 0296). "Our policies" alone may be any of the council's, so it
names the chapter only with the page that describes them."""
_CHANGED_IT = (
    r"(?:last\s+|fully\s+|recently\s+|most\s+recently\s+)?"
    r"(?:revised|updated|amended|reviewed|rewrote|rewritten|refreshed|changed|redrafted|reworked"
    r"|renewed|looked\s+(?:again\s+)?(?:at|over)|re-?issued|re-?published)\s+"
    r"(?:(?:and|&)\s+(?:revised|updated|amended|rewrote|rewritten|refreshed|changed|redrafted|"
    r"reworked|re-issued|reissued|republished|re-published)\s+)?"
    rf"(?P<object>it|this\s+(?:chapter|page|policy|procedure|document|guidance)|{_THIS_SHORT_TEXT}"
    rf"|{_THE_POLICIES_RETOLD})\b"
)
_WE_CHANGED_IT = re.compile(rf"\bwe\s+(?:have\s+)?{_CHANGED_IT}")
"""The council saying in its own voice that it changed the chapter ("We updated it in June
2023, when …", "…, and we last changed it in March 2025", decision 0172), also with the new
issue the change made ("We reviewed and re-issued it in February 2025") or the new issue alone
("We reissued it in December 2025", decision 0366); an "it" that stands
for something else ("Our offer … is generous. We last changed it in …") is not the chapter
(`_we_changed_the_text`). A pledge or charter is renewed ("we renewed it with them in May
2025", decision 0282)."""

_THE_COUNCIL_CHANGED_IT = re.compile(
    r"[ \t*_>]*(?:the\s+(?:council|borough|county|city|authority)"
    r"|(?-i:(?!(?:It|This|That|These|Those|The|They|There|Here|He|She|We|Our|Its|In|On|By)\b)"
    r"[A-Z][a-z\u2019'-]+(?:\s+[A-Z][a-z\u2019'-]+){0,4}))"
    rf"\s+(?:has\s+)?{_CHANGED_IT}",
    re.IGNORECASE,
)
"""The council saying in the third person, as the sentence's subject, that it changed the
chapter: "The council revised this chapter in …", or by its own name, "Pennycombe revised it in
September 2025 to take account of …" (blind320): the name is capitalised words opening the
sentence, so "It", "This" or "The" opening one names no council. An "it" must stand for the
chapter, as with "we" (`_we_changed_the_text`)."""

_WE_BROUGHT_IT_UP_TO_DATE = re.compile(
    r"\bwe\s+(?:have\s+)?(?:last\s+|recently\s+|most\s+recently\s+)?brought\s+"
    rf"(?P<object>it|this\s+(?:chapter|page|policy|procedure|document|guidance)|{_THIS_SHORT_TEXT})"
    r"\s+up\s+to\s+date\b"
)
"""The same change said with the object inside the phrase ("We brought this chapter up to date
in September 2025 to add …", blind198): "brought … up to date" is an editor's verb, as
"Brought up to date: March 2025" is a label's (decision 0218)."""

_WE_EDITED_A_PART = re.compile(
    r",?[ \t]+we[ \t]+(?:have[ \t]+)?(?:rewrote|rewritten|re-wrote|re-written|revised|updated|"
    r"amended|redrafted|reworded|reorganised|reorganized|restructured|edited|refreshed|shortened|"
    r"expanded)[ \t]+(?:the|this|our|its|a|two|three|several)[ \t]+(?:[a-z'\u2019-]+[ \t]+){0,2}?"
    r"(?:parts?|sections?|chapter|paragraphs?|wording|list|text|page|account|introduction)\b"
)
"""A dated sentence in the council's voice saying it edited a part of the text, right after
the date ("In December 2024 we rewrote the part on care leavers", "In May 2025, we revised two
sections"): the verbs are an editor's and the object is the text, so a service change ("In
2023 we introduced Family Safeguarding", "we updated our local offer") is not read."""
_WE_EDITED_A_PART_THEN_DATE = re.compile(
    r"we[ \t]+(?:have[ \t]+)?(?:rewrote|rewritten|re-wrote|re-written|revised|updated|amended|"
    r"redrafted|reworded|reorganised|reorganized|restructured|edited|refreshed|shortened|expanded)"
    r"[ \t]+(?:the|this|our|its|a|two|three|several)[ \t]+(?:[a-z'\u2019-]+[ \t]+){0,3}?"
    r"(?:parts?|sections?|paragraphs?|wording|introduction)"
    r"(?:[ \t]+(?:on|about|covering|dealing[ \t]+with)[ \t]+[a-z'\u2019 \t-]{1,50}?)?"
    r"[ \t]+(?:in|on|during)[ \t]+(?:(?:early|mid|late|mid-)[ \t]*)?"
)
"""The same edit with the date after it, the sentence opening in the council's voice ("We
rewrote the corporate parenting section in December 2025", "We shortened the part on
permanence in May 2025"): the object is a part of the text named in lower case, so "We updated
our local offer in …" or "We revised the Children Act checklist in …" is not read (blind188)."""


_OPENS_WITH_AMENDMENT = re.compile(
    r"(?:(?:this|the)\s+(?:chapter|procedure|policy|document|guidance)\s+(?:was|has\s+been)\s+)?"
    r"(?:(?:fully|substantially|comprehensively|extensively|significantly|partially|wholly)\s+)?"
    r"(?:revised|updated|amended|reviewed|rewritten|re-written|refreshed|re-issued|reissued|"
    r"republished|re-published)\b"
)
"""A sentence that opens by saying the chapter changed ("Amended in line with …", "Reissued with
minor changes, Feb 2025", decision 0199)…"""
_ENDS_WITH_DATE = re.compile(r"[ \t)\]*_]*[.;]?[ \t)\]*_]*$")
"""…and ends with the date it changed ("…, February 2024.")…"""
_ENDS_WITH_DAY_AND_TIME = re.compile(
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?)?" + _ENDS_WITH_DATE.pattern
)
"""`_ENDS_WITH_DATE`, the time of day allowed after the day, as a wiki's footer stamps its page
("This page was last edited on 14 February 2025, at 10:12.")."""
_DATE_CLOSES = re.compile(
    r"(?:,|[ \t][\-\u2013\u2014]|\b(?:in|on|from|during)(?:[ \t]+the)?"
    rf"|\b{_RANGE_OPENING})[ \t]*$"
)
"""…after a comma, a dash or "in": "Amended in line with Working Together 2023, February 2024",
"Amended to reflect the National Framework - December 2023", the end of a range ("This chapter
was reviewed and amended between January and March 2025"), "This chapter was amended on the
3rd of March 2025" (a day with its article)."""


_BY_A_BODY = (
    r"(?:[ \t]+by[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[a-z'\u2019]+[ \t]+){0,5}?"
    r"(?:board|panel|committee|members?|director|council|cabinet|team|service|managers?|group|lead|head)"
    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[a-z'\u2019]+[ \t]+){0,2}?[a-z'\u2019]+)?)?"
)
"""Who approved or issued a version, between the verb and its date ("Version 2.0, approved by
the Children's Services Leadership Team on 3 June 2025."): a board, panel, team or the like, as
`_THE_CHANGES_TOOK_EFFECT` names who agreed the changes, perhaps with what it heads or serves
("approved by the Director of Children's Services in October 2024", "by the Head of Service")."""
_THIS_EDITION_AGREED_ASIDE = re.compile(
    r"(?:(?:this|the[ \t]+(?:current|latest|present|new))[ \t]+"
    r"(?:edition|version|update|issue|revision)"
    r"|(?:edition|version|issue|revision)[ \t]+v?\d{1,3}(?:\.\d{1,3}){0,2}),?[ \t]+"
    r"(?:agreed|approved|adopted|endorsed|issued|published|signed[ \t]+off)"
    + _BY_A_BODY
    + r"[ \t]+(?:on|in)[ \t]+"
)
"""The current edition with who agreed it and when set aside between commas, then what the
edition does ("This version, agreed by the leadership team on 12 February 2026, replaces the one
dated …", "This edition, approved in May 2025, brings in …"): the edition's date is the
amendment's, as when it is only "dated" (`_THIS_EDITION_DATED`); the replaced edition's date
names no amendment (decision 0234). An edition agreed and then only described stays unread.
The edition may be named by its number ("Edition 4.3, issued on 9 February 2026, replaces
edition 4.2", decision 0597): the number says it is this one as "this" does."""
_AGREED_BY_A_BODY = re.compile(
    r"(?:agreed|approved|adopted|endorsed|signed[ \t]+off)" + _BY_A_BODY + r"[ \t]+(?:on|in)[ \t]+"
)
_APPROVED_LABEL = re.compile(r"approved[ \t]*[:\-\u2013\u2014][ \t]*")
"""A run-in "Approved:" label before its date, as a line of a policy on a page or a cover."""
_BARE_APPROVED_FIELD = re.compile(r"approved[ \t]*:?[ \t]*[|\t][ \t]*")
"""A bare "Approved" field and its date as a row of a document-control table ("| Approved | 14
October 2025 |", or a tab between the cells): the date the version was signed off, naming no
one. Read as an approval line is (`_a_line_of_its_own`): it dates only a chapter that states no
amendment, no history entry and no "Date approved" field of its own, and gives no day to an
amendment stated for its month, so 0205's 12606 (a bare row beside a history row of the same
month) keeps the history's month (decision 0491)."""
_BY_A_BODY_ENDS_THE_LINE = re.compile(_BY_A_BODY + r"[ \t]*\.?[ \t]*(?:\n|$)")
"""Who approved, after the date, to the end of the line: "… 4 March 2026 by the Panel"."""
_THE_EDITION_AFTER_DATE = re.compile(
    r"[ \t]*,[ \t]+(?:this|the)[ \t]+(?:chapter|edition|version|policy|procedure|guidance|update"
    r"|revision)[ \t]+(?:replaces|updates|supersedes|adds|brings|introduces|rewrites|changes"
    r"|takes|reflects|includes)\b"
)
"""Who agreed the edition and when, opening the sentence, then the edition and what it does
("Agreed by the children's services leadership team on 2 September 2024, this edition replaces
the version from 2022 …"): the edition took effect then (decision 0131). "Agreed by the board in
May 2025, the plan …" names no edition of the chapter."""
_THIS_EDITION_WAS_AGREED = re.compile(
    r"(?:(?:this|the[ \t]+(?:current|present|refreshed|revised|updated|amended|new))[ \t]+"
    r"(?:version|edition|revision)"
    r"|(?:its|the)[ \t]+(?:current|present|refreshed|revised|updated|amended|new)[ \t]+text"
    r"|(?:version|edition|issue)[ \t]+\d{1,3}(?:\.\d{1,3})*"
    r"(?=[ \t]+of[ \t]+(?:this|the)[ \t]+(?:chapter|policy|procedure|guidance)\b))"
    r"(?:[ \t]+of[ \t]+(?:this|the)[ \t]+(?:chapter|policy|procedure|guidance))?"
    r"[ \t]+(?:was|has[ \t]+been)[ \t]+(?:agreed|approved|adopted|endorsed|signed[ \t]+off"
    r"|issued|published|released|(?:put|brought)[ \t]+out)" + _BY_A_BODY + r"[ \t]+(?:on|in)[ \t]+"
)
"""The chapter's own edition as the subject, agreed or issued on a date ("This version of the
chapter was agreed by the Leaving Care Service in May 2025 and replaces …", "This edition was
approved by Cabinet on 3 June 2025."): the edition took effect then, as when the date opens the
sentence (decision 0131, 0189). "This version of the plan was agreed …" names another document.
The chapter's current text is its edition too ("Its current text was agreed by the Director on 4
April 2025", decision 0204), and so is its present text or edition ("The present text was signed off
by the Director on 2026-01-08; it replaces …", blind344), and so is its revision ("This revision was
agreed by the Director of Children's Services on 9 June 2025.", decision 0245), and so is the
text or edition named by what was done to it ("The revised text was approved by the board on …",
"The refreshed edition was agreed …", blind351): the text as it now stands. A version named by
its number and said to be this chapter's is its edition too ("Version 5 of this chapter was
approved by the Director in August 2025 and replaces version 4", blind380); a numbered version
alone ("Version 3 was approved in 2021") may be any edition of a history, so "of this chapter"
is asked for. An edition released, put out or brought out is one published ("This edition was put
out in October 2025 and retires …", blind385)."""
_A_BODY_AGREED_THE_TEXT = re.compile(
    r"(?:the[ \t]+|our[ \t]+)?(?:[a-z'\u2019]+[ \t]+){0,5}?"
    r"(?:board|panel|committee|members?|director|cabinet|team|managers|group)"
    r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[a-z'\u2019]+[ \t]+){0,2}?[a-z'\u2019]+)?"
    r"[ \t]+(?:(?:has|have)[ \t]+)?(?:agreed|approved|adopted|endorsed|signed[ \t]+off)[ \t]+"
    r"(?:its|this|the)[ \t]+(?:(?:current|present|new|revised|updated|refreshed)[ \t]+)?"
    r"(?:text|wording|edition|version|revision)"
    r"(?:[ \t]+of[ \t]+(?:this|the)[ \t]+(?:chapter|policy|procedure|guidance))?"
    r"[ \t]+(?:on|in)[ \t]+"
)
"""Who agreed the chapter's text, as the subject of the clause, then when ("the Children's Services
Leadership Team approved its text in March 2026", blind385): the active form of "this edition was
approved by the team in …" (`_THIS_EDITION_WAS_AGREED`), so the date the text took effect. Only the
text, edition or version, perhaps said to be the chapter's ("The Lead Member for Children approved
this revision of the chapter on 12 Jan 2026 and asked …", one member as the body, blind390):
"the board approved the plan in …" names another document. The clause
may follow a semicolon or colon ("Ketterdale issued this chapter as Version 6; the … team approved
its text in March 2026")."""
_CLAUSE_OPENING_AFTER = re.compile(r"[;:][ \t]+")
"""Where the sentence's last clause opens, after a semicolon or a colon."""


def _a_body_agreed_the_text(lower: str, opening_end: int, date_start: int) -> bool:
    """Whether the sentence, or its last clause after a semicolon or colon, says who agreed the
    chapter's text just before the date (`_A_BODY_AGREED_THE_TEXT`)."""
    starts = [opening_end] + [
        found.end() for found in _CLAUSE_OPENING_AFTER.finditer(lower, opening_end, date_start)
    ]
    return _A_BODY_AGREED_THE_TEXT.fullmatch(lower, starts[-1], date_start) is not None


_REPLACES_THEN_ISSUED = re.compile(
    r"(?:this|the)[ \t]+(?:text|chapter|version|edition|policy|procedure|guidance)"
    r"(?:[ \t]+(?:below|above|that[ \t]+follows))?[ \t]+(?:replaces|supersedes)[ \t]"
    r"[^.;:!?\n]*?(?:[;,][ \t]*(?:and[ \t]+)?it[ \t]+|[ \t]+and[ \t]+)(?:(?:was|has[ \t]+been)"
    r"[ \t]+(?:agreed|approved|adopted|endorsed|issued|published|signed[ \t]+off)"
    r"(?:[ \t]+(?:and|&)[ \t]+(?:agreed|approved|adopted|endorsed|issued|published))?"
    + _BY_A_BODY
    + r"[ \t]+(?:on|in)"
    + r"|(?:took|takes|came|comes)[ \t]+(?:effect|into[ \t]+(?:effect|force|use))"
    + r"[ \t]+(?:on|in|from))[ \t]+"
)
"""The chapter's text named as replacing an older version, then issued on a date ("The text
below replaces the version of March 2022; it was approved and published in October 2024.",
"This chapter replaces the 2021 version and was approved by the Board on 2 May 2025."), or said
to take effect then ("This version replaces the one agreed in March 2023 and took effect in
January 2026", decision 0281): the date the new text took effect, as when the edition is the
subject (`_THIS_EDITION_WAS_AGREED`, decision 0227; `_THE_TEXT_TAKES_EFFECT`); the replaced
version's date names no amendment."""
_CAME_INTO_USE = (
    r"(?:(?:came|comes|took|takes)[ \t]+(?:into[ \t]+(?:use|effect|force)|effect)"
    r"[ \t]+(?:on|in|from)"
    r"|(?:has[ \t]+)?(?:applied|applies|been[ \t]+in[ \t]+(?:use|force|effect))"
    r"[ \t]+(?:since|from))"
)
"""A text's start as its own verb says it: "came into use on", "took effect from", or in the
present perfect that it has held since then ("It has applied since 4 February 2026", "it has
been in force since …")."""
_IT_WAS_AGREED = re.compile(
    r"it[ \t]+(?:(?:was|has[ \t]+been)[ \t]+(?:agreed|approved|adopted|endorsed|signed[ \t]+off"
    r"|issued|published)"
    + _BY_A_BODY
    + r"(?:[ \t]+(?:on|in)|[ \t]+and[ \t]+"
    + _CAME_INTO_USE
    + r")"
    r"|" + _CAME_INTO_USE + r")[ \t]+"
)
""""It", standing for the chapter's edition named in the sentence before, agreed or issued on a
date ("This version replaces the edition of January 2024. It was approved by the Director of
Children's Services in July 2025."): the edition took effect then, as when the edition is the
subject (`_THIS_EDITION_WAS_AGREED`, decision 0234); so does "it" that came into use or took
effect on a date, approved first or not ("It was approved by the Director and came into use on 2
May 2025", "It took effect from 1 April 2025", decision 0467)."""
_REPLACED_EDITION_BEFORE = re.compile(
    r"\b(?:replaces|replaced|supersedes|superseded|replacing|superseding"
    r"|retires|retired|retiring|withdraws|withdrew|withdrawing)[ \t]+"
    r"(?:the[ \t]+|its[ \t]+|our[ \t]+|an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:edition|version|one|text|chapter)(?:[ \t]+(?:of|from|dated|(?:that[ \t]+was[ \t]+)?"
    r"(?:issued|published|agreed|approved))(?:[ \t]+(?:in|on))?)?[ \t]+$"
)
"""The edition a new one replaces, dated ("This version replaces the edition of January 2024",
"… replaces the one issued in June 2023"): that date is the old edition's, no amendment of the
chapter's (decision 0234). A new edition that retires or withdraws the old one replaces it too
("… and retires the edition of March 2023", blind385)."""
_REISSUED = (
    r"re-?(?:issued|published)(?:[ \t]+with[ \t]+(?:(?:some|a[ \t]+few|minor|small|minimal|"
    r"major|further)[ \t]+)?(?:changes|amendments|corrections|updates))?"
)
"""A version issued again, perhaps with changes ("reissued with minor changes"), between a
version's label and its date: the date the version was issued (decision 0199)."""
_VERSION_BEFORE_DATE = re.compile(
    r"(?:(?:v|version|issue)[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|(?:19|20)\d\d/\d{1,2})"
    r"|rev(?:\.[ \t]*|[ \t]+)(?:[a-z]|\d{1,3}(?:\.\d{1,3})*))"
    r"(?:[ \t]*[,;:(|\-\u2013\u2014]|\t|[ ]{3})[ \t]*"
    r"(?:(?:dated|issued|published|approved|agreed|(?:last[ \t]+)?(?:amended|revised)|"
    + _REISSUED
    + r")"
    + _BY_A_BODY
    + r"[ \t]+(?:(?:in|on)[ \t]+)?)?"
)
"""A version and its date, and nothing else ("v3.2 \u2013 12 Feb 2025", "Version 6 (May 2024)",
"Version 2.3 \u2013 last amended 3 February 2025", a table row's "v5 | March 2025 | …" (or
"v5<TAB>March 2025<TAB>…", its cells parted by a tab as a browser copies a table), a
lettered revision's "Rev. C - last amended 3.3.25", "Version 3.1 - reissued with minor changes
August 2025"):
the date the version was issued, so the date of its amendment (as a version table's latest row)."""
_REVIEW_TO_COME_AFTER = re.compile(
    r"[ \t]*[,;|\-\u2013\u2014][ \t]*(?:next[ \t]+review|review[ \t]+(?:date|due))\b[^\n]*$"
)
"""A version's date followed only by when it will be reviewed ("Version 3.0 - issued November
2024 - next review November 2026")."""
_VERSION_ENTRY_TAIL = re.compile(r"[ \t]*\)?(?:[ \t]*[:|\u2013\u2014-]|\t|[ ]{3})[ \t]*\S")
"""A version's date followed by what the version changed ("Version 2.0 - November 2024 - leaving
care support extended", "v3.2 (Jan 25) - leaving care offer extended", a copied row's next cell
after a tab): an entry of a version history, dated as a history's entries are."""
_WE_DID_AFTER_DATE = re.compile(r",?[ \t]+we[ \t]+(?:have[ \t]+)?[a-z]+ed\b")
_SINCE = re.compile(r"since\s+(?:the\s+)?")
_THE_CHAPTER_HAS_SAID_SINCE = re.compile(
    r",?[ \t]+(?:this|the)[ \t]+(?:chapter|policy|procedure|guidance|page)[ \t]+has[ \t]+"
    r"(?:also[ \t]+)?(?!been\b)(?:[a-z]+ed|set[ \t]+out|said|had|given|shown|held)\b"
)
"""What the chapter has said since a date that opens the sentence ("Since April 2025 this
chapter has included …", "Since 1 March 2025 this chapter has referred to …"): the chapter
changed then (decision 0109). "Since April 2025 the council has …" and "… this chapter has been
under review" say no change of the text."""
_NOW = re.compile(r"\bnow\b")
"""A note opening with its date, saying in the council's voice what it did and how things now
stand ("In November 2024 we shortened our timescale: a plan is now made within 4 months")."""


_CHANGED_VERB = (
    r"(?:revised|updated|amended|reviewed|rewritten|re-written|refreshed|brought\s+up\s+to\s+date"
    r"|changed|altered"
    # its wording fixed on that date, the text as it now stands ("This chapter's current text was
    # settled in January 2026", blind379): the text is the subject, so a settled plan is not
    r"|settled|finali[sz]ed"
    r"|(?:looked|gone)\s+(?:at|over|through)(?:\s+again)?"
    r"|reshaped|reworked|redrafted|reorganised|reorganized|overhauled|edited"
    r"|brought\s+into\s+line"
    # issued again, the text's new issue ("It was reviewed and reissued in December 2025, after
    # …", blind242, decision 0366), as "Reissued: <date>" labels it (decision 0199)
    r"|re-?issued|re-?published"
    # brought into line with what the law or guidance now says, the date after its name ("This
    # chapter was brought in line with the National Framework in May 2025", decision 0239)
    r"|brought\s+in(?:to)?\s+line\s+with(?:\s+[\w'\u2019-]+){1,8}?)"
)
_THE_TEXT_WAS_CHANGED = re.compile(
    r"(?:(?P<pronoun>it|they)|(?P<guidance>(?:this|the)\s+guidance)"
    r"|(?P<subject>(?:this|the|these|our)\s+(?:[a-z'\u2019-]+\s+){0,2}?"
    r"(?:chapter|section|sections|parts?|policy|policies|procedure|page|document|text|contents?|"
    r"answers|questions|paragraphs?|notes?|wording|list|lists)"
    r"(?:\s+(?:of|on|about)\s+(?:[a-z'\u2019-]+\s+){0,3}?[a-z'\u2019-]+)?"
    r"(?:\s+(?:below|above|that\s+follows|on\s+this\s+page))?"
    rf"|{_THIS_SHORT_TEXT}))\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:last|most\s+recently|recently|fully|substantially|then|again)\s+)*"
    rf"{_CHANGED_VERB}(?:\s+(?:and|&)\s+{_CHANGED_VERB})?"
    r"(?:\s+throughout|\s+in\s+full|\s+from\s+(?:start|beginning|top)\s+to\s+(?:finish|end|bottom)"
    r"|\s+(?:end\s+to\s+end|cover\s+to\s+cover))?\s+(?:(?:in|on|during|over)\s+(?:the\s+)?|"
    r"(?:(?:in|during)\s+)?(?:the\s+)?(?:w/c|week\s+(?:commencing|beginning|starting|of)"
    r"(?:\s+on)?)\s+)"
)
"""A sentence whose subject is the text or a part of it and whose verb says it changed, dated
("It was amended in November 2023.", "The answers were last revised in November 2024 to …",
"It was brought up to date in April 2025, when …", "It was updated w/c 3 March 2025 to …": the
week's date, see `find_dates`; "The text was last changed on 12 November 2024.", decision
0204; "It was rewritten from start to finish in March 2025", the whole text as "throughout"
says, decision 0259; "The part about young people leaving care was rewritten in August 2025",
a part named by what it is about as a section is, decision 0273; "The text below was last
amended on 12 January 2026", the text placed by where it stands, blind327; "The policies were
last changed in January 2026", the chapter's policies retold, blind336; "It was brought up to
date over the summer of 2025", the time it took named by "over" as by "during", blind376). A
subject that is a
name ("The Children Act was amended in …") is no part of the text. "The guidance" is the
chapter only where `_guidance_is_the_text` says so."""
_THE_TEXT_CHANGED = re.compile(
    r"(?:(?P<pronoun>it)|(?P<subject>(?:this|the)\s+(?:chapter|policy|procedure|document|text)))"
    r"\s+(?:(?:last|most\s+recently|recently)\s+)?changed\s+(?:in|on|during)\s+(?:the\s+)?"
)
"""The text as the subject of "changed" without an object, its date right after the verb ("It
last changed in November 2025", or a clause after a semicolon: "…, and again whenever it
changes; it last changed in November 2025", blind331): the verb said of the text itself, as
"was changed" says it. Only "it" or the text named: "the law last changed in 2017" is the law's;
the date must follow "changed in|on" at once, so "it last changed hands in 2019" is no change of
the text. "It" must stand for the chapter, as in the passive (`_the_text_was_changed`)."""
_CLAUSE_AFTER_A_SEMICOLON = re.compile(r";[ \t]+")


def _the_text_changed_itself(lower: str, opening_end: int, date_start: int) -> re.Match[str] | None:
    """`_THE_TEXT_CHANGED` opening the sentence or its last clause after a semicolon."""
    whole = _THE_TEXT_CHANGED.fullmatch(lower, opening_end, date_start)
    if whole is not None:
        return whole
    clauses = list(_CLAUSE_AFTER_A_SEMICOLON.finditer(lower, opening_end, date_start))
    if not clauses:
        return None
    return _THE_TEXT_CHANGED.fullmatch(lower, clauses[-1].end(), date_start)


_A_PART_WAS_CHANGED = re.compile(
    r"(?:(?:this|the|these|our|its)\s+)?(?:[a-z'\u2019-]+\s+){0,2}?"
    r"(?:chapter|sections?|paragraphs?|parts?|text|wording|notes?|lists?|appendix)\b"
    r"[^.;:\n]{0,80}?\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:(?:last|most\s+recently|recently|fully|substantially|again)\s+)*"
    rf"{_CHANGED_VERB}\b"
)
"""A sentence opening with a part of the text as its subject, passive, that changed ("The
sections on care leavers were brought up to date, March 2025", "Sections 2 and 5 were amended
to describe the new offer, 12th May 2025"): the editor's note with its date last, after a comma
or a dash. The subject is in lower case or numbered, so a name ("The Children Act section was
amended, 2014") is not read; the page is not a part ("This page was last reviewed on 4 March
2025" is the page's stamp)."""
_LABELLED_PART_CHANGED = re.compile(
    r"(?:amendments?|changes?|updates?|revisions?|note)[ \t]*:[ \t]*"
    r"(?:(?:the|these|its)\s+)?(?:[a-z'\u2019-]+\s+){0,2}?"
    r"(?:sections?|paragraphs?|parts?|wording|lists?|appendix)\b"
    r"[^.;:\n]{0,80}?\s+(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    rf"{_CHANGED_VERB}\b"
)
"""The same note behind an amendment label, its verb often without "was" or "were" as notes
write it ("Amendment: paragraphs on permanence and on the leaving care offer revised, 2 June
2025", decision 0195)."""
_COMMA_OR_DASH_CLOSES = re.compile(r"(?:,|[ \t][\-\u2013\u2014])[ \t]*$")


_THE_CHANGES_TOOK_EFFECT = re.compile(
    r"(?:(?:v|version|issue)[ \t]*\d{1,3}(?:\.\d{1,3})*[a-z]?[ \t*_]*"
    r"[,;:|\-\u2013\u2014\u00b7][ \t]*)?"
    r"(?:(?:the|these|our|its|all)\s+)?(?:(?:main|latest|most\s+recent|recent|minor|key)\s+)?"
    r"(?:changes|amendments|revisions)"
    r"(?:\s+(?:in|to|made\s+(?:to|in))\s+(?:(?P<text>(?:this|the)\s+"
    r"(?:chapter|edition|version|issue|policy|procedure|document|guidance)"
    r"|(?:version|issue|edition)\s+\d{1,3}(?:\.\d{1,3})*[a-z]?)|(?P<it>it)))?\s+"
    r"(?:took\s+effect|came\s+into\s+(?:effect|use)|(?P<force>came\s+into\s+force)"
    r"|(?:were\s+)?(?:made|agreed|approved|signed\s+off)"
    r"(?:\s+by\s+(?:the\s+|our\s+)?(?:[a-z'\u2019]+\s+){0,5}?"
    r"(?:board|panel|committee|members?|director|council|cabinet|team|managers?|group|lead))?)"
    r"\s+(?:(?:on|in|from)\s+(?:the\s+(?=w/c|week))?|(?=w/c|week))"
    r"(?:(?:w/c|week\s+(?:commencing|beginning|starting|of)(?:\s+on)?)\s+)?"
)
"""A sentence whose subject is the chapter's changes and whose verb dates them ("The changes in
this edition took effect on 3 April 2025", "Amendments agreed by the board on 12 March 2025 are
shown …"), perhaps after the label of the version they made ("Issue 2 \u2014 the changes in this
issue were made on 2 Sept. 2024"), or the version named by its number ("The changes made in version
4 came into use on 6 October 2025", blind344), or the week they were made in, named by its first
day ("Our amendments were made in the w/c 2 June 2025": the week's month, decision 0089,
blind351). Changes to anything but the text itself ("Changes to
the Children Act came into force …") are not matched, nor changes approved by a minister ("Changes
approved by the Secretary of State in 2014"): only a board, panel, member, team or the like agrees
the chapter's. "The most recent changes to it were made in November 2025" dates the chapter only
where "it" is the chapter, named in the sentence before (decision 0255). Changes that "came into
force", the law's own verb, date the chapter only where the sentence names it as what they changed
("Amendments to this chapter came into force in October 2025", decision 0406): "The amendments came
into force in April 2018" is as likely an Act's."""
_THE_TEXT_TAKES_EFFECT = re.compile(
    r"(?:this|the)\s+(?:(?:present|current|latest|new|newest|revised)\s+)?"
    r"(?:text|chapter|edition|version|wording)\s+"
    r"(?:(?:(?:set\s+out\s+)?(?:below|above|here)|that\s+follows|on\s+this\s+page)\s+)?"
    r"(?:of\s+(?:this|the)\s+(?:chapter|policy|procedure|guidance)\s+)?"
    r"(?:(?:takes|took|will\s+take|comes|came|will\s+come)\s+"
    r"(?:effect|into\s+effect|into\s+force|into\s+use)\s+(?:on|from|in)|dates\s+from)\s+"
)
"""A sentence saying when the chapter itself took effect ("This text takes effect from April
2025.", "This edition came into effect on 3 March 2025"): the date of the edition read, as "The
changes in this edition took effect on …" dates its changes (decision 0188). Only the text, the
chapter, its edition or version (of the chapter: "This edition of the chapter came into force
on 1 November 2024", decision 0259): "The Act came into force in 2018" is the law's date. Its
wording, placed by where it stands, is the text too ("The wording below took effect on 15
September 2025", blind362), as "The text below was last amended …" is (`_THE_TEXT_WAS_CHANGED`).
The edition that "dates from" a month took effect then ("This edition of the chapter dates from
October 2025", blind386), as "This chapter's most recent revision dates from June 2025" dates
its revision (`_THE_LAST_AMENDMENT_DATED`). The edition may be called the present, current or
latest one ("The present version of this chapter took effect in March 2026", blind394, decision
0579): which edition it is, not another thing."""
_THE_LAST_AMENDMENT_DATED = re.compile(
    r"(?:(?:the|our)\s+(?:last|latest|most\s+recent)\s+(?:amendments?|changes?|revisions?)\s+"
    r"(?:(?:we\s+)?made\s+)?(?:to|of|in)\s+(?:this|the)\s+(?:chapter|policy|procedure|document|guidance)"
    r"|(?:this|the)\s+(?:chapter|policy|procedure|document|guidance)['\u2019]s\s+"
    r"(?:last|latest|most\s+recent)\s+(?:amendments?|changes?|revisions?))\s+"
    r"(?:(?:was|were)\s+(?:made|agreed|approved|signed\s+off)\s+(?:on|in)"
    r"|(?:took|came\s+into)\s+(?:effect|force)\s+(?:on|from|in)|dates?\s+from|(?:was|were)\s+(?:on|in))\s+"
)
"""A sentence whose subject is the chapter's last amendment, named with the chapter, and whose
verb dates it ("The most recent amendment to this chapter came into force on 1 May 2025.",
"This chapter's most recent revision dates from June 2025.", decision 0283): the amendment
date. An amendment to anything else ("The last amendment to the Act came into force …") is
not matched."""
_OUR_LAST_REVISION_OF_IT = re.compile(
    r"(?:the|our)\s+(?:last|latest|most\s+recent)\s+(?:amendments?|changes?|revisions?)\s+"
    r"(?:(?:we\s+)?made\s+)?(?:to|of)\s+it\s+(?:was|were)\s+(?:made\s+)?(?:on|in)\s+"
)
"""The last amendment "of it" or "to it", dated ("Our last revision of it was in March 2026"):
the chapter's amendment date where "it" is the chapter, named by the sentence before
(`_it_names_the_text`), as `_THE_LAST_AMENDMENT_DATED` reads it with the chapter named
(decision 0376)."""
_IN_FORCE_IN_ITS_CURRENT_FORM = re.compile(
    r"(?:(?:this|the)\s+(?:chapter|policy|procedure|guidance|document|text)|(?P<it>it))\s+"
    r"has\s+(?:been|stood)\s+in\s+(?:force|effect|place)\s+in\s+(?:its|this)\s+"
    r"(?:current|present)\s+(?:form|wording|version)\s+since\s+"
)
"""The chapter "in force in its current form since" a date ("This procedure has been in force in
its present form since 1 June 2025"): its edition read took effect then, as "This edition came
into force on …" says (`_THE_TEXT_TAKES_EFFECT`, decision 0259); "it" only where the sentence
before names the chapter (decision 0376), for an Act "in force in its current form" is the
law's date."""
_THE_CHAPTER_HAD_CHANGES = re.compile(
    r"(?:this|the)\s+(?:chapter|policy|procedure|document|guidance)\s+"
    r"(?:has\s+(?:had|received|undergone)|had|received|underwent)\s+"
    r"(?:(?:a\s+(?:few|number\s+of)|some|several|minor|small|major|light|further|significant"
    r"|an?)\s+)*(?:amendments?|revisions?|changes)\s+(?:\(\s*|(?:made\s+)?(?:in|on|during)\s+)"
)
"""A sentence whose subject is the chapter and whose object is its amendments, dated after them
("This chapter has had minor amendments (December 2025).", "This procedure received a few
changes in May 2025", decision 0306): the amendment date. Amendments had by anything else ("The
Act had amendments in 2017") are not matched."""
_THE_TEXT_INCLUDES_CHANGES = re.compile(
    r"(?:this|the)\s+(?:text|chapter|version|edition|policy|procedure|document|guidance)\s+"
    r"(?:now\s+)?(?:includes|contains|incorporates|takes\s+in|brings\s+in)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:amendments?|revisions?|changes)\s+"
    r"(?:(?:agreed|approved|adopted|endorsed|made|signed\s+off)" + _BY_A_BODY + r"\s+)?"
    r"(?:on|in|during)\s+"
)
"""A sentence whose subject is the chapter's text and whose object is the changes it now holds,
dated after them, perhaps with who agreed them ("This text includes the changes agreed by the
Corporate Parenting Board on 12th November 2024.", "The chapter incorporates the amendments made
in May 2025"): the amendment date, as when the chapter "had" them (`_THE_CHAPTER_HAD_CHANGES`,
decision 0477). Changes agreed by anyone else than a body that approves (the government) are
not matched."""
_THE_PAGE_WAS_UPDATED = re.compile(
    r"(?:(?:this|the)\s+page\s+(?:was|has\s+been)|page)\s+(?:last\s+)?(?:updated|modified|edited)"
    r"(?:\s+on)?\s+"
)
"""A sentence that only says when the page was updated, with a day ("This page was updated on 18
March 2025.", or as a run-in label, "Page updated on Tuesday, 3 March 2026"): the page's stamp
(`last_updated`), as "Updated 18 March 2025" is, not a change note."""
_NAMES_THE_TEXT = re.compile(
    r"\b(?:(?:this|the|our)\s+(?:chapter|policy|procedure|document|page|guidance)"
    r"|the\s+(?:council|county|borough|city|authority)(?:'|\u2019)s\s+chapter"
    r"|(?:this|the)\s+(?:part|section)\s+of\s+(?:our|the|its|this)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:manual|handbook)"
    r"|(?:this|our)\s+(?:version|edition)|(?:these|the|our)\s+pages"
    r"|this\s+is\s+(?:the|our)\s+(?:pledge|charter|promise)"
    r"|this\s+is\s+(?:the|our|an?)\s+(?:first|opening|introductory|main|overarching)\s+chapter"
    r"|what\s+follows|(?:what\s+is|everything)\s+(?:written|set\s+out|said)\s+(?:below|here)"
    r"|(?:chapters|procedures)\b[^.!?]{0,120}?\bthis\s+one"
    rf"|{_THIS_SHORT_TEXT})\b"
)
"""What the sentence before an "It was amended …" says, for "It" to be the chapter ("They", for
"These pages … They were revised in …"); a pledge naming itself ("This is the pledge the council
makes to …", decision 0282); a chapter saying which one of the manual it is ("This is the
opening chapter of our procedures", decision 0380); the text pointing at itself as what comes
after ("What follows binds every worker …", "… are held to what is written below", decision
0443); the chapter named as its manual's part ("This is the part of our procedures manual that
says what we believe …", blind327); the chapter named as its council's ("You are reading the
county's chapter on …", blind331), as "the chapter" names it; and "this one" set against the
manual's other chapters or procedures ("Later chapters say what to do; this one says why",
blind391): the "one" is this chapter."""


_SCOPE = "scope"
"""The kind of the section that holds a chapter's note of its own changes (an "It was amended in
May 2024, when …" a few sentences after the one naming the chapter)."""


_RE_DATED = re.compile(r"re-?dated(?:[ \t]+(?:to|as|in|on))?[ \t]+$")
_RE_DATED_REACH = 24
_OPENS_A_CLAUSE = re.compile(
    r"(?:[;:,\u2013\u2014]|[ \t]and|(?:this|the)[ \t]+"
    r"(?:chapter|procedure|policy|document|guidance|page|version|edition)[ \t]+"
    r"(?:was|has[ \t]+been|is))[ \t]*$"
)


def _re_dated(lower: str, opening_end: int, date_start: int) -> bool:
    """Whether a clause right before a date says the text was given that date ("Reviewed: no
    changes of substance; re-dated March 2025.", "Checked against the law and redated to May
    2025", "This chapter was re-dated June 2024"): re-dating is done to the version itself, so
    the date is its own, as a review that changed nothing still dates the version (decisions
    0081, 0315). The verb must open the sentence or a clause, or have the text as its subject:
    "the meeting was re-dated to May 2025" is another thing's date."""
    verb = _RE_DATED.search(lower, max(opening_end, date_start - _RE_DATED_REACH), date_start)
    if verb is None:
        return False
    return verb.start() == opening_end or bool(
        _OPENS_A_CLAUSE.search(lower, opening_end, verb.start())
    )


_NEXT_ENTRY = re.compile(r";[ \t]*(?:and[ \t]+)?$")
"""A history run into one line ("History of changes: May 2023 - …; January 2025 - …"): a date
after "; " opens the next entry when the sentence's first entry was a dated statement."""


_NAMED_DOCUMENT_CHANGED = re.compile(
    r"(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:to|of|and|for|the|on|in)[ \t]+)*){1,8}[A-Z][\w'\u2019-]*"
    r"(?:[ \t]+(?:19|20)\d\d)?[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:[a-z]+[ \t]+)?[a-z]+ed[ \t]+"
    r"(?:in|on|during)[ \t]+(?:the[ \t]+)?$"
)
"""A dated change whose subject is a title ("Working Together to Safeguard Children was
updated in December 2023", "The Children Act 1989 was amended on …"): another document
changed, not the chapter."""
_NAMES_A_PART = re.compile(r"\b(?:chapter|section|part|paragraph|appendix|note|procedure|policy)\b")
_WINDOW_FOR_A_TITLE = 120
_STAMP_FIELD = re.compile(r".*(?:[ \t][\u00b7\u2022|][ \t]|[ \t]{3,})", re.DOTALL)
"""A line of stamps with fields set apart by "·", "•", "|" or a run of spaces ("Published 14
May 2021 · Amended 28 Feb 2025"): each field is read as if it opened the line."""


_NAME_FIELD = re.compile(r"[A-Z][^\n.!?:;,|]{2,60}?[ \t](?:[|\u00b7\u2022]|[-\u2013\u2014])[ \t]+")
"""A name set before a field on its line, apart by a bar, dot or dash ("Sallowby District Council
- ", "Children's Services Manual | "): the council's or the manual's name, not a sentence."""
_NAME_FIELD_WORDS_MAX = 8


def _after_a_name_field(text: str, lower: str, opening_end: int, date_start: int) -> int:
    """Where a line's amendment label begins after a name set apart before it ("Sallowby District
    Council - Amended: 5 May 2026", the council's line under a title): the label dates the
    chapter as it would opening the line (decision 0356); `opening_end` for any other line."""
    line_start = text.rfind("\n", 0, date_start) + 1
    if line_start < opening_end:
        return opening_end
    name = _NAME_FIELD.match(text, line_start, date_start)
    if (
        name is None
        or len(name.group().split()) > _NAME_FIELD_WORDS_MAX + 1
        or _AMENDMENT_LABEL.fullmatch(lower, name.end(), date_start) is None
        or not lower[name.end() : date_start].strip(" \t:")
    ):
        return opening_end
    return name.end()


def _a_title_was_changed(text: str, sentence: Span, date_start: int) -> bool:
    window = max(sentence.start, date_start - _WINDOW_FOR_A_TITLE)
    changed = _NAMED_DOCUMENT_CHANGED.search(text, window, date_start)
    if changed is None:
        return False
    return _NAMES_A_PART.search(text[sentence.start : changed.end()].lower()) is None


_OUTSIDE_BODY_AFTER_DATE = re.compile(
    r",?[ \t]+(?:the[ \t]+)?(?:government|department[ \t]+for[ \t]+education|dfe|parliament|"
    r"ofsted|secretary[ \t]+of[ \t]+state|home[ \t]+office|department[ \t]+of[ \t]+health"
    r"(?:[ \t]+and[ \t]+social[ \t]+care)?|nhs[ \t]+england|children'?s[ \t]+commissioner)\b"
)
"""A national body as the subject right after the date ("In December 2023 the government
published a new policy on …"): what it published or changed is its own document, not this
chapter."""
_THE_CHAPTER_OR_WE = re.compile(
    r"\b(?:(?:this|our)[ \t]+(?:chapter|policy|procedure|page)|we[ \t]+(?:have[ \t]+)?"
    r"(?:revised|updated|amended|changed|rewrote|rewritten|edited|added|reworded))\b"
)


def _an_outside_body_acted(lower: str, date_end: int, sentence: Span) -> bool:
    """Whether a dated sentence tells what a national body did, and says nothing of this
    chapter or of the council's own change ("…, and we updated this chapter to match" is still
    the chapter's amendment)."""
    return (
        _OUTSIDE_BODY_AFTER_DATE.match(lower, date_end) is not None
        and _THE_CHAPTER_OR_WE.search(lower, date_end, sentence.end) is None
    )


def _says_next_what_changed(
    reading: ReadableOutline, sentence: Span, *, now_says: bool = False
) -> bool:
    """Whether the sentence after a bare "Updated <date>." goes on, in the same paragraph, to
    say what changed ("Updated 1 October 2024. We have rewritten the section on …"): then the
    date is a change note's, not the page's stamp. With `now_says`, a part of the text said to
    *now* say something ("The permanence paragraph now names …") says what changed too."""
    following = reading.sentence_after(sentence)
    if following is None or "\n\n" in reading.text[sentence.end : following.start]:
        return False
    lower = reading.lower
    return _says_what_changed(lower, following) or bool(
        now_says
        and _AMENDED_THING.search(lower, following.start, following.end)
        and _NOW.search(lower, following.start, following.end)
    )


def amendment_statements(reading: ReadableOutline) -> list[tuple[PartialDate, Span]]:
    """Each amendment statement's date and sentence (plain offsets), in text order.

    A statement is a sentence that says the chapter changed and when: "In May 2024, this
    chapter was revised…", "Following a review in March 2023, Section 2 was…", "In the October
    2024 update, …"; a dated entry of a history list ("January 2024: Section 3 added"); or a
    label and its date ("Updated: June 2022", "Revised throughout, September 2021"). Dates
    cited inside a statement for other documents ("Statutory Guidance (Feb 2018)") are not
    amendment dates, nor are dates to come ("next review: …") or the page's "Last updated".

    A document-control field giving only the approval ("Date approved | 12 June 2024",
    "Approved on | …") dates the chapter where nothing else does: an amendment row or a
    history's entry beside it says when the text changed (decision 0230). So does a letter's
    date above its greeting (`opens_a_letter`, decision 0346).

    "Updated" and a full date ("Updated: 4 March 2024", "Updated 2 June 2025") is how a page
    stamps itself (`last_updated`), not an amendment statement; "Updated: June 2022" is one.
    """
    if "amendment_statements" in reading.memo:
        found: list[tuple[PartialDate, Span]] = reading.memo["amendment_statements"]
        return found
    text, lower = reading.text, reading.lower
    statements: list[tuple[PartialDate, Span]] = []
    entries: list[tuple[PartialDate, Span, bool]] = []
    reviews: list[tuple[PartialDate, Span]] = []
    approvals: list[tuple[PartialDate, Span]] = []
    approval_lines: list[tuple[PartialDate, Span]] = []
    letter_dates: list[tuple[PartialDate, Span]] = []
    quarters = _quarters(reading)
    dates = [(found.date, found.span) for found in reading.dates] + _years_alone(reading)
    dates += quarters
    quarter_starts = {span.start for _, span in quarters}
    last_statement_date_end = -1
    for date, span in sorted(dates, key=lambda found: found[1].start):
        sentence = reading.sentence_at(span.start)
        if sentence is None:
            continue
        date_start = span.start
        opening = _ENTRY_OPENING.match(lower, sentence.start, date_start)
        opening_end = opening.end() if opening is not None else sentence.start
        field = _STAMP_FIELD.match(lower, opening_end, date_start)
        if field is not None and find_dates(text, opening_end, field.start() + len(field.group())):
            opening_end = field.end()
        opening_end = _after_a_name_field(text, lower, opening_end, date_start)
        if _NOT_YET.search(lower, sentence.start, date_start) or _REPLACED_EDITION_BEFORE.search(
            lower, max(sentence.start, date_start - _LEAD_IN_CHARACTERS - 20), date_start
        ):
            continue
        if (
            date.day is not None
            and _THE_PAGE_WAS_UPDATED.fullmatch(lower, opening_end, date_start)
            and _ENDS_WITH_DAY_AND_TIME.match(lower, span.end, sentence.end)
        ):
            continue
        if date.month is None and span.start not in quarter_starts:
            is_statement = _states_a_year_of_change(
                lower, sentence, opening_end, date_start
            ) or _a_year_names_our_review(text, lower, sentence, span)
        elif opening_end == date_start:
            if _stamp_label_above(text, lower, span):
                continue
            if opens_a_letter(text, lower, span):
                letter_dates.append((date, sentence))
                continue
            named_entry = _NAMED_ENTRY.match(lower, span.end, sentence.end) is not None or (
                _NAMED_ENTRY_ALONE.fullmatch(lower, span.end, sentence.end) is not None
                and _says_next_what_changed(reading, sentence, now_says=True)
            )
            is_entry = named_entry or _DATED_ENTRY.match(text, span.end, sentence.end) is not None
            is_statement = (
                named_entry
                or closes_a_letter(text, lower, span)
                or bool(
                    is_entry
                    and (
                        _AMENDMENT_VERB.search(lower, span.end, sentence.end)
                        or _AMENDED_THING.search(lower, span.end, sentence.end)
                        or _ENTRY_WORDS.search(lower, span.end, sentence.end)
                    )
                )
                or _says_what_changed(lower, sentence)
            )
            if is_entry and not is_statement:
                is_statement = _under_a_changes_heading(reading, sentence)
            if is_entry:
                entries.append((date, sentence, is_statement))
            elif not is_statement and _ENDS_WITH_DATE.match(lower, span.end, sentence.end):
                is_statement = _amendment_field_above(text, lower, date, span)
        elif _APPROVAL_FIELD.fullmatch(lower, opening_end, date_start):
            approvals.append((date, sentence))
            continue
        elif (
            (
                _AGREED_BY_A_BODY.fullmatch(lower, opening_end, date_start)
                and _a_line_of_its_own(text, sentence.start, span)
            )
            or (
                _APPROVED_LABEL.fullmatch(lower, opening_end, date_start)
                and _approved_by_on_a_line(text, lower, sentence.start, span)
            )
            or (
                _BARE_APPROVED_FIELD.fullmatch(lower, opening_end, date_start)
                and _a_line_of_its_own(text, sentence.start, span)
            )
        ):
            approval_lines.append((date, sentence))
            continue
        elif _AMENDMENT_LABEL.fullmatch(lower, opening_end, date_start):
            # A version number before the label ("Version 3 \u00b7 Updated 27 March 2025")
            # leaves the label what it is alone: a page's stamp given a day.
            label_start = _VERSION_BEFORE_LABEL.match(lower, opening_end, date_start)
            label_end = label_start.end() if label_start is not None else opening_end
            if (
                date.day is not None
                and _REVIEW_STAMP.fullmatch(lower, label_end, date_start)
                and _ends_its_line(text, span)
            ):
                reviews.append((date, sentence))
                continue
            is_statement = (
                date.day is None
                or _UPDATED_STAMP.match(lower, label_end) is None
                or _says_what_changed_after(text, lower, span.end, sentence.end)
                or _WHY_IT_CHANGED.match(lower, span.end, sentence.end) is not None
                or (
                    _ENDS_WITH_DATE.match(lower, span.end, sentence.end) is not None
                    and _says_next_what_changed(reading, sentence)
                )
            )
        elif (
            (
                _CHANGES_LABEL_BRACKETED.fullmatch(lower, opening_end, date_start)
                and _BRACKET_CLOSES_LABEL.match(text, span.end, sentence.end)
            )
            or (
                _THIS_EDITION_BRACKETED.fullmatch(lower, opening_end, date_start)
                and _WE_DID_AFTER_BRACKET.match(lower, span.end, sentence.end)
            )
            or (
                (
                    _THIS_EDITION_DATED.fullmatch(lower, opening_end, date_start)
                    or _THIS_EDITION_AGREED_ASIDE.fullmatch(lower, opening_end, date_start)
                )
                and _IT_DOES_AFTER_DATE.match(lower, span.end, sentence.end)
            )
            or (
                _AGREED_BY_A_BODY.fullmatch(lower, opening_end, date_start)
                and _THE_EDITION_AFTER_DATE.match(lower, span.end, sentence.end)
            )
            or _THIS_EDITION_WAS_AGREED.fullmatch(lower, opening_end, date_start) is not None
            or _a_body_agreed_the_text(lower, opening_end, date_start)
            or (
                _IS_THE_EDITION_OPENING.fullmatch(lower, opening_end, date_start) is not None
                and _EDITION_OF_THE_CHAPTER_AFTER.match(lower, span.end, sentence.end) is not None
            )
            or _REPLACES_THEN_ISSUED.fullmatch(lower, opening_end, date_start) is not None
            or (
                _IT_WAS_AGREED.fullmatch(lower, opening_end, date_start) is not None
                and _it_names_the_text(reading, sentence)
            )
        ):
            is_statement = True
        elif _OPENS_WITH_AMENDMENT.match(lower, opening_end, date_start) and _ENDS_WITH_DATE.match(
            lower, span.end, sentence.end
        ):
            is_statement = bool(_DATE_CLOSES.search(lower, opening_end, date_start)) or _re_dated(
                lower, opening_end, date_start
            )
        elif _a_part_was_changed_date_last(reading, opening_end, span, sentence):
            is_statement = True
        elif (page_label := _PAGE_LABEL.fullmatch(lower, opening_end, date_start)) is not None:
            is_statement = (
                date.day is None
                or _names_an_amendment(page_label)
                or says_when_it_changed(lower, span.end, sentence.end)
            )
        elif _VERSION_BEFORE_DATE.fullmatch(lower, opening_end, date_start):
            is_entry = _VERSION_ENTRY_TAIL.match(text, span.end, sentence.end) is not None
            is_statement = bool(
                _ENDS_WITH_DATE.match(lower, span.end, sentence.end)
                or _REVIEW_TO_COME_AFTER.match(lower, span.end, sentence.end)
                or (is_entry and _names_a_change(lower, span.end, sentence.end))
            )
            if is_entry:
                entries.append((date, sentence, is_statement))
        elif (
            (
                _OPENING_YEAR_LEAD_IN.fullmatch(lower, opening_end, date_start)
                and _WE_DID_AFTER_DATE.match(lower, span.end, sentence.end)
                and _NOW.search(lower, span.end, sentence.end)
            )
            or any(
                _the_text_itself_dated(reading, sentence, subject_start, date_start)
                for subject_start in _subject_starts(lower, opening_end, date_start)
            )
            or (
                _SINCE.fullmatch(lower, opening_end, date_start) is not None
                and _THE_CHAPTER_HAS_SAID_SINCE.match(lower, span.end, sentence.end) is not None
            )
            or (
                _WHAT_CHANGED_LABEL.fullmatch(lower, opening_end, date_start) is not None
                and _WHAT_CHANGED_LABEL_CLOSES.match(text, span.end) is not None
            )
        ):
            is_statement = True
        elif _CHANGES_LABEL.fullmatch(lower, opening_end, date_start):
            is_statement = bool(
                _DATED_ENTRY.match(text, span.end, sentence.end)
                or _LABEL_ENDS_LINE.fullmatch(text, span.end, sentence.end)
                or (
                    _CHANGES_MADE_IN.search(lower, opening_end, date_start)
                    and _OF_A_TITLE.match(text, span.end) is None
                    and _AMENDED_THING.search(lower, sentence.start, sentence.end)
                )
            )
        elif _re_dated(lower, opening_end, date_start):
            is_statement = True
        elif _NEXT_ENTRY.search(lower, max(sentence.start, date_start - 8), date_start):
            is_statement = bool(
                statements
                and statements[-1][1] == sentence
                and _DATED_ENTRY.match(text, span.end, sentence.end)
            )
        else:
            lead_in_start = max(sentence.start, date_start - _LEAD_IN_CHARACTERS)
            review = (
                _AMENDMENT_NOUN_BEFORE.search(lower, lead_in_start, date_start)
                or _AMENDMENT_NOUN_AFTER.match(lower, span.end, sentence.end)
                or _REVIEW_OF_THE_TEXT_BEFORE.search(
                    lower, max(sentence.start, date_start - _REVIEW_OF_THE_TEXT_REACH), date_start
                )
            )
            names_a_review = review is not None and not _names_a_published_review(
                text, review, sentence.start
            )
            if names_a_review:
                is_statement = bool(
                    _AMENDED_THING.search(lower, sentence.start, sentence.end)
                    or _AMENDMENT_VERB.search(lower, sentence.start, sentence.end)
                    or _WHAT_A_REVIEW_DID.search(lower, sentence.start, sentence.end)
                )
            elif _AN_AMENDMENT_AFTER.match(lower, span.end, sentence.end):
                is_statement = bool(
                    _AMENDMENT_VERB.search(lower, span.end, sentence.end)
                    or _WHAT_A_REVIEW_DID.search(lower, span.end, sentence.end)
                )
            else:
                is_statement = bool(_DATE_LEAD_IN.search(lower, lead_in_start, date_start)) and (
                    _says_what_changed(lower, sentence)
                    or _we_changed_the_text(reading, sentence, date_start)
                    or _WE_EDITED_A_PART.match(lower, span.end, sentence.end) is not None
                    or _WE_EDITED_A_PART_THEN_DATE.fullmatch(lower, opening_end, date_start)
                    is not None
                    or _changed_under_an_amendment_heading(reading, sentence, span)
                    or _a_heading_of_the_chapter_was_changed(reading, sentence, span)
                )
                if is_statement and (
                    _a_title_was_changed(text, sentence, date_start)
                    or _an_outside_body_acted(lower, span.end, sentence)
                ):
                    is_statement = False
        if not is_statement and _joined_to_the_last_date(
            lower, statements, sentence, last_statement_date_end, span
        ):
            is_statement = True
        if is_statement:
            statements.append((date, sentence))
            last_statement_date_end = span.end
    statements += _entries_of_a_history(lower, entries)
    statements += [
        (date, row)
        for date, row, cell in _dates_in_an_amended_column(reading)
        if not any(found.start <= cell.start < found.end for _, found in statements)
    ]
    approvals += [
        (date, row)
        for date, row in _dates_in_an_approval_column(reading)
        if not any(found.start <= row.start < found.end for _, found in approvals)
    ]
    approvals.sort(key=lambda approval: approval[1].start)
    if statements:
        statements += _approvals_in_the_month(statements, approvals)
    else:
        history_rows = [(date, row) for date, row, _ in _dates_in_a_version_history_column(reading)]
        statements = approvals or history_rows or approval_lines or letter_dates or reviews
    statements.sort(key=lambda statement: statement[1].start)
    reading.memo["amendment_statements"] = statements
    return statements


_AND_ANOTHER_DATE = re.compile(r"[ \t]*,?[ \t]+and[ \t]+(?:again[ \t]+)?(?:(?:in|on)[ \t]+)?")
"""What joins a second date to a statement's own ("reviewed locally in May 2025 and December
2025", "amended on 3 March and again on 9 June 2025"): nothing but "and"."""


def _joined_to_the_last_date(
    lower: str,
    statements: list[tuple[PartialDate, Span]],
    sentence: Span,
    last_date_end: int,
    span: Span,
) -> bool:
    """Whether a date is joined by "and" alone to the date of the amendment statement just read
    in the same sentence ("This chapter was reviewed locally in May 2025 and December 2025."):
    the sentence dates the chapter twice, and the later date counts as the first does (the
    latest statement wins, decision 0004). A date joined by more words ("in May 2025 and the
    Act in December 2025") is another thing's."""
    return bool(
        statements
        and statements[-1][1] == sentence
        and sentence.start <= last_date_end <= span.start
        and _AND_ANOTHER_DATE.fullmatch(lower, last_date_end, span.start)
    )


def _a_line_of_its_own(text: str, start: int, span: Span) -> bool:
    """Whether the line holds only what runs from `start` to the date `span`, with markup: an
    approval set out as a line of its own ("Approved by Cabinet on 12 February 2025" above
    "Review date: February 2027") is the document-control field "Date approved" written as a
    phrase, and dates a chapter that states no amendment of its own (decision 0276). It gives no
    day to an amendment stated for its month, as the field does: a note of the board's approval
    under "amended in [October 2024]\\*" leaves the statement's month the fact (blind159's
    15904). The same words inside a paragraph ("Approved by Cabinet in May 2025, the new family
    hubs opened ...") are left alone."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(_LINE_MARKUP + "-+") and _ends_its_line(text, span)


def _approved_by_on_a_line(text: str, lower: str, start: int, span: Span) -> bool:
    """Whether an "Approved:" label, its date and who approved it fill a line of their own
    ("Approved: 4 March 2026 by the Corporate Parenting Panel"): the line "Approved by Cabinet on
    12 February 2025" with the date first (decision 0295), so an approval line as
    `_a_line_of_its_own` reads one, dating only a chapter that states no amendment of its own
    and giving no day to one stated for its month (a bare "Approved | 21 November 2024" row is
    read the same way, `_BARE_APPROVED_FIELD`); the same words in a paragraph
    ("Approved: 4 March 2026 by the Panel, the hubs opened …") are no such line."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_LINE_MARKUP + "-+"):
        return False
    by = _BY_A_BODY_ENDS_THE_LINE.match(lower, span.end)
    return by is not None and by.group().strip(" \t.\n") != ""


def _approvals_in_the_month(
    statements: list[tuple[PartialDate, Span]], approvals: list[tuple[PartialDate, Span]]
) -> list[tuple[PartialDate, Span]]:
    """The approvals that date the latest amendment to the day: those in the month of a latest
    amendment stated to the month only ("3.0 | March 2025 | …" in a history, beside "Date
    approved | 11 March 2025": one edition, agreed that day, decision 0156). An approval in a
    later month signs off an amendment made before it, whose own date stands (decision 0230)."""
    latest = max(date.sort_key for date, _ in statements)
    if latest[1] == 0 or latest[2] != 0:
        return []
    return [
        (date, sentence)
        for date, sentence in approvals
        if date.day is not None and date.sort_key[:2] == latest[:2]
    ]


_AMENDED_COLUMN = re.compile(
    r"(?:date\s+(?:last\s+)?(?:amended|revised)|(?:last\s+)?(?:amended|revised)(?:\s+(?:on|in))?"
    r"|(?:date\s+of\s+(?:last\s+)?)?(?:last\s+)?amendment(?:\s+date)?"
    r"|date\s+(?:of\s+issue|issued)|issue\s+date|issued(?:\s+on)?)[\s:]*"
)
"""The header of a table's column of amendment dates ("Amended", "Date amended", "Last
revised", "Amendment date"), as a page's small "Version | Amended" table heads it, or of the
version's issue dates ("Date of issue", "Issue date", "Issued"), which date the version as the
field "Date of issue: …" does (decisions 0219, 0522). "Issue" alone heads a column of version
numbers and is no such header."""


def _dates_in_an_amended_column(reading: ReadableOutline) -> list[tuple[PartialDate, Span, Span]]:
    """Each date in a table's column headed as the chapter's amendment ("| Version | Amended |"
    over "| 6 | August 2024 |"), with its row and its cell (plain offsets): the header says the
    cell dates an amendment, as a label before a date does ("Amended: August 2024"). A column
    headed "Date" or "Reviewed" says no such thing and is left to the other rules."""
    return _dates_in_a_column(reading, _AMENDED_COLUMN)


_HISTORY_DATE_COLUMN = re.compile(r"date(?:\s+(?:of\s+change|changed))?[\s:]*")
"""The header of a version history table's column of dates ("Date", "Date of change"): beside a
column of versions, it dates each version as it was made."""


def _dates_in_a_version_history_column(
    reading: ReadableOutline,
) -> list[tuple[PartialDate, Span, Span]]:
    """Each date in a "Date" column of a table that also has a column of versions ("| Summary
    of changes | Date | Version |"), with its row and its cell (plain offsets): such a table is
    the chapter's version history, whatever order its columns run in, so each dated row is one
    of its entries and the latest dates the chapter (decision 0053) where no statement, history
    line or approval of the chapter's own dates it (a note stating the month keeps its month,
    10803). A "Date" column with no version column beside it says nothing of what the date was
    (a meeting's, a review's)."""
    return _dates_in_a_column(reading, _HISTORY_DATE_COLUMN, beside=_VERSION_COLUMN)


_APPROVAL_COLUMN = re.compile(
    r"(?:date\s+(?:last\s+)?approved|(?:date\s+of\s+)?approval(?:\s+date)?|approved(?:\s+(?:on|date))?)"
    r"[\s:]*"
)
"""The header of a table's column of approval dates ("Date approved", "Approval date",
"Approved on", or the bare "Approved" a control table's short header row gives it beside
"Version" and "Owner": only the dates under it are read, so a column of names or ticks under
"Approved" adds nothing): the words of the document-control field `_APPROVAL_FIELD` reads on a row,
here heading a column, as a one-row control table sets them side by side ("| Version | Owner |
Date approved | Date of next review |", blind304)."""


def _dates_in_an_approval_column(reading: ReadableOutline) -> list[tuple[PartialDate, Span]]:
    """Each date in a table's column headed as the chapter's approval, with its row (plain
    offsets): the header labels the cell below it as "Date approved | 12 June 2024" labels the
    cell beside it, so the date is an approval, dating the chapter only where it states no
    amendment of its own (decision 0230). A column beside it headed "Date of next review" is a
    date to come and is left out by its own header."""
    return [(date, row) for date, row, _ in _dates_in_a_column(reading, _APPROVAL_COLUMN)]


def _dates_in_a_column(
    reading: ReadableOutline,
    header: re.Pattern[str],
    beside: re.Pattern[str] | None = None,
) -> list[tuple[PartialDate, Span, Span]]:
    """Each date in a text table's column whose header cell is `header`, with its row and its
    cell (plain offsets); with `beside`, only in tables where another header cell is `beside`
    (what the neighbouring column holds says what the dates are)."""
    found: list[tuple[PartialDate, Span, Span]] = []
    for rows in _reading_text_tables(reading):
        names = [reading.lower[head.start : head.end].strip(_TABLE_CELL_MARKUP) for head in rows[0]]
        if beside is not None and not any(beside.fullmatch(name) for name in names):
            continue
        for column, name in enumerate(names):
            if not header.fullmatch(name):
                continue
            for row in rows[1:]:
                if column < len(row):
                    cell = row[column]
                    for date in find_dates(reading.text, cell.start, cell.end):
                        found.append((date.date, Span(row[0].start, row[-1].end), date.span))
    return found


_CHANGES_HEADING = re.compile(
    r"[\d.\s]*(?:what['\u2019]?s\s+(?:changed|new)|(?:summary\s+of\s+|recent\s+|latest\s+|key\s+)?"
    r"(?:changes|amendments|updates|revisions)|change\s*log|(?:document\s+|version\s+)?"
    r"(?:change|revision|amendment)\s+(?:history|record|log))"
    r"(?:\s+(?:to|in)\s+this\s+(?:chapter|version|edition|update|procedure))?[\s:.]*"
)
"""A heading that names the chapter's changes ("What's changed", "Recent changes", "Change
log")."""


def _under_a_changes_heading(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether a dated entry ("12 November 2024: the principles are now set out in full") stands
    under a heading naming the chapter's changes: the heading says the entry is a change,
    whatever words the entry uses."""
    original = reading.plain.to_original(sentence.start, sentence.start).start
    section = reading.outline.section_at(original)
    heading = section.heading if section is not None else None
    if heading is None:
        return False
    return _CHANGES_HEADING.fullmatch(heading.lower()) is not None


_AMENDMENT_HEADING = re.compile(
    r"[\d.\s]*(?:(?:latest|recent|last)\s+)?(?:amendment|amendments|change|changes|update|updates|"
    r"revision|revisions)(?:\s+(?:to|in)\s+this\s+(?:chapter|version|edition|procedure))?[\s:.]*"
)
"""A sub-heading naming the chapter's own change, singular or plural ("Amendment", "Latest
changes", "Update"): what a template puts between the scope and the first section."""


def _heading_above(reading: ReadableOutline, sentence: Span) -> str | None:
    """The words of the nearest heading above `sentence` in its section (a sub-heading such as
    "Amendment" under "Scope of this chapter"), or None where no heading stands above it."""
    original = reading.plain.to_original(sentence.start, sentence.start).start
    section = reading.outline.section_at(original)
    section_start = section.start if section is not None else 0
    index = bisect_right(reading.block_starts, original) - 1
    while index >= 0 and reading.blocks[index].start >= section_start:
        block = reading.blocks[index]
        if block.type == "heading":
            return block.content
        index -= 1
    return None


def _changed_under_an_amendment_heading(
    reading: ReadableOutline, sentence: Span, date: Span
) -> bool:
    """Whether a sentence opening with its date ("In July 2025 the Key Principles were updated
    …") says with an amendment verb that something changed, under a heading that names the
    chapter's amendment: the heading says the change is the chapter's, where the sentence names
    what changed by a section's own words ("the Key Principles") rather than "section"."""
    if date.start - sentence.start > _LEAD_IN_CHARACTERS or not _AMENDMENT_VERB.search(
        reading.lower, date.end, sentence.end
    ):
        return False
    heading = _heading_above(reading, sentence)
    return heading is not None and _AMENDMENT_HEADING.fullmatch(heading.lower()) is not None


_CHANGED_PART = re.compile(
    r"[ \t,]*(?:the[ \t]+)?(?P<name>[^\W\d_][^,.;:()\n]*?)[ \t]+(?:section[ \t]+)?"
    r"(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+$"
)
"""The part a dated sentence says was changed, between its date and its amendment verb ("In May
2025 Key Principles was amended" → "key principles")."""
_HEADING_NUMBER = re.compile(r"^[\d.\s]*")


def _a_heading_of_the_chapter_was_changed(
    reading: ReadableOutline, sentence: Span, date: Span
) -> bool:
    """Whether a sentence opening with its date says with an amendment verb that a part of this
    chapter, named by its own heading, was changed ("In May 2025 Key Principles was amended to
    …"): the heading is in the chapter, so the change is the chapter's, where a law or another
    document named the same way ("In 2024 the Children Act was amended") heads no section."""
    lower = reading.lower
    if date.start - sentence.start > _LEAD_IN_CHARACTERS:
        return False
    verb = _AMENDMENT_VERB.search(lower, date.end, sentence.end)
    if verb is None:
        return False
    part = _CHANGED_PART.fullmatch(lower, date.end, verb.start())
    if part is None:
        return False
    name = " ".join(part.group("name").split())
    return any(
        block.type == "heading"
        and " ".join(_HEADING_NUMBER.sub("", block.content.lower()).split()).rstrip(":.") == name
        for block in reading.blocks
    )


MAX_SIGNATURE_LINES = 4
"""The name, post, service and council a signature may give between the sign-off and its date."""
_SIGNATURE_LINE_MAX = 80


def closes_a_letter(text: str, lower: str, span: Span) -> bool:
    """Whether the date `span` is a letter's date under its signature: alone on its line, after
    a sign-off ("Yours sincerely,") and at most `MAX_SIGNATURE_LINES` short lines (the name, the
    post) that hold no sentence. A chapter written as a letter dates itself there, the day it
    was issued: its amendment, not a stamp of the page."""
    if not _is_alone_on_its_line(text, span):
        return False
    end = text.rfind("\n", 0, span.start)
    lines = 0
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = lower[start:end].strip()
        end = start - 1
        if not line:
            continue
        if VALEDICTION_RE.fullmatch(line):
            return True
        lines += 1
        if lines > MAX_SIGNATURE_LINES or len(line) > _SIGNATURE_LINE_MAX or ". " in line:
            return False
        if line.endswith((".", ":", ";")):
            return False
    return False


MAX_LETTER_HEAD_LINES = 6
"""The addressee's name, post, address or a reference a letter may give between its date and
its greeting."""


def opens_a_letter(text: str, lower: str, span: Span) -> bool:
    """Whether the date `span` is a letter's date above its greeting: alone on its line, then at
    most `MAX_LETTER_HEAD_LINES` short lines that hold no sentence (the addressee, a reference),
    then "Dear …," on a line of its own. A chapter written as a letter dates itself there as it
    does under its signature (`closes_a_letter`); a cover letter's date before a chapter that
    states its own amendment dates nothing, so the caller reads it only where nothing else does
    (decision 0346)."""
    if not _is_alone_on_its_line(text, span):
        return False
    start = text.find("\n", span.end)
    lines = 0
    while start != -1:
        end = text.find("\n", start + 1)
        end = len(text) if end == -1 else end
        line = text[start + 1 : end].strip()
        start = -1 if end == len(text) else end
        if not line:
            continue
        if SALUTATION_RE.fullmatch(line):
            return True
        lines += 1
        if (
            lines > MAX_LETTER_HEAD_LINES
            or len(line) > _SIGNATURE_LINE_MAX
            or ". " in line
            or line.endswith((".", ";"))
        ):
            return False
    return False


def _stamp_label_above(text: str, lower: str, span: Span) -> bool:
    """Whether a date alone on its line is the value of the page's own stamp labelled on the line
    above ("Last updated" / "18 November 2024 - See all updates"): the page's date, not a dated
    entry of a history."""
    label = _label_on_the_line_above(text, lower, span, _LAST_UPDATED_LABEL)
    return (
        label is not None
        and not _LAST_AMENDED.search(label.group())
        and label.group("bare") != "amended"
    )


def _amendment_field_above(text: str, lower: str, date: PartialDate, span: Span) -> bool:
    """Whether a date alone on its line is the value of an amendment field labelled on the line
    above, as a definition list or a form lays out a document control block ("This revision" /
    "1 April 2024", "Last amended" / "March 2025"). "Updated" above a full date is the page's
    stamp, as it is on one line, and so is "Last reviewed" above one."""
    label = _label_on_the_line_above(text, lower, span, _FIELD_LABEL_LINE)
    if label is None:
        return False
    if _AMENDMENT_LABEL.fullmatch(lower, label.start(), label.end()) is None:
        page_label = _PAGE_LABEL.fullmatch(lower, label.start(), label.end())
        if page_label is None:
            return False
        return date.day is None or _names_an_amendment(page_label)
    return date.day is None or not lower.startswith("updated", label.start())


_FIELD_LABEL_LINE = re.compile(r"[a-z][a-z \t]*[a-z][ \t]*:?[ \t]*$", re.MULTILINE)
"""A line above a date that may be its field's label: words only, perhaps with a colon."""


_WHEN_CLAUSE = re.compile(r"[ \t]*,[ \t]*when[ \t]+")
_CHANGED_IN_THE_CLAUSE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:\w+\s+){0,2}?)" + _AMENDMENT_VERB.pattern
)


_WHY_IT_CHANGED = re.compile(
    r"[ \t]*,?[ \t]*(?:in[ \t]+order[ \t]+)?to[ \t]+"
    r"(?:reflect|add|include|describe|bring|take[ \t]+account|update|set[ \t]+out|remove|correct"
    r"|clarify|explain|introduce|cover|record|match|align|incorporate|show)\b"
)
"""A purpose clause right after the date saying what the change did ("Updated: 9 December 2025,
to describe the new operating model", "Updated 3 June 2024 to add …", blind278)."""


def says_when_it_changed(lower: str, date_end: int, sentence_end: int) -> bool:
    """Whether a "last updated <day>" label's date is followed by a clause saying what changed
    then ("This chapter was last updated on the 3rd of May 2024, when the paragraph on care
    leavers was rewritten") or what the change was for ("…, to describe the new operating
    model", `_WHY_IT_CHANGED`): the date of a change of the text, an amendment statement, where a
    page's stamp ends with its date (blind24's 2401, blind258, blind278)."""
    if _WHY_IT_CHANGED.match(lower, date_end, sentence_end) is not None:
        return True
    clause = _WHEN_CLAUSE.match(lower, date_end, sentence_end)
    return clause is not None and (
        _CHANGED_IN_THE_CLAUSE.search(lower, clause.end(), sentence_end) is not None
    )


def _says_what_changed_after(text: str, lower: str, date_end: int, sentence_end: int) -> bool:
    """Whether an "Updated <day>" label's date is followed by a colon and the change itself
    ("Updated 3 October 2024: the section on … was rewritten", or a part of the text that now
    says something: "Updated 19 January 2026 - Section 2 now describes our model"): a dated
    note, where a page's stamp ("Updated 2 June 2025") ends with its date. The change may be
    told in the words of a change to a figure or a list ("Updated 30/09/2025 - the list of
    Acts was shortened", blind241), as a dated review's is (`_WHAT_A_REVIEW_DID`)."""
    return _DATED_ENTRY.match(text, date_end, sentence_end) is not None and bool(
        _AMENDMENT_VERB.search(lower, date_end, sentence_end)
        or _WHAT_A_REVIEW_DID.search(lower, date_end, sentence_end)
        or (
            _AMENDED_THING.search(lower, date_end, sentence_end)
            and _NOW.search(lower, date_end, sentence_end)
        )
    )


_CLAUSE_OPENING = re.compile(r"(?:ever[ \t]+since|since|when|after|once)[ \t]+")
"""A conjunction that makes a dated change of the text the clause a sentence opens with ("Since
it was amended in October 2025 it has applied to …", "When the chapter was revised in May 2025,
the section on …"): the clause is the statement, the main clause what followed from it."""


def _the_text_was_changed(
    reading: ReadableOutline, sentence: Span, opening_end: int, date_start: int
) -> bool:
    """Whether the sentence, up to its date, says the chapter or a part of it changed: a part of
    the text named in lower case ("The answers were last revised in …"), or "It" after a
    sentence that names the chapter ("This chapter is the starting point … It was amended in
    November 2023."), or under a heading that does ("About this chapter"). The statement may
    be a clause the sentence opens with ("Since it was amended in October 2025 it has applied
    to …", `_CLAUSE_OPENING`), or one joined to a sentence saying whom the chapter's contents
    bind ("These expectations bind everyone who works …, and they were amended in …",
    `_joined_to_its_reach`)."""
    lead = _CLAUSE_OPENING.match(reading.lower, opening_end, date_start)
    changed = (
        _THE_TEXT_WAS_CHANGED.fullmatch(reading.lower, opening_end, date_start)
        or (
            _THE_TEXT_WAS_CHANGED.fullmatch(reading.lower, lead.end(), date_start)
            if lead is not None
            else None
        )
        or _joined_clause_changed(reading.lower, opening_end, date_start)
        or _the_text_changed_itself(reading.lower, opening_end, date_start)
    )
    if changed is None:
        return _joined_to_its_reach(reading.lower, opening_end, date_start)
    if changed.groupdict().get("guidance") is not None:
        return _guidance_is_the_text(reading, sentence, changed.group("guidance"))
    if changed.group("pronoun") is None:
        # the subject alone: a name it was brought in line with may be capitalised (0239)
        named = "subject" if changed.groupdict().get("subject") is not None else 0
        subject = reading.text[changed.start(named) : changed.end(named)]
        return not any(character.isupper() for character in subject[1:])
    if _it_names_the_text(reading, sentence):
        return True
    original = reading.plain.to_original(sentence.start, sentence.start).start
    section = reading.outline.section_at(original)
    if section is None:
        return False
    if (
        section.kind == _SCOPE
        and changed.group("pronoun") == "it"
        and (_opens_its_paragraph(reading, sentence) or _it_carried_through(reading, sentence))
    ):
        return True  # the scope is where a chapter says what it is and when it changed
    return (
        section.heading is not None and _NAMES_THE_TEXT.search(section.heading.lower()) is not None
    )


def _we_changed_the_text(reading: ReadableOutline, sentence: Span, date_start: int) -> bool:
    """Whether the sentence says, before its date, that we (or the council, named in the third
    person: `_THE_COUNCIL_CHANGED_IT`) changed the chapter: "this chapter"
    named, or "it" where the sentences before name the chapter (`_it_names_the_text`: "We first
    wrote this chapter in 2019. … and we last changed it in March 2025."), or, as before, in a
    paragraph of its own that names nothing else ("We updated it in June 2023, when …"), or, in
    the scope, where every sentence back to one that names the chapter still speaks of "it"
    (`_it_carried_through`: "This short briefing is the council's chapter … Your adviser will go
    through it with you. We last brought it up to date in October 2025", blind331)."""
    changed = (
        _WE_CHANGED_IT.search(reading.lower, sentence.start, date_start)
        or _WE_BROUGHT_IT_UP_TO_DATE.search(reading.lower, sentence.start, date_start)
        or _THE_COUNCIL_CHANGED_IT.match(reading.text, sentence.start, date_start)
    )
    if changed is None:
        return False
    if changed.group("object") != "it" or _it_names_the_text(reading, sentence):
        return True
    return _opens_its_paragraph(reading, sentence) or (
        _in_the_scope(reading, sentence) and _it_carried_through(reading, sentence)
    )


def _guidance_is_the_text(reading: ReadableOutline, sentence: Span, subject: str) -> bool:
    """Whether "this guidance" or "the guidance", the subject of a dated change, is the chapter.
    "This guidance" points at the text it stands in. "The guidance" may be the statutory
    guidance a chapter cites ("… Working Together to Safeguard Children. The guidance was
    updated in December 2023"), so it is the chapter only in the scope, where a chapter says
    what it is, and only where no guidance was named in that section before it: the first
    guidance the scope speaks of is the chapter itself ("This page describes … The guidance was
    updated in February 2026 to …", blind362)."""
    if subject.startswith("this"):
        return True
    original = reading.plain.to_original(sentence.start, sentence.start).start
    section = reading.outline.section_at(original)
    if section is None or section.kind != _SCOPE:
        return False
    section_start = reading.plain.to_plain(section.start)
    return "guidance" not in reading.lower[section_start : sentence.start]


def _in_the_scope(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether `sentence` stands in a scope section, where a chapter says what it is."""
    original = reading.plain.to_original(sentence.start, sentence.start).start
    section = reading.outline.section_at(original)
    return section is not None and section.kind == _SCOPE


_AND_IT = ", and "
_AND = " and "
_TEXT_SUBJECT = re.compile(
    r"(?P<pronoun>it)\s|(?:this|the)\s+(?:chapter|policy|procedure|document)\s+(?!(?:was|is|has)\b)"
)
"""The subject a sentence about the chapter opens on: "It", or the chapter named ("This chapter
covers …"), with a verb of its own after it (a sentence opening "This chapter was amended …"
is `_THE_TEXT_WAS_CHANGED`'s)."""
_ELIDED_CHANGE = re.compile(
    r" and\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:(?:last|most\s+recently|recently|fully|substantially|then|again)\s+)*"
    rf"{_CHANGED_VERB}(?:\s+throughout|\s+in\s+full)?\s+(?:in|on|during|over)\s+(?:the\s+)?"
)
"""A clause that leaves out its subject, joined by "and" to the sentence's own verb, saying
when it changed ("It sets out our policies … and was last amended in September 2024"): the
subject is the sentence's (blind128, decision 0209)."""


_BINDS_ITS_READERS = re.compile(
    r"(?:this|these)\s+(?:[a-z'\u2019-]+\s+)?"
    r"(?:expectations|principles|standards|rules|requirements|procedures|pages)\s+"
    r"(?:binds?|(?:applies|apply)\s+to\s+(?:everyone|everybody|anyone|all|every|each)\b"
    r"[^.;:!?]{0,60}?\bwho\s+works?)\b"
)
"""A sentence whose subject is what the chapter sets out, saying whom it binds ("These
expectations bind everyone who works in or for …", "This guidance's standards apply to all who
work …"): the text stating its own reach, as a scope does, so a clause joined to it by ", and
they (it) were amended in …" dates the chapter (blind311, decision 0482). What the law's
principles apply to ("These principles apply to every council") says no reader of the text."""
_AND_THEY = re.compile(r", and (?=(?:they|it)\s)")


def _joined_clause_changed(lower: str, opening_end: int, date_start: int) -> re.Match[str] | None:
    """The change said in a clause joined by ", and it" to a sentence about the chapter that
    opens on "It" ("It applies to all staff …, and it was last amended in March 2025."): the
    same "It" is the subject of both, so the clause dates the chapter as "It was amended in …"
    alone would (blind81). Only "it" continues the sentence's own subject; "…, and the Act was
    amended in …" names something else. A clause with no subject of its own ("It sets out …
    and was last amended in …", "This chapter covers … and has been revised in …") has the
    sentence's (`_ELIDED_CHANGE`, decision 0209)."""
    subject = _TEXT_SUBJECT.match(lower, opening_end)
    if subject is None:
        return None
    elided = lower.rfind(_AND, opening_end, date_start)
    if elided >= 0 and _ELIDED_CHANGE.fullmatch(lower, elided, date_start) is not None:
        return subject  # "It sets out … and was last amended in …": the subject left out
    if subject.group("pronoun") is None:
        return None
    joined = lower.rfind(_AND_IT, opening_end, date_start)
    if joined < 0:
        return None
    changed = _THE_TEXT_WAS_CHANGED.fullmatch(lower, joined + len(_AND_IT), date_start)
    return changed if changed is not None and changed.group("pronoun") == "it" else None


def _joined_to_its_reach(lower: str, opening_end: int, date_start: int) -> bool:
    """Whether the change is said in a clause joined by ", and they (it)" to a sentence saying
    whom the chapter's contents bind (`_BINDS_ITS_READERS`): the pronoun is that subject, the
    text."""
    if _BINDS_ITS_READERS.match(lower, opening_end) is None:
        return False
    joins = list(_AND_THEY.finditer(lower, opening_end, date_start))
    if not joins:
        return False
    changed = _THE_TEXT_WAS_CHANGED.fullmatch(lower, joins[-1].end(), date_start)
    return changed is not None and changed.group("pronoun") is not None


def _a_part_was_changed_date_last(
    reading: ReadableOutline, opening_end: int, span: Span, sentence: Span
) -> bool:
    """Whether the sentence says a part of the text changed and closes with the date after a
    comma or a dash (see `_A_PART_WAS_CHANGED`); the date then dates that change, as "Amended
    in line with …, February 2024" does."""
    lower = reading.lower
    if not _ENDS_WITH_DATE.match(lower, span.end, sentence.end):
        return False
    if _COMMA_OR_DASH_CLOSES.search(lower, opening_end, span.start) is None:
        return False
    changed = _A_PART_WAS_CHANGED.match(lower, opening_end, span.start) or (
        _LABELLED_PART_CHANGED.match(lower, opening_end, span.start)
    )
    if changed is None:
        return False
    subject = reading.text[opening_end : changed.end()]
    return not any(character.isupper() for character in subject[1:])


_IT_GOES_ON = re.compile(
    r"it\s|we\s+(?:have\s+)?(?:written|wrote|set\s+out|kept|put\s+together|shortened)\s+it\b"
)
"""A sentence that goes on about the same subject ("It applies to …"), or in the council's voice
says what it did with that "it" as the text's writer ("This is the part of our procedures manual
that … We have written it for you … We last changed it in July 2025", blind327): "It" reaches
back past it."""
_IT_REACH = 3
"""Sentences back, within one paragraph, that "It" may reach for the text it stands for."""


def _opens_its_paragraph(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether `sentence` opens its paragraph: an "It" there has no sentence beside it to stand
    for, so in the scope it is the chapter; after a sentence in the same paragraph, that
    sentence says what "It" is ("Our partnership keeps a plan. It was revised …")."""
    index = bisect_right(reading.sentence_starts, sentence.start) - 1
    if index <= 0:
        return True
    before = reading.sentences[index - 1]
    return "\n\n" in reading.text[before.end : sentence.start]


_IT_WORD = re.compile(r"\bit\b")
_IT_OPENING = re.compile(r"it\s")
"""A sentence whose subject is "It", as its first word."""


def _it_carried_through(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether, in the scope, "It" opening `sentence` reaches back to a sentence of its own
    paragraph that names the chapter, over sentences that each speak of "it" themselves ("Who
    is this chapter for? Anyone who works … should know what it says. It was last amended in
    November 2024."): the chapter stays the subject while every sentence between still points at
    it (decision 0162). A sentence between that says nothing of "it" has moved to another
    subject, and the "It" is that subject's. The run may also go back to an "It" that opens the
    paragraph where the paragraph before ends on the chapter (`_ends_on_the_text`): that "It" is
    the chapter, so the same subject carried on is too ("This document explains … It is the first
    chapter of the manual …" then "It covers everyone who works … It was last amended in March
    2026", blind338). After a paragraph on another subject ("Our offer to care leavers …"), the
    opening "It" is that subject's."""
    index = bisect_right(reading.sentence_starts, sentence.start) - 1
    lower = reading.lower
    for before in reversed(reading.sentences[max(0, index - _IT_REACH) : index]):
        if "\n\n" in reading.text[before.end : sentence.start]:
            return False
        if _NAMES_THE_TEXT.search(lower, before.start, before.end):
            return True
        if (
            _IT_OPENING.match(lower, before.start)
            and _opens_its_paragraph(reading, before)
            and _ends_on_the_text(reading, before)
        ):
            return True
        if _IT_WORD.search(lower, before.start, before.end) is None:
            return False
    return False


def _ends_on_the_text(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether the sentence before `sentence`, across a paragraph break, speaks of the chapter:
    it names it ("This document explains …"), or its "It" stands for it, named in the sentences
    before ("… It is the first chapter of the directorate's manual, and …")."""
    index = bisect_right(reading.sentence_starts, sentence.start) - 1
    if index <= 0:
        return False
    before = reading.sentences[index - 1]
    lower = reading.lower
    if _NAMES_THE_TEXT.search(lower, before.start, before.end):
        return True
    return _IT_OPENING.match(lower, before.start) is not None and _it_names_the_text(
        reading, before
    )


_DISCOURSE_LEAD_IN = re.compile(r"(?:[a-z]+[ \t]+){0,4}[a-z]+,[ \t]+")
"""A short phrase of words alone, closed by a comma, that opens a sentence only to lead into it
("To begin with, this chapter took effect in November 2025", "For a start, …", "First of
all, …"), as a chapter whose every paragraph opens with such a phrase writes (blind406): the
sentence's subject, the chapter's text or not, follows it. Up to five words and no figure, so
that a dated clause ("Following a review in March 2023, …") is no lead-in."""


def _subject_starts(lower: str, opening_end: int, date_start: int) -> tuple[int, ...]:
    """Where a sentence's subject may start: at its opening, and after a discourse lead-in
    (`_DISCOURSE_LEAD_IN`) where one opens it before the date."""
    lead = _DISCOURSE_LEAD_IN.match(lower, opening_end, date_start)
    return (opening_end,) if lead is None else (opening_end, lead.end())


def _the_text_itself_dated(
    reading: ReadableOutline, sentence: Span, subject_start: int, date_start: int
) -> bool:
    """Whether the words from `subject_start` to the date say the chapter's text itself, or its
    changes, were made, took effect or stand since then (the chapter its subject)."""
    lower = reading.lower
    return bool(
        _the_text_was_changed(reading, sentence, subject_start, date_start)
        or _the_changes_took_effect(reading, sentence, subject_start, date_start)
        or _THE_TEXT_TAKES_EFFECT.fullmatch(lower, subject_start, date_start)
        or _THE_LAST_AMENDMENT_DATED.fullmatch(lower, subject_start, date_start)
        or _the_text_revised_or_in_force(reading, sentence, subject_start, date_start)
        or _THE_CHAPTER_HAD_CHANGES.fullmatch(lower, subject_start, date_start)
        or _THE_TEXT_INCLUDES_CHANGES.fullmatch(lower, subject_start, date_start)
    )


def _the_text_revised_or_in_force(
    reading: ReadableOutline, sentence: Span, opening_end: int, date_start: int
) -> bool:
    """Whether the words before the date say the chapter stands as it is since then
    (`_IN_FORCE_IN_ITS_CURRENT_FORM`) or was last revised then "of it"
    (`_OUR_LAST_REVISION_OF_IT`); "it" only where it stands for the chapter."""
    lower = reading.lower
    if _OUR_LAST_REVISION_OF_IT.fullmatch(lower, opening_end, date_start) is not None:
        return _it_names_the_text(reading, sentence)
    match = _IN_FORCE_IN_ITS_CURRENT_FORM.fullmatch(lower, opening_end, date_start)
    if match is None:
        return False
    return match.group("it") is None or _it_names_the_text(reading, sentence)


def _the_changes_took_effect(
    reading: ReadableOutline, sentence: Span, opening_end: int, date_start: int
) -> bool:
    """Whether the words before the date say that the chapter's changes were made or took
    effect (`_THE_CHANGES_TOOK_EFFECT`); changes "to it" only where "it" is the chapter, named
    by the sentence before ("This document sets out … The most recent changes to it were made
    in November 2025.", decision 0255); changes that "came into force" only where the sentence
    names the chapter as what they changed (decision 0406)."""
    match = _THE_CHANGES_TOOK_EFFECT.fullmatch(reading.lower, opening_end, date_start)
    if match is None:
        return False
    if match.group("it") is not None:
        return _it_names_the_text(reading, sentence)
    return match.group("force") is None or match.group("text") is not None


_VERSION_SENTENCE = re.compile(
    r"[ \t#*_>]*(?:this[ \t]+is[ \t]+[*_]*)?version[ \t]+v?\d+(?:\.\d+)*[a-z]?[ \t*_]*\.?[ \t*_]*"
)
"""A sentence that is only the text's version ("Version 2.4.", or said whole: "This is Version
2."): it names the text, so an "It" after it is the chapter ("Version 2.4. It was signed off by
the Board in February 2025", decision 0259; "This is Version 2. We last changed it in November
2025.", blind336)."""


def _it_names_the_text(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether "It" opening `sentence` stands for the chapter: the sentence before names it
    ("This chapter is the starting point … It was amended in …") or is only its version label
    ("Version 2.4."), or names it through a run of
    sentences that all open with "It" in the same paragraph ("This chapter describes … It
    applies to … It was revised in November 2024, …")."""
    index = bisect_right(reading.sentence_starts, sentence.start) - 1
    lower = reading.lower
    for reach, before in enumerate(reversed(reading.sentences[max(0, index - _IT_REACH) : index])):
        if reach and "\n\n" in reading.text[before.end : sentence.start]:
            return False
        if _NAMES_THE_TEXT.search(lower, before.start, before.end) or (
            _VERSION_SENTENCE.fullmatch(lower, before.start, before.end) is not None
        ):
            return True
        if _IT_GOES_ON.match(lower, before.start) is None:
            return False
    return False


def _entries_of_a_history(
    lower: str, entries: list[tuple[PartialDate, Span, bool]]
) -> list[tuple[PartialDate, Span]]:
    """The dated entries ("Sept 2024 \u2013 support extended to 25") that stand in one run of
    lines with an entry that is an amendment statement ("Feb 2021 \u2013 first published"): a
    history list dates every change it lists, whatever words an entry uses."""
    found: list[tuple[PartialDate, Span]] = []
    run: list[tuple[PartialDate, Span, bool]] = []
    for entry in [*entries, None]:
        if entry is not None and (not run or not lower[run[-1][1].end : entry[1].start].strip()):
            run.append(entry)
            continue
        if len(run) > 1 and any(is_statement for _, _, is_statement in run):
            found += [(date, sentence) for date, sentence, is_statement in run if not is_statement]
        run = [entry] if entry is not None else []
    return found


_OPENING_YEAR_LEAD_IN = re.compile(r"(?:in|during)\s+")
_CHAPTER_CHANGED_IN = re.compile(
    r"\b(?:chapter|section\s+[\w.]+|procedure|policy|it)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+){0,2}?"
    r"(?:revised|updated|amended|reviewed|rewritten|re-written|refreshed)"
    r"(?:\s+(?:and|&)\s+\w+)?(?:\s+throughout|\s+in\s+full)?\s+(?:in|during)\s+$"
)
_CHAPTER_CHANGED_REACH = 96


def _states_a_year_of_change(lower: str, sentence: Span, opening_end: int, year: int) -> bool:
    """Whether a year stated alone dates a change of the chapter: the sentence opens with it
    and says what changed ("In 2023, Section 4 was added"), or the chapter is the subject of
    the change it dates ("This chapter was reviewed in 2023"). Years name documents far more
    often than months do ("guidance published in 2018"), so the test is stricter."""
    if _OPENING_YEAR_LEAD_IN.fullmatch(lower, opening_end, year):
        return _says_what_changed(lower, sentence)
    reach = max(sentence.start, year - _CHAPTER_CHANGED_REACH)
    return _CHAPTER_CHANGED_IN.search(lower, reach, year) is not None


def _a_year_names_our_review(text: str, lower: str, sentence: Span, year: Span) -> bool:
    """Whether a year stated alone names the chapter's own review and the sentence names the
    part it changed ("Following the 2025 review, paragraph 2.4 now says …"), as a month naming
    a review does ("In the October 2024 update, …"); a published review ("the 2023 Review of
    …", "the 2022 review of Working Together") is another document's."""
    review = _AMENDMENT_NOUN_AFTER.match(lower, year.end, sentence.end)
    return (
        review is not None
        and not _names_a_published_review(text, review, sentence.start)
        and _AMENDED_THING.search(lower, sentence.start, sentence.end) is not None
    )


_YEAR_LEAD_INS = ("in 19", "in 20", "during 19", "during 20")
"""A year stated alone is an amendment's date only after "in" or "during" ("reviewed in
2023"): "Children Act 2004" and "Working Together 2023" name documents."""
_REVIEW_YEAR_LEAD_INS = ("the 19", "the 20")
"""A year naming a review ("the 2025 review"), read only where a review's noun follows it."""


def _years_alone(reading: ReadableOutline) -> list[tuple[PartialDate, Span]]:
    """Years written without a day or month after "in"/"during", or naming a review ("the 2025
    review"), as plain offsets of the year."""
    lower = reading.lower
    found = []
    for lead_in in _YEAR_LEAD_INS:
        for position in reading.positions_of(lead_in):
            year = _year_closing_lead_in(lower, position, lead_in)
            if year is None or (
                year.end < len(lower) and (lower[year.end].isalnum() or lower[year.end] in "/-")
            ):
                continue
            found.append((PartialDate(int(lower[year.start : year.end])), year))
    for lead_in in _REVIEW_YEAR_LEAD_INS:
        for position in reading.positions_of(lead_in):
            year = _year_closing_lead_in(lower, position, lead_in)
            if year is None or _AMENDMENT_NOUN_AFTER.match(lower, year.end) is None:
                continue
            found.append((PartialDate(int(lower[year.start : year.end])), year))
    return found


def _year_closing_lead_in(lower: str, position: int, lead_in: str) -> Span | None:
    """The four digits a lead-in found at `position` ends on ("in 20", "the 20"), when the
    lead-in starts a word and they are all digits."""
    start = position + len(lead_in) - 2
    end = start + 4
    if (position > 0 and lower[position - 1].isalnum()) or not lower[start:end].isdigit():
        return None
    return Span(start, end)


_QUARTER = re.compile(r"\bq(?P<quarter>[1-4])[ \t]+(?P<year>20\d\d)(?![\d/-])")
_QUARTER_SHAPE = re.compile(r"q[1-4][ \t]+20")
"""What every `_QUARTER` holds, opening with a literal the regex engine skips to."""
_SEASON = re.compile(
    r"\b(?:spring|summer|autumn|fall|winter)(?:(?:[ \t]+of)?[ \t]+|[ \t]*\([ \t]*)"
    r"(?P<year>20\d\d)(?![\d/-])"
)
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
"""A season of a year ("Spring 2025", "the autumn of 2024", or its year in brackets after it:
"What changed this spring (2026)", blind390); a winter across two years ("winter 2024/25") names
no one year and is not read."""
_MONTH_IN_BRACKETS_AFTER_SEASON = re.compile(
    r"(?:[ \t]+(?:review|update|refresh|revision))?[ \t]*\([ \t]*(?P<month>[a-z]{3,9})\.?[ \t]*\)"
)
"""A month alone in brackets after a season and its year, perhaps after the occasion the season
names ("At the spring 2025 review (April), paragraph 4.2 was …", "Refreshed in spring 2025
(April)"): the document states the month, so the season dates the change to it (decision 0395),
as a month in brackets after a bare year does ("Refreshed for 2026 (January)", decision 0315)."""
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_PART_OF_YEAR = re.compile(r"\b(?:early|late|mid)[ \t-](?P<year>20\d\d)(?![\d/-])")
_PART_OF_YEAR_WORDS = ("early 20", "late 20", "mid-20", "mid 20")
"""A year's early, middle or late part ("In early 2025", "mid-2024", "late 2023"); "early"
and "late" are common words, so the reading's search words find them right before a year
first (`SEARCH_WORDS`)."""


def _quarters(reading: ReadableOutline) -> list[tuple[PartialDate, Span]]:
    """Quarters, seasons and parts of a year written as a date ("Amended in Q3 2024", "refreshed
    in Spring 2025", "in the autumn of 2024", "in early 2025"): none is a month, so the date is
    its year alone (decision 0076), but it dates a change as a month does: the wording around it
    decides, as for a month ("Next review: Q3 2026", "Next review due: Spring 2027" are dates
    to come)."""
    lower = reading.lower
    found = []
    if _QUARTER_SHAPE.search(lower) is not None:
        found += [
            (PartialDate(int(match.group("year"))), Span(match.start(), match.end()))
            for match in _QUARTER.finditer(lower)
        ]
    if any(word in lower for word in _SEASON_WORDS):
        found += [
            (_season_date(lower, match), Span(match.start(), match.end()))
            for match in _SEASON.finditer(lower)
        ]
    if any(reading.positions_of(word) for word in _PART_OF_YEAR_WORDS):
        found += [
            (PartialDate(int(match.group("year"))), Span(match.start(), match.end()))
            for match in _PART_OF_YEAR.finditer(lower)
        ]
    return found


def _season_date(lower: str, season: re.Match[str]) -> PartialDate:
    """A season's date: its year, or its year and month where a month stands alone in brackets
    after it (`_MONTH_IN_BRACKETS_AFTER_SEASON`). The span stays the season's, so the words around
    it judge the statement as they judge any season."""
    year = int(season.group("year"))
    bracket = _MONTH_IN_BRACKETS_AFTER_SEASON.match(lower, season.end())
    month = _MONTH_NUMBERS.get(bracket.group("month")) if bracket is not None else None
    return PartialDate(year, month)


_OF_A_TITLE = re.compile(r"\s+(?:of|to)\s+(?:the\s+)?[A-Z]")
_OPENS_ITS_SENTENCE = re.compile(r"[\s#*_>\-\u2022]*")
"""What may stand before a sentence's first word: space, markdown markup, a bullet."""


def _names_a_published_review(text: str, review: re.Match[str], sentence_start: int) -> bool:
    """Whether the review a date names is another document's: a published review ("the
    Independent Review of Children's Social Care in May 2022": its noun is capitalised, as a
    title's words are), or the update of a title ("the June 2023 update of Working Together").
    A noun that opens its sentence is capitalised as any first word is, which marks no title
    ("Update of January 2025: the leaving care offer was widened …", decision 0227)."""
    words = review.group()
    noun = review.start() + len(words) - len(words.lstrip())
    if text[noun].isupper() and not _OPENS_ITS_SENTENCE.fullmatch(text, sentence_start, noun):
        return True
    return _OF_A_TITLE.match(text, review.end()) is not None


def _names_a_change(lower: str, start: int, end: int) -> bool:
    """Whether an entry's text after its date says what changed ("new chapter", "links
    updated", "Section 3 added")."""
    return bool(
        _AMENDMENT_VERB.search(lower, start, end)
        or _AMENDED_THING.search(lower, start, end)
        or _ENTRY_WORDS.search(lower, start, end)
    )


def _says_what_changed(lower: str, sentence: Span) -> bool:
    return bool(
        _AMENDMENT_VERB.search(lower, sentence.start, sentence.end)
        and _AMENDED_THING.search(lower, sentence.start, sentence.end)
    )


def amendment_date(reading: ReadableOutline) -> Fact:
    """The date of the latest amendment statement (see `_amendment_statements`).

    A history of amendments gives its latest date; day precision where the text gives a day.
    """
    statements = amendment_statements(reading) or _dated_changes_by_meaning(reading)
    if not statements:
        return fact_or_none("amendment_date", None)
    date, sentence = max(statements, key=lambda statement: statement[0].sort_key)
    fact = fact_or_none("amendment_date", date.isoformat(), reading.evidence(sentence))
    contradicted = _an_earlier_last_amendment(reading, statements, date)
    if contradicted is None:
        return fact
    earlier, said = contradicted
    return Fact(
        fact.key,
        fact.value,
        fact.evidence,
        (FactValue(earlier.isoformat(), (reading.evidence(said),)),),
    )


_CHANGE_STEMS = (
    "amend", "revis", "chang", "updat", "rewr", "edit", "refresh", "reissu", "re-issu", "settl",
    "finali", "agreed", "approv", "brought", "into force", "into use", "into effect",
    "took effect", "signed off", "review", "added", "remov", "replac", "redraft", "reword",
    "corrected", "adopted", "issued", "publish", "completed", "finished",
)  # fmt: skip
"""Word stems of a change to a text or of its being fixed or issued: under a heading naming the
chapter's amendment, or said of the chapter itself, one of these beside a date makes the date the
version's, whatever the phrase (facts32)."""
_NOT_A_CHANGE_MADE = re.compile(
    r"\b(?:next|due|will|shall|to\s+be|planned|expected|effective\s+from|from\s+(?=\d)"
    r"|review\s+date|reviewed\s+by|before|until|first\s+(?:published|issued|written)"
    r"|replaces|supersedes|dated|earlier|previous|last\s+(?:checked|viewed|updated))"
)
"""Words saying a date is not the change made to this version: a date to come ("next review",
"due", "will be"), a time the text takes effect from (decision 0118), a replaced or earlier
edition's date, or the page's own stamp."""
_THE_TEXT_ITSELF = re.compile(
    r"[\s*_>#-]*(?:this|the|our)\s+(?:present\s+|current\s+|new\s+|latest\s+)?"
    r"(?:chapter|text|edition|version|procedure|policy|wording|document|handbook|manual|guide)"
    r"(?:['\u2019]s\s+"
    r"(?:present\s+|current\s+)?(?:text|wording|content))?\s+"
    r"(?:was|were|has|had|came|took|went|got|is)\b"
)
"""A sentence whose subject is the chapter's own text, then a verb ("This chapter was …", "The
present text came …", "This chapter's current text was …")."""


def _dated_changes_by_meaning(reading: ReadableOutline) -> list[tuple[PartialDate, Span]]:
    """Dates read as the chapter's amendment by meaning where no known wording gives one: a date
    with at least its month in a sentence that holds a word of change (`_CHANGE_STEMS`) and no
    word putting it elsewhere in time (`_NOT_A_CHANGE_MADE`), where the sentence stands under a
    heading naming the chapter's amendment or its changes, or has the chapter's own text as its
    subject (`_THE_TEXT_ITSELF`): the heading or the subject says whose change it is, the word
    says it is a change, whatever the phrase (facts32)."""
    found: list[tuple[PartialDate, Span]] = []
    lower = reading.lower
    for written in reading.dates:
        if written.date.month is None:
            continue
        sentence = reading.sentence_at(written.span.start)
        if sentence is None:
            continue
        words = lower[sentence.start : sentence.end]
        before = lower[sentence.start : written.span.start]
        if not any(stem in words for stem in _CHANGE_STEMS) or _NOT_A_CHANGE_MADE.search(words):
            continue
        if "(" in before and ")" not in before[before.rfind("(") :]:
            continue  # a date in brackets dates the document cited before it
        heading = _heading_above(reading, sentence)
        if heading is None:
            original = reading.plain.to_original(sentence.start, sentence.start).start
            section = reading.outline.section_at(original)
            heading = section.heading if section is not None else None
        under_a_changes_heading = heading is not None and (
            _AMENDMENT_HEADING.fullmatch(heading.lower()) is not None
            or _CHANGES_HEADING.fullmatch(heading.lower()) is not None
        )
        if under_a_changes_heading or _THE_TEXT_ITSELF.match(lower, sentence.start):
            found.append((written.date, sentence))
    return found


_SAYS_IT_IS_THE_LAST = re.compile(
    r"\b(?:last|latest|most\s+recently)\s+(?:amended|revised|updated|changed|edited)\b"
)
"""A statement that names its date as the chapter's latest change ("This chapter was last
amended in April 2025")."""


def _an_earlier_last_amendment(
    reading: ReadableOutline, statements: list[tuple[PartialDate, Span]], latest: PartialDate
) -> tuple[PartialDate, Span] | None:
    """The other of exactly two amendment statements, where it says it gives the chapter's
    last change and an earlier month than `latest` ("Amended June 2025" under the title, "This
    chapter was last amended in April 2025" below): the page contradicts itself, and both are
    reported (SPEC: a conflict). Three or more statements are a history, whose latest date is
    the amendment date; two dates of one month at different precisions agree."""
    if len(statements) != 2:
        return None
    earlier, said = min(statements, key=lambda statement: statement[0].sort_key)
    if len(find_dates(reading.text, said.start, said.end)) != 1:
        return (
            None  # a sentence giving two dates tells a history ("first issued …, last amended …")
        )
    if earlier.month is None or latest.month is None:
        return None
    if (earlier.year, earlier.month) >= (latest.year, latest.month):
        return None
    if _SAYS_IT_IS_THE_LAST.search(reading.lower, said.start, said.end) is None:
        return None
    return earlier, said


_ON_THIS_SITE = r"(?:[ \t]+(?:this|the|our)[ \t]+(?:web[ \t]?)?(?:site|page|intranet))?"
"""Where a stamp says the page was changed: "Updated on this site:", "Last updated on the
website:" (after "on", which alone may stand before the date)."""
_LAST_UPDATED_LABEL = re.compile(
    r"(?:(?<![a-z0-9])(?:(?:last|page|content|date\s+last)\s+"
    r"(?:updated|reviewed|modified|amended|revised|edited|checked|refreshed)"
    r"(?:\s+(?:and|&)\s+(?:updated|reviewed|modified|amended|revised|edited|checked))?"
    r"(?:\s+(?:time|date))?"
    r"|^[ \t#*_>]*(?:published|date\s+published|publication\s+date)"
    r"|^[ \t#*_>]*posted(?:\s+by\s+(?:[a-z][\w'.\-]*\s+){1,4}?)?\s*on"
    r"|^[ \t#*_>]*(?:by[ \t]+)?(?P<author>[a-z][\w'.\-]*(?:[ \t]+[a-z][\w'.\-]*){1,3}),?"
    r"[ \t]+published(?:[ \t]+on)?"
    r"|date\s+of\s+(?:last\s+)?(?:review|update)"
    r"|last\s+update"
    r"|date\s+(?:updated|reviewed|amended|revised)"
    r"|last\s+(?:updated|modified|edited|reviewed)\s+by\s+(?:[a-z&][\w'.\-]*\s+){1,6}?on"
    r"|(?:this|the)\s+page\s+(?:was|has\s+been)\s+(?:updated|modified|edited)"
    r")(?:\s+on" + _ON_THIS_SITE + r")?\s*[:|\-\u2013]?"
    r"|(?:^|[|\u00b7\u2022])[ \t#*_>]*(?P<bare>updated|reviewed|amended)"
    r"(?:[ \t]+in[ \t]+full)?(?:[ \t]+on" + _ON_THIS_SITE + r")?"
    r"(?P<colon>[ \t]*[:|])?)[ \t]*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]*)?$",
    re.MULTILINE,
)
"""A label of the page's own date: "Last updated", "Page last reviewed", "Date of last review",
"Content last reviewed and updated", a docs site's "Last update" (MkDocs' revision date; the
noun right before the date, so "the last update to the rates was agreed on …" is no label), a
page tool's property "Last edited time" / "Last updated date" (the field named by what it
holds), a wiki's "last modified by A. Name on" (or by a team: "Last edited by the Policy and
Quality Team on", blind383), a line opening
"Published" (after markup such as "_": "_Last updated 2 June 2025_"), an intranet post's byline
"Posted by A. Name on" (its publication, as "Published" is; decision 0355), a page's byline
naming its author before "Published" ("Tom Ashdown Published 18 November 2025", "By A. Name,
published …": the name in capitals, see `_names_its_author`; blind241), or a line (or a cell
after "|", "\u00b7" or "\u2022": "Published: 3 May 2023 | Updated: 12 February 2025", "Version 3
\u00b7 Updated 27 March 2025") opening with "Updated" or "Reviewed" alone. A table row whose
first cell is that label alone ("Updated | 14 October 2025") names its field as a colon does.
Without a colon
("Updated 3 June 2024") the bare label stamps the page only when the date ends its line:
"Updated 3 June 2024 to add …" is an amendment statement."""
_LAST_AMENDED = re.compile(
    r"(?:last|date)\s+(?:(?:reviewed|updated|checked)\s+(?:and|&)\s+)?(?:amended|revised)\b"
)
"""A label that names the chapter's amendment, not the page's stamp: its date is the
amendment date (see `_PAGE_LABEL`), a review's too where it says the text was amended ("Last
reviewed and amended: 11 November 2025"); so is a bare "Amended:" ("Amended: 29 February 2024"), and
a document control's "Date amended" / "Date revised" field (the day the text changed; "Date
updated" and "Date reviewed" stay the page's stamp)."""
_LABEL_CHARACTERS = 40
_BYLINE_LABEL_CHARACTERS = 64
"""How far before a date its label is looked for: a wiki's byline names who edited the page
between its words and the date ("Last edited by the Policy and Quality Team on …")."""
_LINE_MARKUP = " \t#*_>|"
_DATE_LINE_MAX = 40


def last_updated(reading: ReadableOutline) -> Fact:
    """The date the page says it was last updated or reviewed; else a line that is only a date.

    Several labelled dates: the latest. Every stamp gives a day: a stray "May 2024" line is no
    update stamp, and a labelled month ("Updated: June 2022", "Last reviewed October 2022") is
    an amendment statement.
    """
    text, lower = reading.text, reading.lower
    labelled: list[tuple[tuple[int, int, int], str, Span]] = []
    bare_lines: list[tuple[tuple[int, int, int], str, Span]] = []
    previous: FoundDate | None = None
    for found in reading.dates:
        line_start = text.rfind("\n", 0, found.span.start) + 1
        label = _LAST_UPDATED_LABEL.search(
            lower, max(line_start, found.span.start - _BYLINE_LABEL_CHARACTERS), found.span.start
        ) or _label_on_the_line_above(text, lower, found.span, _LAST_UPDATED_LABEL)
        if label is not None and not _names_its_author(text, label):
            label = None
        if label is not None and _stamps_a_larger_whole(text[line_start : label.start()]):
            previous = found
            continue
        candidate = (found.date.sort_key, found.date.isoformat(), found.span)
        paired = _update_beside_publication(lower, line_start, previous, found)
        previous = found
        if label is None and paired:
            labelled.append((candidate[0], candidate[1], Span(line_start, found.span.end)))
            continue
        if label is not None and (
            _LAST_AMENDED.search(label.group()) or label.group("bare") == "amended"
        ):
            continue
        if (
            label is not None
            and _stamps_the_page(text, label, found)
            and not _changed_then(reading, found)
        ):
            if ("publi" in label.group() or "posted" in label.group()) and _amended_since(
                reading, found
            ):
                continue
            labelled.append((candidate[0], candidate[1], Span(label.start(), found.span.end)))
        elif (
            found.date.day is not None
            and _is_alone_on_its_line(text, found.span)
            and not closes_a_letter(text, lower, found.span)
            and not opens_a_letter(text, lower, found.span)
        ):
            bare_lines.append(candidate)
    candidates = labelled or bare_lines
    if not candidates:
        return _front_matter_stamp(reading)
    _, value, span = max(candidates, key=lambda candidate: candidate[0])
    return fact_or_none("last_updated", value, reading.evidence(span))


FRONT_MATTER_UPDATED = frozenset(
    {
        "lastmod",
        "last_modified_at",
        "last_modified",
        "modified",
        "date_modified",
        "datemodified",
        "updated",
        "updated_at",
        "updated_on",
        "last_updated",
    }
)
"""Front matter keys that stamp the page's last change, which the site shows as its "Last
updated" (Hugo's `lastmod`, Jekyll's `last_modified_at`, an Obsidian or CMS export's
`updated`)."""
FRONT_MATTER_PUBLISHED = frozenset({"date", "publishdate", "publish_date", "published", "pubdate"})
"""Front matter keys that date the page's publication (Hugo's and Jekyll's `date`): as a
"Published" stamp in the text, the page's date only when no amendment is stated after it. The
file's `created` date is never the page's update."""
FRONT_MATTER_CLIPPED_FROM = frozenset({"url", "source", "source_url", "original_url"})
"""Top-level keys by which a web clipper or a "save page as markdown" tool records the page's
full address (`url: https://…`, `source: https://…`). A site's own settings name a page by a
path (`url: /about/`, a `permalink`), so a front matter that holds the page's absolute address
is a copy someone made of the page, not the site's settings."""
FRONT_MATTER_CLIP_DAY = frozenset({"date"})
"""In such a copy's front matter, the bare `date:` is the day the copy was made, not the page's
publication or change (a clipper's `published:` is the page's own day and is still read;
decision 0424)."""
_ABSOLUTE_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
FRONT_MATTER_PAGE_MAPS = frozenset({"params", "extra", "meta", "metadata", "page"})
"""Maps of the page's own settings, whose keys are read as the top-level ones are (Hugo's
`params:` or `[params]`, Zola's `[extra]`, a CMS export's `meta:`). Other maps describe other
things (Hugo's `cascade` sets its child pages, a `review:` map the next review) and are not
read."""
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def _page_setting_key(key: str) -> str | None:
    """A front matter key as the tables above name it: a top-level key as it is, a key inside
    one of the page's own maps (`params.lastmod`) without its map, any other nested key None."""
    parent, dot, leaf = key.partition(".")
    if not dot:
        return key
    return leaf if parent in FRONT_MATTER_PAGE_MAPS else None


def _front_matter_days(
    block: str,
) -> tuple[list[tuple[PartialDate, int, int]], list[tuple[PartialDate, int, int]]]:
    """The ISO days a front matter `block`'s update keys and publication keys give, each with
    the day's offsets in the block."""
    updated: list[tuple[PartialDate, int, int]] = []
    published: list[tuple[PartialDate, int, int]] = []
    settings = front_matter_settings(block)
    clipped = any(
        setting.key in FRONT_MATTER_CLIPPED_FROM and _ABSOLUTE_ADDRESS.match(setting.value)
        for setting in settings
    )
    for setting in settings:
        key = _page_setting_key(setting.key)
        if key not in FRONT_MATTER_UPDATED and key not in FRONT_MATTER_PUBLISHED:
            continue
        if clipped and key in FRONT_MATTER_CLIP_DAY:
            continue
        found = _ISO_DAY.match(setting.value)
        if found is None or not (1 <= int(found[2]) <= 12 and 1 <= int(found[3]) <= 31):
            continue
        day = PartialDate(int(found[1]), int(found[2]), int(found[3]))
        stamp = (day, setting.start, setting.start + found.end())
        (updated if key in FRONT_MATTER_UPDATED else published).append(stamp)
    return updated, published


def front_matter_update_day(block: str) -> str | None:
    """The latest day (ISO) a front matter `block`'s update keys give (`lastmod`, `updated`, …,
    as `last_updated` reads them), else None: the page stamp a watched file's settings state,
    which a fetch whose text is unchanged notes without making a version (decision 0225)."""
    updated, _ = _front_matter_days(block)
    if not updated:
        return None
    return max(updated, key=lambda stamp: stamp[0].sort_key)[0].isoformat()


def _front_matter_stamp(reading: ReadableOutline) -> Fact:
    """`last_updated` from the source's front matter, when the text states no stamp: the latest
    day an update key gives, else the publication day unless an amendment is stated after it.
    The evidence quotes the setting's value in the front matter (origin `front_matter`)."""
    updated, published = _front_matter_days(reading.front_matter)
    if not updated and published:
        published = [
            stamp
            for stamp in published
            if not any(
                date.sort_key > stamp[0].sort_key for date, _ in amendment_statements(reading)
            )
        ]
    stamps = updated or published
    if not stamps:
        return fact_or_none("last_updated", None)
    day, start, end = max(stamps, key=lambda stamp: stamp[0].sort_key)
    return fact_or_none("last_updated", day.isoformat(), reading.front_matter_evidence(start, end))


_PUBLISHED_LINE = re.compile(r"[ \t#*_>]*(?:first[ \t]+)?published\b[ \t]*(?:on[ \t]+)?:?[ \t]*")
_UPDATE_AFTER_PUBLICATION = re.compile(
    r"(?:[ \t]*[,;\u00b7|\u2013\u2014]|[ \t]+-)[ \t]*(?:and[ \t]+)?(?:last[ \t]+)?"
    r"(?:updated|modified|edited)"
    r"(?:[ \t]+on)?[ \t]*:?[ \t]*"
)


def _update_beside_publication(
    lower: str, line_start: int, previous: FoundDate | None, found: FoundDate
) -> bool:
    """Whether `found` is the page's update date set beside its publication date on one stamp
    line ("Published 9 September 2023, updated 20 January 2025", or a dash between them:
    "Published 12 March 2020 — Updated 9 February 2026", blind344): the line opens with the
    publication's label and date, and only "updated" (or "last modified") stands between that
    date and this one. "Updated" is a label here though it neither opens the line nor follows a
    bar: the first date's label governs the line."""
    if previous is None or previous.span.start < line_start:
        return False
    opening = _PUBLISHED_LINE.match(lower, line_start, previous.span.start)
    return (
        opening is not None
        and opening.end() == previous.span.start
        and _UPDATE_AFTER_PUBLICATION.fullmatch(lower, previous.span.end, found.span.start)
        is not None
        and found.date.day is not None
    )


def _amended_since(reading: ReadableOutline, published: FoundDate) -> bool:
    """Whether the chapter states an amendment later than the date it was published ("Published
    14 May 2021 · Amended 28 Feb 2025"): the first publication is then not the page's latest
    update."""
    return any(date.sort_key > published.date.sort_key for date, _ in amendment_statements(reading))


def _label_on_the_line_above(
    text: str, lower: str, date: Span, label: re.Pattern[str]
) -> re.Match[str] | None:
    """A label written on the line above a date that stands alone on its line: a field whose
    value is on the next line, as a definition list or a form renders it ("Page reviewed" /
    "18 February 2025"). The label line must be short and hold nothing but the label."""
    if not _is_alone_on_its_line(text, date):
        return None
    line_start = text.rfind("\n", 0, date.start) + 1
    if line_start < 2:
        return None
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = lower[above_start : line_start - 1]
    if not above.strip() or len(above) > _LABEL_CHARACTERS:
        return None
    found = label.search(lower, above_start, line_start - 1)
    if found is None or lower[above_start : found.start()].strip(_LINE_MARKUP + "-"):
        return None
    return found


BYLINE_LINES = 4
"""A page's byline stands among its first few written lines, under the title."""


def _names_its_author(text: str, label: re.Match[str]) -> bool:
    """Whether a byline label's words before "published" are a person's name, each word
    capitalised in the text ("Tom Ashdown Published"), not a sentence ("The guidance was
    published"), on one of the page's first lines (counted from its top-level title where it has
    one), where a byline stands (a headline-like line
    further down, "Ofsted Report Published 3 May 2024", is the chapter's); true of every other
    label."""
    if label.groupdict().get("author") is None:
        return True
    name = text[label.start("author") : label.end("author")]
    above = [line for line in text[: label.start()].split("\n") if line.strip()]
    titles = [index for index, line in enumerate(above) if _PAGE_TITLE_LINE.match(line)]
    if titles:  # a site's bars printed above the page's title are no lines of the page's own
        above = above[titles[0] :]
    return len(above) < BYLINE_LINES and all(word[0].isupper() for word in name.split())


_PAGE_TITLE_LINE = re.compile(r"#[ \t]+\S")
"""The page's title as a top-level heading: a byline stands among the first lines under it,
however many lines of a site's bars (a suite bar, the site's name, its menu, "Follow" and
"Share") a browser's print kept above it (blind284's 28405, decision 0418)."""


def _changed_then(reading: ReadableOutline, found: FoundDate) -> bool:
    """Whether the sentence holding a stamp's date goes on to say what changed then
    (`says_when_it_changed`): the date is the amendment's, not the page's stamp."""
    sentence = reading.sentence_at(found.span.start)
    return sentence is not None and says_when_it_changed(
        reading.lower, found.span.end, sentence.end
    )


WHOLE_SITE_NOUNS = frozenset(
    {"manual", "handbook", "site", "website", "intranet", "hub", "library", "portal"}
)
"""Nouns naming the whole a page belongs to. A stamp labelled by one ("Manual last updated:
<day>" in a procedures host's top bar, "Website last reviewed <day>") dates every page of the
manual or site, not this chapter's page (SPEC: `last_updated` is the page's own; decision
0525), so it is no `last_updated`, as a site footer's stamp is none (0094)."""
_LINKING_VERBS = frozenset({"was", "were", "is", "has", "been", "content", "contents"})
_STAMP_PREFIX_WORDS = 6


def _stamps_a_larger_whole(before_label: str) -> bool:
    """Whether the words on a stamp's line before its label ("Wraxholme Procedures Manual",
    "This website was") end in a noun naming the manual or site: a few words, no sentence."""
    words = re.findall(r"[a-z]+", before_label.lower())
    if not words or len(words) > _STAMP_PREFIX_WORDS or re.search(r"[.!?]\s", before_label):
        return False
    while words and words[-1] in _LINKING_VERBS:
        words.pop()
    return bool(words) and words[-1] in WHOLE_SITE_NOUNS


def _stamps_the_page(text: str, label: re.Match[str], found: FoundDate) -> bool:
    """Whether a labelled date is the page's stamp: a full date (SPEC: `last_updated` is an ISO
    date; "Last reviewed October 2022" dates an amendment, see `_PAGE_LABEL`) after "Last
    updated" or "Updated:", or after a bare "Updated" where it ends its line."""
    if found.date.day is None:
        return False
    if not label.group("bare"):
        return True
    return bool(label.group("colon")) or _ends_its_line(text, found.span, cell=True)


_CELL_SEPARATORS = "|\u00b7\u2022"
"""Marks setting a stamp row's cells apart ("Updated 2 April 2025 | Version 9")."""


def _ends_its_line(text: str, span: Span, cell: bool = False) -> bool:
    """Whether nothing but markup follows `span` on its line; with `cell`, also where a bar or
    dot setting the next cell of a stamp row apart follows it ("Updated 2 April 2025 | Version
    9"): the date ends its cell, as a stamp's date does."""
    line_end = text.find("\n", span.end)
    after = text[span.end : len(text) if line_end == -1 else line_end]
    if cell and after.lstrip(" \t")[:1] in tuple(_CELL_SEPARATORS):
        return True
    return not after.strip(_LINE_MARKUP + ".")


def _is_alone_on_its_line(text: str, span: Span) -> bool:
    """A date with nothing else on its line but markup, or a link to the page's history after it
    ("18 November 2024 - See all updates")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end == -1 else line_end
    before, after = text[line_start : span.start], text[span.end : line_end]
    after = _HISTORY_LINK.sub("", after)
    return (
        len(before) + (span.end - span.start) + len(after) <= _DATE_LINE_MAX
        and not before.strip(_LINE_MARKUP)
        and not after.strip(_LINE_MARKUP)
    )


_HISTORY_LINK = re.compile(
    r"[ \t]*[\-\u2013\u2014(|]?[ \t]*see[ \t]+(?:all[ \t]+)?(?:updates|changes|versions|history|"
    r"page[ \t]+history)\)?[ \t]*$",
    re.IGNORECASE,
)
"""A link to the page's history that a stamp's date carries after it, as publishing platforms
print it ("Last updated 18 November 2024 - See all updates")."""


_YEAR_SERIAL = r"(?:19|20)\d\d/\d{1,2}(?![\d/])"
"""A version numbered by its year and its place in that year ("2025/1")."""
_VERSION_LABEL = re.compile(
    r"(?<![a-z])(?:version|issue)(?:[ \t]+(?:number|no\.?))?(?:\t[ \t]*|[ ]{3,})"
    r"(?P<gapped>v?\d+(?:\.\d+)*[a-z]?)(?=[ \t]*(?:\n|$))"
    r"|v\d+(?:\.\d+)*(?![a-z0-9])"
    r"|(?<![a-z0-9])v[ \t](?=\d)\d+(?:\.\d+)+(?![a-z0-9])"
    r"|(?:(?:version|issue)(?:[ \t]+(?:number|no\.?))?|ver\.|(?<![a-z])(?:revision|edition))[ \t]*"
    rf"(?:{_YEAR_SERIAL}|\d+(?:\.\d+)*(?![a-z0-9]))"
    r"|(?<![a-z])rev(?:\.[ \t]*|[ \t]+)(?:[a-z]|\d+(?:\.\d+)*)(?![a-z0-9'\u2019])"
    r"|(?:version|issue)(?:[ \t]+(?:number|no\.?))?[*_ \t]*(?::[*_ \t]*\|?|\|)[*_ \t]*"
    rf"(?P<field>{_YEAR_SERIAL}|v?\d+(?:\.\d+)*[a-z]?\b)"
    r"|(?<![a-z])(?:version|issue)(?:[ \t]+(?:number|no\.?))?[ \t]*:?[ \t]*\n[ \t]*"
    r"(?P<below>v?\d+(?:\.\d+)*[a-z]?)(?=[ \t]*(?:\n|$))"
    r"|(?<![a-z])(?:this|it)[ \t]+(?:(?:chapter|document|policy|procedure|page)[ \t]+)?is[ \t]+"
    r"(?:now[ \t]+)?version[ \t]+(?P<stated>v?\d+(?:\.\d+)*[a-z]?)\b"
    r"|(?<![a-z])(?:issued|published|released|reissued|republished|approved|agreed|adopted)"
    r"[ \t]+(?:this|the)[ \t]+(?:chapter|document|policy|procedure|text|page)[ \t]+as[ \t]+"
    r"version[ \t]+(?P<issued>v?\d+(?:\.\d+)*[a-z]?)\b"
    r"|(?<![a-z])document[ \t]+(?:version|issue)(?:[ \t]*[\u2013\u2014-][ \t]*|[ \t]+)"
    r"(?P<document>v?\d+(?:\.\d+)*[a-z]?)"
    r"(?=[ \t]*(?:\n|$))"
)
"""A version label: a field whose value is set apart from "Version" by a tab or a wide gap and
closes the line ("Version            3.4", as a document-control block written as text lines its
values up: the number, as "Version: 3.4" gives it), "v27", "Version 3.1", "Issue 4" (as some
councils number their documents),
"Ver. 9" (printed as it stands), "Version no. 8" and "Issue no. 5" (the number's abbreviation
kept, as printed), "Edition 3", a dotted number after "v" and a space ("v 4.1"), "Rev. C",
"Rev 3" or "Revision 4" (a revision lettered or numbered), a
year's serial ("Version 2025/1"), or a field: "Version: 3", a table's row ("| Version | 4.1 |",
"Document version: | 2.3", "| **Version** | 7.2 |"), a definition list's "Version" with its
value on the line below, or a sentence saying which version the text is ("This is version 4.2
of the chapter", "It is now Version 2.4.": the number, as a field gives it; or that it was issued as
that version: "Ketterdale issued this chapter as Version 6", blind385), or a line naming
the document's version without a colon ("Document version 7.2", "Document version \u2014 6": the
number, as "Document version: 7.2" gives it)."""
_VERSION_LINE_MARKUP = " \t#*_-+>\u2022"
_WRITTEN_DATE = (
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?[a-z]{3,9}\.?[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|\d{1,2}/\d{4}|(?<=\()[a-z]{3,9}\.?[ \t]+\d{2}(?=\))"
    r"|[a-z]{3,9}\.?[ \t]+['\u2019]\d{2}(?![\d'\u2019]))"
)
"""A date as a version's line writes it: "3 March 2025", "03/03/2025", "03/2025", a month
and two-digit year alone in brackets ("v3.2 (Jan 25)", read by `find_dates` as 2025-01), or
with an apostrophe ("Issue 3, amended March '25.", read as 2025-03)."""
_DATE_AT = re.compile(_WRITTEN_DATE)
"""A date where a version field's value would stand: the field is the version's date."""
_VERSION_LINE_TAIL = re.compile(
    r"(?:[ \t]*[(\[](?:final|draft|approved|agreed|current|published|live)[)\]])?"
    r"[ \t#*_]*(?:(?:[(,|\-\u2013\u2014\u00b7\u2022][ \t]*|(?<=[ \t])(?=last[ \t]))"
    r"(?:(?:(?:last[ \t]+)?(?:reviewed|updated|revised|amended|published|issued|agreed|approved)"
    + r"|"
    + _REISSUED
    + r")"
    + _BY_A_BODY
    + r"(?:[ \t]+(?:in|on))?:?[ \t]+)?"
    rf"{_WRITTEN_DATE})?"
    r"(?:[ \t]*[,;\-\u2013\u2014|][ \t]*(?:next[ \t]+review|review[ \t]+(?:date|due))[ \t:]*"
    rf"(?:(?:in|on|by)[ \t]+)?{_WRITTEN_DATE})?"
    r"\)?[ \t#*_.]*"
)
"""What may follow a version label at its sentence's end: its status ("Version 3 (final)"), the
version's date ("Version 2.3 (June 2024)", "v4 - 3 March 2025", "Version 4.1, reviewed in
December 2024.", "Version 3.2 \u00b7 Amended 11/2024", "Version 4.1 | Amended: September 2024"),
and when it will next be reviewed
("Version 3.0 - issued November 2024 - next review November 2026"). A "Last updated" stamp may
follow after a space alone, as a page sets two stamps side by side ("Version 7 Last updated:
18 February 2025")."""


_MAY_HOLD_VERSION_LABEL = re.compile(
    r"version|issue|edition|ver\.|v[ \t]?\d|rev(?:\.|[ \t]+[a-z0-9](?![a-z])|ision[ \t]*\d)"
)
"""Words every `_VERSION_LABEL` match holds. Most chapters hold none, and this search is about a
tenth of the cost of the label pattern, whose look-behinds the regex engine tries at every
character."""
_VERSION_ENTRY_LINE = re.compile(
    r"[ \t]*[,|\-\u2013\u2014(][ \t]*"
    r"(?:(?:reviewed|updated|revised|amended|issued|approved)(?:[ \t]+(?:in|on))?[ \t]+)?"
    rf"{_WRITTEN_DATE}\)?[ \t]*[:|\-\u2013\u2014][ \t]*\S"
)
"""A version history's line: the version, its date (perhaps after the word saying what was done
then: "amended", "updated"), and what changed ("Version 2.0 - November 2024 - leaving care
support extended", "Version 3.1 \u2013 amended May 2025: the section on permanence rewritten")."""


def version_label_matches_plain(lower: str) -> list[re.Match[str]]:
    """Every `_VERSION_LABEL` match in `lower`, in order: the plain version of
    `version_label_matches`, which must find the same."""
    if _MAY_HOLD_VERSION_LABEL.search(lower) is None:
        return []
    return list(_VERSION_LABEL.finditer(lower))


def version_label_matches(lower: str) -> list[re.Match[str]]:
    """Every `_VERSION_LABEL` match in `lower`, searched only on the lines where one can stand.

    Each alternative of the label pattern starts on a line holding one of the words
    `_MAY_HOLD_VERSION_LABEL` looks for and ends on that line or the next (only a definition
    list's value sits on the line below), so the pattern runs over those lines alone, each
    window ending after the next line's newline (what the pattern's look-aheads there see is
    unchanged). Its look-behinds make the regex engine try every character it is given: a
    chapter that says "issue" once paid for all its text, a tenth of such a seed's analysis.
    """
    windows: list[list[int]] = []
    for word in _MAY_HOLD_VERSION_LABEL.finditer(lower):
        start = lower.rfind("\n", 0, word.start()) + 1
        end = _after_line(lower, _after_line(lower, word.end()))
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return [match for start, end in windows for match in _VERSION_LABEL.finditer(lower, start, end)]


def _after_line(text: str, position: int) -> int:
    """Just after the newline ending the line that holds `position` (the text's end if none)."""
    end = text.find("\n", position)
    return len(text) if end == -1 else end + 1


_BYLINE_SEPARATOR = re.compile(r"[ \t][\-\u2013\u2014|\u00b7\u2022][ \t]*$")
"""The separator before a byline's last part: "Council - Procedures - Version 5"."""
MAX_BYLINE = 150
"""A longer line is prose, whatever separators it holds."""


def _ends_a_byline(lower: str, line_start: int, label_start: int, line_end: int) -> bool:
    """The label is the last part of a short line of parts set apart by dashes, bars or dots
    ("Brindlemoor Council - Social Care Procedures - Version 5", "Policy manual | Version 2"),
    as a title's byline gives the version beside the council's and the manual's names: no
    sentence comes before it on the line."""
    before = lower[line_start:label_start]
    return (
        line_end - line_start <= MAX_BYLINE
        and _BYLINE_SEPARATOR.search(before) is not None
        and ". " not in before
    )


def version_label(reading: ReadableOutline) -> Fact:
    """A version label as printed: a line or sentence opening a line that is only "v27" /
    "Version 3.1" (and perhaps its date), or "Version: 3". Where the only labels are a version
    history's lines, the latest-dated line's version is the current one.
    """
    lower = reading.lower
    chosen: Span | None = None
    entries: list[tuple[tuple[int, int, int], Span]] = []
    for match in version_label_matches(lower):
        if match.group("field") is not None:
            if _DATE_AT.match(lower, match.start("field")) is not None:
                continue  # a dated field ("Date of this version | 9 June 2025"), no label
            label = Span(match.start("field"), match.end("field"))
        elif match.group("stated") is not None:
            label = Span(match.start("stated"), match.end("stated"))
        elif match.group("issued") is not None:
            label = Span(match.start("issued"), match.end("issued"))
        elif match.group("gapped") is not None:
            line_start = lower.rfind("\n", 0, match.start()) + 1
            if lower[line_start : match.start()].strip(_VERSION_LINE_MARKUP):
                continue
            label = Span(match.start("gapped"), match.end("gapped"))
        elif match.group("document") is not None:
            line_start = lower.rfind("\n", 0, match.start()) + 1
            if lower[line_start : match.start()].strip(_VERSION_LINE_MARKUP):
                continue
            label = Span(match.start("document"), match.end("document"))
        elif match.group("below") is not None:
            line_start = lower.rfind("\n", 0, match.start()) + 1
            if lower[line_start : match.start()].strip(_VERSION_LINE_MARKUP + "-|"):
                continue
            label = Span(match.start("below"), match.end("below"))
        else:
            line_start = lower.rfind("\n", 0, match.start()) + 1
            line_end = lower.find("\n", match.end())
            line_end = len(lower) if line_end == -1 else line_end
            if (
                _ends_a_byline(lower, line_start, match.start(), line_end)
                and (row_date := _dated_before_version(reading, line_start, match)) is not None
            ):
                # A history row opening with its date ("| 14 April 2026 | v6 | …") is one entry
                # of many, newest first or last: the latest date chooses among them.
                entries.append((row_date.sort_key, Span(match.start(), match.end())))
                continue
            if (
                _opens_a_sentence(lower, line_start, match.start())
                and _OF_THIS_TEXT_AFTER.match(lower, match.end(), line_end) is not None
                and (number := _LABEL_NUMBER.search(lower, match.start(), match.end())) is not None
            ):
                chosen = Span(number.start(), number.end())
                continue
            opens_line = _PARAGRAPH_NUMBER.fullmatch(
                lower, line_start, match.start()
            ) is not None or _ends_a_byline(lower, line_start, match.start(), line_end)
            tail = _VERSION_LINE_TAIL.match(lower, match.end(), line_end)
            ends_sentence = (
                tail is not None
                and tail.end() < line_end
                and lower[tail.start() : tail.end()].rstrip().endswith(".")
            )
            stands_apart = (
                (opens_line and _emphasised_alone(reading, match))
                or _bracketed_after_a_date(reading, line_start, line_end, match)
                or (
                    opens_line
                    and _ROW_PART_END.match(lower, match.end(), line_end) is not None
                    and _VERSION_ENTRY_LINE.match(lower, match.end(), line_end) is None
                )
                or (
                    opens_line and _OWNER_PART_AFTER.match(lower, match.end(), line_end) is not None
                )
            )
            last_sentence = (
                not opens_line
                and tail is not None
                and tail.end() == line_end
                and (
                    _opens_the_lines_last_sentence(lower, line_start, match.start())
                    or _closes_a_dated_note(reading, line_start, match.start())
                    or _closes_a_name_line(reading, line_start, match.start())
                    or _closes_a_line_about_the_text(lower, line_start, match.start())
                )
            )
            if stands_apart and opens_line and "|" in lower[match.end() : line_end]:
                row_dates = find_dates(reading.text, match.end(), line_end)
                if row_dates:
                    # A history table's row opening with its version ("| v7 | … | November
                    # 2025 |") is one entry of many, newest first or last, as a row opening
                    # with its date is: the latest date chooses among them.
                    entries.append((row_dates[0].date.sort_key, Span(match.start(), match.end())))
                    continue
            if (
                not stands_apart
                and not last_sentence
                and not (
                    opens_line and tail is not None and (tail.end() == line_end or ends_sentence)
                )
            ):
                if opens_line and _VERSION_ENTRY_LINE.match(lower, match.end(), line_end):
                    dates = find_dates(reading.text, match.end(), line_end)
                    if dates:
                        entries.append((dates[0].date.sort_key, Span(match.start(), match.end())))
                elif (dated := _dated_before_version(reading, line_start, match)) is not None:
                    entries.append((dated.sort_key, Span(match.start(), match.end())))
                continue
            label = Span(match.start(), match.end())
        chosen = label
    if chosen is None and entries:
        chosen = max(entries, key=lambda entry: entry[0])[1]
    if chosen is None and ("|" in reading.text or _WIDE_GAP.search(reading.text)):
        chosen = _version_in_a_history_table(reading) or _version_in_a_field_row(reading)
    if chosen is None:
        return fact_or_none("version_label", None)
    return fact_or_none("version_label", reading.quote(chosen), reading.evidence(chosen))


_PARAGRAPH_NUMBER = re.compile(
    r"[ \t#*_\-+>\u2022]*(?:\d{1,3}(?:\.\d{1,3})+\.?[ \t]+|\d{1,3}\.[ \t]+)?"
)
"""What may stand before a label that opens its line: list or heading markup, or the number a
numbered paragraph carries ("10.1 Version 2.3, approved … in October 2024.", as a document's
closing history is numbered on with its sections; "4. Version 3")."""


_OF_THIS_TEXT_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:this|the)[ \t]+(?:chapter|document|policy|procedure|guidance)[ \t]+"
    r"(?:(?:was|has[ \t]+been)[ \t]+(?:agreed|approved|adopted|endorsed|signed[ \t]+off|issued"
    r"|published)|replaces|supersedes|(?:came|took)[ \t]+(?:into[ \t]+(?:use|effect|force)|effect)"
    r"|is[ \t]+(?:the[ \t]+)?(?:current|latest|present))\b"
)
"""A version's number opening a sentence that says it is this chapter's and that it was issued,
replaces another or is current ("Version 5 of this chapter was approved by the Director in August
2025 and replaces version 4", blind380): the sentence says which version the text is, as "This
is version 4.2 of the chapter" does, so the label is the number, as that sentence gives it
(decision 0052). The version it replaces, named inside the sentence, opens none, and a version
said only to have been withdrawn is no label."""
_LABEL_NUMBER = re.compile(r"\d+(?:[./]\d+)*")
_SENTENCE_END_BEFORE = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019)]?)[ \t#*_>\-+\u2022]*$", re.MULTILINE
)


def _opens_a_sentence(lower: str, line_start: int, start: int) -> bool:
    """Whether `start` opens its line (after list or heading markup) or the sentence after a full
    stop on it."""
    return _SENTENCE_END_BEFORE.search(lower, line_start, start) is not None


_ROW_PART_END = re.compile(r"[ \t]+[|\u00b7\u2022][ \t]+\S")
"""A bar or dot after a label that opens its line or a part of a row: the label is one field of
a page's record row ("Updated: 22 July 2025 | Version 3.2 | Print this chapter"), set apart
from the parts beside it as a line of its own would be. A row whose next part is the version's
date and change ("Rev. C | Jan 2025 | Contacts corrected") is a history's entry instead, which
the latest date chooses among."""


_OWNER_WORDS = (
    r"(?:(?:document|policy|chapter|page)[ \t]+)?"
    r"(?:owner|owned[ \t]+by|author|lead[ \t]+officer|responsible[ \t]+officer|approver"
    r"|(?:approved|agreed|signed[ \t]+off|authori[sz]ed)[ \t]+by)\b"
)
_OWNER_PART_AFTER = re.compile(
    r"(?:[ \t]+(?:--|[\-\u2013\u2014])|,)[ \t]+"
    + _OWNER_WORDS
    + r"|[ \t]*\([ \t]*"
    + _OWNER_WORDS
    + r"[^()\n]*\)[ \t.]*$"
)
"""A spaced dash after a label that opens its line, then who owns or approved the document
("Version 6 \u2014 owned by the Principal Social Worker", "v2.1 - Owner: Head of Service",
"Version 5.2 -- approved by the Director of Children's Services", "Version 4.0 \u2013 signed off
by the Director"): the label's line is a document-control line whose parts a dash sets apart, as
a bar does in a record row. The dash may be two hyphens, as pandoc writes an en dash (decisions
0326, 0328), or a comma ("Version 2.0, approved by the Lead Member for Children", blind362): the
label still opens the line, and who approved it is no sentence of prose. The same part may stand
in brackets closing the line ("Version 1.4 (approved by the Corporate Parenting Board)", "v2
(owner: Head of Service)"): a bracket sets it apart as the dash does, and closing the line it
cannot be the start of a sentence that goes on (decision 0539)."""


_DOCUMENT_CONTROL_FIELD = re.compile(
    r"[ \t*_]*(?:document[ \t]+|policy[ \t]+|chapter[ \t]+)?(?:owner|author|lead[ \t]+officer"
    r"|approved[ \t]+by|responsible[ \t]+officer)[ \t*_]*:"
)
"""A document-control field opening a line ("Document owner: Head of Service.", "Approved by:
…"): a version label may close such a line after it ("… Version 1.4, issued 21 July 2025.")."""


def _opens_the_lines_last_sentence(lower: str, line_start: int, label_start: int) -> bool:
    """The label opens the last sentence of a line of document-control fields: "Document owner:
    Head of Children's Social Care. Version 1.4, issued 21 July 2025." A version named inside
    prose ("… since 2019. Version 2 of the model …") runs on past its date, so its tail does
    not reach the line's end."""
    before = lower[line_start:label_start].rstrip(" \t")
    return before.endswith(".") and _DOCUMENT_CONTROL_FIELD.match(lower, line_start) is not None


def _closes_a_line_about_the_text(lower: str, line_start: int, label_start: int) -> bool:
    """The label is a sentence of its own closing a paragraph whose sentence before it names the
    text ("This guidance tells staff how the service works. Version 2.4."): the edition of the
    text just named, as a field would give it (decision 0259). The caller has checked that
    nothing but the label's date or status follows it; a version of something else ("We adopted
    the model in 2019. Version 2 …") names no text of ours."""
    before = lower[line_start:label_start].rstrip(" \t")
    if not before.endswith("."):
        return False
    previous_end = before.rfind(". ", 0, len(before) - 1)
    sentence_start = 0 if previous_end < 0 else previous_end + 2
    return _NAMES_THE_TEXT.search(before, sentence_start) is not None


_NAME_WORD = re.compile(r"(?:[A-Z][\w'\u2019&-]*|of|and|the|for|&)")
"""A word of a proper name as printed: capitalised, or a joining word ("Council of the Isles")."""
MAX_NAME_WORDS = 8
"""A longer run of capitalised words is a heading or prose, not a council's or service's name."""


def _closes_a_name_line(reading: ReadableOutline, line_start: int, label_start: int) -> bool:
    """The label is the second and last sentence of a line whose first sentence is only a name
    ("Aldwick Borough Council. Version 3.1"), as a byline under a title gives the council and
    the edition. The caller has checked that nothing but the label's date or status follows it;
    a sentence with a verb ("Families told us … . Version 3") is prose, not a name."""
    before = reading.text[line_start:label_start].rstrip(" \t")
    if not before.endswith("."):
        return False
    words = before[:-1].strip(_VERSION_LINE_MARKUP).split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and words[0][:1].isupper()
        and all(_NAME_WORD.fullmatch(word) for word in words)
    )


_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+(?=\S)")


def _closes_a_dated_note(reading: ReadableOutline, line_start: int, label_start: int) -> bool:
    """The label is a sentence of its own closing a line whose sentence before it is dated
    ("This chapter was revised in January 2025. Version 5."): a note saying when the chapter
    changed, then the edition that made. The caller has checked that nothing but the label's
    date or status follows it to the line's end; a version named in prose runs on past it."""
    lower = reading.lower
    before = lower[line_start:label_start].rstrip(" \t")
    if not before.endswith("."):
        return False
    breaks = list(_SENTENCE_BREAK.finditer(lower, line_start, label_start))
    sentence_start = breaks[-2].end() if len(breaks) > 1 else line_start
    return bool(find_dates(reading.text, sentence_start, label_start))


_EMPHASIS_OPENING = re.compile(r"[ \t>#\-+\u2022]*(?P<mark>\*\*|__|\*|_)$")
_DASH_OR_END = re.compile(r"[ \t]*(?:[:|\-\u2013\u2014\u00b7]|$)", re.MULTILINE)


_SEPARATOR_BEFORE_VERSION = re.compile(r"[ \t]*[|:\-\u2013\u2014][ \t]*|\t[ \t]*|[ ]{2,}")
_CHANGE_AFTER_VERSION = re.compile(r"(?:[ \t]*[:|\-\u2013\u2014][ \t]*|\t[ \t]*|[ ]{2,})\S")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")


def _dated_before_version(
    reading: ReadableOutline, line_start: int, match: re.Match[str]
) -> PartialDate | None:
    """The date of a version history's line that opens with its date, then gives the version
    and what changed, set apart by bars, dashes or wide gaps ("2024-09-18    Version 1.2
    Leaving care section amended", "March 2025 | v6 | …"): the date the line's version was
    issued. A year alone ("2022    Version 1.0    First published") dates it to the year."""
    text, lower = reading.text, reading.lower
    line_end = _after_line(lower, match.end())
    if not _CHANGE_AFTER_VERSION.match(lower, match.end(), line_end):
        return None
    opening = line_start
    while opening < match.start() and text[opening] in _VERSION_LINE_MARKUP + "|":
        opening += 1
    dates = find_dates(text, opening, match.start())
    if dates and dates[0].span.start == opening:
        date_end, date = dates[0].span.end, dates[0].date
    elif (year := _YEAR_ALONE.match(text, opening, match.start())) is not None:
        date_end, date = year.end(), PartialDate(int(year.group()))
    else:
        return None
    separator = _SEPARATOR_BEFORE_VERSION.fullmatch(text, date_end, match.start())
    return date if separator is not None else None


def _emphasised_alone(reading: ReadableOutline, match: re.Match[str]) -> bool:
    """Whether a label opening its line is set in bold or italics of its own, then a dash or
    the line's end ("**Issue 2** \u2014 the changes in this issue were made on …"): the emphasis
    sets it apart from the sentence after it, as a stamp is. The plain text has lost the bold
    markers, so the original text is read."""
    original = reading.plain.to_original(match.start(), match.end())
    text = reading.outline.text
    line_start = text.rfind("\n", 0, original.start) + 1
    opening = _EMPHASIS_OPENING.search(text, line_start, original.start)
    if opening is None:
        return False
    mark = opening.group("mark")
    if not text.startswith(mark, original.end):
        return False
    return _DASH_OR_END.match(text, original.end + len(mark)) is not None


_BRACKETED_LABEL_END = re.compile(r"[ \t]*\)[ \t*_.]*$", re.MULTILINE)
_STAMP_LINE_MAX = 60
"""How long the dated stamp before a bracketed label may be ("Revised 11th Feb 2025")."""


def _bracketed_after_a_date(
    reading: ReadableOutline, line_start: int, line_end: int, match: re.Match[str]
) -> bool:
    """Whether a label stands alone in brackets that close a short dated line or sentence
    ("Revised 11th Feb 2025 (Version 2.4)", "… for everyone. It was updated in February 2025
    (Version 4)."), or stand alone in brackets right after the date of such a short dated clause
    however the sentence goes on ("This chapter was amended on 20 February 2026 (version 4.2) to
    add …"): the version the dated stamp issued, the brackets glossing the date as a stamp's
    row would. A label in brackets after a document's name ("our Local Offer (version 2,
    2024)") has no date before it and more inside."""
    lower = reading.lower
    if match.start() == 0 or lower[match.start() - 1] != "(":
        return False
    closes_the_line = _BRACKETED_LABEL_END.match(lower, match.end(), line_end) is not None
    if not closes_the_line and _BRACKET_CLOSED.match(lower, match.end(), line_end) is None:
        return False
    breaks = list(_SENTENCE_BREAK.finditer(lower, line_start, match.start()))
    sentence_start = breaks[-1].end() if breaks else line_start
    before = match.start() - 1 - sentence_start
    if before > _STAMP_LINE_MAX:
        return False
    dates = find_dates(reading.text, sentence_start, match.start())
    if closes_the_line:
        return bool(dates)
    return any(not lower[found.span.end : match.start() - 1].strip(" \t") for found in dates)


_BRACKET_CLOSED = re.compile(r"[ \t]*\)")
"""The bracket closing right after a label, the label alone inside it."""


_VERSION_COLUMN = re.compile(
    r"(?:document\s+)?version(?:\s+(?:no\.?|number))?|ver\.?|v|rev(?:ision|\.)?|issue|release"
    r"|edition"
)
"""The header of a version history table's version column ("Version", "Version no."), or the
field naming the version in a control table's row; "Release" numbers a version as software
does ("Release | 3.1"), and "Edition" numbers an edition ("Edition | 4.3", decision 0597)."""
_VERSION_CELL = re.compile(
    rf"v?\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?|{_YEAR_SERIAL}|rev(?:\.[ \t]*|[ \t]+)(?:[a-z]|\d{{1,3}})"
)
_REVISION_COLUMN = re.compile(r"rev(?:ision|\.)?")
_REVISION_LETTER = re.compile(r"[a-z]")
"""A revision lettered alone in a "Revision" column ("| C | 2025-03 | …"), as "Rev. C" letters
it."""
_TABLE_CELL_MARKUP = " \t*_`"


def _version_in_a_history_table(reading: ReadableOutline) -> Span | None:
    """The current version in a version history table (a "Version" column beside dates): the
    version of its latest dated row, or where no row is dated, the highest version. A history
    table lists every version, so no one line of it is a label the page prints alone."""
    best: tuple[tuple[int, ...], Span] | None = None
    for rows in _reading_text_tables(reading):
        header = [reading.text[cell.start : cell.end].lower() for cell in rows[0]]
        column = next((i for i, cell in enumerate(header) if _VERSION_COLUMN.fullmatch(cell)), None)
        if column is None:
            continue
        lettered = _REVISION_COLUMN.fullmatch(header[column]) is not None
        for row in rows[1:]:
            if column >= len(row):
                continue
            cell = row[column]
            letter = lettered and _REVISION_LETTER.fullmatch(reading.lower, cell.start, cell.end)
            if not letter and not _VERSION_CELL.fullmatch(reading.lower, cell.start, cell.end):
                continue
            dates = find_dates(reading.text, row[0].start, row[-1].end)
            dated = max((found.date.sort_key for found in dates), default=(0, 0, 0))
            numbers = (
                (ord(reading.lower[cell.start]) - ord("a") + 1,)
                if letter
                else tuple(int(part) for part in re.findall(r"\d+", reading.quote(cell)))
            )
            rank = (*dated, *numbers)
            if best is None or rank > best[0]:
                best = (rank, cell)
    return best[1] if best is not None else None


def _version_in_a_field_row(reading: ReadableOutline) -> Span | None:
    """The version in a document control table, a row that names the field in its first cell
    and gives the value beside it ("Version | 4.2"), as a cover page's box sets them out."""
    for rows in _reading_text_tables(reading):
        for row in rows:
            if len(row) != 2:
                continue
            field, value = row
            if _VERSION_COLUMN.fullmatch(reading.lower, field.start, field.end) and (
                _VERSION_CELL.fullmatch(reading.lower, value.start, value.end)
            ):
                return value
    return None


def _reading_text_tables(reading: ReadableOutline) -> list[list[list[Span]]]:
    """`_text_tables` of the reading's plain text, found once an analysis: the version and the
    date extractors each look through the same tables, and finding them reads every line of the
    text. The tables are shared, so callers only read them."""
    if "text_tables" not in reading.memo:
        reading.memo["text_tables"] = _text_tables(reading.text)
    found: list[list[list[Span]]] = reading.memo["text_tables"]
    return found


def _text_tables(text: str, wrapped_cells: bool = False) -> list[list[list[Span]]]:
    """Tables written as text (runs of lines holding "|", or cells set apart by wide gaps, as a
    table copied from a web page keeps its tabs), as rows of trimmed cell spans; a markdown
    table's "|---|" line is left out. With `wrapped_cells`, a line of a gap table that only
    carries on some of the row above's cells (`_carries_on_cells`) is passed over, neither a
    row nor the table's end."""
    tables: list[list[list[Span]]] = []
    rows: list[list[Span]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if "|" in line:
            if not _TABLE_SEPARATOR_LINE.fullmatch(line):
                rows.append(_cells(text, start, end))
        elif wrapped_cells and rows and _carries_on_cells(text, rows[-1], start, end):
            pass
        elif _WIDE_GAP.search(line.strip()) and not _is_gap_list_item(line):
            rows.append(_gap_cells(text, start, end))
        else:
            if rows:
                tables.append(rows)
            rows = []
        start = end + 1
    if rows:
        tables.append(rows)
    return [table for table in tables if len(table) > 1]


def _carries_on_cells(text: str, row: list[Span], start: int, end: int) -> bool:
    """Whether the line from `start` to `end` carries on cells of the gap-table `row` above it:
    its words start only at columns where the row's cells start, and not at all of them (a
    pdftotext layout copy wraps a long cell onto the next line under its own column,
    "Children and Young Persons   2008   Care planning, placement and" over "Act   review",
    decision 0491). A full row starts a cell at every column, so it is a row of its own; a line
    of words at the first column alone is the prose or heading after the table."""
    if not row or text.find("\n", row[0].start, row[-1].end) != -1:
        return False
    row_line = text.rfind("\n", 0, row[0].start) + 1
    columns = {cell.start - row_line for cell in row}
    if len(columns) < 2 or not text[start:end].strip():
        return False
    here = {cell.start - start for cell in _gap_cells(text, start, end)}
    return here < columns and (len(here) > 1 or min(columns) not in here)


_GAP_LIST_ITEM = re.compile(
    r"[ \t]*(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-z][.)]"
    r"|\(?[ivx]{1,5}[.)]|[\u2022\u25cf\u25e6\u25aa\u00b7\uf0a7\uf0b7*o\u2013-])(?:\t|[ ]{3})",
    re.IGNORECASE,
)
"""A list item whose number or bullet a tab sets apart from its words, as Word's "Save as plain
text" keeps them ("1.1<TAB>This policy …", "o<TAB>to listen", "(a)<TAB>…"): a paragraph of the
chapter, not a table's row, though the tab leaves a wide gap. A bare number ("1<TAB>Children
Act 1989") may be a table's numbered row and stays one."""


def _is_gap_list_item(line: str) -> bool:
    """Whether a line with a wide gap is a list item (`_GAP_LIST_ITEM`): its mark, the gap, then
    one run of words. A row whose first cell looks like a number ("4.1   03/02/2025   First
    issue", a version history) has more cells after it, and stays a row."""
    item = _GAP_LIST_ITEM.match(line)
    return item is not None and _WIDE_GAP.search(line[item.end() :].strip()) is None


_TABLE_SEPARATOR_LINE = re.compile(r"[ \t|:\-]*-{3,}[ \t|:\-]*")
_WIDE_GAP = re.compile(r"\S(?:\t|[ ]{3})[ \t]*\S")
"""Cells of a row copied from a table: a tab (kept, or expanded to spaces) between them; prose
never leaves three spaces between its words."""
WIDE_GAP = _WIDE_GAP


def _gap_cells(text: str, start: int, end: int) -> list[Span]:
    """A row's cells where a tab or a wide gap sets them apart ("March 2025    v6    …")."""
    return [
        Span(start + found.start(), start + found.end())
        for found in re.finditer(r"\S+(?:[ ]{1,2}\S+)*", text[start:end])
    ]


def _cells(text: str, start: int, end: int) -> list[Span]:
    line = text[start:end]
    inner_start = start + len(line) - len(line.lstrip(" \t|"))
    inner_end = start + len(line.rstrip(" \t|"))
    cells = []
    position = inner_start
    while position <= inner_end:
        bar = text.find("|", position, inner_end)
        cell_end = inner_end if bar == -1 else bar
        cell = trim_span(text, position, cell_end)
        while cell.start < cell.end and text[cell.start] in _TABLE_CELL_MARKUP:
            cell = Span(cell.start + 1, cell.end)
        while cell.end > cell.start and text[cell.end - 1] in _TABLE_CELL_MARKUP:
            cell = Span(cell.start, cell.end - 1)
        cells.append(cell)
        if bar == -1:
            break
        position = bar + 1
    return cells


# --- lists ------------------------------------------------------------------------------------

_LIST_INTRODUCTION_END = re.compile(
    r"(?::|\bas\s+follows|\bfollowing|\binclud(?:e|es|ing)|\bare)\W*$", re.IGNORECASE
)
_HEADING_WORDS_MAX = 8
_INTRODUCTION_TAIL = 24
"""Characters at a sentence's end that can hold "…as follows:" (searching more is slow)."""


def introduces_list(reading: ReadableOutline, sentence: Span, may_be_heading: bool = True) -> bool:
    """Whether `sentence` can introduce a list: it ends like "…as follows:", or is a heading.

    A heading counts only where it names the list itself ("Relevant legislation"), never as
    the sentence after the one that does ("…seven principles." then "Contents"); a list item
    ("Data Protection legislation") is no heading of the items after it.
    """
    words = reading.quote(sentence)
    if _LIST_INTRODUCTION_END.search(words, max(0, len(words) - _INTRODUCTION_TAIL)):
        return True
    if not (
        may_be_heading
        and len(words.split()) <= _HEADING_WORDS_MAX
        and words.rstrip()[-1:] not in set(".!?;,")
    ):
        return False
    block = reading.block_at(reading.plain.to_original(sentence.start, sentence.start).start)
    return block is None or block.type != "list_item"


# --- legislation -------------------------------------------------------------------------------

_LEGISLATION_WORDS = (
    "legislat",
    "statute",
    "statutory framework",
    "acts of parliament",
    "underpinned by",
    " law ",
    " law:",
    " law,",
    " law.",
    " laws",
)
"""Words naming legislation in a sentence that introduces a list or cites Acts: "the law" and
"laws" name it as "legislation" does ("a framework of law which includes:")."""
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_TRAILING_YEARS = re.compile(
    rf"^(?P<name>.*?)[\s,]*(?P<years>(?:of\s+)?{_YEAR}(?:\s*(?:,|and|&)\s*(?:of\s+)?{_YEAR})*)\s*$"
)
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
_LEADING_YEARS = re.compile(
    rf"(?P<year>{_YEAR})(?:\s*(?:,|and|&)\s*{_YEAR})*\s+(?P<name>[A-Z][^\n]*?\bActs?)\s*$"
)
"""An Act cited by its year before its title, as prose cites several of one title ("1989 and
2004 Children Acts")."""
_OF_BEFORE_THE_YEAR = re.compile(r"(?<=\bAct)\s+of$")
""""of" between an Act's title and its year ("the Children and Families Act of 2014")."""
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_ONE_TITLE_TWICE = re.compile(
    rf"^(?P<name>[A-Z][^,;]*?\bAct)\s+(?P<first>{_YEAR})\s*(?:,?\s*(?:and|&)|,)\s*(?:the\s+)?"
    rf"(?P=name)\s+(?P<second>{_YEAR})$",
    re.IGNORECASE,
)
"""One item naming the same Act twice, each time with its own year ("the Children Act 1989 and
the Children Act 2004"): the same instrument as "Children Acts 1989 and 2004" (decision 0307)."""
_ACTS = re.compile(r"\bActs\b")
_PARENTHETICAL_TAIL = re.compile(r"^(?P<name>[^(]*?)\s*\((?P<inner>[^()]*)\)\s*$")


_PROVISION_CITED = re.compile(
    r"(?:[ \t]*[,(|][ \t]*|(?<=\d\d\d\d)[ \t]+)(?:sections?|ss?\.|parts?|schedules?)[ \t]*"
    r"(?:\d|[IVX]+\b)"
    r"[^()]*\)?[ \t.;]*$",
    re.IGNORECASE,
)
"""A provision cited after the instrument ("Children Act 1989, section 17", "… 1989 (s.22)",
"… 1989 (Part 3: support for children and families)", "CA 1989 s.22" right after the year, a
table's "Children Act 1989 | s.17"): the instrument is the Act, the provision is part of what
was cited."""


_PROVISION_BEFORE = re.compile(
    r"^(?:sections?|ss?\.|parts?|schedules?|regulations?|articles?)[ \t]*[\dIVX]+[A-Za-z]?"
    r"(?:[ \t]*(?:,|and|&|to|-)[ \t]*[\dIVX]+[A-Za-z]?)*[ \t]+of[ \t]+(?:the[ \t]+)?",
    re.IGNORECASE,
)
"""A provision cited before its instrument ("section 17 of the Children Act 1989", "Part 3 of
the Children and Families Act 2014"): the instrument is the Act."""
_GLOSS_AFTER = re.compile(r"[ \t]*\((?P<inner>[^()]*)\)[ \t.;,]*$")
"""A bracketed gloss after a title ("… Act 1989 (children in need)")."""


_GLOSS_AFTER_YEAR = re.compile(
    rf"^(?P<title>[^\n]*?\b{_YEAR}\)?(?:[ \t]*\((?:[^()\n]|\([A-Za-z]{{1,4}}\)){{1,16}}\))?)[ \t]*"
    r"(?:[\u2013\u2014:]|-(?=[ \t])|,(?=[ \t]+[a-z])|\n(?=[ \t]*[a-z]))"
    r"[ \t]*\S"
)
"""A title up to its year, then what the instrument does after a dash, a colon or a comma and a
lower-case word ("Children Act 1989 \u2013 our duties to children in need", "the Children Act
2004, which requires agencies to work together"), the short name the chapter gives the Act in a
bracket perhaps between ("Children Act 1989 (CA89): help for children in need", "… 2000
(C(LC)A), which …"; the bracket is the title's short name, read by `_BRACKET_AFTER_YEAR`), or on
the next line in lower case (a definition list's term and its description: "Children Act 1989"
over "our main duties …")."""


def _without_gloss_after_year(cited: str) -> str:
    """The title an item cites before saying what it does: "Children Act 2004 \u2013 agencies
    working together" cites "Children Act 2004". Only where the title names an instrument
    ("\u2026 Act", "Regulations", see `_STATUTE`) or is an Act's initials and year ("CA 1989
    \u2013 children in need", "C(LC)A 2000 \u2013 care leavers", blind376): a dated entry ("May
    2024 \u2013 section 3 updated") is no citation."""
    if not _ANY_YEAR.search(cited):
        return cited
    gloss = _GLOSS_AFTER_YEAR.match(cited)
    if gloss is None:
        return cited
    title = gloss.group("title")
    if not _STATUTE.search(title) and _ABBREVIATED_ACT.fullmatch(title.strip(" \t*_")) is None:
        return cited
    return gloss.group("title")


def _without_provision_and_gloss(cited: str) -> str:
    """The title a provision item cites: "section 17 of the Children Act 1989 (children in
    need)" cites "Children Act 1989". A bracket that holds a year is the title's own
    ("Working Together to Safeguard Children (2023)") and stays. What the instrument does,
    after its year, is no part of its title (see `_without_gloss_after_year`)."""
    provision = _PROVISION_BEFORE.match(cited)
    if provision is None:
        return _without_gloss_after_year(cited)
    name = cited[provision.end() :]
    gloss = _GLOSS_AFTER.search(name)
    if gloss is not None and not _ANY_YEAR.search(gloss.group("inner")):
        name = name[: gloss.start()]
    return _without_gloss_after_year(name)


def _plain_words(quote: str) -> str:
    """The words of a quote as a reader sees them: markdown links and emphasis gone, one space,
    and a table row's cells run together ("Children Act | 1989" is "Children Act 1989")."""
    return " ".join(_CELL_BAR.sub(" ", plain_view(quote).text).split())


_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")


_NO_ABBREVIATIONS: Mapping[str, str] = MappingProxyType({})
_BRACKETED_YEAR = re.compile(
    rf"[ \t]*(?:[Ss]tatutory[ \t]+guidance[ \t]*[,;]?[ \t]*)?{_YEAR}"
    r"(?:[ \t]*[,;][ \t]*[Ss]tatutory[ \t]+guidance)?[ \t]*"
)
"""A bracket closing a title that holds only its year, perhaps beside the words "statutory
guidance" ("Working Together to Safeguard Children (2023)", "… care leavers (2018, statutory
guidance)"): the title's year, as a year written after it without a bracket is (decision 0199).
A bracket of members ("Data Protection legislation (DPA 2018 and UK GDPR)") gives none."""
_BRACKET_AFTER_YEAR = re.compile(
    rf"^(?P<name>.*?\b{_YEAR})[ \t]*\((?P<inner>(?:[^()\n]|\([A-Za-z]{{1,4}}\))*)\)[ \t.,;]*$"
)
"""A title ending with its year, then a bracket: the short name the chapter will use ("Children
Act 1989 (CA89)", "Children (Leaving Care) Act 2000 (C(LC)A 2000)") or what the Act covers
("(children in need)"), neither of them part of the title (decision 0199)."""


_AS_AMENDED = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*as[ \t]+amended\b[^)]*\)?[ \t.]*$")
"""A note after a title that the text cited is the Act as later changed ("Children Act 1989 (as
amended)", "the Children Act 2004, as amended"): the instrument and its year are the title's."""


def _legislation_item(
    cited: str, abbreviations: Mapping[str, str] = _NO_ABBREVIATIONS
) -> dict[str, Any]:
    """{"cited", "instrument", "year", "years"} for one cited item.

    "Children Acts 1989 and 2004" stays one item as cited: instrument "Children Act", year 1989
    (the first), years [1989, 2004]. An umbrella such as "Data Protection legislation", even
    with its members in brackets, has no year of its own. An instrument written as one of the
    family's `abbreviations` is its full title ("CA 1989": "Children Act"); `cited` keeps the
    abbreviation.
    """
    name = _LEADING_THE.sub("", _without_provision_and_gloss(cited))
    if "amended" in name:
        name = _AS_AMENDED.sub("", name)
    if ("ection" in name or "s." in name or "art" in name or "chedule" in name) and (
        provision := _PROVISION_CITED.search(name)
    ):
        name = name[: provision.start()]
    if name.rstrip().endswith(")") and (after_year := _BRACKET_AFTER_YEAR.match(name)):
        name = after_year.group("name")
    years: list[int] = []
    if " Act " in name and (twice := _ONE_TITLE_TWICE.match(name.strip(" ,;:."))):
        return {
            "cited": cited,
            "instrument": twice.group("name"),
            "year": int(twice.group("first")),
            "years": [int(twice.group("first")), int(twice.group("second"))],
        }
    if name[:2] in ("19", "20") and (leading := _LEADING_YEARS.match(name)):
        return {  # "1989 and 2004 Children Acts": the Act of the first year (decision 0206)
            "cited": cited,
            "instrument": _ACTS.sub("Act", leading.group("name")),
            "year": int(leading.group("year")),
            "years": [int(leading.group("year"))],
        }
    # Each pattern is tried only where it can match: years end the name, or a bracket does.
    trailing = _TRAILING_YEARS.match(name) if name.rstrip()[-1:].isdigit() else None
    if trailing and trailing.group("name"):
        years = [int(year) for year in _ANY_YEAR.findall(trailing.group("years"))]
        name = _OF_BEFORE_THE_YEAR.sub("", trailing.group("name"))
        if len(years) > 1:
            name = _ACTS.sub("Act", name)
    elif (
        name.rstrip().endswith(")")
        and (bracketed := _PARENTHETICAL_TAIL.match(name))
        and _ANY_YEAR.search(bracketed.group("inner"))
        and not _ANY_YEAR.search(bracketed.group("name"))
    ):
        name = bracketed.group("name")
        if _BRACKETED_YEAR.fullmatch(bracketed.group("inner")):
            years = [int(year) for year in _ANY_YEAR.findall(bracketed.group("inner"))[:1]]
    else:
        years = [int(year) for year in _ANY_YEAR.findall(name)[:1]]
    instrument = name.strip(" ,;:.")
    instrument = abbreviations.get(instrument, instrument)
    return {
        "cited": cited,
        "instrument": instrument,
        "year": years[0] if years else None,
        "years": years,
    }


def legislation_item(
    cited: str, abbreviations: Mapping[str, str] = _NO_ABBREVIATIONS
) -> dict[str, Any]:
    """One legislation item as the extractor would read it from `cited`: for an editor who
    types the list a chapter should have been read as."""
    return _legislation_item(cited, abbreviations)


_STATUTE = re.compile(
    r"\b(?:Acts?|Regulations?|Convention|Directive|Statute|Measure|Rules|[Ll]egislation|"
    r"Statutory\s+[Gg]uidance|Code\s+of\s+Practice|Working\s+Together\s+to\s+Safeguard\s+"
    r"Children|UNCRC|GDPR)\b"
)
"""Words that make a cited title a statute or statutory guidance ("Act" in capitals: "act in
their best interests" is no statute)."""
_TITLE_WITH_YEAR = re.compile(rf"\b{_YEAR}\W*$")
"""A title ending with its year: "Working Together to Safeguard Children 2023", "National
Framework 2023" (guidance and frameworks are cited by year)."""
_STATUTE_SIGNS = (
    " Act",
    "Regulation",
    "Convention",
    "egislation",
    "Statut",
    "Directive",
    "Rules",
    "Code of Practice",
    "Working Together",
    "UNCRC",
    "GDPR",
    " 19",
    " 20",
    "Measure",
)
"""A list none of whose text holds one of these cites no statute (a quick test before reading
each item)."""
_FURTHER_READING = re.compile(
    r"\b(?:see\s+also|further\s+(?:information|reading|guidance|resources)|"
    r"useful\s+(?:links|resources|websites|documents)|more\s+information|"
    r"related\s+(?:chapters?|guidance|documents|procedures|resources|links|information))\b"
)
"""An introduction of further reading: its list points elsewhere and is no legislation list…"""
_POINTED_STATUTES_MIN = 3
"""…unless the chapter has no other list of statutes and that one holds nothing but statutes,
this many or more: a corporate template's "Related documents" over the Acts the policy rests on
is the only place it lists its law (decision 0169)."""
_ENACTED = re.compile(r"\b(?:Act|Regulations)\s+\d{4}\b")
_GUIDANCE = re.compile(r"\b(?:[Gg]uidance|[Gg]uide|[Cc]ode)\b")


def _is_enactment(cited: str) -> bool:
    """Whether a list item cites an Act or Regulations by title and year, and no guidance
    ("Children Act 1989 Guidance and Regulations" is guidance)."""
    return (
        _ENACTED.search(cited) is not None
        and _GUIDANCE.search(cited) is None
        and _is_statute(cited)
    )


_CITATION_WORDS_MAX = 25
"""A cited title is short; a longer item is a sentence that may mention a statute."""
_SMALL_WORDS = frozenset({"and", "for", "from", "into", "with", "under", "the", "of"})
_COLUMN_HEADER_WORDS = frozenset(
    {"legislation", "statute", "statutes", "act", "acts", "regulation", "regulations", "law",
     "laws", "guidance", "statutory", "relevant", "key", "main", "and", "or", "/", "&", "-",
     "name", "title", "year", "instrument", "instruments", "policy", "policies", "the", "of"}
)  # fmt: skip
"""The words of a table's header over a column of statutes ("Legislation or guidance",
"Statute or regulations", "Acts and regulations"): a title cited names something besides the
kind of instrument it is."""
_LIST_OF_STATUTES_SHARE = 2 / 3
"""A list counts as the legislation list, whatever introduces it, when this share of its
items (and at least two) are statutes or guidance."""
_INTRODUCED_LIST_SHARE = 1 / 2
"""The share of statute items a list needs after an introduction that names legislation."""


def _is_statute(cited: str) -> bool:
    """Whether a list item is the citation of a statute or statutory guidance.

    It names an instrument ("… Act 2000", "… Regulations", "United Nations Convention…",
    "Data Protection legislation") or ends with a year ("Working Together to Safeguard Children
    2023"), is short, and is written as a title: most of its longer words are capitalised, so
    "we meet our duties under the Children Act 1989" is a sentence, not a citation.
    """
    if _opens_on_a_date(cited):
        return False  # a dated entry ("March 2024 \u2013 the Children Act 1989 part shortened")
    if _is_only_a_date(cited):
        return False  # a change table's date cell ("January 2025"), no title (decision 0220)
    if _A_YEAR_AFTER_A_PREPOSITION.fullmatch(cited.strip()):
        return False  # a date-led sentence's opening ("Since 2014 the … Act has …"), no title
    if _names_itself_statutory_guidance(cited.strip()):
        return True  # a guidance title in sentence case, whose bracket a gloss would drop
    cited = _without_provision_and_gloss(cited)
    if _ANY_YEAR.search(cited) and (provision := _PROVISION_CITED.search(cited)) is not None:
        cited = cited[: provision.start()]  # "CA 1989 s.22" cites the Act "CA 1989"
    words = cited.split()
    if not words or len(words) > _CITATION_WORDS_MAX:
        return False
    if len(words) == 1 and not words[0].strip("()[],;:.").isupper():
        return False  # a header ("Statute", "Legislation"); an acronym ("UNCRC") is a citation
    if all(word.strip("()[],;:.*_").lower() in _COLUMN_HEADER_WORDS for word in words):
        return False  # a column's header ("Legislation or guidance", "Statute or regulations")
    if not (_STATUTE.search(cited) or _TITLE_WITH_YEAR.search(cited)):
        return False
    significant = [
        word
        for word in (word.strip("()[]#*_,;:.'\u2019\"") for word in words)
        if len(word) > 3 and word[0].isalpha() and word.lower() not in _SMALL_WORDS
    ]
    capitalised = sum(1 for word in significant if word[0].isupper())
    return not significant or capitalised * 2 >= len(significant)


_GUIDANCE_BY_ITS_SUBTITLE = re.compile(
    r"[A-Z][^:;.\n]{3,120}:[ \t]*[Ss]tatutory[ \t]+guidance\b[^:;.\n]{0,80}?"
    r"\(?(?:19|20)\d\d\)?[ \t.]*"
)
"""A guidance title in sentence case, as the government writes its titles, that names itself
statutory guidance after a colon and ends with its year ("Applying corporate parenting
principles: statutory guidance for local authorities (2018)"): a citation however few of its
words are capitalised (decision 0188)."""
_GUIDANCE_BY_ITS_BRACKET = re.compile(
    r"[A-Z][^;.\n()]{3,120}\([ \t]*(?:(?:19|20)\d\d(?:[ \t]*[,;])?[ \t]*(?:[Ss]tatutory[ \t]+)?"
    r"[Gg]uidance|(?:[Ss]tatutory[ \t]+)?[Gg]uidance[ \t]*[,;]?[ \t]*(?:19|20)\d\d)[ \t]*\)[ \t.;]*"
)
"""The same title naming itself statutory guidance in a closing bracket with its year, either
way round ("Applying corporate parenting principles to looked-after children and care leavers
(2018, statutory guidance)", "… (statutory guidance, 2018)"), decision 0199; or as guidance
alone, its subtitle after a colon kept ("Staying Put: arrangements for care leavers aged 18 and
above (2013 guidance)", decision 0276)."""


def _names_itself_statutory_guidance(words: str) -> bool:
    """Whether `words` are a guidance title in sentence case that says it is (statutory) guidance
    and gives its year, after a colon (statutory guidance only) or in a closing bracket."""
    if "uidance" not in words:
        return False
    return bool(
        (":" in words and "tatutory" in words and _GUIDANCE_BY_ITS_SUBTITLE.fullmatch(words))
        or ("(" in words and _GUIDANCE_BY_ITS_BRACKET.fullmatch(words))
    )


_A_YEAR_AFTER_A_PREPOSITION = re.compile(
    r"(?:In|Since|By|From|Until|Till|During|Before|After|Throughout|Around)[ \t]+(?:19|20)\d\d\W*"
)
"""A year after a preposition of time ("Since 2014", "In 1989"): a sentence's date-led opening
that `_CITED_TITLE` takes up as if it were a title ending with its year (decision 0162)."""


def _opens_on_a_date(item: str) -> bool:
    """Whether a list item opens with a date and then a dash or colon, as an entry of a history
    does ("June 2023 \u2013 the Care Standards Act 2000 paragraph moved"): what it cites is what
    changed, and the item is no citation."""
    if not item[:1].isalnum():
        item = item.lstrip(" \t*_")
    dates = find_dates(item, 0, min(len(item), _DATE_OPENING_CHARACTERS))
    if not dates or dates[0].span.start != 0:
        return False
    return _DATED_ENTRY_MARK.match(item, dates[0].span.end) is not None


def _is_only_a_date(item: str) -> bool:
    """Whether a list item or table cell is a date and nothing else ("January 2025", "3 June
    2024"), as a change table's first column holds: a month's name with its year has the shape
    of a title ending with its year, but names no instrument."""
    words = item.strip(" \t*_.,;:()[]")
    if not words or len(words) > _DATE_OPENING_CHARACTERS or not words[0].isalnum():
        return False
    dates = find_dates(words, 0, len(words))
    return bool(dates) and dates[0].span.start == 0 and dates[0].span.end == len(words)


_DATE_OPENING_CHARACTERS = 30
"""How far into an item its opening date may run ("Wednesday 14th September 2023")."""
_DATED_ENTRY_MARK = re.compile(r"[ \t]*[:\u2013\u2014-][ \t]*\S")


def _mostly_statutes(
    reading: ReadableOutline, items: list[Span], share: float, minimum: int = 1
) -> bool:
    """Whether at least `share` of `items`, and at least `minimum` of them, are statutes.

    Items are read as written: markdown link syntax around a title ("[Children Act 1989](#)")
    changes neither test. Reading stops as soon as the answer is known.
    """
    text = reading.outline.text
    needed = max(minimum, math.ceil(share * len(items)))
    statutes = 0
    for index, item in enumerate(items):
        if statutes + len(items) - index < needed:
            return False
        if _is_statute(text[item.start : item.end]):
            statutes += 1
            if statutes >= needed:
                return True
    return statutes >= needed


@dataclass(frozen=True, slots=True)
class LegislationList:
    """The chapter's legislation list."""

    items: list[Span]
    """Its items' words (original offsets); empty when the chapter has none."""
    introduction: Span | None = None
    """The sentence introducing it (plain offsets), if one does."""


def legislation_list(reading: ReadableOutline) -> LegislationList:
    if "legislation_list" not in reading.memo:
        first_read = _findlegislation_list(reading)
        items = _without_a_closing_sentence(reading, first_read.items)
        items = _without_picture_labels(reading, items)
        reading.memo["legislation_list"] = LegislationList(items, first_read.introduction)
    found: LegislationList = reading.memo["legislation_list"]
    return found


def _findlegislation_list(reading: ReadableOutline) -> LegislationList:
    """The list introduced as legislation ("underpinned by a range of legislation including:")
    if half its items are statutes; else the first list, however introduced, whose items are
    mostly statutes (see `_is_statute`)."""
    for sentence in reading.sentences_containing(*_LEGISLATION_WORDS):
        if not introduces_list(reading, sentence):
            continue
        items = _up_to_a_heading(reading, reading.list_items_after(sentence.end))
        items = _without_a_header_row(reading.outline.text, items)
        if items and _mostly_statutes(reading, items, _INTRODUCED_LIST_SHARE):
            return LegislationList(items, sentence)
    text = reading.outline.text
    candidates: list[tuple[int, list[Span], Span | None]] = [
        (items[0].start, items, None) for items in reading.block_lists(_STATUTE_SIGNS)
    ]
    candidates += [
        (items[0].start, _without_a_header_row(text, items), sentence)
        for sentence, items in lists_after_colons(reading)
        if "|" not in text[items[0].start : items[0].end]
    ]
    candidates += [(items[0].start, items, None) for items in _reference_notes(reading)]
    candidates += [(items[0].start, items, None) for items in _closing_citations(reading)]
    candidates += [(items[0].start, items, None) for items in _paragraphs_of_lines(reading)]
    first_cells = [
        _without_wrapped_rows(text, _with_year_cells(text, rows))
        for rows in reading.table_first_cells()
    ]
    if _WIDE_GAP.search(text):
        first_cells += _gap_table_first_cells(text)
    columns: set[int] = set()
    for rows in [*first_cells, *_later_columns(reading)]:
        if len(rows) > 2 and not _is_statute(text[rows[0].start : rows[0].end]):
            rows = rows[1:]  # a header row ("Statute | Why it matters")
        candidates.append((rows[0].start, rows, None))
        columns.add(rows[0].start)
    pointed_to: LegislationList | None = None
    for start, items, introduction in sorted(candidates, key=lambda candidate: candidate[0]):
        listed = text[items[0].start : items[-1].end]
        if not any(word in listed for word in _STATUTE_SIGNS):
            continue
        if _FURTHER_READING.search(_words_before(reading, items[0].start).lower()):
            if (
                pointed_to is None
                and len(items) >= _POINTED_STATUTES_MIN
                and all(_is_enactment(text[item.start : item.end]) for item in items)
            ):
                pointed_to = LegislationList(items, introduction)
            continue
        if _mostly_statutes(reading, items, _LIST_OF_STATUTES_SHARE, minimum=2):
            if start in columns:
                items = _statute_cells(text, items)
            return LegislationList(items, introduction)
    for sentence in reading.sentences_containing(*_GUIDANCE_WORDS):
        if not introduces_list(reading, sentence):
            continue
        items = _up_to_a_heading(reading, reading.list_items_after(sentence.end))
        items = _without_a_header_row(reading.outline.text, items)
        if items and _mostly_statutes(reading, items, _INTRODUCED_LIST_SHARE, minimum=2):
            return LegislationList(items + _acts_named_after(reading, items), sentence)
    if pointed_to is not None:
        return pointed_to
    in_a_sentence = _statutes_in_a_sentence(reading)
    if not in_a_sentence.items:
        return _statutes_defined(reading) or in_a_sentence
    return in_a_sentence


_GUIDANCE_WORDS = ("statutory guidance",)
"""Words naming statutory guidance in a list's introduction ("Statutory guidance we follow"):
a list so introduced, half of it titles (`_is_statute`), is the legislation list where no list
introduced as legislation, and no list of statutes, comes first (decision 0329)."""
_ACTS_AS_ITS_SUBJECT = re.compile(
    r"(?:the[ \t]+)?(?:acts|statutes|legislation|laws?)\b(?:[ \t]+[\w'\u2019-]+){0,6}?[ \t]+"
    r"(?:are|is|include|includes|were|was)\b"
)
"""A sentence whose subject is the Acts ("The Acts behind this guidance are …", "The legislation
these documents rest on includes …")."""


def _acts_named_after(reading: ReadableOutline, items: list[Span]) -> list[Span]:
    """The statutes the sentence right after a list names as its subject, in the same section
    ("… (2023)" then "The Acts behind this guidance are the Children Act 1989 and …"): the list
    of guidance goes on in prose with the Acts it rests on, and they are items of it (decision
    0329). None where the next paragraph is another sentence, or a heading comes first."""
    end = reading.plain.to_plain(items[-1].end)
    index = bisect_right(reading.sentence_starts, end)
    if index >= len(reading.sentences):
        return []
    sentence = reading.sentences[index]
    if reading.outline.section_at(
        reading.plain.to_original(sentence.start, sentence.start).start
    ) is not (reading.outline.section_at(items[-1].start)):
        return []
    if _ACTS_AS_ITS_SUBJECT.match(reading.lower, sentence.start) is None:
        return []
    cited = _without_short_names(reading.text, _titles_cited(reading.text, sentence))
    return [reading.plain.to_original(span.start, span.end) for span in cited]


_DEFINED_AS = re.compile(
    r"[\"'\u201c\u2018][^\"'\u201d\u2019\n]{2,40}[\"'\u201d\u2019][ \t]+"
    r"(?:means|refers[ \t]+to)[ \t]+(?:the[ \t]+)?"
)
"""A definition's quoted term and "means" ("\u201cThe 1989 Act\u201d means the ..."): legal-style
definitions name the Acts a chapter relies on this way."""
_DEFINED_STATUTES_MIN = 2


def _statutes_defined(reading: ReadableOutline) -> LegislationList | None:
    """The statutes a chapter's definitions explain ("'The 1989 Act' means the Children Act
    1989, ..."), two or more, each the title a quoted term is defined as: where the chapter
    cites its Acts only in its definitions, they are the legislation it rests on (decision
    0292). Read only where no list, and no sentence or law section, gives one."""
    items: list[Span] = []
    for sentence in reading.sentences_containing(" means ", " refers to "):
        match = _DEFINED_AS.search(reading.text, sentence.start, sentence.end)
        if match is None:
            continue
        cited = [
            span for span in _titles_cited(reading.text, sentence) if span.start == match.end()
        ]
        if cited and _is_enactment(reading.text[cited[0].start : cited[0].end]):
            items.append(reading.plain.to_original(cited[0].start, cited[0].end))
    if len(items) < _DEFINED_STATUTES_MIN:
        return None
    return LegislationList(items)


def _statute_cells(text: str, cells: list[Span]) -> list[Span]:
    """A table column's cells that cite statutes, when every other cell is a defined term: a
    definitions or glossary table ("Term | Meaning") explains the Acts the chapter rests on
    beside words such as "Relevant child", and those words are no legislation (decision 0292).
    A column whose other cells are not all short terms ("Data Protection legislation as
    amended from time to time") is kept whole, as before."""
    statutes = [cell for cell in cells if _is_statute(text[cell.start : cell.end])]
    terms = [cell for cell in cells if cell not in statutes]
    if terms and all(
        _DEFINED_TERM.fullmatch(text[cell.start : cell.end].strip()) for cell in terms
    ):
        return statutes
    return cells


_DEFINED_TERM = re.compile(r"[A-Z][a-z'\u2019]+(?:[ -][a-z'\u2019()]+){0,4}")
"""A glossary's term in sentence case, a few words and no year or number: "Child in care",
"Relevant child", "Staying put"."""


def _paragraphs_of_lines(reading: ReadableOutline) -> list[list[Span]]:
    """Titles set out one a line with line breaks and no bullets (a web page's "Children Act
    1989<br>Children Act 2004<br>…"), which the sectioner reads as one paragraph block a line
    with no blank line between them: each run of two or more such lines that are all statutes
    (an instrument named, no date: "Next review: June 2026" ends with a year too) is a list
    (original offsets). A line that is only an Act's initials and year ("CA 1989", "C(LC)A
    2000") names its instrument as well as "Children Act 1989" does. A table's rows, set apart
    by bars or wide gaps, are tables' (`table_first_cells`, `_gap_table_first_cells`), and
    numbered notes `_reference_notes`'s, not such lines."""
    text = reading.outline.text
    runs: list[list[Span]] = [[]]
    for block in reading.blocks:
        closes_a_paragraph = text.endswith("\n\n", block.start, block.end)
        if closes_a_paragraph and not runs[-1]:
            continue  # a paragraph of its own, not a line of one: most blocks, passed cheaply
        lines = _statute_lines(text, block) if block.type == "paragraph" else []
        if lines:
            runs[-1] += lines
            if not closes_a_paragraph:
                continue
        if runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) > 1]


def _statute_lines(text: str, block: Block) -> list[Span]:
    """The lines of a paragraph block when each is a statute alone (`_paragraphs_of_lines`);
    else none. A browser's copy of a list drops its bullets, and the sectioner may keep two
    such lines together as one block, as it keeps a paragraph's lines."""
    block_span = trim_span(text, block.start, block.end)
    lines: list[Span] = []
    position = block_span.start
    while position < block_span.end:
        line_end = text.find("\n", position, block_span.end)
        line_end = block_span.end if line_end == -1 else line_end
        line = trim_span(text, position, line_end)
        if not _is_statute_line(text[line.start : line.end]):
            return []
        if line_end < block_span.end and _CUT_BY_THE_WRAP.search(text, line.start, line.end):
            return []  # prose hard-wrapped: "… four Acts of Parliament: the" / "Children Act …"
        lines.append(line)
        position = line_end + 1
    return lines


_CUT_BY_THE_WRAP = re.compile(r"[ \t](?:and|or|of|the|a|an|to|for|with|by|under|in|on)$", re.I)
"""A line that stops on a joining word goes on into the next: a sentence the wrap cut, whose
lines each name an Act, not titles set out one a line (no title ends "… the Children and")."""


def _is_statute_line(words: str) -> bool:
    return bool(
        words
        and (
            (any(sign in words for sign in _STATUTE_SIGNS) and _STATUTE.search(words))
            or _names_itself_statutory_guidance(words)
            or _ABBREVIATED_ACT.fullmatch(words) is not None
        )
        and "|" not in words
        and _NOTE_MARK.match(words) is None
        and _WIDE_GAP.search(words) is None
        and _is_statute(words)
        and not find_dates(words)
    )


_NOTE_MARK = re.compile(r"[ \t]*\[\^?\d{1,3}\]:?[ \t]+(?=\S)")
"""A reference note's number opening its line: "[1] Children Act 1989", a markdown footnote's
"[^1]: …"."""


def _reference_notes(reading: ReadableOutline) -> list[list[Span]]:
    """Runs of two or more lines each opening with a note's number in brackets, as a chapter that
    marks its citations "the 1989 Act [1]" lists what they refer to ("[1] Children Act 1989"):
    each note's words after its number (original offsets)."""
    text = reading.outline.text
    if "[" not in text:
        return []
    return _runs_across_blocks(_block_notes(text, block) for block in reading.blocks)


def _block_notes(text: str, block: Block) -> list[Span]:
    """The words after each line's note number in `block`, when every line opens with one."""
    position = block.start
    notes: list[Span] = []
    while position < block.end:
        line_end = text.find("\n", position, block.end)
        line_end = block.end if line_end == -1 else line_end
        mark = _NOTE_MARK.match(text, position, line_end)
        if mark is None:
            return []
        notes.append(trim_span(text, mark.end(), line_end))
        position = line_end + 1
        while position < block.end and text[position] in " \t\n":
            position += 1
    return notes


def _runs_across_blocks(spans_by_block: Iterable[list[Span]]) -> list[list[Span]]:
    """The spans of blocks in a row that each hold some, joined into one run per stretch (a
    block holding none ends it): the runs of two or more, as a list needs."""
    runs: list[list[Span]] = []
    run: list[Span] = []
    for spans in spans_by_block:
        if spans:
            run += spans
            continue
        if len(run) > 1:
            runs.append(run)
        run = []
    if len(run) > 1:
        runs.append(run)
    return runs


_LAST_SENTENCE = re.compile(r"(?<=[.!?])[ \t]+(?=[A-Z])")
"""Where a paragraph's sentences part: its last sentence opens after the last such gap."""
_CITATION_NOTE_WORDS_MAX = 12


def _closing_citations(reading: ReadableOutline) -> list[list[Span]]:
    """Runs of two or more paragraphs in a row each closing with a sentence that only cites a
    statute ("… in need in its area. Children Act 1989, section 17."), as a PDF's footnotes
    read at their marks leave each note after the sentence it supports (decision 0205): each
    closing citation (original offsets)."""
    text = reading.outline.text
    return _runs_across_blocks(_closing_citation(text, block) for block in reading.blocks)


def _closing_citation(text: str, block: Block) -> list[Span]:
    """The statute `block`'s last sentence only cites, without its full stop, if it does. A
    paragraph that is only such a sentence is one too: footnotes to numbered paragraphs that
    read as a list are read after the list, each a paragraph of its own ("Children Act 1989,
    section 17."), decision 0219."""
    words = text[block.start : block.end]
    if " Act" not in words and "Regulation" not in words:
        return []
    gaps = list(_LAST_SENTENCE.finditer(words))
    if gaps:
        tail = trim_span(text, block.start + gaps[-1].end(), block.end)
    elif block.type == "paragraph" and _NOTE_MARK.match(text, block.start) is None:
        tail = trim_span(text, block.start, block.end)  # numbered notes: `_reference_notes`'s
    else:
        return []
    note = text[tail.start : tail.end]
    if (
        note.endswith(".")
        and len(note.split()) <= _CITATION_NOTE_WORDS_MAX
        and _is_statute(note.rstrip("."))
    ):
        return [Span(tail.start, tail.end - 1)]
    return []


_YEAR_CELL = re.compile(rf"[ \t]*\|[ \t*_]*{_YEAR}[ \t*_]*(?=\||[ \t]*$)", re.MULTILINE)
"""A cell holding a year alone, right after the cell before it ("Children Act | 1989 | …")."""


_PROVISION_CELL = re.compile(
    r"[ \t]*\|[ \t*_]*(?:sections?|ss?\.|parts?|schedules?)[ \t]*(?:\d{1,3}[A-Z]{0,2}|[IVX]+)"
    r"(?:\(\d{1,2}\))?(?:[ \t]*(?:,|and|&)[ \t]*(?:ss?\.[ \t]*)?(?:\d{1,3}[A-Z]{0,2}|[IVX]+)"
    r"(?:\(\d{1,2}\))?)*[ \t*_]*(?=\||[ \t]*$)",
    re.MULTILINE | re.IGNORECASE,
)
"""A cell holding provisions alone ("| s.17 |", "| Part 3 |", "| s.17, s.20 and s.22 |"), right
after the cell citing their Act: the row cites those provisions of the Act."""


def _with_year_cells(text: str, cells: list[Span]) -> list[Span]:
    """A table's first cells, each running on over a second cell that holds only a year: a table
    of "Act | Year | …" cites "Children Act 1989", as a list of titles with their years does. A
    first cell that has a year of its own keeps to itself. A cell after the title that holds
    only a provision ("Act | Section | …": "Children Act 1989 | s.17") is part of what the row
    cites, so two rows citing two sections of one Act are two items, as in a list."""
    result = []
    for cell in cells:
        year = _YEAR_CELL.match(text, cell.end)
        if year is not None and not _ANY_YEAR.search(text, cell.start, cell.end):
            cell = trim_span(text, cell.start, year.end())
        provision = _PROVISION_CELL.match(text, cell.end)
        if provision is not None and _ANY_YEAR.search(text, cell.start, cell.end):
            cell = trim_span(text, cell.start, provision.end())
        result.append(cell)
    return result


_ENDS_ON_A_JOINING_WORD = re.compile(rf"[ \t](?:and|of|for|&|the)(?:[ \t]+{_YEAR})?[ \t]*$")


def _without_wrapped_rows(text: str, cells: list[Span]) -> list[Span]:
    """A table's first cells less each row that only carries on the title of the row above: a
    PDF's table read line by line breaks a long title over two rows ("Adoption and 2002 | …" /
    "Children Act | special guardianship"), and the second row is no title of its own when the
    one above stops on a joining word ("and", "of", "for") and the row has no year and fewer
    cells than the table's full rows (1110). A table whose every row is full is read as before."""
    bars = [_row_of(text, cell).count("|") for cell in cells]
    full = max(bars, default=0)
    kept: list[Span] = []
    for cell, row_bars in zip(cells, bars, strict=True):
        if (
            kept
            and row_bars < full
            and _ENDS_ON_A_JOINING_WORD.search(text, kept[-1].start, kept[-1].end) is not None
            and _ANY_YEAR.search(_row_of(text, cell)) is None
        ):
            continue
        kept.append(cell)
    return kept


def _row_of(text: str, cell: Span) -> str:
    """The row from `cell` to the end of its line."""
    return text[cell.start : _line_end(text, cell.start)]


def _line_end(text: str, offset: int) -> int:
    """The end of the line holding `offset`."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _gap_table_first_cells(text: str) -> list[list[Span]]:
    """The first cells of each table written as text with its columns set apart by wide gaps
    (no bars: "Children Act        1989    Main duties"), each running on over a second cell
    that holds only a year, as `_with_year_cells` reads "Children Act | 1989". Only tables whose
    first cells (a header row aside) mostly name an instrument ("Act", "Regulations", …) are
    kept: a version history set out so opens its rows with dates ("March 2025    v6    …"),
    which end with a year as a cited title does."""
    tables: list[list[Span]] = []
    for rows in _gap_tables(text):
        if any("|" in text[row[0].start : row[-1].end] for row in rows):
            continue
        cells = _first_cells_with_years(text, rows)
        named = sum(1 for cell in cells if _STATUTE.search(text, cell.start, cell.end))
        if named * 3 >= (len(cells) - 1) * 2:
            tables.append(cells)
    return tables


_YEAR_ALONE = re.compile(_YEAR)


def _first_cells_with_years(text: str, rows: list[list[Span]]) -> list[Span]:
    """Each row's first cell, run on over the second where that holds only a year."""
    cells = []
    for row in rows:
        first = row[0]
        if (
            len(row) > 1
            and _YEAR_ALONE.fullmatch(text, row[1].start, row[1].end)
            and not _ANY_YEAR.search(text, first.start, first.end)
        ):
            first = Span(first.start, row[1].end)
        cells.append(first)
    return cells


def _gap_tables(text: str) -> list[list[list[Span]]]:
    """The text's tables (`_text_tables`), a gap table whose later cells wrap onto lines of
    their own read whole (`wrapped_cells`) where each row under its header then cites a year in
    its first cells: a table of Acts and years whose notes column wraps. Where a row's first
    cell lacks its year, the first column wraps too ("Children (Leaving Care)" over "Act 2000"),
    rows and their wrapped lines cannot be told apart, and the pieces are read as before."""
    pieces = _text_tables(text)
    tables: list[list[list[Span]]] = []
    for rows in _text_tables(text, wrapped_cells=True):
        cells = _first_cells_with_years(text, rows)[1:]
        if rows in pieces or all(_ANY_YEAR.search(text, cell.start, cell.end) for cell in cells):
            tables.append(rows)
            continue
        start, end = rows[0][0].start, rows[-1][-1].end
        tables += [piece for piece in pieces if start <= piece[0][0].start < end]
    return tables


def _later_columns(reading: ReadableOutline) -> list[list[Span]]:
    """The cells of each table's second and later columns, column by column (original offsets):
    a table may say what kind of instrument each row cites before citing it ("Act | Children
    Act 1989", "Regulations | … Regulations 2010", "Statutory guidance | Working Together …"),
    and then its list of legislation is the column of titles, not the first. Only tables whose
    first column holds nothing but such kinds (see `_KIND_OF_INSTRUMENT`) are read so: a later
    column elsewhere (a version history's "What changed") is no list of titles, unless every
    cell of it is an Act's title alone (`_only_enactments`)."""
    text = reading.outline.text
    columns: list[list[Span]] = []
    for rows in reading.table_rows():
        cells = [_row_cells(text, row) for row in rows]
        width = min(len(row) for row in cells)
        kinds = [text[row[0].start : row[0].end] for row in cells]
        if len(kinds) > 1 and not _KIND_OF_INSTRUMENT.fullmatch(kinds[0]):
            kinds = kinds[1:]  # a header row ("Type | Title")
        if all(_KIND_OF_INSTRUMENT.fullmatch(kind) for kind in kinds):
            columns += [[row[column] for row in cells] for column in range(1, width)]
            continue
        columns += [
            column
            for column in ([row[index] for row in cells] for index in range(1, width))
            if _only_enactments(text, column)
        ]
    return columns


def _only_enactments(text: str, column: list[Span]) -> bool:
    """Whether every cell of a table's column, a header aside, is an Act or Regulations cited
    by title and year and nothing else, two or more of them: a table of duties or timescales
    giving each row's source ("Reviewing the care plan | Children Act 1989") lists the Acts the
    chapter rests on in that column, as a column of titles first would (decision 0519). A
    version history's "What changed" cells are sentences, and its dates no titles: not so read
    (decision 0072)."""
    cells = [text[cell.start : cell.end] for cell in column]
    if len(cells) > 1 and not _is_enactment(cells[0]):
        cells = cells[1:]  # the column's header ("Source", "Where it comes from")
    return len(cells) >= 2 and all(_is_enactment(cell) for cell in cells)


_KIND_OF_INSTRUMENT = re.compile(
    r"[*_ \t]*(?:(?:primary|secondary|statutory|national|international|non-statutory|"
    r"government|uk|european)\s+)?"
    r"(?:acts?|legislation|regulations?|statutory\s+instruments?|guidance|conventions?|"
    r"codes?\s+of\s+practice|frameworks?|treaty|treaties|statutes?|law)[*_ \t]*",
    re.IGNORECASE,
)
"""A cell that says what kind of instrument its row cites ("Act", "Regulations", "Statutory
guidance"), not which."""


def _row_cells(text: str, row: Span) -> list[Span]:
    """The cells of one table row (original offsets), each without its spaces."""
    cells = []
    start = row.start
    while (bar := text.find("|", start, row.end)) != -1:
        cells.append(trim_span(text, start, bar))
        start = bar + 1
    cells.append(trim_span(text, start, row.end))
    return cells


def _without_a_header_row(text: str, items: list[Span]) -> list[Span]:
    """A table's rows after an introduction, its header row left out: a first row whose cells
    cite nothing ("Legislation | Why it matters"), or name the columns where the rows below
    give years ("Act | Year"). A table a browser copies as text parts its cells by a tab (kept,
    or expanded to spaces: `_WIDE_GAP`) as the readers of tables part them by bars."""
    first_row = text[items[0].start : items[0].end] if items else ""
    if len(items) < 2 or ("|" not in first_row and _WIDE_GAP.search(first_row) is None):
        return items
    items = [  # a markdown table's line under its header ("|---|---|") is no row
        item for item in items if not _TABLE_SEPARATOR_LINE.fullmatch(text, item.start, item.end)
    ]
    if len(items) < 2:
        return items
    first = _plain_words(text[items[0].start : items[0].end])
    second = text[items[1].start : items[1].end]
    heads_columns = not _ANY_YEAR.search(first) and _ANY_YEAR.search(second) is not None
    if "|" not in first_row:  # a row's cells by gaps: a row citing a statute runs on into a note
        return items[1:] if heads_columns else items
    return items[1:] if heads_columns or not _is_statute(first) else items


_SENTENCE_STOPS = (".", "!", "?")


def _without_picture_labels(reading: ReadableOutline, items: list[Span]) -> list[Span]:
    """The list without the labels of the pictures set beside its items ("Picture of a book"
    over each Act in an easy-read booklet): words about a picture, no statute (decision 0495)."""
    text = reading.outline.text
    return [item for item in items if not labels_a_picture(text[item.start : item.end])]


def _without_a_closing_sentence(reading: ReadableOutline, items: list[Span]) -> list[Span]:
    """The list up to a line that is a sentence after it, not an item of it.

    Unmarked lines after an introduction run on into the paragraphs after it when they are
    single lines ("Children Act 2004" then "This chapter applies to children in need, …."): the
    first line to end with a full stop, after at least two that do not, ends the list when it
    cites no statute.
    """
    text = reading.outline.text
    for position, item in enumerate(items):
        if not _ends_a_sentence(text, item):
            continue
        if position >= 2 and not _is_statute(_plain_words(text[item.start : item.end])):
            return items[:position]
        return items  # the items end with full stops, as some lists' do
    return items


def _ends_a_sentence(text: str, item: Span) -> bool:
    """Whether a list item ends with a full stop (the item's words leave it out)."""
    after = text[item.end : item.end + 3].lstrip(" \t*_")
    return text[item.start : item.end].endswith(_SENTENCE_STOPS) or after.startswith(
        _SENTENCE_STOPS
    )


_MAX_TITLE_WORDS = 24
"""Words a cited title runs to after its first (the longest statutes' titles have some fifteen):
a lazy search over unbounded title words scanned a long run of capitalised words again from
each, work quadratic in the sentence (decision 0161)."""
_CITED_TITLE = re.compile(
    r"[A-Z][\w'\u2019&-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"(?:\(?[A-Z][\w'\u2019()&-]*|and|of|for|to|on|in|with|the)){{0,{_MAX_TITLE_WORDS}}}?"
    rf"(?:[ \t]+|[ \t]*\n[ \t]*){_YEAR}\b(?![ \t]+Acts?\b)"
)
"""A title cited in prose, up to its year: "Children and Social Work Act 2017"; a hard-wrapped
sentence may break it at the end of a line ("the Children and Social\nWork Act 2017"), but
never across a blank line. A bracket inside a title opens a capitalised word ("Children
(Leaving Care) Act 2000"); one opening a lower-case word opens an aside that cites the titles,
so the word before it is none of theirs ("placed on it by Parliament (the Children Act 1989,
…)", decision 0497). A year with "Act" after it opens a short name ("the 1989 Act, the 2014 Act
and the 2017 Act"), so no title ends there ("Act and the 2017" is none, blind400)."""
_UNDATED_ACT = re.compile(
    r"[A-Z][\w'\u2019&-]*"
    rf"(?:[ \t]+(?:\(?[A-Z][\w'\u2019()&-]*|and|of|for|to|on|in|with|the)){{0,{_MAX_TITLE_WORDS}}}?"
    r"[ \t]+Act\b(?![ \t]*\(?[ \t]*(?:19|20)\d\d)"
)
"""An Act's title cited in prose without its year ("the Adoption and Children Act", "the
Equality Act"): a chapter that cites its Acts by name alone still lists them."""
_YEARS_BEFORE_ACTS = re.compile(
    rf"\b{_YEAR}(?:[ \t]*,[ \t]*{_YEAR})*[ \t]+and[ \t]+{_YEAR}[ \t]+"
    r"(?:[A-Z][\w'\u2019&-]*[ \t]+(?:(?:and|of|for)[ \t]+)?){1,6}?Acts\b"
)
"""Acts of one title cited by their years before it, in prose ("the 1989 and 2004 Children
Acts"): an Act for each year, each cited from its year to the title's end (decision 0206). A
list entry written "Children Acts 1989 and 2004" stays one item as cited (decision 0004)."""
_YEAR_BEFORE_AN_ACT = re.compile(
    r"(?<!\bAct[ \t])(?<!\bActs[ \t])(?<!\bRegulations[ \t])(?<!\bof[ \t])"
    rf"\b{_YEAR}[ \t]+(?:[A-Z][\w'\u2019&-]*[ \t]+(?:(?:and|of|for)[ \t]+)?){{1,6}}?"
    r"(?:\([A-Z][\w'\u2019 \t]*\)[ \t]+)?Act\b"
)
"""One Act cited by its year before its title, in prose ("the 1989 Children Act", "the 2017
Children and Social Work Act", "the 2000 Children (Leaving Care) Act"; blind390): the item is
cited from its year to the title's end, as each Act of "the 1989 and 2004 Children Acts" is. A
year with no title before "Act" ("the 1989 Act") refers back to an Act named before, and a year
closing a title ("Children Act 2004 Children (Leaving Care) Act 2000", a cell's lines run
together) is that title's."""
_PLURAL_TITLE_OF_YEARS = re.compile(
    r"[A-Z][\w'\u2019&-]*(?:[ \t]+(?:[A-Z][\w'\u2019()&-]*|and|of|for)){0,6}?[ \t]+Acts,?\s+of\s+"
    rf"{_YEAR}(?:[ \t]*,[ \t]*(?:of\s+)?{_YEAR})*\s+(?:and|&)\s+(?:of\s+)?{_YEAR}\b"
)
"""A plural title cited in prose with "of" before its years ("the two Children Acts, of 1989 and
of 2004", blind379): one item as cited, as "the Children Acts 1989 and 2004" is (decisions 0004,
0477), naming an Act for each year."""
_NOT_A_TITLE_OPENING = frozenset(
    {"The", "This", "That", "These", "Those", "Each", "Every", "An", "A"}
)
"""Words that open a sentence, not a title: "The Act" points at an Act named before."""
_STATUTES_IN_A_SENTENCE = 3
"""Statutes a sentence about legislation names one after another to be the legislation list."""
_CITED_ACT_WORDS = (
    *("act 19", "act 20", "acts 19", "acts 20", " act, ", " act and "),
    *("act of 19", "act of 20", " acts and "),
)
"""Words of an Act cited with its year: a sentence naming several is about legislation whatever
else it says ("…its duties under the Children Act 1989, the Children Act 2004 and …"); without
a word naming legislation it takes one statute more, as citing a few Acts is ordinary prose."""


_LAW_ADVERB = r"(?:mainly|chiefly|largely|principally|mostly|primarily|in[ \t]+the[ \t]+main)"
"""How much of a duty a statute holds ("laid down chiefly in", "mainly set out in"): the others
are lesser ones, and the Acts named are still the sentence's legal basis."""

_BASIS_ADVERB = r"(?:(?:chiefly|mainly|largely|principally|primarily|mostly|firmly)[ \t]+)?"
"""How much the policy stands on what it names, between "rests" and "on" ("Our duties rest
chiefly on the Children Act 1989 …", blind344): the sentence states its basis as "rests on"
does."""
_CITED_AS_LAW = re.compile(
    r"\b(?:sections?|ss?\.)[ \t]*\d"
    r"|\b(?:rests?|rested|resting|based|founded|grounded|built)[ \t]+"
    + _BASIS_ADVERB
    + r"(?:on|upon|in)\b"
    r"|\b(?:duties|powers|responsibilities|framework)[ \t]+(?:\w+,?[ \t]+){0,10}?"
    r"(?:come|comes|arise|arises|derive|derives|flow|flows|stem|stems)[ \t]+(?:\w+[ \t]+)?from\b"
    r"|\b(?:main|key|principal|chief|relevant)[ \t]+acts[ \t]+(?:are|include)\b"
    r"|\b(?:acts|statutes|laws)[ \t]+(?:that|which)[ \t]+(?:most[ \t]+)?"
    r"(?:govern|shape|guide|apply[ \t]+to)\b"
    r"|\b(?:is|are|was|were)[ \t]+(?:mainly[ \t]+|largely[ \t]+)?governed[ \t]+by\b"
    r"|\bframework\b(?:[ \t]+[\w'\u2019]+){0,4}?[ \t]+(?:is|are|was|were)[ \t]+"
    r"(?:set[ \t]+out|laid[ \t]+down|found|contained)[ \t]+in\b"
    r"|\b(?:duties|duty|powers|responsibilities|responsibility|obligations)[ \t]+"
    r"(?:[\w'\u2019]+[ \t]+){0,4}?(?:are|is|were|was)[ \t]+(?:" + _LAW_ADVERB + r"[ \t]+)?"
    r"(?:set(?:[ \t]+out)?|laid[ \t]+down|fixed|established"
    r"|(?:placed|laid|imposed)[ \t]+(?:on|upon)(?:[ \t]+[\w'\u2019]+){1,3}?"
    r"|given(?:[ \t]+to[ \t]+(?:us|it|them|the[ \t]+council))?"
    r"|defined)(?:[ \t]+" + _LAW_ADVERB + r")?[ \t]+(?:in|by)\b"
    r"|\b(?:set|sets|lay|lays|define|defines|give|gives|place|places|impose|imposes)[ \t]+"
    r"(?:out[ \t]+|down[ \t]+)?(?:(?:on[ \t]+)?(?:us|it|them"
    r"|the[ \t]+(?:(?:county|borough|city|district|town)[ \t]+)?council|councils"
    r"|(?:the[ \t]+)?local[ \t]+authorit(?:y|ies))[ \t]+)?"
    r"(?:our|its|their|the[ \t]+council's)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:duties|powers|responsibilities|obligations)\b"
    r"|\b(?:takes?|took|taking|draws?|drew|drawing|gets?|got)[ \t]+(?:its|their|our)[ \t]+"
    r"(?:duties|powers|responsibilities|authority|legal[ \t]+authority)[ \t]+(?:\w+[ \t]+)?from\b"
    r"|\b(?:draws?|drew|drawn|drawing)[ \t]+(?:on|upon)[ \t]+the[ \t]+"
    r"(?:[\w'\u2019()-]+[ \t]+){0,6}?acts?[ \t]+(?:19|20)\d\d\b"
    r"|\b(?:is|are|was|were)[ \t]+(?:written|made|issued|prepared)[ \t]+under[ \t]+the\b"
    r"|\b(?:legal|statutory)[ \t]+(?:framework|basis|foundations?)\b"
    r"|\bframework[ \t]+(?:set|laid[ \t]+down|provided|created|established)[ \t]+(?:out[ \t]+)?"
    r"(?:by|in)\b"
    r"|\b(?:is|are|be|being)[ \t]+(?:fully[ \t]+)?consistent[ \t]+with\b"
    r"|\b(?:has|have|having)[ \t]+regard[ \t]+to\b"
    r"|\b(?:work|works|worked|working|operate|operates|operating|act|acts|acted|acting)[ \t]+"
    r"(?:within|under)[ \t]+the[ \t]+"
    r"(?:(?:[\w'\u2019()-]+[ \t]+){0,6}?acts?|[a-z()]{1,8}a)[ \t]+(?:19|20)\d\d\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \t]+(?:acts|statutes)\b"
    r"(?![ \t]+of[ \t]+parliament\b)"
)
"""What makes a sentence citing Acts a statement of its legal basis, as a word naming legislation
does: a section cited by number ("section 17 of the Children Act 1989", "s.22"), or the policy
said to stand on them ("This policy rests on …", "is based on …", as "underpinned by"), or the
council's duties or framework said to come from them ("Our duties come mainly from …", "Our
duties to children and families come from …", "Our duties towards children in need and Looked
After Children come mainly from …", the duty's object named at length, decision 0290, "The
framework for our work comes from …", "The framework behind it is set out in …", decision
0195), or the
Acts named as the main ones ("The main Acts are …") or as the ones that govern, shape or guide
the work ("The Acts that govern it are …", "Our work is governed by …", decision 0350), or the
duties said to be set out in
them ("The council's responsibilities towards children are set out in …", decision 0150; "Its
responsibility for … is placed on the local authority by …", "These duties are laid on us by …",
decision 0248; "Our duties to children and families are set by …", "… are fixed by …", "… are
established by …", decision 0546) or the Acts said to set them out
("… the Children Act 2004 and … set out our duties", decision 0162; "… give the council its
main duties", "… place on local authorities their statutory duties", decision 0221; "… give
the county council its duties towards …", the council named by its kind, blind271), or
the sentence naming them as its legal framework ("The legal framework is made up of …", "within
the framework set by …"), or the template's words for what the framework follows ("has regard to
and is consistent with …", "The framework is consistent with …"), or the service said to work
within them ("Our services work within the Children Act 1989, …", decision 0105), or to act
or work under them ("The council acts under the Children Act 1989 as well as …", or by their
initials: "We act under the CA 1989, the CA 2004 and …", blind344), or the
council's duties or authority said to be taken from them ("It takes its duties from …", "The
duties described here come from …", "It takes its authority from …", decision 0281), or the
service said to draw on them ("We draw on the Children Act 1989 and …"), or the chapter said to
be written or made under them ("It is written under the …"), or the Acts counted as the sentence
names them ("Three Acts do most of the work: the Children Act 1989, …", blind188), as a list's
introduction counts its items."""
_STATES_ITS_BASIS = re.compile(
    r"\bunderpinned[ \t]+by\b|\b(?:rests?|rested|based|founded|grounded)[ \t]+"
    + _BASIS_ADVERB
    + r"(?:on|upon)\b"
    r"|\b(?:acts|statutes|laws)[ \t]+(?:\w+[ \t]+)?underpin\b"
    r"|\bacts?[ \t]+(?:19|20)\d\d[ \t]+(?:together[ \t]+)?underpins?\b"
    r"|\b(?:is|are|was|were)[ \t]+(?:required|demanded|mandated)[ \t]+(?:by|under)\b"
    r"|\bframework\b(?:[ \t]+[\w'\u2019]+){0,4}?[ \t]+(?:is|are|was|were)[ \t]+"
    r"(?:provided|set[ \t]+out|laid[ \t]+down|created|established|given)[ \t]+by\b"
    r"|\bframework[ \t]+(?:provided|set[ \t]+out|set|laid[ \t]+down|created|established)[ \t]+by\b"
    r"|\bframework\b(?:[ \t]+[\w'\u2019]+){0,6}?[ \t]+under[ \t]+the[ \t]+"
    r"(?:[\w'\u2019()-]+[ \t]+){0,6}?acts?[ \t]+(?:19|20)\d\d\b"
    r"|\bframework\b[^.;:!?\n]{0,120}?,[ \t]+under[ \t]+the[ \t]+"
    r"(?:[\w'\u2019()-]+[ \t]+){0,6}?acts?[ \t]+(?:19|20)\d\d\b"
    r"|\b(?:draws?|drew|drawn)[ \t]+(?:on|upon)[ \t]+(?:the[ \t]+)?(?:duties|powers)[ \t]+"
    r"(?:in|of|under|set[ \t]+out[ \t]+in)\b"
    r"|\b(?:as|is|are|form|forms|remains?)[ \t]+(?:the|our|its)[ \t]+(?:legal[ \t]+)?basis[ \t]+"
    r"(?:of|for)[ \t]+(?:our|its|their|the[ \t]+council's)[ \t]+"
    r"(?:duties|work|powers|responsibilities)\b"
    r"|\bframework\b(?:[ \t]+[\w'\u2019]+){0,4}?[ \t]+(?:is|are)[ \t]+the[ \t]+"
    r"(?:(?!the\b|one\b)[\w'\u2019()-]+[ \t]+){0,6}?acts?[ \t]+(?:19|20)\d\d\b"
)
"""A sentence saying what the policy stands on ("It is underpinned by the Children Act 1989 and the
Children Act 2004"; the Acts said to underpin it, "Two Acts underpin almost everything here: …",
"The Children Act 1989 and the Children Act 2004 underpin our work", decision 0290; "The framework
for our work is provided by the Children Act 1989 and …"; "… handled within the framework set by …";
"… has stood beside … as the basis of our duties", decision 0162; "Reviews are required by the
Children Act 1989 and by …", decision 0170; "This policy sets out the framework for our services
under the Children Act 1989 and …", the framework said to be under the Acts, decision 0241; "… the
framework for our work with children in care, care leavers and children in need, under the Children
Act 1989 and …", the Acts set apart by a comma after a longer framework, so that they hold the
framework, not the children just named, decision 0244): the Acts it names are its legislation
however few, two being a list. A chapter that "draws on the duties in" or "draws upon the powers
under" the Acts says the same in other words (decision 0375); "draws on" alone (research,
experience) says nothing of a basis. "The framework for this work is the Children Act 1989,
which …, and the …" names its framework as the Acts themselves, the title right after "is the"
("… is the one the Children Act 1989 describes" names none; decision 0382).
Acts said to "set out what councils must do" state no basis (decision 0109 reads them in
passing)."""
_STATUTES_ON_A_STATED_BASIS = 2
_THE_LEGISLATION_AS_ITS_SUBJECT = re.compile(
    r"[ \t*_>|]*(?:the[ \t]+)?(?:(?:relevant|key|main)[ \t]+)?(?:legislation|statutes|acts|laws)\b"
    r"(?:(?:[ \t]+[\w'\u2019-]+){0,6}?[ \t]+(?:are|is|include|includes)\b|[*_ \t]*[:|])"
)
"""A sentence, or a labelled line or row, whose subject is the legislation itself ("The
legislation behind this chapter is …", "The Acts we work under are …", "Legislation: …",
"| Legislation | …"): the titles it names are the list, two of them as on a stated basis
(decision 0519). "The law is …" is left: it opens many sentences about what the law says."""


_ABBREVIATED_ACT = re.compile(r"[A-Z](?<=\b[A-Z])[A-Z()&]{0,6}A[ \t]+(?:19|20)\d\d\b")
"""An Act cited by its initials and year ("CA 1989", "CSWA 2017", "C(LC)A 2000"): the initials
of an Act's title end with the A of "Act". The word's boundary is looked back for from its first
capital, which the regex engine can skip to (it is searched for over the whole text)."""


def _sentences_citing_acts(reading: ReadableOutline) -> list[Span]:
    """The sentences that name legislation or cite an Act with its year, written out, by its
    initials ("This chapter rests on the CA 1989, the CA 2004 and …") or year first ("The 2000
    Children (Leaving Care) Act shaped …", blind390), in text order."""
    sentences = set(reading.sentences_containing(*_LEGISLATION_WORDS, *_CITED_ACT_WORDS))
    for pattern in (_ABBREVIATED_ACT, _YEAR_BEFORE_AN_ACT):
        for act in pattern.finditer(reading.text):
            sentence = reading.sentence_at(act.start())
            if sentence is not None:
                sentences.add(sentence)
    return sorted(sentences, key=lambda sentence: sentence.start)


def _after_a_sentence_naming_the_law(
    reading: ReadableOutline, sentence: Span, about_legislation: set[Span]
) -> bool:
    """Whether the sentence before `sentence`, in the same paragraph, names the law ("The law
    gives you rights, and we must respect them. The Children Act 1989 says …, the Children
    (Leaving Care) Act 2000 says … and the Care Leavers (England) Regulations 2010 say …"): it
    introduces the titles that follow as a list's introduction would, so three of them are the
    list, as three in a sentence naming the law are (decision 0261). A sentence saying where the
    duties or framework come from ("The framework for this work comes from Parliament. The
    Children Act 1989, …"; `_CITED_AS_LAW`) introduces them as well, where it names no Act of
    its own: one that does ("The Children Act 1989 gives us our core duties …") is a statement
    read alone, and the titles after it ordinary prose (decisions 0172, 0281)."""
    index = bisect_right(reading.sentence_starts, sentence.start) - 1
    if index <= 0:
        return False
    before = reading.sentences[index - 1]
    names_the_law = before in about_legislation or (
        _CITED_AS_LAW.search(reading.lower, before.start, before.end) is not None
        and _ACT_TITLE.search(reading.lower, before.start, before.end) is None
    )
    return names_the_law and "\n\n" not in reading.text[before.end : sentence.start]


_COUNTED_ACTS = re.compile(
    r"\b(?P<count>two|three|four|five|six|\d)[ \t]+(?:(?:big|main|key|important)[ \t]+)?"
    r"(?:acts|statutes|laws)\b"
)
"""Acts counted ("two Acts", "three statutes"), also in easy words ("Two big laws")."""
_THEY_ARE = re.compile(r"[ \t*_>]*(?:they|these|those)[ \t]+(?:are|were)[ \t]")
"""A sentence whose subject is what the sentence before named, as "they" ("They are the Children
Act 1989 and …")."""


def _counts_its_acts(reading: ReadableOutline, sentence: Span) -> int | None:
    """The number of Acts a sentence says it names ("Two Acts matter most here: the Children Act
    1989 and …"), or None: titles as many as the sentence counts are its list of legislation,
    however few (blind195, decision 0308). A sentence saying what "they are" names the Acts the
    sentence right before counted ("Two big laws tell us what we must do." then "They are the
    Children Act 1989 and …", as an easy-read text puts one sentence a line; decision 0495)."""
    counted = _COUNTED_ACTS.search(reading.lower, sentence.start, sentence.end)
    if counted is None and _THEY_ARE.match(reading.lower, sentence.start, sentence.end):
        index = bisect_right(reading.sentence_starts, sentence.start) - 1
        if index > 0:
            before = reading.sentences[index - 1]
            counted = _COUNTED_ACTS.search(reading.lower, before.start, before.end)
    return None if counted is None else read_number(counted.group("count"))


def _statutes_in_a_sentence(reading: ReadableOutline) -> LegislationList:
    """The legislation list run into a sentence ("…underpinned by a range of legislation, in
    particular the Children Act 1989, the Children Act 2004 and …"; "…its duties under the
    Children Act 1989, …"): three statutes (four where no word names legislation and no section
    or basis is cited, see `_CITED_AS_LAW`, unless the sentence sets its three or more titles
    apart with semicolons, as a list is written: "We rely on the Children Act 1989; the
    Adoption and Children Act 2002; and …"), each as a title with its year."""
    about_legislation = set(reading.sentences_containing(*_LEGISLATION_WORDS))
    for sentence in _sentences_citing_acts(reading):
        names_legislation = (
            sentence in about_legislation
            or bool(_CITED_AS_LAW.search(reading.lower, sentence.start, sentence.end))
            or _after_a_sentence_naming_the_law(reading, sentence, about_legislation)
            or _LATER_ACTS_OPENING.match(reading.lower, sentence.start, sentence.end) is not None
        )
        needed = _STATUTES_IN_A_SENTENCE + (0 if names_legislation else 1)
        if _STATES_ITS_BASIS.search(
            reading.lower, sentence.start, sentence.end
        ) or _THE_LEGISLATION_AS_ITS_SUBJECT.match(reading.lower, sentence.start, sentence.end):
            needed = _STATUTES_ON_A_STATED_BASIS
        cited = _without_short_names(reading.text, _titles_cited(reading.text, sentence))
        if _counts_its_acts(reading, sentence) == len(cited):
            needed = min(needed, _STATUTES_ON_A_STATED_BASIS)
        if _STATUTES_IN_A_SENTENCE <= len(cited) < needed:
            between = _items_between_semicolons(reading, sentence, cited[0].start)
            if len(between) >= _STATUTES_IN_A_SENTENCE:
                cited = between
                needed = len(between)
        if _acts_named(reading.text, cited) >= needed:
            cited = _items_between_semicolons(reading, sentence, cited[0].start) or (
                _list_closed_before_a_clause(reading.text, cited, needed)
            )
            cited = _acts_added_to(reading, sentence, cited) + cited
            cited = cited + _acts_added_next(reading, sentence)
            cited = _the_rest_of_its_law_section(reading, sentence, cited)
            items = [reading.plain.to_original(span.start, span.end) for span in cited]
            return LegislationList(items, sentence)
    return _statutes_under_a_law_heading(reading)


def _acts_named(text: str, cited: list[Span]) -> int:
    """How many Acts the cited titles name: a plural title with its years ("the Children Acts
    1989 and 2004", "the two Children Acts, of 1989 and of 2004") names one for each year,
    though it stays one item as cited (decisions 0004, 0477), so a sentence naming it and one
    more Act names three statutes (blind379)."""
    named = 0
    for span in cited:
        title = text[span.start : span.end]
        years = len(_ANY_YEAR.findall(title)) if "Acts" in title else 0
        named += max(1, years)
    return named


_ADDS_TO_THE_LIST = re.compile(
    r"(?:[\w'\u2019-]+[ \t]+){0,3}?(?:also|further|in[ \t]+addition|additionally)\b"
)
"""The opening of a sentence that adds to what the sentence before said ("We also follow …",
"The council also has duties under …", "In addition, …"): within its first few words."""


def _acts_added_next(reading: ReadableOutline, sentence: Span) -> list[Span]:
    """The Acts and Regulations the next sentence of the same paragraph adds to a list run into
    `sentence` ("Our duties come from the Children Act 1989, the Children Act 2004 and the
    Children and Families Act 2014. We also follow the Adoption and Children Act 2002 and the
    Children and Social Work Act 2017."): a list written over two sentences, the second opening
    by saying it adds to the first, is one list. A sentence that names an Act without adding
    to the list ("The Children Act 2004 created …"), or one in another paragraph, is prose."""
    after = reading.sentence_after(sentence)
    if after is None or "\n\n" in reading.text[sentence.end : after.start]:
        return []
    cited = _without_short_names(reading.text, _titles_cited(reading.text, after))
    if _ADDS_TO_THE_LIST.match(reading.lower, after.start) is None and not _fills_in_the_detail(
        reading, after, cited
    ):
        return []
    return [span for span in cited if _is_enactment(reading.text[span.start : span.end])]


_FILLS_IN_THE_DETAIL = re.compile(
    r"[ \t]+(?:fill|fills|filled|flesh|fleshes|fleshed|spell|spells|spelt|spelled)[ \t]+out"
    r"|[ \t]+(?:fill|fills|filled)[ \t]+in\b"
    r"|[ \t]+(?:supplement|supplements|supplemented|add|adds|added)[ \t]+(?:to[ \t]+)?"
    r"(?:them|those|these|this|that|the[ \t]+(?:detail|duties|rules|acts?))\b"
    r"|[ \t]+(?:set|sets|give|gives|gave)[ \t]+out[ \t]+the[ \t]+detail\b"
    r"|[ \t]+(?:set|sets|give|gives|gave)[ \t]+the[ \t]+detail\b"
)
"""What an instrument opening the next sentence does when it adds to the laws the sentence
before listed: it fills in, fleshes out or spells out their detail, or supplements them ("The
Care Leavers (England) Regulations 2010 fill in much of the detail", blind386). Rules made under
the Acts just named belong to the same list; an Act opening a sentence that says what it did
("The Children Act 2004 created the post of director") stays prose."""


def _fills_in_the_detail(reading: ReadableOutline, sentence: Span, cited: list[Span]) -> bool:
    """Whether `sentence` opens with the first title it cites, as its subject (perhaps after
    "The"), and says that instrument fills in the detail of the laws named before
    (`_FILLS_IN_THE_DETAIL`)."""
    if not cited:
        return False
    opening = reading.lower[sentence.start : cited[0].start].strip(" \t*_>")
    if opening not in ("", "the"):
        return False
    return _FILLS_IN_THE_DETAIL.match(reading.lower, cited[0].end, sentence.end) is not None


_LATER_ACTS = (
    r"(?:later|other|further|newer|more[ \t]+recent|subsequent)[ \t]+"
    r"(?:statutes|acts|laws|legislation)\b"
)
_LATER_ACTS_OPENING = re.compile(r"[ \t*_>]*" + _LATER_ACTS)
"""A sentence opening on Acts other than or later than some named before ("Later Acts have added
to those duties: …"): it names legislation as "legislation" does."""
_ADDS_TO_WHAT_CAME_BEFORE = re.compile(
    r"[ \t*_>]*(?:(?:[\w'\u2019-]+[ \t]+){0,3}?(?:also|further|in[ \t]+addition|additionally)\b"
    rf"|{_LATER_ACTS})"
)
"""The opening of a sentence whose list adds to an Act the sentence before named ("Later statutes
have added to those duties: …", "Other Acts also apply: …", "The council also has duties under
…")."""


def _acts_added_to(reading: ReadableOutline, sentence: Span, cited: list[Span]) -> list[Span]:
    """The Acts the sentence before `sentence`, in the same paragraph, names where `sentence`
    opens by adding its list to them ("Most of the council's duties come from the Children Act
    1989, and in particular from Part 3 of it. Later statutes have added to those duties: the
    Children Act 2004 …, the Children (Leaving Care) Act 2000 … and …", decision 0497): the list
    is written over two sentences, its first item in the first, as `_acts_added_next` reads one
    whose last items follow. A title the list names itself is not taken twice."""
    if _ADDS_TO_WHAT_CAME_BEFORE.match(reading.lower, sentence.start, sentence.end) is None:
        return []
    index = bisect_right(reading.sentence_starts, sentence.start) - 1
    if index <= 0:
        return []
    before = reading.sentences[index - 1]
    if "\n\n" in reading.text[before.end : sentence.start]:
        return []
    listed = {_title_key(reading.text, span) for span in cited}
    added: list[Span] = []
    for span in _without_short_names(reading.text, _titles_cited(reading.text, before)):
        if not _is_enactment(reading.text[span.start : span.end]):
            continue
        key = _title_key(reading.text, span)
        if key not in listed:
            listed.add(key)
            added.append(span)
    return added


def _title_key(text: str, span: Span) -> str:
    """A cited title as compared with another: its words in lower case, without "the"."""
    return " ".join(text[span.start : span.end].split()).lower().removeprefix("the ")


_PROVISION_RUN_ON = re.compile(r"\w*[ \t]+of[ \t]+(?:the[ \t]+)?")


def _without_a_provision_run_on(text: str, span: Span) -> Span:
    """`span` from its instrument's name on, where it opened inside a provision's number
    ("section 23CZA of the Children Act 1989" matched from "CZA"): the rest of that number and
    its "of the" are no part of the title."""
    if span.start == 0 or not text[span.start - 1].isalnum():
        return span
    run_on = _PROVISION_RUN_ON.match(text, span.start, span.end)
    return Span(run_on.end(), span.end) if run_on is not None else span


_LAW_HEADING = re.compile(
    r"(?:the[ \t]+)?(?:law|legislation|relevant[ \t]+legislation|legal[ \t]+"
    r"(?:framework|context|basis)|legislative[ \t]+framework)",
    re.IGNORECASE,
)
"""A section heading that names the law the chapter rests on ("The law", "Legal framework")."""
_HEADING_NUMBER_AND_MARKS = " \t#*_:.()0123456789"
_HEADING_NAMING_THE_LAW = re.compile(
    r"\b(?:law|laws|legal|legislation|legislative|statute|statutes|statutory)\b"
    r"|\b(?:duties|powers|responsibilities)[ \t]+(?:\w+[ \t]+)?"
    r"(?:come|comes|stem|stems)[ \t]+from\b"
    r"|\b(?:duties|powers)[ \t]+(?:behind|beneath|underneath|under)\b",
    re.IGNORECASE,
)
"""A heading by meaning that names the law or where the council's duties come from ("The law
behind our work", "What the law asks of us", "Where our duties come from"), or names it as
statute ("Statute and guidance", "Our statutory basis", decision 0546), or names the duties that
stand behind or under the work ("The duties behind our work", blind385), as a short heading of a
few words: it heads the law as "Legal framework" does (decision 0234)."""
_LAW_HEADING_WORDS_MAX = 6


_ACT_TITLE = re.compile(r"\bacts?[ \t]+(?:of[ \t]+)?(?:19|20)\d\d\b", re.IGNORECASE)
"""A statute's title with its year ("Children Act 1989"), not regulations or guidance."""


def _heads_the_law_in_other_words(heading: str) -> bool:
    """Whether a section's heading (its number and marks stripped) names the law in words of its
    own ("The law behind our work"), not as "The law" or "Legal framework" name it: the Acts
    its section cites are the list where three of them are Acts, written out or by their initials
    ("s.17 CA 1989", blind385; regulations and guidance beside two Acts, "The law and guidance",
    are cited in passing, decision 0220)."""
    return (
        len(heading.split()) <= _LAW_HEADING_WORDS_MAX
        and _HEADING_NAMING_THE_LAW.search(heading) is not None
    )


def _statutes_under_a_law_heading(reading: ReadableOutline) -> LegislationList:
    """The statutes a section headed as the law ("The law", "Legal framework") cites across its
    sentences, each once, where no list or sentence gave the legislation list: three or more
    ("… section 23CZA of the Children Act 1989, added by the Children and Families Act 2014.
    Our wider duties … come from the Children (Leaving Care) Act 2000."), the heading saying
    what they are as a list's introduction would (decision 0220). A short name given in
    brackets after a title ("the Children Act 1989 (CA 1989)") is that Act wherever the section
    uses it again ("… a duty under Part 3 of the CA 1989"), not one more item (blind344)."""
    for section in reading.outline.sections:
        cited = _statutes_of_a_law_section(reading, section)
        if cited:
            return LegislationList(
                [reading.plain.to_original(span.start, span.end) for span in cited]
            )
    return LegislationList([])


def _statutes_of_a_law_section(reading: ReadableOutline, section: Section) -> list[Span]:
    """The statutes `section` cites across its sentences, each once, in plain offsets, where its
    heading names the law and they are enough to be its list (see
    `_statutes_under_a_law_heading`); empty otherwise."""
    heading = (section.heading or "").strip(_HEADING_NUMBER_AND_MARKS)
    if not heading:
        return []
    in_other_words = _LAW_HEADING.fullmatch(heading) is None
    if in_other_words and not _heads_the_law_in_other_words(heading):
        return []
    start = reading.plain.to_plain(section.start)
    end = reading.plain.to_plain(section.end)
    cited: list[Span] = []
    seen: set[str] = set()
    for sentence in _sentences_citing_acts(reading):
        if sentence.start < start or sentence.end > end:
            continue
        titles = _titles_cited(reading.text, sentence)
        kept = _without_short_names(reading.text, titles)
        seen.update(_title_key(reading.text, span) for span in titles if span not in kept)
        for found in kept:
            span = _without_a_provision_run_on(reading.text, found)
            title = " ".join(reading.text[span.start : span.end].split()).lower()
            if title.removeprefix("the ") not in seen:
                seen.add(title.removeprefix("the "))
                cited.append(span)
    acts = sum(
        1
        for span in cited
        if _ACT_TITLE.search(reading.text, span.start, span.end)
        or _ABBREVIATED_ACT.fullmatch(reading.text, span.start, span.end)
        or _YEAR_BEFORE_AN_ACT.fullmatch(reading.text, span.start, span.end)
    )
    if len(cited) >= _STATUTES_IN_A_SENTENCE and (
        not in_other_words or acts >= _STATUTES_IN_A_SENTENCE
    ):
        return cited
    return []


def _the_rest_of_its_law_section(
    reading: ReadableOutline, sentence: Span, cited: list[Span]
) -> list[Span]:
    """The statutes of the law section `sentence` stands in, where that section's own sentences
    cite every title of the list run into `sentence` and more ("Our duties come mainly from the
    Children Act 1989 and the Children Act 2004, while the Children and Social Work Act 2017
    sets out … The Children and Families Act 2014 gave young people …" under "Our legal
    duties", blind368): the heading makes every statute its sentences cite the list, as
    `_statutes_under_a_law_heading` reads a section whose sentences hold no list; `cited`
    otherwise."""
    section = reading.outline.section_at(
        reading.plain.to_original(sentence.start, sentence.start).start
    )
    if section is None:
        return cited
    whole = _statutes_of_a_law_section(reading, section)
    keys = {_title_key(reading.text, span) for span in whole}
    if not all(_title_key(reading.text, span) in keys for span in cited):
        return cited
    listed = {_title_key(reading.text, span) for span in cited}
    kept = [
        span
        for span in whole
        if _title_key(reading.text, span) in listed
        or _FULL_TITLE.fullmatch(reading.text, span.start, span.end)
    ]
    return kept if len(kept) > len(cited) else cited


_FULL_TITLE = re.compile(
    r"(?:the[ \t]+)?[A-Z][\w()'\u2019,-]*(?:[ \t]+[\w()'\u2019,-]+)*?[ \t]+"
    r"(?:Act|Regulations)[ \t]+(?:19|20)\d\d"
)
"""An Act's or Regulations' whole title with its year ("the Children and Families Act 2014"),
not a short name the chapter gives one it has listed ("the Act of 2017", "the Leaving Care Act
and the 2017 Act"): only whole titles a law section cites in its other sentences join the list
run into one of them (blind357's short names, blind368)."""


_CLOSING_AND = re.compile(r"[ \t]*,?[ \t]+and[ \t]+(?:the[ \t]+)?")
_CLAUSE_BREAK = re.compile(r"[ \t]*;[ \t]*")


def _list_closed_before_a_clause(text: str, cited: list[Span], needed: int) -> list[Span]:
    """The titles of a list run into a sentence, up to the one its "and" closes where a
    semicolon follows it and another clause opens ("The main legislation is the Children Act
    1989, the Adoption and Children Act 2002 and the Children and Families Act 2014; the Care
    Planning … Regulations 2010 set out how plans are made"): a title after the semicolon is
    that clause's subject, not an item, when the list had enough titles before it. Where the
    parts between semicolons are all titles, `_items_between_semicolons` reads them instead."""
    for position in range(needed - 1, len(cited) - 1):
        title, before = cited[position], cited[position - 1]
        if _CLOSING_AND.fullmatch(text, before.end, title.start) and _CLAUSE_BREAK.match(
            text, title.end
        ):
            return cited[: position + 1]
    return cited


_LETTER_OF_A_PROVISION = re.compile(r"[A-Z]{1,3}[ \t]+of[ \t]+the[ \t]+(?:19|20)\d\d")
"""The letters closing a provision's number and the Act it is of named by its year alone
("section 23C of the 1989 Act", blind385): "C of the 1989" is no title, the Act is one named
before."""
_LETTERS_OF_A_PROVISION = re.compile(r"[A-Z]{1,3}[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?(?=[A-Z])")
"""The letters closing a provision's number before the Act's title ("s.23E Children Act 1989",
"section 22G of the Children Act 1989"): the number's, not the title's."""


def _a_provision_of_an_act_named_before(text: str, match: re.Match[str]) -> bool:
    """Whether a cited title opens inside a provision's number and names the Act only by its
    year (`_LETTER_OF_A_PROVISION`)."""
    return (
        match.start() > 0
        and text[match.start() - 1].isalnum()
        and _LETTER_OF_A_PROVISION.fullmatch(match.group()) is not None
    )


def _past_a_provisions_letters(text: str, match: re.Match[str]) -> int:
    """Where a cited title starts: past the letters of a provision's number it opened inside
    ("23E Children Act 1989" cites the Children Act 1989, as "22(3) Children Act 1989" does),
    so an Act is named and counted alike however its sections are numbered."""
    if match.start() == 0 or not text[match.start() - 1].isdigit():
        return match.start()
    letters = _LETTERS_OF_A_PROVISION.match(text, match.start(), match.end())
    return match.start() if letters is None else letters.end()


def _titles_cited(text: str, sentence: Span) -> list[Span]:
    """The statutes a sentence cites, in text order: titles with their years ("Children Act
    1989"), Acts by their initials and years ("C(LC)A 2000", which a title's words do not
    spell), and Acts by their titles alone ("the Adoption and Children Act"), each once."""
    years_first = [
        *_YEARS_BEFORE_ACTS.finditer(text, sentence.start, sentence.end),
        *_YEAR_BEFORE_AN_ACT.finditer(text, sentence.start, sentence.end),
    ]
    plural_of_years = [
        Span(match.start(), match.end())
        for match in _PLURAL_TITLE_OF_YEARS.finditer(text, sentence.start, sentence.end)
    ]
    cited = plural_of_years + [
        _with_its_later_years(
            text, Span(_past_a_provisions_letters(text, match), match.end()), sentence.end
        )
        for match in _CITED_TITLE.finditer(text, sentence.start, sentence.end)
        if _is_statute(match.group())
        and not find_dates(match.group())
        and not _a_provision_of_an_act_named_before(text, match)
        and not any(match.start() < run.start() < match.end() <= run.end() for run in years_first)
        and not any(span.start <= match.start() < span.end for span in plural_of_years)
    ]
    for match in years_first:
        if not any(span.start < match.end() and match.start() < span.end for span in cited):
            cited += [
                Span(match.start() + year.start(), match.end())
                for year in _ANY_YEAR.finditer(match.group())
            ]
    for pattern in (_ABBREVIATED_ACT, _UNDATED_ACT):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            start, end = match.start(), match.end()
            if pattern is _UNDATED_ACT:
                opening = match.group().partition(" ")[0]
                if opening in _NOT_A_TITLE_OPENING:
                    start += len(opening) + 1
                if " " not in match.group()[start - match.start() :]:
                    continue  # "The Act": an Act named before, no title
            if pattern is _ABBREVIATED_ACT:  # "C(LC)A 2000" holds the title "A 2000"
                cited = [span for span in cited if not start < span.start < end]
            if any(span.start < end and start < span.end for span in cited):
                continue
            if _is_statute(text[start:end]):
                cited.append(Span(start, end))
    if "uidance" in text[sentence.start : sentence.end]:
        cited += _guidance_cited(text, sentence, cited)
    return sorted(cited, key=lambda span: span.start)


_GUIDANCE_IN_A_SENTENCE = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,15}?[ \t]*\([ \t]*(?:"
    rf"{_YEAR}(?:[ \t]*[,;])?[ \t]*(?:[Ss]tatutory[ \t]+)?[Gg]uidance"
    rf"|(?:[Ss]tatutory[ \t]+)?[Gg]uidance[ \t]*[,;]?[ \t]*{_YEAR})[ \t]*\)"
)
"""A guidance title run into a sentence that names itself guidance in a closing bracket with
its year ("… together with Working Together to Safeguard Children (statutory guidance, 2023)"):
from the first capitalised word after the last comma, as `_GUIDANCE_BY_ITS_BRACKET` reads the
same title as a list item (decisions 0199, 0276)."""
_CAPITALISED_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z]")


def _guidance_cited(text: str, sentence: Span, cited: list[Span]) -> list[Span]:
    """The guidance titles `sentence` cites with "(statutory guidance, YEAR)" after them, each
    from its first capitalised word past any title already `cited` before it (a list run into
    a sentence names an Act and then the guidance: "… Act 2017 and Working Together …")."""
    found: list[Span] = []
    for match in _GUIDANCE_IN_A_SENTENCE.finditer(text, sentence.start, sentence.end):
        ends_inside = [span.end for span in cited if match.start() < span.end < match.end()]
        start = max([match.start(), *ends_inside])
        if start > match.start():
            capital = _CAPITALISED_WORD.search(text, start, match.end())
            if capital is None:
                continue
            start = capital.start()
        if _names_itself_statutory_guidance(text[start : match.end()]):
            found.append(Span(start, match.end()))
    return found


_PLURAL_TITLE_YEAR = re.compile(rf"\bActs[ \t]+{_YEAR}$")
_LATER_YEARS = re.compile(rf"(?:[ \t]*,[ \t]*{_YEAR})*[ \t]+(?:and|&)[ \t]+{_YEAR}\b")


def _with_its_later_years(text: str, title: Span, limit: int) -> Span:
    """A title cited in prose with the years after its first, where the title is plural ("the
    Children Acts 1989 and 2004"): one item as cited, as a list entry so written is (decisions
    0004, 0206), not "Children Acts 1989" with the later Act dropped (decision 0477)."""
    if not _PLURAL_TITLE_YEAR.search(text, title.start, title.end):
        return title
    later = _LATER_YEARS.match(text, title.end, limit)
    return title if later is None else Span(title.start, later.end())


_OPENS_A_BRACKET = re.compile(r"[ \t]*\([ \t]*")
_CLOSES_A_BRACKET = re.compile(r"[ \t]*\)")


def _without_short_names(text: str, cited: list[Span]) -> list[Span]:
    """Titles cited in a sentence, less each one in brackets right after the title before it:
    the short name the text will use for that Act ("the Children Act 1989 (CA 1989)"), not
    another Act."""
    kept: list[Span] = []
    for span in cited:
        if (
            kept
            and _OPENS_A_BRACKET.fullmatch(text, kept[-1].end, span.start)
            and _CLOSES_A_BRACKET.match(text, span.end)
        ):
            continue
        kept.append(span)
    return kept


_SEMICOLONS_IN_A_RUN = 2
_ITEM_OPENING = re.compile(r"[\s,;]*(?:(?:and|or)\s+)?")
_ITEM_CLOSING = " \t.;,:"


def _items_between_semicolons(reading: ReadableOutline, sentence: Span, start: int) -> list[Span]:
    """The items of a list run into a sentence with semicolons between them ("…rests on the
    Children Act 1989; the Care Planning, Placement and Case Review (England) Regulations 2010;
    and Working Together to Safeguard Children."), from the first title cited to the sentence's
    end, when every part is a title: there a comma belongs to a title, and a title without a
    year (guidance) is an item too. Empty when the parts are not all titles."""
    text = reading.text
    if text.count(";", start, sentence.end) < _SEMICOLONS_IN_A_RUN:
        return []
    items = []
    part_start = start
    while part_start < sentence.end:
        part_end = text.find(";", part_start, sentence.end)
        part_end = sentence.end if part_end == -1 else part_end
        opening = _ITEM_OPENING.match(text, part_start, part_end)
        item_start = opening.end() if opening is not None else part_start
        item_end = item_start + len(text[item_start:part_end].rstrip(_ITEM_CLOSING))
        if item_end <= item_start or not _is_statute(text[item_start:item_end]):
            return []
        items.append(Span(item_start, item_end))
        part_start = part_end + 1
    return items


def _words_before(reading: ReadableOutline, start: int) -> str:
    """The block before original offset `start` (a list's heading or introduction), if any."""
    index = bisect_right(reading.block_starts, start) - 1
    while index >= 0 and reading.blocks[index].type == "list_item":
        index -= 1
    return reading.blocks[index].text if index >= 0 else ""


def lists_after_colons(reading: ReadableOutline) -> list[tuple[Span, list[Span]]]:
    """Each sentence ending with ":" and the list of lines after it, where the sectioner made
    no list-item blocks of them (those are `block_lists`); found once per reading, for every
    extractor that looks for a list however it is introduced."""
    if "lists_after_colons" not in reading.memo:
        found = []
        for sentence in reading.sentences_containing(":"):
            if reading.text[sentence.end - 1] == ":" and not _list_blocks_follow(reading, sentence):
                items = _up_to_a_heading(reading, reading.list_items_after(sentence.end))
                if items:
                    found.append((sentence, items))
        reading.memo["lists_after_colons"] = found
    lists: list[tuple[Span, list[Span]]] = reading.memo["lists_after_colons"]
    return lists


def _up_to_a_heading(reading: ReadableOutline, items: list[Span]) -> list[Span]:
    """The unmarked lines of a list up to the first that the sectioner took as a heading: the
    line after an unbulleted list of statutes may open the next section ("Our shared
    commitment"). A line where the sectioner began a new section from its content ends the list
    as a heading does: it opens that section ("A Shared Responsibility" over its paragraph)."""
    section_starts = {section.start for section in reading.outline.sections}
    for position, item in enumerate(items):
        block = reading.block_at(item.start)
        if block is not None and (block.type == "heading" or block.start in section_starts):
            return items[:position]
    return items


def _list_blocks_follow(reading: ReadableOutline, sentence: Span) -> bool:
    """Whether list-item blocks follow plain `sentence` (their list is among `block_lists`)."""
    original_end = reading.plain.to_original(sentence.end, sentence.end).start
    index = bisect_right(reading.block_starts, original_end)
    return index < len(reading.blocks) and reading.blocks[index].type == "list_item"


def _read_legislation(
    reading: ReadableOutline, abbreviations: Mapping[str, str] = _NO_ABBREVIATIONS
) -> tuple[list[dict[str, Any]], list[Evidence]]:
    found = legislation_list(reading)
    if not found.items:
        return [], []
    evidence = [] if found.introduction is None else [reading.evidence(found.introduction)]
    evidence += [reading.evidence_at_original(item) for item in found.items]
    text = reading.outline.text
    cited = [
        _legislation_item(
            _plain_words(_title_over_description(text[item.start : item.end])), abbreviations
        )
        for item in found.items
    ]
    return cited, evidence


_DESCRIPTION_BELOW = re.compile(
    rf"(?P<title>[^\n]*?\b{_YEAR}\)?)[ \t]*\n(?=[ \t]*[a-z])"
    rf"(?![ \t]*(?:and|&)[ \t]+(?:of[ \t]+)?{_YEAR}\b)"
)


def _title_over_description(quote: str) -> str:
    """An item's cited title without the description on the lines under it: a definition list
    names the instrument in its term and says what it does below ("Children Act 1989" over
    "our main duties to children in need"), as a dash does on one line. A line going on with
    the title's next year ("Children Acts, of 1989" over "and of 2004", a hard wrap) is the
    title still."""
    below = _DESCRIPTION_BELOW.match(quote)
    if below is None or not _STATUTE.search(below.group("title")):
        return quote
    return below.group("title")


def legislation(reading: ReadableOutline) -> Fact:
    """The legislation list as cited: the list introduced as legislation ("underpinned by a
    range of legislation…:"), or any list or table whose items are mostly statutes and guidance.

    Duplicates are kept as cited; no list gives []. Instruments are read as written; a family
    that keeps abbreviations reads them with `legislation_with_abbreviations`.
    """
    items, evidence = _read_legislation(reading)
    return Fact("legislation", items, tuple(evidence))


def legislation_with_abbreviations(
    abbreviations: Mapping[str, str],
) -> Callable[[ReadableOutline], Fact]:
    """The `legislation` extractor of a family whose data abbreviates Acts ("CA" for the
    Children Act): each item's instrument is the full title, so the family's supersession data
    and comparisons across councils match "CA 1989" as they match "Children Act 1989"."""
    table: Mapping[str, str] = MappingProxyType(dict(abbreviations))

    def read(reading: ReadableOutline) -> Fact:
        items, evidence = _read_legislation(reading, table)
        return Fact("legislation", items, tuple(evidence))

    read.__doc__ = legislation.__doc__
    return read


def legislation_count(reading: ReadableOutline) -> Fact:
    """The number of items the legislation list cites (0 when there is none).

    An item cited twice in the same words ("Children Act 1989" listed again at the list's end)
    is one item. Provisions of one Act cited apart ("Children Act 1989, section 17", "Children
    Act 1989, section 22") are items of their own, as cited; so are an Act and the same Act with
    a provision. The list itself (`legislation`) keeps every item as cited."""
    found = legislation_list(reading)
    if not found.items:
        return Fact("legislation_count", 0)
    if found.introduction is not None:
        evidence = reading.evidence(found.introduction)
    else:
        evidence = reading.evidence_at_original(Span(found.items[0].start, found.items[-1].end))
    text = reading.outline.text
    distinct = {_cited_words(text[item.start : item.end]) for item in found.items}
    return Fact("legislation_count", len(distinct), (evidence,))


def _cited_words(cited: str) -> str:
    """An item's words as cited, without case, spacing, markup or closing punctuation."""
    return " ".join(_plain_words(cited).lower().split()).strip(" ,;:.")


SEARCH_WORDS = (
    *_YEAR_LEAD_INS,
    *_REVIEW_YEAR_LEAD_INS,
    *_LEGISLATION_WORDS,
    *_GUIDANCE_WORDS,
    *_CITED_ACT_WORDS,
    *_PART_OF_YEAR_WORDS,
    ":",
)
"""The words the extractors above ask a reading for; each family's `SearchWords` includes them."""
