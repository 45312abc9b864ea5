"""A page's language: the translation of its interface, and how it writes dates and numbers.

Interface strings are English in the templates and in wording.py; each language's translation
is a gettext catalogue, ``translations/<language>.po`` in a template folder. A site's own
folder comes first, so that a site adds a language, or changes a string of a shipped one, as it
overrides a template: a catalogue of its own holding only the strings it changes. Catalogues
are read from their .po text at each build (Babel compiles them in memory, the same bytes
every time): nothing needs compiling when one is added or edited, and an installed briefgen
carries its own as plain package data.

Dates, numbers and plural forms follow the Unicode CLDR's data for the language, through Babel.
"""

from __future__ import annotations

import functools
import gettext
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from babel.support import Translations

if TYPE_CHECKING:
    from briefgen.render.wording import Message

SOURCE_LANGUAGE = "en"  # the templates' own: it needs no catalogue
TRANSLATIONS = "translations"  # the catalogues' folder in a template folder
GROUPED_FROM = 10_000  # "1234 words", but "12 345 words": four digits read well without a gap
# Counts under ten spelled out in running text, in English; other languages write digits, for
# their number words agree with the noun counted ("два джерела", "дві статті").
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def locale_of(code: str) -> Locale:
    """Babel's locale for a language code such as "uk" or "en-GB"; English when the Unicode
    locale data has none (the check reports such a code before a build gets here)."""
    try:
        return Locale.parse(code.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError):
        return Locale.parse(SOURCE_LANGUAGE)


def candidates(code: str) -> list[str]:
    """The catalogue names for a code, the most specific first: uk-UA, uk_UA, uk."""
    parts = code.replace("_", "-").split("-")
    names = []
    for size in range(len(parts), 0, -1):
        head = parts[:size]
        names += dict.fromkeys(["-".join(head), "_".join(head)])
    return names


def catalogue_files(code: str, template_dirs: list[Path]) -> list[Path]:
    """The catalogues that translate the interface into ``code``, the first to be asked
    first: for each name (the most specific first), the site's own before briefgen's."""
    return [folder / TRANSLATIONS / f"{name}.po" for name in candidates(code)
            for folder in template_dirs if (folder / TRANSLATIONS / f"{name}.po").is_file()]


def interface_language(code: str, fallback: str, template_dirs: list[Path]) -> str:
    """The language a page for ``code`` shows its interface in: ``code`` itself when it is
    English or has a catalogue, else ``fallback`` (the site's language)."""
    if locale_of(code).language == SOURCE_LANGUAGE or catalogue_files(code, template_dirs):
        return code
    return fallback if fallback != code else SOURCE_LANGUAGE


@functools.cache
def _compiled(text: bytes, code: str) -> bytes:
    """A catalogue's text compiled as gettext reads it (a .mo file's bytes): a few
    milliseconds each, once per process. Untranslated entries are left out, so that a later
    catalogue (or English) says them."""
    catalogue = read_po(io.BytesIO(text), locale=str(locale_of(code)))
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    return compiled.getvalue()


def load_translations(code: str, template_dirs: list[Path]) -> gettext.NullTranslations:
    """The interface's translation into ``code``: its catalogues chained, the first asked
    first, English where none has a string."""
    found: gettext.NullTranslations = gettext.NullTranslations()
    for path in reversed(catalogue_files(code, template_dirs)):
        layer = Translations(io.BytesIO(_compiled(path.read_bytes(), path.stem)))
        layer.add_fallback(found)
        found = layer
    return found


@functools.lru_cache(maxsize=16384)  # a page writes dozens of figures, mostly small counts
def _written(exact: str, digits: int, locale: str) -> str:
    """A number already rounded (``exact``, as "%.1f" writes it) as ``locale`` writes it."""
    number = Decimal(exact)
    if digits == 0 and abs(number) < GROUPED_FROM:
        return format_decimal(number, format="0", locale=locale)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(number, format=pattern, locale=locale)


@functools.lru_cache(maxsize=1024)
def _percent(whole: int, locale: str) -> str:
    return format_percent(Decimal(whole) / 100, locale=locale)


@dataclass(frozen=True)
class PageLanguage:
    """A page's language: its code (as HTML's lang writes it), its translations and how it
    writes dates, numbers and plurals."""

    code: str
    translations: gettext.NullTranslations

    @functools.cached_property
    def locale(self) -> Locale:
        return locale_of(self.code)

    @functools.cached_property
    def locale_name(self) -> str:
        return str(self.locale)

    @property
    def is_english(self) -> bool:
        return self.locale.language == SOURCE_LANGUAGE

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.translations.ngettext(singular, plural, count)

    def say(self, message: Message) -> str:
        """A message of the code's tables (wording.py, labels.py) that counts nothing."""
        if message.context is not None:
            return self.translations.pgettext(message.context, message.text)
        return self.translations.gettext(message.text)

    def long_date(self, day: object) -> str:
        """A date as the language writes it in full: "6 May 2024", "6 травня 2024 р."."""
        return format_date(day, "long", locale=self.locale) if day else ""

    def month(self, day: object) -> str:
        """A month of a year, as a heading: "May 2024", "травень 2024 р."."""
        return format_skeleton("yMMMM", day, locale=self.locale)

    def number(self, value: float, digits: int = 0) -> str:
        """A figure with ``digits`` decimals, in the language's digits and separators. Rounded
        as Python's "%.1f" rounds (the figure a test or a data file shows), then written."""
        return _written(f"{value:.{digits}f}", digits, self.locale_name)

    def percent(self, share: float) -> str:
        """A share of 0..1 as a whole percentage, "67%" or "67 %", as every page writes one."""
        return _percent(round(share * 100), self.locale_name)

    def constant(self, value: float) -> str:
        """A formula's constant, with as many decimals as it has: "206.835", "206,835"."""
        decimals = f"{value:g}".partition(".")[2]
        return self.number(value, len(decimals)) if "e" not in decimals else f"{value:g}"

    def count_word(self, count: int) -> str:
        """A count in running text: spelled under ten in English, in digits otherwise."""
        if self.is_english and 0 <= count < len(NUMBER_WORDS):
            return NUMBER_WORDS[count]
        return self.number(count)

    def language_name(self, code: str) -> str:
        """A language's name in that language, as a link to it reads: "Українська"."""
        name = locale_of(code).display_name or code
        return name[:1].upper() + name[1:]

    def name_of(self, code: str) -> str:
        """A language's name in the page's language, as a table heading reads: "Russian"."""
        name = locale_of(code).get_display_name(self.locale) or code
        return name[:1].upper() + name[1:]

    def plural_samples(self) -> tuple[tuple[str, int], ...]:
        """The language's plural categories, each with its smallest count (one: 1, few: 2,
        many: 5...): what a script needs to choose the form the catalogue gives a count."""
        rule = self.locale.plural_form
        found: dict[str, int] = {}
        for count in range(200):
            found.setdefault(rule(count), count)
        return tuple(sorted(found.items(), key=lambda item: item[1]))


def page_language(code: str, template_dirs: list[Path]) -> PageLanguage:
    return PageLanguage(code, load_translations(code, template_dirs))
