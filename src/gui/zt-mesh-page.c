/* zt-mesh-page.c: the mesh: this computer's identity, hubs, peers and their services */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-mesh-page.h"
#include "zt-a11y.h"
#include "zt-error-dialog.h"

struct _ZtMeshPage {
  GtkWidget             parent_instance;

  ZtClient             *client;
  GPtrArray            *hub_rows;
  GPtrArray            *peer_rows;
  GPtrArray            *member_rows;
  GPtrArray            *invitation_rows;
  GCancellable         *members_cancellable;
  GHashTable           *expanded;   /* endpoint -> TRUE: kept across rebuilds */
  char                 *imports;    /* what is imported, as last shown */

  GtkStack             *stack;
  AdwPreferencesGroup  *hubs_group;
  AdwPreferencesGroup  *peers_group;
  AdwPreferencesGroup  *members_group;
  AdwPreferencesGroup  *invitations_group;
  AdwActionRow         *mesh_row;
  AdwActionRow         *identity_row;
  AdwActionRow         *cert_row;
  GtkWidget            *invite_button;
};

G_DEFINE_FINAL_TYPE (ZtMeshPage, zt_mesh_page, GTK_TYPE_WIDGET)

enum { TOAST, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
toast (ZtMeshPage *self,
       const char *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

/* A failed call to the agent: a plain sentence (@body, or one chosen from the error), the
 * agent's own words behind Details; never cut short in a toast. */
static void
report (ZtMeshPage   *self,
        const char   *heading,
        const char   *body,
        const GError *error)
{
  zt_error_dialog_present_error (GTK_WIDGET (self), heading, body ? body : zt_error_client_sentence (error), error);
}

/* The local service importing PEER/REMOTE, or NULL. */
static JsonObject *
find_import (ZtClient   *client,
             const char *peer,
             const char *remote)
{
  JsonArray *a = zt_client_get_services (client);

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *s = json_array_get_object_element (a, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (s, "kind", NULL), "mesh") == 0 &&
          g_strcmp0 (json_object_get_string_member_with_default (s, "peer", NULL), peer) == 0 &&
          g_strcmp0 (json_object_get_string_member_with_default (s, "remote", NULL), remote) == 0)
        return s;
    }
  return NULL;
}

char *
zt_import_name (ZtClient   *client,
                const char *peer,
                const char *remote)
{
  g_autofree char *name = g_strdup (remote);

  if (zt_client_find_service (client, name) == NULL)
    return g_steal_pointer (&name);
  g_free (name);
  name = g_strdup_printf ("%s-%s", remote, peer);
  for (guint i = 2; zt_client_find_service (client, name) != NULL && i < 1000; i++)
    {
      g_free (name);
      name = g_strdup_printf ("%s-%s-%u", remote, peer, i);
    }
  return g_steal_pointer (&name);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtMeshPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer == NULL)
    report (self, _("The Service Was Not Imported"), NULL, error);
  else
    {
      g_autofree char *text = g_strdup_printf (_("Imported “%s”: local apps can use it now"),
                                               json_object_get_string_member_with_default (json_node_get_object (answer),
                                                                                           "name", ""));
      toast (self, text);
    }
  zt_client_refresh (self->client);
}

static void
import_clicked_cb (GtkButton  *button,
                   ZtMeshPage *self)
{
  const char *peer = g_object_get_data (G_OBJECT (button), "peer");
  const char *remote = g_object_get_data (G_OBJECT (button), "remote");
  g_autofree char *name = zt_import_name (self->client, peer, remote);
  g_autoptr(JsonNode) body = zt_json_object_node ("name", name, "kind", "mesh", "peer", peer, "remote", remote, NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  zt_client_call_async (self->client, "POST", "/services", body, NULL, import_done_cb, g_object_ref (self));
}

static void
copy_url_clicked_cb (GtkButton  *button,
                     ZtMeshPage *self)
{
  const char *url = g_object_get_data (G_OBJECT (button), "url");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), url);
  toast (self, _("Address copied"));
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static const char *
hub_state_text (const char *state)
{
  if (g_strcmp0 (state, "connected") == 0)
    return _("Connected");
  if (g_strcmp0 (state, "connecting") == 0)
    return _("Connecting…");
  if (g_strcmp0 (state, "disconnected") == 0)
    return _("Disconnected, retrying");
  return state ? state : _("Unknown");
}

