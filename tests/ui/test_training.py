#!/usr/bin/python3
# The 研修・普及啓発 tab as a coordinator uses it, in Japanese: a training
# session added through the Add menu, its title and participants typed in
# the form, the record found again after the app is reopened, and a record
# deleted from the list with the Delete key and brought back with Ctrl+Z;
# and the prefecture's workbook exported from the main menu's command.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402
from rkgui import wait_for, find, find_all  # noqa: E402

TAB = "研修・普及啓発"
LIST = "研修・普及啓発の記録"


def open_tab(app):
    wait_for(lambda: "さくら在宅医療連携拠点" in app.frame.name, what="the sample to open")
    app.key("alt+5")
    wait_for(lambda: rkgui.has_state(app.find("page tab", TAB), rkgui.pyatspi.STATE_SELECTED) or
             rkgui.has_state(app.find("page tab", TAB), rkgui.pyatspi.STATE_CHECKED),
             what="Alt+5 to show the training tab")
    return app.find("tree table", LIST)


def cell_texts(table):
    return [c.name for c in find_all(table, "label", visible=True)]


def query(path, sql):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_add_training_and_reopen():
    workspace = rkgui.sample_workspace()
    title = "GUIテスト研修：褥瘡ケアの基本"
    audience = "訪問看護師・介護職員"

    with rkgui.Renkei(workspace=workspace) as app:
        table = open_tab(app)
        wait_for(lambda: "在宅での看取りを支える多職種連携" in cell_texts(table),
                 what="the sample's records in the list")
        summary = app.find("label", pred=lambda l: l.name.startswith("11件"))
        app.screenshot("training-tab")

        # Add → 研修 from the tab's menu.
        app.click(app.find("push button", "追加(A)"))
        app.click(app.find("menu item", "研修(T)"))
        form = app.find("filler", "RkTrainingForm")
        theme = app.find("text", "研修テーマ", root=form)
        wait_for(lambda: rkgui.text_of(app.find("text", "実施日", root=form)) != "",
                 what="the new record dated today")
        wait_for(lambda: summary.name.startswith("12件") or
                 app.find("label", pred=lambda l: l.name.startswith("12件"), timeout=1),
                 what="the list to count the new record")

        app.set_text(theme, title)
        app.set_text(app.find("text", "対象者", root=form), audience)
        wait_for(lambda: title in cell_texts(table), what="the new title in the list")

        # Twelve participants whose profession was not recorded.
        app.click(app.find("push button", "職種を追加(P)", root=form))
        spin = app.find("spin button", "参加人数", root=form)
        spin.queryValue().currentValue = 12
        wait_for(lambda: "合計 12人" in [l.name for l in find_all(form, "label")],
                 what="the participants' total in the form")
        wait_for(lambda: "12" in cell_texts(table), what="the count in the list")

        # A function of home care, by its check box (below: scroll to it).
        check = app.find("check box", pred=lambda c: "看取り" in c.name, root=form)
        scroll_into_view(app, form, check)
        app.xclick(check)
        wait_for(lambda: rkgui.has_state(check, rkgui.pyatspi.STATE_CHECKED), what="看取り checked")
        app.screenshot("training-added")

    # Saved as it was typed: in the file once the app has quit.
    rows = query(workspace, "SELECT a.title, a.audience, a.functions, sum(p.headcount) FROM activity a"
                            " JOIN activity_participant p ON p.activity_id = a.id"
                            f" WHERE a.title = '{title}' GROUP BY a.id")
    assert rows == [(title, audience, 8, 12)], rows

    # And there after reopening.
    with rkgui.Renkei(workspace=workspace) as app:
        table = open_tab(app)
        wait_for(lambda: title in cell_texts(table), what="the record after reopening")
        row = [r for r in find_all(table, "table row") if title in [c.name for c in find_all(r, "label")]]
        assert row, "the row of the new record"
        assert "研修" in [c.name for c in find_all(row[0], "label")]


