"""The roadmap: a career's skills and topics in the order to learn them, laid out as two SVG drawings.

Pure layout: it takes the skills the selector fetched (selectors.roadmap_skills) and returns
positions, with no query, no request and nothing of a learner (the template adds their marks, so
one layout serves every reader). Skills fall into steps by their longest chain of prerequisites;
the topics of a skill keep their order, moved only where a topic would come before one it needs.

Two drawings of the same steps: a wide one (each step a column of skill cards, for screens of
about 60rem and more) and a narrow one (one column, for phones). Both list their nodes step by step,
skill by skill, topic by topic, so the keyboard's focus order follows the drawing. Sizes are in the
drawing's units, which are CSS pixels when it is shown at its natural width.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

# Inputs: what the selector gives


@dataclass(frozen=True)
class TopicSpec:
    pk: int
    slug: str
    name: str
    href: str
    hours: int
    prerequisites: tuple[int, ...] = ()  # topic pks, of any skill


@dataclass(frozen=True)
class SkillSpec:
    pk: int
    slug: str
    name: str
    href: str
    prerequisites: tuple[int, ...] = ()  # skill pks
    topics: tuple[TopicSpec, ...] = ()


# The plan: steps of skills, each skill with its topics, prerequisites resolved to what is on the map


@dataclass(eq=False)
class TopicStop:
    pk: int
    slug: str
    name: str
    href: str
    hours: int
    skill: SkillStop
    prerequisites: list[TopicStop] = field(default_factory=list)  # of any skill on the map


@dataclass(eq=False)
class SkillStop:
    pk: int
    slug: str
    name: str
    href: str
    step: int
    prerequisites: list[SkillStop] = field(default_factory=list)
    topics: list[TopicStop] = field(default_factory=list)

    @property
    def hours(self) -> int:
        return sum(topic.hours for topic in self.topics)


@dataclass
class Step:
    number: int  # from 1
    skills: list[SkillStop]


# Geometry


def _short(value: float) -> float | int:
    """Tenths of a unit are precise enough, and whole numbers print without ".0": the page stays short."""
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def _rounded(instance, names: tuple[str, ...]) -> None:
    for name in names:
        object.__setattr__(instance, name, _short(getattr(instance, name)))


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # the baseline
    text: str
    size: float

    def __post_init__(self):
        _rounded(self, ("x", "y"))


@dataclass(frozen=True)
class Node:
    kind: str  # "skill" or "topic"
    stop: SkillStop | TopicStop
    id: str
    x: float
    y: float
    w: float
    h: float
    lines: tuple[Text, ...]  # the label, cut to fit (the full name goes in a <title>)
    icon_x: float  # the top left corner of the learner's status icon (18 by 18)
    icon_y: float
    notes: tuple[Text, ...] = ()  # for a skill in the narrow layout: "After: ..." its prerequisites
    detail: Text | None = None  # for a skill: where its count of topics goes

    def __post_init__(self):
        _rounded(self, ("x", "y", "w", "h", "icon_x", "icon_y"))


@dataclass(frozen=True)
class Edge:
    kind: str  # "skill" or "topic"
    source: str  # node ids
    target: str
    path: str  # SVG path data


@dataclass
class Card:
    """A skill's box: its node, then its topics stacked beneath, then the arcs between them."""

    x: float
    y: float
    w: float
    h: float
    skill: Node
    topics: list[Node]
    arcs: list[Edge]

    def __post_init__(self):
        _rounded(self, ("x", "y", "w", "h"))


@dataclass
class Column:
    heading: Text
    cards: list[Card]


@dataclass
class Layout:
    name: str  # "wide" or "narrow": the node ids' prefix
    width: float
    height: float
    columns: list[Column]  # one per step; the narrow layout stacks them
    edges: list[Edge]  # between skills (the narrow layout names prerequisites in the node instead)

    @property
    def nodes(self) -> list[Node]:
        """Every node, in the order they are drawn and focused."""
        return [node for column in self.columns for card in column.cards for node in (card.skill, *card.topics)]


@dataclass
class Roadmap:
    steps: list[Step]
    wide: Layout
    narrow: Layout

    @property
    def skills(self) -> list[SkillStop]:
        return [skill for step in self.steps for skill in step.skills]

    @property
    def topic_count(self) -> int:
        return sum(len(skill.topics) for skill in self.skills)

    @property
    def hours(self) -> int:
        return sum(skill.hours for skill in self.skills)


@dataclass(frozen=True)
class Metrics:
    name: str
    stacked: bool  # one column for every step (narrow) or a column per step (wide)
    column_width: float
    column_gap: float
    skill_size: float  # font sizes
    topic_size: float
    small_size: float
    skill_lines: int  # at most; a longer name is cut with an ellipsis
    topic_lines: int
    names_prerequisites: bool  # "After: ..." in the skill's node


