/* zt-audit-filter.h: the last filter of every chain: one audit record per request */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-audit.h"
#include "zt-filter.h"

G_BEGIN_DECLS

/* Appended last to every chain (the agent does it in chain_for). It notes when each request
 * it lets through left, and writes its `call` record when the answer comes back, committed
 * before the answer goes on. Denials by the filters before it come from the chain's
 * ::decided signal (zt_audit_filter_watch), and so does the rule an earlier filter allowed a
 * request by (an ALLOW or REWRITE verdict with a rule, e.g. "grant:ID"), which its record
 * keeps; refusals before the chain come from refused ().
 * A request that is never answered is recorded as `timeout` after the request timeout,
 * or `cancelled` when its client cancels it or its session closes. */
#define ZT_TYPE_AUDIT_FILTER (zt_audit_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZtAuditFilter, zt_audit_filter, ZT, AUDIT_FILTER, GObject)

ZtAuditFilter *zt_audit_filter_new            (ZtAudit       *audit);
/* Records the denials made by @chain's filters. */
void           zt_audit_filter_watch          (ZtAuditFilter *self,
                                               ZtFilterChain *chain);
/* The requests of @session_id still waiting for an answer are recorded as cancelled. */
void           zt_audit_filter_session_closed (ZtAuditFilter *self,
                                               const char    *session_id);
/* After how long an unanswered request counts as timed out (the agent's request timeout). */
void           zt_audit_filter_set_timeout    (ZtAuditFilter *self,
                                               guint          ms);

G_END_DECLS