static void
expanded_cb (AdwExpanderRow *row,
             GParamSpec     *pspec,
             ZtMeshPage     *self)
{
  const char *endpoint = g_object_get_data (G_OBJECT (row), "endpoint");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (endpoint));
  else
    g_hash_table_remove (self->expanded, endpoint);
}

static GtkWidget *
service_row (ZtMeshPage *self,
             const char *peer,
             const char *remote,
             gboolean    online)
{
  GtkWidget *row = adw_action_row_new ();
  JsonObject *imported = find_import (self->client, peer, remote);
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), remote);
  gtk_widget_set_name (row, "peer-service");
  if (imported != NULL)
    {
      const char *local = json_object_get_string_member_with_default (imported, "name", "");
      g_autofree char *url = zt_client_get_service_url (self->client, local);
      g_autofree char *subtitle = g_strdup_printf (_("Imported as “%s”: %s"), local, url);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
      gtk_widget_set_tooltip_text (button, _("Copy the local address"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Copy the local address"), -1);
      g_object_set_data_full (G_OBJECT (button), "url", g_steal_pointer (&url), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (copy_url_clicked_cb), self);
      gtk_widget_add_css_class (button, "flat");
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), online ? _("Shared with you") : _("Shared with you (peer offline)"));
      button = gtk_button_new_with_mnemonic (_("_Import"));
      zt_a11y_fix_mnemonic_names (button);
      gtk_widget_set_name (button, "import");
      gtk_widget_set_tooltip_text (button, _("Make this service available to the apps on this computer"));
      g_object_set_data_full (G_OBJECT (button), "peer", g_strdup (peer), g_free);
      g_object_set_data_full (G_OBJECT (button), "remote", g_strdup (remote), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (import_clicked_cb), self);
    }
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

/* Peers refused for a changed key ------------------------------------------------------ */

static void
trust_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZtMeshPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer == NULL)
    report (self, _("The New Key Was Not Trusted"), NULL, error);
  else
    toast (self, _("New key trusted"));
  zt_client_refresh (self->client);
}

static void
trust_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   ZtMeshPage       *self)
{
  g_autoptr(JsonNode) body = NULL;

  if (g_strcmp0 (response, "trust") != 0)
    return;
  body = zt_json_object_node ("identity", g_object_get_data (G_OBJECT (dialog), "identity"), NULL);
  zt_client_call_async (self->client, "POST", "/peers/trust", body, NULL, trust_done_cb, g_object_ref (self));
}

static void
trust_clicked_cb (GtkButton  *button,
                  ZtMeshPage *self)
{
  g_autofree char *heading = g_strdup_printf (_("Trust the New Key of “%s”?"),
                                              (const char *) g_object_get_data (G_OBJECT (button), "endpoint"));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                              _("Its certificate is valid, but it came with another key than the one "
                                                "this computer saw first. Whoever runs the mesh's hub can make such a "
                                                "certificate for anyone. Trust it only if its owner told you they "
                                                "joined again with a new key."));

  g_object_set_data_full (G_OBJECT (dialog), "identity",
                          g_strdup (g_object_get_data (G_OBJECT (button), "identity")), g_free);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "trust", _("_Trust"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "trust", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (trust_response_cb), self, 0);
  zt_a11y_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_refused_keys (ZtMeshPage *self,
                  JsonObject *mesh)
{
  JsonArray *refused = json_object_has_member (mesh, "refused_keys")
                       ? json_object_get_array_member (mesh, "refused_keys") : NULL;

  for (guint i = 0; refused && i < json_array_get_length (refused); i++)
    {
      JsonObject *r = json_array_get_object_element (refused, i);
      const char *endpoint = json_object_get_string_member_with_default (r, "endpoint", "");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Trust…"));
      g_autofree char *title = g_strdup_printf (_("%s: key changed"), endpoint);
      g_autofree char *subtitle = g_strdup_printf (_("%s · refused: it came with another key than before"),
                                                   json_object_get_string_member_with_default (r, "user", ""));

      gtk_widget_set_name (row, "refused-key");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "identity",
                              g_strdup (json_object_get_string_member_with_default (r, "identity", "")), g_free);
      g_object_set_data_full (G_OBJECT (button), "endpoint", g_strdup (endpoint), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (trust_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->peers_group, row);
      g_ptr_array_add (self->peer_rows, row);
    }
}

