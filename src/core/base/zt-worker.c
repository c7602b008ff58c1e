/* zt-worker.c: threads with a main context of their own, and ordered mailboxes between contexts */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-worker.h"

/* ---------------------------------------------------------------------------------------- */
/* Mailboxes                                                                                */

struct _ZtMailbox
{
  gatomicrefcount ref_count;
  GMutex          lock;
  GQueue          items;      /* under lock */
  gboolean        scheduled;  /* an idle source is attached and has not run yet; under lock */
  gboolean        closed;     /* under lock */
  GMainContext   *context;
  ZtMailFunc      func;
  gpointer        user_data;
  GDestroyNotify  free_item;
};

ZtMailbox *
zt_mailbox_new (GMainContext  *context,
                ZtMailFunc     func,
                gpointer       user_data,
                GDestroyNotify free_item)
{
  ZtMailbox *self = g_new0 (ZtMailbox, 1);

  g_return_val_if_fail (func != NULL, NULL);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->lock);
  g_queue_init (&self->items);
  self->context = g_main_context_ref (context ? context : g_main_context_default ());
  self->func = func;
  self->user_data = user_data;
  self->free_item = free_item;
  return self;
}

ZtMailbox *
zt_mailbox_ref (ZtMailbox *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
free_items (ZtMailbox *self,
            GQueue    *items)
{
  gpointer item;

  while ((item = g_queue_pop_head (items)) != NULL)
    if (self->free_item != NULL)
      self->free_item (item);
}

void
zt_mailbox_unref (ZtMailbox *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  free_items (self, &self->items);
  g_mutex_clear (&self->lock);
  g_main_context_unref (self->context);
  g_free (self);
}

static gboolean
deliver_cb (gpointer data)
{
  ZtMailbox *self = data;
  GQueue batch = G_QUEUE_INIT;
  gboolean closed;
  gpointer item;

  g_mutex_lock (&self->lock);
  batch = self->items;
  g_queue_init (&self->items);
  self->scheduled = FALSE;
  closed = self->closed;
  g_mutex_unlock (&self->lock);

  while ((item = g_queue_pop_head (&batch)) != NULL)
    {
      /* an item may close the mailbox: what follows it is only freed */
      if (!closed)
        {
          self->func (item, self->user_data);
          g_mutex_lock (&self->lock);
          closed = self->closed;
          g_mutex_unlock (&self->lock);
        }
      if (self->free_item != NULL)
        self->free_item (item);
    }
  return G_SOURCE_REMOVE;
}

void
zt_mailbox_post (ZtMailbox *self,
                 gpointer   item)
{
  gboolean schedule;

  g_mutex_lock (&self->lock);
  if (self->closed)
    {
      g_mutex_unlock (&self->lock);
      if (self->free_item != NULL)
        self->free_item (item);
      return;
    }
  g_queue_push_tail (&self->items, item);
  schedule = !self->scheduled;
  self->scheduled = TRUE;
  g_mutex_unlock (&self->lock);

  if (schedule)
    {
      GSource *source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_static_name (source, "zt-mailbox");
      g_source_set_callback (source, deliver_cb, zt_mailbox_ref (self), (GDestroyNotify) zt_mailbox_unref);
      g_source_attach (source, self->context);
      g_source_unref (source);
    }
}

void
zt_mailbox_close (ZtMailbox *self)
{
  GQueue left = G_QUEUE_INIT;

  g_mutex_lock (&self->lock);
  self->closed = TRUE;
  left = self->items;
  g_queue_init (&self->items);
  g_mutex_unlock (&self->lock);
  free_items (self, &left);
}

/* ---------------------------------------------------------------------------------------- */
/* Workers                                                                                  */

struct _ZtWorker
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  ZtMailbox    *inbox;     /* closures run on the worker */
  ZtMailbox    *outbox;    /* closures run at home */
};

struct _ZtWorkers
{
  GPtrArray *workers;  /* ZtWorker */
};

