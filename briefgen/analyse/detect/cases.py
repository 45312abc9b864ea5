"""Cases, for languages whose words inflect (a lexicon with [cases]): the stem that makes the
forms of one name one ("Коваленка", "Коваленку": Коваленко), and the nominative of a name or
a phrase met in another case ("в обласному управлінні" is обласне управління), which the
morphological dictionary gives (see morphology); a phrase keeps its words after the head
noun as they are (its genitives)."""

from __future__ import annotations

import functools

from briefgen.analyse.detect import morphology
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.lexicon.inflection import word_stem, word_stems


@functools.lru_cache(maxsize=8192)
def stem(word: str, lex: Lexicon) -> str:
    """A word without its case ending, lower case: its forms share it."""
    return word_stem(word, lex.case_endings, fleeting=lex.fleeting)


def nominative_phrase(words: list[str], lex: Lexicon) -> list[str]:
    """A noun phrase in the nominative: its head noun (the first word that is no adjective)
    and the adjectives before it; the words after the head (genitives, a name) stay."""
    return morphology.phrase_nominative(words, lex.language)


def noun_nominative(word: str, lex: Lexicon) -> str:
    """A noun in the nominative, in its number."""
    return morphology.noun_nominative(word, lex.language)[0]


@functools.cache
def _given_stems(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(stem(w, lex) for w in lex.female_given),
            frozenset(stem(w, lex) for w in lex.male_given))


def given_sex(token: str, lex: Lexicon) -> str:
    """A person's sex by the stem of their given name: "f", "m" or "" (also where the stem is
    both a man's and a woman's: Олександр and Олександра, Валентин and Валентина)."""
    female, male = _given_stems(lex)
    if token in female and token in male:
        return ""
    return "f" if token in female else "m" if token in male else ""


def name_sex(word: str, lex: Lexicon) -> str:
    """A person's sex by their given name as written: a name the lexicon lists as it is
    written first ("Олександр" is a man, "Олександра" a woman, in the nominative), else by
    its stem."""
    low = word.lower()
    if low in lex.female_given or low in lex.male_given:
        return "f" if low in lex.female_given else "m"
    return given_sex(stem(word, lex), lex)


def verb_sex(verb: str, lex: Lexicon) -> str:
    """The sex a verb in the past tense gives its subject: "заявила" f, "заявив" m."""
    low = verb.lower()
    if low.endswith(lex.feminine_past):
        return "f"
    return "m" if low.endswith(lex.masculine_past) else ""


@functools.lru_cache(maxsize=8192)
def person_name(name: str, lex: Lexicon) -> str:
    """A person's name as a run of capitals gives it, from the given name on (not "Юрист
    Максим Данилюк" nor "ЧЗТ Денис Бондар"), in the nominative when the given name is in
    another case ("Виктора Павловича Сомова" is Виктор Павлович Сомов)."""
    words = name.split()
    first = next((i for i, w in enumerate(words) if is_given_name(w, lex)), None)
    if first is None:
        return name
    words = words[first:]
    if words[0].lower() in lex.female_given | lex.male_given:
        return " ".join(words)  # in the nominative already ("Валентина", not "Валентин")
    forms, sex = morphology.person_nominative(words, lex.language)
    sex = sex or name_sex(words[0], lex) or "m"
    # a surname the dictionary does not know ("Сомова"): the lexicon's endings of surnames
    return " ".join([forms[0] or words[0],
                     *(form or _nominative_surname(w, sex, lex)
                       for w, form in zip(words[1:], forms[1:], strict=True))])


@functools.lru_cache(maxsize=8192)
def is_given_name(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a given name the lexicon lists, in any case."""
    female, male = _given_stems(lex)
    key = stem(word, lex)
    return key in female or key in male or bool(_male_given(word, lex)) or (
        word[:1].isupper() and morphology.is_given_name(word, lex.language))


def _male_given(word: str, lex: Lexicon) -> str:
    """A man's given name in another case whose stem is not its nominative's ("Андрія",
    "Сергея", "Артема": Андрій, Сергей, Артем), by the endings of a man's surname; else ""."""
    low = word.lower()
    for ending, nominative in lex.surname_male_forms:
        if low.endswith(ending) and low[:-len(ending)] + nominative in lex.male_given:
            return word[:len(word) - len(ending)] + nominative
    for ending in lex.surname_male:  # "Артема", "Максимом": a stem no shorter than the name's
        if low.endswith(ending) and low[:-len(ending)] in lex.male_given:
            return word[:len(word) - len(ending)]
    return ""


def _nominative_surname(word: str, sex: str, lex: Lexicon) -> str:
    low = word.lower()
    for patronymic in lex.patronymics:
        at = low.rfind(patronymic)
        if at > 0:
            return word[:at + len(patronymic)]
    if sex == "f":
        for ending, nominative in lex.surname_female:
            if low.endswith(ending):
                return word[:len(word) - len(ending)] + nominative
        return word
    for ending, nominative in lex.surname_male_forms:  # "Кравця", "Коваля": Кравець, Коваль
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            return word[:len(word) - len(ending)] + nominative
    ending = next((e for e in lex.surname_male if low.endswith(e) and len(low) - len(e) >= 3),
                  "")
    return word[:len(word) - len(ending)] if ending else word


@functools.cache
def _demonym_stems(lex: Lexicon) -> tuple[str, ...]:
    # longest first, then in order: some stems begin others ("польськ", "польських"), and
    # a set's order changes with the hash seed, which would change the output with it
    return tuple(sorted({stem(w, lex) for w in lex.demonyms}, key=lambda d: (-len(d), d)))


def demonym_stem(word: str, lex: Lexicon) -> str:
    """The stem of a demonym in any case ("польським" is "польський": "польськ"), or ""."""
    if not lex.cases:
        return word if word in lex.demonyms else ""
    return next((d for d in _demonym_stems(lex)
                 if word.startswith(d) and len(word) - len(d) <= 3), "")


def masculine_of(name: str, surname: str, lex: Lexicon) -> str:
    """The name of a man first named in the genitive, which reads as a woman's: "Евгения
    Колесникова", then "Колесников" alone, is Евгений Колесников; "" when it cannot be (the
    surname is not the man's form of the last word, or the given name has no man's form)."""
    words = name.split()
    female = {nominative for _, nominative in lex.surname_female}
    if len(words) < 2 or not words[-1].lower().startswith(surname.lower()) or (
            words[-1][len(surname):].lower() not in female):
        return ""
    stems = set(word_stems(words[0], lex.case_endings))
    given = next((n for n in sorted(lex.male_given)
                  if stems & set(word_stems(n, lex.case_endings))), "")
    return " ".join([given[:1].upper() + given[1:], *words[1:-1], surname]) if given else ""
