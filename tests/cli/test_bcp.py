#!/usr/bin/python3
# The disaster BCP tab's exports and printouts, read back as their readers
# would: the workbook with openpyxl and LibreOffice, the PDFs with
# pdftotext. Personal data must not leave the workspace unless asked for:
# every personal value of the sample's register is looked for in every
# cell, header, footer and page.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

CLI = os.path.join(os.environ["RK_BUILD_ROOT"], "src", "cli", "renkei-cli")
AS_OF = "2026-10-01"
MARK = "個人情報"
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def cli(*args, lang="ja_JP.UTF-8"):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="",
               RENKEI_LOCALEDIR=os.path.join(os.environ["RK_BUILD_ROOT"], "po"))
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def ok(*args, **kw):
    r = cli(*args, **kw)
    assert r.returncode == 0, (args, r.stderr)
    return r


WORK = tempfile.mkdtemp(prefix="rkbcp-")
SAMPLE = os.path.join(WORK, "sample.renkei")
ok("sample", SAMPLE)


def out(name):
    return os.path.join(WORK, name)


def personal_values():
    """Every personal value of the sample's register: identity, contacts,
    health and the details of each plan. Short or generic values (a sex, a
    2-character "未定") would also match ordinary text, so only values of
    four characters and more count; dates of birth are looked for in both
    the ISO and the Japanese form."""
    db = sqlite3.connect("file:" + SAMPLE + "?immutable=1", uri=True)
    values = set()
    for table, columns in {
        "care_person": ["name", "kana", "address", "phone", "condition", "doctor_name",
                        "backup_notes", "transport", "consent_scope", "notes"],
        "care_contact": ["name", "relation", "phone", "notes"],
        "care_device": ["model", "notes"],
    }.items():
        for row in db.execute(f"SELECT {', '.join(columns)} FROM {table}"):
            values.update(v for v in row if v and len(v) >= 4)
    for (birth,) in db.execute("SELECT birth_date FROM care_person WHERE birth_date <> ''"):
        y, m, d = (int(x) for x in birth.split("-"))
        values.update({birth, f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"})
    db.close()
    assert len(values) > 30, values
    return values


PERSONAL = personal_values()
NAMES = ["見本 太郎", "見本 花子", "例示 ゆうき", "見本 さくら"]


def cell_text(value):
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d")
    return "" if value is None else str(value)


def workbook_texts(path):
    """Everything a reader of the workbook can see, sheet by sheet."""
    import openpyxl
    wb = openpyxl.load_workbook(path)
    texts = {}
    for ws in wb.worksheets:
        parts = [ws.title]
        for row in ws.iter_rows():
            parts.extend(cell_text(c.value) for c in row)
        for hf in (ws.oddHeader, ws.oddFooter):
            for part in (hf.left, hf.center, hf.right):
                parts.append(part.text or "")
        texts[ws.title] = "\n".join(parts)
    props = wb.properties
    texts["(properties)"] = "\n".join(str(v) for v in (props.title, props.creator, props.subject,
                                                       props.keywords, props.description) if v)
    return wb, texts


def pdf_pages(path):
    pages = int([l for l in subprocess.run(["pdfinfo", path], capture_output=True, text=True)
                 .stdout.splitlines() if l.startswith("Pages:")][0].split()[1])
    return [subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), path, "-"],
                           capture_output=True, text=True, check=True).stdout
            for p in range(1, pages + 1)]


