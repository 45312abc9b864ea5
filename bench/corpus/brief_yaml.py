"""A brief's YAML, section by section, in the order a desk's editor writes them."""

from __future__ import annotations

import datetime as dt
import random

from .. import vocab as v
from .masthead import Masthead
from .quotes import Quotes
from .slots import Slots
from .speakers import Speaker
from .story import Cast
from .text import ascii_slug, capital, quote_items, scalar, text_value
from .writer import Actor


def front_matter(rng: random.Random, seed: int, number: int, head: Masthead, slots: Slots
                 ) -> list[str]:
    """The title, dates, authors and tags, and the article's file and origin."""
    lines = [f"# A synthetic brief by bench.corpus (seed {seed}, number {number}).",
             f"title: {scalar(head.title)}", f"date: {head.date.isoformat()}"]
    if rng.random() < 0.15:
        lines.append(f"updated: {(head.date + dt.timedelta(days=rng.randint(1, 60))).isoformat()}")
    lines.append("authors:")
    lines += [f"  - {scalar(a)}" for a in rng.sample(v.AUTHORS, rng.choice((1, 1, 1, 2)))]
    lines.append("tags:")
    lines += [f"  - {scalar(tag)}" for tag in head.tags]
    if head.draft:
        lines.append("draft: true")
    lines += ["", "article:", f"  file: {head.seed}"]
    if rng.random() < 0.9:
        outlet = slots["outlet"]
        published = head.published
        lines += text_value("headline", head.headline, "  ")
        lines.append(f"  outlet: {scalar(outlet)}")
        lines.append(f"  url: https://www.{ascii_slug(outlet)}.example/{published.year}/"
                     f"{published.month:02d}/{ascii_slug(head.headline, 7)}")
        lines.append(f"  published: {published.isoformat()}")
    if rng.random() < 0.5:
        lines.append("  language: en")
    return lines


def speakers_section(rng: random.Random, cast: Cast, quotes: Quotes) -> list[str]:
    """The speakers the brief defines itself: the unnamed and the one-off ones, and now and
    then a shared speaker redefined for this brief (the brief's own definition wins)."""
    respondent = cast.respondents[0][0].speaker
    actors = [cast.claimant, *(a for a, _ in cast.respondents),
              *(s.actor for s, _ in quotes.statements)]
    local = list({a.speaker.id: a.speaker for a in actors if a.local}.values())
    if rng.random() < 0.03 and respondent.kind == "person":
        local.append(Speaker(respondent.id, respondent.name, "person",
                             role=f"former {respondent.role}", affiliation=respondent.affiliation))
    if not local:
        return []
    lines = ["", "speakers:"]
    for speaker in local:
        lines += speaker.yaml("  ")
    return lines


def claim_sections(rng: random.Random, cast: Cast, summary: str, quotes: Quotes) -> list[str]:
    """The claim, the responses to it and the other statements, each with its quotes."""
    lines = ["", "claim:", f"  by: {cast.claimant.speaker.id}"]
    lines += text_value("summary", summary, "  ")
    lines += quote_items(quotes.claim, "  ")
    lines += ["", "responses:"]
    for actor, stance, found in quotes.answers:
        if not found:
            continue
        who = capital(actor.speaker.text)
        lines += [f"  - by: {actor.speaker.id}", f"    stance: {stance}"]
        lines += text_value("summary", rng.choice(v.STANCE_SUMMARIES[stance]).format(who=who),
                            "    ")
        lines += quote_items(found, "    ")
    written = [(s, found) for s, found in quotes.statements if found]
    if written:
        lines += ["", "statements:"]
        for statement, found in written:
            lines.append(f"  - by: {statement.actor.speaker.id}")
            if statement.side:
                lines.append(f"    side: {statement.side}")
            if statement.note:
                lines += text_value("note", statement.note, "    ")
            lines += quote_items(found, "    ")
    return lines


def sources_section(rng: random.Random, slots: Slots, published: dt.date) -> list[str]:
    lines = ["", "sources:"]
    for form in rng.sample(v.SOURCE_FORMS, rng.randint(1, 4)):
        title_text, publisher, note = (slots.fill(x) for x in form.split("|"))
        lines.append(f"  - title: {scalar(title_text)}")
        if rng.random() < 0.7:
            lines.append(f"    url: https://{ascii_slug(publisher) or 'source'}.example/"
                         f"{ascii_slug(title_text)}")
        lines.append(f"    publisher: {scalar(capital(publisher))}")
        if rng.random() < 0.6:
            lines.append(f"    date: {published - dt.timedelta(days=rng.randint(0, 400))}")
        if rng.random() < 0.7:
            lines += text_value("note", note, "    ")
    return lines


def verdict_section(rng: random.Random, slots: Slots, claimant: Actor, prop: str,
                    summary: str, rating: str, rich: bool) -> list[str]:
    lines = ["", "verdict:", f"  rating: {rating}"]
    lines += text_value("summary", summary, "  ")
    body = _verdict_body(rng, slots, claimant, prop, summary, rating, rich)
    lines += ["  body: |", *(f"    {line}" if line else "" for line in body.split("\n"))]
    return lines


def _verdict_body(rng: random.Random, slots: Slots, claimant: Actor, prop: str, summary: str,
                  rating: str, rich: bool = False) -> str:
    f = slots.fill
    who = capital(claimant.speaker.text)
    says = "say" if claimant.speaker.plural else "says"
    first, second, third = (f(x) for x in rng.sample(v.FINDINGS, 3))
    parts = [f"**What is claimed.** {who} {says} that {prop}. {first}",
             f"**What we found.** {second} {third}"]
    if rich:  # a long analysis, as on the seed's brief: every finding, weighed in turn
        findings = [f(x) for x in v.FINDINGS]
        parts += [f"**What else we checked.** {' '.join(findings[:len(findings) // 2])}",
                  f"**What the record shows.** {' '.join(findings[len(findings) // 2:])}"]
    if rich or rng.random() < 0.4:
        settle = rng.sample(v.SETTLE, 3)
        parts.append("**What would settle it:**\n\n" + "\n".join(f"- {x}" for x in settle))
    if rng.random() < 0.3:
        parts.append(f"See the [original report](https://www.{ascii_slug(f('{outlet}'))}"
                     f".example/) for the full context.")
    parts.append(f"{summary} We rate the claim *{rating.replace('-', ' ')}*.")
    return "\n\n".join(parts)


def corrections_section(rng: random.Random, slots: Slots, date: dt.date) -> list[str]:
    if rng.random() >= 0.09:
        return []
    lines = ["", "corrections:"]
    for _ in range(rng.choice((1, 1, 1, 2))):
        when = date + dt.timedelta(days=rng.randint(1, 120))
        lines.append(f"  - date: {when.isoformat()}")
        lines += text_value("note", slots.fill(rng.choice(v.CORRECTION_NOTES)), "    ")
    return lines
