/* test-gui-flows.c: the desktop app's user flows against a real mesh (a hub and another agent
 * started by gui-fixture.mjs): first-run join with a real invitation, the mesh page showing a
 * peer and its services, importing a service and calling it through the app's embedded agent
 * with the MCP SDK client. Each step saves a PNG of the window. */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>

#include "zt-add-service-dialog.h"
#include "zt-agent-thread.h"
#include "zt-application.h"
#include "zt-client.h"
#include "zt-services-page.h"
#include "zt-tools-dialog.h"
#include "zt-tool-scan.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

static struct {
  GSubprocess   *fixture;
  JsonObject    *info;
  ZtAgentThread *agent;
  ZtClient      *client;
  GSettings     *settings;
  ZtWindow      *window;
} f;

static const char *
info (const char *member)
{
  return json_object_get_string_member (f.info, member);
}

static void
start_fixture (void)
{
  g_autofree char *script = g_build_filename (g_getenv ("ZT_TESTS_DIR"), "gui-fixture.mjs", NULL);
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  f.fixture = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                g_getenv ("NODE"), script, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (f.fixture));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (json_parser_load_from_data (parser, line, -1, NULL));
  f.info = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
stop_fixture (void)
{
  /* closing its standard input tells the fixture to stop the hub and agents */
  g_output_stream_close (g_subprocess_get_stdin_pipe (f.fixture), NULL, NULL);
  g_subprocess_wait (f.fixture, NULL, NULL);
  g_clear_object (&f.fixture);
}

static GtkWidget *
window_widget (void)
{
  return GTK_WIDGET (f.window);
}

static gboolean
page_is (gpointer data)
{
  return g_strcmp0 (zt_window_get_page (f.window), data) == 0;
}

static GtkWidget *
named (const char *name)
{
  GtkWidget *w = zt_test_find (window_widget (), name, NULL, NULL);

  if (w == NULL)
    g_error ("no widget named %s in the window", name);
  return w;
}

static void
set_invitation_text (const char *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (named ("invitation"));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static gboolean
status_has_error (gpointer data)
{
  GtkWidget *label = named ("join-status");
  return gtk_widget_has_css_class (label, "error") && gtk_label_get_text (GTK_LABEL (label))[0] != '\0';
}

static gboolean
mesh_joined (gpointer data)
{
  JsonObject *mesh = zt_client_get_mesh (f.client);
  return mesh && json_object_get_boolean_member_with_default (mesh, "joined", FALSE);
}

static gboolean
preview_shown (gpointer data)
{
  return zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static void
test_first_run_join (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *shot = NULL;
  GtkWidget *preview;
  const char *status;

  start_fixture ();
  f.agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  f.client = zt_client_new (zt_agent_thread_get_url (f.agent), zt_agent_thread_get_token (f.agent));
  f.settings = zt_settings_new ();
  f.window = g_object_ref (zt_window_new (NULL, f.client, f.settings, NULL));
  gtk_window_set_default_size (GTK_WINDOW (f.window), 980, 680);
  gtk_window_present (GTK_WINDOW (f.window));

  /* a new agent is in no mesh: the app opens on the welcome page */
  zt_test_wait_until (page_is, "welcome", 10000, "the welcome page");
  g_assert_nonnull (zt_test_find_text (window_widget (), "Welcome to zt4mcp"));
  g_free (zt_test_screenshot (window_widget (), "first-run"));

  zt_test_click (named ("join-choice"));
  g_assert_true (gtk_widget_get_mapped (named ("invitation")));

  /* something that is not an invitation is refused, with what to do next */
  set_invitation_text ("zt4mcp-invite:this-is-not-one");
  zt_test_click (named ("join"));
  zt_test_wait_until (status_has_error, NULL, 10000, "an error under the join button");
  status = gtk_label_get_text (GTK_LABEL (named ("join-status")));
  g_test_message ("wrong invitation: %s", status);
  g_assert_nonnull (strstr (status, "not a zt4mcp invitation"));
  g_assert_nonnull (strstr (status, "paste the whole line"));
  shot = zt_test_screenshot (window_widget (), "join-error");

  /* the real invitation joins, once its preview is confirmed, and the app moves on to the
   * mesh page (the preview itself: test-mesh-flows) */
  set_invitation_text (info ("invitation"));
  zt_test_click (named ("join"));
  zt_test_wait_until (preview_shown, NULL, 10000, "the join preview");
  preview = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (preview), "join");
  gtk_window_destroy (GTK_WINDOW (preview));   /* what clicking the button also does */
  zt_test_wait_until (page_is, "mesh", 30000, "the mesh page after joining");
  zt_test_wait_until (mesh_joined, NULL, 10000, "the agent's mesh state to say joined");
  g_assert_cmpstr (json_object_get_string_member (zt_client_get_mesh (f.client), "endpoint"), ==, "alice-desktop");
}

static gboolean
is_peer_row_online (GtkWidget *w,
                    gpointer   data)
{
  return ADW_IS_EXPANDER_ROW (w) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0 &&
         strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (w)), "online") != NULL &&
         gtk_widget_get_sensitive (w);
}

static gboolean
peer_shown (gpointer data)
{
  return zt_test_find (window_widget (), "peer", is_peer_row_online, data) != NULL;
}

