/* test-app-flows.c: the app's own lifecycle and the apps it lets in, against a real embedded
 * agent serving a real stdio MCP server (zt-echo-server): Apps with Access lists the token a
 * Copy Client Config made, follows the agent's events, and Revoke refuses the app's next call;
 * the whole application (ZtApplication, g_application_run) keeps its agent serving with its
 * window closed, and Quit, asked first while a client is connected, stops it. */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>

#include "zt-agent-thread.h"
#include "zt-application.h"
#include "zt-client.h"
#include "zt-clients-group.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

static struct {
  ZtAgentThread *agent;
  ZtClient      *client;
  GSettings     *settings;
  ZtWindow      *window;
} f;

/* The echo tool at @url with @message */
static gboolean
call_echo (const char  *url,
           const char  *token,
           const char  *message,
           char       **out)
{
  g_autofree char *args = g_strdup_printf ("{\"message\":\"%s\"}", message);

  return zt_test_call_tool (url, token, "echo", args, out);
}

static JsonNode *
echo_service_body (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name"); json_builder_add_string_value (b, "echo");
  json_builder_set_member_name (b, "kind"); json_builder_add_string_value (b, "stdio");
  json_builder_set_member_name (b, "command");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, g_getenv ("ZT_ECHO_SERVER"));
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
start_agent (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-app-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = echo_service_body ();
  g_autoptr(JsonNode) added = NULL;

  f.agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  f.client = zt_client_new (zt_agent_thread_get_url (f.agent), zt_agent_thread_get_token (f.agent));
  added = zt_test_rest (f.client, "POST", "/services", body);
}

/* --- Apps with Access ------------------------------------------------------------------------ */

static void
test_format_last_used (void)
{
  const struct { gint64 ago; const char *text; } cases[] = {
    { 0, "just now" }, { 59, "just now" }, { 60, "1 minute ago" }, { 5 * 60 + 30, "5 minutes ago" },
    { 3600, "1 hour ago" }, { 23 * 3600, "23 hours ago" }, { 86400, "1 day ago" }, { 29 * 86400, "29 days ago" },
  };
  gint64 now = 1800000000;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = zt_format_last_used (now - cases[i].ago, now);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
  {
    g_autofree char *never = zt_format_last_used (0, now);
    g_autofree char *old = zt_format_last_used (now - 90 * 86400, now);
    g_assert_cmpstr (never, ==, "never");
    g_assert_true (g_str_has_prefix (old, "on "));
  }
}

static gboolean
is_client_row (GtkWidget *w,
               gpointer   data)
{
  return ADW_IS_ACTION_ROW (w) && gtk_widget_get_visible (w) &&
         g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data);
}

static GtkWidget *
client_row (const char *prefix)
{
  return zt_test_find (GTK_WIDGET (f.window), "client", is_client_row, (gpointer) prefix);
}

static gboolean
client_listed (gpointer data)
{
  return client_row (data) != NULL;
}

static gboolean
client_gone (gpointer data)
{
  GtkWidget *empty = zt_test_find (GTK_WIDGET (f.window), "no-clients", NULL, NULL);
  return client_row (data) == NULL && empty && gtk_widget_get_visible (empty);
}

static gboolean
subtitle_has (gpointer data)
{
  const char **want = data;   /* { row title prefix, text } */
  GtkWidget *row = client_row (want[0]);
  const char *subtitle = row ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
  return subtitle && strstr (subtitle, want[1]) != NULL;
}

static gboolean
is_button_labelled (GtkWidget *w,
                    gpointer   data)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), data) == 0;
}

