/* zt-cli-api.c: the CLI's client of the local agent's REST API */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <libsoup/soup.h>
#include <string.h>

#include "zt-agent.h"
#include "zt-cli.h"
#include "zt-error.h"

gboolean
zt_cli_api_load (ZtCliApi   *api,
                 const char *home,
                 GError    **error)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;

  api->home = zt_home_resolve (home);
  path = g_build_filename (api->home, "api.json", NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "no agent found: %s does not exist. Start one with `zt4mcp agent serve` "
                   "(or the desktop app), or point --home / ZT4MCP_HOME at its home", path);
      return FALSE;
    }
  if (!json_parser_load_from_data (parser, text, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "%s is not valid JSON; restart the agent to rewrite it", path);
      return FALSE;
    }
  o = json_node_get_object (json_parser_get_root (parser));
  api->url = g_strdup (json_object_get_string_member_with_default (o, "url", NULL));
  api->token = g_strdup (json_object_get_string_member_with_default (o, "token", NULL));
  if (api->url == NULL || api->token == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "%s lacks url or token; restart the agent to rewrite it", path);
      return FALSE;
    }
  return TRUE;
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
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
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
      char *text = json_to_string (body, FALSE);
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
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "the agent answered HTTP %u with a body that is not JSON",
                   *status);
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}
