"""Hand-built debates for the report tests: a Chinese one, an English one and a hostile one.

Each is built node by node from quotes of a small text written for these tests, so the report
tests do not depend on ingest. The snapshot script imports the builders from here too.
"""

from collections.abc import Callable

import networkx as nx
import pytest
from browser_support import ARTIFACTS
from playwright.sync_api import Page, expect

from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.queries import analyse
from argkg.schema import (
    Assumption,
    Claim,
    Conclusion,
    Document,
    DocumentGraph,
    Evidence,
    Node,
    Relationship,
    Section,
    span_key,
    stable_id,
    text_sha256,
)

ZH_TEXT = """电动车补贴之争

政府是否应当继续补贴电动汽车,一直有争议。

01.
讨论 1: 补贴能加快电动车普及吗?
正方:补贴明显提高了电动车的销量。
补贴实施后的第一年,电动车销量增长了约 35%。
注:销量数据只包括私人购车。
反方:销量增长主要来自技术进步,而不是补贴。
电池成本十年间下降了 90%。

02.
讨论 2: 补贴的财政负担能承受吗?
反方:补贴每年花费约 300 亿元,负担过重。
正方:如果补贴逐年退坡,财政负担是可控的。

03.
结论
总的来说,我认为继续补贴利大于弊,这个可能性是 60%。
如果电池成本继续下降,补贴可以在五年内退出。
"""

EN_TEXT = """Should schools ban phones?

Debate 1: Do phones hurt learning?
Pro: Phones distract pupils during lessons. Test scores rose by 6% after one ban.
Note: the scores cover one district only.
Con: Bans remove a useful tool, and 40 minutes a day of study apps helps weaker pupils.

Debate 2: Can a ban be enforced?
Con: Pupils hide phones, so a ban costs teachers time.
Pro: Lockers at the gate make a ban easy to enforce.

Conclusion
On balance I give an 80% chance that a ban helps.
If lockers are affordable, schools should try it.
"""

HOSTILE = "<script>alert(1)</script>"
HOSTILE_ATTR = '"><img src=x onerror=alert(2)>'
HOSTILE_TEXT = f"""Title {HOSTILE_ATTR}

Debate 1: Is {HOSTILE} safe?
Pro: The tag {HOSTILE} is harmless text, and 5% of pages hold it.
Con: An attribute {HOSTILE_ATTR} breaks out of quotes.

Conclusion
Escaping works {HOSTILE_ATTR} with 90% certainty.
"""


