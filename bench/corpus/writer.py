"""Writing an article's sentences: statements attributed in many forms, each with the passages
a brief may quote from it, and background sentences."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .. import vocab as v
from .slots import Slots
from .speakers import Speaker
from .text import capital


@dataclass(slots=True)
class Actor:
    """A speaker as one article mentions them: in full the first time, briefly after."""

    speaker: Speaker
    local: bool  # defined in the brief itself rather than in speakers.yaml
    mentioned: bool = False

    def subject(self) -> str:
        """The speaker as the subject of a sentence; ends with a comma after an appositive."""
        s = self.speaker
        if self.mentioned:
            return s.short
        self.mentioned = True
        return f"{s.text}, {s.appositive}," if s.appositive else s.text

    def with_comma(self) -> str:
        """The subject followed by a comma, as after "According to"."""
        subject = self.subject()
        return subject if subject.endswith(",") else subject + ","


@dataclass(slots=True)
class Quoted:
    """A sentence of the article with the passages a brief may quote from it, best first."""

    text: str
    candidates: list[str]


@dataclass(slots=True)
class Statement:
    actor: Actor
    sentences: list[Quoted]
    side: str = ""
    note: str = ""


class Writer:
    """Writes the sentences of one article: attributed statements, each with the passages a
    brief may quote from it, and background sentences, never the same one twice."""

    def __init__(self, rng: random.Random, slots: Slots, curly: bool) -> None:
        self.rng = rng
        self.slots = slots
        self.lq, self.rq = ("“", "”") if curly else ('"', '"')
        self.curly = curly
        self.used: set[str] = set()

    def finish(self, text: str) -> str:
        text = capital(text)
        return text.replace("'", "’") if self.curly else text

    def quoted(self, text: str, *parts: str) -> Quoted:
        """The sentence, with ``parts`` of it and then the whole of it as candidate quotes."""
        sentence = self.finish(text)
        candidates = []
        for part in parts:
            start = text.find(part)
            if start != -1 and len(sentence) == len(text):  # finish() maps 1:1
                candidates.append(sentence[start:start + len(part)])
        candidates.append(sentence[:-1] if sentence.endswith(".") else sentence)
        return Quoted(sentence, candidates)

    # -- attributed statements, in many forms
    def direct(self, actor: Actor, line: str) -> Quoted:
        rng, f, lq, rq = self.rng, self.slots.fill, self.lq, self.rq
        line = f(line)
        form = rng.randrange(7)
        s = actor.speaker
        if form == 0 and not actor.mentioned and s.appositive:
            actor.mentioned = True
            text = f"{lq}{line},{rq} said {s.text}, {s.appositive}."
        elif form <= 1:
            text = f"{lq}{line},{rq} {actor.subject()} said."
        elif form == 2:
            text = f"{actor.subject()} said: {lq}{line}.{rq}"
        elif form == 3:
            text = f"{lq}{line},{rq} {actor.subject()} told reporters in {f('{city}')}."
        elif form == 4:
            text = (f"{lq}{line},{rq} {actor.subject()} wrote in a statement on "
                    f"{f('{_weekday}')}.")
        elif form == 5:
            verb = "added" if actor.mentioned else "said"
            text = f"Speaking on {f('{_weekday}')}, {actor.subject()} {verb}: {lq}{line}.{rq}"
        else:
            text = (f"{lq}{line},{rq} {actor.subject()} said in an interview with "
                    f"{f('{outlet}')}.")
        return self.quoted(text, line) if rng.random() < 0.6 else self.quoted(text)

    def indirect(self, actor: Actor, proposition: str, verbs: Sequence[str]) -> Quoted:
        rng, f = self.rng, self.slots.fill
        prop = f(proposition)
        verb = rng.choice(verbs)
        form = rng.randrange(7)
        if form == 0:
            text = f"According to {actor.with_comma()} {prop}."
            part = prop
        elif form == 1:
            text = f"{actor.subject()} told a news conference on {f('{_weekday}')} that {prop}."
            part = f"that {prop}"
        elif form == 2:
            text = f"In a statement, {actor.subject()} {verb} that {prop}."
            part = f"{verb} that {prop}"
        elif form == 3 and actor.mentioned:
            text = f"{capital(prop)}, {actor.subject()} {verb}."
            part = capital(prop)
        elif form == 4:
            text = f"{actor.subject()} wrote on social media that {prop}."
            part = prop
        else:
            text = f"{actor.subject()} {verb} that {prop}."
            part = f"{verb} that {prop}"
        return self.quoted(text, part)

    def vague(self, actor: Actor, proposition: str) -> Quoted:
        rng, prop = self.rng, self.slots.fill(proposition)
        verb = rng.choice(v.VAGUE_VERBS)
        subject = actor.speaker.text
        if rng.random() < 0.25:
            text = f"It is widely believed among {subject} that {prop}."
        elif rng.random() < 0.3:
            text = f"{capital(prop)}, {subject} say."
        else:
            text = f"{subject} {verb} that {prop}."
        return self.quoted(text, prop)

    def anonymous(self, actor: Actor, proposition: str) -> Quoted:
        prop = self.slots.fill(proposition)
        if self.rng.random() < 0.4:
            text = f"According to {actor.with_comma()} {prop}."
        else:
            text = f"{actor.subject()} said {prop}."
        return self.quoted(text, prop)

    def claim(self, actor: Actor, prop: str, respondent: Actor, stance: str) -> Quoted:
        rng, f = self.rng, self.slots.fill
        verb = rng.choice(v.CLAIM_VERBS)
        day = f("{weekday}")
        form = rng.randrange(4)
        if form == 0:
            opener = f(rng.choice(v.CLAIM_OPENERS))
            text = f"{opener}, {actor.subject()} {verb} on {day} that {prop}."
        elif form == 1:
            reaction = {"denies": "quickly rejected", "disputes": "has disputed",
                        "confirms": "has since confirmed", "declines-to-comment":
                        "has yet to address", "clarifies": "says needs context"}[stance]
            text = (f"{actor.subject()} {verb} on {day} that {prop}, a charge that "
                    f"{respondent.speaker.text} {reaction}.")
        elif form == 2 and actor.speaker.kind not in ("anonymous",):
            name = actor.speaker
            who = f"{name.text}, {name.appositive}," if name.appositive else name.text
            actor.mentioned = True
            text = f"{capital(prop)}, {who} {verb} on {day}."
            return self.quoted(text, f"{verb} on {day}", capital(prop))
        else:
            text = f"{actor.subject()} {verb} on {day} that {prop}."
        options = [f"{verb} on {day} that {prop}", f"that {prop}", prop]
        rng.shuffle(options)
        return self.quoted(text, *options)

    def response(self, actor: Actor, stance: str) -> Quoted:
        rng, f, lq, rq = self.rng, self.slots.fill, self.lq, self.rq
        phrase = rng.choice(v.RESPONSE_PHRASES[stance])
        prop = f(rng.choice(v.RESPONSE_PROPS[stance]))
        day = f("{_weekday}")
        form = rng.randrange(3)
        if stance == "declines-to-comment" and form == 0:
            text = f"{actor.subject()} {phrase} when contacted by {f('{outlet}')} on {day}."
            part = phrase
        elif stance == "denies" and form == 0:
            epithet = rng.choice(v.DENIAL_EPITHETS)
            part = f"{phrase} on {day}, calling it {lq}{epithet}{rq}"
            text = f"{actor.subject()} {part}."
        elif form == 1:
            part = f"{phrase}, saying that {prop}"
            text = f"{actor.subject()} {part}."
        else:
            text = f"In a statement issued on {day}, {actor.subject()} said that {prop}."
            part = f"said that {prop}"
        return self.quoted(text, part)

    # -- the rest of the article
    def sentence(self, templates: list[str]) -> str:
        """A background sentence from the templates left, never repeating one."""
        rng = self.rng
        while templates:
            template = templates.pop(rng.randrange(len(templates)))
            text = self.slots.fill(template)
            if rng.random() < 0.18 and not template.startswith("{"):
                opener = self.slots.fill(rng.choice(v.OPENERS))
                text = opener + text[0].lower() + text[1:]
            text = self.finish(text)
            if text not in self.used:
                self.used.add(text)
                return text
        raise RuntimeError("ran out of background sentences")
