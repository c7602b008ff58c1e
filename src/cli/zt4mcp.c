/* zt4mcp.c: the zt4mcp command line: the agent daemon and clients of its REST API */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "zt-cli.h"
#include "zt-core.h"
#include "zt-test-filter.h"
#include "zt-hub.h"
#include "zt-tls.h"

char *opt_home;
gboolean opt_json;

static const GOptionEntry common_entries[] = {
  { "home", 0, 0, G_OPTION_ARG_FILENAME, &opt_home, "Agent home (default: $ZT4MCP_HOME or $XDG_DATA_HOME/zt4mcp)", "DIR" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print JSON for scripts", NULL },
  { NULL }
};

void
die (const char *verb,
     const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  zt_cli_error_valist (verb, format, args);
  va_end (args);
  exit (1);
}

/* Parses options of one verb; exits with usage on --help or bad options. */
void
parse_options (const char        *verb,
               const char        *params,
               const char        *summary,
               const GOptionEntry *entries,
               int               *argc,
               char            ***argv)
{
  g_autoptr(GOptionContext) ctx = g_option_context_new (params);
  g_autoptr(GError) error = NULL;
  g_autofree char *prog = g_strdup_printf ("zt4mcp %s", verb);

  g_set_prgname (prog);
  g_option_context_set_summary (ctx, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_add_main_entries (ctx, common_entries, NULL);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    die (verb, "%s (see --help)", error->message);
}

static const GOptionEntry *
find_entry (const GOptionEntry *entries,
            const char         *arg)
{
  for (const GOptionEntry *e = entries; e && e->long_name; e++)
    if (arg[1] == '-' ? strcmp (arg + 2, e->long_name) == 0 : (arg[1] == e->short_name && arg[2] == '\0'))
      return e;
  return NULL;
}

/* The first argument that is neither an option nor an option's value. */
static int
find_verb (int                 argc,
           char              **argv,
           const GOptionEntry *entries,
           gboolean            common)
{
  for (int i = 1; i < argc; i++)
    {
      const GOptionEntry *e;

      if (strcmp (argv[i], "--") == 0)
        return -1;
      if (argv[i][0] != '-' || argv[i][1] == '\0')
        return i;
      if (strchr (argv[i], '=') != NULL)
        continue;
      e = find_entry (entries, argv[i]);
      if (e == NULL && common)
        e = find_entry (common_entries, argv[i]);
      if (e != NULL && e->arg != G_OPTION_ARG_NONE)
        i++;
    }
  return -1;
}

/* "add/update: the upstream's URL" -> "The upstream's URL": the verb is said already. */
static char *
verb_description (const char *text)
{
  const char *colon = strstr (text, ": ");
  char *out;

  if (colon != NULL && colon - text <= 40)
    {
      const char *p;

      for (p = text; p < colon; p++)
        if (!(g_ascii_islower (*p) || *p == ' ' || *p == ',' || *p == '/' || *p == '-'))
          break;
      if (p == colon)
        text = colon + 2;
    }
  out = g_strdup (text);
  out[0] = g_ascii_toupper (out[0]);
  return out;
}

static void
print_verbs (FILE            *out,
             const char      *command,
             const char      *summary,
             const ZtCliVerb *verbs,
             guint            n_verbs)
{
  fprintf (out, "Usage:\n  zt4mcp %s VERB [OPTIONS]\n\n%s\n\nVerbs:\n", command, summary);
  for (guint i = 0; i < n_verbs; i++)
    fprintf (out, "  %-10s %s\n", verbs[i].name, verbs[i].summary);
  fprintf (out, "\n`zt4mcp %s VERB --help` shows a verb's options.\n", command);
}

const ZtCliVerb *
zt_cli_parse_verb (const char         *command,
                   const char         *summary,
                   const ZtCliVerb    *verbs,
                   guint               n_verbs,
                   const GOptionEntry *entries,
                   gboolean            common,
                   int                *argc,
                   char             ***argv)
{
  int at = find_verb (*argc, *argv, entries, common);
  const ZtCliVerb *verb = NULL;
  g_autofree char *prog = NULL;
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) mine = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) names = NULL;

  if (at < 0)
    {
      for (int i = 1; i < *argc; i++)
        if (strcmp ((*argv)[i], "--help") == 0 || strcmp ((*argv)[i], "-h") == 0)
          {
            print_verbs (stdout, command, summary, verbs, n_verbs);
            exit (0);
          }
      print_verbs (stderr, command, summary, verbs, n_verbs);
      exit (2);
    }
  for (guint i = 0; i < n_verbs && verb == NULL; i++)
    if (strcmp ((*argv)[at], verbs[i].name) == 0)
      verb = &verbs[i];
  if (verb == NULL)
    {
      GString *all = g_string_new (NULL);

      for (guint i = 0; i < n_verbs; i++)
        g_string_append_printf (all, "%s%s", i == 0 ? "" : i + 1 == n_verbs ? " or " : ", ", verbs[i].name);
      die (command, "unknown verb \"%s\"; use %s (see --help)", (*argv)[at], all->str);
    }

  names = g_strsplit (verb->options ? verb->options : "", " ", -1);
  for (const GOptionEntry *e = entries; e && e->long_name; e++)
    if (g_strv_contains ((const char * const *) names, e->long_name))
      {
        GOptionEntry copy = *e;
        char *text = e->description && *e->description ? verb_description (e->description) : NULL;

        if (text != NULL)
          {
            copy.description = text;
            g_ptr_array_add (texts, text);
          }
        g_array_append_val (mine, copy);
      }
  prog = g_strdup_printf ("zt4mcp %s %s", command, verb->name);
  g_set_prgname (prog);
  ctx = g_option_context_new (verb->params);
  g_option_context_set_summary (ctx, verb->summary);
  g_option_context_add_main_entries (ctx, (const GOptionEntry *) mine->data, NULL);
  if (common)
    g_option_context_add_main_entries (ctx, common_entries, NULL);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    die (prog + strlen ("zt4mcp "), "%s (see `%s --help`)", error->message, prog);
  return verb;
}

JsonNode *
call_or_die (const char *verb,
             const char *method,
             const char *path,
             JsonNode   *body,
             guint       expect)
{
  ZtCliApi api = { 0 };
  g_autoptr(GError) error = NULL;
  JsonNode *reply;
  guint status = 0;

  if (!zt_cli_api_load (&api, opt_home, &error))
    die (verb, "%s", error->message);
  reply = zt_cli_api_call (&api, method, path, body, &status, &error);
  zt_cli_api_clear (&api);
  if (reply == NULL)
    die (verb, "%s", error->message);
  if (status != expect)
    {
      const char *message = NULL;

      if (JSON_NODE_HOLDS_OBJECT (reply))
        {
          JsonObject *err = json_object_get_object_member (json_node_get_object (reply), "error");
          if (err != NULL)
            message = json_object_get_string_member_with_default (err, "message", NULL);
        }
      if (opt_json)
        {
          g_autofree char *text = zt_json_to_string_pretty (reply);
          g_print ("%s\n", text);
        }
      die (verb, "%s (HTTP %u)", message ? message : "the agent refused the request", status);
    }
  return reply;
}

void
print_json (JsonNode *node)
{
  g_autofree char *text = zt_json_to_string_pretty (node);
  g_print ("%s\n", text);
}

/* ------------------------------------------------------------------------------------------ */

static GMainLoop *main_loop;

static gboolean
quit_cb (gpointer user_data)
{
  g_message ("stopping");
  g_main_loop_quit (main_loop);
  return G_SOURCE_REMOVE;
}

