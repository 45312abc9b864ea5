"""The named entities of an article: who and what it names, where, with their acronyms and
roles ("the Kremlin’s spokesperson, Dmitry Peskov"), read once before the pass."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from briefgen.analyse.detect.cases import (
    demonym_stem,
    masculine_of,
    name_sex,
    nominative_phrase,
    person_name,
)
from briefgen.analyse.detect.lexicon import (
    ACRONYM_AFTER,
    ACRONYM_AT_END,
    ACRONYM_IN_BRACKETS,
    BRACKETS_AT_END,
    LOWER_WORD_AFTER,
    PHRASE_BREAK,
    Lexicon,
)
from briefgen.analyse.detect.morphology import oblique_only
from briefgen.analyse.detect.names import (
    Entity,
    classify_name,
    clean_run,
    name_runs,
    name_tokens,
    names_in_run,
)
from briefgen.analyse.detect.phrases import dateline_end
from briefgen.analyse.detect.text import WORD, contains, lower_words


class Names:
    """The named entities of an article, their mentions, acronyms and roles."""

    def __init__(self, masked: str, sentences: Sequence[tuple[int, int]],
                 known: Mapping[str, Sequence[str]], lex: Lexicon,
                 marked: Sequence[tuple[int, int]] = ()) -> None:
        self.lex = lex
        self.entities: list[Entity] = []
        self.mentions: list[tuple[int, int, Entity]] = []  # (start, end, entity), in order
        self.acronyms: dict[str, Entity] = {}
        # Indexes over ``entities``, so that resolving a name does not compare it with every
        # entity: the first entity with a (lower-case) name or alias, and the entities whose
        # names hold a word, both in the order of ``entities``.
        self._by_key: dict[str, Entity] = {}
        self._by_word: dict[str, list[Entity]] = {}
        self._order: dict[int, int] = {}  # id(entity) -> its index in ``entities``
        for names in known.values():
            for name in names:
                self._entity_for(name, -1)
        for match in ACRONYM_IN_BRACKETS.finditer(masked):
            self._acronym(masked, match)
        # where sentences start, past a dateline: a name opening one is in the nominative
        self._sentence_starts = frozenset(
            start + dateline_end(masked[start:end])
            for start, end in sentences)
        for start, end in sentences:
            self._scan(masked, start, end)
        if marked:
            for start, end in marked:
                self._marked(masked, start, end)
            self.mentions.sort(key=lambda mention: mention[0])

    def _marked(self, masked: str, start: int, end: int) -> None:
        """A name in guillemets: an organisation, or a government body when a word before it
        says it is the state's ("комунальне підприємство «Подільська вода»"). The entity takes
        as its name the form in the nominative: after a noun such as "компанія" (a name there
        does not decline) or opening a sentence; one met after a preposition is in another
        case ("з польським «Вислоком»"), its nominative is made until the article gives it."""
        name = masked[start:end]
        before_text = masked[max(0, start - 60):start - 1].rstrip()  # (without the mark)
        before = lower_words(before_text)
        entity = self._entity_for(name, start)
        if entity is None:
            return
        self.mentions.append((start, end, entity))
        state = bool(set(before[-3:]) & self.lex.state_owned)
        if entity.kind != "government":
            entity.kind = "government" if state else "organization"
        if before and (before[-1] in self.lex.body_sorts or demonym_stem(before[-1], self.lex)
                       or before[-1] in self.lex.name_introducers):
            entity.roles.update(before[-2:])  # "польський клуб «Вислок»": a club, a Polish one
        if entity.settled:
            return
        apposed = before_text.endswith(("—", "–"))  # "компанії — «Улову»": in its case
        if (before and before[-1] in self.lex.name_introducers and not apposed) or (
                start - 1 in self._sentence_starts):
            entity.settled = True
            entity.name = name
        elif entity.first == start and (set(before[-2:]) & self.lex.prepositions or name.split(
                )[0].lower().endswith(self.lex.oblique_endings)):
            entity.name = " ".join(nominative_phrase(name.split(), self.lex))

    def _scan(self, masked: str, start: int, end: int) -> None:
        sentence = masked[start:end]
        for match in name_runs(sentence, self.lex, dateline_end(sentence)):
            for offset, run in names_in_run(match.group(), self.lex):
                self._mention(masked, start + match.start() + offset, run, start)

    def _acronym(self, masked: str, match: re.Match[str]) -> None:
        """"the Autorité nationale de protection des données (ANPD)": the words whose
        initials make the acronym, else the name right before it."""
        acronym = match.group(1)
        before = masked[max(0, match.start() - 160):match.start()].rstrip()
        words = list(WORD.finditer(before))[-10:]
        name = ""
        for k in range(1, len(words) + 1):
            part = words[-k:]
            if not part[0].group()[0].isupper():
                continue
            initials = "".join(w.group()[0] for w in part
                               if w.group().lower() not in self.lex.acronym_skipped)
            if initials.upper() == acronym:
                name = before[part[0].start():]
                break
        if not name:
            runs = list(self.lex.name_run.finditer(before))
            if not runs or runs[-1].end() != len(before):
                return
            name = clean_run(runs[-1].group(), self.lex)[1]
        if not name:
            return
        entity = self._entity_for(name, match.start() - len(name))
        if entity is not None:
            if entity.kind in ("person", "unknown", "place"):
                kind = classify_name(name, self.lex)
                entity.kind = kind if kind in ("government", "organization") else "organization"
            previous = lower_words(before[:len(before) - len(name)])[-1:]
            if entity.name == name and (name.split()[0].lower().endswith(
                    self.lex.oblique_endings) or (self.lex.cases and previous and (
                    previous[0] in self.lex.vocabulary)) or (self.lex.cases and oblique_only(
                    name.split()[0], self.lex.language))):
                # "до Української асоціації футболу (УАФ)", "комиссии Северной хоккейной лиги
                # (СХЛ)": met in another case, its nominative is its name
                entity.name = " ".join(nominative_phrase(name.split(), self.lex))
            self.add_alias(entity, acronym.lower())
            self.acronyms[acronym] = entity

    def _mention(self, masked: str, start: int, run: str, sentence_start: int) -> None:
        title_words, name = clean_run(run, self.lex)
        if title_words:
            start += run.index(name) if name else 0
        nominative = ""
        if self.lex.cases and name:  # a person's name from the given name on, in the nominative
            start, name, nominative = self._given_on(start, name)
        possessive = masked.startswith(("’s", "'s", "’ ", "' "), start + len(name))
        if not name or name.lower() in self.lex.stop_names or name.lower() in self.lex.demonyms:
            return
        entity = self._entity_for(name, start, ACRONYM_AFTER.match(masked, start + len(name)))
        if entity is None:
            return
        if nominative and entity.first == start and entity.kind == "person":
            entity.name = nominative  # first named in another case: "Виктора Павловича Сомова"
        elif self.lex.cases and entity.kind == "person" and " " not in name and (
                entity.gender != "m") and not self._holding_exactly(name):
            man = masculine_of(entity.name, name, self.lex)  # "Колесников", after "Евгения
            if man:  # Колесникова" (his genitive)
                entity.name, entity.gender = man, "m"
        if not entity.named_in_part and entity.first != start and (
                name.count(" ") < entity.name.count(" ")):
            entity.named_in_part = True  # "Ortiz", after "Lena Ortiz"
        self.mentions.append((start, start + len(name), entity))
        if entity.kind not in ("person", "unknown"):
            return  # roles and sex are learnt for people; a body's kind is settled
        # "Vexa company" makes a lone word a body; "the Clinton campaign" no person one
        after = LOWER_WORD_AFTER.match(masked[start + len(name):start + len(name) + 30])
        phrases = [[w.lower().rstrip(".") for w in title_words],
                   self._descriptor_before(masked, start, sentence_start),
                   [after.group(1)] if after and entity.kind == "unknown"
                   and after.group(1) in self.lex.organization_words else []]
        if not possessive:
            phrases.append(self._apposition_after(masked, start + len(name)))
        self._learn(entity, phrases)

    def _given_on(self, start: int, name: str) -> tuple[int, str, str]:
        """(start, name as written, its nominative) of a run of capitals from its given name
        on: "Юрист Максим Данилюк" is Максим Данилюк."""
        nominative = person_name(name, self.lex)
        words = name.split()
        count = len(nominative.split())
        if count < len(words):
            cut = " ".join(words[len(words) - count:])
            start += len(name) - len(cut)
            name = cut
        return start, name, nominative

    def _entity_for(self, name: str, start: int, acronym: re.Match[str] | None = None
                    ) -> Entity | None:
        """The entity a name found at ``start`` refers to, new if none; ``acronym`` is the
        match of a bracketed acronym right after the name."""
        tokens = name_tokens(name, self.lex)
        if not tokens:
            return None
        entity = self._by_key.get(name.lower())
        if entity is not None:
            return self._with_acronym(entity, acronym)
        kind = classify_name(name, self.lex)
        # "Peskov", "Fernández Ortega", "Huaxin", "Commission": part of a name seen before
        for entity in self._holding(tokens):
            if entity.kind != "place":
                return self._with_acronym(entity, acronym)
        if name.isupper() and name in self.acronyms:
            return self.acronyms[name]
        entity = Entity(name, kind, tokens, start,
                        gender=self._given_gender(name, tokens, kind))
        self._add(entity)
        if kind == "person" and len(tokens) > 1:
            self._surname_is(entity)
        return self._with_acronym(entity, acronym)

    def _surname_is(self, person: Entity) -> None:
        """A lone word named before a person's full name ("Trump’s taxes", then "Donald
        Trump") is from now on that person's surname, whatever its context made it."""
        for lone in self._by_word.get(person.tokens[-1], ()):
            if lone.tokens == person.tokens[-1:] and not lone.aliases and (
                    classify_name(lone.name, self.lex) == "unknown"):
                self._by_key[lone.name.lower()] = person

    def _holding_exactly(self, surname: str) -> bool:
        """Whether a person's name ends with ``surname`` as written: "Игорь Петров"."""
        return any(e.kind == "person" and e.name.split()[-1] == surname
                   for e in self._by_word.get(name_tokens(surname, self.lex)[0], ()))

    def _given_gender(self, name: str, tokens: tuple[str, ...], kind: str) -> str:
        """A person's sex as their given name tells it ("Ana Ruiz"), if the lexicon knows."""
        if kind != "person" or len(tokens) < 2:
            return ""
        if self.lex.cases:  # the name as written, else its stem: "олен" is Олена
            return name_sex(name.split()[0], self.lex)
        return ("f" if tokens[0] in self.lex.female_given else
                "m" if tokens[0] in self.lex.male_given else "")

    def _add(self, entity: Entity) -> None:
        self._order[id(entity)] = len(self.entities)
        self.entities.append(entity)
        self._index_key(entity, entity.name.lower())
        for word in set(entity.tokens):
            self._by_word.setdefault(word, []).append(entity)

    def add_alias(self, entity: Entity, alias: str) -> None:
        """Give an entity another name (a lower-case acronym), and index it if it is ours."""
        entity.aliases.add(alias)
        if id(entity) in self._order:
            self._index_key(entity, alias)

    def _index_key(self, entity: Entity, key: str) -> None:
        known = self._by_key.get(key)
        if known is None or self._order[id(known)] > self._order[id(entity)]:
            self._by_key[key] = entity

    def _holding(self, tokens: tuple[str, ...]) -> Iterator[Entity]:
        """The entities whose names hold ``tokens`` as consecutive words, in order."""
        for entity in self._by_word.get(tokens[0], ()):
            if contains(entity.tokens, tokens):
                yield entity

    def _with_acronym(self, entity: Entity, acronym: re.Match[str] | None) -> Entity:
        if acronym:
            self.acronyms[acronym.group(1)] = entity
            self.add_alias(entity, acronym.group(1).lower())
            if entity.kind in ("person", "unknown", "place"):
                entity.kind = "organization"
        return entity

    def _descriptor_before(self, masked: str, start: int, sentence_start: int) -> list[str]:
        """Up to four lower-case words right before a name: "the Japanese company Kyowa",
        "the referee Robert Hoyzer", "her lawyer, Peter Wanyama"."""
        before = masked[max(sentence_start, start - 100):start]
        appositive = before.rstrip().endswith(",")
        chunk = PHRASE_BREAK.split(before.rstrip().rstrip(","))[-1]
        words = list(lower_words(chunk)[-5:])
        lex = self.lex
        if appositive and words and not (words[-1] in lex.aux or words[-1] in lex.prepositions):
            last_preposition = max((i for i, w in enumerate(words) if w in lex.prepositions),
                                   default=-1)
            return [w for w in words[last_preposition + 1:] if w not in lex.determiners]
        out = []
        for word in reversed(words):
            if (not word or not word[0].isalpha() or word in lex.prepositions or word in lex.aux
                    or word in lex.relatives or lex.subordinators.fullmatch(word)):
                break
            out.append(word)
        return [w for w in reversed(out) if w not in lex.determiners]

    def _apposition_after(self, masked: str, end: int) -> list[str]:
        """The role in ", a hydrologist at the University of Granada," after a name."""
        # (as on masked[end:end + 120])
        match = self.lex.apposition_after.match(masked, end, end + 120)
        if not match:
            return []
        words = list(lower_words(match.group(1)))
        cut = next((i for i, w in enumerate(words) if w in self.lex.relatives_and_that),
                   len(words))
        return [w for w in words[:cut] if w not in self.lex.determiners][:8]

    def _learn(self, entity: Entity, phrases: list[list[str]]) -> None:
        """Learn a name's roles, and its kind from their head nouns: "the Japanese company
        Kyowa Biologics", "VaxAccess, an international vaccine partnership"."""
        lex = self.lex
        for words in phrases:
            if not words:  # most are empty: skip them cheaply
                continue
            words = [w for w in words if w and not w[0].isdigit()]
            if not words:
                continue
            entity.roles.update(words)
            cut = next((i for i, w in enumerate(words) if w in lex.prepositions), len(words))
            # (the head noun comes first where words inflect: "депутатка міської ради")
            head = words[0] if lex.cases else words[cut - 1] if cut else ""
            if entity.kind in ("unknown", "person") and head not in lex.person_roles:
                if head in lex.organization_words and set(words) & lex.state_owned:
                    entity.kind = "government"  # "the state water utility, Agua y Drenaje"
                elif head in lex.organization_words:
                    entity.kind = "organization"
                elif head in lex.government_heads:
                    entity.kind = "government"
            elif entity.kind == "unknown" and head in lex.person_roles:
                entity.kind = "person"
            if not entity.gender:
                if set(words) & lex.female_words:
                    entity.gender = "f"
                elif set(words) & lex.male_words:
                    entity.gender = "m"

    def holding(self, name: str) -> list[Entity]:
        """Every entity whose name holds ``name``'s words, in the order named."""
        tokens = name_tokens(name, self.lex)
        return list(self._holding(tokens)) if tokens else []

    def find(self, name: str) -> Entity | None:
        """The entity a name refers to, by full name, acronym or part of a name."""
        key = name.lower().removeprefix(self.lex.definite_prefix).strip()
        acronym = ACRONYM_AT_END.search(name)
        if acronym and acronym.group(1) in self.acronyms:
            return self.acronyms[acronym.group(1)]
        key = BRACKETS_AT_END.sub("", key)
        if name.strip().isupper() and name.strip() in self.acronyms:
            return self.acronyms[name.strip()]
        entity = self._by_key.get(key)
        if entity is not None:
            return entity
        tokens = name_tokens(key, self.lex)
        if not tokens:
            return None
        for entity in self._holding(tokens):
            if entity.kind in ("person", "organization", "government"):
                return entity
        return None
