/* zt-preferences-window.c: the desktop app's preferences */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "zt-a11y.h"
#include "zt-background.h"
#include "zt-core.h"
#include "zt-error-dialog.h"
#include "zt-preferences-window.h"

struct _ZtPreferencesWindow {
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *theme_row;
  GtkSwitch            *login_switch;
  GtkSwitch            *background_switch;
  AdwEntryRow          *listen_row;
  AdwEntryRow          *hub_listen_row;
};

G_DEFINE_FINAL_TYPE (ZtPreferencesWindow, zt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char *schemes[] = { "default", "light", "dark" };

gboolean
zt_set_start_at_login (gboolean   enabled,
                       GError   **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "autostart", NULL);
  g_autofree char *path = g_build_filename (dir, APP_ID ".desktop", NULL);
  g_autofree char *contents = NULL;

  /* a sandbox's config folder is its own, which the session does not read: the app's
   * ZtBackground asks the Background portal instead when the setting changes */
  if (zt_background_use_portal ())
    return TRUE;
  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), _("Cannot remove %s: %s"), path,
                       g_strerror (errno));
          return FALSE;
        }
      return TRUE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), _("Cannot create %s: %s"), dir, g_strerror (errno));
      return FALSE;
    }
  /* --background: the agent starts, no window opens (launching the app again shows it) */
  contents = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=zt4mcp\n"
                              "Comment=The zt4mcp agent, started without a window\n"
                              "Exec=zt4mcp-desktop --background\nTerminal=false\n"
                              "Icon=%s\nX-GNOME-Autostart-enabled=true\nNoDisplay=true\n", APP_ID);
  return g_file_set_contents (path, contents, -1, error);
}

static void
toast (ZtPreferencesWindow *self,
       const char          *text)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (text));
}

/* An address typed in @row saved as @key, or the row marked and the reason said */
static void
apply_listen (ZtPreferencesWindow *self,
              AdwEntryRow         *row,
              const char          *key,
              const char          *saved)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *host = NULL;
  guint port = 0;
  g_autoptr(GError) error = NULL;

  if (!zt_parse_listen (text, &host, &port, &error))
    {
      zt_a11y_mark_invalid (GTK_WIDGET (row), _("Not an address and a port"));
      zt_error_dialog_present_error (GTK_WIDGET (self), _("The Address Was Not Saved"),
                                     _("Type an address and a port, such as 127.0.0.1:7777. The previous "
                                       "address stays in use."), error);
      return;
    }
  zt_a11y_mark_invalid (GTK_WIDGET (row), NULL);
  g_settings_set_string (self->settings, key, text);
  toast (self, saved);
}

static void
listen_apply_cb (ZtPreferencesWindow *self)
{
  apply_listen (self, self->listen_row, "listen", _("Saved: the app uses this address from its next start"));
}

static void
hub_listen_apply_cb (ZtPreferencesWindow *self)
{
  apply_listen (self, self->hub_listen_row, "hub-listen", _("Saved"));
}

static void
theme_cb (ZtPreferencesWindow *self)
{
  guint i = adw_combo_row_get_selected (self->theme_row);

  if (i < G_N_ELEMENTS (schemes))
    g_settings_set_string (self->settings, "color-scheme", schemes[i]);
}

static gboolean
login_state_set_cb (GtkSwitch           *sw,
                    gboolean             state,
                    ZtPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!zt_set_start_at_login (state, &error))
    {
      zt_error_dialog_present_error (GTK_WIDGET (self),
                                     state ? _("Start at Login Was Not Turned On") : _("Start at Login Was Not Turned Off"),
                                     _("The app could not change its entry in your session's startup "
                                       "programs. Check that your configuration folder can be written."), error);
      /* the switch back where it was, whole (handle and state), without asking again */
      g_signal_handlers_block_by_func (sw, login_state_set_cb, self);
      gtk_switch_set_active (sw, !state);
      gtk_switch_set_state (sw, !state);
      g_signal_handlers_unblock_by_func (sw, login_state_set_cb, self);
      return TRUE;
    }
  g_settings_set_boolean (self->settings, "start-at-login", state);
  return FALSE;
}

static void
login_setting_changed_cb (ZtPreferencesWindow *self)
{
  gboolean on = g_settings_get_boolean (self->settings, "start-at-login");

  if (gtk_switch_get_active (self->login_switch) != on)
    gtk_switch_set_active (self->login_switch, on);
}

static void
zt_preferences_window_dispose (GObject *object)
{
  ZtPreferencesWindow *self = ZT_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (zt_preferences_window_parent_class)->dispose (object);
}

static void
zt_preferences_window_class_init (ZtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZtPreferencesWindow, theme_row);
  gtk_widget_class_bind_template_child (widget_class, ZtPreferencesWindow, login_switch);
  gtk_widget_class_bind_template_child (widget_class, ZtPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, ZtPreferencesWindow, listen_row);
  gtk_widget_class_bind_template_child (widget_class, ZtPreferencesWindow, hub_listen_row);
  gtk_widget_class_bind_template_callback (widget_class, listen_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, hub_listen_apply_cb);
}

static void
zt_preferences_window_init (ZtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
zt_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  ZtPreferencesWindow *self = g_object_new (ZT_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  g_autofree char *scheme = NULL;
  g_autofree char *listen = NULL, *hub_listen = NULL;

  self->settings = g_object_ref (settings);
  scheme = g_settings_get_string (settings, "color-scheme");
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_strcmp0 (scheme, schemes[i]) == 0)
      adw_combo_row_set_selected (self->theme_row, i);
  g_signal_connect_swapped (self->theme_row, "notify::selected", G_CALLBACK (theme_cb), self);
  gtk_switch_set_active (self->login_switch, g_settings_get_boolean (settings, "start-at-login"));
  g_signal_connect (self->login_switch, "state-set", G_CALLBACK (login_state_set_cb), self);
  /* the Background portal may refuse a start at login: the switch follows */
  g_signal_connect_object (settings, "changed::start-at-login", G_CALLBACK (login_setting_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (settings, "run-in-background", self->background_switch, "active", G_SETTINGS_BIND_DEFAULT);
  listen = g_settings_get_string (settings, "listen");
  hub_listen = g_settings_get_string (settings, "hub-listen");
  gtk_editable_set_text (GTK_EDITABLE (self->listen_row), listen);
  gtk_editable_set_text (GTK_EDITABLE (self->hub_listen_row), hub_listen);
  return GTK_WIDGET (self);
}