/* A --*-timeout value: a duration (30s, 5m), or 0 / off for none. */
/* BYTES with an optional K, M or G (powers of 1024) */
gboolean
zt_cli_parse_size (const char  *text,
                   const char  *option,
                   guint64     *size,
                   GError     **error)
{
  char *end = NULL;
  guint64 n;

  if (text == NULL)
    return TRUE;
  n = g_ascii_strtoull (text, &end, 10);
  if (end == text || n > G_MAXUINT32)
    goto bad;
  if (g_ascii_strcasecmp (end, "k") == 0) n <<= 10;
  else if (g_ascii_strcasecmp (end, "m") == 0) n <<= 20;
  else if (g_ascii_strcasecmp (end, "g") == 0) n <<= 30;
  else if (*end != '\0') goto bad;
  *size = n;
  return TRUE;
bad:
  g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "--%s: \"%s\" is not a size; use e.g. 8M, 512K or 1048576",
               option, text);
  return FALSE;
}

static void
set_agent_timeout (ZtAgent        *agent,
                   ZtAgentTimeout  which,
                   const char     *option,
                   const char     *value)
{
  g_autoptr(GError) error = NULL;
  guint ms;

  if (value == NULL)
    return;
  if (!zt_parse_timeout (value, &ms, &error))
    die ("agent", "--%s: %s", option, error->message);
  zt_agent_set_timeout (agent, which, ms);
}

static int
cmd_agent (int argc, char **argv)
{
  g_autofree char *listen = NULL, *mesh_direct = NULL;
  g_auto(GStrv) test_filters = NULL;
  g_autofree char *header_timeout = NULL, *body_timeout = NULL, *keepalive_timeout = NULL, *request_timeout = NULL;
  g_autofree char *hub_timeout = NULL;
  g_autofree char *audit_max_age = NULL;
  gint64 audit_max_age_s = 0;
  int audit_max_rows = 0;
  int http_workers = 0;
  g_autofree char *stream_buffer = NULL;
  guint64 stream_buffer_bytes = ZT_AGENT_STREAM_BUFFER_DEFAULT;
  gboolean no_audit = FALSE, no_schema = FALSE, no_scan = FALSE, no_result_scan = FALSE;
  const GOptionEntry entries[] = {
    /* for the tests of the filter seam only: hidden from --help */
    { "test-filter", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME_ARRAY, &test_filters, "", "FILE" },
    /* for bench/filter-cost.sh only (the audit filter's cost): hidden from --help */
    { "no-audit-for-benchmarks", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &no_audit, "", NULL },
    /* for bench/filter-cost.sh only (the schema filter's cost): hidden from --help */
    { "no-schema-for-benchmarks", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &no_schema, "", NULL },
    /* for measuring the scan filter's cost only: hidden from --help */
    { "no-scan-for-benchmarks", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &no_scan, "", NULL },
    /* for bench/filter-cost.sh only (the result filter's cost): hidden from --help */
    { "no-result-scan-for-benchmarks", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &no_result_scan, "", NULL },
    { "listen", 'l', 0, G_OPTION_ARG_STRING, &listen, "Address to serve on (default 127.0.0.1:7777; port 0 picks one)", "HOST:PORT" },
    { "mesh-direct", 0, 0, G_OPTION_ARG_STRING, &mesh_direct, "Take direct mesh connections from importers on this address (mutual TLS), advertised through the hubs", "HOST:PORT" },
    { "header-timeout", 0, 0, G_OPTION_ARG_STRING, &header_timeout, "How long a client may take to send a request's headers (default 10s; 0: no limit)", "DURATION" },
    { "body-timeout", 0, 0, G_OPTION_ARG_STRING, &body_timeout, "How long a client may take to send a request's body (default 60s)", "DURATION" },
    { "keepalive-timeout", 0, 0, G_OPTION_ARG_STRING, &keepalive_timeout, "How long a keep-alive connection may wait for its next request (default 120s)", "DURATION" },
    { "hub-timeout", 0, 0, G_OPTION_ARG_STRING, &hub_timeout, "How long a hub may answer none of the agent's pings (sent every third of it) before the agent connects again (default 45s; 0: never)", "DURATION" },
    { "request-timeout", 0, 0, G_OPTION_ARG_STRING, &request_timeout, "How long an upstream server may take to answer a request; progress notifications restart it (default 5m)", "DURATION" },
    { "audit-max-age", 0, 0, G_OPTION_ARG_STRING, &audit_max_age, "Cut audit records older than this, leaving a signed checkpoint (default 365d)", "DURATION" },
    { "audit-max-rows", 0, 0, G_OPTION_ARG_INT, &audit_max_rows, "Keep at most this many audit records (default 10000000)", "N" },
    { "stream-buffer", 0, 0, G_OPTION_ARG_STRING, &stream_buffer, "What a streamed answer may hold for a client that does not read it: at half of it the server is made to wait; over it the stream ends (default 16M; 0: no limit)", "SIZE" },
    { "http-workers", 0, 0, G_OPTION_ARG_INT, &http_workers, "Read and write HTTP on N threads of their own, beside the agent's (default 0: none); for many clients at once, at some latency for one (docs/performance.md, \"All cores\")", "N" },
    { NULL }
  };
  g_autoptr(ZtAgent) agent = NULL;
  g_autoptr(GError) error = NULL;

  parse_options ("agent", "serve", "Run the agent: the local REST API and the MCP endpoints of its services.",
                 entries, &argc, &argv);
  if (argc < 2 || strcmp (argv[1], "serve") != 0)
    die ("agent", "the verb is `zt4mcp agent serve` (see --help)");

  agent = zt_agent_new (opt_home);
  if (mesh_direct)
    zt_agent_set_mesh_direct (agent, mesh_direct);
  if (no_schema)
    zt_agent_set_schema_enabled (agent, FALSE);
  if (no_scan)
    zt_agent_set_scan_enabled (agent, FALSE);
  if (no_result_scan)
    zt_agent_set_result_scan_enabled (agent, FALSE);
  for (guint i = 0; test_filters && test_filters[i]; i++)
    {
      g_autoptr(ZtTestFilter) filter = zt_test_filter_new_from_file (test_filters[i], &error);

      if (filter == NULL)
        die ("agent", "--test-filter %s: %s", test_filters[i], error->message);
      zt_agent_add_filter (agent, ZT_FILTER (filter));
    }
  set_agent_timeout (agent, ZT_AGENT_TIMEOUT_HEADER, "header-timeout", header_timeout);
  set_agent_timeout (agent, ZT_AGENT_TIMEOUT_BODY, "body-timeout", body_timeout);
  set_agent_timeout (agent, ZT_AGENT_TIMEOUT_KEEPALIVE, "keepalive-timeout", keepalive_timeout);
  set_agent_timeout (agent, ZT_AGENT_TIMEOUT_REQUEST, "request-timeout", request_timeout);
  set_agent_timeout (agent, ZT_AGENT_TIMEOUT_HUB, "hub-timeout", hub_timeout);
  if (audit_max_age != NULL && !zt_parse_duration (audit_max_age, &audit_max_age_s, &error))
    die ("agent", "--audit-max-age: %s", error->message);
  if (audit_max_rows < 0)
    die ("agent", "--audit-max-rows: give a positive number of records");
  zt_agent_set_audit_retention (agent, audit_max_age_s, audit_max_rows);
  if (http_workers < 0 || http_workers > 64)
    die ("agent", "--http-workers: give a number from 0 to 64");
  zt_agent_set_http_workers (agent, (guint) http_workers);
  if (!zt_cli_parse_size (stream_buffer, "stream-buffer", &stream_buffer_bytes, &error))
    die ("agent", "%s", error->message);
  zt_agent_set_stream_buffer (agent, (gsize) stream_buffer_bytes);
  if (no_audit)
    {
      g_warning ("running without the audit log (--no-audit-for-benchmarks): nothing is recorded");
      zt_agent_set_audit_enabled (agent, FALSE);
    }
  if (!zt_agent_start (agent, listen, &error))
    die ("agent", "%s", error->message);
  if (opt_json)
    g_print ("{\"url\": \"%s\", \"home\": \"%s\"}\n", zt_agent_get_url (agent), zt_agent_get_home (agent));
  else
    g_print ("zt4mcp agent on %s (home %s)\n", zt_agent_get_url (agent), zt_agent_get_home (agent));
  fflush (stdout);

  main_loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_cb, NULL);
  g_unix_signal_add (SIGTERM, quit_cb, NULL);
  g_main_loop_run (main_loop);
  zt_agent_stop (agent);
  g_main_loop_unref (main_loop);
  return 0;
}

