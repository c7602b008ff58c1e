/* zt-scan-scorer-private.h: the sentence scorer's shortcuts, switched for tests and benchmarks */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-scan-scorer.h"

G_BEGIN_DECLS

/* Whether the scorer looks words up by hash and sums only the class pairs that can apply
 * (default TRUE); FALSE computes as before (bsearch, every pair checked). The same score to the
 * last bit either way. Process-wide: tests only (through _zt_tool_scan_set_prefilter). */
void _zt_scan_scorer_set_shortcuts (gboolean enabled);

G_END_DECLS
