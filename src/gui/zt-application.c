/* zt-application.c: the desktop app: settings, the embedded agent, windows and app actions */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-access-notifier.h"
#include "zt-agent-thread.h"
#include "zt-background.h"
#include "zt-chat-page.h"
#include "zt-client.h"
#include "zt-preferences-window.h"
#include "zt-renderer.h"
#include "zt-window.h"
#include "zt-application.h"

struct _ZtApplication {
  AdwApplication  parent_instance;

  GSettings      *settings;
  ZtAgentThread  *agent;
  ZtClient       *client;
  ZtAccessNotifier *notifier;
  ZtChatEngine     *chat_engine;
  ZtBackground   *stay;
  GtkWidget      *quit_dialog;
  char           *agent_error;
  gboolean        background;        /* started hidden (--background), no window shown yet */
  gboolean        background_held;   /* the hold that keeps a hidden start running */
  gboolean        quitting;
};

G_DEFINE_FINAL_TYPE (ZtApplication, zt_application, ADW_TYPE_APPLICATION)

GSettings *
zt_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

#ifdef ZT_BUILD_SCHEMA_DIR
  if (schema == NULL)
    {
      g_autoptr(GSettingsSchemaSource) build = g_settings_schema_source_new_from_directory (ZT_BUILD_SCHEMA_DIR, source,
                                                                                            FALSE, NULL);
      if (build != NULL)
        schema = g_settings_schema_source_lookup (build, APP_ID, FALSE);
    }
#endif
  if (schema == NULL)
    {
      g_warning ("the settings schema %s is not installed; settings are not kept", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
apply_color_scheme (ZtApplication *self)
{
  g_autofree char *scheme = self->settings ? g_settings_get_string (self->settings, "color-scheme") : NULL;
  AdwColorScheme s = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    s = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    s = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), s);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The zt4mcp developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", "zt4mcp",
                         "application-icon", APP_ID,
                         "developer-name", _("The zt4mcp developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/zt4mcp/zt4mcp",
                         "issue-url", "https://github.com/zt4mcp/zt4mcp/issues",
                         "comments", _("A zero-trust layer for the Model Context Protocol: MCP servers and "
                                       "models shared between your computers over a private mesh with "
                                       "certificate identities; other computers get only the tools you grant "
                                       "them, tool definitions are pinned and scanned, and every call is "
                                       "recorded in a tamper-evident audit log."),
                         "developers", developers,
                         "copyright", "© 2026 The zt4mcp developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  ZtApplication *self = user_data;

  if (self->settings == NULL)
    return;
  gtk_window_present (GTK_WINDOW (zt_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                                             self->settings)));
}

static void
really_quit (ZtApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  self->quitting = TRUE;
  /* closing the windows saves their state; the agent stops in shutdown */
  while (windows)
    {
      GtkWindow *w = windows->data;
      windows = windows->next;
      gtk_window_close (w);
    }
  g_application_quit (G_APPLICATION (self));
}

static gboolean
quit_idle_cb (gpointer user_data)
{
  really_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
quit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  ZtApplication    *self)
{
  /* after the dialog has gone: closing its parent window under it breaks its transient link */
  if (g_strcmp0 (response, "quit") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, quit_idle_cb, g_object_ref (self), g_object_unref);
}

static void
ask_before_quit (ZtApplication *self,
                 guint          sessions)
{
  g_autofree char *body = NULL;

  if (self->quit_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->quit_dialog));
      return;
    }
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u app session is connected to this agent. Quitting stops the agent: that app "
                                       "loses access to your MCP servers until zt4mcp runs again.",
                                       "%u app sessions are connected to this agent. Quitting stops the agent: those "
                                       "apps lose access to your MCP servers until zt4mcp runs again.", sessions),
                          sessions);
  self->quit_dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                              _("Quit and Stop the Agent?"), body);
  g_object_add_weak_pointer (G_OBJECT (self->quit_dialog), (gpointer *) &self->quit_dialog);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self->quit_dialog), "cancel", _("_Cancel"), "quit", _("_Quit"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self->quit_dialog), "quit", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self->quit_dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self->quit_dialog), "cancel");
  g_signal_connect_object (self->quit_dialog, "response", G_CALLBACK (quit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (self->quit_dialog));
}