/* A service's "export_to" as "user:a, endpoint:b-pc" ("" for nobody). */
static char *
export_list (JsonObject *service)
{
  JsonArray *a = json_object_has_member (service, "export_to") ? json_object_get_array_member (service, "export_to") : NULL;
  GString *who = g_string_new (NULL);

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    g_string_append_printf (who, "%s%s", i ? ", " : "", json_array_get_string_element (a, i));
  return g_string_free (who, FALSE);
}

/* What @peer offers this agent, as the hubs say: NULL when it is not online (or there is
 * no mesh), else its services (model services included) as "a, b". */
static char *
peer_offers (const char *peer,
             const char *remote,
             gboolean   *offered)
{
  g_autoptr(JsonNode) reply = call_or_die ("service import", "GET", "/mesh", NULL, 200);
  JsonObject *o = json_node_get_object (reply);
  JsonArray *peers = json_object_get_array_member (o, "peers");

  *offered = FALSE;
  for (guint i = 0; peers && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);
      GString *list;

      if (g_strcmp0 (json_object_get_string_member_with_default (p, "endpoint", NULL), peer) != 0 ||
          !json_object_get_boolean_member_with_default (p, "online", FALSE))
        continue;
      list = g_string_new (NULL);
      for (guint k = 0; k < 2; k++)
        {
          const char *member = k == 0 ? "services" : "llm";
          JsonArray *a = json_object_has_member (p, member) ? json_object_get_array_member (p, member) : NULL;

          for (guint j = 0; a && j < json_array_get_length (a); j++)
            {
              const char *name = json_array_get_string_element (a, j);

              if (g_strcmp0 (name, remote) == 0)
                *offered = TRUE;
              if (k == 0)  /* "llm" names model services of "services" */
                g_string_append_printf (list, "%s%s", list->len ? ", " : "", name);
            }
        }
      return g_string_free (list, FALSE);
    }
  return NULL;
}

/* An import of what an online peer does not offer would serve nothing: refused, naming what
 * it offers. The peer's list may lag behind an export made a moment ago, so it is asked for
 * a few seconds. An offline or unknown peer cannot be asked: the import is made, with a
 * warning. */
static void
check_offered (const char *peer,
               const char *remote)
{
  g_autofree char *offers = NULL;
  gboolean offered = FALSE;

  for (guint tries = 0; tries < 30; tries++)
    {
      g_clear_pointer (&offers, g_free);
      offers = peer_offers (peer, remote, &offered);
      if (offers == NULL || offered)
        break;
      g_usleep (100 * G_USEC_PER_SEC / 1000);
    }
  if (offers == NULL)
    g_printerr ("zt4mcp service import: warning: %s is not online (or not known to this agent's hubs); the "
                "import works once it is and offers %s to you\n", peer, remote);
  else if (!offered)
    die ("service import", "%s does not offer %s to you; it offers: %s. Its owner can offer it with "
         "`zt4mcp service export %s --to YOU`; --anyway imports it all the same", peer, remote,
         *offers ? offers : "nothing", remote);
}

/* An export to a name the hubs do not know is kept (the member may join later), but a typo
 * would grant nobody what was meant: say so. */
static void
warn_unknown_subjects (const char *const *to)
{
  g_autoptr(JsonNode) reply = call_or_die ("service export", "GET", "/mesh", NULL, 200);
  JsonObject *o = json_node_get_object (reply);
  JsonArray *peers = json_object_get_array_member (o, "peers");
  g_autoptr(GPtrArray) users = g_ptr_array_new (), endpoints = g_ptr_array_new ();

  if (!json_object_get_boolean_member_with_default (o, "joined", FALSE))
    {
      g_printerr ("zt4mcp service export: warning: this agent is in no mesh yet; the export applies once it "
                  "joins one (`zt4mcp join INVITATION`)\n");
      return;
    }
  for (guint i = 0; peers && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);
      const char *user = json_object_get_string_member_with_default (p, "user", NULL);
      const char *endpoint = json_object_get_string_member_with_default (p, "endpoint", NULL);

      if (user && !g_ptr_array_find_with_equal_func (users, user, g_str_equal, NULL))
        g_ptr_array_add (users, (gpointer) user);
      if (endpoint)
        g_ptr_array_add (endpoints, (gpointer) endpoint);
    }
  for (guint i = 0; to && to[i]; i++)
    {
      gboolean endpoint = g_str_has_prefix (to[i], "endpoint:");
      const char *name = endpoint ? to[i] + strlen ("endpoint:")
                       : g_str_has_prefix (to[i], "user:") ? to[i] + strlen ("user:") : to[i];
      GPtrArray *known = endpoint ? endpoints : users;
      g_autoptr(GString) list = g_string_new (NULL);

      if (strchr (name, ':') != NULL || g_ptr_array_find_with_equal_func (known, name, g_str_equal, NULL))
        continue;
      for (guint j = 0; j < known->len; j++)
        g_string_append_printf (list, "%s%s", j ? ", " : "", (const char *) g_ptr_array_index (known, j));
      g_printerr ("zt4mcp service export: warning: the mesh's hubs know no %s named %s (they know: %s); "
                  "the export names it all the same, for when such a member joins\n",
                  endpoint ? "endpoint" : "user", name, list->len ? list->str : "none");
    }
}

static void
print_service (JsonObject *s)
{
  const char *kind = json_object_get_string_member (s, "kind");

  g_print ("%s\n", json_object_get_string_member (s, "name"));
  g_print ("  kind:      %s\n", kind);
  if (json_object_has_member (s, "state"))
    g_print ("  state:     %s\n", json_object_get_string_member (s, "state"));
  if (json_object_has_member (s, "last_error"))
    {
      /* a server that exited: its last lines on stderr follow the first */
      g_auto(GStrv) lines = g_strsplit (json_object_get_string_member (s, "last_error"), "\n", -1);

      for (guint i = 0; lines[i]; i++)
        g_print ("%s%s\n", i == 0 ? "  error:     " : "             ", lines[i]);
    }
  if (json_object_has_member (s, "command"))
    {
      JsonArray *a = json_object_get_array_member (s, "command");
      GString *cmd = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *q = g_shell_quote (json_array_get_string_element (a, i));
          g_string_append_printf (cmd, "%s%s", i ? " " : "", q);
        }
      g_print ("  command:   %s\n", cmd->str);
      g_string_free (cmd, TRUE);
    }
  if (json_object_has_member (s, "url"))
    g_print ("  upstream:  %s\n", json_object_get_string_member (s, "url"));
  if (json_object_has_member (s, "peer"))
    g_print ("  upstream:  %s/%s through the mesh\n", json_object_get_string_member (s, "peer"),
             json_object_get_string_member (s, "remote"));
  if (json_object_has_member (s, "export_to"))
    {
      g_autofree char *who = export_list (s);
      g_print ("  exported:  to %s\n", *who ? who : "nobody");
    }
  if (g_strcmp0 (json_object_get_string_member_with_default (s, "api", "mcp"), "llm") == 0)
    {
      const char *file = json_object_get_string_member_with_default (s, "api_key_file", NULL);

      g_print ("  api:       OpenAI-compatible (models, chat/completions, embeddings)\n");
      if (json_object_get_boolean_member_with_default (s, "log_content", FALSE))
        g_print ("  audit:     prompts and answers recorded too (--log-content)\n");
      if (file != NULL)
        g_print ("  api key:   the file %s\n", file);
      else if (json_object_get_boolean_member_with_default (s, "api_key_keyring", FALSE))
        g_print ("  api key:   in the agent's key store\n");
      else if (strcmp (kind, "llm") == 0)
        g_print ("  api key:   none\n");
      g_print ("  endpoint:  %s (an OpenAI client's base URL, with an agent or client token as its key)\n",
               json_object_get_string_member (s, "endpoint"));
      g_print ("  auth:      %s\n", json_object_get_string_member (s, "local_auth"));
      return;
    }
  g_print ("  endpoint:  %s\n", json_object_get_string_member (s, "endpoint"));
  g_print ("  legacy:    %s\n", json_object_get_string_member (s, "sse_endpoint"));
  g_print ("  auth:      %s\n", json_object_get_string_member (s, "local_auth"));
  if (json_object_get_boolean_member_with_default (s, "shared", FALSE))
    g_print ("  sharing:   one upstream session for all clients\n");
  g_print ("  sessions:  %" G_GINT64_FORMAT " (cap %" G_GINT64_FORMAT ")\n",
           json_object_get_int_member (s, "sessions"), json_object_get_int_member (s, "max_sessions"));
  g_print ("  tool scan: %s\n", json_object_get_string_member_with_default (s, "tool_scan", "block"));
  if (json_object_has_member (s, "scan_rules") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (s, "scan_rules")))
    {
      JsonObject *rules = json_object_get_object_member (s, "scan_rules");
      g_autoptr(GList) names = json_object_get_members (rules);

      for (GList *l = names; l; l = l->next)
        g_print ("  rule:      %s=%s\n", (const char *) l->data,
                 json_object_get_string_member_with_default (rules, l->data, "?"));
    }
  g_print ("  pinning:   %s\n", json_object_get_string_member_with_default (s, "tool_pinning", "first-use"));
  g_print ("  results:   %s\n", json_object_get_string_member_with_default (s, "result_scan", "tag"));
}

