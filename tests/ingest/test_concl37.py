"""Conclusions drawn where a careful reader finds them, not in a text's formalities.

A closing courtesy ("We hope to welcome you back soon.", "Thank you for all the slips.") or an
official submission's closing formula ("以上报告，请予审议。") argues
nothing and concludes nothing. The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.ingest.sides import is_procedural
from argkg.schema import Lang


def test_closing_courtesies_and_submission_formulas_argue_nothing() -> None:
    assert is_procedural("We hope to welcome you back soon.", Lang.EN)
    assert is_procedural("I hope you'll give us another chance.", Lang.EN)
    assert is_procedural("Thank you for all the slips.", Lang.EN)
    assert is_procedural("Keep them coming!", Lang.EN)
    assert not is_procedural("I hope you will vote against the plan.", Lang.EN)
    assert is_procedural("以上报告连同附件，请予审议。", Lang.ZH)
    assert is_procedural("特此函告。", Lang.ZH)
    assert is_procedural("妥否，请批示。", Lang.ZH)
    assert not is_procedural("我认为这个方案应当尽快批准实施。", Lang.ZH)


_CARDS = (
    "Should the reading room stay silent? Tell us on a slip.\n\n"
    "Slip 3: Silence is the whole point of that room.\n\n"
    "Slip 9: My two need somewhere to whisper over homework after school.\n\n"
    "Slip 14: In my view the café is too loud to read in, so the silent room is all we have.\n\n"
    "LIBRARIAN'S NOTE\n"
    "Thank you to everyone who filled in a slip. Most of you asked us to keep the room as it is. "
    "We will turn the small study on the first floor into a room for quiet talk from March.\n"
)


def test_a_hosts_closing_note_alone_under_its_heading_records_the_decision() -> None:
    found = conclusion_texts(_CARDS, Lang.EN)
    assert "We will turn the small study on the first floor into a room for quiet talk from March." in found


def test_a_deciding_bodys_next_step_closes_a_meeting_record() -> None:
    text = (
        "业主议事会记录\n\n"
        "一、议题\n小区东门是否改为夜间关闭。\n\n"
        "二、发言\n"
        "刘阿姨：夜里外卖员进进出出，不安全。\n"
        "赵先生：我下夜班走东门最近，关了要多绕十分钟。\n"
        "孙女士：可以装门禁，业主刷卡进出。\n\n"
        "三、会后安排\n"
        "物业将在月底前报来门禁的报价，下次议事会再表决。\n"
    )
    found = conclusion_texts(text, Lang.ZH)
    assert any(f.startswith("物业将在月底前报来门禁的报价") for f in found)


def test_a_dated_change_closes_a_notice_and_a_conditional_step_does_not() -> None:
    text = (
        "Opening hours at the pool\n\n"
        "Swimmers asked for early lanes before work. Staff asked for a shorter Sunday.\n\n"
        "We counted who swam when over six weeks. Mornings before 8 were busiest on weekdays.\n\n"
        "From 2 March the pool will open at 6.30 on weekdays and close at 4 on Sundays.\n"
    )
    assert conclusion_texts(text, Lang.EN)[-1].startswith("From 2 March the pool will open at 6.30")
    quoted = text.replace("From 2 March the pool", "If the council agrees, from 2 March the pool")
    assert not any(c.startswith("If the council agrees") for c in conclusion_texts(quoted, Lang.EN))
