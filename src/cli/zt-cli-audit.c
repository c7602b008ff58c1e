/* zt-cli-audit.c: `zt4mcp audit`: read, follow, export and verify the agent's audit log */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-unix.h>
#include <stdio.h>
#include <string.h>

#include "zt-audit.h"
#include "zt-cli.h"
#include "zt-core.h"
#include "zt-hub.h"

#define PAGE 1000

typedef struct {
  char    *home;
  gboolean json;
  char    *since, *until, *subject, *service, *tool, *decision, *output;
  int      limit;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->home);
  g_free (o->since);
  g_free (o->until);
  g_free (o->subject);
  g_free (o->service);
  g_free (o->tool);
  g_free (o->decision);
  g_free (o->output);
}

static int
fail (const char *verb,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static int
fail (const char *verb,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  zt_cli_error_valist (verb, format, args);
  va_end (args);
  return 2;
}

/* TIME (unix seconds or ISO 8601, local time unless it says) or DURATION (that long ago). */
static gboolean
parse_when (const char  *text,
            gint64      *seconds,
            GError     **error)
{
  g_autoptr(GDateTime) d = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  gint64 ago;
  char *end = NULL;
  gint64 n;

  if (text == NULL)
    return TRUE;
  n = g_ascii_strtoll (text, &end, 10);
  if (end != text && *end == '\0' && n > 1000000000)
    {
      *seconds = n;
      return TRUE;
    }
  if ((d = g_date_time_new_from_iso8601 (text, tz)) != NULL)
    {
      *seconds = g_date_time_to_unix (d);
      return TRUE;
    }
  if (zt_parse_duration (text, &ago, NULL))
    {
      *seconds = g_get_real_time () / G_USEC_PER_SEC - ago;
      return TRUE;
    }
  g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\" is neither a time (2026-12-02T10:00, or unix "
               "seconds) nor a duration (30m, 2h, 7d)", text);
  return FALSE;
}

static void
append_param (GString    *path,
              const char *name,
              const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL)
    return;
  escaped = g_uri_escape_string (value, NULL, TRUE);
  g_string_append_printf (path, "%c%s=%s", strchr (path->str, '?') ? '&' : '?', name, escaped);
}

/* /audit?... from the filters; FALSE with @error when a time is wrong. */
static GString *
query_path (const char     *base,
            const Options  *o,
            GError        **error)
{
  GString *path = g_string_new (base);
  gint64 since = 0, until = 0;

  if (!parse_when (o->since, &since, error) || !parse_when (o->until, &until, error))
    {
      g_string_free (path, TRUE);
      return NULL;
    }
  if (since > 0)
    g_string_append_printf (path, "%csince=%" G_GINT64_FORMAT, strchr (path->str, '?') ? '&' : '?', since);
  if (until > 0)
    g_string_append_printf (path, "%cuntil=%" G_GINT64_FORMAT, strchr (path->str, '?') ? '&' : '?', until);
  append_param (path, "subject", o->subject);
  append_param (path, "service", o->service);
  append_param (path, "tool", o->tool);
  append_param (path, "decision", o->decision);
  return path;
}

static JsonNode *
call (const char  *home,
      const char  *path,
      GError     **error)
{
  ZtCliApi api = { 0 };
  JsonNode *reply;
  guint status = 0;

  if (!zt_cli_api_load (&api, home, error))
    return NULL;
  reply = zt_cli_api_call (&api, "GET", path, NULL, &status, error);
  zt_cli_api_clear (&api);
  if (reply != NULL && status != 200)
    {
      JsonObject *err = JSON_NODE_HOLDS_OBJECT (reply)
                        ? json_object_get_object_member (json_node_get_object (reply), "error") : NULL;

      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "%s (HTTP %u)",
                   err ? json_object_get_string_member_with_default (err, "message", "?") : "the agent refused", status);
      g_clear_pointer (&reply, json_node_unref);
    }
  return reply;
}

static const char *
text_of (JsonObject *r,
         const char *name)
{
  JsonNode *n = json_object_get_member (r, name);

  return n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
         ? json_node_get_string (n) : "-";
}

