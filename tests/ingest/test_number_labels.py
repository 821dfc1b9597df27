"""A number in a speaker's label or a message's stamp names who speaks and when: no evidence.

A duration there (the speaker's age) stays, a fact about the speaker. A building named by its
number (7栋) is a label too, not a count of buildings.

The turns component reads the labels (`argkg.ingest.turns`); the numbers component drops the
numbers that start inside one (`argkg.ingest.numbers.component`), and keeps those the speakers
say. The texts are invented.
"""

from argkg.ingest import ingest_text
from argkg.ingest.numbers import find_numbers
from argkg.ingest.numbers.component import outside_labels
from argkg.ingest.numbers.mention import NumberMention
from argkg.schema import Evidence, EvidenceKind, Lang

EXPORTED_CHAT = (
    "Choir committee chat, exported\n"
    "[3/2/2027, 18:05] Priya (chair): Should the choir move rehearsals to Thursdays?\n"
    "[3/2/2027, 18:09] Tom: Yes. Last term we lost 9 singers to Wednesday football.\n"
    "[3/2/2027, 18:12] Dana: No. The hall costs £40 more on a Thursday.\n"
    "[3/2/2027, 18:20] Tom: Attendance fell by a third after the clocks changed, too.\n"
    "[4/2/2027, 08:01] Priya (chair): Thanks both, I will take it to the committee.\n"
)

AGED_SPEAKERS = (
    "主持人：今天讨论社区要不要开设老年食堂。\n"
    "老赵（71岁）：我支持，我们楼里独居老人有12位。\n"
    "孙阿姨（68岁，退休教师）：我也支持，一顿饭8元大家都吃得起。\n"
    "小吴：我担心亏损，隔壁社区的食堂去年亏了3万元。\n"
)


def _surfaces(text: str) -> list[str]:
    graph = ingest_text(text, source="labels.txt")
    return sorted(e.surface for e in graph.of_type(Evidence))


def test_an_exported_chat_s_stamps_are_no_evidence_and_its_messages_numbers_are() -> None:
    assert _surfaces(EXPORTED_CHAT) == ["9 singers", "a third", "£40"]


def test_a_speaker_s_age_in_the_label_stays_a_fact_about_them() -> None:
    assert _surfaces(AGED_SPEAKERS) == ["12位", "3万元", "68岁", "71岁", "8元"]


def test_outside_labels_keeps_a_number_that_starts_after_the_label() -> None:
    def mention(start: int, end: int, kind: EvidenceKind = EvidenceKind.COUNT) -> NumberMention:
        return NumberMention(
            start=start, end=end, surface="x" * (end - start), value=1.0, unit="n", kind=kind
        )

    inside, age, after = mention(2, 4), mention(5, 7, EvidenceKind.DURATION), mention(10, 12)
    assert outside_labels([inside, age, after], [(0, 10)]) == [age, after]
    assert outside_labels([inside, after], []) == [inside, after]


def test_arabic_digits_before_a_building_measure_word_name_the_building() -> None:
    text = "5栋住户说，5栋离垃圾站不到20米，2至4栋外墙也脏了，群主-8栋小林也同意。"
    assert [m.surface for m in find_numbers(text, Lang.ZH)] == ["20米"]


def test_a_count_of_buildings_stays_a_count() -> None:
    assert [m.surface for m in find_numbers("园区共有9栋楼，其中4栋是厂房。", Lang.ZH)] == ["9栋楼", "4栋"]
    assert [m.surface for m in find_numbers("学校有教学楼6栋。", Lang.ZH)] == ["6栋"]
