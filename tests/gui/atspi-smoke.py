#!/usr/bin/python3
# atspi-smoke.py: drives the real zt4mcp-desktop through AT-SPI (dogtail) as a person would:
# join a real mesh with a real invitation, open a peer, import the service it shares, then
# checks through the app's agent (REST API and one MCP call) that the import really works.
#
# Run it through run-atspi.sh (private HOME, D-Bus session, Xvfb, toolkit-accessibility on).
# Environment: ZT4MCP (the CLI), ZT4MCP_DESKTOP (the app), ZT_SCHEMA_DIR (the compiled
# GSettings schema of the build), NODE (default: node), ZT_SCREENSHOT_DIR (where the PNG goes).
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
EVERYTHING = os.path.join(TESTS, "node", "node_modules", "@modelcontextprotocol", "server-everything",
                          "dist", "index.js")
CALL_TOOL = os.path.join(HERE, "call-tool.mjs")
T0 = time.monotonic()


def step(text):
    print(f"[{time.monotonic() - T0:6.1f}s] {text}", flush=True)


class Failure(Exception):
    pass


def need_env(name):
    value = os.environ.get(name)
    if not value:
        raise Failure(f"the environment variable {name} is not set (run this through meson test or run-atspi.sh)")
    return value


class Proc:
    """A process started by the test, in its own process group, its output collected."""

    def __init__(self, name, argv, env=None, cwd=None):
        self.name = name
        self.lines = []
        self.lock = threading.Lock()
        self.popen = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, start_new_session=True)
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        for raw in self.popen.stdout:
            with self.lock:
                self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

    def output(self):
        with self.lock:
            return "\n".join(self.lines)

    def wait_for_line(self, pattern, timeout):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if re.search(pattern, self.output()):
                return
            if self.popen.poll() is not None:
                raise Failure(f"{self.name} exited ({self.popen.returncode}) before printing /{pattern}/:\n"
                              f"{self.output()}")
            time.sleep(0.05)
        raise Failure(f"{self.name} did not print /{pattern}/ in {timeout} s:\n{self.output()}")

    def stop(self):
        """Ends this process and whatever it started in its process group (SIGTERM, then SIGKILL)."""
        if self.popen.poll() is None:
            try:
                os.killpg(self.popen.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.popen.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        try:  # children it left behind in its group (stdio MCP servers) go too
            os.killpg(self.popen.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if self.popen.poll() is None:
            self.popen.wait(timeout=5)
        self.reader.join(timeout=2)

    def tail(self, n=30):
        return "\n".join(f"#   {line}" for line in self.output().splitlines()[-n:])


def cli(zt4mcp, *args, env):
    r = subprocess.run([zt4mcp, *args], env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                       timeout=60)
    if r.returncode != 0:
        raise Failure(f"zt4mcp {' '.join(args)} failed ({r.returncode}):\n{r.stderr}{r.stdout}")
    return r.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(pred, what, timeout, interval=0.2):
    """Polls pred until it returns something true; fails with a message naming what."""
    end = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = pred()
            if value:
                return value
        except Exception as e:  # the tree changes under us: retry until the deadline
            last_error = e
        if time.monotonic() > end:
            extra = f" (last error: {last_error!r})" if last_error else ""
            raise Failure(f"timed out after {timeout} s waiting for {what}{extra}")
        time.sleep(interval)


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def api_get(api, path):
    req = urllib.request.Request(f"{api['url']}/api/v1{path}", headers={"Authorization": f"Bearer {api['token']}"})
    with urllib.request.urlopen(req, timeout=10) as res:
        return json.load(res)


def screenshot(directory, name):
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, name)
    if shutil.which("import"):
        r = subprocess.run(["import", "-window", "root", path], capture_output=True, text=True, timeout=30)
    else:
        r = subprocess.run(f"xwd -root -silent | convert xwd:- png:'{path}'", shell=True, capture_output=True,
                           text=True, timeout=30)
    if r.returncode != 0 or not os.path.exists(path):
        print(f"# could not save a screenshot to {path}: {r.stderr}", flush=True)
        return None
    step(f"screenshot saved: {path}")
    return path


# ------------------------------------------------------------------------------------ AT-SPI

def a11y():
    """dogtail, imported only now: it needs the session bus and toolkit-accessibility on."""
    from dogtail import config, tree
    config.config.logDebugToFile = False
    config.config.logDebugToStdOut = False
    config.config.searchShowingOnly = False
    config.config.actionDelay = 0.2
    config.config.typingDelay = 0.02
    return tree


def role(node):
    try:
        return node.roleName
    except Exception:
        return "?"


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def showing(node):
    """Whether a person can see node. GTK 4.8 sets STATE_SHOWING on windows only, and lists the
    pages of a stack that are not shown too: those have an empty extent."""
    import pyatspi
    try:
        component = node.queryComponent()
    except NotImplementedError:  # a stack page: no extent of its own
        return True
    except Exception:
        return False
    try:
        ext = component.getExtents(pyatspi.WINDOW_COORDS)
        return ext.width > 0 and ext.height > 0
    except Exception:
        return False


def find(root, pred, what):
    """The first descendant satisfying pred that shows, or None."""
    for n in root.findChildren(pred, isLambda=True):
        if showing(n):
            return n
    return None


def find_all(root, pred):
    return [n for n in root.findChildren(pred, isLambda=True) if showing(n)]


def label_of(node):
    """The accessible name of a button without its mnemonic. GTK 4.8 names a button with a
    mnemonic "_Label Label" (its label property, then the label it is labelled by) unless the
    app works around it (src/gui/zt-a11y.h)."""
    text = name(node)
    for i, c in enumerate(text):
        if c == " " and text[:i].replace("_", "") == text[i + 1:]:
            return text[i + 1:]
    return text.replace("_", "")


def is_button(node, label):
    return role(node) in ("push button", "button", "toggle button") and label_of(node) == label


def wait_node(root, pred, what, timeout=20):
    return wait_until(lambda: find(root, pred, what), what, timeout)


def activate(node, what):
    """Presses a button through its AT-SPI action, as a screen reader user would."""
    names = []
    try:
        actions = node.queryAction()
        names = [actions.getName(i) for i in range(actions.nActions)]
    except NotImplementedError:
        pass
    for action in ("click", "activate", "press"):
        if action in names:
            node.doActionNamed(action)
            return
    raise Failure(f"{what} offers no click action over AT-SPI (actions: {names})")


def window_origin():
    """Where the app's toplevel X window is on the screen (GTK 4 reports window coordinates
    only); (0, 0) without a window manager."""
    try:
        out = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, timeout=10).stdout
        for line in out.splitlines():
            m = re.search(r'"zt4mcp".*\s(\d+)x(\d+)\+(-?\d+)\+(-?\d+)\s+\+(-?\d+)\+(-?\d+)', line)
            if m and int(m.group(1)) > 100:
                return int(m.group(5)), int(m.group(6))
    except (OSError, subprocess.SubprocessError):
        pass
    return 0, 0


