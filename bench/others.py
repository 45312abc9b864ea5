"""Pelican and Hugo, for comparison: finding them, writing their projects from a corpus's
articles, and timing a cold build of each."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import corpus
from .measure import Measure, failure, run_measured

PAGE_SIZE = 20  # briefgen's default page_size, given to Pelican and Hugo too



@dataclass(frozen=True)
class Tool:
    name: str
    command: tuple[str, ...]
    version: str


def find_pelican() -> Tool | str:
    """Pelican, run by this interpreter when it can import it, else from PATH; or why not."""
    if importlib.util.find_spec("pelican") is not None:
        if importlib.util.find_spec("markdown") is None:
            return "pelican is installed but markdown is not (pip install markdown)"
        command: tuple[str, ...] = (sys.executable, "-m", "pelican")
    elif shutil.which("pelican"):
        command = (shutil.which("pelican") or "pelican",)
    else:
        return "not installed (pip install pelican markdown)"
    return Tool("pelican", command, _version([*command, "--version"]))


def find_hugo() -> Tool | str:
    hugo = shutil.which("hugo")
    if not hugo:
        return "not installed (apt-get install hugo)"
    return Tool("hugo", (hugo,), _version([hugo, "version"]))


def _version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    words = (done.stdout or done.stderr).split()
    return next((w for w in words if re.match(r"v?\d+\.\d+", w)), words[0] if words else "?")


def _article_markdown(root: Path, info: corpus.BriefInfo) -> str:
    """The brief's article as Markdown: the verdict, then its paragraphs."""
    text = (root / info.seed).read_text(encoding="utf-8")
    paragraphs = "\n\n".join(p for p in text.split("\n") if p.strip())
    return f"**Rating: {info.rating}.** {info.summary}\n\n{paragraphs}\n"


PELICAN_CONF = f"""\
AUTHOR = "The synthetic desk"
SITENAME = "Synthetic fact-check desk"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = {PAGE_SIZE}
ARTICLE_URL = "briefs/{{slug}}/"
ARTICLE_SAVE_AS = "briefs/{{slug}}/index.html"
FEED_DOMAIN = "https://desk.example"
FEED_ALL_ATOM = "feeds/all.atom.xml"
TAG_FEED_ATOM = "feeds/tags/{{slug}}.atom.xml"
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
"""


def write_pelican_project(root: Path, infos: Sequence[corpus.BriefInfo], target: Path) -> None:
    content = target / "content"
    content.mkdir(parents=True)
    (target / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    for info in infos:
        head = [f"Title: {info.title}", f"Date: {info.date.isoformat()}", f"Slug: {info.slug}",
                f"Category: {info.tags[0]}", f"Tags: {', '.join(info.tags)}",
                f"Summary: {info.summary}"]
        if info.draft:
            head.append("Status: draft")
        (content / f"{info.slug}.md").write_text(
            "\n".join(head) + "\n\n" + _article_markdown(root, info), encoding="utf-8")


HUGO_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify }}"></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>
BODY
</main>
</body>
</html>
"""
HUGO_SINGLE = """<article><h1>{{ .Title }}</h1>
<p><time>{{ .Date.Format "2 January 2006" }}</time></p>
<ul>{{ range .Params.tags }}
<li><a href="{{ (printf "tags/%s/" (. | urlize)) | relURL }}">{{ . }}</a></li>
{{ end }}</ul>
{{ .Content }}
</article>"""
HUGO_LIST = """<h1>{{ .Title }}</h1>
<ol>{{ range .Paginator.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>
{{ end }}</ol>
{{ template "_internal/pagination.html" . }}"""
HUGO_HOME = """<h1>{{ .Site.Title }}</h1>
<ol>{{ range (.Paginate .Site.RegularPages).Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary }}</li>
{{ end }}</ol>
{{ template "_internal/pagination.html" . }}"""
HUGO_TERMS = """<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>"""


def _hugo_version(tool: Tool) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", tool.version)[:3]
    return tuple(int(n) for n in numbers) or (0,)


def write_hugo_project(root: Path, infos: Sequence[corpus.BriefInfo], target: Path,
                       tool: Tool) -> None:
    content = target / "content" / "briefs"
    content.mkdir(parents=True)
    # Hugo 0.128 moved `paginate` into [pagination]; older versions know only the former.
    paging = (f"[pagination]\npagerSize = {PAGE_SIZE}\n" if _hugo_version(tool) >= (0, 128)
              else f"paginate = {PAGE_SIZE}\n")
    (target / "config.toml").write_text(
        'baseURL = "https://desk.example/"\nlanguageCode = "en"\n'
        'title = "Synthetic fact-check desk"\nbuildFuture = true\n' + paging, encoding="utf-8")
    layouts = target / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name, body in (("single.html", HUGO_SINGLE), ("list.html", HUGO_LIST),
                       ("terms.html", HUGO_TERMS)):
        (layouts / name).write_text(HUGO_PAGE.replace("BODY", body), encoding="utf-8")
    (target / "layouts" / "index.html").write_text(HUGO_PAGE.replace("BODY", HUGO_HOME),
                                                   encoding="utf-8")
    for info in infos:
        front = ["---", f"title: {json.dumps(info.title, ensure_ascii=False)}",
                 f"date: {info.date.isoformat()}", f"slug: {info.slug}",
                 f"tags: {json.dumps(list(info.tags), ensure_ascii=False)}",
                 f"summary: {json.dumps(info.summary, ensure_ascii=False)}",
                 f"draft: {'true' if info.draft else 'false'}", "---", ""]
        (content / f"{info.slug}.md").write_text(
            "\n".join(front) + _article_markdown(root, info), encoding="utf-8")


def find_others() -> tuple[list[Tool], dict[str, str]]:
    """The tools found, and why each of the others was skipped."""
    tools: list[Tool] = []
    skipped: dict[str, str] = {}
    for found in (find_pelican(), find_hugo()):
        if isinstance(found, Tool):
            tools.append(found)
        else:
            skipped["pelican" if "pelican" in found else "hugo"] = found
    return tools, skipped


def write_project(tool: Tool, root: Path, infos: Sequence[corpus.BriefInfo],
                  target: Path) -> None:
    """The tool's project in ``target``, with the articles of the corpus in ``root``."""
    if tool.name == "pelican":
        write_pelican_project(root, infos, target)
    else:
        write_hugo_project(root, infos, target, tool)


def other_build(tool: Tool, project: Path) -> Measure:
    if tool.name == "pelican":
        command = [*tool.command, "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
        output = project / "output"
    else:
        command = [*tool.command, "--source", str(project), "--destination",
                   str(project / "public"), "--quiet"]
        output = project / "public"
    run = run_measured(command, cwd=project)
    if run.code != 0:
        raise failure(f"{tool.name} build", run)
    pages = sum(1 for _ in output.rglob("*.html")) if output.is_dir() else 0
    if not pages:
        raise failure(f"{tool.name} build (wrote no pages)", run)
    return Measure(tool.name, "cold build", run.seconds, run.peak_mib, run.cpu, run.tree_mib,
                   pages=pages)