static gboolean
is_titled (GtkWidget *w,
           gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

static gboolean
service_listed (gpointer data)
{
  return zt_test_find (GTK_WIDGET (f.window), "service", is_titled, data) != NULL;
}

/* Copy Client Config makes a token; Apps with Access lists it (from the agent's `clients`
 * event), with its service and when it was last used; Revoke, confirmed, removes it and the
 * app's next call through the agent is refused. */
static void
test_apps_revoke (void)
{
  const char *never[] = { "vscode-echo-", "last used never" };
  const char *now[] = { "vscode-echo-", "last used just now" };
  const char *service[] = { "vscode-echo-", "echo ·" };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL, *name = NULL, *label = NULL;
  GtkWidget *expander, *menu, *row, *revoke, *message;
  JsonObject *server;
  const char *url, *auth;
  g_autofree char *clip = NULL;

  start_agent ();
  f.settings = zt_settings_new ();
  f.window = g_object_ref (zt_window_new (NULL, f.client, f.settings, NULL));
  gtk_window_set_default_size (GTK_WINDOW (f.window), 980, 760);
  gtk_window_present (GTK_WINDOW (f.window));
  zt_window_show_page (f.window, "services");
  zt_test_wait_until (service_listed, "echo", 10000, "the echo service on the Services page");
  /* nothing has a token yet: the group says what would put an app there */
  g_assert_true (gtk_widget_get_visible (zt_test_find (GTK_WIDGET (f.window), "no-clients", NULL, NULL)));
  g_assert_nonnull (zt_test_find_text (GTK_WIDGET (f.window), "Apps with Access"));

  /* Copy Client Config for VS Code: its token appears in the list by itself */
  expander = zt_test_find (GTK_WIDGET (f.window), "service", is_titled, "echo");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  menu = zt_test_find (expander, "copy-config", NULL, NULL);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  zt_test_click (zt_test_find (menu, NULL, is_button_labelled, "VS Code (mcp.json)"));
  zt_test_wait_until (client_listed, "vscode-echo-", 10000, "the new token in Apps with Access");
  zt_test_wait_until (subtitle_has, (gpointer) never, 5000, "“last used never”");
  g_assert_true (subtitle_has ((gpointer) service));
  g_assert_false (gtk_widget_get_visible (zt_test_find (GTK_WIDGET (f.window), "no-clients", NULL, NULL)));
  clip = zt_test_read_clipboard ();
  g_assert_nonnull (clip);
  g_assert_true (json_parser_load_from_data (parser, clip, -1, NULL));
  server = json_object_get_object_member (json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                                                         "servers"), "echo");
  url = json_object_get_string_member (server, "url");
  auth = json_object_get_string_member (json_object_get_object_member (server, "headers"), "Authorization");
  g_assert_true (g_str_has_prefix (auth, "Bearer "));

  /* the pasted configuration works; its use shows in the list */
  g_assert_true (call_echo (url, auth + 7, "from a pasted config", &out));
  g_assert_nonnull (strstr (out, "from a pasted config"));
  g_clear_pointer (&out, g_free);
  zt_clients_group_refresh (ZT_CLIENTS_GROUP (zt_test_find (GTK_WIDGET (f.window), "apps-with-access", NULL, NULL)));
  zt_test_wait_until (subtitle_has, (gpointer) now, 5000, "“last used just now”");
  row = client_row ("vscode-echo-");
  name = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_test_message ("listed: %s — %s", name, adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  gtk_widget_grab_focus (row);
  zt_test_run_for (300);
  g_free (zt_test_screenshot (GTK_WIDGET (f.window), "apps-with-access"));

  /* Revoke asks first, naming the app; the button says whose access it revokes */
  revoke = zt_test_find (row, "revoke-client", NULL, NULL);
  label = g_strdup_printf ("Revoke the access of %s", name);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (revoke), ==, label);
  zt_test_click (revoke);
  zt_test_run_for (300);
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), name));
  g_free (zt_test_screenshot (message, "apps-revoke-confirm"));
  /* Cancel keeps it */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "cancel");
  gtk_window_destroy (GTK_WINDOW (message));
  zt_test_run_for (300);
  g_assert_nonnull (client_row ("vscode-echo-"));
  zt_test_click (revoke);
  zt_test_run_for (300);
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "revoke");
  gtk_window_destroy (GTK_WINDOW (message));   /* what clicking the button also does */
  zt_test_wait_until (client_gone, "vscode-echo-", 10000, "the revoked token gone from the list");

  /* the app's next call through the agent is refused */
  g_assert_false (call_echo (url, auth + 7, "after revoke", &out));
  g_test_message ("a call with the revoked token: %s", out);
  g_assert_nonnull (strstr (out, "(HTTP 401)"));
}

