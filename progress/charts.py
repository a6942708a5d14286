"""Geometry for the dashboard's server-rendered SVG charts; templates draw the shapes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

LEVEL_CHART_WIDTH = 400
ROW_HEIGHT = 28


@dataclass(frozen=True)
class LevelBar:
    name: str
    y: int
    level_width: int
    target_width: int
    level: int
    target: int


def level_bars(items) -> dict:
    """One row per skill: the learner's level as a filled bar over an outline of the target."""
    scale = LEVEL_CHART_WIDTH / 4
    bars = [
        LevelBar(
            name=item.skill.name,
            y=index * ROW_HEIGHT,
            level_width=round(item.level * scale),
            target_width=round(item.target * scale),
            level=item.level,
            target=item.target,
        )
        for index, item in enumerate(items)
    ]
    ticks = [{"level": level, "x": round(level * scale)} for level in range(5)]
    return {"bars": bars, "ticks": ticks, "width": LEVEL_CHART_WIDTH, "height": len(bars) * ROW_HEIGHT}


def progress_line(series: list[tuple[datetime, int]], width: int = 600, height: int = 160) -> dict | None:
    """A polyline of overall progress over time; None until there are two points to join."""
    if len(series) < 2:
        return None
    start, end = series[0][0], series[-1][0]
    span = (end - start).total_seconds() or 1
    points = [
        (round(width * (moment - start).total_seconds() / span, 1), round(height - height * percent / 100, 1))
        for moment, percent in series
    ]
    return {
        "points": " ".join(f"{x},{y}" for x, y in points),
        "width": width,
        "height": height,
        "start": start,
        "end": end,
        "last_percent": series[-1][1],
        "gridlines": [{"percent": p, "y": round(height - height * p / 100, 1)} for p in (0, 25, 50, 75, 100)],
    }
