/* zt-clients-group.c: Apps with Access: the client tokens of this agent, with Revoke */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-a11y.h"
#include "zt-clients-group.h"
#include "zt-error-dialog.h"

#define REFRESH_SECONDS 30

/* Rows are updated in place, keyed by the token's id: the periodic refresh must not take
 * the keyboard focus away from a row, nor close a dialog. */
typedef struct {
  AdwActionRow *row;
  GtkWidget    *revoke;
  char         *id;
  char         *name;
  char         *services;   /* "echo, files", or NULL for every service */
  gint64        created;
  gint64        last_used;
} ClientRow;

struct _ZtClientsGroup {
  AdwPreferencesGroup  parent_instance;

  ZtClient            *client;
  GCancellable        *cancellable;
  GHashTable          *rows;          /* id -> ClientRow */
  GtkWidget           *empty_row;
  guint                tick_id;
};

G_DEFINE_FINAL_TYPE (ZtClientsGroup, zt_clients_group, ADW_TYPE_PREFERENCES_GROUP)

enum { PROP_0, PROP_N_CLIENTS, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { TOAST, N_SIGNALS };
static guint signals[N_SIGNALS];

char *
zt_format_last_used (gint64 then,
                     gint64 now)
{
  gint64 ago = now - then;
  g_autoptr(GDateTime) t = NULL;

  if (then <= 0)
    return g_strdup (_("never"));
  if (ago < 60)
    return g_strdup (_("just now"));
  if (ago < 3600)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago", ago / 60), (int) (ago / 60));
  if (ago < 86400)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", ago / 3600), (int) (ago / 3600));
  if (ago < 30 * 86400)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", ago / 86400), (int) (ago / 86400));
  t = g_date_time_new_from_unix_local (then);
  return t ? g_date_time_format (t, _("on %Y-%m-%d")) : g_strdup ("?");
}

static void
client_row_free (ClientRow *cr)
{
  g_object_unref (cr->row);
  g_free (cr->id);
  g_free (cr->name);
  g_free (cr->services);
  g_free (cr);
}

static void
toast (ZtClientsGroup *self,
       const char     *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

static void
update_subtitle (ClientRow *cr)
{
  g_autofree char *used = zt_format_last_used (cr->last_used, g_get_real_time () / G_USEC_PER_SEC);
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (cr->created);
  g_autofree char *created_text = created ? g_date_time_format (created, "%Y-%m-%d") : g_strdup ("?");
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: services · last used … · added on a date */
  subtitle = g_strdup_printf (_("%s · last used %s · added %s"),
                              cr->services ? cr->services : _("every service"), used, created_text);
  adw_action_row_set_subtitle (cr->row, subtitle);
}

/* Revoke -------------------------------------------------------------------------------------- */

static void
revoked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(ZtClientsGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer == NULL)
    zt_error_dialog_present_client_error (GTK_WIDGET (self), _("Access Was Not Revoked"), error);
  else
    toast (self, _("Access revoked"));
  zt_clients_group_refresh (self);
}

static void
revoke_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ZtClientsGroup   *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "client");
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  if (g_strcmp0 (response, "revoke") != 0 || self->client == NULL)
    return;
  escaped = g_uri_escape_string (id, NULL, TRUE);
  path = g_strconcat ("/clients/", escaped, NULL);
  zt_client_call_async (self->client, "DELETE", path, NULL, NULL, revoked_cb, g_object_ref (self));
}

static void
revoke_clicked_cb (GtkButton      *button,
                   ZtClientsGroup *self)
{
  ClientRow *cr = g_hash_table_lookup (self->rows, g_object_get_data (G_OBJECT (button), "client"));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (cr == NULL)
    return;
  heading = g_strdup_printf (_("Revoke the Access of “%s”?"), cr->name);
  body = g_strdup_printf (_("The app using this token can no longer use %s: its next call is refused and its open "
                            "sessions end. To give it access again, copy a new client configuration."),
                          cr->services ? cr->services : _("any service"));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "revoke", _("_Revoke"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "revoke", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "client", g_strdup (cr->id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (revoke_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The list --------------------------------------------------------------------------------- */

static ClientRow *
client_row_new (ZtClientsGroup *self,
                const char     *id,
                const char     *name)
{
  ClientRow *cr = g_new0 (ClientRow, 1);
  g_autofree char *label = g_strdup_printf (_("Revoke the access of %s"), name);

  cr->id = g_strdup (id);
  cr->name = g_strdup (name);
  cr->row = ADW_ACTION_ROW (g_object_ref_sink (adw_action_row_new ()));
  gtk_widget_set_name (GTK_WIDGET (cr->row), "client");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (cr->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cr->row), name);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (cr->row), 2);

  cr->revoke = gtk_button_new_with_mnemonic (_("_Revoke…"));
  gtk_widget_set_name (cr->revoke, "revoke-client");
  gtk_widget_set_valign (cr->revoke, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (cr->revoke, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cr->revoke), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (cr->revoke), "client", g_strdup (id), g_free);
  g_signal_connect (cr->revoke, "clicked", G_CALLBACK (revoke_clicked_cb), self);
  adw_action_row_add_suffix (cr->row, cr->revoke);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (cr->row));
  return cr;
}

static char *
services_text (JsonObject *c)
{
  JsonNode *node = json_object_get_member (c, "services");
  JsonArray *a = node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
  GString *s;

  if (a == NULL)
    return NULL;
  s = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      const char *name = json_array_get_string_element (a, i);
      g_string_append_printf (s, "%s%s", i ? ", " : "", name ? name : "?");
    }
  return g_string_free (s, FALSE);
}

