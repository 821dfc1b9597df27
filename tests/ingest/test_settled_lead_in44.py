"""A chat's settling lead-in names the course settled after its colon (texts written for these tests).

"那就这样:X" or "So that's settled: X" opens the turn that settles what the group argued: X is the
exchange's outcome, though the turn goes on ("那就这样:X;Y。") or a reaction follows ("👍").
"""

from argkg.ingest import ingest_text
from argkg.schema import Conclusion

CHAT_ZH = """读书会群聊

19:02 组长阿文：下个月的读书会想换个地方，大家说说意见。

19:05 小林：图书馆的活动室免费，就是周末要提前两周预约。

19:08 老陈：咖啡馆更自在，但每人要消费一杯，也有点吵。

19:10 小林：我还是觉得图书馆好，安静，能投影。

19:15 组长阿文：那就这样：下个月改在图书馆活动室；我这周就去预约。
"""

CHAT_EN = """Book club chat

Ann: Where should we meet next month? Say what you think.

Ben: The library room is free, but it has to be booked two weeks ahead.

Cat: The cafe is more relaxed, though everyone has to buy a drink and it gets loud.

Ben: I still think the library is better: it is quiet and has a projector.

Cat: Fair enough, the projector wins.

Ben: So that's settled: we move to the library room next month.

Cat: 👍
"""


def _conclusions(text: str) -> list[str]:
    return [c.text for c in ingest_text(text, source=f"{hash(text)}.txt").of_type(Conclusion)]


def test_the_course_named_after_a_chinese_settling_lead_in_concludes() -> None:
    drawn = _conclusions(CHAT_ZH)
    assert any("下个月改在图书馆活动室" in c for c in drawn)


def test_the_course_named_after_an_english_settling_lead_in_concludes() -> None:
    drawn = _conclusions(CHAT_EN)
    assert any("we move to the library room next month" in c for c in drawn)
