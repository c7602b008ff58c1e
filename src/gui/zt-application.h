/* zt-application.h: the desktop app: settings, the embedded agent, windows and app actions */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-background.h"
#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_APPLICATION (zt_application_get_type ())

G_DECLARE_FINAL_TYPE (ZtApplication, zt_application, ZT, APPLICATION, AdwApplication)

ZtApplication *zt_application_new           (void);
/* The app's settings; from the installed schema, else the build tree's (running uninstalled). */
GSettings     *zt_settings_new              (void);
/* The facade over the app's agent (NULL before startup, or when the agent did not start). */
ZtClient      *zt_application_get_client    (ZtApplication *self);
/* What keeps the app running with its window closed (NULL before startup). */
ZtBackground  *zt_application_get_background (ZtApplication *self);

G_END_DECLS
