"""The few patterns of the detector that are the same in every language: capitals, acronyms,
brackets, datelines. The rules share them; each language's words are in LANG.toml."""

from __future__ import annotations

import re

# Any capital letter of the Latin and Cyrillic scripts: names start with one.
_UPPER = "".join(sorted({chr(c) for c in (*range(0x41, 0x250), *range(0x400, 0x530))
                         if chr(c).isupper()}))
UP = f"[{re.escape(_UPPER)}]"
CAPITAL = re.compile(UP)
_CAPS = "A-ZА-ЯЁІЇЄҐ"  # the capitals of acronyms: "(DPL)", "(АМПУ)"
ACRONYM_AFTER = re.compile(rf"\s*\(([{_CAPS}][{_CAPS}0-9&]{{1,7}})\)")  # matched where a name ends
ACRONYM_IN_BRACKETS = re.compile(rf"\(([{_CAPS}][{_CAPS}0-9&]{{1,7}})\)")
ACRONYM_AT_END = re.compile(rf"\(([{_CAPS}][{_CAPS}0-9&]{{1,7}})\)\s*$")
BRACKETS_AT_END = re.compile(r"\s*\([^)]*\)\s*$")
# "WASHINGTON, Jan. 5 — ", "КИЇВ, 2 жовтня — ", "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ — ", with a news
# agency after it: "RENO, Nev. (AP) — ", "Mexico City (AFP) – ", "Dec 29 (Reuters) - "
DATELINE = re.compile(r"^(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÞА-ЯЁІЇЄҐ .’'-]*[A-ZÀ-ÞА-ЯЁІЇЄҐ.]"
                      r"(?:,\s+[A-ZА-ЯЁІЇЄҐ0-9][\w .]*?)?(?:\s+\([A-Z][A-Za-z]{1,12}\))?"
                      # (the lookahead, one quick pass, rules out most sentences at once)
                      r"|(?=[^(\n]{2,32}\()[A-ZА-ЯЁІЇЄҐ][\w .,]{0,30}?\s\([A-Z][A-Za-z]{1,12}\))"
                      r"\s+[—–―-]+\s+")
LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
PHRASE_BREAK = re.compile(r"[,;:()—–.“”\"]")
MARKUP = re.compile(r"[`|*_\[\]{}<>=]")  # markdown or a table is no one's name
POSSESSIVE_START = re.compile(r"^[\w\-]+[’']s\b")