class _Builder:
    """Adds nodes by the quote they hold, and relationships by node id."""

    def __init__(self, text: str, lang: str, title: str, source: str) -> None:
        self.text = text
        self.sha = text_sha256(text)
        doc_id = stable_id(self.sha, "Document", "")
        self.document = Document(
            id=doc_id, doc_id=doc_id, title=title, lang=lang, source=source, text=text, sha256=self.sha
        )
        self.nodes: list[Node] = []
        self.rels: list[Relationship] = []

    def span(self, quote: str, after: int = 0) -> tuple[int, int]:
        start = self.text.index(quote, after)
        return start, start + len(quote)

    def _id(self, label: str, key: str) -> str:
        return stable_id(self.sha, label, key)

    def section(
        self, ordinal: int, title: str, kind: str, start: int, end: int, question: str | None = None
    ) -> str:
        node = Section(
            id=self._id("Section", str(ordinal)),
            doc_id=self.document.id,
            ordinal=ordinal,
            title=title,
            kind=kind,
            start=start,
            end=end,
            question=question,
        )
        self.nodes.append(node)
        self.rel("HAS_SECTION", self.document.id, node.id)
        return node.id

    def claim(self, section: str, quote: str, stance: str, role: str, position: int | None) -> str:
        start, end = self.span(quote)
        node = Claim(
            id=self._id("Claim", span_key(start, end)),
            doc_id=self.document.id,
            text=quote,
            start=start,
            end=end,
            stance=stance,
            role=role,
            position=position,
        )
        self.nodes.append(node)
        self.rel("CONTAINS", section, node.id)
        return node.id

    def evidence(
        self,
        quote: str,
        value: float,
        unit: str,
        kind: str,
        subject: str | None,
        approximate: bool = False,
        cited_by: str | None = None,
    ) -> str:
        start, end = self.span(quote)
        node = Evidence(
            id=self._id("Evidence", span_key(start, end)),
            doc_id=self.document.id,
            surface=quote,
            value=value,
            unit=unit,
            kind=kind,
            subject=subject,
            approximate=approximate,
            start=start,
            end=end,
        )
        self.nodes.append(node)
        if cited_by:
            self.rel("CITES", cited_by, node.id)
        return node.id

    def assumption(
        self, text: str, origin: str, quote: str | None = None, raised_by: str | None = None
    ) -> str:
        start, end = self.span(quote) if quote else (None, None)
        node = Assumption(
            id=self._id("Assumption", text),
            doc_id=self.document.id,
            text=text,
            origin=origin,
            start=start,
            end=end,
        )
        self.nodes.append(node)
        if raised_by:
            self.rel("RAISES", raised_by, node.id)
        return node.id

    def conclusion(self, section: str, quote: str, credence: float | None) -> str:
        start, end = self.span(quote)
        node = Conclusion(
            id=self._id("Conclusion", span_key(start, end)),
            doc_id=self.document.id,
            text=quote,
            start=start,
            end=end,
            credence=credence,
        )
        self.nodes.append(node)
        self.rel("CONTAINS", section, node.id)
        return node.id

    def rel(self, rel_type: str, start: str, end: str, **props: object) -> None:
        self.rels.append(Relationship(type=rel_type, start=start, end=end, **props))

    def depends(
        self, conclusion: str, assumption: str, basis: str, group: int = 0, polarity: str | None = None
    ) -> None:
        self.rel("DEPENDS_ON", conclusion, assumption, basis=basis, group=group, polarity=polarity)

    def graph(self) -> DocumentGraph:
        return DocumentGraph(document=self.document, nodes=tuple(self.nodes), relationships=tuple(self.rels))


def _bounds(text: str, first: str, last: str | None) -> tuple[int, int]:
    start = text.index(first)
    return start, (text.index(last, start) if last else len(text))


def build_zh_debate() -> DocumentGraph:
    """A Chinese debate: two debated sections with notes and numbers, a conclusion section.

    The first question splits the conclusions: C1 needs it answered yes, C2 needs it answered no.
    """
    b = _Builder(ZH_TEXT, "zh", "电动车补贴之争", "examples/subsidy_zh.txt")
    text = b.text
    b.section(0, "", "intro", *_bounds(text, "电动车", "01."))
    s1 = b.section(
        1,
        "讨论 1: 补贴能加快电动车普及吗?",
        "debate",
        *_bounds(text, "01.", "02."),
        question="补贴能加快电动车普及吗?",
    )
    s2 = b.section(
        2,
        "讨论 2: 补贴的财政负担能承受吗?",
        "debate",
        *_bounds(text, "02.", "03."),
        question="补贴的财政负担能承受吗?",
    )
    s3 = b.section(3, "结论", "conclusion", *_bounds(text, "03.", None))
    a1 = b.assumption("补贴能加快电动车普及", "debate", quote="补贴能加快电动车普及", raised_by=s1)
    a2 = b.assumption("补贴的财政负担能承受", "debate", raised_by=s2)
    a3 = b.assumption("电池成本继续下降", "conditional", quote="电池成本继续下降")
    pro1 = b.claim(s1, "补贴明显提高了电动车的销量。", "pro", "main", 0)
    pro1p = b.claim(s1, "补贴实施后的第一年,电动车销量增长了约 35%。", "pro", "premise", 0)
    note = b.claim(s1, "销量数据只包括私人购车。", "pro", "note", 0)
    con1 = b.claim(s1, "销量增长主要来自技术进步,而不是补贴。", "con", "main", 1)
    con1p = b.claim(s1, "电池成本十年间下降了 90%。", "con", "premise", 1)
    con2 = b.claim(s2, "补贴每年花费约 300 亿元,负担过重。", "con", "main", 0)
    pro2 = b.claim(s2, "如果补贴逐年退坡,财政负担是可控的。", "pro", "main", 1)
    b.evidence("35%", 0.35, "percent", "ratio", "电动车销量增长", approximate=True, cited_by=pro1p)
    b.evidence("90%", 0.9, "percent", "ratio", "电池成本下降幅度", cited_by=con1p)
    b.evidence("300 亿元", 3e10, "CNY", "money", "补贴的年度花费", approximate=True, cited_by=con2)
    b.evidence("60%", 0.6, "percent", "probability", None)
    c1 = b.conclusion(s3, "总的来说,我认为继续补贴利大于弊,这个可能性是 60%。", 0.6)
    c2 = b.conclusion(s3, "如果电池成本继续下降,补贴可以在五年内退出。", None)
    b.rel("ANNOTATES", note, pro1p)
    b.rel("SUPPORTS", pro1p, pro1)
    b.rel("SUPPORTS", con1p, con1)
    b.rel("SUPPORTS", pro1, a1)
    b.rel("ATTACKS", con1, a1)
    b.rel("ATTACKS", con2, a2)
    b.rel("SUPPORTS", pro2, a2)
    b.depends(c1, a1, "structural", polarity="affirm")
    b.depends(c1, a2, "structural", polarity="affirm")
    b.depends(c2, a3, "conditional")
    b.depends(c2, a1, "lexical", polarity="deny")
    return b.graph()


