"""Generate a synthetic briefgen project of any size, the same bytes for the same seed.

    python -m bench.corpus OUT_DIR --briefs N [--seed S] [--force]

writes briefgen.yaml, speakers.yaml (a shared pool of recurring speakers), pages/, and N
original ~700-word news-style articles in seeds/, each with a valid brief in briefs/. The
articles cover politics, business, health and sport, quote people with names from many
languages, and attribute statements in many forms: direct quotes, indirect speech,
"according to", anonymous and vague sources. Every quote in a brief is an exact passage of
its article that occurs only once in it (as briefgen compares them: ignoring spacing, quote
marks and dashes), so every generated project passes `briefgen check`.

Every brief draws from its own random stream, seeded by (seed, number), so a brief does not
change when the corpus grows, and brief N+1 can be added to a corpus of N (see add_brief).
Every person, place and organisation is invented (see vocab.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from . import vocab as v

TOPICS = ("politics", "business", "health", "sport")
TOPIC_WEIGHTS = (34, 26, 22, 18)
RATINGS = ("true", "mostly-true", "mixed", "mostly-false", "false", "unproven")
RATING_WEIGHTS = (9, 12, 18, 21, 23, 17)
STANCES = ("denies", "disputes", "confirms", "declines-to-comment", "clarifies")
STANCE_WEIGHTS = (50, 20, 8, 10, 12)
FIRST_DAY = dt.date(2019, 1, 1)
DAYS = (dt.date(2026, 10, 31) - FIRST_DAY).days
WORDS_MIN, WORDS_MAX = 620, 780
DRAFT_SHARE = 0.02
# Briefs as rich as the seed's: two respondents, seven to nine other sources (nine speakers
# or more, a dozen quotes or more), and a long verdict. Chosen from a stream of their own, so
# every other brief is the same as in a corpus without them.
RICH_SHARE = 0.15
ZIPF_EXPONENT = 1.05
WRAP = 96  # YAML line width
CLAIM_SUMMARY_MAX = 75  # briefgen's limit: the summary becomes the ClaimReview's claimReviewed
GENERATED = ("briefgen.yaml", "speakers.yaml", "briefs", "seeds", "pages", "templates", "site",
             ".briefgen-cache")

# briefgen's quote folding (briefgen/anchor.py), plus the line break it reads as a space.
_FOLD = (*((c, "'") for c in "\u2018\u2019\u201a\u201b\u2032\u00b4`"),
         *((c, '"') for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"),
         *((c, "-") for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"),
         ("\u2026", "..."), ("\n", " "))
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_PLAIN = re.compile(r"[A-Za-z][^\n\t#:\"{}\[\]]*[^\s:]")
_YAML_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "null", "y", "n"))


def zipf_cumulative(count: int, exponent: float = ZIPF_EXPONENT) -> list[float]:
    return list(accumulate(1.0 / (rank ** exponent) for rank in range(1, count + 1)))


def ascii_slug(text: str, words: int = 0) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    parts = re.findall(r"[a-z0-9]+", plain)
    return "-".join(parts[:words] if words else parts)


def fold(text: str) -> str:
    """The text as briefgen compares quotes (str.replace: translate is ten times slower)."""
    for char, folded in _FOLD:
        if char in text:
            text = text.replace(char, folded)
    return text


def occurs_once(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs exactly once in ``haystack``, counting overlapping matches."""
    first = haystack.find(needle)
    return first != -1 and haystack.find(needle, first + 1) == -1


# --- Speakers -------------------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    id: str
    name: str  # as the brief's speakers list names them
    kind: str
    role: str = ""
    affiliation: str = ""
    url: str = ""
    topic: str = ""
    text: str = ""  # how the article names them in full, mid-sentence
    short: str = ""  # how the article refers back to them
    appositive: str = ""  # "chief executive of Meridian Bank", after the first mention
    slot: str = ""  # the claim slot an organisation can fill: company, club, ministry...
    plural: bool = False

    def yaml(self, indent: str) -> list[str]:
        lines = [f"{indent}{self.id}:", f"{indent}  name: {scalar(self.name)}",
                 f"{indent}  kind: {self.kind}"]
        if self.role:
            lines.append(f"{indent}  role: {scalar(self.role)}")
        if self.affiliation:
            lines.append(f"{indent}  affiliation: {scalar(self.affiliation)}")
        if self.url:
            lines.append(f"{indent}  url: {self.url}")
        return lines


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person_name(rng: random.Random) -> tuple[str, str]:
    """A full name and the part a news article refers back with."""
    given, family, order = v.NAMES[rng.choice(tuple(v.NAMES))]
    first, last = rng.choice(given), rng.choice(family)
    if order == "family":
        return f"{last} {first}", last
    if order == "vietnamese":
        return f"{last} {first}", first.split()[-1]
    return f"{first} {last}", last


