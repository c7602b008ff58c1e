/* zt-fd-watch.c: many long-lived fd watches behind one epoll source per main context */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zt-fd-watch.h"

#define MAX_EVENTS 64

/* One per (context, priority): a GSource whose only fd is an epoll fd. */
typedef struct {
  GSource       source;
  int           epfd;
  gpointer      tag;
  GMainContext *context;   /* not a reference: the context owns the source */
  int           priority;
} Mux;

struct _ZtFdWatch {
  Mux             *mux;        /* a reference */
  int              fd;
  GIOCondition     condition;
  ZtFdWatchFunc    func;
  gpointer         user_data;
  int              refs;       /* one for being registered, one per dispatch in progress */
  gboolean         removed;
  /* child watches */
  GPid             pid;
  ZtChildWatchFunc child_func;
  gpointer         child_data;
  GDestroyNotify   child_destroy;
};

/* The muxes of all contexts: few (contexts times priorities in use), so a list. */
G_LOCK_DEFINE_STATIC (muxes);
static GPtrArray *muxes;
static guint n_watches;

static guint32
to_epoll (GIOCondition condition)
{
  return ((condition & G_IO_IN) ? EPOLLIN : 0) | ((condition & G_IO_OUT) ? EPOLLOUT : 0) |
         ((condition & G_IO_PRI) ? EPOLLPRI : 0);
}

static GIOCondition
from_epoll (guint32 events)
{
  return ((events & EPOLLIN) ? G_IO_IN : 0) | ((events & EPOLLOUT) ? G_IO_OUT : 0) |
         ((events & EPOLLPRI) ? G_IO_PRI : 0) | ((events & EPOLLERR) ? G_IO_ERR : 0) |
         ((events & EPOLLHUP) ? G_IO_HUP : 0);
}

static void
watch_unref (ZtFdWatch *watch)
{
  if (--watch->refs > 0)
    return;
  if (watch->child_destroy != NULL)
    watch->child_destroy (watch->child_data);
  g_source_unref ((GSource *) watch->mux);
  g_free (watch);
}

static gboolean
mux_check (GSource *source)
{
  Mux *mux = (Mux *) source;

  return (g_source_query_unix_fd (source, mux->tag) & G_IO_IN) != 0;
}

static gboolean
mux_dispatch (GSource     *source,
              GSourceFunc  callback,
              gpointer     user_data)
{
  Mux *mux = (Mux *) source;
  struct epoll_event events[MAX_EVENTS];
  int n = epoll_wait (mux->epfd, events, MAX_EVENTS, 0);

  /* every watch of this batch stays allocated while any callback of the batch runs: one
   * may remove another */
  for (int i = 0; i < n; i++)
    ((ZtFdWatch *) events[i].data.ptr)->refs++;
  for (int i = 0; i < n; i++)
    {
      ZtFdWatch *watch = events[i].data.ptr;

      if (!watch->removed && !watch->func (watch->fd, from_epoll (events[i].events), watch->user_data))
        zt_fd_watch_remove (watch);
      watch_unref (watch);
    }
  return G_SOURCE_CONTINUE;
}

static void
mux_finalize (GSource *source)
{
  Mux *mux = (Mux *) source;

  G_LOCK (muxes);
  g_ptr_array_remove_fast (muxes, mux);
  G_UNLOCK (muxes);
  close (mux->epfd);
}

static GSourceFuncs mux_funcs = {
  .check = mux_check,
  .dispatch = mux_dispatch,
  .finalize = mux_finalize,
};

/* The mux of the thread-default context at PRIORITY, made on first use; a reference. */
static Mux *
mux_get (int priority)
{
  GMainContext *context = g_main_context_get_thread_default ();
  Mux *mux = NULL;

  if (context == NULL)
    context = g_main_context_default ();
  G_LOCK (muxes);
  if (muxes == NULL)
    muxes = g_ptr_array_new ();
  for (guint i = 0; i < muxes->len && mux == NULL; i++)
    {
      Mux *m = g_ptr_array_index (muxes, i);

      /* a destroyed one belonged to a context that is gone (whose address may be reused) */
      if (m->context == context && m->priority == priority && !g_source_is_destroyed ((GSource *) m))
        mux = (Mux *) g_source_ref ((GSource *) m);
    }
  if (mux == NULL)
    {
      int epfd = epoll_create1 (EPOLL_CLOEXEC);

      if (epfd < 0)
        g_error ("epoll_create1: %s", g_strerror (errno));
      mux = (Mux *) g_source_new (&mux_funcs, sizeof (Mux));
      g_source_set_static_name ((GSource *) mux, "zt-fd-watch");
      mux->epfd = epfd;
      mux->context = context;
      mux->priority = priority;
      mux->tag = g_source_add_unix_fd ((GSource *) mux, epfd, G_IO_IN);
      g_source_set_priority ((GSource *) mux, priority);
      g_source_attach ((GSource *) mux, context);
      g_ptr_array_add (muxes, mux);
      /* the context's reference keeps it while it has watches; the last one removed
       * destroys it */
    }
  else
    g_source_unref ((GSource *) mux);
  G_UNLOCK (muxes);
  return mux;
}

