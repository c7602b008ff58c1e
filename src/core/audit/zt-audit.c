/* zt-audit.c: the audit log: a hash-chained, signed-checkpoint record of every decision (audit.db) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <gnutls/abstract.h>
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "zt-audit.h"
#include "zt-audit-metrics.h"
#include "zt-audit-spool.h"
#include "zt-db.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-marshal.h"
#include "zt-secrets.h"
#include "zt-util.h"

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_privkey_t, gnutls_privkey_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_pubkey_t, gnutls_pubkey_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_x509_privkey_t, gnutls_x509_privkey_deinit, NULL)

#define PREVIEW_MAX 256
#define NAME_MAX_CHARS 256   /* a method's or a tool's name in a record */
#define REASON_MAX 1024      /* a reason in a record */
#define OPAQUE_MIN 32
#define REDACTED "[redacted]"
/* The spool (HOME/audit.spool): how long the writer lets records gather before it moves them
 * into audit.db in one transaction, how far audit.db may fall behind before new records are
 * refused (fail closed), and the size past which the spool is emptied once all is moved. */
#define SPOOL_BATCH_US (5 * 1000)
#define SPOOL_BACKLOG_MAX 16384
#define SPOOL_TRUNCATE_AT (256 * 1024)
#define RETRY_US (1000 * 1000)
#define CHECKPOINT_FORMAT "zt4mcp audit checkpoint v1\nseq=%" G_GINT64_FORMAT "\nhash=%s\ntime_us=%" G_GINT64_FORMAT "\n"

/* The columns of a record, in the table's order; the integer ones are marked. */
static const struct { const char *name; gboolean integer; } columns[] = {
  { "seq", TRUE }, { "time_us", TRUE }, { "side", FALSE }, { "kind", FALSE },
  { "subject", FALSE }, { "peer_key", FALSE }, { "service", FALSE }, { "session", FALSE },
  { "method", FALSE }, { "tool", FALSE }, { "args_sha256", FALSE }, { "args_preview", FALSE },
  { "decision", FALSE }, { "rule", FALSE }, { "reason", FALSE }, { "latency_us", TRUE },
  { "bytes_in", TRUE }, { "bytes_out", TRUE }, { "status", FALSE }, { "hash", FALSE },
};
#define N_COLUMNS G_N_ELEMENTS (columns)
#define HASH_COLUMN (N_COLUMNS - 1)
#define COLUMN_LIST "seq, time_us, side, kind, subject, peer_key, service, session, method, tool, " \
                    "args_sha256, args_preview, decision, rule, reason, latency_us, bytes_in, bytes_out, status, hash"

static const char *migrations[] = {
  "CREATE TABLE records (seq INTEGER PRIMARY KEY, time_us INTEGER NOT NULL, side TEXT, kind TEXT NOT NULL,"
  "  subject TEXT, peer_key TEXT, service TEXT, session TEXT, method TEXT, tool TEXT, args_sha256 TEXT,"
  "  args_preview TEXT, decision TEXT, rule TEXT, reason TEXT, latency_us INTEGER, bytes_in INTEGER,"
  "  bytes_out INTEGER, status TEXT, hash TEXT NOT NULL);"
  "CREATE INDEX records_time ON records (time_us);"
  "CREATE INDEX records_subject ON records (subject, time_us);"
  "CREATE INDEX records_service ON records (service, time_us);"
  /* denials only: an index entry for every allowed call would cost each call a page write */
  "CREATE INDEX records_denials ON records (time_us) WHERE decision = 'deny';"
  "CREATE TABLE checkpoints (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL,"
  "  time_us INTEGER NOT NULL, signature TEXT NOT NULL);",
};

/* One record on its way to audit.db: its columns (owned; seq and hash are the writer's). */
typedef struct _Job Job;

struct _ZtAudit
{
  GObject           parent_instance;

  /* the writer thread's (and retention's, under db_lock): the write connection and the
   * head of the chain as written so far */
  GMutex            db_lock;
  sqlite3          *db;
  sqlite3_stmt     *insert;
  gint64            last_seq;
  char             *last_hash;

  /* the main thread's: queries and verify read committed rows on their own connection */
  sqlite3          *rdb;
  gnutls_privkey_t  key;
  gnutls_pubkey_t   pub;
  gint64            max_age_s, max_rows;
  GSource          *retention_source;
  GMainContext     *context;      /* where completions and ::appended are delivered */
  gint64            signalled_seq;

  /* between the two, under lock */
  GMutex            lock;
  GCond             work;         /* the writer waits for jobs */
  GCond             idle;         /* waiters wait for a batch to be written (or to fail) */
  GQueue            queue;        /* Job: spooled, not yet in audit.db */
  GQueue            done;         /* Job with a callback: spooled, for the main context */
  GSource          *done_source;  /* delivers them */
  gint64            committed_seq;
  gint64            spooled_seq;  /* the last seq given (the spool's order is the chain's) */
  int               spool_fd;     /* HOME/audit.spool, appended to, locked while open */
  gsize             spool_size;
  gboolean          spool_torn;   /* a part of a record could not be taken back: nothing more goes after it */
  gboolean          urgent;       /* someone waits: no gathering */
  GError           *failure;      /* the last batch failed (the writer tries again): why */
  gboolean          stop;
  GThread          *writer;

  ZtAuditMetrics   *metrics;    /* GET /metrics */
};

G_DEFINE_FINAL_TYPE (ZtAudit, zt_audit, G_TYPE_OBJECT)

enum { APPENDED, N_SIGNALS };
static guint signals[N_SIGNALS];

void
zt_audit_verdict_clear (ZtAuditVerdict *verdict)
{
  g_clear_pointer (&verdict->problem, g_free);
}

JsonNode *
zt_audit_verdict_to_json (const ZtAuditVerdict *v)
{
  JsonObject *o = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_object_set_boolean_member (o, "ok", v->ok);
  json_object_set_int_member (o, "checked", v->checked);
  json_object_set_int_member (o, "checkpoints", v->checkpoints);
  if (v->ok)
    json_object_set_null_member (o, "problem");
  else
    {
      JsonObject *p = json_object_new ();

      json_object_set_int_member (p, "seq", v->problem_seq);
      json_object_set_string_member (p, "what", v->problem);
      json_object_set_object_member (o, "problem", p);
    }
  json_node_take_object (node, o);
  return node;
}

/* ---------------------------------------------------------------------------------------- */
/* Canonical JSON and the redacted preview                                                  */

char *
zt_audit_canonical_json (JsonNode *node)
{
  return zt_json_to_canonical (node);
}

