/* zt-ui-stall.c: how long the desktop app's UI thread stalls while its embedded agent carries
 * heavy MCP traffic: the UI main loop's lateness, idle (baseline) and under load */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <math.h>

#include "zt-agent-thread.h"
#include "zt-application.h"
#include "zt-client.h"
#include "zt-renderer.h"
#include "zt-window.h"

#define TICK_MS 5

static double   opt_seconds = 5;
static int      opt_clients = 16;
static char    *opt_server;
static gboolean opt_json;
static double   opt_probe;
static char    *opt_load;
static char    *load_out;

static const GOptionEntry entries[] = {
  { "seconds", 's', 0, G_OPTION_ARG_DOUBLE, &opt_seconds, "Measured time per phase (default 5)", "S" },
  { "clients", 'c', 0, G_OPTION_ARG_INT, &opt_clients, "Concurrent MCP clients during the load phase (default 16)", "N" },
  { "server", 0, 0, G_OPTION_ARG_FILENAME, &opt_server, "The zt-echo-server binary (default: next to this one)", "PATH" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print one JSON object", NULL },
  { "load", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_load, "Only be the load: call the echo tool at URL (token in ZT_UI_STALL_TOKEN)", "URL" },
  { "probe", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_DOUBLE, &opt_probe, "Only time a plain GLib main loop for S seconds (the baseline process)", "S" },
  { NULL }
};

/* The UI thread: a TICK_MS timeout that records how late each tick fires. */
typedef struct {
  GArray  *late_us;
  gint64   last;
  gboolean measuring;
  gint64   start;
  GArray  *steady_us;  /* ticks after the first STEADY_AFTER_S, when sessions are open */
} Ticks;

#define STEADY_AFTER_S 1.5

static gboolean
tick_cb (gpointer data)
{
  Ticks *t = data;
  gint64 now = g_get_monotonic_time ();

  if (t->measuring && t->last > 0)
    {
      gint64 late = now - t->last - TICK_MS * 1000;
      g_array_append_val (t->late_us, late);
      if (t->steady_us && now - t->start > STEADY_AFTER_S * G_USEC_PER_SEC)
        g_array_append_val (t->steady_us, late);
      if (late > 20000 && g_getenv ("ZT_UI_STALL_VERBOSE"))
        g_printerr ("stall of %.1f ms at +%.2f s\n", late / 1000.0, (now - t->start) / 1e6);
    }
  t->last = now;
  return G_SOURCE_CONTINUE;
}

static int
cmp_int64 (gconstpointer a,
           gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return x < y ? -1 : x > y;
}

static gint64
percentile (GArray *a,
            double  p)
{
  if (a->len == 0)
    return 0;
  return g_array_index (a, gint64, MIN (a->len - 1, (guint) floor (p * a->len)));
}

static gboolean
run_for_done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Without a source of its own, an idle window's loop could sleep well past the end (the
 * next timer of GTK's may be seconds away): a timeout ends the wait on time. */
static void
run_for (double seconds)
{
  gboolean done = FALSE;

  g_timeout_add ((guint) (seconds * 1000), run_for_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Load: each client thread its own MCP session over its own connection. */
typedef struct {
  char          *url;
  char          *token;
  volatile gint *stop;
  gint64         calls;
  gint64         errors;
} Load;

static GBytes *
post (SoupSession *session,
      Load        *load,
      const char  *session_id,
      const char  *body,
      char       **new_session_id)
{
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", load->url);
  g_autofree char *auth = g_strdup_printf ("Bearer %s", load->token);
  g_autoptr(GBytes) req = g_bytes_new (body, strlen (body));
  SoupMessageHeaders *h = soup_message_get_request_headers (msg);
  GBytes *answer;

  soup_message_headers_replace (h, "Authorization", auth);
  soup_message_headers_replace (h, "Accept", "application/json, text/event-stream");
  if (session_id)
    {
      soup_message_headers_replace (h, "Mcp-Session-Id", session_id);
      soup_message_headers_replace (h, "MCP-Protocol-Version", "2025-06-18");
    }
  soup_message_set_request_body_from_bytes (msg, "application/json", req);
  answer = soup_session_send_and_read (session, msg, NULL, NULL);
  if (answer && new_session_id)
    *new_session_id = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg), "Mcp-Session-Id"));
  if (soup_message_get_status (msg) >= 300)
    g_clear_pointer (&answer, g_bytes_unref);
  return answer;
}

