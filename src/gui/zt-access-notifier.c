/* zt-access-notifier.c: a desktop notification for each new access request to this computer */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-access-notifier.h"

struct _ZtAccessNotifier {
  GObject       parent_instance;

  ZtClient     *client;
  GApplication *app;        /* weak: the application owns the notifier */
  GHashTable   *seen;       /* request ids */
  GCancellable *cancellable;
  gboolean      primed;     /* the first answer only records what is already pending */
};

G_DEFINE_FINAL_TYPE (ZtAccessNotifier, zt_access_notifier, G_TYPE_OBJECT)

enum { NEW_REQUEST, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
notify_request (ZtAccessNotifier *self,
                JsonObject       *r)
{
  const char *id = json_object_get_string_member_with_default (r, "id", "");
  const char *user = json_object_get_string_member_with_default (r, "user", NULL);
  const char *endpoint = json_object_get_string_member_with_default (r, "endpoint", NULL);
  const char *service = json_object_get_string_member_with_default (r, "service", "?");
  const char *reason = json_object_get_string_member_with_default (r, "reason", "");
  g_autofree char *who = user && endpoint ? g_strdup_printf (_("%s on %s"), user, endpoint)
                                          : g_strdup (json_object_get_string_member_with_default (r, "subject", "?"));
  g_autofree char *title = g_strdup_printf (_("%s asks to use “%s”"), who, service);
  g_autofree char *notification_id = g_strconcat ("access-", id, NULL);
  g_autoptr(GNotification) n = NULL;

  g_signal_emit (self, signals[NEW_REQUEST], 0, r);
  if (self->app == NULL)
    return;
  n = g_notification_new (title);
  g_notification_set_body (n, reason[0] ? reason : _("Open zt4mcp to approve or deny the request."));
  g_notification_set_priority (n, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action_and_target (n, "app.show-page", "s", "policies");
  g_notification_add_button_with_target (n, _("Review"), "app.show-page", "s", "policies");
  g_application_send_notification (self->app, notification_id, n);
}

static void
access_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  ZtAccessNotifier *self;
  JsonObject *o;
  JsonArray *incoming;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = user_data;
  o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  incoming = o && json_object_has_member (o, "incoming") ? json_object_get_array_member (o, "incoming") : NULL;
  for (guint i = 0; incoming && i < json_array_get_length (incoming); i++)
    {
      JsonObject *r = json_array_get_object_element (incoming, i);
      const char *id = r ? json_object_get_string_member_with_default (r, "id", NULL) : NULL;

      if (id == NULL || g_strcmp0 (json_object_get_string_member_with_default (r, "status", "pending"), "pending") != 0 ||
          !g_hash_table_add (self->seen, g_strdup (id)))
        continue;
      if (self->primed)
        notify_request (self, r);
    }
  if (o != NULL)
    self->primed = TRUE;
}

static void
fetch (ZtAccessNotifier *self)
{
  zt_client_call_async (self->client, "GET", "/access?status=pending", NULL, self->cancellable, access_cb, self);
}

static void
zt_access_notifier_dispose (GObject *object)
{
  ZtAccessNotifier *self = ZT_ACCESS_NOTIFIER (object);

  g_cancellable_cancel (self->cancellable);
  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_clear_object (&self->client);
  G_OBJECT_CLASS (zt_access_notifier_parent_class)->dispose (object);
}

static void
zt_access_notifier_finalize (GObject *object)
{
  ZtAccessNotifier *self = ZT_ACCESS_NOTIFIER (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  G_OBJECT_CLASS (zt_access_notifier_parent_class)->finalize (object);
}

static void
zt_access_notifier_class_init (ZtAccessNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_access_notifier_dispose;
  object_class->finalize = zt_access_notifier_finalize;
  signals[NEW_REQUEST] = g_signal_new ("new-request", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                       NULL, G_TYPE_NONE, 1, JSON_TYPE_OBJECT);
}

static void
zt_access_notifier_init (ZtAccessNotifier *self)
{
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

ZtAccessNotifier *
zt_access_notifier_new (ZtClient     *client,
                        GApplication *app)
{
  ZtAccessNotifier *self;

  g_return_val_if_fail (ZT_IS_CLIENT (client), NULL);
  self = g_object_new (ZT_TYPE_ACCESS_NOTIFIER, NULL);
  self->client = g_object_ref (client);
  self->app = app;
  g_signal_connect_object (client, "event::access", G_CALLBACK (fetch), self, G_CONNECT_SWAPPED);
  fetch (self);
  return self;
}