/* A service's "scan_rules" with @specs (RULE=ACTION) applied over the ones it has (@service:
 * its name, or NULL for a new one); ACTION default drops the rule. The agent checks the rest. */
static JsonNode *
scan_rules_merged (const char         *service,
                   const char *const  *specs)
{
  g_autoptr(JsonObject) rules = json_object_new ();

  if (service != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
      g_autofree char *path = g_strconcat ("/services/", escaped, NULL);
      g_autoptr(JsonNode) reply = call_or_die ("service update", "GET", path, NULL, 200);
      JsonNode *member = json_object_get_member (json_node_get_object (reply), "scan_rules");
      JsonObject *current = member && JSON_NODE_HOLDS_OBJECT (member) ? json_node_get_object (member) : NULL;
      JsonObjectIter iter;
      const char *rule;
      JsonNode *action;

      json_object_iter_init (&iter, current ? current : rules);
      while (current && json_object_iter_next (&iter, &rule, &action))
        json_object_set_member (rules, rule, json_node_copy (action));
    }
  for (guint i = 0; specs[i]; i++)
    {
      const char *eq = strchr (specs[i], '=');
      g_autofree char *rule = eq ? g_strndup (specs[i], eq - specs[i]) : NULL;

      if (eq == NULL || *rule == '\0')
        die ("service", "--scan-rule %s: give RULE=ACTION, e.g. instruction.words=block", specs[i]);
      if (strcmp (eq + 1, "default") == 0)
        json_object_remove_member (rules, rule);
      else
        json_object_set_string_member (rules, rule, eq + 1);
    }
  return json_node_init_object (json_node_alloc (), rules);
}

#define SERVICE_UPSTREAM_OPTIONS "url llm api-key-file api-key-from-keyring log-content era env cwd local-auth " \
  "upstream-token-file shared max-sessions idle-timeout max-message-size max-depth tool-scan scan-rule tool-pinning result-scan"

static const ZtCliVerb service_verbs[] = {
  { "add", "NAME (--stdio -- CMD ARG... | --url URL [--sse] | --llm BASE_URL) [OPTIONS]",
    "Add a service: a stdio command (never run through a shell), a streamable HTTP or legacy SSE URL, "
    "or an OpenAI-compatible model endpoint.", "stdio sse " SERVICE_UPSTREAM_OPTIONS },
  { "list", "", "List the services: kind, scan mode, open sessions, endpoint.", NULL },
  { "show", "NAME", "Show a service: its upstream, endpoints, state and last error, settings.", NULL },
  { "tools", "NAME", "List the tools a service offers, as its clients see them.", NULL },
  { "update", "NAME [OPTIONS] [-- CMD ARG...]", "Change a service; a new command, URL or environment applies "
    "to the sessions opened from now on.", "stdio unshared no-log-content " SERVICE_UPSTREAM_OPTIONS },
  { "remove", "NAME", "Remove a service: its sessions end, and the client tokens limited to it alone are revoked.",
    NULL },
  { "export", "NAME [--to SUBJECT]...", "Offer a service to the mesh; with --to, grant all of it to those named.",
    "to" },
  { "unexport", "NAME", "Stop offering a service to the mesh.", NULL },
  { "import", "ENDPOINT/NAME [--as LOCAL] [--llm] [--anyway]", "Use a service another member of the mesh exports, "
    "served here at /mcp/LOCAL (--llm: a model service, at /llm/LOCAL/v1).", "as anyway" },
};

