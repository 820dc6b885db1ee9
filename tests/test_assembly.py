"""Assembly heuristics for phrasings of real news, each with sentences written for it and its explain reason."""

from __future__ import annotations

import pytest

from vstrecha.explain import explain


def events(extractor, text: str, published: str | None = "2023-06-10"):
    return extractor.extract(text, published=published).events


def sides(event) -> set[str]:
    return {person.last for person in event.participants}


def reasons(extractor, text: str, published: str = "2023-06-10") -> str:
    return explain(extractor.analyze(text, published))


def test_two_sides_doing_one_thing_together_met(extractor):
    text = "Губернатор Самарской области Дмитрий Азаров и мэр Тольятти Николай Ренц вместе осмотрели новый цех."
    (event,) = events(extractor, text)
    assert (event.status, event.format, sides(event)) == ("held", "in_person", {"Азаров", "Ренц"})


def test_an_accepted_invitation_is_a_planned_visit(extractor):
    text = "Премьер Индии Нарендра Моди принял приглашение Владимира Путина посетить Москву."
    (event,) = events(extractor, text)
    assert (event.status, sides(event), event.city.name) == ("planned", {"Моди", "Путин"}, "Москва")


@pytest.mark.parametrize(
    "text",
    [
        "Певица Алла Пугачева и композитор Игорь Крутой встретятся на одной сцене в Юрмале.",
        "Сборная России и ее соперник встретятся в финале, а матч посетит Виталий Мутко вместе с Игорем Акинфеевым.",
    ],
)
def test_a_stage_or_a_match_is_no_meeting(extractor, text):
    assert events(extractor, text) == []
    assert "staged" in reasons(extractor, text)


def test_a_meeting_in_video_mode_is_a_video_call(extractor):
    text = "Губернатор Олег Кувшинников провел рабочую встречу с министром Антоном Котяковым в режиме видеоконференции."
    (event,) = events(extractor, text)
    assert event.format == "video"
    text = "Мэр Казани Ильсур Метшин и мэр Уфы Ратмир Мавлиев провели дистанционную встречу."
    (event,) = events(extractor, text)
    assert event.format == "video"


def test_a_call_has_no_meeting_place(extractor):
    text = (
        "Президент Владимир Путин в связи с пожаром в Кемерове провел телефонный разговор "
        "с губернатором Сергеем Цивилевым."
    )
    (event,) = events(extractor, text)
    assert event.format == "phone" and event.city is None
    assert "phone talk has no meeting place: Кемерово dropped" in reasons(extractor, text)


def test_the_one_replaced_is_no_side(extractor):
    text = "Вместо министра Антона Силуанова на встречу с Лю Кунем в Пекин поехал Алексей Моисеев."
    for event in events(extractor, text):
        assert "Силуанов" not in sides(event)


def test_a_long_title_after_s_still_names_the_other_side(extractor):
    text = (
        "Владимир Путин проведет встречу с президентом Международного олимпийского комитета (МОК) "
        "Томасом Бахом в пятницу, 16 июня, в Сочи."
    )
    (event,) = events(extractor, text)
    assert (event.status, sides(event), event.date.start, event.city.name) == (
        "planned",
        {"Путин", "Бах"},
        "2023-06-16",
        "Сочи",
    )


def test_guests_listed_after_s_meet_the_host_not_each_other(extractor):
    text = "Посол Японии Тоёхиса Кодзуки провел встречи с министром Сергеем Лавровым и министром Максимом Решетниковым."
    found = events(extractor, text)
    assert sorted(tuple(sorted(sides(event))) for event in found) == [
        ("Кодзуки", "Лавров"),
        ("Кодзуки", "Решетников"),
    ]
    text = "Встречи с министром Сергеем Лавровым и министром Максимом Решетниковым прошли в Москве."
    assert events(extractor, text) == []
    assert "host of a meeting with several guests is not named" in reasons(extractor, text)


def test_a_visit_needs_a_visitor_in_its_own_clause(extractor):
    text = (
        "Дмитрий Медведев и Ху Цзиньтао поговорили по телефону. Медведев напомнил, "
        "что делегация китайских депутатов недавно посещала Москву."
    )
    (event,) = events(extractor, text)
    assert event.format == "phone"
    assert "a visit to a place by someone not named" in reasons(extractor, text)


def test_people_who_saw_each_other_met(extractor):
    text = "В прошлый раз Игорь Шувалов и Герман Греф виделись 9 сентября 2017 года в Москве."
    (event,) = events(extractor, text)
    assert (event.status, event.date.start, event.city.name) == ("held", "2017-09-09", "Москва")


def test_a_bare_meeting_word_continues_the_video_meeting(extractor):
    text = (
        "Во вторник, 6 июня, президент Владимир Путин провел встречу с губернатором Александром Гусевым "
        "в режиме видеоконференции. Встречу пришлось ненадолго прервать."
    )
    (event,) = events(extractor, text)
    assert (event.format, event.date.start, len(event.evidence)) == ("video", "2023-06-06", 2)


def test_the_day_and_place_of_a_statement_are_not_the_meetings(extractor):
    text = (
        "Сергей Собянин проведет переговоры с мэром Минска Владимиром Кухаревым в Москве. "
        "О предстоящем разговоре с Кухаревым Собянин сам рассказал накануне в Казани."
    )
    (event,) = events(extractor, text)
    assert (event.status, event.city.name, event.date) == ("planned", "Москва", None)


@pytest.mark.parametrize(
    "text",
    [
        "Руководитель фонда Андрей Петров и депутат Иван Сидоров встретились. «Мы готовы к диалогу», — сказал "
        "в беседе с корреспондентом агентства депутат Иван Сидоров.",
        "Андрей Петров и Иван Сидоров встретились. Позже Сидоров вел переговоры с МВФ.",
        "Андрей Петров и Иван Сидоров встретились. Люди говорят, что Сидоров прав.",
    ],
)
def test_the_press_an_organization_or_saying_something_make_no_second_meeting(extractor, text):
    (event,) = events(extractor, text)
    assert sides(event) == {"Петров", "Сидоров"}


def test_a_dateline_day_is_not_the_meetings_day(extractor):
    text = (
        "ТОКИО, 14 мар — Встреча министров иностранных дел Японии и Китая Есимасы Хаяси и Ван И, "
        "которую ожидали на этой неделе, отложена."
    )
    (event,) = events(extractor, text, "2023-03-14")
    assert (event.status, event.date.start, event.date.end) == ("postponed", "2023-03-13", "2023-03-19")


def test_a_meeting_named_as_the_object_of_a_call_is_its_own_event(extractor):
    text = (
        "Министры Сергей Шойгу и Ллойд Остин провели переговоры в Москве 2 июня. "
        "Министры собираются обсудить по телефону подготовку встречи президентов Владимира Путина "
        "и Джо Байдена в Женеве."
    )
    found = {(event.status, event.format, tuple(sorted(sides(event)))) for event in events(extractor, text)}
    assert found == {
        ("held", "in_person", ("Остин", "Шойгу")),
        ("planned", "phone", ("Остин", "Шойгу")),
        ("planned", "in_person", ("Байден", "Путин")),
    }


def test_calls_in_the_imperfective_past(extractor):
    (event,) = events(extractor, "В понедельник Жозеп Боррель и Ван И уже созванивались.")
    assert (event.status, event.format, event.date.start) == ("held", "phone", "2023-06-05")


def test_the_current_visit_is_the_meeting_told_before(extractor):
    text = (
        "Спикер Вячеслав Володин в понедельник провел в Москве переговоры с председателем парламента Сербии "
        "Ивицей Дачичем. Соглашение удастся подписать уже во время нынешнего визита Дачича."
    )
    (event,) = events(extractor, text, "2019-09-23")
    assert (event.status, event.date.start, event.city.name) == ("held", "2019-09-23", "Москва")


def test_a_closed_length_refines_an_open_one(extractor):
    text = (
        "Владимир Путин и Эрдоган провели в Сочи переговоры, которые длились более трех часов. "
        "Общение лидеров заняло примерно 3 часа 40 минут."
    )
    (event,) = events(extractor, text)
    assert (event.duration.min, event.duration.max) == (220, 220)


def test_a_date_attached_to_another_noun_is_not_the_meetings(extractor):
    text = (
        "Президент Киргизии Садыр Жапаров прилетел в Москву и провел переговоры с Владимиром Путиным. "
        "Поездка стала его первым визитом после парламентских выборов 28 ноября."
    )
    (event,) = events(extractor, text, "2021-12-10")
    assert event.date is None and sides(event) == {"Жапаров", "Путин"}


