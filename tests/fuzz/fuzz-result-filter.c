/* fuzz-result-filter.c: libFuzzer target for the result filter on a tools/call answer from outside */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>
#include <string.h>

#include "zt-policy.h"
#include "zt-result-filter.h"

static const ZtLimits fuzz_limits = { .max_size = 65536, .max_depth = 32 };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct {
  gboolean   done;
  ZtMessage *out;
  int        code;
  char      *rule;
} Outcome;

static void
done_cb (ZtMessage *message, const ZtVerdict *denial, gpointer user_data)
{
  Outcome *o = user_data;

  o->done = TRUE;
  o->out = message ? zt_message_ref (message) : NULL;
  o->code = denial ? denial->code : 0;
  o->rule = denial ? g_strdup (denial->rule) : NULL;
}

static ZtResultScanMode
mode_cb (const char *service, gpointer user_data)
{
  return GPOINTER_TO_INT (user_data);
}

/* What goes on is text a client can read: every string of content and structuredContent
 * valid UTF-8 (json-glib's strings from the strict parser are). */
static void
check_strings (JsonNode *node,
               guint     depth)
{
  g_assert_cmpuint (depth, <, 200);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_assert_true (g_utf8_validate (json_node_get_string (node), -1, NULL));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        check_strings (member, depth + 1);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      check_strings (json_array_get_element (json_node_get_array (node), i), depth + 1);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr(ZtMessage) request = NULL;
  g_autoptr(ZtMessage) answer = NULL;
  g_autoptr(ZtSubject) local = zt_subject_new_local ();
  static const char call[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"t\"}}";

  /* the bytes are the answer's result */
  text = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":%.*s}", (int) size, (const char *) data);
  answer = zt_message_parse (text, strlen (text), &fuzz_limits, NULL);
  if (answer == NULL || zt_message_get_result (answer) == NULL)
    return 0;
  request = zt_message_parse (call, strlen (call), NULL, NULL);

  for (ZtResultScanMode mode = ZT_RESULT_SCAN_TAG; mode <= ZT_RESULT_SCAN_BLOCK; mode++)
    {
      g_autoptr(ZtResultFilter) filter = zt_result_filter_new ();
      g_autoptr(ZtFilterChain) chain = zt_filter_chain_new ();
      ZtFilterContext context = { "s1", local, "svc", ZT_SIDE_IMPORTER, ZT_DIRECTION_TO_CLIENT, ZT_ORIGIN_SERVER,
                                  answer, request };
      Outcome o = { 0 };

      zt_result_filter_set_mode_func (filter, mode_cb, GINT_TO_POINTER (mode));
      zt_filter_chain_append (chain, ZT_FILTER (filter));
      zt_filter_chain_submit (chain, &context, done_cb, &o);
      while (!o.done)
        g_main_context_iteration (NULL, TRUE);
      /* an answer goes on, or is refused with the policy's code and a result: rule */
      g_assert_true ((o.out != NULL) != (o.rule != NULL));
      if (o.rule != NULL)
        {
          g_assert_cmpint (mode, ==, ZT_RESULT_SCAN_BLOCK);
          g_assert_cmpint (o.code, ==, -32003);
          g_assert_true (g_str_has_prefix (o.rule, "result:"));
        }
      else
        {
          JsonObject *result = zt_message_get_result (o.out);
          JsonNode *content = json_object_get_member (result, "content");
          JsonNode *structured = json_object_get_member (result, "structuredContent");

          if (content != NULL)
            check_strings (content, 0);
          if (structured != NULL)
            check_strings (structured, 0);
        }
      g_clear_pointer (&o.out, zt_message_unref);
      g_free (o.rule);
    }
  return 0;
}
