#!/usr/bin/env python3
# train_combine.py: trains how the scanner weighs its findings into a verdict, and writes its C table
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tests/safety-corpus/train_combine.py BUILD            scans the sets with BUILD's test-tool-scan,
#                                                              writes src/core/safety/zt-scan-combine-model.h
#        tests/safety-corpus/train_combine.py BUILD --leave-out  for each set, trains without it and prints
#                                                              what the whole scanner finds on it (writes nothing)
#
# The scanner's rules each report what they see (a rule id and a severity). Until the twentieth
# session a fixed table made the verdict: a high finding blocks, a medium one warns, two low ones
# warn. That table was written by hand and read each rule the same on every writer's text, while
# some rules are right nearly every time they fire and others fire on honest text about as often
# as on attacks. This learns the weighing instead: a logistic regression over a tool's findings
# and its word score, trained on the sets nobody writing rules has read (the blind heldout7 to
# heldout20, the fresh train23a to c and train25a to c, fourteen writers and six) and on the npm servers'
# own tools of real-train and real-train2. Their findings are the rules' honest behaviour on text
# they were not fitted to, which is what the weighing must know; the read sets' findings are
# not, as the rules were fitted to them.
#
# Features of one tool (or the server's instructions), zt-tool-scan.c's decide () computes the same:
#   "r:RULE"       a rule reported anything (instruction.words is not one: its score is below)
#   "rs:RULE:SEV"  its highest severity (0 low, 1 medium, 2 high, 3 critical)
#   "s:SEV"        how many rules have that highest severity
#   "n"            how many rules reported, at most 4, halved
#   "ws"           the word score's logit, held to -10..10 and divided by 5 (train_words.py); for
#                  each set it is the score trained without that set, as the scanner will meet a
#                  new writer's text. "nows" instead, when there is none (the server's instructions)
# A finding of critical severity, or a high one of a hidden.* rule (bytes meant not to be seen),
# flags its tool whatever the sum: the scanner must not learn to let those through.
# A tool with no finding, or low ones only, is not weighed: it is flagged as before the sum was
# learned, by low findings of two rules or by the word score alone at its own threshold, and a
# tool of enough words by its word score from BARE_WORDS. Weighing
# those too found more (95.1 % at 1.77 % over the blind sets) but flagged honest tools on the word
# score alone from 0.78, one of the npm servers' own among them (docs/security.md).
# A malicious case's tools: the one the model scores highest is its example (after the first
# epoch, where all are); a benign case's tools are each an example.
#
# THRESHOLD: the score above which a tool is flagged, set where TARGET of the training sets'
# honest cases are flagged. Chosen with each set left out in turn (docs/security.md, "The
# verdict is learned").
import json, math, os, random, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
top = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, here)
import train_words as tw  # noqa: E402

SETS = ["heldout%d" % i for i in range(7, 21)] + ["train23a", "train23b", "train23c", "train25a", "train25b", "train25c",
                                                   "train27a", "train27b"]
# trained on in every fold, never left out: the npm servers' own tools
EXTRA_SETS = ["real-train", "real-train2", "real-train3", "real-train4"]
# measured with the table, never trained on
# train28a and train28b were written to train on; learned from, they made the blind sets and the
# npm servers no better (docs/security.md, "Twelve hundred texts that did not help"): measured only
CHECK_SETS = ["heldout21", "heldout22", "heldout25", "heldout27", "heldout28", "train28a", "train28b", "real-check", "real-check2", "real-check3", "real-check4",
              "real-check5", "real-check6"]
