#!/usr/bin/python3
# The prefectural submission workbook as an official receives it:
# exported by renkei-cli from the sample workspace, read back with openpyxl
# and compared sheet by sheet with the workspace itself (read here with
# sqlite3, not through Renkei) and with the meetings tab's own workbook,
# converted to PDF by LibreOffice and checked for A4 pages; no personal
# value of the register in any cell unless asked for; a coordinator's own
# template; broken templates and a workbook open elsewhere; and the time
# an export takes.
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
import stat
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
SHEETS = ["拠点基本情報", "会議開催実績", "課題・対応策一覧", "研修・普及啓発実績", "資源の状況",
          "資源の一覧", "指標", "ロジックモデル", "災害対策", "推進事業の取組状況"]

# The meetings tab's vocabulary and attendance columns (rk-meeting-terms.c),
# written out here so that the test counts on its own.
MEETING_KINDS = {"primary": "一次連携（拠点と一職種）", "secondary": "二次・三次連携",
                 "plenary": "全体会議", "working_group": "ワーキンググループ",
                 "training": "研修を兼ねる会議"}
MEETING_STATUS = {"planned": "予定", "held": "開催済", "cancelled": "中止"}
CATEGORY_GROUP = {"prefecture": 0, "municipality": 1, "public_health_center": 2, "fire": 3,
                  "core_medical_institution": 5, "home_care_institution": 5,
                  "home_care_support_hospital": 5, "home_care_support_clinic": 5, "pharmacy": 5,
                  "home_nursing": 5, "nutrition_care_station": 5, "other": 7}
for c in ("medical_association", "dental_association", "pharmacist_association", "nursing_association",
          "home_nursing_council", "msw_association", "pt_association", "ot_association",
          "st_association", "dietitian_association", "social_worker_association",
          "care_worker_association"):
    CATEGORY_GROUP[c] = 4
for c in ("care_manager_association", "social_welfare_council", "independence_council",
          "community_support", "care_management", "home_help", "care_facility",
          "disability_consultation", "core_consultation", "medical_care_child", "disability_service"):
    CATEGORY_GROUP[c] = 6
FUNCTIONS = ["退院支援", "日常の療養支援", "急変時の対応", "看取り", "災害時"]
STEP_ORDER = {"situation": 0, "issues": 1, "measures": 2}
ISSUE_STATUS = {"open": "未着手", "in_progress": "対応中", "resolved": "解決", "dropped": "見送り"}
PRIORITY = {"high": "高", "medium": "中", "low": "低"}
ACTION_STATUS = {"planned": "未着手", "in_progress": "実施中", "done": "完了", "cancelled": "中止"}
INDICATOR_CATEGORY = {"structure": "ストラクチャー", "process": "プロセス", "outcome": "アウトカム"}
BCP_KINDS = [("institutional", "機関型BCP"), ("cooperative", "連携型BCP"), ("regional", "地域BCP")]
BCP_STATUS = ["not_started", "drafting", "done", "needs_review"]
# Every kind of RK_TERMS_ORGANIZATION_KIND (src/core/rk-vocabulary.c).
ORG_KINDS = {"hospital": "病院", "clinic": "診療所", "dental_clinic": "歯科診療所", "pharmacy": "薬局",
             "home_nursing": "訪問看護事業所", "home_rehabilitation": "訪問リハビリテーション",
             "nutrition_care_station": "栄養ケア・ステーション", "care_facility": "介護施設",
             "care_management": "居宅介護支援事業所", "home_help": "訪問介護事業所",
             "disability_service": "障害福祉サービス事業所",
             "community_support": "地域包括支援センター",
             "disability_consultation": "基幹相談支援センター・相談支援事業所",
             "fire_department": "消防機関", "association": "団体", "government": "行政機関",
             "other": "その他の機関"}


# The 資源の状況 sheet's columns in the default template: the kinds of
# resources, then the organisations taking part counted together; the key
# capabilities of the coverage table (capability.coverage = 1).
RESOURCE_KINDS = ["hospital", "clinic", "dental_clinic", "pharmacy", "home_nursing", "home_rehabilitation",
                  "nutrition_care_station", "care_facility", "care_management", "home_help",
                  "community_support", "disability_service", "disability_consultation"]
RELATED_KINDS = ["fire_department", "association", "government", "other"]
KEY_CAPABILITIES = ["home_visit", "house_call", "home_death", "around_clock", "terminal_care", "ventilator",
                    "pediatric", "narcotics", "aseptic"]


def fy_bounds(year):
    return f"{year}-04-01", f"{year + 1}-04-01"


def era(year):
    return "令和元年度" if year == 2019 else f"令和{year - 2018}年度"


def functions_text(bits):
    return "、".join(f for i, f in enumerate(FUNCTIONS) if bits & (1 << i)) or None


# A resource's facts or answers checked by the base itself in the year.
CHECKED = ("(o.confirmed_on >= ?1 AND o.confirmed_on < ?2 AND o.confirmed_method IN ('phone', 'survey', 'visit'))"
           " OR EXISTS (SELECT 1 FROM resource_capability rc WHERE rc.organization_id = o.id AND rc.value <> ''"
           " AND rc.confirmed_on >= ?1 AND rc.confirmed_on < ?2 AND rc.confirmed_method IN ('phone', 'survey', 'visit'))")


