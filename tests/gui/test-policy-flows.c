/* test-policy-flows.c: the Policies and Audit pages with real agents (policy-fixture.mjs: a hub
 * and bob-pc, driven by commands): bob is refused a tool of the app's service, asks for access,
 * the request is approved on the Policies page and bob's call then succeeds; the Audit page
 * shows both calls and verifies the chain; the grant dialog marks what the agent refuses as it
 * is typed; an imported service the app may not use offers Request Access, and the exporter
 * gets the request; a million-record audit log opens and scrolls. PNGs of each step. Needs the
 * agent's policy, access and audit APIs (docs/policy-audit.md). */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "zt-access-notifier.h"
#include "zt-agent-thread.h"
#include "zt-audit-page.h"
#include "zt-client.h"
#include "zt-grant-dialog.h"
#include "zt-policies-page.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

#if __has_include("zt-audit.h")
#include "zt-audit.h"
#define HAVE_ZT_AUDIT 1
#endif

static struct {
  ZtTestFixture *fixture;
  ZtAgentThread *agent;
  ZtClient      *client;
  ZtWindow      *window;
  ZtAccessNotifier *notifier;
  guint          notified;
} f;

static GtkWidget *
root (void)
{
  return GTK_WIDGET (f.window);
}

static JsonNode *
rest (const char *method,
      const char *path,
      const char *body)
{
  g_autoptr(JsonNode) node = body ? json_from_string (body, NULL) : NULL;

  return zt_test_rest (f.client, method, path, node);
}

static JsonObject *
ask (const char *command)
{
  JsonObject *a = zt_test_fixture_ask (f.fixture, command);
  g_autoptr(JsonNode) n = json_node_init_object (json_node_alloc (), a);
  g_autofree char *text = json_to_string (n, FALSE);

  g_test_message ("fixture %s -> %s", command, text);
  return a;
}

static gboolean
joined (gpointer data)
{
  JsonObject *mesh = zt_client_get_mesh (f.client);
  return mesh && json_object_get_boolean_member_with_default (mesh, "joined", FALSE);
}

static gboolean
is_named_titled (GtkWidget *w,
                 gpointer   data)
{
  const char *subtitle;

  if (!ADW_IS_ACTION_ROW (w) || !gtk_widget_get_mapped (w))
    return FALSE;
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (w));
  return strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) != NULL ||
         (subtitle && strstr (subtitle, data) != NULL);
}

static GtkWidget *
row (const char *name,
     const char *text)
{
  return zt_test_find (root (), name, is_named_titled, (gpointer) text);
}

static gboolean
row_shown (gpointer data)
{
  const char **nt = data;
  return row (nt[0], nt[1]) != NULL;
}

static gboolean
row_gone (gpointer data)
{
  return !row_shown (data);
}

static void
new_request_cb (ZtAccessNotifier *notifier,
                JsonObject       *request)
{
  g_test_message ("notified: %s wants %s", json_object_get_string_member_with_default (request, "user", "?"),
                  json_object_get_string_member_with_default (request, "service", "?"));
  f.notified++;
}

static gboolean
was_notified (gpointer data)
{
  return f.notified > 0;
}

static void
setup (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-policy-XXXXXX", NULL);
  g_autofree char *join = NULL;
  g_autofree char *add = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) a = NULL, b = NULL, c = NULL;
  g_autofree char *command = g_strescape (g_getenv ("ZT_ECHO_SERVER"), NULL);

  f.fixture = zt_test_fixture_start ("policy-fixture.mjs");
  f.agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  f.client = zt_client_new (zt_agent_thread_get_url (f.agent), zt_agent_thread_get_token (f.agent));
  f.window = g_object_ref (zt_window_new (NULL, f.client, NULL, NULL));
  /* what the application sends a desktop notification for */
  f.notifier = zt_access_notifier_new (f.client, NULL);
  g_signal_connect (f.notifier, "new-request", G_CALLBACK (new_request_cb), NULL);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f.window));

  join = g_strdup_printf ("{\"invitation\":\"%s\"}",
                          json_object_get_string_member (zt_test_fixture_info (f.fixture), "invitation"));
  a = rest ("POST", "/mesh/join", join);
  zt_test_wait_until (joined, NULL, 30000, "the app's agent to join");
  /* the app's agent serves "echo", offered to every member and granted to nobody */
  add = g_strdup_printf ("{\"name\":\"echo\",\"kind\":\"stdio\",\"command\":[\"%s\"]}", command);
  b = rest ("POST", "/services", add);
  c = rest ("PATCH", "/services/echo", "{\"export_to\":[\"*\"]}");
}

