"""Cues: the reporting verbs and phrases of a sentence ("said", "according to", "is seen by
experts as", "it is widely believed that"), and whether what follows a verb makes it report a
statement ("denied the claim", "said that…", a quotation, a tag after one)."""

from __future__ import annotations

import re

from briefgen.analyse.detect.article import Source
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.phrases import cut_relative
from briefgen.analyse.detect.text import first_word, lower_words

QUOTE_CLOSERS = "”"  # in the masked text every real quotation mark is “ or ” (quotations.mask)
QUOTE_OPENERS = "“"
_CLAUSE_BREAK = re.compile(r"[,;:”]")
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*“|\s*:")
_WORD_NEXT = re.compile(r"\s+\S")
_QUOTE_SOON = re.compile(r"[^.;:!?“”]{0,80}“")
_PARENTHETICAL = re.compile(r"\s+(?:[A-Z][\w’'.\-]*\s)*[A-Z][\w’'\-]*,")  # " Ana Ruiz,"


# A cue in a sentence: (where, which sort, its match); at one place the sorts are tried in
# this order. (A plain tuple: a sentence has many, and a named one is slower to make.)
Event = tuple[int, int, re.Match[str]]
AGENTLESS, PASSIVE, VERB = 0, 1, 2


def sentence_events(frame: str, lex: Lexicon) -> list[Event]:
    """The cues of a sentence's masked text, in order. Each pattern needs certain words,
    which most sentences lack: only those that have them are searched."""
    words = set(lex.letters.findall(frame))
    events: list[Event] = []
    # (where a sentence may open with the impersonal verb: "Вважається, що…")
    lowered = {w.lower() for w in words} if lex.cases else words
    if not lowered.isdisjoint(lex.agentless_words) and not lowered.isdisjoint(lex.be_forms) and (
            not lowered.isdisjoint(lex.agentless_next)):
        events += [(m.start(), AGENTLESS, m) for m in lex.agentless_re.finditer(frame)]
    # (a language with no "by" puts the agent in a case: "розцінюється експертами")
    if (lex.by_word in words or not lex.by_word) and not words.isdisjoint(
            lex.passive_agent_words):
        events += [(m.start(), PASSIVE, m) for m in lex.passive_agent_re.finditer(frame)]
    if not words.isdisjoint(lex.starts):
        events += [(m.start(), VERB, m) for m in _verb_matches(frame, words, lex)]
    events.sort(key=lambda e: (e[0], e[1]))
    return events


def _verb_matches(frame: str, words: set[str], lex: Lexicon) -> list[re.Match[str]]:
    """The verbs and phrases of lex.verb_re in a sentence, in order. ``words`` are the
    sentence's words as lex.letters finds them; each candidate is tried where it stands as a
    whole word (looking words up is much faster than searching with the long alternation of
    all forms, which then only confirms a candidate where it stands)."""
    starts: list[int] = []
    letters = lex.letter_chars
    for word in words & lex.starts:
        i = frame.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or frame[i - 1] not in letters) and (
                    end == len(frame) or frame[end] not in letters):
                starts.append(i)
            i = frame.find(word, i + 1)
    matches: list[re.Match[str]] = []
    for i in sorted(starts):
        match = lex.verb_re.match(frame, i)
        if match and (match.lastgroup != "verb" or match.group("verb") in lex.verbs):
            matches.append(match)
    return matches


def verb_entry(match: re.Match[str], lex: Lexicon) -> tuple[str, str, str]:
    """(lemma, stance, needs) of a match of lex.verb_re: a phrase's or a verb form's."""
    group = match.lastgroup or ""  # "p0"… for a phrase, "verb" for a single word
    if group != "verb":
        return lex.phrases[int(group[1:])]
    return lex.verbs[match.group("verb")]


def lemma(verb: str, lex: Lexicon) -> str:
    low = verb.lower()
    if not low:
        return ""
    if low in lex.verbs:
        return lex.verbs[low][0]
    return low


