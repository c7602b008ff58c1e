/* zt-error.c: the core error domain and its mapping to JSON-RPC and HTTP codes */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-error.h"

G_DEFINE_QUARK (zt-error-quark, zt_error)

int
zt_error_to_jsonrpc (const GError *error)
{
  if (error == NULL || error->domain != ZT_ERROR)
    return ZT_JSONRPC_INTERNAL_ERROR;

  switch ((ZtError) error->code)
    {
    case ZT_ERROR_PARSE:
      return ZT_JSONRPC_PARSE_ERROR;
    case ZT_ERROR_INVALID_REQUEST:
    case ZT_ERROR_TOO_LARGE:
    case ZT_ERROR_TOO_DEEP:
      return ZT_JSONRPC_INVALID_REQUEST;
    case ZT_ERROR_INVALID_ARGUMENT:
      return ZT_JSONRPC_INVALID_PARAMS;
    case ZT_ERROR_NOT_FOUND:
      return ZT_JSONRPC_METHOD_NOT_FOUND;
    case ZT_ERROR_FAILED:
    case ZT_ERROR_EXISTS:
    case ZT_ERROR_UNAUTHORIZED:
    case ZT_ERROR_FORBIDDEN:
    case ZT_ERROR_UPSTREAM:
    case ZT_ERROR_CLOSED:
    case ZT_ERROR_LIMIT:
    default:
      return ZT_JSONRPC_INTERNAL_ERROR;
    }
}

guint
zt_error_to_http (const GError *error)
{
  if (error == NULL || error->domain != ZT_ERROR)
    return 500;

  switch ((ZtError) error->code)
    {
    case ZT_ERROR_PARSE:
    case ZT_ERROR_INVALID_REQUEST:
    case ZT_ERROR_TOO_DEEP:
    case ZT_ERROR_INVALID_ARGUMENT:
      return 400;
    case ZT_ERROR_TOO_LARGE:
      return 413;
    case ZT_ERROR_NOT_FOUND:
      return 404;
    case ZT_ERROR_EXISTS:
      return 409;
    case ZT_ERROR_UNAUTHORIZED:
      return 401;
    case ZT_ERROR_FORBIDDEN:
      return 403;
    case ZT_ERROR_UPSTREAM:
      return 502;
    case ZT_ERROR_LIMIT:
      return 503;
    case ZT_ERROR_CLOSED:
    case ZT_ERROR_FAILED:
    default:
      return 500;
    }
}
