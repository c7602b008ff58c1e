/* zt-line-stream.h: newline-delimited messages over any GIOStream (a mesh stream's framing) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _ZtLineStream ZtLineStream;

typedef void (*ZtLineFunc)       (const char   *line,
                                  gsize         len,
                                  gpointer      user_data);
typedef void (*ZtLineClosedFunc) (const GError *error,
                                  gpointer      user_data);
typedef void (*ZtLineDrainFunc)  (gpointer      user_data);

ZtLineStream *zt_line_stream_new   (GIOStream        *io,
                                    gsize             max_line,
                                    ZtLineFunc        on_line,
                                    ZtLineClosedFunc  on_closed,
                                    gpointer          user_data);
/* Queues @text and a newline; returns what is queued and not yet written (the backlog). */
gsize         zt_line_stream_send  (ZtLineStream     *self,
                                    const char       *text,
                                    gsize             len);
/* @func once, when the backlog has come down to @low or under (not from within this call
 * or zt_line_stream_send); replaces an earlier wish. */
void          zt_line_stream_when_drained (ZtLineStream    *self,
                                           gsize            low,
                                           ZtLineDrainFunc  func,
                                           gpointer         user_data);
/* Held, the stream asks for no more bytes once the read under way (if any) is done: what the
 * peer sends waits in the layers below (a WebSocket's gate, TCP), so the peer is made to wait.
 * Lines of bytes already read are still delivered. Released, reading goes on. */
void          zt_line_stream_hold  (ZtLineStream     *self,
                                    gboolean          hold);
void          zt_line_stream_free  (ZtLineStream     *self);

G_END_DECLS
