/* zt-cli-scan.c: `zt4mcp scan`: scan tool definitions offline (a file, or a client's configured servers) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>

#include "zt-cli.h"
#include "zt-jsonrpc.h"
#include "zt-spawn.h"
#include "zt-result-scan.h"
#include "zt-scan-rules.h"
#include "zt-tool-scan.h"

/* Exit statuses: what the scan found, then what kept it from scanning. */
enum {
  EXIT_CLEAN = 0,
  EXIT_WARN = 1,
  EXIT_BLOCK = 2,
  EXIT_USAGE = 3,
  EXIT_INPUT = 4,
};

#define INPUT_LIMIT   (16u * 1024u * 1024u)
#define LINE_LIMIT    (8u * 1024u * 1024u)
#define MAX_PAGES     64

static const ZtLimits input_limits = { INPUT_LIMIT, 128 };
static const ZtLimits line_limits = { LINE_LIMIT, 128 };

static int
fail (int         status,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static int
fail (int         status,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  zt_cli_error_valist ("scan", format, args);
  va_end (args);
  return status;
}

/* Reads at most INPUT_LIMIT bytes of @path ("-": standard input). */
static GBytes *
read_bounded (const char  *path,
              GError     **error)
{
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GByteArray) buf = g_byte_array_new ();
  guint8 chunk[65536];

  if (strcmp (path, "-") == 0)
    in = g_unix_input_stream_new (0, FALSE);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      in = G_INPUT_STREAM (g_file_read (file, NULL, error));
      if (in == NULL)
        return NULL;
    }
  for (;;)
    {
      gssize n = g_input_stream_read (in, chunk, sizeof chunk, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buf->len + n > INPUT_LIMIT)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "more than %u bytes", INPUT_LIMIT);
          return NULL;
        }
      g_byte_array_append (buf, chunk, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buf));
}

/* ------------------------------------------------------------------------------------------ */
/* Talking to a configured stdio server */

typedef struct {
  GPid     pid;
  int      in_fd, out_fd, err_fd;
  GString *pending;
  gint64   deadline;
} Peer;

static void
peer_stop (Peer *p)
{
  if (p->pid > 0)
    {
      int status;

      kill (-p->pid, SIGTERM);
      for (int i = 0; i < 50 && waitpid (p->pid, &status, WNOHANG) == 0; i++)
        g_usleep (20000);
      if (waitpid (p->pid, &status, WNOHANG) == 0)
        {
          kill (-p->pid, SIGKILL);
          waitpid (p->pid, &status, 0);
        }
      p->pid = 0;
    }
  if (p->in_fd >= 0)
    close (p->in_fd);
  if (p->out_fd >= 0)
    close (p->out_fd);
  if (p->err_fd >= 0)
    close (p->err_fd);
  p->in_fd = p->out_fd = p->err_fd = -1;
  if (p->pending)
    g_string_free (p->pending, TRUE);
  p->pending = NULL;
}

static gboolean
peer_send (Peer       *p,
           const char *line,
           GError    **error)
{
  gsize len = strlen (line), done = 0;

  while (done < len)
    {
      ssize_t n = write (p->in_fd, line + done, len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "writing to the server: %s", g_strerror (errno));
          return FALSE;
        }
      done += n;
    }
  return TRUE;
}

/* The next line of standard output (standard error is read and dropped, so the server never
 * blocks on it), or NULL at the deadline or at the end. */
