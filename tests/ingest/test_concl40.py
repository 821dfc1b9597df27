"""Where an exchange comes to its outcome: the convener who put a matter to a group comes back,
after the others gave their views, and settles it.

The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.schema import Lang

_CHAT_ZH = (
    "【小区羽毛球群】聊天记录\n\n"
    "群主-阿斌 19:02\n"
    "各位，下个月起场地费涨到每小时80元。我想把每人每次的费用从15元调到20元，大家看看行不行？\n\n"
    "小雯 19:10\n"
    "我觉得涨5块太多了，学生党压力有点大。\n\n"
    "老魏 19:15\n"
    "场地涨了，费用跟着涨很正常，不然群主自己贴钱。\n\n"
    "小雯 19:21\n"
    "那能不能学生便宜一点？我觉得学生按15元收比较合理。\n\n"
    "群主-阿斌 19:40\n"
    "好，综合大家意见：1. 每人每次20元；2. 在校学生仍按15元收；3. 下周一开始执行。\n\n"
    "小雯 19:41\n"
    "可以👍\n"
)


def test_the_conveners_closing_turn_settles_a_chat() -> None:
    found = conclusion_texts(_CHAT_ZH, Lang.ZH)
    # the settled measures are one conclusion
    assert any("每人每次20元" in f and "在校学生仍按15元收" in f for f in found)
    # the lead-in that announces the list is none
    assert not any(f.startswith("好，综合大家意见") for f in found)


_CHAT_EN = (
    'WhatsApp group: "Riverside allotment rota"\n\n'
    "[02/03/2027, 18:05] Gail (secretary): Hi all. The water butts keep running dry in July. "
    "I'd like us to take turns filling them from the mains tap on Sundays. Thoughts before I draw up a rota?\n"
    "[02/03/2027, 18:12] Tariq: Fine by me, but I'm away most of August so count me out then.\n"
    "[02/03/2027, 18:20] Maureen: I think a rota is overkill. Whoever is on site can top them up.\n"
    "[02/03/2027, 18:31] Owen: Whoever is on site never does, that is the whole problem. A rota is the only thing that works.\n"
    "[02/03/2027, 19:10] Gail: Thanks everyone. Ok. The rota starts on 6 April, two plots a week, "
    "and anyone away can swap with a neighbour. Please don't leave the tap running.\n"
    "[02/03/2027, 19:12] Tariq: 👍\n"
)


def test_the_conveners_closing_turn_settles_a_group_chat_in_english() -> None:
    found = conclusion_texts(_CHAT_EN, Lang.EN)
    assert any("The rota starts on 6 April" in f for f in found)
    # the acknowledgement and the reader's next step of the closing turn are none
    assert not any(f.strip() == "Ok." for f in found)
    assert not any("leave the tap running" in f for f in found)


def test_a_long_reply_after_the_conveners_turn_leaves_the_exchange_open() -> None:
    # the discussion goes on after the convener's last word: that word settles nothing
    text = _CHAT_EN.replace(
        "[02/03/2027, 19:12] Tariq: 👍\n",
        "[02/03/2027, 19:12] Maureen: I still think this will fall apart by June, because half the plots "
        "are empty in summer and nobody will swap with an empty plot, so the rota will leave the butts dry anyway.\n",
    )
    found = conclusion_texts(text, Lang.EN)
    assert not any("The rota starts on 6 April" in f for f in found)
