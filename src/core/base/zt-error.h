/* zt-error.h: the error domain of zt4mcp's core, with codes a caller can act on */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* JSON-RPC 2.0 error codes (and MCP's), which zt_error_to_jsonrpc maps ZtErrors to */
#define ZT_JSONRPC_PARSE_ERROR      (-32700)
#define ZT_JSONRPC_INVALID_REQUEST  (-32600)
#define ZT_JSONRPC_METHOD_NOT_FOUND (-32601)
#define ZT_JSONRPC_INVALID_PARAMS   (-32602)
#define ZT_JSONRPC_INTERNAL_ERROR   (-32603)
#define ZT_JSONRPC_REQUEST_TIMEOUT  (-32001)  /* as MCP SDKs name it */

#define ZT_ERROR (zt_error_quark ())

typedef enum {
  ZT_ERROR_FAILED,
  ZT_ERROR_PARSE,            /* not JSON, or not UTF-8 */
  ZT_ERROR_INVALID_REQUEST,  /* JSON, but not a valid JSON-RPC 2.0 message */
  ZT_ERROR_TOO_LARGE,        /* over the configured message size limit */
  ZT_ERROR_TOO_DEEP,         /* over the configured nesting depth limit */
  ZT_ERROR_NOT_FOUND,
  ZT_ERROR_EXISTS,
  ZT_ERROR_INVALID_ARGUMENT,
  ZT_ERROR_UNAUTHORIZED,
  ZT_ERROR_FORBIDDEN,
  ZT_ERROR_UPSTREAM,         /* the upstream MCP server failed or went away */
  ZT_ERROR_CLOSED,
  ZT_ERROR_LIMIT,            /* a configured cap was reached (sessions per service) */
} ZtError;

GQuark zt_error_quark      (void);
int    zt_error_to_jsonrpc (const GError *error);
guint  zt_error_to_http    (const GError *error);

G_END_DECLS
