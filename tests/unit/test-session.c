/* test-session.c: request-id remapping of ZtSession against a real stdio MCP server */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-transports.h"
#include "zt-jsonrpc.h"
#include "zt-session.h"
#include "zt-test-util.h"

/* A sink that keeps what it is given, like the JSON body of one POST. */
typedef struct {
  ZtSink     parent;
  GPtrArray *messages;
  guint      n_final;
} TestSink;

static void
test_sink_deliver (ZtSink    *sink,
                   ZtMessage *message,
                   gboolean   final)
{
  TestSink *self = (TestSink *) sink;

  g_ptr_array_add (self->messages, zt_message_ref (message));
  if (final)
    self->n_final++;
}

static void
test_sink_finalize (ZtSink *sink)
{
  TestSink *self = (TestSink *) sink;

  g_ptr_array_unref (self->messages);
  g_free (self);
}

static const ZtSinkFuncs test_sink_funcs = {
  .deliver = test_sink_deliver,
  .finalize = test_sink_finalize,
};

static TestSink *
test_sink_new (void)
{
  TestSink *self = g_new0 (TestSink, 1);

  zt_sink_init (&self->parent, &test_sink_funcs, FALSE);
  self->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_message_unref);
  return self;
}

static void
test_sink_unref (TestSink *self)
{
  zt_sink_unref (&self->parent);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestSink, test_sink_unref)

typedef struct {
  ZtService *service;
  ZtSession *session;
} Fixture;

static gboolean
tick (gpointer user_data)
{
  return G_SOURCE_CONTINUE;  /* only wakes the loop so waits can check their deadline */
}

