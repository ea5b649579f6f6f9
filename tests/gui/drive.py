#!/usr/bin/python3
"""The real window, driven as a user drives it: the debug binary under Xvfb on a private D-Bus
session, found and operated over AT-SPI by the names on screen (eframe's AccessKit bridge), with
real keystrokes (xdotool) and the real X clipboard (xsel).

Run by tests/gui/run.sh (which sets up Xvfb, the session bus and the accessibility bus):
    drive.py BINARY REPO_DIR

Checks, in Japanese and then in English (each with its own vault):
  * an S/MIME request from the home page to its CSR, focus starting in the first field;
  * the CSR page leads with the CSR and its actions, nothing wider than an 800x600 window;
  * 「CSRをコピー」 puts the CSR on the X clipboard (read back with xsel);
  * 「CSRをファイルに保存」 with no dialog on this desktop says so and saves through the path
    field, by default into the Documents folder;
  * that message belongs to its page: gone on the next screen;
  * the request page opens the pending request again with its CSR;
  * a keyboard-only pass through the first step (Tab, typing, Enter = next, Esc = back), with
    the language switch out of the way.
Prints `real window: N passed, M failed` and exits non-zero on any failure.
"""

import os
import re
import subprocess
import sys
import time
import traceback

import pyatspi

BIN = os.path.abspath(sys.argv[1])
REPO = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.getcwd()
SCRATCH = os.environ["SHOMEI_GUI_SCRATCH"]
STARTED = time.monotonic()


