"""The NLP layer's matcher Doc: syllables no pattern names stand for one placeholder word."""

from __future__ import annotations

from linter.content import nlp


def _actor_texts(text: str) -> list[str]:
    return [a.text for a in nlp.analyse(text).actors]


def test_names_of_unseen_syllables_are_still_found_as_actors() -> None:
    # "Xơrêđăng" and "Kơtum" are in no lexicon: the name continuation comes from the per-token
    # flags (capitalised syllables), not from the words spaCy sees
    actors = _actor_texts("Ủy ban nhân dân xã Xơrêđăng Kơtum chủ trì tổ chức thực hiện.")
    assert actors == ["Ủy ban nhân dân xã Xơrêđăng Kơtum"]


def test_lexicon_phrases_match_among_placeholder_words() -> None:
    a = nlp.analyse("Đề nghị Sở Nội vụ chủ trì, phối hợp Quỹ Zyxwa báo cáo trước ngày 30/6/2026.")
    assert [h.text for h in a.of("LEADV")] == ["chủ trì"]
    assert [h.text for h in a.of("COORD")] == ["phối hợp"]
    assert "Sở Nội vụ" in [x.text for x in a.actors]


def test_the_vocabulary_does_not_grow_with_new_words() -> None:
    # the matchers and the flag values are made on first use, by a text of the same shape
    nlp.analyse("Bà Hjkl Poiu nộp 987.654 đồng cho Hợp tác xã Mnbv trước ngày 8/8/2030.")
    vocab = nlp.get_nlp().vocab
    before = (len(vocab), len(vocab.strings))
    nlp.analyse("Ông Qwerty Asdfgh nộp 123.456.789 đồng cho Hợp tác xã Zxcvbn trước ngày 7/7/2031.")
    assert (len(vocab), len(vocab.strings)) == before


def test_the_placeholder_sign_in_a_text_changes_nothing() -> None:
    plain = nlp.analyse("Sở Y tế chủ trì thực hiện.")
    marked = nlp.analyse("Sở Y tế chủ trì\u2063 thực hiện.")
    assert [x.text for x in marked.actors] == [x.text for x in plain.actors] == ["Sở Y tế"]
    assert [h.text for h in marked.of("LEADV")] == ["chủ trì"]
