#!/usr/bin/python3
# The links between the tabs, in Japanese, through the accessibility tree:
# a 施策 of a logic model linked to a countermeasure of the meetings' issue
# register, undone and redone, seen from the meetings side and followed
# back; and the minutes warning that knows the disaster BCP's register
# (a person added there is warned about in minutes and in a progress note,
# and the warning never shows the name). What the app wrote is read back
# from the workspace file.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402
from rkgui import wait_for, find, find_all  # noqa: E402

pyatspi = rkgui.pyatspi
# Generous: under AddressSanitizer every step is several times slower.
WAIT = 40
TRIAL = "主治医・副主治医制と休日・夜間の当番医をみなと町・やまべ村で試行する"
PERSON = "試験 次郎"
PERSON_KANA = "しけん じろう"


def query(workspace, sql, *args):
    with sqlite3.connect(workspace) as db:
        return db.execute(sql, args).fetchall()


def button(app, prefix, root=None):
    """A push button by the start of its name (mnemonics add "(X)")."""
    return app.find("push button", pred=lambda b: b.name.startswith(prefix), root=root,
                    timeout=WAIT)


def checked(acc):
    return rkgui.has_state(acc, pyatspi.STATE_CHECKED)


def select_box(app, canvas, number):
    """Selects box @number with the keyboard, as a user without a mouse
    would: Home, then Down through the measures' column."""
    app.xclick(canvas)
    app.key("Home")
    wait_for(lambda: (canvas.description or "").startswith("個別施策 "), WAIT, "a measure selected")
    for _ in range(12):
        if (canvas.description or "").startswith("個別施策 " + number + "："):
            return
        before = canvas.description
        app.key("Down")
        wait_for(lambda: canvas.description != before, WAIT, "the next box")
    raise AssertionError("box %s not reached: %s" % (number, canvas.description))


def trial_switch(app, root=None):
    """The switch that links the selected box to the night-time trial. The
    editor rebuilds its rows after every change: look it up each time."""
    return app.find(root=root, timeout=WAIT,
                    pred=lambda a: a.name.startswith("実施する対応策：対応策") and TRIAL in a.name)


def linked(workspace):
    return query(workspace, """
        SELECT count(*) FROM logic_model_node_countermeasure l
        JOIN logic_model_node n ON n.id = l.node_id
        JOIN logic_model m ON m.id = n.model_id
        JOIN countermeasure c ON c.id = l.countermeasure_id
        WHERE m.number = 1 AND n.number = '1-2' AND c.what = ?""", TRIAL)[0][0]


def test_link_measure_to_countermeasure():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        app.select_tab("ロジックモデル")
        canvas = app.find("image", "ロジックモデル図", timeout=WAIT)
        # The sample's 1-1 already serves the trial: its box says so.
        select_box(app, canvas, "1-1")
        assert "対応策 1件" in canvas.description, canvas.description
        app.screenshot("links-measure-1-1")

        # 1-2 (the stations' 24-hour agreement) serves it too.
        select_box(app, canvas, "1-2")
        app.click(button(app, "対応策をつなぐ"))
        dialog = app.window("対応策をつなぐ", timeout=WAIT)
        switch = trial_switch(app, root=dialog)
        assert not checked(switch)
        app.click(switch)
        wait_for(lambda: linked(workspace) == 1, WAIT, "the link saved at once")
        wait_for(lambda: checked(trial_switch(app, root=dialog)), WAIT, "the switch on")
        app.screenshot("links-chooser")
        app.key("Escape")
        wait_for(lambda: all(w.name != "対応策をつなぐ" for w in app.windows()), WAIT,
                 "the dialog to close")

        # The box editor lists it, switched on; the box counts it. (Searches
        # stay inside the editor's list: walking the whole window is slow.)
        actions = app.find("list", "対応策", timeout=WAIT)
        wait_for(lambda: checked(trial_switch(app, root=actions)), WAIT, "the editor's switch on")
        wait_for(lambda: "対応策 1件" in (canvas.description or ""), WAIT, "the box's count")
        app.screenshot("links-editor")

        # Undo and redo from the header bar: the switch follows, and stays
        # in the list (switched off) so that it can be turned on again.
        app.click(app.find("push button", "元に戻す", timeout=WAIT))
        wait_for(lambda: linked(workspace) == 0, WAIT, "Undo to unlink")
        wait_for(lambda: not checked(trial_switch(app, root=actions)), WAIT,
                 "the switch to follow the undo")
        app.click(app.find("push button", "やり直す", timeout=WAIT))
        wait_for(lambda: linked(workspace) == 1, WAIT, "Redo to link again")
        wait_for(lambda: checked(trial_switch(app, root=actions)), WAIT,
                 "the switch to follow the redo")

        # From the other side: the issue register shows which measures the
        # countermeasure carries out.
        app.click(app.find("push button", root=actions, timeout=WAIT,
                           pred=lambda b: b.name.startswith("対応策") and b.name.endswith("を課題一覧で表示")))
        register = wait_for(lambda: find(app.frame, "list", "対応策", visible=True)
                            if find(app.frame, "page tab", "会議", pred=lambda t: rkgui.has_state(
                                t, pyatspi.STATE_SELECTED) or rkgui.has_state(t, pyatspi.STATE_CHECKED))
                            else None, WAIT, "the issue register's countermeasures")
        button(app, "ロジックモデル1の施策1-2を表示", root=register)
        to_1_1 = button(app, "ロジックモデル1の施策1-1を表示", root=register)
        button(app, "ロジックモデル2の施策1-3を表示", root=register)
        app.find("label", root=register, timeout=WAIT,
                 pred=lambda a: "訪問看護ステーション間で24時間対応の相互支援協定を結ぶ" in a.name)
        app.screenshot("links-register")

        # …and leads to a box (1-1, while 1-2 is still selected there).
        app.click(to_1_1)
        wait_for(lambda: (canvas.description or "").startswith("個別施策 1-1："), WAIT,
                 "the logic model tab on box 1-1")
        tab = app.find("page tab", "ロジックモデル", timeout=WAIT)
        wait_for(lambda: rkgui.has_state(tab, pyatspi.STATE_SELECTED)
                 or rkgui.has_state(tab, pyatspi.STATE_CHECKED), WAIT, "the logic models tab shown")
        app.screenshot("links-back")

    rows = query(workspace, """
        SELECT m.number, n.number FROM logic_model_node_countermeasure l
        JOIN logic_model_node n ON n.id = l.node_id JOIN logic_model m ON m.id = n.model_id
        JOIN countermeasure c ON c.id = l.countermeasure_id
        WHERE c.what = ? ORDER BY m.number, n.number""", TRIAL)
    assert rows == [(1, "1-1"), (1, "1-2"), (2, "1-3")], rows


