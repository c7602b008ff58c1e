/* test-filter.c: the filter chain: allow, deny, rewrite, defer, order per direction, drop */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-filter.h"

/* A test filter: its behaviour for a method is one of "allow", "deny", "rewrite", "defer"
 * (decided ALLOW after @delay_ms on the main context), "defer-deny", "fail". */
#define TEST_TYPE_FILTER (test_filter_get_type ())
G_DECLARE_FINAL_TYPE (TestFilter, test_filter, TEST, FILTER, GObject)

struct _TestFilter
{
  GObject     parent_instance;
  GHashTable *rules;     /* method -> behaviour */
  guint       delay_ms;
  GPtrArray  *seen;      /* "direction:method" of every message asked about */
};

static void test_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (TestFilter, test_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, test_filter_iface_init))

static const char *
rule_for (TestFilter *self, const ZtFilterContext *context)
{
  const char *method = zt_message_get_method (context->message);
  const char *rule = method ? g_hash_table_lookup (self->rules, method) : NULL;

  return rule ? rule : "allow";
}

static ZtVerdictKind
test_filter_check (ZtFilter              *filter,
                   const ZtFilterContext *context,
                   ZtVerdict             *verdict)
{
  TestFilter *self = TEST_FILTER (filter);
  const char *rule = rule_for (self, context);

  g_ptr_array_add (self->seen, g_strdup_printf ("%s:%s", context->direction == ZT_DIRECTION_TO_SERVER ? "up" : "down",
                                                zt_message_get_method (context->message)));
  if (g_str_has_prefix (rule, "defer") || strcmp (rule, "fail") == 0)
    return ZT_VERDICT_DEFER;
  if (strcmp (rule, "deny") == 0)
    {
      zt_verdict_deny (verdict, "test-rule", "denied %s", zt_message_get_method (context->message));
      return ZT_VERDICT_DENY;
    }
  if (strcmp (rule, "rewrite") == 0)
    {
      g_autoptr(JsonNode) id = zt_json_id_new_int (99);

      verdict->kind = ZT_VERDICT_REWRITE;
      verdict->replacement = zt_message_new_request (id, "rewritten", NULL);
      return ZT_VERDICT_REWRITE;
    }
  return ZT_VERDICT_ALLOW;
}

static gboolean
deferred_cb (gpointer user_data)
{
  GTask *task = user_data;

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static void
test_filter_decide_async (ZtFilter              *filter,
                          const ZtFilterContext *context,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  TestFilter *self = TEST_FILTER (filter);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, test_filter_decide_async);
  g_task_set_task_data (task, g_strdup (rule_for (self, context)), g_free);
  g_timeout_add (self->delay_ms, deferred_cb, task);
}

static gboolean
test_filter_decide_finish (ZtFilter      *filter,
                           GAsyncResult  *result,
                           ZtVerdict     *verdict,
                           GError       **error)
{
  const char *rule = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (strcmp (rule, "fail") == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the remote check failed");
      return FALSE;
    }
  if (strcmp (rule, "defer-deny") == 0)
    zt_verdict_deny (verdict, "test-rule", "denied later");
  return TRUE;
}

static void
test_filter_iface_init (ZtFilterInterface *iface)
{
  iface->check = test_filter_check;
  iface->decide_async = test_filter_decide_async;
  iface->decide_finish = test_filter_decide_finish;
}

static void
test_filter_finalize (GObject *object)
{
  TestFilter *self = TEST_FILTER (object);

  g_hash_table_unref (self->rules);
  g_ptr_array_unref (self->seen);
  G_OBJECT_CLASS (test_filter_parent_class)->finalize (object);
}

static void
test_filter_class_init (TestFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_filter_finalize;
}

static void
test_filter_init (TestFilter *self)
{
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->seen = g_ptr_array_new_with_free_func (g_free);
  self->delay_ms = 20;
}

