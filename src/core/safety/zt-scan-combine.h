/* zt-scan-combine.h: the tool scanner's verdict, learned from what its rules found */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-tool-scan.h"

G_BEGIN_DECLS

/* One weight of the table tests/safety-corpus/train_combine.py writes. */
typedef struct {
  const char *feature;   /* "r:RULE", "rs:RULE:SEV", "s:SEV", "n", "ws" or "nows" */
  double      weight;
} ZtScanCombineWeight;

/* The probability that one tool (or a server's instructions) is poisoned, from what the rules
 * found on it (@findings, of ZtScanFinding; "instruction.words" is not read: @words is) and
 * its word score @words (zt_scan_words_score (); NAN when it has none). A logistic regression
 * (zt-scan-combine-model.h) trained on the sets nobody writing rules has read. @hard, where
 * given, is set when a finding must flag the tool whatever the score: a critical one, or a
 * high one of a hidden.* rule. */
double   zt_scan_combine_score       (GPtrArray *findings,
                                      double     words,
                                      gboolean  *hard);

/* At or above this a tool is flagged. */
double   zt_scan_combine_threshold   (void);

/* Whether a tool with no finding is weighed too (its word score alone, then), or flagged only
 * by the word score at its own threshold. */
gboolean zt_scan_combine_weighs_bare (void);

/* A tool with no finding above low is warned on its word score from
 * zt_scan_combine_bare_words () (a low instruction.words finding) when it holds at least
 * zt_scan_combine_bare_features () and at most zt_scan_combine_bare_max_features () distinct
 * words and pairs (no poisoned tool the score learned from was longer); others from
 * zt_scan_words_threshold () only, as any tool. */
double   zt_scan_combine_bare_words        (void);
guint    zt_scan_combine_bare_features     (void);
guint    zt_scan_combine_bare_max_features (void);

G_END_DECLS
