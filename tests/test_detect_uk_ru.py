"""The detector on Ukrainian and Russian: quotations in «», „“ and dashes, names in
guillemets, free word order, cases and the sex a verb tells. Examples written for the tests."""

from __future__ import annotations

from briefgen.analyse.detect import detect, reading_language


def _found(text: str, language: str) -> list[tuple[str, str, str]]:
    return [(s.resolved, s.kind, s.mode) for s in detect(text, language=language)]


def test_a_split_quotation_has_its_dash_tag_outside_and_its_two_parts():
    text = ("«Приходьте на об’єкт, — сказав директор Андрій Левицький. — Покажемо кожну "
            "накладну».")
    [statement] = detect(text, language="uk")
    assert statement.resolved == "Андрій Левицький" and statement.verb == "сказав"
    assert [q.text for q in statement.quotes] == ["Приходьте на об’єкт",
                                                  "Покажемо кожну накладну"]
    assert statement.mode == "direct"


def test_dash_led_speech_is_quoted_and_the_next_dash_paragraph_goes_on():
    text = ("— Спочатку щось гучно бахнуло, — розповів охоронець складу Микола Вдовиченко.\n"
            "— Потім пішов чорний дим.\n")
    first, second = detect(text, language="uk")
    assert (first.resolved, first.mode) == ("Микола Вдовиченко", "direct")
    assert [q.text for q in first.quotes] == ["Спочатку щось гучно бахнуло"]
    assert second.resolved == "Микола Вдовиченко" and second.verb == ""


def test_low_quotes_pair_and_stay_inside_guillemets():
    text = "„Журнал заповнюють ті самі люди“, — сказала голова осередку Оксана Дмитренко."
    [statement] = detect(text, language="uk")
    assert [q.text for q in statement.quotes] == ["Журнал заповнюють ті самі люди"]
    text = "«Нам кажуть, що це „технічна перерва“», — сказала Ірина Мельник."
    [statement] = detect(text, language="uk")
    assert statement.quotes[0].text == "Нам кажуть, що це „технічна перерва“"


def test_a_name_in_guillemets_is_an_organisation_in_any_case_not_a_quotation():
    text = ("Компанія «Міст-Будсервіс» ці звинувачення відкидає. Директор «Міст-Будсервісу» "
            "Андрій Левицький заявив, що кошторис чесний.")
    company, director = detect(text, language="uk")
    assert (company.resolved, company.kind, company.quotes) == ("Міст-Будсервіс",
                                                                "organization", ())
    assert (director.resolved, director.mode) == ("Андрій Левицький", "indirect")


def test_a_surname_in_any_case_is_one_person():
    text = ("Депутат Олег Коваленко заявив, що міст небезпечний. За словами Коваленка, "
            "ремонт затягують. «Це схема», — сказав Коваленко.")
    assert {s.resolved for s in detect(text, language="uk")} == {"Олег Коваленко"}
    text = ("Заместитель мэра Игорь Петров заявил, что трубу заменят. По словам Петрова, "
            "работы закончат к маю.")
    assert {s.resolved for s in detect(text, language="ru")} == {"Игорь Петров"}


def test_two_people_with_one_surname_are_told_apart_by_the_verb():
    text = ("Заместитель мэра Игорь Петров заявил, что трубу заменят. Пенсионерка Валентина "
            "Петрова рассказала, что воды нет неделю. Петрова сказала, что жалобы не помогли.")
    assert [s.resolved for s in detect(text, language="ru")] == [
        "Игорь Петров", "Валентина Петрова", "Валентина Петрова"]


def test_a_person_first_named_in_the_genitive_is_named_in_the_nominative():
    text = ("По словам ректора Виктора Павловича Сомова, диссертация проверена. Сомов заявил, "
            "что готов к проверке.")
    assert {s.resolved for s in detect(text, language="ru")} == {"Виктор Павлович Сомов"}


def test_a_verb_before_its_source_and_a_body_in_the_locative():
    text = ("Затримки були технічними, заявила в понеділок речниця агрохолдингу Ірина "
            "Мельник. У міській раді відповіли, що завод приватний. Інші версії також "
            "перевіряють, уточнили в обласному управлінні поліції.")
    assert _found(text, "uk") == [
        ("Ірина Мельник", "person", "indirect"),
        ("міська рада", "government", "indirect"),
        ("обласне управління поліції", "government", "indirect")]


def test_a_pronoun_inside_the_phrase_is_the_source_and_the_verb_tells_her_sex():
    text = ("Юристка Ганна Сидоренко вважає, що позов можливий. За її словами, договір "
            "складено нечітко.")
    assert [s.resolved for s in detect(text, language="uk")] == ["Ганна Сидоренко"] * 2


def test_anonymous_and_vague_sources():
    text = ("Джерело в міській раді, яке побажало залишитися анонімним, розповіло, що аудит "
            "триває. Експерти вважають, що ціна завищена.")
    assert _found(text, "uk") == [("Джерело в міській раді", "anonymous", "indirect"),
                                  ("Експерти", "vague", "indirect")]
    text = "Источник в министерстве, пожелавший остаться неназванным, рассказал, что дело идет."
    assert _found(text, "ru") == [("Источник в министерстве", "anonymous", "indirect")]


