# rkgui.py — drive the real Renkei window through the accessibility tree.
#
# Copyright 2026 The Renkei authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A GUI test is a Python script run by Debian's /usr/bin/python3 (which has
# pyatspi) under Xvfb and a D-Bus session (see tests/ui/meson.build). It
# starts renkei as a user would, finds widgets by role and accessible name,
# acts on them and reads the result back:
#
#     import rkgui
#
#     with rkgui.Renkei(workspace=rkgui.sample_workspace()) as app:
#         app.select_tab("会議")
#         app.screenshot("meetings")
#
# GTK 4.8's AT-SPI has gaps (TESTING-NOTES): buttons have a "click" action
# whose effect comes ~250 ms later, so always poll for the effect with
# wait_for(); check boxes, list rows and drop-down items have no action, so
# click them with xdotool at their on-screen position (xclick()); a widget
# on a hidden page still reports itself visible: use on_screen().

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

# The test environment makes GLib warnings fatal for the programs under
# test; this driver is not one of them (pyatspi warns about objects that
# vanish while it reads them).
os.environ.pop("G_DEBUG", None)

try:
    import pyatspi
except ImportError:  # pragma: no cover - checked in require_display()
    pyatspi = None


_T0 = time.time()


def log(*args):
    print(f"# [{time.time() - _T0:6.2f}s]", *args, flush=True)


def require_display():
    """Exit with meson's SKIP status unless a display, a session bus and
    pyatspi are there; CI sets RK_REQUIRE_DISPLAY=1 to make that a failure
    instead, so the GUI suite can never be skipped silently."""
    missing = []
    if not os.environ.get("DISPLAY"):
        missing.append("DISPLAY")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        missing.append("a D-Bus session")
    if pyatspi is None:
        missing.append("pyatspi (python3-pyatspi, run with /usr/bin/python3)")
    if not shutil.which("xdotool"):
        missing.append("xdotool")
    if missing:
        message = "GUI test needs " + ", ".join(missing)
        if os.environ.get("RK_REQUIRE_DISPLAY") == "1":
            sys.exit("FAIL: " + message)
        # meson reads a TAP test's skip from its plan, not its exit status.
        print("1..0 # SKIP " + message, flush=True)
        sys.exit(0)


def build_path(*parts):
    """A path in the build tree (RK_BUILD_ROOT, set by meson)."""
    return os.path.join(os.environ["RK_BUILD_ROOT"], *parts)


def renkei_cli(*args, env=None, check=True):
    """Runs renkei-cli; returns its stdout."""
    result = subprocess.run([build_path("src", "cli", "renkei-cli"), *args],
                            capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"renkei-cli {' '.join(args)} failed: {result.stderr}")
    return result.stdout


def sample_workspace(directory=None, name="sample.renkei"):
    """Writes the sample workspace into a fresh file and returns its path."""
    directory = directory or tempfile.mkdtemp(prefix="rkgui-")
    path = os.path.join(directory, name)
    renkei_cli("sample", path)
    return path


def wait_for(fn, timeout=10, what="condition", interval=0.1):
    end = time.time() + timeout
    while True:
        try:
            value = fn()
        except Exception:  # the tree changes under us while the app works
            value = None
        if value:
            return value
        if time.time() > end:
            raise AssertionError("timed out waiting for " + what)
        time.sleep(interval)


