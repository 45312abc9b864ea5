"""The rules a brief's schema.org ClaimReview must meet.

Search engines show a fact-check's ClaimReview only when it is complete and consistent with the
page; we check those rules on the model, so a brief that would produce invalid markup fails
`briefgen check` instead of publishing it. What is only recommended is a warning.
"""

from __future__ import annotations

from briefgen.diagnostics import Severity
from briefgen.model import Brief

CLAIM_REVIEWED_MAX = 75  # characters; Google recommends it, and cuts longer claims off


def claim_review_problems(brief: Brief) -> list[tuple[Severity, str, str, str]]:
    """Problems as (severity, field, message, hint) for the brief's ClaimReview markup."""
    problems: list[tuple[Severity, str, str, str]] = []
    summary = brief.claim.summary
    if len(summary) > CLAIM_REVIEWED_MAX:
        problems.append(("warning", "claim.summary",
                         f"is {len(summary)} characters long; search results show at most "
                         f"{CLAIM_REVIEWED_MAX} of a fact-check's claim",
                         "shorten the summary, or readers of search results see it cut off (it "
                         "becomes the ClaimReview's claimReviewed)"))
    if not brief.verdict.rating.label.strip():
        problems.append(("error", "verdict.rating", "the rating has no label",
                         "give the rating a label in briefgen.yaml"))
    return problems
