"""The interface in the page's language: catalogues that cover every string, Ukrainian and
Russian pages with no English interface word left, plurals, dates and numbers as each language
writes them, a site's own catalogue, and readability that publishes no formula for a language
it was not made for. Read from built pages with BeautifulSoup, and in Chromium for the search
page's script."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup, NavigableString, Tag

from briefgen.analyse.wordlists import languages_published
from briefgen.check.schema import LANGUAGES
from briefgen.incremental.engine import build
from briefgen.load.paths import default_templates
from briefgen.render.catalogues import TEMPLATE, extract_messages
from briefgen.render.language import TRANSLATIONS, page_language
from briefgen.render.wording import say

from .briefs import VALID, extended, write_brief
from .browser import launch, show
from .conftest import REPO

CATALOGUES = REPO / "templates" / TRANSLATIONS
SHIPPED = ("uk", "ru")
UK_BRIEF, RU_BRIEF = "uk-hospital-generators", "vologda-district-hospital"
PLACEHOLDER = re.compile(r"%\((\w+)\)s|\{(\w+)(?::[^}]*)?\}")


def read_catalogue(path: Path):
    with path.open("rb") as source:
        return read_po(source, locale=path.stem if path.suffix == ".po" else None)


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example site, with its English, Ukrainian and Russian briefs, built."""
    root = tmp_path_factory.mktemp("example") / "project"
    root.mkdir()
    shutil.copy(REPO / "briefgen.yaml", root / "briefgen.yaml")
    for folder in ("briefs", "seeds", "pages", "docs"):
        shutil.copytree(REPO / folder, root / folder)
    assert build(root).ok
    return root / "site"


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def shown(node: Tag) -> str:
    return " ".join(node.get_text().split())


# -- the catalogues ---------------------------------------------------------------------------


def test_the_english_catalogue_holds_every_string_of_the_templates_and_code() -> None:
    shipped = {(m.id if isinstance(m.id, str) else tuple(m.id), m.context)
               for m in read_catalogue(CATALOGUES / TEMPLATE) if m.id}
    extracted = {(m.id if isinstance(m.id, str) else tuple(m.id), m.context)
                 for m in extract_messages(REPO / "templates") if m.id}
    assert shipped == extracted, "run: python -m briefgen.render.catalogues templates"


@pytest.mark.parametrize("language", SHIPPED)
def test_ukrainian_and_russian_translate_every_string_in_three_plural_forms(
        language: str) -> None:
    template = {m.id if isinstance(m.id, str) else tuple(m.id): m
                for m in read_catalogue(CATALOGUES / TEMPLATE) if m.id}
    catalogue = read_catalogue(CATALOGUES / f"{language}.po")
    assert catalogue.num_plurals == 3  # one (1, 21...), few (2-4, 22-24...), many (5-20...)
    translated = {}
    for message in catalogue:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else tuple(message.id)
        assert not message.fuzzy, key
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(forms) and len(forms) == (3 if message.pluralizable else 1), key
        # every placeholder of the English kept, and no other
        wanted = {"".join(found) for text in (key if isinstance(key, tuple) else (key,))
                  for found in PLACEHOLDER.findall(text)}
        for form in forms:
            assert {"".join(found) for found in PLACEHOLDER.findall(form)} <= wanted, (key, form)
        translated[key] = message
    assert translated.keys() == template.keys()
    assert not list(catalogue.check())  # Babel's own checks: python-format, plural forms


def test_the_schema_lists_the_languages_briefgen_has_something_for() -> None:
    interface = {"en", *(path.stem for path in CATALOGUES.glob("*.po"))}
    readability = {found.language for found in languages_published()}
    assert set(LANGUAGES) == interface | readability


# -- Ukrainian and Russian pages --------------------------------------------------------------


def interface_fragments() -> list[str]:
    """The English interface's words, from its catalogue: each string's pieces between its
    placeholders and markup, of a word of three letters or more."""
    fragments = set()
    for message in read_catalogue(CATALOGUES / TEMPLATE):
        for text in (message.id,) if isinstance(message.id, str) else message.id:
            if not text:
                continue
            for piece in PLACEHOLDER.split(re.sub(r"<[^>]*>", " ", text)):
                piece = (piece or "").strip(" .,:;()“”'\"·—–-")
                if re.search(r"[A-Za-z]{3}", piece):
                    fragments.add(piece)
    return sorted(fragments, key=len, reverse=True)


def english_left(text: str) -> list[str]:
    """The English interface's words found in ``text`` (a word as such: not inside another,
    nor a file name such as briefs.json)."""
    return [fragment for fragment in interface_fragments()
            if re.search(rf"(?<![\w-]){re.escape(fragment)}(?![\w-]|\.\w)", text)]


