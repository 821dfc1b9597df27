"""argkg's own argument texts in layouts other than the reference article's, with hand gold.

``python bench/argtexts.py [FOLDER]`` scores the texts of FOLDER (default: the argument texts)
and prints the figures as JSON.

The texts and their gold (``gold.yaml``) live in ``tests/ingest/texts/argument/``: a debate
transcript, an op-ed without headings, a 好处/弊端 listicle, a pros-and-cons article, a Q&A, an
"arguments against X" piece, a news report with both sides' voices, a report of both sides, a
motion debate, a thesis speech, and two weather reports that argue nothing, in Chinese and
English. Scored per text (`check_text`) and over the set (`score_texts`): the side of each
quoted claim, whether the debated proposition is found (and none where the text debates
nothing), main claims, lines that must be no claim, the conclusions (recall of the gold's
quotes, precision of what is found as a Conclusion) and whether a text that argues both sides
yields a contested assumption. ``LAYOUTS`` (``tests/ingest/texts/layouts/``) holds a second set
in further layouts (BP and 辩论赛 transcripts, a zhihu thread, memos, a letter, an interview, a
blog post, an essay, a news report, FAQs), with conclusion gold, scored the same way.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.ingest import ingest_paths
from argkg.queries.contest import contested
from argkg.schema import (
    Assumption,
    AssumptionOrigin,
    Claim,
    Conclusion,
    DocumentGraph,
    Polarity,
    RelType,
    Role,
    Stance,
)

__all__ = [
    "TEXTS",
    "LAYOUTS",
    "TURNS",
    "REPLIES",
    "CLOSINGS",
    "SPEAKERS",
    "UNSEEN",
    "UNSEEN2",
    "UNSEEN3",
    "UNSEEN4",
    "UNSEEN5",
    "UNSEEN_CHAT",
    "UNSEEN_PROPS",
    "UNSEEN_PROPS2",
    "UNSEEN_PROPS3",
    "UNSEEN_PROPS4",
    "UNSEEN_CONCL",
    "UNSEEN_CONCL2",
    "UNSEEN_CONCL3",
    "UNSEEN_NUMBERS31",
    "UNSEEN_NUMBERS33",
    "UNSEEN_NUMBERS34",
    "UNSEEN_NUMBERS35",
    "UNSEEN_CONCL4",
    "UNSEEN_CONCL5",
    "UNSEEN_CONCL6",
    "UNSEEN_CONCL27",
    "UNSEEN_CONCL28",
    "UNSEEN_CONCL31",
    "UNSEEN_CONCL32",
    "UNSEEN_CONCL33",
    "UNSEEN_CONCL34",
    "UNSEEN_CONCL35",
    "UNSEEN_MAIN",
    "UNSEEN_MAIN2",
    "UNSEEN_MAIN29",
    "UNSEEN_MAIN30",
    "UNSEEN_TURNS30",
    "UNSEEN_TURNS",
    "UNSEEN_WRAP",
    "UNSEEN_NEUTRAL",
    "UNSEEN_ALT",
    "UNSEEN_ANNOUNCE",
    "UNSEEN_TURNS2",
    "UNSEEN_TURNS27",
    "UNSEEN_TURNS29",
    "UNSEEN_SIDES5",
    "UNSEEN_OBJECTIONS",
    "UNSEEN_SIDES26",
    "UNSEEN_UNARGUED",
    "UNSEEN_THESES",
    "UNSEEN_THESES27",
    "UNSEEN_PROPS27B",
    "UNSEEN_PROPS28",
    "UNSEEN_PROPS29",
    "UNSEEN_SIDES26B",
    "UNSEEN_SIDES27",
    "UNSEEN_SIDES27B",
    "UNSEEN_SIDES28",
    "UNSEEN_LEADS28",
    "UNSEEN_PRIOR29",
    "UNSEEN_ORIENT30EN",
    "UNSEEN_ORIENT30ZH",
    "UNSEEN_UNCUED30",
    "UNSEEN_PROP31",
    "UNSEEN_PROP32",
    "UNSEEN_PROP33",
    "UNSEEN_COST31",
    "UNSEEN_CON32",
    "UNSEEN_CON33",
    "UNSEEN_VOICES31",
    "UNSEEN_VOICES32",
    "UNSEEN_INVERT33",
    "UNSEEN_SIDE34",
    "UNSEEN_SIDE35",
    "UNSEEN_PROP34",
    "UNSEEN_INVERT35",
    "UNSEEN_NEUTRAL35",
    "UNSEEN_NOSTAND31",
    "UNSEEN_ORIENT31",
    "UNSEEN_TABLET27",
    "UNSEEN_CENTRAL",
    "UNSEEN_VOICES",
    "UNSEEN_EVAL",
    "TextGold",
    "TextResult",
    "load_gold",
    "check_text",
    "check_folder",
    "score_texts",
    "summarise",
]

#: The folder of the texts and their gold.
TEXTS = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "texts" / "argument"
#: The second set, in layouts the first does not use.
LAYOUTS = TEXTS.parent / "layouts"
#: Chats, Q&A answers, verdict-first answers, a review, a proposal in numbered points and a thread:
#: sides declared outright, speakers who keep their side, answers that state their verdict first.
REPLIES = TEXTS.parent / "replies"
#: The speaker-turn, reported-voice and persuasive texts (a parliamentary debate, a 辩论赛 with its
#: chair, a forum thread, an interview, news quoting both sides, memos, a pros/cons blog, two recipes).
TURNS = TEXTS.parent / "turns"
#: Texts for closing judgements, each speaker's stand and numbers in prose (an owners' chat, a
#: 测评, a forum thread, a public hearing, a review, an editorial), gold in `bench.fresh`'s format.
CLOSINGS = TEXTS.parent / "closings"
#: Minutes and a transcript whose speakers are named (not by a side's role), an objection letter,
#: a consultation form answered "No." before its reasons, an interview whose title asks the
#: question, an op-ed that announces the other side's case first, a review post labelled "✅X的好:".
SPEAKERS = TEXTS.parent / "speakers"
#: Texts whose gold was written before argkg ran on them, in genres no other set uses (a parents'
#: committee chat, a 高考 answer, a three-voice podcast, a reader's letter and reply, a ballot
#: explainer, a steelman blog post, an ethics-committee minute, a neighbourhood forum thread): the
#: nearest figure to a blind one for statement sides.
UNSEEN = TEXTS.parent / "unseen"
#: Eight more texts with gold written before argkg ran on them, in further genres (an owners' vote
#: notice with objections, a 读书会 record, a 家长会 speech, a radio phone-in summary, a letters page,
#: a panel Q&A, a product decision record, a pros/cons table in prose): the second near-blind figure.
UNSEEN2 = TEXTS.parent / "unseen2"
#: Eight texts whose sides are set by blocks, gold written before argkg ran on them (a 调解记录, a
#: 两封来信 page, a 业主群 接龙 poll, a 网友留言 and its reply, an ombudsman's decision, a team retro,
#: a code-review thread, an editorial and a reader's reply): each block and the author's verdict.
UNSEEN4 = TEXTS.parent / "unseen4"
#: Eight texts whose other side is voiced statement by statement (a mediation record, a
#: public-notice comment summary, a column that concedes and rebuts, a reporter's field notes, a
#: planning appeal decision, a "you said, we did" report, a myth-and-fact sheet, a grant panel's
#: notes), gold written before argkg ran on them: the third near-blind figure for statement sides.
UNSEEN3 = TEXTS.parent / "unseen3"
#: Eight texts whose argued lines risk becoming no claim at all, gold written before argkg ran on
#: them (a Slack thread, a Reddit-style thread, an e-mail thread with From:/Date: headers, an advice
#: column, a 微信群 export, a 评论区 with 楼层, a complaint and the company's reply, a petition and
#: the bureau's reply): whether messages under chat and thread headers and replies stay claims.
UNSEEN5 = TEXTS.parent / "unseen5"
#: Seven chat and message texts whose messages end without a full stop, gold written before argkg
#: ran on them (a 微信群 export with "昵称 时间" headers, a Slack channel export, a WhatsApp group
#: with "[date, time] Name:" lines, a 弹幕 stream, a text-message thread, a 钉钉 group deciding
#: something) and a news article whose photo caption and source line must stay captions: whether
#: messages are read as body text rather than captions.
UNSEEN_CHAT = TEXTS.parent / "unseen_chat"
#: Six texts whose con side carries no marker and whose sides come in an order that does not say
#: which is which, gold written before argkg ran on them (an essay weighing a school's phone ban,
#: a 对比测评 with a verdict, a 家庭群 discussion, a review with a verdict, a proposal memo's
#: risks, a column asking to lift a ban): whether a statement's side follows what it evaluates.
UNSEEN_EVAL = TEXTS.parent / "unseen_eval"
#: Texts whose gold for the debated proposition, main claims and conclusions was written before
#: argkg ran on them, in layouts no other set uses (a dated diary, a reply e-mail, a slide outline,
#: a numbered thread, a decision record, an exam answer): how those three generalise.
UNSEEN_PROPS = TEXTS.parent / "unseen_props"
#: Texts that state their proposition only in a proposal, a request, a decision or a verdict
#: sentence (a refund e-mail and its reply, an AGM summary, meeting notes, a planning-portal
#: comment, an owners' forum thread, a consultation result, a complaint and its reply, a parents'
#: chat), gold written before argkg ran on them: how the fallback to a text's central ask generalises.
UNSEEN_PROPS2 = TEXTS.parent / "unseen_props2"
#: Texts whose voices argue over a proposal, an offer, a poll's question or a decision the writer
#: weighs, named by no motion or thesis cue (a petition, a consultation response form, a ballot
#: paper, a survey report, a forum post weighing a decision, a 联名信), and two how-tos with tips
#: that argue nothing, gold written before argkg ran on them: how the proposition generalises.
UNSEEN_PROPS3 = TEXTS.parent / "unseen_props3"
#: Texts whose proposition is a proposal, a recommendation, a charge or a question put to a decision
#: rather than a thesis (minutes with a motion and its vote, a No flyer for a referendum, a
#: treatment talk, a group chat's proposal, a 物业公告 with replies, a 提案答复, a 问大家 Q&A, a
#: 董事会决议公告), gold written before argkg ran on them: how proposals put to a decision generalise.
UNSEEN_PROPS4 = TEXTS.parent / "unseen_props4"
#: English texts whose closing judgement no cue word announces (an op-ed, a letter, a forum post, a
#: review, a memo, a speech, a blog post, a Q&A answer), conclusion gold written before argkg ran
#: on them: how conclusions without "In conclusion" or "So" generalise.
UNSEEN_CONCL = TEXTS.parent / "unseen_concl"
#: English and Chinese texts whose conclusions are decisions, outcomes and recommendations the text
#: reaches (a tribunal's reasons, a PTA e-mail, a code-of-conduct ruling, a grant letter, a 物业公告
#: after a vote, a 评审意见, a 村民会议决议, an office e-mail announcing a choice), conclusion gold
#: written before argkg ran on them: how decision conclusions without a heading generalise.
UNSEEN_CONCL2 = TEXTS.parent / "unseen_concl2"
#: English and Chinese texts whose concluding judgements stand among lines shaped like them (an
#: executive summary with recommendations, a lawyer's answer with several 建议, two poll write-ups, an
#: English and a Chinese thread ending in the asker's decision, a 横评, a newsletter), conclusion gold
#: written before argkg ran on them: whether conclusions stay the text's or a side's final verdict.
UNSEEN_CONCL3 = TEXTS.parent / "unseen_concl3"
#: English and Chinese texts whose numbers stand beside a verdict's record and a pending decision's
#: settings (a council meeting's live blog, a podcast's show notes, an allotment newsletter, a
#: 外卖评价页 with the shop's replies, a 家庭会议记录, a 联名信), number gold in `bench.fresh`'s
#: format written before argkg ran on them: star ratings, tallies, speech headings, signatories,
#: whether-to and 提议 settings against the facts cited beside them.
UNSEEN_NUMBERS31 = TEXTS.parent / "unseen_numbers31"
#: English and Chinese texts whose numbers stand beside the apparatus of their layout (a briefing
#: paper's footnote markers and source list, a panel's scoring record, a town hall write-up between
#: two phone polls, a lab notebook's set-up, a 课程论文's 学号, 脚注 and 参考文献, a 创业大赛评分表, a
#: 辩论赛实录 between two 观众投票, a 滤芯更换说明), number gold in `bench.fresh`'s format written
#: before argkg ran on them: markers, references, scores and polls against the facts beside them.
UNSEEN_NUMBERS33 = TEXTS.parent / "unseen_numbers33"
#: English and Chinese texts whose numbers stand beside the stamps and records of their layout (a
#: tenants' newsletter with its issue line, bylines and a meeting notice, a lifeboat station's
#: service log with filing and review stamps, an allotment committee's note with its decision, a
#: 社团换届会议纪要 with its 选举结果 and 决议, a 业委会选举结果公告 with its tallies and dated
#: signature, a 社区长者食堂周报 with its issue line and signed close), number gold in
#: `bench.fresh`'s format written before argkg ran on them: stamped dates, tallies and decisions
#: against the facts and the dated events beside them.
UNSEEN_NUMBERS34 = TEXTS.parent / "unseen_numbers34"
#: English and Chinese texts whose cited numbers stand beside their layout's stamps, ids and
#: undertakings (a bird-ringing group's annual summary, a bike-share quarterly commentary, a
#: headteacher's report to governors, a ferry desk's service update, a 养蜂合作社年度小结, a 公交客流
#: 调查简报, a 驾校投诉回复函, a 水库汛后巡查记录), number gold in `bench.fresh`'s format written
#: before argkg ran on them, with the span of one unit a change took ("fell 28% in a year").
UNSEEN_NUMBERS35 = TEXTS.parent / "unseen_numbers35"
#: English and Chinese texts that close on a call, request, decision or rating no cue announces (a
#: parish council's resolution, a sermon's "let us", a star rating with its reason, a pull request
#: closed by the maintainer's decision, a 室友群's plan, a 代理词's request to the court, a 商品评价,
#: a 家委会纪要), among greetings, addresses and sign-offs, gold written before argkg ran on them.
UNSEEN_CONCL4 = TEXTS.parent / "unseen_concl4"
#: English and Chinese texts whose concluding judgements stand where no cue and no closing line
#: holds them (a committee's consensus above a next-meeting notice, a decision letter's committed
#: course above its review note, a live blog's verdict with the course it prescribes, a 业主代表会议's
#: tally and 共识, a 催告函's demand after its 综上, a reply's commitment), gold written before argkg
#: ran on them.
UNSEEN_CONCL5 = TEXTS.parent / "unseen_concl5"
#: Texts whose writer draws one conclusion per voice (a view stated early, "先说结论:X" or "I think
#: X", and summed up at the close; a sentence that only announces the closing word; a decision
#: reached early beside a later summing-up), gold written before argkg ran on them.
UNSEEN_CONCL6 = TEXTS.parent / "unseen_concl6"
#: English and Chinese texts whose conclusions are decisions, outcomes and closing advice without a
#: conclusion heading (a postmortem's "Action items" list, a club newsletter's "we all agreed to X", a
#: case brief's inline "Holding." label, a trader's "So: X" line, a 家庭群聊's "那这样吧,先X", a
#: 评审记录's "评审组意见:" over its items, a 测评分享's "最后说一句,X" and its "先X,再Y" advice, an
#: essay's "与其X,不如Y"), gold written before argkg ran on them.
UNSEEN_CONCL27 = TEXTS.parent / "unseen_concl27"
#: English and Chinese texts of any layout whose conclusions no "In conclusion" announces: a decision
#: that closes a ship's log ("Decided: X"), an agent's ruling on an entitlement ("you are therefore
#: entitled to X", "因此您有权X"), a preference that closes a post or a 备忘 ("I'd rather X", "我更想X"),
#: an official position ("我们倾向于X"), an instruction or decision that closes a chat ("Let the younger
#: lads X", "夏令营可以去,但是得先X"), gold written before argkg ran on them.
UNSEEN_CONCL28 = TEXTS.parent / "unseen_concl28"
#: English and Chinese texts whose conclusions are a deciding body's ruling or a vote's result with no
#: conclusion heading over them: a part titled "Adjudication", "Ruling" or "投诉处理结果:" (then an appeal
#: route that is none), a minute's "agreed by 29 votes to 9", a bench that "awarded the round to" a
#: team, "以26票对6票通过", a judge's "我这一票投给X", gold written before argkg ran on them.
UNSEEN_CONCL31 = TEXTS.parent / "unseen_concl31"
#: English and Chinese texts that close on a judgement no conclusion cue announces, in layouts no
#: other set uses (podcast show notes that answer their own questions, an agony aunt's reply, a
#: debate club's recap, a ramblers' route update closed by a meeting's date, a 博客 closed by a
#: bracketed disclaimer, a 班会发言稿 closed by "我的发言完毕", a 读者来信 with its 编辑回复, a 论坛
#: post closed by "【本帖最后由…编辑】"), and two texts that argue nothing (a 停水通知, a care
#: guide), gold written before argkg ran on them.
UNSEEN_CONCL32 = TEXTS.parent / "unseen_concl32"
#: English and Chinese texts whose conclusions stand where a careful reader looks, with no conclusion
#: cue: under a "Recommended option" caption, in a chat's settling turn ("OK, let's X", "那我们就X"),
#: in a floor vote's shares and its outcome ("The motion is carried."), in a rule kept as it stands
#: ("subs stay at X"), under 【论证建议】's 一是/二是, after "会议商定:" and a class teacher's "小结:",
#: gold written before argkg ran on them.
UNSEEN_CONCL33 = TEXTS.parent / "unseen_concl33"
#: English and Chinese texts whose conclusions no conclusion cue announces, in layouts no other set
#: uses: a deciding part whose heading names its body and carries a note ("Board resolution (7 June;
#: 6 for, 1 against)", "复评意见（5票一致）"), a count of the forms or messages for each side ("61
#: supported X and 35 were against", "支持的71条，反对的49条"), a community's reply to residents, a forum
#: answer's final judgement before a courtesy, gold written before argkg ran on them.
UNSEEN_CONCL34 = TEXTS.parent / "unseen_concl34"
#: English and Chinese texts whose decision states its measures, in layouts no other set uses: a
#: council's tree-works decision granted "subject to the following conditions: (a) X; (b) Y", a head
#: teacher's e-mail after a survey ("So the trip will go ahead, with three changes:" / "1. X"), a club's
#: feedback page whose committee lists its changes as bullets, a vet's referral "Plan" parted by
#: semicolons, a 业委会决定's "决定如下:" / 一、二、三、, a 教研组意见 and a 会诊意见 parted by semicolons, a
#: 社团审批表's "同意举办，但须：（一）X；（二）Y": whether a decision and its measures make one
#: conclusion, gold written before argkg ran on them.
UNSEEN_CONCL35 = TEXTS.parent / "unseen_concl35"
#: English and Chinese hard-wrapped texts (an e-mail to a list at 72 columns, a plain-text op-ed,
#: an RFC-style memo, forum replies with wrapped "> " quotes, two PDF copies broken mid-sentence, a
#: Chinese e-mail wrapped at 36 characters), gold written before argkg ran on them: whether
#: sentences cut at line ends are read whole (`argkg.ingest.wrap`); ``flat/`` holds unwrapped
#: copies of two of them.
UNSEEN_WRAP = TEXTS.parent / "unseen_wrap"
#: English and Chinese texts whose main-claim gold was written before argkg ran on them, in layouts
#: no other set uses (a LinkedIn post, a school board public comment, a hardware teardown blog, an
#: op-ed whose thesis sits mid-text, a 公众号 推文 with 小标题, a 述职报告, a 读后感, a forum 回帖 that
#: answers in its last line): how main claims generalise past the lines around them.
UNSEEN_MAIN = TEXTS.parent / "unseen_main"
#: English and Chinese texts of several voices whose gold for each voice's main claim was written
#: before argkg ran on them (a radio phone-in, a panel of three commentators, a product forum thread
#: under "Posted by" headers, a 辩论 自由辩论 round, a 群聊, a 评测汇总 of outlets' verdicts): whether
#: each voice that takes a side has its thesis or summary judgement as a main claim.
UNSEEN_MAIN2 = TEXTS.parent / "unseen_main2"
#: English and Chinese texts whose gold for each party's opening demand or thesis (main claims) and
#: for the text's resolution, outcome, recommendation or decision (conclusions) was written before
#: argkg ran on them, in layouts no other set uses (a support ticket of "On <date>, X wrote:"
#: messages, a referee report, a mediation summary, a podcast transcript with time stamps, a
#: 投诉处理单, a 语音转文字 chat with 【】 labels, a 毕业论文答辩记录, a 调解节目 transcript): how main
#: claims and conclusions follow from the argument's structure rather than its wording.
UNSEEN_MAIN29 = TEXTS.parent / "unseen_main29"
#: English and Chinese texts whose gold for each voice's main claim (its stand on the debated
#: proposition, often not the first thing it says) was written before argkg ran on them, in layouts
#: no other set uses (a Zoom auto-transcript with "Speaker N  hh:mm:ss" headers, an advice column, a
#: Slack channel export, a parking appeal and its rejection, a 视频评论区 with "@A 回复 @B：" replies, a
#: 园长信箱 letter and reply, a 村民议事会 record, a 班会课记录): whether a voice's stand is read from
#: what its statements say rather than from which comes first.
UNSEEN_MAIN30 = TEXTS.parent / "unseen_main30"
#: English and Chinese texts whose turns open with a header line or block no other set uses, gold
#: written before argkg ran on them (an Otter call transcript under "Speaker N  m:ss" headers, an
#: e-mail thread of "From:" / "Sent:" / "To:" / "Subject:" blocks, a 语音转写 record under "说话人N
#: 00:00:05" headers, a 邮件往来 of 发件人/发送时间/收件人/主题 blocks): whether each header opens
#: the named speaker's turn and each turn keeps its speaker's side.
UNSEEN_TURNS30 = TEXTS.parent / "unseen_turns30"
#: English and Chinese texts in question-and-answer and reply layouts, gold written before argkg
#: ran on them (a mayor's press briefing, a radio call-in, a forum question with answers and
#: comments, an old-reddit thread answered "Yes." / "No.", a 答网友问, a 民生热线, a 圆桌 panel, a
#: 知乎 question answered 够了 / 不够): whether answers and panellists' turns hold claims and take
#: the side of their own answer, objection or agreement.
UNSEEN_TURNS = TEXTS.parent / "unseen_turns"
#: English and Chinese texts with a realistic share of statements that argue nothing, gold written
#: before argkg ran on them (a staff memo ending in a recommendation, a product FAQ, an objection
#: to a planning application, a parent's 朋友圈 post, a 外卖平台 rule explainer, a school notice
#: consulting parents, a parents' group post): whether a neutral reading is right, and whether
#: an arguing statement takes its paragraph's side instead.
UNSEEN_NEUTRAL = TEXTS.parent / "unseen_neutral"
#: Texts that weigh the target against the option it would replace (reviews of two products, a
#: choice in a title, a switch), gold written before argkg ran on them.
UNSEEN_ALT = TEXTS.parent / "unseen_alt"
#: Texts that react to a change an institution announced, decided or plans (a canteen's new menu
#: rule, a speed limit, a landlord's cameras, 打卡 rules, 垃圾 times, a library's hours), gold
#: written before argkg ran on them: whether the change is read as the proposition and the
#: reactions for and against it.
UNSEEN_ANNOUNCE = TEXTS.parent / "unseen_announce"
#: English and Chinese texts in further question-and-answer and reply layouts, gold written before
#: argkg ran on them (an AMA under "Question from u/x (412 upvotes)" headers, a parliamentary question
#: time, a support chat export, a podcast with time stamps, a 直播间 with 弹幕提问 and a 连麦嘉宾, a
#: 评论区 with 回复@, a 政务访谈 with labels alone on their lines, a 家长会 Q&A): whether the labels
#: are read as turns and answers take the side of what they answer.
UNSEEN_TURNS2 = TEXTS.parent / "unseen_turns2"
#: English and Chinese conversations whose speakers are bare names or names with titles and whose
#: sides come from what they do across their turns, gold written before argkg ran on them (a 看车
#: negotiation, a 家庭群 chat, a clinic consultation, a radio call-in, a 议事会 with names alone on
#: their lines, a flat viewing): one speaker raises doubts (con), the other answers them (pro).
UNSEEN_TURNS27 = TEXTS.parent / "unseen_turns27"
#: English and Chinese records of speaker turns in layouts no other set uses, gold written before
#: argkg ran on them (a 人民调解 record with one-character labels, a family meeting's recording, a
#: shop's customer-service chat, a deposit arbitration's notes, a support chat whose lines open with a
#: bare time and a name, a residents' committee's minutes with initials): each party keeps the side
#: its opening demand or refusal takes, a chair argues nothing.
UNSEEN_TURNS29 = TEXTS.parent / "unseen_turns29"
#: English and Chinese texts whose statements carry no side cue of their own and take their side
#: from what they answer or object to, gold written before argkg ran on them (a product page's Q&A
#: answering no, a pull-request review, a letter of objection to a planning application, a 家长群,
#: a 小区业主群 proposal with objections, a 闲鱼 宝贝问答): six texts.
UNSEEN_SIDES5 = TEXTS.parent / "unseen_sides5"
#: English and Chinese texts where one author states the other side's objections, worries or
#: strengths with no side cue of their own and answers them, gold written before argkg ran on them
#: (a parish newsletter, an authors' response to referees, a "what they tell you" flyer, a
#: two-star review conceding strengths, a 致家长的一封信, a 短评 with 虽然…但, a 公众号 article
#: answering 有人说 and 难道): seven texts.
UNSEEN_OBJECTIONS = TEXTS.parent / "unseen_objections"
#: English and Chinese texts whose sides follow from how the author bears on the proposal, gold
#: written before argkg ran on them: three replies that grant a point, refuse the proposal after a
#: contrast ("但我不赞成…", "However, I don't support…") and give numbered reasons, and three
#: consultations whose first speaker puts the proposal as their recommendation: six texts.
UNSEEN_SIDES26 = TEXTS.parent / "unseen_sides26"
#: Texts that argue nothing as a whole (a gym induction card, a 考生须知, a conference's joining
#: instructions with a Q/A list, a 保修条款) and two laid out like notices that do argue (a post on
#: new permit charges, a 小区群 post on a new rule), gold written before argkg ran on them: no
#: proposition and every statement neutral in the first four, the sides kept in the two others.
UNSEEN_UNARGUED = TEXTS.parent / "unseen_unargued"
#: English and Chinese texts whose debated proposition is a thesis with no "I think" cue or a
#: thing the text reacts to, gold written before argkg ran on them (a review's verdict in its
#: middle paragraph, an appeal whose summary opens with "X was wrong to Y", a post announcing the
#: writer's own change, a company's "我司认为" reply, a discussion's minutes on a quoted claim, a
#: reply e-mail to a plan put out for comment): six texts.
UNSEEN_THESES = TEXTS.parent / "unseen_theses"
#: English and Chinese texts whose thesis is an advice, a decision or a recommendation with no
#: opinion cue, gold written before argkg ran on them (a cycling forum reply that ends in advice, a
#: manager's memo announcing a decision, a course review that does not recommend, a 家长论坛 reply
#: "别报", a company's notice of its decision, a product comparison ending "就买A款"): six texts.
UNSEEN_THESES27 = TEXTS.parent / "unseen_theses27"
#: English and Chinese texts whose thesis is a labelled recommendation or conclusion line, or a
#: demand a speaker defends against a retort, gold written before argkg ran on them (an audit
#: finding, a grant panel's sheet, a household talk with "Better than nothing, right?", an approval
#: slip's "审查意见：", a training review's "结论：", a family chat with "那也比X强吧？"): six texts.
UNSEEN_PROPS27B = TEXTS.parent / "unseen_props27b"
#: English and Chinese texts whose proposition is the request, decision or view the text keeps to
#: beside a statement an analyst passes over, gold written before argkg ran on them (a leave request
#: form of numbered questions, a trip debrief with a parent's side question, a petition page with
#: its comments, a deposit e-mail with a "Why would I…?" retort, an owners' meeting headed by its
#: topic, a grandfather's "我和你奶奶的意思是", a diary under a title naming the wish with a
#: teacher's advice, a weekly report with a colleague's side question): eight texts.
UNSEEN_PROPS28 = TEXTS.parent / "unseen_props28"
#: English and Chinese texts with no stated motion, thesis cue or "I think", whose proposition is
#: what their sides dispute, gold written before argkg ran on them (a mediation summary's request
#: and refusal, an issue thread on a reported proposal, a club's minutes weighing "Whether to X",
#: a fee letter and its refusal, a mediation record's 请求/不同意, an owners' chat on a management
#: plan, works minutes on a demand put by staff, a parents' forum thread weighing 要不要X): eight
#: texts.
UNSEEN_PROPS29 = TEXTS.parent / "unseen_props29"
#: Own texts where a side follows from the present state and from a granted point, gold written
#: before argkg ran on them: two reports that go from their problems to a proposal and its costs,
#: two replies that grant a point before refusing, an opinion on the present system: five texts.
UNSEEN_SIDES26B = TEXTS.parent / "unseen_sides26b"
#: Own texts whose statements give a reason, evidence, a benefit or a harm bearing on a found
#: proposition with no side marker of their own, gold written before argkg ran on them (podcast
#: show notes, a grant reviewer's assessment, a comment thread, a 业委会表决说明 arguing one side
#: only, a 议论文 giving the other side first, a 村民代表会议记录): six texts.
UNSEEN_SIDES27 = TEXTS.parent / "unseen_sides27"
#: Own texts whose statements argue before the thesis is stated or report the other party's voice
#: in a text whose author argues, gold written before argkg ran on them (a tenant's reply "You
#: claim that…", a submission with the operators' objections, a staff note's reasons before its
#: recommendation, 业委会's reply "贵司另称…", a 申请 with 财务部's objection, a 案例分析题): six texts.
UNSEEN_SIDES27B = TEXTS.parent / "unseen_sides27b"
#: Own texts whose sides turn on who says a statement and which way the proposition points, gold
#: written before argkg ran on them (a 弹幕回放 and a live-stream chat replay of stamped anonymous
#: comments, a 报告 and a memo that ask to end something, a 业主群 chat export, a dated notebook
#: weighing an offer): six texts.
UNSEEN_SIDES28 = TEXTS.parent / "unseen_sides28"
#: English and Chinese radio call-ins whose host puts the question in the opening turn and whose
#: callers answer with a story or a fact and no side word of their own, closing on an arrangement
#: that argues nothing, gold written before argkg ran on them: two texts.
UNSEEN_LEADS28 = TEXTS.parent / "unseen_leads28"
#: Arguing texts whose statements are mostly facts and reasons with no side word of their own (a
#: referee report, an architecture decision record, a club's briefing before a vote, a
#: 信访事项处理意见书, a 公众号 article, a team's 周报), three of them by authors who argue against
#: their proposition, gold written before argkg ran on them: six texts.
UNSEEN_PRIOR29 = TEXTS.parent / "unseen_prior29"
#: English texts that weigh a change someone proposes, plans or has decided, which some argue
#: against (a consultation response form, a board paper, an intranet post with staff comments, a
#: governors' committee report, a planning officer's report, a patient group's letter, an internal
#: audit note, a PTA newsletter's Q&A), four of them by authors who argue against the change, gold
#: written before argkg ran on them: eight texts.
UNSEEN_ORIENT30EN = TEXTS.parent / "unseen_orient30en"
#: Chinese texts each debating a change that some argue against, four of them by authors on the
#: con side (a shareholders' meeting record whose speakers carry a note in brackets, a feasibility
#: analysis that concludes against the plan, a reader's letter, a teacher's notes for a parents'
#: meeting, a speech with reservations at a consultation, an administrative review decision, an HR
#: summary of staff comments with its reply, a newspaper's short comment), gold written before
#: argkg ran on them: eight texts.
UNSEEN_ORIENT30ZH = TEXTS.parent / "unseen_orient30zh"
#: Arguing texts whose other side speaks with no side word of its own (others' questions and views
#: put to the author, points granted without an answer, plain facts of the other case) in layouts
#: no other set uses (a head teacher's bulletin, a co-op board paper, a tenant's reply to a rent
#: review, a vlog transcript, 业委会情况说明, 班主任致家长信, 播客文字稿, 读者来信与编辑回复), three of
#: them by authors who argue against their proposition, gold written before argkg ran on them:
#: eight texts, four in each language.
UNSEEN_UNCUED30 = TEXTS.parent / "unseen_uncued30"
#: Texts whose debated question no motion, thesis cue or "I think" states, in layouts no other set
#: uses (a club's postal ballot on a rule change, a complaint e-mail asking for a fee to be waived
#: with the reply, a product forum thread on a change moved into a subscription, an assessor's
#: report on a request for an extension, 居民议事会提案单, a 12345 hotline work order, a recipe's
#: comment section disputing a practice, a parent's speech under an imperative title), gold
#: written before argkg ran on them: eight texts, four in each language.
UNSEEN_PROP31 = TEXTS.parent / "unseen_prop31"
#: Texts that put their debated question in a line that states it rather than argues it, in
#: layouts no other set uses (a residents' AGM pack with a numbered motion, a consultation note
#: headed "Proposed X", a case conference's "Question for the panel", a staff newsletter explainer
#: under question headings, 学生代表大会提案审议记录, 议论文作文题与习作, 社区通讯 under question
#: headings, 业主大会表决材料), gold written before argkg ran on them: eight texts, four in each
#: language.
UNSEEN_PROP32 = TEXTS.parent / "unseen_prop32"
#: Texts that put their debated question where a careful reader finds it without an opinion cue, in
#: layouts no other set uses (a parish magazine's imperative headline under its masthead, an options
#: appraisal's preferred option named by its label, a radio phone-in's plan put to the presenter
#: for advice, residents' forum notes whose topic line is a "whether" clause, 班会记录 with an
#: indirect 能否 议题, a 短评 headlined "X，可以休矣", 职场问答 whose asker puts a plan to the
#: readers, 方案比选报告 naming its 推荐方案), gold written before argkg ran on them: eight texts,
#: four in each language.
UNSEEN_PROP33 = TEXTS.parent / "unseen_prop33"
#: Arguing texts whose other side speaks mostly by what the proposal would bring (a cost it adds,
#: a person or a skill missing to do it, no way back, a cheaper option), while the side that wants
#: the change states the present problem in words just as negative, in layouts no other set uses
#: (a pre-mortem workshop's lists, an e-mail chain printed newest first, a forum thread with quoted
#: replies, an assessor's scoring sheet, 物业费听证会笔录, 知乎问答, 一事一议筹资方案公示, 家长群
#: chat export), gold written before argkg ran on them: eight texts, four in each language.
UNSEEN_COST31 = TEXTS.parent / "unseen_cost31"
#: Arguing texts whose other side speaks in plain statements of a cost, a harm or a doubt with no
#: side word, under a section or caption that says whose case it is (objections, concerns, 担忧,
#: 反对的理由), often under point captions of their own, in layouts no other set uses (a governors'
#: briefing card, a consultation report, a staff suggestion log, a parent poll sheet, 业主大会表决说明,
#: 公众号“争议焦点”, 开题论证意见汇总, 社区议事会议题卡), gold written before argkg ran on them: eight
#: texts, four in each language.
UNSEEN_CON32 = TEXTS.parent / "unseen_con32"
#: Texts whose con side is mostly stated with no side word and under no section that names it (a
#: cost, a loss, a personal story of what the change takes away, a reply that answers the other
#: side, a doubt that the change works), in layouts no other set uses (a councillor's surgery case
#: log, a club secretary's digest of e-mailed replies, a live thread of a cabinet meeting, a pupil
#: voice report, 村民意见回执摘录, 小红书笔记, 人大代表建议答复函, 食堂意见簿摘抄), gold written before
#: argkg ran on them: eight texts, four in each language.
UNSEEN_CON33 = TEXTS.parent / "unseen_con33"
#: Texts of many voices, each contributor stating their side once (a declared side, a vote, a
#: review's rating, a reply that backs or contradicts a named one) and then giving reasons with no
#: side word, in layouts no other set uses (a parish council's open forum, a book club's thread, a
#: staff suggestion board with votes, riders' ratings, 业主群接龙, 村民代表会议记录, 外卖店评价区,
#: 学生会提案讨论纪要), gold written before argkg ran on them: eight texts, four in each language.
UNSEEN_VOICES31 = TEXTS.parent / "unseen_voices31"
#: Texts made of labelled contributions on both sides, each voice's reasons mostly with no side
#: word of their own (a game forum's thread under screen names, a radio phone-in's callers, a
#: landlord's and a tenant's exported messages, a residents' poll's comments, 房东与租客的微信聊天,
#: 贴吧讨论帖, 水价听证会发言摘录, 家长群讨论), gold written before argkg ran on them: eight texts,
#: four in each language.
UNSEEN_VOICES32 = TEXTS.parent / "unseen_voices32"
#: Texts whose author, or whoever decides, argues against a proposal stated affirmatively, or for
#: keeping what a proposal would end (the proposal is always the proposition), in layouts no other set
#: uses (a fund's panel form with its reviewers' bracketed verdicts, a debating society's minutes whose
#: speakers name their side with the motion, a club's objection letter, a petition against a closure,
#: 会签单, 业主致物业的信, 倡议书, 英国议会制辩论记录), gold written before argkg ran on them: eight
#: texts, four in each language.
UNSEEN_INVERT33 = TEXTS.parent / "unseen_invert33"
#: Files in which one party's request and the other party's reply stand under their own labels, the
#: reply's label naming only who replies (the request is always the proposition), in layouts no other
#: set uses (a gym's member-services ticket, an allotment society's dispute log, a forum's moderation
#: appeals, a school's kit-exemption form, 报事报修单, 成绩复核申请表, 外卖评价与商家回复, 社区议事厅留言板),
#: gold written before argkg ran on them: eight texts, four in each language.
UNSEEN_SIDE34 = TEXTS.parent / "unseen_side34"
#: Debate records whose speeches stand under captions naming their bench in forms no other set uses
#: ("OPENING PROPOSITION — Name", "AFFIRMATIVE CASE — Name", "CLOSING — Against (Name)", 【正方·周教授】,
#: 【结辩·反方】), after a roster line naming both teams and a chair's labelled line (a sixth-form club
#: night, a podcast transcript, a youth council's practice debate, a student assembly's minutes,
#: 班会辩论记录, 电视辩论节目文字稿, 学生会议事纪要, 校园辩论赛实录), gold written before argkg ran on
#: them: eight texts, four in each language.
UNSEEN_SIDE35 = TEXTS.parent / "unseen_side35"
#: Texts that state their debated proposition on a line of its own that no opinion cue introduces,
#: in layouts no other set uses (a students' union AGM motion paper, a residents' e-ballot's
#: "Resolution:", a zine page headlined by an imperative, a debating society's summary titled by
#: its motion, 班委会表决记录, 公众号推文 headlined "把X还给Y", 辩论赛主持词, and 业委会议题征求意见 whose
#: 议题 offers a choice), gold written before argkg ran on them: eight texts, four in each language.
UNSEEN_PROP34 = TEXTS.parent / "unseen_prop34"
#: Texts whose orientation rests on the text as a whole rather than on one sentence (whose side a
#: closing decision, a ticked box, a committee's advice or a title that keeps what the plan removes
#: gives), in layouts no other set uses (a tenants' association's voting advice, a youth league
#: panel's appeal decision, a consultation response form, a school's pilot review, 业主大会表决意见书,
#: 行政复议决定书, 倡议书, 市民信箱 with the operator's reply), gold written before argkg ran on them:
#: eight texts, four in each language.
UNSEEN_INVERT35 = TEXTS.parent / "unseen_invert35"
#: Texts whose argued statements risk being lost before their side is read, in layouts no other set
#: uses: six records whose header names a chair, presenter or host in a field line above speeches under
#: the speakers' caption lines (a moot, a radio phone-in, a debating society's Friday debate, 模拟听证会
#: 记录, 读书分享会纪要, 主题班会实录), four that argue their own case before reporting the other side's
#: (a vicar's letter, a student council's report, 校刊学生论坛, 业委会意见征集说明) and two that report
#: one side's voices before a line naming the other (a radio bulletin's script, 新闻报道), gold written
#: before argkg ran on them: twelve texts, six in each language.
UNSEEN_NEUTRAL35 = TEXTS.parent / "unseen_neutral35"
#: Texts where a line that states no stand by its form (a team line, a score line, a task line with
#: its owner, a letters page's notice, a contact line, a stage direction, a form's fields, a chair's
#: "everyone's here", a list heading of a point) stands before a voice's or author's stand, in layouts
#: no other set uses (a debate judge's ballot, a retro board, a parish bulletin, a radio play's
#: script, 辩论赛评分记录, 业主意见征集表, 楼长碰头会语音转写, 小品剧本), gold written before argkg ran on
#: them: eight texts, four in each language.
UNSEEN_NOSTAND31 = TEXTS.parent / "unseen_nostand31"
#: Texts weighing a change someone proposes or plans, in layouts no other set uses: four by an
#: author who argues against it in a negated thesis with no side word (a club treasurer's column,
#: a café's blog post, an owner's written comment on a residents' notice, a reader's letter), four
#: conversations of two people who argue against each other (a podcast two-hander, a text-message
#: thread, a couple's chat log, a workshop dialogue), gold written before argkg ran on them: eight
#: texts, four in each language.
UNSEEN_ORIENT31 = TEXTS.parent / "unseen_orient31"
#: Own texts in two more layouts, gold written before argkg ran on them (a 小红书 note with emoji
#: section marks, numbered emoji items and #话题# tags; a survey's free-text answers under
#: "Response N | who | Yes/No" rows): two texts, read before and after speed27's speed-up.
UNSEEN_TABLET27 = TEXTS.parent / "unseen_tablet27"
#: English and Chinese texts that argue a thesis with no proposition cue at all, gold written
#: before argkg ran on them (a personal essay, a letter to a residents' committee, a reader's
#: comment, a product review, a speech to students, a blog post): the judged central thesis.
UNSEEN_CENTRAL = TEXTS.parent / "unseen_central"
#: Texts of turns that no author argues and whose proposition is the question one voice puts to
#: the others (a group chat, Q&A threads, a comment thread), and a chat that only asks for
#: information, gold written before argkg ran on them.
UNSEEN_VOICES = TEXTS.parent / "unseen_voices"


class TextGold(BaseModel):
    """The gold of one text (see ``gold.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    proposition: str | None
    stances: dict[str, Stance]
    main: list[str]
    not_claims: list[str]
    conclusions: list[str] | None = None


@dataclass(frozen=True)
class TextResult:
    """What argkg got right on one text.

    Attributes:
        name: the file name.
        sides: (quote, gold stance, found stance: the side of the claim holding the quote, else of
            the Conclusion holding it (`concluded_side`), else None).
        proposition: the debate assumption matches the gold (or there is none, as in the gold).
        mains: the gold main claims found as main claims.
        not_claims: the quotes that must be no claim and are none.
        two_sided: the gold has claims of both sides.
        contested: a debate assumption of the text is contested.
        conclusions: the gold conclusion quotes each found inside a Conclusion (empty when the
            gold gives no conclusions).
        extra_conclusions: the Conclusions found that hold no gold quote (0 when the gold
            gives no conclusions).
    """

    name: str
    sides: tuple[tuple[str, Stance, Stance | None], ...]
    proposition: bool
    mains: tuple[bool, ...]
    not_claims: tuple[bool, ...]
    two_sided: bool
    contested: bool
    conclusions: tuple[bool, ...] = ()
    extra_conclusions: int = 0

    @property
    def side_accuracy(self) -> float:
        """Share of quoted claims with the gold side."""
        return sum(gold is found for _, gold, found in self.sides) / len(self.sides) if self.sides else 1.0


def load_gold(folder: Path = TEXTS) -> dict[str, TextGold]:
    """The gold of every text in ``folder``, by file name."""
    raw = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    return {name: TextGold.model_validate(entry) for name, entry in raw.items()}


def concluded_side(graph: DocumentGraph, quote: str) -> Stance | None:
    """The side a Conclusion holding ``quote`` takes on the debated proposition, or None when no
    Conclusion holds it.

    A statement the text concludes ("经研究,该路口暂不增设红绿灯") is a Conclusion, not a
    claim; its side is the polarity of its dependency on a debate assumption (affirm: pro, deny:
    con), and neutral when it rests on none (it concludes nothing about the debated question).
    """
    conclusion = next((c for c in graph.of_type(Conclusion) if quoted(quote, c.text)), None)
    if conclusion is None:
        return None
    debates = {a.id for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE}
    polarities = {
        r.polarity
        for r in graph.relationships
        if r.start == conclusion.id and r.end in debates and r.type in (RelType.DEPENDS_ON, RelType.RESTS_ON)
    }
    if polarities == {Polarity.AFFIRM}:
        return Stance.PRO
    if polarities == {Polarity.DENY}:
        return Stance.CON
    return Stance.NEUTRAL


def quoted(quote: str, text: str) -> bool:
    """Whether ``text`` holds ``quote``, spaces and line breaks aside: a hard-wrapped text's claim
    quotes its sentence with the line breaks inside (a Chinese one mid-word), the gold as read."""
    return quote in text or "".join(quote.split()) in "".join(text.split())


def check_text(name: str, gold: TextGold, graph: DocumentGraph) -> TextResult:
    """Compare one ingested text with its gold."""
    claims = graph.of_type(Claim)
    debates = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]

    def holding(quote: str) -> Claim | None:
        return next((c for c in claims if quoted(quote, c.text)), None)

    sides = []
    for quote, stance in gold.stances.items():
        claim = holding(quote)
        sides.append((quote, stance, claim.stance if claim is not None else concluded_side(graph, quote)))
    if gold.proposition is None:
        proposition = not debates
    else:
        proposition = any(quoted(gold.proposition.lower(), a.text.lower()) for a in debates)
    found = {a.assumption_id for a in contested(graphs_to_networkx([graph]))}
    drawn = [c.text for c in graph.of_type(Conclusion)]
    wanted = gold.conclusions or []
    mains = tuple((c := holding(q)) is not None and c.role is Role.MAIN for q in gold.main)
    return TextResult(
        name=name,
        sides=tuple(sides),
        proposition=proposition,
        mains=mains,
        not_claims=tuple(holding(q) is None for q in gold.not_claims),
        two_sided={Stance.PRO, Stance.CON} <= set(gold.stances.values()),
        contested=any(a.id in found for a in debates),
        conclusions=tuple(any(q in text for text in drawn) for q in wanted),
        extra_conclusions=0
        if gold.conclusions is None
        else sum(not any(q in text for q in wanted) for text in drawn),
    )


