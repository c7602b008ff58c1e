/* test-start-at-login.c: start at login starts the app hidden, the agent running: the XDG
 * autostart entry the Preferences switch writes (and removes), run as the session would; in a
 * sandbox the Background portal's autostart (a stand-in portal on the test's bus records what
 * it is asked); and the whole application started with --background: no window, its agent
 * serving, a second launch shows the window. */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>

#include "zt-agent.h"
#include "zt-application.h"
#include "zt-background.h"
#include "zt-preferences-window.h"
#include "zt-gui-test-util.h"

static char *config_home;

static char *
autostart_path (void)
{
  return g_build_filename (config_home, "autostart", APP_ID ".desktop", NULL);
}

static GtkWidget *
login_switch (GtkWidget *prefs)
{
  GtkWidget *sw = zt_test_find (prefs, "start-at-login", NULL, NULL);

  g_assert_true (GTK_IS_SWITCH (sw));
  return sw;
}

/* The options the portal is asked with: the command line starts the app hidden */
static void
test_portal_options (void)
{
  g_autoptr(GVariant) on = g_variant_ref_sink (zt_background_portal_options ("tok1", TRUE));
  g_autoptr(GVariant) off = g_variant_ref_sink (zt_background_portal_options ("tok2", FALSE));
  g_autofree const char **commandline = NULL;
  const char *token = NULL, *reason = NULL;
  gboolean autostart = FALSE, activatable = TRUE;
  const char *argv[] = { g_getenv ("ZT4MCP_DESKTOP"), "--help", NULL };
  g_autoptr(GSubprocess) help = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_variant_is_of_type (on, G_VARIANT_TYPE_VARDICT));
  g_assert_true (g_variant_lookup (on, "handle_token", "&s", &token));
  g_assert_cmpstr (token, ==, "tok1");
  g_assert_true (g_variant_lookup (on, "reason", "&s", &reason));
  g_assert_cmpstr (reason, !=, "");
  g_assert_true (g_variant_lookup (on, "autostart", "b", &autostart));
  g_assert_true (autostart);
  g_assert_true (g_variant_lookup (on, "commandline", "^a&s", &commandline));
  g_assert_cmpuint (g_strv_length ((char **) commandline), ==, 2);
  g_assert_cmpstr (commandline[0], ==, "zt4mcp-desktop");
  g_assert_cmpstr (commandline[1], ==, "--background");
  g_assert_true (g_variant_lookup (on, "dbus-activatable", "b", &activatable));
  g_assert_false (activatable);

  g_assert_true (g_variant_lookup (off, "autostart", "b", &autostart));
  g_assert_false (autostart);
  g_assert_false (g_variant_lookup (off, "commandline", "^a&s", NULL));

  /* the flag is one the app takes */
  help = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (help, NULL, NULL, &out, NULL, &error));
  g_assert_nonnull (strstr (out, "--background"));
}

static gboolean
api_written (gpointer home)
{
  g_autofree char *url = NULL;
  return zt_home_read_api (home, &url, NULL, NULL, NULL) && url != NULL;
}

/* The autostart entry of the Preferences switch, and what the session does with it: run its
 * Exec line. The app starts, its agent serves, and it maps no window. */
