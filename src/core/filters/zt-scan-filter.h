/* zt-scan-filter.h: tool definitions scanned on their way to clients; blocked tools refused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-filter.h"
#include "zt-scan-rules.h"
#include "zt-tool-scan.h"

G_BEGIN_DECLS

/* The mode of @service; called for every list answer and call. */
typedef ZtScanMode (*ZtScanModeFunc) (const char *service,
                                      gpointer    user_data);

/* Scans each tools/list answer (both sides) with zt-tool-scan: blocked tools are removed,
 * the others neutralised (hidden characters removed); the list is rewritten only when that
 * changes something. A tools/call to a tool a list had blocked is refused (-32003, rule
 * "scan:<rule id>"). The initialize answer's instructions are neutralised, or dropped when
 * blocked. Verdicts are cached per service and side by the SHA-256 of each definition. */
#define ZT_TYPE_SCAN_FILTER (zt_scan_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZtScanFilter, zt_scan_filter, ZT, SCAN_FILTER, GObject)

/* The most verdicts cached (over all services and sides); past it the cache starts again. */
#define ZT_SCAN_FILTER_MAX_CACHED 8192u

ZtScanFilter *zt_scan_filter_new           (void);
/* FALSE: every message passes unscanned (for measuring the filter's cost) */
void          zt_scan_filter_set_enabled   (ZtScanFilter   *self,
                                            gboolean        enabled);
/* Without one, every service is ZT_SCAN_MODE_BLOCK. */
void          zt_scan_filter_set_mode_func (ZtScanFilter   *self,
                                            ZtScanModeFunc  func,
                                            gpointer        user_data);
/* Without one, no service overrides a rule. A verdict is cached with the rules it was
 * decided under, so a change of them takes effect at the next list. */
void          zt_scan_filter_set_rules_func (ZtScanFilter  *self,
                                            ZtScanRulesFunc func,
                                            gpointer        user_data);
/* Whether the owner accepted @sha256, the definition of the entry @name of @service although
 * the tool scan blocks it. @kind is "tool", "prompt", "resource", "template" or "instructions"
 * (the initialize answer's; @name ""). Such an entry is listed (neutralised) and may be called,
 * got or read; accepted instructions are kept (neutralised) in the next initialize answer. */
typedef gboolean (*ZtScanAcceptedFunc) (const char *service,
                                        const char *kind,
                                        const char *name,
                                        const char *sha256,
                                        gpointer    user_data);
/* Without one, nothing is accepted. A tool that is blocked for steering another service's tool
 * (shadowing) stays blocked. */
void          zt_scan_filter_set_accepted_func (ZtScanFilter       *self,
                                                ZtScanAcceptedFunc  func,
                                                gpointer            user_data);
/* The SHA-256 of the definition of the entry @name of @kind (as for ZtScanAcceptedFunc) that
 * the last list (or initialize answer) of @service had blocked (accepted since or not), and in
 * @rules (set to NULL first by the caller) the rules that blocked it; NULL when the scan blocks
 * no such entry (or it was not listed since the agent started), or blocks a tool for steering
 * another service's tool (@steers TRUE then: that is never accepted). */
char         *zt_scan_filter_get_blocked   (ZtScanFilter   *self,
                                            const char     *service,
                                            const char     *kind,
                                            const char     *name,
                                            char          **rules,
                                            gboolean       *steers);
/* What the last lists (and initialize answer) of @service had blocked and the owner has not
 * accepted, of every kind but tools (whose pins and verdicts the tools view has): a new array
 * of {kind ("prompt", "resource", "template", "instructions"), name ("" for instructions),
 * rules, findings: [{rule, severity, path, text}], sha256 (absent when there is no definition
 * to accept), steers (TRUE: it steers another service's tool and cannot be accepted)}, sorted
 * by kind and name. Empty when nothing was listed since the agent started. */
JsonArray    *zt_scan_filter_list_blocked  (ZtScanFilter   *self,
                                            const char     *service);
/* What the owner accepts changed for @service: requests to its entries are decided by it at once
 * (instructions from the next initialize answer). */
void          zt_scan_filter_accepted_changed (ZtScanFilter *self,
                                               const char   *service);
/* How many definitions were scanned so far (cache hits are not); for tests */
guint         zt_scan_filter_get_n_scanned (ZtScanFilter   *self);

G_END_DECLS
