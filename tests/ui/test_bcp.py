#!/usr/bin/python3
# The disaster BCP tab as a coordinator uses it, in Japanese: the register
# hidden until revealed and hidden again, a person added and then erased
# without a trace, and a drill added, undone and redone.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402
from rkgui import wait_for, find, find_all  # noqa: E402

SAMPLE_NAMES = ["見本 太郎", "見本 花子", "例示 ゆうき", "見本 さくら"]


def button(app, prefix, root=None):
    """A push button by the start of its name (mnemonics add "(X)")."""
    return app.find("push button", pred=lambda b: b.name.startswith(prefix), root=root)


def names_shown(app):
    """Which people's names any window of the app shows or keeps."""
    labels = []
    for window in app.windows():
        if window is not None:
            labels += [a.name for a in find_all(window, "label")]
            labels += [rkgui.text_of(a) for a in find_all(window, "text")]
    return [n for n in SAMPLE_NAMES + ["試験 花子"] if any(n in l for l in labels)]


def open_register(app):
    app.select_tab("災害BCP")
    app.click(app.find("page tab", "要配慮者名簿"))
    app.find("push button", pred=lambda b: b.name.startswith("個人情報を表示"))


def workspace_bytes(path):
    data = b""
    for p in (path, path + "-wal"):
        if os.path.exists(p):
            with open(p, "rb") as f:
                data += f.read()
    return data


def test_register_hidden_until_revealed():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        open_register(app)
        # The board counts; the names are nowhere in the tree.
        app.find("push button", "電源が24時間未満：2人")
        assert names_shown(app) == [], names_shown(app)
        app.screenshot("bcp-hidden")

        app.click(button(app, "個人情報を表示"))
        wait_for(lambda: "見本 太郎" in names_shown(app), what="the names after the reveal")
        app.screenshot("bcp-revealed")

        # A person added through the form shows in the list.
        app.click(button(app, "名簿に追加"))
        dialog = app.window("要配慮者の登録内容")
        assert "試験" not in dialog.name
        app.set_text(app.find("text", "氏名", root=dialog), "試験 花子")
        app.set_text(app.find("text", "電話番号", root=dialog), "099-000-0999")
        app.click(app.find("push button", "閉じる", root=dialog))
        wait_for(lambda: not rkgui.on_screen(dialog), what="the form to close")
        app.find("label", "試験 花子")
        wait_for(lambda: app.find("push button", "登録者数：5人"), what="the board to count 5")

        # Hidden again on request, and whenever the user leaves the tab.
        app.click(button(app, "個人情報を隠す"))
        wait_for(lambda: names_shown(app) == [], what="the names to go")
        app.click(button(app, "個人情報を表示"))
        wait_for(lambda: "試験 花子" in names_shown(app), what="the names again")
        app.select_tab("資源")
        app.select_tab("災害BCP")
        wait_for(lambda: names_shown(app) == [], what="the names to go with the tab")
        assert "試験" not in app.frame.name

    out = rkgui.renkei_cli("register", "--names", workspace)
    assert "試験 花子" in out, out
    assert "試験 花子" not in rkgui.renkei_cli("register", workspace)


def test_erase_leaves_no_trace():
    workspace = rkgui.sample_workspace()
    secrets = ["見本 花子".encode(), "見本 次郎".encode(), b"099-000-0201", "筋ジストロフィー".encode()]
    assert all(s in workspace_bytes(workspace) for s in secrets)

    with rkgui.Renkei(workspace=workspace) as app:
        open_register(app)
        app.click(button(app, "個人情報を表示"))
        app.xclick(app.find("label", "見本 花子"), double=True)
        dialog = app.window("要配慮者の登録内容")
        app.click(app.find("page tab", "同意・計画", root=dialog))
        app.click(button(app, "名簿から削除", root=dialog))
        # The confirmation is a dialog of its own: find its button anywhere.
        confirm = wait_for(lambda: next((b for w in app.windows() if w is not None
                                         for b in find_all(w, "push button", visible=True)
                                         if b.name.startswith("削除(")), None),
                           what="the confirmation")
        app.screenshot("bcp-erase-confirm")
        app.click(confirm)
        wait_for(lambda: not rkgui.on_screen(dialog), what="the form to close")
        wait_for(lambda: app.find("push button", "登録者数：3人"), what="the board to count 3")

        # While the workspace is still open: not a byte of them on disk.
        data = workspace_bytes(workspace)
        for s in secrets:
            assert s not in data, s.decode()
        assert "見本 太郎".encode() in data

        # Nothing to undo that could bring them back.
        undo = app.find("push button", "元に戻す")
        assert not rkgui.has_state(undo, rkgui.pyatspi.STATE_SENSITIVE)

    assert "見本 花子" not in rkgui.renkei_cli("register", "--names", workspace)


def test_add_drill_undo_redo():
    workspace = rkgui.sample_workspace()
    title = "停電時の安否確認訓練"
    with rkgui.Renkei(workspace=workspace) as app:
        app.select_tab("災害BCP")
        app.click(app.find("page tab", "訓練"))
        app.click(button(app, "訓練を追加"))
        dialog = app.window("訓練")
        app.set_text(app.find("text", "訓練の名称", root=dialog), title)
        app.set_text(app.find("text", "停電時間（時間）", root=dialog), "48")
        app.screenshot("bcp-drill-form")
        app.click(app.find("push button", "閉じる", root=dialog))
        wait_for(lambda: not rkgui.on_screen(dialog), what="the form to close")
        app.find("label", title)

        # The hours were the last edit; the name before them.
        app.key("ctrl+z")
        app.key("ctrl+z")
        app.find("label", "名称未設定の訓練")
        app.key("ctrl+shift+z")
        app.find("label", title)
        app.screenshot("bcp-drills")

    drills = rkgui.renkei_cli("drills", workspace)
    assert title in drills, drills


if __name__ == "__main__":
    rkgui.run(test_register_hidden_until_revealed, test_erase_leaves_no_trace, test_add_drill_undo_redo)
