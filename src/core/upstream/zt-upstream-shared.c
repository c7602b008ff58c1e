/* zt-upstream-shared.c: one upstream MCP session shared by many client sessions, ids remapped */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-service.h"
#include "zt-transports.h"
#include "zt-upstream.h"

/* For stateless servers a service may opt into sharing (shared=true): every client session
 * gets a view, and all views speak through one real upstream connection. Request ids and
 * progress tokens are remapped so that clients cannot collide; the first client's
 * initialize starts the upstream session and later clients get its cached result. Server
 * requests go to the client whose request is in flight; unrelated notifications go to all. */

typedef struct _ZtShared ZtShared;

struct _ZtUpstreamView
{
  ZtUpstream  parent_instance;
  ZtShared   *shared;       /* strong reference, dropped on close */
  GHashTable *by_local;     /* local id key -> global id (gint64*) */
  gint64      last_activity;
};

#define ZT_TYPE_UPSTREAM_VIEW (zt_upstream_view_get_type ())
G_DECLARE_FINAL_TYPE (ZtUpstreamView, zt_upstream_view, ZT, UPSTREAM_VIEW, ZtUpstream)
G_DEFINE_FINAL_TYPE (ZtUpstreamView, zt_upstream_view, ZT_TYPE_UPSTREAM)

typedef struct {
  ZtUpstreamView *view;     /* weak: cleared when the view closes */
  JsonNode       *local_id;
  char           *local_key;
  char           *token;    /* the global progress token, if any */
  JsonNode       *orig_token;
  gboolean        initialize;
} Route;

struct _ZtShared
{
  gatomicrefcount ref_count;
  ZtTransports   *transports;     /* whose registry it is in; makes the real connection */
  ZtService      *service;
  ZtUpstream     *real;
  GPtrArray      *views;          /* weak */
  gint64          next_id;
  GHashTable     *routes;         /* global id -> Route */
  GHashTable     *tokens;         /* global token -> Route (not owned) */
  GHashTable     *server_requests;/* upstream id key -> view (weak) */
  JsonNode       *init_result;
  gboolean        init_in_flight;
  GPtrArray      *init_waiting;   /* Route: initializes waiting for the first */
  gboolean        initialized_sent;
};


static void
route_free (Route *r)
{
  g_clear_pointer (&r->local_id, json_node_unref);
  g_free (r->local_key);
  g_free (r->token);
  g_clear_pointer (&r->orig_token, json_node_unref);
  g_free (r);
}

static void shared_real_message_cb (ZtUpstream *real, ZtMessage *message, gint64 related, ZtShared *self);
static void shared_real_closed_cb (ZtUpstream *real, const GError *error, ZtShared *self);

static ZtShared *
shared_ref (ZtShared *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
shared_unref (ZtShared *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  {
    GHashTable *registry = _zt_transports_get_shared (self->transports);

    if (g_hash_table_lookup (registry, self->service) == self)
      g_hash_table_remove (registry, self->service);
  }
  if (self->real != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->real, self);
      zt_upstream_close (self->real);
      g_clear_object (&self->real);
    }
  g_ptr_array_unref (self->views);
  g_hash_table_unref (self->routes);
  g_hash_table_unref (self->tokens);
  g_hash_table_unref (self->server_requests);
  g_ptr_array_unref (self->init_waiting);
  g_clear_pointer (&self->init_result, json_node_unref);
  zt_service_unref (self->service);
  g_object_unref (self->transports);
  g_free (self);
}

static ZtShared *
shared_get (ZtTransports *transports,
            ZtService    *service)
{
  GHashTable *registry = _zt_transports_get_shared (transports);
  ZtShared *self;

  self = g_hash_table_lookup (registry, service);
  if (self != NULL)
    return shared_ref (self);

  self = g_new0 (ZtShared, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->transports = g_object_ref (transports);
  self->service = zt_service_ref (service);
  self->views = g_ptr_array_new ();
  self->routes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) route_free);
  self->tokens = g_hash_table_new (g_str_hash, g_str_equal);
  self->server_requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->init_waiting = g_ptr_array_new_with_free_func ((GDestroyNotify) route_free);
  g_hash_table_insert (registry, service, self);
  return self;
}