def ftl(lang):
    """id -> text from i18n/<lang>.ftl (single-line messages are all the driver needs)."""
    out = {}
    with open(os.path.join(REPO, "i18n", f"{lang}.ftl"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^([a-z0-9-]+) = (.*)$", line.rstrip("\n"))
            if m:
                out[m.group(1)] = m.group(2)
    return out


CATALOGUES = {"ja": ftl("ja"), "en": ftl("en")}
LANG = "ja"


def t(key, **args):
    s = CATALOGUES[LANG][key]
    for k, v in args.items():
        s = s.replace("{ $" + k + " }", str(v))
    return s


def log(msg):
    print(f"[{time.monotonic() - STARTED:6.1f}s] {msg}", flush=True)


# --- the app ------------------------------------------------------------------------------------


class App:
    def __init__(self):
        env = dict(os.environ)
        env.update(
            {
                "SHOMEI_DATA_DIR": os.path.join(SCRATCH, f"data-{LANG}"),
                "SHOMEI_VAULT_PASSPHRASE": "Real-Window-Test-2026",
                "SHOMEI_LANG": LANG,
                "RUST_BACKTRACE": "1",
            }
        )
        self.proc = subprocess.Popen([BIN], env=env)
        self.node = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.node is None:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                try:
                    a = desktop.getChildAtIndex(i)
                    if a is not None and a.get_process_id() == self.proc.pid:
                        self.node = a
                except Exception:
                    pass
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited with {self.proc.returncode}")
            time.sleep(0.2)
        if self.node is None:
            raise RuntimeError("the app never showed up on the accessibility bus")
        self.wid = None
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not self.wid:
            r = subprocess.run(
                ["xdotool", "search", "--pid", str(self.proc.pid)],
                capture_output=True,
                text=True,
            )
            ids = r.stdout.split()
            self.wid = ids[-1] if ids else None
            time.sleep(0.2)
        if not self.wid:
            raise RuntimeError("no X window for the app")
        # No window manager under Xvfb: give the window the input focus (as a desktop would).
        subprocess.run(["xdotool", "windowfocus", "--sync", self.wid], check=True, timeout=10)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    # The tree is rebuilt by egui every frame or two: walk it afresh, tolerate stale nodes.
    def nodes(self):
        out = []
        stack = [self.node]
        while stack:
            n = stack.pop()
            try:
                out.append(n)
                for i in range(n.childCount - 1, -1, -1):
                    c = n.getChildAtIndex(i)
                    if c is not None:
                        stack.append(c)
            except Exception:
                pass
        return out

    def find_all(self, name=None, role=None, contains=None, prefix=None):
        found = []
        for n in self.nodes():
            try:
                nm = n.name or ""
                if name is not None and nm != name:
                    continue
                if contains is not None and contains not in nm:
                    continue
                if prefix is not None and not nm.startswith(prefix):
                    continue
                if role is not None and n.getRoleName() != role:
                    continue
                found.append(n)
            except Exception:
                pass
        return found

    def wait(self, what, timeout=20, **query):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.find_all(**query)
            if found:
                return found[0]
            time.sleep(0.15)
        raise AssertionError(
            f"timed out after {timeout}s waiting for {what} ({query})\n" + self.dump()
        )

    def dump(self, limit=80):
        """What the tree holds now (role and name), for a failure's message."""
        lines = []
        for n in self.nodes()[:limit]:
            try:
                lines.append(f"  {n.getRoleName()}: {n.name!r}")
            except Exception:
                pass
        return "the tree now:\n" + "\n".join(lines)

    def wait_gone(self, what, timeout=10, **query):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.find_all(**query):
                return
            time.sleep(0.15)
        raise AssertionError(f"still there after {timeout}s: {what} ({query})")

    def click(self, what, timeout=20, **query):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                n = self.wait(what, timeout=max(0.5, deadline - time.monotonic()), **query)
                if not n.getState().contains(pyatspi.STATE_ENABLED):
                    last = "disabled"
                    time.sleep(0.15)
                    continue
                n.queryAction().doAction(0)
                time.sleep(0.3)
                return
            except AssertionError:
                raise
            except Exception as e:  # stale node: look again
                last = e
                time.sleep(0.15)
        raise AssertionError(f"could not click {what}: {last}")

    def set_text(self, what, value, **query):
        deadline = time.monotonic() + 20
        while True:
            try:
                n = self.wait(what, **query)
                n.queryEditableText().setTextContents(value)
                time.sleep(0.3)
                return
            except AssertionError:
                raise
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.15)

    def text_of(self, node):
        return node.queryText().getText(0, -1)

    def heading(self, text, timeout=20):
        return self.wait(f"the heading {text!r}", timeout=timeout, name=text, role="heading")

    def window_rect(self):
        r = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", self.wid],
            capture_output=True,
            text=True,
            check=True,
        )
        g = dict(line.split("=", 1) for line in r.stdout.split())
        return int(g["X"]), int(g["Y"]), int(g["WIDTH"]), int(g["HEIGHT"])

    def resize(self, w, h):
        subprocess.run(["xdotool", "windowsize", "--sync", self.wid, str(w), str(h)], check=True)
        time.sleep(1.0)

    def key(self, *keys):
        subprocess.run(["xdotool", "windowfocus", "--sync", self.wid], check=True)
        for k in keys:
            subprocess.run(["xdotool", "key", "--window", self.wid, k], check=True)
            time.sleep(0.35)

    def type(self, s):
        subprocess.run(["xdotool", "windowfocus", "--sync", self.wid], check=True)
        subprocess.run(["xdotool", "type", "--delay", "40", s], check=True)
        time.sleep(0.4)

    def focused(self):
        for n in self.nodes():
            try:
                if n.getState().contains(pyatspi.STATE_FOCUSED):
                    return n
            except Exception:
                pass
        return None

    def outside(self, w, h):
        """Visible nodes whose right or bottom edge lies outside a w x h window."""
        wx, wy, _, _ = self.window_rect()
        bad = []
        for n in self.nodes():
            try:
                if n.getRoleName() in ("application", "frame", "window", "filler", "scroll pane"):
                    continue
                if not n.getState().contains(pyatspi.STATE_SHOWING):
                    continue
                x, y, nw, nh = n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                if nw <= 0 or nh <= 0:
                    continue
                if x + nw > wx + w + 1 or x < wx - 1:
                    bad.append(f"{n.getRoleName()} {n.name!r} x={x - wx} w={nw}")
            except Exception:
                pass
        return bad


def clipboard():
    r = subprocess.run(["xsel", "-b", "-o"], capture_output=True, text=True, timeout=10)
    return r.stdout


# --- the checks ---------------------------------------------------------------------------------

results = []


