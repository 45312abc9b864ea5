"""Where each page lives in the site, and how a page links back to the site's root."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from briefgen.model import Brief, Page, Rating, Speaker
from briefgen.render.structure import Month, Tag


def site_prefix(base_url: str) -> str:
    """The path the site lives under when hosted, e.g. "/checks/" for .../checks/."""
    path = urlsplit(base_url).path if base_url else "/"
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


def relative_root(page: str) -> str:
    """The prefix from a page back to the site root, e.g. "../../" for briefs/x/index.html."""
    depth = page.count("/")
    return "../" * depth


def brief_path(brief: Brief) -> str:
    return brief_page(brief.slug)


def brief_page(slug: str) -> str:
    """Where the page of the brief ``slug`` is in the site."""
    return f"briefs/{slug}/index.html"


def page_path(page: Page) -> str:
    return f"{page.slug}/index.html"


def speaker_path(speaker: Speaker) -> str:
    return f"speakers/{speaker.id}/index.html"


def tag_path(tag: Tag) -> str:
    return f"tags/{tag.slug}/index.html"


def month_path(month: Month) -> str:
    return f"archive/{month.slug}/index.html"


def rating_path(rating: Rating) -> str:
    return f"ratings/{rating.id}/index.html"


DESK_FIGURES = "figures/index.html"  # the figures of every brief together
METHODOLOGY = "methodology"  # the slug of the page that gets the section "How we measure"
FEED = "feeds/briefs.xml"
FEED_SIZE = 20
EPOCH = dt.date(1970, 1, 1)  # "last updated" of a site with nothing in it: fixed, not today


def tag_feed_path(tag: Tag) -> str:
    return f"feeds/tags/{tag.slug}.xml"
