"""The translation catalogues: every interface string, gathered from where it is written.

The strings are the templates' (``_()``, ``gettext``, ``ngettext``, ``pgettext`` and
``{% trans %}`` blocks), wording.py's sentences and labels.py's labels (``said``, ``counted``,
``marked``), the default rating scale's labels and descriptions and the site's default title
and description. ``extract_messages``
gathers them as Babel's pybabel extract would;
``python -m briefgen.render.catalogues`` writes them to templates/translations/messages.pot
and brings each language's catalogue up to date (a new string untranslated, a changed one
marked fuzzy, a gone one obsolete), for a translator to fill in. The tests hold the shipped
files to what the code says.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract, extract_from_dir
from babel.messages.pofile import read_po, write_po

from briefgen.model import DEFAULT_RATINGS, SiteConfig
from briefgen.render.language import TRANSLATIONS

PROJECT = "briefgen"
TEMPLATE = "messages.pot"
WIDTH = 100
# How the templates are read: as the renderer's Jinja reads them, whitespace trimmed.
TEMPLATE_METHODS = [("assets/**", "ignore"), (f"{TRANSLATIONS}/**", "ignore"),
                    ("**.html", "jinja2"), ("**.xml", "jinja2")]
TEMPLATE_OPTIONS = {pattern: {"extensions": "jinja2.ext.do,jinja2.ext.i18n", "trimmed": "true"}
                    for pattern in ("**.html", "**.xml")}
TEMPLATE_KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2),
                     "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3)}
# The markers of wording.py and labels.py: a sentence, one with its plural, one in a context.
PYTHON_KEYWORDS = {"said": None, "counted": (1, 2), "marked": ((1, "c"), 2)}
PYTHON_FILES = [Path(__file__).with_name(name) for name in ("wording.py", "labels.py")]


def extract_messages(templates: Path) -> Catalog:
    """Every interface string of the templates in ``templates`` and of the code."""
    catalogue = Catalog(project=PROJECT, fuzzy=False)
    for _name, _line, message, comments, context in extract_from_dir(
            str(templates), TEMPLATE_METHODS, TEMPLATE_OPTIONS, TEMPLATE_KEYWORDS,
            strip_comment_tags=True):
        catalogue.add(message, auto_comments=comments, context=context)
    for path in PYTHON_FILES:
        with path.open("rb") as source:
            for _line, message, comments, context in extract(
                    "python", source, PYTHON_KEYWORDS, options={"encoding": "utf-8"}):
                catalogue.add(message, auto_comments=comments, context=context)
    defaults = SiteConfig()
    for text in (defaults.title, defaults.description):
        catalogue.add(text, auto_comments=["the site's, unless its settings say"])
    for rating in DEFAULT_RATINGS:
        catalogue.add(rating.label, auto_comments=["a rating of the default scale"])
        catalogue.add(rating.description, auto_comments=["what the rating means"])
    return catalogue


def po_text(catalogue: Catalog, header: bool = True) -> bytes:
    """A catalogue as a .po file, the same bytes for the same strings (the template has no
    header, which would carry the time it was made)."""
    out = io.BytesIO()
    write_po(out, catalogue, width=WIDTH, omit_header=not header, sort_output=True,
             include_lineno=False, include_previous=False, ignore_obsolete=True)
    return out.getvalue()


def update(templates: Path) -> list[Path]:
    """Write messages.pot and bring each language's catalogue in ``templates`` up to date;
    returns the files written."""
    folder = templates / TRANSLATIONS
    template = extract_messages(templates)
    written = [folder / TEMPLATE]
    written[0].write_bytes(po_text(template, header=False))
    for path in sorted(folder.glob("*.po")):
        with path.open("rb") as source:
            catalogue = read_po(source, locale=path.stem)
        catalogue.update(template, no_fuzzy_matching=True, update_creation_date=False)
        path.write_bytes(po_text(catalogue))
        written.append(path)
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("templates")
    for written in update(folder):
        print(f"wrote {written}")
