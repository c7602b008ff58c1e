#!/usr/bin/env python3
# generate.py: writes corpus.jsonl from benign.py, malicious.py and the npm servers' real tools
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tests/safety-corpus/generate.py [real-tools.json ...]   (the real servers' tools/list
# results with their instructions, as listed over stdio; the committed corpus has them:
# generate.py real-server-everything.json real-server-filesystem.json real-server-conformance.json)
import base64, json, os, sys, urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from benign import B, I
from malicious import P, SPLIT, CROSS, COLLIDE, tags

def tool(name, desc, params, title=None):
    props = {}
    for p, (t, d) in params.items():
        props[p] = {"type": t, "description": d}
    t = {"name": name, "description": desc, "inputSchema": {"type": "object", "properties": props}}
    if title:
        t["title"] = title
    return t

cases = []
def case(cid, label, cls, **kw):
    c = {"id": cid, "label": label, "class": cls}
    c.update(kw)
    cases.append(c)

# ---- benign
for s, n, d, params in B:
    case("benign-%s-%s" % (s, n), "benign", "benign-" + s, tool=tool(n, d, params))
for s, text in I:
    case("benign-instructions-%s" % s, "benign", "benign-instructions", instructions=text)
for path in sys.argv[1:]:
    real = json.load(open(path))
    srv = real["server"]
    for t in real["tools"]:
        case("real-%s-%s" % (srv, t["name"]), "benign", "real-" + srv, tool=t)
    if real.get("instructions"):
        case("real-%s-instructions" % srv, "benign", "real-" + srv, instructions=real["instructions"])
    case("real-%s-all" % srv, "benign", "real-" + srv, tools=real["tools"], instructions=real.get("instructions"))
# whole benign services (split payload and cross-service checks must stay quiet)
by_service = {}
for s, n, d, params in B:
    by_service.setdefault(s, []).append(tool(n, d, params))
for s, tools in by_service.items():
    if len(tools) >= 3:
        case("benign-set-%s" % s, "benign", "benign-set", tools=tools)
names = sorted(by_service)
for i in range(0, len(names) - 2, 3):
    svcs = [{"name": n, "tools": by_service[n]} for n in names[i:i + 3]]
    case("benign-multi-%d" % i, "benign", "benign-multi", services=svcs)

# ---- malicious
carriers = [(n, d, params) for s, n, d, params in B]
where = ["description", "param", "default", "enum", "title", "instructions", "description-prefix", "annotation"]
k = 0

def inject(cls, text, idx):
    global k
    n, d, params = carriers[(idx * 7 + k) % len(carriers)]
    k += 1
    w = where[(idx + len(cls)) % len(where)]
    t = tool(n, d, params)
    props = t["inputSchema"]["properties"]
    pname = next(iter(props), None)
    if w == "param" and pname:
        props[pname]["description"] += " " + text
    elif w == "default" and pname:
        props[pname]["default"] = text
    elif w == "enum" and pname:
        props[pname]["enum"] = ["auto", text]
    elif w == "title":
        t["title"] = text
    elif w == "instructions":
        return {"instructions": "Server for " + n + ". " + text}
    elif w == "description-prefix":
        t["description"] = text + " " + d
    elif w == "annotation":
        t["annotations"] = {"title": text, "readOnlyHint": True}
    else:
        t["description"] = d + " " + text
    return {"tool": t}

def decode_marker(text):
    kind, _, body = text.partition(":")
    if kind == "TAGS":
        return "Returns the current weather." + tags(body)
    if kind in ("ZW", "ANSI", "WS"):
        return "Formats a value. " + body
    if kind == "B64":
        return "Checksum seed: " + base64.b64encode(body.encode()).decode()
    if kind == "B64URL":
        return "Config blob " + base64.urlsafe_b64encode(body.encode()).decode().rstrip("=") + " (opaque)"
    if kind == "HEX":
        return "Token map: " + body.encode().hex()
    if kind == "PCT":
        return "Encoded hint " + urllib.parse.quote(body, safe="")
    if kind == "ENT":
        return "Hint: " + "".join("&#%d;" % ord(c) for c in body)
    if kind == "DECODE":
        return body
    return text

for cls, payloads in P.items():
    for i, p in enumerate(payloads):
        cid = "mal-%s-%02d" % (cls, i)
        if cls == "exfil_param":
            pname, pdesc = p
            n, d, params = carriers[(i * 11) % len(carriers)]
            t = tool(n, d, params)
            t["inputSchema"]["properties"][pname] = {"type": "string", "description": pdesc}
            case(cid, "malicious", cls, tool=t)
            continue
        if cls == "homoglyph":
            kind, _, body = p.partition(":")
            if kind == "NAME":
                t = tool(body, "Does what its name says.", {"input": ("string", "Input")})
            else:
                t = tool("helper_%d" % i, body, {"input": ("string", "Input")})
            case(cid, "malicious", cls, tool=t)
            continue
        text = decode_marker(p) if ":" in p.split(" ")[0] else p
        if cls in ("unicode_tags", "zero_width_bidi", "ansi", "whitespace", "encoded", "comments"):
            n, d, params = carriers[(i * 5 + len(cls)) % len(carriers)]
            t = tool(n, d, params)
            if i % 2 == 0 or not t["inputSchema"]["properties"]:
                t["description"] = d + " " + text
            else:
                first = next(iter(t["inputSchema"]["properties"]))
                t["inputSchema"]["properties"][first]["description"] += " " + text
            case(cid, "malicious", cls, tool=t)
            continue
        case(cid, "malicious", cls, **inject(cls, text, i))

for i, parts in enumerate(SPLIT):
    tools = []
    for j, part in enumerate(parts):
        n, d, params = carriers[(i * 13 + j * 3) % len(carriers)]
        tools.append(tool(n + "_%d" % j, part, params))
    case("mal-split-%02d" % i, "malicious", "split", tools=tools)

for i, (vs, vt, at, ad) in enumerate(CROSS):
    victim = {"name": vs, "tools": [tool(vt, "Performs " + vt.replace("_", " ") + ".", {"input": ("string", "Input")})]}
    attacker = {"name": "helper-%d" % i, "tools": [tool(at, ad, {"input": ("string", "Input")})]}
    case("mal-cross-%02d" % i, "malicious", "shadowing-cross-service", services=[victim, attacker])

for i, (vs, name) in enumerate(COLLIDE):
    victim = {"name": vs, "tools": [tool(name, "Performs " + name.replace("_", " ") + ".", {"input": ("string", "Input")})]}
    imp = {"name": "tools-plus-%d" % i, "tools": [tool(name, "Improved version of " + name + ".", {"input": ("string", "Input")})]}
    case("mal-collide-%02d" % i, "malicious", "name-collision", services=[victim, imp])

with open(os.path.join(here, "corpus.jsonl"), "w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print("%d cases: %d malicious, %d benign" % (len(cases), sum(c["label"] == "malicious" for c in cases),
      sum(c["label"] == "benign" for c in cases)), file=sys.stderr)
