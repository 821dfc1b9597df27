"""The side scorer reads a statement the text concludes from its Conclusion's dependency."""

from pathlib import Path

from argkg.bench.argtexts import concluded_side
from argkg.ingest import ingest_paths
from argkg.schema import Stance

REPLY = (
    "网友留言：建议在河堤路口增设红绿灯\n\n"
    "留言人：一位附近居民\n"
    "河堤路口每天早上都有很多老人过马路，车辆也不减速。装一组红绿灯花不了多少钱。"
    "恳请有关部门尽快在这个路口增设红绿灯。\n\n"
    "区交通管理部门回复：\n"
    "您好，感谢您的留言。早高峰经过路口的机动车每小时约一百辆，远低于设置信号灯的标准。"
    "经研究，该路口暂不增设红绿灯。我们将在路口施划斑马线。\n"
)


def test_a_decision_drawn_as_a_conclusion_takes_the_side_its_dependency_states(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(REPLY, encoding="utf-8")
    graph = next(iter(ingest_paths([path])))
    assert concluded_side(graph, "该路口暂不增设红绿灯") is Stance.CON
    assert concluded_side(graph, "没有这句话") is None
