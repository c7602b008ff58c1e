/* test-audit.c: ZtAudit: the hash chain, what verify finds after an attacker's SQL, retention's signed checkpoints, redaction, the writer thread */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "zt-audit.h"
#include "zt-audit-filter.h"
#include "zt-audit-spool.h"
#include "zt-error.h"
#include "zt-test-filter.h"

static char *
make_home (void)
{
  return g_dir_make_tmp ("zt-audit-XXXXXX", NULL);
}

static void
remove_home (const char *home)
{
  const char *names[] = { "audit.db", "audit.db-wal", "audit.db-shm", "audit-key.pem", "audit.spool",
                          "audit.spool.damaged" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *p = g_build_filename (home, names[i], NULL);
      g_unlink (p);
    }
  g_rmdir (home);
}

/* @n call records, alternately allowed and denied: each waited for, or all queued */
static void
fill_full (ZtAudit    *audit,
           guint       n,
           gboolean    queued,
           ZtAuditDone done,
           gpointer    user_data)
{
  for (guint i = 0; i < n; i++)
    {
      ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;
      g_autoptr(JsonNode) args = json_from_string ("{\"path\": \"/docs/a.md\", \"n\": 1}", NULL);
      g_autoptr(GError) error = NULL;

      e.side = "exporter";
      e.subject = "spiffe://m/user/alice/endpoint/lap";
      e.service = "files";
      e.method = "tools/call";
      e.tool = i % 2 ? "write_file" : "read_file";
      e.args = args;
      e.decision = i % 2 ? "deny" : "allow";
      e.rule = i % 2 ? "policy:default-deny" : NULL;
      e.latency_us = 800 + i;
      e.status = i % 2 ? "error" : "ok";
      if (queued)
        {
          zt_audit_submit (audit, &e, done, user_data);
          continue;
        }
      g_assert_cmpint (zt_audit_append (audit, &e, &error), >, 0);
      g_assert_no_error (error);
    }
}

static void
fill (ZtAudit *audit,
      guint    n)
{
  fill_full (audit, n, FALSE, NULL, NULL);
}

/* What an attacker with write access to the file does: plain SQL on another connection. */
static void
attack (const char *home,
        const char *sql)
{
  g_autofree char *path = g_build_filename (home, "audit.db", NULL);
  sqlite3 *db = NULL;
  char *msg = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("attack SQL failed: %s", msg);
  sqlite3_close (db);
}

static void
assert_verifies (ZtAudit *audit,
                 gint64   checked,
                 guint    checkpoints)
{
  ZtAuditVerdict v;
  g_autoptr(GError) error = NULL;

  g_assert_true (zt_audit_verify (audit, &v, &error));
  g_assert_no_error (error);
  if (!v.ok)
    g_error ("does not verify at %" G_GINT64_FORMAT ": %s", v.problem_seq, v.problem);
  g_assert_cmpint (v.checked, ==, checked);
  g_assert_cmpuint (v.checkpoints, ==, checkpoints);
}

static void
test_chain (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) denied = NULL;
  g_autofree char *key = g_build_filename (home, "audit-key.pem", NULL);
  GStatBuf st;
  gint64 total = 0;
  ZtAuditQuery q = { 0 };

  g_assert_nonnull (audit);
  g_assert_cmpint (g_stat (key, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_verifies (audit, 0, 0);
  fill (audit, 10);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 10);
  assert_verifies (audit, 10, 0);

  q.decision = "deny";
  q.limit = 3;
  denied = zt_audit_query (audit, &q, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpint (total, ==, 5);
  g_assert_cmpuint (json_array_get_length (denied), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (denied, 0), "rule"), ==,
                   "policy:default-deny");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (denied, 0), "seq"), ==, 10);

  /* a reopened log goes on from where its chain ends */
  g_clear_object (&audit);
  audit = zt_audit_open (home, &error);
  g_assert_no_error (error);
  fill (audit, 2);
  assert_verifies (audit, 12, 0);
  /* records queued together (committed in groups by the writer) chain like single ones */
  fill_full (audit, 5, TRUE, NULL, NULL);
  zt_audit_flush (audit);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 17);
  assert_verifies (audit, 17, 0);
  /* a policy change by the administrator: its detail redacted like arguments */
  {
    g_autoptr(JsonNode) detail = json_from_string ("{\"grant\": \"g-1\", \"token\": \"t0p\"}", NULL);
    g_autoptr(JsonArray) admin = NULL;
    ZtAuditQuery aq = { 0 };
    JsonObject *r;

    zt_audit_record_admin (audit, "local", "policy.grant.add", detail);
    zt_audit_flush (audit);
    aq.kind = "admin";
    admin = zt_audit_query (audit, &aq, &total, &error);
    g_assert_cmpint (total, ==, 1);
    r = json_array_get_object_element (admin, 0);
    g_assert_cmpstr (json_object_get_string_member (r, "method"), ==, "policy.grant.add");
    g_assert_cmpstr (json_object_get_string_member (r, "args_preview"), ==, "{\"grant\":\"g-1\",\"token\":\"[redacted]\"}");
    assert_verifies (audit, 18, 0);
  }
  {
    GString *m = g_string_new (NULL);

    zt_audit_metrics_text (audit, m);
    g_assert_nonnull (strstr (m->str, "zt_calls_total{service=\"files\",side=\"exporter\",decision=\"allow\"} 4\n"));
    g_assert_nonnull (strstr (m->str, "zt_call_latency_seconds_bucket{service=\"files\",le=\"0.001\"} 7\n"));
    g_assert_nonnull (strstr (m->str, "zt_audit_records_total 8\n"));
    g_string_free (m, TRUE);
  }
  g_clear_object (&audit);
  remove_home (home);
}