static gboolean
is_service_row (GtkWidget *w,
                gpointer   data)
{
  return ADW_IS_ACTION_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

static void
test_mesh_page_shows_peer (void)
{
  GtkWidget *peer, *service;

  g_assert_nonnull (f.window);
  /* the peer comes from the hub over the control channel, live */
  zt_test_wait_until (peer_shown, (gpointer) info ("peer"), 60000, "bob-pc online on the mesh page");
  peer = zt_test_find (window_widget (), "peer", is_peer_row_online, (gpointer) info ("peer"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (peer)), "bob"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (peer)), "1 service"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (peer), TRUE);
  service = zt_test_find (peer, "peer-service", is_service_row, (gpointer) info ("service"));
  g_assert_nonnull (service);
  g_assert_nonnull (zt_test_find (service, "import", NULL, NULL));
  g_assert_nonnull (zt_test_find_text (window_widget (), "Connected"));   /* the hub row */
  g_assert_nonnull (zt_test_find_text (window_widget (), "alice on alice-desktop"));
  g_free (zt_test_screenshot (window_widget (), "mesh"));
}

static gboolean
imported_shown (gpointer data)
{
  return zt_test_find_text (window_widget (), "Imported as") != NULL;
}

/* Calls the echo tool at @url with @message. */
static gboolean
call_tool (const char  *url,
           const char  *token,
           const char  *message,
           char       **out)
{
  g_autofree char *args = g_strdup_printf ("{\"message\":\"%s\"}", message);

  return zt_test_call_tool (url, token, "echo", args, out);
}

static gboolean
is_tools_row (GtkWidget *w,
              gpointer   data)
{
  const char *subtitle;

  if (!ADW_IS_ACTION_ROW (w) || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Tools") != 0)
    return FALSE;
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (w));
  return subtitle && strstr (subtitle, " tools: ") != NULL;
}

static gboolean
tools_listed (gpointer data)
{
  return zt_test_find (data, NULL, is_tools_row, NULL) != NULL;
}

static void
test_import_and_call (void)
{
  GtkWidget *peer, *button, *expander;
  g_autofree char *url = NULL, *out = NULL;
  JsonObject *imported;
  gboolean ok;

  g_assert_nonnull (f.window);
  peer = zt_test_find (window_widget (), "peer", is_peer_row_online, (gpointer) info ("peer"));
  g_assert_nonnull (peer);
  button = zt_test_find (peer, "import", NULL, NULL);
  zt_test_click (button);
  zt_test_wait_until (imported_shown, NULL, 10000, "“Imported as” on the mesh page");
  imported = zt_client_find_service (f.client, info ("service"));
  g_assert_nonnull (imported);
  g_assert_cmpstr (json_object_get_string_member (imported, "kind"), ==, "mesh");
  g_assert_cmpstr (json_object_get_string_member (imported, "peer"), ==, info ("peer"));
  g_free (zt_test_screenshot (window_widget (), "mesh-imported"));

  /* an app on this computer (the SDK client) uses it through the embedded agent */
  url = zt_client_get_service_url (f.client, info ("service"));
  ok = call_tool (url, zt_agent_thread_get_token (f.agent), "hello from the desktop app", &out);
  g_test_message ("tool call through the app: %s", out);
  g_assert_true (ok);
  g_assert_nonnull (strstr (out, "Echo: hello from the desktop app"));

  /* the services page lists it with the tools it offers */
  zt_window_show_page (f.window, "services");
  expander = zt_test_find (window_widget (), "service", NULL, NULL);
  g_assert_nonnull (expander);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), ==, info ("service"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  zt_test_wait_until (tools_listed, expander, 30000, "the tools of the imported service");
  g_free (zt_test_screenshot (window_widget (), "services"));
}


/* --- the Services page with a local server -------------------------------------------- */

static gboolean
no_add_dialog (gpointer data)
{
  return zt_test_find_toplevel (ZT_TYPE_ADD_SERVICE_DIALOG) == NULL && zt_client_find_service (f.client, data) != NULL;
}

static gboolean
service_state_is (gpointer data)
{
  const char **want = data;   /* { name, state } */
  JsonObject *s = zt_client_find_service (f.client, want[0]);
  return s && g_strcmp0 (json_object_get_string_member_with_default (s, "state", NULL), want[1]) == 0;
}

static gboolean
service_not_stopped (gpointer data)
{
  JsonObject *s = zt_client_find_service (f.client, data);
  return s && json_object_get_boolean_member_with_default (s, "enabled", FALSE) &&
         g_strcmp0 (json_object_get_string_member_with_default (s, "state", NULL), "stopped") != 0;
}

static gboolean
is_titled (GtkWidget *w,
           gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

static gboolean
reads_markup (GtkWidget *w,
              gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (w) && adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (w));
}

static gboolean
is_one_tool_row (GtkWidget *w,
                 gpointer   data)
{
  return ADW_IS_ACTION_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Tools") == 0 &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (w)), "1 tool: echo") == 0;
}

static gboolean
one_tool_listed (gpointer data)
{
  return zt_test_find (data, NULL, is_one_tool_row, NULL) != NULL;
}

static gboolean
is_button_labelled (GtkWidget *w,
                    gpointer   data)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), data) == 0;
}

static gboolean
is_entry (GtkWidget *w,
          gpointer   data)
{
  return GTK_IS_ENTRY (w);
}

