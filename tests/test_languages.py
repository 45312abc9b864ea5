"""A brief's language and its translations: the codes checked, the links between the same
brief in two languages declared by the editors, checked across the briefs, and shown on their
pages as Hugo's multilingual sites show them (hreflang)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup

from briefgen.check.jsonschema import brief_schema
from briefgen.check.project import load_project
from briefgen.check.schema import LANGUAGES
from briefgen.commands.cli import app
from briefgen.incremental.engine import build

from .briefs import VALID, extended, only_problem, told, variant, write_brief

# The same small brief in Ukrainian, on the same article: a translation of VALID.
UKRAINIAN = """\
    title: Чи закрили міст?
    date: 2025-04-09
    language: uk
    authors:
      - Редакція
    article:
      file: seeds/article.txt
    speakers:
      officials:
        name: Міська влада
        kind: group
    claim:
      by: officials
      summary: Міст закрили.
      quotes:
        - City officials said on Monday
    verdict:
      rating: unproven
      summary: Доказів немає ні на користь, ні проти.
    """


def links(language: str, slug: str) -> str:
    return f"translations:\n  - language: {language}\n    slug: {slug}\n"


def pair(root: Path, english: str = links("uk", "mist"),
         ukrainian: str = links("en", "bridge")) -> None:
    """An English brief, "bridge", and its Ukrainian translation, "mist", each listing the
    other with the lines given."""
    write_brief(root, extended(english), "bridge")
    write_brief(root, textwrap.dedent(UKRAINIAN) + ukrainian, "mist")


def page(root: Path, slug: str) -> BeautifulSoup:
    return BeautifulSoup((root / f"site/briefs/{slug}/index.html").read_text("utf-8"),
                         "html.parser")


@pytest.mark.parametrize("code", ["english", "en\" onload=\"alert(1)", "xx", "e"])
def test_a_language_that_is_not_a_code_is_a_located_error(tmp_path: Path, code: str) -> None:
    write_brief(tmp_path, variant("  file: seeds/article.txt",
                                  f"  file: seeds/article.txt\n  language: {json.dumps(code)}"))
    where, message, hint = told(only_problem(tmp_path))
    assert where == (7, 13)
    assert message == f"article.language: {code!r} is not a language code"
    assert hint == "write a code such as " + ", ".join(LANGUAGES)


def test_a_brief_is_in_its_articles_language_unless_it_says(tmp_path: Path) -> None:
    write_brief(tmp_path, variant("  file: seeds/article.txt",
                                  "  file: seeds/article.txt\n  language: uk"), "article-uk")
    write_brief(tmp_path, variant("  file: seeds/article.txt",
                                  "  file: seeds/article.txt\n  language: uk") + "language: en\n",
                "brief-en")
    write_brief(tmp_path, VALID, "site-default")
    project, report = load_project(tmp_path)
    assert report.items == []
    found = {b.slug: (b.language, b.article.language) for b in project.briefs}
    assert found == {"article-uk": ("uk", "uk"), "brief-en": ("en", "uk"),
                     "site-default": ("en", "en")}


def test_translations_link_both_ways(tmp_path: Path) -> None:
    pair(tmp_path)
    assert build(tmp_path).ok
    english, ukrainian = page(tmp_path, "bridge"), page(tmp_path, "mist")
    assert english.html["lang"] == "en" and ukrainian.html["lang"] == "uk"
    for soup, own, other, slug in ((english, "en", "uk", "mist"),
                                   (ukrainian, "uk", "en", "bridge")):
        # in the head, every language of the brief, this one too; in the page, the others
        alternates = {link["hreflang"]: link["href"]
                      for link in soup.select('link[rel="alternate"][hreflang]')}
        assert set(alternates) == {own, other}
        assert alternates[other] == f"../../briefs/{slug}/index.html"
        (visible,) = soup.select(".translations a")
        assert visible["href"] == f"../../briefs/{slug}/index.html"
        assert visible["hreflang"] == visible["lang"] == other
    # each translation named in its own language
    assert english.select_one(".translations a").get_text() == "Українська"
    assert ukrainian.select_one(".translations a").get_text() == "English"


def test_a_site_with_an_address_links_translations_by_it(tmp_path: Path) -> None:
    pair(tmp_path)
    (tmp_path / "briefgen.yaml").write_text("base_url: https://example.org/checks/\n")
    assert build(tmp_path).ok
    alternates = {link["hreflang"]: link["href"]
                  for link in page(tmp_path, "bridge").select('link[rel="alternate"][hreflang]')}
    assert alternates == {"en": "https://example.org/checks/briefs/bridge/",
                          "uk": "https://example.org/checks/briefs/mist/"}


@pytest.mark.parametrize(("english", "ukrainian", "message", "hint"), [
    (links("uk", "mst"), links("en", "bridge"), "translations: 'mst': no brief has this slug",
     "did you mean 'mist'?"),
    (links("uk", "nowhere-near"), links("en", "bridge"),
     "translations: 'nowhere-near': no brief has this slug",
     "write the slug of a brief of this site: its file name without .yaml, or its 'slug:'"),
    (links("ru", "mist"), links("en", "bridge"), "translations: 'mist' is written in 'uk', not "
     "'ru'", "write 'language: uk' for it, or set 'language: ru' in mist.yaml"),
    (links("uk", "mist"), "", "translations: 'mist' does not list this brief among its "
     "translations", "add it to mist.yaml: translations: - language: en, slug: bridge"),
])
def test_a_translation_that_does_not_link_back_is_a_located_error(
        tmp_path: Path, english: str, ukrainian: str, message: str, hint: str) -> None:
    pair(tmp_path, english, ukrainian)
    _, report = load_project(tmp_path)
    (problem,) = [d for d in report.errors if d.path.name == "bridge.yaml"]
    assert told(problem) == ((21, 11), message, hint)  # at the slug
    result = build(tmp_path)  # the build says the same, and publishes nothing
    assert not result.ok
    assert sorted(d.format() for d in result.report.errors) == sorted(
        d.format() for d in report.errors)


def test_a_published_brief_may_not_link_to_a_draft(tmp_path: Path) -> None:
    pair(tmp_path, ukrainian=links("en", "bridge") + "draft: true\n")
    _, report = load_project(tmp_path)
    (problem,) = report.errors
    assert problem.message == "translations: 'mist' is a draft, so its page is not published"
    assert build(tmp_path, drafts=True).ok  # where drafts are shown, so is the link


def test_a_drafts_broken_link_is_a_warning(tmp_path: Path) -> None:
    pair(tmp_path, english="", ukrainian=links("en", "bridge") + "draft: true\n")
    _, report = load_project(tmp_path)
    assert report.errors == []
    (warning,) = report.warnings
    assert warning.path.name == "mist.yaml"
    assert "does not list this brief among its translations" in warning.message
    assert build(tmp_path).ok


@pytest.mark.parametrize(("lines", "message"), [
    (links("en", "other"), "translations[1].language: 'en' is this brief's own language"),
    (links("uk", "bridge"), "translations[1].slug: 'bridge' is this brief itself"),
    (links("uk", "a") + "  - language: uk\n    slug: b\n",
     "translations[2].language: a translation into 'uk' is listed already"),
])
def test_a_brief_lists_one_translation_per_other_language(tmp_path: Path, lines: str,
                                                          message: str) -> None:
    write_brief(tmp_path, extended(lines), "bridge")
    assert only_problem(tmp_path).message == message


def test_the_json_schema_lists_the_languages_briefgen_knows() -> None:
    schema = brief_schema()
    language = schema["properties"]["language"]
    assert language["anyOf"][0] == {"enum": list(LANGUAGES)}
    assert {"en", "uk", "ru"} <= set(LANGUAGES)
    translations = schema["properties"]["translations"]["items"]
    assert translations["properties"]["language"] == {**language,
                                                      "description": translations[
                                                          "properties"]["language"][
                                                          "description"]}
    valid = {"title": "t", "date": "2025-01-01", "authors": ["a"], "language": "uk",
             "article": {"text": "x", "language": "en-GB"},
             "claim": {"by": "a", "summary": "s", "quotes": ["x"]},
             "verdict": {"rating": "false", "summary": "s"},
             "translations": [{"language": "en", "slug": "the-english"}]}
    jsonschema.validate(valid, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**valid, "language": "english language"}, schema)


def test_the_schema_command_prints_the_languages(runner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["properties"]["language"]["anyOf"][0]["enum"] == list(
        LANGUAGES)