def work_item_counts(year):
    """What the 推進事業 sheet should count per item, from the rules as
    documented (rk-work-items.c, rk-submission-meetings.c,
    rk-submission-resources.c)."""
    first, nxt = fy_bounds(year)
    held = "status = 'held' AND date >= ?1 AND date < ?2"
    one = lambda sql: query(sql, first, nxt)[0][0]
    activities = {k: one("SELECT count(*) FROM activity WHERE " + w + " AND held_on >= ?1 AND held_on < ?2")
                  for k, w in (("ア", "category = 'sharing' AND kind = 'resource_list'"),
                               ("エ", "category = 'sharing' AND kind <> 'resource_list'"),
                               ("カ", "category = 'training'"), ("キ", "category = 'outreach'"))}
    raised = "coalesce(nullif(raised_on, ''), (SELECT date FROM meeting WHERE id = raised_meeting_id), '')"
    decided = "coalesce(nullif(decided_on, ''), (SELECT date FROM meeting WHERE id = meeting_id), '')"
    return {
        "ア": activities["ア"] + one(f"SELECT count(*) FROM organization o WHERE {CHECKED}"),
        "イ": one(f"SELECT count(*) FROM meeting m WHERE {held} AND EXISTS (SELECT 1 FROM agenda_item"
                  " WHERE meeting_id = m.id AND step IN ('issues', 'measures'))")
              + one(f"SELECT count(*) FROM issue WHERE {raised} >= ?1 AND {raised} < ?2")
              + one(f"SELECT count(*) FROM countermeasure WHERE {decided} >= ?1 AND {decided} < ?2"),
        "ウ": one(f"SELECT count(*) FROM meeting WHERE {held} AND kind = 'working_group'"),
        "エ": activities["エ"],
        "カ": activities["カ"] + one(f"SELECT count(*) FROM meeting WHERE {held} AND kind = 'training'"),
        "キ": activities["キ"],
        "ク": one(f"SELECT count(*) FROM meeting m WHERE {held} AND joint = 1 AND EXISTS (SELECT 1"
                  " FROM participant WHERE meeting_id = m.id AND attended = 1 AND category = 'municipality')"),
    }


def personal_values():
    """Every personal value of the sample's register, four characters and
    more (shorter ones match ordinary text), birth dates in every form."""
    values = set()
    for table, columns in {
        "care_person": ["name", "kana", "address", "phone", "condition", "doctor_name",
                        "backup_notes", "transport", "consent_scope", "notes"],
        "care_contact": ["name", "relation", "phone", "notes"],
        "care_device": ["model", "notes"],
    }.items():
        for row in query(f"SELECT {', '.join(columns)} FROM {table}"):
            values.update(v for v in row if v and len(v) >= 4)
    for (birth,) in query("SELECT birth_date FROM care_person WHERE birth_date <> ''"):
        y, m, d = (int(x) for x in birth.split("-"))
        values.update({birth, f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"})
        values.add(datetime.datetime(y, m, d))
    assert len(values) > 30, values
    return values


def every_text(ws):
    """Everything a reader of the sheet sees: name, cells, header, footer."""
    parts = [ws.title]
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, datetime.datetime):
                parts.extend((c.value.strftime("%Y-%m-%d"), c.value.strftime("%Y/%m/%d")))
            elif c.value is not None:
                parts.append(str(c.value))
    for hf in (ws.oddHeader, ws.oddFooter):
        parts.extend(part.text or "" for part in (hf.left, hf.center, hf.right))
    return "\n".join(parts)


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
    return query_in(sample(), sql, *params)


def query_in(path, sql, *params):
    # Read-only: the test changes a workspace only through a copy.
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def rows_of(ws, first_row):
    """The rows of a table from first_row down to the last written row."""
    return [[c.value for c in row] for row in ws.iter_rows(min_row=first_row, max_row=ws.max_row)]


def check_print(ws, landscape, title_rows, base="さくら在宅医療連携拠点", era_year="令和8年度"):
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
    assert ws.oddHeader.right.text == era_year, ws.oddHeader.right.text
    assert ws.oddFooter.center.text == "&P / &N", ws.oddFooter.center.text
    assert ws.oddFooter.left.text == "青葉県 さくら圏域", ws.oddFooter.left.text
    assert ws.oddFooter.right.text.startswith("作成日 "), ws.oddFooter.right.text


@test
def default_workbook_matches_the_workspace():
    out = os.path.join(tmpdir(), "県提出用.xlsx")
    wb = export(out)
    assert wb.sheetnames == SHEETS, wb.sheetnames
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
    counts = work_item_counts(2026)
    for row in got:
        letter = row[0]
        if letter in counts:
            assert row[3] == counts[letter], (row, counts)
            assert row[2] == ("実施" if counts[letter] else None), row
        else:
            # Nothing in Renkei answers (オ) yet: left to the coordinator.
            assert row[2] is None and row[3] is None, row
    training = [r[4] for r in records if r[2] == "training"]
    assert got[5][4] == f"研修 {len(training)}件：" + "、".join(training), got[5][4]
    joint = [t for t, in query("SELECT title FROM meeting WHERE status = 'held' AND joint = 1"
                               " AND date >= '2026-04-01' AND date < '2027-04-01' ORDER BY date")]
    assert got[7][4] == (f"推進事業と合同で市町村が参加した会議 {len(joint)}件：" + "、".join(joint)
                         + "\n対象圏域の市町村：さくら市、みなと町、やまべ村"), got[7][4]
    # (ア): the resources the base checked in the year (work done), the
    # directory at the year's end (context), the resource lists made.
    checked = query(f"SELECT count(*) FROM organization o WHERE {CHECKED}", "2026-04-01", "2027-04-01")[0][0]
    listed = query("SELECT count(*) FROM organization WHERE (closed = 0 OR closed_on > '2027-03-31')"
                   " AND municipality_code IN (SELECT code FROM municipality)")[0][0]
    maps = [t for t, in query("SELECT title FROM activity WHERE category = 'sharing' AND kind = 'resource_list'"
                              " AND held_on >= '2026-04-01' AND held_on < '2027-04-01' ORDER BY held_on, id")]
    assert checked > 0 and listed > checked and maps, (checked, listed, maps)
    assert got[0][4] == (f"電話・調査票・訪問で情報を確認した資源 {checked}件\n"
                         f"年度末時点で資源の一覧にある圏域内の資源 {listed}件\n"
                         f"資源リスト・マップ {len(maps)}件：" + "、".join(maps)), got[0][4]
    assert got[1][4].startswith("課題整理・対応策の検討を行った会議 7件："), got[1][4]
    assert "\n抽出した課題 5件：" in got[1][4] and " ほか2件" in got[1][4], got[1][4]
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
    assert [r[3] for r in rows_of(wb["推進事業の取組状況"], 5)] == [0, 0, 0, 0, None, 0, 0, 0]


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
        ("[会議]\n@data = meeting\n", "2行目", "「meeting」"),
        ("[モデル]\n@data = logic_models\n@input 確認 = 済\n", "3行目", "「logic_models」"),
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
                  "work_items", "    status", "（手で記入）", "meetings — 会議開催実績",
                  "    attendance.care_welfare", "issues — 課題・対応策一覧", "indicators — 指標",
                  "logic_models — ロジックモデル", "独自の表", "care_counts", "（書いたときだけ）"):
        assert words in r.stdout, (words, r.stdout)

    d = tmpdir()
    broken = os.path.join(d, "broken.txt")
    with open(broken, "w", encoding="utf-8") as f:
        f.write("[研修]\n@data = activities\n@orientation = 斜め\n")
    r = cli("submission-template", "--check", broken)
    assert r.returncode == 1 and "broken.txt、3行目" in r.stderr and "斜め" in r.stderr, r