typedef struct {
  const char *name;
  const char *sql;
  gint64      seq;
  const char *what;
} Tamper;

static const Tamper tampers[] = {
  { "edited", "UPDATE records SET decision = 'allow', rule = NULL WHERE seq = 4", 4, "edited" },
  { "deleted", "DELETE FROM records WHERE seq = 5", 5, "deleted" },
  { "swapped", "UPDATE records SET seq = -6 WHERE seq = 6; UPDATE records SET seq = 6 WHERE seq = 7;"
               "UPDATE records SET seq = 7 WHERE seq = -6", 6, "reordered" },
  { "tail-cut", "DELETE FROM records WHERE seq >= 9", 9, "deleted" },
  { "first-cut", "DELETE FROM records WHERE seq <= 2", 1, "deleted" },
  { "rehashed-row", "UPDATE records SET tool = 'x', hash = '00' WHERE seq = 3", 3, "edited" },
};

static void
test_tamper (gconstpointer data)
{
  const Tamper *t = data;
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(GError) error = NULL;
  ZtAuditVerdict v;

  fill (audit, 10);
  attack (home, t->sql);
  g_assert_true (zt_audit_verify (audit, &v, &error));
  g_assert_false (v.ok);
  g_assert_cmpint (v.problem_seq, ==, t->seq);
  g_assert_true (g_str_has_prefix (v.problem, t->what));
  zt_audit_verdict_clear (&v);
  g_clear_object (&audit);
  remove_home (home);
}

static void
test_retention (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(GError) error = NULL;
  ZtAuditVerdict v;

  fill (audit, 10);
  g_assert_cmpint (zt_audit_retain (audit, 0, 4, &error), ==, 6);
  g_assert_no_error (error);
  assert_verifies (audit, 4, 1);
  /* nothing more to cut */
  g_assert_cmpint (zt_audit_retain (audit, 0, 4, &error), ==, 0);

  /* the chain goes on after a restart, from the rows left and the checkpoint */
  g_clear_object (&audit);
  audit = zt_audit_open (home, &error);
  g_assert_no_error (error);
  fill (audit, 3);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 13);
  assert_verifies (audit, 7, 1);

  /* every row cut: the checkpoint alone carries the chain */
  g_assert_cmpint (zt_audit_retain (audit, 0, 0, &error), ==, 0);
  attack (home, "UPDATE records SET time_us = 1000");
  g_assert_cmpint (zt_audit_retain (audit, 1, 0, &error), ==, -1);  /* edited rows: no checkpoint over them */
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* a checkpoint moved forward over deleted rows: its signature does not hold */
  g_clear_object (&audit);
  remove_home (home);
  g_free (home);
  home = make_home ();
  audit = zt_audit_open (home, NULL);
  fill (audit, 10);
  g_assert_cmpint (zt_audit_retain (audit, 0, 6, &error), ==, 4);
  attack (home, "UPDATE checkpoints SET seq = 7, hash = (SELECT hash FROM records WHERE seq = 7);"
                "DELETE FROM records WHERE seq <= 7");
  g_assert_true (zt_audit_verify (audit, &v, &error));
  g_assert_false (v.ok);
  g_assert_cmpint (v.problem_seq, ==, 7);
  g_assert_nonnull (strstr (v.problem, "signature"));
  zt_audit_verdict_clear (&v);

  /* a checkpoint made up whole */
  attack (home, "INSERT INTO checkpoints (seq, hash, time_us, signature) VALUES (9, 'ab', 1, 'AAAA')");
  g_assert_true (zt_audit_verify (audit, &v, &error));
  g_assert_false (v.ok);
  g_assert_cmpint (v.problem_seq, ==, 9);
  zt_audit_verdict_clear (&v);
  g_clear_object (&audit);
  remove_home (home);
}

