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
# Generous: under AddressSanitizer every step is several times slower.
WAIT = 40


def button(app, prefix, root=None):
    """A push button by the start of its name (mnemonics add "(X)")."""
    return app.find("push button", pred=lambda b: b.name.startswith(prefix), root=root,
                    timeout=WAIT)


def names_shown(app):
    """Which people's names any window of the app shows or keeps: one walk
    over the whole accessibility tree."""
    texts = []
    for window in app.windows():
        for a in find_all(window, pred=lambda a: a.getRoleName() in ("label", "text", "table cell")):
            texts.append(a.name if a.getRoleName() != "text" else rkgui.text_of(a))
    return [n for n in SAMPLE_NAMES + ["試験 花子"] if any(n in t for t in texts)]


class Session:
    """One app for the three tests: each start costs most of a GUI test's
    time (under AddressSanitizer, most of a minute). A test that fails
    leaves it for a fresh one."""
    app = None
    workspace = None


def session():
    if Session.app is None:
        Session.workspace = rkgui.sample_workspace()
        Session.app = rkgui.Renkei(workspace=Session.workspace).start()
    return Session.app


def guarded(fn):
    def run():
        try:
            fn(session(), Session.workspace)
        except BaseException:
            if Session.app is not None:
                Session.app.__exit__(*sys.exc_info())
                Session.app = None
            raise
    run.__name__ = fn.__name__
    return run


def registered(app):
    """How many people the board counts."""
    card = app.find("push button", pred=lambda b: b.name.startswith("登録者数："),
                    root=app.find(name="備えの状況", timeout=WAIT), timeout=WAIT)
    return int(card.name.split("：")[1].rstrip("人"))


def open_register(app):
    app.select_tab("災害BCP")
    app.click(app.find("page tab", "要配慮者名簿", timeout=WAIT))
    wait_for(lambda: find(app.frame, "push button", visible=True,
                          pred=lambda b: b.name.startswith(("個人情報を表示", "個人情報を隠す"))),
             WAIT, "the register")


def register_table(app):
    return app.find("tree table", "要配慮者名簿", timeout=WAIT)


def board(app, text):
    return app.find("push button", text, root=app.find(name="備えの状況", timeout=WAIT),
                    timeout=WAIT)


def workspace_bytes(path):
    data = b""
    for p in (path, path + "-wal"):
        if os.path.exists(p):
            with open(p, "rb") as f:
                data += f.read()
    return data


@guarded
def test_register_hidden_until_revealed(app, workspace):
    open_register(app)
    # The board counts; the names are nowhere in the tree.
    board(app, "電源が24時間未満：2人")
    assert names_shown(app) == [], names_shown(app)
    app.screenshot("bcp-hidden")

    app.click(button(app, "個人情報を表示"))
    table = register_table(app)
    app.find("label", "見本 太郎", root=table, timeout=WAIT)
    app.screenshot("bcp-revealed")

    # A person added through the form shows in the list.
    app.click(button(app, "名簿に追加"))
    dialog = app.window("要配慮者の登録内容", timeout=WAIT)
    assert "試験" not in dialog.name
    app.set_text(app.find("text", "氏名", root=dialog, timeout=WAIT), "試験 花子")
    app.set_text(app.find("text", "電話番号", root=dialog, timeout=WAIT), "099-000-0999")
    app.click(app.find("push button", "閉じる", root=dialog, timeout=WAIT))
    wait_for(lambda: not rkgui.on_screen(dialog), WAIT, "the form to close")
    app.find("label", "試験 花子", root=table, timeout=WAIT)
    board(app, "登録者数：5人")

    # Hidden again on request: the list has nothing left to show.
    app.click(button(app, "個人情報を隠す"))
    button(app, "個人情報を表示")
    wait_for(lambda: find(table, "label", "試験 花子") is None, WAIT, "the list to empty")
    assert names_shown(app) == [], names_shown(app)

    # And whenever the user leaves the tab.
    app.click(button(app, "個人情報を表示"))
    table = register_table(app)
    app.find("label", "試験 花子", root=table, timeout=WAIT)
    app.select_tab("資源")
    app.select_tab("災害BCP")
    button(app, "個人情報を表示")
    assert find(table, "label", "試験 花子") is None
    assert "試験" not in app.frame.name

    # Saved at once: a reader sees it while the window is open.
    out = rkgui.renkei_cli("register", "--names", workspace)
    assert "試験 花子" in out, out
    assert "試験 花子" not in rkgui.renkei_cli("register", workspace)


