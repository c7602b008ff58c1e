/* zt-audit-metrics.h: the counters behind GET /metrics, kept as audit records are written (Prometheus text) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-audit.h"

G_BEGIN_DECLS

/* zt_calls_total{service,side,decision}, zt_refusals_total{service,rule},
 * zt_call_latency_seconds{service} (a histogram, 0.0005 to 10 s), zt_audit_records_total:
 * in memory, from zero when the agent starts. Owned by the ZtAudit that counts into it. */
typedef struct _ZtAuditMetrics ZtAuditMetrics;

ZtAuditMetrics *zt_audit_metrics_new   (void);
void            zt_audit_metrics_free  (ZtAuditMetrics     *self);
void            zt_audit_metrics_count (ZtAuditMetrics     *self,
                                        const ZtAuditEntry *entry);
void            zt_audit_metrics_write (ZtAuditMetrics     *self,
                                        GString            *out);

G_END_DECLS