static gboolean
has_subject (GtkWidget *w,
             gpointer   data)
{
  return g_strcmp0 (g_object_get_data (G_OBJECT (w), "subject"), data) == 0;
}

static gboolean
exported_to_bob (gpointer data)
{
  JsonObject *s = zt_client_find_service (f.client, data);
  JsonArray *to = s && json_object_has_member (s, "export_to") ? json_object_get_array_member (s, "export_to") : NULL;
  /* a plain name in the dialog is a user, stored and shown typed */
  return to && json_array_get_length (to) == 2 && g_strcmp0 (json_array_get_string_element (to, 0), "user:bob") == 0 &&
         g_strcmp0 (json_array_get_string_element (to, 1), "endpoint:bob-pc") == 0;
}

/* Add a local server through the dialog (with consent), see its tools, stop and start it,
 * copy a client configuration and use it, and share it with a user of the mesh. */
static gboolean
add_error_shown (gpointer data)
{
  GtkWidget *label = zt_test_find (GTK_WIDGET (data), "add-error", NULL, NULL);

  return label != NULL && gtk_label_get_text (GTK_LABEL (label))[0] != '\0';
}

static void
test_services_local_server (void)
{
  GtkWidget *dialog, *add, *row, *expander, *sw, *menu, *item, *message, *entry;
  g_autofree char *command = g_shell_quote (g_getenv ("ZT_ECHO_SERVER"));
  g_autofree char *out = NULL;
  const char *stopped[] = { "echo", "stopped" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *server;
  const char *url, *auth;
  g_autofree char *clip = NULL;

  g_assert_nonnull (f.window);
  zt_window_show_page (f.window, "services");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.add-service", NULL));
  dialog = zt_test_find_toplevel (ZT_TYPE_ADD_SERVICE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "service-name", NULL, NULL)), "echo");
  /* a program that is not there: the agent refuses it, and the dialog says why, in place */
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "command", NULL, NULL)), "zt-no-such-mcp-server --stdio");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (zt_test_find (dialog, "consent", NULL, NULL)), TRUE);
  zt_test_click (zt_test_find (dialog, "add", NULL, NULL));
  zt_test_wait_until (add_error_shown, dialog, 10000, "the dialog to say the program is missing");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (zt_test_find (dialog, "add-error", NULL, NULL))),
                            "zt-no-such-mcp-server was not found"));
  g_assert_true (gtk_widget_has_css_class (zt_test_find (dialog, "command", NULL, NULL), "error"));   /* marked */
  g_assert_nonnull (zt_test_find_toplevel (ZT_TYPE_ADD_SERVICE_DIALOG));   /* still open, nothing lost */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (zt_test_find (dialog, "consent", NULL, NULL)), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "command", NULL, NULL)), command);
  add = zt_test_find (dialog, "add", NULL, NULL);
  /* the dialog shows exactly what will run, and adds nothing without consent */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (zt_test_find (dialog, "preview", NULL, NULL))),
                            g_getenv ("ZT_ECHO_SERVER")));
  g_assert_false (gtk_widget_is_sensitive (add));
  g_free (zt_test_screenshot (dialog, "add-service"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (zt_test_find (dialog, "consent", NULL, NULL)), TRUE);
  zt_test_click (add);
  zt_test_wait_until (no_add_dialog, "echo", 10000, "the dialog to close and the service to be added");

  expander = zt_test_find (GTK_WIDGET (f.window), "service", is_titled, "echo");
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  zt_test_wait_until (one_tool_listed, expander, 20000, "the echo server's one tool");
  /* names, commands, tool names (a server's) and the log are text: no row reads them as
   * Pango markup (libadwaita's default), where "<" would be parsed or logged as broken */
  {
    GtkWidget *page = gtk_widget_get_ancestor (expander, ZT_TYPE_SERVICES_PAGE);
    GtkWidget *bad = page ? zt_test_find (page, NULL, reads_markup, NULL) : NULL;
    g_autofree char *what = bad ? g_strdup_printf ("%s \"%s\" in %s", G_OBJECT_TYPE_NAME (bad),
                                                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (bad)),
                                                   G_OBJECT_TYPE_NAME (gtk_widget_get_parent (bad))) : NULL;

    g_assert_cmpstr (what, ==, NULL);
  }

  /* stop: apps are refused; start: they are served again */
  sw = zt_test_find (expander, "service-enabled", NULL, NULL);
  gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
  zt_test_wait_until (service_state_is, stopped, 10000, "the service to stop");
  g_assert_false (call_tool (json_object_get_string_member (zt_client_find_service (f.client, "echo"), "endpoint"),
                             zt_agent_thread_get_token (f.agent), "through a pasted config", &out));
  g_test_message ("a stopped service: %s", out);
  g_clear_pointer (&out, g_free);
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  zt_test_wait_until (service_not_stopped, "echo", 10000, "the service to start again");

  /* Copy Client Config: the pasted VS Code configuration works, with a token of its own */
  menu = zt_test_find (expander, "copy-config", NULL, NULL);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  item = zt_test_find (menu, NULL, is_button_labelled, "VS Code (mcp.json)");
  zt_test_click (item);
  zt_test_run_for (1500);
  clip = zt_test_read_clipboard ();
  g_test_message ("copied: %s", clip);
  g_assert_nonnull (clip);
  g_assert_true (json_parser_load_from_data (parser, clip, -1, NULL));
  server = json_object_get_object_member (json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                                         "servers"), "echo");
  g_assert_cmpstr (json_object_get_string_member (server, "type"), ==, "http");
  url = json_object_get_string_member (server, "url");
  auth = json_object_get_string_member (json_object_get_object_member (server, "headers"), "Authorization");
  g_assert_true (g_str_has_prefix (auth, "Bearer "));
  g_assert_cmpstr (auth + 7, !=, zt_agent_thread_get_token (f.agent));
  g_assert_true (call_tool (url, auth + 7, "through a pasted config", &out));
  g_test_message ("a call with the pasted configuration: %s", out);
  g_assert_nonnull (strstr (out, "through a pasted config"));

  /* share with bob: the switch asks who may use it */
  sw = zt_test_find (expander, "service-export", NULL, NULL);
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  zt_test_run_for (300);
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  /* the members the agent knows from the hub are picked from a list, not typed */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (zt_test_find (message, "share-member", has_subject, "user:bob")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (zt_test_find (message, "share-member", has_subject, "endpoint:bob-pc")),
                               TRUE);
  entry = zt_test_find (message, "share-others", is_entry, NULL);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_free (zt_test_screenshot (message, "share-pick"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "export");
  gtk_window_destroy (GTK_WINDOW (message));   /* what clicking the button also does */
  zt_test_wait_until (exported_to_bob, "echo", 10000, "the service to be shared with bob");
  row = zt_test_find (expander, NULL, is_titled, "Shared with the mesh");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "user:bob, endpoint:bob-pc");
  g_free (zt_test_screenshot (GTK_WIDGET (f.window), "services-local"));
}