/* Runs the main loop until every sink has its final answer, or @seconds have gone. */
static gboolean
wait_for_answers_within (TestSink **sinks,
                         guint      n,
                         guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint source = g_timeout_add (20, tick, NULL);
  gboolean done = FALSE;

  while (!done && g_get_monotonic_time () < deadline)
    {
      done = TRUE;
      for (guint i = 0; i < n; i++)
        done = done && sinks[i]->n_final > 0;
      if (!done)
        g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (source);
  return done;
}

static gboolean
wait_for_answers (TestSink **sinks,
                  guint      n)
{
  return wait_for_answers_within (sinks, n, 10);
}

/* Lets the loop run for @ms, for what must NOT happen (a second answer, a crash). */
static void
settle (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + ms * 1000;
  guint source = g_timeout_add (10, tick, NULL);

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (source);
}

static ZtMessage *
message (const char *json)
{
  g_autoptr(GError) error = NULL;
  ZtMessage *m = zt_message_parse (json, strlen (json), NULL, &error);

  g_assert_no_error (error);
  return m;
}

static void
handle (Fixture    *f,
        const char *json,
        TestSink   *sink)
{
  g_autoptr(ZtMessage) m = message (json);

  zt_session_handle (f->session, m, sink ? &sink->parent : NULL);
}

static ZtMessage *
final_answer (TestSink *sink)
{
  g_assert_cmpuint (sink->n_final, ==, 1);
  g_assert_cmpuint (sink->messages->len, ==, 1);
  return sink->messages->pdata[0];
}

/* The text of the echo tool's answer, or NULL. */
static const char *
echo_text (ZtMessage *answer)
{
  JsonObject *result = zt_message_get_result (answer);
  JsonArray *content;

  if (result == NULL || !json_object_has_member (result, "content"))
    return NULL;
  content = json_object_get_array_member (result, "content");
  return json_object_get_string_member (json_array_get_object_element (content, 0), "text");
}

static void
initialize (Fixture *f)
{
  g_autoptr(TestSink) sink = test_sink_new ();
  TestSink *sinks[] = { sink };
  ZtMessage *answer;

  handle (f, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"unit\",\"version\":\"1\"}}}", sink);
  g_assert_true (wait_for_answers (sinks, 1));
  answer = final_answer (sink);
  g_assert_cmpint (zt_message_get_kind (answer), ==, ZT_MESSAGE_RESULT);
  g_assert_cmpint (json_node_get_int (zt_message_get_id (answer)), ==, 0);
  g_assert_cmpstr (zt_session_get_protocol_version (f->session), ==, "2025-06-18");
  g_assert_cmpstr (zt_session_get_client_name (f->session), ==, "unit");
  handle (f, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const char *server = g_getenv ("ZT_ECHO_SERVER");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (server);
  f->service = zt_service_new ("echo");
  f->service->kind = ZT_SERVICE_STDIO;
  f->service->argv = g_new0 (char *, 2);
  f->service->argv[0] = g_strdup (server);
  {
    g_autoptr(ZtTransports) transports = zt_transports_new ();

    f->session = zt_session_new (f->service, ZT_UPSTREAM_HOST (transports));
  }
  g_assert_true (zt_session_start (f->session, &error));
  g_assert_no_error (error);
  initialize (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  zt_session_close (f->session);
  settle (50);
  g_clear_object (&f->session);
  g_clear_pointer (&f->service, zt_service_unref);
}

static char *
tools_call (const char *id_json,
            const char *text)
{
  return g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":%s,\"method\":\"tools/call\","
                          "\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"%s\"}}}",
                          id_json, text);
}

static void
test_string_vs_int (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TestSink) s = test_sink_new ();
  g_autoptr(TestSink) i = test_sink_new ();
  g_autofree char *req_s = tools_call ("\"1\"", "string one");
  g_autofree char *req_i = tools_call ("1", "integer one");
  TestSink *sinks[] = { s, i };
  ZtMessage *a;

  /* Both in flight at once: "1" and 1 are different requests. */
  handle (f, req_s, s);
  handle (f, req_i, i);
  g_assert_cmpuint (zt_session_get_n_pending (f->session), ==, 2);
  g_assert_true (wait_for_answers (sinks, 2));

  a = final_answer (s);
  g_assert_cmpint (json_node_get_value_type (zt_message_get_id (a)), ==, G_TYPE_STRING);
  g_assert_cmpstr (json_node_get_string (zt_message_get_id (a)), ==, "1");
  g_assert_cmpstr (echo_text (a), ==, "string one");
  a = final_answer (i);
  g_assert_cmpint (json_node_get_value_type (zt_message_get_id (a)), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (zt_message_get_id (a)), ==, 1);
  g_assert_cmpstr (echo_text (a), ==, "integer one");
  g_assert_cmpuint (zt_session_get_n_pending (f->session), ==, 0);
}

static void
test_many_ids (Fixture       *f,
               gconstpointer  data)
{
  static const char *ids[] = {
    "0", "-1", "2", "9223372036854775807", "-9223372036854775808", "\"\"", "\"0\"", "\"01\"",
    "\" 1\"", "\"-1\"", "\"\\u00e9\\ud83d\\ude00\"", "\"a\\\"b\"", "\"i:2\"", "\"s:x\"",
  };
  const guint rounds = 4;
  g_autoptr(GPtrArray) sinks = g_ptr_array_new_with_free_func ((GDestroyNotify) test_sink_unref);

  for (guint r = 0; r < rounds; r++)
    for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
      {
        g_autofree char *text = g_strdup_printf ("round %u id %u", r, k);
        g_autofree char *req = tools_call (ids[k], text);
        TestSink *sink = test_sink_new ();

        /* each round reuses the ids of the last, once those are answered */
        g_ptr_array_add (sinks, sink);
        handle (f, req, sink);
        if (k == G_N_ELEMENTS (ids) - 1)
          g_assert_true (wait_for_answers ((TestSink **) sinks->pdata + r * G_N_ELEMENTS (ids),
                                           G_N_ELEMENTS (ids)));
      }

  for (guint r = 0; r < rounds; r++)
    for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
      {
        TestSink *sink = sinks->pdata[r * G_N_ELEMENTS (ids) + k];
        ZtMessage *a = final_answer (sink);
        g_autofree char *text = g_strdup_printf ("round %u id %u", r, k);
        g_autoptr(JsonNode) want = json_from_string (ids[k], NULL);

        g_assert_true (json_node_equal (zt_message_get_id (a), want));
        g_assert_cmpstr (echo_text (a), ==, text);
      }
  g_assert_cmpuint (zt_session_get_n_pending (f->session), ==, 0);
}

static void
test_duplicate_in_flight (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(TestSink) first = test_sink_new ();
  g_autoptr(TestSink) second = test_sink_new ();
  g_autoptr(TestSink) again = test_sink_new ();
  g_autofree char *req1 = tools_call ("\"dup\"", "first");
  g_autofree char *req2 = tools_call ("\"dup\"", "second");
  g_autofree char *req3 = tools_call ("\"dup\"", "third");
  TestSink *sinks[] = { first, second };
  TestSink *sinks3[] = { again };
  ZtMessage *a;
  JsonObject *err;

  handle (f, req1, first);
  handle (f, req2, second);
  g_assert_true (wait_for_answers (sinks, 2));

  a = final_answer (second);
  g_assert_cmpint (zt_message_get_kind (a), ==, ZT_MESSAGE_ERROR);
  g_assert_cmpstr (json_node_get_string (zt_message_get_id (a)), ==, "dup");
  err = json_object_get_object_member (zt_message_get_object (a), "error");
  g_assert_cmpint (json_object_get_int_member (err, "code"), ==, ZT_JSONRPC_INVALID_REQUEST);
  g_assert_nonnull (strstr (json_object_get_string_member (err, "message"), "already in flight"));
  g_assert_cmpstr (echo_text (final_answer (first)), ==, "first");

  /* Answered: the id is free again. */
  handle (f, req3, again);
  g_assert_true (wait_for_answers (sinks3, 1));
  g_assert_cmpstr (echo_text (final_answer (again)), ==, "third");
  settle (50);
  g_assert_cmpuint (first->messages->len, ==, 1);
}

/* The agent's own request in a client's live session (the pins' re-check after list_changed):
 * its answer reaches its own sink only; the client may use the same id at the same time; a
 * closed session takes none. */
static void
test_agent_request (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TestSink) agent = test_sink_new ();
  g_autoptr(TestSink) client = test_sink_new ();
  g_autoptr(TestSink) late = test_sink_new ();
  g_autofree char *own = tools_call ("7", "from the agent");
  g_autofree char *theirs = tools_call ("7", "from the client");
  g_autoptr(ZtMessage) request = message (own);
  g_autoptr(ZtMessage) again = message (own);
  TestSink *sinks[] = { agent, client };

  g_assert_true (zt_session_request_from_agent (f->session, request, &agent->parent));
  handle (f, theirs, client);
  g_assert_true (wait_for_answers (sinks, 2));
  g_assert_cmpstr (echo_text (final_answer (agent)), ==, "from the agent");
  g_assert_cmpstr (echo_text (final_answer (client)), ==, "from the client");
  g_assert_cmpint (json_node_get_int (zt_message_get_id (final_answer (agent))), ==, 7);
  settle (50);
  g_assert_cmpuint (agent->messages->len, ==, 1);
  g_assert_cmpuint (client->messages->len, ==, 1);

  zt_session_close (f->session);
  g_assert_false (zt_session_request_from_agent (f->session, again, &late->parent));
  g_assert_cmpuint (late->messages->len, ==, 0);
}