def sanitized():
    """Whether renkei-cli is built with AddressSanitizer."""
    r = subprocess.run(["ldd", CLI], capture_output=True, text=True)
    return "libasan" in r.stdout


@test
def export_takes_under_a_second():
    d = tmpdir()
    times = []
    starts = []
    for i in range(3):
        start = time.perf_counter()
        r = cli("export-submission", sample(), os.path.join(d, f"t{i}.xlsx"), "--year", "2026")
        times.append(time.perf_counter() - start)
        assert r.returncode == 0, r
        start = time.perf_counter()
        r = cli("info", sample())
        starts.append(time.perf_counter() - start)
        assert r.returncode == 0, r
    print(f"# export-submission of the sample (whole renkei-cli run): best {min(times) * 1000:.0f} ms,"
          f" worst {max(times) * 1000:.0f} ms; renkei-cli info: best {min(starts) * 1000:.0f} ms", flush=True)
    if sanitized():
        # Under ASan with fast_unwind_on_malloc=0 (test_env) starting the
        # program alone takes over half a second: the bound is then on what
        # the export adds to it.
        assert min(times) - min(starts) < 1.0, (times, starts)
    else:
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
    assert len(sizes) >= len(SHEETS), info
    for n, (w, h) in enumerate(sizes, 1):
        w, h = float(w), float(h)
        assert sorted((round(w), round(h))) == [595, 842], (n, w, h)
    # The base profile is portrait, the wide tables landscape.
    assert float(sizes[0][0]) < float(sizes[0][1]), sizes
    assert all(float(w) > float(h) for w, h in sizes[1:]), sizes

    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    for words in ("在宅医療に必要な連携を担う拠点", "研修・普及啓発の実施状況（令和8年度）",
                  "在宅での看取りを支える多職種連携", "地域住民への普及啓発", "令和8年度",
                  "青葉県 さくら圏域", "作成日 ", "会議の開催状況（令和8年度）", "課題と対応策（令和8年度）",
                  "指標の現状値・目標値・実績値（令和8年度）", "ロジックモデル 2：看取り（さくら圏域）",
                  "中間アウトカム", "災害時に備えた取組（令和8年度）", "【平時の取組】",
                  "地域の医療・介護資源の状況（令和8年度末時点）", "【主な機能の対応状況】", "さくら訪問看護ステーション"):
        assert words in text, words
    # Every sheet's header names it, and the text of each is in the PDF.
    for name in SHEETS:
        assert name in text, name
    # The page numbers of the footer, "1/4" … (LibreOffice drops the spaces).
    for n in range(1, len(sizes) + 1):
        assert f"{n}/{len(sizes)}" in text.replace(" / ", "/"), n

    # Pages as PNGs, to look at (build/tests/submission-page-*.png).
    for old in glob.glob(os.path.join(OUT_DIR, "submission-page-*.png")):
        os.unlink(old)
    subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(OUT_DIR, "submission-page")],
                   check=True)
    print(f"# {len(sizes)} A4 pages; PNGs in {OUT_DIR}/submission-page-*.png", flush=True)


_default = {}


def default_book(year="2026"):
    """The default workbook of a year, exported once."""
    if year not in _default:
        _default[year] = export(os.path.join(tmpdir(), f"default-{year}.xlsx"), year=year)
    return _default[year]


def data_rows(ws, heading_row):
    """The rows of the table under heading_row, up to the first empty row."""
    rows = []
    for row in ws.iter_rows(min_row=heading_row + 1, max_row=ws.max_row):
        values = [c.value for c in row]
        if all(v is None for v in values):
            break
        rows.append(values)
    return rows


def heading_row_of(ws, first):
    return next(r[0].row for r in ws.iter_rows(min_row=1) if r[0].value == first)