static gpointer
worker_main (gpointer data)
{
  ZtWorker *self = data;

  g_main_context_push_thread_default (self->context);
  g_main_loop_run (self->loop);
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

typedef struct {
  ZtMailFunc     func;
  gpointer       data;
  GDestroyNotify free_data;
} Closure;

static void
closure_run (gpointer item,
             gpointer user_data)
{
  Closure *c = item;

  if (c->func != NULL)
    c->func (c->data, user_data);
}

static void
closure_free (gpointer item)
{
  Closure *c = item;

  if (c->free_data != NULL)
    c->free_data (c->data);
  g_slice_free (Closure, c);
}

static Closure *
closure_new (ZtMailFunc     func,
             gpointer       data,
             GDestroyNotify free_data)
{
  Closure *c = g_slice_new (Closure);

  c->func = func;
  c->data = data;
  c->free_data = free_data;
  return c;
}

static ZtWorker *
worker_new (guint         i,
            GMainContext *home)
{
  ZtWorker *self = g_new0 (ZtWorker, 1);
  g_autofree char *name = g_strdup_printf ("zt-worker-%u", i);

  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->inbox = zt_mailbox_new (self->context, closure_run, self, closure_free);
  self->outbox = zt_mailbox_new (home, closure_run, self, closure_free);
  self->thread = g_thread_new (name, worker_main, self);
  return self;
}

static gboolean
quit_cb (gpointer data)
{
  ZtWorker *self = data;

  g_main_loop_quit (self->loop);
  return G_SOURCE_REMOVE;
}

static void
worker_free (ZtWorker *self)
{
  GSource *source = g_idle_source_new ();

  /* after everything already posted to it: idle sources of one priority run in order */
  g_source_set_callback (source, quit_cb, self, NULL);
  g_source_attach (source, self->context);
  g_source_unref (source);
  g_thread_join (self->thread);
  /* what is posted from now on is dropped (freed): nothing runs this context any more */
  zt_mailbox_close (self->inbox);
  zt_mailbox_unref (self->inbox);
  zt_mailbox_close (self->outbox);
  zt_mailbox_unref (self->outbox);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_free (self);
}

ZtWorkers *
zt_workers_new (guint n)
{
  ZtWorkers *self = g_new0 (ZtWorkers, 1);
  GMainContext *home = g_main_context_get_thread_default ();

  g_return_val_if_fail (n > 0, NULL);
  self->workers = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (self->workers, worker_new (i, home ? home : g_main_context_default ()));
  return self;
}

void
zt_workers_free (ZtWorkers *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->workers->len; i++)
    worker_free (g_ptr_array_index (self->workers, i));
  g_ptr_array_unref (self->workers);
  g_free (self);
}

ZtWorker *
zt_workers_get (ZtWorkers *self,
                guint      i)
{
  g_return_val_if_fail (i < self->workers->len, NULL);
  return g_ptr_array_index (self->workers, i);
}

GMainContext *
zt_worker_get_context (ZtWorker *self)
{
  return self->context;
}

void
zt_worker_post (ZtWorker      *self,
                ZtMailFunc     func,
                gpointer       data,
                GDestroyNotify free_data)
{
  zt_mailbox_post (self->inbox, closure_new (func, data, free_data));
}

void
zt_worker_post_home (ZtWorker      *self,
                     ZtMailFunc     func,
                     gpointer       data,
                     GDestroyNotify free_data)
{
  zt_mailbox_post (self->outbox, closure_new (func, data, free_data));
}

typedef struct {
  GSourceFunc func;
  gpointer    data;
  GMutex      lock;
  GCond       cond;
  gboolean    done;
} SyncCall;

static gboolean
sync_cb (gpointer data)
{
  SyncCall *call = data;

  call->func (call->data);
  g_mutex_lock (&call->lock);
  call->done = TRUE;
  g_cond_signal (&call->cond);
  g_mutex_unlock (&call->lock);
  return G_SOURCE_REMOVE;
}

void
zt_worker_run_sync (ZtWorker   *self,
                    GSourceFunc func,
                    gpointer    data)
{
  SyncCall call = { .func = func, .data = data };
  GSource *source;

  g_return_if_fail (g_thread_self () != self->thread);
  g_mutex_init (&call.lock);
  g_cond_init (&call.cond);
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, sync_cb, &call, NULL);
  g_source_attach (source, self->context);
  g_source_unref (source);
  g_mutex_lock (&call.lock);
  while (!call.done)
    g_cond_wait (&call.cond, &call.lock);
  g_mutex_unlock (&call.lock);
  g_mutex_clear (&call.lock);
  g_cond_clear (&call.cond);
}