/* REST through the app's facade, waiting for the answer */
typedef struct {
  gboolean  done;
  JsonNode *answer;
} Rest;

static void
rest_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Rest *r = user_data;
  g_autoptr(GError) error = NULL;

  r->answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  g_assert_no_error (error);
  r->done = TRUE;
}

static gboolean
rest_done (gpointer data)
{
  return ((Rest *) data)->done;
}

static JsonNode *
rest (const char *method,
      const char *path,
      JsonNode   *body)
{
  Rest r = { FALSE };

  zt_client_call_async (f.client, method, path, body, NULL, rest_cb, &r);
  zt_test_wait_until (rest_done, &r, 60000, path);
  return r.answer;
}

static gboolean
changes_held_back (gpointer data)
{
  g_autoptr(JsonNode) pins = rest ("GET", "/services/weather/pins", NULL);
  return json_object_get_int_member_with_default (json_node_get_object (pins), "pending", 0) >= (gint64) GPOINTER_TO_UINT (data);
}

static gboolean
no_changes_held_back (gpointer data)
{
  return !changes_held_back (GUINT_TO_POINTER (1));
}

static gboolean
pending_shown (gpointer data)
{
  GtkWidget *group = zt_test_find (data, "pending-group", NULL, NULL);
  return group && gtk_widget_get_visible (group) && zt_test_find (data, "pending-tool", NULL, NULL) != NULL;
}

static gboolean
pending_gone (gpointer data)
{
  GtkWidget *group = zt_test_find (data, "pending-group", NULL, NULL);
  return group && !gtk_widget_get_visible (group) && zt_test_find (data, "tool", NULL, NULL) != NULL;
}

/* A server that turns after its first call (tests/node/rug-pull-server.mjs): its changed tool
 * and its new one wait in the Tools view, with what changed; Approve All releases them. */
static void
test_services_tool_changes (void)
{
  g_autofree char *rug = g_build_filename (g_getenv ("ZT_TESTS_DIR"), "..", "node", "rug-pull-server.mjs", NULL);
  g_autofree char *dir = g_dir_make_tmp ("zt4mcp-gui-rug-XXXXXX", NULL);
  g_autofree char *state = g_build_filename (dir, "calls", NULL);
  g_autofree char *out = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) body = NULL, added = NULL, tools = NULL, removed = NULL;
  GtkWidget *dialog;

  g_assert_nonnull (f.window);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name"); json_builder_add_string_value (b, "weather");
  json_builder_set_member_name (b, "kind"); json_builder_add_string_value (b, "stdio");
  json_builder_set_member_name (b, "command");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, g_getenv ("NODE"));
  json_builder_add_string_value (b, rug);
  json_builder_add_string_value (b, state);
  json_builder_add_string_value (b, "1");
  json_builder_end_array (b);
  json_builder_end_object (b);
  body = json_builder_get_root (b);
  added = rest ("POST", "/services", body);
  tools = rest ("GET", "/services/weather/tools", NULL);   /* the app lists them: pinned at first use */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (tools), "tools")), ==, 2);
  g_assert_true (zt_test_call_tool (json_object_get_string_member (json_node_get_object (added), "endpoint"),
                                  zt_agent_thread_get_token (f.agent), "get_weather", "{\"city\":\"Oslo\"}", &out));
  g_clear_pointer (&tools, json_node_unref);
  tools = rest ("GET", "/services/weather/tools", NULL);   /* the server changed meanwhile */
  zt_test_wait_until (changes_held_back, GUINT_TO_POINTER (2), 20000, "the changed and the new tool held back");

  dialog = GTK_WIDGET (zt_tools_dialog_new (GTK_WINDOW (f.window), f.client, "weather"));
  gtk_window_present (GTK_WINDOW (dialog));
  zt_test_wait_until (pending_shown, dialog, 20000, "the changes waiting for approval");
  g_assert_nonnull (zt_test_find_text (dialog, "get_weather"));
  g_assert_nonnull (zt_test_find_text (dialog, "send_report"));
  g_free (zt_test_screenshot (dialog, "tools-held-back"));
  zt_test_click (zt_test_find (dialog, NULL, is_button_labelled, "Approve A_ll"));
  zt_test_wait_until (pending_gone, dialog, 20000, "the approved tools in the approved group");
  zt_test_wait_until (no_changes_held_back, NULL, 10000, "nothing held back at the agent");
  g_free (zt_test_screenshot (dialog, "tools-approved"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  removed = rest ("DELETE", "/services/weather", NULL);
}

static JsonNode *
stdio_service (const char *name,
               const char *script,
               const char *arg)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name"); json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "kind"); json_builder_add_string_value (b, "stdio");
  json_builder_set_member_name (b, "command");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, g_getenv ("NODE"));
  json_builder_add_string_value (b, script);
  if (arg)
    json_builder_add_string_value (b, arg);
  json_builder_end_array (b);
  json_builder_end_object (b);
  body = json_builder_get_root (b);
  return rest ("POST", "/services", body);
}

