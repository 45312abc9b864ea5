"""Machine-readable descriptions of a brief: schema.org ClaimReview (its rules are checked
before anything is rendered: check/claimreview.py)."""

from __future__ import annotations

import json
from typing import Any

from briefgen.model import Brief, SiteConfig, Speaker
from briefgen.render.card import last_modified


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


def claim_review(brief: Brief, config: SiteConfig, url: str, label: str) -> dict[str, Any]:
    """The ClaimReview of a brief published at ``url`` (absolute), its rating called
    ``label`` (as its page names it, in the brief's language)."""
    rating = brief.verdict.rating
    review_rating: dict[str, Any] = {"@type": "Rating", "alternateName": label}
    values = [r.value for r in config.ratings if r.value is not None]
    if rating.value is not None and values:
        review_rating.update(ratingValue=rating.value, bestRating=max(values),
                             worstRating=min(values))
    claim: dict[str, Any] = {"@type": "Claim"}
    author = _claimant(brief.claim.by)
    if author:
        claim["author"] = author
    article = brief.article
    if article.published:  # the claim was made no later than the article that reports it
        claim["datePublished"] = article.published.isoformat()
    if article.url or article.headline or article.outlet:
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if article.url:
            appearance["url"] = article.url
        if article.headline:
            appearance["headline"] = article.headline
        if article.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
        if article.published:
            appearance["datePublished"] = article.published.isoformat()
        claim["appearance"] = appearance
    publisher: dict[str, Any] = {"@type": "Organization", "name": config.publisher.name}
    if config.publisher.url:
        publisher["url"] = config.publisher.url
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "inLanguage": brief.language,
        "claimReviewed": brief.claim.summary,
        "datePublished": brief.date.isoformat(),
        "author": publisher,
        "reviewRating": review_rating,
        "itemReviewed": claim,
    }
    modified = last_modified(brief)  # its update or its latest correction
    if modified > brief.date:
        review["dateModified"] = modified.isoformat()
    return review


def script_json(data: Any) -> str:
    """JSON safe inside <script>: no "</script>", "<!--" or line separators can end or break it."""
    return script_safe(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2))


def script_safe(text: str) -> str:
    """JSON text made safe inside <script> (see script_json)."""
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