@test
def meetings_sheet_counts_as_the_meetings_tab():
    wb = default_book()
    ws = wb["会議開催実績"]
    check_print(ws, landscape=True, title_rows=4)
    assert ws["A1"].value.startswith("会議の開催状況（令和8年度）"), ws["A1"].value
    assert [c.value for c in ws[4]] == [
        "No.", "開催日", "会議名", "会議の種類", "推進事業と合同", "状況", "都道府県", "市町村",
        "保健所", "消防", "医療団体", "医療機関", "介護・福祉", "その他", "計", "議題の機能",
        "主な議題"], [c.value for c in ws[4]]

    # One row per meeting of the year (and the undated ones), as the
    # meetings tab lists them, then the totals.
    meetings = query("SELECT id, date, title, kind, joint, status FROM meeting"
                     " WHERE date = '' OR date BETWEEN '2026-04-01' AND '2027-03-31'"
                     " ORDER BY date = '', date, start_time, id")
    got = rows_of(ws, 5)
    assert len(got) == len(meetings) + 1 == 10, len(got)
    totals = [0] * 9
    for (mid, date, title, kind, joint, status), row in zip(meetings, got):
        assert row[0] == mid and row[1] == datetime.datetime.fromisoformat(date), row
        assert row[2] == title and row[3] == MEETING_KINDS[kind], row
        assert row[4] == ("○" if joint else None) and row[5] == MEETING_STATUS[status], row
        if status == "held":
            counts = [0] * 8
            for category, attended in query("SELECT category, attended FROM participant"
                                            " WHERE meeting_id = ?", mid):
                counts[CATEGORY_GROUP.get(category, 7)] += attended
            assert row[6:15] == counts + [sum(counts)], (row, counts)
            totals = [t + c for t, c in zip(totals, counts + [sum(counts)])]
        else:
            # Attendance is known only for meetings held.
            assert row[6:15] == [None] * 9, row
        bits = 0
        for f, in query("SELECT functions FROM agenda_item WHERE meeting_id = ?", mid):
            bits |= f
        assert row[15] == functions_text(bits), row
        ordered = sorted(query("SELECT step, position, id, title FROM agenda_item WHERE meeting_id = ?", mid),
                         key=lambda i: (STEP_ORDER[i[0]], i[1], i[2]))
        assert row[16] == ("\n".join(t for *_, t in ordered) or None), row
    n_held = sum(1 for m in meetings if m[5] == "held")
    assert got[-1][2] == "合計" and got[-1][5] == f"開催 {n_held}回" and got[-1][6:15] == totals, got[-1]
    assert ws.cell(5 + len(meetings), 3).font.b, "the totals row is bold"
    assert ws["B5"].number_format == "yyyy/mm/dd" and ws["G5"].number_format == "#,##0"
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:Q1", "A2:Q2"}
    # Numbers take narrow columns, their headings on two lines.
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert all(widths[c] < 9 for c in "GHIJKLMNO"), widths

    # The same numbers as the meetings tab's own workbook, meeting by meeting.
    own = os.path.join(tmpdir(), "meetings.xlsx")
    r = cli("export-meetings", sample(), own, "--year", "2026")
    assert r.returncode == 0, r
    theirs = rows_of(openpyxl.load_workbook(own)["会議開催実績"], 5)
    assert len(theirs) == len(got), (len(theirs), len(got))
    for mine, their in zip(got, theirs):
        assert mine[0] == their[0] and mine[1] == their[1], (mine, their)
        assert mine[6:15] == their[8:17], (mine, their)


@test
def issues_sheet_is_the_meetings_tabs_register():
    ws = default_book()["課題・対応策一覧"]
    check_print(ws, landscape=True, title_rows=4)
    assert [c.value for c in ws[4]] == ["課題No.", "課題", "機能", "優先度", "課題の状況", "抽出した会議",
                                        "対応策", "担当", "期限", "対応策の状況", "完了日", "評価"]
    issues = query("SELECT id, title, functions, priority, status, raised_meeting_id FROM issue"
                   " WHERE raised_on <= '2027-03-31' AND (closed_on = '' OR closed_on >= '2026-04-01')"
                   " AND NOT (status IN ('resolved', 'dropped') AND closed_on = '' AND raised_on < '2026-04-01')"
                   " ORDER BY id")
    expected = []
    for iid, title, functions, priority, status, meeting in issues:
        at = query("SELECT title FROM meeting WHERE id = ?", meeting)[0][0] if meeting else None
        head = [iid, title, functions_text(functions), PRIORITY[priority], ISSUE_STATUS[status], at]
        actions = query("SELECT what, owner, due_date, status, completed_on, evaluation FROM countermeasure"
                        " WHERE issue_id = ? ORDER BY position, id", iid)
        for action in actions:
            expected.append((head, action))
        if not actions:
            expected.append((head, None))
    got = rows_of(ws, 5)
    # Seven: the sample's night-time trial has a second countermeasure, done
    # (rk-sample-meetings.c, linked to its measure by rk-sample-links.c).
    assert len(got) == len(expected) == 7, (len(got), len(expected))
    today = datetime.date.today().isoformat()
    for row, (head, action) in zip(got, expected):
        assert row[:6] == head, (row, head)
        what, owner, due, astatus, done, evaluation = action
        assert row[6] == what and row[7] == (owner or None), row
        assert row[8] == (datetime.datetime.fromisoformat(due) if due else None), row
        label = ACTION_STATUS[astatus]
        if astatus in ("planned", "in_progress") and due and due < today:
            label += "（期限超過）"
        assert row[9] == label, (row, label)
        assert row[10] == (datetime.datetime.fromisoformat(done) if done else None), row
        assert row[11] == (evaluation or None), row
    assert ws.auto_filter.ref == f"A4:L{4 + len(got)}", ws.auto_filter.ref