static gboolean
is_row_titled (GtkWidget *w,
               gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

static gboolean
is_row_titled_prefix (GtkWidget *w,
                      gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (w) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data);
}

static gboolean
shadow_blocked_shown (gpointer data)
{
  return zt_tools_dialog_get_n_blocked (ZT_TOOLS_DIALOG (data)) >= 1 &&
         zt_test_find_text (GTK_WIDGET (data), "format_note") != NULL;
}

/* Shadowing is visible in the app: a service whose tool steers another service's tool shows
 * it blocked in its Tools view (scanned beside the other services, as the agent does), and
 * the agent refuses to list it. */
static void
test_services_shadowing (void)
{
  g_autofree char *shadow = g_build_filename (g_getenv ("ZT_TESTS_DIR"), "..", "node", "shadow-server.mjs", NULL);
  g_autofree char *everything = g_build_filename (g_getenv ("ZT_TESTS_DIR"), "..", "node", "node_modules",
                                                  "@modelcontextprotocol", "server-everything", "dist",
                                                  "index.js", NULL);
  g_autoptr(JsonNode) a = NULL, b = NULL, ev_tools = NULL, shadow_tools = NULL, ra = NULL, rb = NULL;
  JsonArray *listed;
  GtkWidget *dialog;

  g_assert_nonnull (f.window);
  a = stdio_service ("everything", everything, "stdio");
  b = stdio_service ("notes", shadow, NULL);
  ev_tools = rest ("GET", "/services/everything/tools", NULL);
  shadow_tools = rest ("GET", "/services/notes/tools", NULL);
  listed = json_object_get_array_member (json_node_get_object (shadow_tools), "tools");
  g_assert_cmpuint (json_array_get_length (listed), ==, 1);   /* word_count only */
  zt_test_run_for (500);  /* the services list reaches the app */

  dialog = GTK_WIDGET (zt_tools_dialog_new (GTK_WINDOW (f.window), f.client, "notes"));
  gtk_window_present (GTK_WINDOW (dialog));
  zt_test_wait_until (shadow_blocked_shown, dialog, 20000, "format_note shown blocked in the Tools view");
  g_assert_nonnull (zt_test_find_text (dialog, "Blocked"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (zt_test_find (dialog, "tool", is_row_titled, "format_note")), TRUE);
  zt_test_run_for (300);
  /* a tool that steers another service's tool is never accepted (the agent answers 409 steers):
   * no Accept… on it */
  g_assert_null (zt_test_find (zt_test_find (dialog, "tool", is_row_titled, "format_note"), "accept-tool", NULL, NULL));
  {
    GtkWidget *finding = zt_test_find (dialog, NULL, is_row_titled_prefix, "shadow.");  /* the finding's rule */
    g_autofree char *rule = NULL;

    g_assert_nonnull (finding);
    /* its tooltip says what the rule looks for */
    rule = g_strndup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (finding)),
                      strcspn (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (finding)), " "));
    g_assert_nonnull (zt_tool_scan_rule_describe (rule));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (finding), ==, zt_tool_scan_rule_describe (rule));
  }
  g_free (zt_test_screenshot (dialog, "tools-shadowing"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ra = rest ("DELETE", "/services/notes", NULL);
  rb = rest ("DELETE", "/services/everything", NULL);
}

static gboolean
n_blocked_is (gpointer data)
{
  ZtToolsDialog *dialog = g_object_get_data (data, "dialog");

  return zt_tools_dialog_get_n_blocked (dialog) == GPOINTER_TO_INT (g_object_get_data (data, "want"));
}

/* The Tools view opened on @service, once it shows @blocked tools blocked */
static GtkWidget *
tools_view_blocking (const char *service,
                     int         blocked)
{
  GtkWidget *dialog = GTK_WIDGET (zt_tools_dialog_new (GTK_WINDOW (f.window), f.client, service));
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  g_autofree char *what = g_strdup_printf ("%d tools of %s shown blocked", blocked, service);

  g_object_set_data (probe, "dialog", dialog);
  g_object_set_data (probe, "want", GINT_TO_POINTER (blocked));
  gtk_window_present (GTK_WINDOW (dialog));
  zt_test_wait_until (n_blocked_is, probe, 20000, what);
  return dialog;
}

static gboolean
n_accepted_is (gpointer data)
{
  ZtToolsDialog *dialog = g_object_get_data (data, "dialog");

  return zt_tools_dialog_get_n_accepted (dialog) == GPOINTER_TO_INT (g_object_get_data (data, "want")) &&
         zt_tools_dialog_get_n_blocked (dialog) == GPOINTER_TO_INT (g_object_get_data (data, "blocked"));
}

static void
wait_accepted (GtkWidget *dialog,
               int        accepted,
               int        blocked)
{
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  g_autofree char *what = g_strdup_printf ("%d tools shown accepted and %d blocked", accepted, blocked);

  g_object_set_data (probe, "dialog", dialog);
  g_object_set_data (probe, "want", GINT_TO_POINTER (accepted));
  g_object_set_data (probe, "blocked", GINT_TO_POINTER (blocked));
  zt_test_wait_until (n_accepted_is, probe, 20000, what);
}

/* Does the agent list @tool of @service to clients? */
static gboolean
listed_to_clients (const char *service,
                   const char *tool)
{
  g_autofree char *path = g_strdup_printf ("/services/%s/tools", service);
  g_autoptr(JsonNode) tools = rest ("GET", path, NULL);
  JsonArray *a = json_object_get_array_member (json_node_get_object (tools), "tools");

  for (guint i = 0; i < json_array_get_length (a); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (a, i), "name"), tool) == 0)
      return TRUE;
  return FALSE;
}