def test_silence_is_no_statement():
    assert detect("У компанії ситуацію не коментують.", language="uk") == ()
    assert detect("В компании эту информацию не комментируют.", language="ru") == ()


def test_a_brief_in_a_language_without_a_lexicon_is_read_as_english():
    assert reading_language("uk") == "uk" and reading_language("ru-RU") == "ru"
    assert reading_language("de") == "en"


def test_an_interlocutor_is_the_anonymous_source_quoted_before():
    text = ("Пожежа на складі\n\nДжерело в обласному управлінні ДСНС, яке побажало залишитися "
            "анонімним, повідомило, що вогонь почався вночі. Співрозмовник припустив, що "
            "причиною став підпал.")
    first, second = detect(text, language="uk")
    assert second.resolved == first.resolved and second.kind == "anonymous"


def test_parts_of_a_group_speak_for_the_group():
    uk = ("Працівники заводу «Арсенал» тим часом розділилися. Частина з них вимагає ремонту "
          "цеху, поки тривають суди, інші вимагають від директора підвищити зарплату.")
    ru = ("Работники завода «Арсенал», опрошенные нашим изданием, разделились: одни считают, "
          "что ремонт должен оплатить завод, другие предлагают забастовку.")
    for text, language, group in ((uk, "uk", "Працівники заводу «Арсенал»"),
                                  (ru, "ru", "Работники завода «Арсенал»")):
        found = detect(text, language=language)
        assert [(s.resolved, s.kind) for s in found] == [(group, "group")] * 2


def test_a_body_named_in_another_case_is_named_in_the_nominative():
    uk = ("Скаргу подали до Комітету агентів Української асоціації футболу (УАФ). У "
          "пресслужбі УАФ повідомили, що скаргу зареєстрували.")
    ru = ("Почти все квоты достались одной компании — «Тихоокеанскому улову». "
          "«Тихоокеанский улов» связь с чиновниками отрицает.")
    assert detect(uk, language="uk")[-1].resolved == "Українська асоціація футболу"
    assert detect(ru, language="ru")[-1].resolved == "Тихоокеанский улов"


def test_a_name_met_only_in_another_case_is_given_its_nominative():
    text = ("Минулого тижня гравець вів переговори з польським «Вислоком», заявив агент Павло "
            "Сидоренко. Польський клуб відмовився від коментарів.")
    assert detect(text, language="uk")[-1].resolved == "Вислок"


def test_the_club_is_the_club_not_the_paper_quoted_last():
    text = ("Президент футбольного клубу «Карпатський лев» Ігор Гаврилюк заявив, що гравець "
            "залишиться. Як повідомляє видання «Спортивний вісник», гравець хоче піти. "
            "У клубі цю інформацію назвали вигадкою.")
    assert detect(text, language="uk")[-1].resolved == "Карпатський лев"


def test_a_bodys_management_or_paper_speaks_for_it():
    uk = ("Склад компанії «Дніпроконтакт» згорів у понеділок. Керівництво підприємства "
          "наполягає, що причиною стало коротке замикання.")
    ru = ("Авиакомпания «Сибирский кондор» отменила рейсы. Согласно отчетности компании, по "
          "итогам прошлого года перевозчик получил убыток.")
    assert detect(uk, language="uk")[-1].resolved == "Дніпроконтакт"
    assert detect(ru, language="ru")[-1].resolved == "Сибирский кондор"


def test_a_bodys_union_is_a_body_of_its_own():
    text = ("Склад компанії «Дніпроконтакт» згорів у понеділок. У профспілці підприємства "
            "розповіли, що працівникам обіцяли зберегти зарплату.")
    assert detect(text, language="uk")[-1].resolved != "Дніпроконтакт"


def test_the_body_named_not_a_description_of_part_of_it():
    text = ("Дело рассмотрит дисциплинарная комиссия Северной хоккейной лиги (СХЛ). Комиссия "
            "заявила, что решение примут в марте. Как пояснили в лиге, пробу Б вскроют в "
            "феврале.")
    assert detect(text, language="ru")[-1].resolved == "Северная хоккейная лига"


def test_a_body_named_in_an_apposition_after_its_description():
    text = ("Производитель добавки, петербургская компания «Атлет-Нутришн», сообщил, что "
            "партия прошла все проверки.")
    assert detect(text, language="ru")[0].resolved == "Атлет-Нутришн"


def test_an_office_of_a_body_is_the_office_not_the_acronym():
    text = ("В Главном управлении МЧС по Забайкальскому краю сообщили, что угрозы поселкам "
            "нет.")
    assert detect(text, language="ru")[0].resolved == (
        "Главное управление МЧС по Забайкальскому краю")


def test_a_source_naming_itself_is_that_name():
    text = ("ЛЬВІВ — Хакерське угруповання, яке називає себе «Тіньовий реєстр», заявило, що "
            "викрало дані клієнтів банку.")
    s = detect(text, language="uk")[0]
    assert (s.speaker, s.resolved) == ("Хакерське угруповання", "Тіньовий реєстр")


def test_many_named_by_their_workplace_are_no_person():
    text = "Лікарі Рівненської обласної лікарні стверджують, що станцію не ремонтували."
    s = detect(text, language="uk")[0]
    assert s.resolved == "Лікарі Рівненської обласної лікарні" and s.kind != "person"


