/* zt-window.c: the main window: first run, then the mesh, services, policies, audit and chat pages */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-add-service-dialog.h"
#include "zt-a11y.h"
#include "zt-audit-page.h"
#include "zt-chat-page.h"
#include "zt-mesh-page.h"
#include "zt-policies-page.h"
#include "zt-services-page.h"
#include "zt-welcome-page.h"
#include "zt-window.h"

struct _ZtWindow {
  AdwApplicationWindow  parent_instance;

  ZtClient             *client;
  GSettings            *settings;
  GHashTable           *peers_online;    /* endpoint -> "1"/"0", for toasts on changes */
  GHashTable           *service_states;  /* name -> state */
  gboolean              seen_mesh;
  gboolean              seen_services;
  gboolean              decided_first_page;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  ZtWelcomePage        *welcome_page;
  ZtMeshPage           *mesh_page;
  ZtServicesPage       *services_page;
  ZtPoliciesPage       *policies_page;
  ZtAuditPage          *audit_page;
  ZtChatPage           *chat_page;
  AdwStatusPage        *error_page;
  GtkWidget            *connection_icon;
  GtkMenuButton        *menu_button;
  gboolean              peers_known;     /* the peers of a connected hub were seen: later ones are new */
};

G_DEFINE_FINAL_TYPE (ZtWindow, zt_window, ADW_TYPE_APPLICATION_WINDOW)

void
zt_window_toast (ZtWindow   *self,
                 const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
page_toast_cb (ZtWindow   *self,
               const char *text)
{
  zt_window_toast (self, text);
}

const char *
zt_window_get_page (ZtWindow *self)
{
  const char *top = gtk_stack_get_visible_child_name (self->main_stack);

  if (g_strcmp0 (top, "main") != 0)
    return top;
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
zt_window_show_page (ZtWindow   *self,
                     const char *page)
{
  if (g_strcmp0 (page, "welcome") == 0)
    {
      zt_welcome_page_reset (self->welcome_page);
      zt_welcome_page_set_can_leave (self->welcome_page, FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      return;
    }
  /* the welcome page's forms set a default button; the main view has none */
  gtk_window_set_default_widget (GTK_WINDOW (self), NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static void
welcome_finished_cb (ZtWindow *self,
                     gboolean  joined)
{
  zt_window_show_page (self, "mesh");
  if (joined)
    zt_client_refresh (self->client);
}

/* Toasts for what changed while the user looked elsewhere -------------------------------- */

/* Whether @peers is a hub's list: it names this computer too (a list not yet received from
 * any hub is empty). */
static gboolean
lists_me (JsonArray  *peers,
          const char *me)
{
  for (guint i = 0; peers && i < json_array_get_length (peers); i++)
    {
      JsonNode *p = json_array_get_element (peers, i);

      if (JSON_NODE_HOLDS_OBJECT (p) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (p), "endpoint", NULL), me) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
mesh_changed_cb (ZtWindow *self)
{
  JsonObject *mesh = zt_client_get_mesh (self->client);
  JsonArray *peers = mesh && json_object_has_member (mesh, "peers") ? json_object_get_array_member (mesh, "peers") : NULL;
  const char *me = mesh ? json_object_get_string_member_with_default (mesh, "endpoint", "") : "";
  gboolean joined = mesh && json_object_get_boolean_member_with_default (mesh, "joined", FALSE);

  /* the first answer decides the first page: the welcome page until a mesh is joined */
  if (!self->decided_first_page && mesh != NULL)
    {
      self->decided_first_page = TRUE;
      zt_window_show_page (self, joined ? "mesh" : "welcome");
    }

  /* A peer is new to the mesh only if a hub's list of peers came before without it: the
   * first list after joining holds the members that were already there. Leaving forgets
   * them all. */
  if (!joined)
    {
      g_hash_table_remove_all (self->peers_online);
      self->peers_known = FALSE;
    }
  for (guint i = 0; peers && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);
      const char *endpoint = json_object_get_string_member_with_default (p, "endpoint", "");
      gboolean online = json_object_get_boolean_member_with_default (p, "online", FALSE);
      const char *before = g_hash_table_lookup (self->peers_online, endpoint);

      if (strcmp (endpoint, me) == 0)
        continue;
      if (self->seen_mesh && (before == NULL ? online && self->peers_known : (before[0] == '1') != online))
        {
          g_autofree char *text = NULL;
          if (before == NULL)
            text = g_strdup_printf (_("%s joined the mesh"), endpoint);
          else
            text = g_strdup_printf (online ? _("%s is online") : _("%s went offline"), endpoint);
          zt_window_toast (self, text);
        }
      g_hash_table_insert (self->peers_online, g_strdup (endpoint), online ? "1" : "0");
    }
  self->seen_mesh = mesh != NULL;
  if (joined && lists_me (peers, me))
    self->peers_known = TRUE;
}

static void
services_changed_cb (ZtWindow *self)
{
  JsonArray *a = zt_client_get_services (self->client);

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *s = json_array_get_object_element (a, i);
      const char *name = json_object_get_string_member_with_default (s, "name", "");
      const char *state = json_object_get_string_member_with_default (s, "state", "");
      const char *before = g_hash_table_lookup (self->service_states, name);

      if (self->seen_services && g_strcmp0 (state, "failing") == 0 && g_strcmp0 (before, "failing") != 0)
        {
          /* a toast is cut short: the server's own words are on its row of the Services page */
          g_autofree char *text = g_strdup_printf (_("Service “%s” stopped working: the Services page says why"), name);
          zt_window_toast (self, text);
        }
      g_hash_table_insert (self->service_states, g_strdup (name), g_strdup (state));
    }
  self->seen_services = a != NULL;
}

static void
connected_cb (ZtWindow *self)
{
  gboolean connected = zt_client_get_connected (self->client);

  gtk_widget_set_visible (self->connection_icon, !connected);
}

/* Actions ---------------------------------------------------------------------------------- */

static void
show_welcome_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  zt_window_show_page (ZT_WINDOW (widget), "welcome");
  /* opened from the main view: Back returns there */
  zt_welcome_page_set_can_leave (ZT_WINDOW (widget)->welcome_page, TRUE);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ZtWindow *self = ZT_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "main") == 0)
    zt_window_show_page (self, g_variant_get_string (param, NULL));
}

static void
add_service_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ZtWindow *self = ZT_WINDOW (widget);

  if (self->client == NULL)
    return;
  /* Ctrl+N on the chat page is a new chat */
  if (g_strcmp0 (zt_window_get_page (self), "chat") == 0)
    {
      zt_chat_page_new_chat (self->chat_page);
      return;
    }
  /* what is added shows on the Services page: go there first, from any page (the welcome
   * page too, where Ctrl+N used to add a server nobody saw) */
  zt_window_show_page (self, "services");
  gtk_window_present (GTK_WINDOW (zt_add_service_dialog_new (GTK_WINDOW (self), self->client)));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZtWindow *self = ZT_WINDOW (widget);

  if (g_strcmp0 (zt_window_get_page (self), "chat") == 0)
    zt_chat_page_focus_search (self->chat_page);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  ZtWindow *self = ZT_WINDOW (widget);

  if (self->client)
    zt_client_refresh (self->client);
  if (self->client && g_strcmp0 (zt_window_get_page (self), "policies") == 0)
    zt_policies_page_refresh (self->policies_page);
}

