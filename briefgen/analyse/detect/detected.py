"""What the detector reports: one ``DetectedStatement`` per attributed statement."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.model import Quote

# briefgen's speaker kinds (schema.SPEAKER_KINDS), plus words credited to nobody.
KINDS = ("person", "organization", "government", "group", "anonymous", "vague", "unattributed")
STANCES = ("neutral", "endorsing", "doubting", "loaded")
MODES = ("direct", "indirect", "mixed")


@dataclass(frozen=True, slots=True)
class DetectedStatement:
    """One attributed statement: a source reported to have said, written or believed something.

    ``sentence`` covers whole sentences: every sentence from the first holding the statement's
    quotation or attribution to the last (a quotation may run over several). Two statements in
    one sentence share it. ``verb`` is "" for a quotation that continues a speaker's words in a
    new paragraph, and ``speaker`` is "" when there is no source ("it is widely believed").
    """

    sentence: Quote
    speaker: str  # the source as written: "he", "the company", "Dmitry Peskov"
    resolved: str  # who that is: "Dmitry Peskov"; a description as written when unnamed
    kind: str  # one of KINDS
    verb: str  # as written: "said", "told", "pointed out", "according to", "declined to comment"
    stance: str  # one of STANCES, from the verb
    mode: str  # "direct", "indirect" or "mixed"
    quotes: tuple[Quote, ...] = ()  # the quoted words, without the quotation marks
    role: str = ""  # an apposition or title: "the Kremlin’s spokesperson"
    speaker_id: str | None = None  # the id from ``speakers`` the source matches, if any
    speaker_span: tuple[int, int] | None = None
    verb_span: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end

    @property
    def quote(self) -> str:
        """The quoted words as one string, pieces joined with " … "."""
        return " … ".join(q.text for q in self.quotes)