/* bob is refused, asks, the request is approved on the Policies page, bob's call succeeds. */
static void
test_approve_request (void)
{
  g_autoptr(JsonObject) imported = NULL, refused = NULL, requested = NULL, served = NULL;
  const char *pending[] = { "access-request", "bob" };
  const char *granted[] = { "grant", "approved request" };
  GtkWidget *request;

  setup ();
  imported = ask ("{\"do\":\"import\",\"peer\":\"alice-desktop\",\"service\":\"echo\"}");
  g_assert_true (json_object_get_boolean_member (imported, "ok"));
  refused = ask ("{\"do\":\"call\",\"service\":\"echo\",\"tool\":\"echo\",\"args\":{\"message\":\"before\"}}");
  g_assert_false (json_object_get_boolean_member (refused, "ok"));

  zt_window_show_page (f.window, "policies");
  requested = ask ("{\"do\":\"request\",\"service\":\"echo\",\"tools\":[\"echo\"],\"for\":\"1h\",\"reason\":\"the GUI test\"}");
  g_assert_cmpint (json_object_get_int_member (requested, "status"), ==, 201);
  /* the agent's event brings it to the page */
  zt_test_wait_until (row_shown, pending, 30000, "bob's request on the Policies page");
  zt_test_wait_until (was_notified, NULL, 10000, "the notification of bob's request");
  g_assert_cmpuint (f.notified, ==, 1);
  request = row (pending[0], pending[1]);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (request)), "the GUI test"));
  g_free (zt_test_screenshot (root (), "policies-pending"));

  zt_test_click (zt_test_find (request, "approve", NULL, NULL));
  zt_test_wait_until (row_gone, pending, 30000, "the request to leave the list");
  zt_test_wait_until (row_shown, granted, 30000, "the grant made by the approval");
  g_free (zt_test_screenshot (root (), "policies-approved"));

  served = ask ("{\"do\":\"call\",\"service\":\"echo\",\"tool\":\"echo\",\"args\":{\"message\":\"after approval\"}}");
  g_assert_true (json_object_get_boolean_member (served, "ok"));
  g_assert_nonnull (strstr (json_object_get_string_member (served, "text"), "after approval"));
}

static gboolean
audit_has_echo_calls (gpointer data)
{
  ZtAuditModel *model = zt_audit_page_get_model (data);
  guint n = model ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
  gboolean allow = FALSE, deny = FALSE;

  for (guint i = 0; i < n && i < 50; i++)
    {
      g_autoptr(ZtAuditRecord) r = g_list_model_get_item (G_LIST_MODEL (model), i);
      JsonObject *o = zt_audit_record_get_json (r);

      if (o == NULL || g_strcmp0 (json_object_get_string_member_with_default (o, "tool", NULL), "echo") != 0)
        continue;
      allow |= g_strcmp0 (json_object_get_string_member_with_default (o, "decision", NULL), "allow") == 0;
      deny |= g_strcmp0 (json_object_get_string_member_with_default (o, "decision", NULL), "deny") == 0;
    }
  return allow && deny;
}

static gboolean
shows_spoofed (GtkWidget *w,
               gpointer   data)
{
  return GTK_IS_INSCRIPTION (w) && gtk_inscription_get_text (GTK_INSCRIPTION (w)) != NULL &&
         strstr (gtk_inscription_get_text (GTK_INSCRIPTION (w)), data) != NULL;
}