def build_en_debate() -> DocumentGraph:
    """An English debate of the same shape, with a conclusion resting on alternatives."""
    b = _Builder(EN_TEXT, "en", "Should schools ban phones?", "examples/phones_en.txt")
    text = b.text
    s1 = b.section(
        1,
        "Debate 1: Do phones hurt learning?",
        "debate",
        *_bounds(text, "Debate 1", "Debate 2"),
        question="Do phones hurt learning?",
    )
    s2 = b.section(
        2,
        "Debate 2: Can a ban be enforced?",
        "debate",
        *_bounds(text, "Debate 2", "Conclusion"),
        question="Can a ban be enforced?",
    )
    s3 = b.section(3, "Conclusion", "conclusion", *_bounds(text, "Conclusion", None))
    a1 = b.assumption("Phones hurt learning", "debate", raised_by=s1)
    a2 = b.assumption("A ban can be enforced", "debate", raised_by=s2)
    a3 = b.assumption("lockers are affordable", "conditional", quote="lockers are affordable")
    pro1 = b.claim(s1, "Phones distract pupils during lessons.", "pro", "main", 0)
    pro1p = b.claim(s1, "Test scores rose by 6% after one ban.", "pro", "premise", 0)
    note = b.claim(s1, "the scores cover one district only.", "pro", "note", 0)
    con1 = b.claim(
        s1,
        "Bans remove a useful tool, and 40 minutes a day of study apps helps weaker pupils.",
        "con",
        "main",
        1,
    )
    con2 = b.claim(s2, "Pupils hide phones, so a ban costs teachers time.", "con", "main", 0)
    pro2 = b.claim(s2, "Lockers at the gate make a ban easy to enforce.", "pro", "main", 1)
    b.evidence("6%", 0.06, "percent", "ratio", "rise in test scores", cited_by=pro1p)
    b.evidence("40 minutes", 2400.0, "second", "duration", "daily study-app time", cited_by=con1)
    b.evidence("80%", 0.8, "percent", "probability", None)
    c1 = b.conclusion(s3, "On balance I give an 80% chance that a ban helps.", 0.8)
    c2 = b.conclusion(s3, "If lockers are affordable, schools should try it.", None)
    b.rel("ANNOTATES", note, pro1p)
    b.rel("SUPPORTS", pro1p, pro1)
    b.rel("SUPPORTS", pro1, a1)
    b.rel("ATTACKS", con1, a1)
    b.rel("ATTACKS", con2, a2)
    b.rel("SUPPORTS", pro2, a2)
    b.depends(c1, a1, "structural", group=0)
    b.depends(c1, a2, "structural", group=0)
    b.depends(c2, a3, "conditional", group=0)
    b.depends(c2, a2, "lexical", group=1)
    return b.graph()


