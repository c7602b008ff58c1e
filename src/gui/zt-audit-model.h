/* zt-audit-model.h: the agent's audit log as a lazy GListModel: pages fetched as rows are shown */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "zt-client.h"

G_BEGIN_DECLS

/* One row: an audit record, or a placeholder (no JSON yet) until its page arrives. */
#define ZT_TYPE_AUDIT_RECORD (zt_audit_record_get_type ())
G_DECLARE_FINAL_TYPE (ZtAuditRecord, zt_audit_record, ZT, AUDIT_RECORD, GObject)

JsonObject   *zt_audit_record_get_json     (ZtAuditRecord *self);
guint         zt_audit_record_get_position (ZtAuditRecord *self);

#define ZT_AUDIT_MODEL_PAGE_SIZE 200

/* n_items is the log's total for the query (0 until GET /audit?limit=1 answers); an item
 * whose page is not cached is a placeholder and its page is fetched (debounced, a few at a
 * time, most recently shown first); "items-changed" says which rows arrived. */
#define ZT_TYPE_AUDIT_MODEL (zt_audit_model_get_type ())
G_DECLARE_FINAL_TYPE (ZtAuditModel, zt_audit_model, ZT, AUDIT_MODEL, GObject)

/* @query: the filters as a query string without offset/limit/order ("service=x&q=y"), or NULL. */
ZtAuditModel *zt_audit_model_new           (ZtClient      *client,
                                            const char    *query);
const char   *zt_audit_model_get_query     (ZtAuditModel  *self);
/* TRUE once the total is known (or the agent refused). */
gboolean      zt_audit_model_get_loaded    (ZtAuditModel  *self);
/* Why the log could not be read (the agent's words), or NULL. */
const char   *zt_audit_model_get_error     (ZtAuditModel  *self);
/* Rows are newest first: new records appear at the top. Refetches the total and page 0. */
void          zt_audit_model_refresh       (ZtAuditModel  *self);
/* How many page requests were sent (for tests: scrolling must stay lazy). */
guint         zt_audit_model_get_fetches   (ZtAuditModel  *self);

G_END_DECLS
