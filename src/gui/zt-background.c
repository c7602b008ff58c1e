/* zt-background.c: the app keeps running, and its agent serving, when its window closes */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-background.h"

/* Closing the window used to stop the agent, and with it every IDE configured to use it,
 * without a word. The app now holds itself while the setting is on; Quit stops it. */
struct _ZtBackground {
  GObject        parent_instance;

  GApplication  *app;          /* not owned: the app owns this */
  GSettings     *settings;
  GCancellable  *cancellable;
  gboolean       held;
  gboolean       portal_asked;
  guint          response_id;
  gboolean       asked_autostart;   /* what the request awaiting its Response asked */
  char          *portal_status;
};

G_DEFINE_FINAL_TYPE (ZtBackground, zt_background, G_TYPE_OBJECT)

static void ask_portal (ZtBackground *self);

gboolean
zt_background_use_portal (void)
{
  /* ZT4MCP_BACKGROUND_PORTAL: the tests take the sandbox's path outside one */
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) || g_getenv ("ZT4MCP_BACKGROUND_PORTAL") != NULL;
}

GVariant *
zt_background_portal_options (const char *token,
                              gboolean    autostart)
{
  GVariantBuilder options;

  g_return_val_if_fail (token != NULL, NULL);
  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("The zt4mcp agent keeps serving your MCP servers to your apps")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (autostart));
  if (autostart)
    {
      /* started at login as the autostart file outside the sandbox starts it: hidden */
      static const char *commandline[] = { "zt4mcp-desktop", "--background", NULL };

      g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
      g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));
    }
  return g_variant_builder_end (&options);
}

static gboolean
autostart_wanted (ZtBackground *self)
{
  return self->settings != NULL && g_settings_get_boolean (self->settings, "start-at-login");
}

/* Start at login, in a sandbox: the portal's autostart replaces the XDG file */
static void
start_at_login_changed_cb (ZtBackground *self)
{
  if (zt_background_use_portal ())
    ask_portal (self);
}

static gboolean
wanted (ZtBackground *self)
{
  return self->settings == NULL || g_settings_get_boolean (self->settings, "run-in-background");
}

static void
setting_changed_cb (ZtBackground *self)
{
  gboolean want = wanted (self);

  if (want && !self->held)
    g_application_hold (self->app);
  else if (!want && self->held)
    g_application_release (self->app);
  self->held = want;
}

static void
set_portal_status (ZtBackground *self,
                   const char   *status)
{
  g_free (self->portal_status);
  self->portal_status = g_strdup (status);
  g_message ("background portal: %s", status);
}

static void
portal_response_cb (GDBusConnection *connection,
                    const char      *sender,
                    const char      *path,
                    const char      *interface,
                    const char      *signal,
                    GVariant        *parameters,
                    gpointer         user_data)
{
  ZtBackground *self = user_data;
  guint32 response = 2;
  g_autoptr(GVariant) results = NULL;
  gboolean background = FALSE, autostart = FALSE;

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &background);
  g_variant_lookup (results, "autostart", "b", &autostart);
  if (response == 0 && background)
    set_portal_status (self, self->asked_autostart ? (autostart ? "granted, autostart" : "granted, no autostart")
                                                   : "granted");
  else
    set_portal_status (self, "denied");
  g_dbus_connection_signal_unsubscribe (connection, self->response_id);
  self->response_id = 0;
  /* the switch does not say "on" for a start at login the portal refused */
  if (self->asked_autostart && !(response == 0 && autostart) && self->settings != NULL)
    g_settings_set_boolean (self->settings, "start-at-login", FALSE);
}

static void
portal_call_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ZtBackground *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) ret = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (ret == NULL)
    {
      /* no portal (a plain session, Xvfb): the hold alone keeps the app running */
      g_autofree char *status = g_strdup_printf ("unavailable: %s", error->message);
      set_portal_status (self, status);
      if (self->response_id)
        g_dbus_connection_signal_unsubscribe (G_DBUS_CONNECTION (source), self->response_id);
      self->response_id = 0;
      /* in a sandbox, nothing else can start the app at login */
      if (self->asked_autostart && self->settings != NULL)
        g_settings_set_boolean (self->settings, "start-at-login", FALSE);
    }
}

/* org.freedesktop.portal.Background.RequestBackground: in a sandbox, the compositor may
 * otherwise end an app without a window. Its answer comes as a Response signal on the
 * request's object, whose path is known before the call (the handle_token). */
