"""The format's vocabulary as readers read it: each kind of source, side and stance, in English,
said in each page's language. Made once per language (see renderer.py), not at every page: the
templates use them on every card and row."""

from __future__ import annotations

from briefgen.render.language import PageLanguage
from briefgen.render.wording import Message, marked, said

KIND_LABELS = {
    "person": said("named person"), "organization": said("named organization"),
    "government": said("government"), "group": said("unnamed group"),
    "anonymous": said("anonymous source"), "vague": said("vague attribution")}
NO_SOURCE = said("no source given")  # a statement the detector found with no source
SIDE_LABELS = {"claim": said("Claim"), "response": said("Response"),
               "other": said("Other statement")}
# The letter marking each side beside its highlights: the first of its label.
SIDE_MARKS = {"claim": marked("side mark", "C"), "response": marked("side mark", "R"),
              "other": marked("side mark", "S")}
STANCE_LABELS = {
    "denies": said("Denies"), "disputes": said("Disputes"), "confirms": said("Confirms"),
    "declines-to-comment": said("Declines to comment"), "clarifies": said("Clarifies")}


def labels(language: PageLanguage) -> dict[str, object]:
    """The templates' kind_labels, side_labels, side_marks, stance_labels and no_source, in
    ``language``."""

    def table(messages: dict[str, Message]) -> dict[str, str]:
        return {key: language.say(message) for key, message in messages.items()}

    return {"kind_labels": table(KIND_LABELS), "side_labels": table(SIDE_LABELS),
            "side_marks": table(SIDE_MARKS), "stance_labels": table(STANCE_LABELS),
            "no_source": language.say(NO_SOURCE)}