/* Members and pending invitations of the hub this computer hosts ------------------------ */

static void members_fetch (ZtMeshPage *self, gboolean hosting);

static void
hub_change_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(ZtMeshPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (error != NULL)
    report (self, _("The Members Were Not Changed"), NULL, error);
  members_fetch (self, TRUE);
}

static void
revoke_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ZtMeshPage       *self)
{
  const char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *escaped = NULL;

  if (g_strcmp0 (response, "endpoint") == 0)
    name = g_object_get_data (G_OBJECT (dialog), "endpoint");
  else if (g_strcmp0 (response, "user") == 0)
    name = g_object_get_data (G_OBJECT (dialog), "user");
  else if (g_strcmp0 (response, "withdraw") == 0)
    name = g_object_get_data (G_OBJECT (dialog), "id");
  if (name == NULL)
    return;
  escaped = g_uri_escape_string (name, NULL, FALSE);
  path = g_strdup_printf (g_strcmp0 (response, "withdraw") == 0 ? "/mesh/hub/invitations/%s" : "/mesh/hub/members/%s",
                          escaped);
  zt_client_call_async (self->client, "DELETE", path, NULL, NULL, hub_change_done_cb, g_object_ref (self));
}

static GtkWidget *
confirm_dialog (ZtMeshPage *self,
                const char *heading,
                const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (revoke_response_cb), self, 0);
  return dialog;
}

