"""Watched sources, the pure part: what a change says, fact rules, which URLs may be fetched.

No network and no database: `app.store` keeps sources and changes, `app.watch` fetches.
"""

from app.sources.model import (
    CITATIONS_FACT,
    RULE_CONDITIONS,
    ChangeSummary,
    FactChange,
    FactRule,
    RuleCondition,
    SectionChangeSummary,
    SupersededCitation,
)
from app.sources.rules import make_rule, rule_matches
from app.sources.summary import describe_change, summarize_comparison
from app.sources.urls import check_http_url, is_public_address

__all__ = [
    "CITATIONS_FACT",
    "RULE_CONDITIONS",
    "ChangeSummary",
    "FactChange",
    "FactRule",
    "RuleCondition",
    "SectionChangeSummary",
    "SupersededCitation",
    "check_http_url",
    "describe_change",
    "is_public_address",
    "make_rule",
    "rule_matches",
    "summarize_comparison",
]
