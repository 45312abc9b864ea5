"""Classification: who a source's noun phrase is, and its kind (briefgen's speaker kinds),
from its name, its head noun and the article's names; pronouns, roles and documents are
resolved to whom they stand for (see resolve)."""

from __future__ import annotations

import re

from briefgen.analyse.detect.article import Sentence, Source
from briefgen.analyse.detect.lexicon import (
    ACRONYM_AT_END,
    BRACKETS_AT_END,
    MARKUP,
    POSSESSIVE_START,
    Lexicon,
)
from briefgen.analyse.detect.names import (
    Entity,
    classify_name,
    clean_run,
    name_tokens,
    names_in_run,
)
from briefgen.analyse.detect.phrases import anonymity_cue, has_verb, head
from briefgen.analyse.detect.resolve import one_of, pronoun, recent_drafts, role
from briefgen.analyse.detect.text import lower_words

_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")


def classify(s: Sentence, np: str, appositions: str, position: int) -> Source | None:
    """Who a source's noun phrase is, and its kind; None if it is no source."""
    lex = s.article.lex
    words = lower_words(np)
    if not words or len(words) > 16 or has_verb(np, lex) or MARKUP.search(np):
        return None
    first = words[0]
    if len(words) == 1 and first in lex.pronouns:
        return pronoun(s, first, position, np)
    quantified = lex.one_of.fullmatch(np.lower())
    if quantified:
        return one_of(s, quantified.group(2), np)
    if len(words) == 2 and first in lex.one_another:
        member = one_of(s, lex.one_of_group.format(words[1]), np, fallback=False)
        if member is not None:
            return member
    if first in lex.determiners and first not in lex.standalone_determiners and len(words) == 1:
        return None
    noun = head(np, lex)
    if noun in lex.abbreviated_roles:  # "The CFO": a role, not an organisation's acronym
        resolved = role(s, np, noun, position)
        if resolved is not None:
            return resolved
    if noun in lex.proportions:
        return Source(np, np, "group", None, head=noun)  # "52 percent", "Half of the voters"
    named = _named(s, np)
    if named is not None:
        return named
    if noun in lex.document_words:
        return _document(s, np, position)
    if anonymity_cue(np, lex) or anonymity_cue(appositions, lex) or noun in lex.anonymous_heads:
        return Source(np, np, "anonymous", None, head=noun)
    definite = first in lex.definite_starts or first.endswith("’s") or (
        POSSESSIVE_START.match(np) is not None)
    if definite and not np.lower().startswith(lex.not_definite_start):
        resolved = role(s, np, noun, position)
        if resolved is not None:
            return resolved
    return _described(s, np, words, noun)


def _named(s: Sentence, np: str) -> Source | None:
    """A source by its name: the entity it names, of the kind the article gives it."""
    name = name_in(s, np)
    if name is None:
        return None
    entity = s.article.names.find(name) or lone_name(s, name)
    if entity is None or (entity.kind == "unknown" and len(entity.tokens) > 1):
        return None  # "Data for November": a date in capitals, no one's name
    kind = entity.kind if entity.kind in ("person", "organization", "government") else (
        "government" if name.lower() in s.article.lex.countries else "person")
    return Source(np, entity.name, kind, None, entity=entity)


