/* zt-filter.c: filters and the chain that runs them, keeping order per direction */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-filter.h"
#include "zt-marshal.h"

G_DEFINE_INTERFACE (ZtFilter, zt_filter, G_TYPE_OBJECT)

static void
zt_filter_default_init (ZtFilterInterface *iface)
{
}

const char *
zt_filter_get_name (ZtFilter *self)
{
  g_return_val_if_fail (ZT_IS_FILTER (self), NULL);
  return G_OBJECT_TYPE_NAME (self);
}

void
zt_verdict_clear (ZtVerdict *verdict)
{
  g_clear_pointer (&verdict->reason, g_free);
  g_clear_pointer (&verdict->rule, g_free);
  g_clear_pointer (&verdict->replacement, zt_message_unref);
  g_clear_pointer (&verdict->data, json_node_unref);
  verdict->kind = ZT_VERDICT_ALLOW;
  verdict->code = 0;
}

void
zt_verdict_deny (ZtVerdict  *verdict,
                 const char *rule,
                 const char *format,
                 ...)
{
  va_list args;

  zt_verdict_clear (verdict);
  verdict->kind = ZT_VERDICT_DENY;
  verdict->rule = g_strdup (rule);
  va_start (args, format);
  verdict->reason = g_strdup_vprintf (format, args);
  va_end (args);
}

/* ---------------------------------------------------------------------------------------- */

/* One message on its way through the chain. */
typedef struct {
  gatomicrefcount    ref_count;
  ZtFilterChain     *chain;      /* not owned: the chain outlives what waits in it */
  ZtFilterContext    context;    /* owned copies */
  ZtMessage         *original;   /* what zt_filter_chain_drop is given back */
  ZtFilterChainDone  done;
  gpointer           user_data;
  guint              next;       /* index of the filter to ask next */
  ZtVerdict          denial;
  GCancellable      *cancellable;
  gboolean           decided;
  gboolean           dropped;
} Entry;

/* What waits for one session: order is kept per session and direction, so one session's
 * pending approval never holds up another's messages. */
typedef struct {
  GQueue waiting[2];  /* per ZtDirection, in submission order */
} Queues;

struct _ZtFilterChain
{
  GObject    parent_instance;

  GPtrArray *filters;
  GHashTable *queues;  /* session id ("" for none) -> Queues */
  guint      n_waiting;
};

G_DEFINE_FINAL_TYPE (ZtFilterChain, zt_filter_chain, G_TYPE_OBJECT)