static void
test_error_answer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(TestSink) sink = test_sink_new ();
  TestSink *sinks[] = { sink };
  ZtMessage *a;
  JsonObject *err;

  handle (f, "{\"jsonrpc\":\"2.0\",\"id\":\"e-1\",\"method\":\"no/such/method\"}", sink);
  g_assert_true (wait_for_answers (sinks, 1));
  a = final_answer (sink);
  g_assert_cmpint (zt_message_get_kind (a), ==, ZT_MESSAGE_ERROR);
  g_assert_cmpstr (json_node_get_string (zt_message_get_id (a)), ==, "e-1");
  err = json_object_get_object_member (zt_message_get_object (a), "error");
  g_assert_cmpint (json_object_get_int_member (err, "code"), ==, ZT_JSONRPC_METHOD_NOT_FOUND);
}

static void
test_stray_messages (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TestSink) sink = test_sink_new ();
  TestSink *sinks[] = { sink };

  /* A cancel for nothing in flight, an answer to a server request never made: dropped. */
  handle (f, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"zz\"}}", NULL);
  handle (f, "{\"jsonrpc\":\"2.0\",\"id\":12345,\"result\":{}}", NULL);
  handle (f, "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":1,\"message\":\"m\"}}", NULL);
  handle (f, "{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}", sink);
  g_assert_true (wait_for_answers (sinks, 1));
  g_assert_cmpstr (json_node_get_string (zt_message_get_id (final_answer (sink))), ==, "p");
  settle (100);
  g_assert_cmpuint (sink->messages->len, ==, 1);
  g_assert_cmpuint (zt_session_get_n_pending (f->session), ==, 0);
}