static gboolean
shared_ensure_real (ZtShared *self,
                    GError  **error)
{
  ZtService *plain;

  if (self->real != NULL && !zt_upstream_is_closed (self->real))
    return TRUE;
  g_clear_object (&self->real);
  g_clear_pointer (&self->init_result, json_node_unref);
  self->init_in_flight = FALSE;
  self->initialized_sent = FALSE;

  /* the real connection is made from the same settings, as an unshared upstream */
  plain = zt_service_ref (self->service);
  {
    /* restored as it was: an update may have turned sharing off while views live on */
    gboolean shared = plain->shared;

    plain->shared = FALSE;
    self->real = zt_upstream_host_create (ZT_UPSTREAM_HOST (self->transports), plain);
    plain->shared = shared;
  }
  zt_service_unref (plain);

  g_signal_connect (self->real, "message", G_CALLBACK (shared_real_message_cb), self);
  g_signal_connect (self->real, "closed", G_CALLBACK (shared_real_closed_cb), self);
  if (!zt_upstream_start (self->real, error))
    {
      g_clear_object (&self->real);
      return FALSE;
    }
  return TRUE;
}

static gboolean
view_alive (ZtShared       *self,
            ZtUpstreamView *view)
{
  return view != NULL && g_ptr_array_find (self->views, view, NULL);
}

static void
emit_to (ZtUpstreamView *view,
         ZtMessage      *message,
         gint64          related)
{
  zt_upstream_emit_message (ZT_UPSTREAM (view), message, related);
}

static void
reply_initialize (ZtShared *self,
                  Route    *r)
{
  g_autoptr(ZtMessage) reply = zt_message_new_result (r->local_id, self->init_result);

  if (view_alive (self, r->view))
    emit_to (r->view, reply, -1);
}

static void
shared_real_message_cb (ZtUpstream *real,
                        ZtMessage  *message,
                        gint64      related,
                        ZtShared   *self)
{
  JsonNode *id = zt_message_get_id (message);
  Route *related_route = related >= 0 ? g_hash_table_lookup (self->routes, &related) : NULL;
  gint64 local_related = -1;

  if (related_route && related_route->local_id &&
      json_node_get_value_type (related_route->local_id) == G_TYPE_INT64)
    local_related = json_node_get_int (related_route->local_id);

  switch (zt_message_get_kind (message))
    {
    case ZT_MESSAGE_RESULT:
    case ZT_MESSAGE_ERROR:
      {
        gint64 gid = (id && JSON_NODE_HOLDS_VALUE (id) && json_node_get_value_type (id) == G_TYPE_INT64)
                     ? json_node_get_int (id) : -1;
        Route *r = g_hash_table_lookup (self->routes, &gid);
        g_autoptr(ZtMessage) out = NULL;

        if (r == NULL)
          return;
        if (r->initialize)
          {
            self->init_in_flight = FALSE;
            if (zt_message_get_kind (message) == ZT_MESSAGE_RESULT)
              {
                self->init_result = json_node_new (JSON_NODE_OBJECT);
                json_node_set_object (self->init_result, zt_message_get_result (message));
              }
          }
        out = zt_message_copy (message);
        zt_message_set_id (out, r->local_id);
        if (view_alive (self, r->view))
          {
            g_hash_table_remove (r->view->by_local, r->local_key);
            emit_to (r->view, out, -1);
          }
        if (r->initialize)
          {
            /* the clients that waited for the first initialize get the same answer */
            g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->init_waiting);

            self->init_waiting = g_ptr_array_new_with_free_func ((GDestroyNotify) route_free);
            for (guint i = 0; i < waiting->len; i++)
              {
                Route *w = g_ptr_array_index (waiting, i);
                g_autoptr(ZtMessage) copy = zt_message_copy (out);

                zt_message_set_id (copy, w->local_id);
                if (view_alive (self, w->view))
                  emit_to (w->view, copy, -1);
              }
          }
        if (r->token)
          g_hash_table_remove (self->tokens, r->token);
        g_hash_table_remove (self->routes, &gid);
        return;
      }

    case ZT_MESSAGE_REQUEST:
      {
        ZtUpstreamView *view = related_route ? related_route->view : NULL;

        if (!view_alive (self, view))
          {
            /* the client with the newest request in flight is the likeliest asker */
            GHashTableIter iter;
            Route *r;
            gint64 *key, best = -1;

            view = NULL;
            g_hash_table_iter_init (&iter, self->routes);
            while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &r))
              if (*key > best && view_alive (self, r->view))
                {
                  best = *key;
                  view = r->view;
                }
            if (view == NULL && self->views->len > 0)
              view = g_ptr_array_index (self->views, self->views->len - 1);
          }
        if (view == NULL)
          {
            g_autoptr(ZtMessage) err = zt_message_new_error (id, ZT_JSONRPC_INTERNAL_ERROR, "no client is connected");
            zt_upstream_send (self->real, err);
            return;
          }
        g_hash_table_insert (self->server_requests, zt_json_id_key (id), view);
        emit_to (view, message, local_related);
        return;
      }

    case ZT_MESSAGE_NOTIFICATION:
      {
        const char *method = zt_message_get_method (message);
        JsonObject *params = zt_message_get_params (message);

        if (params && g_strcmp0 (method, "notifications/progress") == 0)
          {
            JsonNode *token = json_object_get_member (params, "progressToken");
            Route *r = token && JSON_NODE_HOLDS_VALUE (token) && json_node_get_value_type (token) == G_TYPE_STRING
                       ? g_hash_table_lookup (self->tokens, json_node_get_string (token)) : NULL;
            g_autoptr(ZtMessage) out = NULL;

            if (r == NULL || !view_alive (self, r->view))
              return;
            out = zt_message_copy (message);
            zt_message_set_param (out, "progressToken", r->orig_token);
            emit_to (r->view, out, local_related);
            return;
          }
        if (params && g_strcmp0 (method, "notifications/cancelled") == 0)
          {
            JsonNode *rid = json_object_get_member (params, "requestId");
            g_autofree char *key = rid ? zt_json_id_key (rid) : NULL;
            ZtUpstreamView *view = key ? g_hash_table_lookup (self->server_requests, key) : NULL;

            if (view_alive (self, view))
              emit_to (view, message, -1);
            return;
          }
        /* list_changed, logging, resource updates: every client hears them */
        for (guint i = 0; i < self->views->len; i++)
          emit_to (g_ptr_array_index (self->views, i), message, -1);
        return;
      }
    default:
      return;
    }
}

