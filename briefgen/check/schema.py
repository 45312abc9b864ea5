"""The brief and site file formats, declared once.

Each field is declared once, with a field type from fields.py: the declaration checks the
file, documents the format (docs/brief-format.md is tested against it) and feeds the JSON
Schema, so the three cannot drift apart.
"""

from __future__ import annotations

from briefgen.check.fields import (
    Bool,
    Choice,
    Colour,
    Date,
    Field,
    Ident,
    Language,
    ListOf,
    MapOf,
    Markdown,
    Number,
    Obj,
    QuoteText,
    Text,
    Url,
    Whole,
)
from briefgen.model import RESPONSE_STANCES, SIDES, SPEAKER_KINDS

QUOTES = ListOf(QuoteText(), non_empty=True)

# The languages briefgen knows: an interface in English, Ukrainian and Russian, and readability
# formulas published for the rest (briefgen/analyse/data/readability.toml). Any other code the
# Unicode locale data knows is accepted too.
LANGUAGES = ("en", "uk", "ru", "de", "es", "fr", "it", "nl")
LANGUAGE = Language(known=LANGUAGES)

SPEAKER = Obj((
    Field("name", Text(), True, "how the article names them, e.g. Dmitry Peskov"),
    Field("kind", Choice(options=SPEAKER_KINDS), True, "one of " + ", ".join(SPEAKER_KINDS)),
    Field("role", Text(), help="e.g. Kremlin spokesperson"),
    Field("affiliation", Text(), help="e.g. Government of Russia"),
    Field("url", Url(), help="a page about them"),
))

ARTICLE = Obj((
    Field("file", Text(), help="path of the article's text file in seeds/ (or another folder "
          "the settings name), e.g. seeds/article.txt"),
    Field("text", Text(), help="the article's text, when it is not in a file"),
    Field("headline", Text(), help="the article's own headline"),
    Field("outlet", Text(), help="who published it"),
    Field("url", Url(), help="where it was published"),
    Field("published", Date(), help="when it was published, YYYY-MM-DD"),
    Field("language", LANGUAGE, help="the language it is written in, e.g. uk; default the "
          "site's"),
))

BRIEF = Obj((
    Field("title", Text(), True, "the brief's headline"),
    Field("slug", Ident(), help="the page address; defaults to the file name"),
    Field("date", Date(), True, "publication date, YYYY-MM-DD"),
    Field("updated", Date(), help="date of the last substantive update"),
    Field("authors", ListOf(Text(), non_empty=True), True, "the fact-checkers, one per line"),
    Field("tags", ListOf(Text()), help="topics, one per line"),
    Field("draft", Bool(), help="true keeps the brief off the site"),
    Field("language", LANGUAGE, help="the language the brief is written in, and its page's; "
          "default the article's"),
    Field("translations", ListOf(Obj((
        Field("language", LANGUAGE, True, "the translation's language, e.g. uk"),
        Field("slug", Ident(), True, "the translation's slug: its file name without .yaml"),
    ))), help="the same brief in other languages, each listing this one in turn"),
    Field("article", ARTICLE, True, "the checked article: file: or text:"),
    Field("speakers", MapOf(SPEAKER), help="who speaks in the article, by id"),
    Field("claim", Obj((
        Field("by", Ident(), True, "the speaker id of the claimant"),
        Field("summary", Text(), True, "the claim in one short sentence"),
        Field("quotes", QUOTES, True, "the article's exact words that carry the claim"),
    )), True, "the claim this brief reviews"),
    Field("responses", ListOf(Obj((
        Field("by", Ident(), True, "the speaker id of who responds"),
        Field("stance", Choice(options=RESPONSE_STANCES), True,
              "one of " + ", ".join(RESPONSE_STANCES)),
        Field("summary", Text(), True, "the response in one short sentence"),
        Field("quotes", QUOTES, True, "the article's exact words of the response"),
    ))), help="denials and other responses to the claim"),
    Field("statements", ListOf(Obj((
        Field("by", Ident(), True, "the speaker id"),
        Field("side", Choice(options=SIDES), help="claim, response or other; default by speaker"),
        Field("quotes", QUOTES, True, "the article's exact words"),
        Field("note", Text(), help="why this statement matters"),
    ))), help="the article's other attributed statements"),
    Field("sources", ListOf(Obj((
        Field("title", Text(), True, "what the source is"),
        Field("url", Url(), help="where to read it"),
        Field("publisher", Text(), help="who published it"),
        Field("date", Date(), help="when, YYYY-MM-DD"),
        Field("note", Text(), help="what it shows"),
    ))), help="the evidence consulted"),
    Field("verdict", Obj((
        Field("rating", Ident(), True, "an id from the site's rating scale"),
        Field("summary", Text(), True, "the finding in one or two sentences"),
        Field("body", Markdown(), help="the analysis, in Markdown"),
    )), True, "the rating and the reasoning"),
    Field("ignore", ListOf(QuoteText()),
          help="passages check reports as unannotated statements that need no annotation"),
    Field("corrections", ListOf(Obj((
        Field("date", Date(), True, "when the correction was made"),
        Field("note", Text(), True, "what was corrected"),
    ))), help="corrections made after publication"),
))

RATING = Obj((
    Field("id", Ident(), True, "used in briefs' verdict.rating"),
    Field("label", Text(), True, "shown to readers"),
    Field("colour", Colour(), True, 'hex code, e.g. "#1a7f37"'),
    Field("value", Number(), help="a score; higher is more accurate"),
    Field("description", Text(), help="what the rating means"),
))

CONFIG = Obj((
    Field("title", Text(), help="the site's name"),
    Field("description", Text(), help="one line about the site"),
    Field("base_url", Url(), help="where the site is hosted, e.g. https://example.org/checks/"),
    Field("language", LANGUAGE, help="the site's language: its pages' and, unless they say, its "
          "briefs'; default en"),
    Field("publisher", Obj((
        Field("name", Text(), True, "the publishing organization"),
        Field("url", Url(), help="its home page"),
    )), help="who publishes the fact-checks"),
    Field("ratings", ListOf(RATING, non_empty=True), help="the rating scale, truest first"),
    Field("pages", ListOf(Text()), help="Markdown files published as pages; default pages/*.md"),
    Field("page_size", Whole(), help="briefs per page on the front page and lists; default 20"),
    Field("articles", ListOf(Text(), non_empty=True),
          help="the folders articles are read from; default seeds"),
))

SPEAKERS_FILE = MapOf(SPEAKER)
