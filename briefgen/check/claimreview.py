"""The rules a brief's schema.org ClaimReview must meet.

Search engines show a fact-check's ClaimReview only when it is complete and consistent with the
page; we check those rules on the model, so a brief that would produce invalid markup fails
`briefgen check` instead of publishing it.
"""

from __future__ import annotations

from briefgen.model import Brief

CLAIM_REVIEWED_MAX = 75  # characters; longer claims are cut off where fact-checks are shown


def claim_review_problems(brief: Brief) -> list[tuple[str, str, str]]:
    """Problems as (field, message, hint) for the brief's ClaimReview markup."""
    problems = []
    summary = brief.claim.summary
    if len(summary) > CLAIM_REVIEWED_MAX:
        problems.append(("claim.summary",
                         f"is {len(summary)} characters long; a fact-check's claim is shown in "
                         f"at most {CLAIM_REVIEWED_MAX}",
                         "shorten the summary: it becomes the ClaimReview's claimReviewed"))
    if not brief.verdict.rating.label.strip():
        problems.append(("verdict.rating", "the rating has no label",
                         "give the rating a label in briefgen.yaml"))
    return problems