static gboolean
looks_secret (const char *name)
{
  static const char *words[] = { "token", "password", "passwd", "secret", "key", "authorization",
                                 "cookie", "credential", "private", "session_id", "bearer" };
  g_autofree char *lower = g_ascii_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (lower, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A long run of base64/hex-ish characters with no space and some digit: a key, a token, a
 * blob. An absolute path ("/home/...") looks like that too, and is kept. */
static gboolean
looks_opaque (const char *s)
{
  gsize n = 0;
  gboolean digit = FALSE;

  if (*s == '/')
    return FALSE;
  for (const char *p = s; *p; p++, n++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("+/=_-.", *p) == NULL)
        return FALSE;
      digit |= g_ascii_isdigit (*p);
    }
  return n >= OPAQUE_MIN && digit;
}

static JsonNode *
redact (JsonNode *node)
{
  if (node == NULL)
    return json_node_new (JSON_NODE_NULL);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_node_get_object (node), *copy = json_object_new ();
      g_autoptr(GList) names = json_object_get_members (o);
      JsonNode *result = json_node_new (JSON_NODE_OBJECT);

      for (GList *l = names; l; l = l->next)
        {
          JsonNode *member = json_object_get_member (o, l->data);

          /* a name can hold a secret too ({"AKIA...": "..."}) */
          g_autofree char *name = zt_secrets_redact (l->data, NULL);

          if (looks_secret (l->data) && !JSON_NODE_HOLDS_NULL (member))
            json_object_set_string_member (copy, name, REDACTED);
          else
            json_object_set_member (copy, name, redact (member));
        }
      json_node_take_object (result, copy);
      return result;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node), *copy = json_array_new ();
      JsonNode *result = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < json_array_get_length (a); i++)
        json_array_add_element (copy, redact (json_array_get_element (a, i)));
      json_node_take_array (result, copy);
      return result;
    }
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      g_autofree char *clean = looks_opaque (text) ? g_strdup (REDACTED) : zt_secrets_redact_len (text, strlen (text), NULL);

      if (clean != NULL)
        {
          JsonNode *result = json_node_new (JSON_NODE_VALUE);
          json_node_set_string (result, clean);
          return result;
        }
    }
  return json_node_copy (node);
}

/* Cuts @text to @max characters (not bytes), the last one an ellipsis when cut. */
static char *
clip_to (char  *text,
         glong  max)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (text, -1);

      g_free (text);
      text = valid;
    }
  return zt_utf8_clip (text, max);
}

static char *
clip (char *text)
{
  return clip_to (text, PREVIEW_MAX);
}

char *
zt_audit_preview (JsonNode *args)
{
  g_autoptr(JsonNode) redacted = NULL;

  if (args == NULL)
    return NULL;
  redacted = redact (args);
  return clip (zt_audit_canonical_json (redacted));
}

/* ---------------------------------------------------------------------------------------- */
/* Records                                                                                  */

static char *
chain_hash (const char *prev,
            const char *canon)
{
  ZtSha256 *sum = zt_sha256_new ();

  zt_sha256_update (sum, prev, -1);
  zt_sha256_update (sum, canon, -1);
  return zt_sha256_finish_hex (sum);
}

/* One record's columns, borrowed (from an entry, or a statement until its next step). */
typedef struct {
  gboolean    set[N_COLUMNS];   /* FALSE: NULL */
  const char *text[N_COLUMNS];
  gint64      num[N_COLUMNS];
} Row;

/* The columns but the hash, by name: the members of the canonical JSON the hash covers. */
static guint sorted_columns[N_COLUMNS - 1];

static int
compare_columns (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (columns[*(const guint *) a].name, columns[*(const guint *) b].name);
}

static void
row_from_stmt (Row          *row,
               sqlite3_stmt *stmt)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      int type = sqlite3_column_type (stmt, (int) i);

      row->set[i] = type != SQLITE_NULL;
      row->text[i] = NULL;
      row->num[i] = 0;
      if (type == SQLITE_INTEGER && columns[i].integer)
        row->num[i] = sqlite3_column_int64 (stmt, (int) i);
      else if (type != SQLITE_NULL)
        row->text[i] = (const char *) sqlite3_column_text (stmt, (int) i);
    }
}

static void
append_value (GString   *out,
              const Row *row,
              guint      i)
{
  if (!row->set[i])
    g_string_append (out, "null");
  else if (row->text[i] != NULL)
    zt_json_append_string (out, row->text[i]);
  else
    zt_string_append_int64 (out, row->num[i]);
}

/* The hash @row should have after @prev: over the canonical JSON of the row without its
 * hash (members by name), as zt_audit_canonical_json would write it. */
static char *
row_hash (const char *prev,
          const Row  *row)
{
  GString *canon = g_string_sized_new (512);
  char *hash;

  g_string_append_c (canon, '{');
  for (guint k = 0; k < G_N_ELEMENTS (sorted_columns); k++)
    {
      guint i = sorted_columns[k];

      if (k > 0)
        g_string_append_c (canon, ',');
      zt_json_append_string (canon, columns[i].name);
      g_string_append_c (canon, ':');
      append_value (canon, row, i);
    }
  g_string_append_c (canon, '}');
  hash = chain_hash (prev, canon->str);
  g_string_free (canon, TRUE);
  return hash;
}

static JsonObject *
row_to_object (const Row *row)
{
  JsonObject *o = json_object_new ();

  for (guint i = 0; i < N_COLUMNS; i++)
    if (!row->set[i])
      json_object_set_null_member (o, columns[i].name);
    else if (row->text[i] != NULL)
      json_object_set_string_member (o, columns[i].name, row->text[i]);
    else
      json_object_set_int_member (o, columns[i].name, row->num[i]);
  return o;
}

static void
row_set_text (Row        *row,
              guint       i,
              const char *value)
{
  row->set[i] = value != NULL;
  row->text[i] = value;
}

static void
row_set_num (Row   *row,
             guint  i,
             gint64 value)
{
  row->set[i] = value >= 0;
  row->text[i] = NULL;
  row->num[i] = value;
}

static gboolean
db_error (sqlite3     *db,
          const char  *what,
          GError     **error)
{
  g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "audit.db: %s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

enum { C_SEQ, C_TIME, C_SIDE, C_KIND, C_SUBJECT, C_PEER_KEY, C_SERVICE, C_SESSION, C_METHOD, C_TOOL,
       C_ARGS_SHA256, C_ARGS_PREVIEW, C_DECISION, C_RULE, C_REASON, C_LATENCY, C_BYTES_IN, C_BYTES_OUT,
       C_STATUS, C_HASH };

struct _Job
{
  Row          row;        /* its texts owned */
  gint64       seq;        /* given when it is spooled */
  ZtAuditDone  callback;   /* in the main context, once spooled; or NULL */
  gpointer     user_data;
  GError      *error;      /* not spooled: why (seq 0) */
};

static void
job_set_text (Job        *job,
              guint       i,
              const char *value)
{
  row_set_text (&job->row, i, g_strdup (value));
}

/* On the submitting thread: the columns of @e, all but seq and hash (the writer's). The
 * arguments' canonical JSON, hash and redacted preview are made here, while @e's JSON is
 * still the caller's. */
static Job *
job_new (const ZtAuditEntry *e)
{
  Job *job = g_new0 (Job, 1);

  if (e->args != NULL)
    {
      g_autofree char *canon = zt_audit_canonical_json (e->args);

      row_set_text (&job->row, C_ARGS_SHA256, zt_sha256_hex (canon, -1));
      if (e->args_preview != NULL)
        {
          /* both: the caller's own (redacted) words first, then the arguments' preview */
          g_autofree char *own = zt_secrets_redact (e->args_preview, NULL);
          g_autofree char *more = zt_audit_preview (e->args);

          row_set_text (&job->row, C_ARGS_PREVIEW, clip (g_strconcat (own, " ", more, NULL)));
        }
      else
        row_set_text (&job->row, C_ARGS_PREVIEW, zt_audit_preview (e->args));
    }
  else if (e->args_preview != NULL)
    row_set_text (&job->row, C_ARGS_PREVIEW, clip (zt_secrets_redact (e->args_preview, NULL)));
  row_set_num (&job->row, C_TIME, e->time_us > 0 ? e->time_us : g_get_real_time ());
  job_set_text (job, C_SIDE, e->side);
  job_set_text (job, C_KIND, e->kind);
  job_set_text (job, C_SUBJECT, e->subject);
  job_set_text (job, C_PEER_KEY, e->peer_key);
  job_set_text (job, C_SERVICE, e->service);
  job_set_text (job, C_SESSION, e->session);
  /* what a client or a peer named (a method, a tool) and a reason that may quote it are
   * bounded: a record is not a way to fill the disk (MCP names a tool in 128 characters) */
  row_set_text (&job->row, C_METHOD, clip_to (g_strdup (e->method), NAME_MAX_CHARS));
  row_set_text (&job->row, C_TOOL, clip_to (g_strdup (e->tool), NAME_MAX_CHARS));
  job_set_text (job, C_DECISION, e->decision);
  job_set_text (job, C_RULE, e->rule);
  /* a reason may quote what it refused (a schema's message, an upstream's error) */
  row_set_text (&job->row, C_REASON, e->reason ? clip_to (zt_secrets_redact (e->reason, NULL), REASON_MAX) : NULL);
  row_set_num (&job->row, C_LATENCY, e->latency_us);
  row_set_num (&job->row, C_BYTES_IN, e->bytes_in);
  row_set_num (&job->row, C_BYTES_OUT, e->bytes_out);
  job_set_text (job, C_STATUS, e->status);
  return job;
}

static void
job_free (Job *job)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_free ((char *) job->row.text[i]);
  g_clear_error (&job->error);
  g_free (job);
}

