#!/usr/bin/python3
# Reads back the workbook that test-xlsx.c /io/xlsx/readback writes and
# checks it with openpyxl, as a client would see it. Run with Debian's
# /usr/bin/python3 (python3-openpyxl); exits 77 if openpyxl is missing.
import datetime
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
long_name = "会議・出席者一覧（令和8年度第1回在宅医療介護連携推進会議・追加分）"[:31]
check("sheet names", wb.sheetnames,
      ["資源一覧： 医療／介護", "資源一覧： 医療／介護 (2)", long_name, "_list1"])
check("list sheet hidden", wb["_list1"].sheet_state, "hidden")
check("list sheet values", [c.value for c in wb["_list1"]["A"]][:3], ["札幌市", "函館市", "小樽市"])
check("list sheet length", wb["_list1"].max_row, 60)
check("title", wb.properties.title, "在宅医療資源一覧")

ws = wb["資源一覧： 医療／介護"]
check("merged title", [str(r) for r in ws.merged_cells.ranges], ["A1:H1"])
check("A1", ws["A1"].value, "在宅医療資源一覧")
check("A1 bold 14", (ws["A1"].font.b, ws["A1"].font.sz), (True, 14))
check("headings", [c.value for c in ws[3]],
      ["ID", "名称", "開設日", "病床数", "在宅対応率", "訪問診療", "市町村", "更新日時"])
check("heading style", (ws["B3"].font.b, ws["B3"].fill.fgColor.rgb, ws["B3"].alignment.wrap_text,
                        ws["B3"].alignment.horizontal, ws["B3"].border.left.style),
      (True, "FFDDEBF7", True, "center", "thin"))
check("font", ws["B4"].font.name, "ＭＳ Ｐゴシック")
check("ID stays text", ws["A4"].value, "0100000000001")
check("wrapped text", ws["B4"].value, "医療法人社団　髙﨑会\n在宅医療クリニック")
check("text style", (ws["B4"].alignment.wrap_text, ws["B4"].alignment.vertical), (True, "top"))
check("date", ws["C4"].value, datetime.datetime(2026, 6, 1))
check("date format", ws["C4"].number_format, "yyyy/mm/dd")
check("integer", ws["D4"].value, 120)
check("integer format", ws["D4"].number_format, "#,##0")
check("big integer", ws["D5"].value, 1234567)
check("percent", (ws["E4"].value, ws["E4"].number_format), (0.25, "0.0%"))
check("datetime", (ws["H4"].value, ws["H4"].number_format),
      (datetime.datetime(2026, 6, 1, 14, 30), "yyyy/mm/dd hh:mm"))
check("input style", (ws["F5"].value, ws["F5"].fill.fgColor.rgb, ws["F5"].protection.locked),
      (None, "FFFFF2CC", False))
check("NULL is blank", ws["B5"].value, None)
check("not a date stays text", ws["C5"].value, "令和8年6月")

check("freeze panes", ws.freeze_panes, "A4")
check("print titles", ws.print_title_rows, lambda v: v in ("$3:$3", "3:3"))
check("paper A4", str(ws.page_setup.paperSize), "9")
check("landscape", ws.page_setup.orientation, "landscape")
check("fit to page", ws.sheet_properties.pageSetUpPr.fitToPage, True)
check("fit 1 wide", ws.page_setup.fitToWidth, lambda v: v in (None, 1, "1"))
check("any height", ws.page_setup.fitToHeight, lambda v: v in (0, "0"))
check("autofilter", ws.auto_filter.ref, "A3:H5")
check("header left", ws.oddHeader.left.text, lambda v: v in ("R&D 連携拠点", "R&&D 連携拠点"))
check("header center", ws.oddHeader.center.text, "在宅医療資源一覧")
check("header right", ws.oddHeader.right.text, "2026年6月1日")
check("footer left", ws.oddFooter.left.text, "個人情報　取扱注意")
check("footer page number", ws.oddFooter.center.text, "&P / &N")

dvs = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
check("validations", sorted(dvs), ["F4:F21", "G4:G21"])
check("short list inline", (dvs["F4:F21"].type, dvs["F4:F21"].formula1), ("list", '"可,不可,要相談"'))
check("long list on hidden sheet", dvs["G4:G21"].formula1, "'_list1'!$A$1:$A$60")

widths = {k: v.width for k, v in ws.column_dimensions.items()}
check("ID width", widths.get("A"), lambda w: w is not None and 14 <= w <= 17)
check("name width (longest line)", widths.get("B"), lambda w: w is not None and 21 <= w <= 24)

ws3 = wb[long_name]
check("portrait", ws3.page_setup.orientation, "portrait")
check("decimal", (ws3["A2"].value, ws3["A2"].number_format), (3.14159, "#,##0.00"))
check("long header cut to 255", len(ws3.oddHeader.center.text or ""), lambda n: 0 < n <= 255)
check("long header ends with …", (ws3.oddHeader.center.text or "")[-1:], "…")
check("& escaped in footer", ws3.oddFooter.right.text, lambda v: v in ("p&q", "p&&q"))
check("no freeze without headings", ws3.freeze_panes, None)

print("%d passed, %d failed" % (passed, len(failures)))
sys.exit(1 if failures else 0)
