/* test-mesh-flows.c: joining and hosting a mesh from the app, with real hubs and agents: the
 * join preview (what the invitation says, before anything happens; Cancel joins nothing, Join
 * joins), the Create form's addresses, and a hosted hub's members revoked from the app, their
 * agent then refused by the hub; a name the hub refuses in Invite… said in the error dialog.
 * Each step saves a PNG. */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>

#include "zt-add-service-dialog.h"
#include "zt-agent-thread.h"
#include "zt-application.h"
#include "zt-client.h"
#include "zt-join.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

typedef struct {
  ZtAgentThread *agent;
  ZtClient      *client;
  ZtWindow      *window;
  GSettings     *settings;
} App;

static void
app_start (App *app)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;

  app->agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  app->client = zt_client_new (zt_agent_thread_get_url (app->agent), zt_agent_thread_get_token (app->agent));
  app->settings = zt_settings_new ();
  app->window = g_object_ref (zt_window_new (NULL, app->client, app->settings, NULL));
  gtk_window_set_default_size (GTK_WINDOW (app->window), 980, 760);
  gtk_window_present (GTK_WINDOW (app->window));
}

static void
app_stop (App *app)
{
  gtk_window_destroy (GTK_WINDOW (app->window));
  g_clear_object (&app->window);
  g_clear_object (&app->client);
  g_clear_object (&app->settings);
  g_clear_pointer (&app->agent, zt_agent_thread_stop);
}

static GtkWidget *
named (App        *app,
       const char *name)
{
  GtkWidget *w = zt_test_find (GTK_WIDGET (app->window), name, NULL, NULL);

  if (w == NULL)
    g_error ("no widget named %s in the window", name);
  return w;
}

static gboolean
on_welcome (gpointer data)
{
  App *app = data;
  return g_strcmp0 (zt_window_get_page (app->window), "welcome") == 0;
}

static gboolean
on_mesh_page (gpointer data)
{
  App *app = data;
  return g_strcmp0 (zt_window_get_page (app->window), "mesh") == 0;
}

static gboolean
joined (gpointer data)
{
  App *app = data;
  JsonObject *mesh = zt_client_get_mesh (app->client);
  return mesh && json_object_get_boolean_member_with_default (mesh, "joined", FALSE);
}

/* The visible message dialog named @name, or NULL */
static GtkWidget *
dialog_named (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (w)), name) == 0)
        return GTK_WIDGET (w);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return dialog_named (data) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return dialog_named (data) == NULL;
}

/* As a click on a response's button does: the response, then the dialog closes */
static void
respond (GtkWidget  *dialog,
         const char *response)
{
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static const char *
row_subtitle (GtkWidget  *root,
              const char *name)
{
  GtkWidget *row = zt_test_find (root, name, NULL, NULL);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static gboolean
peer_online (gpointer data)
{
  App *app = data;
  GtkWidget *row = zt_test_find_text (GTK_WIDGET (app->window), "bob · online");
  return row != NULL && gtk_widget_get_mapped (row);
}

static void
set_invitation (App        *app,
                const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (named (app, "invitation"))), text, -1);
}

/* The join preview shows the invitation's mesh, hub, user and endpoint; Cancel joins
 * nothing; Join joins. */