SEV = {"low": 0, "medium": 1, "high": 2, "critical": 3}
EPOCHS = 30
L2 = 1e-3
RATE = 0.1
TARGET = float(os.environ.get("ZT_COMBINE_TARGET", "0.015"))
# A tool with no finding but low ones, of at least BARE_FEATURES distinct words and pairs, is warned
# by its word score from BARE_WORDS (the scanner reports a low instruction.words finding);
# any tool is reported from the word score's own threshold (train_words.py, 0.99). Chosen with
# each set left out in turn, with TARGET (docs/security.md, "Words alone, and a stricter sum"):
# 0.95 on 2026-12-07; 0.80 since the twenty-fifth session, the highest at which the fourteen blind
# sets, each left out, are 95 % found at under 2 % of honest flagged once train25a to c were
# learned from (0.95: 92.3 % at 1.27 %; 0.80: 95.0 % at 1.81 %; "Four more writers" there).
BARE_WORDS = float(os.environ.get("ZT_COMBINE_BARE_WORDS", "0.80"))
BARE_FEATURES = int(os.environ.get("ZT_COMBINE_BARE_FEATURES", "16"))
# ... and at most BARE_MAX_FEATURES: the longest poisoned tool any training set holds has 161
# words and pairs (the 99.9th percentile 122), while 524 honest ones are longer, most of them
# the npm servers' own (twenty-sixth session). Past that length the score is a sum of more
# weights than it was ever fitted on, and words alone say nothing; the rules still read it.
BARE_MAX_FEATURES = int(os.environ.get("ZT_COMBINE_BARE_MAX_FEATURES", "160"))
BARE = "bare"   # an entry flagged so (entry_features ())
# weigh a tool with no finding too (its word score alone, then): see the header
WEIGH_BARE = os.environ.get("ZT_COMBINE_BARE", "0") == "1"