static void
print_row (JsonObject *r)
{
  gint64 t = json_object_get_int_member_with_default (r, "time_us", 0);
  g_autoptr(GDateTime) d = g_date_time_new_from_unix_local (t / G_USEC_PER_SEC);
  g_autofree char *when = g_date_time_format (d, "%Y-%m-%d %H:%M:%S");
  JsonNode *lat = json_object_get_member (r, "latency_us");
  g_autofree char *latency = lat && !JSON_NODE_HOLDS_NULL (lat)
                             ? g_strdup_printf ("%.1fms", (double) json_node_get_int (lat) / 1000.0) : g_strdup ("-");
  const char *rule = text_of (r, "rule");

  g_print ("%6" G_GINT64_FORMAT "  %s  %-8s %-7s %-5s %-10s %-28.28s %-14.14s %-20.20s %8s  %s\n",
           json_object_get_int_member_with_default (r, "seq", 0), when, text_of (r, "side"), text_of (r, "kind"),
           text_of (r, "decision"), text_of (r, "status"), text_of (r, "subject"), text_of (r, "service"),
           strcmp (text_of (r, "tool"), "-") != 0 ? text_of (r, "tool") : text_of (r, "method"),
           latency, rule);
}

static void
print_header (void)
{
  g_print ("%6s  %-19s  %-8s %-7s %-5s %-10s %-28s %-14s %-20s %8s  %s\n", "SEQ", "TIME", "SIDE", "KIND",
           "DEC", "STATUS", "SUBJECT", "SERVICE", "TOOL", "LATENCY", "RULE");
}

static void
print_line (JsonNode *record)
{
  g_autofree char *text = zt_json_to_string (record);
  g_print ("%s\n", text);
}

static int
cmd_list (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) path = query_path ("/audit", o, &error);
  g_autoptr(JsonNode) reply = NULL;
  JsonArray *records;
  guint n;

  if (path == NULL)
    return fail ("audit", "%s", error->message);
  g_string_append_printf (path, "%climit=%d", strchr (path->str, '?') ? '&' : '?', o->limit > 0 ? MIN (o->limit, 1000) : 50);
  if ((reply = call (o->home, path->str, &error)) == NULL)
    return fail ("audit", "%s; is the agent running? (`zt4mcp agent serve`)", error->message);
  if (o->json)
    {
      print_line (reply);
      return 0;
    }
  records = json_object_get_array_member (json_node_get_object (reply), "records");
  n = json_array_get_length (records);
  print_header ();
  /* newest last, like a log */
  for (guint i = n; i > 0; i--)
    print_row (json_array_get_object_element (records, i - 1));
  g_print ("(%u of %" G_GINT64_FORMAT " records; narrow with --since, --subject, --service, --tool, "
           "--decision, or raise --limit)\n", n, json_object_get_int_member (json_node_get_object (reply), "total"));
  return 0;
}

/* Every matching record oldest first, a page at a time, to @func. */
static gboolean
each_record (Options     *o,
             gint64      *after,
             gboolean   (*func) (JsonNode *record, gpointer data),
             gpointer     data,
             GError     **error)
{
  for (;;)
    {
      g_autoptr(GString) path = query_path ("/audit", o, error);
      g_autoptr(JsonNode) reply = NULL;
      JsonArray *records;

      if (path == NULL)
        return FALSE;
      g_string_append_printf (path, "%corder=asc&limit=%d&after_seq=%" G_GINT64_FORMAT,
                              strchr (path->str, '?') ? '&' : '?', PAGE, *after);
      if ((reply = call (o->home, path->str, error)) == NULL)
        return FALSE;
      records = json_object_get_array_member (json_node_get_object (reply), "records");
      for (guint i = 0; i < json_array_get_length (records); i++)
        {
          JsonNode *r = json_array_get_element (records, i);

          *after = json_object_get_int_member (json_node_get_object (r), "seq");
          if (!func (r, data))
            return FALSE;
        }
      if (json_array_get_length (records) < PAGE)
        return TRUE;
    }
}

static gboolean
write_line_cb (JsonNode *record,
               gpointer  data)
{
  g_autofree char *text = zt_json_to_string (record);

  return fprintf (data, "%s\n", text) >= 0;
}

