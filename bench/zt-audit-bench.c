/* zt-audit-bench.c: how fast the audit log appends records (waiting for each commit, queued, or spooled as the filter does) and verifies them */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <stdio.h>

#include "zt-audit.h"

static int opt_records = 50000;
static gboolean opt_queued = FALSE;
static gboolean opt_now = FALSE;
static gboolean opt_json = FALSE;

static const GOptionEntry entries[] = {
  { "records", 'n', 0, G_OPTION_ARG_INT, &opt_records, "How many records to append (default 50000)", "N" },
  { "queued", 'q', 0, G_OPTION_ARG_NONE, &opt_queued, "Spool the records with a callback each (zt_audit_submit, as the audit filter does for denials), then wait for the writer thread to commit them all: it commits what gathered in one transaction", NULL },
  { "now", 0, 0, G_OPTION_ARG_NONE, &opt_now, "Write each record to the spool on the calling thread (zt_audit_append_now, as the audit filter does before an answer goes on); the writer thread commits them in batches", NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print JSON", NULL },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) ctx = g_option_context_new ("");
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("zt-audit-bench-XXXXXX", NULL);
  g_autoptr(ZtAudit) audit = NULL;
  g_autoptr(JsonNode) args = json_from_string ("{\"path\": \"/docs/notes/2026/plan.md\", \"mode\": \"r\", "
                                               "\"token\": \"sk-0123456789abcdef0123456789abcdef\"}", NULL);
  ZtAuditVerdict v;
  gint64 t0, t1, t2, t_submit = 0;
  double append_s, verify_s;

  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_summary (ctx, "Appends N typical call records to a fresh audit.db (WAL, synchronous=NORMAL): "
                                "each waiting for its commit, or with --queued all queued then waited for; then "
                                "verifies the chain; prints records/s.");
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || opt_records <= 0 || (opt_queued && opt_now))
    {
      g_printerr ("zt-audit-bench: %s\n", error ? error->message : opt_records <= 0 ? "--records must be positive" : "--queued and --now exclude each other");
      return 2;
    }
  if ((audit = zt_audit_open (home, &error)) == NULL)
    {
      g_printerr ("zt-audit-bench: %s\n", error->message);
      return 1;
    }
  t0 = g_get_monotonic_time ();
  for (int i = 0; i < opt_records; i++)
    {
      ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;

      e.side = "exporter";
      e.subject = "spiffe://bench/user/alice/endpoint/alice-pc";
      e.peer_key = "9f2c4e0d8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c";
      e.service = "files";
      e.session = "8c1e5b7a9d3f2e1c0b4a6d8e7f9a1b2c";
      e.method = "tools/call";
      e.tool = "read_file";
      e.args = args;
      e.decision = "allow";
      e.latency_us = 812;
      e.bytes_in = 120;
      e.bytes_out = 3400;
      e.status = "ok";
      if (opt_queued)
        zt_audit_submit (audit, &e, NULL, NULL);
      else if (opt_now)
        {
          if (zt_audit_append_now (audit, &e, &error) <= 0)
            {
              g_printerr ("zt-audit-bench: %s\n", error ? error->message : "the writer thread was busy");
              return 1;
            }
        }
      else if (zt_audit_append (audit, &e, &error) == 0)
        {
          g_printerr ("zt-audit-bench: %s\n", error->message);
          return 1;
        }
    }
  t_submit = g_get_monotonic_time () - t0;
  zt_audit_flush (audit);
  t1 = g_get_monotonic_time ();
  if (zt_audit_get_last_seq (audit) != opt_records)
    {
      g_printerr ("zt-audit-bench: only %" G_GINT64_FORMAT " records were written\n", zt_audit_get_last_seq (audit));
      return 1;
    }
  if (!zt_audit_verify (audit, &v, &error) || !v.ok)
    {
      g_printerr ("zt-audit-bench: the chain does not verify\n");
      return 1;
    }
  t2 = g_get_monotonic_time ();
  append_s = (double) (t1 - t0) / G_USEC_PER_SEC;
  verify_s = (double) (t2 - t1) / G_USEC_PER_SEC;
  if (opt_json)
    g_print ("{\"records\": %d, \"queued\": %s, \"append_per_s\": %.0f, \"append_us\": %.2f, \"caller_us\": %.2f, "
             "\"verify_per_s\": %.0f}\n", opt_records, opt_queued ? "true" : "false", opt_records / append_s,
             append_s * 1e6 / opt_records, (double) t_submit / opt_records, opt_records / verify_s);
  else
    g_print ("%s: appended %d records in %.2f s: %.0f records/s (%.1f us each; %.1f us of the caller's thread); "
             "verified at %.0f records/s\n", opt_queued ? "queued" : opt_now ? "on the caller's thread" : "one by one", opt_records, append_s,
             opt_records / append_s, append_s * 1e6 / opt_records, (double) t_submit / opt_records, opt_records / verify_s);
  zt_audit_verdict_clear (&v);
  g_clear_object (&audit);
  {
    const char *names[] = { "audit.db", "audit.db-wal", "audit.db-shm", "audit-key.pem" };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *p = g_build_filename (home, names[i], NULL);
        g_unlink (p);
      }
    g_rmdir (home);
  }
  return 0;
}