static void
test_redaction (void)
{
  g_autoptr(JsonNode) args = json_from_string (
    "{\"path\": \"/docs/a.md\", \"token\": \"abc\", \"nested\": {\"api_key\": \"x\", \"Password\": \"hunter2\","
    " \"list\": [\"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlq\", \"short\"]},"
    " \"Authorization\": \"Bearer t\", \"cookie\": \"c=1\", \"client_secret\": \"s\","
    " \"text\": \"a sentence, not opaque\", \"n\": 3}", NULL);
  g_autoptr(JsonNode) looks = json_from_string (
    "{\"file\": \"/home/alice/projects/docs/design-notes.md\", \"sha\": \"a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8\"}", NULL);
  g_autofree char *looks_preview = zt_audit_preview (looks);
  g_autofree char *preview = zt_audit_preview (args);
  g_autofree char *long_preview = NULL;
  g_autoptr(JsonNode) big = NULL;
  g_autoptr(GString) text = g_string_new ("{\"text\": \"");

  /* the secrets, by name or by look, are gone; the rest stays */
  static const char *gone[] = { "\"abc\"", "hunter2", "QUJDREVG", "Bearer", "c=1", "\"s\"" };
  static const char *kept[] = { "\"path\":\"/docs/a.md\"", "\"short\"", "a sentence, not opaque", "\"n\":3",
                                "\"token\":\"[redacted]\"", "\"api_key\":\"[redacted]\"" };

  g_assert_nonnull (preview);
  g_test_message ("preview: %s", preview);
  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    if (strstr (preview, gone[i]) != NULL)
      g_error ("%s is in the preview %s", gone[i], preview);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    if (strstr (preview, kept[i]) == NULL)
      g_error ("%s is not in the preview %s", kept[i], preview);
  /* an absolute path is kept; a long hex string with digits is not */
  g_assert_cmpstr (looks_preview, ==, "{\"file\":\"/home/alice/projects/docs/design-notes.md\",\"sha\":\"[redacted]\"}");

  for (guint i = 0; i < 100; i++)
    g_string_append (text, "word é ");
  g_string_append (text, "\"}");
  big = json_from_string (text->str, NULL);
  long_preview = zt_audit_preview (big);
  g_assert_cmpint (g_utf8_strlen (long_preview, -1), ==, 256);
  g_assert_true (g_str_has_suffix (long_preview, "…"));

  /* the hash is over canonical JSON: the members' order does not change it */
  {
    g_autoptr(JsonNode) a = json_from_string ("{\"b\": 1, \"a\": [true, null, \"x\"]}", NULL);
    g_autoptr(JsonNode) b = json_from_string ("{\"a\": [true, null, \"x\"], \"b\": 1}", NULL);
    g_autofree char *ca = zt_audit_canonical_json (a);
    g_autofree char *cb = zt_audit_canonical_json (b);

    g_assert_cmpstr (ca, ==, "{\"a\":[true,null,\"x\"],\"b\":1}");
    g_assert_cmpstr (ca, ==, cb);
  }
}

/* What a client or a peer names (a method, a tool) and a reason that quotes it are stored
 * bounded: 100 000-character names and a million-character reason make a record of a few
 * KiB, which still verifies. */
static void
test_bounded (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) name = g_string_new (NULL), reason = g_string_new ("refused: ");
  g_autofree char *path = g_build_filename (home, "audit.db", NULL);
  ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;
  sqlite3 *db = NULL;
  sqlite3_stmt *st = NULL;

  g_assert_nonnull (audit);
  for (guint i = 0; i < 50000; i++)
    g_string_append (name, "é1");
  for (guint i = 0; i < 100000; i++)
    g_string_append (reason, "0123456789");
  e.side = "exporter";
  e.subject = "spiffe://m/user/alice/endpoint/lap";
  e.service = "files";
  e.method = name->str;
  e.tool = name->str;
  e.decision = "deny";
  e.rule = "schema";
  e.reason = reason->str;
  g_assert_cmpint (zt_audit_append (audit, &e, &error), ==, 1);
  g_assert_no_error (error);
  assert_verifies (audit, 1, 0);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT method, tool, reason FROM records", -1, &st, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
  for (int i = 0; i < 3; i++)
    {
      const char *text = (const char *) sqlite3_column_text (st, i);

      g_test_message ("column %d: %zu bytes", i, strlen (text));
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_cmpint (g_utf8_strlen (text, -1), <=, i < 2 ? 256 : 1024);
      g_assert_true (g_str_has_suffix (text, "…"));
    }
  g_assert_true (g_str_has_prefix ((const char *) sqlite3_column_text (st, 1), "é1é1"));
  sqlite3_finalize (st);
  sqlite3_close (db);
  g_clear_object (&audit);
  remove_home (home);
}

