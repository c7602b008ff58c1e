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

/* Opens HOME/audit.db (creating it and HOME/audit-key.pem, 0600, when missing) and
 * HOME/audit.spool, which it locks while open (another process on the same home gets
 * ZT_ERROR_EXISTS); records a crash left in the spool are written to audit.db first. */
ZtAudit    *zt_audit_open          (const char          *home,
                                    GError             **error);
/* A record is written to HOME/audit.spool on the caller's thread, in one write(2), and gets
 * its seq there (the spool's order is the chain's); that is what an answer waits for. It
 * survives the process as a commit to SQLite's WAL does. ZtAudit's own writer thread then
 * moves what gathered in a few milliseconds into audit.db in one transaction (hashing the
 * chain), and empties the spool now and then. A ZtAudit is used from the thread whose
 * thread-default main context was current at zt_audit_open; callbacks and ::appended come
 * in that context. */

/* Called in that context once the record is in the spool (its @seq), or could not be (seq 0,
 * @error: it is not in the log). */
typedef void (*ZtAuditDone) (gint64        seq,
                             const GError *error,
                             gpointer      user_data);

/* Writes one record to the spool (@entry is copied; @callback may be NULL: a failure is then
 * only logged). */
void        zt_audit_submit        (ZtAudit             *self,
                                    const ZtAuditEntry  *entry,
                                    ZtAuditDone          callback,
                                    gpointer             user_data);
/* Appends one record and waits until it is in audit.db; its seq, or 0 with @error. */
gint64      zt_audit_append        (ZtAudit             *self,
                                    const ZtAuditEntry  *entry,
                                    GError             **error);
/* Writes @entry to the spool; its seq, or 0 with @error (the spool cannot be written, or
 * audit.db has fallen 16 384 records behind: fail closed). */
gint64      zt_audit_append_now    (ZtAudit             *self,
                                    const ZtAuditEntry  *entry,
                                    GError             **error);
/* Waits until every record spooled so far is in audit.db (or a batch failed: the writer
 * keeps it and tries again). */
void        zt_audit_flush         (ZtAudit             *self);
/* A policy or access change made by @subject; @detail (may be NULL) is redacted. Queued. */
void        zt_audit_record_admin  (ZtAudit             *self,
                                    const char          *subject,
                                    const char          *what,
                                    JsonNode            *detail);
/* The seq of the last record written (to the spool: in audit.db once flushed) */
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
