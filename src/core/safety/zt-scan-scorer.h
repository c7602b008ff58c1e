/* zt-scan-scorer.h: a learned score for each sentence (word classes, not phrases) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* At or above these a sentence is reported (medium) or blocks (high): chosen by
 * cross-validation on corpus.jsonl (tests/safety-corpus/train.py). */
#define ZT_SCAN_SCORER_WARN   0.85
#define ZT_SCAN_SCORER_BLOCK  0.90
/* A sentence naming another service's tool steers it from here: honest definitions seldom name
 * another server's tools at all, so less evidence is needed. */
#define ZT_SCAN_SCORER_STEER  0.50

/* Called for each sentence scoring at least ZT_SCAN_SCORER_WARN: byte offsets in the text. */
typedef void (*ZtScanScorerHitFunc) (gsize    start,
                                     gsize    end,
                                     double   score,
                                     gpointer user_data);

/* Where a string is in a definition: honest descriptions and parameters read differently. */
typedef enum {
  ZT_SCAN_PLACE_OTHER,
  ZT_SCAN_PLACE_DESCRIPTION,  /* a tool's description, a server's instructions */
  ZT_SCAN_PLACE_PARAMETER,    /* anything inside inputSchema */
} ZtScanPlace;

/* The probability that one sentence of normalised text (lower case, marks stripped, white
 * space collapsed, as zt-tool-scan normalises) instructs the model rather than describes a
 * tool; @first: it is the first sentence of its string. */
double zt_scan_scorer_sentence (const char  *text,
                                gsize        len,
                                ZtScanPlace  place,
                                gboolean     first);

/* Splits normalised @text (a string at @place) into sentences and reports those that score
 * high enough. */
void   zt_scan_scorer_run      (const char         *text,
                                gsize               len,
                                ZtScanPlace         place,
                                ZtScanScorerHitFunc func,
                                gpointer            user_data);

G_END_DECLS