def expected_indicators(year):
    covers = "(m.first_year IS NULL OR m.first_year <= ?1) AND (m.last_year IS NULL OR m.last_year >= ?1)"
    pairs = query("SELECT p.indicator_id, p.area_code FROM (SELECT indicator_id, area_code FROM indicator_value"
                  "  WHERE fiscal_year <= ?1 OR kind = 'target' UNION SELECT ni.indicator_id, m.area_code"
                  "  FROM logic_model_node_indicator ni JOIN logic_model_node n ON n.id = ni.node_id"
                  "  JOIN logic_model m ON m.id = n.model_id WHERE " + covers + ") p"
                  " JOIN indicator i ON i.id = p.indicator_id LEFT JOIN municipality mu ON mu.code = p.area_code"
                  " ORDER BY i.position, i.id, p.area_code <> '', mu.position", year)
    (area_name,), = query("SELECT area_name FROM profile")
    rows = []
    for ind, area in pairs:
        (category, name, unit, source, verified), = query(
            "SELECT category, name, unit, data_source, verified FROM indicator WHERE id = ?", ind)
        values = query("SELECT fiscal_year, kind, value FROM indicator_value WHERE indicator_id = ?"
                       " AND area_code = ?", ind, area)
        base = max(((y, v) for y, k, v in values if k == "baseline" and y <= year), default=None)
        target = min(((y, v) for y, k, v in values if k == "target" and y >= year), default=None)
        latest = max(((y, v) for y, k, v in values if k == "actual" and y <= year), default=None)
        actual = [v for y, k, v in values if k == "actual" and y == year]
        place = area_name if area == "" else query("SELECT name FROM municipality WHERE code = ?", area)[0][0]
        rows.append([INDICATOR_CATEGORY[category], name + ("" if verified else " ※"), unit or None, place,
                     base and base[1], base and era(base[0]), target and target[1], target and era(target[0]),
                     actual[0] if actual else None, latest and latest[1], latest and era(latest[0]),
                     source or None, "確認済み" if verified else "※未確認"])
    return rows


@test
def indicators_sheet_has_the_years_values():
    for year in (2026, 2025):
        ws = default_book(str(year))["指標"]
        check_print(ws, landscape=True, title_rows=4, era_year=era(year))
        assert [c.value for c in ws[4]] == ["区分", "指標", "単位", "地域", "現状値", "現状値の年度", "目標値",
                                            "目標年度", "当年度の実績値", "直近の実績値", "直近の年度",
                                            "データソース", "原典の確認"]
        got = rows_of(ws, 5)
        want = expected_indicators(year)
        assert len(got) == len(want) and len(got) > 10, (len(got), len(want))
        for row, expect in zip(got, want):
            assert row == expect, (year, row, expect)
        # Every area an indicator has values for has its row.
        assert {r[3] for r in got} == {"さくら圏域", "さくら市", "みなと町", "やまべ村"}
    # 令和7年度: the year's own actual values and its own (mid-term) target.
    got = rows_of(default_book("2025")["指標"], 5)
    first = next(r for r in got if r[1].startswith("往診を実施している診療所・病院数"))
    assert first[6:11] == [26, "令和7年度", 27, 27, "令和7年度"], first
    # A rate keeps its decimals; a count shows none.
    ws = default_book("2025")["指標"]
    row = next(r for r in ws.iter_rows(min_row=5) if r[1].value.startswith("人生会議（ACP）を知っている"))
    assert row[9].value == 24.6 and row[9].number_format == "#,##0.00", row[9].number_format
    assert ws["E5"].number_format == "#,##0"


@test
def logic_model_sheet_is_mhlws_grid():
    ws = default_book()["ロジックモデル"]
    check_print(ws, landscape=True, title_rows=None)
    merged = {str(r) for r in ws.merged_cells.ranges}
    models = query("SELECT id, number, title, area_code FROM logic_model WHERE"
                   " (first_year IS NULL OR first_year <= 2026) AND (last_year IS NULL OR last_year >= 2026)"
                   " ORDER BY number")
    assert len(models) == 2
    assert ws["A4"].value.startswith("現状値：令和8年度末までの直近の実績値"), ws["A4"].value
    captions = [r[0].row for r in ws.iter_rows(min_row=5) if (r[0].value or "").startswith("ロジックモデル ")]
    assert len(captions) == len(models), captions
    n_values = 0
    for n, ((mid, number, title, area), row) in enumerate(zip(models, captions)):
        assert ws.cell(row, 1).value == f"ロジックモデル {number}：{title}（さくら圏域）", ws.cell(row, 1).value
        levels = query("SELECT max(level) FROM logic_model_node WHERE model_id = ?", mid)[0][0]
        blocks = max(levels, 2) + 1
        assert f"A{row}:{openpyxl.utils.get_column_letter(6 * blocks)}{row}" in merged
        # The level row, merged over each block of six, then MHLW's headings.
        names = ["個別施策", "中間アウトカム", "分野別アウトカム", "最終アウトカム"]
        for b in range(blocks):
            c1, c2 = (openpyxl.utils.get_column_letter(6 * b + k) for k in (1, 6))
            assert f"{c1}{row + 1}:{c2}{row + 1}" in merged, (c1, row)
            assert ws.cell(row + 1, 6 * b + 1).value == names[b]
            heads = [ws.cell(row + 2, 6 * b + k).value for k in range(1, 7)]
            assert heads == ["#", names[b], "アウトプット指標" if b == 0 else "指標", "データソース",
                             "現状値", "目標値"], heads
        end = captions[n + 1] - 1 if n + 1 < len(captions) else ws.max_row + 1
        grid = [[c.value for c in r] for r in ws.iter_rows(min_row=row + 3, max_row=end - 1)]
        grid = [r for r in grid if any(v is not None for v in r)]
        # Every box is there, at its level (a measure feeding two outcomes
        # appears under each).
        for level in range(levels + 1):
            boxes = {b for b, in query("SELECT number FROM logic_model_node WHERE model_id = ? AND level = ?",
                                       mid, level)}
            shown = {r[6 * level] for r in grid if r[6 * level]}
            assert shown == boxes, (number, level, shown, boxes)
        # Values as of the year's end: the latest actual up to 2026 (or the
        # baseline), the latest target; ※ on examples not checked.
        for r in grid:
            for b in range(blocks):
                name, current, target = r[6 * b + 2], r[6 * b + 4], r[6 * b + 5]
                if not name:
                    continue
                bare = name.removesuffix(" ※")
                (iid, verified), = query("SELECT id, verified FROM indicator"
                                         " WHERE ? IN (name, name || '（' || unit || '）')", bare)
                assert name.endswith(" ※") == (not verified), name
                values = query("SELECT fiscal_year, kind, value FROM indicator_value WHERE indicator_id = ?"
                               " AND area_code = ?", iid, area)
                actual = max(((y, v) for y, k, v in values if k == "actual" and y <= 2026), default=None)
                base = max(((y, v) for y, k, v in values if k == "baseline" and y <= 2026), default=None)
                goal = max(((y, v) for y, k, v in values if k == "target"), default=None)
                assert current == (actual or base or (0, None))[1], (name, current, actual, base)
                assert target == (goal or (0, None))[1], (name, target, goal)
                n_values += current is not None
    assert n_values > 10, n_values
    # Several measures leading to one outcome share its merged cells.
    assert any(r.max_row > r.min_row for r in ws.merged_cells.ranges), merged