static void
run_autostart_entry (const char *path)
{
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL, *url = NULL, *token = NULL, *tree = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-login-XXXXXX", NULL);
  g_autofree char *bindir = g_path_get_dirname (g_getenv ("ZT4MCP_DESKTOP"));
  g_autofree char *path_env = g_strconcat (bindir, ":", g_getenv ("PATH"), NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_SEARCH_PATH_FROM_ENVP);
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(JsonNode) status = NULL;
  g_autoptr(ZtClient) client = NULL;
  const char *xwininfo[] = { "xwininfo", "-root", "-tree", NULL };
  g_autoptr(GSubprocess) windows = NULL;

  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_cmpstr (g_key_file_get_start_group (entry), ==, "Desktop Entry");
  g_assert_true (g_key_file_get_boolean (entry, "Desktop Entry", "X-GNOME-Autostart-enabled", NULL));
  /* Hidden=true would mean "deleted" to the session */
  g_assert_false (g_key_file_has_key (entry, "Desktop Entry", "Hidden", NULL));
  g_assert_cmpstr (g_key_file_get_string (entry, "Desktop Entry", "Type", NULL), ==, "Application");
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
  g_assert_no_error (error);
  g_assert_true (g_shell_parse_argv (exec, NULL, &argv, &error));
  g_assert_cmpuint (g_strv_length (argv), ==, 2);
  g_assert_cmpstr (argv[0], ==, "zt4mcp-desktop");
  g_assert_cmpstr (argv[1], ==, "--background");

  /* as the session runs it: the program found on PATH (the build's here) */
  g_subprocess_launcher_setenv (launcher, "PATH", path_env, TRUE);
  g_subprocess_launcher_setenv (launcher, "ZT4MCP_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "ZT4MCP_LISTEN", "127.0.0.1:0", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_SCHEMA_DIR", g_getenv ("ZT_SCHEMA_DIR"), TRUE);
  app = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv, &error);
  g_assert_no_error (error);
  zt_test_wait_until (api_written, home, 20000, "the autostarted app's agent");
  g_assert_true (zt_home_read_api (home, &url, &token, NULL, &error));
  client = zt_client_new (url, token);
  status = zt_test_rest (client, "GET", "/status", NULL);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (status));
  zt_test_run_for (1500);
  /* no window of it on the display (this test has none open now either) */
  windows = g_subprocess_newv (xwininfo, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (windows != NULL && g_subprocess_communicate_utf8 (windows, NULL, NULL, &tree, NULL, NULL))
    {
      g_test_message ("windows: %s", tree);
      g_assert_null (strstr (tree, "\"zt4mcp\""));
      g_assert_null (strstr (tree, "Not in a Mesh"));
    }
  else
    g_test_message ("xwininfo: %s", error ? error->message : "failed");
  g_assert_true (g_subprocess_get_identifier (app) != NULL);   /* still running, hidden */
  g_subprocess_send_signal (app, SIGTERM);
  g_subprocess_wait (app, NULL, NULL);
}

static gboolean
dialog_shown (gpointer data)
{
  GtkWidget *d = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  return d != NULL && g_strcmp0 (gtk_widget_get_name (d), "error-dialog") == 0;
}

