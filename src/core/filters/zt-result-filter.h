/* zt-result-filter.h: tool results scanned for injected instructions, hidden text and secrets */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-filter.h"
#include "zt-result-scan.h"
#include "zt-scan-rules.h"

G_BEGIN_DECLS

/* The mode of @service; called for every tools/call answer. */
typedef ZtResultScanMode (*ZtResultScanModeFunc) (const char *service,
                                                  gpointer    user_data);

/* Reads every text of a tools/call answer (content[] text items and embedded resources'
 * text, every string of structuredContent) with zt-result-scan, on both sides. Per service:
 * tag (default: findings added under result._meta["zt4mcp/findings"], hidden characters
 * removed), redact (secrets replaced too), block (an answer with a secret or a high finding
 * becomes JSON-RPC error -32003, data {rule: "result:<rule>", service, tool, findings}), off.
 * A clean answer goes on as the very message the server sent. */
#define ZT_TYPE_RESULT_FILTER (zt_result_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZtResultFilter, zt_result_filter, ZT, RESULT_FILTER, GObject)

/* The member of result._meta the findings go in; one the server sent is dropped. */
#define ZT_RESULT_FINDINGS_KEY "zt4mcp/findings"

ZtResultFilter *zt_result_filter_new           (void);
/* FALSE: every answer passes unscanned (for measuring the filter's cost) */
void            zt_result_filter_set_enabled   (ZtResultFilter       *self,
                                                gboolean              enabled);
/* Without one, every service is ZT_RESULT_SCAN_TAG. */
void            zt_result_filter_set_mode_func (ZtResultFilter       *self,
                                                ZtResultScanModeFunc  func,
                                                gpointer              user_data);

/* Without one, no service overrides a rule. The rules are read for each answer. */
void            zt_result_filter_set_rules_func (ZtResultFilter      *self,
                                                ZtScanRulesFunc      func,
                                                gpointer             user_data);

G_END_DECLS