/* In a Tools view showing the four poisoned tools and git_helper blocked: weather_lookup is
 * accepted after a confirmation (Cancel first changes nothing), listed to clients, shown so;
 * then Block Again hides it once more. */
static void
accept_in_view (GtkWidget *dialog)
{
  GtkWidget *row = zt_test_find (dialog, "tool", is_row_titled, "weather_lookup");
  GtkWidget *message;

  g_assert_nonnull (row);
  g_assert_false (listed_to_clients ("wordy", "weather_lookup"));
  for (guint round = 0; round < 2; round++)
    {
      row = zt_test_find (dialog, "tool", is_row_titled, "weather_lookup");
      zt_test_click (zt_test_find (row, "accept-tool", NULL, NULL));
      zt_test_run_for (300);
      message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), "weather_lookup"));
      if (round == 0)
        g_free (zt_test_screenshot (message, "tools-accept-confirm"));
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), round == 0 ? "cancel" : "accept");
      gtk_window_destroy (GTK_WINDOW (message));
      if (round == 0)
        {
          zt_test_run_for (500);
          g_assert_cmpint (zt_tools_dialog_get_n_accepted (ZT_TOOLS_DIALOG (dialog)), ==, 0);
        }
    }
  wait_accepted (dialog, 1, 4);
  g_assert_true (listed_to_clients ("wordy", "weather_lookup"));
  row = zt_test_find (dialog, "tool", is_row_titled, "weather_lookup");
  g_assert_nonnull (zt_test_find_text (row, "Accepted"));
  g_free (zt_test_screenshot (dialog, "tools-accepted"));

  zt_test_click (zt_test_find (row, "revoke-tool", NULL, NULL));
  wait_accepted (dialog, 0, 5);
  g_assert_false (listed_to_clients ("wordy", "weather_lookup"));
}

/* A count the Tools view shows (one of its getters) reaching a value */
typedef int (*CountFunc) (ZtToolsDialog *dialog);

static gboolean
count_is (gpointer data)
{
  CountFunc count = (CountFunc) g_object_get_data (data, "count");

  return count (g_object_get_data (data, "dialog")) == GPOINTER_TO_INT (g_object_get_data (data, "want"));
}

static void
wait_count (GtkWidget  *dialog,
            CountFunc   count,
            int         want,
            const char *what)
{
  g_autoptr(GObject) probe = g_object_new (G_TYPE_OBJECT, NULL);
  g_autofree char *said = g_strdup_printf ("%d prompts, resources or instructions shown %s", want, what);

  g_object_set_data (probe, "dialog", dialog);
  g_object_set_data (probe, "count", (gpointer) count);
  g_object_set_data (probe, "want", GINT_TO_POINTER (want));
  zt_test_wait_until (count_is, probe, 20000, said);
}

static void
wait_accepted_other (GtkWidget *dialog,
                     int        accepted)
{
  wait_count (dialog, zt_tools_dialog_get_n_accepted_other, accepted, "accepted");
}

static void
wait_blocked_other (GtkWidget *dialog,
                    int        blocked)
{
  wait_count (dialog, zt_tools_dialog_get_n_blocked_other, blocked, "blocked");
}

/* Is the service's instructions among what the agent says the owner accepted? */
static gboolean
instructions_accepted (const char *service)
{
  g_autofree char *path = g_strdup_printf ("/services/%s/tools/accept", service);
  g_autoptr(JsonNode) answer = rest ("GET", path, NULL);
  JsonArray *a = json_object_get_array_member (json_node_get_object (answer), "accepted");

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (a, i), "kind", ""),
                   "instructions") == 0)
      return TRUE;
  return FALSE;
}