@pytest.mark.parametrize(
    "text",
    [
        "В среду Алексей Миллер обсудил с главой концерна Uniper Клаусом Шефером поставки газа.",
        "В среду Алексей Миллер и Клаус Шефер обсудили поставки газа.",
    ],
)
def test_discussing_with_someone_is_talking(extractor, text):
    (event,) = events(extractor, text, "2021-12-10")
    assert (event.status, event.format, sides(event), event.date.start) == (
        "held",
        "in_person",
        {"Миллер", "Шефер"},
        "2021-12-08",
    )


def test_the_year_inside_what_was_discussed_is_not_the_talks(extractor):
    text = "Дональд Трамп рассказал, что обсудил с Владимиром Путиным вмешательство в выборы в 2016 году."
    (event,) = events(extractor, text)
    assert event.date is None


def test_days_listed_after_met_are_meetings_each(extractor):
    text = (
        "Лидеры Сербии и Косово Александар Вучич и Альбин Курти встречались 18 августа 2022 года, "
        "27 февраля и 18 марта 2023 года."
    )
    found = sorted(event.date.start for event in events(extractor, text))
    assert found == ["2022-08-18", "2023-02-27", "2023-03-18"]


def test_a_three_sided_meeting_takes_the_three_sides_named_last(extractor):
    text = (
        "Президент Франции Эмманюэль Макрон во вторник провел телефонные разговоры с президентом Сербии "
        "Александаром Вучичем и премьером Косово Альбином Курти. Звонки были посвящены подготовке трехсторонней "
        "встречи, которая пройдет в Париже 31 августа."
    )
    planned = [event for event in events(extractor, text) if event.status == "planned"]
    assert [sides(event) for event in planned] == [{"Макрон", "Вучич", "Курти"}]


def test_an_opening_date_dates_every_meeting_of_the_sentence_and_the_guest_is_the_visitor(extractor):
    text = (
        "В среду президент Монголии Ухнаагийн Хурэлсух встретился с Михаилом Мишустиным. "
        "В тот же день Ухнаагийн Хурэлсух провел переговоры с Вячеславом Володиным, а также встретился "
        "с Геннадием Зюгановым. Накануне, 10 декабря, гость провел переговоры с Валентиной Матвиенко."
    )
    found = {(event.date.start, tuple(sorted(sides(event)))) for event in events(extractor, text, "2019-12-12")}
    assert found == {
        ("2019-12-11", ("Мишустин", "Хурэлсух")),
        ("2019-12-11", ("Володин", "Хурэлсух")),
        ("2019-12-11", ("Зюганов", "Хурэлсух")),
        ("2019-12-10", ("Матвиенко", "Хурэлсух")),
    }


def test_the_trip_that_frames_talks_is_no_meeting_of_its_own(extractor):
    text = (
        "Председатель Госдумы Вячеслав Володин, находящийся 26–27 февраля с официальным визитом в Турции, "
        "в четверг провел в Анкаре переговоры с председателем парламента Турции Нуманом Куртулмушем, "
        "а вечером был принят в Стамбуле президентом Реджепом Тайипом Эрдоганом."
    )
    found = {
        (event.date.start, event.city.name, tuple(sorted(sides(event))))
        for event in events(extractor, text, "2025-02-27")
    }
    assert found == {
        ("2025-02-27", "Анкара", ("Володин", "Куртулмуш")),
        ("2025-02-27", "Стамбул", ("Володин", "Эрдоган")),
    }


def test_a_declined_invitation_stays_a_proposal(extractor):
    text = "Президент ЮАР Сирил Рамафоса отклонил приглашение Владимира Путина посетить форум в Казани."
    (event,) = events(extractor, text)
    assert (event.status, sides(event), event.city.name) == ("proposed", {"Рамафоса", "Путин"}, "Казань")


def test_the_city_of_a_summit_named_as_a_time_anchor_is_not_the_calls(extractor):
    text = (
        "Президент Бразилии Жаир Болсонару провел телефонный разговор с Владимиром Путиным. "
        "Разговор состоялся вскоре после саммита G20 в Осаке."
    )
    (event,) = events(extractor, text)
    assert (event.format, event.city) == ("phone", None)


def test_received_by_someone_is_a_meeting_with_the_one_the_story_follows(extractor):
    text = (
        "Глава МИД России Сергей Лавров прилетел в Пхеньян. В субботу он провел переговоры с министром "
        "иностранных дел КНДР Чхве Сон Хи, а в воскресенье был принят председателем КНДР Ким Чен Ыном."
    )
    found = {
        (event.date.start, tuple(sorted(p.name for p in event.participants)))
        for event in events(extractor, text, "2025-07-14")
    }
    assert found == {
        ("2025-07-12", ("Сергей Лавров", "Чхве Сон Хи")),
        ("2025-07-13", ("Ким Чен Ын", "Сергей Лавров")),
    }


def test_a_trip_put_off_postpones_the_meeting_told_before_and_starts_none(extractor):
    text = (
        "Изначально Эмомали Рахмон и Владимир Путин должны были встретиться в Москве 21 февраля. "
        "Однако накануне Рахмон перенес поездку."
    )
    (event,) = events(extractor, text, "2019-02-21")
    assert (event.status, event.date.start, event.city.name) == ("postponed", "2019-02-21", "Москва")
    assert events(extractor, "Министр Антон Силуанов отменил поездку в Пермь.") == []


def test_those_who_took_part_are_present_not_sides(extractor):
    text = (
        "Министр спорта Олег Матыцин провел видеоконференцию с министром спорта Китая Гоу Чжунвэнем 26 января, "
        "в ней участвовали также посол России в Китае Андрей Денисов и посол КНР в России Чжан Ханьхуэй."
    )
    (event,) = events(extractor, text, "2022-04-12")
    assert sides(event) == {"Матыцин", "Гоу"} or {p.name for p in event.participants} == {
        "Олег Матыцин",
        "Гоу Чжунвэнь",
    }
    assert {p.name for p in event.others} == {"Андрей Денисов", "Чжан Ханьхуэй"}


def test_a_wire_items_lead_is_of_the_datelines_day(extractor):
    text = (
        "МОСКВА, 23 дек — Президент России Владимир Путин провел телефонный разговор с губернатором "
        "Пермского края Максимом Решетниковым, сообщил Дмитрий Песков."
    )
    (event,) = events(extractor, text, "2018-12-23")
    assert (event.format, event.date.start) == ("phone", "2018-12-23")
    assert "dated by the dateline: 23 дек" in reasons(extractor, text, "2018-12-23")


def test_he_is_the_subject_of_the_sentence_before(extractor):
    text = (
        "Министр спорта Виталий Мутко встретился в Лозанне с главой МОК Жаком Рогге. "
        "Рогге напомнил, что уже бывал в Москве. В феврале 2003 года он встречался с мэром Москвы Юрием Лужковым."
    )
    found = {tuple(sorted(sides(event))) for event in events(extractor, text, "2009-06-10")}
    assert found == {("Мутко", "Рогге"), ("Лужков", "Рогге")}


def test_an_interview_is_no_meeting_even_when_the_journalist_is_named(extractor):
    text = (
        "«Мы готовы к диалогу», — сказал в беседе с корреспондентом агентства Иваном Петровым "
        "губернатор Андрей Воробьев."
    )
    assert events(extractor, text) == []


def test_who_reported_a_meeting_is_no_side_of_it(extractor):
    text = (
        "Президенты Владимир Путин и Касым-Жомарт Токаев провели переговоры в Сочи в понедельник. "
        "О начале переговоров пресс-секретарь Дмитрий Песков сообщил около 14:40. "
        "Общение лидеров заняло примерно 4 часа 20 минут."
    )
    (event,) = events(extractor, text, "2023-06-05")
    assert sides(event) == {"Путин", "Токаев"}
    assert (event.duration.min, event.duration.max) == (260, 260)


def test_the_dateline_city_places_the_days_meeting_and_counting_on_talks_plans_them(extractor):
    text = (
        "МИНСК, 2 ноя — Президент Белоруссии Александр Лукашенко рассчитывает провести переговоры с Владимиром "
        "Путиным. Об этом он рассказал во вторник во время встречи с министром Виктором Хрениным."
    )
    found = {
        (event.status, tuple(sorted(sides(event))), event.city and event.city.name)
        for event in events(extractor, text, "2021-11-02")
    }
    assert found == {("planned", ("Лукашенко", "Путин"), None), ("held", ("Лукашенко", "Хренин"), "Минск")}


def test_a_sentence_about_a_match_has_no_meeting(extractor):
    text = (
        "В стартовой встрече турнира российские хоккеисты обыграли хозяев льда со счетом 4:1, "
        "а следующую встречу проведут с белорусами. Владислав Третьяк и Касым-Жомарт Токаев встретились в Астане."
    )
    (event,) = events(extractor, text)
    assert (event.status, sides(event)) == ("held", {"Третьяк", "Токаев"})