/* The writer thread (or zt_audit_open), holding db_lock: the jobs of @batch, spooled in
 * order, in one transaction, chained on from the head; on failure none of them is written and
 * the chain goes on from the last committed record. */
static gboolean
write_batch (ZtAudit  *self,
             GQueue   *batch,
             GError  **error)
{
  gint64 seq0 = self->last_seq;
  g_autofree char *hash0 = g_strdup (self->last_hash);
  gboolean ok = TRUE;

  if (batch->length > 1 && sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    ok = db_error (self->db, "beginning a transaction", error);
  for (GList *l = batch->head; ok && l != NULL; l = l->next)
    {
      Job *job = l->data;
      gint64 seq = job->seq;
      g_autofree char *hash = NULL;

      if (seq != self->last_seq + 1)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "audit.db: record %" G_GINT64_FORMAT " would follow record %"
                       G_GINT64_FORMAT ": audit.spool and audit.db disagree", seq, self->last_seq);
          ok = FALSE;
          break;
        }
      row_set_num (&job->row, C_SEQ, seq);
      hash = row_hash (self->last_hash, &job->row);
      for (guint i = 0; i < HASH_COLUMN; i++)
        {
          if (!job->row.set[i])
            sqlite3_bind_null (self->insert, (int) i + 1);
          else if (job->row.text[i] == NULL)
            sqlite3_bind_int64 (self->insert, (int) i + 1, job->row.num[i]);
          else
            sqlite3_bind_text (self->insert, (int) i + 1, job->row.text[i], -1, SQLITE_STATIC);
        }
      sqlite3_bind_text (self->insert, (int) HASH_COLUMN + 1, hash, -1, SQLITE_STATIC);
      if (sqlite3_step (self->insert) != SQLITE_DONE)
        ok = db_error (self->db, "appending a record", error);
      else
        {
          self->last_seq = seq;
          g_free (self->last_hash);
          self->last_hash = g_steal_pointer (&hash);
        }
      sqlite3_reset (self->insert);
      sqlite3_clear_bindings (self->insert);
    }
  if (ok && batch->length > 1 && sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    ok = db_error (self->db, "committing records", error);
  if (!ok)
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->last_seq = seq0;
      g_free (self->last_hash);
      self->last_hash = g_steal_pointer (&hash0);
    }
  return ok;
}

static gboolean deliver_cb (gpointer user_data);

/* Under lock: the main context delivers the spooled jobs' callbacks and ::appended. */
static void
schedule_delivery (ZtAudit *self)
{
  if (self->done_source != NULL)
    return;
  self->done_source = g_idle_source_new ();
  g_source_set_priority (self->done_source, G_PRIORITY_DEFAULT);
  g_source_set_callback (self->done_source, deliver_cb, self, NULL);
  g_source_set_static_name (self->done_source, "zt-audit: spooled or committed");
  g_source_attach (self->done_source, self->context);
}

/* The writer thread: it lets spooled records gather for a few milliseconds (unless someone
 * waits), commits them in one transaction, and tells the main context. A batch that fails
 * stays queued, in the spool too, and is tried again a second later (logged once); nothing
 * is dropped. It touches the write connection, the chain head and the queues, never an
 * object of the main thread. */
static gpointer
writer_main (gpointer data)
{
  ZtAudit *self = data;

  g_mutex_lock (&self->lock);
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      GQueue batch;
      gboolean ok;
      gint64 last, deadline;
      guint n;

      while (self->queue.length == 0 && !self->stop)
        g_cond_wait (&self->work, &self->lock);
      if (self->queue.length == 0)
        break;  /* stopping, and drained */
      deadline = g_get_monotonic_time () + (self->failure != NULL ? RETRY_US : SPOOL_BATCH_US);
      while (!self->urgent && !self->stop && self->queue.length < 4096)
        if (!g_cond_wait_until (&self->work, &self->lock, deadline))
          break;
      self->urgent = FALSE;
      batch = self->queue;
      g_queue_init (&self->queue);
      g_mutex_unlock (&self->lock);

      g_mutex_lock (&self->db_lock);
      ok = write_batch (self, &batch, &error);
      last = self->last_seq;
      g_mutex_unlock (&self->db_lock);

      g_mutex_lock (&self->lock);
      n = batch.length;
      if (!ok)
        {
          if (self->failure == NULL)
            g_warning ("%s (%u record(s) kept in audit.spool; trying again every second)", error->message, n);
          g_clear_error (&self->failure);
          self->failure = g_steal_pointer (&error);
          /* back in front of whatever came meanwhile */
          for (GList *l = batch.tail; l != NULL; l = l->prev)
            g_queue_push_head (&self->queue, l->data);
          g_queue_clear (&batch);
          g_cond_broadcast (&self->idle);
          if (self->stop)
            break;  /* the spool keeps them for the next start */
          continue;
        }
      if (self->failure != NULL)
        g_message ("audit.db: written again, with the %u record(s) kept meanwhile", n);
      g_clear_error (&self->failure);
      self->committed_seq = last;
      g_queue_clear_full (&batch, (GDestroyNotify) job_free);
      /* all that was spooled is in audit.db now: the spool can start again */
      if (self->queue.length == 0 && self->spool_size >= SPOOL_TRUNCATE_AT && self->spool_fd >= 0 &&
          ftruncate (self->spool_fd, 0) == 0)
        self->spool_size = 0;
      schedule_delivery (self);
      g_cond_broadcast (&self->idle);
    }
  g_mutex_unlock (&self->lock);
  return NULL;
}

static void
deliver (GQueue *done)
{
  for (Job *job; (job = g_queue_pop_head (done)) != NULL;)
    {
      job->callback (job->seq, job->error, job->user_data);
      job_free (job);
    }
}

/* In the main context: ::appended, once for the records up to @committed */
static void
signal_appended (ZtAudit *self,
                 gint64   committed)
{
  if (committed <= self->signalled_seq)
    return;
  self->signalled_seq = committed;
  g_signal_emit (self, signals[APPENDED], 0, committed);
}