@test
def logic_model_values_are_those_known_at_the_years_end():
    # In 令和6年度 the latest actual value was 2024's, not 2025's.
    ws = export(os.path.join(tmpdir(), "fy2024.xlsx"), year="2024")["ロジックモデル"]
    row = next(r for r in ws.iter_rows() if r[8].value == "往診を実施している診療所・病院数（施設） ※")
    (v2024,), = query("SELECT value FROM indicator_value WHERE indicator_id = (SELECT id FROM indicator"
                      " WHERE name = '往診を実施している診療所・病院数') AND area_code = '' AND kind = 'actual'"
                      " AND fiscal_year = 2024")
    assert row[10].value == v2024 == 24, row[10].value


@test
def disaster_sheet_counts_and_names_nobody():
    for year in (2026, 2025):
        ws = default_book(str(year))["災害対策"]
        check_print(ws, landscape=True, title_rows=None, era_year=era(year))

        head = heading_row_of(ws, "BCPの種類")
        assert ws.cell(head - 1, 1).value == "【BCPの策定状況】種類別の件数"
        assert [c.value for c in ws[head]][:6] == ["BCPの種類", "未策定", "策定中", "策定済", "要見直し", "合計"]
        got = data_rows(ws, head)
        for (code, label), row in zip(BCP_KINDS, got):
            counts = [query("SELECT count(*) FROM bcp_plan WHERE kind = ? AND status = ?", code, s)[0][0]
                      for s in BCP_STATUS]
            assert row[:6] == [label] + counts + [sum(counts)], (row, counts)
        assert got[3][0] == "合計" and got[3][5] == query("SELECT count(*) FROM bcp_plan")[0][0], got[3]

        head = heading_row_of(ws, "機関の種類")
        got = data_rows(ws, head)
        kinds = query("SELECT kind, count(*) FROM organization GROUP BY kind")
        assert len(got) == len(kinds), got
        for row in got:
            code = next(k for k, v in ORG_KINDS.items() if v == row[0])
            n, = query("SELECT count(*) FROM organization WHERE kind = ?", code)[0]
            own, = query("SELECT count(DISTINCT owner_id) FROM bcp_plan p JOIN organization o ON o.id = p.owner_id"
                         " WHERE p.kind = 'institutional' AND p.status IN ('done', 'needs_review') AND o.kind = ?",
                         code)[0]
            part = lambda k: query("SELECT count(*) FROM organization o WHERE o.kind = ?2 AND o.id IN"
                                   " (SELECT owner_id FROM bcp_plan WHERE kind = ?1 UNION SELECT m.organization_id"
                                   "  FROM bcp_member m JOIN bcp_plan p ON p.id = m.plan_id WHERE p.kind = ?1"
                                   "  AND m.took_part)", k, code)[0][0]
            coop, regional = part("cooperative"), part("regional")
            assert [row[1], row[2], row[4], row[6]] == [n, own, coop, regional], (row, code)
            # Shares as fractions, written to 15 significant digits.
            assert all(abs(a - b) < 1e-12 for a, b in zip(row[3:8:2], (own / n, coop / n, regional / n))), row
        assert ws.cell(head + 1, 4).number_format == "0.0%"

        head = heading_row_of(ws, "実施日")
        assert ws.cell(head - 1, 1).value == f"【訓練の実施状況】{era(year)}"
        first, nxt = fy_bounds(year)
        drills = query("SELECT drill_date, title, (SELECT count(*) FROM bcp_drill_member WHERE drill_id = d.id),"
                       " relay_minutes, findings FROM bcp_drill d WHERE drill_date >= ? AND drill_date < ?"
                       " ORDER BY drill_date", first, nxt)
        got = data_rows(ws, head)
        if not drills:
            assert got == [["（該当なし）"] + [None] * (len(got[0]) - 1)], got
        for (date, title, n, relay, findings), row in zip(drills, got):
            assert row[0] == datetime.datetime.fromisoformat(date) and row[1] == title, row
            assert row[5] == n and row[6] == relay and row[7] == findings, row
        assert len(got) == max(len(drills), 1)
        assert len(drills) == (1 if year == 2025 else 0), drills

        head = heading_row_of(ws, "平時の取組")
        checks = query("SELECT done, done_on, notes FROM bcp_check ORDER BY position, id")
        got = data_rows(ws, head)
        assert [[r[1], r[2], r[3]] for r in got] == [
            ["実施" if d else "未実施", datetime.datetime.fromisoformat(on) if on else None, notes or None]
            for d, on, notes in checks], got

        head = heading_row_of(ws, "区分")
        assert "人数のみ" in ws.cell(head - 1, 1).value
        got = {(r[0], r[1]): r[2] for r in data_rows(ws, head)}
        people = query("SELECT count(*) FROM care_person")[0][0]
        assert got[("名簿", "登録者数")] == people == 4, got
        assert got[("医療機器別", "人工呼吸器")] == query(
            "SELECT count(DISTINCT person_id) FROM care_device WHERE device = 'ventilator'")[0][0]
        assert sum(v for (g, _), v in got.items() if g == "避難先別") == people