def inverted(before: str, after: str, lemma_: str, lex: Lexicon) -> bool:
    """ "…,” said Carmen Delgado" and "The plant will close, said the company.": the source
    follows the verb, which comes right after a quotation or after a whole clause."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] not in QUOTE_CLOSERS + ",":
        return False
    if stripped[-1] == ",":
        body = stripped[:-1]
        parts = _CLAUSE_BREAK.split(body)
        k = len(parts) - 1
        while k > 0 and first_word(parts[k]).lower() in lex.prepositions:
            k -= 1  # "…lobbied on gaming, at both levels, said Black": the clause before
        clause = ",".join(parts[k:])
        if not lex.finite.search(clause) and (
                QUOTE_CLOSERS not in stripped or _source_after_quotation(body, lex)) and not (
                "," not in body and _PARENTHETICAL.match(after) and lex.name_run.fullmatch(
                    clause.strip()) is None):
            # "Babatunde Ogunleye, told": an apposition closes, not a clause; but in "The
            # contrast, said Doyle, is clear" the tag stands in commas inside one
            return False
        if first_word(clause).lower() in lex.relatives:
            return False  # "Warren, who has not endorsed anyone, told reporters"
    if lemma_ not in lex.tag_verbs:
        return False
    clause_end = lex.clause_end.search(after)
    clause = after[:clause_end.start()] if clause_end else after
    if lex.auxiliary_verb.search(cut_relative(clause, lex)):
        return False  # "Lina Ababneh, said the bids would…": a clause, not a source
    next_word = first_word(after).lower()
    # "…,” said Axelrod / the mayor / one official / former adviser David Axelrod
    return bool(next_word) and next_word[0].isalpha() and (
        next_word not in lex.not_after_tag_verb) and next_word not in lex.prepositions and (
        next_word not in lex.pronouns)  # "said she would": a clause


def _source_after_quotation(before: str, lex: Lexicon) -> bool:
    """Whether words after the last quotation open a noun phrase, the source in commas
    before its verb ("…,” Ramos, 58, told AFP"), not a phrase going on from the quotation
    ("“This will be hard” for the council, said Ortiz")."""
    closer = before.rfind(QUOTE_CLOSERS)
    first = first_word(before[closer + 1:]).lower() if closer >= 0 else ""
    return bool(first) and first[0].isalpha() and first not in lex.prepositions


def tag_context(frame: str, start: int, left_bound: int, source: Source, lex: Lexicon,
                after: str = "") -> bool:
    """Whether the source and verb follow a quotation or a clause ("…,” he said."), or stand
    in commas inside one ("The trouble, Frank writes, began…")."""
    if source.span is None:
        return False
    before = frame[left_bound:source.span[0] - start].rstrip()
    if not before:
        return left_bound > 0 and frame[left_bound - 1] in QUOTE_CLOSERS
    if before[-1] in QUOTE_CLOSERS:
        return True
    if before.endswith(",") and after.lstrip().startswith(","):
        return True
    # "The match will go ahead, the league confirmed.", not "Despite the denials, the…"
    return before.endswith(",") and bool(lex.finite.search(before))


def _that_follows(after: str, lemma_: str, lex: Lexicon) -> bool:
    """Whether "that" opens the verb's complement: right after it ("noted that"), after a
    phrase that starts with a preposition ("said in a statement that", "insisted on Monday
    that"), or after the listener of a verb that takes one ("warned parliament that"); not
    "underscores the need for vigilance… a reminder that"."""
    match = lex.that_or_end.search(after)
    if not match or match.group() != lex.complementizer or match.start() > 160:
        return False
    between = lower_words(after[:match.start()])
    if not between or between[0] in lex.that_after_prepositions or all(
            w.endswith(lex.adverb_ending) or w in lex.complement_adverbs for w in between):
        return True
    return lemma_ in lex.listener_verbs


_CALLED = re.compile(r"\s*((?:[A-Z][\w’'\-.]*\s+){1,3}|[a-z]+\s+)(\S+)")


def _named_so(clause: str, lex: Lexicon) -> bool:
    """ "called him a liar", "called Ana Ruiz dishonest": someone, then what they are called."""
    match = _CALLED.match(clause)
    if not match:
        return False
    called, then = match.group(1).strip(), match.group(2).lower()
    if called[:1].islower() and called not in lex.called_objects:
        return False
    return then not in lex.not_predicates and then[:1].isalpha()


def _colon_after_phrase(after: str, clause: str, lex: Lexicon) -> bool:
    """ "wrote on her blog:", "said in a statement:": a colon after a short phrase."""
    if not after.startswith(clause + ":"):
        return False
    words = lower_words(clause)
    return not words or (words[0] in lex.prepositions and len(words) <= 8)


def complement_ok(needs: str, after: str, tag: bool, source: Source, lemma_: str,
                  lex: Lexicon) -> bool:
    """Whether what follows a verb makes it report a statement (see the lexicon's verbs)."""
    if needs == "*":  # "told to leave" (no listener) is an order; "…,” he said to cheers
        return tag or not lex.to_next.match(after)
    clause_end = lex.clause_end.search(after)
    clause = after[:clause_end.start()] if clause_end else after
    if "T" in needs and _that_follows(after, lemma_, lex):
        return True
    if "Q" in needs and (_QUOTE_NEXT.match(after) or _colon_after_phrase(after, clause, lex)):
        return True
    if "G" in needs and tag and not lex.finite.search(clause) and (
            lex.complementizer not in clause) and first_word(after).lower() not in (
            lex.determiners):  # "…, Clinton maintains a lead" has an object, not a tag
        return True
    if "W" in needs and lex.question_next.match(after):
        return True
    if "I" in needs and lex.to_word_re.search(clause):
        return True
    next_word = first_word(after).lower()
    object_ok = bool(next_word) and next_word not in lex.prepositions and (
        next_word not in lex.not_objects) and bool(_WORD_NEXT.match(after))
    if ("O" in needs or "F" in needs) and object_ok:
        return True
    if "A" in needs and object_ok and lex.as_word_re.search(clause):
        return True
    if "C" in needs and _QUOTE_SOON.match(after):
        return True  # called the allegations “baseless”; an allegation the ministry called “…”
    if "P" in needs and _named_so(clause, lex) and not (
            set(lower_words(source.speaker)[:1]) & lex.naming_starts):
        return True  # called him a liar, called Ruiz "unfit"; not "a company called Vexa"
    rest = after.lstrip()
    if "B" in needs and (next_word in lex.determiners or next_word in lex.pronouns
                         or next_word in lex.quantifiers or rest[:1].isupper()
                         or rest[:1].isdigit()) and lex.finite.search(clause):
        return True
    return "S" in needs and source.kind in ("vague", "group") and object_ok
