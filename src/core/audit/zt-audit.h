/* zt-audit.h: the audit log: a hash-chained, signed-checkpoint record of every decision (audit.db) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* What one record says (docs/policy-audit.md, "Audit records"); strings may be NULL. */
typedef struct {
  gint64      time_us;      /* 0: now */
  const char *side;         /* "importer" | "exporter" */
  const char *kind;         /* "call" | "refusal" | "admin" */
  const char *subject;
  const char *peer_key;
  const char *service;
  const char *session;
  const char *method;
  const char *tool;
  JsonNode   *args;         /* hashed and previewed (redacted), never stored whole */
  const char *args_preview; /* instead of @args (admin details), or before @args' preview when
                             * both are given (an llm record's usage, then its content);
                             * redacted by the secret detector */
  const char *decision;     /* "allow" | "deny" */
  const char *rule;
  const char *reason;
  gint64      latency_us;   /* -1: none */
  gint64      bytes_in;     /* -1: none */
  gint64      bytes_out;    /* -1: none */
  const char *status;       /* "ok" | "error" | "tool-error" | "timeout" | "cancelled" */
} ZtAuditEntry;

#define ZT_AUDIT_ENTRY_INIT { 0, NULL, "call", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
                              NULL, NULL, -1, -1, -1, NULL }

typedef struct {
  gint64      since_us, until_us;  /* 0: open */
  const char *subject, *service, *tool, *decision, *kind;
  const char *q;                   /* a substring of subject, service, tool, rule or preview */
  gint64      after_seq;           /* only records with a higher seq (live tail) */
  guint       offset, limit;       /* limit 0: 100 */
  gboolean    ascending;
} ZtAuditQuery;

typedef struct {
  gboolean ok;
  gint64   checked;       /* rows whose hash was checked */
  guint    checkpoints;
  gint64   problem_seq;   /* when !ok */
  char    *problem;       /* when !ok: what is wrong there, in words */
} ZtAuditVerdict;

void      zt_audit_verdict_clear   (ZtAuditVerdict       *verdict);
/* {ok, checked, checkpoints, problem: {seq, what} | null} (GET /api/v1/audit/verify) */
JsonNode *zt_audit_verdict_to_json (const ZtAuditVerdict *verdict);

#define ZT_TYPE_AUDIT (zt_audit_get_type ())
G_DECLARE_FINAL_TYPE (ZtAudit, zt_audit, ZT, AUDIT, GObject)

/* Opens HOME/audit.db (creating it and HOME/audit-key.pem, 0600, when missing). */
ZtAudit    *zt_audit_open          (const char          *home,
                                    GError             **error);
/* Records are written by ZtAudit's own writer thread, in the order they are submitted: it
 * commits whatever is queued in one transaction. A ZtAudit is used from the thread whose
 * thread-default main context was current at zt_audit_open; callbacks and ::appended come
 * in that context. */

/* Called in that context once the record is committed (its @seq), or could not be (seq 0,
 * @error: it is not in the log, and the chain goes on from the last committed record). */
typedef void (*ZtAuditDone) (gint64        seq,
                             const GError *error,
                             gpointer      user_data);

/* Queues one record (@entry is copied; @callback may be NULL: a failure is then only logged). */
void        zt_audit_submit        (ZtAudit             *self,
                                    const ZtAuditEntry  *entry,
                                    ZtAuditDone          callback,
                                    gpointer             user_data);
/* Appends one record and waits for its commit; its seq, or 0 with @error. */
gint64      zt_audit_append        (ZtAudit             *self,
                                    const ZtAuditEntry  *entry,
                                    GError             **error);
/* When nothing is queued or being written: writes and commits @entry on this thread (no
 * hand-off to the writer: cheaper for a lone record); its seq, or 0 with @error. Else -1:
 * submit it. */
gint64      zt_audit_append_now    (ZtAudit             *self,
                                    const ZtAuditEntry  *entry,
                                    GError             **error);
/* Waits until every record submitted so far is written (or failed). */
void        zt_audit_flush         (ZtAudit             *self);
/* A policy or access change made by @subject; @detail (may be NULL) is redacted. Queued. */
void        zt_audit_record_admin  (ZtAudit             *self,
                                    const char          *subject,
                                    const char          *what,
                                    JsonNode            *detail);
/* The last committed seq */
gint64      zt_audit_get_last_seq  (ZtAudit             *self);
/* Queries, export, stats and verify first wait for the records submitted before them (a
 * client just denied, an administrator who just changed a policy, finds the record), then
 * read on a connection of their own. */
/* Records as JSON objects (docs/policy-audit.md); *total is the count of all that match. */
JsonArray  *zt_audit_query         (ZtAudit             *self,
                                    const ZtAuditQuery  *query,
                                    gint64              *total,
                                    GError             **error);
/* Calls @func with each matching record's JSON line, oldest first (export); @query's limit
 * and offset apply when its limit is not 0. */
gboolean    zt_audit_export        (ZtAudit             *self,
                                    const ZtAuditQuery  *query,
                                    void               (*func) (const char *line, gpointer user_data),
                                    gpointer             user_data,
                                    GError             **error);
/* {buckets: [{start, calls, denials}]} for [since, until) in buckets of @bucket_s seconds */
JsonNode   *zt_audit_stats         (ZtAudit             *self,
                                    gint64               since_s,
                                    gint64               until_s,
                                    gint64               bucket_s,
                                    GError             **error);
/* Walks the chain from the latest checkpoint (whose signature it checks) to the last row. */
gboolean    zt_audit_verify        (ZtAudit             *self,
                                    ZtAuditVerdict      *verdict,
                                    GError             **error);
/* Retention: cuts rows older than @max_age_s (0: no limit) and beyond the newest @max_rows
 * (0: no limit), writing a signed checkpoint at the cut. Returns the number of rows cut. */
gint64      zt_audit_retain        (ZtAudit             *self,
                                    gint64               max_age_s,
                                    gint64               max_rows,
                                    GError             **error);
void        zt_audit_set_retention (ZtAudit             *self,
                                    gint64               max_age_s,
                                    gint64               max_rows);
/* Prometheus text of the counters kept as records are appended (GET /metrics). */
void        zt_audit_metrics_text  (ZtAudit             *self,
                                    GString             *out);

/* The redacted preview of @args (at most 256 characters) and the SHA-256 of their
 * canonical JSON (sorted members); exposed for the tests. */
char       *zt_audit_preview       (JsonNode            *args);
char       *zt_audit_canonical_json (JsonNode           *node);

G_END_DECLS
