/* test-services-edit.c: the Services page's Edit dialog against a real embedded agent serving a
 * real stdio MCP server (tests/node/env-server.mjs, whose one tool answers a variable of its
 * environment): a plain variable changed and a secret one added in the dialog reach the
 * restarted server; the secret is in no file of the agent's home but its key store's, nor in
 * its log; a folder that is not there is marked in place; an error the dialog cannot place
 * (the server removed meanwhile) opens a dialog with the agent's words behind an expander. */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include <string.h>
#include <json-glib/json-glib.h>

#include "zt-agent-thread.h"
#include "zt-application.h"
#include "zt-client.h"
#include "zt-add-service-dialog.h"
#include "zt-edit-service-dialog.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

#define SECRET "zt-gui-secret-5b1f9c0e7d"

static struct {
  char          *home;
  ZtAgentThread *agent;
  ZtClient      *client;
  GSettings     *settings;
  ZtWindow      *window;
} f;

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

static void
start (void)
{
  g_autofree char *relative = g_build_filename (g_getenv ("ZT_TESTS_DIR"), "..", "node", "env-server.mjs", NULL);
  g_autofree char *server = g_canonicalize_filename (relative, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) added = NULL;
  JsonArray *command = json_array_new (), *env = json_array_new ();

  f.home = g_dir_make_tmp ("zt4mcp-gui-edit-XXXXXX", NULL);
  f.agent = zt_agent_thread_start (f.home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  f.client = zt_client_new (zt_agent_thread_get_url (f.agent), zt_agent_thread_get_token (f.agent));
  body = zt_json_object_node ("name", "envy", "kind", "stdio", NULL);
  json_array_add_string_element (command, g_getenv ("NODE"));
  json_array_add_string_element (command, server);
  json_object_set_array_member (json_node_get_object (body), "command", command);
  json_array_add_string_element (env, "PLAIN=one");
  json_object_set_array_member (json_node_get_object (body), "env", env);
  added = zt_test_rest (f.client, "POST", "/services", body);

  f.settings = zt_settings_new ();
  f.window = g_object_ref (zt_window_new (NULL, f.client, f.settings, NULL));
  gtk_window_set_default_size (GTK_WINDOW (f.window), 980, 760);
  gtk_window_present (GTK_WINDOW (f.window));
  zt_window_show_page (f.window, "services");
  zt_test_wait_until (service_listed, "envy", 10000, "the service on the Services page");
}

/* What the server's getenv tool answers for @name (a secret's SHA-256 with @digest) */
static char *
getenv_of (const char *name,
           gboolean    digest)
{
  g_autofree char *url = zt_client_get_service_url (f.client, "envy");
  g_autofree char *args = g_strdup_printf ("{\"name\":\"%s\",\"digest\":%s}", name, digest ? "true" : "false");
  char *out = NULL;

  g_assert_true (zt_test_call_tool (url, zt_agent_thread_get_token (f.agent), "getenv", args, &out));
  return g_strstrip (out);
}

static GtkWidget *
open_edit_dialog (void)
{
  GtkWidget *expander = zt_test_find (GTK_WIDGET (f.window), "service", is_titled, "envy");
  GtkWidget *dialog;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  zt_test_click (zt_test_find (expander, "edit-service", NULL, NULL));
  dialog = zt_test_find_toplevel (ZT_TYPE_EDIT_SERVICE_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static gboolean
has_widget (gpointer data)
{
  const char **what = data;   /* { widget name, name } */
  GtkWidget *dialog = zt_test_find_toplevel (ZT_TYPE_EDIT_SERVICE_DIALOG);

  return dialog != NULL && zt_test_find (dialog, what[1], NULL, NULL) != NULL;
}

static gboolean
no_widget (gpointer data)
{
  return !has_widget (data);
}

static gboolean
label_shown (gpointer data)
{
  GtkWidget *dialog = zt_test_find_toplevel (ZT_TYPE_EDIT_SERVICE_DIALOG);
  GtkWidget *label = dialog ? zt_test_find (dialog, data, NULL, NULL) : NULL;

  return label != NULL && gtk_widget_get_visible (label) && gtk_label_get_text (GTK_LABEL (label))[0] != '\0';
}

static gboolean
secret_row_shown (gpointer data)
{
  GtkWidget *dialog = zt_test_find_toplevel (ZT_TYPE_EDIT_SERVICE_DIALOG);
  return dialog && ADW_IS_PASSWORD_ENTRY_ROW (zt_test_find (dialog, "env-API_TOKEN", NULL, NULL));
}

static gboolean
no_edit_dialog (gpointer data)
{
  return zt_test_find_toplevel (ZT_TYPE_EDIT_SERVICE_DIALOG) == NULL;
}

static gboolean
error_dialog_shown (gpointer data)
{
  GtkWidget *d = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  return d != NULL && g_strcmp0 (gtk_widget_get_name (d), "error-dialog") == 0;
}

/* Every file below @dir but the key store's folder holds no @needle */
static void
assert_nowhere (const char *dir,
                const char *needle)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);
      g_autofree char *contents = NULL;
      gsize len;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (!(g_strcmp0 (dir, f.home) == 0 && strcmp (entry, "secrets") == 0))
            assert_nowhere (path, needle);
          continue;
        }
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || !g_file_get_contents (path, &contents, &len, NULL))
        continue;
      if (memmem (contents, len, needle, strlen (needle)) != NULL)
        g_error ("the secret is in clear in %s", path);
    }
}

