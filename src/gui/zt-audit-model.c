/* zt-audit-model.c: the agent's audit log as a lazy GListModel: pages fetched as rows are shown */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-audit-model.h"

/* ---------------------------------------------------------------------------------------- */

struct _ZtAuditRecord {
  GObject     parent_instance;
  JsonObject *json;
  guint       position;
};

G_DEFINE_FINAL_TYPE (ZtAuditRecord, zt_audit_record, G_TYPE_OBJECT)

static void
zt_audit_record_finalize (GObject *object)
{
  ZtAuditRecord *self = ZT_AUDIT_RECORD (object);

  g_clear_pointer (&self->json, json_object_unref);
  G_OBJECT_CLASS (zt_audit_record_parent_class)->finalize (object);
}

static void
zt_audit_record_class_init (ZtAuditRecordClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_audit_record_finalize;
}

static void
zt_audit_record_init (ZtAuditRecord *self)
{
}

static ZtAuditRecord *
record_new (JsonObject *json,
            guint       position)
{
  ZtAuditRecord *self = g_object_new (ZT_TYPE_AUDIT_RECORD, NULL);

  self->json = json ? json_object_ref (json) : NULL;
  self->position = position;
  return self;
}

JsonObject *
zt_audit_record_get_json (ZtAuditRecord *self)
{
  g_return_val_if_fail (ZT_IS_AUDIT_RECORD (self), NULL);
  return self->json;
}

guint
zt_audit_record_get_position (ZtAuditRecord *self)
{
  g_return_val_if_fail (ZT_IS_AUDIT_RECORD (self), 0);
  return self->position;
}

/* ---------------------------------------------------------------------------------------- */

#define PAGE_SIZE ZT_AUDIT_MODEL_PAGE_SIZE
#define CACHE_PAGES 16      /* 3 200 rows: a few screens either way of what is shown */
#define MAX_INFLIGHT 3
#define WANTED_MAX 8        /* pages scrolled past before their answer was asked for */
#define DISPATCH_MS 30      /* a fast scroll asks for many pages; only the last ones matter */

struct _ZtAuditModel {
  GObject       parent_instance;

  ZtClient     *client;
  char         *query;
  guint         total;
  gboolean      loaded;
  char         *error;

  GHashTable   *pages;      /* page -> GPtrArray of ZtAuditRecord */
  GQueue        lru;        /* page + 1, most recently used first */
  GHashTable   *inflight;   /* page -> page */
  GQueue        wanted;     /* page + 1, most recently asked first */
  guint         dispatch_id;
  guint         generation; /* answers to an older generation are dropped */
  GCancellable *cancellable;
  guint         fetches;
};

static void zt_audit_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZtAuditModel, zt_audit_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, zt_audit_model_list_model_init))

enum { PROP_0, PROP_LOADED, PROP_ERROR, N_PROPS };
static GParamSpec *properties[N_PROPS];

#define PAGE_KEY(p) GUINT_TO_POINTER ((p) + 1)
#define KEY_PAGE(k) (GPOINTER_TO_UINT (k) - 1)

static char *
audit_path (ZtAuditModel *self,
            guint         offset,
            guint         limit)
{
  return g_strdup_printf ("/audit?%s%sorder=desc&offset=%u&limit=%u", self->query ? self->query : "",
                          self->query && self->query[0] ? "&" : "", offset, limit);
}