/* A service's overrides of the tool scan reach the Tools view: git_helper, which only the word
 * score reports (it alone warns), is shown blocked once the service says instruction.words=block,
 * as the agent then leaves it out of the list; dropped, the rule warns again there and here. */
static void
test_services_scan_rules (void)
{
  g_autofree char *poisoned = g_build_filename (g_getenv ("ZT_TESTS_DIR"), "..", "node", "poisoned-server.mjs", NULL);
  g_autoptr(JsonNode) added = NULL, setup = NULL, set = NULL, tools = NULL, patch = NULL, patched = NULL, again = NULL,
                      removed = NULL;
  GtkWidget *dialog;

  g_assert_nonnull (f.window);
  /* the word-score tool and the rule, given before any session starts */
  added = stdio_service ("wordy", poisoned, NULL);
  setup = json_from_string ("{\"env\":[\"POISON_WORDS=1\"],\"scan_rules\":{\"instruction.words\":\"block\"}}", NULL);
  set = rest ("PATCH", "/services/wordy", setup);
  tools = rest ("GET", "/services/wordy/tools", NULL);   /* pinned at first use; git_helper left out */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (tools), "tools")), ==, 1);
  zt_test_run_for (500);  /* the services list, with the rules, reaches the app */

  /* the four poisoned tools and git_helper */
  dialog = tools_view_blocking ("wordy", 5);
  g_assert_nonnull (zt_test_find (dialog, "tool", is_row_titled, "git_helper"));
  g_free (zt_test_screenshot (dialog, "tools-scan-rule-block"));
  g_assert_cmpint (zt_tools_dialog_get_n_accepted_other (ZT_TOOLS_DIALOG (dialog)), ==, 0);
  g_assert_false (gtk_widget_get_visible (zt_test_find (dialog, "accepted-other-group", NULL, NULL)));
  accept_in_view (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* the server's instructions (blocked: "always call audit_log first"), once a client's
   * session met them, are shown under Also Blocked with their findings; Accept… there, after a
   * confirmation (Cancel first changes nothing), moves them under Also Accepted, where Block
   * Again takes them back */
  {
    g_autofree char *out = NULL;
    GtkWidget *row, *message;

    zt_test_call_tool (json_object_get_string_member (json_node_get_object (added), "endpoint"),
                       zt_agent_thread_get_token (f.agent), "clock", "{}", &out);
    dialog = tools_view_blocking ("wordy", 5);
    wait_blocked_other (dialog, 1);
    g_assert_cmpint (zt_tools_dialog_get_n_accepted_other (ZT_TOOLS_DIALOG (dialog)), ==, 0);
    row = zt_test_find (dialog, "blocked-other", NULL, NULL);
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "The server's instructions");
    g_assert_true (gtk_widget_get_visible (zt_test_find (dialog, "blocked-other-group", NULL, NULL)));
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    g_assert_nonnull (zt_test_find_text (row, "audit_log"));   /* the finding's excerpt */
    g_free (zt_test_screenshot (dialog, "tools-blocked-other"));
    for (guint round = 0; round < 2; round++)
      {
        row = zt_test_find (dialog, "blocked-other", NULL, NULL);
        zt_test_click (zt_test_find (row, "accept-other", NULL, NULL));
        zt_test_run_for (300);
        message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
        g_assert_nonnull (message);
        g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), "instructions"));
        adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), round == 0 ? "cancel" : "accept");
        gtk_window_destroy (GTK_WINDOW (message));
        if (round == 0)
          {
            zt_test_run_for (500);
            g_assert_false (instructions_accepted ("wordy"));
            g_assert_cmpint (zt_tools_dialog_get_n_blocked_other (ZT_TOOLS_DIALOG (dialog)), ==, 1);
          }
      }
    wait_accepted_other (dialog, 1);
    wait_blocked_other (dialog, 0);
    /* the accept's own reload and the agent's tools event's each rebuild the rows: let both
     * land before a row is held (a row taken away loses its buttons) */
    zt_test_run_for (500);
    wait_accepted_other (dialog, 1);
    g_assert_true (instructions_accepted ("wordy"));
    g_assert_false (gtk_widget_get_visible (zt_test_find (dialog, "blocked-other-group", NULL, NULL)));
    row = zt_test_find (dialog, "accepted-other", NULL, NULL);
    g_assert_nonnull (row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "The server's instructions");
    g_assert_true (gtk_widget_get_visible (zt_test_find (dialog, "accepted-other-group", NULL, NULL)));
    g_free (zt_test_screenshot (dialog, "tools-accepted-other"));
    row = zt_test_find (dialog, "accepted-other", NULL, NULL);   /* as it is now, after the screenshot's frames */
    g_assert_nonnull (row);
    zt_test_click (zt_test_find (row, "revoke-other", NULL, NULL));
    wait_accepted_other (dialog, 0);
    g_assert_false (instructions_accepted ("wordy"));
    wait_blocked_other (dialog, 1);   /* blocked again, offered again */
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  patch = json_from_string ("{\"scan_rules\":{}}", NULL);
  patched = rest ("PATCH", "/services/wordy", patch);
  g_assert_false (json_object_has_member (json_node_get_object (patched), "scan_rules"));
  again = rest ("GET", "/services/wordy/tools", NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (again), "tools")), ==, 2);
  zt_test_run_for (500);
  dialog = tools_view_blocking ("wordy", 4);
  gtk_window_destroy (GTK_WINDOW (dialog));
  removed = rest ("DELETE", "/services/wordy", NULL);
}