/* In the main context: the callbacks of the spooled jobs, then ::appended. */
static gboolean
deliver_cb (gpointer user_data)
{
  ZtAudit *self = g_object_ref (user_data);
  GQueue done;
  gint64 committed;

  g_mutex_lock (&self->lock);
  done = self->done;
  g_queue_init (&self->done);
  committed = self->committed_seq;
  g_clear_pointer (&self->done_source, g_source_unref);
  g_mutex_unlock (&self->lock);
  deliver (&done);
  signal_appended (self, committed);
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

/* Under lock: @job's record written to the spool in one write(2), with the next seq, and
 * queued for the writer; or FALSE with @error, and the spool as it was. What a record holds
 * was bounded and redacted by job_new. */
static gboolean
spool_locked (ZtAudit  *self,
              Job      *job,
              GError  **error)
{
  g_autoptr(GString) rec = g_string_sized_new (512);
  gint64 seq = self->spooled_seq + 1;
  gsize off = 0;

  if (self->spool_fd < 0 || self->stop)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_CLOSED, "the audit log is closed");
      return FALSE;
    }
  if (self->spool_torn)
    {
      /* a record after the torn one would make it damage in the middle of the spool; at the
       * end, the next start drops it as the tail of a crash */
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED,
                   "audit.spool could not be written, nor a part of a record taken back; restart the agent");
      return FALSE;
    }
  if (self->queue.length >= SPOOL_BACKLOG_MAX)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_LIMIT, "%u audit records are not yet in audit.db%s%s",
                   self->queue.length, self->failure ? ": " : "", self->failure ? self->failure->message : "");
      return FALSE;
    }
  zt_audit_spool_encode (rec, seq, N_COLUMNS - 2, job->row.set + 1, job->row.text + 1, job->row.num + 1);
  if (rec->len - 8 > ZT_AUDIT_SPOOL_RECORD_MAX)
    {
      /* what the next start could not read back is not written (records are clipped far below) */
      g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE, "an audit record of %" G_GSIZE_FORMAT " bytes", rec->len);
      return FALSE;
    }
  while (off < rec->len)
    {
      gssize w = write (self->spool_fd, rec->str + off, rec->len - off);

      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0)
        {
          int saved = errno;

          /* a part of a record is taken back, so that the next one starts whole */
          if (off > 0 && ftruncate (self->spool_fd, (off_t) self->spool_size) != 0)
            {
              g_warning ("audit.spool: cannot take back a part of a record: %s", g_strerror (errno));
              self->spool_torn = TRUE;
            }
          g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "audit.spool: %s", w < 0 ? g_strerror (saved) : "nothing written");
          return FALSE;
        }
      off += (gsize) w;
    }
  self->spool_size += rec->len;
  self->spooled_seq = seq;
  job->seq = seq;  /* write_batch sets the row's seq column */
  g_queue_push_tail (&self->queue, job);
  if (self->queue.length == 1)
    g_cond_signal (&self->work);
  return TRUE;
}

/* @job spooled (its seq), or freed (0, @error) */
static gint64
spool (ZtAudit            *self,
       const ZtAuditEntry *e,
       Job                *job,
       GError            **error)
{
  gint64 seq;

  g_mutex_lock (&self->lock);
  seq = spool_locked (self, job, error) ? job->seq : 0;
  g_mutex_unlock (&self->lock);
  if (seq == 0)
    {
      job_free (job);
      return 0;
    }
  zt_audit_metrics_count (self->metrics, e);
  return seq;
}

void
zt_audit_submit (ZtAudit            *self,
                 const ZtAuditEntry *e,
                 ZtAuditDone         callback,
                 gpointer            user_data)
{
  g_autoptr(GError) error = NULL;
  Job *note = NULL;
  gint64 seq;

  g_return_if_fail (ZT_IS_AUDIT (self));
  g_return_if_fail (e != NULL && e->kind != NULL);
  seq = spool (self, e, job_new (e), &error);
  if (seq == 0 && callback == NULL)
    g_warning ("%s (a record not written)", error->message);
  if (callback == NULL)
    return;
  /* the callback comes from the main context, as it always did */
  note = g_new0 (Job, 1);
  note->seq = seq;
  note->error = g_steal_pointer (&error);
  note->callback = callback;
  note->user_data = user_data;
  g_mutex_lock (&self->lock);
  g_queue_push_tail (&self->done, note);
  schedule_delivery (self);
  g_mutex_unlock (&self->lock);
}

/* Waits, under lock, until the records up to @seq are in audit.db or a batch fails. */
static gboolean
wait_committed_locked (ZtAudit *self,
                       gint64   seq)
{
  while (self->committed_seq < seq && self->failure == NULL && self->writer != NULL)
    {
      self->urgent = TRUE;
      g_cond_signal (&self->work);
      g_cond_wait (&self->idle, &self->lock);
    }
  return self->committed_seq >= seq;
}

gint64
zt_audit_append (ZtAudit             *self,
                 const ZtAuditEntry  *e,
                 GError             **error)
{
  gint64 seq;

  g_return_val_if_fail (ZT_IS_AUDIT (self), 0);
  g_return_val_if_fail (e != NULL && e->kind != NULL, 0);
  if ((seq = spool (self, e, job_new (e), error)) == 0)
    return 0;
  g_mutex_lock (&self->lock);
  if (!wait_committed_locked (self, seq))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "%s", self->failure ? self->failure->message : "the audit log is closed");
      seq = 0;
    }
  g_mutex_unlock (&self->lock);
  return seq;
}

gint64
zt_audit_append_now (ZtAudit             *self,
                     const ZtAuditEntry  *e,
                     GError             **error)
{
  g_return_val_if_fail (ZT_IS_AUDIT (self), 0);
  g_return_val_if_fail (e != NULL && e->kind != NULL, 0);
  return spool (self, e, job_new (e), error);
}

void
zt_audit_flush (ZtAudit *self)
{
  g_return_if_fail (ZT_IS_AUDIT (self));
  g_mutex_lock (&self->lock);
  wait_committed_locked (self, self->spooled_seq);
  g_mutex_unlock (&self->lock);
}

void
zt_audit_record_admin (ZtAudit    *self,
                       const char *subject,
                       const char *what,
                       JsonNode   *detail)
{
  ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;

  g_return_if_fail (ZT_IS_AUDIT (self));
  e.kind = "admin";
  e.subject = subject;
  e.method = what;
  e.args = detail;
  zt_audit_submit (self, &e, NULL, NULL);  /* a failure is logged by the writer */
}

gint64
zt_audit_get_last_seq (ZtAudit *self)
{
  gint64 seq;

  g_mutex_lock (&self->lock);
  seq = self->spooled_seq;
  g_mutex_unlock (&self->lock);
  return seq;
}

/* ---------------------------------------------------------------------------------------- */
/* Queries                                                                                  */

typedef struct {
  GString   *where;
  GPtrArray *texts;    /* bound in order as ?1.. (texts first, then ints by name) */
  gint64     ints[3];
  guint      n_ints;
} Where;

static void
where_text (Where      *w,
            const char *sql,
            const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_printf (w->where, " AND %s", sql);
  g_ptr_array_add (w->texts, (gpointer) value);
}