static char *
peer_read_line (Peer    *p,
                GError **error)
{
  for (;;)
    {
      char *nl = memchr (p->pending->str, '\n', p->pending->len);
      struct pollfd fds[2] = { { p->out_fd, POLLIN, 0 }, { p->err_fd, POLLIN, 0 } };
      gint64 left = (p->deadline - g_get_monotonic_time ()) / 1000;
      char buf[65536];
      int r;

      if (nl != NULL)
        {
          char *line = g_strndup (p->pending->str, nl - p->pending->str);
          g_string_erase (p->pending, 0, nl - p->pending->str + 1);
          return line;
        }
      if (p->pending->len > LINE_LIMIT)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "a line of more than %u bytes", LINE_LIMIT);
          return NULL;
        }
      if (left <= 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "no answer in time");
          return NULL;
        }
      r = poll (fds, p->err_fd >= 0 ? 2 : 1, (int) MIN (left, G_MAXINT));
      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "poll: %s", g_strerror (errno));
          return NULL;
        }
      if (p->err_fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP)))
        {
          ssize_t n = read (p->err_fd, buf, sizeof buf);
          if (n <= 0)
            {
              close (p->err_fd);
              p->err_fd = -1;
            }
        }
      if (fds[0].revents & (POLLIN | POLLHUP | POLLERR))
        {
          ssize_t n = read (p->out_fd, buf, sizeof buf);

          if (n < 0 && errno == EINTR)
            continue;
          if (n <= 0)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED, "the server exited");
              return NULL;
            }
          g_string_append_len (p->pending, buf, n);
        }
    }
}

/* Sends a request and waits for its answer, skipping the server's notifications and
 * answering its own requests with "method not found". */
static JsonObject *
peer_call (Peer       *p,
           gint64      id,
           const char *method,
           JsonNode   *params,
           GError    **error)
{
  g_autoptr(ZtMessage) request = zt_message_new_request (zt_json_id_new_int (id), method, params);
  g_autofree char *text = zt_message_to_string (request, NULL);
  g_autofree char *line = g_strconcat (text, "\n", NULL);

  if (!peer_send (p, line, error))
    return NULL;
  for (;;)
    {
      g_autofree char *answer = peer_read_line (p, error);
      g_autoptr(ZtMessage) msg = NULL;
      g_autoptr(GError) local = NULL;
      JsonNode *aid;

      if (answer == NULL)
        return NULL;
      g_strstrip (answer);
      if (*answer != '{')
        continue;  /* servers that log to standard output */
      msg = zt_message_parse (answer, strlen (answer), &line_limits, &local);
      if (msg == NULL)
        continue;
      if (zt_message_get_kind (msg) == ZT_MESSAGE_REQUEST)
        {
          g_autoptr(ZtMessage) reply = zt_message_new_error (zt_message_get_id (msg), -32601, "not supported by zt4mcp scan");
          g_autofree char *rt = zt_message_to_string (reply, NULL);
          g_autofree char *rl = g_strconcat (rt, "\n", NULL);
          peer_send (p, rl, NULL);
          continue;
        }
      if (!zt_message_is_response (msg) || (aid = zt_message_get_id (msg)) == NULL ||
          !JSON_NODE_HOLDS_VALUE (aid) || json_node_get_value_type (aid) != G_TYPE_INT64 || json_node_get_int (aid) != id)
        continue;
      if (zt_message_get_kind (msg) == ZT_MESSAGE_ERROR)
        {
          JsonObject *err = json_object_get_object_member (zt_message_get_object (msg), "error");
          const char *m = err ? zt_json_get_string (err, "message") : NULL;
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", method, m ? m : "error");
          return NULL;
        }
      return json_object_ref (zt_message_get_result (msg));
    }
}

static char **
config_argv (JsonObject *server)
{
  const char *command = zt_json_get_string (server, "command");
  JsonArray *args = zt_json_get_array (server, "args");
  GPtrArray *argv;

  if (command == NULL || *command == '\0')
    return NULL;
  argv = g_ptr_array_new ();
  g_ptr_array_add (argv, g_strdup (command));
  for (guint i = 0; args && i < json_array_get_length (args); i++)
    {
      const char *a = zt_json_array_get_string (args, i);
      if (a == NULL)
        {
          g_ptr_array_free (argv, TRUE);
          return NULL;
        }
      g_ptr_array_add (argv, g_strdup (a));
    }
  g_ptr_array_add (argv, NULL);
  return (char **) g_ptr_array_free (argv, FALSE);
}