static void
shared_real_closed_cb (ZtUpstream   *real,
                       const GError *error,
                       ZtShared     *self)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->views->len; i++)
    g_ptr_array_add (views, g_object_ref (g_ptr_array_index (self->views, i)));
  g_hash_table_remove_all (self->routes);
  g_hash_table_remove_all (self->tokens);
  g_hash_table_remove_all (self->server_requests);
  g_ptr_array_set_size (self->init_waiting, 0);
  /* each client session sees its upstream close, and restarts it (with backoff) */
  for (guint i = 0; i < views->len; i++)
    zt_upstream_emit_closed (g_ptr_array_index (views, i), error);
}

/* ---------------------------------------------------------------------------------------- */

static void
zt_upstream_view_send (ZtUpstream *upstream,
                       ZtMessage  *message)
{
  ZtUpstreamView *view = ZT_UPSTREAM_VIEW (upstream);
  ZtShared *self = view->shared;
  const char *method = zt_message_get_method (message);

  view->last_activity = g_get_monotonic_time ();
  if (self->real == NULL)
    return;

  switch (zt_message_get_kind (message))
    {
    case ZT_MESSAGE_REQUEST:
      {
        Route *r = g_new0 (Route, 1);
        gint64 gid = ++self->next_id;
        g_autoptr(JsonNode) gnode = zt_json_id_new_int (gid);
        g_autoptr(ZtMessage) out = NULL;
        JsonObject *params = zt_message_get_params (message);
        JsonNode *meta = params ? json_object_get_member (params, "_meta") : NULL;

        r->view = view;
        r->local_id = json_node_copy (zt_message_get_id (message));
        r->local_key = zt_json_id_key (r->local_id);

        if (g_strcmp0 (method, "initialize") == 0)
          {
            r->initialize = TRUE;
            if (self->init_result != NULL)
              {
                reply_initialize (self, r);
                route_free (r);
                return;
              }
            if (self->init_in_flight)
              {
                g_ptr_array_add (self->init_waiting, r);
                return;
              }
            self->init_in_flight = TRUE;
          }

        out = zt_message_copy (message);
        zt_message_set_id (out, gnode);
        if (meta != NULL && JSON_NODE_HOLDS_OBJECT (meta) &&
            json_object_has_member (json_node_get_object (meta), "progressToken"))
          {
            /* tokens are chosen by clients and may collide: the upstream sees ours */
            const char * const path[] = { "params", "_meta", "progressToken", NULL };
            g_autoptr(JsonNode) token = json_node_new (JSON_NODE_VALUE);

            r->orig_token = json_node_copy (json_object_get_member (json_node_get_object (meta), "progressToken"));
            r->token = g_strdup_printf ("zt-shared-%" G_GINT64_FORMAT, gid);
            json_node_set_string (token, r->token);
            zt_message_replace (out, path, token);
            g_hash_table_insert (self->tokens, r->token, r);
          }
        g_hash_table_insert (self->routes, g_memdup2 (&gid, sizeof gid), r);
        g_hash_table_insert (view->by_local, g_strdup (r->local_key), g_memdup2 (&gid, sizeof gid));
        zt_upstream_send (self->real, out);
        return;
      }

    case ZT_MESSAGE_RESULT:
    case ZT_MESSAGE_ERROR:
      {
        /* answers to server requests keep the server's own ids */
        g_autofree char *key = zt_json_id_key (zt_message_get_id (message));
        g_hash_table_remove (self->server_requests, key);
        zt_upstream_send (self->real, message);
        return;
      }

    case ZT_MESSAGE_NOTIFICATION:
      {
        JsonObject *params = zt_message_get_params (message);

        if (g_strcmp0 (method, "notifications/initialized") == 0)
          {
            if (self->initialized_sent)
              return;
            self->initialized_sent = TRUE;
          }
        else if (params && g_strcmp0 (method, "notifications/cancelled") == 0)
          {
            JsonNode *rid = json_object_get_member (params, "requestId");
            g_autofree char *key = rid ? zt_json_id_key (rid) : NULL;
            gint64 *gid = key ? g_hash_table_lookup (view->by_local, key) : NULL;
            g_autoptr(JsonNode) gnode = NULL;
            g_autoptr(ZtMessage) out = NULL;

            if (gid == NULL)
              return;
            gnode = zt_json_id_new_int (*gid);
            out = zt_message_copy (message);
            zt_message_set_param (out, "requestId", gnode);
            zt_upstream_send (self->real, out);
            return;
          }
        zt_upstream_send (self->real, message);
        return;
      }
    default:
      return;
    }
}

