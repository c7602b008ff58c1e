/* zt-agent.h: the local agent: REST API and MCP endpoints on 127.0.0.1:7777 */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "zt-filter.h"
#include "zt-util.h"

G_BEGIN_DECLS

#define ZT_DEFAULT_LISTEN "127.0.0.1:7777"

#define ZT_TYPE_AGENT (zt_agent_get_type ())

G_DECLARE_FINAL_TYPE (ZtAgent, zt_agent, ZT, AGENT, GObject)

char        *zt_home_resolve        (const char  *option);
/* The URL, local token and pid a running agent wrote to HOME/api.json (each may be NULL);
 * errors say how to start an agent or repair the file. */
gboolean     zt_home_read_api       (const char  *home,
                                     char       **url,
                                     char       **token,
                                     gint64      *pid,
                                     GError     **error);

ZtAgent     *zt_agent_new           (const char  *home);
gboolean     zt_agent_start         (ZtAgent     *self,
                                     const char  *listen,
                                     GError     **error);
void         zt_agent_stop          (ZtAgent     *self);
typedef enum {
  ZT_AGENT_TIMEOUT_HEADER,   /* a request's line and headers (default 10 s) */
  ZT_AGENT_TIMEOUT_BODY,     /* a request's body, after its headers (default 60 s) */
  ZT_AGENT_TIMEOUT_KEEPALIVE,     /* a keep-alive connection between requests (default 120 s) */
  ZT_AGENT_TIMEOUT_REQUEST,  /* an upstream's answer to a request; progress restarts it (default 300 s) */
  ZT_AGENT_TIMEOUT_HUB,      /* a hub's control channel that says nothing (default 45 s) */
} ZtAgentTimeout;

/* 0 turns a timeout off; the HTTP ones apply to requests that start after the call */
void         zt_agent_set_timeout   (ZtAgent        *self,
                                     ZtAgentTimeout  which,
                                     guint           ms);
/* before start: take direct mesh connections on HOST:PORT (the mesh's mutual TLS) */
/* Threads that read and write HTTP beside the agent's own (0, the default: none). Before
 * zt_agent_start. */
void         zt_agent_set_http_workers (ZtAgent     *self,
                                     guint           n);
/* What a streaming answer (SSE) may hold for a client that has not read it (default
 * ZT_AGENT_STREAM_BUFFER_DEFAULT; 0: no bound): at half of it a stdio or HTTP server is made
 * to wait, at all of it the stream is ended; one message always goes. Process-wide: it applies to every
 * agent in the process (there is one, in the CLI and in the desktop app). */
#define ZT_AGENT_STREAM_BUFFER_DEFAULT (16 * 1024 * 1024)
void         zt_agent_set_stream_buffer (ZtAgent    *self,
                                     gsize           bytes);
void         zt_agent_set_mesh_direct (ZtAgent   *self,
                                     const char  *listen);
/* before start: every service's filter chains, on both sides, get @filter (in the order
 * added). Policy, audit and tool safety are filters; so is the test filter. */
void         zt_agent_add_filter    (ZtAgent     *self,
                                     ZtFilter    *filter);
/* The audit log's retention (agent serve --audit-max-age, --audit-max-rows); 0: default */
void         zt_agent_set_audit_retention (ZtAgent *self,
                                     gint64       max_age_s,
                                     gint64       max_rows);
/* Only for measuring the schema filter's cost: tools/call unchecked (default TRUE) */
void         zt_agent_set_schema_enabled (ZtAgent  *self,
                                     gboolean     enabled);
/* Only for measuring the scan filter's cost: tool definitions unscanned (default TRUE) */
void         zt_agent_set_scan_enabled (ZtAgent    *self,
                                     gboolean     enabled);
/* Only for measuring the result filter's cost: tool results unscanned (default TRUE) */
void         zt_agent_set_result_scan_enabled (ZtAgent *self,
                                     gboolean     enabled);
/* Only for measuring the audit filter's cost: an agent without its audit log (default TRUE) */
void         zt_agent_set_audit_enabled (ZtAgent   *self,
                                     gboolean     enabled);
const char  *zt_agent_get_url       (ZtAgent     *self);
const char  *zt_agent_get_home      (ZtAgent     *self);
guint        zt_agent_get_port      (ZtAgent     *self);

G_END_DECLS