@guarded
def test_erase_leaves_no_trace(app, workspace):
    secrets = ["見本 花子".encode(), "見本 次郎".encode(), b"099-000-0201", "筋ジストロフィー".encode()]
    assert all(s in workspace_bytes(workspace) for s in secrets)

    open_register(app)
    before = registered(app)
    app.click(button(app, "個人情報を表示"))
    app.xclick(app.find("label", "見本 花子", root=register_table(app), timeout=WAIT), double=True)
    dialog = app.window("要配慮者の登録内容", timeout=WAIT)
    app.click(app.find("page tab", "同意・計画", root=dialog, timeout=WAIT))
    app.click(button(app, "名簿から削除", root=dialog))
    # The confirmation is a window of its own.
    confirm = wait_for(lambda: next((b for w in app.windows()
                                     if w is not None and w not in (app.frame, dialog)
                                     for b in find_all(w, "push button")
                                     if b.name.startswith("削除(")), None),
                       WAIT, "the confirmation")
    app.screenshot("bcp-erase-confirm")
    app.click(confirm)
    wait_for(lambda: not rkgui.on_screen(dialog), WAIT, "the form to close")
    wait_for(lambda: registered(app) == before - 1, WAIT, "the board to count one less")

    # While the workspace is still open: not a byte of them on disk.
    data = workspace_bytes(workspace)
    for s in secrets:
        assert s not in data, s.decode()
    assert "見本 太郎".encode() in data

    # Nothing to undo that could bring them back.
    undo = app.find("push button", "元に戻す", timeout=WAIT)
    assert not rkgui.has_state(undo, rkgui.pyatspi.STATE_SENSITIVE)
    app.click(button(app, "個人情報を隠す"))

    assert "見本 花子" not in rkgui.renkei_cli("register", "--names", workspace)


@guarded
def test_add_drill_undo_redo(app, workspace):
    title = "停電時の安否確認訓練"
    app.select_tab("災害BCP")
    app.click(app.find("page tab", "訓練", timeout=WAIT))
    app.click(button(app, "訓練を追加"))
    dialog = app.window("訓練", timeout=WAIT)
    app.set_text(app.find("text", "訓練の名称", root=dialog, timeout=WAIT), title)
    app.set_text(app.find("text", "停電時間（時間）", root=dialog, timeout=WAIT), "48")
    app.screenshot("bcp-drill-form")
    app.click(app.find("push button", "閉じる", root=dialog, timeout=WAIT))
    wait_for(lambda: not rkgui.on_screen(dialog), WAIT, "the form to close")
    drills = app.find("list", "多機関が参加する災害訓練", timeout=WAIT)
    app.find("label", title, root=drills, timeout=WAIT)

    # The hours were the last edit; the name before them.
    app.key("ctrl+z")
    app.key("ctrl+z")
    app.find("label", "名称未設定の訓練", root=drills, timeout=WAIT)
    app.key("ctrl+shift+z")
    app.find("label", title, root=drills, timeout=WAIT)
    app.screenshot("bcp-drills")

    # The last test quits, as a user does, and checks it was clean.
    Session.app = None
    app.close()
    drills = rkgui.renkei_cli("drills", workspace)
    assert title in drills, drills


if __name__ == "__main__":
    rkgui.run(test_register_hidden_until_revealed, test_erase_leaves_no_trace, test_add_drill_undo_redo)
