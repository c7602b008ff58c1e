/* zt-result-filter.c: tool results scanned for injected instructions, hidden text and secrets */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-json-schema.h"
#include "zt-policy.h"
#include "zt-result-filter.h"

/* structuredContent deeper than this is not read (the strict parser bounds it before). */
#define MAX_DEPTH 128

struct _ZtResultFilter
{
  GObject               parent_instance;

  gboolean              enabled;
  ZtResultScanModeFunc  mode_func;
  gpointer              mode_data;
  ZtScanRulesFunc       rules_func;
  gpointer              rules_data;
};

/* A new reference to the rules @service overrides, or NULL */
static ZtScanRules *
rules_of (ZtResultFilter *self,
          const char     *service)
{
  ZtScanRules *rules = self->rules_func ? self->rules_func (service, self->rules_data) : NULL;

  return rules ? zt_scan_rules_ref (rules) : NULL;
}

static void zt_result_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtResultFilter, zt_result_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, zt_result_filter_iface_init))

/* Called for each string of the result the client's model reads, with its JSON Pointer. */
typedef void (*VisitFunc) (const char *pointer,
                           JsonNode   *string,
                           gpointer    data);

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static void
visit_tree (JsonNode  *node,
            GString   *pointer,
            guint      depth,
            VisitFunc  visit,
            gpointer   data)
{
  gsize mark = pointer->len;

  if (depth > MAX_DEPTH)
    return;
  if (is_string (node))
    visit (pointer->str, node, data);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          zt_json_pointer_append (pointer, name, -1);
          visit_tree (member, pointer, depth + 1, visit, data);
          g_string_truncate (pointer, mark);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_string_append_printf (pointer, "/%u", i);
          visit_tree (json_array_get_element (a, i), pointer, depth + 1, visit, data);
          g_string_truncate (pointer, mark);
        }
    }
}

/* The texts of content[] (text items, embedded resources' text), then every string of
 * structuredContent. Images, audio and blobs are data, not text for the model. */
static void
visit_result (JsonObject *result,
              VisitFunc   visit,
              gpointer    data)
{
  JsonArray *content = zt_json_get_array (result, "content");
  JsonNode *structured = json_object_get_member (result, "structuredContent");
  g_autoptr(GString) pointer = g_string_new (NULL);

  for (guint i = 0; content && i < json_array_get_length (content); i++)
    {
      JsonObject *item = zt_json_array_get_object (content, i);
      JsonNode *text = item ? json_object_get_member (item, "text") : NULL;
      JsonNode *resource = item ? json_object_get_member (item, "resource") : NULL;

      g_string_printf (pointer, "/content/%u/text", i);
      if (is_string (text))
        visit (pointer->str, text, data);
      if (resource != NULL && JSON_NODE_HOLDS_OBJECT (resource) &&
          is_string (text = json_object_get_member (json_node_get_object (resource), "text")))
        {
          g_string_printf (pointer, "/content/%u/resource/text", i);
          visit (pointer->str, text, data);
        }
    }
  if (structured != NULL)
    {
      g_string_assign (pointer, "/structuredContent");
      visit_tree (structured, pointer, 0, visit, data);
    }
}

typedef struct {
  ZtResultScan *scan;
  GHashTable   *changes;  /* pointer -> the string as it goes on; NULL until one changes */
} Scanning;

static void
scan_one (Scanning   *s,
          const char *pointer,
          const char *text)
{
  char *changed = zt_result_scan_text (s->scan, pointer, text);

  if (changed == NULL)
    return;
  if (s->changes == NULL)
    s->changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (s->changes, g_strdup (pointer), changed);
}

static void
scan_cb (const char *pointer,
         JsonNode   *string,
         gpointer    data)
{
  scan_one (data, pointer, json_node_get_string (string));
}

/* A copy of @node with the strings at the pointers of @changes replaced. json_node_copy ()
 * shares objects and arrays with the original, which is the server's message and must stay as
 * it came, so what may change is copied member by member. */
