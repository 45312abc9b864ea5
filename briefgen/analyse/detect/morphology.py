"""Grammatical case and the nominative of Ukrainian and Russian words, from pymorphy3's
morphological dictionaries of the whole language (OpenCorpora for Russian, VESUM for
Ukrainian), which know the forms of every word and guess unknown ones by their endings. Loaded
on first use and only for those languages: English never imports it."""

from __future__ import annotations

import functools
from typing import Any

# the languages pymorphy3 has dictionaries for, by our language codes
OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct", "gen2", "loc2", "voct"})
_PERSON = ("Name", "Surn", "Patr")
_GENDERS = frozenset({"masc", "femn", "neut", "ms-f"})
_MARKS = "«»„“\"'()"  # around a name (the detector's frame writes guillemets as ')
_APOSTROPHES = str.maketrans("’ʼ", "''")


@functools.cache
def _analyser(language: str) -> Any:
    import pymorphy3  # only here: loading it costs a dictionary read, which English never needs

    return pymorphy3.MorphAnalyzer(lang=language)


@functools.lru_cache(maxsize=32768)
def _parses(word: str, language: str) -> tuple[Any, ...]:
    return tuple(_analyser(language).parse(word.lower().translate(_APOSTROPHES)))


def _as_written(form: str, written: str) -> str:
    """``form`` with the capital and apostrophe of ``written``."""
    if "’" in written:
        form = form.replace("'", "’")
    if "ё" not in written.lower():  # the dictionary writes ё where most text writes е
        form = form.replace("ё", "е")
    parts, written_parts = form.split("-"), written.split("-")
    if len(parts) != len(written_parts):  # ("Западно-Уральского": each part's capital)
        parts, written_parts = [form], [written]
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p
                    for p, w in zip(parts, written_parts, strict=True))


def cases(word: str, language: str, *, known: bool = False) -> frozenset[str]:
    """The cases a noun, pronoun or adjective may be in ("кругах": loct; "лиге": loct, datv);
    ``known``: only as the dictionary lists the word, not as its endings guess."""
    return frozenset(p.tag.case for p in _parses(word, language)
                     if p.tag.case and p.tag.POS in ("NOUN", "NPRO", "ADJF", "PRTF")
                     and (p.is_known or not known))


def oblique_only(word: str, language: str) -> bool:
    """Whether every reading of ``word`` as a noun is in a case other than the nominative:
    such a word is no subject."""
    found = cases(word, language)
    return bool(found) and not (found - OBLIQUE)


def may_name_a_place(word: str, language: str) -> bool:
    """Whether ``word`` may belong to a body named in the locative after "в", "у", "на": a
    word in the locative or the genitive, or one the dictionary does not know (an acronym,
    a company's name);
    not "информацию", "«Курьеру»" (an object, a listener), which end the body's name."""
    found = cases(word.strip(_MARKS), language, known=True)
    return not found or bool(found & {"loct", "loc2", "gent", "gen2"})


def only_dative(word: str, language: str) -> bool:
    """Whether ``word`` is read only in the dative: whom something was told ("«Курьеру»")."""
    found = cases(word.strip(_MARKS), language, known=True)
    return found == {"datv"}


def only_instrumental(word: str, language: str) -> bool:
    """Whether ``word`` is read only in the instrumental ("доводами", "цифрами")."""
    found = cases(word.strip(_MARKS), language, known=True)
    return found == {"ablt"}


def is_adjective(word: str, language: str) -> bool:
    """Whether ``word`` may be an adjective or a participle ("Української" may be a surname
    too, but not before a noun)."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in _parses(word, language))


def is_given_name(word: str, language: str) -> bool:
    """Whether the dictionary's likeliest reading of ``word`` is a given name ("Эльвиры")."""
    parses = _parses(word, language)
    return bool(parses) and "Name" in parses[0].tag


def _nominative_of(parse: Any, written: str) -> str:
    grammemes = {"nomn"} | ({"plur"} if "plur" in parse.tag else set())
    form = parse.inflect(grammemes) or parse.inflect({"nomn"})
    return _as_written(form.word, written) if form else written


