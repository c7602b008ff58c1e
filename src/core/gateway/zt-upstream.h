/* zt-upstream.h: one MCP connection from the agent to an upstream server, any transport */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "zt-jsonrpc.h"

G_BEGIN_DECLS

/* Which MCP era an HTTP upstream speaks: AUTO probes with server/discover at initialize. */
typedef enum {
  ZT_ERA_AUTO,
  ZT_ERA_SESSION,   /* 2024-11-05 .. 2025-11-25: initialize, sessions */
  ZT_ERA_MODERN,    /* 2026-07-28: per-request metadata, no sessions */
} ZtEra;

#define ZT_TYPE_UPSTREAM (zt_upstream_get_type ())

G_DECLARE_DERIVABLE_TYPE (ZtUpstream, zt_upstream, ZT, UPSTREAM, GObject)

/* "message" carries every message from the server, with the id of the request whose stream it
 * arrived on (HTTP transports), or -1 when the transport cannot tell (stdio). "closed" fires
 * once when the connection is gone, with the reason. */
struct _ZtUpstreamClass
{
  GObjectClass parent_class;

  gboolean (*start) (ZtUpstream  *self,
                     GError     **error);
  void     (*send)  (ZtUpstream  *self,
                     ZtMessage   *message);
  void     (*close) (ZtUpstream  *self);
  /* optional: stop or start again reading what the server sends (back-pressure) */
  void     (*hold_reading) (ZtUpstream *self,
                            gboolean    hold);
};

gboolean     zt_upstream_start         (ZtUpstream   *self,
                                        GError      **error);
void         zt_upstream_send          (ZtUpstream   *self,
                                        ZtMessage    *message);
void         zt_upstream_close         (ZtUpstream   *self);
gboolean     zt_upstream_is_closed     (ZtUpstream   *self);
/* While held, what the server sends is not read (it waits in the pipe, and a server that
 * writes more blocks), for a client that does not keep up; a transport that cannot hold does
 * nothing. */
void         zt_upstream_hold_reading  (ZtUpstream   *self,
                                        gboolean      hold);
const char  *zt_upstream_get_name      (ZtUpstream   *self);
const ZtLimits *zt_upstream_get_limits (ZtUpstream   *self);

/* For implementations */
void         zt_upstream_emit_message  (ZtUpstream   *self,
                                        ZtMessage    *message,
                                        gint64        related);
void         zt_upstream_emit_closed   (ZtUpstream   *self,
                                        const GError *error);
void         zt_upstream_emit_raw      (ZtUpstream   *self,
                                        const char   *data,
                                        gsize         len,
                                        gint64        related);
/* The most bytes an upstream holds for a server that does not take them (stdin not read,
 * POSTs not accepted): four of the largest message. A message past it is refused with
 * zt_upstream_refuse, never buffered; one message alone is always taken. */
gsize        zt_upstream_backlog_limit (ZtUpstream   *self);
/* A message the upstream will not send: a request gets an error answer with @text, a
 * notification or answer is dropped and logged (the first and every 2^n-th of a run). */
void         zt_upstream_refuse        (ZtUpstream   *self,
                                        ZtMessage    *message,
                                        const char   *text);
/* the refusals' run has ended: the next one is logged again */
void         zt_upstream_refusals_end  (ZtUpstream   *self);

/* What happens to a service's upstreams, for the agent's per-service log and state: a line
 * its stdio server wrote to stderr, a process started, ended, failed, or restarted. */
typedef enum {
  ZT_SERVICE_EVENT_OUTPUT,
  ZT_SERVICE_EVENT_STARTED,
  ZT_SERVICE_EVENT_EXITED,
  ZT_SERVICE_EVENT_FAILED,
  ZT_SERVICE_EVENT_RESTARTED,
} ZtServiceEvent;

/* Where upstreams live: it makes the transport of a service and hears what happens to it.
 * The gateway does not know the transports (they are the layer above it): the agent hands
 * its host (ZtTransports) to each session. */
struct _ZtService;

#define ZT_TYPE_UPSTREAM_HOST (zt_upstream_host_get_type ())
G_DECLARE_INTERFACE (ZtUpstreamHost, zt_upstream_host, ZT, UPSTREAM_HOST, GObject)

struct _ZtUpstreamHostInterface
{
  GTypeInterface parent_iface;

  ZtUpstream *(*create)  (ZtUpstreamHost    *self,
                          struct _ZtService *service);
  void        (*report)  (ZtUpstreamHost    *self,
                          const char        *service,
                          ZtServiceEvent     event,
                          const char        *text);
};

ZtUpstream  *zt_upstream_host_create (ZtUpstreamHost    *self,
                                      struct _ZtService *service);
void         zt_upstream_host_report (ZtUpstreamHost    *self,
                                      const char        *service,
                                      ZtServiceEvent     event,
                                      const char        *format,
                                      ...) G_GNUC_PRINTF (4, 5);

G_END_DECLS