static void
save_size (ZtWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
zt_window_close_request (GtkWindow *window)
{
  save_size (ZT_WINDOW (window));
  return GTK_WINDOW_CLASS (zt_window_parent_class)->close_request (window);
}

static void
zt_window_dispose (GObject *object)
{
  ZtWindow *self = ZT_WINDOW (object);

  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_clear_object (&self->client);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->peers_online, g_hash_table_unref);
  g_clear_pointer (&self->service_states, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_WINDOW);
  G_OBJECT_CLASS (zt_window_parent_class)->dispose (object);
}

static void
zt_window_class_init (ZtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = zt_window_dispose;
  window_class->close_request = zt_window_close_request;

  g_type_ensure (ZT_TYPE_WELCOME_PAGE);
  g_type_ensure (ZT_TYPE_MESH_PAGE);
  g_type_ensure (ZT_TYPE_SERVICES_PAGE);
  g_type_ensure (ZT_TYPE_POLICIES_PAGE);
  g_type_ensure (ZT_TYPE_AUDIT_PAGE);
  g_type_ensure (ZT_TYPE_CHAT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, mesh_page);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, services_page);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, policies_page);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, audit_page);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, chat_page);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, connection_icon);
  gtk_widget_class_bind_template_child (widget_class, ZtWindow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, welcome_finished_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_toast_cb);

  gtk_widget_class_install_action (widget_class, "win.show-welcome", NULL, show_welcome_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.add-service", NULL, add_service_action);
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "mesh");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "services");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "policies");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-page", "s", "audit");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-page", "s", "chat");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-service", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
}

static void
zt_window_init (ZtWindow *self)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));

  /* the app's icons come with it, so it looks right before (or without) installation */
  if (!gtk_icon_theme_has_icon (theme, APP_ID))
    gtk_icon_theme_add_resource_path (theme, "/io/github/zt4mcp/Zt4mcp/icons");
  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  zt_a11y_name_menu_button (self->menu_button, _("Main Menu"));
  self->peers_online = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->service_states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

ZtWindow *
zt_window_new (GtkApplication *app,
               ZtClient       *client,
               GSettings      *settings,
               const char     *error)
{
  ZtWindow *self = g_object_new (ZT_TYPE_WINDOW, "application", app, NULL);

  if (settings != NULL)
    {
      g_autofree char *hub_listen = g_settings_get_string (settings, "hub-listen");

      self->settings = g_object_ref (settings);
      gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      zt_welcome_page_set_hub_listen (self->welcome_page, hub_listen);
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 980, 680);

  if (client == NULL)
    {
      adw_status_page_set_description (self->error_page, error);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-service", FALSE);
      return self;
    }

  self->client = g_object_ref (client);
  /* nothing is known until the agent answers: show the (empty) main view meanwhile */
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  zt_welcome_page_set_client (self->welcome_page, client);
  zt_mesh_page_set_client (self->mesh_page, client);
  zt_services_page_set_client (self->services_page, client);
  zt_policies_page_set_client (self->policies_page, client);
  zt_audit_page_set_client (self->audit_page, client);
  g_signal_connect_object (client, "mesh-changed", G_CALLBACK (mesh_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (client, "services-changed", G_CALLBACK (services_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (client, "notify::connected", G_CALLBACK (connected_cb), self, G_CONNECT_SWAPPED);
  if (zt_client_get_mesh (client) != NULL)
    mesh_changed_cb (self);
  if (zt_client_get_services (client) != NULL)
    services_changed_cb (self);
  return self;
}

void
zt_window_set_chat_engine (ZtWindow     *self,
                           ZtChatEngine *engine)
{
  g_return_if_fail (ZT_IS_WINDOW (self));
  g_return_if_fail (ZT_IS_CHAT_ENGINE (engine));

  zt_chat_page_set_engine (self->chat_page, self->client, engine);
}
