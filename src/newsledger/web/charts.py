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


def _stack(
    rows: list[dict],
    columns: list[str],
    column: str,
    value: str,
    *,
    left: int,
    width: int,
    height: int,
    labels: int = 10,
) -> tuple[list[tuple[dict, dict]], list[dict], int]:
    """The geometry both stacked-bar charts share: each row's bar (x, y, w, h) stacked on the rows
    of its column drawn before it, about `labels` axis ticks, and the tallest column's total. Rows
    whose column is not in `columns` are left out; `rows` come in drawing order."""
    totals: dict[str, int] = {}
    for r in rows:
        totals[r[column]] = totals.get(r[column], 0) + r[value]
    top = max(totals.values())
    plot_h = height - 22 - 8
    step = (width - left - 4) / len(columns)
    bar_w = max(1.0, step * 0.8)
    index = {c: i for i, c in enumerate(columns)}
    stacked: dict[str, float] = {}
    bars = []
    for r in rows:
        if r[column] not in index:
            continue
        h = plot_h * r[value] / top
        base = stacked.get(r[column], 0.0)
        stacked[r[column]] = base + h
        x, y = left + index[r[column]] * step, 8 + plot_h - base - h
        bars.append((r, {"x": round(x, 1), "y": round(y, 1), "w": round(bar_w, 1), "h": round(h, 1)}))
    every = max(1, len(columns) // labels)
    ticks = [
        {"x": round(left + i * step + bar_w / 2, 1), "label": c}
        for i, c in enumerate(columns)
        if i % every == 0
    ]
    return bars, ticks, top


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
    left, bottom = 34, 22
    stacked, ticks, top = _stack(by_day, days, "day", "n", left=left, width=width, height=height, labels=8)
    bars = [
        {
            **box,
            "fill": colours[r["outlet"]],
            "title": f"{'week of ' if unit == 'week' else ''}{r['day']} {r['outlet'] or '(no outlet)'}: "
            f"{r['n']} article(s)",
            "day": r["day"],
            "until": (dt.date.fromisoformat(r["day"]) + dt.timedelta(6)).isoformat()
            if unit == "week"
            else r["day"],
        }
        for r, box in stacked
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


def _colours(groups: list[str]) -> dict[str, str]:
    """Palette colours per group; "(others)" and "(unattributed)" in greys so the named ones stand out."""
    out, i = {}, 0
    for g in groups:
        if g.startswith("("):
            out[g] = "#bbbbbb" if g == "(others)" else "#dddddd"
        else:
            out[g] = PALETTE[i % len(PALETTE)]
            i += 1
    return out


def stacked_periods(data: list[dict], width: int = 860, height: int = 220) -> dict | None:
    """Stacked bars of statements per period and speaker (rows from `store.read.quoted_over_time`)."""
    if not data:
        return None
    periods = sorted({r["period"] for r in data})
    groups = list(dict.fromkeys(r["speaker"] for r in sorted(data, key=lambda r: -r["statements"])))
    groups = [g for g in groups if not g.startswith("(")] + [g for g in groups if g.startswith("(")]
    colours = _colours(groups)
    order = {g: i for i, g in enumerate(groups)}
    rows = sorted(data, key=lambda r: (r["period"], order[r["speaker"]]))
    left, bottom = 40, 22
    stacked, ticks, top = _stack(rows, periods, "period", "statements", left=left, width=width, height=height)
    bars = [
        {
            **box,
            "fill": colours[r["speaker"]],
            "title": f"{r['period']} {r['speaker']}: {r['statements']} statement(s)",
            "speaker_id": r["speaker_id"],
            "period": r["period"],
        }
        for r, box in stacked
    ]
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "ticks": ticks,
        "top": top,
        "left": left,
        "axis_y": height - bottom + 2,
        "legend": [{"label": g, "fill": colours[g]} for g in groups],
    }


def share_bars(data: list[dict], width: int = 860, row_h: int = 26) -> dict | None:
    """One 100% bar per outlet split by group (rows from `store.read.voices_by_outlet`)."""
    if not data:
        return None
    outlets = list(dict.fromkeys(r["outlet"] for r in data))
    weight: dict[str, int] = {}
    for r in data:
        weight[r["group"]] = weight.get(r["group"], 0) + r["statements"]
    groups = sorted(weight, key=lambda g: (g.startswith("("), -weight[g], g))
    colours = _colours(groups)
    order = {g: i for i, g in enumerate(groups)}
    left = 150
    plot_w = width - left - 10
    rows_out = []
    for i, outlet in enumerate(outlets):
        x = float(left)
        segs = []
        mine = sorted((r for r in data if r["outlet"] == outlet), key=lambda r: order[r["group"]])
        for r in mine:
            w = plot_w * r["share"]
            segs.append(
                {
                    "x": round(x, 1),
                    "w": round(w, 1),
                    "fill": colours[r["group"]],
                    "title": f"{outlet or '(no outlet)'}: {r['group']} {r['statements']} "
                    f"({100 * r['share']:.0f}%)",
                }
            )
            x += w
        rows_out.append(
            {"outlet": outlet or "(no outlet)", "y": 4 + i * row_h, "h": row_h - 6, "segments": segs,
             "total": sum(r["statements"] for r in mine)}
        )  # fmt: skip
    return {
        "width": width,
        "height": 8 + len(outlets) * row_h,
        "left": left,
        "rows": rows_out,
        "legend": [{"label": g, "fill": colours[g]} for g in groups],
    }