def test_a_meeting_not_planned_is_no_event_and_one_not_cancelled_is_planned(extractor):
    text = "Однако отдельной встречи Эмманюэля Макрона с Владимиром Путиным не запланировано."
    assert events(extractor, text) == []
    text = "Назначенная на пятницу встреча Сергея Лаврова и Джона Керри в Вашингтоне пока не отменена."
    (event,) = events(extractor, text, "2013-08-07")
    assert (event.status, sides(event)) == ("planned", {"Лавров", "Керри"})


def test_a_report_after_a_comma_does_not_date_or_time_the_meeting(extractor):
    text = (
        "Барак Обама отменил встречу с Владимиром Путиным, которая должна была пройти в Москве "
        "в начале сентября, сообщили американские СМИ."
    )
    (event,) = events(extractor, text, "2013-08-07")
    assert (event.status, event.date.start, event.date.mod) == ("cancelled", "2013-09", "start")


def test_talks_with_a_government_are_with_no_one_named(extractor):
    text = "Барак Обама отправится в Стокгольм для переговоров с руководством Швеции."
    assert events(extractor, text) == []


def test_in_the_city_is_the_city_just_named_and_intending_to_meet_plans(extractor):
    text = (
        "В апреле Томск принимал межгосударственные консультации: 26–27 апреля в городе прошли переговоры "
        "Владимира Путина и Ангелы Меркель. Кроме того, консул Михаэль Шмидт намерен встретиться с мэром "
        "Томска Александром Макаровым."
    )
    found = {
        (event.status, event.city and event.city.name, tuple(sorted(sides(event))))
        for event in events(extractor, text, "2006-11-20")
    }
    assert found == {("held", "Томск", ("Меркель", "Путин")), ("planned", None, ("Макаров", "Шмидт"))}


def test_a_host_named_by_title_meets_each_guest(extractor):
    text = (
        "Президент России Владимир Путин прибыл в Казань. В среду российский президент побеседует с президентом "
        "Ирана Масудом Пезешкианом и президентом Турции Реджепом Тайипом Эрдоганом."
    )
    planned = sorted(tuple(sorted(sides(e))) for e in events(extractor, text, "2024-10-21") if e.status == "planned")
    assert planned == [("Пезешкиан", "Путин"), ("Путин", "Эрдоган")]


def test_a_meeting_told_in_passing_does_not_take_over_the_story(extractor):
    text = (
        "Президент России Владимир Путин и президент США Джо Байден во вторник провели переговоры в режиме "
        "видеоконференции. Путин выходил на связь из Сочи, куда вернулся из Нью-Дели: накануне он провел там "
        "переговоры с премьер-министром Индии Нарендрой Моди. Журналистам показали только начало встречи. "
        "Байден выразил надежду, что в следующий раз они встретятся лично."
    )
    found = {
        (e.status, e.format, tuple(sorted(sides(e))), e.city and e.city.name)
        for e in events(extractor, text, "2021-12-07")
    }
    assert found == {("held", "video", ("Байден", "Путин"), None), ("held", "in_person", ("Моди", "Путин"), "Нью-Дели")}


def test_there_is_the_place_named_last(extractor):
    text = (
        "Премьер Италии Джорджа Мелони в понедельник выступила в парламенте в Риме, куда накануне вернулась "
        "из Токио: там она провела переговоры с премьер-министром Японии Фумио Кисидой."
    )
    (event,) = events(extractor, text, "2023-05-22")
    assert sides(event) == {"Мелони", "Кисида"}
    assert event.city.name == "Токио"
    assert "«там» is Токио" in reasons(extractor, text, "2023-05-22")


def test_a_title_before_a_name_is_that_persons_not_a_reference(extractor):
    text = (
        "В Иркутск с визитом прибыл генеральный консул Японии Тосио Цунодзаки. Вчера дипломат встретился с мэром "
        "Иркутска Владимиром Якубовским. Сегодня его примет мэр «города алюминщиков» Владислав Поздняк."
    )
    found = {(e.status, tuple(sorted(sides(e)))) for e in events(extractor, text, "2000-04-11")}
    assert ("held", ("Цунодзаки", "Якубовский")) in found
    assert all("Якубовский" not in pair or "Поздняк" not in pair for _, pair in found)


def test_the_next_meeting_of_a_days_series_is_on_that_day(extractor):
    text = (
        "Во вторник, 22 октября, Владимир Путин провел переговоры с премьер-министром Индии Нарендрой Моди. "
        "Затем Путин встретился с президентом ЮАР Сирилом Рамафосой."
    )
    found = {(tuple(sorted(sides(e))), e.date and e.date.start) for e in events(extractor, text, "2024-10-22")}
    assert found == {(("Моди", "Путин"), "2024-10-22"), (("Путин", "Рамафоса"), "2024-10-22")}
    assert "the same day as the meeting before it" in reasons(extractor, text, "2024-10-22")


def test_the_one_left_out_is_no_side(extractor):
    text = "Никол Пашинян провел в Гранаде встречу с Эмманюэлем Макроном — без Ильхама Алиева."
    (event,) = events(extractor, text)
    assert sides(event) == {"Пашинян", "Макрон"}


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("Вторая личная встреча Владимира Путина и Дональда Трампа состоялась 11 ноября 2017 года.", 2),
        ("В третий раз Владимир Путин и Дональд Трамп встретились 16 июля 2018 года.", 3),
        (
            "Владимир Путин и Эммануэль Макрон встретились 11 ноября 2018 года "
            "на столетии окончания Первой мировой войны.",
            None,
        ),
        ("В первый день саммита, 11 ноября 2018 года, Владимир Путин побеседовал с Дональдом Трампом.", None),
    ],
)
def test_an_ordinal_counts_meetings_only(extractor, text, ordinal):
    (event,) = events(extractor, text)
    assert event.ordinal == ordinal


@pytest.mark.parametrize(
    "text",
    [
        "Соглашение подписали президенты России и Казахстана Владимир Путин и Касым-Жомарт Токаев 21 апреля в Астане.",
        "Губернатор Евгений Куйвашев и глава компании Игорь Сечин 21 апреля заключили соглашение в Астане.",
    ],
)
def test_two_sides_signing_met(extractor, text):
    (event,) = events(extractor, text)
    assert (event.status, event.format, event.date.start, event.city.name) == (
        "held",
        "in_person",
        "2023-04-21",
        "Астана",
    )


def test_a_meeting_planned_on_a_planned_trip_is_of_the_trips_day(extractor):
    text = (
        "Глава компании Алексей Миллер завтра, 22 сентября, отправится с рабочей поездкой в Тверскую область. "
        "Там он посетит новый завод. Затем Миллер направится в Тверь, где встретится с губернатором Игорем Петровым."
    )
    (event,) = events(extractor, text, "2021-09-21")
    assert (event.status, sides(event), event.date.start) == ("planned", {"Миллер", "Петров"}, "2021-09-22")
    assert "on the trip planned for 22 сентября" in reasons(extractor, text, "2021-09-21")


def test_the_dateline_city_is_not_where_a_put_off_meeting_was_to_be(extractor):
    text = "ВАШИНГТОН, 21 окт — Встреча Сергея Лаврова и Марко Рубио, которую ожидали на этой неделе, отложена."
    (event,) = events(extractor, text, "2025-10-21")
    assert (event.status, event.city) == ("postponed", None)


def test_a_participle_far_from_its_meeting_word_still_sets_its_status(extractor):
    text = (
        "Встреча министров иностранных дел и обороны двух стран — Сергея Лаврова и Сергея Шойгу с Джоном Керри "
        "и Чаком Хейгелом, — назначенная на пятницу в Вашингтоне, пока не отменена."
    )
    (event,) = events(extractor, text, "2013-08-07")
    assert (event.status, event.date.start, event.city.name) == ("planned", "2013-08-09", "Вашингтон")


def test_those_who_joined_the_talks_are_present_not_sides(extractor):
    text = (
        "Президенты Владимир Путин и Джордж Буш провели переговоры в субботу. Затем к переговорам подключились "
        "министр Игорь Иванов и госсекретарь Колин Пауэлл."
    )
    (event,) = events(extractor, text, "2001-06-17")
    assert sides(event) == {"Путин", "Буш"}
    assert {p.last for p in event.others} == {"Иванов", "Пауэлл"}