static int
cmd_service (int argc, char **argv)
{
  gboolean stdio = FALSE, sse = FALSE, shared = FALSE, unshared = FALSE;
  g_autofree char *url = NULL, *cwd = NULL, *local_auth = NULL, *token_file = NULL, *era = NULL;
  g_autofree char *llm = NULL, *api_key_file = NULL;
  gboolean api_key_keyring = FALSE, import_llm = FALSE, log_content = FALSE, no_log_content = FALSE;
  g_auto(GStrv) env = NULL;
  g_auto(GStrv) to = NULL;
  g_autofree char *as = NULL;
  gboolean anyway = FALSE;
  g_autofree char *tool_scan = NULL, *tool_pinning = NULL, *result_scan = NULL;
  g_auto(GStrv) scan_rule = NULL;
  int max_sessions = -1, idle_timeout = -1, max_size = -1, max_depth = -1;
  const GOptionEntry entries[] = {
    { "stdio", 0, 0, G_OPTION_ARG_NONE, &stdio, "add: the upstream is a command given after --", NULL },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, "add/update: the upstream's streamable HTTP URL", "URL" },
    { "sse", 0, 0, G_OPTION_ARG_NONE, &sse, "add: the --url is a legacy HTTP+SSE endpoint", NULL },
    { "llm", 0, 0, G_OPTION_ARG_STRING, &llm, "add/update: an OpenAI-compatible model endpoint (its base URL, e.g. http://127.0.0.1:11434/v1), served at /llm/NAME/v1; import: the service is one", "BASE_URL" },
    { "api-key-file", 0, 0, G_OPTION_ARG_FILENAME, &api_key_file, "add/update --llm: a file of yours, mode 0600, with the model's API key (read at each request)", "FILE" },
    { "log-content", 0, 0, G_OPTION_ARG_NONE, &log_content, "add/update --llm: the audit log records each request's prompt and answer too (redacted, cut to its preview); off by default", NULL },
    { "no-log-content", 0, 0, G_OPTION_ARG_NONE, &no_log_content, "update: stop recording prompts and answers", NULL },
    { "api-key-from-keyring", 0, 0, G_OPTION_ARG_NONE, &api_key_keyring, "add/update --llm: read the API key from standard input and keep it in the agent's key store", NULL },
    { "era", 0, 0, G_OPTION_ARG_STRING, &era, "add/update: the --url server's MCP era: auto (default), session or modern", "ERA" },
    { "env", 'e', 0, G_OPTION_ARG_STRING_ARRAY, &env, "add/update: environment for a stdio command", "KEY=VALUE" },
    { "cwd", 0, 0, G_OPTION_ARG_FILENAME, &cwd, "add/update: working directory for a stdio command", "DIR" },
    { "local-auth", 0, 0, G_OPTION_ARG_STRING, &local_auth, "token (default) or none (loopback clients without headers)", "MODE" },
    { "upstream-token-file", 0, 0, G_OPTION_ARG_FILENAME, &token_file, "add/update: file with the bearer token for the upstream", "FILE" },
    { "to", 0, 0, G_OPTION_ARG_STRING_ARRAY, &to, "export: who may use all of it: user:NAME, endpoint:NAME, or a user's NAME (repeat); without: offered to everyone, granted to nobody", "SUBJECT" },
    { "as", 0, 0, G_OPTION_ARG_STRING, &as, "import: the local name (default: the remote name)", "LOCAL" },
    { "anyway", 0, 0, G_OPTION_ARG_NONE, &anyway, "import: even what the peer does not offer to this agent (yet)", NULL },
    { "shared", 0, 0, G_OPTION_ARG_NONE, &shared, "All clients share one upstream session (stateless servers)", NULL },
    { "unshared", 0, 0, G_OPTION_ARG_NONE, &unshared, "update: one upstream session per client again (the default)", NULL },
    { "max-sessions", 0, 0, G_OPTION_ARG_INT, &max_sessions, "Sessions (upstream processes) at most", "N" },
    { "idle-timeout", 0, 0, G_OPTION_ARG_INT, &idle_timeout, "Close sessions idle this many seconds (0 = never)", "SECONDS" },
    { "max-message-size", 0, 0, G_OPTION_ARG_INT, &max_size, "Largest message in bytes", "BYTES" },
    { "max-depth", 0, 0, G_OPTION_ARG_INT, &max_depth, "Deepest JSON nesting", "N" },
    { "tool-scan", 0, 0, G_OPTION_ARG_STRING, &tool_scan, "What the scan of its tool definitions does: block (default: blocked tools leave lists and are refused), warn (log only) or off", "MODE" },
    { "scan-rule", 0, 0, G_OPTION_ARG_STRING_ARRAY, &scan_rule, "Override one rule of the tool scan, or a family of them (\"hidden.\"): off, warn or block; default drops the override (repeat; `zt4mcp scan --list-rules` lists the rules)", "RULE=ACTION" },
    { "tool-pinning", 0, 0, G_OPTION_ARG_STRING, &tool_pinning, "What a tool definition that changed since it was approved does: first-use (default: the first list is pinned, later changes are held back until `zt4mcp tools approve`), owner (nothing is served until approved) or off", "MODE" },
    { "result-scan", 0, 0, G_OPTION_ARG_STRING, &result_scan, "What the scan of its tool results does: tag (default: findings in the result's _meta), redact (secrets replaced too), block (a result with a secret or injected instructions becomes an error) or off", "MODE" },
    { NULL }
  };
  char **command = NULL;
  int command_len = 0;
  const char *verb;

  /* everything after "--" is the upstream command, never parsed as options */
  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--") == 0)
      {
        command = argv + i + 1;
        command_len = argc - i - 1;
        argv[i] = NULL;
        argc = i;
        break;
      }

  /* "import --llm" takes no URL: a flag there */
  for (int i = 1; i + 1 < argc; i++)
    if (strcmp (argv[i], "import") == 0)
      for (int j = i + 1; j < argc; j++)
        if (strcmp (argv[j], "--llm") == 0)
          {
            import_llm = TRUE;
            memmove (argv + j, argv + j + 1, (argc - j) * sizeof (char *));
            argc--;
            break;
          }
  zt_cli_parse_verb ("service", "Manage the MCP services this agent serves at /mcp/NAME (streamable HTTP) and "
                     "/sse/NAME (legacy SSE), and share them with the mesh.",
                     service_verbs, G_N_ELEMENTS (service_verbs), entries, TRUE, &argc, &argv);
  verb = argv[1];

  if (strcmp (verb, "list") == 0)
    {
      g_autoptr(JsonNode) reply = call_or_die ("service list", "GET", "/services", NULL, 200);
      JsonArray *a = json_object_get_array_member (json_node_get_object (reply), "services");

      if (opt_json)
        print_json (reply);
      else if (json_array_get_length (a) == 0)
        g_print ("No services yet. Add one with `zt4mcp service add NAME --stdio -- CMD ARG...`\n");
      else
        {
          g_print ("%-24s %-6s %-5s %-8s %s\n", "NAME", "KIND", "SCAN", "SESSIONS", "ENDPOINT");
          for (guint i = 0; i < json_array_get_length (a); i++)
            {
              JsonObject *s = json_array_get_object_element (a, i);
              g_print ("%-24s %-6s %-5s %-8" G_GINT64_FORMAT " %s\n", json_object_get_string_member (s, "name"),
                       json_object_get_string_member (s, "kind"),
                       json_object_get_string_member_with_default (s, "tool_scan", "block"),
                       json_object_get_int_member (s, "sessions"),
                       json_object_get_string_member (s, "endpoint"));
            }
        }
      return 0;
    }

  if (argc < 3)
    die ("service", "%s needs a service NAME (see --help)", verb);

  if (strcmp (verb, "show") == 0 || strcmp (verb, "remove") == 0)
    {
      g_autofree char *escaped = g_uri_escape_string (argv[2], NULL, TRUE);
      g_autofree char *path = g_strconcat ("/services/", escaped, NULL);
      gboolean show = strcmp (verb, "show") == 0;
      g_autoptr(JsonNode) reply = call_or_die (show ? "service show" : "service remove",
                                               show ? "GET" : "DELETE", path, NULL, show ? 200 : 204);
      if (show && opt_json)
        print_json (reply);
      else if (show)
        print_service (json_node_get_object (reply));
      else if (opt_json)
        g_print ("{\"removed\": \"%s\"}\n", argv[2]);
      else
        g_print ("Removed service %s\n", argv[2]);
      return 0;
    }

  if (strcmp (verb, "tools") == 0)
    {
      g_autofree char *escaped = g_uri_escape_string (argv[2], NULL, TRUE);
      g_autofree char *path = g_strconcat ("/services/", escaped, "/tools", NULL);
      g_autoptr(JsonNode) reply = call_or_die ("service tools", "GET", path, NULL, 200);
      JsonArray *tools = json_object_get_array_member (json_node_get_object (reply), "tools");

      if (opt_json)
        print_json (reply);
      else if (json_array_get_length (tools) == 0)
        g_print ("Service %s offers no tools\n", argv[2]);
      else
        for (guint i = 0; i < json_array_get_length (tools); i++)
          {
            JsonNode *t = json_array_get_element (tools, i);
            JsonObject *o = JSON_NODE_HOLDS_OBJECT (t) ? json_node_get_object (t) : NULL;
            const char *description = o ? json_object_get_string_member_with_default (o, "description", "") : "";
            g_autofree char *line = g_strndup (description, strcspn (description, "\n"));

            g_print ("%-28s %s\n", o ? json_object_get_string_member_with_default (o, "name", "?") : "?", line);
          }
      return 0;
    }

  if (strcmp (verb, "export") == 0 || strcmp (verb, "unexport") == 0)
    {
      gboolean export = strcmp (verb, "export") == 0;
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) body = NULL, reply = NULL;
      g_autofree char *escaped = g_uri_escape_string (argv[2], NULL, TRUE);
      g_autofree char *path = g_strconcat ("/services/", escaped, NULL);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "export_to");
      json_builder_begin_array (b);
      /* without --to: offered to every member, who may see it and ask for access; no grant */
      if (export && (to == NULL || to[0] == NULL))
        json_builder_add_string_value (b, "*");
      for (guint i = 0; export && to && to[i]; i++)
        json_builder_add_string_value (b, to[i]);
      json_builder_end_array (b);
      json_builder_end_object (b);
      body = json_builder_get_root (b);
      reply = call_or_die (export ? "service export" : "service unexport", "PATCH", path, body, 200);
      if (opt_json)
        print_json (reply);
      else if (export)
        {
          /* as the agent stored them: typed */
          g_autofree char *who = export_list (json_node_get_object (reply));

          if (to != NULL && to[0] != NULL)
            warn_unknown_subjects ((const char * const *) to);
          if (to == NULL || to[0] == NULL)
            g_print ("Service %s is offered to every member of the mesh; they may use nothing until you grant it "
                     "(`zt4mcp policy add --service %s --subject SUBJECT --tools GLOB`) or approve their "
                     "`zt4mcp access request`\n", argv[2], argv[2]);
          else
            g_print ("Service %s is exported to %s (each may use all of it; `zt4mcp policy list` shows the grants)\n",
                     argv[2], who);
        }
      else
        g_print ("Service %s is no longer exported\n", argv[2]);
      return 0;
    }

  if (strcmp (verb, "import") == 0)
    {
      const char *slash = strchr (argv[2], '/');
      g_autofree char *peer = slash ? g_strndup (argv[2], slash - argv[2]) : NULL;
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) body = NULL, reply = NULL;

      if (peer == NULL || slash[1] == '\0')
        die ("service import", "name the service as ENDPOINT/NAME, e.g. `zt4mcp service import bob-pc/files`");
      if (!anyway)
        check_offered (peer, slash + 1);
      /* without --llm the agent asks what the hubs list (a model service is imported as one) */
      json_builder_begin_object (b);
      if (import_llm)
        {
          json_builder_set_member_name (b, "api"); json_builder_add_string_value (b, "llm");
        }
      json_builder_set_member_name (b, "name"); json_builder_add_string_value (b, as ? as : slash + 1);
      json_builder_set_member_name (b, "kind"); json_builder_add_string_value (b, "mesh");
      json_builder_set_member_name (b, "peer"); json_builder_add_string_value (b, peer);
      json_builder_set_member_name (b, "remote"); json_builder_add_string_value (b, slash + 1);
      json_builder_end_object (b);
      body = json_builder_get_root (b);
      reply = call_or_die ("service import", "POST", "/services", body, 201);
      if (opt_json)
        print_json (reply);
      else
        {
          g_print ("Imported %s as %s\n", argv[2], as ? as : slash + 1);
          print_service (json_node_get_object (reply));
        }
      return 0;
    }

  if (strcmp (verb, "add") == 0 || strcmp (verb, "update") == 0)
    {
      gboolean add = strcmp (verb, "add") == 0;
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) body = NULL;
      g_autoptr(JsonNode) reply = NULL;
      g_autofree char *path = NULL;

      if (add && (stdio ? 1 : 0) + (url != NULL ? 1 : 0) + (llm != NULL ? 1 : 0) != 1)
        die ("service add", "give one of --stdio -- CMD ARG..., --url URL or --llm BASE_URL");
      if ((api_key_file != NULL || api_key_keyring) && llm == NULL && add)
        die ("service add", "--api-key-file and --api-key-from-keyring are for --llm services");
      if (api_key_file != NULL && api_key_keyring)
        die ("service", "give --api-key-file or --api-key-from-keyring, not both");
      if (stdio && command_len == 0)
        die ("service add", "--stdio needs the command after --, e.g. `zt4mcp service add fs --stdio -- npx -y @modelcontextprotocol/server-filesystem /tmp`");

      json_builder_begin_object (b);
      if (add)
        {
          json_builder_set_member_name (b, "name");
          json_builder_add_string_value (b, argv[2]);
          json_builder_set_member_name (b, "kind");
          json_builder_add_string_value (b, llm ? "llm" : stdio ? "stdio" : sse ? "sse" : "http");
        }
      if (llm)
        {
          json_builder_set_member_name (b, "url");
          json_builder_add_string_value (b, llm);
        }
      if (api_key_file)
        {
          /* the agent reads it at each request: an absolute path, checked there (0600, ours) */
          g_autofree char *abs = g_canonicalize_filename (api_key_file, NULL);

          json_builder_set_member_name (b, "api_key_file");
          json_builder_add_string_value (b, abs);
          json_builder_set_member_name (b, "api_key_keyring");
          json_builder_add_boolean_value (b, FALSE);
        }
      if (log_content || no_log_content)
        {
          json_builder_set_member_name (b, "log_content");
          json_builder_add_boolean_value (b, log_content);
        }
      if (api_key_keyring)
        {
          /* from standard input, never argv (ps shows argv to everyone) */
          g_autofree char *key = NULL;
          GString *in = g_string_new (NULL);
          char buf[4096];
          size_t n;

          if (isatty (0))
            g_printerr ("API key for %s (then Enter, Ctrl+D): ", argv[2]);
          while ((n = fread (buf, 1, sizeof buf, stdin)) > 0 && in->len < 65536)
            g_string_append_len (in, buf, n);
          key = g_strstrip (g_string_free (in, FALSE));
          if (*key == '\0')
            die ("service", "no API key on standard input");
          json_builder_set_member_name (b, "api_key");
          json_builder_add_string_value (b, key);
          memset (key, 0, strlen (key));
        }
      if (command_len > 0)
        {
          json_builder_set_member_name (b, "command");
          json_builder_begin_array (b);
          for (int i = 0; i < command_len; i++)
            json_builder_add_string_value (b, command[i]);
          json_builder_end_array (b);
        }
      if (url)
        {
          json_builder_set_member_name (b, "url");
          json_builder_add_string_value (b, url);
        }
      if (env)
        {
          json_builder_set_member_name (b, "env");
          json_builder_begin_array (b);
          for (guint i = 0; env[i]; i++)
            json_builder_add_string_value (b, env[i]);
          json_builder_end_array (b);
        }
      if (cwd)
        {
          /* the agent runs elsewhere: a folder relative to this shell means nothing to it */
          g_autofree char *full = g_canonicalize_filename (cwd, NULL);

          json_builder_set_member_name (b, "cwd");
          json_builder_add_string_value (b, full);
        }
      if (era)
        {
          json_builder_set_member_name (b, "era");
          json_builder_add_string_value (b, era);
        }
      if (shared || unshared)
        {
          json_builder_set_member_name (b, "shared");
          json_builder_add_boolean_value (b, shared);
        }
      if (tool_scan)
        {
          json_builder_set_member_name (b, "tool_scan");
          json_builder_add_string_value (b, tool_scan);
        }
      if (scan_rule)
        {
          json_builder_set_member_name (b, "scan_rules");
          json_builder_add_value (b, scan_rules_merged (add ? NULL : argv[2], (const char *const *) scan_rule));
        }
      if (tool_pinning)
        {
          json_builder_set_member_name (b, "tool_pinning");
          json_builder_add_string_value (b, tool_pinning);
        }
      if (result_scan)
        {
          json_builder_set_member_name (b, "result_scan");
          json_builder_add_string_value (b, result_scan);
        }
      if (local_auth)
        {
          json_builder_set_member_name (b, "local_auth");
          json_builder_add_string_value (b, local_auth);
        }
      if (token_file)
        {
          g_autofree char *token = NULL;
          g_autoptr(GError) error = NULL;

          if (!g_file_get_contents (token_file, &token, NULL, &error))
            die ("service", "%s", error->message);
          g_strstrip (token);
          json_builder_set_member_name (b, "upstream_token");
          json_builder_add_string_value (b, token);
        }
