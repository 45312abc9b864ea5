"""Sources: the noun phrase a reporting verb credits, before it ("Peskov, the spokesman,
said"), after it ("…,” said Carmen Delgado, a hydrologist"), in a relative clause ("Hoyzer,
who admitted…") or as the subject a participle hangs on ("officials…, claiming that…")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.detect.article import Found, Sentence, Source
from briefgen.analyse.detect.classify import classify
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.phrases import (
    apposition_like,
    apposition_pair,
    chunks,
    clause_end,
    cut_relative,
    has_verb,
    is_name,
    join_lists,
    np_like,
    role_like,
    strip_trailing_time,
    trim_left,
)
from briefgen.analyse.detect.text import first_word, lower_words


def subject(s: Sentence, lo: int, hi: int, previous: Found | None) -> Source | None:
    """The source written before its verb (frame[lo:hi]), with any apposition between."""
    frame, lex = s.frame, s.article.lex
    parts = chunks(frame, lo, hi)
    if not parts:
        return None
    if previous is not None and len(parts) == 1 and not frame[parts[0][0]:parts[0][1]]:
        return None
    last_text = frame[parts[-1][0]:parts[-1][1]]
    if last_text:
        if lex.conjunction.fullmatch(last_text.lower()):
            if previous is None:  # "She cut it to $42,000, but said…": the clause's subject
                return clause_subject(s, parts[0][0], parts[-2][1]) if len(parts) > 1 else None
            return Source("", "", "", None, subject=False)  # "…and said it would appeal"
        parts = join_lists(frame, parts, lex)
        np_start, np_end = parts[-1]
        np_start = trim_left(frame, np_start, np_end, lex)
        np_text = frame[np_start:np_end]
        if np_text.lower() in lex.relatives or lex.of_whom.fullmatch(np_text.lower()):
            return _relative(s, parts, np_start, np_end)
        words = lower_words(np_text)
        if not words:
            return None
        if words[-1] in lex.coordinators:  # "won the vote and praised…": the clause's subject
            if previous is not None:
                return Source("", "", "", None, subject=False)
            # (or one before it, in commas: "Democrats, looking for a way, seized it and said")
            return clause_subject(s, parts[-1][0], np_end) or (
                _apposed_subject(s, parts[:-1]) if len(parts) > 1 and _finite_after(
                    frame, parts[-1][0], hi, lex) else None)
        if words[0] in lex.relatives and len(parts) > 1 and is_name(
                frame[parts[-2][0]:parts[-2][1]], lex):
            return _apposed_subject(s, parts[:-1])  # "Packer, who chairs the PAC said": open
        if words[-1] in lex.function_words:
            return None  # "Sanders appeared to", "among those": no noun phrase ends so
        return describe(s, np_start, np_end)
    # the verb follows a comma: a source with appositions ("Peskov, the spokesman, said")
    return _apposed_subject(s, parts[:-1])


def _apposed_subject(s: Sentence, parts: list[tuple[int, int]]) -> Source | None:
    frame, lex = s.frame, s.article.lex
    # "Sen. Ana Ruiz, R-Ohio, the committee's chair, said": the party tag is no apposition,
    # nor is an aside ("Experts, however, said")
    parts = [p for p in parts if not lex.affiliation.match(frame[p[0]:p[1]])
             and not _aside(frame[p[0]:p[1]], s.article.lex)]
    parts = _places_joined(frame, parts)
    if not parts:
        return None
    texts = [frame[a:b] for a, b in parts]
    j = len(parts) - 1
    while j > 0 and not np_like(texts[j], lex):
        j -= 1
    while j > 0 and apposition_pair(texts[j - 1], texts[j], lex):
        j -= 1
    if not all(apposition_like(t, lex) for t in texts[j + 1:]):
        return None
    appositions = parts[j + 1:]
    head = parts[j]
    subject_start = trim_left(frame, head[0], head[1], lex)
    subject_text = frame[subject_start:head[1]]
    if not np_like(subject_text, lex) or has_verb(subject_text, lex):
        # "The accusation was made by the Alliance, whose spokesman, Ruiz Montoya, told"
        named = [c for c in appositions if is_name(frame[c[0]:c[1]], lex)]
        if not named:
            return None
        return describe(s, named[0][0], named[0][1],
                        appositions=[c for c in appositions if c != named[0]])
    if role_like(subject_text, lex) and appositions and is_name(
            frame[appositions[0][0]:appositions[0][1]], lex):
        name = appositions[0]
        return describe(s, name[0], name[1],
                        appositions=[(subject_start, head[1]), *appositions[1:]])
    return describe(s, subject_start, head[1], appositions=appositions)


def _finite_after(frame: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether "…, seized the floor and said" (frame[lo:hi] before the verb) coordinates two
    finite verbs of one subject: not participles ("listening or saying"), nor a relative
    clause's verbs ("which he favors but says")."""
    first, verb = first_word(frame[lo:hi]).lower(), first_word(frame[hi:]).lower()
    return not verb.endswith(lex.gerund_ending) and not first.endswith(
        lex.gerund_ending) and first not in lex.relatives