static void
revoke_clicked_cb (GtkButton  *button,
                   ZtMeshPage *self)
{
  const char *endpoint = g_object_get_data (G_OBJECT (button), "endpoint");
  const char *user = g_object_get_data (G_OBJECT (button), "user");
  g_autofree char *heading = g_strdup_printf (_("Revoke “%s”?"), endpoint);
  g_autofree char *body = g_strdup_printf (_("%s (user %s) is cut off the mesh at once: its connections close, "
                                             "its peers refuse it, and its certificate stops working. Revoking "
                                             "the user does the same to every computer of theirs, and their "
                                             "invitations stop working."), endpoint, user);
  g_autofree char *user_label = g_strdup_printf (_("Revoke the _User %s"), user);
  GtkWidget *dialog = confirm_dialog (self, heading, body);

  gtk_widget_set_name (dialog, "revoke-confirm");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "user", user_label,
                                    "endpoint", _("_Revoke This Computer"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "user", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "endpoint", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "endpoint", g_strdup (endpoint), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "user", g_strdup (user), g_free);
  zt_a11y_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
withdraw_clicked_cb (GtkButton  *button,
                     ZtMeshPage *self)
{
  const char *user = g_object_get_data (G_OBJECT (button), "user");
  g_autofree char *heading = g_strdup_printf (_("Withdraw the Invitation for %s?"), user);
  GtkWidget *dialog = confirm_dialog (self, heading, _("Nobody can join with it any more. Send a new invitation "
                                                       "if it is still needed."));

  gtk_widget_set_name (dialog, "withdraw-confirm");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "withdraw", _("_Withdraw"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "withdraw", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_strdup (g_object_get_data (G_OBJECT (button), "id")), g_free);
  zt_a11y_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
member_button (const char *label,
               const char *name,
               const char *a11y)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  zt_a11y_fix_mnemonic_names (button);
  /* which row it acts on is in its name: a list of "Revoke" buttons says nothing */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  gtk_widget_set_tooltip_text (button, a11y);
  return button;
}

static char *
format_time (gint64 t)
{
  g_autoptr(GDateTime) dt = t > 0 ? g_date_time_new_from_unix_local (t) : NULL;

  return dt ? g_date_time_format (dt, "%x %X") : g_strdup ("?");
}

static GtkWidget *
plain_row (const char *name,
           const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, name);
  /* names come from the hub's database: shown as text, never as markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static JsonArray *
array_member (JsonObject *o,
              const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n && JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
}

static void
show_members (ZtMeshPage *self,
              JsonObject *doc)
{
  JsonArray *endpoints = array_member (doc, "endpoints");
  JsonArray *invitations = array_member (doc, "invitations");

  clear_rows (self->members_group, self->member_rows);
  clear_rows (self->invitations_group, self->invitation_rows);
  for (guint i = 0; endpoints && i < json_array_get_length (endpoints); i++)
    {
      JsonNode *n = json_array_get_element (endpoints, i);
      JsonObject *e = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      const char *name = e ? json_object_get_string_member_with_default (e, "name", NULL) : NULL;
      const char *user = e ? json_object_get_string_member_with_default (e, "user", "") : "";
      gboolean revoked = e && json_object_get_boolean_member_with_default (e, "revoked", FALSE);
      gboolean own = e && json_object_get_boolean_member_with_default (e, "self", FALSE);
      g_autofree char *until = NULL, *subtitle = NULL;
      GtkWidget *row;

      if (name == NULL)
        continue;
      until = format_time (json_object_get_int_member_with_default (e, "not_after", 0));
      subtitle = revoked ? g_strdup_printf (_("user %s · revoked"), user)
                 : own ? g_strdup_printf (_("user %s · this computer"), user)
                 : g_strdup_printf (_("user %s · certificate until %s"), user, until);
      row = plain_row ("member", name, subtitle);
      if (revoked)
        gtk_widget_add_css_class (row, "dim-label");
      else if (!own)
        {
          g_autofree char *a11y = g_strdup_printf (_("Revoke %s"), name);
          GtkWidget *button = member_button (_("_Revoke…"), "revoke-member", a11y);

          gtk_widget_add_css_class (button, "flat");
          g_object_set_data_full (G_OBJECT (button), "endpoint", g_strdup (name), g_free);
          g_object_set_data_full (G_OBJECT (button), "user", g_strdup (user), g_free);
          g_signal_connect (button, "clicked", G_CALLBACK (revoke_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      adw_preferences_group_add (self->members_group, row);
      g_ptr_array_add (self->member_rows, row);
    }
  for (guint i = 0; invitations && i < json_array_get_length (invitations); i++)
    {
      JsonNode *n = json_array_get_element (invitations, i);
      JsonObject *inv = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      const char *id = inv ? json_object_get_string_member_with_default (inv, "id", NULL) : NULL;
      const char *user = inv ? json_object_get_string_member_with_default (inv, "user", "") : "";
      const char *endpoint = inv ? json_object_get_string_member_with_default (inv, "endpoint", NULL) : NULL;
      g_autofree char *title = NULL, *subtitle = NULL, *expires = NULL, *a11y = NULL;
      GtkWidget *row, *button;

      if (id == NULL)
        continue;
      expires = format_time (json_object_get_int_member_with_default (inv, "expires", 0));
      title = endpoint ? g_strdup_printf (_("%s on %s"), user, endpoint) : g_strdup (user);
      subtitle = g_strdup_printf (_("expires %s"), expires);
      row = plain_row ("pending-invitation", title, subtitle);
      a11y = g_strdup_printf (_("Withdraw the invitation for %s"), title);
      button = member_button (_("_Withdraw…"), "withdraw-invitation", a11y);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "id", g_strdup (id), g_free);
      g_object_set_data_full (G_OBJECT (button), "user", g_strdup (title), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (withdraw_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->invitations_group, row);
      g_ptr_array_add (self->invitation_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->members_group), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->invitations_group), self->invitation_rows->len > 0);
}

static void
members_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZtMeshPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    {
      /* an agent without the API, or a hub that stopped: the page shows no list rather than a stale one */
      g_message ("mesh page: no members list: %s", error ? error->message : "not an object");
      gtk_widget_set_visible (GTK_WIDGET (self->members_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->invitations_group), FALSE);
      return;
    }
  show_members (self, json_node_get_object (answer));
}