static gboolean
bytes_contain (const char *bytes,
               gsize       len,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (bytes + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Secrets in the arguments of a call (under names that do not look secret), in a reason and
 * in an administrator's detail never reach the database: every byte of audit.db and its WAL
 * is searched. */
static void
test_secrets_never_stored (void)
{
  static const char *secrets[] = {
    "AKIAIOSFODNN7EXAMPLE",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMx",
    "4111 1111 1111 1111",
    "ghp_R8x2kLq9ZtW4mNp7YvB3cD6fG1hJ0sA5eU2o",
    "Tr0ub4dor",
  };
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *args_text = g_strdup_printf (
    "{\"message\": \"deploy with %s and -----BEGIN RSA PRIVATE KEY-----\\n%s\\n-----END RSA PRIVATE KEY-----\","
    " \"note\": \"card %s, token %s\", \"list\": [\"%s\"], \"cfg\": \"DB_PASSWORD=%s&x\"}",
    secrets[0], secrets[2], secrets[3], secrets[4], secrets[1], secrets[5]);
  g_autoptr(JsonNode) args = json_from_string (args_text, &error);
  g_autofree char *reason = g_strdup_printf ("the server said: bad key %s", secrets[0]);
  g_autofree char *detail_text = g_strdup_printf ("{\"grant\": \"g-1\", \"note\": \"see %s\"}", secrets[1]);
  g_autoptr(JsonNode) detail = json_from_string (detail_text, NULL);
  ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;
  const char *files[] = { "audit.db", "audit.db-wal" };

  g_assert_no_error (error);
  e.side = "importer";
  e.subject = "local";
  e.service = "files";
  e.method = "tools/call";
  e.tool = "echo";
  e.args = args;
  e.decision = "deny";
  e.rule = "schema:input";
  e.reason = reason;
  e.status = "error";
  g_assert_cmpint (zt_audit_append (audit, &e, &error), >, 0);
  g_assert_no_error (error);
  zt_audit_record_admin (audit, "local", "policy.grant.add", detail);
  {
    /* the spool holds what an answer waited for: redacted as audit.db is */
    g_autofree char *path = g_build_filename (home, "audit.spool", NULL);
    g_autofree char *bytes = NULL;
    gsize len = 0;

    g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
    g_assert_true (bytes_contain (bytes, len, "[REDACTED:"));
    for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
      if (bytes_contain (bytes, len, secrets[i]))
        g_error ("audit.spool holds %s", secrets[i]);
  }
  g_clear_object (&audit);  /* drains the queue, closes the database */

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_build_filename (home, files[f], NULL);
      g_autofree char *bytes = NULL;
      gsize len = 0;

      if (!g_file_get_contents (path, &bytes, &len, NULL))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
        if (bytes_contain (bytes, len, secrets[i]))
          g_error ("%s holds %s", files[f], secrets[i]);
      /* and the record is there, redacted */
      if (f == 0)
        g_assert_true (bytes_contain (bytes, len, "[REDACTED:"));
    }
}

/* The audit filter in a chain, behind a filter that denies some calls: one record per
 * request, with the status of its answer, the denial and its rule, the cancellation. */
static ZtMessage *
message (const char *text)
{
  ZtMessage *m = zt_message_parse (text, strlen (text), NULL, NULL);

  g_assert_nonnull (m);
  return m;
}

static void
done_cb (ZtMessage       *m,
         const ZtVerdict *denial,
         gpointer         user_data)
{
  (*(guint *) user_data)++;
}

static void
submit (ZtFilterChain *chain,
        ZtSubject     *subject,
        ZtDirection    direction,
        ZtMessage     *m,
        ZtMessage     *request)
{
  ZtFilterContext c = { "s1", subject, "files", ZT_SIDE_IMPORTER, direction,
                        direction == ZT_DIRECTION_TO_SERVER ? ZT_ORIGIN_CLIENT : ZT_ORIGIN_SERVER, m, request };
  guint done = 0;

  zt_filter_chain_submit (chain, &c, done_cb, &done);
  /* an answer goes on once the writer thread has committed its record */
  while (done < 1)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_filter (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(ZtAuditFilter) filter = zt_audit_filter_new (audit);
  static const char rules[] = "{\"rules\": [{\"tool\": \"bad\", \"direction\": \"to_server\", \"action\": \"deny\"}]}";
  g_autoptr(ZtTestFilter) deny = zt_test_filter_new_from_data (rules, strlen (rules), NULL);
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(ZtSubject) subject = zt_subject_new_local ();
  static const struct { const char *tool, *answer, *status, *decision; } calls[] = {
    { "ok", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"content\":[]}}", "ok", "allow" },
    { "err", "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32000,\"message\":\"no\"}}", "error", "allow" },
    { "tool", "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"content\":[],\"isError\":true}}", "tool-error", "allow" },
    { "odd", "{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{\"content\":[],\"isError\":{\"x\":1}}}", "ok", "allow" },
    { "bad", NULL, "error", "deny" },
    { "hang", NULL, "cancelled", "allow" },
  };
  g_autoptr(JsonArray) records = NULL;
  ZtAuditQuery q = { 0 };
  gint64 total = 0;

  zt_filter_chain_append (chain, ZT_FILTER (deny));
  zt_filter_chain_append (chain, ZT_FILTER (filter));
  zt_audit_filter_watch (filter, chain);
  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":%u,\"method\":\"tools/call\","
                                               "\"params\":{\"name\":\"%s\",\"arguments\":{}}}", i + 1, calls[i].tool);
      g_autoptr(ZtMessage) request = message (text);

      submit (chain, subject, ZT_DIRECTION_TO_SERVER, request, NULL);
      if (calls[i].answer != NULL)
        {
          g_autoptr(ZtMessage) answer = message (calls[i].answer);
          submit (chain, subject, ZT_DIRECTION_TO_CLIENT, answer, request);
        }
    }
  zt_audit_filter_session_closed (filter, "s1");
  zt_audit_flush (audit);  /* the denial and the cancellation are queued, nothing waits for them */

  q.ascending = TRUE;
  records = zt_audit_query (audit, &q, &total, NULL);
  g_assert_cmpint (total, ==, G_N_ELEMENTS (calls));
  for (guint i = 0; i < G_N_ELEMENTS (calls); i++)
    {
      JsonObject *r = json_array_get_object_element (records, i);

      g_assert_cmpstr (json_object_get_string_member (r, "tool"), ==, calls[i].tool);
      g_assert_cmpstr (json_object_get_string_member (r, "status"), ==, calls[i].status);
      g_assert_cmpstr (json_object_get_string_member (r, "decision"), ==, calls[i].decision);
      g_assert_cmpstr (json_object_get_string_member (r, "session"), ==, "s1");
    }
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (records, 4), "rule"), ==, "test-filter");
  g_clear_object (&filter);
  g_clear_object (&chain);
  g_clear_object (&audit);
  remove_home (home);
}