static void
quit_status_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtApplication) self = user_data;
  g_autoptr(JsonNode) status = zt_client_call_finish (ZT_CLIENT (source), result, NULL);
  JsonObject *o = status && JSON_NODE_HOLDS_OBJECT (status) ? json_node_get_object (status) : NULL;
  JsonNode *sessions = o ? json_object_get_member (o, "sessions") : NULL;
  guint n = sessions && JSON_NODE_HOLDS_ARRAY (sessions) ? json_array_get_length (json_node_get_array (sessions)) : 0;

  /* an agent that does not answer serves nobody: nothing to ask */
  if (n == 0)
    really_quit (self);
  else
    ask_before_quit (self, n);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  ZtApplication *self = user_data;

  /* an attached daemon keeps serving after the app quits: nobody is cut off */
  if (self->client == NULL || zt_agent_thread_is_attached (self->agent))
    {
      really_quit (self);
      return;
    }
  /* the sessions now (the services document is not sent again when only they change) */
  zt_client_call_async (self->client, "GET", "/status", NULL, NULL, quit_status_cb, g_object_ref (self));
}

/* The last window went: the app stays (and says so, once) unless the setting is off. */
static void
window_removed_cb (ZtApplication *self)
{
  if (self->quitting || self->stay == NULL || gtk_application_get_windows (GTK_APPLICATION (self)) != NULL)
    return;
  if (zt_background_window_closed (self->stay))
    g_message ("the window closed; the agent keeps running (Quit in the menu stops it)");
}

/* From a notification: the window (made if the app ran in the background), on @page. */
static void
show_page_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  GApplication *app = user_data;
  GtkWindow *window;

  g_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (ZT_IS_WINDOW (window))
    zt_window_show_page (ZT_WINDOW (window), g_variant_get_string (param, NULL));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "show-page", show_page_action, "s" },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
zt_application_startup (GApplication *app)
{
  ZtApplication *self = ZT_APPLICATION (app);
  const char *listen_env = g_getenv ("ZT4MCP_LISTEN");
  g_autofree char *listen = NULL;
  g_autoptr(GError) error = NULL;
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *prefs_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (zt_application_parent_class)->startup (app);
  zt_renderer_choose (gdk_display_get_default ());

  self->settings = zt_settings_new ();
  if (self->settings)
    g_signal_connect_swapped (self->settings, "changed::color-scheme", G_CALLBACK (apply_color_scheme), self);
  apply_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);

  /* the environment wins over the preference, so tests and scripts can pick a port */
  listen = g_strdup (listen_env ? listen_env : self->settings ? g_settings_get_string (self->settings, "listen") : NULL);
  self->agent = zt_agent_thread_start (NULL, listen, &error);
  if (self->agent == NULL)
    self->agent_error = g_strdup_printf (_("%s\n\nIf another program uses this address, stop it or pick another "
                                           "address in Preferences, then restart the app."), error->message);
  else
    {
      g_message ("%s agent at %s (home %s)", zt_agent_thread_is_attached (self->agent) ? "attached to the" : "embedded",
                 zt_agent_thread_get_url (self->agent), zt_agent_thread_get_home (self->agent));
      self->client = zt_client_new (zt_agent_thread_get_url (self->agent), zt_agent_thread_get_token (self->agent));
      self->notifier = zt_access_notifier_new (self->client, app);
      /* the chat engine lives on this (the UI's) context and talks HTTP to the agent */
      self->chat_engine = zt_chat_page_make_engine (zt_agent_thread_get_home (self->agent),
                                                    zt_agent_thread_get_url (self->agent),
                                                    zt_agent_thread_get_token (self->agent), &error);
      if (self->chat_engine == NULL)
        g_warning ("chat: %s", error->message);
    }
  /* started hidden: the mesh and the local servers run with no window at all (whatever
   * run-in-background says: that setting is about closing a window) */
  if (self->background)
    {
      g_application_hold (app);
      self->background_held = TRUE;
    }
  self->stay = zt_background_new (app, self->settings);
  g_signal_connect_swapped (app, "window-removed", G_CALLBACK (window_removed_cb), self);
}

