#!/usr/bin/python3
# The resources tab as a user meets it, in Japanese: the sample's directory,
# a search typed a key at a time (hiragana finding a katakana reading), a
# capability filter ticked in its menu, the 要確認 view, the map and the
# coverage gaps, and an edit in the detail pane that is saved at once.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sqlite3
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402
from rkgui import wait_for, find, find_all  # noqa: E402


def count(app):
    """The number in the status line under the list, e.g. 41件の資源."""
    label = find(app.frame, "label", pred=lambda a: re.fullmatch(r"\d+件の資源", a.name or ""),
                 visible=True)
    assert label is not None, "no status line"
    return int(re.match(r"\d+", label.name).group(0))


def focus(acc, limit=120):
    """Tabs through the focused window until @acc has the focus."""
    for _ in range(limit):
        if rkgui.has_state(acc, rkgui.pyatspi.STATE_FOCUSED):
            return
        subprocess.run(["xdotool", "key", "Tab"], check=True)
    raise AssertionError(f"Tab never reached {acc.name!r}")


def db_count(workspace, sql, *params):
    with sqlite3.connect(workspace) as db:
        return db.execute(sql, params).fetchone()[0]


def test_search_and_filter():
    workspace = rkgui.sample_workspace()
    total = db_count(workspace, "SELECT count(*) FROM organization WHERE NOT closed")
    around_clock = db_count(workspace,
                            "SELECT count(*) FROM organization o JOIN resource_capability rc "
                            "ON rc.organization_id = o.id JOIN capability c ON c.id = rc.capability_id "
                            "WHERE c.code = 'around_clock' AND rc.value = 'yes' AND NOT o.closed")
    assert 0 < around_clock < total, (around_clock, total)

    with rkgui.Renkei(workspace=workspace) as app:
        app.select_tab("資源")
        wait_for(lambda: count(app) == total, what=f"{total} resources listed")
        app.screenshot("resources-list")

        # Typing narrows the list a key at a time; the sample's 訪問看護
        # stations are found by the hiragana of their katakana reading.
        search = app.find("entry", "資源を検索")
        app.xclick(search)
        app.type_text("ほうもんかんご")
        expected = db_count(workspace, "SELECT count(*) FROM organization WHERE NOT closed "
                            "AND kana LIKE '%ホウモンカンゴ%'")
        assert expected > 0
        wait_for(lambda: count(app) == expected, what=f"{expected} resources found by ほうもんかんご")
        names = [c.name for c in find_all(app.find("tree table", "資源"), "label", visible=True)]
        assert any("訪問看護" in (n or "") for n in names), names[:20]
        app.screenshot("resources-search")

        # Clearing the search brings the whole list back.
        app.set_text(search, "")
        wait_for(lambda: count(app) == total, what="the whole list again")

        # A capability ticked in the menu keeps only the resources that have it.
        # (The popover is a surface of its own, placed where Xvfb knows but
        # the accessibility tree does not say: the keyboard reaches into it.)
        app.xclick(app.find("push button", "対応可能な機能で絞り込む"))
        check = app.find("check box", "24時間対応")
        focus(check)
        subprocess.run(["xdotool", "key", "space"], check=True)
        wait_for(lambda: rkgui.has_state(check, rkgui.pyatspi.STATE_CHECKED), what="24時間対応 ticked")
        wait_for(lambda: count(app) == around_clock, what=f"{around_clock} resources open around the clock")
        app.screenshot("resources-capability")
        subprocess.run(["xdotool", "key", "Escape"], check=True)

        # The capability and a search combine.
        app.set_text(search, "さくら")
        wait_for(lambda: count(app) <= around_clock, what="search within the filter")
        app.set_text(search, "")
        wait_for(lambda: count(app) == around_clock, what="the filter alone again")

        # 要確認: nothing confirmed in the chosen age, or never.
        stale = app.find("push button", "要確認")
        app.click(stale)
        wait_for(lambda: count(app) <= around_clock, what="the 要確認 view")

        # The map and the coverage gaps are pages of the same tab.
        app.click(app.find("page tab", "地図"))
        app.screenshot("resources-map")
        app.click(app.find("page tab", "圏域の空白"))
        app.find("label", "やまべ村")
        app.screenshot("resources-coverage")


def test_edit_in_detail_pane():
    workspace = rkgui.sample_workspace()
    name = "あおぞら訪問看護ステーション"
    new_name = "あおぞら訪問看護ステーション 本店"

    with rkgui.Renkei(workspace=workspace) as app:
        app.select_tab("資源")
        search = app.find("entry", "資源を検索")
        app.set_text(search, "あおぞら訪問")
        wait_for(lambda: count(app) == 1, what="one resource found")
        cell = app.find("label", root=app.find("tree table", "資源"),
                        pred=lambda c: (c.name or "").startswith("あおぞら"))
        app.xclick(cell)

        row = app.find("text", "名称", pred=lambda a: rkgui.text_of(a) == name)
        app.set_text(row, new_name)
        wait_for(lambda: db_count(workspace, "SELECT count(*) FROM organization WHERE name = ?",
                                  new_name) == 1, what="the new name saved at once")
        app.screenshot("resources-detail")

        app.key("ctrl+z")
        wait_for(lambda: db_count(workspace, "SELECT count(*) FROM organization WHERE name = ?",
                                  name) == 1, what="Ctrl+Z to undo the name")


def test_add_delete_undo():
    workspace = rkgui.sample_workspace()
    total = db_count(workspace, "SELECT count(*) FROM organization WHERE NOT closed")

    with rkgui.Renkei(workspace=workspace) as app:
        app.select_tab("資源")
        wait_for(lambda: count(app) == total, what=f"{total} resources listed")

        # Ctrl+Shift+N adds one and shows it in the pane, ready to be named.
        app.key("ctrl+shift+n")
        wait_for(lambda: count(app) == total + 1, what="the new resource in the list")
        row = app.find("text", "名称", pred=lambda a: rkgui.text_of(a) == "新しい資源")
        app.set_text(row, "やまべ村訪問歯科")
        wait_for(lambda: db_count(workspace, "SELECT count(*) FROM organization WHERE name = ?",
                                  "やまべ村訪問歯科") == 1, what="the new resource named")

        # Delete in the list deletes it at once; the toast undoes it.
        app.set_text(app.find("entry", "資源を検索"), "やまべ村訪問歯科")
        wait_for(lambda: count(app) == 1, what="the new resource found")
        table = app.find("tree table", "資源")
        app.xclick(app.find("label", "やまべ村訪問歯科", root=table))
        app.key("Delete")
        # (The toast goes after a few seconds: its button is sought at once.)
        undo = app.find("push button", pred=lambda b: (b.name or "").startswith("元に戻す("))
        # The file first (quick), then the toast's Undo at once: on a busy
        # machine the toast may time out while the list catches up.
        wait_for(lambda: db_count(workspace, "SELECT count(*) FROM organization WHERE name = ?",
                                  "やまべ村訪問歯科") == 0, what="the resource deleted")
        app.click(undo)
        wait_for(lambda: db_count(workspace, "SELECT count(*) FROM organization WHERE name = ?",
                                  "やまべ村訪問歯科") == 1, what="the toast's Undo to bring it back")
        wait_for(lambda: count(app) == 1, what="the resource back in the list")
        app.screenshot("resources-undone")


if __name__ == "__main__":
    rkgui.run(test_search_and_filter, test_edit_in_detail_pane, test_add_delete_undo)
