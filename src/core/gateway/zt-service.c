/* zt-service.c: service configuration, its validation and its JSON form */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zt-error.h"
#include "zt-service.h"
#include "zt-subject.h"
#include "zt-util.h"

G_DEFINE_BOXED_TYPE (ZtService, zt_service, zt_service_ref, zt_service_unref)

static void
service_clear (ZtService *self)
{
  g_free (self->name);
  g_strfreev (self->argv);
  g_strfreev (self->env);
  g_strfreev (self->secret_env);
  g_free (self->cwd);
  g_free (self->url);
  g_free (self->upstream_token);
  g_free (self->peer);
  g_free (self->remote);
  g_strfreev (self->export_to);
  g_free (self->api_key_file);
  g_free (self->pin_key);
  g_clear_pointer (&self->scan_rules, zt_scan_rules_unref);
}

ZtService *
zt_service_new (const char *name)
{
  ZtService *self = g_atomic_rc_box_new0 (ZtService);

  self->name = g_strdup (name);
  self->max_sessions = ZT_SERVICE_DEFAULT_MAX_SESSIONS;
  self->enabled = TRUE;
  self->idle_timeout = ZT_SERVICE_DEFAULT_IDLE_TIMEOUT;
  return self;
}

ZtService *
zt_service_ref (ZtService *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
zt_service_unref (ZtService *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) service_clear);
}

/* Names appear in URLs and logs: keep them to a safe, readable alphabet. */
gboolean
zt_service_name_valid (const char *name)
{
  gsize len;

  if (name == NULL || (len = strlen (name)) == 0 || len > 64)
    return FALSE;
  if (!g_ascii_isalnum (name[0]))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '-' && name[i] != '_' && name[i] != '.')
      return FALSE;
  return TRUE;
}

char *
zt_name_tidy (const char *text,
              const char *fallback)
{
  g_autofree char *name = g_ascii_strdown (text, -1);

  for (char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '.' && *p != '_')
      *p = '-';
  return zt_service_name_valid (name) ? g_steal_pointer (&name) : g_strdup (fallback);
}

const char *
zt_service_kind_to_string (ZtServiceKind kind)
{
  switch (kind)
    {
    case ZT_SERVICE_STDIO: return "stdio";
    case ZT_SERVICE_HTTP: return "http";
    case ZT_SERVICE_SSE: return "sse";
    case ZT_SERVICE_MESH: return "mesh";
    case ZT_SERVICE_LLM: return "llm";
    default: return "unknown";
    }
}

gboolean
zt_env_name_valid (const char *name)
{
  gsize len;

  if (name == NULL || (len = strlen (name)) == 0 || len > 128 || g_ascii_isdigit (name[0]))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '_')
      return FALSE;
  return TRUE;
}

static char **
strv_from_json (JsonNode    *node,
                const char  *member,
                GError     **error)
{
  JsonArray *array;
  GPtrArray *out;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\" must be an array of strings", member);
      return NULL;
    }
  array = json_node_get_array (node);
  /* the strings already copied go too when a later element is refused */
  out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *e = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
        {
          g_ptr_array_free (out, TRUE);
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\" must be an array of strings", member);
          return NULL;
        }
      g_ptr_array_add (out, g_strdup (json_node_get_string (e)));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

static gboolean
get_uint (JsonObject *obj, const char *member, guint64 max, guint64 *out, GError **error)
{
  JsonNode *n = json_object_get_member (obj, member);

  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64 ||
      json_node_get_int (n) < 0 || (guint64) json_node_get_int (n) > max)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "\"%s\" must be an integer from 0 to %" G_GUINT64_FORMAT, member, max);
      return FALSE;
    }
  *out = json_node_get_int (n);
  return TRUE;
}

static gboolean
get_string (JsonObject *obj, const char *member, char **out, GError **error)
{
  JsonNode *n = json_object_get_member (obj, member);

  if (n == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_NULL (n))
    {
      g_clear_pointer (out, g_free);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\" must be a string", member);
      return FALSE;
    }
  g_free (*out);
  *out = g_strdup (json_node_get_string (n));
  return TRUE;
}

