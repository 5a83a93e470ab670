#!/usr/bin/python3
# The prefectural submission workbook as an official receives it:
# exported by renkei-cli from the sample workspace, read back with openpyxl
# and compared sheet by sheet with the workspace itself (read here with
# sqlite3, not through Renkei), converted to PDF by LibreOffice and checked
# for A4 pages; a coordinator's own template; broken templates and a
# workbook open elsewhere; and the time an export takes.
#
# Run by Debian's /usr/bin/python3 (python3-openpyxl); the LibreOffice part
# is skipped when libreoffice is not installed.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import glob
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

try:
    import openpyxl
except ImportError:
    print("1..0 # SKIP python3-openpyxl is not installed")
    sys.exit(0)

BUILD = os.environ["RK_BUILD_ROOT"]
CLI = os.path.join(BUILD, "src", "cli", "renkei-cli")
OUT_DIR = os.environ.get("G_TEST_BUILDDIR", tempfile.gettempdir())
TESTS = []

PROFESSIONS = {
    "public_health_nurse": "保健師", "nurse": "看護師", "social_worker": "社会福祉士",
    "care_manager": "介護支援専門員", "medical_social_worker": "医療ソーシャルワーカー",
    "physician": "医師", "pharmacist": "薬剤師", "therapist": "リハビリ専門職（PT・OT・ST）",
    "dietitian": "管理栄養士・栄養士", "administrative": "事務職員", "dentist": "歯科医師",
    "dental_hygienist": "歯科衛生士", "care_worker": "介護職員",
    "disability_counselor": "相談支援専門員", "paramedic": "救急隊員",
}
CATEGORIES = {"training": "研修", "sharing": "情報共有", "outreach": "普及啓発"}


def work_item(category, kind):
    if category == "sharing":
        return "ア" if kind == "resource_list" else "エ"
    return "キ" if category == "outreach" else "カ"


def test(fn):
    TESTS.append(fn)
    return fn


def cli(*args, lang="ja_JP.UTF-8"):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="",
               RENKEI_LOCALEDIR=os.path.join(BUILD, "po"))
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def tmpdir():
    return tempfile.mkdtemp(prefix="rk-submission-")


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


_sample = None


def sample():
    """The sample workspace, made once."""
    global _sample
    if _sample is None:
        _sample = os.path.join(tmpdir(), "sample.renkei")
        r = cli("sample", _sample)
        assert r.returncode == 0, r
    return _sample


def export(out, *extra, year="2026"):
    r = cli("export-submission", sample(), out, "--year", year, *extra)
    assert r.returncode == 0 and r.stderr == "", r
    return openpyxl.load_workbook(out)