def click(node, what):
    """A real mouse click (XTest) in the middle of node."""
    import pyatspi
    from dogtail import rawinput
    ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    if ext.width <= 0 or ext.height <= 0:
        raise Failure(f"{what} is not on screen")
    ox, oy = window_origin()
    x, y = ox + ext.x + ext.width // 2, oy + ext.y + ext.height // 2
    rawinput.click(x, y)


def dump(node, depth=0, out=None, limit=400):
    """The showing part of the accessible tree, for failure messages."""
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    try:
        text = ""
        try:
            if role(node) in ("label", "text"):
                text = " text=" + repr(node.text[:80])
        except Exception:
            pass
        out.append(f"#{'  ' * depth} [{role(node)}] {name(node)!r}{text}")
        for child in node.children:
            if showing(child):
                dump(child, depth + 1, out, limit)
    except Exception as e:
        out.append(f"#{'  ' * depth} <{e!r}>")
    return out


def where_is(node):
    """The named ancestors of node, nearest first."""
    names = []
    parent = node.parent
    while parent is not None and len(names) < 4:
        if name(parent) and not re.fullmatch(r"(Gtk|Adw)\w+", name(parent)):
            names.append(f"[{role(parent)}] {name(parent)!r}")
        parent = parent.parent
    return " < ".join(names) or "?"