def test_a_man_first_named_in_the_genitive_is_a_man():
    text = ("Следователи задержали директора компании Евгения Колесникова. Колесников свою "
            "вину отрицает.")
    s = detect(text, language="ru")[-1]
    assert s.resolved == "Евгений Колесников"


def test_a_demonym_is_read_by_its_longest_stem_whatever_the_hash_seed() -> None:
    """Some stems begin others ("польськ", "польських"): the longest that fits wins, in every
    process, so the output does not change with the seed of Python's set order."""
    import os
    import subprocess
    import sys

    code = ("from briefgen.analyse.detect.cases import demonym_stem\n"
            "from briefgen.analyse.detect.lexicon import lexicon\n"
            "lex = lexicon('uk')\n"
            "print(demonym_stem('польських', lex), demonym_stem('місцевих', lex))")
    found = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}
                            ).stdout for seed in range(6)}
    assert len(found) == 1


def _sources(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.resolved) for s in detect(text, language=language)]


def test_a_conjunction_or_an_aside_word_is_no_part_of_the_source():
    text = ("Перевізники скаржаться на черги, а Державна інспекція ці скарги відкидає. "
            "Спілка фермерів Полісся тим часом заявила, що звернеться до суду.")
    assert [r for _, r in _sources(text, "uk")][-2:] == ["Державна інспекція",
                                                         "Спілка фермерів Полісся"]
    text = "Профсоюз шахтеров тем временем заявил, что готовит забастовку."
    assert _sources(text, "ru") == [("Профсоюз шахтеров", "Профсоюз шахтеров")]


def test_a_body_in_the_locative_ends_before_the_words_it_answers():
    text = "Мешканці скаржаться на шум. У прокуратурі на це відповіли, що перевірка триває."
    assert _sources(text, "uk")[-1] == ("прокуратурі", "прокуратура")
    text = "В министерстве на эту критику ответили, что отчет опубликуют в мае."
    assert _sources(text, "ru")[-1][1] == "министерство"


def test_a_mans_surname_with_a_fleeting_vowel_or_a_soft_stem_is_one_person():
    text = ("За словами депутата Олега Кравця, дорогу не ремонтували десять років. «Ми "
            "вимагаємо аудиту», — сказав Кравець.")
    assert {r for _, r in _sources(text, "uk")} == {"Олег Кравець"}
    text = ("За словами інженера Андрія Коваля, міст треба закрити. Коваль додав, що ремонт "
            "триватиме рік.")
    assert {r for _, r in _sources(text, "uk")} == {"Андрій Коваль"}
    text = "По словам инженера Сергея Вишневского, мост придется закрыть."
    assert _sources(text, "ru")[0][1] == "Сергей Вишневский"


def test_an_official_and_a_woman_of_one_surname_are_told_apart_in_the_genitive():
    text = ("«Мы предупреждали подрядчика», — сказал заместитель мэра по транспорту Сергей "
            "Орлов. По словам Орлова, мэрия направила подрядчику три письма. Учительница Марина "
            "Орлова рассказала, что автобусы не ходят.")
    assert [r for _, r in _sources(text, "ru")] == ["Сергей Орлов", "Сергей Орлов",
                                                     "Марина Орлова"]


def test_a_body_named_again_by_its_common_noun_is_the_body_named_in_full():
    text = ("Союз фермеров Поволжья заявил, что цены на топливо выросли вдвое. По оценкам "
            "союза, посевная сократится на треть.")
    assert [r for _, r in _sources(text, "ru")] == ["Союз фермеров Поволжья"] * 2
    text = ("Міністерство охорони здоров’я повідомило, що лікарню перевірять. У відомстві "
            "уточнили, що перевірка почнеться в понеділок.")
    assert [r for _, r in _sources(text, "uk")] == ["Міністерство охорони здоров’я"] * 2


def test_a_one_word_name_is_its_own_body_not_the_last_body_quoted():
    text = ("Росздравнадзор заявил, что проверит аптеки. Минздрав области сообщил, что партию "
            "отозвали. Результаты, по данным Росздравнадзора, будут готовы в мае.")
    assert [r for _, r in _sources(text, "ru")] == ["Росздравнадзор", "Минздрав области",
                                                     "Росздравнадзор"]


def test_a_city_hall_is_no_municipal_company_quoted_before():
    text = ("Комунальне підприємство «Міськсвітло» звинувачення відкинуло. У мерії відповіли, "
            "що чекають на висновки експертизи.")
    assert [r for _, r in _sources(text, "uk")] == ["Міськсвітло", "мерія"]


def test_a_role_with_a_capitalised_workplace_before_a_name_is_no_name():
    text = ("Биолог Казанского федерального университета Ирина Соловьева, которая изучает озеро "
            "много лет, считает, что рыба погибла от жары. Она добавила, что пробы возьмут в "
            "мае.")
    assert [r for _, r in _sources(text, "ru")] == ["Ирина Соловьева"] * 2