static void
where_build (Where              *w,
             const ZtAuditQuery *q)
{
  w->where = g_string_new ("WHERE 1");
  w->texts = g_ptr_array_new ();
  where_text (w, "subject = ?", q->subject);
  where_text (w, "service = ?", q->service);
  where_text (w, "tool = ?", q->tool);
  /* literal, so that the partial index of denials serves "deny" */
  if (g_strcmp0 (q->decision, "deny") == 0 || g_strcmp0 (q->decision, "allow") == 0)
    g_string_append_printf (w->where, " AND decision = '%s'", q->decision);
  else
    where_text (w, "decision = ?", q->decision);
  where_text (w, "kind = ?", q->kind);
  if (q->q != NULL && *q->q != '\0')
    {
      g_string_append (w->where, " AND (instr(subject, ?) OR instr(service, ?) OR instr(tool, ?)"
                                 " OR instr(rule, ?) OR instr(args_preview, ?))");
      for (guint i = 0; i < 5; i++)
        g_ptr_array_add (w->texts, (gpointer) q->q);
    }
  if (q->since_us > 0)
    g_string_append_printf (w->where, " AND time_us >= %" G_GINT64_FORMAT, q->since_us);
  if (q->until_us > 0)
    g_string_append_printf (w->where, " AND time_us < %" G_GINT64_FORMAT, q->until_us);
  if (q->after_seq > 0)
    g_string_append_printf (w->where, " AND seq > %" G_GINT64_FORMAT, q->after_seq);
}

static void
where_clear (Where *w)
{
  g_string_free (w->where, TRUE);
  g_ptr_array_unref (w->texts);
}

static sqlite3_stmt *
prepare_where (ZtAudit     *self,
               Where       *w,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->rdb, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      db_error (self->rdb, "querying", error);
      return NULL;
    }
  for (guint i = 0; i < w->texts->len; i++)
    sqlite3_bind_text (stmt, (int) i + 1, g_ptr_array_index (w->texts, i), -1, SQLITE_STATIC);
  return stmt;
}

JsonArray *
zt_audit_query (ZtAudit             *self,
                const ZtAuditQuery  *query,
                gint64              *total,
                GError             **error)
{
  Where w;
  g_autofree char *sql = NULL, *count_sql = NULL;
  sqlite3_stmt *stmt;
  g_autoptr(JsonArray) records = json_array_new ();
  guint limit = query->limit > 0 ? MIN (query->limit, 1000) : 100;

  g_return_val_if_fail (ZT_IS_AUDIT (self), NULL);
  zt_audit_flush (self);
  where_build (&w, query);
  /* one snapshot for the count and the rows, while the writer goes on */
  sqlite3_exec (self->rdb, "BEGIN", NULL, NULL, NULL);
  count_sql = g_strdup_printf ("SELECT count(*) FROM records %s", w.where->str);
  if ((stmt = prepare_where (self, &w, count_sql, error)) == NULL)
    goto failed;
  if (sqlite3_step (stmt) == SQLITE_ROW && total != NULL)
    *total = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sql = g_strdup_printf ("SELECT " COLUMN_LIST " FROM records %s ORDER BY seq %s LIMIT %u OFFSET %u",
                         w.where->str, query->ascending ? "ASC" : "DESC", limit, query->offset);
  if ((stmt = prepare_where (self, &w, sql, error)) == NULL)
    goto failed;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Row row;

      row_from_stmt (&row, stmt);
      json_array_add_object_element (records, row_to_object (&row));
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (self->rdb, "COMMIT", NULL, NULL, NULL);
  where_clear (&w);
  return g_steal_pointer (&records);

failed:
  sqlite3_exec (self->rdb, "COMMIT", NULL, NULL, NULL);
  where_clear (&w);
  return NULL;
}

gboolean
zt_audit_export (ZtAudit             *self,
                 const ZtAuditQuery  *query,
                 void               (*func) (const char *line, gpointer user_data),
                 gpointer             user_data,
                 GError             **error)
{
  Where w;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (ZT_IS_AUDIT (self), FALSE);
  zt_audit_flush (self);
  where_build (&w, query);
  sql = query->limit > 0
        ? g_strdup_printf ("SELECT " COLUMN_LIST " FROM records %s ORDER BY seq ASC LIMIT %u OFFSET %u", w.where->str,
                           query->limit, query->offset)
        : g_strdup_printf ("SELECT " COLUMN_LIST " FROM records %s ORDER BY seq ASC", w.where->str);
  stmt = prepare_where (self, &w, sql, error);
  where_clear (&w);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(JsonObject) o = NULL;
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *line = NULL;
      Row row;

      row_from_stmt (&row, stmt);
      o = row_to_object (&row);
      json_node_set_object (node, o);
      line = zt_json_to_string (node);
      func (line, user_data);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

JsonNode *
zt_audit_stats (ZtAudit  *self,
                gint64    since_s,
                gint64    until_s,
                gint64    bucket_s,
                GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (ZT_IS_AUDIT (self), NULL);
  zt_audit_flush (self);
  if (bucket_s <= 0)
    bucket_s = 3600;
  if (sqlite3_prepare_v2 (self->rdb,
                          "SELECT (time_us / 1000000 / ?1) * ?1 AS start, count(*),"
                          " sum(decision = 'deny') FROM records WHERE kind = 'call'"
                          " AND time_us >= ?2 AND (?3 = 0 OR time_us < ?3) GROUP BY start ORDER BY start",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      db_error (self->rdb, "stats", error);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, bucket_s);
  sqlite3_bind_int64 (stmt, 2, since_s * G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 3, until_s * G_USEC_PER_SEC);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "buckets");
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, 0));
      json_builder_set_member_name (b, "calls");
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, 1));
      json_builder_set_member_name (b, "denials");
      json_builder_add_int_value (b, sqlite3_column_int64 (stmt, 2));
      json_builder_end_object (b);
    }
  sqlite3_finalize (stmt);
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* ---------------------------------------------------------------------------------------- */
/* Checkpoints and verification                                                             */

static gboolean
gnutls_check (int          ret,
              const char  *what,
              GError     **error)
{
  if (ret >= 0)
    return TRUE;
  g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "audit key: %s: %s", what, gnutls_strerror (ret));
  return FALSE;
}

/* HOME/audit-key.pem: made at first use, 0600; only this agent signs its checkpoints. */
static gboolean
load_key (ZtAudit     *self,
          const char  *home,
          GError     **error)
{
  g_autofree char *path = g_build_filename (home, "audit-key.pem", NULL);
  g_autofree char *pem = NULL;
  gsize len = 0;
  gnutls_datum_t d;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_auto(gnutls_x509_privkey_t) key = NULL;
      gnutls_datum_t out = { NULL, 0 };
      gboolean ok;

      if (!gnutls_check (gnutls_x509_privkey_init (&key), "init", error) ||
          !gnutls_check (gnutls_x509_privkey_generate2 (key, GNUTLS_PK_EDDSA_ED25519,
                                                        GNUTLS_CURVE_TO_BITS (GNUTLS_ECC_CURVE_ED25519),
                                                        0, NULL, 0), "generating an Ed25519 key", error) ||
          !gnutls_check (gnutls_x509_privkey_export2_pkcs8 (key, GNUTLS_X509_FMT_PEM, NULL, GNUTLS_PKCS_PLAIN,
                                                            &out), "exporting the key", error))
        return FALSE;
      ok = g_file_set_contents_full (path, (const char *) out.data, out.size, G_FILE_SET_CONTENTS_CONSISTENT,
                                     0600, error);
      gnutls_memset (out.data, 0, out.size);
      gnutls_free (out.data);
      if (!ok)
        return FALSE;
    }
  if (!g_file_get_contents (path, &pem, &len, error))
    return FALSE;
  d.data = (unsigned char *) pem;
  d.size = (unsigned int) len;
  if (!gnutls_check (gnutls_privkey_init (&self->key), "init", error) ||
      !gnutls_check (gnutls_privkey_import_x509_raw (self->key, &d, GNUTLS_X509_FMT_PEM, NULL, 0),
                     "reading audit-key.pem", error) ||
      !gnutls_check (gnutls_pubkey_init (&self->pub), "init", error) ||
      !gnutls_check (gnutls_pubkey_import_privkey (self->pub, self->key, 0, 0), "its public key", error))
    {
      memset (pem, 0, len);
      return FALSE;
    }
  memset (pem, 0, len);
  return TRUE;
}