def _described(s: Sentence, np: str, words: tuple[str, ...], noun: str) -> Source | None:
    """A source the article describes without naming: its kind from its head noun."""
    lex = s.article.lex
    low = np.lower()
    first = words[0]
    if noun in lex.spokespeople:  # an unnamed one speaks for their body
        return Source(np, np, _body_kind(s, np), None, head=noun)
    if noun in lex.government_words or (any(g in low for g in lex.government_names)
                                        and not words[-1].endswith("s")):
        return Source(np, np, "government", None, head=noun)
    if noun in lex.organization_words and not noun.endswith("s"):
        kind = "government" if set(words) & lex.state_owned else "organization"
        return Source(np, np, kind, None, head=noun)
    if first in lex.indefinite_or_one and noun in lex.anonymous_singular:
        return Source(np, np, "anonymous", None, head=noun)
    if noun in lex.vague_heads or (noun.endswith("s") and not noun.endswith("ss")
                                   and noun not in lex.person_roles):
        return Source(np, np, plural_kind(np, noun, lex), None, head=noun)
    if noun in lex.person_roles or noun in lex.anonymous_singular or noun.endswith(
            lex.agent_endings):
        return Source(np, np, "person", None, head=noun)
    if np[:1].isupper() and first not in lex.stop_names:
        entity = lone_name(s, np)
        if entity is not None:
            return Source(np, entity.name, "person", None, entity=entity)
    before_head = words[:words.index(noun)] if noun in words else list(words)
    if (not noun.isalpha() or noun in lex.speech_nouns or len(before_head) > 4
            or noun in lex.function_words - lex.polled_starts
            or any(w.endswith(lex.gerund_ending) or w in lex.prepositions
                   for w in before_head)):
        return None
    if first in lex.polled_starts:
        return Source(np, np, "group", None, head=noun)  # "those surveyed", "each side"
    if first in lex.members:
        return Source(np, np, "person", None, head=noun)  # "one senior Democrat"
    if first in lex.body_starts:
        # any other body that speaks: "the family", "the hotel", "the school"
        kind = "group" if noun in lex.collective_people else "organization"
        return Source(np, np, kind, None, head=noun)
    return None


def name_in(s: Sentence, np: str) -> str | None:
    """The name a noun phrase gives its source: at its start ("Huda Mansour of…", "the
    Kremlin") or at its end ("proxy advisory firm GovernWatch Advisory"); none in a
    description ("Chepkemoi’s lawyer") or where a capital only starts the sentence or
    makes an adjective ("Ukrainian officials", "People familiar with…")."""
    lex, names = s.article.lex, s.article.names
    stripped = lex.article_start.sub("", np)
    acronym = ACRONYM_AT_END.search(stripped)
    if acronym and acronym.group(1) in names.acronyms:
        return acronym.group(0).strip()
    stripped = BRACKETS_AT_END.sub("", stripped)
    runs = list(lex.name_run.finditer(stripped))
    if not runs:
        return None
    first = runs[0]
    if first.start() == 0:
        rest = stripped[first.end():]
        if rest.startswith(("’s ", "'s ", "’ ", "' ")):
            return None
        if not _LOWER_WORD_NEXT.match(rest) or lex.particle_next.match(rest):
            return _name_of_run(s, first)
    last = runs[-1]
    if last.end() < len(stripped.rstrip()) or (last is first and first.start() == 0):
        return None
    before = lower_words(stripped[:last.start()])
    titles, name = clean_run(last.group(), lex)
    if not before or (any(w in lex.prepositions for w in before) and not titles):
        # "researchers at the Technical University": not the source's name; but "Saturday at
        # the convention Sen. Ana Ruiz": a title says who
        return None
    known = names.find(name)
    if len(name_tokens(name, lex)) >= 2 or (known is not None and known.kind != "unknown") or (
            before[-1] in lex.name_introducers):
        return name or None
    return None


def _name_of_run(s: Sentence, run: re.Match[str]) -> str | None:
    """The name a run of capitalised words that starts a source gives, if it is a name."""
    parts = names_in_run(run.group(), s.article.lex)
    name = clean_run(parts[0][1], s.article.lex)[1] if parts else ""
    if " " not in name and name.endswith("s"):
        known = s.article.names.find(name)
        if known is None or known.kind not in ("person", "organization", "government"):
            return None  # "Hydrologists say", "MPs": a plural noun, not a name
    return name or None


