"""Find the attributed statements in a news article: who is reported to say what, and how.

The detector is ordered rules over the article's own words, with no model and nothing fetched,
so it is fast, deterministic and every decision can be traced to a rule or a word list here.
It runs in four steps:

1. Quotations are found (curly, straight and British single quotes) and their letters masked,
   so that a verb or a name inside a quotation never counts as the frame around it.
2. The text is split into sentences (briefgen.analyse.sentences), joined again where a
   quotation runs over several, and names are collected with their kind, acronym and role
   ("the Kremlin's spokesperson, Dmitry Peskov").
3. In each sentence, reporting verbs and phrases ("said", "according to", "pointed out",
   "is seen by experts as") count only with a complement a statement needs ("that…", a
   quotation, a tag after a quotation, an object for "denied") and a source.
4. Each source is classified (briefgen's speaker kinds) and resolved: a pronoun, a role or a
   surname to the person named earlier, an acronym to the organisation.

``detect`` is the public entry point; everything else is private.
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from briefgen.analyse.sentences import split_sentences
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


def detect(text: str, speakers: Mapping[str, Sequence[str]] | None = None
           ) -> tuple[DetectedStatement, ...]:
    """Every attributed statement in ``text``, in order.

    ``speakers`` maps known speaker ids to their names and aliases, ``{id: (name, alias…)}``
    (e.g. a brief's speakers); a statement whose source matches one gets its ``speaker_id``,
    and the names help resolve surnames the article never spells out.
    """
    return _Detector(text, speakers or {}).run()


# ----------------------------------------------------------------------------------------------
# Word lists. Lower case unless noted.


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NEUTRAL, _ENDORSING, _DOUBTING, _LOADED = STANCES

# How a verb must be followed to report a statement. T: "that", Q: a quotation or a colon,
# G: a tag ("…,” she added."), B: a bare clause ("said the plan had failed"), O: an object
# ("denied the claim"), A: an object and "as", C: an object and a quotation (called it
# “absurd”), F: an object and "of", I: "to" (claimed to have), W: "whether"/"why"…, S: "see",
# only for analysts and the like, *: anything (say, tell). Verbs that also name things ("the
# claims", "a note") are told apart by what precedes them.
_VERBS: dict[str, tuple[str, str, str]] = {}  # form -> (lemma, stance, complements)


def _verbs(stance: str, needs: str, *forms: str) -> None:
    for form in forms:
        _VERBS[form] = (forms[0], stance, needs)


_verbs(_NEUTRAL, "*", "say", "says", "said", "saying")
_verbs(_NEUTRAL, "*", "tell", "tells", "told", "telling")
_verbs(_NEUTRAL, "TQG", "stated")
_verbs(_NEUTRAL, "TQG", "add", "adds", "added", "adding")
_verbs(_NEUTRAL, "TQGB", "write", "writes", "wrote", "writing")
_verbs(_NEUTRAL, "TQG", "report", "reports", "reported")
_verbs(_NEUTRAL, "TQG", "announce", "announces", "announced")
_verbs(_NEUTRAL, "A", "describe", "describes", "described", "describing")
_verbs(_NEUTRAL, "C", "call", "calls", "called", "calling")
_verbs(_NEUTRAL, "QGW", "ask", "asks", "asked")
_verbs(_NEUTRAL, "TQG", "reply", "replies", "replied")
_verbs(_NEUTRAL, "TQG", "respond", "responds", "responded")
_verbs(_NEUTRAL, "TQG", "remark", "remarks", "remarked")
_verbs(_NEUTRAL, "TQG", "warn", "warns", "warned", "warning")
_verbs(_NEUTRAL, "TQGB", "suggest", "suggests", "suggested")
_verbs(_NEUTRAL, "TQGIO", "urge", "urges", "urged")
_verbs(_NEUTRAL, "TO", "recommend", "recommends", "recommended")
_verbs(_NEUTRAL, "O", "welcome", "welcomes", "welcomed")
_verbs(_NEUTRAL, "TQG", "demand", "demands", "demanded")
_verbs(_NEUTRAL, "TB", "believe", "believes", "believed")
_verbs(_NEUTRAL, "TB", "think", "thinks", "thought")
_verbs(_NEUTRAL, "TI", "expect", "expects", "expected")
_verbs(_NEUTRAL, "S", "see", "sees")
_verbs(_NEUTRAL, "TBG", "predict", "predicts", "predicted")
_verbs(_NEUTRAL, "TBG", "estimate", "estimates", "estimated")
_verbs(_NEUTRAL, "TB", "fear", "fears", "feared")
_verbs(_NEUTRAL, "TQG", "comment", "comments", "commented")
_verbs(_NEUTRAL, "TQG", "declare", "declares", "declared")
_verbs(_NEUTRAL, "QG", "continue", "continued")
_verbs(_NEUTRAL, "TQG", "recall", "recalls", "recalled")
_verbs(_NEUTRAL, "TQG", "complain", "complains", "complained")
_verbs(_NEUTRAL, "TI", "promise", "promises", "promised")
_verbs(_NEUTRAL, "TI", "pledge", "pledges", "pledged")
_verbs(_NEUTRAL, "TI", "vow", "vows", "vowed")
_verbs(_NEUTRAL, "TG", "testify", "testified")
_verbs(_NEUTRAL, "T", "conclude", "concludes", "concluded")
_verbs(_ENDORSING, "TQG", "note", "notes", "noted", "noting")
_verbs(_ENDORSING, "TQGO", "confirm", "confirms", "confirmed", "confirming")
_verbs(_ENDORSING, "TQGW", "explain", "explains", "explained", "explaining")
_verbs(_ENDORSING, "TQG", "emphasise", "emphasises", "emphasised", "emphasising")
_verbs(_ENDORSING, "TQG", "emphasize", "emphasizes", "emphasized", "emphasizing")
_verbs(_ENDORSING, "TQG", "stress", "stresses", "stressed", "stressing")
_verbs(_ENDORSING, "TQG", "observe", "observes", "observed")
_verbs(_ENDORSING, "TQG", "clarify", "clarifies", "clarified")
_verbs(_ENDORSING, "T", "reveal", "reveals", "revealed")
_verbs(_ENDORSING, "T", "show", "shows", "showed")
_verbs(_ENDORSING, "T", "find", "finds", "found")
_verbs(_ENDORSING, "T", "highlight", "highlights", "highlighted")
_verbs(_ENDORSING, "T", "underline", "underlines", "underlined")
_verbs(_ENDORSING, "T", "underscore", "underscores", "underscored")
_verbs(_DOUBTING, "TQGBI", "claim", "claims", "claimed", "claiming")
_verbs(_DOUBTING, "TQGB", "allege", "alleges", "alleged", "alleging")
_verbs(_DOUBTING, "TQGB", "insist", "insists", "insisted", "insisting")
_verbs(_DOUBTING, "TQGB", "assert", "asserts", "asserted", "asserting")
_verbs(_DOUBTING, "TQGB", "argue", "argues", "argued", "arguing")
_verbs(_DOUBTING, "TG", "contend", "contends", "contended")
_verbs(_DOUBTING, "TG", "maintain", "maintains", "maintained")
_verbs(_LOADED, "TQGO", "admit", "admits", "admitted", "admitting")
_verbs(_LOADED, "TQGO", "acknowledge", "acknowledges", "acknowledged")
_verbs(_LOADED, "TQGO", "concede", "concedes", "conceded")
_verbs(_LOADED, "TQGO", "deny", "denies", "denied", "denying")
_verbs(_LOADED, "O", "refute", "refutes", "refuted")
_verbs(_LOADED, "O", "reject", "rejects", "rejected", "rejecting")
_verbs(_LOADED, "O", "dismiss", "dismisses", "dismissed", "dismissing")
_verbs(_LOADED, "TO", "dispute", "disputes", "disputed")
_verbs(_LOADED, "F", "accuse", "accuses", "accused", "accusing")
_verbs(_LOADED, "TO", "confess", "confesses", "confessed")

# Phrases, tried before single words: (pattern, lemma, stance, complements).
_PHRASES = (
    (r"[Aa]ccording to", "according to", _NEUTRAL, "*"),
    (r"point(?:s|ed|ing)? out", "point out", _ENDORSING, "TQG"),
    (r"(?:declin|refus)(?:e|es|ed|ing) to (?:comment|discuss|elaborate|say|confirm|answer"
     r"|respond|give details|be drawn|be interviewed)", "decline to comment", _NEUTRAL, "*"),
    (r"call(?:s|ed|ing)? (?:for|on)", "call for", _NEUTRAL, "O"),
)
_PASSIVE_AGENT = {  # "is seen by experts as": the participle and its stance
    "seen": _NEUTRAL, "viewed": _NEUTRAL, "regarded": _NEUTRAL, "considered": _NEUTRAL,
    "described": _NEUTRAL, "welcomed": _NEUTRAL, "praised": _NEUTRAL,
    "questioned": _DOUBTING, "challenged": _DOUBTING, "criticised": _LOADED,
    "criticized": _LOADED, "condemned": _LOADED, "dismissed": _LOADED, "disputed": _LOADED,
    "denied": _LOADED, "rejected": _LOADED,
}
# "it is widely believed that": belief with no source (not "expected": "the deal is
# expected to close" is the writer's own forecast).
_AGENTLESS = ("believed", "thought", "understood", "rumoured", "rumored", "said", "alleged",
              "claimed", "reported", "feared")

_AUX = _set("""is are was were be been being am has have had having will would shall should can
could may might must do does did""")
_BE = _set("""is are was were be been being am""")
_IRREGULAR_PARTICIPLES = _set("""told found shown thought said seen written known""")
_DETERMINERS = _set("""the a an this that these those such his her its their our my your any no
every each another either neither""")
_PREPOSITIONS = _set("""of in on at by for with from to about into over after before during without
within across among between under against despite toward towards via per upon through throughout
amid around behind beyond near since until""")
_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "it": "n", "they": "p",
             "them": "p"}
_RELATIVES = _set("""who whom which whose""")
_QUANTIFIERS = _set("""one two three four five several some many most all both few none each either
neither""")
_CONNECTIVES = re.compile(
    r"^(?:(?:however|but|and|or|moreover|meanwhile|still|yet|so|also|instead|separately|now"
    r"|earlier|later|today|yesterday|indeed|furthermore|nonetheless|nevertheless|then|thus"
    r"|besides|likewise|similarly)\b[\s,]*)+", re.IGNORECASE)
_SUBORDINATORS = re.compile(
    r"\b(?:that|while|whereas|as|because|although|though|when|whenever|after|before|since|if"
    r"|unless|until|where|what|whether|once|than)\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .’'-]*[A-ZÀ-Þ.](?:,\s+[A-Z][\w .]*?)?\s+[—–-]+\s+")
_NOT_ADVERBS = _set("""ally anomaly assembly belly bully butterfly family folly homily italy
jelly jolly july melancholy monopoly rally reply supply tally""")

# A source's head noun decides its kind when there is no name.
_GOVERNMENT_WORDS = _set("""government governments ministry ministries kremlin cabinet presidency
parliament congress senate authorities authority regulator regulators department police army
military council commission administration office embassy court courts tribunal prosecutor’s
prosecutors’ state autorité ministère ministerio bundestag duma knesset junta municipality
prefecture pentagon""")
_GOVERNMENT_NAMES = ("white house", "downing street", "élysée", "elysee", "kremlin", "pentagon")
_INTERNATIONAL = ("european commission", "european union", "united nations", "world health "
                  "organization", "nato", "world bank", "international monetary fund", "imf",
                  "african union", "opec", "unicef", "unesco", "fifa", "uefa", "interpol",
                  "wto", "who")
_ORGANIZATION_WORDS = _set("""company companies firm corporation corp inc ltd plc llc group bank
club fc federation association union league party foundation institute university college
hospital agency alliance partnership organisation organization committee network charity
campaign initiative exchange securities capital research trading mobile power infrastructure
audit advisory biologics holdings motors airlines airways energy pharma pharmaceuticals systems
technologies technology labs media news times post fund trust brokerage maker manufacturer
carrier insurer retailer lender producer team studios press ventures partners consulting foods
industries limited co sa ag gmbh nv spa bhd auditor operator developer body utility cf sc ac afc
real atlético atletico sporting inter athletic rovers wanderers hotspur albion ferries ferry lines
railways railway shipping logistics mining minerals steel oil gas petroleum chemicals electric
telecom telecoms communications insurance financial investments properties construction
engineering automotive aerospace solutions services brands retail stores beverages brewery
textiles cement aviation software digital pharmaceutical laboratories publisher publishers studio
broadcaster newspaper magazine tracker subsidiary conglomerate startup chain outlet platform
website supplier distributor exporter importer refiner miner wholesaler contractor consultancy
coalition movement ngo pollster pt tbk sdn kk srl bv oy ab asa se interactive entertainment
games publishing agro""")
_DOCUMENT_WORDS = _set("""report reports study studies survey statement letter filing note complaint
document documents memo list results data figures analysis review paper ruling decision poll
investigation findings accounts records statistics surveys polls filings minutes forecasts
projections indictment lawsuit affidavit verdict judgment order transcript testimony post
blog tweet release notice bulletin communique communiqué announcement""")
_VAGUE_HEADS = _set("""experts analysts observers critics commentators pundits economists scientists
researchers scholars academics specialists hydrologists epidemiologists virologists lawyers
campaigners activists advocates participants sceptics skeptics detractors opponents supporters
proponents historians strategists many some others most people several few everyone observers""")
# A company or utility owned by the state speaks for government.
_MARKUP = re.compile(r"[`|*_\[\]{}<>=]")  # markdown or a table is no one's name
_STATE_OWNED = _set("state state-owned state-run federal municipal public")
# What is said is not who says it: "the allegations continue…".
_SPEECH_NOUNS = _set("""allegation allegations claim claims accusation accusations denial denials
remark remarks comment comments assertion assertions words rumour rumours rumor rumors
suggestion suggestions criticism warning warnings""")
_COLLECTIVE_PEOPLE = _set("""family couple crew household community jury panel audience crowd
class delegation""")
# People and bodies whose office identifies them even unnamed: "officials said" is a group.
_INSTITUTIONAL_PLURALS = _set("""officials prosecutors governors ministers lawmakers legislators mps
senators diplomats officers investigators inspectors regulators judges negotiators delegates
groups unions clubs clinics hospitals schools parties federations associations agencies
councils authorities residents villagers locals inhabitants employees staff protesters
demonstrators witnesses survivors relatives families neighbours neighbors""")
_ANONYMOUS_HEADS = _set("""source sources insider insiders""")
# An unnamed single "official" is an anonymous source by news convention.
_ANONYMOUS_SINGULAR = _set("""official officer aide diplomat employee person insider staffer
source""")
_SPOKESPEOPLE = _set("""spokesperson spokesman spokeswoman spokespeople representative
representatives""")
_ANONYMITY = re.compile(
    r"anonymity|not (?:to )?be (?:named|identified)|declined to be (?:named|identified)"
    r"|(?:not|un)authori[sz]ed to|familiar with|aware of|with knowledge of|close to|briefed on"
    r"|privy to|speaking privately|on (?:the )?condition", re.IGNORECASE)
_FEMALE_WORDS = _set("""spokeswoman chairwoman businesswoman congresswoman ms mrs miss madam dame
queen princess sister mother""")
_MALE_WORDS = _set("""spokesman chairman businessman congressman mr sir king prince brother
father""")
_ABBREVIATED_ROLES = {"ceo": "chief executive", "cfo": "chief financial officer",
                      "coo": "chief operating officer", "cto": "chief technology officer",
                      "mp": "member of parliament"}

# Names: capitalised words, with the particles of many naming traditions between them.
_UPPER = "".join(sorted({chr(c) for c in range(0x41, 0x250) if chr(c).isupper()}))
_UP = f"[{re.escape(_UPPER)}]"
_COLLECTIVE = (r"(?:People|Children|Women|Men|Workers|Parents|Farmers|Citizens|Teachers"
               r"|Doctors|Nurses|Veterans|Students|Consumers|Fans|Supporters)")
# (Every name has a capital within its first five characters: _name_runs relies on it.)
_NAME_WORD = (rf"(?:{_COLLECTIVE}[’'](?:s)?(?=\s{_UP})|{_UP}[\w\-]*(?:[’']{_UP}[\w\-]*)?"
              rf"|(?:al|el|ad|as|ash|at|az|an|ul|bin|ibn)-{_UP}[\w\-]*)")
_PARTICLE = (r"(?:de|da|dos|das|do|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|bint|al|el"
             r"|y|of|and|for)")
_HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Rev)\."
_NAME_RUN = re.compile(
    rf"(?<![\w#’'\-.])(?:{_HONORIFIC}\s)?{_NAME_WORD}(?:\s(?:{_PARTICLE}\s)*{_NAME_WORD})*"
    rf"(?![\w#\-]|\.\w)")
_CAPITAL = re.compile(_UP)


def _name_runs(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """What _NAME_RUN.finditer(text, pos) finds, found faster: a name has a capital within its
    first five characters ("al-Assad"), so each search starts just before the next capital
    instead of trying every position of the lower-case words on the way."""
    while True:
        capital = _CAPITAL.search(text, pos)
        if capital is None:
            return
        match = _NAME_RUN.search(text, max(pos, capital.start() - 4))
        if match is None:
            return
        yield match
        pos = match.end()


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,7})\)")  # matched where a name ends
_TITLES = _set("""mr mrs ms miss dr prof professor sir dame president minister premier chancellor
secretary governor senator mayor general judge justice chairman chairwoman director coach
commissioner ambassador prince princess king queen sheikh emir pope rev reverend father captain
colonel lieutenant sergeant inspector detective deputy vice speaker referee sen rep gov gen lt
col capt sgt st""")
_STOP_NAMES = _set("""the a an in on at after before during despite for by with under since
following amid back speaking according however but and moreover meanwhile this that these those
some many most others critics analysts experts observers it he she they we i his her its their
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december as if when while although though because so yet
still also instead separately now earlier later today yesterday one two three four five six
seven eight nine ten several both all no not every each other another its""")
_DEMONYMS = _set("""kenyan ethiopian german chinese russian ukrainian spanish nigerian jordanian
indian brazilian turkish french korean south north east west eastern western northern southern
central japanese american british european african asian arab andalusian international national
federal state regional local""")
_PLACE_WORDS = _set("""europe africa asia america americas valley river lake mountains mountain sea
ocean gulf bay island islands province region county district street square avenue road basin
city town village marathon stadium airport north south east west eastern western northern
southern central upper lower new hong kong york""")
_COUNTRIES = _set("""russia ukraine china india brazil germany france spain italy japan korea iran
iraq israel syria turkey egypt jordan nigeria kenya ethiopia pakistan afghanistan mexico canada
britain england poland belarus lebanon qatar saudi arabia emirates taiwan vietnam indonesia
philippines australia argentina colombia venezuela cuba moscow kyiv kiev beijing washington
london paris berlin tokyo tehran ankara jerusalem cairo riyadh amman abuja delhi brasília
brasilia madrid seoul pyongyang minsk warsaw rome damascus baghdad beirut doha islamabad kabul
nairobi addis ababa lagos taipei hanoi jakarta manila canberra ottawa havana caracas bogotá
bogota""")


# ----------------------------------------------------------------------------------------------
# Quotations.

_OPENERS_BEFORE = " \t([{—–-/“\"‘"


def _find_quotations(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) index pairs; a quotation left open ends with its line."""
    found: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        pairs = _double_quotations(line)
        if not pairs and "‘" in line:
            pairs = _single_quotations(line)
        found.extend((offset + a, offset + b) for a, b in pairs)
        offset += len(line) + 1
    return found


_DOUBLE_MARKS = re.compile(r"[“”«»\"]")


def _double_quotations(line: str) -> list[tuple[int, int]]:
    pairs = []
    opened = -1
    closer = ""
    for match in _DOUBLE_MARKS.finditer(line):
        i, char = match.start(), match.group()
        if opened < 0:
            if char in "“«":
                opened, closer = i, "”" if char == "“" else "»"
            elif char == '"':
                opened, closer = i, '"'
        elif char == closer:
            pairs.append((opened, i))
            opened = -1
    if opened >= 0:  # news style: a quotation running on into the next paragraph is not closed
        pairs.append((opened, len(line)))
    return pairs


def _single_quotations(line: str) -> list[tuple[int, int]]:
    """British style ‘…’. A ’ inside a word is an apostrophe, and ‘s’ + space + a lower-case
    word is a plural possessive (athletes’ rights) when a later ’ can close the quotation."""
    pairs = []
    i = 0
    while True:
        start = line.find("‘", i)
        if start < 0:
            return pairs
        if start > 0 and line[start - 1] not in _OPENERS_BEFORE:
            i = start + 1
            continue
        end = -1
        j = start + 1
        while True:
            j = line.find("’", j)
            if j < 0:
                break
            after = line[j + 1:j + 2]
            if after.isalnum():
                j += 1
                continue
            if (line[j - 1] == "s" and line[j + 1:j + 3].strip()[:1].islower()
                    and line.find("’", j + 1) >= 0):
                j += 1
                continue
            end = j
            break
        if end < 0:
            return pairs
        pairs.append((start, end))
        i = end + 1


_QUESTION_TAG = re.compile(
    r"(?:[A-Z][\w’'\-.]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|replied|wrote"
    r"|continued|insisted|explained|exclaimed|shouted|wondered)\b")


def _merge_quoted(text: str, sentences: list[tuple[int, int]],
                  quotations: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with those a quotation runs over made one (“A. B,” she said.), and a quoted
    question or exclamation kept with the tag after it (“Why now?” Wijaya asked.)."""
    closing = {end for _, end in quotations}
    merged: list[tuple[int, int]] = []
    q = 0
    for start, end in sentences:
        if merged:
            boundary = merged[-1][1]
            while q < len(quotations) and quotations[q][1] < boundary:
                q += 1
            inside = q < len(quotations) and quotations[q][0] < boundary <= quotations[q][1]
            question = (boundary - 1 in closing and text[boundary - 2:boundary - 1] in "?!"
                        and _QUESTION_TAG.match(text, start))
            if inside or question:
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


_MARKS = re.compile(r"[“”«»\"]")
_ALNUM = re.compile(r"[^\W_]")


def _mask(text: str, quotations: list[tuple[int, int]]) -> str:
    """The text with the letters and digits of quotations replaced by "#", same length, and
    its quotation marks made “ and ”, so that any other ’ or " is not a quotation mark."""
    masked = _MARKS.sub("'", text)
    parts = []
    done = 0
    for start, end in quotations:
        parts.append(masked[done:start])
        parts.append("“")
        parts.append(_ALNUM.sub("#", masked[start + 1:end]))
        done = end
        if end < len(masked) and masked[end] != "\n":
            parts.append("”")
            done = end + 1
    parts.append(masked[done:])
    return "".join(parts)


# ----------------------------------------------------------------------------------------------
# Names.

@dataclass(slots=True)
class _Entity:
    name: str  # canonical: the fullest form, without titles
    kind: str  # person, organization, government, place or unknown (a lone capitalised word)
    tokens: tuple[str, ...]  # lower-case words of the name, without particles
    first: int  # where the article first names it; -1 for names known only from ``speakers``
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)  # lower-case words of its roles and titles
    gender: str = ""  # "m", "f" or unknown


_WORD_RE = re.compile(r"[\w’'\-]+")


@functools.lru_cache(maxsize=8192)
def _lower_words(text: str) -> tuple[str, ...]:
    """Lower-case words without a possessive 's (cached: the same phrases are read often)."""
    return tuple(w.lower().removesuffix("’s").removesuffix("'s") for w in _WORD_RE.findall(text))


@functools.lru_cache(maxsize=4096)
def _name_tokens(name: str) -> tuple[str, ...]:
    particles = {"de", "da", "dos", "das", "do", "del", "della", "di", "du", "la", "le", "van",
                 "von", "der", "den", "ter", "bin", "ibn", "bint", "al", "el", "y", "of", "and",
                 "for", "the"}
    return tuple(w for w in _lower_words(name) if w not in particles)


_IDENTIFYING_DEMONYMS = _DEMONYMS - {"international", "national", "regional"}
_COUNTED = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s",
                      re.IGNORECASE)
