"""Turn checked file data into the model, verifying what ties the pieces together:
speaker and rating ids, the article, and every quote's place in it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from briefgen.check import anchor
from briefgen.check.claimreview import claim_review_problems
from briefgen.check.fields import did_you_mean, suggest_id
from briefgen.diagnostics import Mark, Report
from briefgen.load.paths import misplaced_article, resolve_inside, unfit_article_folder
from briefgen.load.yamlsource import read_text
from briefgen.model import (
    ID_PATTERN,
    Article,
    Brief,
    Claim,
    Correction,
    Publisher,
    Quote,
    Rating,
    Response,
    SiteConfig,
    Source,
    Speaker,
    Statement,
    Translation,
    Verdict,
)

MAX_ARTICLE_BYTES = 1024 * 1024
MAX_ARTICLE_WORDS = 50_000
MAX_LISTED = 10  # ids or paragraphs named in one message; the rest are counted


def config_from(data: dict[str, Any], path: Path, report: Report) -> SiteConfig:
    defaults = SiteConfig()
    ratings = defaults.ratings
    if "ratings" in data:
        seen: set[str] = set()
        for item in data["ratings"]:
            if item.get("id") in seen:
                report.error(path, item["_marks"]["id"], f"the rating id {item['id']!r} is "
                             "used twice", "give each rating its own id")
            seen.add(item.get("id", ""))
        ratings = tuple(
            Rating(r["id"], r["label"], r["colour"], r.get("value"), r.get("description", ""))
            for r in data["ratings"] if {"id", "label", "colour"} <= r.keys()
        ) or ratings
    publisher = data.get("publisher", {})
    articles = []
    for folder in data.get("articles", ()):
        if unfit_article_folder(folder):
            report.error(path, data["_marks"]["articles"], f"articles: {folder!r} cannot hold "
                         "articles", "name a folder inside the project that is not hidden, "
                         "e.g. seeds; not the project folder itself")
        else:
            articles.append(folder)
    return SiteConfig(
        title=data.get("title", defaults.title),
        description=data.get("description", defaults.description),
        base_url=data.get("base_url", ""),
        language=data.get("language", defaults.language),
        publisher=Publisher(publisher["name"], publisher.get("url", ""))
        if "name" in publisher else defaults.publisher,
        ratings=ratings,
        pages=tuple(data["pages"]) if "pages" in data else None,
        page_size=data.get("page_size", defaults.page_size),
        articles=tuple(articles) or defaults.articles,
    )


def speakers_from(data: dict[str, Any]) -> dict[str, Speaker]:
    return {
        key: Speaker(key, value["name"], value["kind"], value.get("role", ""),
                     value.get("affiliation", ""), value.get("url", ""))
        for key, value in data.items() if {"name", "kind"} <= value.keys()
    }


class _BriefChecker:
    """Builds one brief, reporting every cross-reference problem it meets."""

    def __init__(self, path: Path, root: Path, config: SiteConfig,
                 speakers: dict[str, Speaker], report: Report) -> None:
        self.path, self.root, self.config, self.report = path, root, config, report
        self.speakers = speakers
        self.broken_speakers: set[str] = set()
        self.article: Article | None = None
        self.folded: anchor.Normalised | None = None

    def error(self, mark: Mark | None, message: str, hint: str = "") -> None:
        self.report.error(self.path, mark, message, hint)

    def speaker(self, item: dict[str, Any], where: str) -> Speaker | None:
        if "by" not in item:
            return None
        speaker_id = item["by"]
        if speaker_id in self.speakers:
            return self.speakers[speaker_id]
        if speaker_id in self.broken_speakers:
            return None
        known = sorted(self.speakers)
        hint = did_you_mean(speaker_id, known) if known else "define speakers under 'speakers:'"
        if known and not hint.startswith("did you"):
            hint = "define it under 'speakers:' or use one of: " + listing(known)
        self.error(item["_marks"]["by"], f"{where}.by: unknown speaker id {speaker_id!r}", hint)
        return None

    def quotes(self, item: dict[str, Any], where: str, key: str = "quotes"
               ) -> tuple[Quote, ...]:
        if self.article is None or self.folded is None:
            return ()
        found = []
        for number, entry in enumerate(item.get(key, []), 1):
            quote = self.quote(entry, f"{where}.{key}[{number}]" if key == "quotes"
                               else f"{where}[{number}]")
            if quote is not None:
                found.append(quote)
        return tuple(found)

    def quote(self, entry: dict[str, Any], where: str) -> Quote | None:
        assert self.article is not None and self.folded is not None
        if "text" not in entry:
            return None  # the format check reported it
        text = entry["text"]
        mark = entry["_marks"]["text"]
        spans = anchor.find_all(self.folded, text)
        if not spans:
            closest = anchor.closest_passage(self.article.text, text)
            hint = (f"the closest passage in the article is: {closest!r}" if closest else
                    "copy the words exactly as the article has them")
            self.error(mark, f"{where}: quote not found in the article: {shorten(text)!r}", hint)
            return None
        occurrence = entry.get("occurrence")
        if occurrence is None and len(spans) > 1:
            counts = Counter(self.article_lines(start for start, _ in spans))
            lines = listing([f"{line} ({n}×)" if n > 1 else str(line)
                             for line, n in counts.items()])
            self.error(mark, f"{where}: the quote occurs {len(spans)} times in the article "
                       f"(paragraphs {lines})", "add words around it so that it occurs once, or "
                       "write it as 'text:' with 'occurrence: N' to pick one")
            return None
        if occurrence is not None and occurrence > len(spans):
            self.error(entry["_marks"]["occurrence"], f"{where}.occurrence: the quote occurs only "
                       f"{len(spans)} time(s)", f"use a number from 1 to {len(spans)}")
            return None
        start, end = spans[(occurrence or 1) - 1]
        return Quote(self.article.text[start:end], start, end)

    def article_lines(self, offsets: Iterable[int]) -> Iterator[int]:
        """The line of each offset (in increasing order), in one pass over the article."""
        assert self.article is not None
        line, previous = 1, 0
        for offset in offsets:
            line += self.article.text.count("\n", previous, offset)
            previous = offset
            yield line

    def load_article(self, data: dict[str, Any], mark: Mark) -> Article | None:
        has_file, has_text = "file" in data, "text" in data
        if has_file == has_text:
            # neither usable, but one written: its own error says what is wrong with it
            if has_file or not data["_marks"].keys() & {"file", "text"}:
                self.error(mark, "article: give either 'file:' or 'text:'" if has_file else
                           "article: missing 'file:' or 'text:'",
                           "use file: for a text file under the project, or text: for the "
                           "text inline")
            return None
        if has_text:
            text = data["text"]
            size = len(text.encode("utf-8"))
            if size > MAX_ARTICLE_BYTES:  # the same limit as for a file
                self.error(data["_marks"]["text"], f"article.text: the article is {size:,} bytes, "
                           f"over the limit of {MAX_ARTICLE_BYTES:,}",
                           "check only the relevant part of the text")
                return None
        else:
            text = self.read_article_file(data["file"], data["_marks"]["file"])
            if text is None:
                return None
        if not text.strip():
            self.error(mark, "article: the article is empty", "paste the article's text")
            return None
        # n words take at least 2n - 1 characters: a shorter text is within the limit uncounted
        words = len(text.split()) if len(text) > 2 * MAX_ARTICLE_WORDS else 0
        if words > MAX_ARTICLE_WORDS:
            self.error(mark, f"article: the article has {words:,} words, over the limit of "
                       f"{MAX_ARTICLE_WORDS:,}", "check only the relevant part of the text")
            return None
        return Article(
            text=text, headline=data.get("headline", ""), outlet=data.get("outlet", ""),
            url=data.get("url", ""), published=data.get("published"),
            language=data.get("language", self.config.language), file=data.get("file", ""),
        )

    def read_article_file(self, name: str, mark: Mark) -> str | None:
        target = resolve_inside(self.root, name)
        if target is None:
            self.error(mark, f"article.file: {name!r} is outside the project",
                       "put the article inside the project, e.g. in seeds/, and give its path "
                       "relative to the project folder")
            return None
        misplaced = misplaced_article(self.root, self.config.articles, name)
        if misplaced is not None:
            places = " or ".join(f"{folder.rstrip('/')}/" for folder in self.config.articles)
            self.error(mark, f"article.file: {name!r} " + {
                "hidden": "is hidden, or in a hidden folder",
                "elsewhere": f"is not in {places}",
                "link": f"is a link to a file outside {places}"}[misplaced],
                f"articles are read only from {places} (the 'articles' setting of briefgen.yaml "
                "can name other folders), never from hidden files or folders: move the "
                "article there")
            return None
        sub = Report()
        text = read_text(target, sub, limit=MAX_ARTICLE_BYTES, what="article file")
        for problem in sub.items:  # locate the problem at the reference, naming the file
            where = f" ({problem.mark.line}:{problem.mark.column})" if problem.mark else ""
            self.error(mark, f"article.file: {name!r}{where}: {problem.message}", problem.hint)
        return text

    def check(self, data: dict[str, Any], sound: bool) -> Brief | None:
        before = len(self.report.errors)
        slug = data.get("slug") or self.path.stem
        if "slug" not in data and not ID_PATTERN.fullmatch(slug):
            suggestion = suggest_id(slug)
            self.error(None, f"the file name {self.path.name!r} is not a valid page address",
                       f"rename the file to {suggestion}.yaml or add 'slug: {suggestion}'"
                       if suggestion else "rename the file using lowercase letters and hyphens")
        declared = data.get("speakers", {})
        self.speakers = {**self.speakers, **speakers_from(declared)}
        # A speaker with a format error is reported already; uses of its id are not errors.
        self.broken_speakers = declared.keys() - self.speakers.keys()
        if "article" in data:
            self.article = self.load_article(data["article"], data["_marks"]["article"])
            if self.article is not None:
                self.folded = anchor.normalise(self.article.text)

        claim = responses = statements = verdict = None
        if "claim" in data:
            c = data["claim"]
            by = self.speaker(c, "claim")
            quotes = self.quotes(c, "claim")
            if by and "summary" in c:
                claim = Claim(by, c["summary"], quotes)
        responses = []
        for number, r in enumerate(data.get("responses", []), 1):
            where = f"responses[{number}]"
            by, quotes = self.speaker(r, where), self.quotes(r, where)
            if by and {"stance", "summary"} <= r.keys():
                responses.append(Response(by, r["stance"], r["summary"], quotes))
        statements = []
        for number, s in enumerate(data.get("statements", []), 1):
            where = f"statements[{number}]"
            by, quotes = self.speaker(s, where), self.quotes(s, where)
            if by:
                side = s.get("side") or self.default_side(by, claim, responses)
                statements.append(Statement(by, side, quotes, s.get("note", "")))
        ignore = self.quotes(data, "ignore", key="ignore")
        language = data.get("language") or (self.article.language if self.article
                                             else self.config.language)
        translations = self.translations(data.get("translations", []), slug, language)
        if "verdict" in data:
            v = data["verdict"]
            rating = self.rating(v)
            if rating and "summary" in v:
                verdict = Verdict(rating, v["summary"], v.get("body", ""))

        required = {"title", "date", "authors"}
        complete = sound and claim and verdict and self.article and required <= data.keys()
        if len(self.report.errors) > before or not complete:
            return None
        used = {claim.by.id} | {r.by.id for r in responses} | {s.by.id for s in statements}
        brief = Brief(
            slug=slug,
            source=self.source(),
            title=data["title"], date=data["date"], updated=data.get("updated"),
            authors=tuple(data["authors"]), tags=tuple(sorted(set(data.get("tags", [])))),
            draft=data.get("draft", False), article=self.article,
            speakers=tuple(sorted((self.speakers[i] for i in used), key=lambda s: s.id)),
            claim=claim, responses=tuple(responses), statements=tuple(statements),
            sources=tuple(Source(s["title"], s.get("url", ""), s.get("publisher", ""),
                                 s.get("date"), s.get("note", ""))
                          for s in data.get("sources", [])),
            verdict=verdict,
            corrections=tuple(sorted((Correction(c["date"], c["note"])
                                      for c in data.get("corrections", [])),
                                     key=lambda c: c.date)),
            ignore=ignore,
            language=language,
            translations=translations,
        )
        marks = {"claim.summary": data["claim"]["_marks"].get("summary"),
                 "verdict.rating": data["verdict"]["_marks"].get("rating")}
        for severity, where, message, hint in claim_review_problems(brief):
            add = self.report.warning if severity == "warning" else self.report.error
            add(self.path, marks.get(where), f"{where}: {message}", hint)
        return None if len(self.report.errors) > before else brief

    def translations(self, items: list[dict[str, Any]], slug: str, language: str
                     ) -> tuple[Translation, ...]:
        """The brief's translations, one per language other than its own. Whether each names
        a brief in that language that lists this one back is checked across the briefs
        (project.check_translations)."""
        found: dict[str, Translation] = {}
        for number, item in enumerate(items, 1):
            if not {"language", "slug"} <= item.keys():
                continue  # the format check reported it
            where, marks = f"translations[{number}]", item["_marks"]
            if item["slug"] == slug:
                self.error(marks["slug"], f"{where}.slug: {slug!r} is this brief itself",
                           "name the slug of the same brief in another language")
            elif item["language"] == language:
                self.error(marks["language"], f"{where}.language: {language!r} is this "
                           "brief's own language", "name the language of the translation")
            elif item["language"] in found:
                self.error(marks["language"], f"{where}.language: a translation into "
                           f"{item['language']!r} is listed already",
                           "list one translation per language")
            else:
                found[item["language"]] = Translation(item["language"], item["slug"],
                                                      marks["slug"])
        return tuple(found.values())

    def source(self) -> str:
        """The brief's path relative to the project; only its name when it is outside."""
        try:
            return self.path.relative_to(self.root).as_posix()
        except ValueError:  # what is_relative_to() says, without working it out twice
            return self.path.name

    @staticmethod
    def default_side(by: Speaker, claim: Claim | None, responses: list[Response]) -> str:
        if claim and by.id == claim.by.id:
            return "claim"
        if any(by.id == r.by.id for r in responses):
            return "response"
        return "other"

    def rating(self, verdict: dict[str, Any]) -> Rating | None:
        if "rating" not in verdict:
            return None
        ids = [r.id for r in self.config.ratings]
        if verdict["rating"] in ids:
            return self.config.rating(verdict["rating"])
        self.error(verdict["_marks"]["rating"],
                   f"verdict.rating: unknown rating {verdict['rating']!r}",
                   did_you_mean(verdict["rating"], ids).replace("expected one of",
                                                                 "the site's ratings are"))
        return None


