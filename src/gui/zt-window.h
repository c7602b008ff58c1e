/* zt-window.h: the main window: first run, then the mesh and services pages */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-chat-engine.h"
#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_WINDOW (zt_window_get_type ())

G_DECLARE_FINAL_TYPE (ZtWindow, zt_window, ZT, WINDOW, AdwApplicationWindow)

/* @client NULL with @error: the agent could not start; the window says why. */
ZtWindow   *zt_window_new            (GtkApplication *app,
                                      ZtClient       *client,
                                      GSettings      *settings,
                                      const char     *error);
void        zt_window_toast          (ZtWindow       *self,
                                      const char     *text);
/* "welcome", "mesh", "services", "policies", "audit" or "chat" */
const char *zt_window_get_page       (ZtWindow       *self);
void        zt_window_show_page      (ZtWindow       *self,
                                      const char     *page);
/* The chat page runs its turns on @engine (the window has a client). */
void        zt_window_set_chat_engine (ZtWindow      *self,
                                      ZtChatEngine   *engine);

G_END_DECLS