/* Answers that arrive while other requests are in flight wait for one group commit. */
static void
test_filter_group (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(ZtAuditFilter) filter = zt_audit_filter_new (audit);
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(ZtSubject) subject = zt_subject_new_local ();
  g_autoptr(GPtrArray) requests = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_message_unref);
  ZtFilterContext c = { "s2", subject, "files", ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_CLIENT, NULL, NULL };
  guint done = 0;
  ZtAuditVerdict v;

  zt_filter_chain_append (chain, ZT_FILTER (filter));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":%u,\"method\":\"tools/call\","
                                               "\"params\":{\"name\":\"t\"}}", i + 1);

      c.message = message (text);
      g_ptr_array_add (requests, c.message);
      zt_filter_chain_submit (chain, &c, done_cb, &done);
    }
  g_assert_cmpuint (done, ==, 3);
  done = 0;
  c.direction = ZT_DIRECTION_TO_CLIENT;
  c.origin = ZT_ORIGIN_SERVER;
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":%u,\"result\":{}}", i + 1);
      g_autoptr(ZtMessage) answer = message (text);

      c.message = answer;
      c.request = g_ptr_array_index (requests, i);
      zt_filter_chain_submit (chain, &c, done_cb, &done);
    }
  /* their records are in the spool before the answers go on */
  g_assert_cmpuint (done, ==, 3);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 3);
  g_assert_true (zt_audit_verify (audit, &v, NULL));
  g_assert_true (v.ok);
  g_assert_cmpint (v.checked, ==, 3);
  zt_audit_verdict_clear (&v);
  g_clear_object (&chain);
  g_clear_object (&filter);
  g_clear_object (&audit);
  remove_home (home);
}

typedef struct {
  guint  n;
  gint64 last;
  gint64 appended;
} Counts;

static void
count_done (gint64        seq,
            const GError *error,
            gpointer      user_data)
{
  Counts *c = user_data;

  g_assert_no_error ((GError *) error);
  g_assert_cmpint (seq, ==, c->last + 1);  /* in submission order */
  c->last = seq;
  c->n++;
}

static void
appended_cb (ZtAudit *audit,
             gint64   seq,
             Counts  *c)
{
  g_assert_cmpint (seq, >, c->appended);
  c->appended = seq;
}

/* Records queued while the writer thread commits others, their callbacks called in order in
 * the main context meanwhile; queries, stats and verify on the main thread see every record
 * queued before them (they wait for it), the chain whole; so does retention. */