def test_an_acquainted_source_in_commas_is_the_interlocutor_quoted_again():
    text = ("Однако источник в мэрии, знакомый с ходом проверки, рассказал, что подрядчика "
            "сменят. По словам собеседника, решение примут в мае.")
    assert [r for _, r in _sources(text, "ru")] == ["источник в мэрии"] * 2
    text = ("Проте джерело в уряді, знайоме з перебігом переговорів, розповіло, що угоду "
            "підпишуть. За словами співрозмовника, це станеться в травні.")
    assert [r for _, r in _sources(text, "uk")] == ["джерело в уряді"] * 2


def test_a_bare_role_no_one_was_given_is_the_person_the_story_is_about():
    text = ("Защитник футбольного клуба «Заря» Олег Миронов пропустит три матча. Сам футболист "
            "утверждает, что нарушения не было. По словам спортсмена, запись судьи неполная.")
    assert [r for _, r in _sources(text, "ru")] == ["Олег Миронов"] * 2
    text = ("Нападник клубу «Світанок» Тарас Гнатюк пропустить три матчі. Сам футболіст "
            "стверджує, що порушення не було.")
    assert _sources(text, "uk") == [("футболіст", "Тарас Гнатюк")]


def test_some_of_a_group_are_the_group_as_it_was_described():
    text = ("Мешканці будинків на вулиці Садовій, з якими поспілкувалися журналісти, "
            "розповідають, що вода тече каламутна. Дехто з них каже, що діти хворіють.")
    assert [r for _, r in _sources(text, "uk")] == ["Мешканці будинків на вулиці Садовій"] * 2
    text = ("Експерти з енергетичної безпеки, опитані виданням, розходяться в оцінках. Частина "
            "з них вважає тариф завищеним, інші нагадують про борги.")
    assert [r for _, r in _sources(text, "uk")] == ["Експерти з енергетичної безпеки"] * 2


def test_an_impersonal_verb_has_the_subject_written_before_it():
    text = "Лікарі та медсестри, з якими поговорили журналісти, кажуть, що кисню бракує."
    assert _sources(text, "uk") == [("Лікарі та медсестри", "Лікарі та медсестри")]
    text = "Некоторые аналитики говорят, что цены вырастут."
    assert _sources(text, "ru")[0][1] == "Некоторые аналитики"
    [statement] = detect("Кажуть, що завод закриють до літа.", language="uk")
    assert (statement.resolved, statement.kind) == ("", "vague")


def test_a_prosecutors_office_is_no_department_quoted_before():
    text = ("Обласний департамент освіти ці дані спростовує. Обласна прокуратура повідомила, що "
            "отримала скаргу батьків.")
    assert [r for _, r in _sources(text, "uk")] == ["Обласний департамент освіти",
                                                    "Обласна прокуратура"]


def test_a_body_named_again_in_fewer_words_is_the_body_named_in_full():
    text = ("Спілка власників малого бізнесу звинувачує міську раду в затягуванні. Спілка "
            "власників тим часом заявила, що готує позов.")
    assert [r for _, r in _sources(text, "uk")] == ["Спілка власників малого бізнесу"] * 2
    text = ("Ассоциация производителей молочной продукции заявила, что цены вырастут. По "
            "оценкам ассоциации производителей, рост составит десять процентов.")
    assert [r for _, r in _sources(text, "ru")] == [
        "Ассоциация производителей молочной продукции"] * 2


def test_a_press_office_of_her_or_its_is_the_body_opening_the_sentence():
    text = "Прокуратура Тверской области, как сообщили в ее пресс-службе, начала проверку."
    assert _sources(text, "ru") == [("ее пресс-службе", "Прокуратура Тверской области")]
    text = "Обласна прокуратура, як повідомили в її пресслужбі, розпочала перевірку."
    assert _sources(text, "uk") == [("її пресслужбі", "Обласна прокуратура")]
    # the owner is the body itself, not a word the subject governs
    text = "Годовая выручка производителя, по данным его отчетности, превышает миллиард."
    assert all(r != "Годовая выручка производителя" for _, r in _sources(text, "ru"))


def test_they_are_the_many_the_sentence_before_opens_with():
    text = ("Завод «Север» выброс отрицает. Жители поселка тем временем собирают подписи. Они "
            "требуют закрыть выпуск.")
    assert _sources(text, "ru")[-1] == ("Они", "Жители поселка")
    text = ("Завод «Північ» викид заперечує. Мешканці селища тим часом збирають підписи. Вони "
            "вимагають закрити скидання.")
    assert _sources(text, "uk")[-1] == ("Вони", "Мешканці селища")


def test_a_source_after_its_verb_when_the_object_stands_first():
    text = "Про це повідомила речниця обласної поліції Юлія Бондаренко."
    assert _sources(text, "uk") == [("Юлія Бондаренко", "Юлія Бондаренко")]
    text = "Ці звинувачення відкинув директор заводу Іван Гребенюк."
    assert _sources(text, "uk") == [("Іван Гребенюк", "Іван Гребенюк")]


def test_a_spokesperson_described_again_is_the_one_named_with_that_role():
    text = ("Речник «Азотхіму» Олексій Дорош заявив, що завод працює штатно. Екологічна "
            "інспекція повідомила, що призначила перевірку. За словами речника, погроз ніхто "
            "не отримував.")
    assert _sources(text, "uk")[-1] == ("речника", "Олексій Дорош")


