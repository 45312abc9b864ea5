"""Every sentence briefgen writes from figures, worded in one table.

The rules that choose what to say (briefgen.render.plain) pass numbers; the words are here, in
English, one whole sentence per message, and each page says them in its language from the
translation catalogues (briefgen.render.language). A message that counts something has a
singular and a plural, as gettext's ngettext takes them, and the catalogue gives each
language its own forms (Ukrainian and Russian have three). A sentence that is worded apart
for one count ("The claim's only source", "Both sources") is a message of its own: in
gettext the singular form also serves 21 or 31 in other languages, so it must hold the count.
A number is written inside <data value=…>, so the sentence and the charts beside it can be
checked against each other.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from briefgen.render.language import PageLanguage


@dataclass(frozen=True)
class Message:
    """One sentence or label: its English text, its plural when it counts something, and the
    context that tells two uses of one English text apart, if any."""

    text: str
    plural: str | None = None
    context: str | None = None


def said(text: str) -> Message:
    """A sentence said the same whatever the count (marked for the catalogue: see
    briefgen.render.catalogues)."""
    return Message(text)


def marked(context: str, text: str) -> Message:
    """A short text said in ``context`` ("C", a side's mark, is not the letter of any word)."""
    return Message(text, context=context)


def counted(singular: str, plural: str) -> Message:
    """A sentence with a form for each plural category of the page's language."""
    return Message(singular, plural)


MESSAGES: dict[str, Message] = {
    # who speaks for each side
    "claim_sources_some_unnamed": counted(
        "{count:word} of the {total:word} sources for the claim is unnamed.",
        "{count:word} of the {total:word} sources for the claim are unnamed."),
    "claim_source_only_unnamed": said("The claim's only source is unnamed."),
    "claim_sources_both_unnamed": said("Both sources for the claim are unnamed."),
    "claim_sources_all_unnamed": counted(
        "All {count:word} source for the claim is unnamed.",
        "All {count:word} sources for the claim are unnamed."),
    "claim_source_only_named": said("The claim's only source is named."),
    "claim_sources_both_named": said("Both sources for the claim are named."),
    "claim_sources_all_named": counted(
        "All {count:word} source for the claim is named.",
        "All {count:word} sources for the claim are named."),
    "response_sources_some_unnamed": counted(
        "{count:word} of the {total:word} sources for the response is unnamed.",
        "{count:word} of the {total:word} sources for the response are unnamed."),
    "response_source_only_unnamed": said("The response's only source is unnamed."),
    "response_sources_both_unnamed": said("Both sources for the response are unnamed."),
    "response_sources_all_unnamed": counted(
        "All {count:word} source for the response is unnamed.",
        "All {count:word} sources for the response are unnamed."),
    "response_source_only_named": said("The response's only source is named."),
    "response_sources_both_named": said("Both sources for the response are named."),
    "response_sources_all_named": counted(
        "All {count:word} source for the response is named.",
        "All {count:word} sources for the response are named."),
    "other_sources_some_unnamed": counted(
        "{count:word} of the {total:word} other sources quoted is unnamed.",
        "{count:word} of the {total:word} other sources quoted are unnamed."),
    "other_source_only_unnamed": said("The one other source quoted is unnamed."),
    "other_sources_both_unnamed": said("Both other sources quoted are unnamed."),
    "other_sources_all_unnamed": counted(
        "All {count:word} other source quoted is unnamed.",
        "All {count:word} other sources quoted are unnamed."),
    "other_source_only_named": said("The one other source quoted is named."),
    "other_sources_both_named": said("Both other sources quoted are named."),
    "other_sources_all_named": counted(
        "All {count:word} other source quoted is named.",
        "All {count:word} other sources quoted are named."),
    "no_response": said("The article carries no response to the claim."),
    # how much room each side gets
    "word_shares": counted(
        "Of the {count} word the editors attribute to a speaker, the claim side has "
        "{claim:percent}, the response side {response:percent} and other statements "
        "{other:percent}.",
        "Of the {count} words the editors attribute to a speaker, the claim side has "
        "{claim:percent}, the response side {response:percent} and other statements "
        "{other:percent}."),
    # the editors' annotations beside the detector
    "agreement_same": counted(
        "The editors marked {count:word} passage of the article as someone's words, and the "
        "automatic detector found a statement in the same place.",
        "The editors marked {count:word} passages of the article as someone's words, and the "
        "automatic detector found {count:word} statements in the same places."),
    "editors_marked": counted(
        "The editors marked {count:word} passage of the article as someone's words.",
        "The editors marked {count:word} passages of the article as someone's words."),
    "detector_found": counted(
        "The automatic detector found {count:word} statement.",
        "The automatic detector found {count:word} statements."),
    "agreement_split": said(
        "The counts differ because a passage is the words the editors attribute to a "
        "speaker, which may be part of a sentence, while a statement is a whole sentence the "
        "detector reads as reporting speech: every passage lies in one of its statements."),
    "agreement_unmarked": counted(
        "{count:word} of the detector's statements is not among the editors' passages.",
        "{count:word} of the detector's statements are not among the editors' passages."),
    "agreement_ignored": counted(
        "The editors judged {count:word} statement the detector found to need no annotation.",
        "The editors judged {count:word} statements the detector found to need no "
        "annotation."),
    "agreement_missed": counted(
        "{count:word} of the editors' passages is not a statement the detector recognises: "
        "it reads only sentences that report speech with a verb or phrase such as “said” or "
        "“according to”.",
        "{count:word} of the editors' passages are not statements the detector recognises: "
        "it reads only sentences that report speech with a verb or phrase such as “said” or "
        "“according to”."),
    # the article's sentences
    "sentences_attributed": counted(
        "{count:word} of the article's {sentences} sentences attributes what it says to "
        "someone.",
        "{count:word} of the article's {sentences} sentences attribute what they say to "
        "someone."),
    "statements_unnamed": counted(
        "{count:word} statement rests on an unnamed source or none.",
        "{count:word} statements rest on an unnamed source or none."),
    "statements_unnamed_none": said("No statement rests on an unnamed source."),
    # readability, where the Flesch–Kincaid grade is published for the language (English)
    "article_level": said(
        "The article reads at {level} level (Flesch–Kincaid grade {grade:.1f}): its sentences "
        "average {length:.1f} words."),
    "brief_level": said("This brief's own text reads at {level} level (grade {grade:.1f})."),
    "reading_time": counted(
        "The article takes about {count} minute to read.",
        "The article takes about {count} minutes to read."),
    # where only the reading ease is published for it (Russian, German, Spanish...)
    "article_reading_ease": said(
        "The article scores {score:.1f} on the Flesch reading ease as {source} adapted it to "
        "the article's language (higher is easier): its sentences average {length:.1f} "
        "words."),
    "brief_reading_ease": said("This brief's own text scores {score:.1f}."),
    # where no formula is published for it (Ukrainian...)
    "article_counts": said(
        "The article's sentences average {length:.1f} words, and its words {letters:.1f} "
        "letters."),
    "no_formula": said(
        "No readability formula has been adapted to the article's language and published, "
        "so we give no grade or score: a formula made for another language would mislead."),
    "brief_counts": said("This brief's own sentences average {length:.1f} words."),
    # the whole desk
    "desk_briefs": counted(
        "We have published {count:word} brief.",
        "We have published {count:word} briefs."),
    "desk_claim_unnamed_none": said(
        "None of the {total} sources for the claims we checked is unnamed."),
    "desk_claim_unnamed": counted(
        "{count:word} of the {total} sources for the claims we checked is unnamed "
        "({share:percent}).",
        "{count:word} of the {total} sources for the claims we checked are unnamed "
        "({share:percent})."),
    "desk_response_unnamed_none": said(
        "None of the {total} sources for the responses is unnamed."),
    "desk_response_unnamed": counted(
        "{count:word} of the {total} sources for the responses is unnamed ({share:percent}).",
        "{count:word} of the {total} sources for the responses are unnamed "
        "({share:percent})."),
    "desk_other_unnamed_none": said("None of the {total} other sources quoted is unnamed."),
    "desk_other_unnamed": counted(
        "{count:word} of the {total} other sources quoted is unnamed ({share:percent}).",
        "{count:word} of the {total} other sources quoted are unnamed ({share:percent})."),
    "desk_grades": said(
        "On average, the articles we checked read at grade {article:.1f} and our briefs at "
        "grade {brief:.1f}."),
    "desk_grades_english": counted(
        "The grade is published for English only: that average is of the only article in "
        "English.",
        "The grade is published for English only: that average is of the {count} articles in "
        "English."),
}

# The level of schooling a Flesch–Kincaid grade stands for, below each upper bound.
LEVELS = (
    (6.0, said("a primary-school")),
    (9.0, said("an early secondary-school")),
    (13.0, said("a late secondary-school")),
    (17.0, said("a university")),
    (float("inf"), said("a postgraduate")),
)

GRADE_SCALE = 20.0  # the grade at which a chart's bar is full
SENTENCE_SCALE = 40.0  # the words per sentence at which a chart's bar is full


def level(grade: float) -> Message:
    return next(name for bound, name in LEVELS if grade < bound)


def percent_value(share: float) -> str:
    """A share of 0..1 as the whole percentage a page shows, for machines: "67"."""
    return f"{round(share * 100):d}"


class _Figures(string.Formatter):
    """Formats each number of a message inside <data value=…>, in the page's language,
    escaping everything else. Format specs: "word" spells a count under ten (in English),
    "percent" writes a share of 0..1, ".1f" a figure with one decimal."""

    def __init__(self, language: PageLanguage) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):  # a word, such as a level: not a figure
            return str(escape(self.language.say(value)))
        if isinstance(value, str):
            return str(escape(value))
        if format_spec == "word":
            shown, data = self.language.count_word(value), f"{value:d}"
        elif format_spec == "percent":
            shown, data = self.language.percent(value), percent_value(value)
        elif format_spec.startswith(".") and format_spec.endswith("f"):
            digits = int(format_spec[1:-1])
            shown, data = self.language.number(value, digits), format(value, format_spec)
        else:
            shown, data = self.language.number(value), format(value, format_spec)
        return f'<data value="{data}">{escape(shown)}</data>'


def say(language: PageLanguage, message: str, count: int = 0, **figures: Any) -> Markup:
    """One message as HTML, in ``language`` and the plural form ``count`` asks for, its first
    letter a capital."""
    found = MESSAGES[message]
    template = (language.say(found) if found.plural is None
                else language.ngettext(found.text, found.plural, count))
    html = _Figures(language).format(template, count=count, **figures)
    if html.startswith("<data"):  # a spelled number opens the sentence: "Two of the…"
        close = html.index(">") + 1
        html = html[:close] + html[close:close + 1].upper() + html[close + 1:]
    return Markup(html)