static JsonNode *
copy_changed (JsonNode   *node,
              GString    *pointer,
              guint       depth,
              GHashTable *changes)
{
  gsize mark = pointer->len;
  JsonNode *copy;

  if (is_string (node))
    {
      const char *changed = g_hash_table_lookup (changes, pointer->str);

      if (changed == NULL)
        return json_node_copy (node);
      /* the parsed tree is sealed: a new node, not a changed copy */
      copy = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (copy, changed);
      return copy;
    }
  if (depth > MAX_DEPTH || (!JSON_NODE_HOLDS_OBJECT (node) && !JSON_NODE_HOLDS_ARRAY (node)))
    return json_node_copy (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *o = json_object_new ();
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          zt_json_pointer_append (pointer, name, -1);
          json_object_set_member (o, name, copy_changed (member, pointer, depth + 1, changes));
          g_string_truncate (pointer, mark);
        }
      copy = json_node_init_object (json_node_alloc (), o);
      json_object_unref (o);
      return copy;
    }
  {
    JsonArray *from = json_node_get_array (node), *a = json_array_new ();

    for (guint i = 0; i < json_array_get_length (from); i++)
      {
        g_string_append_printf (pointer, "/%u", i);
        json_array_add_element (a, copy_changed (json_array_get_element (from, i), pointer, depth + 1, changes));
        g_string_truncate (pointer, mark);
      }
    copy = json_node_init_array (json_node_alloc (), a);
    json_array_unref (a);
    return copy;
  }
}

static JsonObject *
meta_of (JsonObject *result)
{
  JsonNode *meta = json_object_get_member (result, "_meta");

  return meta != NULL && JSON_NODE_HOLDS_OBJECT (meta) ? json_node_get_object (meta) : NULL;
}

/* The answer being decided: what a verdict needs of it (on the main thread). */
typedef struct {
  ZtMessage  *message;
  char       *service;
  char       *tool;
} Answer;

static ZtVerdictKind
refuse (const Answer *a,
        ZtResultScan *scan,
        ZtVerdict    *verdict)
{
  const ZtScanFinding *worst = zt_result_scan_get_worst (scan);
  g_autofree char *rule = g_strdup_printf ("result:%s", worst->rule);
  JsonObject *data = json_object_new ();

  /* the reason names the rule and where, never the text: it may be the secret */
  zt_verdict_deny (verdict, rule, "the result of tool %s of service %s is withheld by the result scan (%s at %s)",
                   a->tool, a->service, worst->rule, worst->path);
  verdict->code = ZT_JSONRPC_POLICY_DENIED;
  json_object_set_string_member (data, "rule", rule);
  json_object_set_string_member (data, "service", a->service);
  json_object_set_string_member (data, "tool", a->tool);
  json_object_set_member (data, "findings", zt_result_scan_findings_to_json (scan));
  verdict->data = json_node_init_object (json_node_alloc (), data);
  json_object_unref (data);
  return ZT_VERDICT_DENY;
}

/* The result as the client gets it: changed strings, and our findings (only ours: a server's
 * own "zt4mcp/findings" is dropped, so it can neither forge nor hide one). */
static JsonNode *
result_changed (JsonObject   *result,
                ZtResultScan *scan,
                GHashTable   *changes)
{
  JsonObject *edited = json_object_new (), *meta = json_object_new (), *old_meta = meta_of (result);
  g_autoptr(GString) pointer = g_string_new (NULL);
  JsonObjectIter iter;
  const char *name;
  JsonNode *member, *node;

  json_object_iter_init (&iter, result);
  while (json_object_iter_next (&iter, &name, &member))
    if (changes != NULL && (strcmp (name, "content") == 0 || strcmp (name, "structuredContent") == 0))
      {
        g_string_printf (pointer, "/%s", name);
        json_object_set_member (edited, name, copy_changed (member, pointer, 0, changes));
      }
    else if (strcmp (name, "_meta") != 0)
      json_object_set_member (edited, name, json_node_copy (member));
  if (old_meta != NULL)
    {
      json_object_iter_init (&iter, old_meta);
      while (json_object_iter_next (&iter, &name, &member))
        if (strcmp (name, ZT_RESULT_FINDINGS_KEY) != 0)
          json_object_set_member (meta, name, json_node_copy (member));
    }
  if (zt_result_scan_get_worst (scan) != NULL)
    json_object_set_member (meta, ZT_RESULT_FINDINGS_KEY, zt_result_scan_findings_to_json (scan));
  if (old_meta != NULL || json_object_get_size (meta) > 0)
    json_object_set_object_member (edited, "_meta", json_object_ref (meta));
  json_object_unref (meta);
  node = json_node_init_object (json_node_alloc (), edited);
  json_object_unref (edited);
  return node;
}

static ZtVerdictKind
rewrite (const Answer *a,
         JsonObject   *result,
         ZtResultScan *scan,
         GHashTable   *changes,
         ZtVerdict    *verdict)
{
  g_autoptr(JsonNode) edited = result_changed (result, scan, changes);
  const ZtScanFinding *worst = zt_result_scan_get_worst (scan);

  verdict->kind = ZT_VERDICT_REWRITE;
  verdict->rule = g_strdup_printf ("result:%s", worst ? worst->rule : "meta");
  verdict->replacement = zt_message_copy (a->message);
  zt_message_replace (verdict->replacement, (const char *[]) { "result", NULL }, edited);
  return ZT_VERDICT_REWRITE;
}

