"""Cross-references of a brief: speaker and rating ids, the article, quotes in the article."""

import textwrap
from pathlib import Path

import pytest

from briefgen.check.project import load_project
from briefgen.diagnostics import Mark

from . import briefs
from .briefs import VALID, extended, only_problem, variant

ARTICLE = (
    "City officials said on Monday that the bridge was closed for repairs.\n"
    "The ministry denied it: “The bridge is open,” a spokesperson said.\n"
    "Residents said the bridge was closed again on Tuesday.\n"
)


def write_brief(root: Path, text: str, name: str = "brief") -> Path:
    """A project at root with briefs/<name>.yaml and this module's three-line article."""
    return briefs.write_brief(root, text, name, article=ARTICLE)


def test_the_valid_brief_anchors_its_quote(tmp_path):
    write_brief(tmp_path, VALID)
    project, report = load_project(tmp_path)
    assert report.items == []
    quote = project.briefs[0].claim.quotes[0]
    assert (quote.text, quote.start, quote.end) == ("City officials said on Monday", 0, 29)


def test_the_bundled_example_project_loads_cleanly(example):
    project, report = load_project(example)
    assert [d.format() for d in report.items] == []
    (brief,) = project.briefs
    assert brief.slug == "russia-china-recruits"
    for _side, _speaker, quote in brief.attributions():
        assert brief.article.text[quote.start:quote.end] == quote.text


# --- speakers ---------------------------------------------------------------------------

# A speaker or rating id that the brief uses but nothing defines: located, with a way out.
UNKNOWN_IDS = [
    pytest.param("  by: officials", "  by: oficials", Mark(12, 7),
                 "claim.by: unknown speaker id 'oficials'", "did you mean 'officials'?",
                 id="a speaker misspelt"),
    pytest.param("  by: officials", "  by: mayor", Mark(12, 7),
                 "claim.by: unknown speaker id 'mayor'",
                 "define it under 'speakers:' or use one of: officials",
                 id="a speaker nothing like the known ones"),
    pytest.param("speakers:\n  officials:\n    name: City officials\n    kind: group", "",
                 Mark(8, 7), "claim.by: unknown speaker id 'officials'",
                 "define speakers under 'speakers:'", id="a speaker where none are defined"),
    pytest.param("  rating: unproven", "  rating: unproved", Mark(17, 11),
                 "verdict.rating: unknown rating 'unproved'", "did you mean 'unproven'?",
                 id="a rating misspelt"),
    pytest.param("  rating: unproven", "  rating: pants-on-fire", Mark(17, 11),
                 "verdict.rating: unknown rating 'pants-on-fire'",
                 "the site's ratings are: true, mostly-true, mixed, mostly-false, false, unproven",
                 id="a rating not on the scale"),
]


@pytest.mark.parametrize(("old", "new", "mark", "message", "hint"), UNKNOWN_IDS)
def test_an_unknown_id_is_located_with_a_way_out(tmp_path, old, new, mark, message, hint):
    write_brief(tmp_path, variant(old, new))
    problem = only_problem(tmp_path)
    assert (problem.mark, problem.message, problem.hint) == (mark, message, hint)


def test_unknown_speaker_in_a_response_names_the_response(tmp_path):
    write_brief(tmp_path, extended("""\
        responses:
          - by: ministry
            stance: denies
            summary: The ministry says the bridge is open.
            quotes:
              - The bridge is open
        """))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(20, 9)
    assert problem.message == "responses[1].by: unknown speaker id 'ministry'"


def test_speakers_can_come_from_the_projects_speakers_file(tmp_path):
    write_brief(tmp_path, variant("  by: officials", "  by: city"))
    (tmp_path / "speakers.yaml").write_text("city:\n  name: City hall\n  kind: government\n")
    project, report = load_project(tmp_path)
    assert report.items == []
    assert project.briefs[0].claim.by.name == "City hall"


# --- ratings ----------------------------------------------------------------------------