def test_a_noun_a_body_was_introduced_with_stands_for_that_body():
    text = ("Голова громадської організації «Чисте місто» Наталія Гребенюк розповіла, що вікна "
            "не відчиняють. Завод «Азотхім» свою причетність заперечує. За даними організації, "
            "звернення підписали 400 мешканців.")
    assert _sources(text, "uk")[-1] == ("організації", "Чисте місто")


def test_in_ones_conviction_or_view_is_a_source_phrase():
    text = "На переконання екологів, завод порушує норми."
    assert [(s.resolved, s.verb) for s in detect(text, language="uk")] == [
        ("екологи", "На переконання")]
    text = "Мэр Петр Зуев призвал не спешить. На его взгляд, нужно дождаться результатов."
    assert [(s.resolved, s.verb) for s in detect(text, language="ru")][-1] == (
        "Петр Зуев", "на взгляд")


def test_there_before_an_impersonal_plural_is_the_body_just_quoted():
    text = ("У компанії «Ліфтсервіс» звинувачення назвали безпідставними. Там запевнили, що "
            "ремонт завершать до кінця місяця.")
    assert [r for _, r in _sources(text, "uk")] == ["Ліфтсервіс"] * 2
    text = ("В управляющей компании «Лифтсервис» обвинения назвали беспочвенными. Там "
            "заверили, что ремонт завершат до конца месяца.")
    assert [r for _, r in _sources(text, "ru")] == ["Лифтсервис"] * 2


def test_as_any_reporting_verb_put_it_the_source_follows():
    text = "Как уточнил руководитель управления Игорь Ларин, итоги будут известны в мае."
    assert _sources(text, "ru") == [("Игорь Ларин", "Игорь Ларин")]
    text = "Підсумки, як наголосила керівниця управління Ірина Ларіна, будуть відомі в травні."
    assert _sources(text, "uk") == [("Ірина Ларіна", "Ірина Ларіна")]


def test_a_member_of_a_group_or_a_relative_speaks_without_a_name():
    [one] = detect("Одна из матерей сообщила, что деньги пошли на окна.", language="ru")
    assert one.resolved == "Одна из матерей"
    [mother] = detect("Мати учня повідомила, що гроші пішли на вікна.", language="uk")
    assert (mother.resolved, mother.kind) == ("Мати учня", "person")


def test_what_a_source_asks_for_is_no_source():
    text = ("По словам Ольги Мухиной, каждого попросили перевести по пять тысяч рублей на "
            "счет фонда.")
    assert [r for _, r in _sources(text, "ru")] == ["Ольга Мухина"]


def test_a_role_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = ("Координатор Святослав Опанасенко показав відео. Опанасенко заявив, що пробу вже "
            "передали до лабораторії.")
    assert _sources(text, "uk") == [("Опанасенко", "Святослав Опанасенко")]


def test_convinced_and_sure_say_what_a_source_believes():
    text = ("Координатор Святослав Опанасенко показав відео. Сам Опанасенко переконаний, що без "
            "перевірки правди не дізнатися.")
    assert [(s.resolved, s.verb) for s in detect(text, language="uk")] == [
        ("Святослав Опанасенко", "переконаний")]
    text = "Инженер Артем Зубков опубликовал записи. Зубков уверен, что спутник потерян."
    assert [(s.resolved, s.verb) for s in detect(text, language="ru")] == [
        ("Артем Зубков", "уверен")]


def test_a_subject_before_a_verb_with_an_object_is_not_replaced_by_the_object():
    text = ("Жильцы дома на улице Гоголя обвиняют управляющую компанию «Уют» в завышении "
            "тарифов.")
    assert _sources(text, "ru")[0][1] == "Жильцы дома на улице Гоголя"


def test_an_infinitive_reports_nothing_itself():
    text = "Юрист Тимур Гарипов отмечает, что протокол собрания можно оспорить в суде."
    assert [r for _, r in _sources(text, "ru")] == ["Тимур Гарипов"]


def test_a_woman_first_named_with_her_patronymic_in_the_genitive():
    text = "По словам Галины Петровны Нуриевой, плата выросла почти вдвое."
    assert _sources(text, "ru")[0][1] == "Галина Петровна Нуриева"
    text = "За словами Галини Петрівни Нурієвої, плата зросла майже вдвічі."
    assert _sources(text, "uk")[0][1] == "Галина Петрівна Нурієва"


def test_a_tag_may_say_how_it_was_said():
    text = ("Старшая по дому Галина Нуриева собрала подписи. «Нам ничего не объяснили», — "
            "возмущается Нуриева.")
    assert [(s.resolved, s.mode) for s in detect(text, language="ru")] == [
        ("Галина Нуриева", "direct")]
    text = "«Такого тут не було років десять», — згадує рибалка Петро Гуцул."
    assert _sources(text, "uk") == [("Петро Гуцул", "Петро Гуцул")]


def test_the_woman_or_the_man_spoken_of_is_the_one_of_that_sex_before():
    text = ("Як розповіла мати учня Оксана Левчук, сина вдарив учитель. «Мені телефонували з "
            "ліцею», — сказала жінка.")
    assert [r for _, r in _sources(text, "uk")] == ["Оксана Левчук"] * 2


