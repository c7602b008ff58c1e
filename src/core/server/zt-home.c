/* zt-home.c: where an agent keeps its state, and listen address parsing */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>
#include <string.h>

#include "zt-agent.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"

char *
zt_home_resolve (const char *option)
{
  const char *env;

  if (option != NULL && *option)
    return g_canonicalize_filename (option, NULL);
  env = g_getenv ("ZT4MCP_HOME");
  if (env != NULL && *env)
    return g_canonicalize_filename (env, NULL);
  return g_build_filename (g_get_user_data_dir (), "zt4mcp", NULL);
}

gboolean
zt_home_read_api (const char  *home,
                  char       **url,
                  char       **token,
                  gint64      *pid,
                  GError     **error)
{
  g_autofree char *path = g_build_filename (home, "api.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(JsonObject) o = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &text, &len, NULL))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "no agent found: %s does not exist. Start one with `zt4mcp agent serve` "
                   "(or the desktop app), or point --home / ZT4MCP_HOME at its home", path);
      return FALSE;
    }
  if ((o = zt_json_parse_object_strict (text, len, NULL, NULL)) == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "%s is not valid JSON; restart the agent to rewrite it", path);
      return FALSE;
    }
  if (json_object_get_string_member_with_default (o, "url", NULL) == NULL ||
      json_object_get_string_member_with_default (o, "token", NULL) == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "%s lacks url or token; restart the agent to rewrite it", path);
      return FALSE;
    }
  if (url)
    *url = g_strdup (json_object_get_string_member (o, "url"));
  if (token)
    *token = g_strdup (json_object_get_string_member (o, "token"));
  if (pid)
    *pid = json_object_get_int_member_with_default (o, "pid", 0);
  return TRUE;
}
