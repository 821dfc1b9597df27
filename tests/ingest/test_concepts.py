"""Words as concepts across English and Chinese (argkg.ingest.concepts) and their use in grouping."""

from itertools import permutations
from pathlib import Path

from argkg.ingest import ingest_paths, topics
from argkg.ingest.concepts import concepts
from argkg.ingest.issue_terms import suffixes
from argkg.ingest.linking import link_all
from argkg.schema import RelType

CROSSDOC = Path(__file__).parent / "texts" / "crossdoc"
STOP = frozenset({"the", "is", "and", "are", "should", "not", "应该", "不"})


def _profile(text: str) -> list[str]:
    return topics.profile(text, stop_words=STOP, suffixes=suffixes())


def test_a_chinese_and_an_english_sentence_on_one_thing_share_their_terms() -> None:
    en, zh = _profile("Pupils should not get homework."), _profile("小学生不应该有家庭作业。")
    assert {"student", "homework"} <= set(en) & set(zh)
    assert topics.similarities([en, zh])[0, 1] > 0.5


def test_listed_synonyms_read_as_one_term_unlisted_words_as_themselves() -> None:
    assert set(_profile("Kids play.")) & set(_profile("Children play."))
    (power,) = concepts(suffixes()).chinese["电"]
    assert "tax" in _profile("政府征税。") and power not in _profile("电话很贵。")
    assert "elephant" in _profile("The elephant is big.")
    assert set(_profile("谷歌说。")) == set(_profile("Google says.")) - {"say"}  # gazetteer names


def test_the_longest_run_of_jiebas_words_that_spells_a_listed_word_wins() -> None:
    found = concepts(suffixes()).chinese_words("未成年人玩网络游戏")
    assert found == [("未成年人", ("minor",)), ("玩", ()), ("网络游戏", ("gam",))]
    assert ("作业", ("homework",)) in concepts(suffixes()).chinese_words("学生写作业")


def test_a_listed_word_inside_a_longer_word_is_not_that_word() -> None:
    table = concepts(suffixes())
    hour = table.chinese["小时"]
    assert [keys for _, keys in table.chinese_words("每天工作八个小时")][-1] == hour
    for text in ("小时候我爸妈从来不给钱", "我小时候的第一笔大钱"):  # childhood, not hours
        assert all(keys != hour for _, keys in table.chinese_words(text))


def test_a_compound_jieba_keeps_whole_reads_as_the_listed_words_it_is_made_of() -> None:
    table = concepts(suffixes())
    lesson = table.chinese["课"]
    assert lesson in [keys for _, keys in table.chinese_words("孩子们上体育课")]
    assert {"retir", "age"} <= {k for _, keys in table.chinese_words("延迟退休年龄") for k in keys}


def test_texts_that_share_only_a_word_inside_another_word_share_no_term() -> None:
    childhood = _profile("小时候我从来没有零花钱。")
    hours = _profile("上班族每天通勤两个小时。")
    assert topics.similarities([childhood, hours])[0, 1] == 0.0


def test_link_all_joins_a_chinese_and_an_english_text_on_one_question_in_any_order() -> None:
    names = ("d31", "d35", "d47")  # cars in city centres (en, zh), homework (zh)
    graphs = ingest_paths([CROSSDOC / f"{name}.txt" for name in names])
    for order in permutations(range(3)):
        linked = link_all([graphs[i] for i in order], [])
        issue = {
            Path(g.document.source).stem: next(
                r.end for r in g.relationships if r.type is RelType.ON_ISSUE and r.start == g.document.id
            )
            for g in linked
        }
        assert issue["d31"] == issue["d35"] != issue["d47"]


def test_relinking_a_chinese_and_an_english_debate_on_one_question_changes_nothing() -> None:
    examples = Path(__file__).parents[2] / "examples"
    graphs = ingest_paths([examples / "debate_en.txt", examples / "debate_zh.txt"])
    linked = link_all(graphs, [])
    issues = [{r.end for r in g.relationships if r.type is RelType.ON_ISSUE} for g in linked]
    assert issues[0] & issues[1]  # one shared issue across the languages
    assert link_all(graphs, linked) == linked