static char *
checkpoint_sign (ZtAudit     *self,
                 gint64       seq,
                 const char  *hash,
                 gint64       time_us,
                 GError     **error)
{
  g_autofree char *text = g_strdup_printf (CHECKPOINT_FORMAT, seq, hash, time_us);
  gnutls_datum_t data = { (unsigned char *) text, (unsigned int) strlen (text) }, sig = { NULL, 0 };
  char *b64;

  if (!gnutls_check (gnutls_privkey_sign_data2 (self->key, GNUTLS_SIGN_EDDSA_ED25519, 0, &data, &sig),
                     "signing a checkpoint", error))
    return NULL;
  b64 = g_base64_encode (sig.data, sig.size);
  gnutls_free (sig.data);
  return b64;
}

static gboolean
checkpoint_valid (ZtAudit    *self,
                  gint64      seq,
                  const char *hash,
                  gint64      time_us,
                  const char *signature)
{
  g_autofree char *text = g_strdup_printf (CHECKPOINT_FORMAT, seq, hash, time_us);
  gnutls_datum_t data = { (unsigned char *) text, (unsigned int) strlen (text) }, sig;
  g_autofree guchar *raw = NULL;
  gsize len = 0;

  raw = g_base64_decode (signature ? signature : "", &len);
  sig.data = raw;
  sig.size = (unsigned int) len;
  return len > 0 && gnutls_pubkey_verify_data2 (self->pub, GNUTLS_SIGN_EDDSA_ED25519, 0, &data, &sig) >= 0;
}