/* --- The agent stays when the window closes ------------------------------------------------- */

static struct {
  ZtApplication *app;
  char          *url;
  char          *token;
  gboolean       body_done;
} bg;

/* A desktop's notification server (org.freedesktop.Notifications, where GLib sends an app's
 * notifications outside a sandbox), on the test's private bus: it keeps their summaries. */
static GPtrArray *notified;

static void
notifications_call_cb (GDBusConnection       *connection,
                       const char            *sender,
                       const char            *path,
                       const char            *interface,
                       const char            *method,
                       GVariant              *parameters,
                       GDBusMethodInvocation *invocation,
                       gpointer               data)
{
  if (g_strcmp0 (method, "Notify") == 0)
    {
      const char *summary = NULL;

      g_variant_get_child (parameters, 3, "&s", &summary);
      g_ptr_array_add (notified, g_strdup (summary));
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", notified->len));
    }
  else if (g_strcmp0 (method, "GetCapabilities") == 0)
    g_dbus_method_invocation_return_value (invocation, g_variant_new_parsed ("(@as ['body', 'actions'],)"));
  else
    g_dbus_method_invocation_return_value (invocation, NULL);
}

static void
own_notifications (void)
{
  static const char xml[] =
    "<node><interface name='org.freedesktop.Notifications'>"
    "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>"
    "<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/>"
    "<arg type='a{sv}' direction='in'/><arg type='i' direction='in'/><arg type='u' direction='out'/></method>"
    "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
    "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
    "</interface></node>";

  notified = g_ptr_array_new_with_free_func (g_free);
  zt_test_own_bus_service ("org.freedesktop.Notifications", "/org/freedesktop/Notifications", xml,
                           notifications_call_cb);
}

static gboolean
notified_once (gpointer data)
{
  return notified->len >= 1;
}

static gboolean
app_window_shown (gpointer data)
{
  GtkWindow *w = gtk_application_get_active_window (GTK_APPLICATION (bg.app));
  return w != NULL && gtk_widget_get_mapped (GTK_WIDGET (w));
}

static gboolean
no_app_windows (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (bg.app)) == NULL;
}

static gboolean
portal_answered (gpointer data)
{
  return g_strcmp0 (zt_background_get_portal_status (zt_application_get_background (bg.app)), "asking") != 0;
}

