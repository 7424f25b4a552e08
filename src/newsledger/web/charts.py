"""Server-drawn SVG charts: geometry computed here, drawn by a template, so pages need no chart library."""

from __future__ import annotations

import datetime as dt

#: Outlet colours, in order of first appearance; readable on white and distinct for colour-blind readers.
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)


def outlet_colours(outlets: list[str]) -> dict[str, str]:
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}


def timeline(by_day: list[dict], width: int = 860, height: int = 180, max_bars: int = 180) -> dict | None:
    """Stacked bars of articles per day and outlet; days without articles are drawn as gaps. Over
    `max_bars` days the bars become weeks (labelled by their Monday), so a year stays readable."""
    if not by_day:
        return None
    unit = "day"
    try:
        span = dt.date.fromisoformat(max(r["day"] for r in by_day)) - dt.date.fromisoformat(
            min(r["day"] for r in by_day)
        )
    except ValueError:
        span = dt.timedelta(0)
    if span.days >= max_bars:
        unit = "week"
        weeks: dict[tuple[str, str], int] = {}
        for r in by_day:
            day = dt.date.fromisoformat(r["day"])
            key = ((day - dt.timedelta(day.weekday())).isoformat(), r["outlet"])
            weeks[key] = weeks.get(key, 0) + r["n"]
        by_day = [{"day": d, "outlet": o, "n": n} for (d, o), n in sorted(weeks.items())]
    days = sorted({r["day"] for r in by_day})
    try:
        first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
        if (last - first).days <= 400:
            step_days = 7 if unit == "week" else 1
            days = [
                (first + dt.timedelta(d)).isoformat() for d in range(0, (last - first).days + 1, step_days)
            ]
    except ValueError:
        pass  # dates that are not ISO days: draw only the days present
    outlets = list(dict.fromkeys(r["outlet"] for r in by_day))
    colours = outlet_colours(outlets)
    totals: dict[str, int] = {}
    for r in by_day:
        totals[r["day"]] = totals.get(r["day"], 0) + r["n"]
    top = max(totals.values())
    left, bottom, plot_h = 34, 22, height - 22 - 8
    step = (width - left - 4) / len(days)
    bar_w = max(1.0, step * 0.8)
    index = {d: i for i, d in enumerate(days)}
    stacked: dict[str, float] = {}
    bars = []
    for r in by_day:
        if r["day"] not in index:
            continue
        h = plot_h * r["n"] / top
        base = stacked.get(r["day"], 0.0)
        stacked[r["day"]] = base + h
        bars.append(
            {
                "x": round(left + index[r["day"]] * step, 1),
                "y": round(8 + plot_h - base - h, 1),
                "w": round(bar_w, 1),
                "h": round(h, 1),
                "fill": colours[r["outlet"]],
                "title": f"{'week of ' if unit == 'week' else ''}{r['day']} {r['outlet'] or '(no outlet)'}: "
                f"{r['n']} article(s)",
                "day": r["day"],
                "until": (dt.date.fromisoformat(r["day"]) + dt.timedelta(6)).isoformat()
                if unit == "week"
                else r["day"],
            }
        )
    every = max(1, len(days) // 8)
    ticks = [
        {"x": round(left + i * step + bar_w / 2, 1), "label": d} for i, d in enumerate(days) if i % every == 0
    ]
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "ticks": ticks,
        "top": top,
        "unit": unit,
        "left": left,
        "axis_y": height - bottom + 2,
        "legend": [{"outlet": o or "(no outlet)", "fill": c} for o, c in colours.items()],
    }
