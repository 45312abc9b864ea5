"""The declared brief format: unknown keys, required keys and field types, all located."""

import datetime as dt
from pathlib import Path

import pytest

from briefgen.check.project import load_project
from briefgen.diagnostics import Mark

from .briefs import VALID, extended, only_problem, variant, write_brief


def problems(root: Path):
    project, report = load_project(root)
    assert project.briefs == ()
    assert all(d.severity == "error" for d in report.items)
    return report.sorted()


def test_the_valid_brief_converts_every_field(tmp_path):
    write_brief(tmp_path, VALID)
    project, report = load_project(tmp_path)
    assert report.items == []
    brief = project.briefs[0]
    assert (brief.slug, brief.title, brief.date) == ("brief", "Was the bridge closed?",
                                                     dt.date(2025, 4, 9))
    assert brief.authors == ("The desk",)
    assert brief.claim.by.name == "City officials"
    assert brief.verdict.rating.id == "unproven"


def test_unknown_key_suggests_the_close_spelling(tmp_path):
    write_brief(tmp_path, variant("  summary: The bridge was closed.",
                                  "  sumary: The bridge was closed."))
    missing, unknown = problems(tmp_path)
    assert unknown.mark == Mark(13, 3)
    assert unknown.message == "unknown key 'claim.sumary'"
    assert unknown.hint == "did you mean 'summary'?"
    # the misspelt key also leaves the real one missing, reported at the claim's mapping
    assert missing.mark == Mark(12, 3)
    assert "missing required key 'summary' in claim" in missing.message


def test_unknown_key_suggests_the_formats_word_for_a_synonym(tmp_path):
    write_brief(tmp_path, extended("""\
        evidence:
          - title: The city's notice
        """))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(19, 1)
    assert problem.message == "unknown key 'evidence'"
    assert problem.hint == "did you mean 'sources'?"


def test_unknown_key_in_a_list_item_names_its_place(tmp_path):
    write_brief(tmp_path, extended("""\
        sources:
          - title: The city's notice
            link: https://example.org/notice
        """))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(21, 5)
    assert problem.message == "unknown key 'sources[1].link'"
    assert "expected one of: title, url, publisher, date, note" in problem.hint