/* What the scan of the answer's texts comes to: the answer as it came, rewritten, or refused. */
static ZtVerdictKind
decide (const Answer     *a,
        ZtResultScanMode  mode,
        ZtResultScan     *scan,
        GHashTable       *changes,
        ZtVerdict        *verdict)
{
  JsonObject *result = zt_message_get_result (a->message);
  JsonObject *meta = meta_of (result);

  if (zt_result_scan_get_worst (scan) == NULL && changes == NULL &&
      (meta == NULL || !json_object_has_member (meta, ZT_RESULT_FINDINGS_KEY)))
    return ZT_VERDICT_ALLOW;
  if (mode == ZT_RESULT_SCAN_BLOCK && zt_result_scan_should_block (scan))
    return refuse (a, scan, verdict);
  return rewrite (a, result, scan, changes, verdict);
}

static void
answer_clear (Answer *a)
{
  g_clear_pointer (&a->message, zt_message_unref);
  g_clear_pointer (&a->service, g_free);
  g_clear_pointer (&a->tool, g_free);
}

static void
answer_init (Answer                *a,
             const ZtFilterContext *context)
{
  JsonObject *params = zt_message_get_params (context->request);
  const char *tool = params ? zt_json_get_string (params, "name") : NULL;

  a->message = zt_message_ref (context->message);
  a->service = g_strdup (context->service);
  a->tool = g_strdup (tool ? tool : "(unnamed)");
}

/* Whether some text, within the phrase budget, is one the phrase rules may flag: those cost
 * milliseconds, so that answer is decided on a worker thread (below). */
typedef struct {
  gsize    budget;
  gboolean needed;
} Precheck;

static void
precheck_cb (const char *pointer,
             JsonNode   *string,
             gpointer    data)
{
  Precheck *p = data;
  const char *text = json_node_get_string (string);
  gsize len = MIN (strlen (text), p->budget);

  if (p->needed || len == 0)
    return;
  p->budget -= len;
  p->needed = zt_result_text_needs_phrase_scan (text, len);
}

/* ---------------------------------------------------------------------------------------- */
/* On a worker thread: the phrase rules take 1-3 ms a KiB of prose, which must not hold up the
 * agent's other sessions. The thread sees only copies of the texts.                         */

typedef struct {
  Answer            answer;
  ZtResultScanMode  mode;
  GPtrArray        *pointers;  /* JSON Pointers of the texts, in order */
  GPtrArray        *texts;     /* copies */
  ZtResultScan     *scan;      /* the thread's */
  GHashTable       *changes;
  ZtScanRules      *rules;     /* the service's overrides (immutable, shared), or NULL */
} Job;

static void
job_free (Job *job)
{
  answer_clear (&job->answer);
  g_ptr_array_unref (job->pointers);
  g_ptr_array_unref (job->texts);
  g_clear_pointer (&job->scan, zt_result_scan_free);
  g_clear_pointer (&job->changes, g_hash_table_unref);
  g_clear_pointer (&job->rules, zt_scan_rules_unref);
  g_free (job);
}

static void
collect_cb (const char *pointer,
            JsonNode   *string,
            gpointer    data)
{
  Job *job = data;

  g_ptr_array_add (job->pointers, g_strdup (pointer));
  g_ptr_array_add (job->texts, g_strdup (json_node_get_string (string)));
}

static void
scan_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  Job *job = data;
  Scanning s = { zt_result_scan_new (job->mode), NULL };

  zt_result_scan_set_config (s.scan, zt_scan_rules_get_config (job->rules));
  for (guint i = 0; i < job->texts->len && !g_cancellable_is_cancelled (cancellable); i++)
    scan_one (&s, job->pointers->pdata[i], job->texts->pdata[i]);
  job->scan = s.scan;
  job->changes = s.changes;
  g_task_return_boolean (task, TRUE);
}

static void
zt_result_filter_decide_async (ZtFilter              *filter,
                               const ZtFilterContext *context,
                               GCancellable          *cancellable,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (filter, cancellable, callback, user_data);
  Job *job = g_new0 (Job, 1);
  g_autoptr(ZtMessage) seen = NULL;
  ZtFilterContext visible;

  g_task_set_source_tag (task, zt_result_filter_decide_async);
  /* scanned as the client reads it: json-glib's tree cuts a string at U+0000, so a secret or
   * an instruction after one would not be seen (the copy shows it as U+FFFD) */
  seen = zt_message_dup_nul_visible (context->message);
  visible = *context;
  visible.message = seen;
  context = &visible;
  answer_init (&job->answer, context);
  job->mode = ZT_RESULT_FILTER (filter)->mode_func
              ? ZT_RESULT_FILTER (filter)->mode_func (context->service, ZT_RESULT_FILTER (filter)->mode_data)
              : ZT_RESULT_SCAN_TAG;
  job->rules = rules_of (ZT_RESULT_FILTER (filter), context->service);
  job->pointers = g_ptr_array_new_with_free_func (g_free);
  job->texts = g_ptr_array_new_with_free_func (g_free);
  visit_result (zt_message_get_result (context->message), collect_cb, job);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, scan_thread);
}