static void
zt_application_activate (GApplication *app)
{
  ZtApplication *self = ZT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* started hidden: no window is made (it would cost its pages' work for nobody); a second
   * launch, or the notification, shows one */
  if (self->background)
    {
      self->background = FALSE;
      return;
    }
  if (window == NULL)
    {
      window = GTK_WINDOW (zt_window_new (GTK_APPLICATION (app), self->client, self->settings, self->agent_error));
      if (self->chat_engine)
        zt_window_set_chat_engine (ZT_WINDOW (window), self->chat_engine);
    }
  gtk_window_present (window);
  /* from now on, closing the window does what run-in-background says, as for a start with
   * a window */
  if (self->background_held)
    {
      self->background_held = FALSE;
      g_application_release (app);
    }
}

static void
zt_application_shutdown (GApplication *app)
{
  ZtApplication *self = ZT_APPLICATION (app);

  if (self->quit_dialog)
    gtk_window_destroy (GTK_WINDOW (self->quit_dialog));
  g_clear_object (&self->stay);
  g_clear_object (&self->notifier);
  g_clear_object (&self->chat_engine);
  g_clear_object (&self->client);
  g_clear_pointer (&self->agent, zt_agent_thread_stop);
  G_APPLICATION_CLASS (zt_application_parent_class)->shutdown (app);
}

static int
zt_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  ZtApplication *self = ZT_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("zt4mcp-desktop %s\n", PACKAGE_VERSION);
      return 0;
    }
  self->background = g_variant_dict_contains (options, "background");
  if (self->background)
    {
      g_autoptr(GError) error = NULL;

      /* the app runs already (the user started it before the session's autostart did):
       * a hidden start has nothing to do, and must not show its window */
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("zt4mcp-desktop: %s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        return 0;
    }
  return -1;
}

static void
zt_application_finalize (GObject *object)
{
  ZtApplication *self = ZT_APPLICATION (object);

  g_clear_object (&self->settings);
  g_free (self->agent_error);
  G_OBJECT_CLASS (zt_application_parent_class)->finalize (object);
}

static void
zt_application_class_init (ZtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = zt_application_finalize;
  app_class->startup = zt_application_startup;
  app_class->activate = zt_application_activate;
  app_class->shutdown = zt_application_shutdown;
  app_class->handle_local_options = zt_application_handle_local_options;
}

static void
zt_application_init (ZtApplication *self)
{
  static const GOptionEntry entries[] = {
    { "background", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Start without a window (the agent runs; launch again to show it)"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("The zt4mcp desktop app: join a mesh, manage MCP servers. It runs the "
                                              "agent (REST API and MCP endpoints on 127.0.0.1:7777) in the "
                                              "background, or uses a daemon already serving the same home.\n\n"
                                              "Environment: ZT4MCP_HOME (the agent's home), ZT4MCP_LISTEN "
                                              "(HOST:PORT, overrides the preference)."));
}

ZtClient *
zt_application_get_client (ZtApplication *self)
{
  g_return_val_if_fail (ZT_IS_APPLICATION (self), NULL);
  return self->client;
}

ZtBackground *
zt_application_get_background (ZtApplication *self)
{
  g_return_val_if_fail (ZT_IS_APPLICATION (self), NULL);
  return self->stay;
}

ZtApplication *
zt_application_new (void)
{
  return g_object_new (ZT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/zt4mcp/Zt4mcp",
                       NULL);
}
