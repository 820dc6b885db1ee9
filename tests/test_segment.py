from vstrecha.morph import shared_morph
from vstrecha.segment import segment


def test_header_is_publication_date_and_offsets_stay_in_original_text():
    text = " date 2025-08-15 Встреча прошла в Буэнос-Айресе 10-11 ноября."
    doc = segment(text, shared_morph())
    assert doc.published.isoformat() == "2025-08-15"
    tokens = doc.sentences[0].tokens
    assert tokens[0].value == "Встреча"
    for token in tokens:
        assert text[token.span.start : token.span.stop] == token.value
    values = [token.value for token in tokens]
    assert "Буэнос-Айресе" in values
    assert values[-5:] == ["10", "-", "11", "ноября", "."]


def test_numbers_are_split_from_punctuation_inside_one_razdel_token():
    doc = segment("Матч ЧМ-2018 прошёл 07.07.2017.", shared_morph())
    assert [t.value for t in doc.sentences[0].tokens][1:4] == ["ЧМ", "-", "2018"]
    assert [t.type for t in doc.sentences[0].tokens][5:10] == ["INT", "PUNCT", "INT", "PUNCT", "INT"]


def test_a_month_cut_short_before_a_number_does_not_end_the_sentence():
    text = "Выпуск №720 от 18 янв. 2000 года. Губернатор вернулся к работе."
    doc = segment(text, shared_morph())
    assert [text[s.start : s.stop] for s in doc.sentences] == [
        "Выпуск №720 от 18 янв. 2000 года.",
        "Губернатор вернулся к работе.",
    ]


def test_russian_words_carry_pymorphy3_forms():
    doc = segment("Путин встретился с Трампом", shared_morph())
    forms = doc.sentences[0].tokens[1].forms
    assert any(form.normalized == "встретиться" for form in forms)


def described(tokens: list) -> list[tuple]:
    return [(t.value, t.span.start, t.span.stop, t.type, list(getattr(t, "forms", []))) for t in tokens]


def test_a_long_document_holds_the_tokens_of_a_bounded_number_of_sentences():
    """Tokens are made when asked and let go past Recent.size sentences; made again, they are equal."""
    text = " ".join(f"Встреча номер {n} прошла в Казани {n % 28 + 1} мая." for n in range(600))
    doc = segment(text, shared_morph())
    assert len(doc.sentences) == 600
    first = [
        (t.value, t.span.start, t.span.stop, t.type, list(getattr(t, "forms", []))) for t in doc.sentences[0].tokens
    ]
    for sentence in doc.sentences:
        assert sentence.tokens[0].value == "Встреча"
    held = [sentence for sentence in doc.sentences if sentence._tokens is not None]
    assert len(held) == doc.recent.size
    again = [
        (t.value, t.span.start, t.span.stop, t.type, list(getattr(t, "forms", []))) for t in doc.sentences[0].tokens
    ]
    assert again == first
    for token in doc.sentences[0].tokens:
        assert text[token.span.start : token.span.stop] == token.value


def test_an_overlong_sentence_is_cut_after_a_clause_end_with_offsets_kept():
    text = "Переговоры " + ", ".join(["встреча в Москве"] * 150) + "."
    doc = segment(text, shared_morph())
    assert len(doc.sentences) > 1
    for sentence in doc.sentences:
        assert len(sentence.tokens) <= 200
        assert text[sentence.start : sentence.stop].startswith(sentence.tokens[0].value)
    assert [s.tokens[-1].value for s in doc.sentences[:-1]] == [","] * (len(doc.sentences) - 1)
    assert doc.sentences[-1].stop == len(text)


def test_tokens_are_razdels_whatever_the_neighbouring_runs() -> None:
    """Runs of non-space characters are cut once per neighbourhood; the tokens must be razdel's own, also where
    razdel's rules read an atom of the run before or after ("бело -синий", "10 ,5", smileys, "Yahoo!")."""
    import random

    from razdel import tokenize

    from vstrecha.segment import razdel_tokens

    crafted = [
        "бело -синий флаг и сине- белый",
        "рост на 10 ,5 и 3, 5 процента, дробь 1 /2 и 1/ 2",
        "привет :-))) и ;) а также ... ?! и -- и ***",
        "Yahoo! сообщил, yahoo ! нет",
        "ΔP и mβж, snake_case и _x",
        "«Россия — Китай»: (ТАСС) №5 §3",
    ]
    rng = random.Random(20261129)
    alphabet = "аяЁzZ19,.-–—_/\\!?…:;()«»\"'§$%№*+= \t\u200b\u00a0Δσβж"
    samples = crafted + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in samples:
        assert razdel_tokens(text) == [(token.text, token.start) for token in tokenize(text)], text