static gint64
int_or_zero (JsonObject *o,
             const char *member)
{
  JsonNode *node = json_object_get_member (o, member);
  return node && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_int (node) : 0;
}

static void
show_clients (ZtClientsGroup *self,
              JsonArray      *clients)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint before = g_hash_table_size (self->rows);
  GHashTableIter iter;
  ClientRow *cr;
  const char *id;

  for (guint i = 0; clients && i < json_array_get_length (clients); i++)
    {
      JsonObject *c = json_array_get_object_element (clients, i);

      id = c ? json_object_get_string_member_with_default (c, "id", NULL) : NULL;
      if (id == NULL || id[0] == '\0')
        continue;
      cr = g_hash_table_lookup (self->rows, id);
      if (cr == NULL)
        {
          cr = client_row_new (self, id, json_object_get_string_member_with_default (c, "name", id));
          g_hash_table_insert (self->rows, cr->id, cr);
        }
      g_free (cr->services);
      cr->services = services_text (c);
      cr->created = int_or_zero (c, "created");
      cr->last_used = int_or_zero (c, "last_used");
      update_subtitle (cr);
      g_hash_table_add (seen, cr->id);
    }
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &cr))
    if (!g_hash_table_contains (seen, id))
      {
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (cr->row));
        g_hash_table_iter_remove (&iter);
      }
  gtk_widget_set_visible (self->empty_row, g_hash_table_size (self->rows) == 0);
  if (g_hash_table_size (self->rows) != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CLIENTS]);
}

static void
clients_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  ZtClientsGroup *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonObject *o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  JsonNode *list = o ? json_object_get_member (o, "clients") : NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    {
      g_autofree char *text = g_strdup_printf (_("The list cannot be read: %s"),
                                               error ? error->message : _("the agent's answer is not a list"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("Apps cannot be listed"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row), text);
      gtk_widget_set_visible (self->empty_row, TRUE);
      return;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No apps yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row),
                               _("Copy Client Config on a server gives an app a token of its own; it is listed here."));
  show_clients (self, json_node_get_array (list));
}

void
zt_clients_group_refresh (ZtClientsGroup *self)
{
  g_return_if_fail (ZT_IS_CLIENTS_GROUP (self));
  if (self->client == NULL)
    return;
  zt_client_call_async (self->client, "GET", "/clients", NULL, self->cancellable, clients_cb, self);
}

guint
zt_clients_group_get_n_clients (ZtClientsGroup *self)
{
  g_return_val_if_fail (ZT_IS_CLIENTS_GROUP (self), 0);
  return g_hash_table_size (self->rows);
}

static gboolean
tick_cb (gpointer user_data)
{
  zt_clients_group_refresh (user_data);
  return G_SOURCE_CONTINUE;
}

static void
zt_clients_group_map (GtkWidget *widget)
{
  ZtClientsGroup *self = ZT_CLIENTS_GROUP (widget);

  GTK_WIDGET_CLASS (zt_clients_group_parent_class)->map (widget);
  /* last uses send no event: read them when shown, and now and then while shown */
  zt_clients_group_refresh (self);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (REFRESH_SECONDS, tick_cb, self);
}

static void
zt_clients_group_unmap (GtkWidget *widget)
{
  ZtClientsGroup *self = ZT_CLIENTS_GROUP (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  GTK_WIDGET_CLASS (zt_clients_group_parent_class)->unmap (widget);
}

void
zt_clients_group_set_client (ZtClientsGroup *self,
                             ZtClient       *client)
{
  g_return_if_fail (ZT_IS_CLIENTS_GROUP (self));
  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_set_object (&self->client, client);
  if (client == NULL)
    return;
  g_signal_connect_object (client, "event::clients", G_CALLBACK (zt_clients_group_refresh), self, G_CONNECT_SWAPPED);
  zt_clients_group_refresh (self);
}

static void
zt_clients_group_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZtClientsGroup *self = ZT_CLIENTS_GROUP (object);

  switch (prop_id)
    {
    case PROP_N_CLIENTS:
      g_value_set_uint (value, g_hash_table_size (self->rows));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zt_clients_group_dispose (GObject *object)
{
  ZtClientsGroup *self = ZT_CLIENTS_GROUP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_clear_object (&self->client);
  if (self->rows)
    g_hash_table_remove_all (self->rows);
  G_OBJECT_CLASS (zt_clients_group_parent_class)->dispose (object);
}

static void
zt_clients_group_finalize (GObject *object)
{
  ZtClientsGroup *self = ZT_CLIENTS_GROUP (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  G_OBJECT_CLASS (zt_clients_group_parent_class)->finalize (object);
}

static void
zt_clients_group_class_init (ZtClientsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = zt_clients_group_get_property;
  object_class->dispose = zt_clients_group_dispose;
  object_class->finalize = zt_clients_group_finalize;
  widget_class->map = zt_clients_group_map;
  widget_class->unmap = zt_clients_group_unmap;

  properties[PROP_N_CLIENTS] = g_param_spec_uint ("n-clients", NULL, NULL, 0, G_MAXUINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
zt_clients_group_init (ZtClientsGroup *self)
{
  self->cancellable = g_cancellable_new ();
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) client_row_free);
  gtk_widget_set_name (GTK_WIDGET (self), "apps-with-access");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Apps with Access"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Apps on this computer that hold a token of their own for these servers."));
  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->empty_row), FALSE);
  gtk_widget_set_name (self->empty_row, "no-clients");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No apps yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row),
                               _("Copy Client Config on a server gives an app a token of its own; it is listed here."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->empty_row);
}

GtkWidget *
zt_clients_group_new (void)
{
  return g_object_new (ZT_TYPE_CLIENTS_GROUP, NULL);
}
