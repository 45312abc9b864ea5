"""Cases, for languages whose words inflect (a lexicon with [cases]): the stem that makes the
forms of one name one ("Коваленка", "Коваленку": Коваленко), and the nominative of a phrase
met in another case ("в обласному управлінні" is обласне управління). The endings are the
lexicon's; a phrase keeps its words after the head noun as they are (its genitives)."""

from __future__ import annotations

import functools

from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.lexicon.inflection import word_stem, word_stems


@functools.lru_cache(maxsize=8192)
def stem(word: str, lex: Lexicon) -> str:
    """A word without its case ending, lower case: its forms share it."""
    return word_stem(word, lex.case_endings, fleeting=lex.fleeting)


def noun_nominative(word: str, lex: Lexicon) -> tuple[str, str]:
    """The nominative of a noun in another case, and its sort: "f", "n", "m" or "p" (see
    [cases.noun] in the lexicon); the word itself when no rule fits."""
    low = word.lower()
    for key in word_stems(word, lex.case_endings):
        listed = lex.nominatives.get(key)
        if listed is not None and listed != low:
            # the lexicon lists the word: the first of its forms is the nominative
            return _as_written(listed, word), _sort(listed, lex)
    for ending, candidates in lex.noun_nominatives:
        if not low.endswith(ending) or len(low) - len(ending) < 2:
            continue
        base = word[:len(word) - len(ending)]
        forms = [base + c for c in candidates]
        known = next((f for f in forms if f.lower() in lex.vocabulary), forms[0])
        return known, _sort(known, lex)
    return word, _sort(word, lex)


def _as_written(word: str, written: str) -> str:
    """``word`` capitalised as ``written`` is."""
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def _sort(noun: str, lex: Lexicon) -> str:
    low = noun.lower()
    if low.endswith(lex.plural_endings):
        return "p"
    if low.endswith(lex.neuter_endings):
        return "n"
    return "f" if low.endswith(lex.feminine_endings) else "m"


def adjective_nominative(word: str, sort: str, lex: Lexicon) -> str:
    """The nominative of an adjective agreeing with a noun of ``sort``."""
    low = word.lower()
    for ending, nominative in lex.adjective_nominatives.get(sort, ()):
        if low.endswith(ending):
            return word[:len(word) - len(ending)] + nominative
    return word


def nominative_phrase(words: list[str], lex: Lexicon) -> list[str]:
    """A noun phrase in the nominative: its head noun (the first word that is no adjective)
    and the adjectives before it; the words after the head (genitives, a name) stay."""
    head = next((i for i, w in enumerate(words) if not _adjective(w, lex)), None)
    if head is None:
        return words
    noun, sort = noun_nominative(words[head], lex)
    return [*(adjective_nominative(w, sort, lex) for w in words[:head]), noun,
            *words[head + 1:]]


def _adjective(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low.endswith(lex.adjective_endings)


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
        return " ".join(words)  # in the nominative already ("Ярослав", not "Ярослава")
    male = _male_given(words[0], lex)
    sex = "m" if male else name_sex(words[0], lex) or "m"  # ("Олександра": his genitive)
    given = male or _listed_given(words[0], sex, lex)
    if given is None or given.lower() == words[0].lower():
        return " ".join(words)
    return " ".join([given, *(_nominative_surname(w, sex, lex) for w in words[1:])])


@functools.lru_cache(maxsize=8192)
def is_given_name(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a given name the lexicon lists, in any case."""
    female, male = _given_stems(lex)
    key = stem(word, lex)
    return key in female or key in male or bool(_male_given(word, lex))


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


def _listed_given(word: str, sex: str, lex: Lexicon) -> str | None:
    names = lex.female_given if sex == "f" else lex.male_given
    key = stem(word, lex)
    found = next((n for n in sorted(names) if stem(n, lex) == key), None)
    return None if found is None else found[:1].upper() + found[1:]


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
