"""The detector's figures on the gold set stay where they are, and the scoring is right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.analyse.detect import KINDS, MODES, STANCES, detect
from briefgen.analyse.evaluate import evaluate, load_gold, main, match, normalise_name

# The gold set, by this file's place: the package may be installed elsewhere.
GOLD = Path(__file__).resolve().parent / "data" / "attribution"

# The figures reached (python -m briefgen.analyse.evaluate), rounded down a little so that an
# unrelated improvement elsewhere does not fail the build, while a real regression does.
OVERALL_FLOORS = {"precision": 0.98, "recall": 0.98, "f1": 0.98}
ACCURACY_FLOORS = {"speaker": 0.97, "kind": 0.97, "mode": 0.98, "verb": 0.97, "stance": 0.97,
                   "quotes": 0.98}
ARTICLE_FLOORS = {"f1": 0.95, "speaker": 0.85, "kind": 0.9}


@pytest.fixture(scope="module")
def scores():
    return evaluate(GOLD)


def test_the_gold_set_is_all_there(scores):
    overall, articles = scores
    assert len(articles) >= 16  # the seed, ten written for it, and five held out
    assert overall.gold >= 260
    assert "russia-china-recruits" in {a.name for a in articles}


@pytest.mark.parametrize("figure", sorted(OVERALL_FLOORS))
def test_overall_detection_stays_up(scores, figure):
    overall, _ = scores
    assert getattr(overall, figure) >= OVERALL_FLOORS[figure]


@pytest.mark.parametrize("field", sorted(ACCURACY_FLOORS))
def test_overall_accuracy_stays_up(scores, field):
    overall, _ = scores
    assert overall.accuracy(field) >= ACCURACY_FLOORS[field]


def test_every_article_stays_up(scores):
    _, articles = scores
    for article in articles:
        assert article.f1 >= ARTICLE_FLOORS["f1"], article.name
        assert article.accuracy("speaker") >= ARTICLE_FLOORS["speaker"], article.name
        assert article.accuracy("kind") >= ARTICLE_FLOORS["kind"], article.name


def test_gold_files_are_well_formed():
    for path in sorted(GOLD.glob("*.gold.json")):
        text = (path.parent / path.name.replace(".gold.json", ".txt")).read_text("utf-8")
        data = json.loads(path.read_text("utf-8"))
        assert set(data) <= {"entities", "statements"}, path.name
        for item in data["statements"]:
            assert item["kind"] in KINDS, (path.name, item)
            assert item["stance"] in STANCES, (path.name, item)
            assert item["mode"] in MODES, (path.name, item)
            assert item["text"] in text, (path.name, item["text"][:50])
            for quote in item["quotes"]:
                assert quote in item["text"], (path.name, quote)
            assert (item["mode"] == "indirect") == (not item["quotes"]), (path.name, item)
        assert load_gold(text, data)


TEXT = "Ana Silva said the bridge was safe. Bo Tan said it was not. The river rose."


def gold(items):
    return load_gold(TEXT, {"statements": items})


def item(text, resolved, **extra):
    base = {"text": text, "speaker": resolved, "resolved": resolved, "kind": "person",
            "verb": "said", "stance": "neutral", "mode": "indirect", "quotes": []}
    return {**base, **extra}


def test_matching_pairs_overlapping_statements_one_to_one():
    found = detect(TEXT)
    pairs, missed, extra = match(gold([item("Ana Silva said", "Ana Silva"),
                                       item("Bo Tan said", "Bo Tan")]), found)
    assert [p.found.resolved for p in pairs] == ["Ana Silva", "Bo Tan"]
    assert all(all(p.right.values()) for p in pairs)
    assert missed == [] and extra == []


def test_a_gold_statement_is_widened_to_its_sentence():
    g = gold([item("the bridge", "Ana Silva")])[0]
    assert g.text == "Ana Silva said the bridge was safe."


def test_unmatched_statements_are_missed_or_extra():
    found = detect(TEXT)
    pairs, missed, extra = match(gold([item("The river rose.", "Nobody")]), found)
    assert pairs == [] and len(missed) == 1 and len(extra) == 2


def test_in_one_sentence_the_same_speaker_is_paired_first():
    text = "Ana Silva denied it after Bo Tan said so."
    found = detect(text)
    g = load_gold(text, {"statements": [item(text, "Bo Tan"), item(text, "Ana Silva",
                                                                    verb="denied",
                                                                    stance="loaded")]})
    pairs, _, _ = match(g, found)
    assert all(p.right["speaker"] for p in pairs) and len(pairs) == 2


def test_names_compare_without_case_articles_or_quote_styles():
    assert normalise_name("The Kremlin") == normalise_name("kremlin")
    assert normalise_name("Fans’ groups") == normalise_name("fans' groups")
    assert normalise_name("the German Professional League (DPL)") == (
        "german professional league")


def test_aliases_count_as_the_resolved_speaker():
    text = "The Baltic Fisheries Council (BFC) said stocks were low."
    g = load_gold(text, {"entities": {"Baltic Fisheries Council": ["BFC"]},
                         "statements": [item(text, "Baltic Fisheries Council")]})
    assert "bfc" in g[0].accepted


def test_the_command_prints_the_table(capsys):
    assert main(["--data", str(GOLD)]) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "russia-china-recruits" in out and "F1" in out


def test_the_command_says_when_there_is_no_gold_set(tmp_path, capsys):
    assert main(["--data", str(tmp_path)]) == 2
    assert "no NAME.gold.json" in capsys.readouterr().err
