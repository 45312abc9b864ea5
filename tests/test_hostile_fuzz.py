"""Property-based tests: random briefs with random and hostile text in every field. A build either
succeeds with everything escaped, or fails with messages for the editor; it never raises.

A short run is part of every test run. For a long one before a release (docs/release-checks.md):

    BRIEFGEN_FUZZ_EXAMPLES=5000 python -m pytest tests/test_hostile_fuzz.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import ClassVar
from unittest import mock

import jinja2
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from briefgen.check.project import load_project
from briefgen.incremental.engine import BuildResult, build
from briefgen.render.markdown import _safe_link, markdown_filter

from .briefs import write_brief
from .hostile import browser_scheme, plain_twin, skeleton, soup_of, unsafe_links

# 0: the short run, the same examples every time so that CI is stable. Set: that many random
# examples per test, new ones each run.
LONG_RUN = int(os.environ.get("BRIEFGEN_FUZZ_EXAMPLES", "0"))


class _SharedBytecode(jinja2.BytecodeCache):
    """Compiled templates kept for all the builds of a run: a build compiles them afresh,
    which would be most of each example's time. Keyed by the templates' source, as Jinja does."""

    store: ClassVar[dict[str, bytes]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


class _Environment(jinja2.Environment):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("bytecode_cache", _SharedBytecode())
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def fast_build(root: Path) -> BuildResult:
    with mock.patch.object(jinja2, "Environment", _Environment):
        return build(root)


def fuzz(examples: int) -> settings:
    return settings(max_examples=LONG_RUN or examples, deadline=None, derandomize=not LONG_RUN,
                    database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- Strategies --------------------------------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>", "</p>", "<b>", "<img src=x onerror=alert(1)>", '"', "'", "&",
    "&amp;", "&lt;", "&#x3C;", "&#60;", "<!--", "-->", "]]>", "<![CDATA[", "{{ 7*7 }}",
    "{% raw %}", "{#", "${x}", "javascript:alert(1)", "data:text/html,x", "\\", "`", "*", "_",
    "[x](javascript:alert(1))", "<https://example.org>", "|", "#", "- ", "> ", "%", "%3C",
    "\u202e", "\u200b", "\u00a0", "\u2028", "é", "Ω", "😀", "𝕏", "ﬁ", "\u0301", "ı", "ß",
    "\ufeff", "…", "“", "”", "‘", "’", "—", "–", ":", ": ", "?", "!", "@", ",", "~", "null",
    "true", "no", "1e3", "0x1F", "2024-01-01",
]
PLAIN = st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff")
WORDLIKE = st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
                         exclude_characters="\ufffe\uffff\u0085")
# Text an editor could mean: never blank, no invisible control characters.
texts = st.builds(lambda first, rest: first + "".join(rest),
                  st.sampled_from(["A", "z", "Ω", "9", "<", "&", "'", "[", "{"]),
                  st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(PLAIN, max_size=6)),
                           max_size=5))
ids = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
urls = st.builds(lambda scheme, rest: scheme + rest,
                 st.sampled_from(["https://example.org/", "http://example.org:8080/",
                                  "mailto:desk@example.org?subject=", "HTTPS://[::1]/"]),
                 st.lists(st.one_of(st.sampled_from(['"', "'", "<", ">", "&", "#", "?", "%22",
                                                     "javascript:alert(1)", "/", "\\"]),
                                    st.text(WORDLIKE, max_size=5)), min_size=1, max_size=5)
                 .map("".join))
dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
DISGUISES = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
             "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)", "%6Aavascript:alert(1)",
             "java%0ascript:alert(1)", "data:text/html,<script>alert(1)</script>",
             "vbscript:msgbox(1)", "javascript&colon;alert(1)", "\\javascript:alert(1)",
             "https://example.org/ok", "mailto:desk@example.org", "../ratings/index.html", "#x"]
destinations = st.one_of(
    st.sampled_from(DISGUISES),
    st.lists(st.sampled_from(["java", "script", "JAVA", "Script", ":", "&#x09;", "&#58;", "%3A",
                              "&Tab;", "%09", " ", "&#0000106;", "\\", "data", "vbscript", "/",
                              "alert(1)", "https", "//", "&colon;", "%25", "&amp;"]),
             min_size=1, max_size=8).map("".join))
markdown = st.lists(st.one_of(
    texts,
    st.builds("[{}]({})".format, texts, destinations),
    st.builds("![{}]({})".format, texts, destinations),
    st.builds("<{}>".format, destinations),
    st.builds("[{}][r]\n\n[r]: {}\n".format, texts, destinations),
    st.sampled_from(["\n\n", "\n- ", "\n1. ", "**", "`", "\n    ", "\n> ", "\n# "])),
    min_size=1, max_size=8).map(lambda parts: "A " + " ".join(parts))


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


@st.composite
def projects(draw: st.DrawFn) -> tuple[dict, str, dict]:
    """A brief (as data), its article and a site config, with random text everywhere; the
    quotes are runs of the article's words, so the brief can be built."""
    words = [f"w{draw(st.text(WORDLIKE, max_size=4))}{draw(st.sampled_from(HOSTILE[:20]))}{i}"
             .replace(" ", "").replace("\u00a0", "").replace("\u2028", "")
             for i in range(draw(st.integers(6, 30)))]
    article = "".join(w + draw(st.sampled_from([" ", " ", "\n", "\n\n"])) for w in words)

    def quote() -> str:
        start = draw(st.integers(0, len(words) - 1))
        return " ".join(words[start:start + draw(st.integers(1, 4))])

    speaker_ids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    speakers = {i: {"name": draw(texts), "kind": draw(st.sampled_from(
        ["person", "organization", "government", "group", "anonymous", "vague"])),
        "role": draw(maybe(texts)), "affiliation": draw(maybe(texts)),
        "url": draw(maybe(urls))} for i in speaker_ids}
    brief = {
        "title": draw(texts), "date": draw(dates), "updated": draw(maybe(dates)),
        "authors": draw(st.lists(texts, min_size=1, max_size=3)),
        # each topic gets a page named after it: distinct Latin words keep them apart (see
        # test_topics_whose_names_differ_get_pages_of_their_own)
        "tags": draw(maybe(st.lists(texts, max_size=3).map(
            lambda tags: [f"topic{i} {tag}" for i, tag in enumerate(tags)]))),
        "article": {"file": "seeds/article.txt", "headline": draw(maybe(texts)),
                    "outlet": draw(maybe(texts)), "url": draw(maybe(urls)),
                    "published": draw(maybe(dates)),
                    "language": draw(maybe(st.sampled_from(
                        ["en", "de", "fr", "en-GB", "uk", "ru"])))},
        "speakers": speakers,
        "claim": {"by": speaker_ids[0], "summary": draw(texts), "quotes": [quote()]},
        "responses": [{"by": draw(st.sampled_from(speaker_ids)),
                       "stance": draw(st.sampled_from(["denies", "disputes", "confirms",
                                                       "declines-to-comment", "clarifies"])),
                       "summary": draw(texts), "quotes": [quote()]}
                      for _ in range(draw(st.integers(0, 2)))],
        "statements": [{"by": draw(st.sampled_from(speaker_ids)), "note": draw(maybe(texts)),
                        "side": draw(maybe(st.sampled_from(["claim", "response", "other"]))),
                        "quotes": [quote()]} for _ in range(draw(st.integers(0, 2)))],
        "sources": [{"title": draw(texts), "url": draw(maybe(urls)),
                     "publisher": draw(maybe(texts)), "date": draw(maybe(dates)),
                     "note": draw(maybe(texts))} for _ in range(draw(st.integers(0, 2)))],
        "verdict": {"rating": draw(st.sampled_from(["true", "mostly-false", "unproven"])),
                    "summary": draw(texts), "body": draw(maybe(markdown))},
        "corrections": [{"date": draw(dates), "note": draw(texts)}
                        for _ in range(draw(st.integers(0, 1)))],
    }
    config = {"title": draw(texts), "description": draw(maybe(texts)),
              "publisher": {"name": draw(texts), "url": draw(maybe(urls))},
              "base_url": draw(maybe(urls.filter(lambda u: not u.startswith("mailto:"))))}
    return drop_none(brief), article, drop_none(config)