static void
test_join_preview (void)
{
  ZtTestFixture *fixture = zt_test_fixture_start ("gui-fixture.mjs");
  JsonObject *info = zt_test_fixture_info (fixture);
  App app = { NULL };
  GtkWidget *dialog;
  g_autoptr(JsonNode) mesh = NULL;

  app_start (&app);
  zt_test_wait_until (on_welcome, &app, 10000, "the welcome page");
  zt_test_click (named (&app, "join-choice"));
  set_invitation (&app, json_object_get_string_member (info, "invitation"));
  zt_test_click (named (&app, "join"));
  zt_test_wait_until (dialog_shown, "join-preview", 10000, "the join preview");
  dialog = dialog_named ("join-preview");
  g_assert_cmpstr (row_subtitle (dialog, "preview-mesh"), ==, "guimesh");
  g_assert_cmpstr (row_subtitle (dialog, "preview-hub"), ==, json_object_get_string_member (info, "hub"));
  g_assert_cmpstr (row_subtitle (dialog, "preview-user"), ==, "alice");
  g_assert_nonnull (strstr (row_subtitle (dialog, "preview-endpoint"), "alice-desktop"));
  g_assert_nonnull (strstr (row_subtitle (dialog, "preview-endpoint"), "named in the invitation"));
  /* the app's gateway is on loopback: nothing to warn about */
  g_assert_null (zt_test_find (dialog, "preview-warning", NULL, NULL));
  g_free (zt_test_screenshot (dialog, "join-preview"));

  /* Cancel: nothing is joined, the form is still there */
  respond (dialog, "cancel");
  zt_test_wait_until (dialog_gone, "join-preview", 5000, "the preview closing");
  zt_test_run_for (500);
  mesh = zt_test_rest (app.client, "GET", "/mesh", NULL);
  g_assert_false (json_object_get_boolean_member_with_default (json_node_get_object (mesh), "joined", TRUE));
  g_assert_true (on_welcome (&app));

  /* the computer's name typed in the form is the one previewed */
  gtk_editable_set_text (GTK_EDITABLE (named (&app, "endpoint")), "alice-spare");
  set_invitation (&app, json_object_get_string_member (info, "spare"));
  /* Enter in the form is the Join button: the window's default while the form shows */
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (app.window)) == named (&app, "join"));
  gtk_widget_activate_default (named (&app, "endpoint"));
  zt_test_wait_until (dialog_shown, "join-preview", 10000, "the join preview, from Enter");
  dialog = dialog_named ("join-preview");
  g_assert_nonnull (strstr (row_subtitle (dialog, "preview-endpoint"), "alice-spare"));
  g_assert_nonnull (strstr (row_subtitle (dialog, "preview-endpoint"), "as you typed it"));
  respond (dialog, "join");
  zt_test_wait_until (on_mesh_page, &app, 30000, "the mesh page after joining");
  zt_test_wait_until (joined, &app, 10000, "the agent to say joined");
  g_assert_cmpstr (json_object_get_string_member (zt_client_get_mesh (app.client), "endpoint"), ==, "alice-spare");
  /* bob-pc was in the mesh before: it shows, online, without a toast saying it joined */
  zt_test_wait_until (peer_online, &app, 30000, "bob-pc online on the mesh page");
  zt_test_run_for (1000);
  g_assert_null (zt_test_find_text (GTK_WIDGET (app.window), "joined the mesh"));

  app_stop (&app);
  zt_test_fixture_stop (fixture);
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

static gboolean
carry_shown (gpointer data)
{
  App *app = data;
  return strstr (gtk_label_get_text (GTK_LABEL (named (app, "carry"))), "Invitations will carry") != NULL;
}

static gboolean
carry_loopback (gpointer data)
{
  App *app = data;
  return strstr (gtk_label_get_text (GTK_LABEL (named (app, "carry"))), "only this computer") != NULL;
}

static gboolean
hosts_hub (gpointer data)
{
  App *app = data;
  JsonObject *mesh = zt_client_get_mesh (app->client);
  return joined (app) && json_object_has_member (mesh, "hub") && on_mesh_page (app);
}

static gboolean
is_member_row (GtkWidget *w,
               gpointer   data)
{
  return ADW_IS_ACTION_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), data) == 0;
}

static gboolean
member_listed (gpointer data)
{
  App *app = ((gpointer *) data)[0];
  GtkWidget *row = zt_test_find (GTK_WIDGET (app->window), "member", is_member_row, ((gpointer *) data)[1]);
  return row != NULL && gtk_widget_get_mapped (row);
}

static gboolean
member_revoked (gpointer data)
{
  App *app = ((gpointer *) data)[0];
  GtkWidget *row = zt_test_find (GTK_WIDGET (app->window), "member", is_member_row, ((gpointer *) data)[1]);
  return row != NULL && strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "revoked") != NULL;
}

static gboolean
is_carol_peer (GtkWidget *w,
               gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), "carol-pc") == 0;
}

static gboolean
carol_peer_online (gpointer data)
{
  App *app = data;
  GtkWidget *row = zt_test_find (GTK_WIDGET (app->window), "peer", is_carol_peer, NULL);

  return row != NULL && ADW_IS_ACTION_ROW (row) && gtk_widget_is_sensitive (row) &&
         strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "online · shares nothing") != NULL;
}

