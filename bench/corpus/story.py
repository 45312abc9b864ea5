"""The article: who speaks in it, what they say, and the background around them, in the
order a news story puts them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .. import vocab as v
from .shape import STANCE_WEIGHTS, STANCES, WORDS_MAX, WORDS_MIN
from .slots import Slots
from .speakers import Pool, Speaker, anonymous, local_group, local_person
from .writer import Actor, Quoted, Statement, Writer


@dataclass(slots=True)
class Cast:
    """Who speaks in one article."""

    claimant: Actor
    respondents: list[tuple[Actor, str]]  # each with their stance
    taken: set[str]  # speaker ids the brief uses
    chosen: list[Speaker]  # speakers from the pool the article uses


def _stance(rng: random.Random) -> str:
    return rng.choices(STANCES, weights=STANCE_WEIGHTS)[0]


def draw_cast(rng: random.Random, pool: Pool, topic_name: str, slots: Slots, rich: bool) -> Cast:
    topic = v.TOPICS[topic_name]
    taken: set[str] = set()
    respondent = pool.pick(rng, topic_name)
    chosen = [respondent]
    kind = rng.choices(("pool", "group", "anonymous"), weights=(62, 30, 8))[0]
    speaker: Speaker | None
    if kind == "pool":
        speaker = pool.pick(rng, topic_name, chosen)
        chosen.append(speaker)
    elif kind == "group":
        speaker = local_group(rng.choice(topic["groups"]), "group", slots, taken)
    else:
        speaker = anonymous(rng, taken)
    assert speaker is not None
    claimant = Actor(speaker, local=kind != "pool")
    respondents = [(Actor(respondent, local=False), _stance(rng))]
    if rich or rng.random() < 0.45:
        second = pool.pick(rng, topic_name, chosen)
        chosen.append(second)
        respondents.append((Actor(second, local=False), _stance(rng)))
    taken.update(a.speaker.id for a in (claimant, *(r for r, _ in respondents)))
    # The organisations that respond are what the claim is about: "Meridian Bank plans to..."
    for member in chosen:
        if member.slot and member.slot not in slots:
            slots[member.slot] = member.text
    slots["resp"] = respondent.text
    slots["resp_org"] = respondent.affiliation or respondent.text
    return Cast(claimant, respondents, taken, chosen)


_NOTES = ("Offers no evidence either way.", "A reading of the claim, not evidence for it.",
          "The only named source on this side.", "Context rather than evidence.",
          "Speaks for the organisation but does not address the figures.",
          "Repeats the claim without adding to it.")


def other_sources(rng: random.Random, pool: Pool, topic_name: str, cast: Cast, writer: Writer,
                  slots: Slots, rich: bool) -> list[Statement]:
    """Experts, vague and anonymous sources, groups and other organisations on the story."""
    topic = v.TOPICS[topic_name]
    props = [*v.COMMON_PROPS, *topic["props"]]
    rng.shuffle(props)
    statements = []
    for _ in range(rng.randint(7, 9) if rich else rng.randint(3, 6)):
        prop = props.pop()
        roll = rng.random()
        if roll < 0.25:
            speaker: Speaker | None = local_person(rng, slots, cast.taken, topic_name)
        elif roll < 0.55:
            line = rng.choice(v.VAGUE_SPEAKERS + topic["vague"])
            speaker = local_group(line, "vague", slots, cast.taken)
        elif roll < 0.7:
            speaker = anonymous(rng, cast.taken)
        elif roll < 0.88:
            speaker = pool.pick(rng, topic_name, cast.chosen)
            cast.chosen.append(speaker)
        else:
            speaker = local_group(rng.choice(topic["groups"]), "group", slots, cast.taken)
        if speaker is None:
            continue  # that unnamed source has spoken already
        cast.taken.add(speaker.id)
        actor = Actor(speaker, local=not 0.7 <= roll < 0.88)
        if speaker.kind == "vague":
            sentence = writer.vague(actor, prop)
        elif speaker.kind == "anonymous":
            sentence = writer.anonymous(actor, prop)
        else:
            sentence = writer.indirect(actor, prop, ("said", "noted", "argued", "pointed out")
                                       if speaker.kind != "group" else ("said", "complained"))
        statements.append(Statement(actor, [sentence], "other" if rng.random() < 0.3 else "",
                                    rng.choice(_NOTES) if rng.random() < 0.25 else ""))
    return statements


@dataclass(slots=True)
class Story:
    """An article and the passages of it that the brief annotates."""

    text: str
    lede: Quoted
    claim_direct: Quoted
    claim_extra: Quoted | None
    responses: list[tuple[Quoted, Quoted | None]]  # each respondent's answer, and words
    response_extra: Quoted | None
    others: list[Statement]


def write_story(rng: random.Random, cast: Cast, writer: Writer,
                topic: dict[str, tuple[str, ...]], prop: str, others: list[Statement]) -> Story:
    slots = writer.slots
    facts = [*topic["facts"], *v.COMMON_FACTS]  # writer.sentence takes each out as it is used
    paragraphs: list[list[str]] = []
    lede, claim_direct, claim_extra = _claim_paragraphs(rng, cast, writer, topic, prop, facts,
                                                        paragraphs)
    responses = _response_paragraphs(rng, cast, writer, topic, facts, paragraphs)
    pending = [s.sentences[0].text for s in others]
    response_extra = _response_extra(rng, cast, writer, responses[0][0], pending)
    _fill(rng, writer, facts, paragraphs, pending)
    closing = writer.finish(slots.fill(rng.choice(v.CLOSINGS)))
    paragraphs.append([writer.sentence(facts), closing] if rng.random() < 0.5 else [closing])
    text = "\n".join(" ".join(p) for p in paragraphs) + "\n"
    return Story(text, lede, claim_direct, claim_extra, responses, response_extra, others)


def _claim_paragraphs(rng: random.Random, cast: Cast, writer: Writer,
                      topic: dict[str, tuple[str, ...]], prop: str, facts: list[str],
                      paragraphs: list[list[str]]) -> tuple[Quoted, Quoted, Quoted | None]:
    """The lede, then the claimant in their own words: appended to ``paragraphs``."""
    claimant = cast.claimant
    first, stance = cast.respondents[0]
    lede = writer.claim(claimant, prop, first, stance)
    paragraphs.append([lede.text])
    if rng.random() < 0.6:
        paragraphs[-1].append(writer.sentence(facts))
    claim_lines = [*v.CLAIM_LINES, *topic["claim_lines"]]
    claim_direct = writer.direct(claimant, rng.choice(claim_lines))
    claim_extra = None
    paragraphs.append([claim_direct.text])
    if rng.random() < 0.6:
        claim_extra = writer.indirect(claimant, rng.choice(v.CLAIM_PROPS),
                                      ("insisted", "added", "argued", "claimed"))
        paragraphs[-1].append(claim_extra.text)
    return lede, claim_direct, claim_extra


def _response_paragraphs(rng: random.Random, cast: Cast, writer: Writer,
                         topic: dict[str, tuple[str, ...]], facts: list[str],
                         paragraphs: list[list[str]]) -> list[tuple[Quoted, Quoted | None]]:
    """Each respondent's answer, and their words, appended to ``paragraphs``."""
    responses: list[tuple[Quoted, Quoted | None]] = []
    said: set[str] = set()
    for number, (actor, their_stance) in enumerate(cast.respondents):
        lines = list(v.RESPONSE_LINES[their_stance])
        if their_stance in ("denies", "disputes"):
            lines += topic["response_lines"]
        lines = [line for line in lines if line not in said]
        answer = writer.response(actor, their_stance)
        words = None
        if number == 0 or rng.random() < 0.6:
            line = rng.choice(lines)
            said.add(line)
            words = writer.direct(actor, line)
        responses.append((answer, words))
        paragraph = [answer.text] + ([words.text] if words else [])
        if number:
            paragraph.insert(0, writer.sentence(facts))
        paragraphs.append(paragraph)
        if number == 0:
            paragraphs.append([writer.sentence(facts) for _ in range(rng.randint(1, 2))])
    return responses