_NAMED_PLACE_AFTER = re.compile(
    rf"\b(?:at|from|with|of|for|in|across)\s+(?:the\s+)?({_UP}[\w\-]*)")
_DEFINITE_PLACE_AFTER = re.compile(r"\b(?:at|from|of|in|across)\s+(?:the|this|that)\s+\w")


def _plural_kind(np: str, head: str) -> str:
    """Unnamed people in the plural: a group when the article identifies them ("the
    researchers", "Ukrainian officials", "nurses at three centres in Surulere") or their
    office does ("officials", "prosecutors", "other MPs"); otherwise an unspecified many
    ("experts", "engineers", "tech companies", "some observers"): vague."""
    words = _lower_words(np)
    if words[0] in ("the", "these", "those", "their", "its", "his", "her") or (words[0].endswith(
            "’s") and words[0] != head):
        return "group"
    if head in _INSTITUTIONAL_PLURALS:
        return "group"
    if _COUNTED.match(np):
        return "group"  # "Two former plantation workers": particular people
    before_head = words[:words.index(head)] if head in words else []
    if any(w in _IDENTIFYING_DEMONYMS for w in before_head):
        return "group"
    for match in _NAMED_PLACE_AFTER.finditer(np):
        if match.group(1).lower() not in _DEMONYMS:
            return "group"
    if _DEFINITE_PLACE_AFTER.search(np):
        return "group"  # "residents of the town"
    return "vague"


