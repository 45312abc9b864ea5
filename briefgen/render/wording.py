"""Every sentence briefgen writes from figures, worded in one table.

The rules that choose what to say (briefgen.render.plain) pass numbers; the words are here, one
whole sentence per message with a form for each plural category, so a translation replaces
this table and the plural rule, and nothing else. A number is written inside <data value=…>,
so the sentence and the charts beside it can be checked against each other.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape

# Each message has a form for each plural category of the language (CLDR's: English has
# "one" for 1 and "other"), and may have one for an exact count ("=2"), as ICU messages do.
MESSAGES: dict[str, dict[str, str]] = {
    # who speaks for each side
    "claim_sources_some_unnamed": {
        "one": "{count:word} of the {total:word} sources for the claim is unnamed.",
        "other": "{count:word} of the {total:word} sources for the claim are unnamed."},
    "claim_sources_all_unnamed": {
        "one": "The claim's only source is unnamed.",
        "=2": "Both sources for the claim are unnamed.",
        "other": "All {count:word} sources for the claim are unnamed."},
    "claim_sources_all_named": {
        "one": "The claim's only source is named.",
        "=2": "Both sources for the claim are named.",
        "other": "All {count:word} sources for the claim are named."},
    "response_sources_some_unnamed": {
        "one": "{count:word} of the {total:word} sources for the response is unnamed.",
        "other": "{count:word} of the {total:word} sources for the response are unnamed."},
    "response_sources_all_unnamed": {
        "one": "The response's only source is unnamed.",
        "=2": "Both sources for the response are unnamed.",
        "other": "All {count:word} sources for the response are unnamed."},
    "response_sources_all_named": {
        "one": "The response's only source is named.",
        "=2": "Both sources for the response are named.",
        "other": "All {count:word} sources for the response are named."},
    "other_sources_some_unnamed": {
        "one": "{count:word} of the {total:word} other sources quoted is unnamed.",
        "other": "{count:word} of the {total:word} other sources quoted are unnamed."},
    "other_sources_all_unnamed": {
        "one": "The one other source quoted is unnamed.",
        "=2": "Both other sources quoted are unnamed.",
        "other": "All {count:word} other sources quoted are unnamed."},
    "other_sources_all_named": {
        "one": "The one other source quoted is named.",
        "=2": "Both other sources quoted are named.",
        "other": "All {count:word} other sources quoted are named."},
    "no_response": {
        "other": "The article carries no response to the claim."},
    # how much room each side gets
    "word_shares": {
        "one": "Of the {count} word the editors attribute to a speaker, the claim side has "
               "{claim:percent}, the response side {response:percent} and other statements "
               "{other:percent}.",
        "other": "Of the {count} words the editors attribute to a speaker, the claim side has "
                 "{claim:percent}, the response side {response:percent} and other statements "
                 "{other:percent}."},
    # the editors' annotations beside the detector
    "agreement_same": {
        "one": "The editors marked {count:word} passage of the article as someone's words, "
               "and the automatic detector found a statement in the same place.",
        "other": "The editors marked {count:word} passages of the article as someone's words, "
                 "and the automatic detector found {count:word} statements in the same "
                 "places."},
    "editors_marked": {
        "one": "The editors marked {count:word} passage of the article as someone's words.",
        "other": "The editors marked {count:word} passages of the article as someone's words."},
    "detector_found": {
        "one": "The automatic detector found {count:word} statement.",
        "other": "The automatic detector found {count:word} statements."},
    "agreement_split": {
        "other": "The counts differ because a passage is the words the editors attribute to "
                 "a speaker, which may be part of a sentence, while a statement is a whole "
                 "sentence the detector reads as reporting speech: every passage lies in one "
                 "of its statements."},
    "agreement_unmarked": {
        "one": "{count:word} of the detector's statements is not among the editors' "
               "passages.",
        "other": "{count:word} of the detector's statements are not among the editors' "
                 "passages."},
    "agreement_ignored": {
        "one": "The editors judged {count:word} statement the detector found to need no "
               "annotation.",
        "other": "The editors judged {count:word} statements the detector found to need no "
                 "annotation."},
    "agreement_missed": {
        "one": "{count:word} of the editors' passages is not a statement the detector "
               "recognises: it reads only sentences that report speech with a verb or "
               "phrase such as “said” or “according to”.",
        "other": "{count:word} of the editors' passages are not statements the detector "
                 "recognises: it reads only sentences that report speech with a verb or "
                 "phrase such as “said” or “according to”."},
    # the article's sentences
    "sentences_attributed": {
        "one": "{count:word} of the article's {sentences} sentences attributes what it says "
               "to someone.",
        "other": "{count:word} of the article's {sentences} sentences attribute what they "
                 "say to someone."},
    "statements_unnamed": {
        "one": "{count:word} statement rests on an unnamed source or none.",
        "other": "{count:word} statements rest on an unnamed source or none."},
    "statements_unnamed_none": {
        "other": "No statement rests on an unnamed source."},
    # readability
    "article_level": {
        "other": "The article reads at {level} level (Flesch–Kincaid grade {grade:.1f}): its "
                 "sentences average {length:.1f} words."},
    "brief_level": {
        "other": "This brief's own text reads at {level} level (grade {grade:.1f})."},
    "reading_time": {
        "one": "The article takes about {count} minute to read.",
        "other": "The article takes about {count} minutes to read."},
    # the whole desk
    "desk_briefs": {
        "one": "We have published {count:word} brief.",
        "other": "We have published {count:word} briefs."},
    "desk_claim_unnamed": {
        "=0": "None of the {total} sources for the claims we checked is unnamed.",
        "one": "{count:word} of the {total} sources for the claims we checked is unnamed "
               "({share:percent}).",
        "other": "{count:word} of the {total} sources for the claims we checked are unnamed "
                 "({share:percent})."},
    "desk_response_unnamed": {
        "=0": "None of the {total} sources for the responses is unnamed.",
        "one": "{count:word} of the {total} sources for the responses is unnamed "
               "({share:percent}).",
        "other": "{count:word} of the {total} sources for the responses are unnamed "
                 "({share:percent})."},
    "desk_other_unnamed": {
        "=0": "None of the {total} other sources quoted is unnamed.",
        "one": "{count:word} of the {total} other sources quoted is unnamed ({share:percent}).",
        "other": "{count:word} of the {total} other sources quoted are unnamed "
                 "({share:percent})."},
    "desk_grades": {
        "other": "On average, the articles we checked read at grade {article:.1f} and our "
                 "briefs at grade {brief:.1f}."},
}

# The level of schooling a Flesch–Kincaid grade stands for, below each upper bound.
LEVELS = (
    (6.0, "a primary-school"),
    (9.0, "an early secondary-school"),
    (13.0, "a late secondary-school"),
    (17.0, "a university"),
    (float("inf"), "a postgraduate"),
)

GRADE_SCALE = 20.0  # the grade at which a chart's bar is full

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def plural_category(count: int) -> str:
    """The CLDR plural category of ``count`` in English."""
    return "one" if count == 1 else "other"


def level(grade: float) -> str:
    return next(name for bound, name in LEVELS if grade < bound)


def percent(share: float) -> str:
    """A share of 0..1 as a whole percentage: how every page writes a share, in words and
    beside a chart's bar alike."""
    return f"{round(share * 100):d}%"


class _Figures(string.Formatter):
    """Formats each number of a message inside <data value=…>, escaping everything else.
    Format specs: "word" spells a count under ten, "percent" writes a share of 0..1."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, str):  # a word, such as a level: not a figure
            return str(escape(value))
        if format_spec == "word":
            shown = NUMBER_WORDS[value] if 0 <= value < len(NUMBER_WORDS) else f"{value:d}"
            data = f"{value:d}"
        elif format_spec == "percent":
            shown = data = percent(value)
            data = shown.removesuffix("%")
        else:
            shown = data = format(value, format_spec)
        return f'<data value="{data}">{escape(shown)}</data>'


_FORMATTER = _Figures()


def say(message: str, count: int = 0, **figures: Any) -> Markup:
    """One message as HTML, in the plural form ``count`` asks for, its first letter a
    capital."""
    forms: Mapping[str, str] = MESSAGES[message]
    template = (forms.get(f"={count}") or forms.get(plural_category(count))
                or forms["other"])
    html = _FORMATTER.format(template, count=count, **figures)
    if html.startswith("<data"):  # a spelled number opens the sentence: "Two of the…"
        close = html.index(">") + 1
        html = html[:close] + html[close:close + 1].upper() + html[close + 1:]
    return Markup(html)
