#!/usr/bin/python3
# The meetings verbs of renkei-cli as a coordinator's script uses them:
# the list of meetings, a handout as PDF, and the 会議開催実績 and
# 課題・対応策一覧 workbook read back with openpyxl, compared with the
# workspace itself (read with Python's sqlite3), and opened by LibreOffice.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

CLI = os.path.join(os.environ["RK_BUILD_ROOT"], "src", "cli", "renkei-cli")
TESTS = []
JA = "ja_JP.UTF-8"

# The attendance columns of the 会議開催実績 sheet, and the participant
# categories of the guidebook counted in each (the same list the program
# keeps; a category of the user's own counts as その他).
GROUPS = ["都道府県", "市町村", "保健所", "消防", "医療の団体", "医療機関等", "介護・障害福祉", "その他"]
CATEGORY_GROUP = {
    "prefecture": 0, "municipality": 1, "public_health_center": 2, "fire": 3,
    "medical_association": 4, "dental_association": 4, "pharmacist_association": 4,
    "nursing_association": 4, "home_nursing_council": 4, "msw_association": 4,
    "pt_association": 4, "ot_association": 4, "st_association": 4,
    "dietitian_association": 4, "social_worker_association": 4,
    "care_worker_association": 4,
    "core_medical_institution": 5, "home_care_institution": 5,
    "home_care_support_hospital": 5, "home_care_support_clinic": 5, "pharmacy": 5,
    "home_nursing": 5, "nutrition_care_station": 5,
    "care_manager_association": 6, "social_welfare_council": 6, "independence_council": 6,
    "community_support": 6, "care_management": 6, "home_help": 6, "care_facility": 6,
    "disability_consultation": 6, "core_consultation": 6, "medical_care_child": 6,
    "disability_service": 6,
}
STEPS = ["situation", "issues", "measures"]


def test(fn):
    TESTS.append(fn)
    return fn


def cli(*args, lang=JA):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="",
               RENKEI_LOCALEDIR=os.path.join(os.environ["RK_BUILD_ROOT"], "po"))
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def tmp(name):
    return os.path.join(tempfile.mkdtemp(prefix="rkmeet-"), name)


def sample():
    path = tmp("sample.renkei")
    r = cli("sample", path)
    assert r.returncode == 0, r
    return path


def query(path, sql, *params):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


@test
def meetings_lists_number_date_kind_title():
    ws = sample()
    r = cli("meetings", ws)
    assert r.returncode == 0 and r.stderr == "", r
    lines = r.stdout.splitlines()
    rows = query(ws, "SELECT id, date, title FROM meeting ORDER BY date, start_time, id")
    assert len(lines) == len(rows) == 9, lines
    for line, (mid, date, title) in zip(lines, rows):
        number, shown_date, kind, shown_title = line.split("\t")
        assert (int(number), shown_date, shown_title) == (mid, date, title), line
    assert lines[0].split("\t")[2] == "一次連携（拠点と一職種）", lines[0]
    assert "二次・三次連携" in lines[4] and "全体会議" in lines[8], lines


@test
def handout_writes_a_japanese_pdf():
    ws = sample()
    number = query(ws, "SELECT id FROM meeting WHERE title LIKE '第2回%'")[0][0]
    pdf = tmp("配布資料.pdf")
    r = cli("handout", ws, str(number), pdf)
    assert r.returncode == 0 and r.stderr == "", r
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert "A4" in info, info
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    for want in ("第2回 在宅医療・介護連携会議（二次連携）", "前回からの継続", "現状把握",
                 "未解決の課題と対応策", "参加者", "一般社団法人さくら市医師会"):
        assert want in text, (want, text)


@test
def handout_refuses_what_is_not_a_meeting():
    ws = sample()
    out = tmp("x.pdf")
    r = cli("handout", ws, "second", out)
    assert r.returncode == 2 and "renkei-cli meetings" in r.stderr, r
    r = cli("handout", ws, "999", out)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1, r
    assert "999" in r.stderr and "renkei-cli meetings" in r.stderr, r
    assert not os.path.exists(out)
    r = cli("export-meetings", ws, tmp("y.xlsx"), "--year", "26")
    assert r.returncode == 2, r


def expected_meeting_rows(ws, year):
    first, last = f"{year:04d}-04-01", f"{year + 1:04d}-03-31"
    rows = []
    for mid, date, title, kind, status, joint in query(
            ws, "SELECT id, date, title, kind, status, joint FROM meeting"
                " WHERE date = '' OR date BETWEEN ? AND ? ORDER BY date = '', date, start_time, id",
            first, last):
        counts = [0] * len(GROUPS)
        for category, attended in query(ws, "SELECT category, sum(attended) FROM participant"
                                            " WHERE meeting_id = ? GROUP BY category", mid):
            counts[CATEGORY_GROUP.get(category, 7)] += attended
        steps = [query(ws, "SELECT count(*) FROM agenda_item WHERE meeting_id = ? AND step = ?",
                       mid, s)[0][0] for s in STEPS]
        functions = 0
        for (f,) in query(ws, "SELECT functions FROM agenda_item WHERE meeting_id = ?", mid):
            functions |= f
        rows.append(dict(id=mid, date=date, title=title, kind=kind, status=status, joint=joint,
                         counts=counts, steps=steps, functions=functions))
    return rows