def check_button_names(root, where):
    """Every button a person can see has an accessible name a screen reader can say (an icon
    button without one is announced by GTK as its widget type, e.g. "GtkImage")."""
    def in_toast(n):  # libadwaita 1.2's own toast close button has no name: not ours to fix
        return n.parent is not None and name(n.parent) == "AdwToastWidget"
    def gone(n):  # a widget destroyed while the tree was read (its role no longer answers)
        return role(n) == "?"
    buttons = find_all(root, lambda n: role(n) in ("push button", "toggle button"))
    bad = [n for n in buttons
           if (not label_of(n).strip() or re.fullmatch(r"(Gtk|Adw)\w+", label_of(n))) and not in_toast(n)]
    bad = [f"[{role(n)}] {name(n)!r} (in {where_is(n)})" for n in bad if not gone(n)]
    if bad:
        raise Failure(f"{where}: buttons without an accessible name: {', '.join(bad)}\n"
                      + "\n".join(dump(root)))
    # and no name says its mnemonic: "_Join a Mesh Join a Mesh" (see src/gui/zt-a11y.h)
    bad = [f"{name(n)!r}" for n in buttons if name(n) != label_of(n)]
    if bad:
        raise Failure(f"{where}: buttons whose accessible name spells the mnemonic: {', '.join(bad)}")


def find_ancestor_dialog(node):
    """The dialog (an alert) node is in, or None."""
    parent = node.parent
    while parent is not None:
        if role(parent) in ("dialog", "alert"):
            return parent
        parent = parent.parent
    return None


def find_app(tree, pid):
    def pred():
        for app in tree.root.children:
            try:
                if app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        return None
    return wait_until(pred, f"zt4mcp-desktop (pid {pid}) on the accessibility bus", 30, 0.3)


def window_text(app):
    """All labels' and rows' names and texts that show, joined: what a person sees."""
    parts = []
    for n in find_all(app, lambda n: role(n) in ("label", "list item", "panel", "text", "row header")
                      or bool(name(n))):
        parts.append(name(n))
        try:
            if role(n) == "label":
                parts.append(n.text or "")
        except Exception:
            pass
    return "\n".join(p for p in parts if p)


# ------------------------------------------------------------------------------------ the test