static gboolean
carol_joined_toast (gpointer data)
{
  App *app = data;
  return zt_test_find_text (GTK_WIDGET (app->window), "carol-pc joined the mesh") != NULL;
}

static gboolean
invitation_listed (gpointer data)
{
  App *app = data;
  GtkWidget *row = zt_test_find (GTK_WIDGET (app->window), "pending-invitation", NULL, NULL);
  return row != NULL && gtk_widget_get_mapped (row);
}

static gboolean
no_invitation_listed (gpointer data)
{
  return !invitation_listed (data);
}

static gboolean
no_hyphens (GtkLabel *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  g_autoptr(GSList) list = NULL;
  gboolean off = FALSE;

  if (attrs == NULL)
    return FALSE;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l; l = l->next)
    if (((PangoAttribute *) l->data)->klass->type == PANGO_ATTR_INSERT_HYPHENS)
      off = ((PangoAttrInt *) l->data)->value == 0;
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
  return off;
}

static gboolean
is_scrolled (GtkWidget *w,
             gpointer   data)
{
  return GTK_IS_SCROLLED_WINDOW (w) && gtk_widget_get_mapped (w);
}

/* The mesh page scrolled to its end, where the members and the Leave row are */
static void
scroll_to_end (GtkWidget *root)
{
  GtkWidget *page = zt_test_find (root, NULL, is_scrolled, NULL);
  GtkAdjustment *adj;

  g_assert_nonnull (page);
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  zt_test_run_for (300);
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
}

/* The app hosts a mesh; a member joins with the app's invitation; Revoke… in the Members list
 * (confirmed) cuts it off: the hub refuses its agent. A pending invitation is withdrawn the
 * same way, and the hub then refuses a join with it. */
