/* zt-http-guard.h: limits a SoupServer applies while reading, before anything is buffered */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef struct
{
  guint    header_timeout_ms;  /* request line and headers, from the connection or first byte */
  guint    body_timeout_ms;    /* the whole request body, from the end of the headers */
  guint    idle_timeout_ms;    /* a keep-alive connection waiting for its next request */
  gboolean keep_alive;         /* FALSE: every answer closes its connection */
  /* Idle keep-alive connections are parked (taken from libsoup, so that they cost the main
   * loop nothing) only while more than this many are idle: handing one back costs about what
   * a new connection does, which a few idle clients need not pay. */
  guint    park_above;
} ZtHttpGuardLimits;

#define ZT_DEFAULT_HEADER_TIMEOUT_MS (10 * 1000)
#define ZT_DEFAULT_BODY_TIMEOUT_MS   (60 * 1000)
#define ZT_DEFAULT_IDLE_TIMEOUT_MS   (120 * 1000)
#define ZT_DEFAULT_PARK_ABOVE        64

/* Fills @msg's response with an error in the owner's format (status, headers, body). */
typedef void (*ZtHttpGuardErrorFunc) (SoupServerMessage *msg,
                                      guint              status,
                                      const char        *message,
                                      gpointer           user_data);

#define ZT_TYPE_HTTP_GUARD (zt_http_guard_get_type ())
G_DECLARE_FINAL_TYPE (ZtHttpGuard, zt_http_guard, ZT, HTTP_GUARD, GObject)

ZtHttpGuard *zt_http_guard_new            (SoupServer              *server,
                                           const ZtHttpGuardLimits *limits,
                                           ZtHttpGuardErrorFunc     error_func,
                                           gpointer                 user_data);
void         zt_http_guard_set_limits     (ZtHttpGuard             *self,
                                           const ZtHttpGuardLimits *limits);

/* The owner decides each request's headers, maybe on another thread (the agent's, for an HTTP
 * front worker): at got-headers the guard calls @func instead of enforcing. @func either decides
 * at once on the guard's thread (it may call zt_http_guard_limit_body ()) and returns TRUE, and
 * the guard enforces that; or returns FALSE, and the guard pauses the message until the owner
 * calls zt_http_guard_headers_decided () on the guard's thread, which enforces what was decided
 * (a refusal set, the body's limit) and lets the body be read. */
typedef gboolean (*ZtHttpGuardHeadersFunc) (SoupServerMessage *msg,
                                            gpointer           user_data);
void         zt_http_guard_defer_headers  (ZtHttpGuard             *self,
                                           ZtHttpGuardHeadersFunc   func,
                                           gpointer                 user_data);
void         zt_http_guard_headers_decided (SoupServerMessage      *msg);
/* From a got-headers handler: the body may have at most @limit bytes, counted as it is read
 * (a chunked body too); over it the request is refused with 413 and its connection closed. */
void         zt_http_guard_limit_body     (SoupServerMessage       *msg,
                                           gsize                    limit,
                                           const char              *what);

/* @msg's connection's socket, also for a connection the guard parked and handed back (which
 * libsoup knows only as a stream: soup_server_message_get_socket gives NULL). NULL once
 * disconnected. */
GSocket     *zt_http_guard_message_socket (SoupServerMessage       *msg);

/* How many connections the guard closed for their peer having gone while idle; for tests. */
guint        zt_http_guard_get_n_reaped   (ZtHttpGuard             *self);
/* How many times a keep-alive connection was parked (taken from libsoup while idle); for tests. */
guint        zt_http_guard_get_n_parked   (ZtHttpGuard             *self);

G_END_DECLS