@test
def default_export_holds_no_personal_value():
    personal = personal_values()
    for year in ("2026", "2025"):
        path = os.path.join(tmpdir(), f"県提出用-{year}.xlsx")
        r = cli("export-submission", sample(), path, "--year", year)
        assert r.returncode == 0 and r.stderr == "", r
        wb = openpyxl.load_workbook(path)
        assert wb.sheetnames == SHEETS, wb.sheetnames
        for ws in wb.worksheets:
            text = every_text(ws)
            found = sorted(str(v) for v in personal if isinstance(v, str) and v in text)
            assert not found, (year, ws.title, found)
            dates = {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, datetime.datetime)}
            assert not dates & personal, (ws.title, dates & personal)
            assert ws.sheet_properties.tabColor is None, ws.title
        props = wb.properties
        assert not any(v in str(x) for v in personal if isinstance(v, str)
                       for x in (props.title, props.creator, props.subject, props.description) if x)
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o666 & ~umask


@test
def personal_data_only_when_asked_and_marked():
    personal = personal_values()
    path = os.path.join(tmpdir(), "県提出用-個人情報.xlsx")
    r = cli("export-submission", sample(), path, "--year", "2026", "--include-personal")
    assert r.returncode == 0, r
    assert "個人情報" in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, oct(os.stat(path).st_mode)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS + ["要配慮者名簿（個人情報）"], wb.sheetnames
    register = wb["要配慮者名簿（個人情報）"]
    assert register["A1"].value.startswith("【個人情報】"), register["A1"].value
    assert register.sheet_properties.tabColor.rgb == "FFFF0000"
    assert register.oddHeader.right.text == "個人情報", register.oddHeader.right.text
    assert str(register.page_setup.paperSize) == "9"
    names = {n for n, in query("SELECT name FROM care_person")}
    assert names <= {c.value for row in register.iter_rows() for c in row}, names
    # Only that sheet names anyone.
    for ws in wb.worksheets[:-1]:
        text = every_text(ws)
        assert not [v for v in personal if isinstance(v, str) and v in text], ws.title


def check_resources(wb, path, year):
    """The sheets 資源の状況 and 資源の一覧 of a workbook against the
    workspace at path, counted here in SQL: the resources of the area open
    at the fiscal year's end (not closed, or closed after it)."""
    q = lambda sql, *p: query_in(path, sql, *p)
    end = f"{year + 1}-03-31"
    is_open = "(o.closed = 0 OR o.closed_on > ?)"
    towns = q("SELECT code, name, elderly_population FROM municipality WHERE code <> '' ORDER BY position, id")
    assert len(towns) == 3, towns

    # ---- 資源の状況: the counts by kind, for each municipality and in all
    ws = wb["資源の状況"]
    check_print(ws, landscape=True, title_rows=None, era_year=era(year))
    assert ws["A1"].value == f"地域の医療・介護資源の状況（{era(year)}末時点）", ws["A1"].value
    head = heading_row_of(ws, "市町村")
    assert ws.cell(head - 1, 1).value.startswith("【種類別の資源数】市町村別"), ws.cell(head - 1, 1).value
    assert [c.value for c in ws[head]] == [
        "市町村", "病院", "診療所", "歯科診療所", "薬局", "訪問看護事業所", "訪問リハビリ", "栄養ケア・ステーション",
        "介護施設", "居宅介護支援事業所", "訪問介護事業所", "地域包括支援センター", "障害福祉サービス事業所",
        "相談支援事業所", "その他の関係機関", "計"], [c.value for c in ws[head]]
    got = data_rows(ws, head)
    assert len(got) == len(towns) + 1, got
    totals = [0] * (len(RESOURCE_KINDS) + 2)
    for (code, name, _), row in zip(towns, got):
        n = dict(q(f"SELECT kind, count(*) FROM organization o WHERE municipality_code = ? AND {is_open}"
                   " GROUP BY kind", code, end))
        want = [n.get(k, 0) for k in RESOURCE_KINDS] + [sum(n.get(k, 0) for k in RELATED_KINDS), sum(n.values())]
        assert row == [name] + want, (row, want)
        totals = [a + b for a, b in zip(totals, want)]
    assert got[-1] == ["合計"] + totals, (got[-1], totals)
    assert ws.cell(head + len(got), 1).font.b, "the totals row is bold"
    assert ws.cell(head + 1, 2).number_format == "#,##0"
    n_listed = totals[-1]

    # ---- the key capabilities of each municipality and of the area, the gaps
    head = next(r[0].row for r in ws.iter_rows(min_row=head + 1) if r[0].value == "市町村")
    assert ws.cell(head - 1, 1).value.startswith("【主な機能の対応状況】"), ws.cell(head - 1, 1).value
    assert [c.value for c in ws[head]][:12] == [
        "市町村", "老年人口", "訪問診療", "往診", "在宅看取り", "24時間対応", "ターミナルケア", "人工呼吸器管理",
        "小児への対応", "医療用麻薬（注射剤含む）", "無菌製剤処理", "対応する資源のない機能"], [c.value for c in ws[head]]
    caps = q("SELECT id, code, label FROM capability WHERE coverage = 1 ORDER BY position, id")
    assert sorted(c for _, c, _ in caps) == sorted(KEY_CAPABILITIES), caps

    def having(cap, codes):
        return q("SELECT count(*) FROM resource_capability rc JOIN organization o ON o.id = rc.organization_id"
                 f" WHERE rc.capability_id = ? AND rc.value NOT IN ('', 'no') AND {is_open}"
                 f" AND o.municipality_code IN ({', '.join('?' * len(codes))})", cap, end, *codes)[0][0]

    got = data_rows(ws, head)
    places = [(name, [code], old) for code, name, old in towns]
    places.append(("圏域全体", [c for c, _, _ in towns], sum(o for _, _, o in towns)))
    assert len(got) == len(places), got
    for (name, codes, old), row in zip(places, got):
        n = {code: having(cid, codes) for cid, code, _ in caps}
        gaps = "、".join(label for _, code, label in caps if n[code] == 0) or None
        assert row[:12] == [name, old] + [n[c] for c in KEY_CAPABILITIES] + [gaps], (row, n)
    assert ws.cell(head + len(got), 1).font.b, "the area's row is bold"
    # The sample's gap: nobody in やまべ村 answers round the clock.
    assert "24時間対応" in got[2][11], got[2]

    # ---- 資源の一覧: by municipality, kind and reading
    ws = wb["資源の一覧"]
    check_print(ws, landscape=True, title_rows=4, era_year=era(year))
    assert ws["A1"].value == f"地域の医療・介護資源の一覧（{era(year)}末時点、廃止・休止を除く）", ws["A1"].value
    assert [c.value for c in ws[4]] == ["No.", "市町村", "種類", "名称", "所在地", "電話番号", "主な機能", "確認日"]
    kind_order = "CASE o.kind " + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(ORG_KINDS)) + " END"
    want = q("SELECT o.id, m.name, o.kind, o.name, o.address, o.phone, o.confirmed_on FROM organization o"
             f" JOIN municipality m ON m.code = o.municipality_code WHERE m.code <> '' AND {is_open}"
             f" ORDER BY m.position, m.id, {kind_order}, o.kana, o.name, o.id", end)
    got = rows_of(ws, 5)
    assert len(got) == len(want) == n_listed, (len(got), len(want), n_listed)
    for n, (row, (oid, town, kind, name, address, phone, confirmed)) in enumerate(zip(got, want), 1):
        key = "・".join(label for label, in q(
            "SELECT c.label FROM resource_capability rc JOIN capability c ON c.id = rc.capability_id"
            " WHERE rc.organization_id = ? AND c.coverage = 1 AND rc.value NOT IN ('', 'no')"
            " ORDER BY c.position, c.id", oid))
        assert row == [n, town, ORG_KINDS[kind], name, address or None, phone or None, key or None,
                       datetime.datetime.fromisoformat(confirmed) if confirmed else None], (row, name)
    assert ws["H5"].number_format == "yyyy/mm/dd" and ws["A5"].number_format == "#,##0"
    assert ws.auto_filter.ref == f"A4:H{4 + len(want)}", ws.auto_filter.ref
    widths = {k: v.width for k, v in ws.column_dimensions.items()}
    assert all(widths[c] >= 14 for c in "CDEG"), widths
    return [name for _, _, _, name, *_ in want]


