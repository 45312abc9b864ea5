"""The corpus's proportions and limits: how often each topic, rating and stance comes up."""

from __future__ import annotations

import datetime as dt
from itertools import accumulate

TOPICS = ("politics", "business", "health", "sport")
TOPIC_WEIGHTS = (34, 26, 22, 18)
RATINGS = ("true", "mostly-true", "mixed", "mostly-false", "false", "unproven")
RATING_WEIGHTS = (9, 12, 18, 21, 23, 17)
STANCES = ("denies", "disputes", "confirms", "declines-to-comment", "clarifies")
STANCE_WEIGHTS = (50, 20, 8, 10, 12)
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = (dt.date(2026, 10, 31) - FIRST_DAY).days
WORDS_MIN, WORDS_MAX = 620, 780
DRAFT_SHARE = 0.02
# Briefs as rich as the seed's: two respondents, seven to nine other sources (nine speakers
# or more, a dozen quotes or more), and a long verdict. Chosen from a stream of their own, so
# every other brief is the same as in a corpus without them.
RICH_SHARE = 0.15
ZIPF_EXPONENT = 1.05
CLAIM_SUMMARY_MAX = 75  # briefgen's limit: the summary becomes the ClaimReview's claimReviewed


def zipf_cumulative(count: int, exponent: float = ZIPF_EXPONENT) -> list[float]:
    return list(accumulate(1.0 / (rank ** exponent) for rank in range(1, count + 1)))
