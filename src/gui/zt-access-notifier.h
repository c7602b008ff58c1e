/* zt-access-notifier.h: a desktop notification for each new access request to this computer */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_ACCESS_NOTIFIER (zt_access_notifier_get_type ())

G_DECLARE_FINAL_TYPE (ZtAccessNotifier, zt_access_notifier, ZT, ACCESS_NOTIFIER, GObject)

/* Follows @client's "event::access"; a pending incoming request not seen before emits
 * "new-request" (its JSON object) and, with @app, sends a GNotification whose default action
 * is app.show-page("policies"). Requests pending when it starts are not announced. */
ZtAccessNotifier *zt_access_notifier_new (ZtClient     *client,
                                          GApplication *app);

G_END_DECLS
