#!/usr/bin/python3
# renkei-cli's logic-model verbs: the list of models, the diagrams as PNG,
# PDF and SVG, the PDCA cycle, the Excel export and the value import, with
# their exit statuses and one-line errors, in English and Japanese.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

CLI = os.path.join(os.environ["RK_BUILD_ROOT"], "src", "cli", "renkei-cli")
TESTS = []
DIR = tempfile.mkdtemp(prefix="rkcli-lm-")


def test(fn):
    TESTS.append(fn)
    return fn


def cli(*args, lang="C.UTF-8"):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="",
               RENKEI_LOCALEDIR=os.path.join(os.environ["RK_BUILD_ROOT"], "po"))
    # In the sanitizer build, LeakSanitizer would list the suppressions it
    # used (fontconfig's caches) on stderr, which the verbs' output is
    # checked to be free of.
    # GLib and fontconfig have no frame pointers: only the slow unwinder
    # reaches the frames that lsan.supp names.
    if "LSAN_OPTIONS" in env:
        env["LSAN_OPTIONS"] += ":print_suppressions=0"
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":fast_unwind_on_malloc=0"
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def path(name):
    return os.path.join(DIR, name)


def sample():
    p = path("sample.renkei")
    if not os.path.exists(p):
        assert cli("sample", p).returncode == 0
    return p


def sha(p):
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@test
def lists_models_by_number():
    r = cli("logic-models", sample())
    assert r.returncode == 0 and r.stderr == "", r
    assert r.stdout == "1\t急変時の対応\n2\t看取り\n", r.stdout
    empty = path("empty.renkei")
    assert cli("new", empty).returncode == 0
    r = cli("logic-models", empty)
    assert r.returncode == 0 and r.stdout == "", r


@test
def renders_png_pdf_svg():
    ws = sample()
    before = sha(ws)
    for model in ("1", "看取り"):
        for ext in ("png", "pdf", "svg"):
            out = path(f"model-{model}.{ext}")
            r = cli("render-logic-model", ws, model, out)
            assert r.returncode == 0 and r.stderr == "", (model, ext, r)
            with open(out, "rb") as f:
                head = f.read(64)
            if ext == "png":
                assert head.startswith(b"\x89PNG\r\n\x1a\n"), head
                width, height = struct.unpack(">II", head[16:24])
                assert width > 800 and height > 300, (width, height)
            elif ext == "pdf":
                assert head.startswith(b"%PDF-"), head
            else:
                assert b"<svg" in open(out, "rb").read(2000), head
    # Reading leaves the workspace as it was.
    assert sha(ws) == before
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", path("model-1.pdf"), "-"], capture_output=True,
                              text=True).stdout
        flat = "".join(text.split())
        for box in ("診診連携による夜間・休日の往診当番体制をつくる",
                    "在宅療養者が急変時にも住み慣れた場所で適切な医療を受けられる"):
            assert box in flat, flat


@test
def renders_pdca_in_japanese():
    out = path("pdca.pdf")
    r = cli("render-pdca", sample(), "1", "2025", out, lang="ja_JP.UTF-8")
    assert r.returncode == 0 and r.stderr == "", r
    if shutil.which("pdftotext"):
        flat = "".join(subprocess.run(["pdftotext", out, "-"], capture_output=True,
                                      text=True).stdout.split())
        for words in ("計画", "実行", "評価", "改善", "年度ごとの経過", "研修を夜間のオンライン開催に切り替え"):
            assert words in flat, (words, flat)


@test
def exports_xlsx():
    out = path("model.xlsx")
    r = cli("export-logic-model", sample(), "2", out, lang="ja_JP.UTF-8")
    assert r.returncode == 0 and r.stderr == "", r
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        assert "xl/workbook.xml" in names, names
        workbook = z.read("xl/workbook.xml").decode()
        assert "ロジックモデル" in workbook and "指標一覧" in workbook, workbook


@test
def imports_values_all_or_nothing():
    ws = path("import.renkei")
    assert cli("sample", ws).returncode == 0
    good = path("good.csv")
    with open(good, "w", encoding="utf-8-sig") as f:
        f.write("指標コード,年度,種別,値\nmhlw8-p-emergency-01,2026,実績値,801\n"
                "mhlw8-p-emergency-01,2027,目標値,820\n")
    r = cli("import-indicator-values", ws, good)
    assert r.returncode == 0 and r.stdout == "2 values imported\n", r
    bad = path("bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("指標コード,年度,値\nmhlw8-p-emergency-01,2026,1\nmhlw8-p-emergency-01,来年,2\n")
    before = sha(ws)
    r = cli("import-indicator-values", ws, bad)
    assert r.returncode == 1, r
    assert r.stderr.startswith("renkei-cli: bad.csv, line 3: ") and r.stderr.count("\n") == 1, r.stderr
    assert sha(ws) == before


@test
def loads_indicator_lists():
    ws = path("lists.renkei")
    assert cli("new", ws).returncode == 0
    r = cli("load-indicator-examples", ws)
    assert r.returncode == 0 and r.stdout == "46 indicators added\n", r
    r = cli("load-indicator-examples", ws)
    assert r.returncode == 0 and r.stdout == "0 indicators added\n", r
    own = path("pref.tsv")
    with open(own, "w", encoding="utf-8") as f:
        f.write("code\tname\tedition\tfunctions\n"
                "pref-01\t緩和ケア研修を修了した医師数\tprefecture\tend_of_life\n")
    r = cli("load-indicators", ws, own)
    assert r.returncode == 0 and r.stdout == "1 indicator added\n", r
    bad = path("bad.tsv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("code\tname\tcolour\nx\ty\tred\n")
    r = cli("load-indicators", ws, bad)
    assert r.returncode == 1 and "bad.tsv, line 1" in r.stderr and r.stderr.count("\n") == 1, r


@test
def errors_are_one_line():
    ws = sample()
    cases = [
        (("render-logic-model", ws, "9", path("x.png")), 1, "no logic model number 9"),
        (("render-logic-model", ws, "1", path("x.jpg")), 1, ".png, .pdf or .svg"),
        (("render-logic-model", ws, "1", "/nonexistent-dir/x.pdf"), 1, "nonexistent-dir"),
        (("render-pdca", ws, "1", "next", path("x.png")), 2, "fiscal year"),
        (("export-logic-model", ws, "看護", path("x.xlsx")), 1, "no logic model “看護”"),
        (("render-logic-model", ws), 2, "Missing argument"),
        (("logic-models",), 2, "Missing argument"),
    ]
    for args, status, words in cases:
        r = cli(*args)
        assert r.returncode == status, (args, r)
        assert r.stderr.startswith("renkei-cli: ") and r.stderr.count("\n") == 1, (args, r.stderr)
        assert words in r.stderr, (args, r.stderr)
    assert not os.path.exists(path("x.png")) and not os.path.exists(path("x.jpg"))


if __name__ == "__main__":
    print(f"1..{len(TESTS)}", flush=True)
    failed = 0
    for n, fn in enumerate(TESTS, 1):
        try:
            fn()
            print(f"ok {n} {fn.__name__}", flush=True)
        except Exception as e:
            failed += 1
            for line in repr(e).splitlines():
                print("# " + line)
            print(f"not ok {n} {fn.__name__}", flush=True)
    shutil.rmtree(DIR, ignore_errors=True)
    sys.exit(1 if failed else 0)
