"""The sentence splitter: spans of news text, with abbreviations, initials and quotes."""

import pytest

from briefgen.analyse.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_splits_on_full_stops_question_and_exclamation_marks():
    text = "The bridge closed. Was it safe? Nobody knew! Repairs began."
    assert sentences(text) == [
        "The bridge closed.", "Was it safe?", "Nobody knew!", "Repairs began.",
    ]


def test_spans_are_exact_character_offsets():
    text = "  The bridge closed.   Was it safe?  "
    assert split_sentences(text) == [(2, 20), (23, 35)]
    assert text[2:20] == "The bridge closed."
    assert text[23:35] == "Was it safe?"


@pytest.mark.parametrize("text, expected", [
    ("Officials in the U.S. capital met. They agreed.",
     ["Officials in the U.S. capital met.", "They agreed."]),
    ("The U.S. Army arrived. It left.", ["The U.S. Army arrived.", "It left."]),
    ("Dr. Smith spoke first. Then came questions.",
     ["Dr. Smith spoke first.", "Then came questions."]),
    ("He met Mr. Jones and Mrs. Li. They talked.",
     ["He met Mr. Jones and Mrs. Li.", "They talked."]),
    ("They met at 9 a.m. Monday. It rained.", ["They met at 9 a.m. Monday.", "It rained."]),
    ("Gen. Syrskyi visited Jan. 5. Then he left.",
     ["Gen. Syrskyi visited Jan. 5.", "Then he left."]),
])
def test_abbreviations_do_not_end_a_sentence(text, expected):
    assert sentences(text) == expected


def test_initials_do_not_end_a_sentence():
    text = "John F. Kennedy spoke in Berlin. J. Edgar Hoover did not."
    assert sentences(text) == ["John F. Kennedy spoke in Berlin.", "J. Edgar Hoover did not."]


def test_closing_quote_stays_with_the_sentence_it_closes():
    text = "Peskov said, “There is no truth in it.” Kyiv disagreed."
    assert sentences(text) == ["Peskov said, “There is no truth in it.”", "Kyiv disagreed."]
    assert split_sentences(text)[0] == (0, 39)
    assert text[38] == "”"


def test_straight_quotes_and_brackets_close_with_the_sentence():
    text = "He said \"We will win.\" (Nobody agreed.) It rained."
    assert sentences(text) == ['He said "We will win."', "(Nobody agreed.)", "It rained."]


def test_a_quoted_question_followed_by_lowercase_continues_the_sentence():
    text = "“Why now?” he asked. Nobody answered."
    assert sentences(text) == ["“Why now?” he asked.", "Nobody answered."]


def test_a_new_sentence_may_start_with_a_digit_or_an_opening_quote():
    text = "It rose 5. 10 people left. “Enough,” one said."
    assert sentences(text) == ["It rose 5.", "10 people left.", "“Enough,” one said."]


def test_decimal_numbers_do_not_end_a_sentence():
    assert sentences("Prices rose by 3.5 percent. Wages fell.") == [
        "Prices rose by 3.5 percent.", "Wages fell.",
    ]


def test_each_line_is_its_own_paragraph_even_without_a_full_stop():
    text = "A headline without a stop\nThe first sentence. The second one\n\n  Last line.\n"
    assert sentences(text) == [
        "A headline without a stop", "The first sentence.", "The second one", "Last line.",
    ]
    # offsets count the newlines, so spans index the whole text
    assert split_sentences(text) == [(0, 25), (26, 45), (46, 60), (64, 74)]


def test_empty_and_blank_text_has_no_sentences():
    assert split_sentences("") == []
    assert split_sentences("   \n\n \t ") == []


def test_trailing_whitespace_is_not_part_of_the_last_sentence():
    text = "No stop at the end   "
    assert split_sentences(text) == [(0, 18)]


def test_a_sentence_ending_in_the_word_no_is_split():
    text = "Asked whether troops had crossed, he said no. The ministry disagreed."
    assert sentences(text) == [
        "Asked whether troops had crossed, he said no.", "The ministry disagreed.",
    ]


def sentences_in(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


def test_ukrainian_and_russian_sentences_start_with_cyrillic_capitals():
    assert sentences_in("Міст закрили. Ремонт триває.", "uk") == ["Міст закрили.", "Ремонт триває."]
    assert sentences_in("Мост закрыли. Ёлки стоят.", "ru") == ["Мост закрыли.", "Ёлки стоят."]
    # read as English, a Cyrillic capital starts nothing: the English split does not move
    assert sentences_in("Міст закрили. Ремонт триває.", "en") == ["Міст закрили. Ремонт триває."]


def test_a_sentence_may_open_with_guillemets_or_low_quotes_and_close_after_them():
    text = "Він назвав це «брехнею». «Ми не винні», — сказав він. „Досить“. Далі."
    assert sentences_in(text, "uk") == [
        "Він назвав це «брехнею».", "«Ми не винні», — сказав він.", "„Досить“.", "Далі."]
    text = "«Мы закончим к маю.» Компания «Мост» молчит."
    assert sentences_in(text, "ru") == ["«Мы закончим к маю.»", "Компания «Мост» молчит."]


def test_a_stop_inside_a_dash_tag_does_not_end_the_sentence():
    text = "«Приходьте на об’єкт, — сказав Левицький. — Ми все покажемо». Він пішов."
    assert sentences_in(text, "uk") == [
        "«Приходьте на об’єкт, — сказав Левицький. — Ми все покажемо».", "Він пішов."]
    text = "— Это не случайность! — воскликнула Лебедева. — Совпадают главы."
    assert sentences_in(text, "ru") == [text]


def test_a_dialogue_dash_after_a_plain_sentence_starts_a_new_one():
    text = "Він помовчав. — Ми ще побачимо, — додав він."
    assert sentences_in(text, "uk") == ["Він помовчав.", "— Ми ще побачимо, — додав він."]


def test_a_quoted_question_before_its_dash_tag_continues_the_sentence():
    text = "«Хто за это заплатит?» — спросил он. Ответа не было."
    assert sentences_in(text, "ru") == ["«Хто за это заплатит?» — спросил он.", "Ответа не было."]


@pytest.mark.parametrize("text, language, expected", [
    ("Музей на вул. Сумській відкрили. Ремонт завершено.", "uk",
     ["Музей на вул. Сумській відкрили.", "Ремонт завершено."]),
    ("Эту работу подписал проф. Сомов. Он молчит.", "ru",
     ["Эту работу подписал проф. Сомов.", "Он молчит."]),
    ("Її підписав В. П. Сомов. Він мовчить.", "uk", ["Її підписав В. П. Сомов.", "Він мовчить."]),
])
def test_abbreviations_and_initials_in_cyrillic(text, language, expected):
    assert sentences_in(text, language) == expected


def test_a_language_without_a_table_is_split_by_the_default_one():
    assert sentences_in("Prix en hausse. Él dijo. Ёж ушёл.", "xx") == [
        "Prix en hausse.", "Él dijo.", "Ёж ушёл."]
