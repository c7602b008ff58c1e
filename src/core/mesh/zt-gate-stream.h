/* zt-gate-stream.h: a GIOStream whose reading can be paused, for flow control under libsoup */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* libsoup 3.2's SoupWebsocketConnection reads as fast as its peer sends and has no way to
 * stop: a splice to a reader that does not read would queue without bound. Built on this
 * stream, a WebSocket stops reading while the gate is shut (its peer's TCP window then
 * fills, and the peer slows down) and goes on when it opens. Writing passes straight through. */
#define ZT_TYPE_GATE_STREAM (zt_gate_stream_get_type ())
G_DECLARE_FINAL_TYPE (ZtGateStream, zt_gate_stream, ZT, GATE_STREAM, GIOStream)

ZtGateStream *zt_gate_stream_new      (GIOStream    *base);
void          zt_gate_stream_set_open (ZtGateStream *self,
                                       gboolean      open);
gboolean      zt_gate_stream_is_open  (ZtGateStream *self);
/* the stream under the gate (transfer none) */
GIOStream    *zt_gate_stream_get_base (ZtGateStream *self);

G_END_DECLS