def pdf_title(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return [l for l in info.splitlines() if l.startswith("Title:")][0]


def assert_no_personal(where, text):
    found = sorted(v for v in PERSONAL if v in text)
    assert not found, f"{where} holds personal data: {found}"


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@test
def default_workbook_holds_counts_only():
    path = out("災害対策.xlsx")
    r = ok("export-bcp", "--as-of", AS_OF, SAMPLE, path)
    assert r.stderr == "", r.stderr
    wb, texts = workbook_texts(path)
    assert wb.sheetnames == ["BCP策定状況", "機関種別の備え", "訓練実績", "平時の取組",
                             "要配慮者（集計）"], wb.sheetnames
    for sheet, text in texts.items():
        assert_no_personal(sheet, text)
        assert MARK not in text, (sheet, "marked although it names nobody")

    counts = {row[0].value: row[1].value for row in wb["要配慮者（集計）"].iter_rows(min_row=4)
              if row[0].value and row[1].value is not None}
    assert counts["登録者数"] == 4, counts
    assert counts["備えが整っている人"] == 1, counts
    assert counts["電源が24時間未満"] == 2, counts
    assert counts["見直し期限切れ"] == 2, counts
    assert counts["人工呼吸器"] == 3, counts

    plans = wb["BCP策定状況"]
    kinds = [plans.cell(row=r, column=1).value for r in range(4, plans.max_row + 1)]
    assert kinds[:2] == ["地域BCP", "連携型BCP"] and kinds.count("機関型BCP") == 6, kinds

    # The sample's directory holds more stations and clinics than the BCP
    # sample speaks of: the ones it does are checked by name.
    ready = {row[0].value: row for row in wb["機関種別の備え"].iter_rows(min_row=4)}
    nursing = ready["訪問看護事業所"]
    with sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True) as db:
        stations = db.execute("SELECT count(*) FROM organization WHERE kind = 'home_nursing'").fetchone()[0]
    assert [c.value for c in nursing[1:8]] == [stations, 2, 2 / stations, 2, 2 / stations, 2,
                                               2 / stations], [c.value for c in nursing]
    for missing in nursing[8:11]:
        names = (missing.value or "").split("、")
        assert "さくら訪問看護ステーション" not in names and "みなと訪問看護ステーション" not in names, names
    clinic = ready["診療所"]
    missing_own = clinic[8].value.split("、")
    assert "さくら在宅クリニック" in missing_own and "やまべ診療所" in missing_own, clinic[8].value
    assert mode(path) == 0o644 & ~current_umask(), oct(mode(path))


def current_umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


@test
def opted_in_workbook_is_marked_and_private():
    path = out("災害対策-個人情報.xlsx")
    r = ok("export-bcp", "--include-personal", "--as-of", AS_OF, SAMPLE, path)
    assert MARK in r.stderr and r.stderr.count("\n") == 1, r.stderr
    assert mode(path) == 0o600, oct(mode(path))

    wb, texts = workbook_texts(path)
    assert wb.sheetnames[-1] == "要配慮者名簿（個人情報）", wb.sheetnames
    personal = wb["要配慮者名簿（個人情報）"]
    assert personal["A1"].value.startswith("【個人情報】"), personal["A1"].value
    assert personal.oddHeader.right.text == MARK, personal.oddHeader.right.text
    assert MARK in (personal.oddFooter.left.text or ""), personal.oddFooter.left.text
    assert personal.sheet_properties.tabColor is not None
    for name in NAMES:
        assert name in texts[personal.title], name
    # The other sheets are the same as without personal data.
    for sheet, text in texts.items():
        if sheet != personal.title:
            assert_no_personal(sheet, text)