/* A row's switches and menu button say whose they are (every switch was "Running"). */
static void
assert_named_after_service (void)
{
  static const struct { const char *widget, *label; } cases[] = {
    { "service-enabled", "Run envy" },
    { "service-export", "Share envy with the mesh" },
    { "copy-config", "Copy a client configuration for envy" },
  };
  GtkWidget *row = zt_test_find (GTK_WIDGET (f.window), "service", is_titled, "envy");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *w = zt_test_find (row, cases[i].widget, NULL, NULL);
      g_autofree char *wrong = NULL;

      g_assert_nonnull (w);
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, cases[i].label);
      if (wrong != NULL)
        g_error ("%s: %s", cases[i].widget, wrong);
      g_clear_pointer (&wrong, g_free);
      /* and the check tells names apart: not the old one */
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, "Running");
      g_assert_nonnull (wrong);
    }
}

static void
test_edit_env (void)
{
  const char *plain_row[] = { NULL, "env-PLAIN" };
  const char *secret_row[] = { NULL, "env-API_TOKEN" };
  const char *gone_row[] = { NULL, "env-GONE" };
  g_autofree char *gone = NULL;
  g_autofree char *plain = NULL, *digest = NULL, *expected = NULL, *log_text = NULL;
  g_autoptr(JsonNode) log = NULL;
  GtkWidget *dialog, *row, *cwd;

  start ();
  assert_named_after_service ();
  plain = getenv_of ("PLAIN", FALSE);
  g_assert_cmpstr (plain, ==, "one");
  g_clear_pointer (&plain, g_free);

  dialog = open_edit_dialog ();
  zt_test_wait_until (has_widget, plain_row, 10000, "the service's variables in the dialog");
  row = zt_test_find (dialog, "env-PLAIN", NULL, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "one");
  gtk_editable_set_text (GTK_EDITABLE (row), "two");

  /* a new variable, typed NAME=value, then marked secret: its row hides the value */
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "new-variable", NULL, NULL)), "API_TOKEN=" SECRET);
  g_signal_emit_by_name (zt_test_find (dialog, "new-variable", NULL, NULL), "apply");
  zt_test_wait_until (has_widget, secret_row, 10000, "the new variable's row");
  row = zt_test_find (dialog, "env-API_TOKEN", NULL, NULL);
  g_assert_false (ADW_IS_PASSWORD_ENTRY_ROW (row));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (zt_test_find (row, "env-secret", NULL, NULL)), TRUE);
  zt_test_wait_until (secret_row_shown, NULL, 10000, "the variable's row turned secret");
  row = zt_test_find (dialog, "env-API_TOKEN", NULL, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, SECRET);

  /* a variable added, then removed with its row's button */
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "new-variable", NULL, NULL)), "GONE=1");
  g_signal_emit_by_name (zt_test_find (dialog, "new-variable", NULL, NULL), "apply");
  zt_test_wait_until (has_widget, gone_row, 10000, "the GONE row");
  zt_test_click (zt_test_find (zt_test_find (dialog, "env-GONE", NULL, NULL), "env-remove", NULL, NULL));
  zt_test_wait_until (no_widget, gone_row, 10000, "the GONE row removed");

  /* a folder that is not there: the agent refuses it, and the dialog marks that field */
  cwd = zt_test_find (dialog, "cwd", NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (cwd), "/no/such/folder/zt4mcp");
  zt_test_click (zt_test_find (dialog, "save", NULL, NULL));
  zt_test_wait_until (label_shown, "program-error", 10000, "the refused folder said in place");
  g_assert_true (gtk_widget_has_css_class (cwd, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (zt_test_find (dialog, "program-error", NULL, NULL))),
                            "/no/such/folder/zt4mcp"));
  g_assert_nonnull (zt_test_find_toplevel (ZT_TYPE_EDIT_SERVICE_DIALOG));   /* still open, nothing lost */
  g_free (zt_test_screenshot (dialog, "edit-service-refused"));
  gtk_editable_set_text (GTK_EDITABLE (cwd), "");
  g_free (zt_test_screenshot (dialog, "edit-service"));

  zt_test_click (zt_test_find (dialog, "save", NULL, NULL));
  zt_test_wait_until (no_edit_dialog, NULL, 10000, "the dialog to save, restart the server and close");

  /* the restarted server has both; the secret is in no file but the key store's */
  plain = getenv_of ("PLAIN", FALSE);
  g_assert_cmpstr (plain, ==, "two");
  gone = getenv_of ("GONE", FALSE);
  g_assert_cmpstr (gone, ==, "(unset)");
  digest = getenv_of ("API_TOKEN", TRUE);
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, SECRET, -1);
  g_assert_cmpstr (digest, ==, expected);
  assert_nowhere (f.home, SECRET);
  log = zt_test_rest (f.client, "GET", "/services/envy/log", NULL);
  log_text = json_to_string (log, FALSE);
  g_assert_null (strstr (log_text, SECRET));
  g_assert_nonnull (strstr (log_text, "restarted by the user"));

  /* opened again: the secret is listed by name, its value not shown */
  dialog = open_edit_dialog ();
  zt_test_wait_until (has_widget, secret_row, 10000, "the secret variable listed");
  row = zt_test_find (dialog, "env-API_TOKEN", NULL, NULL);
  g_assert_true (ADW_IS_PASSWORD_ENTRY_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_free (zt_test_screenshot (dialog, "edit-service-secret"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
save_says (gpointer data)
{
  GtkWidget *dialog = zt_test_find_toplevel (ZT_TYPE_EDIT_SERVICE_DIALOG);
  GtkWidget *save = dialog ? zt_test_find (dialog, "save", NULL, NULL) : NULL;

  return save != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (save)), data) == 0;
}

/* How many times the server was restarted, by its log */
static guint
restarts (void)
{
  g_autoptr(JsonNode) log = zt_test_rest (f.client, "GET", "/services/envy/log", NULL);
  g_autofree char *text = json_to_string (log, FALSE);
  guint n = 0;

  for (const char *p = text; (p = strstr (p, "restarted by the user")) != NULL; p++)
    n++;
  return n;
}

static void
add_rule (GtkWidget  *dialog,
          const char *spec)
{
  GtkWidget *entry = zt_test_find (dialog, "new-rule", NULL, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), spec);
  g_signal_emit_by_name (entry, "apply");
}

