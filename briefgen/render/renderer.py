"""The Jinja environment of one build: template folders (a site's own first), filters and the
globals every template sees."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from importlib.metadata import version
from pathlib import Path, PurePosixPath

import jinja2
from markupsafe import Markup, escape

from briefgen.model import DEFAULT_RATINGS, Project, Rating, SiteConfig
from briefgen.render.addresses import (
    DESK_FIGURES,
    FEED,
    METHODOLOGY,
    brief_page,
    brief_path,
    month_path,
    page_path,
    rating_path,
    relative_root,
    site_prefix,
    speaker_path,
    tag_path,
)
from briefgen.render.article import highlighted, quotation_marks, quoting
from briefgen.render.card import last_modified
from briefgen.render.compiled import CompiledTemplates
from briefgen.render.desk import SOURCE_GROUPS
from briefgen.render.filters import by_stance, labels, on_side
from briefgen.render.labels import labels as vocabulary
from briefgen.render.language import (
    SOURCE_LANGUAGE,
    PageLanguage,
    interface_language,
    page_language,
)
from briefgen.render.markdown import markdown_filter
from briefgen.render.measures import measures
from briefgen.render.structure import tag_slug
from briefgen.render.wording import GRADE_SCALE, LEVELS, SENTENCE_SCALE, percent_value

ASSETS = "assets"


class Renderer:
    """Renders pages from the templates, each in its language: one Jinja environment per
    language, made when a page first needs it, with that language's translations, dates and
    numbers. ``env`` is the site's language's."""

    def __init__(self, project: Project, template_dirs: list[Path],
                 compiled: Path | None = None, extra_globals: dict[str, object] | None = None
                 ) -> None:
        self.project = project
        self.template_dirs = template_dirs
        self.loader = jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(str(d)) for d in template_dirs if d.is_dir()])
        # Compiling the templates costs more than a small rebuild renders: keep them compiled.
        # The compiled code is the same in every language (it asks for its words as it runs).
        self.bytecode = CompiledTemplates(compiled) if compiled else None
        self.extra_globals = extra_globals or {}
        self.page_by_file = {PurePosixPath(p.source).name: page_path(p) for p in project.pages}
        self.envs: dict[str, jinja2.Environment] = {}
        self.languages: dict[str, str] = {}  # a content language → its pages' (see language)
        # the site's settings, its default title and description said in its language, whose
        # catalogue is read once for them and the site's own pages
        language = self.language(project.config.language)
        words = page_language(language, template_dirs)
        self.site = site_settings(project.config, words)
        self.env = self.envs[language] = self._environment(words)

    def language(self, code: str) -> str:
        """The language of a page whose content is in ``code``: that language when briefgen
        or the site has its interface in it, else the site's. (Looked up once per code: each
        of thousands of brief pages asks.)"""
        found = self.languages.get(code)
        if found is None:
            site = interface_language(self.project.config.language, SOURCE_LANGUAGE,
                                      self.template_dirs)
            found = self.languages[code] = interface_language(code, site, self.template_dirs)
        return found

    def env_for(self, code: str) -> jinja2.Environment:
        """The environment rendering pages for content in ``code``."""
        language = self.language(code)
        found = self.envs.get(language)
        if found is None:
            found = self.envs[language] = self._environment(
                page_language(language, self.template_dirs))
        return found

    def words(self, code: str) -> PageLanguage:
        """How a page for content in ``code`` says things: its PageLanguage."""
        return self.env_for(code).globals["words"]  # type: ignore[return-value]

    def _environment(self, words: PageLanguage) -> jinja2.Environment:
        # A renderer serves one build, whose templates were read (and keyed) when it began: no
        # need to look at their files again for each of its thousands of pages (auto_reload).
        env = jinja2.Environment(
            auto_reload=False,
            bytecode_cache=self.bytecode,
            loader=self.loader,
            autoescape=jinja2.select_autoescape(("html", "xml"), default_for_string=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # charts collect their rows in a loop (do); every string goes through the
            # catalogues (i18n), its whitespace trimmed as the catalogue writes it
            extensions=["jinja2.ext.do", "jinja2.ext.i18n"],
        )
        env.policies["ext.i18n.trimmed"] = True
        env.install_gettext_translations(words.translations, newstyle=True)  # type: ignore[attr-defined]
        # The same calls as the extension's new-style ones, for the templates, which are all
        # escaped: without its passes through the context, for a page makes hundreds.
        say = remembered_said(words.translations.gettext)
        env.globals.update(_=say, gettext=say,
                           ngettext=partial(said_counted, words.translations.ngettext))
        env.filters["markdown"] = jinja2.pass_context(
            lambda context, text: Markup(markdown_filter(text, context["rewrite_link"])))
        # dates repeat from page to page, and formatting one is slow: each spelled out once
        env.filters["long_date"] = lru_cache(maxsize=4096)(words.long_date)
        env.filters["month"] = words.month
        env.filters["number"] = words.number
        env.filters["number_g"] = words.constant
        # what brief.html would otherwise do with many small expressions (see their docstrings)
        env.filters.update(highlighted=highlighted, on_side=on_side, labels=labels,
                           quoting=quoting, quotation_marks=quotation_marks)
        # what the listings and feeds do once per card: thousands of cards on a large site
        env.filters["by_stance"] = by_stance
        # a share written as a percentage, in sentences, beside bars and in tables alike
        env.filters["percent"] = words.percent
        env.filters["percent_value"] = percent_value
        env.globals.update(self.extra_globals)
        env.globals.update(
            site=self.site, pages=self.project.pages, words=words,
            page_language=words.code, lang_attr=partial(lang_attr, words.code),
            in_language=partial(in_language, words.code), figure=partial(figure, words.number),
            **rating_words(words, self.project.config.ratings), **vocabulary(words))
        return env

    def absolute(self, path: str) -> str:
        """The public address of a site path, or "" when the site's base_url is not set."""
        if not self.project.config.base_url:
            return ""
        base = self.project.config.base_url.rstrip("/") + "/"
        return base + (path.removesuffix("index.html") if path.endswith("index.html") else path)

    def page(self, template: str, path: str, *, language: str | None = None,
             absolute_links: bool = False, **context: object) -> bytes:
        """A page rendered from ``template``, at ``path``, for content in ``language`` (the
        site's when None)."""
        root = relative_root(path)
        if absolute_links:
            root = site_prefix(self.project.config.base_url)

        def url(target: str) -> str:
            return root + target if target else root + "index.html"

        def rewrite_link(href: str) -> str:
            target, hash_, fragment = href.partition("#")
            if "/" in target.removeprefix("./") or ":" in target:
                return href
            built = self.page_by_file.get(target.removeprefix("./"))
            return url(built) + hash_ + fragment if built else href

        env = self.env if language is None else self.env_for(language)
        html = env.get_template(template).render(
            url=url, page_path=path, canonical=self.absolute(path), absolute=self.absolute,
            brief_path=brief_path, page_url=page_path, rewrite_link=rewrite_link, **context)
        return html.encode("utf-8")

    def assets(self) -> dict[str, bytes]:
        """Static files from every template folder's assets/, a site's own first."""
        files: dict[str, bytes] = {}
        for folder in reversed(self.template_dirs):
            base = folder / ASSETS
            if not base.is_dir():
                continue
            for item in sorted(base.rglob("*")):
                # a link leading out of the folder would publish any file on the machine
                if item.is_file() and item.resolve().is_relative_to(base.resolve()):
                    files[f"{ASSETS}/{item.relative_to(base).as_posix()}"] = item.read_bytes()
        return files