def test_what_was_discussed_does_not_set_the_talks_status(extractor):
    text = "Виталий Мутко и Джанни Инфантино обсудили в Цюрихе подготовку к чемпионату мира."
    (event,) = events(extractor, text, "2016-03-18")
    assert (event.status, event.city.name) == ("held", "Цюрих")


def test_talking_in_the_same_format_as_the_meeting_before(extractor):
    text = (
        "В среду Си Цзиньпин проведет переговоры с Владимиром Путиным в формате видеоконференции. "
        "На прошлой неделе Путин два часа разговаривал в таком же формате с президентом США Джо Байденом."
    )
    found = {(e.status, e.format, tuple(sorted(sides(e)))) for e in events(extractor, text, "2021-12-13")}
    assert ("held", "video", ("Байден", "Путин")) in found


def test_the_years_a_signed_programme_is_for_are_not_the_signing_day(extractor):
    text = "Сергей Собянин и мэр Пекина Инь Юн подписали программу сотрудничества на 2024–2026 годы."
    (event,) = events(extractor, text, "2024-06-18")
    assert event.date is None


@pytest.mark.parametrize(
    "text",
    [
        "Андрей Петров и Иван Сидоров встретились. «Мы хотим, чтобы бизнесмены совместно принимали участие "
        "в проектах», — сказал Петров.",
        "Андрей Петров и Иван Сидоров встретились. Пока не ясно, как видится будущее проекта.",
    ],
)
def test_a_wish_or_being_seen_is_no_second_meeting(extractor, text):
    (event,) = events(extractor, text)
    assert sides(event) == {"Петров", "Сидоров"} and len(event.evidence) == 1


def test_those_named_after_a_meeting_used_as_a_time_frame_were_not_at_it(extractor):
    text = (
        "Председатель правительства Михаил Касьянов в субботу провел встречу с губернатором Евгением Наздратенко. "
        "По итогам встречи премьер поручил своим заместителям Виктору Христенко и Алексею Кудрину подготовить план."
    )
    (event,) = events(extractor, text, "2000-11-25")
    assert sides(event) == {"Касьянов", "Наздратенко"}


def test_a_guest_brought_to_a_city_meets_there(extractor):
    text = (
        "В Томск с рабочим визитом прибыл посол Франции Пьер Леви. Вчера посол встретился с губернатором Томской "
        "области Сергеем Жвачкиным. В 2017 году они уже встречались."
    )
    found = {(e.date and e.date.start, e.city and e.city.name) for e in events(extractor, text, "2019-03-14")}
    assert found == {("2019-03-13", "Томск"), ("2017", None)}
    assert "a side is staying in Томск (sentence 0)" in reasons(extractor, text, "2019-03-14")


def test_a_guest_staying_in_a_city_meets_there(extractor):
    text = (
        "Находящийся в Ханое с визитом министр иностранных дел Малайзии Мохамад Хасан осмотрел старый квартал. "
        "Во вторник гость провел переговоры с вице-премьером Вьетнама Буй Тхань Шоном."
    )
    (event,) = events(extractor, text, "2025-02-26")
    assert event.city.name == "Ханой"


def test_the_city_of_a_post_is_not_where_the_meeting_is(extractor):
    text = (
        "Генеральный консул Франции в Екатеринбурге Жан Дюпон прибыл в Пермь. В четверг консул встретится с "
        "губернатором Пермского края Дмитрием Махониным."
    )
    (event,) = events(extractor, text, "2024-03-12")
    assert (event.status, sides(event), event.city.name) == ("planned", {"Дюпон", "Махонин"}, "Пермь")


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Губернатор Кубани Вениамин Кондратьев встретился с Германом Грефом на полях ПМЭФ.", "Санкт-Петербург"),
        ("Переговоры Моди и Путина прошли в среду на полях Восточного экономического форума.", "Владивосток"),
        ("Шольц провел встречу с Зеленским на Мюнхенской конференции по безопасности.", "Мюнхен"),
    ],
)
def test_a_forum_always_held_in_one_city_places_its_meetings(extractor, text, city):
    (event,) = events(extractor, text, "2023-06-16")
    assert event.city.name == city
    assert "is always held in" in reasons(extractor, text, "2023-06-16")


def test_a_summit_that_moves_gives_no_city_and_a_call_none_either(extractor):
    text = "Макрон и Моди побеседовали на полях саммита G20. Путин и Абэ провели видеоконференцию в рамках ВЭФ."
    assert [(e.format, e.city) for e in events(extractor, text, "2023-06-16")] == [("in_person", None), ("video", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Замглавы МИД России Андрей Руденко и замминистра Японии Киёси Ямада провели консультации в Москве.",
            {"Руденко", "Ямада"},
        ),
        (
            "На консультациях замминистра Андрея Руденко и заместителя министра Японии Киёси Ямады обсуждали визит.",
            {"Руденко", "Ямада"},
        ),
        ("Весной канцлер Австрии Вольфганг Шюссель побывал у Путина в Кремле.", {"Путин", "Шюссель"}),
        (
            "Губернатор Олег Кувшинников должен был подписать с Алексеем Мордашовым соглашение.",
            {"Кувшинников", "Мордашов"},
        ),
    ],
)
def test_consultations_a_visit_to_someone_and_a_signing_to_be(extractor, text, expected):
    (event,) = events(extractor, text, "2019-05-20")
    assert sides(event) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Эксперты двух стран продолжат консультации.",
        "Депутат Андрей Исаев побывал в Твери.",
        "Юристы дали консультацию губернатору Олегу Кувшинникову.",
    ],
)
def test_consultations_of_nobody_named_and_a_trip_are_no_meetings(extractor, text):
    assert events(extractor, text, "2019-05-20") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date of another thing, told in its relative or participial clause
        (
            "Глава Минздрава Михаил Мурашко провел переговоры с губернатором Андреем Бочаровым на фоне "
            "доклада, опубликованного в понедельник.",
            None,
        ),
        ("Мэр Сергей Собянин встретился с Юрием Трутневым перед выставкой, которая откроется 5 мая.", None),
        # the meeting's own: the pronoun agrees with the meeting word, or the clause is about a side
        ("Отложена встреча министров Сергея Лаврова и Хакана Фидана, которую планировали на 5 мая.", "2023-05-05"),
        (
            "Министр Сергей Лавров, которого ожидают в Анкаре 5 мая, проведет переговоры с Хаканом Фиданом.",
            "2023-05-05",
        ),
    ],
)
def test_a_date_in_a_clause_about_another_thing_is_that_things(extractor, text, date):
    (event,) = events(extractor, text, "2023-04-20")
    assert (event.date and event.date.start) == date


def test_a_visit_by_invitation_is_held_with_the_one_who_invited(extractor):
    text = "В мае 2019 года Вячеслав Володин посещал Пекин по приглашению председателя ВСНП Ли Чжаньшу."
    (event,) = events(extractor, text, "2021-03-01")
    assert (event.status, sides(event), event.city.name) == ("held", {"Володин", "Ли"}, "Пекин")


def test_who_hands_over_an_invitation_only_carries_it(extractor):
    text = (
        "Посол Алексей Полищук вручил премьеру Николу Пашиняну приглашение от президента Владимира Путина "
        "посетить Россию."
    )
    (event,) = events(extractor, text, "2021-03-01")
    assert (event.status, sides(event)) == ("proposed", {"Пашинян", "Путин"})


def test_an_invitation_to_come_needs_no_named_place(extractor):
    text = "Губернатор Игорь Руденя пригласил президента Владимира Путина приехать в регион."
    (event,) = events(extractor, text, "2021-03-01")
    assert (event.status, sides(event)) == ("proposed", {"Путин", "Руденя"})


def test_the_day_of_an_invitation_is_not_the_day_of_the_visit(extractor):
    text = "Губернатор Игорь Руденя 11 июня пригласил президента Владимира Путина приехать в регион."
    (event,) = events(extractor, text, "2021-06-12")
    assert (event.status, event.date) == ("proposed", None)
    assert "is the day of the proposal" in reasons(extractor, text, "2021-06-12")
    later = "Губернатор Игорь Руденя пригласил президента Владимира Путина приехать в регион 20 августа."
    (event,) = events(extractor, later, "2021-06-12")
    assert event.date.start == "2021-08-20"


def test_a_joined_predicate_keeps_the_subject_told_before(extractor):
    text = (
        "Президент Казахстана Касым-Жомарт Токаев отправится в Баку. Во вторник он прибудет в столицу "
        "Азербайджана, а также проведет переговоры с Ильхамом Алиевым."
    )
    (event,) = events(extractor, text, "2024-05-19")
    assert (event.status, sides(event)) == ("planned", {"Алиев", "Токаев"})


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Приморья Олег Кожемяко 5 марта принял у себя генконсула Японии Такаси Коидзуми.",
        "Губернатор Приморья Олег Кожемяко 5 марта принял генерального консула Японии Такаси Коидзуми.",
    ],
)
def test_receiving_someone_is_meeting_him(extractor, text):
    (event,) = events(extractor, text, "2019-03-06")
    assert (event.status, sides(event)) == ("held", {"Кожемяко", "Коидзуми"})