def on_screen(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return False
    return e.width > 0 and e.height > 0


def text_of(acc):
    """The text of a label, entry or text row."""
    try:
        t = acc.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return acc.name


def has_state(acc, state):
    return acc.getState().contains(state)


def find_all(root, role=None, name=None, pred=None, visible=False):
    result = []

    def match(a):
        return (a is not None
                and (role is None or a.getRoleName() == role)
                and (name is None or a.name == name)
                and (pred is None or pred(a))
                and (not visible or on_screen(a)))

    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node is not root and match(node):
            result.append(node)
        for i in range(node.childCount - 1, -1, -1):
            try:
                stack.append(node.getChildAtIndex(i))
            except Exception:
                pass
    return result


def find(root, role=None, name=None, pred=None, visible=False):
    found = find_all(root, role, name, pred, visible)
    return found[0] if found else None


class Renkei:
    """The running application: started on enter, closed on exit."""

    def __init__(self, workspace=None, args=(), lang="ja_JP.UTF-8", home=None, env=None):
        self.workspace = workspace
        self.args = list(args)
        self.lang = lang
        self.home = home or tempfile.mkdtemp(prefix="rkgui-home-")
        self.extra_env = env or {}
        self.proc = None
        self.app = None
        self.stderr_path = os.path.join(self.home, "renkei.stderr")
        self.screenshot_dir = os.environ.get("RK_SCREENSHOT_DIR",
                                             os.environ.get("G_TEST_BUILDDIR", self.home))

    # -- lifetime -------------------------------------------------------

    def environment(self):
        env = dict(os.environ)
        env.update({
            "LANG": self.lang,
            "LANGUAGE": "",
            "LC_ALL": self.lang,
            "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo",
            "GTK_A11Y": "atspi",
            "GSETTINGS_BACKEND": "memory",
            "GSETTINGS_SCHEMA_DIR": build_path("data"),
            "RENKEI_LOCALEDIR": build_path("po"),
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "G_DEBUG": "fatal-criticals",
            # Under ASan the app is slower to start; its leak report at exit
            # counts as a failure of the test (close() checks the status).
            "LSAN_OPTIONS": os.environ.get("LSAN_OPTIONS", ""),
        })
        env.pop("GTK_DEBUG", None)
        env.update(self.extra_env)
        return env

    def start(self):
        argv = [build_path("src", "ui", "renkei"), *self.args]
        if self.workspace:
            argv.append(self.workspace)
        log("starting", " ".join(argv))
        self.stderr = open(self.stderr_path, "w")
        self.proc = subprocess.Popen(argv, env=self.environment(),
                                     stdout=subprocess.DEVNULL, stderr=self.stderr)
        self.app = wait_for(self._find_app, timeout=30, what="renkei on the accessibility bus")
        self.frame = wait_for(lambda: find(self.app, role="frame"), what="the window")
        return self

    def _find_app(self):
        if self.proc.poll() is not None:
            raise SystemExit(f"renkei exited early with {self.proc.returncode}:\n{self.read_stderr()}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            if a is not None and a.name == "renkei":
                try:
                    if a.get_process_id() != self.proc.pid:
                        continue
                except Exception:
                    pass
                return a
        return None

    def read_stderr(self):
        self.stderr.flush()
        with open(self.stderr_path) as f:
            return f.read()

    def close(self, quit_keys="ctrl+q"):
        """Quits as a user does and checks the app ended cleanly."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.key(quit_keys)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError("renkei did not quit within 15 s")
        stderr = self.read_stderr()
        assert self.proc.returncode == 0, f"renkei exited with {self.proc.returncode}:\n{stderr}"
        bad = [l for l in stderr.splitlines() if "CRITICAL" in l or "-WARNING" in l]
        assert not bad, "renkei printed warnings:\n" + "\n".join(bad)

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def __enter__(self):
        return self.start()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            try:
                self.screenshot("failure")
            except Exception:
                pass
            log("renkei stderr:\n" + self.read_stderr())
            self.kill()
            return False
        self.close()
        return False

    # -- finding --------------------------------------------------------

    def windows(self):
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def window(self, name=None, timeout=10):
        """A top-level window (frame or dialog) by its title."""
        def look():
            for w in self.windows():
                if w is not None and (name is None or w.name == name or name in w.name):
                    return w
            return None
        return wait_for(look, timeout, f"window {name!r}")

    def find(self, role=None, name=None, root=None, visible=True, timeout=10, pred=None):
        root = root or self.frame
        return wait_for(lambda: find(root, role, name, pred, visible), timeout,
                        f"{role or 'widget'} {name!r}")

    # -- acting ---------------------------------------------------------

    def click(self, acc):
        """Activates a button-like widget through its accessible action."""
        action = acc.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "activate", "press", "toggle"):
                action.doAction(i)
                return
        self.xclick(acc)

    def _window_origin(self, acc):
        return 0, 0  # no window manager under Xvfb: every window sits at 0,0

    def xclick(self, acc, button=1, double=False):
        e = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        x0, y0 = self._window_origin(acc)
        x, y = x0 + e.x + e.width // 2, y0 + e.y + e.height // 2
        args = ["xdotool", "mousemove", str(x), str(y), "sleep", "0.1", "click"]
        if double:
            args += ["--repeat", "2", "--delay", "80"]
        subprocess.run(args + [str(button)], check=True)

    def key(self, *keys):
        """Presses keys (xdotool syntax, e.g. "ctrl+z") in the focused window.
        Focus follows the pointer under Xvfb, so the pointer moves over the
        window first."""
        # Not --sync: moving to where the pointer already is would wait 15 s
        # for a motion event that never comes.
        subprocess.run(["xdotool", "mousemove", "40", "200"], check=True)
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)

    def type_text(self, text):
        subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)

    def set_text(self, acc, text):
        acc.queryEditableText().setTextContents(text)

    def select_tab(self, name):
        """Switches to one of the four tabs by its (translated) name."""
        tab = self.find("page tab", name)
        self.click(tab)
        wait_for(lambda: has_state(tab, pyatspi.STATE_SELECTED) or
                 has_state(tab, pyatspi.STATE_CHECKED), what=f"tab {name!r} selected")
        return tab

    def tabs(self):
        """The names of the tabs in the header bar's view switcher. (GTK 4.8
        keeps reporting old extents for the narrow-window switcher at the
        bottom after it is hidden, so only the first switcher counts.)"""
        switcher = find(self.frame, "page tab list", visible=True)
        if switcher is None:
            return []
        return [switcher.getChildAtIndex(i).name for i in range(switcher.childCount)]

    def screenshot(self, name):
        path = os.path.join(self.screenshot_dir, f"gui-{name}.png")
        subprocess.run(["import", "-window", "root", path], check=False)
        log("screenshot", path)
        return path


def run(*tests):
    """Runs test functions as one TAP test program."""
    require_display()
    print(f"1..{len(tests)}", flush=True)
    failed = 0
    for n, test in enumerate(tests, 1):
        try:
            test()
        except BaseException as e:  # report, go on with the next test
            import traceback
            for line in traceback.format_exc().splitlines():
                print("# " + line, flush=True)
            print(f"not ok {n} {test.__name__}: {e}".replace("\n", " "), flush=True)
            failed += 1
        else:
            print(f"ok {n} {test.__name__}", flush=True)
    sys.exit(1 if failed else 0)
