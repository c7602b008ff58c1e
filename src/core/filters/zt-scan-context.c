/* zt-scan-context.c: the tools each service last listed, to scan one service beside the others */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-jsonrpc.h"
#include "zt-scan-context.h"
#include "zt-util.h"

/* Why: a tool that steers another service's tool ("when send_email is called, bcc ...") is
 * only visible beside that service's list, and clients list services one at a time, often
 * through different sessions. So the filter remembers each service's last list. */

typedef struct {
  JsonArray *tools;
  guint64    stamp;   /* when last recorded: the least recent is forgotten first */
} Listed;

struct _ZtScanContext
{
  GHashTable *services;  /* name -> Listed */
  guint64     clock;
};

static void
listed_free (Listed *l)
{
  json_array_unref (l->tools);
  g_free (l);
}

ZtScanContext *
zt_scan_context_new (void)
{
  ZtScanContext *self = g_new0 (ZtScanContext, 1);

  self->services = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) listed_free);
  return self;
}

void
zt_scan_context_free (ZtScanContext *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->services);
  g_free (self);
}

JsonArray *
zt_scan_context_get (ZtScanContext *self,
                     const char    *service)
{
  Listed *l;

  g_return_val_if_fail (self != NULL, NULL);
  l = g_hash_table_lookup (self->services, service);
  return l ? l->tools : NULL;
}

static void
forget_least_recent (ZtScanContext *self)
{
  GHashTableIter iter;
  const char *name, *oldest = NULL;
  Listed *l;
  guint64 stamp = G_MAXUINT64;

  g_hash_table_iter_init (&iter, self->services);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &l))
    if (l->stamp < stamp)
      {
        stamp = l->stamp;
        oldest = name;
      }
  if (oldest != NULL)
    g_hash_table_remove (self->services, oldest);
}

void
zt_scan_context_record (ZtScanContext *self,
                        const char    *service,
                        JsonArray     *page,
                        gboolean       first_page)
{
  Listed *l;

  g_return_if_fail (self != NULL);
  g_return_if_fail (service != NULL && page != NULL);

  l = g_hash_table_lookup (self->services, service);
  if (l == NULL)
    {
      if (g_hash_table_size (self->services) >= ZT_SCAN_CONTEXT_MAX_SERVICES)
        forget_least_recent (self);
      l = g_new0 (Listed, 1);
      l->tools = json_array_new ();
      g_hash_table_insert (self->services, g_strdup (service), l);
    }
  else if (first_page)
    {
      json_array_unref (l->tools);
      l->tools = json_array_new ();
    }
  l->stamp = ++self->clock;
  for (guint i = 0; i < json_array_get_length (page); i++)
    {
      JsonNode *tool = json_array_get_element (page, i);

      if (json_array_get_length (l->tools) >= ZT_SCAN_CONTEXT_MAX_TOOLS)
        break;
      if (JSON_NODE_HOLDS_OBJECT (tool))
        json_array_add_element (l->tools, json_node_copy (tool));
    }
}

static gint
name_cmp (gconstpointer a,
          gconstpointer b,
          gpointer      user_data)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

void
zt_scan_context_foreach_other (ZtScanContext     *self,
                               const char        *service,
                               ZtScanContextFunc  func,
                               gpointer           user_data)
{
  g_autofree const char **names = NULL;
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (func != NULL);

  names = (const char **) g_hash_table_get_keys_as_array (self->services, &n);
  g_qsort_with_data (names, n, sizeof *names, name_cmp, NULL);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], service) != 0)
      {
        Listed *l = g_hash_table_lookup (self->services, names[i]);

        func (names[i], l->tools, user_data);
      }
}

static void
digest_cb (const char *service,
           JsonArray  *tools,
           gpointer    user_data)
{
  ZtSha256 *sum = user_data;

  zt_sha256_update (sum, service, strlen (service) + 1);
  for (guint i = 0; i < json_array_get_length (tools); i++)
    {
      const char *name = zt_json_get_string (json_array_get_object_element (tools, i), "name");

      if (name != NULL)
        zt_sha256_update (sum, name, strlen (name) + 1);
    }
  zt_sha256_update (sum, "\n", 1);
}

char *
zt_scan_context_digest (ZtScanContext *self,
                        const char    *service,
                        JsonArray     *earlier)
{
  ZtSha256 *sum;

  g_return_val_if_fail (self != NULL, NULL);
  sum = zt_sha256_new ();

  zt_scan_context_foreach_other (self, service, digest_cb, sum);
  if (earlier != NULL)
    digest_cb ("", earlier, sum);
  return zt_sha256_finish_hex (sum);
}