/* The Protection and Scan Rules groups show what the agent does with the server, change it,
 * and save it without restarting the server (nothing of the program changed); a misspelt rule
 * is marked in place and never sent. */
static void
test_edit_protection (void)
{
  const char *words_row[] = { NULL, "rule-instruction.words" };
  const char *hidden_row[] = { NULL, "rule-hidden." };
  g_autoptr(JsonNode) saved = NULL, cleared = NULL;
  JsonObject *s;
  GtkWidget *dialog, *entry;
  guint restarted;

  g_assert_nonnull (f.window);
  restarted = restarts ();
  dialog = open_edit_dialog ();
  zt_test_wait_until (save_says, "_Save", 10000, "the service loaded, nothing to restart for");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (zt_test_find (dialog, "tool-scan", NULL, NULL))), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (zt_test_find (dialog, "tool-scan", NULL, NULL)), 1);   /* warn */
  adw_combo_row_set_selected (ADW_COMBO_ROW (zt_test_find (dialog, "result-scan", NULL, NULL)), 1); /* redact */

  add_rule (dialog, "instruction.word=block");
  zt_test_wait_until (label_shown, "rules-error", 10000, "the misspelt rule said in place");
  entry = zt_test_find (dialog, "new-rule", NULL, NULL);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (zt_test_find (dialog, "rules-error", NULL, NULL))),
                            "not a rule of the tool scan"));
  add_rule (dialog, "instruction.words=block");
  zt_test_wait_until (has_widget, words_row, 10000, "the rule's row");
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  add_rule (dialog, "hidden.=warn");
  zt_test_wait_until (has_widget, hidden_row, 10000, "the family's row");
  zt_test_click (zt_test_find (zt_test_find (dialog, "rule-hidden.", NULL, NULL), "rule-remove", NULL, NULL));
  zt_test_wait_until (no_widget, hidden_row, 10000, "the family's row removed");
  g_assert_true (save_says ("_Save"));
  gtk_widget_grab_focus (zt_test_find (dialog, "new-rule", NULL, NULL));   /* scrolled into view */
  zt_test_run_for (300);
  g_free (zt_test_screenshot (dialog, "edit-service-protection"));
  zt_test_click (zt_test_find (dialog, "save", NULL, NULL));
  zt_test_wait_until (no_edit_dialog, NULL, 10000, "the dialog to save and close");

  saved = zt_test_rest (f.client, "GET", "/services/envy", NULL);
  s = json_node_get_object (saved);
  g_assert_cmpstr (json_object_get_string_member (s, "tool_scan"), ==, "warn");
  g_assert_cmpstr (json_object_get_string_member (s, "result_scan"), ==, "redact");
  g_assert_cmpstr (json_object_get_string_member (s, "tool_pinning"), ==, "first-use");
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (s, "scan_rules")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (s, "scan_rules"), "instruction.words"),
                   ==, "block");
  g_assert_cmpuint (restarts (), ==, restarted);   /* the server went on */

  /* opened again: shown as saved; put back */
  dialog = open_edit_dialog ();
  zt_test_wait_until (has_widget, words_row, 10000, "the saved rule listed");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (zt_test_find (dialog, "tool-scan", NULL, NULL))), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (zt_test_find (dialog, "result-scan", NULL, NULL))), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (zt_test_find (dialog, "tool-scan", NULL, NULL)), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (zt_test_find (dialog, "result-scan", NULL, NULL)), 0);
  zt_test_click (zt_test_find (zt_test_find (dialog, "rule-instruction.words", NULL, NULL), "rule-remove", NULL, NULL));
  zt_test_wait_until (no_widget, words_row, 10000, "the rule's row removed");
  zt_test_click (zt_test_find (dialog, "save", NULL, NULL));
  zt_test_wait_until (no_edit_dialog, NULL, 10000, "the dialog to save and close");
  cleared = zt_test_rest (f.client, "GET", "/services/envy", NULL);
  s = json_node_get_object (cleared);
  g_assert_cmpstr (json_object_get_string_member (s, "tool_scan"), ==, "block");
  g_assert_cmpstr (json_object_get_string_member (s, "result_scan"), ==, "tag");
  g_assert_false (json_object_has_member (s, "scan_rules"));
  g_assert_cmpuint (restarts (), ==, restarted);
}

