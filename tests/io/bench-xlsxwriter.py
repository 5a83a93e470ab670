#!/usr/bin/python3
# bench-xlsxwriter.py — the yardstick for the directory's xlsx export:
# python3-xlsxwriter in constant-memory mode writing the same cells.
#
#   bench-xlsxwriter.py CELLS.tsv OUT.xlsx
#
# CELLS.tsv has one cell a line: row, column, type (s string, n number,
# d date YYYY-MM-DD) and value, tab-separated, rows in order (the export
# benchmark writes it). Reading it is not timed; writing is, from
# Workbook() to close(). Prints "seconds=S cells=N".
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import sys
import time

try:
    import xlsxwriter
except ImportError:
    print("python3-xlsxwriter is not installed", file=sys.stderr)
    sys.exit(77)

cells = []
with open(sys.argv[1], encoding="utf-8", newline="\n") as f:
    for line in f:
        row, col, kind, value = line.rstrip("\n").split("\t", 3)
        value = (value.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
                 .replace("\\\\", "\\"))
        if kind == "n":
            value = float(value)
        elif kind == "d":
            value = datetime.datetime.strptime(value, "%Y-%m-%d")
        cells.append((int(row), int(col), kind, value))

start = time.monotonic()
wb = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
ws = wb.add_worksheet("Resources")
heading = wb.add_format({"bold": True, "text_wrap": True, "border": 1, "font_name": "ＭＳ Ｐゴシック"})
text = wb.add_format({"text_wrap": True, "border": 1, "valign": "top", "font_name": "ＭＳ Ｐゴシック"})
date = wb.add_format({"num_format": "yyyy/mm/dd", "border": 1, "font_name": "ＭＳ Ｐゴシック"})
number = wb.add_format({"num_format": "#,##0", "border": 1, "font_name": "ＭＳ Ｐゴシック"})
ws.set_landscape()
ws.set_paper(9)
ws.fit_to_pages(1, 0)
ws.repeat_rows(0)
ws.freeze_panes(1, 0)
last_row = last_col = 0
for row, col, kind, value in cells:
    if kind == "n":
        ws.write_number(row, col, value, number)
    elif kind == "d":
        ws.write_datetime(row, col, value, date)
    else:
        ws.write_string(row, col, value, heading if row == 0 else text)
    last_row = max(last_row, row)
    last_col = max(last_col, col)
ws.autofilter(0, 0, last_row, last_col)
wb.close()
print("seconds=%.3f cells=%d" % (time.monotonic() - start, len(cells)))