_GOVERNMENT_NAME_WORDS = _GOVERNMENT_WORDS - {"state", "office"}
_INTERNATIONAL_START = re.compile(
    r"(?:european|international|world|global|african|asian|arab|inter-american)\s")


@functools.lru_cache(maxsize=4096)
def _classify_name(name: str) -> str:
    low = name.lower()
    words = set(_lower_words(name))
    if any(n in low for n in _INTERNATIONAL if " " in n) or low in _INTERNATIONAL or (
            _INTERNATIONAL_START.match(low)):
        return "organization"  # international bodies, by briefgen's kinds
    if words & _GOVERNMENT_NAME_WORDS or any(g in low for g in _GOVERNMENT_NAMES):
        return "government"
    if words & _ORGANIZATION_WORDS:
        return "organization"
    if low in _COUNTRIES:
        return "government"  # a capital or a country speaking is its government
    if words & _PLACE_WORDS or words & _COUNTRIES:
        return "place"
    if name.isupper() and len(name) > 1:
        return "organization"
    return "person" if len(_name_tokens(name)) >= 2 else "unknown"


_INSTITUTION_WORDS = _ORGANIZATION_WORDS | _GOVERNMENT_WORDS
_GOVERNMENT_HEADS = _GOVERNMENT_WORDS - {"state"}
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)")
_ACRONYM_AT_END = re.compile(r"\(([A-Z][A-Z0-9&]{1,7})\)\s*$")
_BRACKETS_AT_END = re.compile(r"\s*\([^)]*\)\s*$")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_PHRASE_BREAK = re.compile(r"[,;:()—–.“”\"]")
_APPOSITION_AFTER = re.compile(
    r",\s+((?:the|a|an|his|her|its|their|[\w\-]+[’']s)\s[^,.;:“”\"]+)")


class _Names:
    """The named entities of an article, their mentions, acronyms and roles."""

    def __init__(self, masked: str, sentences: list[tuple[int, int]],
                 known: Mapping[str, Sequence[str]]) -> None:
        self.entities: list[_Entity] = []
        self.mentions: list[tuple[int, int, _Entity]] = []  # (start, end, entity), in order
        self.acronyms: dict[str, _Entity] = {}
        # Indexes over ``entities``, so that resolving a name does not compare it with every
        # entity: the first entity with a (lower-case) name or alias, and the entities whose
        # names hold a word, both in the order of ``entities``.
        self._by_key: dict[str, _Entity] = {}
        self._by_word: dict[str, list[_Entity]] = {}
        self._order: dict[int, int] = {}  # id(entity) -> its index in ``entities``
        for names in known.values():
            for name in names:
                self._entity_for(name, -1)
        for match in _ACRONYM_IN_BRACKETS.finditer(masked):
            self._acronym(masked, match)
        for start, end in sentences:
            self._scan(masked, start, end)

    def _scan(self, masked: str, start: int, end: int) -> None:
        sentence = masked[start:end]
        dateline = _DATELINE.match(sentence)
        for match in _name_runs(sentence, dateline.end() if dateline else 0):
            for offset, run in _names_in_run(match.group()):
                self._mention(masked, start + match.start() + offset, run, start)

    def _acronym(self, masked: str, match: re.Match[str]) -> None:
        """"the Autorité nationale de protection des données (ANPD)": the words whose
        initials make the acronym, else the name right before it."""
        acronym = match.group(1)
        before = masked[max(0, match.start() - 160):match.start()].rstrip()
        words = list(_WORD_RE.finditer(before))[-10:]
        small = {"of", "and", "de", "des", "du", "la", "le", "the", "for", "et", "d’", "y"}
        name = ""
        for k in range(1, len(words) + 1):
            part = words[-k:]
            if not part[0].group()[0].isupper():
                continue
            initials = "".join(w.group()[0] for w in part if w.group().lower() not in small)
            if initials.upper() == acronym:
                name = before[part[0].start():]
                break
        if not name:
            runs = list(_NAME_RUN.finditer(before))
            if not runs or runs[-1].end() != len(before):
                return
            name = _clean_run(runs[-1].group())[1]
        if not name:
            return
        entity = self._entity_for(name, match.start() - len(name))
        if entity is not None:
            if entity.kind in ("person", "unknown", "place"):
                entity.kind = _classify_name(name) if _classify_name(name) in (
                    "government", "organization") else "organization"
            self.add_alias(entity, acronym.lower())
            self.acronyms[acronym] = entity

    def _mention(self, masked: str, start: int, run: str, sentence_start: int) -> None:
        title_words, name = _clean_run(run)
        if title_words:
            start += run.index(name) if name else 0
        possessive = masked.startswith(("’s", "'s", "’ ", "' "), start + len(name))
        if not name or name.lower() in _STOP_NAMES or name.lower() in _DEMONYMS:
            return
        entity = self._entity_for(name, start, _ACRONYM_AFTER.match(masked, start + len(name)))
        if entity is None:
            return
        self.mentions.append((start, start + len(name), entity))
        after = _LOWER_WORD_AFTER.match(masked[start + len(name):start + len(name) + 30])
        phrases = [[w.lower().rstrip(".") for w in title_words],
                   self._descriptor_before(masked, start, sentence_start),
                   [after.group(1)] if after and after.group(1) in _ORGANIZATION_WORDS else []]
        if not possessive:
            phrases.append(self._apposition_after(masked, start + len(name)))
        self._learn(entity, phrases)

    def _entity_for(self, name: str, start: int, acronym: re.Match[str] | None = None
                    ) -> _Entity | None:
        """The entity a name found at ``start`` refers to, new if none; ``acronym`` is the
        match of a bracketed acronym right after the name."""
        tokens = _name_tokens(name)
        if not tokens:
            return None
        entity = self._by_key.get(name.lower())
        if entity is not None:
            return self._with_acronym(entity, acronym)
        kind = _classify_name(name)
        # "Peskov", "Fernández Ortega", "Huaxin", "Commission": part of a name seen before
        for entity in self._holding(tokens):
            if entity.kind != "place":
                return self._with_acronym(entity, acronym)
        if name.isupper() and name in self.acronyms:
            return self.acronyms[name]
        entity = _Entity(name, kind, tokens, start)
        self._add(entity)
        return self._with_acronym(entity, acronym)

    def _add(self, entity: _Entity) -> None:
        self._order[id(entity)] = len(self.entities)
        self.entities.append(entity)
        self._index_key(entity, entity.name.lower())
        for word in set(entity.tokens):
            self._by_word.setdefault(word, []).append(entity)

    def add_alias(self, entity: _Entity, alias: str) -> None:
        """Give an entity another name (a lower-case acronym), and index it if it is ours."""
        entity.aliases.add(alias)
        if id(entity) in self._order:
            self._index_key(entity, alias)

    def _index_key(self, entity: _Entity, key: str) -> None:
        known = self._by_key.get(key)
        if known is None or self._order[id(known)] > self._order[id(entity)]:
            self._by_key[key] = entity

    def _holding(self, tokens: tuple[str, ...]) -> Iterator[_Entity]:
        """The entities whose names hold ``tokens`` as consecutive words, in order."""
        for entity in self._by_word.get(tokens[0], ()):
            if _contains(entity.tokens, tokens):
                yield entity

    def _with_acronym(self, entity: _Entity, acronym: re.Match[str] | None) -> _Entity:
        if acronym:
            self.acronyms[acronym.group(1)] = entity
            self.add_alias(entity, acronym.group(1).lower())
            if entity.kind in ("person", "unknown", "place"):
                entity.kind = "organization"
        return entity

    @staticmethod
    def _descriptor_before(masked: str, start: int, sentence_start: int) -> list[str]:
        """Up to four lower-case words right before a name: "the Japanese company Kyowa",
        "the referee Robert Hoyzer", "her lawyer, Peter Wanyama"."""
        before = masked[max(sentence_start, start - 100):start]
        appositive = before.rstrip().endswith(",")
        chunk = _PHRASE_BREAK.split(before.rstrip().rstrip(","))[-1]
        words = list(_lower_words(chunk)[-5:])
        if appositive and words and not (words[-1] in _AUX or words[-1] in _PREPOSITIONS):
            last_preposition = max((i for i, w in enumerate(words) if w in _PREPOSITIONS),
                                   default=-1)
            return [w for w in words[last_preposition + 1:] if w not in _DETERMINERS]
        out = []
        for word in reversed(words):
            if (not word or not word[0].isalpha() or word in _PREPOSITIONS or word in _AUX
                    or word in _RELATIVES or _SUBORDINATORS.fullmatch(word)):
                break
            out.append(word)
        return [w for w in reversed(out) if w not in _DETERMINERS]

    @staticmethod
    def _apposition_after(masked: str, end: int) -> list[str]:
        """The role in ", a hydrologist at the University of Granada," after a name."""
        match = _APPOSITION_AFTER.match(masked, end, end + 120)  # as on masked[end:end + 120]
        if not match:
            return []
        words = list(_lower_words(match.group(1)))
        cut = next((i for i, w in enumerate(words) if w in _RELATIVES or w == "that"),
                   len(words))
        return [w for w in words[:cut] if w not in _DETERMINERS][:8]

    @staticmethod
    def _learn(entity: _Entity, phrases: list[list[str]]) -> None:
        """Learn a name's roles, and its kind from their head nouns: "the Japanese company
        Kyowa Biologics", "VaxAccess, an international vaccine partnership"."""
        for words in phrases:
            if not words:  # most are empty: skip them cheaply
                continue
            words = [w for w in words if w and not w[0].isdigit()]
            if not words:
                continue
            entity.roles.update(words)
            cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
            head = words[cut - 1] if cut else ""
            if entity.kind in ("unknown", "person") and head not in _PERSON_ROLES:
                if head in _ORGANIZATION_WORDS and set(words) & _STATE_OWNED:
                    entity.kind = "government"  # "the state water utility, Agua y Drenaje"
                elif head in _ORGANIZATION_WORDS:
                    entity.kind = "organization"
                elif head in _GOVERNMENT_HEADS:
                    entity.kind = "government"
            elif entity.kind == "unknown" and head in _PERSON_ROLES:
                entity.kind = "person"
            if not entity.gender:
                if set(words) & _FEMALE_WORDS:
                    entity.gender = "f"
                elif set(words) & _MALE_WORDS:
                    entity.gender = "m"

    def find(self, name: str) -> _Entity | None:
        """The entity a name refers to, by full name, acronym or part of a name."""
        key = name.lower().removeprefix("the ").strip()
        acronym = _ACRONYM_AT_END.search(name)
        if acronym and acronym.group(1) in self.acronyms:
            return self.acronyms[acronym.group(1)]
        key = _BRACKETS_AT_END.sub("", key)
        if name.strip().isupper() and name.strip() in self.acronyms:
            return self.acronyms[name.strip()]
        entity = self._by_key.get(key)
        if entity is not None:
            return entity
        tokens = _name_tokens(key)
        if not tokens:
            return None
        for entity in self._holding(tokens):
            if entity.kind in ("person", "organization", "government"):
                return entity
        return None


