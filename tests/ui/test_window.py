#!/usr/bin/python3
# The window as a user meets it, in Japanese: the five tabs, the welcome
# page, and an edit of the base profile that is saved at once, undone and
# redone.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rkgui  # noqa: E402
from rkgui import wait_for, find  # noqa: E402

TABS = ["資源", "会議", "ロジックモデル", "災害BCP", "研修・普及啓発"]
SAMPLE_BASE = "さくら在宅医療連携拠点"


def test_five_tabs():
    workspace = rkgui.sample_workspace()
    with rkgui.Renkei(workspace=workspace) as app:
        wait_for(lambda: SAMPLE_BASE in app.frame.name, what="the base's name in the title")
        assert app.tabs() == TABS, app.tabs()

        for name in TABS:
            app.select_tab(name)
            app.screenshot("tab-" + str(TABS.index(name)))

        # The keyboard reaches every tab too.
        app.key("alt+1")
        wait_for(lambda: rkgui.has_state(app.find("page tab", "資源"), rkgui.pyatspi.STATE_SELECTED) or
                 rkgui.has_state(app.find("page tab", "資源"), rkgui.pyatspi.STATE_CHECKED),
                 what="Alt+1 to select 資源")

        # Nothing has been edited yet, so there is nothing to undo.
        undo = app.find("push button", "元に戻す")
        assert not rkgui.has_state(undo, rkgui.pyatspi.STATE_SENSITIVE)


def test_welcome_opens_sample():
    with rkgui.Renkei() as app:
        buttons = [b.name for b in rkgui.find_all(app.frame, "push button", visible=True)]
        for label in ("新しいワークスペース", "ワークスペースを開く", "サンプルを開く"):
            assert any(b.startswith(label) for b in buttons), (label, buttons)
        app.screenshot("welcome")

        sample = app.find("push button", pred=lambda b: b.name.startswith("サンプルを開く"))
        app.click(sample)
        wait_for(lambda: SAMPLE_BASE in app.frame.name, what="the sample to open")
        wait_for(lambda: app.tabs() == TABS, what="the five tabs")

        assert os.path.exists(os.path.join(app.home, "data", "renkei", "sample.renkei"))


def test_properties_saved_undone_redone():
    workspace = rkgui.sample_workspace()
    new_name = "みどり在宅医療連携拠点"

    with rkgui.Renkei(workspace=workspace) as app:
        app.key("alt+Return")
        dialog = app.window("ワークスペースのプロパティ")
        name_row = app.find("text", "拠点の名称", root=dialog)
        app.set_text(name_row, new_name)
        wait_for(lambda: new_name in app.frame.name, what="the new name in the window title")
        app.screenshot("properties")

        app.click(app.find("push button", "閉じる", root=dialog))
        wait_for(lambda: not rkgui.on_screen(dialog), what="the dialog to close")

        app.key("ctrl+z")
        wait_for(lambda: SAMPLE_BASE in app.frame.name, what="Ctrl+Z to undo the name")
        app.key("ctrl+shift+z")
        wait_for(lambda: new_name in app.frame.name, what="Ctrl+Shift+Z to redo it")

    # No Save button: the edit is in the file once the app has quit.
    info = rkgui.renkei_cli("info", workspace)
    assert new_name in info, info


if __name__ == "__main__":
    rkgui.run(test_five_tabs, test_welcome_opens_sample, test_properties_saved_undone_redone)
