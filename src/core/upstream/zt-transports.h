/* zt-transports.h: the agent's transports: makes each service's upstream, owns what they share */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-mesh-client.h"
#include "zt-service.h"
#include "zt-upstream.h"

G_BEGIN_DECLS

/* One per agent (a ZtUpstreamHost for its sessions): it builds stdio, HTTP, SSE, mesh
 * and shared upstreams, keeps the shared upstreams' registry, and lends the mesh upstreams
 * the agent's current mesh client. Nothing of it is global: two agents in one process
 * (the desktop app's tests) share nothing. */
#define ZT_TYPE_TRANSPORTS (zt_transports_get_type ())
G_DECLARE_FINAL_TYPE (ZtTransports, zt_transports, ZT, TRANSPORTS, GObject)

ZtTransports *zt_transports_new             (void);
/* The mesh client mesh upstreams open their streams with (borrowed; NULL: in no mesh). The
 * agent sets it whenever its mesh client changes. */
void          zt_transports_set_mesh_client (ZtTransports *self,
                                             ZtMeshClient *client);
ZtMeshClient *zt_transports_get_mesh_client (ZtTransports *self);
/* What happens to the upstreams (processes started, stderr lines, exits, restarts) goes to
 * @func; the agent keeps each service's log and state from it. */
typedef void (*ZtServiceEventFunc) (const char     *service,
                                    ZtServiceEvent  event,
                                    const char     *text,
                                    gpointer        user_data);
void          zt_transports_set_event_func  (ZtTransports       *self,
                                             ZtServiceEventFunc  func,
                                             gpointer            user_data);
/* The values of a stdio service's secret variables (service->secret_env), as KEY=VALUE
 * entries, or NULL with @error: its server is then not started. The agent reads them from
 * its key store; the caller wipes and frees them. */
typedef char **(*ZtSecretEnvFunc) (ZtService  *service,
                                   GError    **error,
                                   gpointer    user_data);
void          zt_transports_set_secret_env_func (ZtTransports    *self,
                                                 ZtSecretEnvFunc  func,
                                                 gpointer         user_data);
/* The shared upstreams of this agent: service -> its shared connection (for zt-upstream-shared.c) */
GHashTable   *_zt_transports_get_shared     (ZtTransports *self);

/* @host (may be NULL) hears when the process starts, writes to stderr and ends */
ZtUpstream  *zt_upstream_stdio_new     (ZtUpstreamHost      *host,
                                        const char          *name,
                                        const char * const  *argv,
                                        const char * const  *env,
                                        const char          *cwd,
                                        const ZtLimits      *limits);
GPid         zt_upstream_stdio_get_pid (ZtUpstream          *self);
/* Its start fails with @error (copied) instead of running the program. */
void         zt_upstream_stdio_fail_start (ZtUpstream       *self,
                                        const GError        *error);

ZtUpstream  *zt_upstream_http_new      (const char          *name,
                                        const char          *url,
                                        const char          *bearer_token,
                                        const ZtLimits      *limits,
                                        ZtEra                era);
ZtUpstream  *zt_upstream_sse_new       (const char          *name,
                                        const char          *url,
                                        const char          *bearer_token,
                                        const ZtLimits      *limits);

ZtUpstream  *zt_upstream_mesh_new      (ZtTransports        *transports,
                                        const char          *name,
                                        const char          *endpoint,
                                        const char          *service,
                                        const ZtLimits      *limits);

ZtUpstream  *zt_upstream_shared_new    (ZtTransports        *transports,
                                        ZtService           *service);

G_END_DECLS
