/* zt-agent-secret-env.c: a stdio service's secret variables: their values in the key store, never in its config */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-keystore.h"

/* Key store names are [A-Za-z0-9._-]{1,64}; a service's name and a variable's together are
 * not: a digest of both names it. */
static char *
key_name (const char *service,
          const char *var)
{
  g_autofree char *both = g_strconcat (service, "\n", var, NULL);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, both, -1);

  return g_strdup_printf ("env-%.40s", digest);
}

static void
secret_value_free (char *value)
{
  zt_keystore_secret_free (value);
}

gboolean
_zt_agent_secret_env_take (ZtAgent      *self,
                           ZtService    *current,
                           JsonObject   *body,
                           GHashTable  **values,
                           GError      **error)
{
  JsonNode *n = json_object_get_member (body, "secret_env");
  g_autoptr(GHashTable) taken = NULL;
  JsonArray *names;

  *values = NULL;
  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      /* what GET shows: these variables keep the values they have */
      JsonArray *a = json_node_get_array (n);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          const char *name = JSON_NODE_HOLDS_VALUE (json_array_get_element (a, i))
                             ? json_array_get_string_element (a, i) : NULL;

          if (name != NULL && (current == NULL || current->secret_env == NULL ||
                               !g_strv_contains ((const char * const *) current->secret_env, name)))
            {
              g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "the secret variable %s has no value yet; give it as \"secret_env\": {\"%s\": \"VALUE\"}",
                           name, name);
              return FALSE;
            }
        }
      return TRUE;   /* the rest of the checks are the service's */
    }
  if (!JSON_NODE_HOLDS_OBJECT (n) || json_object_get_size (json_node_get_object (n)) > ZT_SERVICE_MAX_SECRET_ENV)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "\"secret_env\" must be an object of at most %d variables, each a value (a string) or null "
                   "(keep the stored value)", ZT_SERVICE_MAX_SECRET_ENV);
      return FALSE;
    }
  taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) secret_value_free);
  names = json_array_new ();
  {
    JsonObjectIter iter;
    const char *name;
    JsonNode *v;
    GError *local_error = NULL;

    json_object_iter_init (&iter, json_node_get_object (n));
    while (json_object_iter_next (&iter, &name, &v))
      {
        const char *value = JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_STRING
                            ? json_node_get_string (v) : NULL;

        if (!zt_env_name_valid (name))
          g_set_error (&local_error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                       "\"%.128s\" is not a variable name: letters, digits and _, not starting with a digit", name);
        else if (value == NULL && !JSON_NODE_HOLDS_NULL (v))
          g_set_error (&local_error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the value of %s must be a string", name);
        else if (value == NULL && (current == NULL || current->secret_env == NULL ||
                                   !g_strv_contains ((const char * const *) current->secret_env, name)))
          g_set_error (&local_error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the secret variable %s has no value yet; give one",
                       name);
        else if (value != NULL && strlen (value) > ZT_SERVICE_MAX_SECRET_VALUE)
          g_set_error (&local_error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the value of %s is longer than %u bytes", name,
                       ZT_SERVICE_MAX_SECRET_VALUE);
        if (local_error != NULL)
          {
            g_propagate_error (error, local_error);
            json_array_unref (names);
            return FALSE;
          }
        if (value != NULL)
          g_hash_table_replace (taken, g_strdup (name), g_strdup (value));
        json_array_add_string_element (names, name);
      }
  }
  /* json-glib's copies of the values cannot be wiped in place; they go with the body */
  json_object_set_array_member (body, "secret_env", names);
  *values = g_steal_pointer (&taken);
  return TRUE;
}

gboolean
_zt_agent_secret_env_store (ZtAgent     *self,
                            const char  *service,
                            GHashTable  *values,
                            GError     **error)
{
  g_autoptr(ZtKeystore) keystore = NULL;
  GHashTableIter iter;
  const char *name, *value;

  if (values == NULL || g_hash_table_size (values) == 0)
    return TRUE;
  if ((keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, error)) == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &value))
    {
      g_autofree char *key = key_name (service, name);
      g_autofree char *label = g_strdup_printf ("zt4mcp: %s of the MCP server %s", name, service);

      if (!zt_keystore_store (keystore, key, label, value, error))
        {
          g_prefix_error (error, "the value of %s could not be kept in the key store: ", name);
          return FALSE;
        }
    }
  return TRUE;
}

void
_zt_agent_secret_env_drop (ZtAgent     *self,
                           const char  *service,
                           char       **before,
                           char       **after)
{
  g_autoptr(ZtKeystore) keystore = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; before && before[i]; i++)
    {
      g_autofree char *key = NULL;

      if (after && g_strv_contains ((const char * const *) after, before[i]))
        continue;
      if (keystore == NULL && (keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, &error)) == NULL)
        break;
      key = key_name (service, before[i]);
      if (!zt_keystore_delete (keystore, key, &error))
        break;
    }
  if (error != NULL)
    g_warning ("service %s: a secret variable's value was not deleted from the key store: %s", service,
               error->message);
}

char **
_zt_agent_secret_env_resolve (ZtService  *service,
                              GError    **error,
                              gpointer    user_data)
{
  ZtAgent *self = user_data;
  g_autoptr(ZtKeystore) keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, error);
  g_autoptr(GPtrArray) out = g_ptr_array_new ();

  if (keystore == NULL)
    return NULL;
  for (guint i = 0; service->secret_env && service->secret_env[i]; i++)
    {
      g_autofree char *key = key_name (service->name, service->secret_env[i]);
      g_autoptr(GError) local_error = NULL;
      char *value = zt_keystore_lookup (keystore, key, &local_error);

      if (value == NULL)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "the value of its secret variable %s cannot be read "
                       "from the key store (%s); give it again", service->secret_env[i],
                       local_error ? local_error->message : "it is not there");
          for (guint j = 0; j < out->len; j++)
            zt_keystore_secret_free (g_ptr_array_index (out, j));
          return NULL;
        }
      g_ptr_array_add (out, g_strconcat (service->secret_env[i], "=", value, NULL));
      zt_keystore_secret_free (value);
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}
