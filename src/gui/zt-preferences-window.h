/* zt-preferences-window.h: the desktop app's preferences */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ZT_TYPE_PREFERENCES_WINDOW (zt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ZtPreferencesWindow, zt_preferences_window, ZT, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *zt_preferences_window_new (GtkWindow *parent,
                                      GSettings *settings);

/* Writes or removes the XDG autostart entry; FALSE with @error if it cannot. */
gboolean   zt_set_start_at_login     (gboolean   enabled,
                                      GError   **error);

G_END_DECLS