@functools.lru_cache(maxsize=4096)
def _names_in_run(run: str) -> tuple[tuple[int, str], ...]:
    """A run of capitalised words may hold several names: drop leading function words
    ("The", "However"), then split "Rajiv Malhotra of Harbourview Capital" and "Minas
    Gerais and Goiás", but not "Ministry of Industry and Trade" or "Progress and Unity
    Party". Each name comes with where it starts in the run."""
    start = 0
    words = run.split(" ")
    while words and words[0].lower() in _STOP_NAMES:
        start += len(words[0]) + 1
        words = words[1:]
    if not words:
        return ()
    run = " ".join(words)
    for joint in (" of ", " and "):
        if joint not in run:
            continue
        left, _, right = run.partition(joint)
        left_words = set(_lower_words(left))
        right_words = set(_lower_words(right))
        if left_words & _INSTITUTION_WORDS:
            return ((start, run),)
        if joint == " and " and right_words & _INSTITUTION_WORDS:
            return ((start, run),)
        return ((start, left), (start + len(left) + len(joint), right))
    return ((start, run),)


_PERSON_ROLES = _set("""minister spokesman spokeswoman spokesperson director coach chairman
chairwoman chair president founder lawyer attorney officer executive ceo cfo secretary governor
mayor commissioner head chief manager analyst researcher professor doctor nurse referee runner
player captain judge speaker candidate mp senator leader adviser advisor economist expert
partner coordinator architect specialist paediatrician pediatrician hydrologist member deputy
ambassador envoy prosecutor investigator scientist agent owner editor author activist campaigner""")
# Nouns that introduce a name after them: "proxy advisory firm GovernWatch Advisory".
_NAME_INTRODUCERS = _ORGANIZATION_WORDS | _PERSON_ROLES | {"association", "group"}


_DESCRIBING = re.compile(r"-(?:based|listed|owned|born|led|backed|registered|run|funded|made)$")


