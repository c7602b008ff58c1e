/* zt-scan-filter.c: tool definitions scanned on their way to clients; blocked tools refused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-policy.h"
#include "zt-scan-filter.h"
#include "zt-tool-scan.h"

/* What one definition (by its hash) was found to be. */
typedef struct {
  ZtScanVerdict  verdict;
  gboolean       hidden;    /* neutralising changes it */
  char          *rules;     /* "a, b": the rules that found something, for the log and refusal */
  char          *first;     /* the rule of the worst finding */
  JsonNode      *findings;  /* [{rule, severity, path, text}] */
} Known;

struct _ZtScanFilter
{
  GObject         parent_instance;

  gboolean        enabled;
  ZtScanModeFunc  mode_func;
  gpointer        mode_data;
  GHashTable     *cache;       /* "side\nservice\nsha256" -> Known */
  GHashTable     *blocked[2];  /* per ZtSide: service -> (tool name -> Known, borrowed ref) */
  guint           n_scanned;
};

static void zt_scan_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtScanFilter, zt_scan_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, zt_scan_filter_iface_init))

static Known *
known_ref (Known *k)
{
  return g_atomic_rc_box_acquire (k);
}

static void
known_clear (Known *k)
{
  g_free (k->rules);
  g_free (k->first);
  g_clear_pointer (&k->findings, json_node_unref);
}

static void
known_unref (Known *k)
{
  g_atomic_rc_box_release_full (k, (GDestroyNotify) known_clear);
}

static Known *
known_new (const ZtScanResult *r,
           gboolean            hidden)
{
  Known *k = g_atomic_rc_box_new0 (Known);
  JsonArray *findings = json_array_new ();
  g_autoptr(GString) rules = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();  /* of static rule ids, NULL-terminated */
  ZtScanSeverity worst = ZT_SCAN_SEVERITY_LOW;

  g_ptr_array_add (seen, NULL);
  k->verdict = r ? r->verdict : ZT_SCAN_ALLOW;
  k->hidden = hidden;
  for (guint i = 0; r && i < r->findings->len; i++)
    {
      ZtScanFinding *f = g_ptr_array_index (r->findings, i);
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "rule", f->rule);
      json_object_set_string_member (o, "severity", zt_scan_severity_to_string (f->severity));
      json_object_set_string_member (o, "path", f->path);
      json_object_set_string_member (o, "text", f->excerpt);
      json_array_add_object_element (findings, o);
      if (!g_strv_contains ((const char *const *) seen->pdata, f->rule))
        {
          g_ptr_array_insert (seen, seen->len - 1, (gpointer) f->rule);
          g_string_append_printf (rules, "%s%s", rules->len ? ", " : "", f->rule);
        }
      if (k->first == NULL || f->severity > worst)
        {
          g_free (k->first);
          k->first = g_strdup (f->rule);
          worst = f->severity;
        }
    }
  k->rules = g_string_free (g_steal_pointer (&rules), FALSE);
  k->findings = json_node_init_array (json_node_alloc (), findings);
  json_array_unref (findings);
  return k;
}

static ZtScanMode
mode_of (ZtScanFilter *self,
         const char   *service)
{
  return self->mode_func ? self->mode_func (service, self->mode_data) : ZT_SCAN_MODE_BLOCK;
}

static char *
cache_key (const ZtFilterContext *context,
           JsonNode              *definition)
{
  g_autofree char *text = zt_json_to_canonical (definition);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  return g_strdup_printf ("%d\n%s\n%s", context->side, context->service, sum);
}

static void
cache_insert (ZtScanFilter *self,
              char         *key,
              Known        *k)
{
  /* a server that changes its definitions without end must not grow the agent: start over */
  if (g_hash_table_size (self->cache) >= ZT_SCAN_FILTER_MAX_CACHED)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, key, known_ref (k));
}