def lone_name(s: Sentence, name: str) -> Entity | None:
    """A capitalised name the article has not introduced, such as a surname alone."""
    lex = s.article.lex
    words = [w for w in name.split() if w.lower().rstrip(".") not in lex.titles]
    if not words or words[0].lower() in lex.stop_names:
        return None
    clean = " ".join(words)
    entity = s.article.names.find(clean)
    if entity is not None:
        return entity
    kind = classify_name(clean, lex)
    return Entity(clean, "person" if kind in ("unknown", "place") else kind,
                  name_tokens(clean, lex), -2)


def _body_kind(s: Sentence, np: str) -> str:
    """A spokesperson speaks for a body: "a spokesperson for the regulator"."""
    lex = s.article.lex
    for mention in lex.name_run.finditer(np):
        entity = s.article.names.find(clean_run(mention.group(), lex)[1])
        if entity is not None and entity.kind in ("organization", "government"):
            return entity.kind
    if set(lower_words(np.lower())) & lex.government_words:
        return "government"
    return "organization"


def plural_kind(np: str, noun: str, lex: Lexicon) -> str:
    """Unnamed people in the plural: a group when the article identifies them ("the
    researchers", "Ukrainian officials", "nurses at three centres in Surulere") or their
    office does ("officials", "prosecutors", "other MPs"); otherwise an unspecified many
    ("experts", "engineers", "tech companies", "some observers"): vague."""
    words = lower_words(np)
    if words[0] in lex.identifying_starts or (words[0].endswith("’s") and words[0] != noun):
        return "group"
    if noun in lex.institutional_plurals:
        return "group"
    if lex.counted.match(np):
        return "group"  # "Two former plantation workers": particular people
    before_head = words[:words.index(noun)] if noun in words else []
    if any(w in lex.identifying_demonyms for w in before_head):
        return "group"
    for match in lex.named_place_after.finditer(np):
        if match.group(1).lower() not in lex.demonyms:
            return "group"
    if lex.definite_place_after.search(np):
        return "group"  # "residents of the town"
    return "vague"


def plural(source: Source, lex: Lexicon) -> bool:
    """Whether a source can take a verb's base form: "experts say", "most of them believe"."""
    speaker = source.speaker.lower()
    if speaker in lex.plural_pronouns or lex.some_of.match(speaker):
        return True
    noun = source.head or head(source.speaker, lex)
    return (noun.endswith("s") and not noun.endswith("ss")) or noun in lex.plural_heads or (
        lex.name_joints[1] in source.speaker)


def _document(s: Sentence, np: str, position: int) -> Source:
    """A report, letter or list speaks for whoever issued it: "the IAIA’s public list",
    "results published by the Council", "data from the research firm Kidscreen Data",
    "The letter" (named in an earlier statement: "said in a joint letter")."""
    lex = s.article.lex
    issuers = [m.group(1) for m in lex.issued_by.finditer(np)]
    owner = lex.owner.match(np)
    if owner:
        issuers.append(owner.group(1))
    of = lex.of_phrase.search(np)
    if of and name_in(s, of.group(1)):
        issuers.append(of.group(1))
    noun = head(np, lex)
    for text in issuers:
        source = classify(s, text.strip(), "", position)
        if source is not None and source.kind in ("organization", "government", "person"):
            return Source(np, source.resolved, source.kind, None, head=noun,
                          entity=source.entity)
    definite = lower_words(np)[0] in lex.definite_starts
    for draft in recent_drafts(s) if definite else ():  # "the letter", not "data for May"
        if draft.found.source.resolved and draft.start < position and (
                noun in s.article.masked[draft.start:draft.end].lower()):
            source = draft.found.source
            return Source(np, source.resolved, source.kind, None, head=source.head,
                          entity=source.entity)
    # an unattributed study is some team's work; "surveys suggest" is anyone's
    bare_plural = noun.endswith("s") and lower_words(np)[0] == noun
    return Source(np, np, "vague" if bare_plural else "group", None, head=noun)