/* Outside a sandbox: the Preferences switch writes the XDG autostart entry, and removes it */
static void
test_autostart_file (void)
{
  g_autoptr(GSettings) settings = zt_settings_new ();
  g_autofree char *path = autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  GtkWidget *prefs, *sw, *dialog;

  g_unsetenv ("ZT4MCP_BACKGROUND_PORTAL");
  g_settings_set_boolean (settings, "start-at-login", FALSE);
  prefs = zt_preferences_window_new (NULL, settings);
  gtk_window_present (GTK_WINDOW (prefs));
  sw = login_switch (prefs);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "start-at-login"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  zt_test_run_for (500);
  g_free (zt_test_screenshot (prefs, "preferences"));
  run_autostart_entry (path);

  gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "start-at-login"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* a folder that cannot be made: said in plain words, and the switch stays off */
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  zt_test_wait_until (dialog_shown, NULL, 5000, "the error dialog");
  dialog = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Start at Login Was Not Turned On");
  g_assert_nonnull (zt_test_find (dialog, "error-detail", NULL, NULL));
  g_assert_false (gtk_switch_get_state (GTK_SWITCH (sw)));
  g_assert_false (g_settings_get_boolean (settings, "start-at-login"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (g_unlink (dir), ==, 0);
  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* An address that is not HOST:PORT: its row marked, the reason said in the error dialog,
 * the setting unchanged; a good one clears the mark */
static void
test_address_refused (void)
{
  g_autoptr(GSettings) settings = zt_settings_new ();
  g_autofree char *before = g_settings_get_string (settings, "listen");
  GtkWidget *prefs = zt_preferences_window_new (NULL, settings);
  GtkWidget *row, *dialog;

  gtk_window_present (GTK_WINDOW (prefs));
  row = zt_test_find (prefs, "listen", NULL, NULL);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "localhost");
  g_signal_emit_by_name (row, "apply");
  zt_test_wait_until (dialog_shown, NULL, 5000, "the error dialog");
  dialog = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "The Address Was Not Saved");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "127.0.0.1:7777"));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings, "listen"), ==, before);
  zt_test_run_for (300);
  gtk_expander_set_expanded (GTK_EXPANDER (zt_test_find (dialog, "error-detail", NULL, NULL)), TRUE);
  g_free (zt_test_screenshot (dialog, "preferences-address-refused"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_editable_set_text (GTK_EDITABLE (row), "127.0.0.1:7788");
  g_signal_emit_by_name (row, "apply");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (g_settings_get_string (settings, "listen"), ==, "127.0.0.1:7788");
  g_settings_set_string (settings, "listen", before);
  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* --- In a sandbox: the Background portal -------------------------------------------------- */

/* A stand-in org.freedesktop.portal.Background on the test's private bus: it keeps the
 * options of each request and answers on the request's object, as xdg-desktop-portal does,
 * granting autostart when asked, unless told to refuse it. */
static struct {
  GPtrArray *requests;   /* GVariant a{sv} */
  gboolean   refuse_autostart;
} portal;

static void
portal_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               data)
{
  g_autoptr(GVariant) options = g_variant_get_child_value (parameters, 1);
  g_autofree char *unique = g_strdup (sender + 1);
  g_autofree char *handle = NULL;
  const char *token = "t";
  gboolean autostart = FALSE;
  GVariantBuilder results;

  g_variant_lookup (options, "handle_token", "&s", &token);
  g_variant_lookup (options, "autostart", "b", &autostart);
  g_ptr_array_add (portal.requests, g_variant_ref (options));
  g_strdelimit (unique, ".", '_');
  handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", unique, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));
  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (TRUE));
  g_variant_builder_add (&results, "{sv}", "autostart", g_variant_new_boolean (autostart && !portal.refuse_autostart));
  g_dbus_connection_emit_signal (connection, sender, handle, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(ua{sv})", 0, &results), NULL);
}

static void
own_portal (void)
{
  static const char xml[] =
    "<node><interface name='org.freedesktop.portal.Background'>"
    "<method name='RequestBackground'><arg type='s' direction='in'/><arg type='a{sv}' direction='in'/>"
    "<arg type='o' direction='out'/></method>"
    "</interface></node>";

  portal.requests = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  zt_test_own_bus_service ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", xml, portal_call_cb);
}

typedef struct {
  ZtBackground *background;
  const char   *status;
} Answer;

static gboolean
portal_said (gpointer data)
{
  Answer *a = data;

  return g_strcmp0 (zt_background_get_portal_status (a->background), a->status) == 0;
}

/* The last request's autostart, and its command line (NULL: none) */
static gboolean
last_request (char ***commandline)
{
  GVariant *options = g_ptr_array_index (portal.requests, portal.requests->len - 1);
  gboolean autostart = FALSE;

  g_assert_true (g_variant_lookup (options, "autostart", "b", &autostart));
  if (!g_variant_lookup (options, "commandline", "^as", commandline))
    *commandline = NULL;
  return autostart;
}

static gboolean
setting_off (gpointer settings)
{
  return !g_settings_get_boolean (settings, "start-at-login");
}

/* In a sandbox the portal is asked: when the window closes, with the autostart the setting
 * says; then, as the switch turns, autostart with the hidden command line when on, none when
 * off; no file is written. A refused autostart turns the switch back off. */
static void
test_portal_autostart (void)
{
  g_autoptr(GSettings) settings = zt_settings_new ();
  g_autoptr(GApplication) app = g_application_new ("io.github.zt4mcp.LoginTest", G_APPLICATION_NON_UNIQUE);
  g_autoptr(ZtBackground) background = NULL;
  g_autofree char *path = autostart_path ();
  g_auto(GStrv) commandline = NULL;
  GtkWidget *prefs, *sw;
  Answer granted;

  g_setenv ("ZT4MCP_BACKGROUND_PORTAL", "1", TRUE);   /* as in Flatpak */
  own_portal ();
  /* on since an earlier run */
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  g_settings_set_boolean (settings, "run-in-background", TRUE);
  /* said once already: no notification (test-app-flows checks it) */
  g_settings_set_boolean (settings, "background-notice-shown", TRUE);
  background = zt_background_new (app, settings);
  granted = (Answer) { background, "granted, autostart" };

  /* the window closing asks to stay in the background, and keeps the autostart */
  g_assert_true (zt_background_window_closed (background));
  zt_test_wait_until (portal_said, &granted, 10000, "the portal's answer on closing");
  g_assert_cmpuint (portal.requests->len, ==, 1);
  g_assert_true (last_request (&commandline));
  g_assert_nonnull (commandline);
  g_assert_cmpstr (commandline[0], ==, "zt4mcp-desktop");
  g_assert_cmpstr (commandline[1], ==, "--background");
  g_clear_pointer (&commandline, g_strfreev);

  prefs = zt_preferences_window_new (NULL, settings);
  gtk_window_present (GTK_WINDOW (prefs));
  sw = login_switch (prefs);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sw)));

  /* off: no autostart, no command line */
  gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
  granted.status = "granted";
  zt_test_wait_until (portal_said, &granted, 10000, "the portal dropping autostart");
  g_assert_cmpuint (portal.requests->len, ==, 2);
  g_assert_false (last_request (&commandline));
  g_assert_null (commandline);

  /* on again: autostart, hidden */
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  granted.status = "granted, autostart";
  zt_test_wait_until (portal_said, &granted, 10000, "the portal granting autostart");
  g_assert_cmpuint (portal.requests->len, ==, 3);
  g_assert_true (last_request (&commandline));
  g_assert_cmpstr (commandline[1], ==, "--background");
  g_clear_pointer (&commandline, g_strfreev);
  g_assert_true (g_settings_get_boolean (settings, "start-at-login"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* refused: the setting and the switch go back off (and the portal is told) */
  gtk_switch_set_active (GTK_SWITCH (sw), FALSE);
  granted.status = "granted";
  zt_test_wait_until (portal_said, &granted, 10000, "the portal dropping autostart");
  portal.refuse_autostart = TRUE;
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  zt_test_wait_until (setting_off, settings, 10000, "the refused autostart turned off");
  zt_test_wait_until (portal_said, &granted, 10000, "the portal told");
  g_assert_cmpuint (portal.requests->len, ==, 6);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (prefs));
  g_unsetenv ("ZT4MCP_BACKGROUND_PORTAL");
}