def in_page_language(soup: BeautifulSoup) -> list[str]:
    """The texts a reader meets in the page's own language: every text node whose nearest lang
    is the page's, and the labels and titles of such elements (what screen readers say)."""
    page = soup.html["lang"]
    texts = []

    def language(node: Tag) -> str:
        found = node if node.has_attr("lang") else node.find_parent(attrs={"lang": True})
        return found["lang"] if found else page

    for node in soup.body.descendants:
        if isinstance(node, NavigableString) and node.parent.name not in ("script", "style"):
            if node.strip() and language(node.parent) == page:
                texts.append(str(node))
        elif isinstance(node, Tag) and language(node) == page:
            texts += [node[name] for name in ("aria-label", "title", "alt") if node.has_attr(name)]
    return texts


@pytest.mark.parametrize("slug", [UK_BRIEF, RU_BRIEF])
def test_no_english_interface_string_is_left_on_a_ukrainian_or_russian_page(
        example: Path, slug: str) -> None:
    soup = soup_of(example / f"briefs/{slug}/index.html")
    assert soup.html["lang"] == {"uk-hospital-generators": "uk"}.get(slug, "ru")
    texts = in_page_language(soup)
    text = "\n".join(texts)
    assert len(text) > 3000  # the whole page, its tables and hidden labels too
    assert english_left(text) == []
    # what is in English is the site's own text (its title, its pages), marked so
    english = [shown(node) for node in soup.select('[lang="en"]')]
    assert "briefgen example desk" in english


def test_a_ukrainian_sites_every_page_is_in_ukrainian(tmp_path: Path) -> None:
    """A desk in Ukrainian, with briefs in Ukrainian and Russian and no pages of its own (so
    that "How we measure" is on its figures page): no English interface word anywhere."""
    root = tmp_path / "desk"
    for name in (UK_BRIEF, RU_BRIEF):
        write_brief(root, (REPO / f"briefs/{name}.yaml").read_bytes(), name, article=None)
        shutil.copy(REPO / f"seeds/{name}.txt", root / "seeds" / f"{name}.txt")
    (root / "briefgen.yaml").write_text("language: uk\nbase_url: https://example.org/\n",
                                        encoding="utf-8")
    assert build(root).ok
    pages = sorted((root / "site").rglob("*.html"))
    assert len(pages) > 25
    for path in pages:
        soup = soup_of(path)
        expected = "ru" if path.parent.name == RU_BRIEF else "uk"
        assert soup.html["lang"] == expected, path
        assert english_left("\n".join(in_page_language(soup))) == [], path
    figures = soup_of(root / "site/figures/index.html")
    assert figures.select_one("#how-we-measure h2").get_text() == "Як ми рахуємо"
    assert shown(figures.select_one(".site-title")) == "Розбори фактчекерів"  # the default


@pytest.mark.parametrize(("slug", "published", "decimal"), [
    (UK_BRIEF, "5 грудня 2026 р.", "16,6"), (RU_BRIEF, "17 февраля 2027 г.", "15,7")])
def test_dates_and_numbers_are_written_as_the_language_writes_them(
        example: Path, slug: str, published: str, decimal: str) -> None:
    soup = soup_of(example / f"briefs/{slug}/index.html")
    assert shown(soup.select_one(".brief-header time")) == published
    figures = soup.select_one("section.figures")
    values = {shown(d): d["value"] for d in figures.select("data")}
    assert any(shown_value.replace(",", ".") == value and "," in shown_value
               for shown_value, value in values.items())  # 16,6 for the machine's 16.6
    readability = figures.select_one("h3:-soup-contains('читат') + p.plain")
    assert decimal in shown(readability)


def test_a_quotation_keeps_the_marks_its_article_prints(example: Path) -> None:
    """A Russian article quotes in « and »: its passage is shown in them, not in English's."""
    evidence = soup_of(example / f"briefs/{RU_BRIEF}/index.html").select_one("section.evidence")
    quoted = [shown(q) for q in evidence.select("blockquote.passage-quoted")]
    assert any(q.startswith("«С 10 января") and q.endswith("человек»") for q in quoted), quoted
    assert not any(q.startswith("“") for q in quoted)


def test_a_ukrainian_page_publishes_no_readability_formula(example: Path) -> None:
    soup = soup_of(example / f"briefs/{UK_BRIEF}/index.html")
    figures = soup.select_one("section.figures")
    text = shown(figures)
    for formula in ("Флеша", "Flesch", "SMOG", "Ганнінга", "Коулман", "Дейла", "−70"):
        assert formula not in text
    assert ("Жодну формулу читабельності не адаптовано до мови статті й не опубліковано"
            in text)
    rows = [shown(r.th) for r in figures.select("details table")[-1].select("tbody tr")]
    assert rows == ["Слова", "Речення", "Слів у реченні", "Літер на слово"]
    assert shown(figures.select_one("details h4:-soup-contains('речення')")) == (
        "Найдовші речення статті")