@dataclass
class Pool:
    """The speakers that recur across briefs, kept in speakers.yaml."""

    speakers: list[Speaker]
    by_topic: dict[str, list[Speaker]] = field(default_factory=dict)
    weights: dict[str, list[float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for topic in TOPICS:
            members = [s for s in self.speakers if s.topic == topic]
            self.by_topic[topic] = members
            self.weights[topic] = zipf_cumulative(len(members), 0.9)

    def pick(self, rng: random.Random, topic: str, exclude: Sequence[Speaker] = ()
             ) -> Speaker:
        members, weights = self.by_topic[topic], self.weights[topic]
        for _ in range(20):
            choice = rng.choices(members, cum_weights=weights)[0]
            if choice not in exclude:
                return choice
        return next(s for s in members if s not in exclude)


def pool_size(briefs: int) -> int:
    """A desk's roster of recurring speakers grows with its archive."""
    return min(2000, 60 + briefs // 25)


_ORG_KINDS = {  # topic: (slot, kind, share, names)
    "politics": (("party", "organization", 3, v.PARTIES), ("ngo", "organization", 2, v.NGOS),
                 ("ministry", "government", 3, v.MINISTRIES)),
    "business": (("company", "organization", 6, ()), ("union", "organization", 1, v.UNIONS),
                 ("regulator", "government", 1, v.REGULATORS)),
    "health": (("hospital", "organization", 3, v.HOSPITAL_FORMS),
               ("agency", "government", 2, v.HEALTH_AGENCIES),
               ("association", "organization", 1, v.HEALTH_ASSOCIATIONS)),
    "sport": (("club", "organization", 4, v.CLUB_FORMS),
              ("federation", "organization", 1, v.FEDERATIONS)),
}
_SHORT = {"party": "the party", "ngo": "the group", "ministry": "the ministry",
          "company": "the company", "union": "the union", "regulator": "the regulator",
          "hospital": "the hospital", "agency": "the agency", "association": "the association",
          "club": "the club", "federation": "the federation", "government": "the government"}


def speaker_pool(seed: int, size: int) -> Pool:
    rng = random.Random(f"{seed}:pool:{size}")
    speakers: list[Speaker] = []
    ids: set[str] = set()
    texts: set[str] = set()

    def unique_id(name: str) -> str:
        base = ascii_slug(name, 6) or "speaker"
        candidate, number = base, 1
        while candidate in ids:
            number += 1
            candidate = f"{base}-{number}"
        ids.add(candidate)
        return candidate

    def organisation(topic: str, slot: str, kind: str, names: tuple[str, ...]) -> None:
        for _ in range(50):
            country = rng.choice(v.COUNTRIES)
            if slot == "company":
                text = f"{rng.choice(v.COMPANY_STEMS)} {rng.choice(v.COMPANY_KINDS)}"
            else:
                text = rng.choice(names).format(city=rng.choice(v.CITIES), country=country)
                if kind == "government" or slot in ("federation", "union", "party", "ngo"):
                    text = f"{text} of {country}" if text.startswith("the ") and rng.random() < (
                        0.8 if kind == "government" else 0.3) else text
            if text not in texts:
                break
        texts.add(text)
        name = _capital(text)
        url = f"https://www.{ascii_slug(text)}.example/" if rng.random() < 0.5 else ""
        speakers.append(Speaker(unique_id(name), name, kind, url=url, topic=topic, text=text,
                                short=_SHORT[slot] if text.startswith("the ") else text,
                                slot=slot))

    organisations = max(24, size * 2 // 5)
    # Every topic gets at least one organisation of every slot, then more by share.
    for topic, slots in _ORG_KINDS.items():
        for slot, kind, _, names in slots:
            organisation(topic, slot, kind, names)
    plan = [(topic, slot) for topic, slots in _ORG_KINDS.items()
            for slot, _, share, _ in slots for _ in range(share)]
    while len(speakers) < organisations:
        topic, slot = rng.choice(plan)
        _, kind, _, names = next(s for s in _ORG_KINDS[topic] if s[0] == slot)
        organisation(topic, slot, kind, names)
    orgs = list(speakers)
    for topic in TOPICS:  # each topic's government, as a speaker of its own
        country = rng.choice(v.COUNTRIES)
        text = f"the government of {country}"
        if text not in texts:
            texts.add(text)
            speakers.append(Speaker(unique_id(text), _capital(text), "government", topic=topic,
                                    text=text, short="the government", slot="government"))
    while len(speakers) < size:
        topic = rng.choice(TOPICS)
        role, where = rng.choice(v.ROLES[topic])
        if where == "government":
            affiliation = f"Government of {rng.choice(v.COUNTRIES)}"
        else:
            options = [o for o in orgs if o.topic == topic and o.slot == where]
            affiliation = rng.choice(options).text if options else ""
        name, short = _person_name(rng)
        appositive = f"{role} of {affiliation}" if affiliation and where != "government" else (
            f"the {role}")
        if rng.random() < 0.3:
            appositive = f"the {appositive}" if not appositive.startswith("the ") else appositive
        url = f"https://people.example/{ascii_slug(name)}" if rng.random() < 0.15 else ""
        speakers.append(Speaker(unique_id(name), name, "person", role=role,
                                affiliation=_capital(affiliation), url=url, topic=topic,
                                text=name, short=short, appositive=appositive))
    return Pool(speakers)


# --- Filling templates ----------------------------------------------------------------------


def _number(rng: random.Random, name: str) -> str | None:
    r = rng.randint
    if name == "pct":
        return str(r(3, 45))
    if name == "n":
        return str(r(12, 950))
    if name == "k":
        return f"{r(2, 95)},{r(0, 999):03d}"
    if name == "amount":
        return str(r(3, 480)) if rng.random() < 0.7 else f"{r(1, 99)}.{r(1, 9)}"
    if name == "bn":
        return f"{r(1, 60)}.{r(1, 9)}"
    if name == "year":
        return str(r(2006, 2018))
    if name in ("months", "small"):
        return str(r(2, 9))
    if name == "km":
        return str(r(2, 6))
    if name == "years":
        return str(r(10, 60))
    if name == "turnout":
        return str(r(41, 79))
    if name == "support":
        return str(r(18, 47))
    if name == "debt":
        return str(r(38, 112))
    if name == "coverage":
        return str(r(71, 97))
    return None


_COMMON_SLOTS: dict[str, tuple[str, ...]] = {
    "city": v.CITIES, "country": v.COUNTRIES, "region": v.REGIONS, "weekday": v.WEEKDAYS,
    "month": v.MONTHS, "ordinal": v.ORDINALS, "pollster": v.POLLSTERS, "ministry": v.MINISTRIES,
    "union": v.UNIONS, "regulator": v.REGULATORS, "bank": ("the central bank",),
}


class Slots(dict[str, str]):
    """Template fields: ``{city}`` is drawn once per article, ``{_city}`` at every use."""

    def __init__(self, rng: random.Random, topic: str) -> None:
        super().__init__()
        self.rng = rng
        self.topic = v.TOPICS[topic]

    def __missing__(self, key: str) -> str:
        fresh = key.startswith("_")
        value = self.draw(key[1:] if fresh else key)
        if not fresh:
            self[key] = value
        return value

    def draw(self, name: str) -> str:
        rng = self.rng
        number = _number(rng, name)
        if number is not None:
            return number
        if name == "company":
            return f"{rng.choice(v.COMPANY_STEMS)} {rng.choice(v.COMPANY_KINDS)}"
        if name in ("club", "club2"):
            other = self.get("club2" if name == "club" else "club")
            while True:
                club = rng.choice(v.CLUB_FORMS).format(city=rng.choice(v.CITIES))
                if club != other:
                    return club
        if name == "hospital":
            return rng.choice(v.HOSPITAL_FORMS).format(city=self["city"])
        if name == "outlet":
            return rng.choice(v.OUTLET_FORMS).format(city=self["city"], country=self["country"],
                                                     n=rng.randint(2, 9))
        options = self.topic.get(name) or _COMMON_SLOTS[name]
        value = rng.choice(options)
        return value.format_map(self) if "{" in value else value

    def fill(self, template: str) -> str:
        return template.format_map(self) if "{" in template else template


# --- Articles -------------------------------------------------------------------------------


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


_NOTES = ("Offers no evidence either way.", "A reading of the claim, not evidence for it.",
          "The only named source on this side.", "Context rather than evidence.",
          "Speaks for the organisation but does not address the figures.",
          "Repeats the claim without adding to it.")


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
        text = _capital(text)
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
            text = f"{_capital(prop)}, {actor.subject()} {verb}."
            part = _capital(prop)
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
            text = f"{_capital(prop)}, {subject} say."
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
            text = f"{_capital(prop)}, {who} {verb} on {day}."
            return self.quoted(text, f"{verb} on {day}", _capital(prop))
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


# --- Briefs ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BriefInfo:
    """What the benchmark needs to publish the same article with another site generator."""

    slug: str
    title: str
    date: dt.date
    tags: tuple[str, ...]
    draft: bool
    rating: str
    summary: str
    seed: str  # the article's path inside the project


@dataclass(slots=True)
class Brief:
    info: BriefInfo
    article: str
    yaml: str


def scalar(text: str) -> str:
    """``text`` as a one-line YAML scalar: plain where YAML reads it back unchanged."""
    if _PLAIN.fullmatch(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def text_value(key: str, text: str, indent: str) -> list[str]:
    """``key: text``, folded over several lines (``>-``) when it is long."""
    head = f"{indent}{key}: "
    if len(head) + len(text) <= WRAP or "\n" in text or "  " in text:
        return [head + scalar(text)]
    inner = indent + "  "
    return [f"{indent}{key}: >-", *(inner + line for line in wrap(text, WRAP - len(inner)))]


def quote_items(quotes: list[str], indent: str) -> list[str]:
    lines = [f"{indent}quotes:"]
    for quote in quotes:
        if len(indent) + 4 + len(quote) <= WRAP:
            lines.append(f"{indent}  - {scalar(quote)}")
        else:
            inner = indent + "    "
            lines.append(f"{indent}  - >-")
            lines.extend(inner + line for line in wrap(quote, WRAP - len(inner)))
    return lines


def _date(day: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=day)


_LOCAL_PEOPLE_ROLES = ("a professor of {field} at the University of {city}",
                       "a researcher at the {city} Institute for {field_title}",
                       "a former adviser to the government", "a resident of {city}",
                       "a lecturer in {field} in {city}")


def _local_person(rng: random.Random, slots: Slots, taken: set[str], topic: str) -> Speaker:
    name, short = _person_name(rng)
    field_name = rng.choice(v.EXPERT_FIELDS)
    role = rng.choice(_LOCAL_PEOPLE_ROLES).format(field=field_name,
                                                  field_title=field_name.title(),
                                                  city=slots["city"])
    base = ascii_slug(name, 6) or "person"
    ident, number = base, 1
    while ident in taken:
        number += 1
        ident = f"{base}-{number}"
    return Speaker(ident, name, "person", role=role.removeprefix("a "), topic=topic, text=name,
                   short=short, appositive=role)


def _local_group(line: str, kind: str, slots: Slots, taken: set[str]) -> Speaker | None:
    parts = line.split("|")
    name, text = parts[0], slots.fill(parts[1])
    short = slots.fill(parts[2]) if len(parts) > 2 else text
    ident = ascii_slug(name, 5) or kind
    if ident in taken:
        return None  # one statement per unnamed group is enough
    return Speaker(ident, name, kind, text=text, short=short, plural=True)


def _anonymous(rng: random.Random, taken: set[str]) -> Speaker | None:
    name, text = rng.choice(v.ANONYMOUS_SPEAKERS).split("|")
    ident = ascii_slug(name.replace("(anonymous)", ""), 4)
    if ident in taken:
        return None
    short = "the " + text.removeprefix("a ").removeprefix("an ").split(",")[0].split(" who ")[0]
    short = short.removesuffix(" familiar with the matter").removesuffix(" close to the "
                                                                         "investigation")
    return Speaker(ident, name, "anonymous", text=text, short=short)


def make_brief(seed: int, number: int, pool: Pool) -> Brief:
    rng = random.Random(f"{seed}:brief:{number}")
    for _ in range(12):  # a passage that cannot be quoted uniquely: write the article again
        brief = _attempt(rng, seed, number, pool)
        if brief is not None:
            return brief
    raise RuntimeError(f"could not write brief {number} with unique quotes")


@dataclass(slots=True)
class Cast:
    """Who speaks in one article."""

    claimant: Actor
    respondents: list[tuple[Actor, str]]  # each with their stance
    taken: set[str]  # speaker ids the brief uses
    chosen: list[Speaker]  # speakers from the pool the article uses


def _stance(rng: random.Random) -> str:
    return rng.choices(STANCES, weights=STANCE_WEIGHTS)[0]


def _cast(rng: random.Random, pool: Pool, topic_name: str, slots: Slots, rich: bool) -> Cast:
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
        speaker = _local_group(rng.choice(topic["groups"]), "group", slots, taken)
    else:
        speaker = _anonymous(rng, taken)
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


def _others(rng: random.Random, pool: Pool, topic_name: str, cast: Cast, writer: Writer,
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
            speaker: Speaker | None = _local_person(rng, slots, cast.taken, topic_name)
        elif roll < 0.55:
            line = rng.choice(v.VAGUE_SPEAKERS + topic["vague"])
            speaker = _local_group(line, "vague", slots, cast.taken)
        elif roll < 0.7:
            speaker = _anonymous(rng, cast.taken)
        elif roll < 0.88:
            speaker = pool.pick(rng, topic_name, cast.chosen)
            cast.chosen.append(speaker)
        else:
            speaker = _local_group(rng.choice(topic["groups"]), "group", slots, cast.taken)
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


def _story(rng: random.Random, cast: Cast, writer: Writer, topic: dict[str, tuple[str, ...]],
           prop: str, others: list[Statement]) -> Story:
    slots = writer.slots
    facts = [*topic["facts"], *v.COMMON_FACTS]
    claimant = cast.claimant
    first, stance = cast.respondents[0]
    lede = writer.claim(claimant, prop, first, stance)
    paragraphs = [[lede.text]]
    if rng.random() < 0.6:
        paragraphs[0].append(writer.sentence(facts))
    claim_lines = [*v.CLAIM_LINES, *topic["claim_lines"]]
    claim_direct = writer.direct(claimant, rng.choice(claim_lines))
    claim_extra = None
    paragraphs.append([claim_direct.text])
    if rng.random() < 0.6:
        claim_extra = writer.indirect(claimant, rng.choice(v.CLAIM_PROPS),
                                      ("insisted", "added", "argued", "claimed"))
        paragraphs[-1].append(claim_extra.text)
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
    response_extra = None
    pending = [s.sentences[0].text for s in others]
    if rng.random() < 0.4:
        actor, their_stance = cast.respondents[0]
        options = [p for p in v.RESPONSE_PROPS[their_stance]
                   if slots.fill(p) not in responses[0][0].text]
        response_extra = writer.indirect(actor, rng.choice(options), (
            "said", "insisted", "maintained", "stressed"))
        pending.insert(rng.randrange(len(pending) + 1), response_extra.text)
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
    closing = writer.finish(slots.fill(rng.choice(v.CLOSINGS)))
    paragraphs.append([writer.sentence(facts), closing] if rng.random() < 0.5 else [closing])
    text = "\n".join(" ".join(p) for p in paragraphs) + "\n"
    return Story(text, lede, claim_direct, claim_extra, responses, response_extra, others)


def is_rich(seed: int, number: int) -> bool:
    return random.Random(f"{seed}:rich:{number}").random() < RICH_SHARE


def _attempt(rng: random.Random, seed: int, number: int, pool: Pool) -> Brief | None:
    rich = is_rich(seed, number)
    topic_name = rng.choices(TOPICS, weights=TOPIC_WEIGHTS)[0]
    topic = v.TOPICS[topic_name]
    slots = Slots(rng, topic_name)
    writer = Writer(rng, slots, curly=rng.random() < 0.6)
    cast = _cast(rng, pool, topic_name, slots, rich)
    prop, question, summary, short_summary = (
        slots.fill(part) for part in rng.choice(topic["claims"]).split("|"))
    claim_summary = _capital(summary if len(summary) <= CLAIM_SUMMARY_MAX else short_summary)
    others = _others(rng, pool, topic_name, cast, writer, slots, rich)
    story = _story(rng, cast, writer, topic, prop, others)

    # Each passage is quoted by its first candidate that occurs exactly once in the article.
    folded = fold(story.text)

    def quotes(*passages: Quoted | None) -> list[str]:
        found = []
        for passage in passages:
            if passage is None:
                continue
            for candidate in passage.candidates:
                if occurs_once(folded, fold(candidate)):
                    found.append(_pasted(rng, candidate))
                    break
        return found

    direct_in_claim = rng.random() < 0.5
    claim_quotes = quotes(story.lede, story.claim_direct if direct_in_claim else None)
    answers = [(actor, stance, quotes(*passages))
               for (actor, stance), passages in zip(cast.respondents, story.responses,
                                                    strict=True)]
    if not claim_quotes or not answers[0][2]:
        return None
    statements: list[tuple[Statement, list[str]]] = []
    own = quotes(None if direct_in_claim else story.claim_direct, story.claim_extra)
    if own:
        statements.append((Statement(cast.claimant, [], rng.choice(("", "claim"))), own))
    if story.response_extra is not None and rng.random() < 0.7:
        extra = quotes(story.response_extra)
        if extra:
            statements.append((Statement(cast.respondents[0][0], []), extra))
    statements += [(s, quotes(*s.sentences)) for s in others]

    # The brief.
    claimant = cast.claimant.speaker
    respondent = cast.respondents[0][0].speaker
    date = _date(rng.randrange(DAYS))
    published = date - dt.timedelta(days=rng.randint(0, 6))
    rating = rng.choices(RATINGS, weights=RATING_WEIGHTS)[0]
    title_form = rng.random()
    if title_form < 0.65:
        title = question
    elif title_form < 0.85 and claimant.kind != "anonymous":
        says = "say" if claimant.plural else "says"
        title = f"{_capital(claimant.text)} {says} {prop}: what the evidence shows"
    else:
        title = f"Fact check: the claim that {prop}"
    slug = f"{ascii_slug(title, 8)}-{number}"
    seed_path = f"seeds/{slug}.txt"
    alleges = "allege" if claimant.plural else "alleges"
    headline = _capital(rng.choice((
        f"{respondent.short if respondent.kind != 'person' else respondent.text} "
        f"{'rejects' if cast.respondents[0][1] == 'denies' else 'responds to'} claim that {prop}",
        f"Row over claim that {prop}",
        f"{claimant.text} {alleges} {prop}" if claimant.kind != "anonymous" else
        f"Claim that {prop} sparks row",
    )))
    tags = _tags(rng, topic_name)
    draft = rng.random() < DRAFT_SHARE

    lines = [f"# A synthetic brief by bench.corpus (seed {seed}, number {number}).",
             f"title: {scalar(title)}", f"date: {date.isoformat()}"]
    if rng.random() < 0.15:
        lines.append(f"updated: {(date + dt.timedelta(days=rng.randint(1, 60))).isoformat()}")
    lines.append("authors:")
    lines += [f"  - {scalar(a)}" for a in rng.sample(v.AUTHORS, rng.choice((1, 1, 1, 2)))]
    lines.append("tags:")
    lines += [f"  - {scalar(tag)}" for tag in tags]
    if draft:
        lines.append("draft: true")
    lines += ["", "article:", f"  file: {seed_path}"]
    if rng.random() < 0.9:
        outlet = slots["outlet"]
        lines += text_value("headline", headline, "  ")
        lines.append(f"  outlet: {scalar(outlet)}")
        lines.append(f"  url: https://www.{ascii_slug(outlet)}.example/{published.year}/"
                     f"{published.month:02d}/{ascii_slug(headline, 7)}")
        lines.append(f"  published: {published.isoformat()}")
    if rng.random() < 0.5:
        lines.append("  language: en")

    # The speakers the brief defines itself: the unnamed and the one-off ones, and now and
    # then a shared speaker redefined for this brief (the brief's own definition wins).
    actors = [cast.claimant, *(a for a, _ in cast.respondents), *(s.actor for s, _ in statements)]
    local = list({a.speaker.id: a.speaker for a in actors if a.local}.values())
    if rng.random() < 0.03 and respondent.kind == "person":
        local.append(Speaker(respondent.id, respondent.name, "person",
                             role=f"former {respondent.role}", affiliation=respondent.affiliation))
    if local:
        lines += ["", "speakers:"]
        for speaker in local:
            lines += speaker.yaml("  ")

    lines += ["", "claim:", f"  by: {claimant.id}"]
    lines += text_value("summary", claim_summary, "  ")
    lines += quote_items(claim_quotes, "  ")
    lines += ["", "responses:"]
    for actor, stance, found in answers:
        if not found:
            continue
        who = _capital(actor.speaker.text)
        lines += [f"  - by: {actor.speaker.id}", f"    stance: {stance}"]
        lines += text_value("summary", rng.choice(v.STANCE_SUMMARIES[stance]).format(who=who),
                            "    ")
        lines += quote_items(found, "    ")
    written = [(s, found) for s, found in statements if found]
    if written:
        lines += ["", "statements:"]
        for statement, found in written:
            lines.append(f"  - by: {statement.actor.speaker.id}")
            if statement.side:
                lines.append(f"    side: {statement.side}")
            if statement.note:
                lines += text_value("note", statement.note, "    ")
            lines += quote_items(found, "    ")

    lines += ["", "sources:"]
    for form in rng.sample(v.SOURCE_FORMS, rng.randint(1, 4)):
        title_text, publisher, note = (slots.fill(x) for x in form.split("|"))
        lines.append(f"  - title: {scalar(title_text)}")
        if rng.random() < 0.7:
            lines.append(f"    url: https://{ascii_slug(publisher) or 'source'}.example/"
                         f"{ascii_slug(title_text)}")
        lines.append(f"    publisher: {scalar(_capital(publisher))}")
        if rng.random() < 0.6:
            lines.append(f"    date: {published - dt.timedelta(days=rng.randint(0, 400))}")
        if rng.random() < 0.7:
            lines += text_value("note", note, "    ")

    verdict = rng.choice(v.VERDICT_SUMMARIES[rating])
    lines += ["", "verdict:", f"  rating: {rating}"]
    lines += text_value("summary", verdict, "  ")
    body = _verdict_body(rng, slots, cast.claimant, prop, verdict, rating, rich)
    lines += ["  body: |", *(f"    {line}" if line else "" for line in body.split("\n"))]

    if rng.random() < 0.09:
        lines += ["", "corrections:"]
        for _ in range(rng.choice((1, 1, 1, 2))):
            when = date + dt.timedelta(days=rng.randint(1, 120))
            lines.append(f"  - date: {when.isoformat()}")
            lines += text_value("note", slots.fill(rng.choice(v.CORRECTION_NOTES)), "    ")

    info = BriefInfo(slug, title, date, tags, draft, rating, verdict, seed_path)
    return Brief(info, story.text, "\n".join(lines) + "\n")


def _pasted(rng: random.Random, quote: str) -> str:
    """A quote as an editor pastes it: now and then with straight quote marks."""
    return quote.translate(_STRAIGHTEN) if rng.random() < 0.3 else quote


_ZIPF_TOPIC = {topic: zipf_cumulative(len(tags)) for topic, tags in v.TOPIC_TAGS.items()}
_ZIPF_GENERAL = zipf_cumulative(len(v.GENERAL_TAGS))


def _tags(rng: random.Random, topic: str) -> tuple[str, ...]:
    tags = [v.TOPIC_LABELS[topic]]
    pool = v.TOPIC_TAGS[topic]
    for tag in rng.choices(pool, cum_weights=_ZIPF_TOPIC[topic], k=rng.randint(1, 4)):
        if tag not in tags:
            tags.append(tag)
    if rng.random() < 0.35:
        tags.append(rng.choices(v.GENERAL_TAGS, cum_weights=_ZIPF_GENERAL)[0])
    if rng.random() < 0.3:
        tags.append(rng.choice(v.COUNTRIES))
    return tuple(dict.fromkeys(tags))


def _verdict_body(rng: random.Random, slots: Slots, claimant: Actor, prop: str, summary: str,
                  rating: str, rich: bool = False) -> str:
    f = slots.fill
    who = _capital(claimant.speaker.text)
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


# --- The project ----------------------------------------------------------------------------


CONFIG = """\
# A synthetic desk written by bench.corpus for briefgen's scale benchmark.
title: Synthetic fact-check desk
description: Invented claims about invented people, checked at scale.
language: en
base_url: https://desk.example/checks/
publisher:
  name: The synthetic desk
  url: https://desk.example/
"""


def write_project_files(out: Path, seed: int, briefs: int) -> Pool:
    """briefgen.yaml, speakers.yaml and pages/: everything but the briefs and articles."""
    pool = speaker_pool(seed, pool_size(briefs))
    (out / "briefs").mkdir(parents=True, exist_ok=True)
    (out / "seeds").mkdir(exist_ok=True)
    (out / "pages").mkdir(exist_ok=True)
    (out / "briefgen.yaml").write_text(CONFIG, encoding="utf-8")
    lines = ["# Speakers shared by every brief (bench.corpus, seed "
             f"{seed}, {len(pool.speakers)} speakers)."]
    for speaker in pool.speakers:
        lines += speaker.yaml("")
    (out / "speakers.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, text in v.PAGES.items():
        (out / "pages" / name).write_text(text, encoding="utf-8")
    return pool


def _write(path: Path, text: str) -> None:
    """Path.write_text, without the text layer: a third of the time on 50,000 small files."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(fd, data):]
    finally:
        os.close(fd)


def write_brief(out: Path, brief: Brief) -> None:
    _write(out / brief.info.seed, brief.article)
    _write(out / "briefs" / f"{brief.info.slug}.yaml", brief.yaml)


def generate(out: Path, briefs: int, seed: int = 1) -> list[BriefInfo]:
    """Write a whole project of ``briefs`` briefs into ``out``; returns what was written."""
    pool = write_project_files(out, seed, briefs)
    infos = []
    for number in range(1, briefs + 1):
        brief = make_brief(seed, number, pool)
        write_brief(out, brief)
        infos.append(brief.info)
    return infos


def add_brief(out: Path, corpus_size: int, seed: int = 1) -> BriefInfo:
    """Add the next brief (number corpus_size + 1) to a corpus generated with this seed."""
    pool = speaker_pool(seed, pool_size(corpus_size))
    brief = make_brief(seed, corpus_size + 1, pool)
    write_brief(out, brief)
    return brief.info


def edit_brief(path: Path) -> None:
    """A harmless, valid edit of a generated brief: its title gains a word."""
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("title: "))
    value = lines[index].removeprefix("title: ")
    title = json.loads(value) if value.startswith('"') else value
    lines[index] = f"title: {scalar(title + ' (updated)')}"
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split(
        "\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUT_DIR", help="the project folder to write")
    parser.add_argument("--briefs", type=int, required=True, metavar="N",
                        help="how many briefs (and articles) to write")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (default 1)")
    parser.add_argument("--force", action="store_true",
                        help="replace a corpus already in OUT_DIR")
    args = parser.parse_args(argv)
    if args.briefs < 1:
        parser.error("--briefs must be at least 1")
    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        if not args.force:
            parser.error(f"{out} is not empty; use --force to replace the corpus in it")
        for name in GENERATED:
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    start = time.perf_counter()
    infos = generate(out, args.briefs, args.seed)
    seconds = time.perf_counter() - start
    drafts = sum(i.draft for i in infos)
    print(f"Wrote {len(infos):,} briefs ({drafts:,} drafts) to {out} in {seconds:.1f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
