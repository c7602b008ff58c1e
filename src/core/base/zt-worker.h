/* zt-worker.h: threads with a main context of their own, and ordered mailboxes between contexts */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A mailbox carries items from any thread to the thread that runs @context, in the order they
 * were posted: @func is called there, once per item, and @free_item after it. A burst of posts
 * costs one wake-up of that context (one idle source at a time), not one each.
 *
 * After zt_mailbox_close (), called on @context's thread, @func is never called again; what was
 * still queued, and whatever is posted later, is only freed. */
typedef struct _ZtMailbox ZtMailbox;

typedef void (*ZtMailFunc) (gpointer item,
                            gpointer user_data);

ZtMailbox *zt_mailbox_new   (GMainContext  *context,
                             ZtMailFunc     func,
                             gpointer       user_data,
                             GDestroyNotify free_item);
ZtMailbox *zt_mailbox_ref   (ZtMailbox     *self);
void       zt_mailbox_unref (ZtMailbox     *self);
void       zt_mailbox_post  (ZtMailbox     *self,
                             gpointer       item);
void       zt_mailbox_close (ZtMailbox     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtMailbox, zt_mailbox_unref)

/* A worker: one thread running its own GMainContext (the thread-default there), so that what
 * is made in it (sources, watches, libsoup sessions) lives and runs on that thread only. */
typedef struct _ZtWorker ZtWorker;

/* A pool of workers (the agent's HTTP front workers, zt-agent-front.c). */
typedef struct _ZtWorkers ZtWorkers;

/* The pool's home is the thread-default context of the caller. */
ZtWorkers    *zt_workers_new        (guint      n);
/* Stops every worker: each runs what was posted to it first, and what that made ready. */
void          zt_workers_free       (ZtWorkers *self);
ZtWorker     *zt_workers_get        (ZtWorkers *self,
                                     guint      i);

GMainContext *zt_worker_get_context (ZtWorker  *self);
/* Runs @func (@data) on the worker, in the order posted (from any thread; @func may be NULL
 * to have @data freed there only); @free_data after it, wherever it runs. All posts share one
 * mailbox per worker: under load, a burst of them costs the worker one wake-up. */
void          zt_worker_post        (ZtWorker      *self,
                                     ZtMailFunc     func,
                                     gpointer       data,
                                     GDestroyNotify free_data);
/* The same towards the thread that made the pool (its thread-default context then): what the
 * worker has for the objects that live there. */
void          zt_worker_post_home   (ZtWorker      *self,
                                     ZtMailFunc     func,
                                     gpointer       data,
                                     GDestroyNotify free_data);
/* Runs @func on the worker and waits for it. Never call it from the worker itself. */
void          zt_worker_run_sync    (ZtWorker  *self,
                                     GSourceFunc func,
                                     gpointer   data);

G_END_DECLS