def labels_with(app, text):
    return [a.name for w in app.windows() for a in find_all(w, "label") if text in a.name]


def test_register_names_in_minutes():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        # A person added to the disaster BCP's register…
        app.select_tab("災害BCP")
        app.click(app.find("page tab", "要配慮者名簿", timeout=WAIT))
        app.click(button(app, "個人情報を表示"))
        app.click(button(app, "名簿に追加"))
        dialog = app.window("要配慮者の登録内容", timeout=WAIT)
        app.set_text(app.find("text", "氏名", root=dialog, timeout=WAIT), PERSON)
        app.set_text(app.find("text", "ふりがな", root=dialog, timeout=WAIT), PERSON_KANA)
        app.click(app.find("push button", "閉じる", root=dialog, timeout=WAIT))
        wait_for(lambda: not rkgui.on_screen(dialog), WAIT, "the form to close")
        wait_for(lambda: query(workspace, "SELECT count(*) FROM care_person WHERE kana = ?",
                               PERSON_KANA)[0][0] == 1, WAIT, "the person saved")

        # …is warned about in the minutes of a new agenda item, by field,
        # without the name.
        app.select_tab("会議")
        app.click(button(app, "新しい会議"))
        app.click(button(app, "「現状把握」に議題を追加"))
        minutes = app.find("text", "議事の記録", timeout=WAIT)
        minutes.queryEditableText().setTextContents("試験次郎さんの停電時の電源確保について報告があった。")
        warning = app.find("label", timeout=WAIT,
                           pred=lambda a: a.name.startswith("「議事の記録」に要配慮者名簿の氏名が含まれています"))
        assert "試験" not in warning.name and "次郎" not in warning.name, warning.name
        app.screenshot("links-minutes-warning")
        # The name is in the text typed, and in no label of any window.
        assert labels_with(app, "次郎") == [], labels_with(app, "次郎")
        minutes.queryEditableText().setTextContents("在宅人工呼吸器使用者の把握方法を確認した。")
        wait_for(lambda: not rkgui.on_screen(warning), WAIT, "the warning to go")

        # The reading in katakana, in a progress note of an issue.
        app.click(app.find("page tab", "課題一覧", timeout=WAIT))
        issues = app.find("tree table", "課題一覧", timeout=WAIT)
        rows = app.find("list", root=issues, timeout=WAIT)
        rows.querySelection().selectChild(0)
        app.click(button(app, "経過を追加"))
        # The new note's row is titled with today's date, and empty.
        note = wait_for(lambda: find(app.frame, "text", visible=True,
                                     pred=lambda a: (a.name or "")[:4].isdigit()
                                     and rkgui.text_of(a) == ""),
                        WAIT, "the new progress note")
        note.queryEditableText().setTextContents("シケン ジロウ様の避難先を保健所と調整中。")
        warning = app.find("label", timeout=WAIT,
                           pred=lambda a: "に要配慮者名簿の氏名が含まれています" in a.name)
        assert "シケン" not in warning.name and "ジロウ" not in warning.name, warning.name
        assert warning.name.startswith("「"), warning.name
        app.screenshot("links-progress-warning")
        assert labels_with(app, "ジロウ") == [], labels_with(app, "ジロウ")

        # The windows' titles and the log never held the name either.
        for w in app.windows():
            for part in ("試験", "次郎", "シケン", "ジロウ"):
                assert part not in (w.name or ""), w.name
        stderr = app.read_stderr()
        for part in ("試験", "次郎", "シケン", "ジロウ", "しけん"):
            assert part not in stderr, stderr

    notes = query(workspace, "SELECT note FROM issue_progress WHERE note LIKE 'シケン%'")
    assert len(notes) == 1, notes


if __name__ == "__main__":
    rkgui.run(test_link_measure_to_countermeasure, test_register_names_in_minutes)