def test_unknown_key_without_a_close_match_lists_the_known_keys(tmp_path):
    write_brief(tmp_path, extended("zzz: 1\n"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(19, 1)
    assert problem.message == "unknown key 'zzz'"
    assert problem.hint.startswith("expected one of: title, slug, date, updated, authors")


@pytest.mark.parametrize("old, mark, message, hint", [
    ("title: Was the bridge closed?", Mark(1, 1), "missing required key 'title'",
     "add 'title:' (the brief's headline)"),
    ("date: 2025-04-09", Mark(1, 1), "missing required key 'date'", "YYYY-MM-DD"),
    ("  by: officials", Mark(12, 3), "missing required key 'by' in claim",
     "add 'by:' (the speaker id of the claimant)"),
    ("  rating: unproven", Mark(17, 3), "missing required key 'rating' in verdict",
     "add 'rating:' (an id from the site's rating scale)"),
    ("    kind: group", Mark(9, 5), "missing required key 'kind' in speakers.officials",
     "one of person, organization, government, group, anonymous, vague"),
])
def test_missing_required_key_is_reported_at_its_mapping(tmp_path, old, mark, message, hint):
    write_brief(tmp_path, variant(old, ""))
    problem = only_problem(tmp_path)
    assert problem.mark == mark
    assert problem.message == message
    assert hint in problem.hint


def test_missing_whole_sections_are_each_reported(tmp_path):
    write_brief(tmp_path, """\
        title: Was the bridge closed?
        date: 2025-04-09
        """)
    found = problems(tmp_path)
    assert [(d.mark, d.message) for d in found] == [
        (Mark(1, 1), "missing required key 'article'"),
        (Mark(1, 1), "missing required key 'authors'"),
        (Mark(1, 1), "missing required key 'claim'"),
        (Mark(1, 1), "missing required key 'verdict'"),
    ]


# A line of the valid brief replaced by a wrong value: the only problem, where the value is,
# what is wrong and what to write instead.
WRONG_VALUES = [
    pytest.param("title: Was the bridge closed?", "title: 42", Mark(1, 8),
                 "title: must be text, not a number", 'put it in quotes: "42"',
                 id="a number for a title"),
    pytest.param("title: Was the bridge closed?", "title: yes", Mark(1, 8),
                 "title: must be text, not the yes/no value 'yes'", 'put it in quotes: "yes"',
                 id="a yes/no word for a title"),
    pytest.param("authors:\n  - The desk", "authors: The desk", Mark(3, 10),
                 "authors: must be a list, not text",
                 "start each item on its own line with '- ', e.g. - The desk",
                 id="text where a list is expected"),
    pytest.param("date: 2025-04-09", "date:\n  year: 2025\n  month: 4", Mark(3, 3),
                 "date: must be a date, not a mapping (key: value pairs)", "YYYY-MM-DD",
                 id="a mapping for a date"),
    pytest.param("article:\n  file: seeds/article.txt", "article: seeds/article.txt",
                 Mark(5, 10), "article: must be a mapping (key: value pairs), not text",
                 "write its keys on the lines below, indented",
                 id="text where a mapping is expected"),
    pytest.param("  - The desk", "  - The desk\n  - 42", Mark(5, 5),
                 "authors[2]: must be text, not a number", "", id="a wrong list item"),
    pytest.param("    kind: group", "    kind: grup", Mark(10, 11),
                 "speakers.officials.kind: 'grup' is not one of person, organization, "
                 "government, group, anonymous, vague", "did you mean 'group'?",
                 id="a choice misspelt"),
    pytest.param("date: 2025-04-09", "date: 2025-04-09\nslug: Bridge Closed!", Mark(3, 7),
                 "slug: 'Bridge Closed!' is not a valid id", "e.g. 'bridge-closed'",
                 id="a slug that is not an id"),
    pytest.param("  file: seeds/article.txt",
                 "  file: seeds/article.txt\n  url: example.org/story", Mark(7, 8),
                 "article.url: 'example.org/story' is not a web address", "https://",
                 id="a web address without a scheme"),
    pytest.param("    - City officials said on Monday",
                 "    - text: City officials said on Monday\n      occurrence: 0", Mark(16, 19),
                 "claim.quotes[1].occurrence: must be 1 or more, not 0",
                 "write a whole number from 1 up", id="an occurrence of 0"),
    pytest.param("    - City officials said on Monday",
                 "    - text: City officials said on Monday\n      occurrence: 2.5", Mark(16, 19),
                 "claim.quotes[1].occurrence: must be a whole number, not 2.5",
                 "write a whole number from 1 up", id="an occurrence of 2.5"),
]


@pytest.mark.parametrize(("old", "new", "mark", "message", "hint"), WRONG_VALUES)
def test_a_wrong_value_is_located_and_explained(tmp_path, old, new, mark, message, hint):
    write_brief(tmp_path, variant(old, new))
    problem = only_problem(tmp_path)
    assert (problem.mark, problem.message) == (mark, message)
    assert hint in problem.hint


def test_an_empty_required_list(tmp_path):
    write_brief(tmp_path, variant("    - City officials said on Monday", "    []")
                .replace("quotes:\n    []", "quotes: []"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(14, 11)
    assert problem.message == "claim.quotes: needs at least one item"


@pytest.mark.parametrize("value", ['""', "", "'   '"])
def test_empty_text_is_reported(tmp_path, value):
    write_brief(tmp_path, variant("  summary: No evidence either way.", f"  summary: {value}"))
    problem = only_problem(tmp_path)
    assert problem.mark.line == 18
    assert problem.message == "verdict.summary: is empty"
    assert problem.hint == "write it after the colon"


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "'9 April 2025'"])
def test_bad_date_is_reported(tmp_path, value):
    write_brief(tmp_path, variant("date: 2025-04-09", f"date: {value}"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(2, 7)
    assert problem.message == f"date: {value.strip(chr(39))!r} is not a valid date"
    assert problem.hint == "write it as YYYY-MM-DD, e.g. 2025-04-09"


@pytest.mark.parametrize("value", ["2025-04-09", '"2025-04-09"', "2025-04-09T23:30:00Z",
                                   "2025-04-09 08:00:00"])
def test_dates_and_timestamps_give_the_day(tmp_path, value):
    write_brief(tmp_path, variant("date: 2025-04-09", f"date: {value}"))
    project, report = load_project(tmp_path)
    assert report.items == []
    assert project.briefs[0].date == dt.date(2025, 4, 9)


def test_invalid_speaker_id_is_reported_at_the_key(tmp_path):
    write_brief(tmp_path, variant("  officials:", "  City Officials:"))
    _, report = load_project(tmp_path)
    problem, use = report.sorted()
    assert problem.mark == Mark(8, 3)
    assert problem.message == "speakers: 'City Officials' is not a valid id"
    assert "e.g. 'city-officials'" in problem.hint
    # the claim still names 'officials', which is now defined nowhere: reported in the same run
    assert use.message == "claim.by: unknown speaker id 'officials'"


def test_yes_or_no_field_rejects_other_words(tmp_path):
    write_brief(tmp_path, extended("draft: maybe\n"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(19, 8)
    assert problem.message == "draft: must be yes or no, not text"
    assert problem.hint == "write true or false"


def test_every_schema_problem_in_a_brief_is_reported_at_once(tmp_path):
    write_brief(tmp_path, """\
        title: 42
        date: 2025-02-30
        authors: The desk
        article:
          file: seeds/article.txt
        speakers:
          officials:
            name: City officials
            kind: grup
        claim:
          by: officials
          sumary: The bridge was closed.
          quotes:
            - City officials said on Monday
        verdict:
          summary: No evidence either way.
        """)
    found = problems(tmp_path)
    assert [(d.mark.line, d.mark.column, d.message) for d in found] == [
        (1, 8, "title: must be text, not a number"),
        (2, 7, "date: '2025-02-30' is not a valid date"),
        (3, 10, "authors: must be a list, not text"),
        (9, 11, "speakers.officials.kind: 'grup' is not one of person, organization, "
                "government, group, anonymous, vague"),
        (11, 3, "missing required key 'summary' in claim"),
        (12, 3, "unknown key 'claim.sumary'"),
        (16, 3, "missing required key 'rating' in verdict"),
    ]