static gboolean
check_url (const char *url, GError **error)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_ENCODED, NULL);
  const char *scheme;

  if (uri == NULL || g_uri_get_host (uri) == NULL ||
      ((scheme = g_uri_get_scheme (uri)), g_ascii_strcasecmp (scheme, "http") != 0 &&
                                          g_ascii_strcasecmp (scheme, "https") != 0))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is not an http:// or https:// URL", url);
      return FALSE;
    }
  if (g_uri_get_userinfo (uri) != NULL || g_uri_get_query (uri) != NULL)
    {
      /* Credentials in URLs end up in logs: they belong in upstream_token. */
      if (g_uri_get_userinfo (uri) != NULL || strstr (g_uri_get_query (uri), "token") != NULL)
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "the URL carries credentials; give the token as upstream_token instead");
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
get_boolean (JsonObject *obj,
             const char *member,
             gboolean   *value,
             GError    **error)
{
  JsonNode *n = json_object_get_member (obj, member);

  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_BOOLEAN)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\" must be a boolean", member);
      return FALSE;
    }
  *value = json_node_get_boolean (n);
  return TRUE;
}

gboolean
zt_service_update_from_json (ZtService  *self,
                             JsonObject *obj,
                             GError    **error)
{
  JsonNode *n;
  guint64 v;

  g_clear_pointer (&self->pin_key, g_free);  /* its kind, command or URL may change */
  if ((n = json_object_get_member (obj, "kind")) != NULL)
    {
      const char *kind = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                         ? json_node_get_string (n) : "";
      if (strcmp (kind, "stdio") == 0) self->kind = ZT_SERVICE_STDIO;
      else if (strcmp (kind, "http") == 0) self->kind = ZT_SERVICE_HTTP;
      else if (strcmp (kind, "sse") == 0) self->kind = ZT_SERVICE_SSE;
      else if (strcmp (kind, "mesh") == 0) self->kind = ZT_SERVICE_MESH;
      else if (strcmp (kind, "llm") == 0) self->kind = ZT_SERVICE_LLM;
      else
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "\"kind\" must be \"stdio\", \"http\", \"sse\", \"mesh\" or \"llm\"");
          return FALSE;
        }
    }
  if ((n = json_object_get_member (obj, "export_to")) != NULL)
    {
      char **to = strv_from_json (n, "export_to", error);
      if (to == NULL)
        return FALSE;
      /* stored typed: a plain name (also from before subjects were typed) is a user */
      for (guint i = 0; to[i]; i++)
        {
          char *typed = strcmp (to[i], "*") == 0 ? g_strdup ("*") : zt_subject_normalize (to[i], error);

          if (typed == NULL)
            {
              g_prefix_error (error, "\"export_to\": ");
              g_strfreev (to);
              return FALSE;
            }
          g_free (to[i]);
          to[i] = typed;
        }
      g_strfreev (self->export_to);
      self->export_to = to;
    }
  if (!get_string (obj, "peer", &self->peer, error) || !get_string (obj, "remote", &self->remote, error))
    return FALSE;
  if ((n = json_object_get_member (obj, "command")) != NULL)
    {
      char **argv = strv_from_json (n, "command", error);
      if (argv == NULL)
        return FALSE;
      g_strfreev (self->argv);
      self->argv = argv;
    }
  if ((n = json_object_get_member (obj, "env")) != NULL)
    {
      char **env = strv_from_json (n, "env", error);
      if (env == NULL)
        return FALSE;
      for (guint i = 0; env[i]; i++)
        if (strchr (env[i], '=') == NULL || env[i][0] == '=')
          {
            g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "env entry \"%s\" is not KEY=VALUE", env[i]);
            g_strfreev (env);
            return FALSE;
          }
      g_strfreev (self->env);
      self->env = env;
    }
  if ((n = json_object_get_member (obj, "secret_env")) != NULL)
    {
      char **names = strv_from_json (n, "secret_env", error);
      if (names == NULL)
        return FALSE;
      if (g_strv_length (names) > ZT_SERVICE_MAX_SECRET_ENV)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"secret_env\" holds at most %d variables",
                       ZT_SERVICE_MAX_SECRET_ENV);
          g_strfreev (names);
          return FALSE;
        }
      for (guint i = 0; names[i]; i++)
        if (!zt_env_name_valid (names[i]) || g_strv_contains ((const char * const *) names + i + 1, names[i]))
          {
            g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                         "\"secret_env\": \"%s\" is not a variable name (letters, digits and _, once each)", names[i]);
            g_strfreev (names);
            return FALSE;
          }
      g_strfreev (self->secret_env);
      self->secret_env = names;
      if (names[0] == NULL)
        g_clear_pointer (&self->secret_env, g_strfreev);
    }
  if (!get_string (obj, "cwd", &self->cwd, error) ||
      !get_string (obj, "url", &self->url, error) ||
      !get_string (obj, "upstream_token", &self->upstream_token, error))
    return FALSE;
  if ((n = json_object_get_member (obj, "local_auth")) != NULL)
    {
      const char *mode = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                         ? json_node_get_string (n) : "";
      if (strcmp (mode, "none") == 0) self->local_auth_none = TRUE;
      else if (strcmp (mode, "token") == 0) self->local_auth_none = FALSE;
      else
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "\"local_auth\" must be \"token\" or \"none\"");
          return FALSE;
        }
    }
  if ((n = json_object_get_member (obj, "era")) != NULL)
    {
      const char *era = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                        ? json_node_get_string (n) : "";
      if (strcmp (era, "auto") == 0) self->era = ZT_ERA_AUTO;
      else if (strcmp (era, "session") == 0) self->era = ZT_ERA_SESSION;
      else if (strcmp (era, "modern") == 0) self->era = ZT_ERA_MODERN;
      else
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "\"era\" must be \"auto\", \"session\" (2025-11-25 and before) or \"modern\" (2026-07-28)");
          return FALSE;
        }
    }
  if ((n = json_object_get_member (obj, "tool_scan")) != NULL)
    {
      const char *mode = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                         ? json_node_get_string (n) : "";
      if (!zt_scan_mode_from_string (mode, &self->tool_scan))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "\"tool_scan\" must be \"block\", \"warn\" or \"off\"");
          return FALSE;
        }
    }
  if ((n = json_object_get_member (obj, "scan_rules")) != NULL)
    {
      ZtScanRules *rules = zt_scan_rules_new_from_json (n, error);

      if (rules == NULL)
        return FALSE;
      g_clear_pointer (&self->scan_rules, zt_scan_rules_unref);
      if (zt_scan_rules_get_n (rules) > 0)
        self->scan_rules = rules;
      else
        zt_scan_rules_unref (rules);
    }
  if ((n = json_object_get_member (obj, "tool_pinning")) != NULL)
    {
      const char *mode = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                         ? json_node_get_string (n) : "";
      if (!zt_pin_mode_from_string (mode, &self->tool_pinning))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "\"tool_pinning\" must be \"first-use\", \"owner\" or \"off\"");
          return FALSE;
        }
    }
  if ((n = json_object_get_member (obj, "result_scan")) != NULL)
    {
      const char *mode = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                         ? json_node_get_string (n) : "";
      if (!zt_result_scan_mode_from_string (mode, &self->result_scan))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "\"result_scan\" must be \"tag\", \"redact\", \"block\" or \"off\"");
          return FALSE;
        }
    }
  if ((n = json_object_get_member (obj, "api")) != NULL)
    {
      const char *api = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                        ? json_node_get_string (n) : "";
      if (strcmp (api, "llm") == 0) self->llm = TRUE;
      else if (strcmp (api, "mcp") == 0) self->llm = FALSE;
      else
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"api\" must be \"mcp\" or \"llm\"");
          return FALSE;
        }
    }
  if (self->kind == ZT_SERVICE_LLM)
    self->llm = TRUE;
  if (!get_string (obj, "api_key_file", &self->api_key_file, error) ||
      !get_boolean (obj, "api_key_keyring", &self->api_key_keyring, error) ||
      !get_boolean (obj, "log_content", &self->log_content, error))
    return FALSE;
  if (!get_boolean (obj, "shared", &self->shared, error) ||
      !get_boolean (obj, "enabled", &self->enabled, error))
    return FALSE;
  v = self->max_sessions;
  if (!get_uint (obj, "max_sessions", 10000, &v, error)) return FALSE;
  self->max_sessions = v ? v : ZT_SERVICE_DEFAULT_MAX_SESSIONS;
  v = self->idle_timeout;
  if (!get_uint (obj, "idle_timeout", 7 * 86400, &v, error)) return FALSE;
  self->idle_timeout = v;
  v = self->limits.max_size;
  if (!get_uint (obj, "max_message_size", G_GUINT64_CONSTANT (1) << 30, &v, error)) return FALSE;
  self->limits.max_size = v;
  v = self->limits.max_depth;
  if (!get_uint (obj, "max_depth", 10000, &v, error)) return FALSE;
  self->limits.max_depth = v;

  /* The whole must make sense for its kind. */
  if (self->kind == ZT_SERVICE_STDIO)
    {
      if (self->argv == NULL || self->argv[0] == NULL || self->argv[0][0] == '\0')
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "a stdio service needs \"command\": the program and its arguments");
          return FALSE;
        }
      /* a variable is plain or secret, not both: which value would the server get? */
      for (guint i = 0; self->secret_env && self->secret_env[i]; i++)
        for (guint j = 0; self->env && self->env[j]; j++)
          if (g_str_has_prefix (self->env[j], self->secret_env[i]) &&
              self->env[j][strlen (self->secret_env[i])] == '=')
            {
              g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "%s is in both \"env\" and \"secret_env\"; keep it in one", self->secret_env[i]);
              return FALSE;
            }
    }
  else if (self->secret_env != NULL)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "\"secret_env\" is for a command's environment (a stdio service)");
      return FALSE;
    }
  else if (self->kind == ZT_SERVICE_LLM)
    {
      if (self->url == NULL)
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "an llm service needs \"url\": the OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1");
          return FALSE;
        }
      if (!check_url (self->url, error))
        return FALSE;
      if (self->api_key_file != NULL && self->api_key_keyring)
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "give the API key as a file or in the key store, not both");
          return FALSE;
        }
      if (self->api_key_file != NULL && !g_path_is_absolute (self->api_key_file))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"api_key_file\" must be an absolute path");
          return FALSE;
        }
    }
  else if (self->kind == ZT_SERVICE_MESH)
    {
      if (!zt_service_name_valid (self->peer) || !zt_service_name_valid (self->remote))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                               "a mesh service needs \"peer\" (the exporting endpoint) and \"remote\" (its service name)");
          return FALSE;
        }
    }
  else
    {
      if (self->url == NULL)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                       "a %s service needs \"url\"", zt_service_kind_to_string (self->kind));
          return FALSE;
        }
      if (!check_url (self->url, error))
        return FALSE;
    }
  return TRUE;
}