#define ADD_INT(opt, member) if (opt >= 0) { json_builder_set_member_name (b, member); json_builder_add_int_value (b, opt); }
      ADD_INT (max_sessions, "max_sessions");
      ADD_INT (idle_timeout, "idle_timeout");
      ADD_INT (max_size, "max_message_size");
      ADD_INT (max_depth, "max_depth");
#undef ADD_INT
      json_builder_end_object (b);
      body = json_builder_get_root (b);

      if (add)
        reply = call_or_die ("service add", "POST", "/services", body, 201);
      else
        {
          g_autofree char *escaped = g_uri_escape_string (argv[2], NULL, TRUE);
          path = g_strconcat ("/services/", escaped, NULL);
          reply = call_or_die ("service update", "PATCH", path, body, 200);
        }
      if (opt_json)
        print_json (reply);
      else
        {
          g_print ("%s service %s\n", add ? "Added" : "Updated", argv[2]);
          print_service (json_node_get_object (reply));
        }
      return 0;
    }

  die ("service", "unknown verb \"%s\"; use add, list, show, tools, update, remove, export, unexport or import", verb);
}

static const ZtCliVerb client_verbs[] = {
  { "add", "NAME [--service SERVICE]...", "Make a client token, printed once.", "service" },
  { "list", "", "List the client tokens: id, name, created, last used, services (never the tokens).", NULL },
  { "revoke", "NAME|ID", "Revoke a client token: its next request is refused, its sessions end at once.", NULL },
  { "remove", "NAME|ID", "The same as revoke.", NULL },
};