static void
members_fetch (ZtMeshPage *self,
               gboolean    hosting)
{
  g_cancellable_cancel (self->members_cancellable);
  g_clear_object (&self->members_cancellable);
  if (self->members_group == NULL)   /* disposed while a revocation was under way */
    return;
  if (!hosting || self->client == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->members_group), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->invitations_group), FALSE);
      return;
    }
  self->members_cancellable = g_cancellable_new ();
  zt_client_call_async (self->client, "GET", "/mesh/hub", NULL, self->members_cancellable, members_done_cb,
                        g_object_ref (self));
}

static void
rebuild (ZtMeshPage *self)
{
  JsonObject *mesh = self->client ? zt_client_get_mesh (self->client) : NULL;
  JsonArray *hubs, *peers;
  const char *me;
  g_autofree char *identity = NULL;
  g_autofree char *cert = NULL;
  gint64 not_after;

  clear_rows (self->hubs_group, self->hub_rows);
  clear_rows (self->peers_group, self->peer_rows);
  if (mesh == NULL || !json_object_get_boolean_member_with_default (mesh, "joined", FALSE))
    {
      members_fetch (self, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "mesh");

  me = json_object_get_string_member_with_default (mesh, "endpoint", "");
  adw_action_row_set_subtitle (self->mesh_row, json_object_get_string_member_with_default (mesh, "mesh", ""));
  identity = g_strdup_printf (_("%s on %s"), json_object_get_string_member_with_default (mesh, "user", ""), me);
  adw_action_row_set_subtitle (self->identity_row, identity);
  not_after = json_object_get_int_member_with_default (mesh, "not_after", 0);
  if (not_after > 0)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (not_after);
      g_autofree char *when = g_date_time_format (dt, "%x %X");
      cert = g_strdup_printf (_("Valid until %s; renewed automatically"), when);
    }
  adw_action_row_set_subtitle (self->cert_row, cert ? cert : "");
  gtk_widget_set_visible (self->invite_button, json_object_has_member (mesh, "hub"));

  hubs = json_object_has_member (mesh, "hubs") ? json_object_get_array_member (mesh, "hubs") : NULL;
  for (guint i = 0; hubs && i < json_array_get_length (hubs); i++)
    {
      JsonObject *h = json_array_get_object_element (hubs, i);
      const char *state = json_object_get_string_member_with_default (h, "state", NULL);
      const char *err = json_object_get_string_member_with_default (h, "error", NULL);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (g_strcmp0 (state, "connected") == 0
                                                      ? "network-transmit-receive-symbolic"
                                                      : "network-offline-symbolic");
      g_autofree char *subtitle = err && g_strcmp0 (state, "connected") != 0
                                  ? g_strdup_printf ("%s: %s", hub_state_text (state), err)
                                  : g_strdup (hub_state_text (state));

      gtk_widget_set_name (row, "hub");
      /* the error is the hub's close reason: text from the network, never markup */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     json_object_get_string_member_with_default (h, "address", ""));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (self->hubs_group, row);
      g_ptr_array_add (self->hub_rows, row);
    }

  members_fetch (self, json_object_has_member (mesh, "hub"));
  add_refused_keys (self, mesh);
  peers = json_object_has_member (mesh, "peers") ? json_object_get_array_member (mesh, "peers") : NULL;
  for (guint i = 0; peers && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);
      const char *endpoint = json_object_get_string_member_with_default (p, "endpoint", "");
      const char *user = json_object_get_string_member_with_default (p, "user", "");
      gboolean online = json_object_get_boolean_member_with_default (p, "online", FALSE);
      JsonArray *services = json_object_has_member (p, "services") ? json_object_get_array_member (p, "services") : NULL;
      guint n = services ? json_array_get_length (services) : 0;
      GtkWidget *row, *icon;
      g_autofree char *subtitle = NULL;

      if (strcmp (endpoint, me) == 0)
        continue;
      if (n == 0)
        subtitle = g_strdup_printf (online ? _("%s · online · shares nothing with you")
                                           : _("%s · offline · shares nothing with you"), user);
      else
        subtitle = g_strdup_printf (online ? g_dngettext (GETTEXT_PACKAGE, "%s · online · %u service", "%s · online · %u services", n)
                                           : g_dngettext (GETTEXT_PACKAGE, "%s · offline · %u service", "%s · offline · %u services", n),
                                    user, n);
      icon = gtk_image_new_from_icon_name (online ? "computer-symbolic" : "network-offline-symbolic");
      if (!online)
        gtk_widget_add_css_class (icon, "dim-label");
      /* nothing to open: a plain row, as bright as its state, not an expander that does nothing */
      row = n == 0 ? adw_action_row_new () : adw_expander_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_name (row, "peer");
      g_object_set_data_full (G_OBJECT (row), "endpoint", g_strdup (endpoint), g_free);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), endpoint);
      if (n == 0)
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
      else
        {
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
          adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);
          for (guint j = 0; j < n; j++)
            adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                      service_row (self, endpoint, json_array_get_string_element (services, j), online));
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (self->expanded, endpoint));
          g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_cb), self);
        }
      adw_preferences_group_add (self->peers_group, row);
      g_ptr_array_add (self->peer_rows, row);
    }
  if (self->peer_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No other computers yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   json_object_has_member (mesh, "hub")
                                   ? _("Invite someone with the Invite button above.")
                                   : _("Ask the mesh owner to invite your other computers."));
      adw_preferences_group_add (self->peers_group, row);
      g_ptr_array_add (self->peer_rows, row);
    }
}