def main():
    zt4mcp = need_env("ZT4MCP")
    desktop = need_env("ZT4MCP_DESKTOP")
    schema_dir = need_env("ZT_SCHEMA_DIR")
    node = os.environ.get("NODE") or shutil.which("node") or "node"
    shots = os.environ.get("ZT_SCREENSHOT_DIR") or os.path.join(os.getcwd(), "tests", "gui", "screenshots")
    for path, what in ((EVERYTHING, "server-everything (npm install in tests/node)"), (CALL_TOOL, "call-tool.mjs")):
        if not os.path.exists(path):
            raise Failure(f"{what} is missing: {path}")

    work = tempfile.mkdtemp(prefix="zt4mcp-atspi-")
    procs = []
    app = None
    ok = False
    try:
        base_env = dict(os.environ, ZT4MCP_KEYSTORE="file")
        for var in ("ZT4MCP_HOME", "ZT4MCP_LISTEN"):
            base_env.pop(var, None)

        # -- the mesh: a hub, and bob-pc sharing server-everything as "ev" with alice
        data = os.path.join(work, "hub")
        port = free_port()
        step(f"hub init smokemesh on 127.0.0.1:{port}")
        cli(zt4mcp, "hub", "init", "--data", data, "--name", "smokemesh", "--listen", f"127.0.0.1:{port}",
            env=base_env)
        hub = Proc("hub", [zt4mcp, "hub", "serve", "--data", data], env=base_env)
        procs.append(hub)
        hub.wait_for_line(r"zt4mcp hub on https", 20)
        step("hub serving")

        home_b = os.path.join(work, "bob")
        invitation_b = cli(zt4mcp, "hub", "invite", "bob", "--endpoint", "bob-pc", "--data", data,
                           env=base_env).strip()
        cli(zt4mcp, "join", invitation_b, "--home", home_b, env=base_env)
        step("bob-pc joined; starting its agent")
        agent_b = Proc("agent bob-pc", [zt4mcp, "agent", "serve", "--home", home_b, "--listen", "127.0.0.1:0"],
                       env=base_env)
        procs.append(agent_b)
        api_b_path = os.path.join(home_b, "api.json")

        def agent_b_up():
            if agent_b.popen.poll() is not None:
                raise Failure(f"bob's agent exited ({agent_b.popen.returncode}):\n{agent_b.output()}")
            try:
                return read_json(api_b_path).get("pid") == agent_b.popen.pid
            except (OSError, ValueError):
                return False
        wait_until(agent_b_up, "bob's agent to write api.json", 20)
        env_b = dict(base_env, ZT4MCP_HOME=home_b)
        cli(zt4mcp, "service", "add", "ev", "--stdio", "--", node, EVERYTHING, "stdio", env=env_b)
        cli(zt4mcp, "service", "export", "ev", "--to", "alice", env=env_b)
        step("bob-pc serves ev (server-everything) and exports it to alice")
        invitation = cli(zt4mcp, "hub", "invite", "alice", "--endpoint", "alice-desktop", "--data", data,
                         env=base_env).strip()
        step(f"invitation for alice-desktop made ({len(invitation)} characters)")

        # -- the app, with a fresh home, on the same D-Bus session and display
        app_home = os.path.join(work, "alice")
        os.makedirs(app_home)
        app_env = dict(base_env, ZT4MCP_HOME=app_home, ZT4MCP_LISTEN="127.0.0.1:0",
                       GSETTINGS_SCHEMA_DIR=schema_dir, GSETTINGS_BACKEND="memory")
        for var in ("GTK_A11Y", "NO_AT_BRIDGE"):
            app_env.pop(var, None)
        step("starting zt4mcp-desktop")
        app = Proc("zt4mcp-desktop", [desktop], env=app_env)
        procs.append(app)

        tree = a11y()
        ui = find_app(tree, app.popen.pid)
        step(f"the app is on the accessibility bus as {name(ui)!r}")

        def fail_with_tree(message):
            tree_text = "\n".join(dump(ui))
            return Failure(f"{message}\n# the app's accessible tree (showing nodes):\n{tree_text}")

        # -- welcome page: Join a Mesh
        try:
            join_choice = wait_node(ui, lambda n: is_button(n, "Join a Mesh"), "the button “Join a Mesh”", 30)
        except Failure as e:
            raise fail_with_tree(str(e))
        step("welcome page shows “Join a Mesh” and “Create a Mesh on This Computer”")
        if not find(ui, lambda n: is_button(n, "Create a Mesh on This Computer"), "create button"):
            raise fail_with_tree("the button “Create a Mesh on This Computer” is missing")
        check_button_names(ui, "the welcome page")
        activate(join_choice, "“Join a Mesh”")
        step("clicked “Join a Mesh”")

        try:
            view = wait_node(ui, lambda n: role(n) in ("text", "entry") and name(n) == "Invitation",
                             "the text view labelled “Invitation”", 15)
        except Failure as e:
            raise fail_with_tree(str(e))
        how = "typed"
        try:
            view.queryEditableText().setTextContents(invitation)
            how = "set through the EditableText interface"
        except NotImplementedError:  # type it: click into the view, then the keys (XTest)
            from dogtail import rawinput
            click(view, "the “Invitation” text view")
            time.sleep(0.3)
            rawinput.typeText(invitation)
        wait_until(lambda: (view.text or "").strip() == invitation,
                   "the invitation to appear in the text view", 30)
        step(f"invitation {how} into the “Invitation” text view")

        endpoint_row = find(ui, lambda n: name(n).startswith("This computer's name in the mesh"), "endpoint row")
        if endpoint_row is None:
            raise fail_with_tree("the entry row “This computer's name in the mesh (optional)” is missing")

        wait_node(ui, lambda n: is_button(n, "Join"), "the “Join” button", 10)
        check_button_names(ui, "the join page")

        # -- the keyboard: Esc and Alt+Left go back to the first step, Enter joins
        from dogtail import rawinput
        for keys in ("Escape", "<Alt>Left"):
            click(view, "the “Invitation” text view")
            time.sleep(0.3)
            rawinput.keyCombo(keys)
            try:
                again = wait_node(ui, lambda n: is_button(n, "Join a Mesh"), f"“Join a Mesh” again after {keys}", 10)
            except Failure as e:
                raise fail_with_tree(str(e))
            step(f"{keys} went back to the first step")
            activate(again, "“Join a Mesh”")
            view = wait_node(ui, lambda n: role(n) in ("text", "entry") and name(n) == "Invitation",
                             "the text view labelled “Invitation”", 15)
        wait_until(lambda: (view.text or "").strip() == invitation, "the invitation still in the text view", 10)
        click(view, "the “Invitation” text view")
        time.sleep(0.3)
        rawinput.pressKey("Return")
        step("pressed Enter in the invitation; waiting for the join preview")

        def preview():
            return find(ui, lambda n: is_button(n, "Join") and find_ancestor_dialog(n), "the preview's “Join”")
        try:
            confirm = wait_until(preview, "the join preview with its “Join” button", 20, 0.3)
        except Failure as e:
            raise fail_with_tree(str(e))
        seen = window_text(find_ancestor_dialog(confirm))
        for expected in ("smokemesh", f"127.0.0.1:{port}", "alice", "alice-desktop"):
            if expected not in seen:
                raise fail_with_tree(f"the join preview does not show {expected!r}:\n{seen}")
        check_button_names(find_ancestor_dialog(confirm), "the join preview")
        step("the join preview shows the mesh, the hub, the user and the endpoint")
        screenshot(shots, "atspi-join-preview.png")
        activate(confirm, "the preview's “Join”")
        step("clicked the preview's “Join”; waiting for the mesh page to list bob-pc")

        def join_error():
            # the status label under the button says what went wrong, if anything did
            for n in find_all(ui, lambda n: role(n) == "label"):
                text = n.text or ""
                if re.search(r"could not|refused|not a zt4mcp|not found|404|already in a mesh|failed", text, re.I):
                    return text
            return None

        def peer_row():
            err = join_error()
            if err:
                raise Failure(f"joining failed; the app says: {err}")
            return find(ui, lambda n: name(n) == "bob-pc" or name(n).startswith("bob-pc"), "bob-pc")
        try:
            bob = wait_until(peer_row, "the mesh page to show the peer “bob-pc”", 60, 0.5)
        except Failure as e:
            if "joining failed" in str(e):
                raise
            raise fail_with_tree(f"{e}\n# the app's output:\n{app.tail()}")
        step(f"the mesh page shows bob-pc ([{role(bob)}] {name(bob)!r})")

        # -- the peer's services: expand it, import ev
        def import_button():
            return find(ui, lambda n: is_button(n, "Import"), "the “Import” button")

        def expand():
            if import_button():
                return True
            # an expander row's header is a list item without AT-SPI actions in GTK 4.8 (and
            # Component.GrabFocus fails there): click it with the mouse, as a person would
            click(bob, "the row bob-pc")
            return wait_until(import_button, "the row “ev” with an “Import” button", 5)
        try:
            # bob-pc may first be listed before its services reach us: retry the expansion
            importer = wait_until(expand, "bob-pc to list “ev” with an “Import” button", 30, 1)
        except Failure as e:
            raise fail_with_tree(str(e))
        importer = import_button()
        if not find(ui, lambda n: name(n) == "ev", "the row ev"):
            raise fail_with_tree("the expanded peer has no row titled “ev”")
        check_button_names(ui, "the mesh page")
        step("expanded bob-pc: the service row “ev” has an “Import” button")
        activate(importer, "“Import”")
        step("clicked “Import”; waiting for “Imported as”")

        def imported():
            text = window_text(ui)
            m = re.search(r"Imported as “ev”", text)
            if m:
                return True
            err = re.search(r"Could not import[^\n]*", text)
            if err:
                raise Failure(f"the app says: {err.group(0)}")
            return False
        try:
            wait_until(imported, "the row to say “Imported as “ev””", 30, 0.5)
        except Failure as e:
            raise fail_with_tree(str(e))
        check_button_names(ui, "the mesh page after the import")
        step("the row says “Imported as “ev””; every button shown has an accessible name")

        # -- the import, checked through the app's own agent
        api = read_json(os.path.join(app_home, "api.json"))
        services = api_get(api, "/services")
        listed = services.get("services", services) if isinstance(services, dict) else services
        ev = next((s for s in listed if s.get("name") == "ev"), None)
        if ev is None or ev.get("kind") != "mesh":
            raise Failure(f"GET /api/v1/services does not list ev as a mesh service: {json.dumps(services)}")
        step(f"GET /api/v1/services lists ev: kind {ev['kind']}, peer {ev.get('peer')}, remote {ev.get('remote')}")

        message = "hello from the AT-SPI smoke test"
        url = f"{api['url']}/mcp/ev"

        def call():
            r = subprocess.run([node, CALL_TOOL, url, api["token"], "echo", json.dumps({"message": message})],
                               capture_output=True, text=True, timeout=60)
            if r.returncode == 0 and f"Echo: {message}" in r.stdout:
                return r.stdout.strip()
            call.last = f"exit {r.returncode}: {r.stdout}{r.stderr}"
            return None
        call.last = ""
        try:  # the first call may race bob-pc's session coming up over the mesh: a few tries
            said = wait_until(call, f"the echo tool through {url}", 60, 1)
        except Failure as e:
            raise Failure(f"{e}\n# the last attempt: {call.last}")
        step(f"echo through the app's agent and the mesh answered: {said!r}")

        # -- the Policies and Audit pages: reached from the view switcher, every button named
        for page, landmark in (("Policies", "Add Grant…"), ("Audit", "Verify Chain")):
            tab = find(ui, lambda n: role(n) in ("page tab", "toggle button", "push button", "radio button") and
                       label_of(n) == page, f"the “{page}” tab")
            if tab is None:
                raise fail_with_tree(f"the view switcher has no “{page}” button")
            try:
                activate(tab, f"the “{page}” tab")
            except Failure:
                click(tab, f"the “{page}” tab")
            try:
                wait_node(ui, lambda n: is_button(n, landmark), f"“{landmark}” on the {page} page", 10)
            except Failure as e:
                raise fail_with_tree(str(e))
            check_button_names(ui, f"the {page} page")
            step(f"the {page} page shows “{landmark}”; every button shown has an accessible name")

        # -- the main menu button is named for what it is, not "GtkMenuButton"
        generic = find_all(ui, lambda n: re.fullmatch(r"(Gtk|Adw)\w*Button", name(n) or "-") is not None)
        if generic:
            raise fail_with_tree("nodes named for their widget type: " + ", ".join(f"[{role(n)}] {name(n)!r}" for n in generic))
        menu = find(ui, lambda n: name(n) == "Main Menu" and role(n) in ("toggle button", "push button", "menu button",
                                                                           "button"), "the main menu button")
        if menu is None:
            raise fail_with_tree("no button named “Main Menu”")
        step(f"the main menu button reads as [{role(menu)}] {name(menu)!r}")

        # -- the shortcuts window lists every shortcut: Add, Refresh and Back too
        def open_menu_item(label):
            try:
                activate(menu, "the main menu button")
            except Failure:
                click(menu, "the main menu button")
            item = wait_node(ui, lambda n: role(n) in ("menu item", "push button", "check menu item") and
                             label_of(n) == label, f"the menu item “{label}”", 10)
            try:
                activate(item, f"the menu item “{label}”")
            except Failure:
                click(item, f"the menu item “{label}”")
        try:
            open_menu_item("Keyboard Shortcuts")
        except Failure as e:
            raise fail_with_tree(str(e))
        def shortcuts():
            labels = find_all(ui, lambda n: role(n) == "label")
            texts = {(n.text or "") for n in labels} | {name(n) for n in labels}
            wanted = ("Add an MCP Server", "Refresh", "Back (joining or creating a mesh)", "F5")
            return texts if all(any(w in t for t in texts) for w in wanted) else None
        try:
            wait_until(shortcuts, "the shortcuts window listing Add, Refresh (Ctrl+R, F5) and Back", 15, 0.5)
        except Failure as e:
            raise fail_with_tree(str(e))
        step("the shortcuts window lists Add an MCP Server, Refresh (F5) and Back")
        screenshot(shots, "atspi-shortcuts.png")
        rawinput.pressKey("Escape")
        time.sleep(0.5)

        # -- Preferences (Ctrl+,): every switch has a name of its own
        try:
            open_menu_item("Preferences")
        except Failure as e:
            raise fail_with_tree(str(e))
        wanted = ("Start at Login", "Run in the Background")

        def switches():
            # GTK 4.8 gives a GtkSwitch the role "check box"; its name is its row's title (the
            # row's activatable widget is labelled by it), said once: a label of its own as well
            # made it "Run in the background Run in the Background"
            found = {name(n): role(n) for n in find_all(ui, lambda n: role(n) in ("check box", "switch", "toggle button")
                                                          and any(w in name(n) for w in wanted))}
            return found if len(found) == len(wanted) and all(w in found for w in wanted) else None
        try:
            found = wait_until(switches, "the Preferences window's switches, each named", 15, 0.5)
        except Failure as e:
            raise fail_with_tree(str(e))
        generic = [name(n) for n in find_all(ui, lambda n: role(n) in ("switch", "check box"))
                   if not name(n).strip() or name(n) in ("Running", "On", "Off") or re.fullmatch(r"(Gtk|Adw)\w+", name(n))]
        if generic:
            raise fail_with_tree(f"switches with generic names: {generic}")
        step(f"the Preferences switches read as {found}")
        rawinput.pressKey("Escape")

        time.sleep(0.5)
        shot = screenshot(shots, "atspi-smoke.png")
        ok = True
        step(f"PASS{' (screenshot ' + shot + ')' if shot else ''}")
    except BaseException:
        try:
            screenshot(shots, "atspi-smoke-failure.png")
        except Exception:
            pass
        for p in procs:
            print(f"# last lines of {p.name}:\n{p.tail()}", flush=True)
        raise
    finally:
        for p in reversed(procs):
            try:
                p.stop()
            except Exception as e:
                print(f"# stopping {p.name}: {e}", flush=True)
        shutil.rmtree(work, ignore_errors=True)
        step("cleaned up: app, agents and hub stopped")
    return ok


if __name__ == "__main__":
    try:
        sys.exit(0 if main() else 1)
    except Failure as e:
        print(f"FAIL: {e}", flush=True)
        sys.exit(1)
