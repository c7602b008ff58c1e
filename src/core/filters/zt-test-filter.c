/* zt-test-filter.c: a filter driven by a rules file, for tests of the seam */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <string.h>

#include "zt-error.h"
#include "zt-test-filter.h"
#include "zt-util.h"

struct _ZtTestFilter
{
  GObject     parent_instance;

  JsonArray  *rules;
  FILE       *log;
};

static void zt_test_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtTestFilter, zt_test_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, zt_test_filter_iface_init))

static const char *
side_name (ZtSide side)
{
  return side == ZT_SIDE_EXPORTER ? "exporter" : "importer";
}

static const char *
direction_name (ZtDirection direction)
{
  return direction == ZT_DIRECTION_TO_CLIENT ? "to_client" : "to_server";
}

/* The method and tool a message is about: its own, or for an answer its request's. */
static void
about (const ZtFilterContext *context,
       const char           **method,
       const char           **tool)
{
  ZtMessage *m = context->request ? context->request : context->message;
  JsonObject *params = zt_message_get_params (m);

  *method = zt_message_get_method (m);
  *tool = params ? json_object_get_string_member_with_default (params, "name", NULL) : NULL;
}

/* One JSON object a line, flushed at once: the tests read the log while the agent runs. */
static void
log_line (ZtTestFilter *self,
          JsonBuilder  *b)
{
  g_autoptr(JsonNode) line = json_builder_get_root (b);
  g_autofree char *text = zt_json_to_string (line);

  fprintf (self->log, "%s\n", text);
  fflush (self->log);
}

static void
log_message (ZtTestFilter          *self,
             const ZtFilterContext *context)
{
  static const char *origins[] = { "client", "server", "agent" };
  g_autoptr(JsonBuilder) b = json_builder_new ();
  JsonNode *id = zt_message_get_id (context->message);
  const char *method, *tool;

  if (self->log == NULL)
    return;
  about (context, &method, &tool);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "session"); json_builder_add_string_value (b, context->session_id);
  json_builder_set_member_name (b, "subject"); json_builder_add_string_value (b, zt_subject_to_string (context->subject));
  json_builder_set_member_name (b, "service"); json_builder_add_string_value (b, context->service);
  json_builder_set_member_name (b, "side"); json_builder_add_string_value (b, side_name (context->side));
  json_builder_set_member_name (b, "direction"); json_builder_add_string_value (b, direction_name (context->direction));
  json_builder_set_member_name (b, "origin"); json_builder_add_string_value (b, origins[context->origin]);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, zt_message_get_method (context->message) ? (id ? "request" : "notification")
                                    : "response");
  json_builder_set_member_name (b, "method"); json_builder_add_string_value (b, method);
  json_builder_set_member_name (b, "tool"); json_builder_add_string_value (b, tool);
  json_builder_end_object (b);
  log_line (self, b);
}

static gboolean
member_matches (JsonObject *rule,
                const char *member,
                const char *value)
{
  const char *want = json_object_get_string_member_with_default (rule, member, NULL);

  return want == NULL || g_strcmp0 (want, value) == 0;
}

static JsonObject *
find_rule (ZtTestFilter          *self,
           const ZtFilterContext *context)
{
  const char *method, *tool;

  about (context, &method, &tool);
  for (guint i = 0; self->rules && i < json_array_get_length (self->rules); i++)
    {
      JsonNode *n = json_array_get_element (self->rules, i);
      JsonObject *rule = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;

      if (rule != NULL &&
          member_matches (rule, "service", context->service) &&
          member_matches (rule, "side", side_name (context->side)) &&
          member_matches (rule, "direction", direction_name (context->direction)) &&
          member_matches (rule, "method", method) &&
          member_matches (rule, "tool", tool))
        return rule;
    }
  return NULL;
}

