/* zt-result-scan-private.h: the result scan's verdict cache, switched for tests and benchmarks */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-result-scan.h"

G_BEGIN_DECLS

/* Whether the phrase rules' findings are remembered by the SHA-256 of the text they read
 * (default TRUE). Process-wide: tests and benchmarks only. */
void  _zt_result_scan_set_cache   (gboolean enabled);
/* Forgets every remembered text. */
void  _zt_result_scan_clear_cache (void);
guint _zt_result_scan_get_cache_hits (void);

G_END_DECLS