def check(name):
    def deco(fn):
        def run(*a):
            t0 = time.monotonic()
            try:
                fn(*a)
                results.append((f"{LANG}: {name}", True))
                log(f"ok   [{LANG}] {name} ({time.monotonic() - t0:.1f}s)")
                return True
            except Exception:
                results.append((f"{LANG}: {name}", False))
                log(f"FAIL [{LANG}] {name}")
                traceback.print_exc()
                return False

        return run

    return deco


state = {}


@check("home: a heading, large choices, focus on the first choice")
def home(app):
    app.heading(t("home-title"), timeout=30)
    # The vault opens after the first frame: the choices are enabled once it is ready.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        b = app.find_all(prefix=t("home-new-smime"), role="push button")
        if b and b[0].getState().contains(pyatspi.STATE_ENABLED):
            break
        time.sleep(0.2)
    else:
        raise AssertionError("the S/MIME choice never became usable")
    deadline = time.monotonic() + 5
    while True:
        f = app.focused()
        if f is not None and (f.name or "").startswith(t("home-new-smime")):
            break
        if time.monotonic() > deadline:
            raise AssertionError(f"focus is on {f and f.name!r}, not the first choice")
        time.sleep(0.1)


@check("S/MIME request to its CSR, focus starting in the first field")
def smime_to_csr(app):
    app.click("new S/MIME request", prefix=t("home-new-smime"), role="push button")
    app.heading(t("smime-details-title"))
    email = app.wait("the e-mail field", name=t("field-email"), role="entry")
    deadline = time.monotonic() + 5
    while not email.getState().contains(pyatspi.STATE_FOCUSED):
        if time.monotonic() > deadline:
            f = app.focused()
            raise AssertionError(
                "focus did not start in the first field; focused: "
                + (f"{f.getRoleName()} {f.name!r}" if f else "nothing")
                + f"; field states: {email.getState().getStates()}"
            )
        time.sleep(0.1)
        email = app.wait("the e-mail field", name=t("field-email"), role="entry")
    app.set_text("the e-mail field", "taro@example.co.jp", name=t("field-email"), role="entry")
    app.set_text("the organization field", "テスト株式会社", name=t("field-org"), role="entry")
    app.click("next", name=t("nav-next"), role="push button")
    app.heading(t("smime-profile-title"))
    app.click("next", name=t("nav-next"), role="push button")
    app.heading(t("key-title"))
    app.click("generate", name=t("key-generate"), role="push button")
    app.heading(t("csr-title"), timeout=240)
    csr = app.wait("the CSR text", name=t("csr-text"), role="entry")
    pem = app.text_of(csr)
    assert pem.startswith("-----BEGIN CERTIFICATE REQUEST-----"), pem[:80]
    state["csr"] = pem


@check("CSR page: the CSR and its actions first, nothing outside an 800x600 window")
def csr_layout(app):
    app.resize(800, 600)
    csr = app.wait("the CSR text", name=t("csr-text"), role="entry")
    copy = app.wait("copy", name=t("csr-copy"), role="push button")
    wx, wy, w, h = app.window_rect()
    _, cy, _, _ = csr.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    _, by, _, bh = copy.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    assert by + bh <= wy + h, f"the copy button is below the window (y={by - wy})"
    assert cy - wy < h, f"the CSR starts below the window (y={cy - wy})"
    done = app.wait("the primary action", name=t("nav-done"), role="push button")
    _, dy, _, dh = done.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    assert wy < dy and dy + dh <= wy + h, f"the bottom bar is not in the window (y={dy - wy})"
    bad = app.outside(800, 600)
    assert not bad, "outside the window: " + "; ".join(bad[:5])


@check("copy: the CSR reaches the X clipboard and the page says so")
def copy_csr(app):
    app.click("copy", name=t("csr-copy"), role="push button")
    deadline = time.monotonic() + 10
    got = ""
    while time.monotonic() < deadline:
        got = clipboard()
        if got.strip() == state["csr"].strip():
            break
        time.sleep(0.2)
    assert got.strip() == state["csr"].strip(), f"clipboard holds {got[:60]!r}"
    app.wait("the copy confirmation", name=t("csr-copied"))