static ZtVerdictKind
zt_test_filter_check (ZtFilter              *filter,
                      const ZtFilterContext *context,
                      ZtVerdict             *verdict)
{
  ZtTestFilter *self = ZT_TEST_FILTER (filter);
  JsonObject *rule;
  const char *action;

  log_message (self, context);
  rule = find_rule (self, context);
  action = rule ? json_object_get_string_member_with_default (rule, "action", "allow") : "allow";
  if (strcmp (action, "deny") == 0)
    {
      zt_verdict_deny (verdict, "test-filter", "refused by the test filter (%s %s)",
                       side_name (context->side), direction_name (context->direction));
      return ZT_VERDICT_DENY;
    }
  if (g_str_has_prefix (action, "defer") || strcmp (action, "fail") == 0)
    return ZT_VERDICT_DEFER;
  if (strcmp (action, "rewrite") == 0)
    {
      JsonNode *path = json_object_get_member (rule, "path");
      JsonNode *value = json_object_get_member (rule, "value");
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; path && JSON_NODE_HOLDS_ARRAY (path) && i < json_array_get_length (json_node_get_array (path)); i++)
        g_ptr_array_add (names, (gpointer) json_array_get_string_element (json_node_get_array (path), i));
      g_ptr_array_add (names, NULL);
      if (value != NULL && names->len > 1)
        {
          verdict->kind = ZT_VERDICT_REWRITE;
          verdict->rule = g_strdup ("test-filter");
          verdict->replacement = zt_message_copy (context->message);
          zt_message_replace (verdict->replacement, (const char * const *) names->pdata, value);
          return ZT_VERDICT_REWRITE;
        }
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
zt_test_filter_decide_async (ZtFilter              *filter,
                             const ZtFilterContext *context,
                             GCancellable          *cancellable,
                             GAsyncReadyCallback    callback,
                             gpointer               user_data)
{
  ZtTestFilter *self = ZT_TEST_FILTER (filter);
  JsonObject *rule = find_rule (self, context);
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, zt_test_filter_decide_async);
  g_task_set_task_data (task, g_strdup (rule ? json_object_get_string_member_with_default (rule, "action", "defer")
                                             : "defer"), g_free);
  zt_timeout_add ((guint) (rule ? json_object_get_int_member_with_default (rule, "delay_ms", 200) : 200),
                  deferred_cb, task);
}

static gboolean
zt_test_filter_decide_finish (ZtFilter      *filter,
                              GAsyncResult  *result,
                              ZtVerdict     *verdict,
                              GError       **error)
{
  const char *action;

  g_return_val_if_fail (g_task_is_valid (result, filter), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_test_filter_decide_async, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  action = g_task_get_task_data (G_TASK (result));
  if (strcmp (action, "fail") == 0)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_FAILED, "the deferred check failed");
      return FALSE;
    }
  if (strcmp (action, "defer-deny") == 0)
    zt_verdict_deny (verdict, "test-filter", "refused by the test filter after a deferred check");
  return TRUE;
}

static void
zt_test_filter_refused (ZtFilter              *filter,
                        const ZtFilterContext *context,
                        const char            *rule,
                        const char            *reason)
{
  ZtTestFilter *self = ZT_TEST_FILTER (filter);
  g_autoptr(JsonBuilder) b = json_builder_new ();

  if (self->log == NULL)
    return;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "refused"); json_builder_add_string_value (b, rule);
  json_builder_set_member_name (b, "reason"); json_builder_add_string_value (b, reason);
  json_builder_set_member_name (b, "subject"); json_builder_add_string_value (b, zt_subject_to_string (context->subject));
  json_builder_set_member_name (b, "service"); json_builder_add_string_value (b, context->service);
  json_builder_set_member_name (b, "side"); json_builder_add_string_value (b, side_name (context->side));
  json_builder_end_object (b);
  log_line (self, b);
}

static void
zt_test_filter_iface_init (ZtFilterInterface *iface)
{
  iface->refused = zt_test_filter_refused;
  iface->check = zt_test_filter_check;
  iface->decide_async = zt_test_filter_decide_async;
  iface->decide_finish = zt_test_filter_decide_finish;
}

static void
zt_test_filter_finalize (GObject *object)
{
  ZtTestFilter *self = ZT_TEST_FILTER (object);

  g_clear_pointer (&self->rules, json_array_unref);
  g_clear_pointer (&self->log, fclose);
  G_OBJECT_CLASS (zt_test_filter_parent_class)->finalize (object);
}

static void
zt_test_filter_class_init (ZtTestFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_test_filter_finalize;
}

static void
zt_test_filter_init (ZtTestFilter *self)
{
}

ZtTestFilter *
zt_test_filter_new_from_file (const char  *path,
                              GError     **error)
{
  g_autofree char *text = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &text, &len, error))
    return NULL;
  return zt_test_filter_new_from_data (text, len, error);
}

ZtTestFilter *
zt_test_filter_new_from_data (const char  *text,
                              gsize        len,
                              GError     **error)
{
  g_autoptr(ZtTestFilter) self = g_object_new (ZT_TYPE_TEST_FILTER, NULL);
  g_autoptr(JsonObject) o = NULL;
  JsonNode *rules;
  const char *log;

  if ((o = zt_json_parse_object_strict (text, len, NULL, error)) == NULL)
    return NULL;
  rules = json_object_get_member (o, "rules");
  if (rules != NULL && JSON_NODE_HOLDS_ARRAY (rules))
    self->rules = json_array_ref (json_node_get_array (rules));
  log = json_object_get_string_member_with_default (o, "log", NULL);
  if (log != NULL && (self->log = fopen (log, "a")) == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot open %s for the test filter's log", log);
      return NULL;
    }
  return g_steal_pointer (&self);
}
