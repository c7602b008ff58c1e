#!/usr/bin/env python3
# realservers.py: writes real-train.jsonl and real-check.jsonl from the npm servers' own tools
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tests/safety-corpus/realservers.py
#
# Each real-server-NAME.json is a tools/list result (and the server's instructions) as listed
# over stdio from the published npm package (December 2026). Every tool is a benign case, and so
# is the whole list. The servers are split by name, not by tool: train.py reads the train half as
# benign sentences; the check half is measured only, so its figure is one on servers the scorer
# never saw. The three servers of corpus.jsonl (everything, filesystem, conformance) stay there.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
TRAIN = ["github", "gitlab", "slack", "puppeteer", "memory", "notion", "firecrawl", "google-maps"]
CHECK = ["playwright", "tavily", "context7", "sequential-thinking", "brave-search", "postgres",
         "aws-kb-retrieval", "everart"]


def cases_of(name):
    real = json.load(open(os.path.join(here, "real-server-%s.json" % name)))
    srv = real["server"]
    out = []
    for t in real["tools"]:
        out.append({"id": "real-%s-%s" % (srv, t["name"]), "label": "benign", "class": "real-" + name, "tool": t})
    if real.get("instructions"):
        out.append({"id": "real-%s-instructions" % srv, "label": "benign", "class": "real-" + name,
                    "instructions": real["instructions"]})
    out.append({"id": "real-%s-all" % srv, "label": "benign", "class": "real-" + name, "tools": real["tools"],
                "instructions": real.get("instructions")})
    return out


for part, names in (("train", TRAIN), ("check", CHECK)):
    with open(os.path.join(here, "real-%s.jsonl" % part), "w") as f:
        for n in names:
            for c in cases_of(n):
                f.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