static gpointer
load_thread (gpointer data)
{
  Load *load = data;
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(SoupSession) session = NULL;
  g_autofree char *sid = NULL;
  g_autoptr(GBytes) init = NULL;

  g_main_context_push_thread_default (context);
  session = soup_session_new ();
  init = post (session, load, NULL,
               "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
               "\"capabilities\":{},\"clientInfo\":{\"name\":\"zt-ui-stall\",\"version\":\"1\"}}}", &sid);
  if (init == NULL || sid == NULL)
    {
      load->errors++;
      g_main_context_pop_thread_default (context);
      return NULL;
    }
  g_bytes_unref (post (session, load, sid, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", NULL));
  for (gint64 id = 1; !g_atomic_int_get (load->stop); id++)
    {
      g_autofree char *body = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":%" G_GINT64_FORMAT ",\"method\":\"tools/call\","
                                               "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"ui stall\"}}}", id);
      g_autoptr(GBytes) answer = post (session, load, sid, body, NULL);

      if (answer)
        load->calls++;
      else
        load->errors++;
    }
  g_main_context_pop_thread_default (context);
  return NULL;
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &load_out, NULL, NULL);
  *(gboolean *) user_data = TRUE;
}

/* The load process: N client threads for the measured time, then "calls errors". */
static int
run_load (const char *url)
{
  volatile gint stop = 0;
  Load *loads = g_new0 (Load, opt_clients);
  GThread **threads = g_new0 (GThread *, opt_clients);
  gint64 calls = 0, errors = 0;

  for (int i = 0; i < opt_clients; i++)
    {
      loads[i].url = g_strdup (url);
      loads[i].token = g_strdup (g_getenv ("ZT_UI_STALL_TOKEN"));
      loads[i].stop = &stop;
      threads[i] = g_thread_new ("load", load_thread, &loads[i]);
    }
  g_usleep ((gulong) (opt_seconds * G_USEC_PER_SEC));
  g_atomic_int_set (&stop, 1);
  for (int i = 0; i < opt_clients; i++)
    {
      g_thread_join (threads[i]);
      calls += loads[i].calls;
      errors += loads[i].errors;
      g_free (loads[i].url);
      g_free (loads[i].token);
    }
  g_print ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", calls, errors);
  g_free (loads);
  g_free (threads);
  return 0;
}