def test_ratings_come_from_the_site_config_when_it_has_a_scale(tmp_path):
    write_brief(tmp_path, VALID)
    (tmp_path / "briefgen.yaml").write_text(textwrap.dedent("""\
        ratings:
          - {id: correct, label: Correct, colour: "#1a7f37"}
          - {id: wrong, label: Wrong, colour: "#cf222e"}
        """))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(17, 11)
    assert problem.hint == "the site's ratings are: correct, wrong"


# --- quotes -----------------------------------------------------------------------------

def test_quote_not_found_shows_the_closest_passage(tmp_path):
    write_brief(tmp_path, variant("    - City officials said on Monday",
                                  "    - City officials said on Sunday"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(15, 7)
    assert problem.message == ("claim.quotes[1]: quote not found in the article: "
                               "'City officials said on Sunday'")
    assert problem.hint == "the closest passage in the article is: 'City officials said on Monday'"


def test_quote_not_found_without_anything_close(tmp_path):
    write_brief(tmp_path, variant("    - City officials said on Monday", "    - xyzzy plugh"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(15, 7)
    assert "quote not found in the article: 'xyzzy plugh'" in problem.message
    assert problem.hint == "copy the words exactly as the article has them"


def test_a_quote_that_occurs_twice_is_an_error(tmp_path):
    write_brief(tmp_path, variant("    - City officials said on Monday",
                                  "    - the bridge was closed"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(15, 7)
    assert problem.message == ("claim.quotes[1]: the quote occurs 2 times in the article "
                               "(paragraphs 1, 3)")
    assert "occurrence: N" in problem.hint and "add words around it" in problem.hint


def test_occurrence_picks_the_nth_span(tmp_path):
    write_brief(tmp_path, variant("    - City officials said on Monday",
                                  "    - text: the bridge was closed\n"
                                  "      occurrence: 2"))
    project, report = load_project(tmp_path)
    assert report.items == []
    quote = project.briefs[0].claim.quotes[0]
    second = ARTICLE.index("the bridge was closed again")
    assert (quote.start, quote.end) == (second, second + len("the bridge was closed"))
    assert ARTICLE.index("the bridge was closed") < second  # not the first one
    assert quote.text == "the bridge was closed"


def test_occurrence_beyond_the_matches_is_located_at_the_number(tmp_path):
    write_brief(tmp_path, variant("    - City officials said on Monday",
                                  "    - text: the bridge was closed\n"
                                  "      occurrence: 3"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(16, 19)
    assert problem.message == "claim.quotes[1].occurrence: the quote occurs only 2 time(s)"
    assert problem.hint == "use a number from 1 to 2"


# --- the article ------------------------------------------------------------------------

def test_inline_article_text(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt",
                                  "  text: City officials said on Monday that it was shut."))
    project, report = load_project(tmp_path)
    assert report.items == []
    assert project.briefs[0].article.text == "City officials said on Monday that it was shut."
    assert project.briefs[0].article.file == ""


def test_article_file_missing(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt", "  file: seeds/missing.txt"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(6, 9)
    assert problem.message == "article.file: 'seeds/missing.txt': the article file does not exist"
    assert problem.hint == "check the path and its spelling"


def test_article_file_is_a_folder(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt", "  file: seeds"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(6, 9)
    assert problem.message == "article.file: 'seeds': the article file is a folder, not a file"


def test_article_file_not_utf8(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt", "  file: seeds/latin1.txt"))
    (tmp_path / "seeds" / "latin1.txt").write_bytes(
        "City officials said on Monday.\nThe café was closed.\n".encode("latin-1"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(6, 9)
    assert problem.message == ("article.file: 'seeds/latin1.txt' (2:8): the article file is "
                               "not UTF-8 text")
    assert "UTF-8 encoding" in problem.hint


def test_article_file_with_bom_and_crlf_is_read_as_plain_lines(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt", "  file: seeds/windows.txt"))
    (tmp_path / "seeds" / "windows.txt").write_bytes(
        ("\ufeff" + ARTICLE.replace("\n", "\r\n")).encode("utf-8"))
    project, report = load_project(tmp_path)
    assert report.items == []
    brief = project.briefs[0]
    assert brief.article.text == ARTICLE
    assert (brief.claim.quotes[0].start, brief.claim.quotes[0].end) == (0, 29)


def test_empty_article_file(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt", "  file: seeds/empty.txt"))
    (tmp_path / "seeds" / "empty.txt").write_text(" \n\n")
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(6, 3)
    assert problem.message == "article: the article is empty"


@pytest.mark.parametrize("name", ["../outside.txt", "seeds/../../outside.txt", "ABSOLUTE"])
def test_article_file_outside_the_project_is_refused(tmp_path, name):
    project_dir = tmp_path / "project"
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE)  # it exists: refused for where it is, not for being absent
    name = str(outside) if name == "ABSOLUTE" else name
    write_brief(project_dir, variant("  file: seeds/article.txt", f"  file: {name}"))
    problem = only_problem(project_dir)
    assert problem.mark == Mark(6, 9)
    assert problem.message == f"article.file: {name!r} is outside the project"
    assert "put the article inside the project" in problem.hint


def test_article_symlink_leading_outside_the_project_is_refused(tmp_path):
    project_dir = tmp_path / "project"
    write_brief(project_dir, variant("  file: seeds/article.txt", "  file: seeds/link.txt"))
    (tmp_path / "secret.txt").write_text(ARTICLE)
    try:
        (project_dir / "seeds" / "link.txt").symlink_to(tmp_path / "secret.txt")
    except OSError:
        pytest.skip("symlinks are not available")
    problem = only_problem(project_dir)
    assert problem.mark == Mark(6, 9)
    assert problem.message == "article.file: 'seeds/link.txt' is outside the project"


def test_both_file_and_text_is_an_error(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt",
                                  "  file: seeds/article.txt\n  text: City officials said."))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(6, 3)
    assert problem.message == "article: give either 'file:' or 'text:'"
    assert "file:" in problem.hint and "text:" in problem.hint


def test_neither_file_nor_text_is_an_error(tmp_path):
    write_brief(tmp_path, variant("  file: seeds/article.txt", "  headline: Bridge shut"))
    problem = only_problem(tmp_path)
    assert problem.mark == Mark(6, 3)
    assert problem.message == "article: missing 'file:' or 'text:'"


@pytest.mark.parametrize(("value", "message"), [
    ("42", "article.file: must be text, not a number"),
    ("''", "article.file: is empty"),
    ("[a, b]", "article.file: must be text, not a list"),
])
def test_an_unusable_file_is_the_only_problem_reported(tmp_path, value, message):
    """Not also "missing 'file:' or 'text:'": the editor wrote one."""
    write_brief(tmp_path, variant("  file: seeds/article.txt", f"  file: {value}"))
    problem = only_problem(tmp_path)
    assert (problem.mark, problem.message) == (Mark(6, 9), message)


# --- the project ------------------------------------------------------------------------

def test_two_briefs_with_the_same_slug(tmp_path):
    first = variant("date: 2025-04-09", "date: 2025-04-09\nslug: bridge")
    write_brief(tmp_path, first, name="a")
    second = write_brief(tmp_path, first, name="b")
    project, report = load_project(tmp_path)
    (problem,) = report.sorted()
    assert problem.path == second
    assert problem.mark is None
    assert problem.message == "the slug 'bridge' is also used by briefs/a.yaml"
    assert "set a different 'slug:'" in problem.hint
    assert [b.source for b in project.briefs] == ["briefs/a.yaml", "briefs/b.yaml"]


def test_a_slug_may_clash_with_another_briefs_file_name(tmp_path):
    write_brief(tmp_path, variant("date: 2025-04-09", "date: 2025-04-09\nslug: b"), name="a")
    second = write_brief(tmp_path, VALID, name="b")
    _, report = load_project(tmp_path)
    (problem,) = report.sorted()
    assert problem.path == second
    assert problem.message == "the slug 'b' is also used by briefs/a.yaml"


def test_file_name_that_is_not_a_valid_slug(tmp_path):
    path = write_brief(tmp_path, VALID, name="Bridge Closed")
    problem = only_problem(tmp_path)
    assert problem.path == path
    assert problem.mark is None
    assert problem.message == "the file name 'Bridge Closed.yaml' is not a valid page address"
    assert problem.hint == "rename the file to bridge-closed.yaml or add 'slug: bridge-closed'"


def test_every_problem_is_reported_in_one_run_across_files(tmp_path):
    a = write_brief(tmp_path, """\
        title: 42
        date: 2025-02-30
        authors:
          - The desk
        article:
          file: seeds/article.txt
        speakers:
          officials:
            name: City officials
            kind: group
        claim:
          by: officials
          sumary: The bridge was closed.
          quotes:
            - City officials said on Monday
        verdict:
          rating: unproven
          summary: No evidence either way.
        """, name="a")
    b = write_brief(tmp_path, """\
        title: Was the bridge open?
        date: 2025-04-10
        authors:
          - The desk
        article:
          file: seeds/article.txt
        speakers:
          ministry:
            name: The ministry
            kind: government
        claim:
          by: minstry
          summary: The bridge is open.
          quotes:
            - The bridge is open
            - The bridge is shut
        responses:
          - by: residents
            stance: denies
            summary: Residents say it was closed.
            quotes:
              - the bridge was closed
        verdict:
          rating: flase
          summary: Contradicted by residents.
        """, name="b")
    write_brief(tmp_path, VALID, name="c")
    project, report = load_project(tmp_path)
    assert [(d.path, d.mark.line, d.mark.column, d.message) for d in report.sorted()] == [
        (a, 1, 8, "title: must be text, not a number"),
        (a, 2, 7, "date: '2025-02-30' is not a valid date"),
        (a, 12, 3, "missing required key 'summary' in claim"),
        (a, 13, 3, "unknown key 'claim.sumary'"),
        (b, 12, 7, "claim.by: unknown speaker id 'minstry'"),
        (b, 16, 7, "claim.quotes[2]: quote not found in the article: 'The bridge is shut'"),
        (b, 18, 9, "responses[1].by: unknown speaker id 'residents'"),
        (b, 22, 9, "responses[1].quotes[1]: the quote occurs 2 times in the article "
                   "(paragraphs 1, 3)"),
        (b, 24, 11, "verdict.rating: unknown rating 'flase'"),
    ]
    assert all(d.severity == "error" for d in report.items)
    assert [brief.slug for brief in project.briefs] == ["c"]  # the good brief still loads


def test_format_errors_do_not_hide_cross_reference_errors(tmp_path):
    text = variant("title: Was the bridge closed?", "titel: Was the bridge closed?")
    text = text.replace("rating: unproven", "rating: unprovn")
    write_brief(tmp_path, text)
    project, report = load_project(tmp_path)
    assert project.briefs == ()
    assert [d.message for d in report.sorted()] == [
        "missing required key 'title'",
        "unknown key 'titel'",
        "verdict.rating: unknown rating 'unprovn'",
    ]


def test_an_id_that_yaml_reads_as_a_boolean_is_the_id_meant(tmp_path):
    write_brief(tmp_path, variant("  rating: unproven", "  rating: false"))
    project, report = load_project(tmp_path)
    assert not report.items
    assert project.briefs[0].verdict.rating.label == "False"


def test_speakers_can_be_shared_by_all_briefs(tmp_path):
    write_brief(tmp_path, textwrap.dedent(VALID).replace(
        "speakers:\n  officials:\n    name: City officials\n    kind: group\n", ""))
    (tmp_path / "speakers.yaml").write_text(
        "officials:\n  name: City officials\n  kind: group\n", encoding="utf-8")
    project, report = load_project(tmp_path)
    assert not report.items, [d.format() for d in report.items]
    brief = project.briefs[0]
    assert brief.claim.by.name == "City officials"
    assert [s.id for s in brief.speakers] == ["officials"]  # only the speakers it uses


def test_a_brief_speaker_overrides_a_shared_one(tmp_path):
    write_brief(tmp_path, VALID)
    (tmp_path / "speakers.yaml").write_text(
        "officials:\n  name: Officials everywhere\n  kind: vague\n", encoding="utf-8")
    project, report = load_project(tmp_path)
    assert not report.items
    assert project.briefs[0].claim.by.name == "City officials"