def drop_none(data: object) -> object:
    if isinstance(data, dict):
        return {k: drop_none(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [drop_none(v) for v in data]
    return data


def write_project(root: Path, brief: dict, article: str, config: dict | None = None) -> Path:
    if root.exists():
        shutil.rmtree(root)
    write_brief(root, yaml.safe_dump(brief, allow_unicode=True).encode(), article=article)
    if config is not None:
        (root / "briefgen.yaml").write_text(yaml.safe_dump(config, allow_unicode=True),
                                            encoding="utf-8")
    return root


def assert_reportable(report, root: Path) -> None:
    """Every problem is for the editor: a file in the project, a line in it, words to act on."""
    for problem in report.items:
        assert problem.message.strip() and problem.hint.strip(), problem.format()
        assert problem.path.is_relative_to(root), problem.format()
        if problem.mark is not None and problem.path.is_file():
            lines = problem.path.read_text(encoding="utf-8", errors="replace").count("\n") + 1
            # libyaml may point just past the last line: where the file ends
            assert 1 <= problem.mark.line <= lines + 1 and problem.mark.column >= 1, (
                problem.format())


# --- Properties ----------------------------------------------------------------------------------


@fuzz(30)
@given(projects())
def test_random_briefs_build_with_every_field_escaped(project: tuple[dict, str, dict]) -> None:
    brief, article, config = project
    with tempfile.TemporaryDirectory() as folder:
        root = write_project(Path(folder) / "hostile", brief, article, config)
        result = fast_build(root)
        note("\n".join(d.format() for d in result.report.items))
        assert result.ok  # every field holds text an editor could mean: it must build
        twin = write_project(Path(folder) / "twin", plain_twin(brief), article,
                             plain_twin(config))
        assert fast_build(twin).ok
        site, twin_site = root / "site", twin / "site"
        mine = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
        theirs = sorted(p.relative_to(twin_site).as_posix() for p in twin_site.rglob("*.html"))
        assert len(mine) == len(theirs)
        both = sorted(set(mine) & set(theirs))
        for page, twin_page in [*zip(both, both, strict=True),
                                *zip(sorted(set(mine) - set(theirs)),
                                     sorted(set(theirs) - set(mine)), strict=True)]:
            soup = soup_of(site / page)
            assert skeleton(soup) == skeleton(soup_of(twin_site / twin_page)), page
            assert unsafe_links(soup) == [], page
            # data for search engines; on the search page, its own code from the site itself
            # and its words, as data
            assert all(s.get("type") == "application/ld+json" or (
                page == "search/index.html" and ((s.get("src") and not s.string) or (
                    s.get("type") == "application/json" and json.loads(s.string))))
                for s in soup.find_all("script")), page
        page = soup_of(site / "briefs/brief/index.html")
        assert page.h1.get_text() == brief["title"].strip()


@fuzz(100)
@given(st.dictionaries(
    st.sampled_from(["title", "date", "authors", "tags", "article", "speakers", "claim",
                     "responses", "verdict", "sources", "slug", "draft", "corrections",
                     "statements", "unknown", "Title", "<<", ""]),
    st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts,
                           st.text(max_size=10), dates, ids),
                 lambda inner: st.one_of(st.lists(inner, max_size=3),
                                         st.dictionaries(st.one_of(ids, texts), inner,
                                                         max_size=3)),
                 max_leaves=12),
    max_size=8))
