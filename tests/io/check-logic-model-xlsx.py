#!/usr/bin/python3
# Reads back the sample's 看取り model as test-logic-model-io.c exports it
# (in the C locale, so the headings are the English msgids) and checks it
# with openpyxl: MHLW's block layout, merged cells where several rows feed
# one outcome, current and target values, the measures' countermeasures
# from the issue register, the indicator sheet, print setup.
# Exits 77 if openpyxl is missing.
import re
import sys

try:
    import openpyxl
except ImportError:
    print("openpyxl is not installed")
    sys.exit(77)

sys.stdout.reconfigure(encoding="utf-8")
failures = []
passed = 0


def check(what, got, want):
    global passed
    ok = want(got) if callable(want) else got == want
    passed += ok
    print(("ok   " if ok else "FAIL ") + what + ": " + repr(got))
    if not ok:
        failures.append(what)


wb = openpyxl.load_workbook(sys.argv[1])
check("sheets", wb.sheetnames, ["Logic model", "Indicators"])
ws = wb["Logic model"]

headings = [c.value for c in ws[4]]
check("four blocks (the model has a final outcome), the measures' with countermeasures",
      len(headings), 25)
check("measures' block headings", headings[0:7],
      ["#", "Measure", "Output indicator", "Data source", "Current value", "Target value",
       "Countermeasures (issue register)"])
for b, name in enumerate(["Intermediate outcome", "Field outcome", "Final outcome"]):
    want = ["#", name, "Indicator", "Data source", "Current value", "Target value"]
    check("block %d headings" % (b + 1), headings[7 + 6 * b:13 + 6 * b], want)

rows = list(ws.iter_rows(min_row=5, values_only=True))
check("rows: one per measure under each outcome it feeds", len(rows), 7)


def cells(col):
    return [r[col] for r in rows]


# Every box is there; measures that feed two outcomes appear twice.
numbers = [n for n in cells(0) if n]
check("measures", sorted(numbers), ["1-1", "1-2", "1-2", "1-3", "1-4", "1-4", "1-5"])
check("1-1 text", rows[cells(0).index("1-1")][1], "人生会議（ACP）の市民講座を年4回開く")

merged = {str(r) for r in ws.merged_cells.ranges}
# 3-1 and 4-1 span all seven rows (5..11): several rows feed one outcome.
for col in "NOTU":
    check("outcome cell %s merged over every row" % col, "%s5:%s11" % (col, col) in merged, True)
# 2-1 collects three measures (rows 5-7).
check("2-1 merged", "H5:H7" in merged and "I5:I7" in merged, True)
check("2-1 number", ws["H5"].value, "2-1")
check("2-1 text", ws["I5"].value, "在宅看取りに対応できる医療機関と訪問看護ステーションが増えている")

# Indicators with values: 4-1 在宅死亡者数, current (FY2025 actual) and target.
check("4-1 indicator", ws["V5"].value, "在宅死亡者数（人） ※")
check("4-1 data source", ws["W5"].value, "人口動態統計")
check("4-1 current", ws["X5"].value, 371)
check("4-1 target", ws["Y5"].value, 420)
check("number format", ws["X5"].number_format, "#,##0")
# 2-1 has two indicators: the second fills its remaining rows.
check("2-1 second indicator", ws["J6"].value, "ターミナルケアを実施している訪問看護ステーション数（事業所） ※")
check("2-1 second indicator merged down", "J6:J7" in merged, True)
check("decimal value", ws["L8"].value if ws["H8"].value == "2-2" else None, 24.6)
# The base's own, checked indicators carry no ※.
check("own indicator unmarked", ws["C5"].value, "看取り期の多職種研修の修了者数（人）")
# 1-4 leads straight to 3-1: its intermediate cells are empty.
r14 = cells(0).index("1-4")
check("1-4 skips the intermediate level", rows[r14][7:9], (None, None))

# The countermeasures of the issue register that carry a measure out, one a
# line with their number in the register and status (the sample links two).
actions = {r[0]: r[6] for r in rows if r[0]}
check("1-3 carried out by the rota on trial", actions["1-3"],
      lambda v: v is not None and re.fullmatch(
          r"Countermeasure \d+: 主治医・副主治医制と休日・夜間の当番医をみなと町・やまべ村で試行する"
          r" \(Under way\)", v) is not None)
check("1-5 carried out by the pharmacies' list", actions["1-5"],
      lambda v: v is not None and re.fullmatch(r"Countermeasure \d+: 24時間対応可能な薬局の一覧.* \(Under way\)",
                                               v) is not None)
check("a measure without countermeasures", actions["1-1"], None)
check("countermeasures column wraps", ws["G5"].alignment.wrap_text, True)

check("title", ws["A1"].value, "Logic model 2: 看取り (さくら圏域)")
check("title merged", "A1:Y1" in merged, True)
check("heading style", (ws["B4"].font.b, ws["B4"].border.left.style), (True, "thin"))
check("cell border", ws["B5"].border.left.style, "thin")
check("freeze panes", ws.freeze_panes, "A5")
check("print titles", ws.print_title_rows, lambda v: v in ("$4:$4", "4:4"))
check("A3 for four blocks", str(ws.page_setup.paperSize), "8")
check("landscape", ws.page_setup.orientation, "landscape")
check("fit to width", ws.sheet_properties.pageSetUpPr.fitToPage, True)

ind = wb["Indicators"]
head = [c.value for c in ind[4]]
check("indicator headings", head[:10],
      ["Category", "Functions", "Indicator", "Priority", "Unit", "Data source", "Edition",
       "Source document", "Checked", "Used in boxes"])
check("years", head[10:14], ["FY2022", "FY2023", "FY2024", "FY2025"])
check("target columns", head[14:], ["Target value", "Target year"])
names = [r[2] for r in ind.iter_rows(min_row=5, values_only=True)]
check("one row per indicator", len(names), 9)
row = next(r for r in ind.iter_rows(min_row=5, values_only=True) if r[2] == "在宅死亡者数")
check("unverified carried through", row[8], "Not checked")
check("edition", row[6], "8th medical plan")
check("values by year", row[10:14], (318, 335, 352, 371))
check("target", row[14:16], (420, 2029))
check("used in", row[9], "4-1")
own = next(r for r in ind.iter_rows(min_row=5, values_only=True) if r[2] == "ACP市民講座の参加者数")
check("own indicator checked", own[8], "Checked")
check("autofilter", ind.auto_filter.ref, lambda v: v is not None and v.startswith("A4:"))

print("%d passed, %d failed" % (passed, len(failures)))
sys.exit(1 if failures else 0)
