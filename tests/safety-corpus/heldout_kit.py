# heldout_kit.py: what the held-out set writers (heldout3.py, heldout4.py, heldout5.py) share: a
# tool definition from a name, a description and parameters, cases numbered per class, the
# hidden-text and encoding helpers, and the JSON Lines file they write.
# SPDX-License-Identifier: GPL-3.0-or-later
import base64, json, os

here = os.path.dirname(os.path.abspath(__file__))


def schema(params):
    props = {}
    for p, d in (params or {}).items():
        props[p] = d if isinstance(d, dict) else {"type": "string", "description": d}
    return {"type": "object", "properties": props}


def tool(name, desc, params=None):
    return {"name": name, "description": desc, "inputSchema": schema(params if params is not None else {"input": "Input"})}


def tags(s):
    return "".join(chr(0xE0000 + ord(ch)) for ch in s)


def b64(s):
    return base64.b64encode(s.encode()).decode()


class HeldoutSet:
    """The cases of one set: ids NAME-CLASS-NN, written to NAME.jsonl beside this file."""

    def __init__(self, name):
        self.name = name
        self.cases = []

    def case(self, label, cls, **kw):
        n = sum(1 for c in self.cases if c["class"] == cls)
        self.cases.append(dict({"id": "%s-%s-%02d" % (self.name, cls, n), "label": label, "class": cls}, **kw))

    def mal(self, cls, name, desc, params=None):
        self.case("malicious", cls, tool=tool(name, desc, params))

    def ben(self, cls, name, desc, params=None):
        self.case("benign", "benign-" + cls, tool=tool(name, desc, params))

    def server(self, label, cls, tools):
        """One case of several tools of one server; @cls without "benign-" for honest ones."""
        self.case(label, cls if label == "malicious" else "benign-" + cls, tools=tools)

    def servers(self, label, cls, services):
        """One case of several servers, each (name, tools)."""
        self.case(label, cls if label == "malicious" else "benign-" + cls,
                  services=[{"name": n, "tools": t} for n, t in services])

    def write(self):
        with open(os.path.join(here, self.name + ".jsonl"), "w") as f:
            for c in self.cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print("%d cases: %d malicious, %d benign" % (len(self.cases), sum(c["label"] == "malicious" for c in self.cases),
              sum(c["label"] == "benign" for c in self.cases)))