def test_a_russian_page_gives_the_reading_ease_with_its_source(example: Path) -> None:
    soup = soup_of(example / f"briefs/{RU_BRIEF}/index.html")
    figures = soup.select_one("section.figures")
    plain = shown(figures.select_one("p.plain:-soup-contains('Флеша')"))
    assert "адаптация к языку статьи: I. V. Oborneva (2006)" in plain
    rows = {shown(r.th): [shown(td) for td in r.select("td")]
            for r in figures.select("details table")[-1].select("tbody tr")}
    assert "Индекс удобочитаемости Флеша (чем больше, тем легче)" in rows
    assert not any("Кинкейда" in row or "SMOG" in row for row in rows)
    assert "Уровень Флеша — Кинкейда" not in shown(figures)


def test_the_methodology_says_per_language_what_is_measured(example: Path) -> None:
    section = soup_of(example / "methodology/index.html").select_one("#how-we-measure")
    rows = {shown(r.th): [shown(td) for td in r.select("td")]
            for r in section.select("table.formulas")[0].select("tbody tr")}
    assert list(rows)[:2] == ["English", "Russian"]
    assert rows["Russian"][1].startswith("I. V. Oborneva (2006)")
    assert rows["Any other language"][0].startswith("None")
    assert "Ukrainian among them" in shown(section)


def test_briefs_json_gives_no_formula_a_language_has_not_got(example: Path) -> None:
    entries = {b["slug"]: b["figures"]["readability"]["article"]
               for b in json.loads((example / "briefs.json").read_text("utf-8"))["briefs"]}
    assert entries[UK_BRIEF]["flesch_reading_ease"] is None
    assert entries[UK_BRIEF]["flesch_kincaid_grade"] is None
    assert entries[UK_BRIEF]["consensus"] is None
    assert entries[RU_BRIEF]["flesch_reading_ease"] is not None
    assert entries[RU_BRIEF]["flesch_kincaid_grade"] is None
    assert entries["russia-china-recruits"]["flesch_kincaid_grade"] == 19.14


def test_lists_in_the_sites_language_mark_each_briefs_own(example: Path) -> None:
    index = soup_of(example / "index.html")
    assert index.html["lang"] == "en"
    titles = [(shown(h2), h2.get("lang")) for h2 in index.select(".brief-card h2")]
    assert sorted((title[:8], lang) for title, lang in titles) == [
        ("Is Russi", None), ("Работает", "ru"), ("Чи купил", "uk")]
    topics = soup_of(example / "tags/index.html")
    assert topics.select_one("a:-soup-contains('Україна')")["lang"] == "uk"


# -- plurals, a site's own catalogue, rating labels -------------------------------------------


@pytest.mark.parametrize(("count", "ukrainian", "russian"), [
    (1, "розбір", "разбор"), (2, "розбори", "разбора"), (4, "розбори", "разбора"),
    (5, "розборів", "разборов"), (11, "розборів", "разборов"), (21, "розбір", "разбор"),
    (22, "розбори", "разбора"), (25, "розборів", "разборов")])
def test_counts_take_the_languages_plural_forms(count: int, ukrainian: str,
                                                russian: str) -> None:
    for code, word in (("uk", ukrainian), ("ru", russian)):
        language = page_language(code, [default_templates()])
        sentence = BeautifulSoup(str(say(language, "desk_briefs", count)), "html.parser")
        assert shown(sentence).endswith(f"{count} {word}.")


def test_a_site_rewords_a_string_and_adds_a_language(tmp_path: Path) -> None:
    write_brief(tmp_path, extended("language: uk\n"), "ukrainian")
    write_brief(tmp_path, extended("language: pl\n"), "polish")
    assert build(tmp_path).ok  # first without: the catalogues then change what is built
    (tmp_path / "templates" / TRANSLATIONS).mkdir(parents=True)
    (tmp_path / "templates" / TRANSLATIONS / "uk.po").write_text(textwrap.dedent("""\
        msgid "Our rating: %(badge)s"
        msgstr "Вердикт: %(badge)s"
        """), encoding="utf-8")
    (tmp_path / "templates" / TRANSLATIONS / "pl.po").write_text(textwrap.dedent("""\
        msgid "Our rating: %(badge)s"
        msgstr "Nasza ocena: %(badge)s"
        """), encoding="utf-8")
    assert build(tmp_path).ok
    ukrainian = soup_of(tmp_path / "site/briefs/ukrainian/index.html")
    assert shown(ukrainian.select_one("#verdict-title")) == "Вердикт: Оцінка: Не доведено"
    assert shown(ukrainian.select_one("#figures-title")) == "Цифри"  # the rest: briefgen's
    polish = soup_of(tmp_path / "site/briefs/polish/index.html")
    assert polish.html["lang"] == "pl"
    assert shown(polish.select_one("#verdict-title")).startswith("Nasza ocena:")
    assert shown(polish.select_one("#figures-title")) == "The figures"  # not translated: English