ZtService *
zt_service_new_from_json (JsonObject *obj,
                          GError    **error)
{
  g_autoptr(ZtService) self = NULL;
  const char *name = NULL;
  JsonNode *n = json_object_get_member (obj, "name");

  if (n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    name = json_node_get_string (n);
  if (!zt_service_name_valid (name))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "\"name\" must be 1-64 characters of letters, digits, '-', '_' or '.', "
                           "starting with a letter or digit");
      return NULL;
    }
  self = zt_service_new (name);
  if (json_object_get_member (obj, "kind") == NULL)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "\"kind\" is required: \"stdio\", \"http\" or \"sse\"");
      return NULL;
    }
  if (!zt_service_update_from_json (self, obj, error))
    return NULL;
  return g_steal_pointer (&self);
}

static JsonNode *
strv_to_json (char **strv)
{
  JsonArray *a = json_array_new ();
  JsonNode *n = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; strv && strv[i]; i++)
    json_array_add_string_element (a, strv[i]);
  json_node_take_array (n, a);
  return n;
}

JsonNode *
zt_service_to_json (ZtService *self,
                    gboolean   with_secrets)
{
  JsonObject *o = json_object_new ();
  JsonNode *n = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (o, "name", self->name);
  json_object_set_string_member (o, "kind", zt_service_kind_to_string (self->kind));
  json_object_set_string_member (o, "api", self->llm ? "llm" : "mcp");
  if (self->llm)
    json_object_set_boolean_member (o, "log_content", self->log_content);
  if (self->kind == ZT_SERVICE_STDIO)
    {
      json_object_set_member (o, "command", strv_to_json (self->argv));
      if (self->env)
        {
          /* values of env may be secrets: show the keys only, unless asked */
          g_auto(GStrv) shown = g_strdupv (self->env);
          for (guint i = 0; !with_secrets && shown[i]; i++)
            {
              const char *eq = strchr (shown[i], '=');

              if (eq != NULL)
                {
                  /* a new string: the value may be shorter than the mask ("A=b") */
                  char *masked = g_strdup_printf ("%.*s=***", (int) (eq - shown[i]), shown[i]);

                  g_free (shown[i]);
                  shown[i] = masked;
                }
            }
          json_object_set_member (o, "env", strv_to_json (shown));
        }
      if (self->secret_env)
        json_object_set_member (o, "secret_env", strv_to_json (self->secret_env));
      if (self->cwd)
        json_object_set_string_member (o, "cwd", self->cwd);
    }
  else if (self->kind == ZT_SERVICE_LLM)
    {
      json_object_set_string_member (o, "url", self->url);
      if (self->api_key_file)
        json_object_set_string_member (o, "api_key_file", self->api_key_file);
      json_object_set_boolean_member (o, "api_key_keyring", self->api_key_keyring);
    }
  else if (self->kind == ZT_SERVICE_MESH)
    {
      json_object_set_string_member (o, "peer", self->peer);
      json_object_set_string_member (o, "remote", self->remote);
    }
  else
    {
      json_object_set_string_member (o, "url", self->url);
      if (self->kind == ZT_SERVICE_HTTP)
        json_object_set_string_member (o, "era", self->era == ZT_ERA_MODERN ? "modern"
                                                 : self->era == ZT_ERA_SESSION ? "session" : "auto");
      if (with_secrets && self->upstream_token)
        json_object_set_string_member (o, "upstream_token", self->upstream_token);
      else
        json_object_set_boolean_member (o, "has_upstream_token", self->upstream_token != NULL);
    }
  if (self->export_to)
    json_object_set_member (o, "export_to", strv_to_json (self->export_to));
  json_object_set_string_member (o, "local_auth", self->local_auth_none ? "none" : "token");
  json_object_set_boolean_member (o, "shared", self->shared);
  json_object_set_boolean_member (o, "enabled", self->enabled);
  json_object_set_int_member (o, "max_sessions", self->max_sessions);
  json_object_set_string_member (o, "tool_scan", zt_scan_mode_to_string (self->tool_scan));
  if (self->scan_rules != NULL)
    json_object_set_member (o, "scan_rules", zt_scan_rules_to_json (self->scan_rules));
  json_object_set_string_member (o, "tool_pinning", zt_pin_mode_to_string (self->tool_pinning));
  json_object_set_string_member (o, "result_scan", zt_result_scan_mode_to_string (self->result_scan));
  json_object_set_int_member (o, "idle_timeout", self->idle_timeout);
  json_object_set_int_member (o, "max_message_size",
                              self->limits.max_size ? self->limits.max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE);
  json_object_set_int_member (o, "max_depth",
                              self->limits.max_depth ? self->limits.max_depth : ZT_DEFAULT_MAX_DEPTH);
  json_node_take_object (n, o);
  return n;
}

