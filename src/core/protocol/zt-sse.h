/* zt-sse.h: an incremental Server-Sent Events parser (WHATWG event stream) and writer */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ZtSseParser ZtSseParser;

/* @event is "message" unless the stream named it; @id is the last event id seen, or NULL. */
typedef void (*ZtSseEventFunc) (const char *event,
                                const char *data,
                                gsize       data_len,
                                const char *id,
                                gpointer    user_data);

ZtSseParser *zt_sse_parser_new          (gsize           max_event_size,
                                         ZtSseEventFunc  func,
                                         gpointer        user_data);
void         zt_sse_parser_free         (ZtSseParser    *self);
gboolean     zt_sse_parser_feed         (ZtSseParser    *self,
                                         const char     *data,
                                         gsize           len,
                                         GError        **error);
const char  *zt_sse_parser_get_last_id  (ZtSseParser    *self);
gint64       zt_sse_parser_get_retry    (ZtSseParser    *self);

void         zt_sse_append_event        (GString        *out,
                                         const char     *event,
                                         const char     *id,
                                         const char     *data,
                                         gsize           len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtSseParser, zt_sse_parser_free)

G_END_DECLS
