#!/usr/bin/python3
# The resource directory from renkei-cli, as a coordinator uses it: the open
# data imported with its report, imported again (unchanged, closed, never
# deleted), a file it cannot read refused with the workspace untouched; the
# directory exported to Excel and read back with openpyxl and LibreOffice;
# printed to PDF and read back with pdftotext; the coverage gaps.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

BUILD = os.environ["RK_BUILD_ROOT"]
CLI = os.path.join(BUILD, "src", "cli", "renkei-cli")
GENERATOR = os.path.join(os.environ["G_TEST_SRCDIR"], "io", "gen-opendata.py")
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def cli(*args, lang="C.UTF-8"):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="",
               RENKEI_LOCALEDIR=os.path.join(BUILD, "po"))
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def ja(*args):
    return cli(*args, lang="ja_JP.UTF-8")


def tmpdir():
    return tempfile.mkdtemp(prefix="rkres-")


def sample(directory):
    path = os.path.join(directory, "sample.renkei")
    r = cli("sample", path)
    assert r.returncode == 0, r
    return path


def query(path, sql, *params):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def generate(directory, seed=3):
    out = os.path.join(directory, "opendata")
    subprocess.run(["/usr/bin/python3", GENERATOR, out, "--quirks", "--seed", str(seed),
                    "--area-share", "0.5"], check=True)
    with open(os.path.join(out, "manifest.json")) as f:
        manifest = json.load(f)
    files = sorted(os.path.join(out, e["file"]) for e in manifest["files"])
    return out, files, manifest


def report_value(stdout, label):
    for line in stdout.splitlines():
        if line.startswith(label + ":"):
            return int(line.split(":", 1)[1])
    raise AssertionError(f"no “{label}” in the report:\n{stdout}")


# -- import -------------------------------------------------------------


@test
def import_reports_and_writes_every_record_of_the_area():
    d = tmpdir()
    ws = sample(d)
    before = query(ws, "SELECT count(*) FROM organization")[0][0]
    _, files, manifest = generate(d)

    r = cli("import", ws, *files)
    assert r.returncode == 0 and r.stderr == "", r
    in_area = sum(e.get("area_rows", 0) for e in manifest["files"]
                  if e["layout"] != "med_speciality_hours")
    assert report_value(r.stdout, "Added") == in_area, r.stdout
    assert report_value(r.stdout, "Skipped") == 0, r.stdout
    assert "Area: さくら市, みなと町, やまべ村" in r.stdout, r.stdout

    rows = query(ws, "SELECT count(*) FROM organization WHERE source <> ''")[0][0]
    assert rows == in_area, (rows, in_area)
    assert query(ws, "SELECT count(*) FROM organization")[0][0] == before + in_area

    # The faults of the files are named with their file and line.
    zero = sum(e["quirks"].get("zero_coords", 0) for e in manifest["files"] if "quirks" in e)
    assert zero > 0
    assert "[Position 0.0, 0.0]" in r.stdout and ", line " in r.stdout, r.stdout
    assert "[Broken web address]" in r.stdout and "[Impossible hours]" in r.stdout, r.stdout
    unknown = query(ws, "SELECT count(*) FROM organization WHERE source <> '' "
                        "AND latitude IS NULL")[0][0]
    assert unknown == report_value(r.stdout, "Position unknown"), r.stdout

    # In Japanese too.
    again = ja("import", ws, *files)
    assert again.returncode == 0, again
    assert "変更なし" in again.stdout, again.stdout