enum { DECIDED, REFUSED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
context_copy (ZtFilterContext       *to,
              const ZtFilterContext *from)
{
  *to = *from;
  to->session_id = g_strdup (from->session_id);
  to->subject = from->subject ? zt_subject_ref (from->subject) : NULL;
  to->service = g_strdup (from->service);
  to->message = from->message ? zt_message_ref (from->message) : NULL;
  to->request = from->request ? zt_message_ref (from->request) : NULL;
}

static Entry *
entry_ref (Entry *e)
{
  g_atomic_ref_count_inc (&e->ref_count);
  return e;
}

static void
entry_unref (Entry *e)
{
  if (!g_atomic_ref_count_dec (&e->ref_count))
    return;
  g_free ((char *) e->context.session_id);
  g_clear_pointer (&e->context.subject, zt_subject_unref);
  g_free ((char *) e->context.service);
  g_clear_pointer (&e->context.message, zt_message_unref);
  g_clear_pointer (&e->context.request, zt_message_unref);
  g_clear_pointer (&e->original, zt_message_unref);
  zt_verdict_clear (&e->denial);
  g_clear_object (&e->cancellable);
  g_free (e);
}

/* Applies @verdict to @e; returns whether the message's fate is sealed (denied). */
static gboolean
apply (ZtFilterChain *self,
       ZtFilter      *filter,
       Entry         *e,
       ZtVerdict     *verdict)
{
  g_signal_emit (self, signals[DECIDED], 0, filter, &e->context, verdict);
  switch (verdict->kind)
    {
    case ZT_VERDICT_DENY:
      zt_verdict_clear (&e->denial);
      e->denial = *verdict;
      if (e->denial.code == 0)
        e->denial.code = ZT_JSONRPC_INVALID_REQUEST;
      if (e->denial.reason == NULL)
        e->denial.reason = g_strdup_printf ("refused by %s", zt_filter_get_name (filter));
      memset (verdict, 0, sizeof *verdict);
      g_clear_pointer (&e->context.message, zt_message_unref);
      return TRUE;
    case ZT_VERDICT_REWRITE:
      if (verdict->replacement != NULL)
        {
          g_clear_pointer (&e->context.message, zt_message_unref);
          e->context.message = g_steal_pointer (&verdict->replacement);
        }
      break;
    case ZT_VERDICT_ALLOW:
    case ZT_VERDICT_DEFER:
    default:
      break;
    }
  zt_verdict_clear (verdict);
  return FALSE;
}

/* Asks the filters from e->next on, synchronously while they answer at once. Returns
 * FALSE when one deferred (e->next is then the one asked). */
static gboolean
run_sync (ZtFilterChain *self,
          Entry         *e)
{
  while (e->next < self->filters->len)
    {
      ZtFilter *filter = g_ptr_array_index (self->filters, e->next);
      ZtVerdict verdict = { ZT_VERDICT_ALLOW };

      if (ZT_FILTER_GET_IFACE (filter)->check (filter, &e->context, &verdict) == ZT_VERDICT_DEFER)
        {
          zt_verdict_clear (&verdict);
          return FALSE;
        }
      e->next++;
      if (apply (self, filter, e, &verdict))
        break;
    }
  e->decided = TRUE;
  return TRUE;
}

static const char *
queue_key (const char *session_id)
{
  return session_id ? session_id : "";
}

static GQueue *
queue_for (ZtFilterChain *self,
           const char    *session_id,
           ZtDirection    direction,
           gboolean       create)
{
  Queues *qs = g_hash_table_lookup (self->queues, queue_key (session_id));

  if (qs == NULL && create)
    {
      qs = g_new0 (Queues, 1);
      g_hash_table_insert (self->queues, g_strdup (queue_key (session_id)), qs);
    }
  return qs ? &qs->waiting[direction] : NULL;
}

/* Forgets a session's queues once nothing waits in them (sessions come and go). */
static void
queue_tidy (ZtFilterChain *self,
            const char    *session_id)
{
  Queues *qs = g_hash_table_lookup (self->queues, queue_key (session_id));

  if (qs != NULL && g_queue_is_empty (&qs->waiting[0]) && g_queue_is_empty (&qs->waiting[1]))
    g_hash_table_remove (self->queues, queue_key (session_id));
}

/* Delivers, in order, the messages at the head of their queue that are decided. */
static void
flush (ZtFilterChain *self,
       const char    *session_id,
       ZtDirection    direction)
{
  g_autofree char *key = g_strdup (session_id);  /* the entries own what @session_id points to */
  GQueue *q = queue_for (self, key, direction, FALSE);
  Entry *e;

  while (q != NULL && (e = g_queue_peek_head (q)) != NULL && e->decided)
    {
      g_queue_pop_head (q);
      self->n_waiting--;
      e->done (e->context.message, e->context.message ? NULL : &e->denial, e->user_data);
      entry_unref (e);
      q = queue_for (self, key, direction, FALSE);  /* @done may have submitted or dropped */
    }
  queue_tidy (self, key);
}

static void decide_next (ZtFilterChain *self, Entry *e);

static void
decided_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Entry *e = user_data;
  ZtFilterChain *self = e->chain;
  ZtFilter *filter = ZT_FILTER (source);
  ZtVerdict verdict = { ZT_VERDICT_ALLOW };
  g_autoptr(GError) error = NULL;

  if (!ZT_FILTER_GET_IFACE (filter)->decide_finish (filter, result, &verdict, &error))
    {
      /* fail closed: a check that could not be made refuses */
      zt_verdict_deny (&verdict, zt_filter_get_name (filter), "%s", error ? error->message : "no decision");
    }
  if (e->dropped)
    {
      zt_verdict_clear (&verdict);
      entry_unref (e);  /* the async call's reference */
      g_object_unref (self);
      return;
    }
  e->next++;
  if (apply (self, filter, e, &verdict) || e->next >= self->filters->len)
    e->decided = TRUE;
  if (!e->decided)
    decide_next (self, e);
  else
    flush (self, e->context.session_id, e->context.direction);
  entry_unref (e);
  g_object_unref (self);
}

static void
decide_next (ZtFilterChain *self,
             Entry         *e)
{
  ZtFilter *filter;

  if (run_sync (self, e))
    {
      flush (self, e->context.session_id, e->context.direction);
      return;
    }
  filter = g_ptr_array_index (self->filters, e->next);
  if (e->cancellable == NULL)
    e->cancellable = g_cancellable_new ();
  g_object_ref (self);
  ZT_FILTER_GET_IFACE (filter)->decide_async (filter, &e->context, e->cancellable, decided_cb, entry_ref (e));
}

void
zt_filter_chain_submit (ZtFilterChain         *self,
                        const ZtFilterContext *context,
                        ZtFilterChainDone      done,
                        gpointer               user_data)
{
  GQueue *q;
  Entry *e;

  g_return_if_fail (ZT_IS_FILTER_CHAIN (self));
  g_return_if_fail (context != NULL && context->message != NULL && done != NULL);
  g_return_if_fail (context->direction == ZT_DIRECTION_TO_SERVER || context->direction == ZT_DIRECTION_TO_CLIENT);

  q = queue_for (self, context->session_id, context->direction, FALSE);
  /* the common case: nothing filters, nothing waits */
  if (self->filters->len == 0 && (q == NULL || g_queue_is_empty (q)))
    {
      done (context->message, NULL, user_data);
      return;
    }
  q = queue_for (self, context->session_id, context->direction, TRUE);
  e = g_new0 (Entry, 1);
  g_atomic_ref_count_init (&e->ref_count);
  e->chain = self;
  context_copy (&e->context, context);
  e->original = zt_message_ref (context->message);
  e->done = done;
  e->user_data = user_data;
  g_queue_push_tail (q, e);  /* the queue's reference */
  self->n_waiting++;
  decide_next (self, e);
}