static const ZtScanResult *
result_for (ZtToolScan *scan,
            const char *name,
            gboolean    instructions)
{
  for (guint i = 0; i < zt_tool_scan_get_n_results (scan); i++)
    {
      const ZtScanResult *r = zt_tool_scan_get_result (scan, i);

      if (instructions ? r->instructions : (!r->instructions && g_strcmp0 (r->name, name) == 0))
        return r;
    }
  return NULL;
}

static void
say (const ZtFilterContext *context,
     ZtScanMode             mode,
     const char            *what,
     const char            *name,
     const Known           *k)
{
  if (k->verdict == ZT_SCAN_BLOCK)
    g_message ("%s: %s %s %s by the tool scan (%s)", context->service, what, name,
               mode == ZT_SCAN_MODE_BLOCK ? "blocked" : "would be blocked (tool_scan warn)", k->rules);
  else if (k->verdict == ZT_SCAN_WARN)
    g_message ("%s: %s %s warned by the tool scan (%s)", context->service, what, name, k->rules);
}

static GHashTable *
blocked_of (ZtScanFilter          *self,
            const ZtFilterContext *context,
            gboolean               create)
{
  GHashTable *blocked = g_hash_table_lookup (self->blocked[context->side], context->service);

  if (blocked == NULL && create)
    {
      blocked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) known_unref);
      g_hash_table_insert (self->blocked[context->side], g_strdup (context->service), blocked);
    }
  return blocked;
}

/* A tools/list answer: each tool's verdict (from the cache, or one scan of the whole list
 * when any is new, so rules over the set of tools apply), then the list as a client may
 * see it, or NULL when that is the list as it came. */