static void
test_revoke_member (void)
{
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%u", free_port ());
  ZtTestFixture *member = zt_test_fixture_start ("member-fixture.mjs");
  App app = { NULL };
  g_autoptr(JsonNode) body = NULL, invited = NULL, hub = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL, *spare_command = NULL;
  JsonObject *answer;
  GtkWidget *dialog, *row, *root, *entry, *label;
  g_autofree char *spare_invitation = NULL;
  gpointer carol[2];
  const char *text;

  app_start (&app);
  root = GTK_WIDGET (app.window);
  zt_test_wait_until (on_welcome, &app, 10000, "the welcome page");
  zt_test_click (named (&app, "create-choice"));
  /* the form says what the listen address means, and which addresses invitations carry */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (named (&app, "listen-help"))), "0.0.0.0"));
  gtk_editable_set_text (GTK_EDITABLE (named (&app, "mesh-name")), "homemesh");
  gtk_editable_set_text (GTK_EDITABLE (named (&app, "user-name")), "dana");
  gtk_editable_set_text (GTK_EDITABLE (named (&app, "hub-listen")), "0.0.0.0:7443");
  zt_test_wait_until (carry_shown, &app, 10000, "the addresses invitations carry");
  text = gtk_label_get_text (GTK_LABEL (named (&app, "carry")));
  g_test_message ("create form: %s", text);
  g_assert_nonnull (strstr (text, "127.0.0.1:7443"));
  g_free (zt_test_screenshot (root, "create-form"));
  gtk_editable_set_text (GTK_EDITABLE (named (&app, "hub-listen")), listen);
  zt_test_wait_until (carry_loopback, &app, 10000, "the addresses for a loopback hub");
  zt_test_click (named (&app, "create"));
  zt_test_wait_until (hosts_hub, &app, 30000, "the mesh page of the hosted mesh");

  /* a member joins with an invitation the app's hub made */
  body = zt_json_object_node ("user", "carol", "endpoint", "carol-pc", NULL);
  invited = zt_test_rest (app.client, "POST", "/mesh/invite", body);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (invited), "expires"), >,
                   g_get_real_time () / G_USEC_PER_SEC + 3600);
  command = g_strdup_printf ("{\"do\": \"join\", \"invitation\": \"%s\"}",
                             json_object_get_string_member (json_node_get_object (invited), "invitation"));
  answer = zt_test_fixture_ask (member, command);
  g_assert_true (json_object_get_boolean_member (answer, "ok"));
  json_object_unref (answer);
  /* and one made with Invite… stays pending: the dialog opens on the user's name, and the
   * invitation says when it expires, wrapped without hyphens */
  zt_test_click (named (&app, "invite"));
  zt_test_wait_until (dialog_shown, "invite-dialog", 5000, "the invite dialog");
  dialog = dialog_named ("invite-dialog");
  entry = zt_test_find (dialog, "invite-user", NULL, NULL);
  zt_test_run_for (200);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == entry ||
                 gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "erin");
  respond (dialog, "invite");
  zt_test_wait_until (dialog_shown, "invitation-dialog", 10000, "the invitation");
  dialog = dialog_named ("invitation-dialog");
  label = zt_test_find (dialog, "invitation-text", NULL, NULL);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), "zt4mcp-invite:"));
  g_assert_true (no_hyphens (GTK_LABEL (label)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "until"));
  spare_invitation = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  g_free (zt_test_screenshot (dialog, "invitation"));
  respond (dialog, "close");

  carol[0] = &app;
  carol[1] = "carol-pc";
  zt_test_wait_until (member_listed, carol, 15000, "carol-pc in the Members list");
  /* carol-pc shares nothing with this computer: drawn online, as a plain row */
  zt_test_wait_until (carol_peer_online, &app, 15000, "carol-pc online among the peers, sharing nothing");
  /* a member new to the mesh is announced */
  zt_test_wait_until (carol_joined_toast, &app, 10000, "the toast saying carol-pc joined");
  zt_test_wait_until (invitation_listed, &app, 15000, "erin's invitation in Pending Invitations");
  /* the hosting computer's own row has no Revoke */
  row = zt_test_find (root, "member", is_member_row, (gpointer) json_object_get_string_member (zt_client_get_mesh (app.client), "endpoint"));
  g_assert_nonnull (row);
  g_assert_null (zt_test_find (row, "revoke-member", NULL, NULL));
  row = zt_test_find (root, "member", is_member_row, "carol-pc");
  scroll_to_end (root);
  zt_test_run_for (4000);   /* the toast of carol-pc joining goes first */
  g_free (zt_test_screenshot (root, "members"));

  /* Revoke… asks first; Cancel keeps the member */
  zt_test_click (zt_test_find (row, "revoke-member", NULL, NULL));
  zt_test_wait_until (dialog_shown, "revoke-confirm", 5000, "the revoke confirmation");
  dialog = dialog_named ("revoke-confirm");
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");
  g_free (zt_test_screenshot (dialog, "revoke-confirm"));
  respond (dialog, "cancel");
  zt_test_wait_until (dialog_gone, "revoke-confirm", 5000, "the confirmation closing");
  answer = zt_test_fixture_ask (member, "{\"do\": \"state\", \"want\": \"connected\", \"ms\": 1000}");
  g_assert_true (json_object_get_boolean_member (answer, "ok"));
  json_object_unref (answer);

  /* Revoke This Computer: the hub closes its connection and refuses it from then on */
  row = zt_test_find (root, "member", is_member_row, "carol-pc");
  zt_test_click (zt_test_find (row, "revoke-member", NULL, NULL));
  zt_test_wait_until (dialog_shown, "revoke-confirm", 5000, "the revoke confirmation");
  respond (dialog_named ("revoke-confirm"), "endpoint");
  zt_test_wait_until (member_revoked, carol, 10000, "carol-pc shown revoked");
  answer = zt_test_fixture_ask (member, "{\"do\": \"state\", \"want\": \"revoked\", \"ms\": 10000}");
  g_test_message ("the member's hub connection: %s (%s)", json_object_get_string_member_with_default (answer, "state", "?"),
                  json_object_get_string_member_with_default (answer, "error", ""));
  g_assert_true (json_object_get_boolean_member (answer, "ok"));
  json_object_unref (answer);

  /* Withdraw… the pending invitation: it goes from the list, and the hub refuses it */
  row = zt_test_find (root, "pending-invitation", NULL, NULL);
  zt_test_click (zt_test_find (row, "withdraw-invitation", NULL, NULL));
  zt_test_wait_until (dialog_shown, "withdraw-confirm", 5000, "the withdraw confirmation");
  respond (dialog_named ("withdraw-confirm"), "withdraw");
  zt_test_wait_until (no_invitation_listed, &app, 10000, "the invitation gone from the list");
  hub = zt_test_rest (app.client, "GET", "/mesh/hub", NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (hub), "invitations")), ==, 0);
  {
    g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-XXXXXX", NULL);
    g_autoptr(JsonNode) permit = zt_join_mesh (home, spare_invitation, NULL, &error);
    g_assert_null (permit);
    g_test_message ("a join with the withdrawn invitation: %s", error->message);
    g_assert_nonnull (strstr (error->message, "withdrawn"));
  }

  /* Ctrl+N from the Mesh page shows the Services page, where what it adds appears, and the
   * dialog opens over it */
  g_assert_true (on_mesh_page (&app));
  g_assert_true (gtk_widget_activate_action (root, "win.add-service", NULL));
  g_assert_cmpstr (zt_window_get_page (app.window), ==, "services");
  dialog = zt_test_find_toplevel (ZT_TYPE_ADD_SERVICE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  app_stop (&app);
  zt_test_fixture_stop (member);
}