static void
test_bug_smuggled_request (Fixture       *f,
                           gconstpointer  data)
{
  /* A second message after a newline in the same body passes zt_message_parse (json-glib
   * stops after the first document) and is relayed verbatim to the stdio server, which
   * reads two lines. The smuggled request's id is never remapped: choosing the gateway's
   * next upstream id (sequential, so predictable) makes its answer take the place of the
   * answer to the next real request. Here the session has used upstream ids 1 (initialize)
   * so far; the real request below gets 2. */
  g_autoptr(TestSink) sink = test_sink_new ();
  g_autofree char *real = tools_call ("\"real\"", "the real answer");
  TestSink *sinks[] = { sink };
  const char *text;

  static const char smuggler[] =
    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{}}\n"
    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
    "\"arguments\":{\"message\":\"smuggled\"}}}";
  g_autoptr(ZtMessage) m = zt_message_parse (smuggler, strlen (smuggler), NULL, NULL);

  if (m == NULL)
    return;  /* refused at the door: fixed */
  zt_session_handle (f->session, m, NULL);
  handle (f, real, sink);
  g_assert_true (wait_for_answers (sinks, 1));
  text = echo_text (final_answer (sink));
  zt_regression_check (g_strcmp0 (text, "the real answer") == 0,
                      "a request smuggled after a newline was run upstream and its answer "
                      "(\"%s\") delivered for the next real request", text);
}

static void
test_bug_pretty_printed_request (Fixture       *f,
                                 gconstpointer  data)
{
  /* Valid JSON with line breaks between tokens is relayed as received; the stdio server
   * reads it line by line and never answers it. */
  g_autoptr(TestSink) sink = test_sink_new ();
  TestSink *sinks[] = { sink };
  gboolean answered;

  handle (f, "{\n  \"jsonrpc\": \"2.0\",\n  \"id\": \"pretty\",\n  \"method\": \"ping\"\n}", sink);
  answered = wait_for_answers_within (sinks, 1, 2);  /* the echo server answers in microseconds */
  zt_regression_check (answered && zt_message_get_kind (final_answer (sink)) == ZT_MESSAGE_RESULT,
                      "a pretty-printed request got no result from a stdio server");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("ZT_ECHO_SERVER") == NULL)
    {
      g_test_skip ("ZT_ECHO_SERVER is not set (run through meson test)");
      return g_test_run ();
    }

#define ADD(path, func) \
  g_test_add ("/core/session/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("id/string-vs-int", test_string_vs_int);
  ADD ("id/many", test_many_ids);
  ADD ("id/duplicate-in-flight", test_duplicate_in_flight);
  ADD ("agent-request", test_agent_request);
  ADD ("error-answer", test_error_answer);
  ADD ("stray-messages", test_stray_messages);
  ADD ("regression/smuggled-request", test_bug_smuggled_request);
  ADD ("regression/pretty-printed-request", test_bug_pretty_printed_request);
#undef ADD

  return g_test_run ();
}