static void
test_concurrent (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  Counts c = { 0 };
  guint rounds = 0;

  g_signal_connect (audit, "appended", G_CALLBACK (appended_cb), &c);
  for (guint i = 0; i < 40; i++)
    {
      ZtAuditQuery q = { 0 };
      g_autoptr(JsonArray) newest = NULL;
      g_autoptr(JsonNode) stats = NULL;
      g_autoptr(GError) error = NULL;
      gint64 total = -1, committed;
      ZtAuditVerdict v;

      fill_full (audit, 50, TRUE, count_done, &c);
      committed = zt_audit_get_last_seq (audit);
      newest = zt_audit_query (audit, &q, &total, &error);
      g_assert_no_error (error);
      g_assert_cmpint (committed, <=, (i + 1) * 50);
      g_assert_cmpint (total, ==, (i + 1) * 50);
      if (total > 0)
        g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (newest, 0), "seq"), ==, total);
      stats = zt_audit_stats (audit, 0, 0, 3600, &error);
      g_assert_no_error (error);
      g_assert_true (zt_audit_verify (audit, &v, &error));
      g_assert_no_error (error);
      if (!v.ok)
        g_error ("does not verify while writing, at %" G_GINT64_FORMAT ": %s", v.problem_seq, v.problem);
      g_assert_cmpint (v.checked, ==, (i + 1) * 50);
      rounds += committed < (i + 1) * 50;  /* records were still queued when the query came */
      zt_audit_verdict_clear (&v);
      g_main_context_iteration (NULL, FALSE);
    }
  g_test_message ("%u of 40 queries came with records still queued", rounds);
  while (c.n < 2000)
    g_main_context_iteration (NULL, TRUE);
  while (c.appended < 2000)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 2000);
  assert_verifies (audit, 2000, 0);
  /* retention while records are queued: serialized with the writer */
  fill_full (audit, 100, TRUE, count_done, &c);
  g_assert_cmpint (zt_audit_retain (audit, 0, 1000, NULL), >=, 1000);
  zt_audit_flush (audit);
  while (c.n < 2100)
    g_main_context_iteration (NULL, TRUE);
  {
    ZtAuditVerdict v;

    g_assert_true (zt_audit_verify (audit, &v, NULL));
    g_assert_true (v.ok);
    g_assert_cmpuint (v.checkpoints, ==, 1);
    zt_audit_verdict_clear (&v);
  }
  g_clear_object (&audit);
  remove_home (home);
}

/* Unreffing the log drains the queue: every record queued is written, and the callbacks
 * still waiting are called, before the writer thread is joined. */
static void
test_shutdown (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(GError) error = NULL;
  Counts c = { 0 };

  fill_full (audit, 500, TRUE, count_done, &c);
  fill_full (audit, 500, TRUE, NULL, NULL);
  g_clear_object (&audit);
  g_assert_cmpuint (c.n, ==, 500);
  audit = zt_audit_open (home, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 1000);
  assert_verifies (audit, 1000, 0);
  g_clear_object (&audit);
  remove_home (home);
}

/* A call record of a fixed size */
static ZtAuditEntry
small_entry (gint64 latency)
{
  ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;

  e.side = "importer";
  e.subject = "local";
  e.service = "files";
  e.method = "tools/call";
  e.tool = "echo";
  e.decision = "allow";
  e.status = "ok";
  e.latency_us = latency;
  return e;
}

/* A process that dies right after its answers went on (records in the spool, most not yet in
 * audit.db: the writer gathers for 5 ms) loses none of them: the next open writes them to
 * audit.db, in order (4 096 at a time), the chain whole. The child is this test binary, ended by _exit (as a
 * kill would: no finalizer, no drain). */
static void
test_spool_crash (void)
{
  g_autofree char *home = NULL;
  g_autoptr(ZtAudit) audit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spool = NULL;
  g_autofree char *bytes = NULL;
  gsize len = 0;

  if (g_test_subprocess ())
    {
      home = g_strdup (g_getenv ("ZT_AUDIT_CRASH_HOME"));
      audit = zt_audit_open (home, &error);
      g_assert_no_error (error);
      fill_full (audit, 20, FALSE, NULL, NULL);  /* these wait for audit.db */
      for (guint i = 0; i < 4500; i++)
        {
          ZtAuditEntry e = small_entry (i);

          g_assert_cmpint (zt_audit_append_now (audit, &e, &error), ==, 21 + i);
        }
      _exit (0);
    }
  home = make_home ();
  g_setenv ("ZT_AUDIT_CRASH_HOME", home, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  spool = g_build_filename (home, "audit.spool", NULL);
  g_assert_true (g_file_get_contents (spool, &bytes, &len, NULL));
  g_assert_cmpuint (len, >, 0);  /* the child left records there */
  audit = zt_audit_open (home, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 4520);
  {
    ZtAuditQuery q = { 0 };
    g_autoptr(JsonArray) rows = NULL;
    gint64 total = 0;
    ZtAuditVerdict v;

    q.limit = 1;
    rows = zt_audit_query (audit, &q, &total, &error);
    g_assert_no_error (error);
    g_assert_cmpint (total, ==, 4520);
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, 0), "latency_us"), ==, 4499);
    g_assert_true (zt_audit_verify (audit, &v, &error));
    g_assert_true (v.ok);
    g_assert_cmpint (v.checked, ==, 4520);
    zt_audit_verdict_clear (&v);
  }
  g_clear_pointer (&bytes, g_free);
  g_assert_true (g_file_get_contents (spool, &bytes, &len, NULL));
  g_assert_cmpuint (len, ==, 0);  /* moved, and the spool started again */
  fill_full (audit, 2, FALSE, NULL, NULL);  /* the chain goes on */
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 4522);
  g_clear_object (&audit);
  remove_home (home);
}