static int
cmd_export (Options *o)
{
  g_autoptr(GError) error = NULL;
  FILE *out = stdout;
  gint64 after = 0;
  gboolean ok;

  if (o->output != NULL && (out = fopen (o->output, "w")) == NULL)
    return fail ("audit export", "cannot write %s: %s", o->output, g_strerror (errno));
  ok = each_record (o, &after, write_line_cb, out, &error);
  if (out != stdout && fclose (out) != 0 && ok)
    return fail ("audit export", "cannot write %s", o->output);
  if (!ok)
    return fail ("audit export", "%s; is the agent running? (`zt4mcp agent serve`)",
                 error ? error->message : "cannot write the output");
  return 0;
}

static gboolean
print_record_cb (JsonNode *record,
                 gpointer  data)
{
  Options *o = data;

  if (o->json)
    print_line (record);
  else
    print_row (json_node_get_object (record));
  return TRUE;
}

static gboolean
tail_cb (gpointer data)
{
  Options *o = data;
  static gint64 after = -1;
  g_autoptr(GError) error = NULL;

  if (after < 0)
    {
      /* start at the end: the last record is shown, then what comes */
      g_autoptr(JsonNode) reply = call (o->home, "/audit?limit=1", &error);

      if (reply == NULL)
        {
          g_printerr ("zt4mcp audit tail: %s; is the agent running?\n", error->message);
          exit (2);
        }
      after = MAX (json_object_get_int_member (json_node_get_object (reply), "last_seq") - 1, 0);
      if (!o->json)
        print_header ();
    }
  if (!each_record (o, &after, print_record_cb, o, &error))
    g_printerr ("zt4mcp audit tail: %s (retrying)\n", error->message);
  fflush (stdout);
  return G_SOURCE_CONTINUE;
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static int
cmd_tail (Options *o)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  tail_cb (o);
  g_timeout_add (1000, tail_cb, o);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_main_loop_run (loop);
  return 0;
}

static void
say_verdict (gboolean    ok,
             gint64      checked,
             gint64      checkpoints,
             gint64      seq,
             const char *what,
             gboolean    offline)
{
  if (ok)
    g_print ("audit.db verifies: %" G_GINT64_FORMAT " records chained, from %s%s\n", checked,
             checkpoints > 0 ? "its latest signed checkpoint" : "the first record",
             offline ? " (checked offline: the agent is not running, so rows cut from the end would not show)" : "");
  else
    g_print ("audit.db has been tampered with at seq %" G_GINT64_FORMAT ": %s\n"
             "Keep a copy of it for investigation; `zt4mcp audit export` shows the records around it.\n",
             seq, what);
}

static int
cmd_verify (Options *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) reply = call (o->home, "/audit/verify", &error);
  JsonObject *r, *problem;

  if (reply == NULL)
    {
      /* the agent is not running: read audit.db itself */
      g_autofree char *home = zt_home_resolve (o->home);
      g_autofree char *db = g_build_filename (home, "audit.db", NULL);
      g_autoptr(ZtAudit) audit = NULL;
      g_autoptr(GError) local_error = NULL;
      ZtAuditVerdict v;
      int rc;

      if (!g_file_test (db, G_FILE_TEST_EXISTS))
        return fail ("audit verify", "there is no audit log in %s (and the agent did not answer: %s); "
                     "give the agent's home with --home", home, error->message);
      if ((audit = zt_audit_open (home, &local_error)) == NULL ||
          !zt_audit_verify (audit, &v, &local_error))
        return fail ("audit verify", "%s (and the agent did not answer: %s)", local_error->message, error->message);
      if (o->json)
        {
          g_autoptr(JsonNode) node = zt_audit_verdict_to_json (&v);
          print_line (node);
        }
      else
        say_verdict (v.ok, v.checked, v.checkpoints, v.problem_seq, v.problem, TRUE);
      rc = v.ok ? 0 : 1;
      zt_audit_verdict_clear (&v);
      return rc;
    }
  r = json_node_get_object (reply);
  problem = json_object_get_member (r, "problem") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (r, "problem"))
            ? json_object_get_object_member (r, "problem") : NULL;
  if (o->json)
    print_line (reply);
  else
    say_verdict (json_object_get_boolean_member (r, "ok"), json_object_get_int_member (r, "checked"),
                 json_object_get_int_member (r, "checkpoints"),
                 problem ? json_object_get_int_member (problem, "seq") : 0,
                 problem ? json_object_get_string_member (problem, "what") : NULL, FALSE);
  return json_object_get_boolean_member (r, "ok") ? 0 : 1;
}