@test
def workbooks_convert_in_libreoffice():
    if not shutil.which("libreoffice"):
        raise SkipTest("libreoffice is not installed")
    lo_dir = out("lo")
    profile = "file://" + out("lo-profile")
    books = [out("災害対策.xlsx"), out("災害対策-個人情報.xlsx")]
    for b in books:
        assert os.path.exists(b), b
    r = subprocess.run(["libreoffice", "--headless", "--norestore",
                        "-env:UserInstallation=" + profile, "--convert-to", "pdf",
                        "--outdir", lo_dir, *books],
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r
    assert "Error" not in r.stderr and "error" not in r.stdout.lower(), (r.stdout, r.stderr)
    for b in books:
        pdf = os.path.join(lo_dir, os.path.basename(b)[:-5] + ".pdf")
        pages = pdf_pages(pdf)
        assert len(pages) >= 5, (pdf, len(pages))
        text = "\n".join(pages)
        assert "さくら圏域 在宅医療・介護 地域BCP" in text, pdf
        if "個人情報" in os.path.basename(b):
            assert "見本 太郎" in text
        else:
            assert_no_personal(pdf, text)


@test
def default_prints_name_nobody():
    for name, args in (("overview.pdf", ("print-bcp",)),
                       ("drill.pdf", ("drill-sheet",))):
        path = out(name)
        extra = ("1",) if args[0] == "drill-sheet" else ()
        r = ok(*args, "--as-of", AS_OF, SAMPLE, *extra, path)
        assert r.stderr == "", r.stderr
        pages = pdf_pages(path)
        text = "\n".join(pages)
        assert_no_personal(name, text)
        assert MARK not in text, name
        assert re.search(r"登録者数\s+4\b|登録者4人", text), text


@test
def opted_in_prints_mark_every_page():
    for name, args in (("overview-personal.pdf", ("print-bcp",)),
                       ("drill-personal.pdf", ("drill-sheet",))):
        path = out(name)
        extra = ("1",) if args[0] == "drill-sheet" else ()
        ok(*args, "--include-personal", "--as-of", AS_OF, SAMPLE, *extra, path)
        assert mode(path) == 0o600, (name, oct(mode(path)))
        pages = pdf_pages(path)
        assert len(pages) >= 1
        for n, page in enumerate(pages, 1):
            assert MARK in page, (name, n)
        assert "見本 太郎" in "\n".join(pages), name
        assert "見本" not in pdf_title(path), pdf_title(path)


@test
def support_plan_for_one_person():
    path = out("plan-1.pdf")
    ok("support-plan", "--as-of", AS_OF, SAMPLE, "1", path)
    assert mode(path) == 0o600, oct(mode(path))
    pages = pdf_pages(path)
    for n, page in enumerate(pages, 1):
        assert MARK in page, n
    text = "\n".join(pages)
    for expected in ("災害時個別支援計画", "見本 太郎", "妻（同居）", "人工呼吸器", "18時間",
                     "さくら市立病院", "例示 正"):
        assert expected in text, expected
    # Nobody else's data is on it.
    for other in ("見本 花子", "例示 ゆうき", "見本 さくら"):
        assert other not in text, other
    # The title (the print job's name, the PDF's metadata) names no one.
    assert "見本" not in pdf_title(path), pdf_title(path)


@test
def register_lists_names_only_when_asked():
    r = ok("register", "--as-of", AS_OF, SAMPLE)
    assert_no_personal("register", r.stdout)
    lines = r.stdout.splitlines()
    assert lines[0].split()[0] == "1" and "電源が24時間未満" in lines[0], lines
    assert lines[3].split()[0] == "4" and "備えが整っている" in lines[3], lines
    assert "4人" in lines[-1], lines

    r = ok("register", "--names", "--as-of", AS_OF, SAMPLE)
    for name in NAMES:
        assert name in r.stdout, name


@test
def errors_are_one_line():
    cases = [
        (("support-plan", SAMPLE, "99", out("x.pdf")), 1, "No. 99"),
        (("support-plan", SAMPLE, "太郎", out("x.pdf")), 2, "PERSON"),
        (("drill-sheet", SAMPLE, "7", out("x.pdf")), 1, None),
        (("export-bcp", "--as-of", "yesterday", SAMPLE, out("x.xlsx")), 2, "--as-of"),
        (("export-bcp", SAMPLE), 2, None),
    ]
    for args, status, words in cases:
        r = cli(*args, lang="C.UTF-8")
        assert r.returncode == status, (args, r)
        assert r.stderr.startswith("renkei-cli: ") and r.stderr.count("\n") == 1, (args, r.stderr)
        if words:
            assert words in r.stderr, (args, r.stderr)
    assert not os.path.exists(out("x.pdf")) and not os.path.exists(out("x.xlsx"))


class SkipTest(Exception):
    pass


if __name__ == "__main__":
    print(f"1..{len(TESTS)}", flush=True)
    failed = 0
    for n, fn in enumerate(TESTS, 1):
        try:
            fn()
            print(f"ok {n} {fn.__name__}", flush=True)
        except SkipTest as e:
            print(f"ok {n} {fn.__name__} # SKIP {e}", flush=True)
        except Exception as e:
            failed += 1
            for line in repr(e).splitlines():
                print("# " + line)
            print(f"not ok {n} {fn.__name__}", flush=True)
    shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(1 if failed else 0)