static gboolean
import_dimmed (gpointer data)
{
  GtkWidget *row = zt_test_find (GTK_WIDGET (f.window), "service", is_titled, data);

  return row != NULL && gtk_widget_has_css_class (row, "dim-label") &&
         strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "peer offline") != NULL;
}

/* A service imported from a peer that is offline (here: a mesh this agent is not in) stays
 * listed, dimmed, saying so. */
static void
test_offline_import_dimmed (void)
{
  g_autoptr(JsonNode) body = zt_json_object_node ("name", "far", "kind", "mesh", "peer", "bob-pc", "remote", "ev", NULL);
  g_autoptr(JsonNode) added = zt_test_rest (f.client, "POST", "/services", body);

  zt_test_wait_until (service_listed, "far", 10000, "the import on the Services page");
  zt_test_wait_until (import_dimmed, "far", 10000, "the import dimmed, its peer offline");
  g_free (zt_test_screenshot (GTK_WIDGET (f.window), "services-offline-import"));
}

/* The Add Server dialog's Kind shows its whole choice (it was cut beside the title). */
static void
test_add_kind_not_cut (void)
{
  GtkWidget *dialog, *kind;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.add-service", NULL));
  dialog = zt_test_find_toplevel (ZT_TYPE_ADD_SERVICE_DIALOG);
  g_assert_nonnull (dialog);
  kind = zt_test_find (dialog, "kind", NULL, NULL);
  g_assert_true (adw_combo_row_get_use_subtitle (ADW_COMBO_ROW (kind)));
  g_assert_nonnull (zt_test_find_text (kind, "Command on this computer (stdio)"));
  g_free (zt_test_screenshot (dialog, "add-service-kind"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* An error with no field of the dialog to mark (the server was removed while the dialog was
 * open) is said in plain words; the agent's own, whole, wait behind Details. */
static void
test_error_dialog (void)
{
  const char *plain_row[] = { NULL, "env-PLAIN" };
  GtkWidget *dialog, *message, *expander, *label;
  g_autoptr(JsonNode) gone = NULL;
  const char *detail;

  dialog = open_edit_dialog ();
  zt_test_wait_until (has_widget, plain_row, 10000, "the service's variables in the dialog");
  gone = zt_test_rest (f.client, "DELETE", "/services/envy", NULL);
  zt_test_click (zt_test_find (dialog, "save", NULL, NULL));
  zt_test_wait_until (error_dialog_shown, NULL, 10000, "the error dialog");
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==, "The Change Was Not Made");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "removed meanwhile"));
  g_assert_null (strchr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), '`'));
  expander = zt_test_find (message, "error-detail", NULL, NULL);
  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  label = gtk_expander_get_child (GTK_EXPANDER (expander));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));
  detail = gtk_label_get_text (GTK_LABEL (label));
  g_test_message ("detail: %s", detail);
  g_assert_nonnull (strstr (detail, "no service named envy"));
  g_assert_null (strchr (detail, '`'));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  g_free (zt_test_screenshot (message, "error-dialog"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "close");
  gtk_window_destroy (GTK_WINDOW (message));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int    argc,
      char **argv)
{
  int ret;

  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  /* GTK's test AT context keeps what a screen reader would be told, to be checked here */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/services/edit-env", test_edit_env);
  g_test_add_func ("/gui/services/edit-protection", test_edit_protection);
  g_test_add_func ("/gui/services/add-kind-not-cut", test_add_kind_not_cut);
  g_test_add_func ("/gui/services/offline-import-dimmed", test_offline_import_dimmed);
  g_test_add_func ("/gui/services/error-dialog", test_error_dialog);
  ret = g_test_run ();

  if (f.window)
    gtk_window_destroy (GTK_WINDOW (f.window));
  g_clear_object (&f.window);
  g_clear_object (&f.client);
  g_clear_object (&f.settings);
  g_clear_pointer (&f.agent, zt_agent_thread_stop);
  g_free (f.home);
  return ret;
}