@test
def workbook_equals_the_workspace():
    import openpyxl

    ws = sample()
    out = tmp("会議開催実績.xlsx")
    r = cli("export-meetings", ws, out, "--year", "2026")
    assert r.returncode == 0 and r.stderr == "", r

    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["会議開催実績", "課題・対応策一覧"], wb.sheetnames

    # 会議開催実績: one row per meeting of the year, from row 5.
    sheet = wb["会議開催実績"]
    assert sheet["A1"].value == "会議開催実績 2026年度", sheet["A1"].value
    heading = [c.value for c in sheet[4]]
    assert heading[8:16] == GROUPS and heading[16] == "合計", heading
    assert heading[17:20] == ["現状把握", "課題整理", "対応策の検討"], heading
    assert heading[20:25] == ["退院支援", "日常の療養支援", "急変時の対応", "看取り", "災害時"], heading
    assert sheet["I3"].value == "出席者数（職種・所属別）", sheet["I3"].value

    expected = expected_meeting_rows(ws, 2026)
    assert len(expected) == 9
    kinds = {"primary": "一次連携（拠点と一職種）", "secondary": "二次・三次連携",
             "plenary": "全体会議", "working_group": "ワーキンググループ"}
    statuses = {"planned": "予定", "held": "開催済", "cancelled": "中止"}
    for n, want in enumerate(expected):
        row = [c.value for c in sheet[5 + n]]
        y, m, d = map(int, want["date"].split("-"))
        assert row[0] == want["id"], row
        assert row[1] == datetime.datetime(y, m, d), row
        assert row[3] == want["title"], row
        assert row[4] == kinds[want["kind"]], row
        assert row[6] == ("○" if want["joint"] else None), row
        assert row[7] == statuses[want["status"]], row
        if want["status"] == "held":
            assert row[8:16] == want["counts"], (row, want)
            assert row[16] == sum(want["counts"]), row
        else:
            assert row[8:17] == [None] * 9, row
        assert row[17:20] == want["steps"], (row, want)
        marks = ["○" if want["functions"] & (1 << i) else None for i in range(5)]
        assert row[20:25] == marks, (row, want)
    # The 二次連携 meeting of July: 15 present, 3 of them from municipalities.
    july = next(n for n, w in enumerate(expected) if w["date"] == "2026-07-15")
    assert sheet.cell(5 + july, 10).value == 3 and sheet.cell(5 + july, 17).value == 15
    totals = [c.value for c in sheet[5 + len(expected)]]
    assert totals[3] == "合計" and totals[7] == "開催 7回", totals
    assert totals[16] == sum(w["counts"][g] for w in expected if w["status"] == "held"
                             for g in range(8)), totals

    # Print-ready: A3 landscape (26 columns), one page wide, headings repeated.
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == "8"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows in ("$3:$4", "3:4"), sheet.print_title_rows
    assert sheet.freeze_panes == "A5", sheet.freeze_panes

    # 課題・対応策一覧: one row per countermeasure, or per issue without one.
    sheet = wb["課題・対応策一覧"]
    heading = [c.value for c in sheet[3]]
    assert heading[:2] == ["課題No.", "課題"] and heading[13] == "対応策", heading
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=4)]
    want = query(ws, "SELECT i.id, i.title, c.id, c.what, c.owner, c.due_date"
                     " FROM issue AS i LEFT JOIN countermeasure AS c ON c.issue_id = i.id"
                     " ORDER BY i.id, c.position, c.id")
    assert len(rows) == len(want) == 7, rows
    for row, (iid, title, cid, what, owner, due) in zip(rows, want):
        assert (row[0], row[1], row[12], row[13], row[14]) == (iid, title, cid, what, owner), row
        if due:
            y, m, d = map(int, due.split("-"))
            assert row[15] == datetime.datetime(y, m, d), row
    # Progress notes from later meetings, with their dates.
    medicines = next(r for r in rows if r[1].startswith("夜間・休日の麻薬"))
    assert medicines[10].startswith("2026-07-15 薬剤師会が"), medicines[10]
    assert "（期限超過）" in medicines[16], medicines
    assert sheet.auto_filter.ref.startswith("A3:S"), sheet.auto_filter.ref
    assert sheet.page_setup.orientation == "landscape"

    # Another year holds none of these meetings.
    out2 = tmp("2025.xlsx")
    assert cli("export-meetings", ws, out2, "--year", "2025").returncode == 0
    sheet = openpyxl.load_workbook(out2)["会議開催実績"]
    assert sheet["D5"].value == "合計", [c.value for c in sheet[5]]


@test
def libreoffice_opens_the_workbook():
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if soffice is None:
        print("# SKIP LibreOffice is not installed")
        return
    ws = sample()
    out_dir = tempfile.mkdtemp(prefix="rkmeet-lo-")
    book = os.path.join(out_dir, "meetings.xlsx")
    assert cli("export-meetings", ws, book).returncode == 0
    profile = "file://" + tempfile.mkdtemp(prefix="lo-meetings-")
    r = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                        "--convert-to", "pdf", "--outdir", out_dir, book],
                       capture_output=True, text=True, timeout=180)
    pdf = os.path.join(out_dir, "meetings.pdf")
    assert r.returncode == 0 and os.path.exists(pdf), (r.stdout, r.stderr)
    assert "Error" not in r.stderr, r.stderr
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    for want in ("会議開催実績", "課題・対応策一覧", "第1回 在宅医療・介護連携会議",
                 "24時間対応可能な薬局の一覧"):
        assert want in text.replace("\n", ""), want
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    assert "1190.55 x 841.8" in info, info   # A3 landscape (its first sheet)


if __name__ == "__main__":
    print(f"1..{len(TESTS)}", flush=True)
    failed = 0
    for n, fn in enumerate(TESTS, 1):
        try:
            fn()
        except Exception as e:  # report and go on
            import traceback
            for line in traceback.format_exc().splitlines():
                print("# " + line)
            print(f"not ok {n} {fn.__name__}: {e}".replace("\n", " "), flush=True)
            failed += 1
        else:
            print(f"ok {n} {fn.__name__}", flush=True)
    sys.exit(1 if failed else 0)
