"""Turn formation: each message's header or label opens its own turn, so the next speaker does not
inherit the words (and the side) of the one before, and one speaker's turns share one label."""

from chat_texts import turn_labels

from argkg.schema import Lang


def test_a_roster_whose_note_in_brackets_holds_a_comma_names_every_speaker() -> None:
    # "阿华（会计，列席）" is one name: splitting at the note's comma lost the whole roster, and the
    # relatives its names alone make speakers spoke inside the turn before theirs
    text = (
        "家庭会议记录\n"
        "参加：外公、舅舅、阿华（会计，列席）\n\n"
        "舅舅：店面租出去，每个月有固定收入，比自己做省心。\n"
        "外公：我开了四十年的店，街坊都认得，租出去就什么都没了。\n"
        "阿华：去年的账我看过，扣掉房租水电，其实没赚多少。\n"
    )
    assert turn_labels(text, Lang.ZH) == ["舅舅", "外公", "阿华"]


def test_chat_headers_with_a_role_an_at_sign_or_a_colon_open_turns() -> None:
    text = (
        "读书会群聊\n\n"
        "群主 @阿敏 3月2日 20:01：\n下个月起改成线上读书会，大家看看行不行。\n\n"
        "@小陈 20:05：\n支持，路上来回要两个小时。\n\n"
        "会员 @老吴 20:09\n我反对，线上聊不起来，没有气氛。\n\n"
        "@小陈 20:12：\n线上也可以开摄像头。\n"
    )
    assert turn_labels(text, Lang.ZH) == ["阿敏", "小陈", "老吴", "小陈"]


def test_a_resident_labelled_by_building_and_nickname_opens_a_turn() -> None:
    text = (
        "业主群聊天记录\n\n"
        "2栋-果果妈：电梯广告太吵了，能不能关掉声音？\n\n"
        "8栋-Tony：广告费是补贴物业费的，关了物业费要涨。\n\n"
        "2栋-果果妈：那也可以只放画面不放声音。\n"
    )
    assert turn_labels(text, Lang.ZH) == ["2栋-果果妈", "8栋-Tony", "2栋-果果妈"]


def test_a_comment_export_reads_one_word_names_with_a_time_stamp_as_one_speaker_each() -> None:
    text = (
        "Shared budget sheet, comments export\n\n"
        "Maya (4 Feb 09:12): The cleaner costs more than the gym membership now.\n"
        "Joel (4 Feb 09:40): Then let's do the cleaning ourselves on a rota.\n"
        "Maya (4 Feb 10:02): A rota lasted two weeks last time.\n"
    )
    assert turn_labels(text, Lang.EN) == ["Maya", "Joel", "Maya"]


def test_a_speaker_named_again_without_the_note_in_brackets_keeps_one_label() -> None:
    text = (
        "Drive Time, listeners' calls\n\n"
        "PRESENTER: Should the town keep its Sunday market?\n\n"
        "RUTH (Millbrook): Yes, it brings people in from the villages.\n\n"
        "PRESENTER: And the traffic?\n\n"
        "RUTH: The car park copes with it.\n"
    )
    assert turn_labels(text, Lang.EN) == ["PRESENTER", "RUTH (Millbrook)", "PRESENTER", "RUTH (Millbrook)"]


def test_a_note_in_brackets_that_names_who_speaks_stays_in_the_label() -> None:
    # a time stamp in brackets says when; a name in brackets says who, and stays
    text = "Bus users' forum\n\nQ (Ann Lee): Will fares rise?\n\nA (Tom Reyes): Not this year.\n\nQ (Ann Lee): And next year?\n"
    assert turn_labels(text, Lang.EN) == ["Q (Ann Lee)", "A (Tom Reyes)", "Q (Ann Lee)"]


def test_chat_headers_with_the_day_and_time_before_the_name_open_turns_but_a_schedule_does_not() -> None:
    zh = (
        "读书会群聊\n\n"
        "3月12日 19:26 阿敏\n下个月起改成线上读书会，大家看看行不行。\n\n"
        "3月12日 19:31 老吴\n我反对，线上聊不起来。\n\n"
        "3月12日 19:40 阿敏\n线上也可以开摄像头。\n"
    )
    en = (
        "Book club chat export\n\n"
        "Mar 12, 7:26 PM Dana Wu\nShould we move the club online next month?\n\n"
        "Mar 12, 7:31 PM Sam Ortiz\nYes, the drive takes an hour each way.\n\n"
        "Mar 12, 7:40 PM Dana Wu\nOnline talk never flows the same.\n"
    )
    assert turn_labels(zh, Lang.ZH) == ["阿敏", "老吴", "阿敏"]
    assert turn_labels(en, Lang.EN) == ["Dana Wu", "Sam Ortiz", "Dana Wu"]


def test_a_building_and_a_name_alone_on_their_line_stay_one_label_before_the_words_below() -> None:
    # "8栋 陈先生：" alone on its line is the group-and-name label; the building-and-nickname label
    # ("2栋-果果妈") must not take it over, or the label alone on its line opens no turn
    text = (
        "业主留言\n\n"
        "8栋 陈先生：\n电梯广告太吵了，应该关掉声音。\n\n"
        "3栋 刘阿姨：\n广告费补贴了物业费，不能关。\n"
    )
    assert turn_labels(text, Lang.ZH) == ["8栋 陈先生", "3栋 刘阿姨"]