/* The disk refuses a record (here: a file size limit, as a full disk would): the record is
 * refused with a reason, takes no seq, and leaves no part of itself in the spool; the next
 * records go on once the disk takes them, and a crash then loses none of them. */
static void
test_spool_full (void)
{
  g_autofree char *home = NULL;
  g_autoptr(ZtAudit) audit = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      struct rlimit was, small;
      gint64 seq = 0, last = 0;
      guint i;

      home = g_strdup (g_getenv ("ZT_AUDIT_FULL_HOME"));
      audit = zt_audit_open (home, &error);
      g_assert_no_error (error);
      /* the writer thread may meet the limit too (audit.db's WAL grows): it warns, keeps the
       * batch and tries again; that warning is expected here */
      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &was), ==, 0);
      small = was;
      /* not a multiple of a record's size (125 bytes here): the record that meets the limit
       * is written in part, and that part must be taken back */
      small.rlim_cur = 4050;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
      for (i = 0; i < 1000; i++)
        {
          ZtAuditEntry e = small_entry (i);

          if ((seq = zt_audit_append_now (audit, &e, &error)) == 0)
            break;
          g_assert_cmpint (seq, ==, last + 1);
          last = seq;
        }
      g_assert_cmpint (seq, ==, 0);
      g_assert_cmpuint (i, >, 3);
      g_assert_nonnull (strstr (error->message, "audit.spool"));
      g_clear_error (&error);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &was), ==, 0);
      {
        ZtAuditEntry e = small_entry (7777);

        /* the refused one took no seq */
        g_assert_cmpint (zt_audit_append_now (audit, &e, &error), ==, last + 1);
      }
      {
        g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, last + 1);
        g_autofree char *path = g_build_filename (home, "spooled", NULL);

        g_assert_true (g_file_set_contents (path, count, -1, NULL));
      }
      _exit (0);
    }
  home = make_home ();
  g_setenv ("ZT_AUDIT_FULL_HOME", home, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  {
    g_autofree char *path = g_build_filename (home, "spooled", NULL);
    g_autofree char *count = NULL;
    gint64 spooled;
    ZtAuditVerdict v;

    g_assert_true (g_file_get_contents (path, &count, NULL, NULL));
    spooled = g_ascii_strtoll (count, NULL, 10);
    g_assert_cmpint (spooled, >, 4);
    g_unlink (path);
    audit = zt_audit_open (home, &error);  /* no part of a record in the spool: it opens */
    g_assert_no_error (error);
    g_assert_cmpint (zt_audit_get_last_seq (audit), ==, spooled);
    g_assert_true (zt_audit_verify (audit, &v, &error));
    g_assert_true (v.ok);
    g_assert_cmpint (v.checked, ==, spooled);
    zt_audit_verdict_clear (&v);
  }
  g_clear_object (&audit);
  remove_home (home);
}

/* audit.db held by another process (a writer lock): records pile up in the spool until 16 384
 * wait, then new ones are refused with the reason (their answers would be refused: fail
 * closed); once audit.db is free again, records are taken again and none of those accepted is
 * lost. In a child: the writer may warn that its batch waits, which is expected here. */
static void
test_spool_backlog (void)
{
  g_autofree char *home = NULL;
  g_autoptr(ZtAudit) audit = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      g_autofree char *path = NULL;
      sqlite3 *db = NULL;
      gint64 seq = 0, last = 0;
      guint i;

      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL);
      home = make_home ();
      path = g_build_filename (home, "audit.db", NULL);
      audit = zt_audit_open (home, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
      for (i = 0; i < 40000; i++)
        {
          ZtAuditEntry e = small_entry (i);

          if ((seq = zt_audit_append_now (audit, &e, &error)) == 0)
            break;
          last = seq;
        }
      g_assert_cmpint (seq, ==, 0);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_LIMIT);
      g_assert_nonnull (strstr (error->message, "not yet in audit.db"));
      g_assert_cmpint (last, >=, 16384);
      g_clear_error (&error);
      /* free again: what was accepted is written, and new records are taken */
      g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      while (zt_audit_get_last_seq (audit) == last)
        {
          ZtAuditEntry e = small_entry (1);

          zt_audit_flush (audit);
          if (zt_audit_append_now (audit, &e, NULL) == 0)
            g_usleep (100 * 1000);  /* the writer retries a failed batch after a second */
        }
      g_assert_cmpint (zt_audit_get_last_seq (audit), ==, last + 1);
      {
        ZtAuditVerdict v;

        zt_audit_flush (audit);
        g_assert_true (zt_audit_verify (audit, &v, &error));
        g_assert_true (v.ok);
        g_assert_cmpint (v.checked, ==, last + 1);
        zt_audit_verdict_clear (&v);
      }
      g_clear_object (&audit);
      remove_home (home);
      return;
    }
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* One process at a time: a second open of the same home is refused, and says why. */
static void
test_spool_locked (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(ZtAudit) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (audit);
  second = zt_audit_open (home, &error);
  g_assert_null (second);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "is in use by another process: another agent runs on this home"));
  g_clear_error (&error);
  g_clear_object (&audit);
  second = zt_audit_open (home, &error);
  g_assert_no_error (error);
  g_clear_object (&second);
  remove_home (home);
}