static gboolean
spoofed_shown (gpointer data)
{
  return zt_test_find (data, NULL, shows_spoofed, "exe.txt") != NULL;
}

static gboolean
label_says (gpointer data)
{
  gpointer *d = data;
  return gtk_widget_get_visible (d[0]) && strstr (gtk_label_get_text (GTK_LABEL (d[0])), d[1]) != NULL;
}

/* The Audit page shows bob's refused and allowed calls, and the chain verifies. */
static void
test_audit_shows_calls (void)
{
  GtkWidget *page, *label;
  gpointer intact[2];

  g_assert_nonnull (f.window);
  zt_window_show_page (f.window, "audit");
  page = gtk_widget_get_ancestor (zt_test_find (root (), "audit-view", NULL, NULL), ZT_TYPE_AUDIT_PAGE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (zt_test_find (page, "audit-live", NULL, NULL)), TRUE);
  zt_test_wait_until (audit_has_echo_calls, page, 30000, "bob's calls in the audit log");
  g_free (zt_test_screenshot (root (), "audit-calls"));

  /* a tool's name is the caller's: a bidi override in it (which would show "\u202eexe.txt"
   * as "txt.exe") is shown as U+FFFD in the table, never applied */
  {
    g_autoptr(JsonObject) spoofed = ask ("{\"do\":\"call\",\"service\":\"echo\",\"tool\":\"\\u202eexe.txt\"}");
    GtkWidget *cell;

    g_assert_false (json_object_get_boolean_member (spoofed, "ok"));
    zt_test_wait_until (spoofed_shown, page, 30000, "the call to \"\u202eexe.txt\" in the table");
    cell = zt_test_find (page, NULL, shows_spoofed, "\xef\xbf\xbd" "exe.txt");
    g_assert_nonnull (cell);
    g_assert_null (zt_test_find (page, NULL, shows_spoofed, "\u202e"));
  }

  label = zt_test_find (page, "audit-verify-result", NULL, NULL);
  intact[0] = label;
  intact[1] = "intact";
  zt_test_click (zt_test_find (page, "audit-verify", NULL, NULL));
  zt_test_wait_until (label_says, intact, 30000, "the chain to verify");
  g_free (zt_test_screenshot (root (), "audit-verified-real"));
}