def test_one_of_many_described_at_length_speaks():
    text = ("Один з учителів ліцею, який побажав залишитися неназваним, розповів, що конфлікти "
            "трапляються часто.")
    assert _sources(text, "uk") == [("Один з учителів ліцею", "Один з учителів ліцею")]


def test_a_person_first_named_in_the_genitive_is_quoted_in_the_nominative():
    text = ("Поводом стало обращение депутата городской думы Артема Белоусова. Белоусов "
            "утверждает, что аппарат куплен вдвое дороже.")
    assert _sources(text, "ru") == [("Белоусов", "Артем Белоусов")]
    text = ("Приводом стало звернення депутата міськради Максима Гнатюка. Гнатюк стверджує, що "
            "апарат купили вдвічі дорожче.")
    assert _sources(text, "uk") == [("Гнатюк", "Максим Гнатюк")]


def test_a_mans_common_given_name_is_a_mans_and_his_surname_in_a_is_kept():
    text = ("Голова громади Олександр Гайдамака закликав до спокою. «Людям потрібна відповідь», "
            "— сказала Ірина Гуменюк. Він наголосив, що воду перевірять.")
    assert [r for _, r in _sources(text, "uk")][-1] == "Олександр Гайдамака"
    text = ("Слідчі допитали голову району Ігоря Сороку. Сорока заявив, що ні в чому не "
            "винен.")
    assert _sources(text, "uk") == [("Сорока", "Ігор Сорока")]


def test_a_representative_of_a_capitalised_body_is_no_name():
    text = ("Представник Державної служби з надзвичайних ситуацій, який не уповноважений "
            "коментувати ситуацію публічно, розповів, що будинки можуть визнати аварійними.")
    [statement] = detect(text, language="uk")
    assert statement.resolved.startswith("Представник Державної служби")


def test_by_his_estimate_and_a_given_name_in_ai():
    text = ("Об этом сообщил адвокат дольщиков Максим Ермаков. По его оценке, недостроенными "
            "остаются 600 квартир. Решение, по словам министра Николая Смирнова, примут в "
            "декабре.")
    assert [r for _, r in _sources(text, "ru")] == ["Максим Ермаков", "Максим Ермаков",
                                                     "Николай Смирнов"]
    text = "Адвокат Максим Єрмак подав позов. За його оцінкою, збитки сягають мільйона."
    assert _sources(text, "uk")[-1][1] == "Максим Єрмак"


def test_their_in_a_sentence_opened_by_many_is_those_many():
    text = ("Компания «Орбита» заявила, что аппарат исправен. Радиолюбители, которые следят за "
            "аппаратом, сомневаются в этом: по их данным, спутник вращается.")
    assert _sources(text, "ru")[-1] == ("их", "Радиолюбители")


def test_not_admitting_is_a_statement_said_with_a_negation():
    text = "Комунальне підприємство «Тернопільводоканал» результатів аналізів не визнає."
    assert [(s.resolved, s.verb, s.stance) for s in detect(text, language="uk")] == [
        ("Тернопільводоканал", "не визнає", "loaded")]
    text = "Компания «Север» свою вину не признала."
    assert [(s.resolved, s.stance) for s in detect(text, language="ru")] == [("Север", "loaded")]


def test_the_press_office_of_the_plant_is_the_plant_named_before():
    text = ("Поставщик автобусов, завод «Волгабас-Моторс», задержку признает. В пресс-службе "
            "завода объяснили, что сроки сорвал поставщик двигателей.")
    assert _sources(text, "ru")[-1][1] == "Волгабас-Моторс"


def test_the_official_in_a_tag_is_the_official_just_quoted_and_no_listener():
    text = ("Заместитель главы города Павел Орехов с ней не согласен. Он утверждает, что "
            "автобусов хватит. «Это не космос», — сказал чиновник журналистам.")
    assert _sources(text, "ru")[-1] == ("чиновник", "Павел Орехов")
    text = ("«Графік ніхто не змінював», — сказав посадовець журналістам, який попросив не "
            "називати його імені.")
    [statement] = detect(text, language="uk")
    assert statement.resolved == "посадовець" and statement.kind == "anonymous"


def test_the_girl_in_a_tag_is_the_woman_just_named():
    text = ("Студентка Дарья Лосева рассказала, что ждет автобус по 40 минут.\n— Иначе "
            "опаздываю на пары, — говорит девушка.\n")
    assert [r for _, r in _sources(text, "ru")] == ["Дарья Лосева"] * 2


def test_an_official_name_written_in_full_is_the_body_its_noun_stands_for():
    text = ("Справу розглядає Миргородський районний суд. Як повідомили в суді, засідання "
            "призначено на 14 лютого.")
    assert _sources(text, "uk") == [("суді", "Миргородський районний суд")]
    text = ("Пробы воды отобрали специалисты Западно-Уральского управления Росприроднадзора. В "
            "управлении подтвердили, что превышение найдено.")
    assert _sources(text, "ru")[-1][1] == "Западно-Уральское управление Росприроднадзора"


