"""claimcheck: find the quantitative and temporal claims in French and English news
text and check them against reference data.

>>> import claimcheck as cc
>>> [m.text for m in cc.extract("près de 100 points de vente", lang="fr")]
['près de 100']
"""

from claimcheck.check import check, check_many
from claimcheck.claims import parse_claims
from claimcheck.errors import (
    ClaimcheckError,
    InputError,
    LanguageError,
    LexiconError,
    ReferenceDataError,
)
from claimcheck.extract import extract
from claimcheck.models import (
    Claim,
    ClaimKind,
    Finding,
    Measure,
    Mention,
    MentionKind,
    Period,
    Qualifier,
    Reason,
    RecordKind,
    ReferenceRecord,
    Relation,
    Report,
    Span,
    Tolerance,
    Verdict,
)
from claimcheck.reference import Reference
from claimcheck.render import render

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "ClaimKind",
    "ClaimcheckError",
    "Finding",
    "InputError",
    "LanguageError",
    "LexiconError",
    "Measure",
    "Mention",
    "MentionKind",
    "Period",
    "Qualifier",
    "Reason",
    "RecordKind",
    "Reference",
    "ReferenceDataError",
    "ReferenceRecord",
    "Relation",
    "Report",
    "Span",
    "Tolerance",
    "Verdict",
    "__version__",
    "check",
    "check_many",
    "extract",
    "parse_claims",
    "render",
]