static gboolean
zt_upstream_view_start (ZtUpstream *upstream,
                        GError    **error)
{
  ZtUpstreamView *view = ZT_UPSTREAM_VIEW (upstream);

  if (!shared_ensure_real (view->shared, error))
    return FALSE;
  g_ptr_array_add (view->shared->views, view);
  return TRUE;
}

static void
view_detach (ZtUpstreamView *view)
{
  ZtShared *self = view->shared;
  GHashTableIter iter;
  Route *r;
  gpointer key, value;

  if (self == NULL)
    return;
  g_ptr_array_remove (self->views, view);
  g_hash_table_iter_init (&iter, self->routes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &r))
    if (r->view == view)
      r->view = NULL;  /* its answer is dropped when it comes */
  for (guint i = 0; i < self->init_waiting->len; i++)
    if (((Route *) g_ptr_array_index (self->init_waiting, i))->view == view)
      ((Route *) g_ptr_array_index (self->init_waiting, i))->view = NULL;
  g_hash_table_iter_init (&iter, self->server_requests);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == view)
      g_hash_table_iter_remove (&iter);
  view->shared = NULL;
  shared_unref (self);  /* the last view closes the real connection */
}

static void
zt_upstream_view_close (ZtUpstream *upstream)
{
  view_detach (ZT_UPSTREAM_VIEW (upstream));
}

static void
zt_upstream_view_finalize (GObject *object)
{
  ZtUpstreamView *view = ZT_UPSTREAM_VIEW (object);

  view_detach (view);
  g_hash_table_unref (view->by_local);
  G_OBJECT_CLASS (zt_upstream_view_parent_class)->finalize (object);
}

static void
zt_upstream_view_class_init (ZtUpstreamViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZtUpstreamClass *upstream_class = ZT_UPSTREAM_CLASS (klass);

  object_class->finalize = zt_upstream_view_finalize;
  upstream_class->start = zt_upstream_view_start;
  upstream_class->send = zt_upstream_view_send;
  upstream_class->close = zt_upstream_view_close;
}

static void
zt_upstream_view_init (ZtUpstreamView *view)
{
  view->by_local = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

ZtUpstream *
zt_upstream_shared_new (ZtTransports *transports,
                        ZtService    *service)
{
  ZtUpstreamView *view = g_object_new (ZT_TYPE_UPSTREAM_VIEW,
                                       "name", service->name,
                                       "max-size", (guint64) service->limits.max_size,
                                       "max-depth", service->limits.max_depth,
                                       NULL);
  view->shared = shared_get (transports, service);
  return ZT_UPSTREAM (view);
}