@functools.lru_cache(maxsize=4096)
def _clean_run(run: str) -> tuple[tuple[str, ...], str]:
    """A run of capitalised words as (titles, name): "Health Minister Luiza Carvalho dos
    Santos" is (("Health", "Minister"), "Luiza Carvalho dos Santos")."""
    words = run.split(" ")
    while words and (words[0].lower() in _STOP_NAMES or _DESCRIBING.search(words[0])):
        words = words[1:]  # "The", "However", "Jakarta-listed"
    last_title = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _TITLES),
                     default=-1)
    return tuple(words[:last_title + 1]), " ".join(words[last_title + 1:])


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` appears in ``full`` as consecutive words."""
    n = len(part)
    return any(full[i:i + n] == part for i in range(len(full) - n + 1))


# ----------------------------------------------------------------------------------------------
# The detector.

_VERB_RE = re.compile(
    r"(?<![\w#’'\-])(?:" + "|".join(f"(?P<p{i}>{p[0]})" for i, p in enumerate(_PHRASES)) + "|"
    + "(?P<verb>" + "|".join(sorted(_VERBS, key=len, reverse=True)) + r"))(?![\w#’'\-])")
# Looking words up is much faster than searching with the long alternation of all forms;
# the alternation then only confirms a candidate where it stands.
_LETTERS = re.compile(r"[A-Za-z]+")
_ASCII_LETTERS = frozenset(string.ascii_letters)
_STARTS = frozenset(_VERBS) | {"according", "According", "point", "points", "pointed",
                                "pointing", "declined", "declines", "decline", "declining",
                                "refused", "refuses", "refuse", "refusing"}


def _verb_matches(frame: str, words: set[str]) -> list[re.Match[str]]:
    """The verbs and phrases of _VERB_RE in a sentence, in order. ``words`` are the sentence's
    words as _LETTERS finds them; each candidate is tried where it stands as a whole word."""
    starts: list[int] = []
    for word in words & _STARTS:
        i = frame.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or frame[i - 1] not in _ASCII_LETTERS) and (
                    end == len(frame) or frame[end] not in _ASCII_LETTERS):
                starts.append(i)
            i = frame.find(word, i + 1)
    matches: list[re.Match[str]] = []
    for i in sorted(starts):
        match = _VERB_RE.match(frame, i)
        if match:
            matches.append(match)
    return matches


_PASSIVE_AGENT_WORDS = frozenset(_PASSIVE_AGENT)
_AGENTLESS_WORDS = frozenset(_AGENTLESS)
_BE_FORMS = frozenset(("is", "are", "was", "were", "been"))  # one is in every _AGENTLESS_RE match
_PASSIVE_AGENT_RE = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?(" + "|".join(_PASSIVE_AGENT)
    + r")\s+by\s+")
_AGENTLESS_RE = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:(?:widely|generally|commonly"
    r"|broadly|often|now|also|long|increasingly)\s+)*(" + "|".join(_AGENTLESS)
    + r")\s+(?:that|to)\b")
# What may stand between a source and its verb: auxiliaries, adverbs, "on Tuesday". Nouns
# that end in -ly ("the family said") are not adverbs.
_TRAIL = re.compile(
    r"(?:\s+(?:(?!(?:" + "|".join(sorted(_NOT_ADVERBS)) + r")\b)[a-z]+ly"
    r"|has|have|had|is|are|was|were|be|been|being|will|would|could|may|might"
    r"|shall|should|did|does|do|also|further|later|earlier|again|then|now|already|only|first"
    r"|long|often|always|even|just|since|yet|soon|once|ever"
    r"|once|still|not|never|n’t|n't|privately|publicly|repeatedly|previously|on\s+[A-Z][a-z]+day"
    r"(?:\s+(?:morning|afternoon|evening|night))?|last\s+(?:week|month|year|night|[A-Z][a-z]+day)"
    r"|this\s+(?:week|month|year|morning|afternoon)|yesterday|today|tonight))+\s*$")
_CLAUSE_END = re.compile(r"\.(?!\d)|[;:!?“”]|,(?!\s*(?:however|though)\b|\d)")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did"
    r"|does|do|(?<![\w\-])[a-z]{2,}ed|remains?|shows?|turns?|means?|needs?|lacks?|reflects?"
    r"|includes?|depends?|exists?|works?|stands?|goes|comes|makes?|holds?)\b")
# In the masked text every real quotation mark is “ or ” (see _mask).
_QUOTE_CLOSERS = "”"
_QUOTE_OPENERS = "“"

# Patterns the detector's methods use, compiled once (they run for every sentence or verb).
_LETTER = re.compile(r"[^\W\d_#]")
_NEW_CLAUSE = re.compile(r"[,;]|\b(?:after|before|while|whereas|but|as|although|though"
                         r"|because|since|when|even)\b")
_CLAUSE_BREAK = re.compile(r"[,;:”]")
_CONJUNCTION = re.compile(r"(?:and|but|or|then|and then|but also|and also)")
_OF_WHOM = re.compile(r"(?:\w+ )?of (?:whom|which)")
_BEFORE_ANTECEDENT = re.compile(r"\b(?:by|from|with|to|among|of|for|involving|including|like"
                                r"|is|are|was|were|has|have|had|[a-z]{2,}ed)\s+")
_MAIN_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would|did|does|[a-z]+ed)\b")
_ONE_OF = re.compile(r"(one|two|some|several|many|most|all|both|none|each)"
                     r" of (them|the \w+|these \w+|those \w+)")
_POSSESSIVE_START = re.compile(r"^[\w\-]+[’']s\b")
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")
_PARTICLE_NEXT = re.compile(r"\s+(?:of|and|de|da|dos|del|al|bin|van|von)\b")
_PLAIN_DEFINITE = re.compile(r"the(?:\s+[a-z][\w\-]*|\s+[A-Z][a-z]+)?\s+\w+", re.IGNORECASE)
_ISSUED_BY = re.compile(r"\b(?:by|from)\s+(.+)$")
_OWNER = re.compile(r"^(?:the\s+)?(.+?)[’']s\s", re.IGNORECASE)
_OF_PHRASE = re.compile(r"\bof\s+(.+)$")
_BEFORE_GERUND = _PREPOSITIONS | {"by", "while", "when"}  # "by highlighting"
_FUNCTION_WORDS = _DETERMINERS | _PREPOSITIONS | _AUX


@dataclass(slots=True)
class _Source:
    speaker: str
    resolved: str
    kind: str
    span: tuple[int, int] | None
    role: str = ""
    head: str = ""  # the head noun of a description, for "one of the officials"
    entity: _Entity | None = None
    subject: bool = True  # False when no subject is written (a coordinated verb)


@dataclass(slots=True)
class _Found:
    verb: str
    verb_span: tuple[int, int]
    stance: str
    source: _Source
    anchor: int  # where the statement's own words start, to share quotations out
    inverted: bool = False  # "…,” said Carmen Delgado


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    paragraph: int
    found: _Found
    quotes: list[tuple[int, int]] = field(default_factory=list)


class _Detector:
    def __init__(self, text: str, speakers: Mapping[str, Sequence[str]]) -> None:
        self.text = text
        self.speakers = speakers
        self.speaker_names = {speaker_id: {_norm(name) for name in names}
                              for speaker_id, names in speakers.items()}  # for matching
        self.quotations = _find_quotations(text)  # in order of their opening marks
        self.quotation_starts = [start for start, _ in self.quotations]
        self.quotation_ends = {end for _, end in self.quotations}
        self.masked = _mask(text, self.quotations)
        self.sentences = _merge_quoted(text, split_sentences(text), self.quotations)
        self.names = _Names(self.masked, self.sentences, speakers)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.sentence_starts = [start for start, _ in self.sentences]
        self.mention_starts = [start for start, _, _ in self.names.mentions]  # in order
        self.topics = self._topic_persons()  # for "he" and "she"
        self.topic_starts = [start for start, _ in self.topics]
        self.drafts: list[_Draft] = []
        self.genders: dict[int, str] = {}  # id(entity) -> gender learnt from pronouns
        self.pending: list[_Found] = []  # statements found so far in the current sentence

    # -- the pass ---------------------------------------------------------------------------

    def run(self) -> tuple[DetectedStatement, ...]:
        previous_segment_draft: _Draft | None = None
        for start, end in self.sentences:
            paragraph = self._paragraph(start)
            founds = self._analyse(start, end)
            quotes = self.quotations[bisect.bisect_left(self.quotation_starts, start):
                                     bisect.bisect_left(self.quotation_starts, end)]
            if founds:
                drafts = [_Draft(start, end, paragraph, f) for f in founds]
                for quote in quotes:
                    owner = drafts[0]
                    for draft in drafts:
                        if draft.found.anchor <= quote[0]:
                            owner = draft
                    owner.quotes.append(quote)
                self.drafts.extend(drafts)
                previous_segment_draft = drafts[-1]
                continue
            if quotes and self._only_quotation(start, end):
                last = previous_segment_draft
                if last and last.paragraph == paragraph and last.end <= start:
                    last.end = end  # the speaker's quotation goes on
                    last.quotes.extend(quotes)
                    continue
                if last and last.paragraph == paragraph - 1 and self._first_in_paragraph(start):
                    source = last.found.source
                    found = _Found("", (start, start), _NEUTRAL, _Source(
                        source.speaker, source.resolved, source.kind, None, source.role,
                        source.head, source.entity), start)
                else:
                    found = _Found("", (start, start), _NEUTRAL,
                                   _Source("", "", "unattributed", None), start)
                draft = _Draft(start, end, paragraph, found, list(quotes))
                self.drafts.append(draft)
                previous_segment_draft = draft
                continue
            previous_segment_draft = None
        self._delayed_identification()
        return tuple(self._finish(d) for d in self.drafts)

    def _paragraph(self, position: int) -> int:
        return bisect.bisect_right(self.line_starts, position) - 1

    def _first_in_paragraph(self, start: int) -> bool:
        line_start = self.line_starts[self._paragraph(start)]
        return not self.text[line_start:start].strip()

    def _only_quotation(self, start: int, end: int) -> bool:
        """Whether a sentence is nothing but quoted words (and punctuation)."""
        frame = self.masked[start:end]
        return frame.lstrip()[:1] in _QUOTE_OPENERS and not _LETTER.search(frame)

    # -- one sentence ---------------------------------------------------------------------------

    def _analyse(self, start: int, end: int) -> list[_Found]:
        frame = self.masked[start:end]
        # Each pattern needs certain words, which most sentences lack: search only those that
        # have them.
        words = set(_LETTERS.findall(frame))
        events: list[tuple[int, int, re.Match[str]]] = []
        if not words.isdisjoint(_AGENTLESS_WORDS) and not words.isdisjoint(_BE_FORMS) and (
                "that" in words or "to" in words):
            events += [(m.start(), 0, m) for m in _AGENTLESS_RE.finditer(frame)]
        if "by" in words and not words.isdisjoint(_PASSIVE_AGENT_WORDS):
            events += [(m.start(), 1, m) for m in _PASSIVE_AGENT_RE.finditer(frame)]
        if not words.isdisjoint(_STARTS):
            events += [(m.start(), 2, m) for m in _verb_matches(frame, words)]
        events.sort(key=lambda e: (e[0], e[1]))
        founds: list[_Found] = []
        previous: _Found | None = None
        taken_until = 0  # a verb inside an earlier statement's own frame is part of it
        for position, kind, match in events:
            if position < taken_until:
                continue
            self.pending = founds
            if kind == 0:  # "it is widely believed that": no source at all
                verb_span = (start + match.start(1), start + match.end(1))
                found: _Found | None = _Found(
                    self.text[verb_span[0]:verb_span[1]], verb_span, _NEUTRAL,
                    _Source("", "", "vague", (start + match.start(), start + match.start())),
                    start + match.start())
            elif kind == 1:  # "is seen by experts as"
                np_end = _clause_end(frame, match.end(), extra=r"\sas\s|\sto\s")
                source = self._describe(frame, start, match.end(), np_end)
                verb_span = (start + match.start(1), start + match.end(1))
                found = None if source is None else _Found(
                    self.text[verb_span[0]:verb_span[1]], verb_span,
                    _PASSIVE_AGENT[match.group(1)], source, start + match.start())
            else:
                found = self._candidate(frame, start, match, previous)
            if found is None:
                continue
            if previous is not None and self._same_statement(previous, found):
                taken_until = match.end()
                continue
            if previous is not None and self._nested(frame, start, previous, found):
                continue
            founds.append(found)
            previous = found
            taken_until = match.end()
        self.pending = []
        return founds

    def _same_statement(self, previous: _Found, found: _Found) -> bool:
        """A second verb of the same source: "denied … and said", "refuted…, insisting"."""
        if not found.source.subject:
            return True
        if not found.source.speaker and found.source.kind == "vague":
            return False  # "it is believed that" is nobody in particular
        return bool(found.source.resolved) and (
            found.source.resolved.lower() == previous.source.resolved.lower())

    def _nested(self, frame: str, start: int, previous: _Found, found: _Found) -> bool:
        """A report inside another's content ("said the regulator had asked…") is content,
        unless a new clause begins between them: after a comma or semicolon, or a word such
        as "after", "while" or "but" ("denied it after prosecutors said…")."""
        end = found.source.span[0] if found.source.span else found.verb_span[0]
        between = frame[previous.verb_span[1] - start:end - start]
        return not _NEW_CLAUSE.search(between)

    def _candidate(self, frame: str, start: int, match: re.Match[str],
                   previous: _Found | None) -> _Found | None:
        a, b = match.span()
        group = match.lastgroup  # "p0"… for a phrase of _PHRASES, "verb" for a single word
        if group != "verb":
            _, lemma, stance, needs = _PHRASES[int(group[1:])]
        else:
            lemma, stance, needs = _VERBS[match.group("verb")]
        verb = match.group()
        verb_span = (start + a, start + b)
        if lemma == "according to":
            np_end = _clause_end(frame, b)
            source = self._describe(frame, start, b, np_end)
            if source is None:
                return None
            return _Found(self.text[verb_span[0]:verb_span[1]], verb_span, stance, source,
                          start + a)
        before = _last_word(frame[max(0, a - 60):a]).lower()
        participle = verb.endswith("ing")
        if before in _DETERMINERS or before.endswith(("’s", "'s")) or before == "so-":
            return None  # a noun or adjective: "the said agreement", "Hanbit’s claims"
        if participle and before in _BEFORE_GERUND:
            return None  # a gerund: "by highlighting"
        left_bound = self._left_bound(frame, a, previous, start)
        left = frame[left_bound:a]
        trail = _TRAIL.search(left, max(0, len(left) - 80))  # "$": only the end can match
        trail_text = trail.group() if trail else ""
        if trail:
            left = left[:trail.start()]
        trail_words = trail_text.split()
        if any(w in ("not", "never", "n’t", "n't") for w in trail_words):
            return None  # "did not respond" is no statement
        if not participle and ((trail_words and trail_words[-1] in _BE) or before in _BE) and (
                verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES):
            return None  # passive: "was told to leave", "had been found"
        after = frame[b:]
        inverted = self._inverted(frame[:left_bound] + left, after, lemma)
        if inverted:
            np_end = _clause_end(frame, b)
            source = self._describe(frame, start, b, np_end, inverted=True)
            if source is None:
                return None
            return _Found(verb, verb_span, stance, source, start + left_bound, inverted=True)
        if participle and left.rstrip().endswith(","):
            if previous is not None:  # ", insisting that…": the same source goes on
                return _Found(verb, verb_span, stance, _Source("", "", "", None,
                                                               subject=False), start + a)
            source = self._main_subject(frame, start, left_bound, a)
        else:
            source = self._subject(frame, start, left_bound, left_bound + len(left), previous)
        if source is None:
            return None
        base_form = verb == lemma and not verb.endswith("ed")  # ("stated" is its own lemma)
        if base_form and not participle and source.subject and not (
                set(trail_words) & _AUX) and not _plural(source):
            return None  # "The long dispute underscores…": a base form needs a plural subject
        tag = _tag_context(frame, start, left_bound, source)
        if source.head in _DOCUMENT_WORDS and lemma in ("show", "find", "reveal", "suggest"):
            needs += "O"  # "the club's accounts show a loss"
        if not _complement_ok(needs, after, tag, source, lemma):
            return None
        anchor = source.span[0] if source.span else start + a
        return _Found(verb, verb_span, stance, source, min(anchor, start + a))

    def _left_bound(self, frame: str, a: int, previous: _Found | None, start: int) -> int:
        """Where the words before a verb that may hold its source begin."""
        bound = 0
        if previous is not None:
            bound = max(bound, previous.verb_span[1] - start)
        for closer in _QUOTE_CLOSERS:
            i = frame.rfind(closer, 0, a)
            if i >= 0 and self._is_closing(start + i):
                bound = max(bound, i + 1)
        i = max(frame.rfind(";", 0, a), frame.rfind(":", 0, a))
        return max(bound, i + 1, _dateline_end(frame))

    def _is_closing(self, position: int) -> bool:
        return position in self.quotation_ends

    @staticmethod
    def _inverted(before: str, after: str, lemma: str) -> bool:
        """ "…,” said Carmen Delgado" and "The plant will close, said the company.": the source
        follows the verb, which comes right after a quotation or after a whole clause."""
        stripped = before.rstrip()
        if not stripped or stripped[-1] not in _QUOTE_CLOSERS + ",":
            return False
        if stripped[-1] == ",":
            clause = _CLAUSE_BREAK.split(stripped[:-1])[-1]
            if not _FINITE.search(clause):
                return False  # "Babatunde Ogunleye, told": an apposition closes, not a clause
        if lemma not in ("say", "add", "write", "ask", "explain", "note", "continue", "reply",
                         "insist", "argue", "claim", "warn", "tell", "remark", "recall",
                         "observe", "suggest", "concede", "admit", "point out"):
            return False
        clause_end = _CLAUSE_END.search(after)
        if _FINITE.search(after[:clause_end.start()] if clause_end else after):
            return False  # "Lina Ababneh, said the bids would…": a clause, not a source
        next_word = _first_word(after)
        return bool(next_word) and next_word.lower() not in {"that", "it", "in", "on", "at"} and (
            next_word[0].isupper() or next_word.lower() in _DETERMINERS
            or next_word.lower() in _QUANTIFIERS)

    # -- sources ----------------------------------------------------------------------------

    def _subject(self, frame: str, start: int, lo: int, hi: int, previous: _Found | None
                 ) -> _Source | None:
        """The source written before its verb, with any apposition between them."""
        chunks = _chunks(frame, lo, hi)
        if not chunks:
            return None
        if previous is not None and len(chunks) == 1 and not frame[chunks[0][0]:chunks[0][1]]:
            return None
        last_text = frame[chunks[-1][0]:chunks[-1][1]]
        if last_text:
            if _CONJUNCTION.fullmatch(last_text.lower()):
                if previous is None:
                    return None
                return _Source("", "", "", None, subject=False)  # "…and said it would appeal"
            chunks = _join_lists(frame, chunks)
            np_start, np_end = chunks[-1]
            np_start = _trim_left(frame, np_start, np_end)
            np_text = frame[np_start:np_end]
            if np_text.lower() in _RELATIVES or _OF_WHOM.fullmatch(np_text.lower()):
                return self._relative(frame, start, chunks, np_start, np_end)
            if not np_text:
                return None
            return self._describe(frame, start, np_start, np_end)
        # the verb follows a comma: a source with appositions ("Peskov, the spokesman, said")
        chunks = chunks[:-1]
        if not chunks:
            return None
        texts = [frame[s:e] for s, e in chunks]
        j = len(chunks) - 1
        while j > 0 and not _np_like(texts[j]):
            j -= 1
        while j > 0 and _apposition_pair(texts[j - 1], texts[j]):
            j -= 1
        if not all(_apposition_like(t) for t in texts[j + 1:]):
            return None
        appositions = chunks[j + 1:]
        subject = chunks[j]
        subject_start = _trim_left(frame, subject[0], subject[1])
        subject_text = frame[subject_start:subject[1]]
        if not _np_like(subject_text) or _has_verb(subject_text):
            # "The accusation was made by the Alliance, whose spokesman, Ruiz Montoya, told"
            named = [c for c in appositions if _is_name(frame[c[0]:c[1]])]
            if not named:
                return None
            return self._describe(frame, start, named[0][0], named[0][1],
                                  appositions=[c for c in appositions if c != named[0]])
        if _role_like(subject_text) and appositions and _is_name(
                frame[appositions[0][0]:appositions[0][1]]):
            name = appositions[0]
            return self._describe(frame, start, name[0], name[1],
                                  appositions=[(subject_start, subject[1]), *appositions[1:]])
        return self._describe(frame, start, subject_start, subject[1], appositions=appositions)

    def _relative(self, frame: str, start: int, chunks: list[tuple[int, int]], np_start: int,
                  np_end: int) -> _Source | None:
        """"Hoyzer, who admitted…", "other MPs, several of whom said…": the antecedent."""
        if len(chunks) < 2:
            return None
        lo, hi = chunks[-2]
        text = frame[lo:hi]
        preps = list(_BEFORE_ANTECEDENT.finditer(text))
        a = lo + (preps[-1].end() if preps else 0)
        b = hi
        source = self._describe(frame, start, a, b)
        if source is not None:
            source.speaker = frame[np_start:np_end]
            source.span = (start + np_start, start + np_end)
        return source

    def _main_subject(self, frame: str, start: int, lo: int, a: int) -> _Source | None:
        """The subject of the clause a participle hangs on: "Ukrainian officials have levied
        accusations, claiming that…"."""
        chunks = _chunks(frame, lo, a)
        if len(chunks) < 2:
            return None
        s, e = chunks[-2]
        clause = frame[s:e]
        verb = _MAIN_VERB.search(clause)
        if not verb:
            return None
        np_start = _trim_left(frame, s, s + verb.start())
        return self._describe(frame, start, np_start, s + verb.start())

    def _describe(self, frame: str, start: int, lo: int, hi: int, *, inverted: bool = False,
                  appositions: Sequence[tuple[int, int]] = ()) -> _Source | None:
        """Read a source's noun phrase (frame[lo:hi]) and what follows it in commas."""
        text = frame[lo:hi]
        lead = len(text) - len(text.lstrip())
        lo += lead
        text = text.strip()
        if inverted:
            # "said Carmen Delgado, a hydrologist at…" / "said one official, who asked…"
            parts = _chunks(frame, lo, _clause_end(frame, lo, commas=False))
            if not parts:
                return None
            lo, hi = parts[0]
            appositions = parts[1:]
            text = frame[lo:hi]
        text, hi = _strip_trailing_time(text, lo)
        if not text:
            return None
        apposition_text = " ".join(frame[s:e] for s, e in appositions)
        np = _cut_relative(text)
        hi = lo + len(np)
        role = ", ".join(frame[s:e].strip() for s, e in appositions
                         if _role_like(frame[s:e]) and not _is_name(frame[s:e]))
        position = start + lo
        source = self._classify(np, apposition_text, position)
        if source is None:
            return None
        source.span = (start + lo, start + hi)
        source.speaker = self.text[start + lo:start + hi]
        if role and not source.role:
            source.role = role
        for s, e in appositions:  # "the German Football Federation, the DFV,": an alias
            acronym = frame[s:e].strip().removeprefix("the ").strip()
            if acronym.isupper() and source.entity is not None and len(acronym) > 1:
                self.names.add_alias(source.entity, acronym.lower())
                self.names.acronyms.setdefault(acronym, source.entity)
        return source

    # -- classification and resolution -----------------------------------------------------------

    def _classify(self, np: str, appositions: str, position: int) -> _Source | None:
        """Who a source's noun phrase is, and its kind; None if it is no source."""
        words = _lower_words(np)
        if not words or len(words) > 16 or _has_verb(np) or _MARKUP.search(np):
            return None
        low = np.lower()
        first = words[0]
        if len(words) == 1 and first in _PRONOUNS:
            return self._pronoun(first, position, np)
        quantified = _ONE_OF.fullmatch(low)
        if quantified:
            return self._one_of(quantified.group(2), np)
        if len(words) == 2 and first in ("one", "another"):
            member = self._one_of("the " + words[1] + "s", np, fallback=False)
            if member is not None:
                return member
        if words[0] in _DETERMINERS and words[0] not in ("a", "an", "the", "his", "her", "its",
                                                         "their") and len(words) == 1:
            return None
        anonymous_cue = _anonymity_cue(np) or _anonymity_cue(appositions)
        head = _head(np)
        if head in _ABBREVIATED_ROLES:  # "The CFO": a role, not an organisation's acronym
            resolved = self._role(np, head, position)
            if resolved is not None:
                return resolved
        name = self._name_in(np)
        if name is not None:
            entity = self.names.find(name) or self._lone_name(name)
            if entity is not None:
                kind = entity.kind if entity.kind in ("person", "organization", "government") \
                    else ("government" if name.lower() in _COUNTRIES else "person")
                return _Source(np, entity.name, kind, None, entity=entity)
        if head in _DOCUMENT_WORDS or (head in _DOCUMENT_WORDS and len(words) > 1):
            return self._document(np, position)
        if anonymous_cue or head in _ANONYMOUS_HEADS:
            return _Source(np, np, "anonymous", None, head=head)
        definite = first in ("the", "his", "her", "its", "their") or first.endswith("’s") or (
            _POSSESSIVE_START.match(np) is not None)
        if definite and not low.startswith("the following"):
            resolved = self._role(np, head, position)
            if resolved is not None:
                return resolved
        if head in _SPOKESPEOPLE:  # an unnamed one speaks for their body
            return _Source(np, np, self._body_kind(np), None, head=head)
        if head in _GOVERNMENT_WORDS or (any(g in low for g in _GOVERNMENT_NAMES)
                                         and not words[-1].endswith("s")):
            return _Source(np, np, "government", None, head=head)
        if head in _ORGANIZATION_WORDS and not head.endswith("s"):
            kind = "government" if set(words) & _STATE_OWNED else "organization"
            return _Source(np, np, kind, None, head=head)
        if first in ("a", "an", "one") and head in _ANONYMOUS_SINGULAR:
            return _Source(np, np, "anonymous", None, head=head)
        if head in _VAGUE_HEADS or (head.endswith("s") and not head.endswith("ss")
                                    and head not in _PERSON_ROLES):
            return _Source(np, np, _plural_kind(np, head), None, head=head)
        if head in _PERSON_ROLES or head in _ANONYMOUS_SINGULAR or head.endswith(("er", "or",
                                                                                  "ist")):
            return _Source(np, np, "person", None, head=head)
        if np[:1].isupper() and first not in _STOP_NAMES:
            entity = self._lone_name(np)
            if entity is not None:
                return _Source(np, entity.name, "person", None, entity=entity)
        if head in _PERSON_ROLES:
            return _Source(np, np, "person", None, head=head)
        before_head = words[:words.index(head)] if head in words else list(words)
        if (head.isalpha() and head not in _SPEECH_NOUNS and len(before_head) <= 4
                and first in ("the", "a", "an", "this", "that", "its", "his", "her", "their")
                and head not in _FUNCTION_WORDS
                and not any(w.endswith("ing") or w in _PREPOSITIONS for w in before_head)):
            # any other body that speaks: "the family", "the hotel", "the school"
            kind = "group" if head in _COLLECTIVE_PEOPLE else "organization"
            return _Source(np, np, kind, None, head=head)
        return None

    def _name_in(self, np: str) -> str | None:
        """The name a noun phrase gives its source: at its start ("Huda Mansour of…", "the
        Kremlin") or at its end ("proxy advisory firm GovernWatch Advisory"); none in a
        description ("Chepkemoi’s lawyer") or where a capital only starts the sentence or
        makes an adjective ("Ukrainian officials", "People familiar with…")."""
        stripped = _ARTICLE_START.sub("", np)
        acronym = _ACRONYM_AT_END.search(stripped)
        if acronym and acronym.group(1) in self.names.acronyms:
            return acronym.group(0).strip()
        stripped = _BRACKETS_AT_END.sub("", stripped)
        runs = list(_NAME_RUN.finditer(stripped))
        if not runs:
            return None
        first = runs[0]
        if first.start() == 0:
            rest = stripped[first.end():]
            if rest.startswith(("’s ", "'s ", "’ ", "' ")):
                return None
            if not _LOWER_WORD_NEXT.match(rest) or _PARTICLE_NEXT.match(rest):
                parts = _names_in_run(first.group())
                name = _clean_run(parts[0][1])[1] if parts else ""
                if " " not in name and name.endswith("s"):
                    known = self.names.find(name)
                    if known is None or known.kind not in ("person", "organization",
                                                           "government"):
                        return None  # "Hydrologists say", "MPs": a plural noun, not a name
                return name or None
        last = runs[-1]
        if last.end() < len(stripped.rstrip()) or (last is first and first.start() == 0):
            return None
        before = _lower_words(stripped[:last.start()])
        if not before or any(w in _PREPOSITIONS for w in before):
            return None  # "researchers at the Technical University": not the source's name
        name = _clean_run(last.group())[1]
        known = self.names.find(name)
        if len(_name_tokens(name)) >= 2 or (known is not None and known.kind != "unknown") or (
                before[-1] in _NAME_INTRODUCERS):
            return name or None
        return None

    def _lone_name(self, name: str) -> _Entity | None:
        """A capitalised name the article has not introduced, such as a surname alone."""
        words = [w for w in name.split() if w.lower().rstrip(".") not in _TITLES]
        if not words or words[0].lower() in _STOP_NAMES:
            return None
        clean = " ".join(words)
        entity = self.names.find(clean)
        if entity is not None:
            return entity
        kind = _classify_name(clean)
        return _Entity(clean, "person" if kind in ("unknown", "place") else kind,
                       _name_tokens(clean), -2)

    def _pronoun(self, pronoun: str, position: int, written: str) -> _Source | None:
        gender = _PRONOUNS[pronoun]
        if gender in ("m", "f"):
            for source in self._person_candidates(position):
                known = self._gender(source)
                if known and known != gender:
                    continue
                if source.entity is not None and not known:
                    self.genders[id(source.entity)] = gender
                return _Source(written, source.resolved, source.kind, None, source.role,
                               source.head, source.entity)
            return _Source(written, written, "person", None)
        for draft in reversed(self.drafts):
            source = draft.found.source
            if not source.resolved:
                continue
            plural = source.kind in ("group", "vague", "anonymous") or source.head.endswith("s")
            if gender == "n" and source.kind in ("organization", "government"):
                return _Source(written, source.resolved, source.kind, None, head=source.head,
                               entity=source.entity)
            if gender == "p" and (plural or source.kind in ("organization", "government")):
                return _Source(written, source.resolved, source.kind, None, head=source.head,
                               entity=source.entity)
        return _Source(written, written, "organization" if gender == "n" else "group", None)

    def _person_candidates(self, position: int) -> Iterator[_Source]:
        """Who "he" or "she" may be, nearest first: the speakers of earlier statements and the
        first person named in each earlier sentence (the sentence's topic); a speaker comes
        before a topic at the same place.

        Drafts are in the order of their sentences, and a speaker is named inside its
        statement's sentence, so the speakers are nearest first sentence by sentence, from
        the last one before ``position`` back: only as many sentences are looked at as
        candidates are asked for (a long transcript of "he said" would cost its length
        squared)."""
        drafts, topics = self.drafts, self.topics
        next_topic = bisect.bisect_left(self.topic_starts, position) - 1  # nearest not given
        end = bisect.bisect_left(drafts, position, key=lambda draft: draft.start)
        while end > 0:
            begin = end - 1
            while begin > 0 and drafts[begin - 1].start == drafts[end - 1].start:
                begin -= 1
            speakers = [(source.span[0] if source.span else draft.start, source)
                        for draft in drafts[begin:end]
                        if (source := draft.found.source).kind == "person" and source.resolved]
            speakers.sort(key=lambda c: -c[0])
            for speaker_start, source in speakers:  # merged with the topics, nearest first
                while next_topic >= 0 and topics[next_topic][0] > speaker_start:
                    yield self._topic_source(topics[next_topic][1])
                    next_topic -= 1
                yield source
            end = begin
        for _, entity in reversed(topics[:next_topic + 1]):
            yield self._topic_source(entity)

    @staticmethod
    def _topic_source(entity: _Entity) -> _Source:
        return _Source(entity.name, entity.name, "person", None, entity=entity)

    def _topic_persons(self) -> list[tuple[int, _Entity]]:
        """The first person named in each sentence, in order: (where, who)."""
        topics: list[tuple[int, _Entity]] = []
        seen_sentences: set[int] = set()
        for mention_start, _, entity in self.names.mentions:  # in order, and kinds are settled
            if entity.kind != "person":
                continue
            sentence = self._sentence_of(mention_start)
            if sentence not in seen_sentences:
                seen_sentences.add(sentence)
                topics.append((mention_start, entity))
        return topics

    def _sentence_of(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def _gender(self, source: _Source) -> str:
        if source.entity is None:
            words = set(_lower_words(source.role + " " + source.speaker))
            return "f" if words & _FEMALE_WORDS else "m" if words & _MALE_WORDS else ""
        return source.entity.gender or self.genders.get(id(source.entity), "")

    def _one_of(self, group: str, written: str, *, fallback: bool = True) -> _Source | None:
        """"one of them", "one of the officials": a member of an earlier plural source."""
        head = group.split()[-1]
        for draft in reversed(self.drafts):
            source = draft.found.source
            if head == "them" and (source.kind in ("group", "vague", "anonymous")
                                   or source.head.endswith("s")):
                return _Source(written, source.resolved, source.kind, None, head=source.head)
            if head != "them" and source.head == head:
                return _Source(written, source.resolved, source.kind, None, head=source.head)
        if not fallback:
            return None
        kind = "anonymous" if head in ("officials", "sources") else "group"
        return _Source(written, written, kind, None, head=head)

    def _role(self, np: str, head: str, position: int) -> _Source | None:
        """"the minister", "The CFO", "Chepkemoi’s lawyer", "the company", "the league": the
        person with that role, or the organisation of that kind, named before."""
        wanted = set(_ABBREVIATED_ROLES[head].split()) if head in _ABBREVIATED_ROLES else {head}
        if head in _PERSON_ROLES or head in _ABBREVIATED_ROLES:
            best = None
            for _, _, entity in self._mentions_before(position):
                if entity.kind == "person" and wanted <= entity.roles:
                    best = entity
                    break
            if best is None:
                for draft in reversed(self.drafts):
                    source = draft.found.source
                    if source.entity is not None and source.kind == "person" and wanted <= set(
                            _lower_words(source.role)):
                        best = source.entity
                        break
            if best is not None:
                return _Source(np, best.name, "person", None, entity=best)
            return None
        if head in ("company", "firm", "group", "organisation", "organization", "carrier",
                    "maker", "manufacturer", "business"):
            for source in self._recent_sources():
                if source.kind == "organization" and source.resolved:
                    return _Source(np, source.resolved, "organization", None, head=head,
                                   entity=source.entity)
        if head in _INSTITUTION_WORDS:
            for draft in reversed(self.drafts):
                source = draft.found.source
                if head in _lower_words(source.resolved) and draft.start < position:
                    return _Source(np, source.resolved, source.kind, None, head=head,
                                   entity=source.entity)
            for _, _, entity in self._mentions_before(position):
                if head in _lower_words(entity.name):
                    kind = entity.kind if entity.kind in ("organization", "government") else (
                        "government" if head in _GOVERNMENT_WORDS else "organization")
                    return _Source(np, entity.name, kind, None, head=head, entity=entity)
        plain = _PLAIN_DEFINITE.fullmatch(np.strip()) and "’" not in np and "'" not in np
        if head in _ORGANIZATION_WORDS and head not in ("group", "party") and plain:
            # no name holds the word: the organisation last quoted or named ("the club")
            for source in self._recent_sources():
                if source.kind == "organization" and source.entity is not None:
                    return _Source(np, source.resolved, "organization", None, head=head,
                                   entity=source.entity)
            for _, _, entity in self._mentions_before(position):
                if entity.kind == "organization":
                    return _Source(np, entity.name, "organization", None, head=head,
                                   entity=entity)
        return None

    def _recent_sources(self) -> Iterator[_Source]:
        """Sources of the statements so far, the latest first (this sentence's included)."""
        for found in reversed(self.pending):
            yield found.source
        for draft in reversed(self.drafts):
            yield draft.found.source

    def _mentions_before(self, position: int) -> Iterator[tuple[int, int, _Entity]]:
        """The names mentioned before ``position``, the latest first."""
        before = bisect.bisect_left(self.mention_starts, position)
        return reversed(self.names.mentions[:before])

    def _document(self, np: str, position: int) -> _Source:
        """A report, letter or list speaks for whoever issued it: "the IAIA’s public list",
        "results published by the Council", "data from the research firm Kidscreen Data",
        "The letter" (named in an earlier statement: "said in a joint letter")."""
        issuers = [m.group(1) for m in _ISSUED_BY.finditer(np)]
        owner = _OWNER.match(np)
        if owner:
            issuers.append(owner.group(1))
        of = _OF_PHRASE.search(np)
        if of and self._name_in(of.group(1)):
            issuers.append(of.group(1))
        for text in issuers:
            source = self._classify(text.strip(), "", position)
            if source is not None and source.kind in ("organization", "government", "person"):
                return _Source(np, source.resolved, source.kind, None, head=_head(np),
                               entity=source.entity)
        head = _head(np)
        for draft in reversed(self.drafts):
            if draft.found.source.resolved and draft.start < position and (
                    head in self.masked[draft.start:draft.end].lower()):
                source = draft.found.source
                return _Source(np, source.resolved, source.kind, None, head=source.head,
                               entity=source.entity)
        # an unattributed study is some team's work; "surveys suggest" is anyone's
        bare_plural = head.endswith("s") and _lower_words(np)[0] == head
        return _Source(np, np, "vague" if bare_plural else "group", None, head=head)

    def _body_kind(self, np: str) -> str:
        """A spokesperson speaks for a body: "a spokesperson for the regulator"."""
        low = np.lower()
        for mention in _NAME_RUN.finditer(np):
            entity = self.names.find(_clean_run(mention.group())[1])
            if entity is not None and entity.kind in ("organization", "government"):
                return entity.kind
        words = set(_lower_words(low))
        if words & _GOVERNMENT_WORDS:
            return "government"
        return "organization"

    # -- finishing --------------------------------------------------------------------------

    def _delayed_identification(self) -> None:
        """News ledes often describe a source and name it in the next paragraph ("a former
        executive alleged…" then "Arvind Menon, who…, said"): link the two."""
        first_paragraph = [d for d in self.drafts if d.paragraph == 0]
        if not first_paragraph:
            return
        second = next(((s, e) for s, e in self.sentences if self._paragraph(s) == 1), None)
        if second is None:
            return
        head_run = _NAME_RUN.match(self.masked, second[0])
        if head_run is None:
            return
        entity = self.names.find(head_run.group())
        if entity is None or entity.kind not in ("person", "organization"):
            return
        for draft in first_paragraph:
            source = draft.found.source
            words = list(_lower_words(source.speaker))
            if (source.entity is None and words and words[0] in ("a", "an", "the")
                    and source.head and not source.head.endswith("s")
                    and source.head not in {"official", "source", "insider", "person",
                                            "ministry", "government", "company", "league"}
                    and not _ANONYMITY.search(source.speaker)
                    and source.kind in ("person", "anonymous", "organization")):
                source.resolved, source.kind, source.entity = entity.name, entity.kind, entity

    def _finish(self, draft: _Draft) -> DetectedStatement:
        found = draft.found
        source = found.source
        quotes = tuple(self._quote(a, b) for a, b in draft.quotes)
        quotes = tuple(q for q in quotes if q.text)
        mode = "indirect"
        if quotes:
            mode = "direct" if self._direct(draft) else "mixed"
        lemma = _lemma(found.verb)
        return DetectedStatement(
            sentence=Quote(self.text[draft.start:draft.end], draft.start, draft.end),
            speaker=source.speaker,
            resolved=source.resolved,
            kind=source.kind or "person",
            verb=found.verb,
            stance=found.stance if lemma else _NEUTRAL,
            mode=mode,
            quotes=quotes,
            role=source.role,
            speaker_id=self._speaker_id(source),
            speaker_span=source.span if source.speaker else None,
            verb_span=found.verb_span if found.verb else None,
        )

    def _quote(self, a: int, b: int) -> Quote:
        start, end = a + 1, b
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
            end -= 1
        return Quote(self.text[start:end], start, end)

    def _direct(self, draft: _Draft) -> bool:
        """Direct when the quotation is the whole of what is reported: it opens the sentence,
        or it comes straight after the verb ("said: “We…”") and starts a sentence."""
        frame = self.masked[draft.start:draft.end]
        first = min(q[0] for q in draft.quotes)
        if not frame[:first - draft.start].strip():
            return True
        found = draft.found
        end = found.verb_span[1] if not found.inverted or found.source.span is None else max(
            found.verb_span[1], found.source.span[1])
        between = self.masked[end:first] if end <= first else "x"
        opening = self.text[first + 1:first + 3].lstrip()[:1]
        return not between.strip(" ,:") and opening.isupper()

    def _speaker_id(self, source: _Source) -> str | None:
        if not self.speakers or not (source.resolved or source.speaker):
            return None
        wanted = {_norm(source.resolved), _norm(source.speaker)} - {""}
        for speaker_id, normalised in self.speaker_names.items():
            if wanted & normalised:
                return speaker_id
        tokens = _name_tokens(source.resolved)
        if source.kind == "person" and tokens:
            for speaker_id, names in self.speakers.items():
                for name in names:
                    known = _name_tokens(name)
                    if known and (_contains(known, tokens) or _contains(tokens, known)):
                        return speaker_id
        return None


# ----------------------------------------------------------------------------------------------
# Small helpers on the masked sentence text.

def _lemma(verb: str) -> str:
    low = verb.lower()
    if not low:
        return ""
    if low in _VERBS:
        return _VERBS[low][0]
    return low


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def _norm(name: str) -> str:
    """A name for comparison: no case, article or note in brackets ("Experts (unnamed)")."""
    low = name.lower().replace("’", "'").strip()
    low = _ARTICLE_START.sub("", low)
    low = _BRACKETS_AT_END.sub("", low)
    return _SPACES.sub(" ", low)


_WORD_AT_START = re.compile(r"\s*([\w’'\-#]+)")  # _last_word matches it on the text reversed


def _first_word(text: str) -> str:
    match = _WORD_AT_START.match(text)
    return match.group(1) if match else ""


def _last_word(text: str) -> str:
    # Read backwards from the end (a search for "…\s*$" would try every position), and
    # only the end: the last 60 characters.
    match = _WORD_AT_START.match(text[-60:][::-1])
    return match.group(1)[::-1] if match else ""


@functools.lru_cache(maxsize=8)
def _clause_end_re(extra: str, commas: bool) -> re.Pattern[str]:
    pattern = r"\.(?!\d)|[;:!?“”(]|\bthat\b|\s[—–]\s" + (r"|,(?!\d)" if commas else "")
    return re.compile(pattern + ("|" + extra if extra else ""))


_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt)|\.[A-Z])$")


def _clause_end(frame: str, start: int, *, extra: str = "", commas: bool = True) -> int:
    """Where the clause from ``start`` ends: at punctuation, a quotation or "that"."""
    pattern = _clause_end_re(extra, commas)
    match = pattern.search(frame, start)
    # an abbreviation or initial does not end a noun phrase: "Mr. Marsh", "U.S."
    while match and frame[match.start()] == "." and match.start() + 1 < len(frame) and (
            _ABBREVIATION_BEFORE.search(frame, 0, match.start())):
        match = pattern.search(frame, match.start() + 1)
    return match.start() if match else len(frame)


_CHUNK_MARKS = re.compile(r"[()\[\],]")


def _chunks(frame: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The comma-separated parts of frame[lo:hi] (not splitting inside brackets), stripped."""
    parts = []
    depth = 0
    start = lo
    for mark in _CHUNK_MARKS.finditer(frame, lo, hi):  # only brackets and commas matter
        i = mark.start()
        char = mark.group()
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0 and not (frame[i - 1:i].isdigit()
                                                   and frame[i + 1:i + 2].isdigit()):
            parts.append((start, i))
            start = i + 1
    parts.append((start, hi))
    out = []
    for s, e in parts:
        while s < e and frame[s].isspace():
            s += 1
        while e > s and frame[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


_NAME_LIST = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD})* and {_NAME_WORD}(?: {_NAME_WORD})*")
_PLACE_BEFORE_LIST = re.compile(rf"\b(?:in|at|of|from)\s+{_NAME_WORD}$")


def _join_lists(frame: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"nurses in Surulere, Alimosho and Ikorodu": a list of names is one part."""
    if len(chunks) >= 2:
        last = frame[chunks[-1][0]:chunks[-1][1]]
        before = frame[chunks[-2][0]:chunks[-2][1]]
        if _NAME_LIST.fullmatch(last) and _PLACE_BEFORE_LIST.search(before):
            return [*chunks[:-2], (chunks[-2][0], chunks[-1][1])]
    return chunks


_BULLET = re.compile(r"[-*•>\s]+")
_SUCH_BEFORE = re.compile(r"\bsuch\s*$")
_MASKED_WORD = re.compile(r"[\w’'\-#]+")


def _trim_left(frame: str, lo: int, hi: int) -> int:
    """Drop what precedes a subject in its clause: connectives, a dateline, a subordinator
    ("after German prosecutors"), a noun the source's clause describes ("an allegation the
    ministry")."""
    return lo + _subject_start(frame[lo:hi])


@functools.lru_cache(maxsize=4096)
def _subject_start(text: str) -> int:
    """Where the subject starts in a clause (see _trim_left); cached: the same clauses recur
    ("the company", "he")."""
    lo = 0
    bullet = _BULLET.match(text)  # a list item: "- Peskov stressed…"
    if bullet:
        lo += bullet.end()
        text = text[bullet.end():]
    dateline = _DATELINE.match(text)
    if dateline:
        lo += dateline.end()
        text = text[dateline.end():]
    connective = _CONNECTIVES.match(text)
    if connective:
        lo += connective.end()
        text = text[connective.end():]
    cut = 0
    for match in _SUBORDINATORS.finditer(text):
        if match.group().lower() == "as" and _SUCH_BEFORE.search(text[:match.start()]):
            continue
        cut = match.end()
    tokens = list(_MASKED_WORD.finditer(text))
    for i, token in enumerate(tokens):
        if token.start() < cut or i == 0:
            continue
        word = token.group().lower()
        if word not in ("the", "a", "an") and word not in _PRONOUNS:
            continue
        previous = tokens[i - 1].group().lower()
        if previous not in _PREPOSITIONS and previous not in _DETERMINERS \
                and previous not in ("and", "or") and not previous[0].isdigit() \
                and previous not in _QUANTIFIERS:
            cut = token.start()
    while cut < len(text) and text[cut].isspace():
        cut += 1
    return lo + cut


_TRAILING_TIME = re.compile(r"(?:\s+(?:on|last|this)\s+(?:[A-Z][a-z]+day(?:\s+(?:morning|night"
                            r"|afternoon|evening))?|week|month|year|night))+\s*$")


def _strip_trailing_time(text: str, lo: int) -> tuple[str, int]:
    stripped = _without_trailing_time(text)
    return stripped, lo + len(stripped)


@functools.lru_cache(maxsize=4096)
def _without_trailing_time(text: str) -> str:
    return _TRAILING_TIME.sub("", text).rstrip()


@functools.lru_cache(maxsize=4096)
def _anonymity_cue(text: str) -> bool:
    return bool(_ANONYMITY.search(text))


@functools.lru_cache(maxsize=32)  # each candidate verb of a sentence asks again
def _dateline_end(frame: str) -> int:
    dateline = _DATELINE.match(frame)
    return dateline.end() if dateline else 0


_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|which|whose|that)\b|\s(?:speaking|citing)\b")
_POSTMODIFIER = re.compile(
    r"\s(?:of|at|in|from|with|for|on|by|across|within|among|familiar|close"
    r"|aware|involved|briefed|based|who|which|that|whose|speaking|including|to|[a-z]+ed)\b")


@functools.lru_cache(maxsize=4096)
def _cut_relative(text: str) -> str:
    """"a senior official who spoke…": the noun phrase without its relative clause."""
    match = _RELATIVE_CLAUSE.search(text)
    return text[:match.start()].rstrip() if match else text.rstrip()


@functools.lru_cache(maxsize=4096)
def _head(np: str) -> str:
    """The head noun: the last word before a postmodifier ("officials familiar with…")."""
    cut = _POSTMODIFIER.search(np)
    words = _lower_words(np[:cut.start()] if cut else np)
    words = [w for w in words if w and w != "#"]
    if not words:
        return ""
    head = words[-1]
    if np[:cut.start() if cut else len(np)].rstrip().endswith(")") and len(words) > 1:
        head = words[-2]  # "the League (DPL)"
    return head


@functools.lru_cache(maxsize=4096)
def _np_like(text: str) -> bool:
    words = _lower_words(text)
    if words and text.strip()[:1].islower() and (
            words[0].endswith(("ing", "ed")) or words[0] in ("including", "like")):
        return False  # "speaking on condition of anonymity", "signed by all six governors"
    return bool(words) and len(words) <= 16 and words[0] not in _PREPOSITIONS and (
        words[0] not in _RELATIVES) and not text[:1].isdigit() and not _has_verb(text)


@functools.lru_cache(maxsize=4096)
def _has_verb(text: str) -> bool:
    words = _lower_words(_cut_relative(text))
    return any(w in _AUX for w in words)


_THE_START = re.compile(r"^(?:the|The)\s+")
_ACRONYM_SUFFIX = re.compile(r"\s*\([A-Z0-9&]+\)$")


@functools.lru_cache(maxsize=4096)
def _is_name(text: str) -> bool:
    stripped = _THE_START.sub("", text.strip())
    stripped = _ACRONYM_SUFFIX.sub("", stripped)
    match = _NAME_RUN.fullmatch(stripped)
    return bool(match) and stripped.split()[0].lower() not in _STOP_NAMES


@functools.lru_cache(maxsize=4096)
def _role_like(text: str) -> bool:
    """A description rather than a name: "the club’s sporting director", "Its spokeswoman"."""
    text = text.strip()
    if not text or _is_name(text):
        return False
    words = _lower_words(text)
    if words and words[0] == "whose":
        words = words[1:]
    return bool(words) and not _has_verb(text) and len(words) <= 14 and any(
        w.islower() or w in _PERSON_ROLES for w in words) and words[0] not in _PREPOSITIONS


@functools.lru_cache(maxsize=4096)
def _apposition_like(text: str) -> bool:
    """What may sit in commas between a source and its verb: a role, a name, an age, a
    relative clause, "for her part", "speaking on condition of anonymity"."""
    words = _lower_words(text)
    if not words:
        return False
    first = words[0]
    return (first in _DETERMINERS or first in _RELATIVES or first in _PREPOSITIONS
            or first[0].isdigit() or first.endswith(("ing", "ed")) or first == "including"
            or first.endswith("’s") or _role_like(text) or _is_name(text)
            or text.strip()[:1].isupper())


_QUANTIFIED = re.compile(r"(?:one|two|some|several|many|most|all|both|none|each)"
                         r" of (?:them|the \w+|these \w+|those \w+)")


def _apposition_pair(before: str, after: str) -> bool:
    """Whether ``after`` can be an apposition to ``before``: a name and its role, either way,
    or anything that is apposition-like after a name."""
    if _is_name(before) and _apposition_like(after):
        return True
    if _QUANTIFIED.fullmatch(before.strip().lower()) and _apposition_like(after):
        return True  # "One of them, a 34-year-old man from North Sumatra, told"
    if _role_like(before) and _is_name(after):
        return True
    return _role_like(before) and after.strip().lower().startswith("whose")


_SOME_OF = re.compile(r"(?:some|many|most|all|both|several|few|none|two|three)\s+of\b")
_PLURAL_HEADS = _QUANTIFIERS | {"others", "people", "police", "staff", "media", "public",
                                "majority"}


def _plural(source: _Source) -> bool:
    """Whether a source can take a verb's base form: "experts say", "most of them believe"."""
    speaker = source.speaker.lower()
    if speaker in ("they", "we", "you", "i") or _SOME_OF.match(speaker):
        return True
    head = source.head or _head(source.speaker)
    return (head.endswith("s") and not head.endswith("ss")) or head in _PLURAL_HEADS or (
        " and " in source.speaker)


def _tag_context(frame: str, start: int, left_bound: int, source: _Source) -> bool:
    """Whether the source and verb follow a quotation or a clause: "…,” he said." """
    if source.span is None:
        return False
    before = frame[left_bound:source.span[0] - start].rstrip()
    if not before:
        return left_bound > 0 and frame[left_bound - 1] in _QUOTE_CLOSERS
    if before[-1] in _QUOTE_CLOSERS:
        return True
    # "The match will go ahead, the league confirmed.", not "Despite the denials, the…"
    return before.endswith(",") and bool(_FINITE.search(before))


_LISTENER_VERBS = frozenset(("tell", "warn", "remind", "show", "urge", "promise", "assure"))


def _that_follows(after: str, lemma: str) -> bool:
    """Whether "that" opens the verb's complement: right after it ("noted that"), after a
    phrase that starts with a preposition ("said in a statement that", "insisted on Monday
    that"), or after the listener of a verb that takes one ("warned parliament that"); not
    "underscores the need for vigilance… a reminder that"."""
    match = _THAT.search(after)
    if not match or match.group() != "that" or match.start() > 160:
        return False
    between = _lower_words(after[:match.start()])
    if not between or between[0] in _PREPOSITIONS or all(
            w.endswith("ly") or w in ("only", "also", "again", "privately", "publicly")
            for w in between):
        return True
    return lemma in _LISTENER_VERBS


_THAT = re.compile(r"\bthat\b|[.;:!?“”]|,(?!\d)")
_TO_NEXT = re.compile(r"\s+to\b")
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*“|\s*:")
_QUESTION_NEXT = re.compile(r"\s*(?:whether|if|why|how|what|when|who)\b")
_TO = re.compile(r"\bto\b")
_AS = re.compile(r"\bas\b")
_WORD_NEXT = re.compile(r"\s+\S")
_QUOTE_SOON = re.compile(r"[^.;:!?“”]{0,80}“")


def _complement_ok(needs: str, after: str, tag: bool, source: _Source, lemma: str) -> bool:
    """Whether what follows a verb makes it report a statement (see _VERBS)."""
    if needs == "*":
        return not _TO_NEXT.match(after)  # "told to leave" (no listener) is an order
    clause_end = _CLAUSE_END.search(after)
    clause = after[:clause_end.start()] if clause_end else after
    rest = after.lstrip()
    if "T" in needs and _that_follows(after, lemma):
        return True
    if "Q" in needs and _QUOTE_NEXT.match(after):
        return True
    if "G" in needs and tag and not _FINITE.search(clause) and "that" not in clause:
        return True
    if "W" in needs and _QUESTION_NEXT.match(after):
        return True
    if "I" in needs and _TO.search(clause):
        return True
    next_word = _first_word(after).lower()
    object_ok = bool(next_word) and next_word not in _PREPOSITIONS and next_word not in {
        "that", "and", "but", "or", "as", "if", "when", "while", "because"} and bool(
        _WORD_NEXT.match(after))
    if "O" in needs and object_ok:
        return True
    if "F" in needs and object_ok:
        return True
    if "A" in needs and object_ok and _AS.search(clause):
        return True
    if "C" in needs and _QUOTE_SOON.match(after):
        return True  # called the allegations “baseless”; an allegation the ministry called “…”
    if "B" in needs and (next_word in _DETERMINERS or next_word in _PRONOUNS
                         or next_word in _QUANTIFIERS or rest[:1].isupper()
                         or rest[:1].isdigit()) and _FINITE.search(clause):
        return True
    return "S" in needs and source.kind in ("vague", "group") and object_ok