@test
def import_again_updates_by_id_and_closes_what_vanished():
    d = tmpdir()
    ws = sample(d)
    out, files, _ = generate(d)
    first = cli("import", ws, *files)
    assert first.returncode == 0, first
    added = report_value(first.stdout, "Added")

    second = cli("import", ws, *files)
    assert second.returncode == 0, second
    assert report_value(second.stdout, "Added") == 0, second.stdout
    assert report_value(second.stdout, "Unchanged") == added, second.stdout

    # A later pharmacy file without one of the area's pharmacies: it is
    # marked closed, not deleted; the others stay as they are.
    pharmacy = next(f for f in files if os.path.basename(f).startswith("05_pharmacy"))
    with open(pharmacy, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    ids = [row[0] for row in query(ws, "SELECT source_id FROM organization WHERE source_file = ?",
                                   os.path.basename(pharmacy))]
    gone = next(i for i in ids if sum(i in line for line in lines) == 1
                and next(line for line in lines if i in line).count('"') % 2 == 0)
    later = os.path.join(d, "05_pharmacy_20260701.csv")
    with open(later, "w", encoding="utf-8") as f:
        f.write("\n".join(line for line in lines if gone not in line))

    third = cli("import", ws, later)
    assert third.returncode == 0, third
    assert report_value(third.stdout, "Marked closed") == 1, third.stdout
    assert report_value(third.stdout, "Unchanged") == len(ids) - 1, third.stdout
    closed = query(ws, "SELECT closed, closed_on FROM organization WHERE source_id = ?", gone)
    assert closed == [(1, "2026-07-01")], closed
    still = query(ws, "SELECT count(*) FROM organization WHERE source <> '' AND NOT closed")[0][0]
    assert still == added - 1


@test
def import_refuses_what_it_cannot_read_and_changes_nothing():
    d = tmpdir()
    ws = sample(d)
    digest = sha(ws)

    bad = os.path.join(d, "list.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("番号,名前,住所\n1,どこか,青葉県\n")
    r = cli("import", ws, bad)
    assert r.returncode == 1, r
    assert r.stdout == "" and len(r.stderr.strip().splitlines()) == 1, r
    assert "list.csv" in r.stderr and "line 1" in r.stderr, r.stderr
    r = ja("import", ws, bad)
    assert r.returncode == 1 and "1行目" in r.stderr, r

    empty = os.path.join(d, "05_pharmacy_20260601.csv")
    _, files, _ = generate(d)
    pharmacy = next(f for f in files if os.path.basename(f).startswith("05_pharmacy"))
    with open(pharmacy, encoding="utf-8-sig") as f:
        header = f.readline()
    with open(empty, "w", encoding="utf-8") as f:
        f.write(header)
    # A good file with a bad one: nothing of either is imported.
    r = cli("import", ws, pharmacy, empty)
    assert r.returncode == 1 and "no records" in r.stderr, r

    r = cli("import", ws, os.path.join(d, "missing.csv"))
    assert r.returncode == 1 and "missing.csv" in r.stderr, r
    r = cli("import", ws)
    assert r.returncode == 2, r

    assert sha(ws) == digest
    assert query(ws, "SELECT count(*) FROM organization WHERE source <> ''")[0][0] == 0


# -- export -------------------------------------------------------------

RESOURCE_SQL = ("SELECT name, address, phone FROM organization WHERE NOT closed "
                "ORDER BY kana, name, id")


def read_xlsx(path):
    import openpyxl
    return openpyxl.load_workbook(path)


@test
def export_to_excel_reads_back_cell_by_cell():
    d = tmpdir()
    ws = sample(d)
    out = os.path.join(d, "resources.xlsx")
    r = ja("export-resources", ws, out)
    assert r.returncode == 0 and r.stderr == "", r

    book = read_xlsx(out)
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    heading = rows[0]
    for label in ("名称", "フリガナ", "種類", "所在地", "電話番号", "確認日", "24時間対応"):
        assert label in heading, heading
    expected = query(ws, RESOURCE_SQL)
    assert len(rows) - 1 == len(expected), (len(rows), len(expected))
    col = {h: i for i, h in enumerate(heading)}
    got = [(row[col["名称"]], row[col["所在地"]], row[col["電話番号"]]) for row in rows[1:]]
    assert got == [tuple(v or None for v in e) for e in expected], (got[:3], expected[:3])

    # A capability's answer in its own column.
    yes = query(ws, "SELECT o.name FROM organization o JOIN resource_capability rc "
                    "ON rc.organization_id = o.id JOIN capability c ON c.id = rc.capability_id "
                    "WHERE c.code = 'around_clock' AND rc.value = 'yes' ORDER BY o.name")
    marked = sorted(row[col["名称"]] for row in rows[1:] if row[col["24時間対応"]] == "可")
    assert marked == [n for (n,) in yes], (marked, yes)

    # Ready to print and to filter: frozen heading, autofilter over the
    # whole table, A4 landscape fit to the width, the heading on every page.
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:") and sheet.auto_filter.ref.endswith(str(len(rows)))
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert int(sheet.page_setup.fitToWidth or 1) == 1 and int(sheet.page_setup.fitToHeight) == 0
    assert sheet.print_title_rows == "$1:$1", sheet.print_title_rows


@test
def export_follows_the_filter():
    d = tmpdir()
    ws = sample(d)
    out = os.path.join(d, "pharmacies.xlsx")
    r = cli("export-resources", "--kind", "pharmacy", ws, out)
    assert r.returncode == 0, r
    names = sorted(row[0] for row in list(read_xlsx(out).active.iter_rows(values_only=True))[1:])
    expected = sorted(n for (n,) in query(ws, "SELECT name FROM organization WHERE kind = 'pharmacy' "
                                              "AND NOT closed"))
    assert names == expected and "さくら中央薬局" in names, (names, expected)

    out = os.path.join(d, "ventilator.xlsx")
    r = cli("export-resources", "--capability", "ventilator", "--capability", "around_clock", ws, out)
    assert r.returncode == 0, r
    names = sorted(row[0] for row in list(read_xlsx(out).active.iter_rows(values_only=True))[1:])
    both = sorted(n for (n,) in query(
        ws, "SELECT o.name FROM organization o WHERE NOT closed AND "
            "(SELECT count(*) FROM resource_capability rc JOIN capability c ON c.id = rc.capability_id "
            " WHERE rc.organization_id = o.id AND c.code IN ('ventilator', 'around_clock') "
            " AND rc.value NOT IN ('', 'no')) = 2"))
    assert names == both, (names, both)

    r = cli("export-resources", "--capability", "flying", ws, out)
    assert r.returncode == 1 and "flying" in r.stderr, r


@test
def export_opens_in_libreoffice():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "SKIP LibreOffice is not installed"
    d = tmpdir()
    ws = sample(d)
    out = os.path.join(d, "resources.xlsx")
    assert ja("export-resources", ws, out).returncode == 0
    profile = "file://" + os.path.join(d, "lo-profile")
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", d, out],
                   check=True, capture_output=True, timeout=120)
    with open(os.path.join(d, "resources.csv"), encoding="utf-8") as f:
        text = f.read()
    for (name, _, _) in query(ws, RESOURCE_SQL):
        assert name in text, name


# -- print --------------------------------------------------------------


@test
def print_to_pdf_reads_back():
    d = tmpdir()
    ws = sample(d)
    out = os.path.join(d, "resources.pdf")
    r = ja("print-resources", ws, out)
    assert r.returncode == 0, r

    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = (float(x) for x in size.split(":")[1].split("pts")[0].split(" x "))
    assert round(width) == 842 and round(height) == 595, size   # A4 landscape

    text = subprocess.run(["pdftotext", "-raw", out, "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.startswith("資源一覧"), text[:400]
    assert "名称 種類 市町村 所在地 電話番号" in text, text[:400]
    assert "1 / " in text
    # Long names wrap inside their cells: compare without the line breaks.
    flat = "".join(text.split())
    for (name, address, phone) in query(ws, RESOURCE_SQL):
        assert "".join(name.split()) in flat, name
        assert phone == "" or phone in flat, phone


# -- coverage -----------------------------------------------------------


@test
def coverage_names_the_gaps():
    d = tmpdir()
    ws = sample(d)
    r = ja("coverage", ws)
    assert r.returncode == 0, r
    blocks = r.stdout.split("\n")
    start = blocks.index("やまべ村")
    yamabe = []
    for line in blocks[start + 1:]:
        if not line.startswith("  "):
            break
        yamabe.append(line.strip())
    gaps = [line for line in yamabe if line.endswith("—")]
    assert any(line.startswith("人工呼吸器管理") for line in gaps), yamabe
    assert any(line.startswith("訪問診療") and not line.endswith("—") for line in yamabe), yamabe


if __name__ == "__main__":
    print(f"1..{len(TESTS)}", flush=True)
    failed = 0
    for n, fn in enumerate(TESTS, 1):
        try:
            skip = fn()
        except Exception as e:  # report, go on with the next test
            import traceback
            for line in traceback.format_exc().splitlines():
                print("# " + line, flush=True)
            print(f"not ok {n} {fn.__name__}", flush=True)
            failed += 1
        else:
            if isinstance(skip, str) and skip.startswith("SKIP"):
                print(f"ok {n} {fn.__name__} # {skip}", flush=True)
            else:
                print(f"ok {n} {fn.__name__}", flush=True)
    sys.exit(1 if failed else 0)