static TestFilter *
test_filter_new (const char *first_method, ...)
{
  TestFilter *self = g_object_new (TEST_TYPE_FILTER, NULL);
  va_list args;

  va_start (args, first_method);
  for (const char *m = first_method; m; m = va_arg (args, const char *))
    g_hash_table_insert (self->rules, g_strdup (m), g_strdup (va_arg (args, const char *)));
  va_end (args);
  return self;
}

/* ---------------------------------------------------------------------------------------- */

typedef struct {
  GPtrArray *outcomes;  /* "method" passed on, "!reason" denied, "-" dropped */
} Record;

static void
record_cb (ZtMessage       *message,
           const ZtVerdict *denial,
           gpointer         user_data)
{
  Record *r = user_data;

  if (message != NULL)
    g_ptr_array_add (r->outcomes, g_strdup (zt_message_get_method (message)));
  else if (denial != NULL)
    g_ptr_array_add (r->outcomes, g_strdup_printf ("!%s (%d)", denial->reason, denial->code));
  else
    g_ptr_array_add (r->outcomes, g_strdup ("-"));
}

static ZtMessage *
request (const char *method)
{
  g_autoptr(JsonNode) id = zt_json_id_new_int (1);
  return zt_message_new_request (id, method, NULL);
}

static void
submit (ZtFilterChain *chain, ZtDirection direction, ZtMessage *message, Record *r)
{
  ZtFilterContext context = { "s1", "local", "svc", ZT_SIDE_IMPORTER, direction, ZT_ORIGIN_CLIENT, message, NULL };

  zt_filter_chain_submit (chain, &context, record_cb, r);
}

static void
wait_for (Record *r, guint n)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (r->outcomes->len < n && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (r->outcomes->len, ==, n);
}

static char *
joined (Record *r)
{
  g_ptr_array_add (r->outcomes, NULL);
  g_ptr_array_set_size (r->outcomes, r->outcomes->len - 1);
  return g_strjoinv (",", (char **) r->outcomes->pdata);
}