def test_the_agency_is_the_public_body_spoken_of_last():
    text = ("За даними міської ради, ціна завищена. Скаргу вже зареєстрував Антимонопольний "
            "комітет України. Як повідомили у відомстві, розгляд триватиме місяць.")
    assert _sources(text, "uk")[-1][1] == "Антимонопольний комітет України"
    text = ("В Федеральном агентстве по туризму (Ростуризме) обвинения назвали надуманными. Как "
            "пояснили в ведомстве, проверка уже идет.")
    assert [(r, s.kind) for (_, r), s in zip(_sources(text, "ru"), detect(text, language="ru"),
                                              strict=True)] == [
        ("Федеральное агентство по туризму (Ростуризме)", "government")] * 2


def test_a_persons_name_after_a_body_is_no_part_of_its_official_name():
    text = ("Депутатка Луцької міської ради Марта Ковальчук заявила, що кошторис завищено. У "
            "міській раді повідомили, що перевірять документи.")
    assert _sources(text, "uk")[-1] == ("міській раді", "Луцька міська рада")


def test_a_name_met_in_another_case_resolves_to_its_nominative_by_the_dictionary():
    # given names and surnames no list of ours holds, in the genitive and the dative
    text = ("По словам главного инженера завода Зульфии Гареевой, котел остановили вовремя. "
            "Как сообщили в Ставропольской краевой инспекции, проверка продлится месяц.")
    resolved = [r for _, r in _sources(text, "ru")]
    assert "Зульфия Гареева" in resolved
    assert "Ставропольская краевая инспекция" in resolved


def test_a_ukrainian_womans_name_whose_surname_never_changes_stays_hers():
    text = ("Як повідомила журналістам лікарка Ростислава Мельничук, черги скоротилися. "
            "За словами Мельничук, нових пацієнтів стало менше.")
    assert [r for _, r in _sources(text, "uk")] == ["Ростислава Мельничук"] * 2


def test_a_body_in_the_locative_speaks_with_the_object_put_first():
    # an impersonal plural after a body and an object the lexicon does not list
    assert _sources("В министерстве информацию о забастовке опровергли.", "ru") == [
        ("министерстве", "министерство")]
    assert _sources("У профспілці інформацію про страйк спростували.", "uk") == [
        ("профспілці", "профспілка")]


def test_a_paper_in_the_dative_is_told_not_telling():
    text = "Как сообщили «Вестнику» в управлении образования, занятия перенесли."
    assert [r for _, r in _sources(text, "ru")] == ["управление образования"]
    text = "В налоговой инспекции «Вестнику» подтвердили проверку."
    assert [r for _, r in _sources(text, "ru")] == ["налоговая инспекция"]


def test_declining_to_comment_with_its_object_first_is_a_statement_of_the_subject():
    text = ("Директорка ліцею Олена Марченко відповідає за ремонт. Марченко від коментарів "
            "відмовилася.")
    [statement] = detect(text, language="uk")
    assert (statement.resolved, statement.verb) == ("Олена Марченко", "від коментарів відмовилася")
    text = "Ольга Смирнова руководит стройкой. Она уточнять не стала, кто виноват."
    [statement] = detect(text, language="ru")
    assert (statement.resolved, statement.verb) == ("Ольга Смирнова", "уточнять не стала")


def test_a_body_in_the_locative_declines_to_comment_in_either_order():
    text = "У компанії «Агросвіт» коментувати відмовилися."
    assert _found(text, "uk") == [("Агросвіт", "organization", "indirect")]
    text = "В компании «Агросвет» от комментариев отказались."
    assert _found(text, "ru") == [("Агросвет", "organization", "indirect")]
    text = "В компании «Агросвет» отказались комментировать эту информацию."
    [statement] = detect(text, language="ru")
    assert (statement.resolved, statement.verb) == ("Агросвет", "отказались комментировать")


def test_a_negated_stance_on_a_claim_is_a_loaded_statement():
    text = "У компанії «Агросвіт» проблему не заперечують, проте вважають її перебільшеною."
    first = detect(text, language="uk")[0]
    assert (first.resolved, first.verb, first.stance) == ("Агросвіт", "не заперечують", "loaded")
    text = "Директор Игорь Петров руководит школой. Петров с доводами министерства не спорит."
    [statement] = detect(text, language="ru")
    assert (statement.resolved, statement.verb, statement.stance) == (
        "Игорь Петров", "не спорит", "loaded")


def test_a_body_in_the_locative_disagrees_and_its_name_ends_before_the_object():
    text = ("В министерстве финансов Тверской области с тем, что выплаты задерживают, "
            "не согласны.")
    [statement] = detect(text, language="ru")
    assert (statement.resolved, statement.kind, statement.verb) == (
        "министерство финансов Тверской области", "government", "не согласны")
    text = "Петро Гнатюк не виключає, що подасть позов."
    [statement] = detect(text, language="uk")
    assert (statement.resolved, statement.verb, statement.stance) == (
        "Петро Гнатюк", "не виключає", "neutral")


