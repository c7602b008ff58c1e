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
 * Flatpak sandbox asks the Background portal (autostart as the start-at-login setting says;
 * the setting changing asks again). FALSE when the app does not stay. */
gboolean      zt_background_window_closed     (ZtBackground *self);
gboolean      zt_background_get_enabled       (ZtBackground *self);
/* What the Background portal said: "not asked", "asking", "granted" ("granted, autostart" or
 * "granted, no autostart" when autostart was asked), "denied" or "unavailable: REASON" (no
 * portal: the app stays anyway). A refused autostart turns the setting off. */
const char   *zt_background_get_portal_status (ZtBackground *self);

/* Whether the Background portal stands for the XDG autostart file: in a Flatpak sandbox
 * (/.flatpak-info), whose config folder the session does not read. */
gboolean      zt_background_use_portal        (void);
/* The options of org.freedesktop.portal.Background.RequestBackground (a{sv}, floating):
 * handle_token @token, the reason, autostart @autostart, and with it the command line that
 * starts the app hidden (zt4mcp-desktop --background), not D-Bus activated. */
GVariant     *zt_background_portal_options    (const char   *token,
                                               gboolean      autostart);

G_END_DECLS
