/* zt-cli-api.c: the CLI's client of the local agent's REST API */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <libsoup/soup.h>
#include <string.h>

#include "zt-agent.h"
#include "zt-cli.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"

gboolean
zt_cli_api_load (ZtCliApi   *api,
                 const char *home,
                 GError    **error)
{
  api->home = zt_home_resolve (home);
  return zt_home_read_api (api->home, &api->url, &api->token, NULL, error);
}

void
zt_cli_api_clear (ZtCliApi *api)
{
  g_clear_pointer (&api->home, g_free);
  g_clear_pointer (&api->url, g_free);
  if (api->token)
    memset (api->token, 0, strlen (api->token));
  g_clear_pointer (&api->token, g_free);
}

JsonNode *
zt_cli_api_call (ZtCliApi   *api,
                 const char *method,
                 const char *path,
                 JsonNode   *body,
                 guint      *status,
                 GError    **error)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30, NULL);
  g_autofree char *url = g_strconcat (api->url, "/api/v1", path, NULL);
  g_autofree char *auth = g_strconcat ("Bearer ", api->token, NULL);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) reply = NULL;
  static const ZtLimits agent_limits = ZT_AGENT_ANSWER_LIMITS;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  gsize len;
  const char *data;

  if (msg == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "bad API URL %s", url);
      return NULL;
    }
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  if (body != NULL)
    {
      char *text = zt_json_to_string (body);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }

  reply = soup_session_send_and_read (session, msg, NULL, &local_error);
  if (reply == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM,
                   "cannot reach the agent at %s (%s); is it running? Start it with `zt4mcp agent serve`",
                   api->url, local_error->message);
      return NULL;
    }
  *status = soup_message_get_status (msg);
  data = g_bytes_get_data (reply, &len);
  if (len == 0)
    return json_node_new (JSON_NODE_NULL);
  if ((root = zt_json_parse_strict (data, len, &agent_limits, &local_error)) == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "the agent answered HTTP %u with a body that is not "
                   "acceptable JSON (%s)", *status, local_error->message);
      return NULL;
    }
  return root;
}

void
zt_cli_error_valist (const char *verb,
                     const char *format,
                     va_list     args)
{
  g_autofree char *text = g_strdup_vprintf (format, args);

  g_printerr ("zt4mcp %s: %s\n", verb, text);
}
