/* test-app-flows.c: the app's own lifecycle and the apps it lets in, against a real embedded
 * agent serving a real stdio MCP server (zt-echo-server): Apps with Access lists the token a
 * Copy Client Config made, follows the agent's events, and Revoke refuses the app's next call. */
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

static void
start_agent (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-app-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) body = NULL, added = NULL;

  f.agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  f.client = zt_client_new (zt_agent_thread_get_url (f.agent), zt_agent_thread_get_token (f.agent));
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name"); json_builder_add_string_value (b, "echo");
  json_builder_set_member_name (b, "kind"); json_builder_add_string_value (b, "stdio");
  json_builder_set_member_name (b, "command");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, g_getenv ("ZT_ECHO_SERVER"));
  json_builder_end_array (b);
  json_builder_end_object (b);
  body = json_builder_get_root (b);
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
  ret = g_test_run ();

  if (f.window)
    gtk_window_destroy (GTK_WINDOW (f.window));
  g_clear_object (&f.window);
  g_clear_object (&f.client);
  g_clear_object (&f.settings);
  g_clear_pointer (&f.agent, zt_agent_thread_stop);
  return ret;
}
