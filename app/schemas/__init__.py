"""The public JSON contract (Pydantic), shared by the API and the CLI's `--json` output."""

from app.schemas.comparisons import ComparisonRead
from app.schemas.facts import EvidenceRead, FactRead, FactValueRead
from app.schemas.sections import BlockRead, SectionRead
from app.schemas.versions import ParsedVersionRead

__all__ = [
    "BlockRead",
    "ComparisonRead",
    "EvidenceRead",
    "FactRead",
    "FactValueRead",
    "ParsedVersionRead",
    "SectionRead",
]
