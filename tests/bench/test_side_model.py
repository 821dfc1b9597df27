"""The side-model experiment's text geometry, features and leave-one-set-out scoring, on made-up examples."""

from dataclasses import replace

from argkg.bench.side_model import Example, _example, _sentences, features, folds, loso


def test_sentences_keep_paragraphs_and_offsets() -> None:
    text = "Title line\n\nTolls help. Some say they hurt.\nBut they cut traffic."
    found = [(text[s:e].strip(), p) for s, e, p in _sentences(text, "en")]
    assert found == [
        ("Title line", 0),
        ("Tolls help.", 1),
        ("Some say they hurt.", 1),
        ("But they cut traffic.", 2),
    ]


def test_example_reads_its_sentence_and_context() -> None:
    text = "标题\n收费有好处。有人认为收费有害。\n但是收费减少拥堵。"
    at = text.index("收费有害")
    example = _example("own", "t", "zh", text, (at, at + 4), "con", "pro", "pro")
    assert example.sentence == "有人认为收费有害。"
    assert example.before == "收费有好处。"
    assert example.lead == "收费有好处。"
    assert example.in_paragraph == 1


def test_features_see_cues_not_topic_words() -> None:
    text = "标题\n收费有好处。有人认为收费有害。"
    at = text.index("收费有害")
    row = features(_example("own", "t", "zh", text, (at, at + 4), "con", "pro", "none"))
    assert row["s_indefinite"] == 1.0
    assert row["s_lexicon"] < 0 < row["b_lexicon"]
    assert row["rule_pro"] == 1.0 and row["previous_rule_none"] == 1.0
    assert not any("收费" in name for name in row)


def _made_up(source: str, gold: str, rule: str) -> Example:
    return Example(source, "t", "en", gold, rule, "none", f"It is {gold}.", "", "", "T", 0.5, 0.5, 0)


def test_loso_scores_rules_all_pro_and_a_model_per_held_out_set() -> None:
    examples = [
        _made_up(source, gold, gold if source != "set4" else "none")
        for source in ("own", "set1", "set2", "set3", "set4")
        for gold in ("pro", "con", "neutral", "pro")
    ]
    table = loso(examples, ["logreg"])
    assert table["set1"]["rules"] == 1.0
    assert table["set4"]["rules"] == 0.0
    assert table["set4"]["no_claim"] == 4
    assert table["all"]["all_pro"] == 0.5
    assert table["set4"]["logreg|claims"] == 0.0


def test_folds_deal_sets_and_never_train_on_the_held_ones() -> None:
    plan = folds([f"set{n}" for n in range(1, 8)], 3)
    assert plan["fold1"][0] == ["set1", "set4", "set7"]
    assert plan["fold0"][0] == ["set3", "set6"]
    for held, train in plan.values():
        assert not set(held) & set(train)
        assert sorted(held + train) == sorted(f"set{n}" for n in range(1, 8))


def test_loso_pools_each_language_apart() -> None:
    chinese = replace(_made_up("set2", "con", "pro"), lang="zh")
    examples = [_made_up(s, g, g) for s in ("set1", "set2") for g in ("pro", "con", "neutral")] + [chinese]
    table = loso(examples, ["logreg"], {"fold": (["set2"], ["set1"])})
    assert table["all_en"]["rules"] == 1.0
    assert table["all_zh"]["rules"] == 0.0
    assert table["all"]["quotes"] == table["all_en"]["quotes"] + table["all_zh"]["quotes"] == 4


def test_features_read_the_proposition_and_the_rules_around() -> None:
    text = "Title\nSchools should ban phones. Phones distract pupils.\nBut phones help in emergencies."
    at = text.index("Phones distract")
    example = replace(
        _example("set1", "t", "en", text, (at, at + 15), "pro", "pro", "pro"),
        proposition="Schools should ban phones",
        lead_rule="pro",
        role="support",
        shares=(0.5, 0.25, 0.25),
    )
    row = features(example)
    assert row["lead_rule_pro"] == 1.0 and row["role_support"] == 1.0
    assert row["text_con"] == 0.25
    assert 0 < row["p_likeness"] < 1
    assert "p_none" not in row
    assert not any("phone" in name for name in row)
