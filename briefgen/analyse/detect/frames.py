"""Frames: the statements of one sentence. Each cue counts only with the complement a
statement needs and a source; two verbs of one source are one statement, and a report inside
another's content is content ("said the regulator had asked…")."""

from __future__ import annotations

import re

from briefgen.analyse.detect import freeorder
from briefgen.analyse.detect.article import Article, Found, Sentence, Source
from briefgen.analyse.detect.classify import plural
from briefgen.analyse.detect.cues import (
    AGENTLESS,
    PASSIVE,
    QUOTE_OPENERS,
    complement_ok,
    inverted,
    sentence_events,
    tag_context,
    verb_entry,
)
from briefgen.analyse.detect.lexicon import Lexicon
from briefgen.analyse.detect.names import clean_run
from briefgen.analyse.detect.phrases import clause_end, head
from briefgen.analyse.detect.sources import clause_subject, describe, main_subject, subject
from briefgen.analyse.detect.text import last_word, lower_words


def statements_in(s: Sentence) -> list[Found]:
    """The statements of a sentence, in order. ``s.earlier.pending`` holds those found so
    far while the sentence is read (a role such as "the company" may refer to one)."""
    founds: list[Found] = []
    previous: Found | None = None
    taken_until = 0  # a verb inside an earlier statement's own frame is part of it
    s.earlier.pending = founds
    for position, sort, match in sentence_events(s.frame, s.article.lex):
        if position < taken_until:
            continue
        if sort == AGENTLESS:
            found = _agentless(s, match)
        elif sort == PASSIVE:
            found = _passive(s, match)
        elif s.article.lex.cases:
            found = freeorder.candidate(s, match, previous)
        else:
            found = _candidate(s, match, previous)
        if found is None:
            continue
        if previous is not None and _same_statement(previous, found, s.article.lex):
            taken_until = match.end()
            continue
        if previous is not None and _nested(s, previous, found):
            continue
        founds.append(found)
        previous = found
        taken_until = match.end()
    s.earlier.pending = []
    return founds


def _agentless(s: Sentence, match: re.Match[str]) -> Found:
    """"it is widely believed that": no source at all; but an impersonal verb that takes a
    subject too ("говорят", "кажуть") has the one written before it ("Врачи говорят, что")."""
    verb_span = (s.start + match.start(1), s.start + match.end(1))
    at = s.start + match.start()
    verb = s.article.text[verb_span[0]:verb_span[1]]
    if s.article.lex.cases:
        source = freeorder.subject_before(s, match.start(1), verb)
        if source is not None:
            return Found(verb, verb_span, "neutral", source, source.span[0] if source.span
                         else at)
    return Found(verb, verb_span, "neutral", Source("", "", "vague", (at, at)), at)


def _passive(s: Sentence, match: re.Match[str]) -> Found | None:
    """"is seen by experts as": the agent is the source."""
    lex = s.article.lex
    np_end = clause_end(s.frame, match.end(), lex, extra=lex.passive_agent_end)
    source = (freeorder.agent if lex.cases else describe)(s, match.end(), np_end)
    if source is None:
        return None
    verb_span = (s.start + match.start(1), s.start + match.end(1))
    return Found(s.article.text[verb_span[0]:verb_span[1]], verb_span,
                 lex.passive_agent[match.group(1)], source, s.start + match.start())


def _same_statement(previous: Found, found: Found, lex: Lexicon) -> bool:
    """A second verb of the same source: "denied … and said", "refuted…, insisting"."""
    if not found.source.subject:
        return True
    if not found.source.speaker and found.source.kind == "vague":
        return False  # "it is believed that" is nobody in particular
    if found.source.head in lex.group_parts:
        return False  # "одни считают…, другие требуют": two parts of one group
    return bool(found.source.resolved) and (
        found.source.resolved.lower() == previous.source.resolved.lower())


def _nested(s: Sentence, previous: Found, found: Found) -> bool:
    """A report inside another's content ("said the regulator had asked…") is content,
    unless a new clause begins between them: after a comma or semicolon, or a word such
    as "after", "while" or "but" ("denied it after prosecutors said…")."""
    end = found.source.span[0] if found.source.span else found.verb_span[0]
    between = s.frame[previous.verb_span[1] - s.start:end - s.start]
    return not s.article.lex.new_clause.search(between)