def test_whom_the_story_follows_is_received(extractor):
    text = (
        "Генконсул Японии Такаси Коидзуми прибыл во Владивосток. Завтра консул отправится в Находку, где его "
        "примет мэр Находки Олег Колядин."
    )
    (event,) = events(extractor, text, "2019-03-06")
    assert (event.status, sides(event), event.city.name) == ("planned", {"Колядин", "Коидзуми"}, "Находка")


def test_the_meetings_of_a_day_told_as_a_whole_are_of_that_day(extractor):
    text = (
        "Глава «Роснефти» Игорь Сечин в четверг принял в офисе компании в Москве сразу четырех гостей. "
        "С главой Eni Клаудио Дескальци Сечин обсудил поставки. Затем состоялась беседа Сечина с губернатором "
        "Сахалина Валерием Лимаренко. Сечин и Лимаренко встречаются не впервые: они уже виделись в мае 2019 года."
    )
    found = {
        (tuple(sorted(sides(e))), e.date.start, e.city and e.city.name) for e in events(extractor, text, "2021-04-23")
    }
    assert found == {
        (("Дескальци", "Сечин"), "2021-04-22", "Москва"),
        (("Лимаренко", "Сечин"), "2021-04-22", "Москва"),
        (("Лимаренко", "Сечин"), "2019-05", None),
    }
    assert "one of the meetings of в четверг" in reasons(extractor, text, "2021-04-23")


def test_the_next_companion_of_a_host_met_him(extractor):
    text = (
        "В пятницу президент Владимир Путин провел в Минске переговоры с Александром Лукашенко. Следующим "
        "собеседником Путина стал президент Казахстана Касым-Жомарт Токаев."
    )
    found = {tuple(sorted(sides(e))) for e in events(extractor, text, "2023-05-27")}
    assert found == {("Лукашенко", "Путин"), ("Путин", "Токаев")}


def test_a_source_is_no_companion(extractor):
    text = "Как сообщил собеседник агентства, министр Сергей Лавров прилетит в Анкару."
    assert events(extractor, text, "2023-05-27") == []


def test_an_adviser_on_a_field_is_the_advisers_title(extractor):
    text = "Путин принял советника президента США по национальной безопасности Джейка Салливана."
    (event,) = events(extractor, text, "2023-05-27")
    assert sides(event) == {"Путин", "Салливан"}


def test_talks_counted_over_a_year_are_no_event_but_on_one_day_are_one(extractor):
    over_a_year = "За год Эммануэль Макрон и Олаф Шольц трижды говорили по телефону."
    assert events(extractor, over_a_year, "2023-05-27") == []
    one_day = "5 мая в Хиросиме Эммануэль Макрон и Олаф Шольц дважды успели побеседовать."
    (event,) = events(extractor, one_day, "2023-05-27")
    assert event.date.start == "2023-05-05"


def test_talks_not_yet_set_are_no_event(extractor):
    text = "Новых переговоров Эммануэля Макрона и Олафа Шольца пока не намечено."
    assert events(extractor, text, "2023-05-27") == []


def test_the_day_a_cancellation_was_announced_is_not_the_meetings(extractor):
    text = (
        "Встреча Ильхама Алиева и Никола Пашиняна в Гранаде была намечена на 5 октября. Однако 4 октября "
        "помощник президента Хикмет Гаджиев объявил, что встречи Алиева и Пашиняна не будет."
    )
    (event,) = events(extractor, text, "2023-10-06")
    assert (event.status, event.date.start) == ("cancelled", "2023-10-05")


def test_he_is_the_man_the_story_named_not_the_woman(extractor):
    text = (
        "О поездке Валентины Матвиенко в Анкару рассказал министр иностранных дел Сергей Лавров. В понедельник "
        "по итогам переговоров с главой МИД Турции Хаканом Фиданом он провел пресс-конференцию."
    )
    (event,) = events(extractor, text, "2025-02-27")
    assert sides(event) == {"Лавров", "Фидан"}


def test_who_is_named_in_what_was_said_is_not_the_sentences_subject(extractor):
    text = (
        "Министр иностранных дел Сергей Лавров в понедельник провел переговоры с Хаканом Фиданом. Затем он "
        "напомнил, что в сентябре Москву посетил спикер Нуман Куртулмуш: турецкого гостя принял Владимир Путин."
    )
    found = {(tuple(sorted(sides(e))), e.date.start) for e in events(extractor, text, "2025-02-27")}
    assert (("Лавров", "Фидан"), "2025-02-24") in found
    assert all("Лавров" not in pair or "Куртулмуш" not in pair for pair, _ in found)


def test_a_bare_talk_at_a_summit_told_before_is_in_person_there(extractor):
    text = (
        "В понедельник на полях саммита ШОС в Астане Владимир Путин провел переговоры с Си Цзиньпином. "
        "Во вторник российский президент побеседует с президентом Ирана Масудом Пезешкианом."
    )
    found = {(tuple(sorted(sides(e))), e.format, e.city and e.city.name) for e in events(extractor, text, "2024-07-01")}
    assert (("Пезешкиан", "Путин"), "in_person", "Астана") in found


def test_several_who_received_the_guest_each_met_him(extractor):
    text = (
        "Спикер Госдумы Вячеслав Володин в понедельник провел в Ханое переговоры с председателем Национального "
        "собрания Вьетнама Чан Тхань Маном. В ходе визита российского спикера также приняли генеральный секретарь "
        "ЦК КПВ То Лам и премьер-министр Фам Минь Тьинь."
    )
    found = {(tuple(sorted(sides(e))), e.city and e.city.name) for e in events(extractor, text, "2024-12-10")}
    assert found == {
        (("Володин", "Чан"), "Ханой"),
        (("Володин", "То"), "Ханой"),
        (("Володин", "Фам"), "Ханой"),
    }
    assert "told as part of the visit" in reasons(extractor, text, "2024-12-10")


def test_how_they_talked_is_the_talks_format(extractor):
    text = "Министры Александр Новак и Виктор Каранкевич обсудили газовые вопросы по видеосвязи."
    (event,) = events(extractor, text, "2020-06-09")
    assert event.format == "video"


def test_a_session_told_in_a_relative_clause_is_no_meeting_of_the_pair(extractor):
    text = (
        "Президент Александр Лукашенко в четверг провел телефонный разговор с Геннадием Селезневым. Собеседники "
        "обсудили подготовку заседания Госсовета, которое запланировано на 12 апреля в Москве, и договорились "
        "провести двустороннюю встречу."
    )
    found = {
        (e.status, e.format, e.date and e.date.start, e.city and e.city.name)
        for e in events(extractor, text, "2002-04-05")
    }
    assert found == {("held", "phone", "2002-04-04", None), ("planned", "in_person", None, None)}


def test_talks_planned_on_a_visit_put_off_are_put_off(extractor):
    text = (
        "Официальный визит президента Казахстана Касым-Жомарта Токаева в Россию, намеченный на эту неделю, "
        "перенесен. Ранее ожидалось, что 25 или 26 ноября Токаев проведет в Москве переговоры с Владимиром Путиным."
    )
    (event,) = events(extractor, text, "2022-11-22")
    assert (event.status, event.date.start, event.date.end, event.city.name) == (
        "postponed",
        "2022-11-25",
        "2022-11-26",
        "Москва",
    )
    assert "on the visit postponed before" in reasons(extractor, text, "2022-11-22")


def test_talks_elsewhere_after_a_visit_put_off_stay_planned(extractor):
    text = (
        "Визит президента Владимира Путина в Токио, намечавшийся на осень, перенесен. Путин и премьер Японии "
        "Синдзо Абэ все же проведут переговоры в ноябре в Пекине."
    )
    (event,) = events(extractor, text, "2014-08-05")
    assert (event.status, event.city.name) == ("planned", "Пекин")


def test_what_was_said_or_thought_does_not_date_or_plan_the_meeting(extractor):
    text = (
        "В воскресенье в Иркутске прошла встреча Владимира Путина с премьером Японии Иосиро Мори. Открывая "
        "переговоры, президент напомнил, что в 2000 году стороны наметили ключевые направления сотрудничества. "
        "Еще в пятницу министр Игорь Иванов допускал, что в Иркутске подпишут декларацию, смотря по тому, как "
        "сложится разговор."
    )
    found = {(e.status, e.date.start) for e in events(extractor, text, "2001-03-26")}
    assert found == {("held", "2001-03-25")}