ZtFdWatch *
zt_fd_watch_add (int           fd,
                 GIOCondition  condition,
                 int           priority,
                 ZtFdWatchFunc func,
                 gpointer      user_data)
{
  ZtFdWatch *watch;
  struct epoll_event ev = { .events = to_epoll (condition) };

  g_return_val_if_fail (fd >= 0 && func != NULL, NULL);

  watch = g_new0 (ZtFdWatch, 1);
  watch->mux = (Mux *) g_source_ref ((GSource *) mux_get (priority));
  watch->fd = fd;
  watch->condition = condition;
  watch->func = func;
  watch->user_data = user_data;
  watch->refs = 1;
  ev.data.ptr = watch;
  if (epoll_ctl (watch->mux->epfd, EPOLL_CTL_ADD, fd, &ev) < 0)
    g_critical ("zt_fd_watch_add: epoll_ctl (%d): %s", fd, g_strerror (errno));
  G_LOCK (muxes);
  n_watches++;
  G_UNLOCK (muxes);
  return watch;
}

void
zt_fd_watch_set_events (ZtFdWatch    *watch,
                        GIOCondition  condition)
{
  struct epoll_event ev = { .events = to_epoll (condition), .data.ptr = watch };

  g_return_if_fail (watch != NULL && !watch->removed);
  if (condition == watch->condition)
    return;
  watch->condition = condition;
  if (epoll_ctl (watch->mux->epfd, EPOLL_CTL_MOD, watch->fd, &ev) < 0)
    g_critical ("zt_fd_watch_set_events: epoll_ctl (%d): %s", watch->fd, g_strerror (errno));
}

void
zt_fd_watch_remove (ZtFdWatch *watch)
{
  if (watch == NULL || watch->removed)
    return;
  watch->removed = TRUE;
  epoll_ctl (watch->mux->epfd, EPOLL_CTL_DEL, watch->fd, NULL);
  if (watch->pid != 0)
    close (watch->fd);
  G_LOCK (muxes);
  n_watches--;
  G_UNLOCK (muxes);
  /* the mux itself stays attached, for the next watch: one epoll fd per context and
   * priority; it goes with its context */
  watch_unref (watch);
}

void
zt_clear_fd_watch (ZtFdWatch **watch)
{
  ZtFdWatch *w = g_steal_pointer (watch);

  zt_fd_watch_remove (w);
}

static gboolean
pidfd_cb (int          fd,
          GIOCondition condition,
          gpointer     user_data)
{
  ZtFdWatch *watch = user_data;
  int status = 0;
  pid_t got;

  do
    got = waitpid (watch->pid, &status, WNOHANG);
  while (got < 0 && errno == EINTR);
  if (got == 0)
    return G_SOURCE_CONTINUE;   /* not yet (a readable pidfd means it exited: rare) */
  if (got < 0)
    g_warning ("waitpid (%d): %s", (int) watch->pid, g_strerror (errno));
  watch->child_func (watch->pid, got < 0 ? 0 : status, watch->child_data);
  return G_SOURCE_REMOVE;
}

ZtFdWatch *
zt_child_watch_add (GPid             pid,
                    ZtChildWatchFunc func,
                    gpointer         user_data,
                    GDestroyNotify   destroy)
{
#ifdef SYS_pidfd_open
  int pidfd = (int) syscall (SYS_pidfd_open, pid, 0);   /* close-on-exec by definition */
  ZtFdWatch *watch;

  g_return_val_if_fail (pid > 0 && func != NULL, NULL);
  if (pidfd < 0)
    {
      if (destroy != NULL)
        destroy (user_data);
      return NULL;
    }
  watch = zt_fd_watch_add (pidfd, G_IO_IN, G_PRIORITY_DEFAULT, pidfd_cb, NULL);
  watch->user_data = watch;
  watch->pid = pid;
  watch->child_func = func;
  watch->child_data = user_data;
  watch->child_destroy = destroy;
  return watch;
#else
  if (destroy != NULL)
    destroy (user_data);
  return NULL;
#endif
}

guint
zt_fd_watch_count (void)
{
  guint n;

  G_LOCK (muxes);
  n = n_watches;
  G_UNLOCK (muxes);
  return n;
}