static char **
config_env (JsonObject *server)
{
  JsonNode *node = json_object_get_member (server, "env");
  GPtrArray *env = g_ptr_array_new ();
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &key, &value))
        if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING && *key &&
            strchr (key, '=') == NULL)
          g_ptr_array_add (env, g_strdup_printf ("%s=%s", key, json_node_get_string (value)));
    }
  g_ptr_array_add (env, NULL);
  return (char **) g_ptr_array_free (env, FALSE);
}

/* Starts @server, lists its tools (every page) and its instructions. */
static JsonArray *
list_stdio_server (JsonObject  *server,
                   guint        timeout_s,
                   char       **instructions,
                   GError     **error)
{
  g_auto(GStrv) argv = config_argv (server);
  g_auto(GStrv) env = config_env (server);
  g_autoptr(JsonArray) tools = json_array_new ();
  g_autoptr(JsonObject) init = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *cursor = NULL;
  const char *cwd = zt_json_get_string (server, "cwd");
  Peer p = { 0, -1, -1, -1, NULL, 0 };

  if (argv == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "no command (or an argument that is not a string)");
      return NULL;
    }
  if (!zt_spawn (argv, env, cwd, &p.pid, &p.in_fd, &p.out_fd, &p.err_fd, error))
    return NULL;
  p.pending = g_string_new (NULL);
  p.deadline = g_get_monotonic_time () + (gint64) timeout_s * G_USEC_PER_SEC;

  json_builder_begin_object (b);
  zt_mcp_add_initialize_params (b, "zt4mcp-scan");
  json_builder_end_object (b);
  init = peer_call (&p, 1, "initialize", json_builder_get_root (b), error);
  if (init == NULL)
    {
      peer_stop (&p);
      return NULL;
    }
  if (zt_json_get_string (init, "instructions") != NULL)
    *instructions = g_strdup (zt_json_get_string (init, "instructions"));
  if (!peer_send (&p, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n", error))
    {
      peer_stop (&p);
      return NULL;
    }
  for (int page = 0; page < MAX_PAGES; page++)
    {
      g_autoptr(JsonObject) params = json_object_new ();
      g_autoptr(JsonObject) result = NULL;
      JsonArray *list;

      if (cursor != NULL)
        json_object_set_string_member (params, "cursor", cursor);
      result = peer_call (&p, 2 + page, "tools/list", json_node_init_object (json_node_alloc (), params), error);
      if (result == NULL)
        {
          peer_stop (&p);
          return NULL;
        }
      list = zt_json_get_array (result, "tools");
      for (guint i = 0; list && i < json_array_get_length (list); i++)
        json_array_add_element (tools, json_node_copy (json_array_get_element (list, i)));
      g_free (cursor);
      cursor = g_strdup (zt_json_get_string (result, "nextCursor"));
      if (cursor == NULL || *cursor == '\0')
        break;
    }
  peer_stop (&p);
  return g_steal_pointer (&tools);
}

/* ------------------------------------------------------------------------------------------ */

typedef struct {
  char *name;
  char *status;   /* "scanned", "not scanned", "failed" */
  char *reason;
} ServerNote;

static void
server_note_free (ServerNote *n)
{
  g_free (n->name);
  g_free (n->status);
  g_free (n->reason);
  g_free (n);
}

static void
note (GPtrArray  *notes,
      const char *name,
      const char *status,
      const char *reason)
{
  ServerNote *n = g_new0 (ServerNote, 1);

  n->name = g_strdup (name);
  n->status = g_strdup (status);
  n->reason = g_strdup (reason);
  g_ptr_array_add (notes, n);
}

static void
scan_config (ZtToolScan         *scan,
             JsonObject         *servers,
             guint               timeout_s,
             const ZtScanConfig *config,
             GPtrArray          *notes,
             GPtrArray          *keep)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, servers);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      JsonObject *server;
      const char *type;
      g_autoptr(GError) error = NULL;
      g_autofree char *instructions = NULL;
      JsonArray *tools;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          note (notes, name, "failed", "not an object");
          continue;
        }
      server = json_node_get_object (node);
      type = zt_json_get_string (server, "type");
      if ((type != NULL && strcmp (type, "stdio") != 0) || (type == NULL && zt_json_get_string (server, "command") == NULL))
        {
          g_autofree char *why = g_strdup_printf ("a %s server (only stdio servers are started)",
                                                  type ? type : (zt_json_get_string (server, "url") ? "remote" : "unknown"));
          note (notes, name, "not scanned", why);
          continue;
        }
      tools = list_stdio_server (server, timeout_s, &instructions, &error);
      if (tools == NULL)
        {
          note (notes, name, "failed", error->message);
          continue;
        }
      zt_tool_scan_add_service (scan, name, tools, instructions, config);
      json_array_unref (tools);  /* the scan holds its own reference */
      if (instructions)
        g_ptr_array_add (keep, g_steal_pointer (&instructions));  /* borrowed by the scan */
      note (notes, name, "scanned", NULL);
    }
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
print_human (ZtToolScan *scan,
             GPtrArray  *notes,
             const char *only)
{
  g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_found = 0;

  for (guint i = 0; i < notes->len; i++)
    {
      ServerNote *n = notes->pdata[i];
      if (strcmp (n->status, "scanned") != 0)
        g_print ("server %s: %s: %s\n", n->name, n->status, n->reason ? n->reason : "");
    }
  for (guint i = 0; i < zt_tool_scan_get_n_results (scan); i++)
    {
      const ZtScanResult *r = zt_tool_scan_get_result (scan, i);
      g_autofree char *who = NULL;

      if (only != NULL && g_strcmp0 (r->service, only) != 0)
        continue;
      who = r->instructions ? g_strdup ("(server instructions)") : g_strdup (r->name);

      g_print ("%-6s %s%s%s\n", r->verdict == ZT_SCAN_BLOCK ? "BLOCK" : r->verdict == ZT_SCAN_WARN ? "warn" : "ok",
               r->service ? r->service : "", r->service ? " / " : "", who);
      for (guint f = 0; f < r->findings->len; f++)
        {
          const ZtScanFinding *fd = r->findings->pdata[f];
          g_print ("         %-8s %-26s %s [%" G_GSIZE_FORMAT "..%" G_GSIZE_FORMAT "]: %s\n",
                   zt_scan_severity_to_string (fd->severity), fd->rule, fd->path, fd->start, fd->end, fd->excerpt);
          g_hash_table_add (found, (gpointer) fd->rule);
        }
    }
  /* what each rule reported means, once, so that an id needs no lookup */
  if (g_hash_table_size (found) > 0)
    {
      g_autofree gpointer *rules = g_hash_table_get_keys_as_array (found, &n_found);

      qsort (rules, n_found, sizeof *rules, compare_strings);
      g_print ("\nWhat the rules above look for (`zt4mcp scan --list-rules` lists all of them; a service\n"
               "sets one to off, warn or block with `zt4mcp service update NAME --scan-rule RULE=ACTION`):\n");
      for (guint i = 0; i < n_found; i++)
        {
          const char *text = zt_tool_scan_rule_describe (rules[i]);

          g_print ("  %-28s %s\n", (const char *) rules[i], text ? text : "");
        }
    }
}

