"""Filling an article's templates: numbers, places, organisations, drawn once or at every use."""

from __future__ import annotations

import random

from .. import vocab as v

# The whole numbers a template may ask for, each drawn from its range.
_RANGES = {"pct": (3, 45), "n": (12, 950), "year": (2006, 2018), "months": (2, 9),
           "small": (2, 9), "km": (2, 6), "years": (10, 60), "turnout": (41, 79),
           "support": (18, 47), "debt": (38, 112), "coverage": (71, 97)}


def _number(rng: random.Random, name: str) -> str | None:
    r = rng.randint
    if name in _RANGES:
        return str(r(*_RANGES[name]))
    if name == "k":
        return f"{r(2, 95)},{r(0, 999):03d}"
    if name == "amount":
        return str(r(3, 480)) if rng.random() < 0.7 else f"{r(1, 99)}.{r(1, 9)}"
    if name == "bn":
        return f"{r(1, 60)}.{r(1, 9)}"
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