def test_reporting_verbs_of_other_writers_habits():
    text = ("Директор Петро Гнатюк керує заводом. Сам Гнатюк парирує, що цифри застаріли. "
            "Він зізнався, що завод недооцінив ризики. Рибалки одностайно вказують на скиди "
            "заводу. Петро Гнатюк закидає міській раді, що вона затягує ремонт.")
    assert [(s.verb, s.stance) for s in detect(text, language="uk")] == [
        ("парирує", "neutral"), ("зізнався", "loaded"), ("вказують", "endorsing"),
        ("закидає", "loaded")]
    text = ("Директор Игорь Петров руководит заводом. Петров парирует, что цифры устарели. "
            "Он признался, что завод недооценил риски. Эксперты указывают, что цены вырастут. "
            "Игорь Петров предостерегает, что цены вырастут.")
    assert [(s.verb, s.stance) for s in detect(text, language="ru")] == [
        ("парирует", "neutral"), ("признался", "loaded"), ("указывают", "endorsing"),
        ("предостерегает", "neutral")]


def test_the_person_quoted_speaks_and_a_source_relied_on_speaks():
    text = "Видання цитує директора заводу Петра Гнатюка: «Завод продадуть»."
    [statement] = detect(text, language="uk")
    assert (statement.resolved, statement.verb) == ("Петро Гнатюк", "цитує")
    text = "Издание «Бизнес», ссылаясь на источники в правительстве, пишет, что завод продадут."
    first = detect(text, language="ru")[0]
    assert (first.resolved, first.kind) == ("источники в правительстве", "anonymous")


def test_where_something_was_written_before_the_subject_is_no_subject():
    text = ("Депутат Ольга Лисова ведет блог. В своем Telegram-канале она написала, что тендер "
            "сломан.")
    [statement] = detect(text, language="ru")
    assert (statement.resolved, statement.verb) == ("Ольга Лисова", "написала")


def test_professions_and_customers_unnamed_are_vague_sources():
    text = "Біологи не виключають, що риба загинула від спеки."
    assert _found(text, "uk") == [("Біологи", "vague", "indirect")]
    text = "Потребители тем временем жалуются, что хлеб дорожает."
    assert _found(text, "ru") == [("Потребители", "vague", "indirect")]


def test_a_body_in_the_locative_speaks_past_a_relative_clause_and_an_object():
    text = "У компанії «Агросвіт», яка будувала міст, звинувачення відкинули."
    [statement] = detect(text, language="uk")
    assert (statement.resolved, statement.kind, statement.verb) == (
        "Агросвіт", "organization", "відкинули")


def test_a_surname_with_an_apostrophe_inside_is_one_name():
    text = ("Директор Ярослав Дем’янчук керує заводом. За його словами, завод продадуть. "
            "Дем’янчук наполягає, що ціни зростуть.")
    assert {s.resolved for s in detect(text, language="uk")} == {"Ярослав Дем’янчук"}


def test_a_pronoun_after_a_dash_tag_is_the_source_whatever_follows_it():
    text = ("Депутат Ольга Лисова ведет блог. «Все честно», — написала она в своем "
            "Telegram-канале.")
    [statement] = detect(text, language="ru")
    assert (statement.resolved, statement.verb, statement.mode) == (
        "Ольга Лисова", "написала", "direct")


def test_a_medic_speaking_on_condition_of_anonymity_and_a_day_before_the_source():
    text = "Фельдшер підстанції на умовах анонімності підтвердив, що бригад бракує."
    [statement] = detect(text, language="uk")
    assert statement.resolved == "Фельдшер підстанції"
    text = "Цены выросли вдвое, заявил в пятницу фельдшер подстанции Олег Малышев."
    [statement] = detect(text, language="ru")
    assert statement.resolved == "Олег Малышев"


def test_named_in_honour_of_someone_is_no_statement():
    text = "У центрі одну з лікарень назвали на честь лікаря, який загинув."
    assert detect(text, language="uk") == ()


def test_a_subject_in_apposition_speaks_where_it_wrote():
    text = ("Депутати вимагають перевірки. Один із них, Андрій Ференц, написав у Facebook, що "
            "тендер зламаний.")
    assert [s.resolved for s in detect(text, language="uk")] == ["Депутати", "Андрій Ференц"]
    text = ("Сам автор статьи, ныне доцент одного из вузов Кирилл Андреев, сообщил нашему "
            "изданию, что текст писал сам.")
    [statement] = detect(text, language="ru")
    assert statement.resolved == "Кирилл Андреев"


def test_a_question_answered_briefly_before_a_colon_is_a_statement():
    text = "Тренер Юрій Мазур на запитання журналістів відповів коротко: «Все добре»."
    [statement] = detect(text, language="uk")
    assert (statement.resolved, statement.verb) == ("Юрій Мазур", "відповів")
    text = "Тренер Юрий Мазур на вопрос журналистов ответил коротко: «Все хорошо»."
    [statement] = detect(text, language="ru")
    assert (statement.resolved, statement.verb) == ("Юрий Мазур", "ответил")


def test_a_body_spoken_of_by_the_word_it_was_introduced_with():
    """"У підприємстві": the "державне підприємство «Лісопостач»" named before, though a
    state enterprise is taken for a government body and the word for a business."""
    text = ("Депутат Олег Гнатюк заявив, що державне підприємство «Лісопостач» закупило "
            "вантажівки вдвічі дорожче. У підприємстві звинувачення відкидають і кажуть, що "
            "депутат рахує неправильно.")
    found = _found(text, "uk")
    assert found[0][0] == "Олег Гнатюк"
    assert found[1][0] == "Лісопостач"