def _aside(text: str, lex: Lexicon) -> bool:
    """Whether a part in commas is only a connective ("however"), or a clause an adverb
    opens ("when contacted by Reuters", "if elected")."""
    connective = lex.connectives.match(text)
    if connective is not None and connective.end() == len(text):
        return True
    first = lex.subordinators.match(text)
    return first is not None and first.end() < len(text) and not text[:1].isupper()


_STATE_AFTER_PLACE = re.compile(r"[A-Z][\w.\-]*\.?")


def _places_joined(frame: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"a supporter from Jackson, Miss.": a lone capitalised word after a part that ends in
    a name is the rest of a place, not an apposition."""
    joined: list[tuple[int, int]] = []
    for a, b in parts:
        if joined and _STATE_AFTER_PLACE.fullmatch(frame[a:b]) and frame[
                joined[-1][0]:joined[-1][1]].rsplit(" ", 1)[-1][:1].isupper():
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def _relative(s: Sentence, parts: list[tuple[int, int]], np_start: int, np_end: int
              ) -> Source | None:
    """"Hoyzer, who admitted…", "other MPs, several of whom said…": the antecedent."""
    if len(parts) < 2:
        return None
    lo, hi = parts[-2]
    text = s.frame[lo:hi]
    preps = list(s.article.lex.before_antecedent.finditer(text))
    source = describe(s, lo + (preps[-1].end() if preps else 0), hi)
    if source is not None:
        source.speaker = s.frame[np_start:np_end]
        source.span = (s.start + np_start, s.start + np_end)
    return source


def main_subject(s: Sentence, lo: int, a: int) -> Source | None:
    """The subject of the clause a participle hangs on: "Ukrainian officials have levied
    accusations, claiming that…"."""
    parts = chunks(s.frame, lo, a)
    if len(parts) < 2:
        return None
    return clause_subject(s, *parts[-2])


def clause_subject(s: Sentence, lo: int, hi: int) -> Source | None:
    """The subject of the clause in frame[lo:hi], before its first finite verb: "the
    campaign issued a statement saying…", "Ryan won the vote and praised…"."""
    lex = s.article.lex
    verb = lex.main_verb.search(s.frame, lo, hi)
    if not verb:  # a verb the pattern does not know: a name opening the clause is its subject
        text = s.frame[lo:hi]
        start = lo + len(text) - len(text.lstrip())
        connective = lex.connectives.match(s.frame[start:hi])
        name = lex.name_run.match(s.frame, start + (connective.end() if connective else 0))
        entity = s.article.names.find(name.group()) if name else None
        if entity is None or not (entity.kind in ("person", "organization", "government") or (
                entity.kind == "unknown" and s.article.named_inside_a_sentence(entity))):
            return None  # "Perhaps go a step further…": no one the article names
        return describe(s, name.start(), name.end())
    np_start = trim_left(s.frame, lo, verb.start(), s.article.lex)
    if np_start >= verb.start():
        return None
    return describe(s, np_start, verb.start())


def describe(s: Sentence, lo: int, hi: int, *, inverted: bool = False,
             appositions: Sequence[tuple[int, int]] = ()) -> Source | None:
    """Read a source's noun phrase (frame[lo:hi]) and what follows it in commas."""
    frame, lex = s.frame, s.article.lex
    text = frame[lo:hi]
    lo += len(text) - len(text.lstrip())
    text = text.strip()
    if inverted:
        # "said Carmen Delgado, a hydrologist at…" / "said one official, who asked…"
        parts = chunks(frame, lo, clause_end(frame, lo, lex, commas=False))
        if not parts:
            return None
        lo, hi = parts[0]
        appositions = parts[1:]
        text = frame[lo:hi]
    text, hi = strip_trailing_time(text, lo, lex)
    if not text:
        return None
    np = cut_relative(text, lex)
    hi = lo + len(np)
    role = ", ".join(frame[a:b].strip() for a, b in appositions
                     if role_like(frame[a:b], lex) and not is_name(frame[a:b], lex))
    source = classify(s, np, " ".join(frame[a:b] for a, b in appositions), s.start + lo)
    if source is None:
        return None
    source.span = (s.start + lo, s.start + hi)
    source.speaker = s.article.text[s.start + lo:s.start + hi]
    if role and not source.role:
        source.role = role
    return source
