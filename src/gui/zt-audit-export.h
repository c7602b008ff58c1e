/* zt-audit-export.h: the audit records matching a query, saved to a file as JSON Lines */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "zt-client.h"

G_BEGIN_DECLS

/* GET /audit/export?@query in chunks of @chunk records (0: the agent's most, 100 000), each
 * after the last seq of the one before, written to @file (replaced) as they are read; a
 * chunk is never held whole. The result is the number of records written. */
void    zt_audit_export_async  (ZtClient             *client,
                                const char           *query,
                                GFile                *file,
                                guint                 chunk,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data);
gint64  zt_audit_export_finish (GAsyncResult         *result,
                                GError              **error);

G_END_DECLS