static int
cmd_client (int argc, char **argv)
{
  const char *verb;
  g_auto(GStrv) services = NULL;
  const GOptionEntry entries[] = {
    { "service", 's', 0, G_OPTION_ARG_STRING_ARRAY, &services,
      "add: the token may use only this service (repeat for more; default: every service)", "NAME" },
    { NULL }
  };

  zt_cli_parse_verb ("client", "Per-client tokens (the apps with access) for MCP clients. A client token reaches "
                     "only the MCP endpoints (/mcp/NAME, /sse/NAME) of the services it may use, never the REST API; "
                     "the agent's own token in api.json administers.",
                     client_verbs, G_N_ELEMENTS (client_verbs), entries, TRUE, &argc, &argv);
  verb = argv[1];

  if (strcmp (verb, "list") == 0)
    {
      g_autoptr(JsonNode) reply = call_or_die ("client list", "GET", "/clients", NULL, 200);
      JsonArray *a = json_object_get_array_member (json_node_get_object (reply), "clients");

      if (opt_json)
        print_json (reply);
      else if (json_array_get_length (a) == 0)
        g_print ("No client tokens yet. Make one with `zt4mcp client add NAME`\n");
      else
        {
          g_print ("%-10s  %-28s  %-16s  %-16s  %s\n", "ID", "NAME", "CREATED", "LAST USED", "SERVICES");
          for (guint i = 0; i < json_array_get_length (a); i++)
            {
              JsonObject *c = json_array_get_object_element (a, i);
              g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (json_object_get_int_member (c, "created"));
              g_autofree char *when = g_date_time_format (t, "%Y-%m-%d %H:%M");
              g_autofree char *used = NULL;
              JsonNode *s = json_object_get_member (c, "services");
              JsonNode *last = json_object_get_member (c, "last_used");
              g_autoptr(GString) list = g_string_new (NULL);

              if (last != NULL && !JSON_NODE_HOLDS_NULL (last))
                {
                  g_autoptr(GDateTime) u = g_date_time_new_from_unix_local (json_node_get_int (last));
                  used = g_date_time_format (u, "%Y-%m-%d %H:%M");
                }
              for (guint j = 0; s && JSON_NODE_HOLDS_ARRAY (s) && j < json_array_get_length (json_node_get_array (s)); j++)
                g_string_append_printf (list, "%s%s", j ? ", " : "",
                                        json_array_get_string_element (json_node_get_array (s), j));
              g_print ("%-10s  %-28s  %-16s  %-16s  %s\n",
                       json_object_get_string_member_with_default (c, "id", ""),
                       json_object_get_string_member (c, "name"), when, used ? used : "never",
                       list->len ? list->str : "all");
            }
        }
      return 0;
    }
  if (argc < 3)
    die ("client", "%s needs a client NAME%s", verb, strcmp (verb, "add") == 0 ? "" : " or ID");
  if (strcmp (verb, "add") == 0)
    {
      g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
      JsonObject *o = json_object_new ();
      g_autoptr(JsonNode) reply = NULL;

      json_object_set_string_member (o, "name", argv[2]);
      if (services != NULL)
        {
          JsonArray *a = json_array_new ();

          for (guint i = 0; services[i]; i++)
            json_array_add_string_element (a, services[i]);
          json_object_set_array_member (o, "services", a);
        }
      json_node_take_object (body, o);
      reply = call_or_die ("client add", "POST", "/clients", body, 201);
      if (opt_json)
        print_json (reply);
      else
        g_print ("Token for client %s (shown once; give it as \"Authorization: Bearer TOKEN\"):\n%s\n", argv[2],
                 json_object_get_string_member (json_node_get_object (reply), "token"));
      return 0;
    }
  /* "remove" was its name before the app listed apps with access */
  if (strcmp (verb, "revoke") == 0 || strcmp (verb, "remove") == 0)
    {
      g_autofree char *escaped = g_uri_escape_string (argv[2], NULL, TRUE);
      g_autofree char *path = g_strconcat ("/clients/", escaped, NULL);
      g_autoptr(JsonNode) reply = call_or_die ("client revoke", "DELETE", path, NULL, 204);

      if (opt_json)
        {
          g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);

          json_node_take_object (out, json_object_new ());
          json_object_set_string_member (json_node_get_object (out), "revoked", argv[2]);
          print_json (out);
        }
      else
        g_print ("Revoked client %s: its token no longer works, and its sessions were ended\n", argv[2]);
      return 0;
    }
  die ("client", "unknown verb \"%s\"; use add, list or revoke", verb);
}

static int
cmd_status (int argc, char **argv)
{
  g_autoptr(JsonNode) reply = NULL;
  JsonObject *o;
  JsonArray *sessions;

  parse_options ("status", "", "Show whether the agent runs, where, and its open sessions.", NULL, &argc, &argv);
  reply = call_or_die ("status", "GET", "/status", NULL, 200);
  if (opt_json)
    {
      print_json (reply);
      return 0;
    }
  o = json_node_get_object (reply);
  sessions = json_object_get_array_member (o, "sessions");
  g_print ("Agent %s running on %s (pid %" G_GINT64_FORMAT ", up %" G_GINT64_FORMAT " s)\n",
           json_object_get_string_member (o, "version"), json_object_get_string_member (o, "url"),
           json_object_get_int_member (o, "pid"), json_object_get_int_member (o, "uptime"));
  g_print ("Home: %s\n", json_object_get_string_member (o, "home"));
  g_print ("Services: %" G_GINT64_FORMAT ", open sessions: %u\n", json_object_get_int_member (o, "services"),
           json_array_get_length (sessions));
  for (guint i = 0; i < json_array_get_length (sessions); i++)
    {
      JsonObject *s = json_array_get_object_element (sessions, i);
      g_print ("  %s  %-20s client %-12s %s\n", json_object_get_string_member (s, "id"),
               json_object_get_string_member (s, "service"),
               json_object_get_string_member_with_default (s, "client", "-"),
               json_object_get_string_member_with_default (s, "protocol_version", ""));
    }
  return 0;
}

static int
cmd_leave (int argc, char **argv)
{
  g_autoptr(JsonNode) reply = NULL;

  parse_options ("leave", "", "Leave the mesh: the running agent stops serving peers, deletes its mesh key and "
                 "removes its certificate and permit. Joining again takes a new invitation.", NULL, &argc, &argv);
  reply = call_or_die ("leave", "DELETE", "/mesh", NULL, 200);
  if (opt_json)
    print_json (reply);
  else
    g_print ("Left the mesh. Join again with `zt4mcp join INVITATION`.\n");
  return 0;
}

/* Peers refused because they came with another key than the pinned one. */
static void
print_refused_keys (void)
{
  g_autoptr(JsonNode) reply = call_or_die ("peers", "GET", "/peers/pins", NULL, 200);
  JsonArray *pins = json_object_get_array_member (json_node_get_object (reply), "pins");

  for (guint i = 0; i < json_array_get_length (pins); i++)
    {
      JsonObject *p = json_array_get_object_element (pins, i);
      JsonObject *r = json_object_get_object_member (p, "refused");
      const char *id = json_object_get_string_member (p, "identity");

      if (r == NULL)
        continue;
      g_print ("REFUSED %s: its key changed (%" G_GINT64_FORMAT " attempts, new key sha256 %s).\n"
               "  Someone holding the mesh CA may have issued a certificate for it. Only if its owner made a "
               "new key: zt4mcp peers trust %s\n", id, json_object_get_int_member (r, "count"),
               json_object_get_string_member (r, "spki_sha256"), id);
    }
}

