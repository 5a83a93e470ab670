#!/usr/bin/python3
# The logic models tab as a user meets it, in Japanese: a 施策 added and
# linked to an outcome through the accessibility tree, saved at once,
# undone and redone; keyboard navigation and zoom on the diagram; the PDCA
# stage of the year; a value entered for an indicator. What the app wrote
# is read back from the workspace file after it quits.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402
from rkgui import wait_for, find  # noqa: E402

pyatspi = rkgui.pyatspi
NEW_MEASURE = "医療的ケア児の退院前カンファレンスを開く"


def query(workspace, sql, *args):
    with sqlite3.connect(workspace) as db:
        return db.execute(sql, args).fetchall()


def open_tab(app):
    app.select_tab("ロジックモデル")
    return app.find("image", "ロジックモデル図")


def link_switch(app, number):
    """The switch that draws an arrow to box @number. The editor rebuilds
    its rows after every change, so look it up afresh each time."""
    return app.find(pred=lambda a: a.name.startswith("つながる先：" + number + "\u3000"))


def checked(acc):
    return rkgui.has_state(acc, pyatspi.STATE_CHECKED)


def test_add_measure_and_link():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        open_tab(app)
        add = app.find("push button", pred=lambda a: a.name.startswith("施策を追加"))
        app.click(add)

        # The new box is selected and its editor shows, ready for the text.
        text = app.find("text", "個別施策")
        number = app.find("text", "番号")
        wait_for(lambda: rkgui.text_of(number) == "1-7", what="the new box numbered 1-7")
        app.set_text(text, NEW_MEASURE)
        wait_for(lambda: query(workspace, "SELECT count(*) FROM logic_model_node WHERE text = ?",
                               NEW_MEASURE)[0][0] == 1, what="the text saved at once")

        # Link it to an intermediate outcome with the switch named after it.
        assert not checked(link_switch(app, "2-1"))
        app.click(link_switch(app, "2-1"))
        wait_for(lambda: checked(link_switch(app, "2-1")), what="the switch to turn on")
        app.screenshot("lm-linked")

        def linked():
            return query(workspace, """
                SELECT count(*) FROM logic_model_link l
                JOIN logic_model_node s ON s.id = l.source_id
                JOIN logic_model_node t ON t.id = l.target_id
                JOIN logic_model m ON m.id = s.model_id
                WHERE m.number = 1 AND s.number = '1-7' AND t.number = '2-1'""")[0][0]

        wait_for(lambda: linked() == 1, what="the arrow saved")

        # Undo and redo from the header bar, as the window's history. (In a
        # text field Ctrl+Z would first undo the typing in that field.)
        app.click(app.find("push button", "元に戻す"))
        wait_for(lambda: linked() == 0, what="Undo to remove the arrow")
        wait_for(lambda: not checked(link_switch(app, "2-1")), what="the switch to follow the undo")
        app.click(app.find("push button", "やり直す"))
        wait_for(lambda: linked() == 1, what="Redo to draw it again")
        wait_for(lambda: checked(link_switch(app, "2-1")), what="the switch to follow the redo")

    # Everything is in the file once the app has quit.
    rows = query(workspace, """
        SELECT s.number, t.number FROM logic_model_link l
        JOIN logic_model_node s ON s.id = l.source_id
        JOIN logic_model_node t ON t.id = l.target_id WHERE s.text = ?""", NEW_MEASURE)
    assert rows == [("1-7", "2-1")], rows
    # The CLI draws it: the new text is in the PDF.
    out = os.path.join(os.path.dirname(workspace), "model.svg")
    rkgui.renkei_cli("render-logic-model", workspace, "1", out)
    assert os.path.getsize(out) > 0


def test_keyboard_zoom_and_pdca():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        canvas = open_tab(app)
        app.xclick(canvas)  # on the diagram's background: nothing selected, focus in it
        app.key("Home")
        wait_for(lambda: "1-1" in (canvas.description or ""), what="Home to select the first box")
        app.key("Right")
        wait_for(lambda: "中間アウトカム 2-" in (canvas.description or ""),
                 what="Right to follow an arrow to an intermediate outcome")
        app.key("Down")
        wait_for(lambda: (canvas.description or "").startswith("中間アウトカム 2-"),
                 what="Down within the column")
        number = app.find("text", "番号")
        assert rkgui.text_of(number).startswith("2-"), rkgui.text_of(number)

        app.click(app.find("push button", "拡大"))
        wait_for(lambda: app.find("push button", "125%"), what="the zoom to show 125%")
        app.screenshot("lm-zoomed")

        # The PDCA cycle of this fiscal year: move it on to 評価.
        app.click(app.find("page tab", "PDCAサイクル"))
        app.click(app.find("push button", "評価"))

        def stage():
            return query(workspace, """
                SELECT c.fiscal_year, c.stage FROM pdca_cycle c JOIN logic_model m ON m.id = c.model_id
                WHERE m.number = 1 ORDER BY c.fiscal_year DESC LIMIT 1""")

        wait_for(lambda: stage() == [(2026, 2)], what="評価 to be the stage of FY2026")
        app.screenshot("lm-pdca")


def test_indicator_value_by_hand():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        open_tab(app)
        app.click(app.find("page tab", "指標一覧"))
        search = app.find("entry", "指標を検索")
        app.set_text(search, "往診を受けた患者数")
        name = app.find("text", "名称")
        wait_for(lambda: rkgui.text_of(name) == "往診を受けた患者数", what="the indicator found")

        # Not checked against its source: the list says so.
        assert app.find("label", pred=lambda a: a.name == "※未確認")

        app.set_text(app.find("text", "年度"), "令和8年度")
        app.set_text(app.find("text", "値"), "812")
        app.click(app.find("push button", pred=lambda a: a.name.startswith("追加")))
        wait_for(lambda: query(workspace, """
            SELECT count(*) FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
            WHERE i.code = 'mhlw8-p-emergency-01' AND v.fiscal_year = 2026 AND v.area_code = ''
              AND v.kind = 'actual' AND v.value = 812""")[0][0] == 1,
                 what="the value saved")
        app.screenshot("lm-indicators")


if __name__ == "__main__":
    rkgui.run(test_add_measure_and_link, test_keyboard_zoom_and_pdca, test_indicator_value_by_hand)