static const char *const pin_modes[] = { "first-use", "owner", "off" };

const char *
zt_pin_mode_to_string (ZtPinMode mode)
{
  return (guint) mode < G_N_ELEMENTS (pin_modes) ? pin_modes[mode] : "first-use";
}

gboolean
zt_pin_mode_from_string (const char *text,
                         ZtPinMode  *mode)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (pin_modes); i++)
    if (strcmp (text, pin_modes[i]) == 0)
      {
        *mode = (ZtPinMode) i;
        return TRUE;
      }
  return FALSE;
}

char *
zt_service_pin_key (ZtService *self)
{
  ZtSha256 *sum;
  g_autofree char *hex = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  /* asked on every call (the pin filter, both ways): made once, and again after an update */
  if (self->pin_key != NULL)
    return g_strdup (self->pin_key);
  if (self->kind == ZT_SERVICE_MESH)
    self->pin_key = g_strdup_printf ("mesh:%s/%s", self->peer ? self->peer : "", self->remote ? self->remote : "");
  else
    {
      /* NUL-separated, so that ("a b") and ("a", "b") differ */
      sum = zt_sha256_new ();
      zt_sha256_update (sum, zt_service_kind_to_string (self->kind), -1);
      zt_sha256_update (sum, "", 1);
      for (guint i = 0; self->argv && self->argv[i]; i++)
        zt_sha256_update (sum, self->argv[i], strlen (self->argv[i]) + 1);
      if (self->url)
        zt_sha256_update (sum, self->url, -1);
      hex = zt_sha256_finish_hex (sum);
      self->pin_key = g_strdup_printf ("local:%s@%.16s", self->name, hex);
    }
  return g_strdup (self->pin_key);
}

gboolean
zt_service_check_key_file (const char  *path,
                           GError     **error)
{
  struct stat st;

  g_return_val_if_fail (path != NULL, FALSE);
  if (lstat (path, &st) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the API key file %s: %s", path, g_strerror (errno));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the API key file %s is not a regular file", path);
      return FALSE;
    }
  if (st.st_uid != getuid ())
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the API key file %s belongs to another user; copy it to a file of yours and run `chmod 600` on it",
                   path);
      return FALSE;
    }
  if ((st.st_mode & 077) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the API key file %s can be read by others (mode %03o); run `chmod 600 %s`",
                   path, (unsigned) (st.st_mode & 0777), path);
      return FALSE;
    }
  return TRUE;
}

char *
zt_service_read_key_file (const char  *path,
                          GError     **error)
{
  char *text = NULL;
  gsize len = 0;

  if (!zt_service_check_key_file (path, error))
    return NULL;
  if (!g_file_get_contents (path, &text, &len, error))
    return NULL;
  g_strstrip (text);
  if (*text == '\0' || strpbrk (text, "\r\n") != NULL)
    {
      memset (text, 0, len);
      g_free (text);
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the API key file %s must hold one key on one line", path);
      return NULL;
    }
  return text;
}
