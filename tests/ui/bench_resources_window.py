#!/usr/bin/python3
# The window over the national directory (≈200k resources): how long from
# starting renkei to the first frame that shows the list, and how much
# memory is resident by then. Goals: first frame ≤ 300 ms, < 150 MB.
#
# The workspace is the one the io benchmarks make once in the build tree
# (tests/io/bench-data/national-iryo/search.renkei), through
# `bench-resources workspace`. renkei reports the frame itself
# (RK_BENCH_FIRST_FRAME: the view's after-paint with rows in the list, on
# stderr) and quits (RK_BENCH_QUIT); this script also times the whole run
# from the process's start. Needs a display (xvfb-run), like the GUI tests.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402

RUNS = 5
GOAL_MS = 300
GOAL_MB = 150


def national_workspace():
    out = subprocess.run([rkgui.build_path("tests", "io", "bench-resources"), "workspace"],
                         check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def integrity_check_ms(workspace):
    """What the check on opening a workspace (PRAGMA quick_check, in
    rk-database.c) takes over this file by itself: a part of every first
    frame that does not depend on the tab."""
    times = []
    for _ in range(3):
        with sqlite3.connect(f"file:{workspace}?mode=ro", uri=True) as db:
            t0 = time.monotonic()
            db.execute("PRAGMA quick_check").fetchall()
            times.append((time.monotonic() - t0) * 1000)
    return statistics.median(times)


def one_run(workspace):
    home = tempfile.mkdtemp(prefix="rkbench-home-")
    app = rkgui.Renkei(workspace=workspace, home=home)
    env = app.environment()
    env.update({"RK_BENCH_FIRST_FRAME": "1", "RK_BENCH_QUIT": "1", "G_DEBUG": ""})
    t0 = time.monotonic()
    proc = subprocess.Popen([rkgui.build_path("src", "ui", "renkei"), workspace], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall_ms = None
    figures = None
    for line in proc.stderr:
        m = re.search(r"RK_BENCH first-frame-ms=([\d.]+) rows=(\d+) rss-kb=(\d+)", line)
        if m:
            wall_ms = (time.monotonic() - t0) * 1000
            figures = float(m.group(1)), int(m.group(2)), int(m.group(3))
        elif "CRITICAL" in line or "WARNING" in line:
            print("# " + line.rstrip(), flush=True)
    proc.wait(timeout=60)
    if figures is None:
        raise SystemExit(f"renkei exited with {proc.returncode} before its first frame")
    return wall_ms, figures


def main():
    rkgui.require_display()
    workspace = national_workspace()
    # The same system (fonts, GTK's caches, the file's pages) for every run:
    # one run first to warm them, not counted.
    one_run(workspace)

    walls, views, rss = [], [], []
    rows = 0
    for _ in range(RUNS):
        wall_ms, (view_ms, rows, rss_kb) = one_run(workspace)
        walls.append(wall_ms)
        views.append(view_ms)
        rss.append(rss_kb / 1024)

    wall = statistics.median(walls)
    view = statistics.median(views)
    mb = max(rss)
    print(f"window over {rows} resources ({RUNS} runs, median): first frame {wall:.0f} ms "
          f"from the process's start ({view:.0f} ms from the tab's creation); "
          f"resident {mb:.1f} MB at that frame (goals: ≤ {GOAL_MS} ms, < {GOAL_MB} MB)",
          flush=True)
    print(f"of which the integrity check on opening the workspace takes {integrity_check_ms(workspace):.0f} ms "
          f"(PRAGMA quick_check over {os.path.getsize(workspace) / 1e6:.0f} MB)", flush=True)
    ok = wall <= GOAL_MS and mb < GOAL_MB
    if not ok:
        print("goal missed", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