/* The latest checkpoint: FALSE when there is none. */
static gboolean
latest_checkpoint (sqlite3 *db,
                   gint64  *seq,
                   char   **hash,
                   gint64  *time_us,
                   char   **signature)
{
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (db, "SELECT seq, hash, time_us, signature FROM checkpoints ORDER BY id DESC LIMIT 1",
                          -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    {
      found = TRUE;
      *seq = sqlite3_column_int64 (stmt, 0);
      *hash = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      *time_us = sqlite3_column_int64 (stmt, 2);
      if (signature)
        *signature = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_finalize (stmt);
  return found;
}

static void
problem (ZtAuditVerdict *v,
         gint64          seq,
         char           *what)
{
  v->ok = FALSE;
  v->problem_seq = seq;
  v->problem = what;
}

/* A row whose hash fails at @seq after @prev: was it moved here from another seq (rows
 * swapped)? Looks for a nearby row that would chain here if it still had this seq. */
static gint64
find_moved (sqlite3    *db,
            gint64      seq,
            const char *prev)
{
  sqlite3_stmt *stmt = NULL;
  gint64 found = 0;

  if (sqlite3_prepare_v2 (db, "SELECT " COLUMN_LIST " FROM records WHERE seq BETWEEN ?1 - 64 AND ?1 + 64"
                          " AND seq != ?1", -1, &stmt, NULL) != SQLITE_OK)
    return 0;
  sqlite3_bind_int64 (stmt, 1, seq);
  while (found == 0 && sqlite3_step (stmt) == SQLITE_ROW)
    {
      Row row;
      gint64 at;
      g_autofree char *h = NULL;

      row_from_stmt (&row, stmt);
      at = row.num[C_SEQ];
      row.num[C_SEQ] = seq;
      h = row_hash (prev, &row);
      if (g_strcmp0 (h, row.text[C_HASH]) == 0)
        found = at;
    }
  sqlite3_finalize (stmt);
  return found;
}

/* Verifies the chain on @db from the latest checkpoint up to @upto (inclusive; G_MAXINT64:
 * all); @known is the last seq this process knows to be committed. */
static gboolean
verify_upto (ZtAudit         *self,
             sqlite3         *db,
             gint64           upto,
             gint64           known,
             ZtAuditVerdict  *v,
             GError         **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *prev = NULL, *cp_sig = NULL;
  gint64 cp_seq = 0, cp_time = 0, expected;

  memset (v, 0, sizeof *v);
  v->ok = TRUE;
  if (sqlite3_prepare_v2 (db, "SELECT count(*) FROM checkpoints", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    v->checkpoints = (guint) sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  if (latest_checkpoint (db, &cp_seq, &prev, &cp_time, &cp_sig) &&
      !checkpoint_valid (self, cp_seq, prev, cp_time, cp_sig))
    {
      problem (v, cp_seq, g_strdup_printf ("the checkpoint at seq %" G_GINT64_FORMAT " has no valid signature "
                                           "of this agent's audit key (forged or edited)", cp_seq));
      return TRUE;
    }
  if (prev == NULL)
    prev = g_strdup ("");
  expected = cp_seq + 1;
  if (sqlite3_prepare_v2 (db, "SELECT " COLUMN_LIST " FROM records WHERE seq > ?1 AND seq <= ?2 ORDER BY seq",
                          -1, &stmt, NULL) != SQLITE_OK)
    return db_error (db, "verifying", error);
  sqlite3_bind_int64 (stmt, 1, cp_seq);
  sqlite3_bind_int64 (stmt, 2, upto);
  while (v->ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      Row row;
      gint64 seq;
      const char *stored;
      g_autofree char *h = NULL;

      row_from_stmt (&row, stmt);
      seq = row.num[C_SEQ];
      stored = row.text[C_HASH] ? row.text[C_HASH] : "";

      if (seq != expected)
        {
          problem (v, expected, seq - 1 > expected
                   ? g_strdup_printf ("deleted: rows %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT " are missing",
                                      expected, seq - 1)
                   : g_strdup_printf ("deleted: row %" G_GINT64_FORMAT " is missing", expected));
          break;
        }
      h = row_hash (prev, &row);
      if (strcmp (h, stored) != 0)
        {
          gint64 from = find_moved (db, seq, prev);

          problem (v, seq, from != 0
                   ? g_strdup_printf ("reordered: the record that belongs at seq %" G_GINT64_FORMAT
                                      " is at seq %" G_GINT64_FORMAT, seq, from)
                   : g_strdup_printf ("edited: the record at seq %" G_GINT64_FORMAT
                                      " does not match its hash", seq));
          break;
        }
      g_free (prev);
      prev = g_strdup (stored);
      v->checked++;
      expected++;
    }
  sqlite3_finalize (stmt);
  /* rows cut from the end leave no gap; this process remembers how far the chain went */
  if (v->ok && expected <= MIN (upto, known))
    problem (v, expected, g_strdup_printf ("deleted: the newest rows, %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT
                                           ", are missing", expected, known));
  return TRUE;
}

gboolean
zt_audit_verify (ZtAudit         *self,
                 ZtAuditVerdict  *v,
                 GError         **error)
{
  gint64 known;
  gboolean ok;

  g_return_val_if_fail (ZT_IS_AUDIT (self), FALSE);
  /* on the read connection, in one snapshot, while the writer goes on: the rows committed
   * before it began are all there */
  zt_audit_flush (self);
  known = zt_audit_get_last_seq (self);
  sqlite3_exec (self->rdb, "BEGIN", NULL, NULL, NULL);
  ok = verify_upto (self, self->rdb, G_MAXINT64, known, v, error);
  sqlite3_exec (self->rdb, "COMMIT", NULL, NULL, NULL);
  return ok;
}

static gint64
retain_locked (ZtAudit  *self,
                 gint64    max_age_s,
                 gint64    max_rows,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 cut = 0, now = g_get_real_time (), first = 0;
  g_autofree char *hash = NULL, *signature = NULL;
  ZtAuditVerdict v;

  if (max_age_s > 0 &&
      sqlite3_prepare_v2 (self->db, "SELECT max(seq) FROM records WHERE time_us < ?1", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, now - max_age_s * G_USEC_PER_SEC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        cut = sqlite3_column_int64 (stmt, 0);
      sqlite3_finalize (stmt);
    }
  if (max_rows > 0 && self->last_seq - max_rows > cut)
    cut = self->last_seq - max_rows;
  if (sqlite3_prepare_v2 (self->db, "SELECT min(seq) FROM records", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    first = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (cut <= 0 || first == 0 || cut < first)
    return 0;

  /* a checkpoint vouches for what it cuts: never sign over a chain that does not verify
   * (only the rows cut are walked: this runs every minute at the cap) */
  if (!verify_upto (self, self->db, cut, self->last_seq, &v, error))
    return -1;
  if (!v.ok)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "audit.db does not verify (seq %" G_GINT64_FORMAT ": %s); "
                   "retention will not cut it: inspect it with `zt4mcp audit verify`", v.problem_seq, v.problem);
      zt_audit_verdict_clear (&v);
      return -1;
    }
  if (sqlite3_prepare_v2 (self->db, "SELECT hash FROM records WHERE seq = ?1", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, cut);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        hash = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
  if (hash == NULL || (signature = checkpoint_sign (self, cut, hash, now, error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "audit.db: no row at seq %" G_GINT64_FORMAT, cut);
      return -1;
    }
  if (sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (self->db, "INSERT INTO checkpoints (seq, hash, time_us, signature) VALUES (?1, ?2, ?3, ?4)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self->db, "writing a checkpoint", error), -1;
  sqlite3_bind_int64 (stmt, 1, cut);
  sqlite3_bind_text (stmt, 2, hash, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_text (stmt, 4, signature, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      sqlite3_finalize (stmt);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return db_error (self->db, "writing a checkpoint", error), -1;
    }
  sqlite3_finalize (stmt);
  if (sqlite3_prepare_v2 (self->db, "DELETE FROM records WHERE seq <= ?1", -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return db_error (self->db, "cutting old records", error), -1;
    }
  sqlite3_bind_int64 (stmt, 1, cut);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return db_error (self->db, "cutting old records", error), -1;
    }
  g_message ("audit: cut records up to seq %" G_GINT64_FORMAT " (checkpoint signed)", cut);
  return cut - first + 1;
}

/* On the caller's thread, serialized with the writer (db_lock): the write connection and
 * the chain head are then as the last commit left them. */
gint64
zt_audit_retain (ZtAudit  *self,
                 gint64    max_age_s,
                 gint64    max_rows,
                 GError  **error)
{
  gint64 cut;

  g_return_val_if_fail (ZT_IS_AUDIT (self), -1);
  g_mutex_lock (&self->db_lock);
  cut = retain_locked (self, max_age_s, max_rows, error);
  g_mutex_unlock (&self->db_lock);
  return cut;
}

static gboolean
retention_cb (gpointer user_data)
{
  ZtAudit *self = user_data;
  g_autoptr(GError) error = NULL;

  if (zt_audit_retain (self, self->max_age_s, self->max_rows, &error) < 0)
    g_warning ("%s", error->message);
  return G_SOURCE_CONTINUE;
}

void
zt_audit_set_retention (ZtAudit *self,
                        gint64   max_age_s,
                        gint64   max_rows)
{
  g_return_if_fail (ZT_IS_AUDIT (self));
  self->max_age_s = max_age_s;
  self->max_rows = max_rows;
  zt_source_clear (&self->retention_source);
  if (max_age_s <= 0 && max_rows <= 0)
    return;
  retention_cb (self);
  self->retention_source = zt_timeout_source_attach (60 * 1000, retention_cb, self);
}

/* ---------------------------------------------------------------------------------------- */

static gboolean
load_head (ZtAudit  *self,
           GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 cp_time = 0;

  if (sqlite3_prepare_v2 (self->db, "SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1", -1, &stmt, NULL) != SQLITE_OK)
    return db_error (self->db, "reading", error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      self->last_seq = sqlite3_column_int64 (stmt, 0);
      self->last_hash = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_finalize (stmt);
  if (self->last_hash == NULL && !latest_checkpoint (self->db, &self->last_seq, &self->last_hash, &cp_time, NULL))
    self->last_hash = g_strdup ("");
  return TRUE;
}

/* Writes @batch (read back from the spool) to audit.db and empties it; counts it in @moved. */
static gboolean
move_batch (ZtAudit     *self,
            GQueue      *batch,
            const char  *path,
            guint       *moved,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok = write_batch (self, batch, &local_error);

  if (!ok)
    g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot move the records of %s into audit.db: %s",
                 path, local_error->message);
  *moved += batch->length;
  g_queue_clear_full (batch, (GDestroyNotify) job_free);
  g_queue_init (batch);
  return ok;
}

/* The records of HOME/audit.spool that audit.db does not hold yet (a crash, a kill, or a
 * failing disk ended the agent before its writer moved them), written now, in order; then the
 * spool starts again. A torn last record (the process died in its write(2), so nothing had
 * waited for it) is dropped with a warning; anything else that is not a record, or a gap in
 * the seqs, stops the log from opening: the records after it cannot be read, and the user is
 * told what to do. */
static gboolean
recover_spool (ZtAudit     *self,
               const char  *path,
               GError     **error)
{
  g_autoptr(GMappedFile) map = NULL;
  g_autoptr(GError) local_error = NULL;
  GQueue batch = G_QUEUE_INIT;
  const guint8 *data;
  gsize len, off = 0;
  guint moved = 0;
  gboolean ok = TRUE;
  GStatBuf st;

  if (fstat (self->spool_fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "%s is not a regular file; move it aside", path);
      return FALSE;
    }
  if ((map = g_mapped_file_new_from_fd (self->spool_fd, FALSE, &local_error)) == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot read %s: %s", path, local_error->message);
      return FALSE;
    }
  data = (const guint8 *) g_mapped_file_get_contents (map);
  len = g_mapped_file_get_length (map);
  while (ok && off < len)
    {
      Job *job = g_new0 (Job, 1);
      gssize took = zt_audit_spool_decode (data + off, len - off, N_COLUMNS - 2, &job->seq, job->row.set + 1,
                                           (char **) job->row.text + 1, job->row.num + 1, &local_error);

      if (took <= 0)
        {
          job_free (job);
          if (took < 0)
            {
              g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED,
                           "%s is damaged at byte %" G_GSIZE_FORMAT " (%s), so the audit records after it cannot be "
                           "read. Keep a copy, move it aside (for instance to audit.spool.damaged) and start again; "
                           "the records it holds from there on will then be missing from the log",
                           path, off, local_error->message);
              ok = FALSE;
            }
          else
            g_warning ("%s: the last %" G_GSIZE_FORMAT " bytes are not a whole record (the process ended while "
                       "writing it, before any answer waited for it); dropped", path, len - off);
          break;
        }
      off += (gsize) took;
      if (job->seq <= self->last_seq && batch.length == 0)
        job_free (job);  /* in audit.db already: the writer had moved it before the spool was emptied */
      else
        g_queue_push_tail (&batch, job);
      /* written a few thousand at a time, the rest below: memory stays bounded whatever the
       * spool's size */
      if (batch.length >= 4096)
        ok = move_batch (self, &batch, path, &moved, error);
    }
  if (ok && batch.length > 0)
    ok = move_batch (self, &batch, path, &moved, error);
  if (ok && moved > 0)
    g_message ("audit: %u record(s) of %s written to audit.db (the agent had ended before it did)", moved, path);
  g_queue_clear_full (&batch, (GDestroyNotify) job_free);
  if (ok && ftruncate (self->spool_fd, 0) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot empty %s: %s", path, g_strerror (errno));
      ok = FALSE;
    }
  return ok;
}

/* HOME/audit.spool, 0600, appended to; locked for as long as this log is open, so that a
 * second process (another agent on the same home, or `zt4mcp audit verify` while the agent
 * runs) cannot write the chain or take records the agent is moving. */
static gboolean
open_spool (ZtAudit     *self,
            const char  *home,
            GError     **error)
{
  g_autofree char *path = g_build_filename (home, "audit.spool", NULL);

  self->spool_fd = g_open (path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (self->spool_fd < 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot open %s: %s", path, g_strerror (errno));
      return FALSE;
    }
  if (flock (self->spool_fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved = errno;

      g_set_error (error, ZT_ERROR, ZT_ERROR_EXISTS,
                   saved == EWOULDBLOCK
                   ? "%s/audit.spool is in use by another process: another agent runs on this home. "
                     "Stop it first, or give this one a home of its own (--home)"
                   : "cannot lock %s/audit.spool: %s", home, g_strerror (saved));
      return FALSE;
    }
  if (!recover_spool (self, path, error))
    return FALSE;
  self->spooled_seq = self->last_seq;
  return TRUE;
}

/* A new audit.db gets 1 KiB pages: each record's commit writes one page of the table and
 * one of each index to the WAL, and small pages make that several times cheaper. The page
 * size is set before the database turns to WAL (zt_db_open), after which it is fixed. */
static void
small_pages (const char *path)
{
  GStatBuf st;
  sqlite3 *db = NULL;

  if (g_stat (path, &st) != 0 || st.st_size != 0)
    return;
  if (sqlite3_open (path, &db) == SQLITE_OK)
    sqlite3_exec (db, "PRAGMA page_size=1024; VACUUM;", NULL, NULL, NULL);
  sqlite3_close (db);
}

ZtAudit *
zt_audit_open (const char  *home,
               GError     **error)
{
  g_autoptr(ZtAudit) self = g_object_new (ZT_TYPE_AUDIT, NULL);
  g_autofree char *path = g_build_filename (home, "audit.db", NULL);
  int fd;

  g_return_val_if_fail (home != NULL, NULL);
  if (g_mkdir_with_parents (home, 0700) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot create %s: %s", home, g_strerror (errno));
      return NULL;
    }
  /* created 0600 before SQLite opens it; its -wal and -shm files take the same mode */
  if ((fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) >= 0)
    close (fd);
  small_pages (path);
  self->db = zt_db_open (path, "audit.db", migrations, G_N_ELEMENTS (migrations), error);
  if (self->db == NULL)
    return NULL;
  /* a committed transaction survives the process (WAL); only a power cut may lose the last */
  sqlite3_exec (self->db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL);
  if (sqlite3_prepare_v2 (self->db, "INSERT INTO records (" COLUMN_LIST ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                          -1, &self->insert, NULL) != SQLITE_OK)
    {
      db_error (self->db, "preparing", error);
      return NULL;
    }
  if (!load_key (self, home, error) || !load_head (self, error) || !open_spool (self, home, error))
    return NULL;
  self->committed_seq = self->signalled_seq = self->last_seq;
  /* queries and verify read on a connection of their own (WAL: readers do not wait for
   * the writer, and see what it has committed) */
  self->rdb = zt_db_open (path, "audit.db", migrations, G_N_ELEMENTS (migrations), error);
  if (self->rdb == NULL)
    return NULL;
  self->context = g_main_context_ref_thread_default ();
  if ((self->writer = g_thread_try_new ("zt-audit", writer_main, self, error)) == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

static void
zt_audit_finalize (GObject *object)
{
  ZtAudit *self = ZT_AUDIT (object);

  zt_source_clear (&self->retention_source);
  /* the writer drains the queue, then ends */
  if (self->writer != NULL)
    {
      g_mutex_lock (&self->lock);
      self->stop = TRUE;
      g_cond_signal (&self->work);
      g_mutex_unlock (&self->lock);
      g_thread_join (g_steal_pointer (&self->writer));
    }
  /* a clean close leaves an empty spool; records audit.db could not take stay for the next start */
  if (self->spool_fd >= 0 && self->queue.length == 0 && self->committed_seq == self->spooled_seq && self->spool_size > 0 &&
      ftruncate (self->spool_fd, 0) != 0)
    g_warning ("audit.spool: %s", g_strerror (errno));
  g_queue_clear_full (&self->queue, (GDestroyNotify) job_free);
  if (self->spool_fd >= 0)
    close (self->spool_fd);  /* and the lock with it */
  self->spool_fd = -1;
  g_clear_error (&self->failure);
  if (self->done_source != NULL)
    {
      g_source_destroy (self->done_source);
      g_clear_pointer (&self->done_source, g_source_unref);
    }
  deliver (&self->done);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_pointer (&self->insert, sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->rdb, sqlite3_close);
  g_clear_pointer (&self->key, gnutls_privkey_deinit);
  g_clear_pointer (&self->pub, gnutls_pubkey_deinit);
  g_clear_pointer (&self->last_hash, g_free);
  g_mutex_clear (&self->lock);
  g_mutex_clear (&self->db_lock);
  g_cond_clear (&self->work);
  g_cond_clear (&self->idle);
  g_clear_pointer (&self->metrics, zt_audit_metrics_free);
  G_OBJECT_CLASS (zt_audit_parent_class)->finalize (object);
}

static void
zt_audit_class_init (ZtAuditClass *klass)
{
  for (guint i = 0; i < G_N_ELEMENTS (sorted_columns); i++)
    sorted_columns[i] = i;
  qsort (sorted_columns, G_N_ELEMENTS (sorted_columns), sizeof sorted_columns[0], compare_columns);
  G_OBJECT_CLASS (klass)->finalize = zt_audit_finalize;
  /* ::appended (gint64 seq): the records up to @seq are committed (once per commit, in the
   * main context) */
  signals[APPENDED] = g_signal_new ("appended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    _zt_marshal_VOID__INT64, G_TYPE_NONE, 1, G_TYPE_INT64);
  g_signal_set_va_marshaller (signals[APPENDED], G_TYPE_FROM_CLASS (klass), _zt_marshal_VOID__INT64v);
}

static void
zt_audit_init (ZtAudit *self)
{
  self->metrics = zt_audit_metrics_new ();
  g_mutex_init (&self->lock);
  g_mutex_init (&self->db_lock);
  g_cond_init (&self->work);
  g_cond_init (&self->idle);
  g_queue_init (&self->queue);
  g_queue_init (&self->done);
  self->spool_fd = -1;
}

void
zt_audit_metrics_text (ZtAudit *self,
                       GString *out)
{
  g_return_if_fail (ZT_IS_AUDIT (self));
  zt_audit_metrics_write (self->metrics, out);
}
