/* test-widgets.c: every widget type of the desktop app is created, shown and finalized without
 * a warning (the run makes warnings fatal) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>

#include "zt-access-notifier.h"
#include "zt-add-service-dialog.h"
#include "zt-agent.h"
#include "zt-agent-thread.h"
#include "zt-application.h"
#include "zt-audit-page.h"
#include "zt-client.h"
#include "zt-grant-dialog.h"
#include "zt-tools-dialog.h"
#include "zt-mesh-page.h"
#include "zt-policies-page.h"
#include "zt-preferences-window.h"
#include "zt-services-page.h"
#include "zt-welcome-page.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

static ZtAgentThread *agent;

static ZtClient *
new_client (void)
{
  ZtClient *client = zt_client_new (zt_agent_thread_get_url (agent), zt_agent_thread_get_token (agent));

  /* wait for the first answers, so the pages show real (empty) state */
  while (zt_client_get_services (client) == NULL || zt_client_get_mesh (client) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return client;
}

/* Puts @widget in a window, waits for it to draw, then checks that destroying the window
 * finalizes it. */
static void
show_and_finalize (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  g_object_ref_sink (widget);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  zt_test_run_for (100);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (widget);
}

static void
show_window_and_finalize (GtkWidget *window)
{
  g_test_message ("window type %s", G_OBJECT_TYPE_NAME (window));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  zt_test_run_for (100);
  gtk_window_destroy (GTK_WINDOW (window));
  zt_test_run_for (50);
  g_assert_finalize_object (window);
}