WIDE = Metrics("wide", False, 250, 40, 15, 13.5, 12.5, 2, 3, False)
# 358 = a 390 px phone less the page's 1rem padding each side: drawn 1:1 there, text stays >= 12 px.
NARROW = Metrics("narrow", True, 358, 0, 15.5, 13.5, 12.5, 2, 2, True)

HEADING_SIZE = 14
PAD = 6  # inside a card, around its nodes
TEXT_PAD = 9  # inside a node, left of its text
ICON_ROOM = 26  # on the right of a node, for the status icon
ARC_ROOM = 22  # left of a card's topics, for the arcs between them
TOPIC_GAP = 5
CARD_GAP = 16
LINE_HEIGHT = 1.3

# Character widths in em, measured on DejaVu Sans (a wide system font, so the labels fit narrower ones too).
_WIDTHS = {"'ijlIJ,. ": 0.31, "/:;\\|f-()[]tr!": 0.38, 'sz?c"*_`': 0.53, "mwMW%@": 0.95, "—…": 1.0}
CHAR_WIDTH = {char: width for chars, width in _WIDTHS.items() for char in chars}


@functools.lru_cache(maxsize=4096)
def _ems(text: str) -> float:
    return sum(CHAR_WIDTH.get(ch, 0.7 if ch.isupper() else 0.63) for ch in text)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return _ems(text) * size * (1.1 if bold else 1)