def test_delete_and_undo():
    workspace = rkgui.sample_workspace()
    victim = "出前講座「在宅医療ってなに？」"

    with rkgui.Renkei(workspace=workspace) as app:
        table = open_tab(app)
        cell = wait_for(lambda: find(table, "label", victim, visible=True), what="the record to delete")
        app.xclick(cell)
        form = app.find("filler", "RkTrainingForm")
        wait_for(lambda: rkgui.text_of(app.find("text", "表題・名称", root=form)) == victim,
                 what="the record's form")

        # Delete works from the list (the pointer is over it, so keys go there).
        subprocess_key(app, cell, "Delete")
        wait_for(lambda: victim not in cell_texts(table), what="the record to go")
        app.find("label", "「" + victim + "」を削除しました")
        app.screenshot("training-deleted")
        assert query(workspace, f"SELECT count(*) FROM activity WHERE title = '{victim}'") == [(0,)]

        app.key("ctrl+z")
        wait_for(lambda: victim in cell_texts(table), what="Ctrl+Z to bring it back")

    assert query(workspace, f"SELECT count(*) FROM activity WHERE title = '{victim}'") == [(1,)]


def test_export_workbook():
    """県提出用 Excel を書き出す: Ctrl+E, the year (the current one), a file."""
    import tempfile
    workspace = rkgui.sample_workspace()
    out = os.path.join(tempfile.mkdtemp(prefix="rkgui-export-"), "県提出用.xlsx")

    with rkgui.Renkei(workspace=workspace) as app:
        wait_for(lambda: "さくら在宅医療連携拠点" in app.frame.name, what="the sample to open")
        app.key("ctrl+e")
        dialog = app.window("県提出用 Excel を書き出す")
        year = app.find("combo box", "年度(Y)", root=dialog)
        assert find(year, "label", pred=lambda l: l.name.endswith("年度）")), "a fiscal year offered"
        app.screenshot("export-dialog")
        app.click(app.find("push button", pred=lambda b: b.name.startswith("書き出す"), root=dialog))

        chooser = wait_for(lambda: [w for w in app.windows()
                                    if w.getRoleName() == "filler" and w.name == "県提出用 Excel を書き出す"],
                           what="the file chooser")[0]
        name = app.find("text", "名前(N):", root=chooser)
        wait_for(lambda: rkgui.text_of(name).endswith(".xlsx"), what="a file name offered")
        assert "さくら在宅医療連携拠点" in rkgui.text_of(name), rkgui.text_of(name)
        app.set_text(name, out)
        app.click(app.find("push button", pred=lambda b: b.name.startswith("書き出す(_E)"), root=chooser))
        wait_for(lambda: os.path.exists(out), what="the workbook to be written")
        app.find("label", "ワークブックを「県提出用.xlsx」として書き出しました")

    try:
        import openpyxl
    except ImportError:
        return
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["拠点基本情報", "研修・普及啓発実績", "推進事業の取組状況"], wb.sheetnames
    assert wb["拠点基本情報"]["A1"].value.startswith("在宅医療に必要な連携を担う拠点")


def scroll_into_view(app, pane, acc):
    """Scrolls @pane with the mouse wheel until @acc is inside the window."""
    import subprocess
    frame = app.frame.queryComponent().getExtents(rkgui.pyatspi.WINDOW_COORDS)
    p = pane.queryComponent().getExtents(rkgui.pyatspi.WINDOW_COORDS)
    for _ in range(40):
        e = acc.queryComponent().getExtents(rkgui.pyatspi.WINDOW_COORDS)
        if e.y > p.y and e.y + e.height < frame.height - 10:
            return
        subprocess.run(["xdotool", "mousemove", str(p.x + p.width // 2), str(p.y + p.height // 2),
                        "click", "5"], check=True)
        rkgui.time.sleep(0.1)
    raise AssertionError("could not scroll to " + acc.name)


def subprocess_key(app, acc, key):
    """Presses a key with the pointer over @acc, which has the focus after a click."""
    import subprocess
    e = acc.queryComponent().getExtents(rkgui.pyatspi.WINDOW_COORDS)
    subprocess.run(["xdotool", "mousemove", str(e.x + e.width // 2), str(e.y + e.height // 2)], check=True)
    subprocess.run(["xdotool", "key", "--delay", "60", key], check=True)


if __name__ == "__main__":
    rkgui.run(test_add_training_and_reopen, test_delete_and_undo, test_export_workbook)