/* Inviting ----------------------------------------------------------------------------- */

static void
invitation_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        ZtMeshPage       *self)
{
  if (g_strcmp0 (response, "copy") == 0)
    {
      gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)),
                              g_object_get_data (G_OBJECT (dialog), "invitation"));
      toast (self, _("Invitation copied"));
    }
}

static void
invite_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtMeshPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  g_autofree char *expires = NULL, *body = NULL;
  const char *invitation;
  GtkWidget *dialog, *label;
  PangoAttrList *attrs;

  if (answer == NULL)
    {
      /* a name the hub does not take is the usual cause; the agent's words say which rule */
      const char *why = g_error_matches (error, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_INVALID_REQUEST)
                         ? _("The hub does not take this user name. A user name is 1 to 64 letters, digits, “-”, "
                             "“_” or “.”, and not the name of a computer in the mesh.")
                         : NULL;
      return report (self, _("No Invitation Was Made"), why, error);
    }
  invitation = json_object_get_string_member_with_default (json_node_get_object (answer), "invitation", "");
  expires = format_time (json_object_get_int_member_with_default (json_node_get_object (answer), "expires", 0));
  body = g_strdup_printf (_("Send this to the person you invite, over a channel you trust. It lets one computer "
                            "join, once, until %s."), expires);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Invitation"), body);
  gtk_widget_set_name (dialog, "invitation-dialog");
  label = gtk_label_new (invitation);
  gtk_widget_set_name (label, "invitation-text");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_CHAR);
  /* one long word: Pango would add a hyphen at each break, and a copied-by-eye or printed
   * invitation would carry them */
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
  gtk_widget_add_css_class (label, "monospace");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), "copy", _("_Copy"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
  zt_a11y_fix_mnemonic_names (dialog);
  g_object_set_data_full (G_OBJECT (dialog), "invitation", g_strdup (invitation), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (invitation_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
invite_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ZtMeshPage       *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_autoptr(JsonNode) body = NULL;

  if (g_strcmp0 (response, "invite") != 0)
    return;
  body = zt_json_object_node ("user", gtk_editable_get_text (entry), NULL);
  zt_client_call_async (self->client, "POST", "/mesh/invite", body, NULL, invite_done_cb, g_object_ref (self));
}

static void
invite_clicked_cb (ZtMeshPage *self)
{
  GtkWidget *dialog, *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Invite to the Mesh"),
                                   _("Who is the invitation for? Use your own user name to add another of "
                                     "your computers."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("User name"));
  gtk_editable_set_text (GTK_EDITABLE (entry),
                         json_object_get_string_member_with_default (zt_client_get_mesh (self->client), "user", ""));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "invite", _("_Make Invitation"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "invite", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "invite");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  gtk_widget_set_name (dialog, "invite-dialog");
  g_signal_connect (dialog, "response", G_CALLBACK (invite_response_cb), self);
  gtk_widget_set_name (entry, "invite-user");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("User name"), -1);
  zt_a11y_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  /* the dialog opens on what it asks for */
  gtk_widget_grab_focus (entry);
}

/* Leaving ------------------------------------------------------------------------------ */

static void
leave_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZtMeshPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer == NULL)
    report (self, _("This Computer Is Still in the Mesh"), NULL, error);
  else
    toast (self, _("Left the mesh"));
  zt_client_refresh (self->client);
}