def brief_from(data: dict[str, Any], path: Path, root: Path, config: SiteConfig,
                speakers: dict[str, Speaker], report: Report, *, sound: bool,
                coverage: bool = False) -> Brief | None:
    """The brief, or None when it is incomplete or has errors (all of them reported).
    ``data`` may hold only the parts that passed the format check; unless it is ``sound``
    (the check found nothing wrong), its cross-references are checked but no brief is made,
    since a list item may lack a key the format requires."""
    brief = _BriefChecker(path, root, config, speakers, report).check(data, sound)
    if brief is None or not coverage:  # build made no brief where it found an error
        return brief
    from briefgen.analyse.sourcing import (
        uncovered,  # the detector: loaded only when it is asked for
    )

    for statement in uncovered(brief, brief.ignore):
        who = statement.resolved or statement.speaker or "no one named"
        report.warning(
            path, data["_marks"]["article"],
            f"the article attributes a statement to {who!r} that no annotation covers: "
            f"{shorten(statement.sentence.text)!r}",
            "add it under 'statements:' (or the claim or a response), or list the passage "
            "under 'ignore:' if it needs no annotation")
    return brief


def listing(items: list[str]) -> str:
    """The first MAX_LISTED items, and how many more: a message stays readable."""
    shown = ", ".join(items[:MAX_LISTED])
    return shown + (f" and {len(items) - MAX_LISTED:,} more" if len(items) > MAX_LISTED else "")


def shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