def _response_extra(rng: random.Random, cast: Cast, writer: Writer, answer: Quoted,
                    pending: list[str]) -> Quoted | None:
    """Now and then more from the first respondent, placed among the ``pending`` sentences."""
    response_extra = None
    if rng.random() < 0.4:
        actor, their_stance = cast.respondents[0]
        options = [p for p in v.RESPONSE_PROPS[their_stance]
                   if writer.slots.fill(p) not in answer.text]
        response_extra = writer.indirect(actor, rng.choice(options), (
            "said", "insisted", "maintained", "stressed"))
        pending.insert(rng.randrange(len(pending) + 1), response_extra.text)
    return response_extra


def _fill(rng: random.Random, writer: Writer, facts: list[str], paragraphs: list[list[str]],
          pending: list[str]) -> None:
    """Paragraphs of the ``pending`` sentences among background ones, to the article's length."""
    target = rng.randint(WORDS_MIN, WORDS_MAX)
    words = sum(len(s.split()) for p in paragraphs for s in p)
    while pending or words < target:
        paragraph = []
        for _ in range(rng.choice((1, 2, 2, 3, 3, 4))):
            if pending and (rng.random() < 0.5 or words >= target):
                paragraph.append(pending.pop(0))
            else:
                paragraph.append(writer.sentence(facts))
        paragraphs.append(paragraph)
        words += sum(len(s.split()) for s in paragraph)
