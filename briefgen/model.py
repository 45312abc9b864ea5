"""The checked, plain-data model of a site and its briefs. Nothing here knows about YAML.

The dataclasses keep a __dict__ rather than slots: the build cache unpickles thousands of them
on every rebuild, ten times faster this way."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from briefgen.diagnostics import Mark

# What an id is (a brief's slug, a speaker's or a rating's id): lowercase ASCII words.
ID_PATTERN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")


def language_root(code: str) -> str:
    """A language code's root, by which the language's data is keyed: "uk" of "uk-UA",
    "uk_UA" or "UK"."""
    return code.replace("_", "-").split("-")[0].lower()


def slugify(text: str) -> str:
    """An id made from text: its letters and digits in lowercase ASCII, joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


# The vocabulary the brief format and every stage share.
SPEAKER_KINDS = ("person", "organization", "government", "group", "anonymous", "vague")
NAMED_KINDS = ("person", "organization", "government")
RESPONSE_STANCES = ("denies", "disputes", "confirms", "declines-to-comment", "clarifies")
SIDES = ("claim", "response", "other")  # where a quoted passage stands
# Top-level folders the site itself uses; a Markdown page may not take these names.
RESERVED = frozenset({"briefs", "ratings", "assets", "speakers", "tags", "archive",
                      "corrections", "page", "feeds", "search", "figures"})


def to_data(value: Any) -> Any:
    """Dataclasses, tuples and dates as JSON-ready dicts, lists and ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {k: to_data(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Rating:
    id: str
    label: str
    colour: str
    value: float | None = None
    description: str = ""


@dataclass(frozen=True)
class Publisher:
    name: str
    url: str = ""


DEFAULT_RATINGS = (
    Rating("true", "True", "#1a7f37", 5,
           "The claim is accurate and nothing significant is missing."),
    Rating("mostly-true", "Mostly true", "#4d7c0f", 4,
           "The claim is accurate but needs clarification or added context."),
    Rating("mixed", "Half true", "#9a6700", 3,
           "The claim is partly accurate but leaves out important details or takes things out "
           "of context."),
    Rating("mostly-false", "Mostly false", "#bc4c00", 2,
           "The claim contains an element of truth but ignores facts that would give a different "
           "impression."),
    Rating("false", "False", "#cf222e", 1, "The claim is not accurate."),
    Rating("unproven", "Unproven", "#57606a", None,
           "The evidence available does not show whether the claim is accurate."),
)


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Fact-check briefs"
    description: str = "Claims, responses and the evidence, side by side."
    base_url: str = ""
    language: str = "en"
    publisher: Publisher = Publisher("briefgen")
    ratings: tuple[Rating, ...] = DEFAULT_RATINGS
    pages: tuple[str, ...] | None = None  # Markdown files to publish; None: pages/*.md
    page_size: int = 20  # briefs per page of a listing
    articles: tuple[str, ...] = ("seeds",)  # the folders articles are read from
    show_drafts: bool = False  # build --drafts and serve: drafts are on the site, marked

    def publishes(self, draft: bool) -> bool:
        """Whether a brief (a draft or not) is on the site."""
        return self.show_drafts or not draft

    def rating(self, rating_id: str) -> Rating:
        return next(r for r in self.ratings if r.id == rating_id)


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    kind: str
    role: str = ""
    affiliation: str = ""
    url: str = ""

    @property
    def is_named(self) -> bool:
        return self.kind in NAMED_KINDS


@dataclass(frozen=True)
class Quote:
    """A passage of the article, as the article writes it, with its character span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    by: Speaker
    summary: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Response:
    by: Speaker
    stance: str
    summary: str
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Statement:
    by: Speaker
    side: str  # "claim", "response" or "other"
    quotes: tuple[Quote, ...]
    note: str = ""


@dataclass(frozen=True)
class Source:
    title: str
    url: str = ""
    publisher: str = ""
    date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Verdict:
    rating: Rating
    summary: str
    body: str = ""


@dataclass(frozen=True)
class Correction:
    date: dt.date
    note: str


@dataclass(frozen=True)
class Article:
    text: str
    headline: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    language: str = "en"
    file: str = ""  # the project-relative path it was read from, if any


@dataclass(frozen=True)
class Translation:
    """The same brief in another language, as the editors link the two."""

    language: str
    slug: str
    mark: Mark | None = None  # where the brief names it: a problem found later points there


@dataclass(frozen=True)
class Brief:
    slug: str
    source: str  # the project-relative path of the brief file
    title: str
    date: dt.date
    authors: tuple[str, ...]
    article: Article
    claim: Claim
    verdict: Verdict
    updated: dt.date | None = None
    tags: tuple[str, ...] = ()
    draft: bool = False
    speakers: tuple[Speaker, ...] = ()
    responses: tuple[Response, ...] = ()
    statements: tuple[Statement, ...] = ()
    sources: tuple[Source, ...] = ()
    corrections: tuple[Correction, ...] = ()
    ignore: tuple[Quote, ...] = ()  # passages the detector reports that need no annotation
    # The language the brief is written in, and so its page's: the article's unless it says.
    language: str = "en"
    translations: tuple[Translation, ...] = ()

    def attributions(self) -> list[tuple[str, Speaker, Quote]]:
        """Every annotated quote with its side: claim, response or other."""
        out = [("claim", self.claim.by, q) for q in self.claim.quotes]
        out += [("response", r.by, q) for r in self.responses for q in r.quotes]
        out += [(s.side, s.by, q) for s in self.statements for q in s.quotes]
        return out


@dataclass(frozen=True)
class Page:
    """A page of prose, such as About or Methodology, written in Markdown."""

    slug: str
    title: str
    body: str  # Markdown, without the title heading
    source: str  # the project-relative path of the Markdown file


@dataclass(frozen=True)
class Project:
    config: SiteConfig
    briefs: tuple[Brief, ...] = field(default_factory=tuple)
    pages: tuple[Page, ...] = field(default_factory=tuple)

    @functools.cached_property
    def published(self) -> tuple[Brief, ...]:
        """Briefs readers see, newest first (ties broken by slug for stable output). Sorted
        once: a build asks several times, of tens of thousands of briefs."""
        live = [b for b in self.briefs if self.config.publishes(b.draft)]
        return tuple(sorted(live, key=lambda b: (-b.date.toordinal(), b.slug)))