static void
leave_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   ZtMeshPage       *self)
{
  if (g_strcmp0 (response, "leave") == 0)
    zt_client_call_async (self->client, "DELETE", "/mesh", NULL, NULL, leave_done_cb, g_object_ref (self));
}

static void
leave_clicked_cb (ZtMeshPage *self)
{
  JsonObject *mesh = zt_client_get_mesh (self->client);
  g_autofree char *heading = g_strdup_printf (_("Leave the Mesh “%s”?"),
                                              json_object_get_string_member_with_default (mesh, "mesh", ""));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                              _("This computer stops serving its peers, and its key for the mesh is "
                                                "deleted. Services imported from peers stop working. Joining again "
                                                "takes a new invitation."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "leave", _("_Leave"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "leave", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  zt_a11y_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------------------------------- */

/* The page shows which services are imported; other service changes (sessions, state)
 * do not concern it. */
static void
services_changed_cb (ZtMeshPage *self)
{
  JsonArray *a = zt_client_get_services (self->client);
  g_autoptr(GString) imports = g_string_new (NULL);

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *s = json_array_get_object_element (a, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (s, "kind", NULL), "mesh") == 0)
        g_string_append_printf (imports, "%s=%s/%s\n", json_object_get_string_member_with_default (s, "name", ""),
                                json_object_get_string_member_with_default (s, "peer", ""),
                                json_object_get_string_member_with_default (s, "remote", ""));
    }
  if (g_strcmp0 (imports->str, self->imports) == 0)
    return;
  g_free (self->imports);
  self->imports = g_strdup (imports->str);
  rebuild (self);
}

void
zt_mesh_page_set_client (ZtMeshPage *self,
                         ZtClient   *client)
{
  g_return_if_fail (ZT_IS_MESH_PAGE (self));
  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_set_object (&self->client, client);
  if (client)
    {
      g_signal_connect_object (client, "mesh-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (client, "services-changed", G_CALLBACK (services_changed_cb), self, G_CONNECT_SWAPPED);
    }
  rebuild (self);
}

static void
zt_mesh_page_dispose (GObject *object)
{
  ZtMeshPage *self = ZT_MESH_PAGE (object);

  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_cancellable_cancel (self->members_cancellable);
  g_clear_object (&self->members_cancellable);
  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_MESH_PAGE);
  /* the template's top widget is not bound to a field, so it is unparented here */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (zt_mesh_page_parent_class)->dispose (object);
}

static void
zt_mesh_page_finalize (GObject *object)
{
  ZtMeshPage *self = ZT_MESH_PAGE (object);

  g_ptr_array_unref (self->hub_rows);
  g_ptr_array_unref (self->peer_rows);
  g_ptr_array_unref (self->member_rows);
  g_ptr_array_unref (self->invitation_rows);
  g_hash_table_unref (self->expanded);
  g_free (self->imports);
  G_OBJECT_CLASS (zt_mesh_page_parent_class)->finalize (object);
}

static void
zt_mesh_page_class_init (ZtMeshPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_mesh_page_dispose;
  object_class->finalize = zt_mesh_page_finalize;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-mesh-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, hubs_group);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, peers_group);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, members_group);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, invitations_group);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, mesh_row);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, identity_row);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, cert_row);
  gtk_widget_class_bind_template_child (widget_class, ZtMeshPage, invite_button);
  gtk_widget_class_bind_template_callback (widget_class, invite_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_clicked_cb);
}

static void
zt_mesh_page_init (ZtMeshPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->hub_rows = g_ptr_array_new ();
  self->peer_rows = g_ptr_array_new ();
  self->member_rows = g_ptr_array_new ();
  self->invitation_rows = g_ptr_array_new ();
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rebuild (self);
}

GtkWidget *
zt_mesh_page_new (void)
{
  return g_object_new (ZT_TYPE_MESH_PAGE, NULL);
}