static void
test_pages (void)
{
  g_autoptr(ZtClient) client = new_client ();
  GtkWidget *page;

  show_and_finalize (zt_welcome_page_new ());

  page = zt_welcome_page_new ();
  zt_welcome_page_set_client (ZT_WELCOME_PAGE (page), client);
  zt_welcome_page_set_invitation (ZT_WELCOME_PAGE (page), "not an invitation");
  show_and_finalize (page);

  show_and_finalize (zt_mesh_page_new ());
  page = zt_mesh_page_new ();
  zt_mesh_page_set_client (ZT_MESH_PAGE (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_services_page_new ());
  page = zt_services_page_new ();
  zt_services_page_set_client (ZT_SERVICES_PAGE (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_policies_page_new ());
  page = zt_policies_page_new ();
  zt_policies_page_set_client (ZT_POLICIES_PAGE (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_audit_page_new ());
  page = zt_audit_page_new ();
  zt_audit_page_set_client (ZT_AUDIT_PAGE (page), client);
  show_and_finalize (page);
}

static gboolean
is_stack (GtkWidget *w,
          gpointer   data)
{
  return GTK_IS_STACK (w);
}

static gboolean
stack_settled (gpointer data)
{
  const char *name = gtk_stack_get_visible_child_name (data);
  return g_strcmp0 (name, "loading") != 0;
}

/* The policies and audit pages against this agent: with the policy and audit APIs they show
 * their lists; without them (an older agent) a page that says so, and no warning. */
static void
test_policy_audit_pages_settle (void)
{
  g_autoptr(ZtClient) client = new_client ();
  GtkWidget *pages[2] = { zt_policies_page_new (), zt_audit_page_new () };

  zt_policies_page_set_client (ZT_POLICIES_PAGE (pages[0]), client);
  zt_audit_page_set_client (ZT_AUDIT_PAGE (pages[1]), client);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkStack *stack = GTK_STACK (zt_test_find (pages[i], "page-stack", is_stack, NULL));
      const char *shown;

      g_object_ref_sink (pages[i]);
      gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
      gtk_window_set_child (GTK_WINDOW (window), pages[i]);
      gtk_window_present (GTK_WINDOW (window));
      zt_test_wait_until (stack_settled, stack, 10000, "the page to leave its loading state");
      shown = gtk_stack_get_visible_child_name (stack);
      g_test_message ("%s shows %s", G_OBJECT_TYPE_NAME (pages[i]), shown);
      g_assert_true (g_strcmp0 (shown, "list") == 0 || g_strcmp0 (shown, "empty") == 0 ||
                     g_strcmp0 (shown, "error") == 0);
      g_free (zt_test_screenshot (window, i == 0 ? "widgets-policies" : "widgets-audit"));
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (pages[i]);
    }
}

static void
test_windows (void)
{
  g_autoptr(ZtClient) client = new_client ();
  g_autoptr(GSettings) settings = zt_settings_new ();
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *overlay;

  g_assert_nonnull (settings);
  show_window_and_finalize (GTK_WIDGET (zt_window_new (NULL, client, settings, NULL)));
  show_window_and_finalize (GTK_WIDGET (zt_window_new (NULL, NULL, settings, "the port is in use")));
  show_window_and_finalize (zt_add_service_dialog_new (NULL, client));
  show_window_and_finalize (zt_grant_dialog_new (NULL, client, NULL, NULL));
  show_window_and_finalize (zt_tools_dialog_new (NULL, client, "demo"));
  show_window_and_finalize (zt_preferences_window_new (NULL, settings));

  /* GTK's list of toplevels owns the window once the builder is gone */
  builder = gtk_builder_new_from_resource ("/io/github/zt4mcp/Zt4mcp/gtk/help-overlay.ui");
  overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_clear_object (&builder);
  show_window_and_finalize (overlay);
}

/* The grant dialog reads its fields into the grant the agent is sent; what cannot be read is
 * named by the field it came from. */
static void
test_grant_dialog_fields (void)
{
  g_autoptr(ZtClient) client = new_client ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *edit, *got;
  GtkWidget *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_assert_true (json_parser_load_from_data (parser,
    "{\"id\":\"g-1\",\"service\":\"files\",\"subject\":\"endpoint:lap\",\"tools\":[\"read_*\",\"list_dir\"],"
    "\"constraints\":[{\"pointer\":\"/path\",\"prefix\":\"/docs/\"},{\"pointer\":\"/depth\",\"max\":3}],"
    "\"rate\":{\"calls\":60,\"per\":60},\"note\":\"n\"}", -1, NULL));
  edit = json_node_get_object (json_parser_get_root (parser));
  dialog = zt_grant_dialog_new (NULL, client, edit, NULL);
  g_object_ref_sink (dialog);
  got = zt_grant_dialog_get_grant (ZT_GRANT_DIALOG (dialog), &field, &error);
  g_assert_no_error (error);
  node = json_node_init_object (json_node_alloc (), got);
  text = json_to_string (node, FALSE);
  g_test_message ("read back: %s", text);
  g_assert_cmpstr (json_object_get_string_member (got, "service"), ==, "files");
  g_assert_cmpstr (json_object_get_string_member (got, "subject"), ==, "endpoint:lap");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (got, "tools")), ==, 2);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (got, "constraints")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (got, "constraints"), 0),
                                                  "prefix"), ==, "/docs/");
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (json_object_get_array_member (got, "constraints"), 1),
                                                    "max"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (got, "rate"), "per"), ==, 60);
  json_object_unref (got);

  /* a rate that is not calls/period is the rate field's fault */
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "grant-rate", NULL, NULL)), "sixty");
  g_clear_pointer (&field, g_free);
  got = zt_grant_dialog_get_grant (ZT_GRANT_DIALOG (dialog), &field, &error);
  g_assert_null (got);
  g_assert_cmpstr (field, ==, "rate");
  g_clear_error (&error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

static void
test_client_finalizes (void)
{
  ZtClient *client = new_client ();

  /* the live event stream must not keep the facade alive (a request in flight does, until
   * it ends) */
  g_assert_true (zt_client_get_connected (client));
  zt_test_run_for (300);
  g_assert_finalize_object (client);
}

/* A daemon already serves this home: the app uses it instead of starting a second agent. */
static void
test_attaches_to_daemon (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-daemon-XXXXXX", NULL);
  g_autoptr(GSubprocess) daemon = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  gint64 pid = 0, end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  ZtAgentThread *attached;
  ZtClient *client;

  daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, g_getenv ("ZT4MCP"), "agent", "serve",
                             "--home", home, "--listen", "127.0.0.1:0", NULL);
  g_assert_no_error (error);
  while (!zt_home_read_api (home, &url, NULL, &pid, NULL) ||
         pid != g_ascii_strtoll (g_subprocess_get_identifier (daemon), NULL, 10))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_clear_pointer (&url, g_free);
      g_usleep (50000);
    }
  attached = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  g_assert_true (zt_agent_thread_is_attached (attached));
  g_assert_cmpstr (zt_agent_thread_get_url (attached), ==, url);
  client = zt_client_new (zt_agent_thread_get_url (attached), zt_agent_thread_get_token (attached));
  while (zt_client_get_services (client) == NULL)
    g_main_context_iteration (NULL, TRUE);
  zt_test_run_for (300);
  g_assert_finalize_object (client);
  zt_agent_thread_stop (attached);
  g_subprocess_send_signal (daemon, SIGTERM);
  g_subprocess_wait (daemon, NULL, NULL);
}

/* Start at login: an XDG autostart entry that starts the app without a window. */
static void
test_start_at_login (void)
{
  g_autofree char *path = g_build_filename (g_get_user_config_dir (), "autostart", APP_ID ".desktop", NULL);
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;

  g_assert_true (zt_set_start_at_login (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  exec = g_key_file_get_string (entry, "Desktop Entry", "Exec", &error);
  g_assert_cmpstr (exec, ==, "zt4mcp-desktop --background");
  g_assert_true (zt_set_start_at_login (FALSE, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* turning it off twice is not an error */
  g_assert_true (zt_set_start_at_login (FALSE, &error));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* from here on a warning fails the test */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);

  g_test_add_func ("/gui/widgets/pages", test_pages);
  g_test_add_func ("/gui/widgets/windows", test_windows);
  g_test_add_func ("/gui/widgets/client-finalizes", test_client_finalizes);
  g_test_add_func ("/gui/widgets/policy-audit-pages-settle", test_policy_audit_pages_settle);
  g_test_add_func ("/gui/widgets/grant-dialog-fields", test_grant_dialog_fields);
  g_test_add_func ("/gui/agent/attaches-to-daemon", test_attaches_to_daemon);
  g_test_add_func ("/gui/preferences/start-at-login", test_start_at_login);
  ret = g_test_run ();
  zt_agent_thread_stop (agent);
  return ret;
}