def measures_path(project: Project) -> str:
    """The page with the section "How we measure": the desk's methodology page, or else the
    figures page of the whole desk."""
    found = any(page.slug == METHODOLOGY for page in project.pages)
    return f"{METHODOLOGY}/index.html" if found else DESK_FIGURES


def make_renderer(project: Project, template_dirs: list[Path],
                  compiled: Path | None = None) -> Renderer:
    return Renderer(project, template_dirs, compiled, dict(
        brief_page=brief_page, speaker_path=speaker_path, tag_path=tag_path, tag_slug=tag_slug,
        month_path=month_path,
        rating_path=rating_path, feed_path=FEED if project.config.base_url else "",
        last_modified=last_modified, measures_path=measures_path(project),
        methodology=METHODOLOGY, source_groups=SOURCE_GROUPS, measures=measures,
        textstat_version=version("textstat"),
        grade_scale=GRADE_SCALE, sentence_scale=SENTENCE_SCALE,
        grade_ticks=[bound / GRADE_SCALE for bound, _ in LEVELS if bound < GRADE_SCALE]))


def site_settings(config: SiteConfig, words: PageLanguage) -> SiteConfig:
    """The site's settings as its pages show them: a title or description it leaves to
    briefgen's default is said in the site's language."""
    defaults = SiteConfig()
    return dataclasses.replace(
        config,
        title=words.gettext(config.title) if config.title == defaults.title else config.title,
        description=words.gettext(config.description)
        if config.description == defaults.description else config.description)


