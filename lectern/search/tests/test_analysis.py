"""The analysis step shared by indexing and querying."""

from lectern.search.analysis import analyze_document, analyze_query, hebrew_stems, tokens, word_matches


def test_niqqud_and_cantillation_are_removed():
    assert tokens("שָׁלוֹם") == tokens("שלום")
    assert tokens("בְּרֵאשִׁ֖ית") == tokens("בראשית")


def test_final_letters_match_their_normal_forms():
    assert tokens("שלום") == ["שלומ"]
    assert analyze_query("ארץ") == analyze_query("ארצ")


def test_geresh_and_gershayim_written_any_way_are_one_word():
    forms = ["החות'ים", "החות׳ים", "החות’ים"]
    assert len({tuple(tokens(form)) for form in forms}) == 1
    assert tokens('צה"ל') == tokens("צה״ל") == ["צהל"]


def test_one_letter_prefixes_and_their_combinations_are_removed_in_documents():
    assert "חזבאללה" in analyze_document("וחזבאללה").split()
    assert "ישראל" in analyze_document("בישראל").split()
    assert "ישראל" in analyze_document("ושבישראל").split()  # ו + ש + ב
    assert "מדיניות" in analyze_document("למדיניות").split()


def test_no_stem_is_shorter_than_two_letters():
    assert hebrew_stems("וב") == []
    assert hebrew_stems("ובה") == ["בה"]  # never "ה"
    assert all(len(stem) >= 2 for stem in hebrew_stems("ושבה"))


def test_a_word_as_written_weighs_more_than_its_stems():
    terms = analyze_document("בישראל").split()
    assert terms.count("בישראל") == 2
    assert terms.count("ישראל") == 1


def test_queries_keep_the_form_the_reader_typed():
    assert analyze_query("בישראל") == ["בישראל"]


def test_english_is_stemmed_on_both_sides():
    assert analyze_query("sanctions") == ["sanction"]
    assert "sanction" in analyze_document("Sanctions were widened").split()


def test_mixed_scripts_and_control_characters_do_not_break_analysis():
    assert analyze_query("Iran איראן \x00\x1f 2025") == ["iran", "איראנ", "2025"]
    assert analyze_query("!!! ---") == []


def test_highlighting_recognises_prefixed_and_inflected_words():
    assert word_matches("וחזבאללה,", ["חזבאללה"])
    assert word_matches("Sanctions.", ["sanction"])
    assert not word_matches("Israel", ["sanction"])
