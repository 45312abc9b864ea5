"""The tables of a lexicon that languages with cases and free word order need ([alphabet],
[order], [cases] in LANG.toml), read into the values the rules use; and the stems of words, by
which those rules compare the forms of one word."""

from __future__ import annotations

import re
from typing import Any


def words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


def word_stem(word: str, endings: tuple[str, ...], shortest: int = 3,
              fleeting: tuple[tuple[str, str], ...] = ()) -> str:
    """``word`` in lower case without the longest of ``endings`` that leaves ``shortest``
    letters or more (see cases.stem); a stem whose vowel drops before an ending is given
    without it (``fleeting``: "кравец" of Кравець is "кравц", as in Кравця)."""
    low = word.lower().replace("'", "’")
    for ending in endings:
        if low.endswith(ending) and len(low) - len(ending) >= shortest:
            low = low[:-len(ending)]
            break
    for full, short in fleeting:
        if low.endswith(full) and len(low) - len(full) >= 2:
            return low[:-len(full)] + short
    return low


def order(order: dict[str, Any]) -> dict[str, Any]:
    return dict(
        **{key: words_of(order[key]) for key in (
            "locative", "object_words", "not_subject", "press_offices", "emphatic")},
        **{key: tuple(order[key].split()) for key in (
            "plural_verb_endings", "feminine_past", "masculine_past", "gerund_endings",
            "aside_endings")},
        time_first=re.compile(order["time_first"]),
        interlocutors=words_of(order.get("interlocutors", "")),
        group_parts=words_of(order.get("group_parts", "")),
        instrumental_pronouns=words_of(order.get("instrumental_pronouns", "")),
        body_voices=words_of(order.get("body_voices", "")),
        own_name_heads=words_of(order.get("own_name_heads", "")),
        there=words_of(order.get("there", "")),
        agency_heads=words_of(order.get("agency_heads", "")),
        listeners_after=re.compile(order.get("listeners_after", "(?!)")),
        self_named=re.compile(order.get("self_named", "(?!)")),
    )


def word_stems(word: str, endings: tuple[str, ...], shortest: int = 3) -> list[str]:
    """Every stem ``word`` may have by ``endings``, the longest first."""
    low = word.lower().replace("'", "’")
    return sorted({low[:-len(e)] for e in endings
                   if low.endswith(e) and len(low) - len(e) >= shortest}, key=len, reverse=True)


def cases(data: dict[str, Any]) -> dict[str, Any]:
    cases = data.get("cases", {})
    endings = tuple(sorted(cases.get("endings", "").split(), key=len, reverse=True))
    return dict(
        cases=bool(cases),
        case_endings=endings,
        **{key: tuple(cases.get(key, "").split())
           for key in ("neuter_endings", "feminine_endings", "plural_endings", "patronymics",
                       "oblique_endings")},
        surname_male=tuple(sorted(cases.get("surname_male", "").split(), key=len, reverse=True)),
        surname_female=tuple((a, b) for a, b in cases.get("surname_female", ())),
        surname_male_forms=tuple((a, b) for a, b in cases.get("surname_male_forms", ())),
        fleeting=tuple((a, b) for a, b in cases.get("fleeting", ())),
        vocabulary=frozenset(_all_words(data["sources"]) | _all_words(data["words"])
                             | _all_words(data["names"])) if cases else frozenset(),
    )


def _all_words(table: dict[str, Any]) -> set[str]:
    """Every word of a table's lists of words (and of the tables inside it)."""
    return set(_all_words_in_order(table))


def _all_words_in_order(table: dict[str, Any]) -> list[str]:
    words: list[str] = []
    for value in table.values():
        if isinstance(value, dict):
            words += _all_words_in_order(value)
        elif isinstance(value, str):
            words += value.split()
        elif isinstance(value, list):
            words += [w for item in value if isinstance(item, str) for w in item.split()]
    return words


def class_chars(body: str) -> set[str]:
    """The characters of a regular-expression class body of letters and ranges ("A-Za-z")."""
    chars: set[str] = set()
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            chars.update(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
            i += 3
        else:
            chars.add(body[i])
            i += 1
    return chars
