"""Speakers: the pool that recurs across briefs (speakers.yaml), and the ones a brief defines
itself (experts, unnamed groups, anonymous sources)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import vocab as v
from .shape import TOPICS, zipf_cumulative
from .slots import Slots
from .text import ascii_slug, capital, scalar


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


def person_name(rng: random.Random) -> tuple[str, str]:
    """A full name and the part a news article refers back with."""
    given, family, order = v.NAMES[rng.choice(tuple(v.NAMES))]
    first, last = rng.choice(given), rng.choice(family)
    if order == "family":
        return f"{last} {first}", last
    if order == "vietnamese":
        return f"{last} {first}", first.split()[-1]
    return f"{first} {last}", last


# --- The shared pool ------------------------------------------------------------------------


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


def _organisation_text(rng: random.Random, slot: str, kind: str, names: tuple[str, ...]
                       ) -> str:
    """One draw of an organisation's name, as an article says it mid-sentence."""
    country = rng.choice(v.COUNTRIES)
    if slot == "company":
        return f"{rng.choice(v.COMPANY_STEMS)} {rng.choice(v.COMPANY_KINDS)}"
    text = rng.choice(names).format(city=rng.choice(v.CITIES), country=country)
    if kind == "government" or slot in ("federation", "union", "party", "ngo"):
        text = f"{text} of {country}" if text.startswith("the ") and rng.random() < (
            0.8 if kind == "government" else 0.3) else text
    return text


@dataclass(slots=True)
class _Roster:
    """The pool while it is drawn: its speakers so far, and the ids and names they took."""

    rng: random.Random
    speakers: list[Speaker] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)

    def unique_id(self, name: str) -> str:
        base = ascii_slug(name, 6) or "speaker"
        candidate, number = base, 1
        while candidate in self.ids:
            number += 1
            candidate = f"{base}-{number}"
        self.ids.add(candidate)
        return candidate

    def add_organisation(self, topic: str, slot: str, kind: str, names: tuple[str, ...]
                         ) -> None:
        rng = self.rng
        for _ in range(50):
            text = _organisation_text(rng, slot, kind, names)
            if text not in self.texts:
                break
        self.texts.add(text)
        name = capital(text)
        url = f"https://www.{ascii_slug(text)}.example/" if rng.random() < 0.5 else ""
        self.speakers.append(Speaker(self.unique_id(name), name, kind, url=url, topic=topic,
                                     text=text,
                                     short=_SHORT[slot] if text.startswith("the ") else text,
                                     slot=slot))

    def add_government(self, topic: str) -> None:
        """The topic's government, as a speaker of its own (unless another topic has it)."""
        country = self.rng.choice(v.COUNTRIES)
        text = f"the government of {country}"
        if text not in self.texts:
            self.texts.add(text)
            self.speakers.append(Speaker(self.unique_id(text), capital(text), "government",
                                         topic=topic, text=text, short="the government",
                                         slot="government"))

    def add_person(self, orgs: list[Speaker]) -> None:
        rng = self.rng
        topic = rng.choice(TOPICS)
        role, where = rng.choice(v.ROLES[topic])
        if where == "government":
            affiliation = f"Government of {rng.choice(v.COUNTRIES)}"
        else:
            options = [o for o in orgs if o.topic == topic and o.slot == where]
            affiliation = rng.choice(options).text if options else ""
        name, short = person_name(rng)
        appositive = f"{role} of {affiliation}" if affiliation and where != "government" else (
            f"the {role}")
        if rng.random() < 0.3:
            appositive = f"the {appositive}" if not appositive.startswith("the ") else appositive
        url = f"https://people.example/{ascii_slug(name)}" if rng.random() < 0.15 else ""
        self.speakers.append(Speaker(self.unique_id(name), name, "person", role=role,
                                     affiliation=capital(affiliation), url=url, topic=topic,
                                     text=name, short=short, appositive=appositive))


def speaker_pool(seed: int, size: int) -> Pool:
    rng = random.Random(f"{seed}:pool:{size}")
    roster = _Roster(rng)
    organisations = max(24, size * 2 // 5)
    # Every topic gets at least one organisation of every slot, then more by share.
    for topic, slots in _ORG_KINDS.items():
        for slot, kind, _, names in slots:
            roster.add_organisation(topic, slot, kind, names)
    plan = [(topic, slot) for topic, slots in _ORG_KINDS.items()
            for slot, _, share, _ in slots for _ in range(share)]
    while len(roster.speakers) < organisations:
        topic, slot = rng.choice(plan)
        _, kind, _, names = next(s for s in _ORG_KINDS[topic] if s[0] == slot)
        roster.add_organisation(topic, slot, kind, names)
    orgs = list(roster.speakers)
    for topic in TOPICS:
        roster.add_government(topic)
    while len(roster.speakers) < size:
        roster.add_person(orgs)
    return Pool(roster.speakers)


# --- Speakers a brief defines itself --------------------------------------------------------


_LOCAL_PEOPLE_ROLES = ("a professor of {field} at the University of {city}",
                       "a researcher at the {city} Institute for {field_title}",
                       "a former adviser to the government", "a resident of {city}",
                       "a lecturer in {field} in {city}")


def local_person(rng: random.Random, slots: Slots, taken: set[str], topic: str) -> Speaker:
    name, short = person_name(rng)
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


def local_group(line: str, kind: str, slots: Slots, taken: set[str]) -> Speaker | None:
    parts = line.split("|")
    name, text = parts[0], slots.fill(parts[1])
    short = slots.fill(parts[2]) if len(parts) > 2 else text
    ident = ascii_slug(name, 5) or kind
    if ident in taken:
        return None  # one statement per unnamed group is enough
    return Speaker(ident, name, kind, text=text, short=short, plural=True)


def anonymous(rng: random.Random, taken: set[str]) -> Speaker | None:
    name, text = rng.choice(v.ANONYMOUS_SPEAKERS).split("|")
    ident = ascii_slug(name.replace("(anonymous)", ""), 4)
    if ident in taken:
        return None
    short = "the " + text.removeprefix("a ").removeprefix("an ").split(",")[0].split(" who ")[0]
    short = short.removesuffix(" familiar with the matter").removesuffix(" close to the "
                                                                         "investigation")
    return Speaker(ident, name, "anonymous", text=text, short=short)
