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


def test_russian_words_carry_pymorphy3_forms():
    doc = segment("Путин встретился с Трампом", shared_morph())
    forms = doc.sentences[0].tokens[1].forms
    assert any(form.normalized == "встретиться" for form in forms)