@check("save with no dialog: says so, the path field saves into Documents, confirms where")
def save_fallback(app):
    docs = os.path.join(os.environ["HOME"], "Documents")
    leftover = os.path.join(docs, "taro_example_co_jp.csr")
    if os.path.exists(leftover):  # the other language's run saved there
        os.remove(leftover)
    app.click("save", name=t("csr-save"), role="push button")
    app.wait("the no-dialog message", contains=t("save-no-dialog"))
    field = app.wait("the path field", name=t("save-path"), role="entry")
    path = app.text_of(field)
    docs = os.path.join(os.environ["HOME"], "Documents")
    assert path == os.path.join(docs, "taro_example_co_jp.csr"), path
    app.click("save here", name=t("save-here"), role="push button")
    app.wait("the saved confirmation", contains=t("saved-to", path=path))
    with open(path, encoding="utf-8") as f:
        assert f.read().strip() == state["csr"].strip()
    state["saved"] = path


@check("messages belong to their page: gone on the next screen")
def message_scoped(app):
    app.wait("the confirmation", contains=t("saved-to", path=state["saved"]))
    app.click("done", name=t("nav-done"), role="push button")
    app.heading(t("home-title"))
    app.wait_gone("the old page's message", contains=t("saved-to", path=state["saved"]))
    app.wait_gone("the old page's message", contains=t("save-no-dialog"))
    bad = app.outside(800, 600)
    assert not bad, "home outside the window: " + "; ".join(bad[:5])


@check("request page: the pending request opens again with its CSR")
def request_page(app):
    app.click(
        "open the request",
        name=t("home-open", title="taro@example.co.jp", date=time.strftime("%Y-%m-%d", time.gmtime())),
        role="push button",
    )
    app.heading(t("request-title", title="taro@example.co.jp"))
    csr = app.wait("the CSR text", name=t("csr-text"), role="entry")
    assert app.text_of(csr).strip() == state["csr"].strip()
    app.key("Escape")
    app.heading(t("home-title"))


@check("keyboard only: Enter on a choice, typing, Tab, Enter = next, Esc = back")
def keyboard(app):
    app.resize(1280, 800)
    app.heading(t("home-title"))
    # Focus starts on the first choice: Enter opens it.
    app.key("Return")
    app.heading(t("smime-details-title"))
    app.type("hanako@example.co.jp")
    app.key("Tab")
    f = app.focused()
    assert f is not None and f.name == t("field-org"), f"Tab went to {f and f.name!r}"
    app.type("Example")
    app.key("Return")
    app.heading(t("smime-profile-title"))
    app.key("Escape")
    app.heading(t("smime-details-title"))
    email = app.wait("the e-mail field", name=t("field-email"), role="entry")
    assert app.text_of(email).strip() == "hanako@example.co.jp", app.text_of(email)
    # The language did not change on the way.
    app.wait("the page, still in this language", name=t("field-org"), role="entry")


def run_language(lang):
    global LANG
    LANG = lang
    state.clear()
    app = None
    try:
        app = App()
        log(f"[{lang}] app pid {app.proc.pid}, window {app.wid}")
        for step in (
            home,
            smime_to_csr,
            csr_layout,
            copy_csr,
            save_fallback,
            message_scoped,
            request_page,
            keyboard,
        ):
            if not step(app):
                if step in (home, smime_to_csr):
                    break
    except Exception:
        traceback.print_exc()
        results.append((f"{lang}: start the app", False))
    finally:
        if app is not None:
            if not all(ok for _, ok in results):
                try:
                    subprocess.run(
                        ["import", "-window", "root", os.path.join(SCRATCH, "last.png")],
                        timeout=20,
                    )
                except Exception:
                    pass
            app.stop()


def main():
    # The same journey in Japanese, then in English (each with its own vault).
    for lang in ("ja", "en"):
        run_language(lang)
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    log(f"took {time.monotonic() - STARTED:.0f}s")
    print(f"real window: {passed} passed, {failed} failed", flush=True)
    sys.exit(1 if failed or passed == 0 else 0)


if __name__ == "__main__":
    main()