static void
add_service (const char *url,
             const char *token,
             const char *server)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *api = g_strconcat (url, "/api/v1/services", NULL);
  g_autoptr(SoupMessage) msg = soup_message_new ("POST", api);
  g_autofree char *auth = g_strdup_printf ("Bearer %s", token);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GBytes) bytes = NULL, answer = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, "echo");
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, "stdio");
  json_builder_set_member_name (b, "command");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, server);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "max_sessions");
  json_builder_add_int_value (b, 64);
  json_builder_set_member_name (b, "idle_timeout");
  json_builder_add_int_value (b, 0);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  body = json_to_string (root, FALSE);
  bytes = g_bytes_new (body, strlen (body));
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
  answer = soup_session_send_and_read (session, msg, NULL, NULL);
  if (soup_message_get_status (msg) != 201)
    g_error ("cannot add the echo service: HTTP %u %.*s", soup_message_get_status (msg),
             answer ? (int) g_bytes_get_size (answer) : 0, answer ? (const char *) g_bytes_get_data (answer, NULL) : "");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) ctx = g_option_context_new ("- UI thread stalls of zt4mcp-desktop under agent load");
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("zt-ui-stall-XXXXXX", NULL);
  g_autofree char *self_dir = NULL;
  ZtAgentThread *agent;
  g_autoptr(ZtClient) client = NULL;
  g_autoptr(GSettings) settings = NULL;
  ZtWindow *window;
  Ticks idle = { g_array_new (FALSE, FALSE, sizeof (gint64)) };
  Ticks loaded = { g_array_new (FALSE, FALSE, sizeof (gint64)), 0, FALSE, 0, g_array_new (FALSE, FALSE, sizeof (gint64)) };
  g_autoptr(GSubprocess) load_proc = NULL;
  gint64 calls = 0, errors = 0;
  guint tick;
  g_autoptr(GSubprocess) probe = NULL;
  g_autofree char *probe_arg = NULL, *probe_out = NULL;
  guint probe_ticks = 0;
  gint64 probe_p50 = 0, probe_p99 = 0, probe_max = 0;

  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_description (ctx, "Needs a display (run under xvfb-run). Starts the app's window with its embedded "
                                         "agent, adds zt-echo-server as a stdio service, and measures how late a "
                                         "5 ms timeout on the UI thread fires: first idle, then while N clients call "
                                         "the echo tool through the agent as fast as they can.");
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      g_printerr ("zt-ui-stall: %s\n", error->message);
      return 2;
    }
  if (opt_load != NULL)
    return run_load (opt_load);
  if (opt_probe > 0)
    {
      /* the baseline: a process with nothing but a main loop, on the same loaded machine */
      Ticks bare = { g_array_new (FALSE, FALSE, sizeof (gint64)), 0, TRUE };

      g_timeout_add (TICK_MS, tick_cb, &bare);
      run_for (opt_probe);
      g_array_sort (bare.late_us, cmp_int64);
      g_print ("%u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", bare.late_us->len,
               percentile (bare.late_us, 0.5), percentile (bare.late_us, 0.99), percentile (bare.late_us, 1.0));
      return 0;
    }
  self_dir = g_path_get_dirname (argv[0]);
  if (opt_server == NULL)
    opt_server = g_build_filename (self_dir, "zt-echo-server", NULL);
  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_init ();
  adw_init ();
  /* as the app's startup does */
  zt_renderer_choose (gdk_display_get_default ());
  agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  if (agent == NULL)
    g_error ("cannot start the agent: %s", error->message);
  add_service (zt_agent_thread_get_url (agent), zt_agent_thread_get_token (agent), opt_server);

  client = zt_client_new (zt_agent_thread_get_url (agent), zt_agent_thread_get_token (agent));
  settings = zt_settings_new ();
  window = zt_window_new (NULL, client, settings, NULL);
  gtk_window_present (GTK_WINDOW (window));
  run_for (1.0);
  /* the services page, where session counts and state change live under load */
  zt_window_show_page (window, g_getenv ("ZT_UI_STALL_PAGE") ? g_getenv ("ZT_UI_STALL_PAGE") : "services");
  run_for (0.5);

  tick = g_timeout_add (TICK_MS, tick_cb, &idle);
  idle.measuring = TRUE;
  run_for (opt_seconds);
  g_source_remove (tick);

  /* the load comes from another process, as IDEs' calls do; its sessions open (a server
   * process each) in the first LOAD_SETTLE seconds, which are measured too */
  {
    g_autofree char *load_url = g_strconcat (zt_agent_thread_get_url (agent), "/mcp/echo", NULL);
    g_autofree char *clients_arg = g_strdup_printf ("%d", opt_clients);
    g_autofree char *seconds_arg = g_strdup_printf ("%.1f", opt_seconds);
    g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);

    g_subprocess_launcher_setenv (launcher, "ZT_UI_STALL_TOKEN", zt_agent_thread_get_token (agent), TRUE);
    load_proc = g_subprocess_launcher_spawn (launcher, &error, argv[0], "--load", load_url, "--clients", clients_arg,
                                             "--seconds", seconds_arg, NULL);
    if (load_proc == NULL)
      g_error ("cannot start the load: %s", error->message);
    probe_arg = g_strdup_printf ("%.1f", opt_seconds);
    probe = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, argv[0], "--probe", probe_arg, NULL);
    if (probe == NULL)
      g_error ("cannot start the baseline probe: %s", error->message);
  }
  tick = g_timeout_add (TICK_MS, tick_cb, &loaded);
  loaded.measuring = TRUE;
  loaded.start = g_get_monotonic_time ();
  run_for (opt_seconds);
  g_source_remove (tick);
  if (!g_subprocess_communicate_utf8 (probe, NULL, NULL, &probe_out, NULL, &error) ||
      sscanf (probe_out, "%u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
              &probe_ticks, &probe_p50, &probe_p99, &probe_max) != 4)
    g_error ("the baseline probe failed");
  /* the load process reports once its time is up: keep the UI loop running meanwhile */
  {
    gboolean done = FALSE;
    g_subprocess_communicate_utf8_async (load_proc, NULL, NULL, load_done_cb, &done);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
    if (load_out == NULL || sscanf (load_out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, &calls, &errors) != 2)
      g_error ("the load process failed");
  }

  g_array_sort (idle.late_us, cmp_int64);
  g_array_sort (loaded.late_us, cmp_int64);
  g_array_sort (loaded.steady_us, cmp_int64);
  if (opt_json)
    g_print ("{\"clients\":%d,\"seconds\":%.1f,\"calls_per_s\":%.0f,\"errors\":%" G_GINT64_FORMAT ","
             "\"idle\":{\"ticks\":%u,\"p50_us\":%" G_GINT64_FORMAT ",\"p99_us\":%" G_GINT64_FORMAT ",\"max_us\":%" G_GINT64_FORMAT "},"
             "\"loaded\":{\"ticks\":%u,\"p50_us\":%" G_GINT64_FORMAT ",\"p99_us\":%" G_GINT64_FORMAT ",\"max_us\":%" G_GINT64_FORMAT "},"
             "\"loaded_steady_max_us\":%" G_GINT64_FORMAT ","
             "\"baseline_process\":{\"ticks\":%u,\"p50_us\":%" G_GINT64_FORMAT ",\"p99_us\":%" G_GINT64_FORMAT ",\"max_us\":%" G_GINT64_FORMAT "}}\n",
             opt_clients, opt_seconds, calls / opt_seconds, errors,
             idle.late_us->len, percentile (idle.late_us, 0.5), percentile (idle.late_us, 0.99), percentile (idle.late_us, 1.0),
             loaded.late_us->len, percentile (loaded.late_us, 0.5), percentile (loaded.late_us, 0.99), percentile (loaded.late_us, 1.0),
             percentile (loaded.steady_us, 1.0), probe_ticks, probe_p50, probe_p99, probe_max);
  else
    {
      g_print ("UI main loop lateness of a %d ms timeout (the UI thread's stalls)\n", TICK_MS);
      g_print ("%-28s %8s %10s %10s %10s\n", "phase", "ticks", "p50", "p99", "max");
      g_print ("%-28s %8u %8.2fms %8.2fms %8.2fms\n", "idle (baseline)", idle.late_us->len,
               percentile (idle.late_us, 0.5) / 1000.0, percentile (idle.late_us, 0.99) / 1000.0,
               percentile (idle.late_us, 1.0) / 1000.0);
      g_print ("%-28s %8u %8.2fms %8.2fms %8.2fms\n",
               "agent under load", loaded.late_us->len,
               percentile (loaded.late_us, 0.5) / 1000.0, percentile (loaded.late_us, 0.99) / 1000.0,
               percentile (loaded.late_us, 1.0) / 1000.0);
      g_print ("%-28s %8u %8.2fms %8.2fms %8.2fms\n", "  of which after 1.5 s", loaded.steady_us->len,
               percentile (loaded.steady_us, 0.5) / 1000.0, percentile (loaded.steady_us, 0.99) / 1000.0,
               percentile (loaded.steady_us, 1.0) / 1000.0);
      g_print ("%-28s %8u %8.2fms %8.2fms %8.2fms\n", "plain main loop, same load", probe_ticks,
               probe_p50 / 1000.0, probe_p99 / 1000.0, probe_max / 1000.0);
      g_print ("load: %d clients, %.0f calls/s through the embedded agent, %" G_GINT64_FORMAT " errors\n",
               opt_clients, calls / opt_seconds, errors);
      g_print ("worst stall under load: %.1f ms (aim: under 50 ms); a bare main loop in another process: %.1f ms; "
               "ratio app/bare: p99 %.2f, max %.2f\n",
               percentile (loaded.late_us, 1.0) / 1000.0, probe_max / 1000.0,
               (double) MAX (1, percentile (loaded.late_us, 0.99)) / MAX (1, probe_p99),
               (double) MAX (1, percentile (loaded.late_us, 1.0)) / MAX (1, probe_max));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&client);
  zt_agent_thread_stop (agent);
  return 0;
}