static gboolean
mesh_left (gpointer data)
{
  JsonObject *mesh = zt_client_get_mesh (f.client);
  return mesh && !json_object_get_boolean_member_with_default (mesh, "joined", TRUE) &&
         zt_test_find_text (GTK_WIDGET (f.window), "Not in a Mesh") != NULL;
}

/* Leave: confirmed in a dialog; the page then offers to join or create again. */
static void
test_leave_mesh (void)
{
  GtkWidget *message;

  g_assert_nonnull (f.window);
  zt_window_show_page (f.window, "mesh");
  zt_test_click (zt_test_find (GTK_WIDGET (f.window), "leave", NULL, NULL));
  zt_test_run_for (300);
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), "guimesh"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "leave");
  gtk_window_destroy (GTK_WINDOW (message));
  zt_test_wait_until (mesh_left, NULL, 10000, "the app to show it left the mesh");
  g_assert_true (gtk_widget_is_visible (zt_test_find (GTK_WIDGET (f.window), "join-or-create", NULL, NULL)));
  g_free (zt_test_screenshot (GTK_WIDGET (f.window), "left-mesh"));
}

static guint
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (lo, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

typedef struct {
  ZtClient *client;
  ZtWindow *window;
} Second;

static gboolean
second_hosts_hub (gpointer data)
{
  Second *s = data;
  JsonObject *mesh = zt_client_get_mesh (s->client);
  return mesh && json_object_get_boolean_member_with_default (mesh, "joined", FALSE) &&
         json_object_has_member (mesh, "hub") &&
         g_strcmp0 (zt_window_get_page (s->window), "mesh") == 0;
}

static gboolean
second_on_welcome (gpointer data)
{
  Second *s = data;
  return g_strcmp0 (zt_window_get_page (s->window), "welcome") == 0;
}

/* "Create a mesh on this computer": the app's agent hosts the hub and joins it. */
static void
test_first_run_create (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-XXXXXX", NULL);
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%u", free_port ());
  g_autoptr(GError) error = NULL;
  ZtAgentThread *agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  Second s = { NULL };
  GtkWidget *root, *row;
  JsonObject *mesh;

  g_assert_no_error (error);
  s.client = zt_client_new (zt_agent_thread_get_url (agent), zt_agent_thread_get_token (agent));
  s.window = g_object_ref (zt_window_new (NULL, s.client, f.settings, NULL));
  gtk_window_set_default_size (GTK_WINDOW (s.window), 980, 680);
  gtk_window_present (GTK_WINDOW (s.window));
  root = GTK_WIDGET (s.window);
  zt_test_wait_until (second_on_welcome, &s, 10000, "the welcome page");

  zt_test_click (zt_test_find (root, "create-choice", NULL, NULL));
  row = zt_test_find (root, "hub-listen", NULL, NULL);
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), listen);
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (root, "mesh-name", NULL, NULL)), "homemesh");
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (root, "user-name", NULL, NULL)), "carol");
  zt_test_click (zt_test_find (root, "create", NULL, NULL));
  zt_test_wait_until (second_hosts_hub, &s, 30000, "the mesh page of a mesh this app hosts");

  mesh = zt_client_get_mesh (s.client);
  g_assert_cmpstr (json_object_get_string_member (mesh, "mesh"), ==, "homemesh");
  g_assert_cmpstr (json_object_get_string_member (mesh, "user"), ==, "carol");
  g_assert_true (gtk_widget_is_visible (zt_test_find (root, "invite", NULL, NULL)));
  g_assert_nonnull (zt_test_find_text (root, "Invite someone"));
  g_free (zt_test_screenshot (root, "create-mesh"));

  gtk_window_destroy (GTK_WINDOW (s.window));
  g_clear_object (&s.window);
  g_clear_object (&s.client);
  zt_agent_thread_stop (agent);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/first-run/join-with-invitation", test_first_run_join);
  g_test_add_func ("/gui/mesh/shows-peer-and-services", test_mesh_page_shows_peer);
  g_test_add_func ("/gui/mesh/import-and-call", test_import_and_call);
  g_test_add_func ("/gui/services/local-server", test_services_local_server);
  g_test_add_func ("/gui/services/tool-changes", test_services_tool_changes);
  g_test_add_func ("/gui/services/shadowing", test_services_shadowing);
  g_test_add_func ("/gui/services/scan-rules", test_services_scan_rules);
  g_test_add_func ("/gui/leave/mesh", test_leave_mesh);
  /* GLib runs a path's group together, in the order groups were first named: "/gui/first-run/"
   * would run this before the mesh tests, which wait on the joined app. It has its own agent
   * and window, so it goes last, under its own group. */
  g_test_add_func ("/gui/create/first-run-create-mesh", test_first_run_create);
  ret = g_test_run ();

  if (f.window)
    gtk_window_destroy (GTK_WINDOW (f.window));
  g_clear_object (&f.window);
  g_clear_object (&f.client);
  g_clear_object (&f.settings);
  g_clear_pointer (&f.agent, zt_agent_thread_stop);
  if (f.fixture)
    stop_fixture ();
  g_clear_pointer (&f.info, json_object_unref);
  return ret;
}
