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
# the twentieth session's 33 servers (each file names its package and version), split by name in
# turn; twilio (197 tools) and cloudflare (89) swapped, and the copy of the reference puppeteer
# server kept beside it, so neither half is one server. Only the weighing of findings
# (train_combine.py) learns from TRAIN2 so far; the word score and the sentence scorer do not.
TRAIN2 = ["airtable", "apify", "browser-tools", "chrome-devtools", "twilio", "docker", "elasticsearch",
         "figma", "heroku", "kubernetes", "line-bot", "mongodb", "puppeteer-mcp-server", "redis",
         "shopify-dev", "supabase", "youtube-transcript"]
CHECK = ["playwright", "tavily", "context7", "sequential-thinking", "brave-search", "postgres",
         "aws-kb-retrieval", "everart"]
# the twentieth session's check half: measured apart, as the first check half must pass clean
CHECK2 = ["antv-chart", "brightdata", "browserbase", "circleci", "desktop-commander", "ea-playwright",
         "exa", "gdrive", "hubspot", "lara", "mapbox", "neon", "perplexity-ask", "sentry", "stripe",
         "cloudflare"]

# the twenty-fifth session's fifteen more servers, listed over stdio with `npx -y PACKAGE` and
# dummy credentials (each file names its package and version): measured only, never trained on
CHECK3 = ["airbnb", "azure-devops", "browsermcp", "context-docs", "dbhub", "duckduckgo", "hyperbrowser", "magicui",
          "monday", "netlify", "notion-official", "nx", "pinecone", "postman", "taskmanager"]

# the twenty-sixth session's thirty more servers (npx over stdio, dummy credentials), split by name
# in turn before any was read: TRAIN3 is read and trained on; CHECK4 is measured only
NEW26 = ["amap", "argocd", "asana", "azure", "backlog", "browserstack", "clarity", "cloudrun", "codacy", "creem",
         "currents", "datadog", "dataforseo", "excel", "gitserver", "hostinger", "instantdb", "jira", "lark",
         "launchdarkly", "mobile", "ms365", "n8n", "paddle", "replicate", "shortcut", "smartbear", "todoist",
         "vapi", "webflow"]
TRAIN3 = NEW26[0::2]
CHECK4 = NEW26[1::2]
# thirty-nine more listed later the same session, after that session's changes: measured only
CHECK5 = ["attio", "auth0", "baidumap", "bitbucket", "bitwarden", "ccxt", "chatwork", "cosmosdb",
          "digitalocean", "discourse", "drawio", "fetchserver", "gcpobs", "gcs", "grafana",
          "hevy", "huggingface", "iterable", "karakeep", "linear", "miro", "motion", "nile",
          "obsidian", "openmeteo", "plane", "pubmed", "resend", "rollbar", "salesforce",
          "sanity", "shopify", "sonarqube", "sqlite", "terraform", "timemcp", "transloadit",
          "woocommerce", "xero"]

# the twenty-seventh session's 91 more servers (npx over stdio, dummy credentials; the helper that
# listed them printed only counts), split by name in turn before any was read: TRAIN4 is read and
# trained on; CHECK6 is measured only
NEW27 = ["aicoin", "alertmanager", "aliyundevops", "apple-docs", "arr", "bnbchain", "bullmq",
         "calc", "ccusage", "chkp", "cloudbase", "coolify", "dataiku", "debugger", "deepl",
         "deepseek", "didit", "discord", "dokploy", "ebay", "echarts", "europarl", "excalidraw",
         "flightradar", "freee", "glean", "godot", "greptile", "gsc", "gsearch", "gsheets",
         "hotelzero", "howtocook", "hugeicons", "infisical", "jina", "knip", "leetcode",
         "lighthouse", "lunchmoney", "m365cli", "mcpgraphql", "mem0", "metabase", "minimax", "mui",
         "nextdevtools", "octocode", "onepassword", "openlibrary", "opentofu", "openzeppelin",
         "pdf", "pgserver", "powerpipe", "prometheus", "qase", "quickbooks", "railway", "reddit",
         "reftools", "render", "retell", "ripgrep", "runpod", "science", "scrapi", "searxng",
         "selenium", "serper", "serpstat", "shadcn", "shrimp", "spider", "sshmanager", "strapi",
         "strava", "tailwind", "tradingview", "travelplanner", "trello", "unifi", "variflight",
         "vitest", "vuetify", "weather", "wikipedia", "workos", "youtube-data", "zai", "zowe"]
TRAIN4 = NEW27[0::2]
CHECK6 = NEW27[1::2]


def cases_of(name):
    real = json.load(open(os.path.join(here, "real-server-%s.json" % name)))
    # the first servers are named by what they report; the later ones (with "package") by file,
    # as two report the same name
    srv = name if "package" in real else real["server"]
    out = []
    for t in real["tools"]:
        out.append({"id": "real-%s-%s" % (srv, t["name"]), "label": "benign", "class": "real-" + name, "tool": t})
    if real.get("instructions"):
        out.append({"id": "real-%s-instructions" % srv, "label": "benign", "class": "real-" + name,
                    "instructions": real["instructions"]})
    out.append({"id": "real-%s-all" % srv, "label": "benign", "class": "real-" + name, "tools": real["tools"],
                "instructions": real.get("instructions")})
    return out


for part, names in (("train", TRAIN), ("check", CHECK), ("train2", TRAIN2), ("check2", CHECK2), ("check3", CHECK3),
                    ("train3", TRAIN3), ("check4", CHECK4), ("check5", CHECK5),
                    ("train4", TRAIN4), ("check6", CHECK6)):
    with open(os.path.join(here, "real-%s.jsonl" % part), "w") as f:
        for n in names:
            for c in cases_of(n):
                f.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + "\n")
