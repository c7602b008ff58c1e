/* zt-service.h: the configuration of one MCP service the agent serves at /mcp/<name> */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "zt-jsonrpc.h"
#include "zt-tool-scan.h"
#include "zt-upstream.h"

G_BEGIN_DECLS

typedef enum {
  ZT_SERVICE_STDIO,
  ZT_SERVICE_HTTP,
  ZT_SERVICE_SSE,
  ZT_SERVICE_MESH,   /* imported from another agent of the mesh */
} ZtServiceKind;

typedef struct _ZtService {
  char          *name;
  ZtServiceKind  kind;
  char         **argv;            /* stdio */
  char         **env;             /* stdio: extra KEY=VALUE */
  char          *cwd;             /* stdio */
  char          *url;             /* http, sse */
  char          *upstream_token;  /* http, sse: the agent's own token for the upstream */
  ZtEra          era;             /* http: the MCP era of the upstream; AUTO probes */
  char          *peer;            /* mesh: the exporting endpoint */
  char          *remote;          /* mesh: the service's name there */
  char         **export_to;       /* subjects that may use it (user:NAME, endpoint:NAME); none: private */
  gboolean       local_auth_none; /* loopback clients need no token (Origin/Host still apply) */
  gboolean       shared;          /* one upstream session shared by all clients */
  gboolean       enabled;         /* FALSE: stopped by the user; /mcp/NAME answers 503 */
  guint          max_sessions;
  guint          idle_timeout;    /* seconds */
  ZtLimits       limits;
  ZtScanMode     tool_scan;       /* what the scan of its tool definitions does (default block) */
} ZtService;

#define ZT_SERVICE_DEFAULT_MAX_SESSIONS 16
#define ZT_SERVICE_DEFAULT_IDLE_TIMEOUT 600

#define ZT_TYPE_SERVICE (zt_service_get_type ())

GType        zt_service_get_type      (void) G_GNUC_CONST;
ZtService   *zt_service_new           (const char   *name);
ZtService   *zt_service_ref           (ZtService    *self);
void         zt_service_unref         (ZtService    *self);
gboolean     zt_service_name_valid    (const char   *name);
/* @text (a login or host name) made a valid name: lower case, other characters as '-';
 * @fallback when that is not enough */
char        *zt_name_tidy             (const char   *text,
                                       const char   *fallback);
const char  *zt_service_kind_to_string (ZtServiceKind kind);

/* JSON as used by the REST API and the store; the upstream token is never written out
 * by to_json unless @with_secrets. */
ZtService   *zt_service_new_from_json (JsonObject   *object,
                                       GError      **error);
gboolean     zt_service_update_from_json (ZtService  *self,
                                       JsonObject   *object,
                                       GError      **error);
JsonNode    *zt_service_to_json       (ZtService    *self,
                                       gboolean      with_secrets);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtService, zt_service_unref)

G_END_DECLS
