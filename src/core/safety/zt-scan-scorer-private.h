/* zt-scan-scorer-private.h: the sentence scorer's shortcuts, switched for tests and benchmarks */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-scan-scorer.h"

G_BEGIN_DECLS

/* Whether the scorer looks words up by hash and sums only the class pairs that can apply
 * (default TRUE); FALSE computes as before (bsearch, every pair checked). The same score to the
 * last bit either way. Process-wide: tests only (through _zt_tool_scan_set_prefilter). */
void _zt_scan_scorer_set_shortcuts (gboolean enabled);

/* zt_scan_scorer_sentence() with what the sentence before it in the same string did: @after,
 * it set the scene (a heading ending in a colon, a failure, a claim of standing or permission);
 * @leads (may be NULL) is set to whether this one does, for the next. */
double _zt_scan_scorer_sentence_full (const char  *text,
                                      gsize        len,
                                      ZtScanPlace  place,
                                      gboolean     first,
                                      gboolean     after,
                                      gboolean    *leads);

/* What a sentence holds, by the scorer's word classes (normalised text, as scored). */
typedef enum {
  ZT_SCORER_DATA    = 1 << 0,  /* someone's data: secrets, personal data, the user and their kind */
  ZT_SCORER_HIDE    = 1 << 1,  /* secrecy, pretending */
  ZT_SCORER_OUTRANK = 1 << 2,  /* overriding */
  ZT_SCORER_STEER   = 1 << 3,  /* urging, promoting, redirecting */
  ZT_SCORER_SINK    = 1 << 4,  /* a URL, an address, a webhook, a remote server */
  ZT_SCORER_MOVE    = 1 << 5,  /* a verb that moves data */
  ZT_SCORER_NEG     = 1 << 6,  /* not, never, without */
  ZT_SCORER_SAY     = 1 << 7,  /* telling, mentioning, revealing */
  ZT_SCORER_RULES   = 1 << 8,  /* instructions, rules, the system prompt */
  ZT_SCORER_ROLE    = 1 << 9,  /* the model named by its part ("whoever composes the reply") */
  ZT_SCORER_FILE    = 1 << 10, /* a file, a folder, a path */
  ZT_SCORER_ORDER   = 1 << 11, /* the sentence opens with an order ("Send", "never mention") */
} ZtScanScorerClasses;

ZtScanScorerClasses _zt_scan_scorer_classes (const char *text,
                                             gsize       len);

G_END_DECLS