static void
set_error (ZtAuditModel *self,
           const char   *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
forget_pages (ZtAuditModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
  g_hash_table_remove_all (self->inflight);
  g_queue_clear (&self->wanted);
  self->generation++;
}

static void
touch (ZtAuditModel *self,
       guint         page)
{
  if (self->lru.head && self->lru.head->data == PAGE_KEY (page))
    return;
  g_queue_remove (&self->lru, PAGE_KEY (page));
  g_queue_push_head (&self->lru, PAGE_KEY (page));
}

static guint
rows_in_page (ZtAuditModel *self,
              guint         page)
{
  guint start = page * PAGE_SIZE;
  return start >= self->total ? 0 : MIN (PAGE_SIZE, self->total - start);
}

typedef struct {
  ZtAuditModel *model;
  guint         page;
  guint         generation;
} PageRequest;

static void dispatch (ZtAuditModel *self);

static void
page_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  PageRequest *req = user_data;
  g_autoptr(ZtAuditModel) self = req->model;
  guint page = req->page;
  gboolean current = req->generation == self->generation;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonArray *records;
  GPtrArray *rows;
  guint n;

  g_free (req);
  if (!current || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_hash_table_remove (self->inflight, PAGE_KEY (page));
  records = answer && JSON_NODE_HOLDS_OBJECT (answer) && json_object_has_member (json_node_get_object (answer), "records")
              ? json_object_get_array_member (json_node_get_object (answer), "records") : NULL;
  if (records == NULL)
    {
      set_error (self, error ? error->message : _("The agent sent no audit records."));
      return;
    }
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (records) && i < PAGE_SIZE; i++)
    {
      JsonNode *r = json_array_get_element (records, i);
      g_ptr_array_add (rows, record_new (JSON_NODE_HOLDS_OBJECT (r) ? json_node_get_object (r) : NULL,
                                         page * PAGE_SIZE + i));
    }
  g_hash_table_replace (self->pages, PAGE_KEY (page), rows);
  touch (self, page);
  while (self->lru.length > CACHE_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));
  n = MIN (rows->len, rows_in_page (self, page));
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), page * PAGE_SIZE, n, n);
  dispatch (self);
}

static void
fetch_page (ZtAuditModel *self,
            guint         page)
{
  g_autofree char *path = audit_path (self, page * PAGE_SIZE, PAGE_SIZE);
  PageRequest *req = g_new0 (PageRequest, 1);

  req->model = g_object_ref (self);
  req->page = page;
  req->generation = self->generation;
  g_hash_table_insert (self->inflight, PAGE_KEY (page), PAGE_KEY (page));
  self->fetches++;
  zt_client_call_async (self->client, "GET", path, NULL, self->cancellable, page_cb, req);
}

static void
dispatch (ZtAuditModel *self)
{
  while (g_hash_table_size (self->inflight) < MAX_INFLIGHT && self->wanted.length > 0)
    {
      guint page = KEY_PAGE (g_queue_pop_head (&self->wanted));

      if (!g_hash_table_contains (self->pages, PAGE_KEY (page)) && rows_in_page (self, page) > 0)
        fetch_page (self, page);
    }
  /* pages scrolled past long ago: forgotten, and said to have changed, so that the view asks
   * again for any of their rows it still shows */
  while (self->wanted.length > WANTED_MAX)
    {
      guint page = KEY_PAGE (g_queue_pop_tail (&self->wanted));
      guint n = rows_in_page (self, page);

      if (n > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), page * PAGE_SIZE, n, n);
    }
}

static gboolean
dispatch_cb (gpointer user_data)
{
  ZtAuditModel *self = user_data;

  self->dispatch_id = 0;
  dispatch (self);
  return G_SOURCE_REMOVE;
}

static void
want (ZtAuditModel *self,
      guint         page)
{
  if (g_hash_table_contains (self->inflight, PAGE_KEY (page)))
    return;
  if (self->wanted.head == NULL || self->wanted.head->data != PAGE_KEY (page))
    {
      g_queue_remove (&self->wanted, PAGE_KEY (page));
      g_queue_push_head (&self->wanted, PAGE_KEY (page));
    }
  /* never from here: get_item must not emit items-changed */
  if (self->dispatch_id == 0)
    self->dispatch_id = g_timeout_add (DISPATCH_MS, dispatch_cb, self);
}

/* GListModel ------------------------------------------------------------------------------- */

static GType
zt_audit_model_get_item_type (GListModel *list)
{
  return ZT_TYPE_AUDIT_RECORD;
}

static guint
zt_audit_model_get_n_items (GListModel *list)
{
  return ZT_AUDIT_MODEL (list)->total;
}