def query(sql, *params):
    # Read-only and immutable: the test never changes the workspace.
    db = sqlite3.connect(f"file:{sample()}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def rows_of(ws, first_row):
    """The rows of a table from first_row down to the last written row."""
    return [[c.value for c in row] for row in ws.iter_rows(min_row=first_row, max_row=ws.max_row)]


def check_print(ws, landscape, title_rows, base="さくら在宅医療連携拠点"):
    assert str(ws.page_setup.paperSize) == "9", ws.page_setup.paperSize
    assert ws.page_setup.orientation == ("landscape" if landscape else "portrait"), ws.title
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    # libxlsxwriter leaves out fitToWidth=1, the default (TESTING-NOTES §5).
    assert ws.page_setup.fitToWidth in (None, 1, "1"), ws.page_setup.fitToWidth
    assert ws.page_setup.fitToHeight in (0, "0"), ws.page_setup.fitToHeight
    if title_rows is None:
        assert ws.print_title_rows is None, ws.print_title_rows
    else:
        assert ws.print_title_rows in (f"${title_rows}:${title_rows}", f"{title_rows}:{title_rows}"), \
            ws.print_title_rows
        assert ws.freeze_panes == f"A{title_rows + 1}", ws.freeze_panes
    assert ws.oddHeader.left.text == base, ws.oddHeader.left.text
    assert ws.oddHeader.center.text == ws.title, ws.oddHeader.center.text
    assert ws.oddHeader.right.text == "令和8年度", ws.oddHeader.right.text
    assert ws.oddFooter.center.text == "&P / &N", ws.oddFooter.center.text
    assert ws.oddFooter.left.text == "青葉県 さくら圏域", ws.oddFooter.left.text
    assert ws.oddFooter.right.text.startswith("作成日 "), ws.oddFooter.right.text


@test
def default_workbook_matches_the_workspace():
    out = os.path.join(tmpdir(), "県提出用.xlsx")
    wb = export(out)
    assert wb.sheetnames == ["拠点基本情報", "研修・普及啓発実績", "推進事業の取組状況"], wb.sheetnames
    assert wb.properties.creator == "さくら在宅医療連携拠点", wb.properties.creator

    # ---- 拠点基本情報: the profile form, the staff, the municipalities
    ws = wb["拠点基本情報"]
    check_print(ws, landscape=False, title_rows=None)
    assert ws["A1"].value == "在宅医療に必要な連携を担う拠点　基本情報（令和8年度）"
    assert ws["A1"].font.b and ws["A1"].font.sz == 14
    assert ws["A2"].value.startswith("さくら在宅医療連携拠点"), ws["A2"].value
    assert "2026年4月1日" in ws["A2"].value and "2027年3月31日" in ws["A2"].value, ws["A2"].value

    (name, operator, address, phone, email, notes, as_of, prefecture), = query(
        "SELECT name, operator, address, phone, email, notes, as_of, prefecture FROM profile")
    form = {}
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
        if row[0].value and row[0].font.b and row[0].fill.fgColor.rgb == "FFF2F2F2":
            form[row[0].value] = row[1].value
    assert form["拠点の名称"] == name, form
    assert form["運営主体"] == operator
    assert form["設置主体の種別"] == "医師会等関係団体", form["設置主体の種別"]
    assert form["所在地"] == address and form["電話番号"] == phone and form["メールアドレス"] == email
    assert form["備考"] == notes
    assert form["都道府県"] == prefecture
    assert form["在宅医療の圏域の設定単位"] == "二次医療圏"
    assert form["情報の時点"] == "2026年10月時点", form["情報の時点"]
    staff = query("SELECT profession, headcount FROM staff ORDER BY position, id")
    total = sum(h for _, h in staff)
    expected_staff = f"{total}人（" + "、".join(f"{PROFESSIONS[p]} {h}人" for p, h in staff) + "）"
    assert form["担当者（人数・職種内訳）"] == expected_staff, form["担当者（人数・職種内訳）"]
    towns = query("SELECT name, population, elderly_population FROM municipality ORDER BY position, id")
    assert form["対象圏域の市町村"] == "、".join(t for t, _, _ in towns)
    assert form["対象圏域の人口規模（人口・老年人口、市町村ごと）"] == "\n".join(
        f"{t} 人口：{p:,}人、老年人口：{o:,}人" for t, p, o in towns), form
    # Form values span the sheet: merged from B to the last column.
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A1:E1" in merged, merged
    value_row = next(r[0].row for r in ws.iter_rows(min_row=5) if r[0].value == "拠点の名称")
    assert f"B{value_row}:E{value_row}" in merged, merged

    # The staff table, with its total.
    head = next(r[0].row for r in ws.iter_rows(min_row=5) if r[0].value == "職種")
    got = rows_of(ws, head + 1)[:len(staff) + 1]
    assert [r[:2] for r in got] == [[PROFESSIONS[p], h] for p, h in staff] + [["合計", total]], got

    # The municipalities, with population and ageing rate, and the total.
    head = next(r[0].row for r in ws.iter_rows(min_row=5) if r[0].value == "市区町村コード")
    assert [c.value for c in ws[head]] == ["市区町村コード", "市区町村名", "人口", "老年人口", "高齢化率"]
    got = rows_of(ws, head + 1)
    codes = query("SELECT code FROM municipality ORDER BY position, id")
    assert len(got) == len(towns) + 1, got
    for (code,), (town, pop, old), row in zip(codes, towns, got):
        assert row[:4] == [code, town, pop, old], row
        assert abs(row[4] - old / pop) < 1e-9, row
    assert got[-1][1:4] == ["合計", sum(p for _, p, _ in towns), sum(o for _, _, o in towns)], got[-1]
    assert ws.cell(head + 1, 3).number_format == "#,##0"
    assert ws.cell(head + 1, 5).number_format == "0.0%"

    # ---- 研修・普及啓発実績: one row per record of fiscal 2026, in date order
    ws = wb["研修・普及啓発実績"]
    check_print(ws, landscape=True, title_rows=4)
    assert ws["A1"].value == "研修・普及啓発の実施状況（令和8年度）"
    headings = [c.value for c in ws[4]]
    assert headings == ["No.", "実施日", "区分", "推進事業の項目", "方法・媒体", "テーマ・名称", "対象者",
                        "参加者の職種内訳", "参加者数・配布数", "周知・配布方法", "共催・協力",
                        "評価・成果", "県確認"], headings
    records = query("SELECT id, held_on, category, kind, title, audience, channel, partners,"
                    " evaluation, reach FROM activity"
                    " WHERE held_on >= '2026-04-01' AND held_on < '2027-04-01' ORDER BY held_on, id")
    got = rows_of(ws, 5)
    assert len(got) == len(records) == 11, (len(got), len(records))
    for n, (rec, row) in enumerate(zip(records, got), 1):
        aid, held_on, category, kind, title, audience, channel, partners, evaluation, reach = rec
        parts = query("SELECT profession, headcount FROM activity_participant WHERE activity_id = ?"
                      " ORDER BY position, id", aid)
        assert row[0] == n, row
        assert row[1] == datetime.datetime.fromisoformat(held_on), row
        assert row[2] == CATEGORIES[category], row
        assert row[3] == work_item(category, kind), row
        assert row[5] == title and row[6] == audience, row
        assert row[9] == (channel or None) and row[10] == (partners or None), row
        assert row[11] == (evaluation or None), row
        if category == "training":
            assert row[7] == "、".join(f"{PROFESSIONS[p]} {h}" for p, h in parts), row
            assert row[8] == sum(h for _, h in parts), row
        else:
            assert row[7] is None and row[8] == reach, row
        assert row[12] is None, row
    assert ws["B5"].number_format == "yyyy/mm/dd"
    assert ws["I5"].number_format == "#,##0"
    assert ws["M5"].fill.fgColor.rgb == "FFFFF2CC" and ws["M5"].protection.locked is False
    assert ws.auto_filter.ref == f"A4:M{4 + len(records)}", ws.auto_filter.ref
    dvs = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert list(dvs) == [f"M5:M{4 + len(records)}"], list(dvs)
    assert dvs[f"M5:M{4 + len(records)}"].formula1 == '"確認済,要確認"'
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:M1", "A2:M2"}
    # Japanese text fits: no text column narrower than 14 characters, and
    # rows of long text are taller than one line.
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert all(widths[c] >= 14 for c in "EFGHJKL"), widths
    assert ws.row_dimensions[6].height >= 30, ws.row_dimensions[6].height

    # ---- 推進事業の取組状況: the items ア〜ク, counted from the records
    ws = wb["推進事業の取組状況"]
    check_print(ws, landscape=True, title_rows=4)
    assert [c.value for c in ws[4]] == ["項目", "事業項目", "実施状況", "件数",
                                        "主な取組（Renkei の記録から）", "県確認", "県記入欄"]
    got = rows_of(ws, 5)
    assert [r[0] for r in got] == list("アイウエオカキク"), got
    assert got[0][1] == "地域の医療・介護の資源の把握", got[0]
    assert got[7][1] == "関係市区町村の連携", got[7]
    counts = {}
    for _, _, category, kind, *_ in records:
        counts[work_item(category, kind)] = counts.get(work_item(category, kind), 0) + 1
    for row in got:
        letter = row[0]
        if letter in "アエカキ":
            assert row[3] == counts.get(letter, 0), row
            assert row[2] == ("実施" if counts.get(letter) else None), row
        else:
            # Nothing in Renkei answers these yet: left to the coordinator.
            assert row[2] is None and row[3] is None, row
    training = [r[4] for r in records if r[2] == "training"]
    assert got[5][4] == f"研修 {len(training)}件：" + "、".join(training), got[5][4]
    assert got[7][4] == "対象圏域の市町村：さくら市、みなと町、やまべ村", got[7][4]
    dvs = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert dvs == {"C5:C12": '"実施,一部実施,未実施"', "F5:F12": '"確認済,要確認,要ヒアリング"'}, dvs
    assert ws["C5"].fill.fgColor.rgb == "FFFFF2CC" and ws["G5"].fill.fgColor.rgb == "FFFFF2CC"


@test
def fiscal_year_cuts_at_april_first():
    wb = export(os.path.join(tmpdir(), "fy2025.xlsx"), year="令和7")
    got = rows_of(wb["研修・普及啓発実績"], 5)
    dates = [r[1].date().isoformat() for r in got]
    assert dates == ["2025-11-12", "2026-03-31"], dates
    assert wb["推進事業の取組状況"].oddHeader.right.text == "令和7年度"
    assert wb["拠点基本情報"]["A1"].value.endswith("（令和7年度）")

    # A year without records still has every sheet, saying so.
    wb = export(os.path.join(tmpdir(), "fy2020.xlsx"), year="2020")
    ws = wb["研修・普及啓発実績"]
    assert ws["A5"].value == "（該当なし）", ws["A5"].value
    assert "A5:M5" in {str(r) for r in ws.merged_cells.ranges}
    assert not ws.data_validations.dataValidation
    assert [r[3] for r in rows_of(wb["推進事業の取組状況"], 5)][:6] == [0, None, None, 0, None, 0]


CUSTOM = """\
# 青葉県の様式：シートの順序、列の順序と見出しを変えたもの
[様式3 推進事業]
@data = work_items
name = 事業名
item = 記号
count

[様式2 研修実績]
@title = {都道府県} 研修等実績報告（{西暦年度}）
@orientation = 縦
@data = activities
title = 研修名
date = 開催日
participants.nurse = 看護師数
participants.physician = 医師数
count = 合計人数
@input 評価 = Ａ、Ｂ、Ｃ
"""


@test
def custom_template_reorders_and_renames():
    d = tmpdir()
    template = os.path.join(d, "青葉県様式.txt")
    with open(template, "w", encoding="utf-8") as f:
        f.write(CUSTOM)
    check = cli("submission-template", "--check", template)
    assert check.returncode == 0 and check.stdout == "様式3 推進事業\n様式2 研修実績\n", check

    wb = export(os.path.join(d, "custom.xlsx"), "--template", template)
    assert wb.sheetnames == ["様式3 推進事業", "様式2 研修実績"], wb.sheetnames

    ws = wb["様式3 推進事業"]
    assert [c.value for c in ws[4]] == ["事業名", "記号", "件数"], [c.value for c in ws[4]]
    assert ws["A5"].value == "地域の医療・介護の資源の把握" and ws["B5"].value == "ア"
    # No title given: the sheet's name.
    assert ws["A1"].value == "様式3 推進事業"

    ws = wb["様式2 研修実績"]
    assert ws["A1"].value == "青葉県 研修等実績報告（2026年度）", ws["A1"].value
    assert ws.page_setup.orientation == "portrait"
    assert [c.value for c in ws[4]] == ["研修名", "開催日", "看護師数", "医師数", "合計人数", "評価"]
    got = rows_of(ws, 5)
    first = query("SELECT a.title, a.held_on,"
                  " (SELECT total(headcount) FROM activity_participant WHERE activity_id = a.id AND profession = 'nurse'),"
                  " (SELECT total(headcount) FROM activity_participant WHERE activity_id = a.id AND profession = 'physician'),"
                  " (SELECT total(headcount) FROM activity_participant WHERE activity_id = a.id)"
                  " FROM activity a WHERE category = 'training' AND held_on >= '2026-04-01'"
                  " ORDER BY held_on, id LIMIT 1")[0]
    assert got[1][0] == first[0], got[1]
    assert got[1][1] == datetime.datetime.fromisoformat(first[1])
    assert got[1][2:5] == [first[2], first[3], first[4]], got[1]
    dvs = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert dvs == {f"F5:F{4 + len(got)}": '"Ａ,Ｂ,Ｃ"'}, dvs


@test
def broken_template_names_the_line_and_writes_nothing():
    d = tmpdir()
    out = os.path.join(d, "報告.xlsx")
    with open(out, "wb") as f:
        f.write(b"the previous export")
    before = sha(out)
    cases = [
        ("[研修]\n@data = activities\ndate = 日付\nこれは壊れた行\n", "4行目", "書き方"),
        ("[研修]\n@data = activities\n\ndat = 日付\n", "4行目", "「dat」"),
        ("[会議]\n@data = meetings\n", "2行目", "「meetings」"),
    ]
    for text, line, words in cases:
        template = os.path.join(d, "mine.txt")
        with open(template, "w", encoding="utf-8") as f:
            f.write(text)
        r = cli("export-submission", sample(), out, "--year", "2026", "--template", template)
        assert r.returncode == 1, r
        assert r.stderr.startswith("renkei-cli: mine.txt、" + line) or \
            (template + "、" + line) in r.stderr, r.stderr
        assert r.stderr.count("\n") == 1 and words in r.stderr, r.stderr
    assert sha(out) == before
    assert sorted(os.listdir(d)) == ["mine.txt", "報告.xlsx"], os.listdir(d)

    r = cli("export-submission", sample(), out, "--year", "平成", "--template", template)
    assert r.returncode == 2 and "平成" in r.stderr, r


@test
def workbook_open_elsewhere_is_refused():
    d = tmpdir()
    out = os.path.join(d, "報告.xlsx")
    export(out)
    before = sha(out)
    lock = os.path.join(d, ".~lock.報告.xlsx#")
    with open(lock, "w") as f:
        f.write("someone,host,2026\n")
    r = cli("export-submission", sample(), out, "--year", "2025")
    assert r.returncode == 1, r
    assert "別のプログラムで開かれています" in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert sha(out) == before
    assert sorted(os.listdir(d)) == [".~lock.報告.xlsx#", "報告.xlsx"], os.listdir(d)


@test
def template_verb_prints_lists_and_checks():
    r = cli("submission-template")
    assert r.returncode == 0, r
    with open(os.path.join(os.environ["RENKEI_DATADIR"], "submission-template.txt"), encoding="utf-8") as f:
        assert r.stdout == f.read()

    r = cli("submission-template", "--fields")
    assert r.returncode == 0, r
    for words in ("activities — 研修・普及啓発実績", "    participants.nurse", "看護師",
                  "work_items", "    status", "（手で記入）"):
        assert words in r.stdout, (words, r.stdout)

    d = tmpdir()
    broken = os.path.join(d, "broken.txt")
    with open(broken, "w", encoding="utf-8") as f:
        f.write("[研修]\n@data = activities\n@orientation = 斜め\n")
    r = cli("submission-template", "--check", broken)
    assert r.returncode == 1 and "broken.txt、3行目" in r.stderr and "斜め" in r.stderr, r


@test
def export_takes_under_a_second():
    d = tmpdir()
    times = []
    for i in range(3):
        start = time.perf_counter()
        r = cli("export-submission", sample(), os.path.join(d, f"t{i}.xlsx"), "--year", "2026")
        times.append(time.perf_counter() - start)
        assert r.returncode == 0, r
    print(f"# export-submission of the sample (whole renkei-cli run): best {min(times) * 1000:.0f} ms,"
          f" worst {max(times) * 1000:.0f} ms", flush=True)
    assert min(times) < 1.0, times


@test
def libreoffice_prints_a4():
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None:
        # CI installs it (tools/deps.sh): there, its absence is a failure.
        if os.environ.get("RK_REQUIRE_LIBREOFFICE") == "1" or os.environ.get("CI"):
            raise AssertionError("libreoffice is not installed")
        print("# SKIP libreoffice is not installed")
        return
    d = tmpdir()
    xlsx = os.path.join(d, "submission.xlsx")
    export(xlsx)
    profile = os.path.join(tempfile.gettempdir(), f"lo-submission-test-{os.getuid()}")
    r = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "pdf", "--outdir", d, xlsx],
                       capture_output=True, text=True, timeout=120)
    pdf = os.path.join(d, "submission.pdf")
    assert r.returncode == 0 and os.path.exists(pdf), r
    assert "Error" not in r.stderr and "error" not in r.stdout.lower(), r

    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", pdf], capture_output=True, text=True).stdout
    sizes = [line.split(":", 1)[1].split("pts")[0].split(" x ") for line in info.splitlines()
             if line.startswith("Page") and " size:" in line]
    assert len(sizes) >= 3, info
    for n, (w, h) in enumerate(sizes, 1):
        w, h = float(w), float(h)
        assert sorted((round(w), round(h))) == [595, 842], (n, w, h)
    # The base profile is portrait, the wide tables landscape.
    assert float(sizes[0][0]) < float(sizes[0][1]) and float(sizes[-1][0]) > float(sizes[-1][1]), sizes

    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    for words in ("在宅医療に必要な連携を担う拠点", "研修・普及啓発の実施状況（令和8年度）",
                  "在宅での看取りを支える多職種連携", "地域住民への普及啓発", "令和8年度",
                  "青葉県 さくら圏域", "作成日 "):
        assert words in text, words
    # The page numbers of the footer, "1/4" … (LibreOffice drops the spaces).
    for n in range(1, len(sizes) + 1):
        assert f"{n}/{len(sizes)}" in text.replace(" / ", "/"), n

    # Pages as PNGs, to look at (build/tests/submission-page-*.png).
    for old in glob.glob(os.path.join(OUT_DIR, "submission-page-*.png")):
        os.unlink(old)
    subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(OUT_DIR, "submission-page")],
                   check=True)
    print(f"# {len(sizes)} A4 pages; PNGs in {OUT_DIR}/submission-page-*.png", flush=True)


if __name__ == "__main__":
    print(f"1..{len(TESTS)}", flush=True)
    failed = 0
    for n, fn in enumerate(TESTS, 1):
        try:
            fn()
            print(f"ok {n} {fn.__name__}", flush=True)
        except Exception as e:
            failed += 1
            import traceback
            for line in traceback.format_exc().splitlines():
                print("# " + line)
            print(f"not ok {n} {fn.__name__}", flush=True)
    sys.exit(1 if failed else 0)