/* zt4mcp peers pins | trust IDENTITY */
static int
peers_pins (int    argc,
            char **argv)
{
  g_autoptr(JsonNode) reply = NULL;
  JsonArray *pins;

  if (strcmp (argv[1], "trust") == 0)
    {
      g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);

      if (argc < 3)
        die ("peers trust", "whose new key? `zt4mcp peers trust spiffe://MESH/user/USER/endpoint/ENDPOINT`");
      json_node_take_object (body, json_object_new ());
      json_object_set_string_member (json_node_get_object (body), "identity", argv[2]);
      reply = call_or_die ("peers trust", "POST", "/peers/trust", body, 200);
      if (!opt_json)
        g_print ("Trusted the new key of %s: it is served again.\n", argv[2]);
      else
        print_json (reply);
      return 0;
    }
  if (strcmp (argv[1], "pins") != 0)
    die ("peers", "unknown verb \"%s\"; use pins or trust IDENTITY (see --help)", argv[1]);
  reply = call_or_die ("peers pins", "GET", "/peers/pins", NULL, 200);
  if (opt_json)
    {
      print_json (reply);
      return 0;
    }
  pins = json_object_get_array_member (json_node_get_object (reply), "pins");
  if (json_array_get_length (pins) == 0)
    g_print ("No peer has been served or used by this agent yet.\n");
  for (guint i = 0; i < json_array_get_length (pins); i++)
    {
      JsonObject *p = json_array_get_object_element (pins, i);

      g_print ("%s\n  key sha256 %s%s\n", json_object_get_string_member (p, "identity"),
               json_object_get_string_member (p, "spki_sha256"),
               json_object_has_member (p, "refused") ? "  (another key was REFUSED: see `zt4mcp peers`)" : "");
    }
  return 0;
}

static int
cmd_peers (int argc, char **argv)
{
  g_autoptr(JsonNode) reply = NULL;
  JsonObject *o;
  JsonArray *hubs, *peers;

  parse_options ("peers", "[pins | trust IDENTITY]",
                 "Show this agent's mesh: identity, hubs and the peers they report, and the peers refused "
                 "because their key changed.\n\n"
                 "  pins              the public key of each peer identity, pinned at its first contact\n"
                 "  trust IDENTITY    accept the new key of IDENTITY (a SPIFFE id), refused so far: only\n"
                 "                    when its owner really made a new key, as the hub can mint anyone",
                 NULL, &argc, &argv);
  if (argc >= 2)
    return peers_pins (argc, argv);
  reply = call_or_die ("peers", "GET", "/mesh", NULL, 200);
  if (opt_json)
    {
      print_json (reply);
      return 0;
    }
  o = json_node_get_object (reply);
  if (!json_object_get_boolean_member_with_default (o, "joined", FALSE))
    {
      g_print ("This agent is in no mesh. Join one with `zt4mcp join INVITATION`\n");
      return 0;
    }
  g_print ("Mesh %s, this endpoint %s (%s)\n", json_object_get_string_member (o, "mesh"),
           json_object_get_string_member (o, "endpoint"), json_object_get_string_member (o, "spiffe_id"));
  hubs = json_object_get_array_member (o, "hubs");
  for (guint i = 0; i < json_array_get_length (hubs); i++)
    {
      JsonObject *h = json_array_get_object_element (hubs, i);
      g_print ("  hub %-22s %s%s%s\n", json_object_get_string_member (h, "address"),
               json_object_get_string_member (h, "state"),
               json_object_has_member (h, "error") ? ": " : "",
               json_object_get_string_member_with_default (h, "error", ""));
    }
  peers = json_object_get_array_member (o, "peers");
  if (json_array_get_length (peers) == 0)
    g_print ("No peers known yet.\n");
  for (guint i = 0; i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);
      JsonArray *services = json_object_get_array_member (p, "services");
      GString *list = g_string_new (NULL);

      for (guint j = 0; services && j < json_array_get_length (services); j++)
        g_string_append_printf (list, "%s%s", j ? ", " : "  services: ", json_array_get_string_element (services, j));
      g_print ("  %-24s user %-16s %s%s\n", json_object_get_string_member (p, "endpoint"),
               json_object_get_string_member (p, "user"),
               json_object_get_boolean_member (p, "online") ? "online" : "offline", list->str);
      g_string_free (list, TRUE);
    }
  print_refused_keys ();
  return 0;
}

static int
cmd_connect (int argc, char **argv)
{
  parse_options ("connect", "NAME",
                 "Be a stdio MCP server that bridges to the agent's service NAME, for IDEs that only run "
                 "stdio servers (e.g. command \"zt4mcp\", args [\"connect\", \"NAME\"]).",
                 NULL, &argc, &argv);
  if (argc < 2)
    die ("connect", "which service? `zt4mcp connect NAME`");
  return zt_cli_connect (opt_home, argv[1]);
}

static const struct {
  const char *name;
  int (*func) (int argc, char **argv);
  const char *summary;
} commands[] = {
  { "agent", cmd_agent, "agent serve        run the local agent (REST API + MCP endpoints)" },
  { "service", cmd_service, "service ...        add, list, show, update, remove MCP services" },
  { "client", cmd_client, "client ...         per-client tokens (apps with access): add, list, revoke" },
  { "status", cmd_status, "status             is the agent running, and what is it doing" },
  { "connect", cmd_connect, "connect NAME       stdio bridge to a service, for stdio-only IDEs" },
  { "join", zt_cli_join, "join INVITATION    join a mesh with an invitation from its hub" },
  { "peers", cmd_peers, "peers [pins|trust] this agent's mesh: hubs, peers online; peers' pinned keys" },
  { "leave", cmd_leave, "leave              leave the mesh (deletes this agent's mesh key)" },
  { "policy", zt_cli_policy, "policy ...         grants: who may use which tools of a service (list, show, add, remove, group)" },
  { "access", zt_cli_access, "access ...         just-in-time access: request, list, approve, deny" },
  { "audit", zt_cli_audit, "audit [verify|export|tail] the audit log: list, follow, export, verify its chain" },
  { "tools", zt_cli_tools, "tools list|diff|approve|scan SERVICE  tool definitions: pins, what changed, approve it; what the scan finds" },
  { "chat", zt_cli_chat, "chat [PROMPT]      talk to a model, with the tools of MCP services (approved, audited)" },
  { "scan", zt_cli_scan, "scan FILE|-         scan tool definitions (a tools/list, or a client's configured servers)" },
  { "hub", zt_cli_hub, "hub ...            run and administer a mesh hub (init, serve, invite, revoke, ...)" },
};

static void
usage (FILE *out)
{
  fprintf (out, "Usage: zt4mcp COMMAND [OPTIONS]\n\nA zero-trust layer for the Model Context Protocol.\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %s\n", commands[i].summary);
  fprintf (out, "\nEvery command takes --help, --home DIR and --json. See zt4mcp(1).\n");
}

/* What the CLI prints comes partly from others: a peer's access request, an upstream's tool
 * descriptions, a client's tool names in the audit log. On a terminal, control characters
 * (but newline and tab), C1 controls and bidirectional overrides could move the cursor,
 * rewrite what was printed before or reorder what is read, so they are shown as U+FFFD.
 * Pipes get the text as it is (JSON output escapes C0 controls itself). */
char *
zt_cli_terminal_safe (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  zt_string_append_shown (out, text);
  return g_string_free (out, FALSE);
}

static void
print_to (FILE       *stream,
          const char *text)
{
  if (isatty (fileno (stream)))
    {
      g_autofree char *safe = zt_cli_terminal_safe (text);
      fputs (safe, stream);
    }
  else
    fputs (text, stream);
  fflush (stream);
}

static void
print_out (const char *text)
{
  print_to (stdout, text);
}

static void
print_err (const char *text)
{
  print_to (stderr, text);
}

int
main (int    argc,
      char **argv)
{
  /* before any thread and any TLS connection: it may set the process's TLS priority */
  zt_tls_prefer_x25519 ();
  setlocale (LC_ALL, "");
  zt_log_install ();
  g_set_print_handler (print_out);
  g_set_printerr_handler (print_err);

  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("zt4mcp %s\n", PACKAGE_VERSION);
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].func (argc - 1, argv + 1);

  g_printerr ("zt4mcp: unknown command \"%s\"\n\n", argv[1]);
  usage (stderr);
  return 2;
}