static gboolean
message_shown (gpointer data)
{
  return zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* Quit asks the agent for its sessions first, then asks the user */
static GtkWidget *
quit_dialog (void)
{
  zt_test_wait_until (message_shown, NULL, 10000, "Quit to ask first");
  return zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* Runs inside g_application_run, as the user would act on the running app. */
static gboolean
background_body_cb (gpointer data)
{
  g_autoptr(GSettings) settings = zt_settings_new ();
  g_autoptr(JsonNode) body = echo_service_body ();
  g_autoptr(JsonNode) added = NULL;
  g_autofree char *out = NULL;
  ZtClient *client;
  GtkWidget *message;

  zt_test_wait_until (app_window_shown, NULL, 20000, "the app's window");
  client = zt_application_get_client (bg.app);
  g_assert_nonnull (client);
  added = zt_test_rest (client, "POST", "/services", body);
  bg.url = g_strdup (json_object_get_string_member (json_node_get_object (added), "endpoint"));
  bg.token = g_strdup (zt_client_get_token (client));
  g_assert_true (zt_background_get_enabled (zt_application_get_background (bg.app)));
  g_assert_false (g_settings_get_boolean (settings, "background-notice-shown"));

  /* the window closes (its close button does this); the app and its agent stay */
  gtk_window_close (gtk_application_get_active_window (GTK_APPLICATION (bg.app)));
  zt_test_wait_until (no_app_windows, NULL, 5000, "the window to close");
  g_assert_true (g_settings_get_boolean (settings, "background-notice-shown"));
  zt_test_wait_until (notified_once, NULL, 5000, "the notification that the app still runs");
  g_assert_cmpstr (g_ptr_array_index (notified, 0), ==, "zt4mcp Is Still Running");
  g_assert_true (call_echo (bg.url, bg.token, "with the window closed", &out));
  g_test_message ("a call with the window closed: %s", out);
  g_assert_nonnull (strstr (out, "with the window closed"));
  g_clear_pointer (&out, g_free);
  /* no Background portal on this bus: asked, and the app stays anyway */
  zt_test_wait_until (portal_answered, NULL, 15000, "the Background portal's answer");
  g_test_message ("portal: %s", zt_background_get_portal_status (zt_application_get_background (bg.app)));
  g_assert_true (g_str_has_prefix (zt_background_get_portal_status (zt_application_get_background (bg.app)),
                                   "unavailable"));

  /* the window comes back when the app is launched again; closed again, the app says nothing */
  g_application_activate (G_APPLICATION (bg.app));
  zt_test_wait_until (app_window_shown, NULL, 10000, "the window again");
  gtk_window_close (gtk_application_get_active_window (GTK_APPLICATION (bg.app)));
  zt_test_wait_until (no_app_windows, NULL, 5000, "the window to close again");
  zt_test_run_for (500);
  g_assert_cmpuint (notified->len, ==, 1);
  g_application_activate (G_APPLICATION (bg.app));
  zt_test_wait_until (app_window_shown, NULL, 10000, "the window again");

  /* Quit with a client connected (the SDK client's session stays open): asked first */
  g_action_group_activate_action (G_ACTION_GROUP (bg.app), "quit", NULL);
  message = quit_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==, "Quit and Stop the Agent?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "1 app session is connected"));
  g_free (zt_test_screenshot (message, "quit-confirm"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "cancel");
  gtk_window_destroy (GTK_WINDOW (message));
  zt_test_run_for (300);
  g_assert_true (app_window_shown (NULL));
  g_assert_true (call_echo (bg.url, bg.token, "after Cancel", &out));

  g_action_group_activate_action (G_ACTION_GROUP (bg.app), "quit", NULL);
  message = quit_dialog ();
  g_assert_nonnull (message);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "quit");
  gtk_window_destroy (GTK_WINDOW (message));
  bg.body_done = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_background_stays_and_quit_stops (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-bg-XXXXXX", NULL);
  g_autofree char *out = NULL;
  int status;

  g_setenv ("ZT4MCP_HOME", home, TRUE);
  g_setenv ("ZT4MCP_LISTEN", "127.0.0.1:0", TRUE);
  g_setenv ("ZT4MCP_BACKGROUND_PORTAL", "1", TRUE);   /* ask it, as in Flatpak: none answers here */
  own_notifications ();
  bg.app = zt_application_new ();
  g_idle_add (background_body_cb, NULL);
  status = g_application_run (G_APPLICATION (bg.app), 0, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (bg.body_done);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (bg.app)));

  /* Quit stopped the agent: the next call finds nobody */
  g_assert_false (call_echo (bg.url, bg.token, "after Quit", &out));
  g_test_message ("a call after Quit: %s", out);
  g_assert_nonnull (strstr (out, "ECONNREFUSED"));
  g_clear_object (&bg.app);
  g_free (bg.url);
  g_free (bg.token);
  g_clear_pointer (&notified, g_ptr_array_unref);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/apps/format-last-used", test_format_last_used);
  g_test_add_func ("/gui/apps/list-and-revoke", test_apps_revoke);
  g_test_add_func ("/gui/background/stays-and-quit-stops", test_background_stays_and_quit_stops);
  ret = g_test_run ();

  if (f.window)
    gtk_window_destroy (GTK_WINDOW (f.window));
  g_clear_object (&f.window);
  g_clear_object (&f.client);
  g_clear_object (&f.settings);
  g_clear_pointer (&f.agent, zt_agent_thread_stop);
  return ret;
}