static JsonNode *
scan_list (ZtScanFilter          *self,
           const ZtFilterContext *context,
           ZtScanMode             mode,
           JsonArray             *tools)
{
  guint len = json_array_get_length (tools);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) verdicts = g_ptr_array_new_with_free_func ((GDestroyNotify) known_unref);
  g_autoptr(ZtToolScan) scan = NULL;
  GHashTable *blocked = blocked_of (self, context, TRUE);
  JsonArray *kept;
  gboolean changed = FALSE;

  for (guint i = 0; i < len; i++)
    {
      char *key = cache_key (context, json_array_get_element (tools, i));
      Known *k = g_hash_table_lookup (self->cache, key);

      g_ptr_array_add (keys, key);
      g_ptr_array_add (verdicts, k ? known_ref (k) : NULL);
      if (k == NULL && scan == NULL)
        {
          scan = zt_tool_scan_new ();
          zt_tool_scan_add_service (scan, context->service, tools, NULL, NULL);
          zt_tool_scan_run (scan);
        }
    }
  for (guint i = 0; i < len; i++)
    {
      JsonNode *tool = json_array_get_element (tools, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (tool) ? json_node_get_object (tool) : NULL;
      const char *name = o ? zt_json_get_string (o, "name") : NULL;
      Known *k = g_ptr_array_index (verdicts, i);

      if (k == NULL)
        {
          g_autoptr(JsonNode) clean = zt_tool_neutralise (tool);

          k = known_new (name ? result_for (scan, name, FALSE) : NULL, !json_node_equal (clean, tool));
          verdicts->pdata[i] = k;
          cache_insert (self, g_strdup (g_ptr_array_index (keys, i)), k);
          self->n_scanned++;
          say (context, mode, "tool", name ? name : "(unnamed)", k);
        }
      if (name == NULL)
        continue;
      if (k->verdict == ZT_SCAN_BLOCK && mode == ZT_SCAN_MODE_BLOCK)
        {
          g_hash_table_insert (blocked, g_strdup (name), known_ref (k));
          changed = TRUE;
        }
      else
        {
          g_hash_table_remove (blocked, name);
          changed |= k->hidden;
        }
    }
  if (!changed)
    return NULL;

  kept = json_array_new ();
  for (guint i = 0; i < len; i++)
    {
      JsonNode *tool = json_array_get_element (tools, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (tool) ? json_node_get_object (tool) : NULL;
      const char *name = o ? zt_json_get_string (o, "name") : NULL;
      Known *k = g_ptr_array_index (verdicts, i);

      if (name != NULL && k->verdict == ZT_SCAN_BLOCK && mode == ZT_SCAN_MODE_BLOCK)
        continue;
      json_array_add_element (kept, k->hidden ? zt_tool_neutralise (tool) : json_node_copy (tool));
    }
  return json_node_init_array (json_node_alloc (), kept);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Known, known_unref)

/* The initialize answer's instructions: neutralised, or dropped (NULL) when blocked. */
static ZtVerdictKind
scan_instructions (ZtScanFilter          *self,
                   const ZtFilterContext *context,
                   ZtScanMode             mode,
                   JsonObject            *result,
                   ZtVerdict             *verdict)
{
  const char *text = zt_json_get_string (result, "instructions");
  g_autoptr(ZtToolScan) scan = NULL;
  g_autoptr(Known) k = NULL;
  g_autofree char *clean = NULL;
  g_autoptr(JsonNode) original = NULL;
  g_autoptr(JsonNode) copy = NULL;
  JsonObject *edited;

  if (text == NULL || *text == '\0')
    return ZT_VERDICT_ALLOW;
  scan = zt_tool_scan_new ();
  zt_tool_scan_add_service (scan, context->service, NULL, text, NULL);
  zt_tool_scan_run (scan);
  self->n_scanned++;
  clean = zt_text_neutralise (text);
  k = known_new (result_for (scan, NULL, TRUE), strcmp (clean, text) != 0);
  say (context, mode, "the instructions of service", context->service, k);
  if (!(k->verdict == ZT_SCAN_BLOCK && mode == ZT_SCAN_MODE_BLOCK) && !k->hidden)
    return ZT_VERDICT_ALLOW;

  original = json_node_init_object (json_node_alloc (), result);
  copy = json_node_copy (original);
  edited = json_node_get_object (copy);
  if (k->verdict == ZT_SCAN_BLOCK && mode == ZT_SCAN_MODE_BLOCK)
    {
      g_message ("%s: the instructions of the initialize answer are left out", context->service);
      json_object_remove_member (edited, "instructions");
    }
  else
    json_object_set_string_member (edited, "instructions", clean);
  verdict->kind = ZT_VERDICT_REWRITE;
  verdict->rule = g_strdup_printf ("scan:%s", k->first ? k->first : "hidden");
  verdict->replacement = zt_message_copy (context->message);
  zt_message_replace (verdict->replacement, (const char *[]) { "result", NULL }, copy);
  return ZT_VERDICT_REWRITE;
}

static ZtVerdictKind
check_call (ZtScanFilter          *self,
            const ZtFilterContext *context,
            ZtVerdict             *verdict)
{
  JsonObject *params = zt_message_get_params (context->message);
  const char *name = params ? zt_json_get_string (params, "name") : NULL;
  GHashTable *blocked = blocked_of (self, context, FALSE);
  Known *k = blocked && name ? g_hash_table_lookup (blocked, name) : NULL;
  g_autofree char *rule = NULL;
  JsonObject *data;

  if (k == NULL)
    return ZT_VERDICT_ALLOW;
  rule = g_strdup_printf ("scan:%s", k->first ? k->first : "unknown");
  zt_verdict_deny (verdict, rule, "tool %s of service %s is blocked by the tool scan (%s)", name,
                   context->service, k->rules);
  verdict->code = ZT_JSONRPC_POLICY_DENIED;
  data = json_object_new ();
  json_object_set_string_member (data, "rule", rule);
  json_object_set_string_member (data, "tool", name);
  json_object_set_member (data, "findings", json_node_copy (k->findings));
  verdict->data = json_node_init_object (json_node_alloc (), data);
  json_object_unref (data);
  return ZT_VERDICT_DENY;
}

static ZtVerdictKind
zt_scan_filter_check (ZtFilter              *filter,
                      const ZtFilterContext *context,
                      ZtVerdict             *verdict)
{
  ZtScanFilter *self = ZT_SCAN_FILTER (filter);
  ZtScanMode mode;
  const char *method;
  JsonObject *result;
  JsonArray *tools;
  g_autoptr(JsonNode) kept = NULL;

  if (!self->enabled || context->message == NULL || context->service == NULL ||
      (mode = mode_of (self, context->service)) == ZT_SCAN_MODE_OFF)
    return ZT_VERDICT_ALLOW;
  if (context->direction == ZT_DIRECTION_TO_SERVER)
    {
      method = zt_message_get_method (context->message);
      if (mode == ZT_SCAN_MODE_BLOCK && context->origin != ZT_ORIGIN_AGENT &&
          zt_message_get_kind (context->message) == ZT_MESSAGE_REQUEST && method != NULL &&
          strcmp (method, "tools/call") == 0)
        return check_call (self, context, verdict);
      return ZT_VERDICT_ALLOW;
    }
  if (context->request == NULL || zt_message_get_kind (context->message) != ZT_MESSAGE_RESULT ||
      (method = zt_message_get_method (context->request)) == NULL ||
      (result = zt_message_get_result (context->message)) == NULL)
    return ZT_VERDICT_ALLOW;
  if (strcmp (method, "initialize") == 0)
    return scan_instructions (self, context, mode, result, verdict);
  if (strcmp (method, "tools/list") != 0 || (tools = zt_json_get_array (result, "tools")) == NULL ||
      (kept = scan_list (self, context, mode, tools)) == NULL)
    return ZT_VERDICT_ALLOW;
  verdict->kind = ZT_VERDICT_REWRITE;
  verdict->rule = g_strdup ("scan:list");
  verdict->replacement = zt_message_copy (context->message);
  zt_message_replace (verdict->replacement, (const char *[]) { "result", "tools", NULL }, kept);
  return ZT_VERDICT_REWRITE;
}

static void
zt_scan_filter_iface_init (ZtFilterInterface *iface)
{
  iface->check = zt_scan_filter_check;
}

static void
zt_scan_filter_finalize (GObject *object)
{
  ZtScanFilter *self = ZT_SCAN_FILTER (object);

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->blocked[ZT_SIDE_IMPORTER], g_hash_table_unref);
  g_clear_pointer (&self->blocked[ZT_SIDE_EXPORTER], g_hash_table_unref);
  G_OBJECT_CLASS (zt_scan_filter_parent_class)->finalize (object);
}

static void
zt_scan_filter_class_init (ZtScanFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_scan_filter_finalize;
}

static void
zt_scan_filter_init (ZtScanFilter *self)
{
  self->enabled = TRUE;
  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) known_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->blocked); i++)
    self->blocked[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
}

ZtScanFilter *
zt_scan_filter_new (void)
{
  return g_object_new (ZT_TYPE_SCAN_FILTER, NULL);
}

void
zt_scan_filter_set_enabled (ZtScanFilter *self,
                            gboolean      enabled)
{
  g_return_if_fail (ZT_IS_SCAN_FILTER (self));
  self->enabled = enabled;
}

void
zt_scan_filter_set_mode_func (ZtScanFilter   *self,
                              ZtScanModeFunc  func,
                              gpointer        user_data)
{
  g_return_if_fail (ZT_IS_SCAN_FILTER (self));
  self->mode_func = func;
  self->mode_data = user_data;
}

guint
zt_scan_filter_get_n_scanned (ZtScanFilter *self)
{
  g_return_val_if_fail (ZT_IS_SCAN_FILTER (self), 0);
  return self->n_scanned;
}