def wrap(text: str, width: float, size: float, max_lines: int, *, bold: bool = False) -> list[str]:
    """Words in lines no wider than width; the last line ends in an ellipsis if the text does not fit."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold=bold) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) <= max_lines and all(text_width(line, size, bold=bold) <= width for line in lines):
        return lines
    kept, rest = lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])
    while rest and text_width(rest + "…", size, bold=bold) > width:
        rest = rest[:-1].rstrip()
    return [*kept, rest + "…"]


# The plan


def _steps_by_skill(skills: Sequence[SkillSpec]) -> dict[int, int]:
    """Each skill's step, from 0: one more than its latest prerequisite's (prerequisites off the map
    are left out; should skills need each other in a loop, the link that closes it is ignored)."""
    by_pk = {skill.pk: skill for skill in skills}
    steps: dict[int, int] = {}

    def step_of(pk: int, trail: frozenset[int]) -> int:
        if pk not in steps:
            before = [p for p in by_pk[pk].prerequisites if p in by_pk and p not in trail]
            steps[pk] = 1 + max((step_of(p, trail | {pk}) for p in before), default=-1)
        return steps[pk]

    for skill in skills:
        step_of(skill.pk, frozenset())
    return steps


def _topics_in_order(topics: Sequence[TopicSpec]) -> list[TopicSpec]:
    """The topics in their order, except that none comes before another of the same skill it needs."""
    here = {topic.pk for topic in topics}
    pending, placed, ordered = list(topics), set(), []
    while pending:
        ready = (t for t in pending if all(p in placed or p not in here or p == t.pk for p in t.prerequisites))
        topic = next(ready, pending[0])  # pending[0] only when they need each other in a loop
        pending.remove(topic)
        placed.add(topic.pk)
        ordered.append(topic)
    return ordered


def plan(skills: Sequence[SkillSpec]) -> list[Step]:
    """The skills (in the career's order) grouped in steps, prerequisites resolved to stops on the map."""
    step_numbers = _steps_by_skill(skills)
    topic_specs = {topic.pk: topic for skill in skills for topic in skill.topics}
    stops = [SkillStop(s.pk, s.slug, s.name, s.href, step=step_numbers[s.pk] + 1) for s in skills]
    skill_stops = {stop.pk: stop for stop in stops}
    topic_stops: dict[int, TopicStop] = {}
    for stop, skill in zip(stops, skills, strict=True):
        stop.topics = [
            TopicStop(t.pk, t.slug, t.name, t.href, t.hours, skill=stop) for t in _topics_in_order(skill.topics)
        ]
        topic_stops.update((topic.pk, topic) for topic in stop.topics)
    for stop, skill in zip(stops, skills, strict=True):
        stop.prerequisites = [skill_stops[pk] for pk in skill.prerequisites if pk in skill_stops]
        for topic in stop.topics:
            topic.prerequisites = [topic_stops[pk] for pk in topic_specs[topic.pk].prerequisites if pk in topic_stops]
    numbers = sorted({stop.step for stop in stops})
    return [Step(number=n, skills=[stop for stop in stops if stop.step == n]) for n in numbers]


# The drawings


def _label(text: str, x: float, y: float, width: float, size: float, max_lines: int, *, bold=False) -> list[Text]:
    """Wrapped lines whose first line's top is at y."""
    step = size * LINE_HEIGHT
    baseline = y + size * 0.95
    return [
        Text(x, baseline + i * step, line, size) for i, line in enumerate(wrap(text, width, size, max_lines, bold=bold))
    ]


def _skill_node(skill: SkillStop, x: float, y: float, w: float, m: Metrics) -> Node:
    text_x, text_w = x + TEXT_PAD, w - TEXT_PAD - ICON_ROOM
    lines = _label(skill.name, text_x, y + 8, text_w, m.skill_size, m.skill_lines, bold=True)
    bottom, notes = lines[-1].y + 4, []
    if m.names_prerequisites and skill.prerequisites:
        after = "After: " + ", ".join(prerequisite.name for prerequisite in skill.prerequisites)
        notes = _label(after, text_x, bottom + 3, w - 2 * TEXT_PAD, m.small_size, 2)
        bottom = notes[-1].y + 4
    detail = Text(text_x, bottom + 3 + m.small_size * 0.95, "", m.small_size)
    h = detail.y + 9 - y
    node_id = f"{m.name}-skill-{skill.slug}"
    return Node("skill", skill, node_id, x, y, w, h, tuple(lines), x + w - 24, y + 8, tuple(notes), detail)


def _topic_node(topic: TopicStop, x: float, y: float, w: float, m: Metrics) -> Node:
    lines = _label(topic.name, x + TEXT_PAD, y + 7, w - TEXT_PAD - ICON_ROOM, m.topic_size, m.topic_lines)
    h = lines[-1].y - y + 9
    return Node("topic", topic, f"{m.name}-{topic.slug}", x, y, w, h, tuple(lines), x + w - 23, y + h / 2 - 9)


def _path(*points: float) -> str:
    """A cubic Bézier curve: start, two control points, end."""
    x0, y0, *controls = (_short(value) for value in points)
    return f"M{x0} {y0}C" + " ".join(str(value) for value in controls)


def _arc(source: Node, target: Node) -> Edge:
    """From a topic to a later one of its card, bowing left into the card's margin: further when further apart."""
    x, y1, y2 = source.x - 1, source.y + source.h / 2, target.y + target.h / 2
    bow = x - 1.33 * min(ARC_ROOM - 3, 4 + (y2 - y1) / 12)
    return Edge("topic", source.id, target.id, _path(x, y1, bow, y1, bow, y2, x - 1, y2))


def _card(skill: SkillStop, x: float, y: float, m: Metrics) -> Card:
    w = m.column_width
    skill_node = _skill_node(skill, x + PAD, y + PAD, w - 2 * PAD, m)
    topics, top = [], skill_node.y + skill_node.h + TOPIC_GAP + 2
    for topic in skill.topics:
        node = _topic_node(topic, x + PAD + ARC_ROOM, top, w - 2 * PAD - ARC_ROOM, m)
        topics.append(node)
        top = node.y + node.h + TOPIC_GAP
    by_pk = {node.stop.pk: node for node in topics}
    arcs = [
        _arc(by_pk[prerequisite.pk], node)
        for node in topics
        for prerequisite in node.stop.prerequisites
        if prerequisite.pk in by_pk and by_pk[prerequisite.pk].y < node.y
    ]
    return Card(x, y, w, top - TOPIC_GAP + PAD - y, skill_node, topics, arcs)


def _skill_edge(source: Node, target: Node) -> Edge:
    """From a skill's right side to a later column's skill's left side."""
    x1, y1, x2, y2 = source.x + source.w, source.y + 18, target.x - 2, target.y + 18
    middle = (x1 + x2) / 2
    return Edge("skill", source.id, target.id, _path(x1, y1, middle, y1, middle, y2, x2, y2))


def layout(steps: list[Step], m: Metrics) -> Layout:
    columns: list[Column] = []
    y = 0.0
    for index, step in enumerate(steps):
        x = 0 if m.stacked else index * (m.column_width + m.column_gap)
        if not m.stacked:
            y = 0.0
        heading = Text(x, y + HEADING_SIZE, f"Step {step.number}", HEADING_SIZE)
        y += HEADING_SIZE + 10
        cards = []
        for skill in step.skills:
            cards.append(_card(skill, x, y, m))
            y += cards[-1].h + CARD_GAP
        columns.append(Column(heading, cards))
        y += 8 if m.stacked else 0
    skill_nodes = {card.skill.stop.pk: card.skill for column in columns for card in column.cards}
    edges = (
        []
        if m.stacked
        else [
            _skill_edge(skill_nodes[prerequisite.pk], node)
            for node in skill_nodes.values()
            for prerequisite in node.stop.prerequisites
            if prerequisite.step < node.stop.step
        ]
    )
    width = m.column_width if m.stacked else len(steps) * (m.column_width + m.column_gap) - m.column_gap
    bottom = max((card.y + card.h for column in columns for card in column.cards), default=HEADING_SIZE)
    return Layout(m.name, max(width, m.column_width), bottom + 2, columns, edges)


def build(skills: Sequence[SkillSpec]) -> Roadmap:
    steps = plan(skills)
    return Roadmap(steps=steps, wide=layout(steps, WIDE), narrow=layout(steps, NARROW))
