"""Find the attributed statements in a news article: who is reported to say what, and how.

The detector is ordered rules over the article's own words, with no model and nothing fetched,
so it is fast, deterministic and every decision can be traced to a rule or a word of its
lexicon (``lexicon/LANG.toml``: reporting verbs by stance, document nouns, titles, organisation
words...; the rules hold no words of their own). It reads an article in steps, one module each:

1. ``quotations``: quotations are found (curly, straight, guillemets and British single
   quotes) and their letters masked, so that a verb or a name inside a quotation never counts
   as the frame around it.
2. ``article``: the text is split into sentences (briefgen.analyse.sentences), joined again
   where a quotation runs over several; ``names`` and ``mentions`` collect the names with
   their kind, acronym and role ("the Kremlin's spokesperson, Dmitry Peskov").
3. ``statements`` passes over the sentences; in each, ``frames`` takes the reporting verbs and
   phrases that ``cues`` finds ("said", "according to", "pointed out", "is seen by experts
   as"), which count only with a complement a statement needs ("that…", a quotation, a tag
   after a quotation, an object for "denied") and a source (``sources``).
4. ``classify`` gives each source its kind (briefgen's speaker kinds) and ``resolve`` says whom
   it stands for: a pronoun, a role or a surname the person named earlier, an acronym the
   organisation. The pass carries one explicit value, what it has found so far.

Where words inflect and their order is free (Ukrainian, Russian: a lexicon with [cases] and
[order]), ``guillemets`` reads the quotations («…», „…“, dash tags, dash-led speech, names in
guillemets), ``freeorder`` the frames in place of ``frames``' English ones, ``nominals`` who a
phrase names, ``bodies`` and ``groups`` which body or which many a description stands for,
and ``cases`` the stems of words and, from ``morphology`` (a dictionary of the language),
their cases and nominatives.

``detect`` is the public entry point; ``speakers`` turns its statements into a brief's speakers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from briefgen.analyse.detect.article import read_article
from briefgen.analyse.detect.detected import KINDS, MODES, STANCES, DetectedStatement
from briefgen.analyse.detect.lexicon import languages, lexicon
from briefgen.analyse.detect.statements import read_statements
from briefgen.model import language_root

__all__ = ["KINDS", "MODES", "STANCES", "DetectedStatement", "detect", "reading_language"]


def reading_language(language: str) -> str:
    """The lexicon the detector reads a text of ``language`` with: its own ("uk", "ru-RU" is
    "ru"), else English's, as for any language it has no lexicon for."""
    code = language_root(language)
    return code if code in languages() else "en"


def detect(text: str, speakers: Mapping[str, Sequence[str]] | None = None, *,
           language: str = "en") -> tuple[DetectedStatement, ...]:
    """Every attributed statement in ``text``, in order.

    ``speakers`` maps known speaker ids to their names and aliases, ``{id: (name, alias…)}``
    (e.g. a brief's speakers); a statement whose source matches one gets its ``speaker_id``,
    and the names help resolve surnames the article never spells out. ``language`` picks the
    lexicon (see lexicon.languages()).
    """
    return read_statements(read_article(text, speakers or {}, lexicon(language)))