def test_a_city_that_thinks_is_no_meeting_place(extractor):
    text = "В Москве рассчитывают, что переговоры Сергея Собянина и Ильхама Алиева в Баку пройдут в мае."
    (event,) = events(extractor, text, "2019-03-01")
    assert event.city.name == "Баку"
    text = "В Москве рассчитывают, что переговоры Сергея Собянина и Ильхама Алиева пройдут в мае."
    (event,) = events(extractor, text, "2019-03-01")
    assert event.city is None


def test_an_intention_of_the_past_is_no_meeting(extractor):
    text = "Президент Франции Эммануэль Макрон признался, что собирался приехать к Владимиру Путину на парад."
    assert events(extractor, text, "2020-06-26") == []


def test_a_talk_named_as_a_time_before_what_a_palace_said_is_the_talk_told(extractor):
    text = (
        "Владимир Путин и Эммануэль Макрон в пятницу провели переговоры по видеосвязи. В Елисейском дворце еще "
        "до разговора объясняли его цели."
    )
    (event,) = events(extractor, text, "2020-06-26")
    assert (event.format, event.city) == ("video", None)


def test_a_series_told_in_a_city_places_the_hosts_meetings(extractor):
    text = (
        "Губернатор Курской области Роман Старовойт провел в Москве серию рабочих встреч. Главной из них стала "
        "встреча с министром финансов Антоном Силуановым. Старовойт и Силуанов рассмотрели строительство моста в "
        "Курске. Кроме того, Старовойт встретился с главой Минтранса Виталием Савельевым."
    )
    found = {(tuple(sorted(sides(e))), e.city and e.city.name) for e in events(extractor, text, None)}
    assert found == {(("Силуанов", "Старовойт"), "Москва"), (("Савельев", "Старовойт"), "Москва")}


def test_a_bare_conversation_is_face_to_face_and_a_format_told_first_is_its_meetings(extractor):
    text = "Еще раньше Владимир Путин беседовал с губернатором Нижегородской области Глебом Никитиным."
    (event,) = events(extractor, text, "2023-05-18")
    assert event.format == "in_person"
    text = (
        "16 мая президент Владимир Путин в режиме видеоконференции поочередно провел встречи с губернатором "
        "Андреем Травниковым и губернатором Василием Орловым."
    )
    found = {(tuple(sorted(sides(e))), e.format) for e in events(extractor, text, "2023-05-18")}
    assert found == {(("Путин", "Травников"), "video"), (("Орлов", "Путин"), "video")}


def test_a_call_named_as_a_time_is_a_call_when_no_call_was_told(extractor):
    text = (
        "Трамп предложил Путину встретиться в Вашингтоне. Президент США Дональд Трамп во время телефонного "
        "разговора с Владимиром Путиным 20 марта предложил провести встречу в Вашингтоне. Увидеться лидеры "
        "могут в не слишком отдаленном будущем."
    )
    found = {(e.status, e.format) for e in events(extractor, text, "2018-03-21")}
    assert found == {("proposed", "in_person"), ("held", "phone")}


def test_agreeing_to_talk_plans_a_talk_and_a_meeting_of_many_is_not_theirs(extractor):
    text = (
        "Сергей Лавров в понедельник провел телефонный разговор с Рексом Тиллерсоном. Министры условились "
        "побеседовать в Фербанксе 10 мая. Кроме того, министры обменялись мнениями о предстоящей международной "
        "встрече по Сирии."
    )
    found = {(e.status, e.format, e.date.start) for e in events(extractor, text, "2017-05-02")}
    assert found == {("held", "phone", "2017-05-01"), ("planned", "in_person", "2017-05-10")}


def test_not_having_seen_each_other_is_no_meeting(extractor):
    text = "«Мы не виделись с 15 ноября», — сказала Алла Бут о муже Викторе Буте."
    assert events(extractor, text, "2011-01-20") == []


def test_a_meeting_put_off_keeps_its_day_and_is_put_off(extractor):
    text = (
        "Встречу Олега Чиркунова и Вагита Алекперова перенесли на апрель. Встреча губернатора Олега Чиркунова "
        "и Вагита Алекперова, которую планировали провести 12 марта, не состоялась."
    )
    (event,) = [e for e in events(extractor, text, "2007-03-14") if e.status != "planned"]
    assert (event.status, event.date.start) == ("postponed", "2007-03-12")


def test_not_the_one_but_the_other_received_the_guest(extractor):
    text = (
        "Посла Литвы Ремигиюса Мотузаса, который вчера впервые приехал в Калининград, принял не губернатор "
        "Николай Цуканов, а вице-премьер Александр Рольбинов."
    )
    (event,) = events(extractor, text, "2015-10-21")
    assert (sides(event), event.date.start) == ({"Мотузас", "Рольбинов"}, "2015-10-20")


def test_meetings_told_of_to_someone_are_the_tellers(extractor):
    text = (
        "Путин подробно рассказал американскому коллеге Биллу Клинтону о переговорах, которые он провел во вторник "
        "в Пекине с председателем КНР Цзян Цзэминем, и о встрече в среду в Пхеньяне с руководителем КНДР "
        "Ким Чен Иром."
    )
    found = {(tuple(sorted(sides(e))), e.date.start, e.city.name) for e in events(extractor, text, "2000-07-22")}
    assert found == {(("Путин", "Цзян"), "2000-07-18", "Пекин"), (("Ким", "Путин"), "2000-07-19", "Пхеньян")}


def test_fog_that_disrupted_a_meeting_cancels_it_and_an_airport_receives_no_one(extractor):
    text = (
        "Туман сорвал утреннюю встречу губернатора Александра Хлопонина с министром Андреем Фурсенко. "
        "Аэропорт утром не смог принять восемь рейсов из Москвы и Сочи."
    )
    assert [e.status for e in events(extractor, text, "2007-06-29")] == ["cancelled"]


def test_so_they_did_not_meet_is_a_meeting_called_off(extractor):
    text = "Губернатор Александр Хлопонин и министр Андрей Фурсенко так и не увиделись в пятницу в Красноярске."
    (event,) = events(extractor, text, "2007-06-30")
    assert (event.status, event.date.start, event.city.name) == ("cancelled", "2007-06-29", "Красноярск")
    assert events(extractor, "Хлопонин и Фурсенко не увиделись.", "2007-06-30") == []


def test_a_delay_is_no_meetings_length(extractor):
    text = "Министр Андрей Фурсенко прибыл с опозданием на шесть часов и провел встречу с Александром Хлопониным."
    (event,) = events(extractor, text, "2007-06-30")
    assert event.duration is None


def test_a_sessions_length_is_no_meetings_length(extractor):
    text = (
        "Губернатор Александр Хлопонин в пятницу встретился с министром Андреем Фурсенко. Заседание Госсовета "
        "продлится два дня, поэтому беседа Хлопонина и Фурсенко была короткой."
    )
    (event,) = events(extractor, text, "2007-06-30")
    assert event.duration is None


def test_a_plan_told_after_the_meeting_is_how_it_came_about(extractor):
    text = (
        "Глава МОК Томас Бах 14 февраля встретился с руководителем делегации Станиславом Поздняковым. "
        "Позже Поздняков рассказал, что встречу предложил сам Бах."
    )
    (event,) = events(extractor, text, "2018-02-23")
    assert (event.status, event.date.start) == ("held", "2018-02-14")
    invited = text + " Бах пригласил Позднякова посетить Лозанну с ответным визитом."
    assert {e.status for e in events(extractor, invited, "2018-02-23")} == {"held", "proposed"}


def test_a_talk_told_in_the_headline_takes_the_format_the_body_gives(extractor):
    text = (
        "Бах поговорил с Левитиным четыре минуты\\n\\nПрезидент МОК Томас Бах в четверг пообщался с вице-президентом "
        "ОКР Игорем Левитиным."
    )
    (event,) = events(extractor, text, "2018-02-23")
    assert (event.format, event.date.start, event.duration.min) == ("in_person", "2018-02-22", 4)


def test_a_telebridge_is_video_and_a_year_of_cooperation_is_not_the_talks(extractor):
    text = (
        "БИРОБИДЖАН, 6 декабря — Мэр Биробиджана Максим Семёнов провел переговоры в режиме телемоста с мэром "
        "города Хэган Дэн Вэйюанем. Стороны подвели итоги сотрудничества в уходящем году."
    )
    (event,) = events(extractor, text, "2024-12-06")
    assert (event.format, event.date.start) == ("video", "2024-12-06")


