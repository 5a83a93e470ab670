#!/usr/bin/python3
# renkei-cli as a script or a coordinator uses it: exit statuses, one-line
# errors, files left untouched, output in English and in Japanese.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import hashlib
import os
import stat
import subprocess
import sys
import tempfile

CLI = os.path.join(os.environ["RK_BUILD_ROOT"], "src", "cli", "renkei-cli")
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def cli(*args, lang="C.UTF-8"):
    env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="",
               RENKEI_LOCALEDIR=os.path.join(os.environ["RK_BUILD_ROOT"], "po"))
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def tmp(name):
    return os.path.join(tempfile.mkdtemp(prefix="rkcli-"), name)


@test
def help_lists_every_verb():
    r = cli("--help")
    assert r.returncode == 0, r
    for verb in ("new", "sample", "info"):
        assert f"  {verb} WORKSPACE" in r.stdout, r.stdout


@test
def new_creates_private_workspace():
    path = tmp("new.renkei")
    r = cli("new", path)
    assert r.returncode == 0 and r.stderr == "", r
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    info = cli("info", path)
    assert info.returncode == 0, info
    assert "Format version: " in info.stdout and "Base: (not set)" in info.stdout, info.stdout


@test
def new_refuses_existing_file():
    path = tmp("existing.renkei")
    with open(path, "w") as f:
        f.write("my notes\n")
    before = sha(path)
    r = cli("new", path)
    assert r.returncode == 1, r
    assert r.stderr.count("\n") == 1 and "already exists" in r.stderr, r.stderr
    assert sha(path) == before


@test
def sample_info_in_english():
    path = tmp("sample.renkei")
    assert cli("sample", path).returncode == 0
    r = cli("info", path)
    assert r.returncode == 0, r
    out = r.stdout
    for expected in ("Base: さくら在宅医療連携拠点",
                     "Staff: 5 (Public health nurse 2",
                     "Home-care area set by: Secondary medical area",
                     "992011 さくら市 (青葉県)  population 152,340  aged 65+ 46,210",
                     "Total  population 175,070  aged 65+ 55,065",
                     "Information as of: 2026-10"):
        assert expected in out, (expected, out)
    rows = dict(line.split() for line in out.split("Rows per table:\n")[1].splitlines())
    assert rows["municipality"] == "3" and rows["staff"] == "4", rows


@test
def sample_info_in_japanese():
    path = tmp("sample.renkei")
    assert cli("sample", path).returncode == 0
    r = cli("info", path, lang="ja_JP.UTF-8")
    assert r.returncode == 0, r
    for expected in ("拠点: さくら在宅医療連携拠点", "担当者: 5 (保健師 2、社会福祉士 1",
                     "在宅医療の圏域の設定単位: 二次医療圏", "情報の時点: 2026-10"):
        assert expected in r.stdout, (expected, r.stdout)


@test
def info_reads_an_open_workspace_without_changing_it():
    # A reader takes no lock: info works while Renkei has the file open,
    # and reading leaves the file as it was.
    path = tmp("sample.renkei")
    assert cli("sample", path).returncode == 0
    before = sha(path)
    assert cli("info", path).returncode == 0
    assert sha(path) == before


@test
def errors_are_one_line_and_leave_files_alone():
    text = tmp("notes.renkei")
    with open(text, "w") as f:
        f.write("not a database\n")
    before = sha(text)
    cases = [
        (("info", text), 1, "not a Renkei workspace"),
        (("info", tmp("missing.renkei")), 1, "does not exist"),
        (("info",), 2, "Missing argument"),
        (("frobnicate",), 2, "Unknown command"),
    ]
    for args, status, words in cases:
        r = cli(*args)
        assert r.returncode == status, (args, r)
        assert r.stderr.startswith("renkei-cli: ") and r.stderr.count("\n") == 1, (args, r.stderr)
        assert words in r.stderr, (args, r.stderr)
    assert sha(text) == before


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
    sys.exit(1 if failed else 0)