def test_any_value_in_any_field_is_an_error_for_the_editor(fields: dict) -> None:
    """Numbers for titles, text for lists, mappings for dates, nothing where something is
    needed: never an exception, always located messages."""
    with tempfile.TemporaryDirectory() as folder:
        root = write_project(Path(folder) / "p", fields, "The article.\n")
        _, report = load_project(root)
        assert_reportable(report, root)
        if not report.errors:
            assert build(root).ok


YAMLISH = st.lists(st.sampled_from([*":-[]{}&*!|>#'\"%@`?,. \n\t\\", "a", "b", "1", "é", "title",
                                    "date", "<<", "!!python/object", "---", "...", "\ufeff",
                                    "\r\n", "\x00", "\x1b", "  ", "&a", "*a"]),
                   max_size=40).map("".join)


@fuzz(150)
@given(st.one_of(YAMLISH.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(
    max_size=200), st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bytes_as_a_brief_are_an_error_for_the_editor(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "briefs").mkdir()
        (root / "briefs/brief.yaml").write_bytes(data)
        _, report = load_project(root)
        assert report.errors
        assert_reportable(report, root)


@fuzz(300)
@given(destinations, st.sampled_from(["[x]({})", "[x](<{}>)", "![x]({})", "<{}>",
                                      "[x][r]\n\n[r]: {}"]))
def test_no_markdown_link_reaches_an_unsafe_scheme(destination: str, form: str) -> None:
    soup = BeautifulSoup(markdown_filter(form.format(destination)), "html.parser")
    assert unsafe_links(soup) == []


@fuzz(300)
@given(st.one_of(destinations, st.text(max_size=30)))
def test_safe_link_never_passes_what_a_browser_would_run(url: str) -> None:
    """If _safe_link lets a link through, the scheme a browser reads from it, written raw into
    an attribute (references decoded, as a browser does), is web, mail or none."""
    import html

    if _safe_link(url):
        assert browser_scheme(html.unescape(url)) in (None, "http", "https", "mailto")
