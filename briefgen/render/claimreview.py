"""Machine-readable descriptions of a brief: schema.org ClaimReview, and the rules it must meet.

Search engines show a fact-check's ClaimReview only when it is complete and consistent with the
page; we check those rules on the model, so a brief that would produce invalid markup fails
`briefgen check` instead of publishing it. What is only recommended is a warning.
"""

from __future__ import annotations

import json
from typing import Any

from briefgen.diagnostics import Severity
from briefgen.model import Brief, SiteConfig, Speaker

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


def _claimant(speaker: Speaker) -> dict[str, str] | None:
    """The claim's author as schema.org sees them; unnamed sources have no author to give."""
    if speaker.kind == "person":
        kind = "Person"
    elif speaker.kind in ("organization", "government", "group"):
        kind = "Organization"
    else:
        return None
    author = {"@type": kind, "name": speaker.name}
    if speaker.role and kind == "Person":
        author["jobTitle"] = speaker.role
    if speaker.url:
        author["url"] = speaker.url
    return author


def claim_review(brief: Brief, config: SiteConfig, url: str) -> dict[str, Any]:
    """The ClaimReview of a brief published at ``url`` (absolute)."""
    rating = brief.verdict.rating
    review_rating: dict[str, Any] = {"@type": "Rating", "alternateName": rating.label}
    values = [r.value for r in config.ratings if r.value is not None]
    if rating.value is not None and values:
        review_rating.update(ratingValue=rating.value, bestRating=max(values),
                             worstRating=min(values))
    claim: dict[str, Any] = {"@type": "Claim"}
    author = _claimant(brief.claim.by)
    if author:
        claim["author"] = author
    if brief.article.published:
        claim["datePublished"] = brief.article.published.isoformat()
    if brief.article.url:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": brief.article.url}
        if brief.article.headline:
            appearance["headline"] = brief.article.headline
        claim["appearance"] = appearance
    publisher: dict[str, Any] = {"@type": "Organization", "name": config.publisher.name}
    if config.publisher.url:
        publisher["url"] = config.publisher.url
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": brief.claim.summary,
        "datePublished": brief.date.isoformat(),
        "author": publisher,
        "reviewRating": review_rating,
        "itemReviewed": claim,
    }


def script_json(data: Any) -> str:
    """JSON safe inside <script>: no "</script>", "<!--" or line separators can end or break it."""
    return script_safe(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2))


def script_safe(text: str) -> str:
    """JSON text made safe inside <script> (see script_json)."""
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
