"""What `briefgen init` leaves for the desk to fill in, each a warning until it is: the starter
pages' placeholders, and where the publishing workflow installs briefgen from."""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.diagnostics import Mark, Report

# A placeholder in a starter page: visible on the site as it is, and easy to search for.
PLACEHOLDER = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)
# Code, in which a page may show the notation itself: fenced blocks and `inline` spans.
_CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]+`", re.DOTALL | re.MULTILINE)
# requirements.txt's line when `init` could not tell where briefgen was installed from. Not a
# requirement pip can read: a workflow run stops there rather than install some other package.
PIN_PLACEHOLDER = "<fill in"
REQUIREMENTS_FILE = "requirements.txt"
_SHOWN = 60  # characters of a placeholder quoted in its warning


def check_placeholders(path: Path, text: str, report: Report) -> None:
    """A warning for each [[placeholder]] left in a page, outside code."""
    prose = _CODE.sub(lambda code: re.sub(r"[^\n]", " ", code[0]), text)  # positions kept
    for found in PLACEHOLDER.finditer(prose):
        before = text[:found.start()]
        mark = Mark(before.count("\n") + 1, found.start() - before.rfind("\n"))
        words = " ".join(found[1].split())
        shown = words if len(words) <= _SHOWN else words[:_SHOWN - 1].rstrip() + "…"
        report.warning(path, mark, f"placeholder text not replaced yet: [[{shown}]]",
                       "write your own text in its place: until then the site shows it as it is")


def check_workflow_pin(root: Path, report: Report) -> None:
    """A warning while requirements.txt does not say where the workflow installs briefgen from."""
    path = root / REQUIREMENTS_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return  # a desk may publish without the workflow `init` wrote
    for number, line in enumerate(lines, 1):
        if line.startswith(PIN_PLACEHOLDER):
            report.warning(path, Mark(number, 1), "the publishing workflow does not know where "
                           "to install briefgen from, so it will stop here",
                           "replace this line with where it can install briefgen from, as the "
                           "notes above it say")