static gpointer
zt_audit_model_get_item (GListModel *list,
                         guint       position)
{
  ZtAuditModel *self = ZT_AUDIT_MODEL (list);
  guint page = position / PAGE_SIZE;
  GPtrArray *rows;

  if (position >= self->total)
    return NULL;
  rows = g_hash_table_lookup (self->pages, PAGE_KEY (page));
  if (rows != NULL && position - page * PAGE_SIZE < rows->len)
    {
      touch (self, page);
      return g_object_ref (g_ptr_array_index (rows, position - page * PAGE_SIZE));
    }
  if (rows == NULL)
    want (self, page);
  return record_new (NULL, position);
}

static void
zt_audit_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = zt_audit_model_get_item_type;
  iface->get_n_items = zt_audit_model_get_n_items;
  iface->get_item = zt_audit_model_get_item;
}

/* The total ---------------------------------------------------------------------------------- */

static void
total_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(ZtAuditModel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonObject *o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  guint before = self->total, total;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (o == NULL || !json_object_has_member (o, "total"))
    set_error (self, error ? error->message : _("The agent's answer has no total."));
  else
    {
      total = (guint) CLAMP (json_object_get_int_member (o, "total"), 0, G_MAXUINT - 1);
      set_error (self, NULL);
      if (total > before && self->loaded)
        {
          /* newest first: what was added is on top, and every cached page moved down */
          forget_pages (self);
          self->total = total;
          g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, total - before);
        }
      else if (total != before || !self->loaded)
        {
          forget_pages (self);
          self->total = total;
          g_list_model_items_changed (G_LIST_MODEL (self), 0, before, total);
        }
    }
  if (!self->loaded)
    {
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
}

void
zt_audit_model_refresh (ZtAuditModel *self)
{
  g_autofree char *path = NULL;

  g_return_if_fail (ZT_IS_AUDIT_MODEL (self));
  path = audit_path (self, 0, 1);
  zt_client_call_async (self->client, "GET", path, NULL, self->cancellable, total_cb, g_object_ref (self));
}

/* ---------------------------------------------------------------------------------------- */

const char *
zt_audit_model_get_query (ZtAuditModel *self)
{
  g_return_val_if_fail (ZT_IS_AUDIT_MODEL (self), NULL);
  return self->query;
}

gboolean
zt_audit_model_get_loaded (ZtAuditModel *self)
{
  g_return_val_if_fail (ZT_IS_AUDIT_MODEL (self), FALSE);
  return self->loaded;
}

const char *
zt_audit_model_get_error (ZtAuditModel *self)
{
  g_return_val_if_fail (ZT_IS_AUDIT_MODEL (self), NULL);
  return self->error;
}

guint
zt_audit_model_get_fetches (ZtAuditModel *self)
{
  g_return_val_if_fail (ZT_IS_AUDIT_MODEL (self), 0);
  return self->fetches;
}

static void
zt_audit_model_dispose (GObject *object)
{
  ZtAuditModel *self = ZT_AUDIT_MODEL (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->dispatch_id, g_source_remove);
  G_OBJECT_CLASS (zt_audit_model_parent_class)->dispose (object);
}

static void
zt_audit_model_finalize (GObject *object)
{
  ZtAuditModel *self = ZT_AUDIT_MODEL (object);

  g_queue_clear (&self->lru);
  g_queue_clear (&self->wanted);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->inflight, g_hash_table_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_free (self->query);
  g_free (self->error);
  G_OBJECT_CLASS (zt_audit_model_parent_class)->finalize (object);
}

static void
zt_audit_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZtAuditModel *self = ZT_AUDIT_MODEL (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zt_audit_model_class_init (ZtAuditModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_audit_model_dispose;
  object_class->finalize = zt_audit_model_finalize;
  object_class->get_property = zt_audit_model_get_property;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zt_audit_model_init (ZtAuditModel *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->inflight = g_hash_table_new (NULL, NULL);
  self->cancellable = g_cancellable_new ();
  g_queue_init (&self->lru);
  g_queue_init (&self->wanted);
}

ZtAuditModel *
zt_audit_model_new (ZtClient   *client,
                    const char *query)
{
  ZtAuditModel *self;

  g_return_val_if_fail (ZT_IS_CLIENT (client), NULL);
  self = g_object_new (ZT_TYPE_AUDIT_MODEL, NULL);
  self->client = g_object_ref (client);
  self->query = g_strdup (query ? query : "");
  zt_audit_model_refresh (self);
  return self;
}