static gboolean
no_toplevel (gpointer data)
{
  return zt_test_find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

static gboolean
tool_rows_listed (gpointer data)
{
  return zt_test_find (data, "grant-tool", NULL, NULL) != NULL;
}

static gboolean
marked_invalid (gpointer data)
{
  GtkWidget *dialog = data;
  GtkWidget *constraint = zt_test_find (dialog, "grant-constraint", NULL, NULL);
  GtkWidget *problem = zt_test_find (dialog, "grant-problem", NULL, NULL);

  return constraint && gtk_widget_has_css_class (constraint, "error") && gtk_widget_get_visible (problem) &&
         !gtk_widget_get_sensitive (zt_test_find (dialog, "grant-save", NULL, NULL));
}

static gboolean
save_allowed (gpointer data)
{
  return gtk_widget_get_sensitive (zt_test_find (data, "grant-save", NULL, NULL));
}

static gboolean
is_check (GtkWidget *w,
          gpointer   data)
{
  return GTK_IS_CHECK_BUTTON (w);
}

static gboolean
is_text_entry (GtkWidget *w,
               gpointer   data)
{
  return GTK_IS_ENTRY (w);
}

static gboolean
error_dialog_shown (gpointer data)
{
  GtkWidget *d = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  return d != NULL && g_strcmp0 (gtk_widget_get_name (d), "error-dialog") == 0;
}

/* Removes @user's grant through the API, as the CLI would */
static void
remove_meanwhile (const char *user)
{
  g_autoptr(JsonNode) policy = rest ("GET", "/policy", NULL);
  JsonArray *grants = json_object_get_array_member (json_node_get_object (policy), "grants");
  g_autofree char *subject = g_strconcat ("user:", user, NULL);

  for (guint i = 0; i < json_array_get_length (grants); i++)
    {
      JsonObject *g = json_array_get_object_element (grants, i);

      const char *who = json_object_get_string_member_with_default (g, "subject", "");

      if (g_strcmp0 (who, subject) == 0 || g_strcmp0 (who, user) == 0)
        {
          g_autofree char *path = g_strconcat ("/policy/grants/", json_object_get_string_member (g, "id"), NULL);
          g_autoptr(JsonNode) gone = rest ("DELETE", path, NULL);
          return;
        }
    }
  g_error ("no grant for %s in the policy", subject);
}

/* The grant dialog: the agent's rules as the user types; saved, listed, removed. */
static void
test_grant_dialog (void)
{
  GtkWidget *page, *dialog, *constraint, *tool, *entries[2], *test = NULL, *remove, *message, *detail;
  const char *grant_row[] = { "grant", "User carol" };
  int n = 0;

  g_assert_nonnull (f.window);
  zt_window_show_page (f.window, "policies");
  page = gtk_widget_get_ancestor (zt_test_find (root (), "add-grant", NULL, NULL), ZT_TYPE_POLICIES_PAGE);
  zt_policies_page_add_grant (ZT_POLICIES_PAGE (page));
  dialog = zt_test_find_toplevel (ZT_TYPE_GRANT_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "grant-name", NULL, NULL)), "carol");
  zt_test_wait_until (tool_rows_listed, dialog, 30000, "the tools of echo in the dialog");
  tool = zt_test_find (dialog, "grant-tool", NULL, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (zt_test_find (tool, NULL, is_check, NULL)), TRUE);
  zt_test_click (zt_test_find (dialog, "grant-add-constraint", NULL, NULL));
  constraint = zt_test_find (dialog, "grant-constraint", NULL, NULL);
  /* the row's fields: pointer, test, value */
  for (GtkWidget *w = zt_test_find (constraint, NULL, is_text_entry, NULL); w; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_ENTRY (w) && n < 2)
      entries[n++] = w;
    else if (GTK_IS_DROP_DOWN (w))
      test = w;
  g_assert_cmpint (n, ==, 2);
  g_assert_nonnull (test);
  gtk_editable_set_text (GTK_EDITABLE (entries[0]), "/message");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (test), 3);   /* regex */
  gtk_editable_set_text (GTK_EDITABLE (entries[1]), "([");
  zt_test_wait_until (marked_invalid, dialog, 15000, "the constraint marked as the agent's error");
  g_test_message ("the agent says: %s", gtk_label_get_text (GTK_LABEL (zt_test_find (dialog, "grant-problem", NULL, NULL))));
  g_free (zt_test_screenshot (dialog, "grant-invalid"));

  gtk_editable_set_text (GTK_EDITABLE (entries[1]), "^[a-z ]+$");
  zt_test_wait_until (save_allowed, dialog, 15000, "the grant to be valid");
  g_free (zt_test_screenshot (dialog, "grant-valid"));
  zt_test_click (zt_test_find (dialog, "grant-save", NULL, NULL));
  zt_test_wait_until (no_toplevel, GSIZE_TO_POINTER (ZT_TYPE_GRANT_DIALOG), 15000, "the dialog to close");
  zt_test_wait_until (row_shown, grant_row, 15000, "carol's grant");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (grant_row[0], grant_row[1]))), "1 constraint"));
  g_free (zt_test_screenshot (root (), "policies-grants"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_free (zt_test_screenshot (root (), "policies-grants-dark"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* removed, after a confirmation; here the CLI removed it meanwhile: the agent's refusal is
   * said in plain words, its own behind Details, not in a toast */
  remove = zt_test_find (row (grant_row[0], grant_row[1]), "remove-grant", NULL, NULL);
  zt_test_click (remove);
  zt_test_run_for (300);
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  remove_meanwhile ("carol");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "remove");
  gtk_window_destroy (GTK_WINDOW (message));
  zt_test_wait_until (error_dialog_shown, NULL, 15000, "the error dialog");
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==, "The Grant Was Not Removed");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "removed meanwhile"));
  detail = gtk_expander_get_child (GTK_EXPANDER (zt_test_find (message, "error-detail", NULL, NULL)));
  g_test_message ("detail: %s", gtk_label_get_text (GTK_LABEL (detail)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (detail)), !=, "");
  g_assert_null (zt_test_find_text (root (), gtk_label_get_text (GTK_LABEL (detail))));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "close");
  gtk_window_destroy (GTK_WINDOW (message));
  zt_test_wait_until (row_gone, grant_row, 15000, "carol's grant to go");
}

