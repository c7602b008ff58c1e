/* zt-tool-scan-private.h: the tool scan's switches for tests and benchmarks */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-scan-prefilter.h"
#include "zt-tool-scan.h"

G_BEGIN_DECLS

/* Whether the scan takes its shortcuts (the default, TRUE): phrase rules skipped when the
 * prefilter says they cannot match, printable ASCII normalised without the Unicode work, the
 * sentence scorer's hashed lookups (zt-scan-scorer-private.h).
 * FALSE scans as before them (every rule on every reading, the general normaliser), so tests
 * and the benchmark can compare both in one process. Process-wide: tests only. */
void                   _zt_tool_scan_set_prefilter (gboolean enabled);
gboolean               _zt_tool_scan_get_prefilter_enabled (void);
/* The prefilter over the phrase rules (one per rule, in their order). */
const ZtScanPrefilter *_zt_tool_scan_get_prefilter (void);
guint                  _zt_tool_scan_get_n_rules   (void);

/* The whole-tool word score (zt-scan-words.c) of @tool, over the strings the scan gathers from
 * it: for the parity test with tests/safety-corpus/train_words.py. */
double                 _zt_tool_scan_words_score   (JsonObject *tool);

G_END_DECLS