@test
def resources_sheets_count_the_directory():
    names = check_resources(default_book(), sample(), 2026)
    # The sample closes nothing: the whole directory of the area is listed.
    assert len(names) == query("SELECT count(*) FROM organization WHERE municipality_code IN"
                               " (SELECT code FROM municipality)")[0][0] == 39, len(names)


@test
def resources_closed_after_the_years_end_still_count():
    d = tmpdir()
    path = os.path.join(d, "closed.renkei")
    shutil.copyfile(sample(), path)
    db = sqlite3.connect(path)
    with db:
        # みなと中央病院 closes after 令和8年度, やまべ診療所 during it, and
        # さくら中央眼科 on a day nobody wrote down.
        for name, day in (("みなと中央病院", "2027-05-01"), ("やまべ診療所", "2026-12-01"),
                          ("さくら中央眼科", "")):
            assert db.execute("UPDATE organization SET closed = 1, closed_on = ? WHERE name = ?",
                              (day, name)).rowcount == 1, name
    db.close()

    listed = {}
    for year in (2025, 2026, 2027):
        out = os.path.join(d, f"{year}.xlsx")
        r = cli("export-submission", path, out, "--year", str(year))
        assert r.returncode == 0 and r.stderr == "", r
        wb = openpyxl.load_workbook(out)
        listed[year] = check_resources(wb, path, year)
        # (ア) counts the same directory as the sheets.
        summary = rows_of(wb["推進事業の取組状況"], 5)[0][4]
        assert f"年度末時点で資源の一覧にある圏域内の資源 {len(listed[year])}件" in summary, summary
    assert "みなと中央病院" in listed[2026] and "みなと中央病院" not in listed[2027]
    assert "やまべ診療所" in listed[2025] and "やまべ診療所" not in listed[2026]
    assert all("さくら中央眼科" not in names for names in listed.values())
    assert len(listed[2025]) == 38 and len(listed[2026]) == 37 and len(listed[2027]) == 36, \
        {y: len(n) for y, n in listed.items()}


CUSTOM_GRID = """\
[様式5 ロジックモデル]
@data = logic_models
box = 取組・成果
number = 番号
current = 現状

[様式1 会議]
@data = meetings
date = 日付
attendance.total = 出席者
title
"""


@test
def custom_template_reorders_the_new_kinds():
    d = tmpdir()
    template = os.path.join(d, "grid.txt")
    with open(template, "w", encoding="utf-8") as f:
        f.write(CUSTOM_GRID)
    wb = export(os.path.join(d, "grid.xlsx"), "--template", template)
    assert wb.sheetnames == ["様式5 ロジックモデル", "様式1 会議"], wb.sheetnames
    ws = wb["様式5 ロジックモデル"]
    caption = next(r[0].row for r in ws.iter_rows() if (r[0].value or "").startswith("ロジックモデル 1"))
    # Three columns a level, in the template's order and words.
    assert [ws.cell(caption + 2, c).value for c in range(1, 10)] == ["取組・成果", "番号", "現状"] * 3
    assert ws.cell(caption + 1, 4).value == "中間アウトカム"
    assert ws.cell(caption + 3, 2).value == "1-1", ws.cell(caption + 3, 2).value
    ws = wb["様式1 会議"]
    assert [c.value for c in ws[4]] == ["日付", "出席者", "会議"], [c.value for c in ws[4]]
    assert rows_of(ws, 5)[-1] == [None, 50, "合計"], rows_of(ws, 5)[-1]


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
