/* glib-tsan.c: tells ThreadSanitizer about the synchronisation GLib does where TSan cannot see
 * it (GLib is not built with TSan, and its GMutex, GCond, reference counts and main-context
 * hand-offs are its own code), so that a run of zt4mcp built with -Db_sanitize=thread reports
 * the races of zt4mcp's code rather than every hand-off through GLib.
 * Loaded with LD_PRELOAD after libtsan by tools/tsan/run.sh; never part of a build.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <gio/gio.h>
#include <stdlib.h>

void __tsan_acquire (void *addr);
void __tsan_release (void *addr);

/* the real function, looked up at its first call (GLib's own constructors call some of these
 * before this library's constructor could run) */
#define REAL(name)                                                             \
  static __typeof__ (name) *real_##name;                                       \
  __typeof__ (name) *real = __atomic_load_n (&real_##name, __ATOMIC_RELAXED);  \
  if (real == NULL)                                                            \
    {                                                                          \
      real = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name);                   \
      __atomic_store_n (&real_##name, real, __ATOMIC_RELAXED);                 \
    }

/* An unref is a release by its caller; the last one, which frees, acquires what every earlier
 * caller released, as the atomic decrement does. */
#define UNREF(name, type)                                                      \
  void name (type p)                                                           \
  {                                                                            \
    REAL (name);                                                               \
    if (p != NULL)                                                             \
      {                                                                        \
        __tsan_release (p);                                                    \
        __tsan_acquire (p);                                                    \
      }                                                                        \
    real (p);                                                                  \
  }

UNREF (g_object_unref, gpointer)
UNREF (g_source_unref, GSource *)
UNREF (g_bytes_unref, GBytes *)
UNREF (g_main_context_unref, GMainContext *)

/* GLib's reference-counted boxes: the same, for their release's own decrement, which is GLib's
 * internal call and never reaches g_atomic_ref_count_dec below (zt-ws-stream.c's channel, whose
 * last reference may go on a TLS handshake thread) */
UNREF (g_atomic_rc_box_release, gpointer)

void
g_atomic_rc_box_release_full (gpointer mem_block, GDestroyNotify clear_func)
{
  REAL (g_atomic_rc_box_release_full);
  if (mem_block != NULL)
    {
      __tsan_release (mem_block);
      __tsan_acquire (mem_block);
    }
  real (mem_block, clear_func);
}

gboolean
g_atomic_ref_count_dec (gatomicrefcount *rc)
{
  REAL (g_atomic_ref_count_dec);
  __tsan_release (rc);
  __tsan_acquire (rc);
  return real (rc);
}

void
g_mutex_lock (GMutex *m)
{
  REAL (g_mutex_lock);
  real (m);
  __tsan_acquire (m);
}

void
g_mutex_unlock (GMutex *m)
{
  REAL (g_mutex_unlock);
  __tsan_release (m);
  real (m);
}

gboolean
g_mutex_trylock (GMutex *m)
{
  REAL (g_mutex_trylock);
  gboolean locked = real (m);

  if (locked)
    __tsan_acquire (m);
  return locked;
}

void
g_rec_mutex_lock (GRecMutex *m)
{
  REAL (g_rec_mutex_lock);
  real (m);
  __tsan_acquire (m);
}

void
g_rec_mutex_unlock (GRecMutex *m)
{
  REAL (g_rec_mutex_unlock);
  __tsan_release (m);
  real (m);
}

void
g_cond_wait (GCond  *c,
             GMutex *m)
{
  REAL (g_cond_wait);
  __tsan_release (m);
  real (c, m);
  __tsan_acquire (m);
}

gboolean
g_cond_wait_until (GCond  *c,
                   GMutex *m,
                   gint64  end_time)
{
  REAL (g_cond_wait_until);
  gboolean signalled;

  __tsan_release (m);
  signalled = real (c, m, end_time);
  __tsan_acquire (m);
  return signalled;
}

void
g_async_queue_push (GAsyncQueue *q,
                    gpointer     data)
{
  REAL (g_async_queue_push);
  __tsan_release (q);
  real (q, data);
}

#define POP(name, ...)                                                         \
  {                                                                            \
    REAL (name);                                                               \
    gpointer data = real (__VA_ARGS__);                                        \
    __tsan_acquire (q);                                                        \
    return data;                                                               \
  }

gpointer g_async_queue_pop (GAsyncQueue *q) POP (g_async_queue_pop, q)
gpointer g_async_queue_try_pop (GAsyncQueue *q) POP (g_async_queue_try_pop, q)
gpointer g_async_queue_timeout_pop (GAsyncQueue *q, guint64 timeout) POP (g_async_queue_timeout_pop, q, timeout)

/* An idle or timeout source's callback, run on the context's thread, sees what was done before
 * the source was attached on another. */
typedef struct
{
  GSourceFunc    func;
  gpointer       data;
  GDestroyNotify notify;
  GSource       *source;
} Trampoline;

static gboolean
trampoline_cb (gpointer user_data)
{
  Trampoline *t = user_data;

  __tsan_acquire (t);
  __tsan_acquire (t->source);
  return t->func (t->data);
}

static void
trampoline_free (gpointer user_data)
{
  Trampoline *t = user_data;

  if (t->notify != NULL)
    t->notify (t->data);
  free (t);
}

void
g_source_set_callback (GSource        *source,
                       GSourceFunc     func,
                       gpointer        data,
                       GDestroyNotify  notify)
{
  REAL (g_source_set_callback);
  Trampoline *t;

  /* only sources whose callback is a GSourceFunc */
  if (func == NULL || (source->source_funcs != &g_idle_funcs && source->source_funcs != &g_timeout_funcs))
    {
      real (source, func, data, notify);
      return;
    }
  t = malloc (sizeof *t);
  t->func = func;
  t->data = data;
  t->notify = notify;
  t->source = source;
  __tsan_release (t);
  real (source, trampoline_cb, t, trampoline_free);
}

/* Attaching takes the context's own lock, inside GLib where this library cannot see it:
 * attaches to one context from several threads (the audit writer's and a front worker's
 * deliveries) were reported as a race on the context's arrays. */
guint
g_source_attach (GSource      *source,
                 GMainContext *context)
{
  REAL (g_source_attach);
  GMainContext *ctx = context != NULL ? context : g_main_context_default ();
  guint id;

  __tsan_release (source);
  __tsan_acquire (ctx);
  id = real (source, context);
  __tsan_release (ctx);
  return id;
}

/* A task's thread function sees what was done before it was handed to GLib's pool. */
static void
task_trampoline (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GTaskThreadFunc func;

  __tsan_acquire (task);
  func = (GTaskThreadFunc) g_object_get_data (G_OBJECT (task), "glib-tsan-func");
  func (task, source_object, task_data, cancellable);
}

void
g_task_run_in_thread (GTask           *task,
                      GTaskThreadFunc  func)
{
  REAL (g_task_run_in_thread);
  g_object_set_data (G_OBJECT (task), "glib-tsan-func", (gpointer) func);
  __tsan_release (task);
  real (task, task_trampoline);
}