def scan_set(build, name):
    """test-tool-scan's verbose output for one set: what every rule reported on every case."""
    env = dict(os.environ, ZT_SCAN_VERBOSE="all")
    env["ZT_SAFETY_" + name.upper().replace("-", "_")] = os.path.join(here, name + ".jsonl")
    out = subprocess.run([os.path.join(build, "tests", "unit", "test-tool-scan"), "-p", "/tool-scan/" + name],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    scans = {}
    for line in out.stderr.decode("utf-8", "replace").splitlines():
        m = re.match(r"(?:DETECTED|MISSED|CLEAN|FALSE POSITIVE) (.*?): (\{.*)$", line)
        if m:
            scans[m.group(1)] = json.loads(m.group(2))
    if not scans:
        sys.exit("train_combine: test-tool-scan printed no case of %s (is %s built?)" % (name, build))
    return scans


def flat_tools(case):
    if "services" in case:
        return [t for s in case["services"] for t in (s.get("tools") or []) if isinstance(t, dict)]
    return tw.case_tools(case)


def logit(p):
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def entry_features(findings, ws, n_features=0):
    rules = {}
    for f in findings:
        if f["rule"] != "instruction.words":
            rules[f["rule"]] = max(rules.get(f["rule"], -1), SEV[f["severity"]])
    feats = {}
    if ws is None:
        feats["nows"] = 1.0
    else:
        feats["ws"] = max(-10.0, min(10.0, logit(ws))) / 5
    for k, v in rules.items():
        feats["r:" + k] = 1.0
        feats["rs:%s:%d" % (k, v)] = 1.0
        feats["s:%d" % v] = feats.get("s:%d" % v, 0.0) + 1.0
    if rules:
        feats["n"] = min(len(rules), 4) / 2
    hard = any(v >= 3 or (k.startswith("hidden.") and v >= 2) for k, v in rules.items())
    if (not rules and not WEIGH_BARE) or (rules and max(rules.values()) == 0):
        # nothing found, or only low findings (which say little alone): as before the learned
        # weighing, two rules of them warn, and so does the word score at its own threshold
        if len(rules) >= 2 or (ws is not None and ws >= tw.THRESHOLD and n_features <= BARE_MAX_FEATURES):
            return None, True
        return None, BARE if ws is not None and ws >= BARE_WORDS and BARE_FEATURES <= n_features <= BARE_MAX_FEATURES else False
    return feats, hard


def set_classes(name):
    """The class of each case of @name, in its order (malicious classes; "benign" for the rest)."""
    return [c.get("class", "?") if c["label"] == "malicious" else "benign" for c in tw.load(name)]


def set_examples(name, scans, words_model, keep=None):
    """(label, [(features, hard) per entry]) per case of @name."""
    rows = []
    for c in tw.load(name):
        tools = flat_tools(c)
        ents, ti = [], 0
        for ent in scans[c["id"]]["tools"]:
            ws, nf = None, 0
            # entries in the case's order; the server's instructions are an entry named ""
            if ent["name"] != "" and ti < len(tools):
                feats = tw.tool_features(tools[ti])
                ws, nf = tw.score(words_model, feats), len(feats)
                ti += 1
            ents.append(entry_features(ent["findings"], ws, nf))
            if keep is not None:
                keep.append((ent["findings"], ws, ents[-1]))
        rows.append((1 if c["label"] == "malicious" else 0, ents))
    return rows


def score(model, feats):
    w, b = model
    z = b + sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(rows):
    w, g, b = {}, {}, 0.0
    rnd = random.Random(1)
    rows = list(rows)
    for epoch in range(EPOCHS):
        rnd.shuffle(rows)
        for y, ents in rows:
            if y == 1 and epoch > 0:
                exs = [max(ents, key=lambda e: -1 if e[0] is None else score((w, b), e[0]))]
            else:
                exs = ents
            for feats, _ in exs:
                if feats is None:
                    continue
                e = score((w, b), feats) - y
                b -= RATE * 0.1 * e
                for k, v in feats.items():
                    wk = w.get(k, 0.0)
                    gr = e * v + L2 * wk
                    g[k] = g.get(k, 0.0) + gr * gr
                    w[k] = wk - RATE * gr / math.sqrt(g[k] + 1e-8)
    return w, b


def flagged(model, threshold, ents, bare=True):
    return any((hard is True or (bare and hard == BARE)) or (f is not None and score(model, f) >= threshold)
               for f, hard in ents)


def threshold_for(model, rows, target):
    """The sum's threshold: where @target of @rows' honest cases are flagged by it and by the fixed
    rules (a critical finding, low ones of two rules, the word score at its own threshold), before
    the word score alone warns tools with no finding from BARE_WORDS."""
    honest = [ents for y, ents in rows if y == 0]
    lo, hi = 0.0, 1.0
    for _ in range(30):
        mid = (lo + hi) / 2
        if sum(flagged(model, mid, e, bare=False) for e in honest) > target * len(honest):
            lo = mid
        else:
            hi = mid
    return hi


def figures(model, threshold, rows):
    r = [0, 0, 0, 0]
    for y, ents in rows:
        i = 0 if y else 2
        r[i] += flagged(model, threshold, ents)
        r[i + 1] += 1
    return r


def show(name, r):
    return "%s: %d of %d found (%.1f %%), %d of %d honest flagged (%.2f %%)" % (
        name, r[0], r[1], 100.0 * r[0] / max(r[1], 1), r[2], r[3], 100.0 * r[2] / max(r[3], 1))


def write(model, threshold):
    w, b = model
    kept = sorted((k, v) for k, v in w.items() if abs(v) >= 0.001)
    path = os.path.join(top, "src", "core", "safety", "zt-scan-combine-model.h")
    with open(path, "w") as f:
        f.write("/* zt-scan-combine-model.h: written by tests/safety-corpus/train_combine.py; do not edit */\n")
        f.write("/* SPDX-License-Identifier: GPL-3.0-or-later */\n#pragma once\n\n")
        f.write("#define ZT_SCAN_COMBINE_BIAS %.6f\n" % b)
        f.write("#define ZT_SCAN_COMBINE_THRESHOLD %.6f\n" % threshold)
        f.write("#define ZT_SCAN_COMBINE_BARE %d   /* a tool with no finding is weighed too */\n" % WEIGH_BARE)
        f.write("#define ZT_SCAN_COMBINE_BARE_WORDS %.3f   /* else its word score alone warns from this */\n" % BARE_WORDS)
        f.write("#define ZT_SCAN_COMBINE_BARE_FEATURES %d   /* on a tool of at least so many words and pairs */\n" % BARE_FEATURES)
        f.write("#define ZT_SCAN_COMBINE_BARE_MAX_FEATURES %d   /* and at most so many */\n" % BARE_MAX_FEATURES)
        f.write("#define ZT_SCAN_COMBINE_N %d\n\n" % len(kept))
        f.write("/* features (train_combine.py's header), sorted by strcmp () for bsearch () */\n")
        f.write("static const ZtScanCombineWeight zt_scan_combine[ZT_SCAN_COMBINE_N] = {\n")
        for k, v in kept:
            f.write("  { %s, %.6f },\n" % (tw.c_string(k), v))
        f.write("};\n")
    print("%d weights; bias %.3f; threshold %.4f; %s" % (len(kept), b, threshold, os.path.relpath(path, top)))


def write_checks(model, kept):
    """Sums of some tools' findings as this script computes them, for the scanner to come back to:
    @kept holds, per set, (findings, word score, (features, hard)) of each entry."""
    path = os.path.join(here, "combine-checks.tsv")
    w, b = model
    table = ({k: float("%.6f" % v) for k, v in w.items() if abs(v) >= 0.001}, float("%.6f" % b))
    n = 0
    with open(path, "w") as f:
        f.write("# score\tword score\tfindings (JSON): written by train_combine.py; "
                "test-tool-scan /tool-scan/combine-parity\n")
        for entries in kept:
            for i, (findings, ws, (feats, _)) in enumerate(entries):
                if i % 29 != 0 or feats is None:
                    continue
                f.write("%.6f\t%s\t%s\n" % (score(table, feats), "nan" if ws is None else "%.9f" % ws,
                                            json.dumps([{"rule": x["rule"], "severity": x["severity"]} for x in findings])))
                n += 1
    print("%d checks; %s" % (n, os.path.relpath(path, top)))


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: train_combine.py BUILD [--leave-out]")
    build = sys.argv[1]
    scans = {n: scan_set(build, n) for n in SETS + EXTRA_SETS + CHECK_SETS}
    print("scanned %d sets" % len(scans), flush=True)
    # each set's word score is the one trained without that set
    words = {n: tw.train(tw.examples([c for m in tw.TRAIN_SETS if m != n for c in tw.load(m)]))
             for n in SETS + EXTRA_SETS}
    kept = {n: [] for n in SETS}
    examples = {n: set_examples(n, scans[n], words[n], kept.get(n)) for n in SETS + EXTRA_SETS}
    extra = [r for n in EXTRA_SETS for r in examples[n]]
    if "--leave-out" in sys.argv:
        # the word score and the weighing both trained without the set
        total = [0, 0, 0, 0]
        blind = [0, 0, 0, 0]
        classes = {}   # over the blind sets: class -> [found, cases]
        for held in SETS:
            rows = extra + [r for n in SETS if n != held for r in examples[n]]
            model = train(rows)
            th = threshold_for(model, rows, TARGET)
            r = figures(model, th, examples[held])
            print(show(held, r), flush=True)
            total = [a + b for a, b in zip(total, r)]
            if held.startswith("heldout"):
                blind = [a + b for a, b in zip(blind, r)]
                for cls, (y, ents) in zip(set_classes(held), examples[held]):
                    k = classes.setdefault(cls, [0, 0])
                    k[0] += flagged(model, th, ents)
                    k[1] += 1
        print(show("fourteen blind sets, each left out", blind))
        print(show("all %d sets, each left out" % len(SETS), total))
        print("by class over the blind sets (found, or for benign flagged): " + ", ".join(
            "%s %.1f %% of %d" % (k, 100.0 * v[0] / v[1], v[1]) for k, v in sorted(classes.items(), key=lambda kv: -kv[1][0] / kv[1][1])))
        return
    rows = [r for n in SETS for r in examples[n]] + extra
    model = train(rows)
    th = threshold_for(model, rows, TARGET)
    print(show("training sets (in sample)", figures(model, th, rows)))
    whole = tw.train(tw.examples([c for m in tw.TRAIN_SETS for c in tw.load(m)]))
    for n in CHECK_SETS:
        print(show(n + " (never trained on)", figures(model, th, set_examples(n, scans[n], whole))))
    write(model, th)
    write_checks(model, [kept[n] for n in SETS])


if __name__ == "__main__":
    main()