static gboolean
zt_result_filter_decide_finish (ZtFilter      *filter,
                                GAsyncResult  *result,
                                ZtVerdict     *verdict,
                                GError       **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, filter), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_result_filter_decide_async, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job = g_task_get_task_data (G_TASK (result));
  decide (&job->answer, job->mode, job->scan, job->changes, verdict);
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */

static ZtVerdictKind
check_answer (const ZtFilterContext *context,
              ZtResultScanMode       mode,
              ZtScanRules           *rules,
              JsonObject            *result,
              ZtVerdict             *verdict)
{
  g_autoptr(ZtResultScan) scan = NULL;
  g_autoptr(GHashTable) changes = NULL;
  Precheck p = { ZT_RESULT_SCAN_PHRASE_BUDGET, FALSE };
  Scanning s;
  Answer a;
  ZtVerdictKind kind;

  visit_result (result, precheck_cb, &p);
  if (p.needed)
    return ZT_VERDICT_DEFER;
  scan = zt_result_scan_new (mode);
  zt_result_scan_set_config (scan, zt_scan_rules_get_config (rules));
  s = (Scanning) { scan, NULL };
  visit_result (result, scan_cb, &s);
  changes = s.changes;
  answer_init (&a, context);
  kind = decide (&a, mode, scan, changes, verdict);
  answer_clear (&a);
  return kind;
}

static ZtVerdictKind
zt_result_filter_check (ZtFilter              *filter,
                        const ZtFilterContext *context,
                        ZtVerdict             *verdict)
{
  ZtResultFilter *self = ZT_RESULT_FILTER (filter);
  g_autoptr(ZtScanRules) rules = NULL;
  ZtResultScanMode mode;
  const char *method;
  JsonObject *result;

  if (!self->enabled || context->message == NULL || context->service == NULL ||
      context->direction != ZT_DIRECTION_TO_CLIENT || context->request == NULL ||
      zt_message_get_kind (context->message) != ZT_MESSAGE_RESULT ||
      (method = zt_message_get_method (context->request)) == NULL || strcmp (method, "tools/call") != 0 ||
      (result = zt_message_get_result (context->message)) == NULL)
    return ZT_VERDICT_ALLOW;
  mode = self->mode_func ? self->mode_func (context->service, self->mode_data) : ZT_RESULT_SCAN_TAG;
  if (mode == ZT_RESULT_SCAN_OFF)
    return ZT_VERDICT_ALLOW;
  rules = rules_of (self, context->service);
  if (zt_message_has_nul_string (context->message))
    {
      /* scanned as the client reads it (see decide_async) */
      g_autoptr(ZtMessage) seen = zt_message_dup_nul_visible (context->message);
      ZtFilterContext visible = *context;

      visible.message = seen;
      return check_answer (&visible, mode, rules, zt_message_get_result (seen), verdict);
    }
  return check_answer (context, mode, rules, result, verdict);
}

static void
zt_result_filter_iface_init (ZtFilterInterface *iface)
{
  iface->check = zt_result_filter_check;
  iface->decide_async = zt_result_filter_decide_async;
  iface->decide_finish = zt_result_filter_decide_finish;
}

static void
zt_result_filter_class_init (ZtResultFilterClass *klass)
{
}

static void
zt_result_filter_init (ZtResultFilter *self)
{
  self->enabled = TRUE;
}

ZtResultFilter *
zt_result_filter_new (void)
{
  return g_object_new (ZT_TYPE_RESULT_FILTER, NULL);
}

void
zt_result_filter_set_enabled (ZtResultFilter *self,
                              gboolean        enabled)
{
  g_return_if_fail (ZT_IS_RESULT_FILTER (self));
  self->enabled = enabled;
}

void
zt_result_filter_set_rules_func (ZtResultFilter  *self,
                                 ZtScanRulesFunc  func,
                                 gpointer         user_data)
{
  g_return_if_fail (ZT_IS_RESULT_FILTER (self));
  self->rules_func = func;
  self->rules_data = user_data;
}

void
zt_result_filter_set_mode_func (ZtResultFilter       *self,
                                ZtResultScanModeFunc  func,
                                gpointer              user_data)
{
  g_return_if_fail (ZT_IS_RESULT_FILTER (self));
  self->mode_func = func;
  self->mode_data = user_data;
}
