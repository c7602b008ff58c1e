/* zt-service.h: the configuration of one MCP service the agent serves at /mcp/<name> */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "zt-jsonrpc.h"
#include "zt-result-scan.h"
#include "zt-scan-rules.h"
#include "zt-tool-scan.h"
#include "zt-upstream.h"

G_BEGIN_DECLS

typedef enum {
  ZT_SERVICE_STDIO,
  ZT_SERVICE_HTTP,
  ZT_SERVICE_SSE,
  ZT_SERVICE_MESH,   /* imported from another agent of the mesh */
  ZT_SERVICE_LLM,    /* an OpenAI-compatible model endpoint, served at /llm/NAME/v1 */
} ZtServiceKind;

/* What tool pinning does for a service (docs/tool-pinning.md). */
typedef enum {
  ZT_PIN_MODE_FIRST_USE,  /* the first complete list is pinned as it is (the default) */
  ZT_PIN_MODE_OWNER,      /* nothing is served until the owner approves it */
  ZT_PIN_MODE_OFF,
} ZtPinMode;

const char  *zt_pin_mode_to_string    (ZtPinMode     mode);
/* FALSE when @text is none of "first-use", "owner", "off" */
gboolean     zt_pin_mode_from_string  (const char   *text,
                                       ZtPinMode    *mode);

typedef struct _ZtService {
  char          *name;
  ZtServiceKind  kind;
  char         **argv;            /* stdio */
  char         **env;             /* stdio: extra KEY=VALUE */
  char         **secret_env;      /* stdio: names of more variables whose values are in the key store */
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
  ZtScanRules   *scan_rules;      /* its say over single rules of that scan; NULL: none */
  ZtPinMode      tool_pinning;    /* what a changed tool definition does (default first-use) */
  ZtResultScanMode result_scan;   /* what the scan of its tool results does (default tag) */
  gboolean       llm;             /* speaks OpenAI's API, not MCP: kind llm, or an import of one */
  char          *api_key_file;    /* llm: a 0600 file of the user's holding the upstream's key */
  gboolean       api_key_keyring; /* llm: the key is in the agent's key store (llm-key-NAME) */
  gboolean       log_content;     /* llm: the audit records the request and the answer (redacted) */
  char          *pin_key;         /* zt_service_pin_key, made once; zt_service_update_from_json drops it */
  guint          tools_known;     /* 1 << ZtSide: its tools were listed through that side's chain
                                   * since the agent started (the main thread's) */
} ZtService;

/* The key store name of an llm service's API key */
#define ZT_LLM_KEY_PREFIX "llm-key-"
/* The largest request body an llm endpoint takes (docs/llm-chat.md) */
#define ZT_LLM_MAX_REQUEST (4u * 1024u * 1024u)

/* Bounds of a stdio service's secret variables (their values are in the key store) */
#define ZT_SERVICE_MAX_SECRET_ENV 64
#define ZT_SERVICE_MAX_SECRET_VALUE 16384

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
/* An environment variable's name as a service may set it: [A-Za-z_][A-Za-z0-9_]*, 1-128 */
gboolean     zt_env_name_valid        (const char   *name);

/* JSON as used by the REST API and the store; the upstream token is never written out
 * by to_json unless @with_secrets. */
ZtService   *zt_service_new_from_json (JsonObject   *object,
                                       GError      **error);
gboolean     zt_service_update_from_json (ZtService  *self,
                                       JsonObject   *object,
                                       GError      **error);
/* The identity its tool pins are kept under: a local service's name and a digest of its
 * upstream (another server under the same name starts afresh); an imported one's peer
 * endpoint and remote name. */
char        *zt_service_pin_key       (ZtService    *self);
JsonNode    *zt_service_to_json       (ZtService    *self,
                                       gboolean      with_secrets);
/* An llm service's key file must be a regular file owned by this user, readable by nobody
 * else: FALSE with @error saying the chmod to run otherwise. */
gboolean     zt_service_check_key_file (const char  *path,
                                       GError      **error);
/* The key read from an llm service's file (trimmed); NULL with @error. Wipe it after use. */
char        *zt_service_read_key_file (const char   *path,
                                       GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtService, zt_service_unref)

G_END_DECLS
