/* zt-background.h: the app keeps running, and its agent serving, when its window closes */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ZT_TYPE_BACKGROUND (zt_background_get_type ())

G_DECLARE_FINAL_TYPE (ZtBackground, zt_background, ZT, BACKGROUND, GObject)

/* Holds @app while the setting "run-in-background" (@settings may be NULL: on) is on. */
ZtBackground *zt_background_new               (GApplication *app,
                                               GSettings    *settings);
/* The last window closed: says once that the app still runs (a notification), and in a
 * Flatpak sandbox asks the Background portal. FALSE when the app does not stay. */
gboolean      zt_background_window_closed     (ZtBackground *self);
gboolean      zt_background_get_enabled       (ZtBackground *self);
/* What the Background portal said: "not asked", "asking", "granted", "denied" or
 * "unavailable: REASON" (no portal: the app stays anyway). */
const char   *zt_background_get_portal_status (ZtBackground *self);

G_END_DECLS