def _candidate(s: Sentence, match: re.Match[str], previous: Found | None) -> Found | None:
    """A reporting verb or phrase, with its source and complement, or None."""
    lex, frame = s.article.lex, s.frame
    a, b = match.span()
    lemma, stance, needs = verb_entry(match, lex)
    verb = match.group()
    verb_span = (s.start + a, s.start + b)
    if lemma in lex.source_after:  # "according to the ministry"
        source = describe(s, b, clause_end(frame, b, lex))
        return None if source is None else Found(
            s.article.text[verb_span[0]:verb_span[1]], verb_span, stance, source, s.start + a)
    before = last_word(frame[max(0, a - 60):a]).lower()
    participle = verb.endswith(lex.gerund_ending)
    if before in lex.determiners or before.endswith(("’s", "'s")) or (
            before in lex.adjective_prefixes):
        return None  # a noun or adjective: "the said agreement", "Hanbit’s claims"
    if before[:1].isdigit():
        return None  # a plural noun: "received 886 calls on the subject"
    if participle and before in lex.before_gerund:
        return None  # a gerund: "by highlighting"
    if verb in lex.noun_forms and before.endswith(lex.adjective_endings):
        return None  # a plural noun: "the central claims", "her seemingly bold attacks"
    left_bound = freeorder.bound_before(s, a, previous)
    left = frame[left_bound:a]
    trail = lex.trail.search(left, max(0, len(left) - 80))  # "$": only the end can match
    trail_words = trail.group().split() if trail else []
    if trail:
        left = left[:trail.start()]
    if any(w in lex.negations for w in trail_words):
        return None  # "did not respond" is no statement
    if not participle and ((trail_words and trail_words[-1] in lex.be) or before in lex.be) and (
            verb.endswith(lex.past_ending) or verb in lex.irregular_participles):
        return None  # passive: "was told to leave", "had been found"
    after = frame[b:]
    if any(w in lex.modals for w in trail_words):
        return None  # "the review will report its findings": not said yet
    if not participle and inverted(frame[:left_bound] + left, after, lemma, lex):
        source = describe(s, b, clause_end(frame, b, lex), inverted=True)
        return None if source is None else Found(verb, verb_span, stance, source,
                                                  s.start + left_bound, inverted=True)
    complete: bool | None = None
    if participle and left.rstrip().endswith(","):
        if previous is not None:  # ", insisting that…": the same source goes on
            return Found(verb, verb_span, stance, Source("", "", "", None, subject=False),
                         s.start + a)
        source = main_subject(s, left_bound, a)
    elif participle and before in lex.speech_objects and lex.main_verb.search(left):
        # "issued a statement saying…": the statement's issuer
        source = clause_subject(s, left_bound + len(left) - len(left.lstrip()),
                                left_bound + len(left))
    else:
        complete = True if introduces_quotation(s, after) else _complete_whoever(
            needs, after, lemma, lex)
        if complete is False:
            return None  # no complement follows: no need to read the source
        source = subject(s, left_bound, left_bound + len(left), previous)
    if source is None:
        return None
    base_form = verb == lemma and not verb.endswith(lex.past_ending)  # ("stated" is its own lemma)
    if base_form and not participle and source.subject and not (
            set(trail_words) & lex.aux) and not plural(source, lex):
        return None  # "The long dispute underscores…": a base form needs a plural subject
    if lemma in lex.named_source_verbs and source.subject and source.entity is None:
        return None  # "voters want…", "a group supporting…": an intention of no one named
    if lemma in lex.not_document_verbs and head(source.speaker, lex) in lex.document_words:
        return None  # "the report cited satellite images": its evidence, not a statement
    if source.head in lex.document_words and lemma in lex.document_verbs:
        needs += "OBG"  # "the accounts show a loss", "polls show Ruiz leading", ", data show,"
    if complete is None and not complement_ok(
            needs, after, tag_context(frame, s.start, left_bound, source, lex, after), source,
            lemma, lex):
        return None
    anchor = source.span[0] if source.span else s.start + a
    return Found(verb, verb_span, stance, source, min(anchor, s.start + a))