def test_met_with_him_is_the_one_the_sentence_is_about(extractor):
    text = (
        "Вячеслав Федорищев получил предложение перейти в Самару от президента: 31 мая Владимир Путин "
        "встретился с ним и предложил возглавить регион после отставки Дмитрия Азарова."
    )
    (event,) = events(extractor, text, "2024-09-01")
    assert (event.status, sides(event), event.date.start) == ("held", {"Путин", "Федорищев"}, "2024-05-31")


def test_two_named_by_phone_talked_and_a_meeting_set_for_today_is_at_the_dateline(extractor):
    text = (
        "МОСКВА, 9 апр — Ранее президенты Владимир Путин и Касым-Жомарт Токаев по телефону поручили премьерам "
        "синхронизировать действия. Председатель правительства Михаил Мишустин сегодня примет губернатора "
        "Евгения Куйвашева."
    )
    found = {
        (tuple(sorted(sides(e))), e.status, e.format, e.city and e.city.name)
        for e in events(extractor, text, "2024-04-09")
    }
    assert found == {
        (("Путин", "Токаев"), "held", "phone", None),
        (("Куйвашев", "Мишустин"), "planned", "in_person", "Москва"),
    }
    assert events(extractor, "Об этом министр Сергей Лавров сообщил по телефону.", "2024-04-09") == []


def test_the_headline_puts_the_story_in_its_city(extractor):
    text = (
        "Мэр Саппоро приехал в Новосибирск\n\nВ четверг мэр Новосибирска Владимир Городецкий провел встречу с мэром "
        "японского Саппоро Фумио Уэдой."
    )
    (event,) = events(extractor, text, "2005-06-23")
    assert event.city.name == "Новосибирск"
    assert "the headline puts the story in Новосибирск" in reasons(extractor, text, "2005-06-23")
    dated_earlier = text.replace("В четверг", "В 2003 году")
    (event,) = events(extractor, dated_earlier, "2005-06-23")
    assert event.city is None


def test_a_meeting_during_a_visit_to_a_city_is_there(extractor):
    text = (
        "Глава МОК Жак Рогге встретился в Лозанне с министром Виталием Мутко. В феврале 2003 года во время "
        "визита в российскую столицу Рогге встречался с Юрием Лужковым."
    )
    found = {(tuple(sorted(sides(e))), e.city and e.city.name) for e in events(extractor, text, "2009-05-11")}
    assert (("Лужков", "Рогге"), "Москва") in found


def test_a_month_within_the_year_dates_the_meeting_and_a_visit_due_is_ahead(extractor):
    text = (
        "Для Путина и Абэ это уже вторая встреча в нынешнем году: в мае Синдзо Абэ встречался с Владимиром "
        "Путиным в Сочи. Беседа касалась визита Путина в Японию, который должен состояться в декабре."
    )
    found = {(e.status, e.date.start) for e in events(extractor, text, "2016-09-03")}
    assert found == {("held", "2016-05"), ("planned", "2016-12")}


def test_two_guests_of_a_host_not_named_do_not_meet_each_other(extractor):
    text = (
        "Перед этим глава делегации встретился с президентом МККК Мирьяной Сполярич-Эггер, а еще раньше провел "
        "переговоры с министром иностранных и европейских дел Словакии Юраем Бланаром."
    )
    assert events(extractor, text, "2025-09-24") == []


def test_the_day_it_became_known_is_not_the_meetings(extractor):
    text = (
        "Во вторник Михаил Мишустин встретится в Пекине с Си Цзиньпином. О том, что такая встреча "
        "запланирована, стало известно еще 31 октября."
    )
    (event,) = events(extractor, text, "2025-11-03")
    assert (event.status, event.date.start) == ("planned", "2025-11-04")


def test_proposing_to_do_something_to_someone_is_no_proposal_of_a_meeting(extractor):
    text = "Открывая переговоры, Михаил Мишустин предложил Ли Цяну «сверить часы» по исполнению договоренностей."
    assert all(e.status != "proposed" for e in events(extractor, text, "2025-11-03"))


def test_guests_named_as_one_party_met_the_host_together(extractor):
    text = (
        "Вечером министр Сергей Шойгу встретился с руководством делегации — генералом Аль-Хадж Нахаяном, "
        "министром Али Рашидом и послом Омаром Салехом."
    )
    (event,) = events(extractor, text)
    assert sides(event) == {"Шойгу", "Нахаян", "Рашид", "Салех"}
    text = "Вечером министр Сергей Шойгу встретился с генералом Али Рашидом и послом Омаром Салехом."
    assert sorted(tuple(sorted(sides(event))) for event in events(extractor, text)) == [
        ("Рашид", "Шойгу"),
        ("Салех", "Шойгу"),
    ]


def test_a_participle_after_the_guests_describes_them(extractor):
    text = (
        "Губернатор Алексей Дюмин в пятницу примет двух инвесторов — Игоря Сечина и Олега Дерипаску, "
        "прилетевших в Тулу по приглашению правительства области."
    )
    (event,) = events(extractor, text, "2023-06-06")
    assert (event.status, sides(event)) == ("planned", {"Дюмин", "Сечин", "Дерипаска"})


def test_talks_on_the_sidelines_take_the_days_and_city_of_the_gathering(extractor):
    text = (
        "Саммит АТЭС, который проходит 8–9 ноября в Лиме, собрал лидеров региона. "
        "На полях саммита премьер Михаил Мишустин коротко переговорил с президентом Чили Габриэлем Боричем."
    )
    (event,) = events(extractor, text, "2024-11-10")
    assert (event.date.start, event.date.end, event.city.name) == ("2024-11-08", "2024-11-09", "Лима")
    assert "the meeting is within its days" in reasons(extractor, text, "2024-11-10")


def test_the_day_a_meeting_was_agreed_on_is_not_its_day(extractor):
    text = "Министры Сергей Лавров и Джон Керри встретились в Женеве. О встрече условились только накануне."
    (event,) = events(extractor, text, "2016-09-05")
    assert event.date is None
    text = "Лидеры условились о визите Владимира Путина к Си Цзиньпину в Пекин весной следующего года."
    (event,) = events(extractor, text, "2016-09-05")
    assert (event.status, event.date.start) == ("planned", "2017-03")


def test_a_meeting_put_off_and_its_new_day_are_one_event(extractor):
    text = (
        "Встреча губернатора Андрея Бочарова и главы РЖД Олега Белозерова, которая должна была пройти в "
        "Волгограде завтра, перенесена из-за урагана. Теперь встреча назначена на пятницу, 17 марта."
    )
    (event,) = events(extractor, text, "2017-03-13")
    assert (event.status, event.date.start, event.city.name) == ("postponed", "2017-03-14", "Волгоград")
    assert "its new time dates nothing" in reasons(extractor, text, "2017-03-13")


@pytest.mark.parametrize(
    "text",
    [
        "Встрече губернатора Андрея Бочарова и главы РЖД Олега Белозерова помешал ураган.",
        "Пресс-служба не готова подтвердить, что Андрей Бочаров сможет встретиться с Олегом Белозеровым.",
    ],
)
def test_a_meeting_prevented_or_not_confirmed_is_not_held(extractor, text):
    assert [event.status for event in events(extractor, text)] in ([], ["cancelled"])


def test_an_undated_plan_told_after_the_meeting_is_how_it_came_about(extractor):
    text = (
        "Мэр Казани Ильсур Метшин по видеосвязи пообщался с мэром Болоньи Маттео Леповым. "
        "Города дружат много лет. Ежегодно казанская делегация ездит на ярмарку. "
        "В этом году поездка не состоялась. Поэтому стороны решили поговорить по видеосвязи. "
        "Главной темой разговора стала пандемия."
    )
    (event,) = events(extractor, text, "2020-07-03")
    assert (event.status, event.format) == ("held", "video")


def test_meetings_planned_on_the_same_trip_share_its_day(extractor):
    text = (
        "Спикер Госдумы Вячеслав Володин в среду, 12 марта, встретится с президентом Узбекистана Шавкатом "
        "Мирзиёевым. В Ташкенте он также проведет встречи с премьером Абдуллой Ариповым. "
        "С председателем сената Танзилой Нарбаевой гость намерен обсудить работу комиссии."
    )
    found = {
        tuple(sorted(sides(e))): (e.status, e.date.start if e.date else None)
        for e in events(extractor, text, "2025-03-10")
    }
    assert found[("Арипов", "Володин")] == ("planned", "2025-03-12")
    assert found[("Володин", "Нарбаева")] == ("planned", "2025-03-12")