def check_folder(folder: Path = TEXTS) -> dict[str, TextResult]:
    """Ingest every text of ``folder`` that has gold and check it, by file name."""
    gold = load_gold(folder)
    names = sorted(gold)
    graphs = ingest_paths([folder / name for name in names])
    return {name: check_text(name, gold[name], graph) for name, graph in zip(names, graphs, strict=True)}


def score_texts(folder: Path = TEXTS) -> dict[str, object]:
    """Ingest every text with gold and sum up the figures (JSON-ready)."""
    return summarise(list(check_folder(folder).values()))


def summarise(results: Sequence[TextResult]) -> dict[str, object]:
    """Sum up the results of several texts (JSON-ready)."""
    sides = [gold is found for r in results for _, gold, found in r.sides]
    # how often a neutral reading is right: argkg reads arguing statements as neutral far more
    # often than the gold's share of neutral statements (~10%) warrants
    read_neutral = [gold for r in results for _, gold, found in r.sides if found is Stance.NEUTRAL]
    mains = [ok for r in results for ok in r.mains]
    not_claims = [ok for r in results for ok in r.not_claims]
    two_sided = [r for r in results if r.two_sided]
    hits = sum(ok for r in results for ok in r.conclusions)
    gold_conclusions = sum(len(r.conclusions) for r in results)
    drawn = hits + sum(r.extra_conclusions for r in results)
    return {
        "texts": len(results),
        "side_claims": len(sides),
        "side_accuracy": round(sum(sides) / len(sides), 4) if sides else None,
        "all_pro_accuracy": round(
            sum(gold is Stance.PRO for r in results for _, gold, _ in r.sides) / len(sides), 4
        )
        if sides
        else None,
        "neutral_precision": f"{read_neutral.count(Stance.NEUTRAL)}/{len(read_neutral)}",
        "proposition_found": f"{sum(r.proposition for r in results)}/{len(results)}",
        "main_claims_found": f"{sum(mains)}/{len(mains)}",
        "never_claims_ok": f"{sum(not_claims)}/{len(not_claims)}",
        "two_sided_contested": f"{sum(r.contested for r in two_sided)}/{len(two_sided)}",
        "conclusion_recall": round(hits / gold_conclusions, 4) if gold_conclusions else None,
        "conclusion_precision": round(hits / drawn, 4) if drawn else None,
        "per_text": {
            r.name: {
                "sides": f"{sum(gold is found for _, gold, found in r.sides)}/{len(r.sides)}",
                "proposition": r.proposition,
                "contested": r.contested if r.two_sided else None,
                "conclusions": f"{sum(r.conclusions)}/{len(r.conclusions)} (+{r.extra_conclusions})",
            }
            for r in results
        },
        "misses": [
            f"{r.name}: {quote} ({gold.value} -> {found.value if found else 'no claim'})"
            for r in results
            for quote, gold, found in r.sides
            if gold is not found
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Score the texts of one folder with a ``gold.yaml`` and print the figures as JSON."""
    parser = argparse.ArgumentParser(description="Score argkg on a folder of texts with gold.yaml.")
    parser.add_argument("folder", nargs="?", type=Path, default=TEXTS, help="folder holding gold.yaml")
    args = parser.parse_args(argv)
    if not (args.folder / "gold.yaml").is_file():
        print(f"argtexts: no gold.yaml in {args.folder}", file=sys.stderr)
        return 2
    print(json.dumps(score_texts(args.folder), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