/* --- The whole app, started hidden ---------------------------------------------------------- */

static struct {
  ZtApplication *app;
  gboolean       body_done;
  guint          guard;
} hidden;

static gboolean
window_shown (gpointer data)
{
  GtkWindow *w = gtk_application_get_active_window (GTK_APPLICATION (hidden.app));
  return w != NULL && gtk_widget_get_mapped (GTK_WIDGET (w));
}

static gboolean
still_running_cb (gpointer data)
{
  g_error ("the app still runs after its only window closed (run-in-background off)");
  return G_SOURCE_REMOVE;
}

static gboolean
hidden_body_cb (gpointer data)
{
  g_autoptr(GSettings) settings = zt_settings_new ();
  g_autoptr(JsonNode) status = NULL;
  ZtClient *client = zt_application_get_client (hidden.app);

  /* the agent serves, and there is no window at all */
  g_assert_nonnull (client);
  status = zt_test_rest (client, "GET", "/status", NULL);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (status));
  zt_test_run_for (1000);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (hidden.app)));
  g_assert_null (zt_test_find_toplevel (GTK_TYPE_WINDOW));

  /* launched again (as from the menu), the window shows; with run-in-background off,
   * closing it quits: nothing of the hidden start holds the app any more */
  g_settings_set_boolean (settings, "run-in-background", FALSE);
  g_application_activate (G_APPLICATION (hidden.app));
  zt_test_wait_until (window_shown, NULL, 10000, "the window on a second launch");
  gtk_window_close (gtk_application_get_active_window (GTK_APPLICATION (hidden.app)));
  hidden.body_done = TRUE;
  hidden.guard = g_timeout_add_seconds (15, still_running_cb, NULL);
  return G_SOURCE_REMOVE;
}

static void
test_starts_hidden (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-login-app-XXXXXX", NULL);
  g_autoptr(GSettings) settings = zt_settings_new ();
  char *argv[] = { (char *) "zt4mcp-desktop", (char *) "--background", NULL };

  g_settings_set_boolean (settings, "run-in-background", TRUE);
  g_setenv ("ZT4MCP_HOME", home, TRUE);
  g_setenv ("ZT4MCP_LISTEN", "127.0.0.1:0", TRUE);
  hidden.app = zt_application_new ();
  g_idle_add (hidden_body_cb, NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (hidden.app), 2, argv), ==, 0);
  g_clear_handle_id (&hidden.guard, g_source_remove);
  g_assert_true (hidden.body_done);
  g_clear_object (&hidden.app);
}

int
main (int    argc,
      char **argv)
{
  /* before anything asks GLib for it: it is read once */
  config_home = g_dir_make_tmp ("zt4mcp-login-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  g_unsetenv ("ZT4MCP_BACKGROUND_PORTAL");
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/login/portal-options", test_portal_options);
  g_test_add_func ("/gui/login/autostart-file", test_autostart_file);
  g_test_add_func ("/gui/login/portal-autostart", test_portal_autostart);
  g_test_add_func ("/gui/preferences/address-refused", test_address_refused);
  g_test_add_func ("/gui/login/starts-hidden", test_starts_hidden);
  return g_test_run ();
}