def test_the_one_after_s_before_a_verb_of_discussing_is_the_other_side(extractor):
    text = "С председателем сената Танзилой Нарбаевой спикер Вячеслав Володин намерен обсудить работу комиссии."
    (event,) = events(extractor, text)
    assert (event.status, sides(event)) == ("planned", {"Володин", "Нарбаева"})


def test_a_meeting_in_the_program_of_a_trip_called_off_is_called_off_with_it(extractor):
    text = (
        "Президент Виктор Ющенко отказался от поездки в Харьков, которая намечалась на 14 мая. "
        "Президент собирался посетить ярмарку. В программе его визита значились встреча с мэром "
        "Михаилом Добкиным и студентами, а в 18:00 Ющенко должен был открыть выставку."
    )
    (event,) = events(extractor, text, None)
    assert (event.status, sides(event), event.city.name) == ("cancelled", {"Ющенко", "Добкин"}, "Харьков")
    assert (event.date.start, event.date.resolved) == ("--05-14", False)


def test_whoever_talk_was_with_after_s_met_the_one_the_story_follows(extractor):
    text = (
        "Глава «Роснефти» Игорь Сечин в четверг провел в Москве несколько рабочих встреч. "
        "С губернатором Томской области Сергеем Жвачкиным речь шла о новых скважинах, "
        "а с губернатором Иркутской области Сергеем Левченко — о газификации."
    )
    found = sorted(tuple(sorted(sides(e))) for e in events(extractor, text, "2017-03-17"))
    assert found == [("Жвачкин", "Сечин"), ("Левченко", "Сечин")]


def test_a_headline_listed_under_read_also_is_no_meeting_of_the_article(extractor):
    text = (
        "Губернатор Андрей Травников провел прием граждан.\n\nЧитайте также:\n"
        "Мэр Бердска Евгений Шестернин встретился с послом Индии Винаем Кумаром\n"
        "В Новосибирске открылся новый мост\n\nПрием продлился три часа."
    )
    assert events(extractor, text) == []
    assert "a headline of another story" in reasons(extractor, text)
    assert "Шестернин" in {person.last for person in extractor.extract(text, published="2023-06-10").persons}


def test_the_day_a_visit_put_off_was_to_be_dates_its_talks(extractor):
    text = (
        "Визит президента Беларуси Александра Лукашенко в Пакистан переносится. "
        "Поездка должна была пройти 26–27 мая. "
        "В Исламабаде белорусский лидер собирался провести переговоры с премьер-министром Навазом Шарифом."
    )
    (event,) = events(extractor, text, "2015-05-26")
    assert (event.status, sides(event)) == ("postponed", {"Лукашенко", "Шариф"})
    assert (event.date.start, event.date.end) == ("2015-05-26", "2015-05-27")


def test_a_headline_listing_people_is_not_one_meeting_of_them_all(extractor):
    text = (
        "Назарбаев, Мирзиёев, Жапаров: сочинские дни Путина прошли в переговорах\n\n"
        "В понедельник Путин провел переговоры с президентом Казахстана Нурсултаном Назарбаевым."
    )
    found = [tuple(sorted(sides(e))) for e in events(extractor, text)]
    assert found == [("Назарбаев", "Путин")]
    assert "a headline lists several people" in reasons(extractor, text)


def test_the_predicate_of_a_meeting_noun_sets_its_status_however_long_the_noun(extractor):
    text = (
        "Встреча губернатора Ленинградской области Валерия Сердюкова с наследным принцем Бельгии Филиппом, "
        "назначенная на 30 июня, не состоится."
    )
    (event,) = events(extractor, text, "2006-06-29")
    assert (event.status, event.date.start) == ("cancelled", "2006-06-30")


def test_with_him_before_the_verb_is_the_one_told_of_just_before(extractor):
    text = (
        "Из Казани принц Филипп прилетит в Санкт-Петербург. "
        "Прямо из аэропорта он отправится в Смольный, где вечером с ним побеседует губернатор Валентина Матвиенко."
    )
    (event,) = events(extractor, text, "2006-06-29")
    assert (event.status, {person.name for person in event.participants}) == (
        "planned",
        {"Филипп", "Валентина Матвиенко"},
    )


def test_a_meeting_planned_for_the_days_right_after_a_dated_report_is_at_its_dateline(extractor):
    text = (
        " date 2012-02-19\nКИЕВ, 19 фев — Президент Украины Виктор Янукович в понедельник, 20 февраля, "
        "встретится с председателем Госдумы Сергеем Нарышкиным."
    )
    (event,) = extractor.extract(text).events
    assert (event.status, event.date.start, event.city.name) == ("planned", "2012-02-20", "Киев")
    text = (
        " date 2012-02-19\nКИЕВ, 19 фев — Президент Украины Виктор Янукович 20 марта встретится с "
        "председателем Госдумы Сергеем Нарышкиным."
    )
    (event,) = extractor.extract(text).events
    assert event.city is None  # a month ahead: the reporter's city says nothing


@pytest.mark.parametrize(
    "text",
    [
        "Мэр Москвы Юрий Лужков, который находится в Ереване с двухдневным визитом, встретился с Робертом Кочаряном.",
        "За пять лет сотрудничества губернатор Андрей Чибис трижды встречался с Владимиром Путиным, "
        "а в среду провел с ним переговоры.",
    ],
)
def test_days_months_and_years_are_no_meetings_length(extractor, text):
    for event in events(extractor, text):
        assert event.duration is None


def test_a_meeting_not_told_in_the_past_and_dated_after_the_report_is_planned(extractor):
    text = "На пятницу, 16 сентября, в графике президента значатся переговоры с президентом Турции Реджепом Эрдоганом."
    text = "Владимир Путин прилетел в Самарканд. " + text
    (event,) = events(extractor, text, "2022-09-15")
    assert (event.status, event.date.start) == ("planned", "2022-09-16")
    assert "dated after the report" in reasons(extractor, text, "2022-09-15")


def test_those_who_gathered_together_met(extractor):
    text = "Дмитрий Медведев, Ильхам Алиев и Серж Саргсян в последний раз собирались вместе 27 октября в Астрахани."
    (event,) = events(extractor, text, "2010-12-02")
    assert (event.status, sides(event), event.date.start) == ("held", {"Медведев", "Алиев", "Саргсян"}, "2010-10-27")
    text = "Президент Ильхам Алиев собирался приехать на парад в Москву к Владимиру Путину."
    assert events(extractor, text) == []


def test_a_meeting_called_off_at_a_dated_summit_takes_its_days(extractor):
    text = (
        "Переговоры Ильхама Алиева и Сержа Саргсяна, которые планировалось провести в рамках саммита ОБСЕ "
        "в Астане, не состоялись. Графики лидеров на саммите, проходящем 1–2 декабря, не пересекались."
    )
    (event,) = events(extractor, text, "2010-12-02")
    assert (event.status, event.date.start, event.date.end) == ("cancelled", "2010-12-01", "2010-12-02")


def test_his_meetings_in_a_clause_of_their_own_are_of_the_one_named_first(extractor):
    text = (
        "Главу АФК «Система» Владимира Евтушенкова принял премьер-министр Фам Минь Чинь, кроме того, "
        "состоялись его встречи с министром Лыонг Там Куангом и министром Дао Хонг Лан."
    )
    found = sorted(tuple(sorted(person.name for person in e.participants)) for e in events(extractor, text))
    assert found == [
        ("Владимир Евтушенков", "Дао Хонг Лан"),
        ("Владимир Евтушенков", "Лыонг Там Куанг"),
        ("Владимир Евтушенков", "Фам Минь Чинь"),
    ]


def test_a_day_and_city_opening_the_sentence_frame_each_meeting_in_it(extractor):
    text = (
        "В воскресенье, 24 сентября, в Улан-Баторе спикер Госдумы Вячеслав Володин провел переговоры с "
        "председателем хурала Гомбожавын Занданшатаром, а затем был принят премьер-министром Монголии "
        "Лувсаннамсрайн Оюун-Эрдэнэ."
    )
    found = {(e.date.start, e.city.name) for e in events(extractor, text, "2023-09-25")}
    assert found == {("2023-09-24", "Улан-Батор")}
    assert len(events(extractor, text, "2023-09-25")) == 2


def test_several_read_also_lists_each_end_at_a_blank_line(extractor):
    text = (
        "Читайте также:\nМэр Бердска Евгений Шестернин встретился с послом Индии Винаем Кумаром\n\n"
        "Губернатор Андрей Травников провел переговоры с послом Индии Винаем Кумаром.\n\n"
        "По теме:\nМэр Оби Павел Буковинин встретился с консулом Китая Ли Ханем"
    )
    (event,) = events(extractor, text)
    assert "Андрей Травников" in {person.name for person in event.participants}