static void
spool_record (GString    *out,
              gint64      seq,
              const char *tool)
{
  gboolean set[18] = { FALSE };
  const char *text[18] = { NULL };
  gint64 num[18] = { 0 };

  set[0] = TRUE;
  num[0] = 1700000000000000 + seq;   /* time_us */
  set[2] = TRUE;
  text[2] = "call";                  /* kind */
  set[8] = TRUE;
  text[8] = tool;                    /* tool */
  zt_audit_spool_encode (out, seq, 18, set, text, num);
}

static void
write_spool (const char *home,
             GString    *bytes)
{
  g_autofree char *path = g_build_filename (home, "audit.spool", NULL);

  g_assert_true (g_file_set_contents (path, bytes->str, (gssize) bytes->len, NULL));
}

/* What a spool may hold after a crash, and what it must not: records audit.db has already
 * (skipped), a torn last record (dropped), a damaged record or a gap (the log does not open,
 * and says what to do; nothing is written). */
static void
test_spool_damaged (void)
{
  g_autofree char *home = make_home ();
  g_autoptr(ZtAudit) audit = zt_audit_open (home, NULL);
  g_autoptr(GString) bytes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  fill_full (audit, 3, FALSE, NULL, NULL);
  g_clear_object (&audit);

  /* 2 and 3 are in audit.db; 4 and 5 are not; then half of 6 */
  for (gint64 seq = 2; seq <= 6; seq++)
    spool_record (bytes, seq, "from-the-spool");
  g_string_truncate (bytes, bytes->len - 7);
  write_spool (home, bytes);
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*the last 61 bytes are not a whole record*");
  audit = zt_audit_open (home, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, 5);
  assert_verifies (audit, 5, 0);
  g_clear_object (&audit);

  /* a gap: 7 is missing */
  g_string_truncate (bytes, 0);
  spool_record (bytes, 8, "after-a-gap");
  write_spool (home, bytes);
  audit = zt_audit_open (home, &error);
  g_assert_null (audit);
  g_assert_nonnull (strstr (error->message, "disagree"));
  g_clear_error (&error);

  /* a damaged record: its text is not UTF-8 */
  g_string_truncate (bytes, 0);
  spool_record (bytes, 6, "cafX");
  {
    gsize at = 0;

    while (at + 4 <= bytes->len && memcmp (bytes->str + at, "cafX", 4) != 0)
      at++;
    g_assert_cmpuint (at + 4, <=, bytes->len);
    bytes->str[at + 3] = (char) 0xff;
  }
  write_spool (home, bytes);
  audit = zt_audit_open (home, &error);
  g_assert_null (audit);
  g_assert_nonnull (strstr (error->message, "is damaged at byte 0"));
  g_assert_nonnull (strstr (error->message, "move it aside"));
  g_clear_error (&error);

  /* moved aside, as the message says: the log opens with the five records */
  {
    g_autofree char *path = g_build_filename (home, "audit.spool", NULL);
    g_autofree char *aside = g_build_filename (home, "audit.spool.damaged", NULL);

    g_assert_cmpint (g_rename (path, aside), ==, 0);
  }
  audit = zt_audit_open (home, &error);
  g_assert_no_error (error);
  assert_verifies (audit, 5, 0);
  g_clear_object (&audit);
  remove_home (home);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/audit/chain", test_chain);
  for (guint i = 0; i < G_N_ELEMENTS (tampers); i++)
    {
      g_autofree char *path = g_strdup_printf ("/audit/tamper/%s", tampers[i].name);
      g_test_add_data_func (path, &tampers[i], test_tamper);
    }
  g_test_add_func ("/audit/retention", test_retention);
  g_test_add_func ("/audit/redaction", test_redaction);
  g_test_add_func ("/audit/bounded", test_bounded);
  g_test_add_func ("/audit/secrets-never-stored", test_secrets_never_stored);
  g_test_add_func ("/audit/filter", test_filter);
  g_test_add_func ("/audit/filter/group", test_filter_group);
  g_test_add_func ("/audit/concurrent", test_concurrent);
  g_test_add_func ("/audit/shutdown", test_shutdown);
  g_test_add_func ("/audit/spool/crash", test_spool_crash);
  g_test_add_func ("/audit/spool/locked", test_spool_locked);
  g_test_add_func ("/audit/spool/full", test_spool_full);
  g_test_add_func ("/audit/spool/backlog", test_spool_backlog);
  g_test_add_func ("/audit/spool/damaged", test_spool_damaged);
  return g_test_run ();
}