def said(gettext: Callable[[str], str], message: str, /, **variables: object) -> Markup:
    """A template's string in the page's language, its variables escaped into it (what the
    i18n extension's new-style gettext does in an escaped template)."""
    text = Markup(gettext(message))
    return text % variables if variables or "%" in text else text


def remembered_said(gettext: Callable[[str], str]) -> Callable[..., Markup]:
    """``said`` with ``gettext``, each message without variables made once: a brief page
    says about a hundred such strings, the same on every page."""
    plain = lru_cache(maxsize=None)(partial(said, gettext))

    def say(message: str, /, **variables: object) -> Markup:
        return said(gettext, message, **variables) if variables else plain(message)
    return say


def said_counted(ngettext: Callable[[str, str, int], str], singular: str, plural: str,
                 count: int, /, **variables: object) -> Markup:
    """The same, in the plural form ``count`` asks for; it is the variable "num" too, unless
    another is given that name."""
    variables.setdefault("num", count)
    return Markup(ngettext(singular, plural, count)) % variables


def figure(number: Callable[[float, int], str], value: object, shown: object = None,
           digits: int = 0) -> Markup:
    """A number a reader sees, with its value for machines (see _macros.html): shown with
    ``digits`` decimals as the page's language writes it, its value with a dot."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        data: object = f"{value:.{digits}f}"
        if shown is None:
            shown = number(value, digits)
    else:
        data, shown = value, value if shown is None else shown
    return Markup(f'<data value="{escape(data)}">{escape(shown)}</data>')


NO_ATTRIBUTE = Markup("")


def lang_attr(page: str, code: str) -> Markup:
    """A lang attribute for an element whose text is in ``code``, where that is not the
    page's language (``page``): " lang=\"uk\"", or nothing."""
    return Markup(f' lang="{escape(code)}"') if code and code != page else NO_ATTRIBUTE


def in_language(page: str, text: str, code: str) -> Markup:
    """``text``, written in ``code``: in a span that says so where that is not the page's
    language (``page``), as it is."""
    if code and code != page:
        return Markup(f'<span lang="{escape(code)}">{escape(text)}</span>')
    return Markup.escape(text)


def rating_words(words: PageLanguage, ratings: Sequence[Rating]
                 ) -> dict[str, Callable[[Rating], str]]:
    """The templates' rating_label and rating_meaning: a rating's label and description in
    the page's language. The default scale's are translated; a site's own are shown as the
    site wrote them. Worked out once per language for the site's scale (every card asks)."""
    said = {rating.id: (words.gettext(rating.label), words.gettext(rating.description)
                        if rating.description else "")
            if rating in DEFAULT_RATINGS else (rating.label, rating.description)
            for rating in ratings}

    def label(rating: Rating) -> str:
        return said.get(rating.id, (rating.label,))[0]

    def meaning(rating: Rating) -> str:
        return said.get(rating.id, ("", rating.description))[1]

    return {"rating_label": label, "rating_meaning": meaning}