static gboolean
is_close_button (GtkWidget *w,
                 gpointer   data)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "_Close") == 0;
}

/* A name the hub refuses in Invite…: said in a dialog, in plain words, with the agent's own
 * words behind Details; not in a toast; no invitation is made. */
static void
test_invite_refused (void)
{
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%u", free_port ());
  g_autoptr(JsonNode) body = zt_json_object_node ("listen", listen, "user", "dana", "endpoint", "dana-pc",
                                                  "mesh", "errmesh", NULL);
  g_autoptr(JsonNode) created = NULL, hub = NULL;
  App app = { NULL };
  GtkWidget *dialog, *expander, *label, *close;
  const char *text;

  app_start (&app);
  zt_test_wait_until (on_welcome, &app, 10000, "the welcome page");
  /* hosted through the API (the Create form is /gui/mesh/revoke-member's); the window then
   * shows the mesh as the form would */
  created = zt_test_rest (app.client, "POST", "/mesh/create", body);
  zt_window_show_page (app.window, "mesh");
  zt_test_wait_until (hosts_hub, &app, 30000, "the mesh page of the hosted mesh");

  zt_test_click (named (&app, "invite"));
  zt_test_wait_until (dialog_shown, "invite-dialog", 5000, "the invite dialog");
  dialog = dialog_named ("invite-dialog");
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "invite-user", NULL, NULL)), "Dana Smith");
  respond (dialog, "invite");
  zt_test_wait_until (dialog_shown, "error-dialog", 10000, "the error dialog");
  dialog = dialog_named ("error-dialog");
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "No Invitation Was Made");
  text = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_test_message ("body: %s", text);
  g_assert_nonnull (strstr (text, "The hub does not take this user name"));
  g_assert_null (strchr (text, '`'));
  /* the agent's words, whole and selectable, wait behind a collapsed Details */
  expander = zt_test_find (dialog, "error-detail", NULL, NULL);
  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  label = gtk_expander_get_child (GTK_EXPANDER (expander));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (label)));
  g_test_message ("detail: %s", gtk_label_get_text (GTK_LABEL (label)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "1-64 letters, digits"));
  /* named for a screen reader as shown, not after its mnemonic ("_Close Close" in GTK 4.8) */
  close = zt_test_find (dialog, NULL, is_close_button, NULL);
  g_assert_nonnull (close);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* and nothing of it in a toast on the window */
  g_assert_null (zt_test_find_text (GTK_WIDGET (app.window), "1-64 letters"));
  g_assert_null (zt_test_find_text (GTK_WIDGET (app.window), "Could not"));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  g_free (zt_test_screenshot (dialog, "mesh-error-dialog"));
  respond (dialog, "close");
  zt_test_wait_until (dialog_gone, "error-dialog", 5000, "the error dialog closing");
  hub = zt_test_rest (app.client, "GET", "/mesh/hub", NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (hub), "invitations")), ==, 0);

  app_stop (&app);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  /* GTK's test AT context: the accessible properties set can be read back */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gui/mesh/join-preview", test_join_preview);
  g_test_add_func ("/gui/mesh/revoke-member", test_revoke_member);
  g_test_add_func ("/gui/mesh/invite-refused", test_invite_refused);
  return g_test_run ();
}