def noun_nominative(word: str, language: str, after: str = "") -> tuple[str, str]:
    """A noun in the nominative, in its number, and its sort: "p" plural, else "f", "n", "m";
    read in the case of the adjective ``after`` which it follows when there is one."""
    nouns = [p for p in _parses(word, language) if p.tag.POS == "NOUN"]
    adjectives = [p for p in _parses(after, language) if p.tag.POS in ("ADJF", "PRTF")]
    noun = next((n for n in nouns if any(_agree(a, n) for a in adjectives)),
                nouns[0] if nouns else None)
    if noun is None:
        return word, "m"
    sort = "p" if "plur" in noun.tag else {"femn": "f", "neut": "n"}.get(_gender(noun), "m")
    return _nominative_of(noun, word), sort


def _agree(adjective: Any, noun: Any) -> bool:
    if adjective.tag.case != noun.tag.case:
        return False
    if "plur" in noun.tag or "plur" in adjective.tag:
        return "plur" in noun.tag and "plur" in adjective.tag
    return _gender(adjective) == _gender(noun)


def adjective_nominative(word: str, sort: str, language: str) -> str:
    """An adjective in the nominative, agreeing with a noun of ``sort``."""
    wanted = {"p": "plur", "f": "femn", "n": "neut", "m": "masc"}[sort]
    parses = [p for p in _parses(word, language) if p.tag.POS in ("ADJF", "PRTF")]
    if not parses:
        return word
    form = parses[0].inflect({"nomn", wanted}) or parses[0].inflect({"nomn"})
    return _as_written(form.word, word) if form else word


def phrase_nominative(words: list[str], language: str) -> list[str]:
    """A noun phrase in the nominative: its head noun (the first word that is no adjective)
    and the adjectives before it, agreeing; the words after the head (genitives) stay."""
    if not words:
        return words
    head = next((i for i, w in enumerate(words) if not is_adjective(w, language)),
                len(words) - 1)
    nominative, sort = noun_nominative(words[head], language, words[head - 1] if head else "")
    return [*(adjective_nominative(w, sort, language) for w in words[:head]), nominative,
            *words[head + 1:]]


def person_nominative(words: list[str], language: str) -> tuple[list[str | None], str]:
    """A person's name (given name, patronymic, surname) in the nominative, and their sex
    ("m", "f"; "" when the first word is no given name): the reading of the given name that
    most of the other words agree with, a man's then the nominative first where as many do
    ("Руслана Мельничук" is a woman, "Руслана Мельничука" a man in the genitive, "Артема
    Гуляева" a man, as a man named so is likelier to be written in the genitive than a woman
    in the nominative). A word that agrees with no reading is None."""
    parses = _person_parses(words[0], language)
    given = [p for p in parses if "Name" in p.tag and "plur" not in p.tag]
    rest = [_person_parses(w, language) for w in words[1:]]
    best: tuple[tuple[int, bool, bool], Any, list[Any]] | None = None
    for reading in given:
        sex, case = _gender(reading), reading.tag.case
        chosen = [_agreeing(r, sex, case) for r in rest]
        score = (sum(c is not None for c in chosen), sex == "masc", case == "nomn")
        if best is None or score > best[0]:
            best = (score, reading, chosen)
    if best is None:
        return [None] * len(words), ""
    _, reading, chosen = best
    forms = [_nominative_of(reading, words[0]),
             *(None if c is None else _nominative_of(c, w)
               for w, c in zip(words[1:], chosen, strict=True))]
    return forms, "f" if _gender(reading) == "femn" else "m"


def _person_parses(word: str, language: str) -> list[Any]:
    parses = [p for p in _parses(word, language) if p.tag.POS in ("NOUN", "ADJF")]
    named = [p for p in parses if any(g in p.tag for g in _PERSON)]
    # a name's readings first, then the others ("Бережного": a surname declined as an adjective)
    return named + [p for p in parses if p not in named]


def _agreeing(parses: list[Any], sex: str, case: str) -> Any:
    return next((p for p in parses if p.tag.case == case and "plur" not in p.tag
                 and _gender(p) in (sex, "ms-f", "")), None)


def _gender(parse: Any) -> str:
    return str(next(iter(parse.tag.grammemes & _GENDERS), ""))