static void
test_sync_verdicts (void)
{
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(TestFilter) f = test_filter_new ("bad", "deny", "old", "rewrite", NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *out = NULL;
  g_autoptr(ZtMessage) a = request ("ping"), b = request ("bad"), c = request ("old");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  submit (chain, ZT_DIRECTION_TO_SERVER, a, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, b, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, c, &r);
  /* decided at once, before submit returned */
  out = joined (&r);
  g_assert_cmpstr (out, ==, "ping,!denied bad (-32600),rewritten");
  g_assert_cmpuint (zt_filter_chain_get_n_waiting (chain), ==, 0);
  g_ptr_array_unref (r.outcomes);
}

static void
test_defer_keeps_order (void)
{
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(TestFilter) f = test_filter_new ("slow", "defer", "slowbad", "defer-deny", "broken", "fail", NULL);
  g_autoptr(TestFilter) after = test_filter_new (NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  Record down = { g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *out = NULL, *out_down = NULL;
  g_autoptr(ZtMessage) a = request ("slow"), b = request ("notifications/cancelled"),
                       c = request ("slowbad"), d = request ("broken"), e = request ("answer");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  zt_filter_chain_append (chain, ZT_FILTER (after));
  submit (chain, ZT_DIRECTION_TO_SERVER, a, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, b, &r);  /* decided at once, but waits for a */
  submit (chain, ZT_DIRECTION_TO_SERVER, c, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, d, &r);
  submit (chain, ZT_DIRECTION_TO_CLIENT, e, &down);  /* the other direction does not wait */
  g_assert_cmpuint (r.outcomes->len, ==, 0);
  g_assert_cmpuint (down.outcomes->len, ==, 1);
  wait_for (&r, 4);
  out = joined (&r);
  g_assert_cmpstr (out, ==, "slow,notifications/cancelled,!denied later (-32600),!the remote check failed (-32600)");
  out_down = joined (&down);
  g_assert_cmpstr (out_down, ==, "answer");
  /* the next filter saw what the first let through, and nothing it denied */
  g_assert_cmpuint (after->seen->len, ==, 3);
  g_ptr_array_unref (r.outcomes);
  g_ptr_array_unref (down.outcomes);
}

static void
test_drop_deferred (void)
{
  /* a deferred request followed by its cancellation: the request is dropped, never passed
   * on; what followed it goes on in order */
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(TestFilter) f = test_filter_new ("tools/call", "defer", NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *out = NULL;
  g_autoptr(ZtMessage) call = request ("tools/call"), cancel = request ("notifications/cancelled");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  submit (chain, ZT_DIRECTION_TO_SERVER, call, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, cancel, &r);
  g_assert_true (zt_filter_chain_drop (chain, ZT_DIRECTION_TO_SERVER, call));
  g_assert_false (zt_filter_chain_drop (chain, ZT_DIRECTION_TO_SERVER, call));
  wait_for (&r, 2);
  out = joined (&r);
  g_assert_cmpstr (out, ==, "-,notifications/cancelled");
  /* the cancelled decision's callback still comes, and finds nothing to do */
  for (int i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (30000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (r.outcomes->len, ==, 2);
  g_ptr_array_unref (r.outcomes);
}

static void
count_decided_cb (ZtFilterChain *chain, ZtFilter *filter, const ZtFilterContext *context,
                  const ZtVerdict *verdict, guint *n)
{
  (*n)++;
}

static void
count_refused_cb (ZtFilterChain *chain, const ZtFilterContext *context, const char *rule,
                  const char *reason, guint *n)
{
  g_assert_cmpstr (rule, ==, "auth");
  (*n)++;
}

static void
test_observers (void)
{
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(TestFilter) f1 = test_filter_new (NULL), f2 = test_filter_new ("x", "deny", NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(ZtMessage) a = request ("a"), x = request ("x");
  ZtFilterContext refusal = { NULL, "anonymous", "svc", ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_CLIENT };
  guint decided = 0, refused = 0;

  zt_filter_chain_append (chain, ZT_FILTER (f1));
  zt_filter_chain_append (chain, ZT_FILTER (f2));
  g_signal_connect (chain, "decided", G_CALLBACK (count_decided_cb), &decided);
  g_signal_connect (chain, "refused", G_CALLBACK (count_refused_cb), &refused);
  submit (chain, ZT_DIRECTION_TO_SERVER, a, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, x, &r);
  zt_filter_chain_report_refusal (chain, &refusal, "auth", "missing token");
  g_assert_cmpuint (decided, ==, 4);
  g_assert_cmpuint (refused, ==, 1);
  g_ptr_array_unref (r.outcomes);
}

static void
test_dispose_drops_waiting (void)
{
  ZtFilterChain *chain = zt_filter_chain_new ();
  g_autoptr(TestFilter) f = test_filter_new ("slow", "defer", NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(ZtMessage) a = request ("slow");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  submit (chain, ZT_DIRECTION_TO_SERVER, a, &r);
  g_object_run_dispose (G_OBJECT (chain));
  g_assert_cmpuint (r.outcomes->len, ==, 1);
  g_assert_cmpstr (r.outcomes->pdata[0], ==, "-");
  g_object_unref (chain);  /* the pending decision still holds it until it returns */
  g_usleep (30000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (r.outcomes->len, ==, 1);
  g_ptr_array_unref (r.outcomes);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/filter/sync-verdicts", test_sync_verdicts);
  g_test_add_func ("/core/filter/defer-keeps-order", test_defer_keeps_order);
  g_test_add_func ("/core/filter/drop-deferred", test_drop_deferred);
  g_test_add_func ("/core/filter/observers", test_observers);
  g_test_add_func ("/core/filter/dispose-drops-waiting", test_dispose_drops_waiting);
  return g_test_run ();
}