int
zt_cli_audit (int    argc,
              char **argv)
{
  Options o = { 0 };
  const GOptionEntry entries[] = {
    { "since", 0, 0, G_OPTION_ARG_STRING, &o.since, "Records from this time (2026-12-02T10:00, unix seconds) or this long ago (30m, 2h, 7d)", "TIME|DURATION" },
    { "until", 0, 0, G_OPTION_ARG_STRING, &o.until, "Records before this time or this long ago", "TIME|DURATION" },
    { "subject", 0, 0, G_OPTION_ARG_STRING, &o.subject, "Who called: client:NAME, local, or a peer's spiffe:// id", "S" },
    { "service", 0, 0, G_OPTION_ARG_STRING, &o.service, "The service", "NAME" },
    { "tool", 0, 0, G_OPTION_ARG_STRING, &o.tool, "The tool (or resource URI, prompt)", "T" },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &o.decision, "allow or deny", "D" },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &o.limit, "How many of the newest records to show (default 50, at most 1000)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, "export: write to FILE instead of standard output", "FILE" },
    { "home", 0, 0, G_OPTION_ARG_FILENAME, &o.home, "Agent home (default: $ZT4MCP_HOME or $XDG_DATA_HOME/zt4mcp)", "DIR" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, "Print JSON for scripts", NULL },
    { NULL }
  };
  /* each verb's --help shows its own options: the verb is found first (skipping the values
   * of options that take one), then only its options are parsed */
  static const struct {
    const char *name, *params, *summary, *options;
  } verbs[] = {
    { NULL, "[FILTERS]", "The audit log: the newest records, as a table (--json: as the API gives them). "
      "Verbs: verify, export, tail (`zt4mcp audit VERB --help`).",
      "since until subject service tool decision limit home json" },
    { "verify", NULL, "Check the audit log's hash chain: exit 0 when intact, 1 when tampered with (says where).",
      "home json" },
    { "export", "[FILTERS]", "Every matching record as JSON Lines, to standard output or -o FILE.",
      "since until subject service tool decision output home" },
    { "tail", "[FILTERS]", "Follow new records as they come (Ctrl-C stops).",
      "subject service tool decision home json" },
  };
  const char *takes_value[] = { "--since", "--until", "--subject", "--service", "--tool", "--decision", "--limit",
                                "--output", "--home", "-n", "-o", NULL };
  guint which = 0;
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GArray) mine = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  g_autofree char *prog = NULL;
  g_autoptr(GError) error = NULL;
  const char *verb;
  int rc;

  for (int i = 1; i < argc; i++)
    {
      if (g_strv_contains (takes_value, argv[i]))
        {
          i++;
          continue;
        }
      if (argv[i][0] == '-')
        continue;
      for (guint v = 1; v < G_N_ELEMENTS (verbs); v++)
        if (strcmp (argv[i], verbs[v].name) == 0)
          which = v;
      break;
    }
  {
    g_auto(GStrv) names = g_strsplit (verbs[which].options, " ", -1);

    for (const GOptionEntry *e = entries; e->long_name; e++)
      if (g_strv_contains ((const char * const *) names, e->long_name))
        g_array_append_val (mine, *e);
  }
  prog = verbs[which].name ? g_strdup_printf ("zt4mcp audit %s", verbs[which].name) : g_strdup ("zt4mcp audit");
  g_set_prgname (prog);
  ctx = g_option_context_new (verbs[which].params);
  g_option_context_set_summary (ctx, verbs[which].summary);
  g_option_context_add_main_entries (ctx, (const GOptionEntry *) mine->data, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      options_clear (&o);
      return fail ("audit", "%s (see `%s --help`)", error->message, prog);
    }
  verb = argc > 1 ? argv[1] : NULL;
  if (o.decision != NULL && strcmp (o.decision, "allow") != 0 && strcmp (o.decision, "deny") != 0)
    rc = fail ("audit", "--decision is allow or deny");
  else if (verb == NULL)
    rc = cmd_list (&o);
  else if (strcmp (verb, "verify") == 0)
    rc = cmd_verify (&o);
  else if (strcmp (verb, "export") == 0)
    rc = cmd_export (&o);
  else if (strcmp (verb, "tail") == 0)
    rc = cmd_tail (&o);
  else
    rc = fail ("audit", "unknown verb \"%s\"; use verify, export or tail, or none to list (see --help)", verb);
  options_clear (&o);
  return rc;
}