# (no sentence or clause ends before the colon: no full stop, dash or other quotation)
_TO_COLON = re.compile(r"(?:(?!\s-\s)[^.;!?“”:—–]){0,60}:\s*(?:$|“)")


def introduces_quotation(s: Sentence, after: str) -> bool:
    """Whether the words after a verb end at a colon before a quotation, in the sentence or
    opening the next paragraph: "Cruz called them on it:", "Ruiz echoed: “…”"."""
    if ":" not in after[:64]:
        return False  # (most verbs: no colon near, no need for the pattern)
    match = _TO_COLON.match(after)
    if match is None:
        return False
    if match.group().endswith(QUOTE_OPENERS):
        return True
    end = s.start + len(s.frame)
    masked = s.article.masked
    return "\n" in masked[end:end + 4] and masked[end:end + 8].lstrip()[:1] == QUOTE_OPENERS


def _complete_whoever(needs: str, after: str, lemma: str, lex: Lexicon) -> bool | None:
    """Whether what follows a verb makes it report a statement whoever its source is; None
    when that depends on the source: a tag, "see", or a document that may show more."""
    if "G" in needs or "S" in needs or "P" in needs or lemma in lex.document_verbs or (
            needs == "*" and lex.to_next.match(after)):
        return None
    return complement_ok(needs, after, False, Source("", "", "", None), lemma, lex)


def label_line(s: Sentence) -> list[Found]:
    """A paragraph that opens with a speaker's name and a colon, as in a transcript or a
    headline ("MARSH: We will stay.", "Ana Ruiz: The Bridge Is Safe"): a statement by the
    one named, when the article names them elsewhere too."""
    if ":" not in s.frame[:80]:
        return []  # (most sentences: no need to try the pattern)
    article, lex = s.article, s.article.lex
    # (in the text, not the masked frame: "Ortiz: ‘The Bridge Is Safe’" is all quotation, and
    # so is a transcript quoted whole, its label too: '"PENCE: Well, …')
    start = s.start + (s.frame[:1] == QUOTE_OPENERS)
    line = article.text[start:s.start + len(s.frame)]
    label = lex.label_line.match(line)
    if label is None or not first_in_paragraph(article, s.start):
        return []
    written = label.group(1)
    if written.split(" ", 1)[0].lower() in lex.stop_names:
        return []  # "The Latest: …", "However: …" name no one
    said = lower_words(line[label.end(1) + 1:])
    if len(said) < 4 or not any(w.isalpha() for w in said):
        return []  # "Clinton: 2,316.", "Kasich: Now or never.": a table or a heading
    entity = article.names.find(written if not written.isupper() else written.title())
    if entity is None or not (entity.kind == "person" or (
            entity.kind == "unknown" and article.named_inside_a_sentence(entity))):
        return []  # "Report: …", "CORRECTION: …" name no one
    colon = (start + label.end(1), start + label.end(1) + 1)
    source = Source(written, entity.name, entity.kind, (start, start + len(written)),
                    entity=entity)
    return [Found(":", colon, "neutral", source, s.start)]


def first_in_paragraph(article: Article, start: int) -> bool:
    line_start = article.paragraph_starts[article.paragraph(start)]
    return not article.text[line_start:start].strip()


def headline_line(s: Sentence) -> list[Found]:
    """A headline in Title Case that credits a statement: "Ruiz Warns Council Over Bridge":
    a reporting verb after the name of someone the article names."""
    article, lex = s.article, s.article.lex
    if s.start >= article.headline_end:
        return []
    for word in lex.headline_word.finditer(s.frame):
        entry = lex.verbs.get(word.group().lower())
        if entry is None or word.start() == 0:
            continue
        runs = list(lex.name_run.finditer(s.frame, 0, word.start()))
        if not runs or s.frame[runs[-1].end():word.start()].strip():
            return []
        written = clean_run(runs[-1].group(), lex)[1]
        entity = article.names.find(written)
        if entity is None or entity.kind not in ("person", "organization", "government"):
            return []
        at = s.start + runs[-1].end() - len(written)
        source = Source(written, entity.name, entity.kind, (at, at + len(written)),
                        entity=entity)
        span = (s.start + word.start(), s.start + word.end())
        return [Found(word.group(), span, entry[1], source, at)]
    return []