def test_a_brief_in_a_language_without_an_interface_is_marked_on_the_sites_page(
        tmp_path: Path) -> None:
    write_brief(tmp_path, extended("language: de\n"), "german")
    assert build(tmp_path).ok
    soup = soup_of(tmp_path / "site/briefs/german/index.html")
    assert soup.html["lang"] == "en"
    assert soup.h1["lang"] == "de"
    assert soup.select_one(".verdict-summary")["lang"] == "de"


def test_a_sites_own_rating_labels_stay_as_written(tmp_path: Path) -> None:
    write_brief(tmp_path, extended("language: uk\n").replace("rating: unproven",
                                                              "rating: open"))
    (tmp_path / "briefgen.yaml").write_text(textwrap.dedent("""\
        ratings:
          - id: open
            label: Відкрите питання
            colour: "#57606a"
        """), encoding="utf-8")
    assert build(tmp_path).ok
    soup = soup_of(tmp_path / "site/briefs/brief/index.html")
    assert shown(soup.select_one("#verdict-title .badge")) == "Оцінка: Відкрите питання"
    write_brief(tmp_path, extended("language: uk\n"))
    (tmp_path / "briefgen.yaml").unlink()
    assert build(tmp_path).ok  # the default scale's labels are translated
    soup = soup_of(tmp_path / "site/briefs/brief/index.html")
    assert shown(soup.select_one("#verdict-title .badge")) == "Оцінка: Не доведено"
    assert "Наявні докази не показують" in shown(soup.select_one(".rating-meaning"))


# -- the search page, in the browser ----------------------------------------------------------


def test_the_search_page_speaks_the_sites_language(tmp_path: Path) -> None:
    for number in range(1, 6):  # in English, on a Ukrainian site
        write_brief(tmp_path, VALID.replace("Was the bridge closed?", f"Was bridge {number} "
                                            "closed?") + "language: en\n", f"brief{number}")
    (tmp_path / "briefgen.yaml").write_text("language: uk\n", encoding="utf-8")
    assert build(tmp_path).ok
    page = tmp_path / "site/search/index.html"
    soup = soup_of(page)
    assert soup.html["lang"] == "uk"
    words = json.loads(soup.select_one("#search-words").string)
    assert set(words["found"]) == {"one", "few", "many"}
    with launch() as chromium:
        tab = chromium.new_page()
        show(tab, page.as_uri())
        assert tab.locator("#search-status").inner_text() == "Знайдено 5 розборів."
        tab.fill("#q", "bridge 3")
        assert tab.locator("#search-status").inner_text() == "Знайдено 1 розбір."
        meta = tab.locator("#search-results .meta").first.inner_text()
        assert meta.startswith("Не доведено · ") and meta.endswith("9 квітня 2025 р.")
        assert tab.locator("#search-results a").first.get_attribute("lang") == "en"


# -- the terminal ----------------------------------------------------------------------------


def test_stats_gives_each_language_only_its_published_formulas(runner, tmp_path: Path) -> None:
    from briefgen.commands.cli import app

    root = tmp_path / "desk"
    for name in (UK_BRIEF, RU_BRIEF):
        write_brief(root, (REPO / f"briefs/{name}.yaml").read_bytes(), name, article=None)
        shutil.copy(REPO / f"seeds/{name}.txt", root / "seeds" / f"{name}.txt")
    ukrainian = runner.invoke(app, ["stats", str(root / f"briefs/{UK_BRIEF}.yaml")])
    assert ukrainian.exit_code == 0, ukrainian.output
    assert "letters per word" in ukrainian.stdout and "flesch" not in ukrainian.stdout
    assert ("No readability formula is published for the article's language: only counts "
            "true in any language are given.") in " ".join(ukrainian.stdout.split())
    assert "Longest sentences:" in ukrainian.stdout
    russian = runner.invoke(app, ["stats", str(root / f"briefs/{RU_BRIEF}.yaml")])
    assert "flesch reading ease" in russian.stdout and "kincaid" not in russian.stdout
    assert "as adapted by I. V. Oborneva (2006)" in " ".join(russian.stdout.split())
    data = json.loads(runner.invoke(app, ["stats", "--json",
                                          str(root / f"briefs/{UK_BRIEF}.yaml")]).stdout)
    assert data["article"]["formulas"] == [] and data["article"]["flesch_reading_ease"] is None
    assert data["hardest"][0]["grade"] is None