/* @e, already out of its queue, ends without a decision; a decision still being made is
 * cancelled, and its callback finds @e dropped. */
static void
entry_drop (ZtFilterChain *self,
            Entry         *e)
{
  self->n_waiting--;
  e->dropped = TRUE;
  if (e->cancellable)
    g_cancellable_cancel (e->cancellable);
  e->done (NULL, NULL, e->user_data);
  entry_unref (e);
}

gboolean
zt_filter_chain_drop (ZtFilterChain *self,
                      const char    *session_id,
                      ZtDirection    direction,
                      ZtMessage     *message)
{
  g_autofree char *key = g_strdup (session_id);
  GQueue *q;

  g_return_val_if_fail (ZT_IS_FILTER_CHAIN (self), FALSE);
  q = queue_for (self, key, direction, FALSE);
  for (GList *l = q ? q->head : NULL; l; l = l->next)
    {
      Entry *e = l->data;

      if (e->original != message)
        continue;
      g_queue_delete_link (q, l);
      entry_drop (self, e);
      flush (self, key, direction);
      return TRUE;
    }
  return FALSE;
}

guint
zt_filter_chain_get_n_waiting (ZtFilterChain *self)
{
  return self->n_waiting;
}

void
zt_filter_chain_report_refusal (ZtFilterChain         *self,
                                const ZtFilterContext *context,
                                const char            *rule,
                                const char            *reason)
{
  g_return_if_fail (ZT_IS_FILTER_CHAIN (self));
  for (guint i = 0; i < self->filters->len; i++)
    {
      ZtFilter *filter = g_ptr_array_index (self->filters, i);

      if (ZT_FILTER_GET_IFACE (filter)->refused != NULL)
        ZT_FILTER_GET_IFACE (filter)->refused (filter, context, rule, reason);
    }
  g_signal_emit (self, signals[REFUSED], 0, context, rule, reason);
}

void
zt_filter_chain_append (ZtFilterChain *self,
                        ZtFilter      *filter)
{
  g_return_if_fail (ZT_IS_FILTER_CHAIN (self));
  g_return_if_fail (ZT_IS_FILTER (filter));
  g_ptr_array_add (self->filters, g_object_ref (filter));
}

guint
zt_filter_chain_get_n_filters (ZtFilterChain *self)
{
  return self->filters->len;
}

ZtFilterChain *
zt_filter_chain_new (void)
{
  return g_object_new (ZT_TYPE_FILTER_CHAIN, NULL);
}

static void
zt_filter_chain_dispose (GObject *object)
{
  ZtFilterChain *self = ZT_FILTER_CHAIN (object);

  /* what still waits is dropped: its sessions are going away with the chain */
  while (g_hash_table_size (self->queues) > 0)
    {
      GHashTableIter iter;
      Queues *qs;
      Entry *e = NULL;

      g_hash_table_iter_init (&iter, self->queues);
      g_hash_table_iter_next (&iter, NULL, (gpointer *) &qs);
      if ((e = g_queue_pop_head (&qs->waiting[0])) == NULL)
        e = g_queue_pop_head (&qs->waiting[1]);
      if (e == NULL)
        {
          g_hash_table_iter_remove (&iter);
          continue;
        }
      entry_drop (self, e);
    }
  g_ptr_array_set_size (self->filters, 0);
  G_OBJECT_CLASS (zt_filter_chain_parent_class)->dispose (object);
}

static void
zt_filter_chain_finalize (GObject *object)
{
  ZtFilterChain *self = ZT_FILTER_CHAIN (object);

  g_ptr_array_unref (self->filters);
  g_hash_table_unref (self->queues);
  G_OBJECT_CLASS (zt_filter_chain_parent_class)->finalize (object);
}

static void
zt_filter_chain_class_init (ZtFilterChainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_filter_chain_dispose;
  object_class->finalize = zt_filter_chain_finalize;

  /* ::decided (filter, const ZtFilterContext *, const ZtVerdict *): every decision of every
   * filter, for observers such as the audit log */
  signals[DECIDED] = g_signal_new ("decided", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   _zt_marshal_VOID__OBJECT_POINTER_POINTER, G_TYPE_NONE, 3, ZT_TYPE_FILTER,
                                   G_TYPE_POINTER, G_TYPE_POINTER);
  g_signal_set_va_marshaller (signals[DECIDED], G_TYPE_FROM_CLASS (klass), _zt_marshal_VOID__OBJECT_POINTER_POINTERv);
  /* ::refused (const ZtFilterContext *, rule, reason): refusals before the chain */
  signals[REFUSED] = g_signal_new ("refused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 3, G_TYPE_POINTER, G_TYPE_STRING, G_TYPE_STRING);
}

static void
zt_filter_chain_init (ZtFilterChain *self)
{
  self->filters = g_ptr_array_new_with_free_func (g_object_unref);
  self->queues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