static gboolean
is_tools_row_none (GtkWidget *w,
                   gpointer   data)
{
  const char *s;

  if (!ADW_IS_ACTION_ROW (w) || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "Tools") != 0)
    return FALSE;
  s = adw_action_row_get_subtitle (ADW_ACTION_ROW (w));
  return s && strstr (s, "No tools you may use") != NULL;
}

static gboolean
request_button_shown (gpointer data)
{
  GtkWidget *b = zt_test_find (data, "request-access", NULL, NULL);
  return b && gtk_widget_get_visible (b) && zt_test_find (data, NULL, is_tools_row_none, NULL) != NULL;
}

static gboolean
bob_has_request (gpointer data)
{
  g_autoptr(JsonObject) a = ask ("{\"do\":\"incoming\"}");
  JsonObject *body = json_object_get_object_member (a, "body");
  JsonArray *in = body ? json_object_get_array_member (body, "incoming") : NULL;

  for (guint i = 0; in && i < json_array_get_length (in); i++)
    if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (in, i), "service", NULL),
                   "notes") == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_titled (GtkWidget *w,
           gpointer   data)
{
  return ADW_IS_EXPANDER_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

/* A service imported from bob that grants the app nothing: Request Access… asks bob's agent. */
static void
test_request_access (void)
{
  g_autoptr(JsonNode) imported = NULL;
  GtkWidget *expander, *message, *tools;

  g_assert_nonnull (f.window);
  imported = rest ("POST", "/services", "{\"name\":\"notes\",\"kind\":\"mesh\",\"peer\":\"bob-pc\",\"remote\":\"notes\"}");
  zt_window_show_page (f.window, "services");
  zt_test_run_for (500);
  expander = zt_test_find (root (), "service", is_titled, "notes");
  g_assert_nonnull (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  zt_test_wait_until (request_button_shown, expander, 30000, "Request Access… on the imported service");
  g_free (zt_test_screenshot (root (), "services-denied"));
  zt_test_click (zt_test_find (expander, "request-access", NULL, NULL));
  zt_test_run_for (300);
  message = zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  tools = zt_test_find (message, "request-tools", NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (tools), "echo");
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (message, "request-reason", NULL, NULL)), "to take notes");
  g_free (zt_test_screenshot (message, "request-access"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (message), "request");
  gtk_window_destroy (GTK_WINDOW (message));
  zt_test_wait_until (bob_has_request, NULL, 30000, "bob's agent to get the request");
}

#ifdef HAVE_ZT_AUDIT
static gboolean
page_rows_loaded (gpointer data)
{
  ZtAuditModel *model = zt_audit_page_get_model (data);
  return model && g_list_model_get_n_items (G_LIST_MODEL (model)) > 0 &&
         zt_test_rows_loaded (zt_test_find (data, "audit-view", NULL, NULL));
}

static gboolean
page_total_is (gpointer data)
{
  gpointer *d = data;
  ZtAuditModel *model = zt_audit_page_get_model (d[0]);
  return model && g_list_model_get_n_items (G_LIST_MODEL (model)) == GPOINTER_TO_UINT (d[1]);
}

static void
scroll_to (GtkWidget *page,
           double     fraction)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (zt_test_find (page, "audit-scroller",
                                                                                              NULL, NULL)));
  gtk_adjustment_set_value (adj, (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)) * fraction);
}

