/* test-filter.c: the filter chain: allow, deny, rewrite, defer, order per direction, drop */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-test-filter.h"

/* The agent's test filter, from rules: {method: action}; defers take 20 ms. @log, when not
 * NULL, receives the file its log is written to. */
static ZtTestFilter *
test_filter_new (const char *first_method, ...)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  ZtTestFilter *filter;
  va_list args;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "rules");
  json_builder_begin_array (b);
  va_start (args, first_method);
  for (const char *m = first_method; m; m = va_arg (args, const char *))
    {
      const char *action = va_arg (args, const char *);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "method"); json_builder_add_string_value (b, m);
      json_builder_set_member_name (b, "action"); json_builder_add_string_value (b, action);
      json_builder_set_member_name (b, "delay_ms"); json_builder_add_int_value (b, 20);
      if (strcmp (action, "rewrite") == 0)
        {
          json_builder_set_member_name (b, "path");
          json_builder_begin_array (b); json_builder_add_string_value (b, "method"); json_builder_end_array (b);
          json_builder_set_member_name (b, "value"); json_builder_add_string_value (b, "rewritten");
        }
      json_builder_end_object (b);
    }
  va_end (args);
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  text = json_to_string (root, FALSE);
  filter = zt_test_filter_new_from_data (text, strlen (text), &error);
  g_assert_no_error (error);
  return filter;
}

/* Counts what a filter was asked about, through the chain's observers. */
static void
count_asked_cb (ZtFilterChain *chain, ZtFilter *filter, const ZtFilterContext *context,
                const ZtVerdict *verdict, gpointer user_data)
{
  if (filter == g_object_get_data (G_OBJECT (chain), "watched"))
    (*(guint *) user_data)++;
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
submit_for (ZtFilterChain *chain, const char *session, ZtDirection direction, ZtMessage *message, Record *r)
{
  g_autoptr(ZtSubject) local = zt_subject_new_local ();
  ZtFilterContext context = { session, local, "svc", ZT_SIDE_IMPORTER, direction, ZT_ORIGIN_CLIENT, message, NULL };

  zt_filter_chain_submit (chain, &context, record_cb, r);
}

static void
submit (ZtFilterChain *chain, ZtDirection direction, ZtMessage *message, Record *r)
{
  submit_for (chain, "s1", direction, message, r);
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
  g_autoptr(ZtTestFilter) f = test_filter_new ("bad", "deny", "old", "rewrite", NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *out = NULL;
  g_autoptr(ZtMessage) a = request ("ping"), b = request ("bad"), c = request ("old");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  submit (chain, ZT_DIRECTION_TO_SERVER, a, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, b, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, c, &r);
  /* decided at once, before submit returned */
  out = joined (&r);
  g_assert_cmpstr (out, ==, "ping,!refused by the test filter (importer to_server) (-32600),rewritten");
  g_assert_cmpuint (zt_filter_chain_get_n_waiting (chain), ==, 0);
  g_ptr_array_unref (r.outcomes);
}

static void
test_defer_keeps_order (void)
{
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(ZtTestFilter) f = test_filter_new ("slow", "defer", "slowbad", "defer-deny", "broken", "fail", NULL);
  g_autoptr(ZtTestFilter) after = test_filter_new (NULL);
  guint asked_after = 0;
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  Record down = { g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *out = NULL, *out_down = NULL;
  g_autoptr(ZtMessage) a = request ("slow"), b = request ("notifications/cancelled"),
                       c = request ("slowbad"), d = request ("broken"), e = request ("answer");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  zt_filter_chain_append (chain, ZT_FILTER (after));
  g_object_set_data (G_OBJECT (chain), "watched", after);
  g_signal_connect (chain, "decided", G_CALLBACK (count_asked_cb), &asked_after);
  submit (chain, ZT_DIRECTION_TO_SERVER, a, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, b, &r);  /* decided at once, but waits for a */
  submit (chain, ZT_DIRECTION_TO_SERVER, c, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, d, &r);
  submit (chain, ZT_DIRECTION_TO_CLIENT, e, &down);  /* the other direction does not wait */
  g_assert_cmpuint (r.outcomes->len, ==, 0);
  g_assert_cmpuint (down.outcomes->len, ==, 1);
  wait_for (&r, 4);
  out = joined (&r);
  g_assert_cmpstr (out, ==, "slow,notifications/cancelled,!refused by the test filter after a deferred check (-32600),"
                   "!the deferred check failed (-32600)");
  out_down = joined (&down);
  g_assert_cmpstr (out_down, ==, "answer");
  /* the next filter saw what the first let through, and nothing it denied */
  g_assert_cmpuint (asked_after, ==, 3);
  g_ptr_array_unref (r.outcomes);
  g_ptr_array_unref (down.outcomes);
}

static void
test_drop_deferred (void)
{
  /* a deferred request followed by its cancellation: the request is dropped, never passed
   * on; what followed it goes on in order */
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(ZtTestFilter) f = test_filter_new ("tools/call", "defer", NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  g_autofree char *out = NULL;
  g_autoptr(ZtMessage) call = request ("tools/call"), cancel = request ("notifications/cancelled");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  submit (chain, ZT_DIRECTION_TO_SERVER, call, &r);
  submit (chain, ZT_DIRECTION_TO_SERVER, cancel, &r);
  g_assert_true (zt_filter_chain_drop (chain, "s1", ZT_DIRECTION_TO_SERVER, call));
  g_assert_false (zt_filter_chain_drop (chain, "s1", ZT_DIRECTION_TO_SERVER, call));
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
test_sessions_independent (void)
{
  /* one session's pending decision does not hold up another session's messages */
  g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
  g_autoptr(ZtTestFilter) f = test_filter_new ("slow", "defer", NULL);
  Record r1 = { g_ptr_array_new_with_free_func (g_free) }, r2 = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(ZtMessage) a = request ("slow"), b = request ("ping"), c = request ("ping");

  zt_filter_chain_append (chain, ZT_FILTER (f));
  submit_for (chain, "s1", ZT_DIRECTION_TO_SERVER, a, &r1);
  submit_for (chain, "s1", ZT_DIRECTION_TO_SERVER, b, &r1);
  submit_for (chain, "s2", ZT_DIRECTION_TO_SERVER, c, &r2);
  g_assert_cmpuint (r1.outcomes->len, ==, 0);
  g_assert_cmpuint (r2.outcomes->len, ==, 1);
  g_assert_cmpuint (zt_filter_chain_get_n_waiting (chain), ==, 2);
  wait_for (&r1, 2);
  g_assert_cmpuint (zt_filter_chain_get_n_waiting (chain), ==, 0);
  g_ptr_array_unref (r1.outcomes);
  g_ptr_array_unref (r2.outcomes);
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
  g_autoptr(ZtTestFilter) f1 = test_filter_new (NULL), f2 = test_filter_new ("x", "deny", NULL);
  Record r = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(ZtMessage) a = request ("a"), x = request ("x");
  g_autoptr(ZtSubject) anonymous = zt_subject_new_anonymous ();
  ZtFilterContext refusal = { NULL, anonymous, "svc", ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_SERVER, ZT_ORIGIN_CLIENT };
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
  g_autoptr(ZtTestFilter) f = test_filter_new ("slow", "defer", NULL);
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
  g_test_add_func ("/core/filter/sessions-independent", test_sessions_independent);
  g_test_add_func ("/core/filter/observers", test_observers);
  g_test_add_func ("/core/filter/dispose-drops-waiting", test_dispose_drops_waiting);
  return g_test_run ();
}
