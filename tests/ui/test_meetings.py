#!/usr/bin/python3
# The meetings tab as a coordinator uses it, in Japanese, through the
# accessibility tree: a new meeting with an agenda item and a participant
# added on the spot, a warning when the minutes name someone, and all of it
# still there after the workspace is opened again. Then the sample: what a
# meeting carries over, its handout's print dialog, asking before a meeting
# with issues is deleted, and the issue register.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402
from rkgui import wait_for, find, find_all  # noqa: E402

TITLE = "第1回 テスト連携会議"
ITEM = "退院支援ルールの運用状況"
PERSON = "桜井 花子"
ORG = "みどり訪問看護ステーション"


def labels(root):
    return [a.name for a in find_all(root, "label")]


def button(app, name, root=None):
    """A push button by its accessible name. GTK 4.8 appends the text of a
    button's content to the label given to it ("新しい会議 新しい会議(N)")."""
    return app.find("push button", root=root,
                    pred=lambda b: b.name == name or b.name.startswith(name + " "))


def open_meetings(app):
    app.select_tab("会議")
    return wait_for(lambda: find(app.frame, "list", "会議", visible=True), what="the meeting list")


def test_add_meeting_item_participant():
    workspace = os.path.join(tempfile.mkdtemp(prefix="rkgui-meet-"), "new.renkei")
    rkgui.renkei_cli("new", workspace)

    with rkgui.Renkei(workspace=workspace) as app:
        open_meetings(app)
        app.screenshot("meetings-empty")

        # A new meeting is dated today and its title is ready for typing.
        app.click(button(app, "新しい会議"))
        title = app.find("text", "会議名")
        app.set_text(title, TITLE)
        wait_for(lambda: TITLE in labels(app.find("list", "会議")), what="the title in the list")

        # An agenda item under 現状把握.
        app.click(button(app, "「現状把握」に議題を追加"))
        item = app.find("text", "議題")
        app.set_text(item, ITEM)
        wait_for(lambda: find(app.frame, "label", ITEM), what="the agenda item's row title")

        # Minutes that name someone are warned about.
        minutes = app.find("text", "議事の記録")
        try:
            minutes.queryEditableText().setTextContents("山田さんの退院調整について報告があった。")
            warning = app.find("label", pred=lambda a: a.name.startswith("個人名の可能性があります"),
                               timeout=5)
            assert "「山田さん」" in warning.name, warning.name
            app.screenshot("meetings-name-warning")
            minutes.queryEditableText().setTextContents("退院支援ルールの運用状況を共有した。")
            wait_for(lambda: not rkgui.on_screen(warning), what="the warning to go")
        except NotImplementedError:  # a GtkTextView without EditableText
            rkgui.log("text view not editable through AT-SPI; minutes warning not checked")

        # A participant added on the spot: a person of a new organisation.
        app.click(button(app, "参加者を追加"))
        picker = app.window("参加者を追加")
        app.set_text(app.find("text", "氏名（任意）", root=picker), PERSON)
        app.set_text(app.find("text", "新しい機関の名称（任意）", root=picker), ORG)
        app.click(app.find("push button", root=picker,
                           pred=lambda b: b.name.startswith("その場で追加")))
        wait_for(lambda: find(picker, "label", pred=lambda a: ORG in a.name and "追加しました" in a.name),
                 what="the picker to say it was added")
        app.screenshot("meetings-picker")
        app.key("Escape")
        wait_for(lambda: not rkgui.on_screen(picker), what="the picker to close")
        wait_for(lambda: find(app.frame, "label", ORG), what="the participant's row")
        app.screenshot("meetings-added")

    # Everything was saved as it was made: open the workspace again.
    db = sqlite3.connect(workspace)
    assert db.execute("SELECT count(*) FROM meeting WHERE title = ?", (TITLE,)).fetchone()[0] == 1
    assert db.execute("SELECT step, title FROM agenda_item").fetchall() == [("situation", ITEM)]
    row = db.execute("SELECT p.name, o.name, o.kind FROM participant AS p"
                     " JOIN organization AS o ON o.id = p.organization_id").fetchall()
    assert row == [(PERSON, ORG, "other")], row
    db.close()

    with rkgui.Renkei(workspace=workspace) as app:
        meetings = open_meetings(app)
        wait_for(lambda: TITLE in labels(meetings), what="the meeting after reopening")
        meetings.querySelection().selectChild(0)
        title = app.find("text", "会議名")
        wait_for(lambda: rkgui.text_of(title) == TITLE, what="the title in the form")
        app.find("label", ITEM)
        app.find("label", ORG)
        app.screenshot("meetings-reopened")


def test_register_and_delete_asks():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        meetings = open_meetings(app)
        wait_for(lambda: "第2回 在宅医療・介護連携会議（二次連携）" in labels(meetings),
                 what="the sample's meetings")

        # The second 二次連携 meeting carries issues over from earlier ones.
        names = labels(meetings)
        for i in range(meetings.childCount):
            if "第2回 在宅医療・介護連携会議（二次連携）" in labels(meetings.getChildAtIndex(i)):
                meetings.querySelection().selectChild(i)
                break
        app.find("label", "前回からの継続")
        wait_for(lambda: find(app.frame, pred=lambda a: a.name.startswith("課題3：退院支援ルール")),
                 what="a carried-over issue")
        app.screenshot("meetings-carried")

        # Its handout goes through the print dialog, with page setup and preview.
        app.click(button(app, "配布資料を印刷"))
        printing = app.window("印刷")
        app.find("push button", root=printing, pred=lambda b: b.name.startswith("プレビュー"))
        app.find("page tab", root=printing, pred=lambda t: "ページの設定" in (t.name or "")
                 or find(t, "label", "ページの設定") is not None)
        app.screenshot("meetings-print-dialog")
        app.click(app.find("push button", root=printing,
                           pred=lambda b: b.name.startswith("キャンセル")))
        wait_for(lambda: all(w.name != "印刷" for w in app.windows()),
                 what="the print dialog to close")

        # Deleting it asks first, since an issue was raised there; cancel.
        app.click(button(app, "会議を削除"))
        dialog = app.window("を削除しますか")
        app.screenshot("meetings-delete-asks")
        app.click(app.find("push button", root=dialog, pred=lambda b: b.name.startswith("キャンセル")))
        wait_for(lambda: not rkgui.on_screen(dialog), what="the question to close")

        # The register, unresolved issues by default, filtered in SQL.
        app.click(app.find("page tab", "課題一覧"))
        wait_for(lambda: find(app.frame, "label", "4件", visible=True), what="4 unresolved issues")
        app.screenshot("meetings-register")
        del names

    # Nothing was deleted.
    db = sqlite3.connect(workspace)
    assert db.execute("SELECT count(*) FROM meeting").fetchone()[0] == 9
    db.close()


if __name__ == "__main__":
    rkgui.run(test_add_meeting_item_participant, test_register_and_delete_asks)