/* A real audit log of a million records (ZT_AUDIT_ROWS) opens at once and scrolls. */
static void
test_million_records (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-audit-XXXXXX", NULL);
  guint rows = g_getenv ("ZT_AUDIT_ROWS") ? atoi (g_getenv ("ZT_AUDIT_ROWS")) : 1000000;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtAudit) audit = zt_audit_open (home, &error);
  g_autoptr(JsonNode) args = json_from_string ("{\"path\":\"/docs/a.md\"}", NULL);
  ZtAgentThread *agent;
  ZtClient *client;
  GtkWidget *window, *page;
  gpointer total[2];
  gint64 start = g_get_monotonic_time ();

  g_assert_no_error (error);
  for (guint i = 0; i < rows; i++)
    {
      ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;

      e.side = "exporter";
      e.subject = i % 3 ? "spiffe://m/user/alice/endpoint/lap" : "spiffe://m/user/bob/endpoint/pc";
      e.service = "files";
      e.method = "tools/call";
      e.tool = i % 2 ? "read_file" : "list_dir";
      e.args = args;
      e.decision = i % 7 ? "allow" : "deny";
      e.rule = i % 7 ? "grant:g-1" : "policy:default-deny";
      e.latency_us = 500 + i % 1000;
      e.status = i % 7 ? "ok" : "error";
      /* queued as the audit filter queues them, and written in batches */
      zt_audit_submit (audit, &e, NULL, NULL);
      if (i % 10000 == 9999)
        zt_audit_flush (audit);
    }
  zt_audit_flush (audit);
  g_assert_cmpint (zt_audit_get_last_seq (audit), ==, rows);
  g_clear_object (&audit);
  g_test_message ("%u records written in %.1f s", rows, (g_get_monotonic_time () - start) / 1e6);

  agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  client = zt_client_new (zt_agent_thread_get_url (agent), zt_agent_thread_get_token (agent));
  page = zt_audit_page_new ();
  zt_audit_page_set_client (ZT_AUDIT_PAGE (page), client);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  total[0] = page;
  total[1] = GUINT_TO_POINTER (rows);
  start = g_get_monotonic_time ();
  zt_test_wait_until (page_total_is, total, 60000, "the total");
  zt_test_wait_until (page_rows_loaded, page, 60000, "the first rows");
  g_test_message ("opened in %.2f s", (g_get_monotonic_time () - start) / 1e6);
  g_free (zt_test_screenshot (window, "audit-million-real-top"));
  for (guint i = 1; i <= 4; i++)
    {
      start = g_get_monotonic_time ();
      scroll_to (page, i / 4.0);
      zt_test_run_for (100);   /* the view lays out the rows scrolled to */
      zt_test_wait_until (page_rows_loaded, page, 60000, "the rows scrolled to");
      g_test_message ("at %u%%: rows in %.2f s", i * 25, (g_get_monotonic_time () - start) / 1e6);
    }
  g_free (zt_test_screenshot (window, "audit-million-real-end"));
  gtk_window_destroy (GTK_WINDOW (window));
  zt_test_run_for (100);
  g_object_unref (client);
  zt_agent_thread_stop (agent);
}
#endif

int
main (int    argc,
      char **argv)
{
  int ret;

  zt_test_log_init ();
  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/policy/approve-request", test_approve_request);
  g_test_add_func ("/gui/policy/audit-shows-calls", test_audit_shows_calls);
  g_test_add_func ("/gui/policy/grant-dialog", test_grant_dialog);
  g_test_add_func ("/gui/policy/request-access", test_request_access);
#ifdef HAVE_ZT_AUDIT
  g_test_add_func ("/gui/audit/million-records", test_million_records);
#endif
  ret = g_test_run ();

  if (f.window)
    gtk_window_destroy (GTK_WINDOW (f.window));
  g_clear_object (&f.window);
  g_clear_object (&f.notifier);
  g_clear_object (&f.client);
  g_clear_pointer (&f.agent, zt_agent_thread_stop);
  zt_test_fixture_stop (f.fixture);
  return ret;
}