static int
status_of_verdict (ZtScanVerdict verdict)
{
  switch (verdict)
    {
    case ZT_SCAN_BLOCK: return EXIT_BLOCK;
    case ZT_SCAN_WARN: return EXIT_WARN;
    case ZT_SCAN_ALLOW:
    default: return EXIT_CLEAN;
    }
}

int
zt_cli_scan_status (ZtToolScan *scan,
                    const char *only)
{
  ZtScanVerdict worst = ZT_SCAN_ALLOW;

  if (only == NULL)
    return status_of_verdict (zt_tool_scan_get_verdict (scan));
  for (guint i = 0; i < zt_tool_scan_get_n_results (scan); i++)
    {
      const ZtScanResult *r = zt_tool_scan_get_result (scan, i);

      if (g_strcmp0 (r->service, only) == 0 && r->verdict > worst)
        worst = r->verdict;
    }
  return status_of_verdict (worst);
}

void
zt_cli_scan_print (ZtToolScan *scan,
                   const char *only)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();

  print_human (scan, notes, only);
}

int
zt_cli_scan (int    argc,
             char **argv)
{
  gboolean json = FALSE, list_rules = FALSE;
  g_auto(GStrv) rule_specs = NULL;
  const ZtScanConfig *config = NULL;
  int timeout_s = 30;
  g_autofree char *home = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON for scripts", NULL },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_s, "Seconds each configured server has to list its tools (default 30)", "S" },
    { "rule", 0, 0, G_OPTION_ARG_STRING_ARRAY, &rule_specs, "Override one rule, or a family of them (\"hidden.\"), for every tool: off, warn or block (repeat)", "RULE=ACTION" },
    { "list-rules", 0, 0, G_OPTION_ARG_NONE, &list_rules, "List the rules the scan reports (and those only the result scan has), and exit", NULL },
    { "home", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &home, "", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("FILE|-");
  g_autoptr(ZtScanRules) rules = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(ZtToolScan) scan = zt_tool_scan_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func ((GDestroyNotify) server_note_free);
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  JsonObject *obj = NULL;
  JsonObject *servers = NULL;
  int status;

  g_set_prgname ("zt4mcp scan");
  g_option_context_set_summary (ctx,
    "Scan MCP tool definitions for instructions aimed at the model, hidden text, encoded payloads,\n"
    "parameters that harvest context or secrets, and shadowing of other servers' tools.\n\n"
    "FILE is a tools/list result ({\"tools\": [...]}), a JSON-RPC response holding one, an array of\n"
    "tools, or an MCP client configuration (VS Code {\"servers\": {...}}, Claude Desktop or Cursor\n"
    "{\"mcpServers\": {...}}): each configured stdio server is started (no shell, a minimal\n"
    "environment plus its \"env\") and asked for its tools; http/sse servers are reported as not scanned.\n\n"
    "Exit status: 0 nothing found, 1 warnings (or a server that could not be scanned), 2 a tool\n"
    "would be blocked, 3 usage error, 4 input that could not be read or parsed.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return fail (EXIT_USAGE, "%s (see --help)", error->message);
  if (list_rules)
    {
      const char *const *ids = zt_tool_scan_rules ();
      const char *const *result_ids = zt_result_scan_rules ();

      if (json)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();
          g_autoptr(JsonNode) out = NULL;

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "rules");
          json_builder_begin_array (b);
          for (guint i = 0; ids[i]; i++)
            json_builder_add_string_value (b, ids[i]);
          json_builder_end_array (b);
          json_builder_set_member_name (b, "result_rules");
          json_builder_begin_array (b);
          for (guint i = 0; result_ids[i]; i++)
            json_builder_add_string_value (b, result_ids[i]);
          json_builder_end_array (b);
          json_builder_set_member_name (b, "descriptions");
          json_builder_begin_object (b);
          for (guint i = 0; ids[i]; i++)
            {
              json_builder_set_member_name (b, ids[i]);
              json_builder_add_string_value (b, zt_tool_scan_rule_describe (ids[i]));
            }
          for (guint i = 0; result_ids[i]; i++)
            {
              json_builder_set_member_name (b, result_ids[i]);
              json_builder_add_string_value (b, zt_result_scan_rule_describe (result_ids[i]));
            }
          json_builder_end_object (b);
          json_builder_end_object (b);
          out = json_builder_get_root (b);
          print_json (out);
        }
      else
        {
          for (guint i = 0; ids[i]; i++)
            g_print ("%-30s %s\n", ids[i], zt_tool_scan_rule_describe (ids[i]));
          g_print ("# results only (the result scan also reads results with the rules above):\n");
          for (guint i = 0; result_ids[i]; i++)
            g_print ("%-30s %s\n", result_ids[i], zt_result_scan_rule_describe (result_ids[i]));
        }
      return 0;
    }
  if (argc != 2)
    return fail (EXIT_USAGE, "which file? `zt4mcp scan FILE` (or - for standard input)");
  if (rule_specs != NULL && (rules = zt_scan_rules_new_from_specs ((const char *const *) rule_specs, &error)) == NULL)
    return fail (EXIT_USAGE, "--rule: %s", error->message);
  config = zt_scan_rules_get_config (rules);
  if (timeout_s <= 0 || timeout_s > 3600)
    return fail (EXIT_USAGE, "--timeout: give 1 to 3600 seconds");

  bytes = read_bounded (argv[1], &error);
  if (bytes == NULL)
    return fail (EXIT_INPUT, "%s: %s", argv[1], error->message);
  root = zt_json_parse_strict (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &input_limits, &error);
  if (root == NULL)
    return fail (EXIT_INPUT, "%s: %s", argv[1], error->message);

  if (JSON_NODE_HOLDS_ARRAY (root))
    zt_tool_scan_add_service (scan, NULL, json_node_get_array (root), NULL, config);
  else if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonNode *n;

      obj = json_node_get_object (root);
      if ((n = json_object_get_member (obj, "result")) != NULL && JSON_NODE_HOLDS_OBJECT (n))
        obj = json_node_get_object (n);
      if ((n = json_object_get_member (obj, "mcpServers")) != NULL && JSON_NODE_HOLDS_OBJECT (n))
        servers = json_node_get_object (n);
      else if ((n = json_object_get_member (obj, "servers")) != NULL && JSON_NODE_HOLDS_OBJECT (n))
        servers = json_node_get_object (n);
      if (servers != NULL)
        scan_config (scan, servers, timeout_s, config, notes, keep);
      else if (zt_json_get_array (obj, "tools") != NULL)
        zt_tool_scan_add_service (scan, NULL, zt_json_get_array (obj, "tools"),
                                  zt_json_get_string (obj, "instructions"), config);
      else
        return fail (EXIT_INPUT, "%s: neither tools (a tools/list result or an array) nor a client configuration", argv[1]);
    }
  else
    return fail (EXIT_INPUT, "%s: neither tools nor a client configuration", argv[1]);

  zt_tool_scan_run (scan);
  status = zt_cli_scan_status (scan, NULL);
  for (guint i = 0; i < notes->len; i++)
    if (strcmp (((ServerNote *) notes->pdata[i])->status, "scanned") != 0)
      status = MAX (status, EXIT_WARN);

  if (json)
    {
      g_autoptr(JsonNode) out = zt_tool_scan_to_json (scan);
      JsonObject *o = json_node_get_object (out);

      if (servers != NULL)
        {
          JsonArray *list = json_array_new ();

          for (guint i = 0; i < notes->len; i++)
            {
              ServerNote *n = notes->pdata[i];
              JsonObject *s = json_object_new ();

              json_object_set_string_member (s, "name", n->name);
              json_object_set_string_member (s, "status", n->status);
              if (n->reason)
                json_object_set_string_member (s, "reason", n->reason);
              json_array_add_object_element (list, s);
            }
          json_object_set_array_member (o, "servers", list);
        }
      print_json (out);
    }
  else
    print_human (scan, notes, NULL);
  return status;
}