static void
ask_portal (ZtBackground *self)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autofree char *token = g_strdup_printf ("zt4mcp%u", g_random_int ());
  g_autofree char *sender = NULL;
  g_autofree char *path = NULL;

  self->portal_asked = TRUE;
  if (bus == NULL || g_dbus_connection_get_unique_name (bus) == NULL)
    {
      set_portal_status (self, "unavailable: no session bus");
      return;
    }
  /* a request still awaiting its answer is superseded: only the last one's is read */
  if (self->response_id)
    g_dbus_connection_signal_unsubscribe (bus, self->response_id);
  self->response_id = 0;
  self->asked_autostart = autostart_wanted (self);
  sender = g_strdup (g_dbus_connection_get_unique_name (bus) + 1);
  g_strdelimit (sender, ".", '_');
  path = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender, token);
  self->response_id = g_dbus_connection_signal_subscribe (bus, "org.freedesktop.portal.Desktop",
                                                          "org.freedesktop.portal.Request", "Response", path, NULL,
                                                          G_DBUS_SIGNAL_FLAGS_NONE, portal_response_cb,
                                                          self, NULL);
  set_portal_status (self, "asking");
  g_dbus_connection_call (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                          "org.freedesktop.portal.Background", "RequestBackground",
                          g_variant_new ("(s@a{sv})", "", zt_background_portal_options (token, self->asked_autostart)),
                          G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NONE, 10000, self->cancellable, portal_call_cb, self);
}

gboolean
zt_background_window_closed (ZtBackground *self)
{
  g_return_val_if_fail (ZT_IS_BACKGROUND (self), FALSE);
  if (!self->held)
    return FALSE;
  if (self->settings == NULL || !g_settings_get_boolean (self->settings, "background-notice-shown"))
    {
      g_autoptr(GNotification) n = g_notification_new (_("zt4mcp Is Still Running"));

      g_notification_set_body (n, _("Your apps keep their access to your MCP servers. To stop the agent, open zt4mcp "
                                    "and choose Quit in its menu."));
      g_notification_set_default_action_and_target (n, "app.show-page", "s", "services");
      g_notification_add_button (n, _("Quit"), "app.quit");
      g_application_send_notification (self->app, "background", n);
      if (self->settings)
        g_settings_set_boolean (self->settings, "background-notice-shown", TRUE);
    }
  if (!self->portal_asked && zt_background_use_portal ())
    ask_portal (self);
  return TRUE;
}

gboolean
zt_background_get_enabled (ZtBackground *self)
{
  g_return_val_if_fail (ZT_IS_BACKGROUND (self), FALSE);
  return self->held;
}

const char *
zt_background_get_portal_status (ZtBackground *self)
{
  g_return_val_if_fail (ZT_IS_BACKGROUND (self), NULL);
  return self->portal_status;
}

static void
zt_background_dispose (GObject *object)
{
  ZtBackground *self = ZT_BACKGROUND (object);

  g_cancellable_cancel (self->cancellable);
  if (self->response_id)
    {
      g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
      if (bus)
        g_dbus_connection_signal_unsubscribe (bus, self->response_id);
      self->response_id = 0;
    }
  if (self->settings)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->held)
    g_application_release (self->app);
  self->held = FALSE;
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (zt_background_parent_class)->dispose (object);
}

static void
zt_background_finalize (GObject *object)
{
  ZtBackground *self = ZT_BACKGROUND (object);

  g_clear_object (&self->cancellable);
  g_free (self->portal_status);
  G_OBJECT_CLASS (zt_background_parent_class)->finalize (object);
}

static void
zt_background_class_init (ZtBackgroundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_background_dispose;
  object_class->finalize = zt_background_finalize;
}

static void
zt_background_init (ZtBackground *self)
{
  self->cancellable = g_cancellable_new ();
  self->portal_status = g_strdup ("not asked");
}

ZtBackground *
zt_background_new (GApplication *app,
                   GSettings    *settings)
{
  ZtBackground *self = g_object_new (ZT_TYPE_BACKGROUND, NULL);

  g_return_val_if_fail (G_IS_APPLICATION (app), NULL);
  self->app = app;
  if (settings)
    {
      self->settings = g_object_ref (settings);
      g_signal_connect_swapped (settings, "changed::run-in-background", G_CALLBACK (setting_changed_cb), self);
      g_signal_connect_swapped (settings, "changed::start-at-login", G_CALLBACK (start_at_login_changed_cb), self);
    }
  setting_changed_cb (self);
  return self;
}