def build_hostile_debate() -> DocumentGraph:
    """A debate whose every text field carries markup that must print as text and run nothing."""
    b = _Builder(HOSTILE_TEXT, "en", f"Title {HOSTILE_ATTR}", f"evil{HOSTILE_ATTR}.txt")
    text = b.text
    s1 = b.section(
        1,
        f"Debate 1: Is {HOSTILE} safe?",
        "debate",
        *_bounds(text, "Debate 1", "Conclusion"),
        question=f"Is {HOSTILE} safe?",
    )
    s2 = b.section(2, "Conclusion", "conclusion", *_bounds(text, "Conclusion", None))
    a1 = b.assumption(f"{HOSTILE} is safe {HOSTILE_ATTR}", "debate", raised_by=s1)
    pro = b.claim(s1, f"The tag {HOSTILE} is harmless text, and 5% of pages hold it.", "pro", "main", 0)
    con = b.claim(s1, f"An attribute {HOSTILE_ATTR} breaks out of quotes.", "con", "main", 1)
    b.evidence("5%", 0.05, "percent", "ratio", f"pages {HOSTILE}", cited_by=pro)
    c1 = b.conclusion(s2, f"Escaping works {HOSTILE_ATTR} with 90% certainty.", 0.9)
    b.rel("SUPPORTS", pro, a1)
    b.rel("ATTACKS", con, a1)
    b.depends(c1, a1, "structural")
    return b.graph()


def analysed(*graphs: DocumentGraph) -> tuple[list[DocumentGraph], nx.MultiDiGraph]:
    """The graphs as a store holds them (analysed) and their analysis graph."""
    done = [analyse(g) for g in graphs]
    return done, graphs_to_networkx(done)


Built = tuple[list[DocumentGraph], nx.MultiDiGraph]


@pytest.fixture(scope="session")
def zh_debate() -> Built:
    return analysed(build_zh_debate())


@pytest.fixture(scope="session")
def en_debate() -> Built:
    return analysed(build_en_debate())


@pytest.fixture(scope="session")
def en_graph() -> DocumentGraph:
    """The English debate as built, not analysed (for tests that change it first)."""
    return build_en_debate()


@pytest.fixture(scope="session")
def analyse_graphs() -> Callable[..., Built]:
    """`analysed`: the graphs as a store holds them, and their analysis graph."""
    return analysed


@pytest.fixture(scope="session")
def hostile_debate() -> Built:
    return analysed(build_hostile_debate())


@pytest.fixture(scope="session")
def hostile_strings() -> tuple[str, str]:
    """The markup that the hostile debate's texts carry."""
    return HOSTILE, HOSTILE_ATTR


#: The parts every report has, by the id of their section.
PARTS = ("summary", "debates", "dependencies", "evidence", "graph", "source")


def _check_report_as_a_reader(page: Page, screenshot: str) -> None:
    """What every report must show: parts, matrix, picture, links that resolve, no overlap."""
    for part in PARTS:
        expect(page.locator(f"section#{part} > h2")).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / screenshot, full_page=True)
    broken = page.evaluate(
        """() => [...document.querySelectorAll('a[href^="#"]')]
              .map(a => decodeURIComponent(a.getAttribute('href').slice(1)))
              .filter(id => id && !document.getElementById(id))"""
    )
    assert broken == [], "in-page links without a target"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "the page scrolls sideways"
    )
    overlaps = page.evaluate(
        """() => [...document.querySelectorAll('.sides')].filter(sides => {
              const [pro, con] = [...sides.children].map(c => c.getBoundingClientRect());
              return pro.right > con.left || pro.width < 200;
            }).length"""
    )
    assert overlaps == 0, "the pro and con columns overlap or collapse"


@pytest.fixture(scope="session")
def check_reader() -> Callable[[Page, str], None]:
    """Check what every HTML report must show a reader, and save a full-page screenshot."""
    return _check_report_as_a_reader
