/* zt-scan-filter.c: tool definitions scanned on their way to clients; blocked tools refused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-policy.h"
#include "zt-scan-context.h"
#include "zt-scan-filter.h"
#include "zt-tool-scan.h"
#include "zt-util.h"

/* What one definition (by its hash) was found to be. */
typedef struct {
  ZtScanVerdict  verdict;
  gboolean       hidden;    /* neutralising changes it */
  char          *rules;     /* "a, b": the rules that found something, for the log and refusal */
  char          *first;     /* the rule of the worst finding */
  JsonNode      *findings;  /* [{rule, severity, path, text}] */
  char          *sha;       /* of the canonical definition (tools and the like; NULL: none) */
  gboolean       shadows;   /* it steers another service's tool: never accepted */
} Known;

/* The lists a server answers with definitions a model reads, and the member that names an
 * entry (what a later call, read or get refers to). */
typedef enum {
  LIST_TOOLS,
  LIST_RESOURCES,
  LIST_TEMPLATES,
  LIST_PROMPTS,
  N_LISTS,
  INSTRUCTIONS = N_LISTS,  /* the initialize answer's: no list, one entry named "" */
  N_KINDS
} ListKind;

typedef struct {
  const char *method;   /* the request that answers it */
  const char *member;   /* the array in the result */
  const char *id;       /* the member naming an entry */
  const char *what;     /* for the log and refusals */
  const char *kind;     /* for the owner's acceptance (ZtScanAcceptedFunc) */
  const char *option;   /* of `zt4mcp tools accept` that names one */
} ListInfo;

static const ListInfo lists[N_KINDS] = {
  [LIST_TOOLS] = { "tools/list", "tools", "name", "tool", "tool", "" },
  [LIST_RESOURCES] = { "resources/list", "resources", "uri", "resource", "resource", "--resource " },
  [LIST_TEMPLATES] = { "resources/templates/list", "resourceTemplates", "uriTemplate",
                       "resource template", "template", "--resource " },
  [LIST_PROMPTS] = { "prompts/list", "prompts", "name", "prompt", "prompt", "--prompt " },
  [INSTRUCTIONS] = { "initialize", NULL, NULL, "instructions", "instructions", "--instructions" },
};

struct _ZtScanFilter
{
  GObject         parent_instance;

  gboolean        enabled;
  ZtScanModeFunc  mode_func;
  gpointer        mode_data;
  ZtScanRulesFunc rules_func;
  gpointer        rules_data;
  GHashTable     *cache;                /* "list\nside\nservice\ncontext\nsha256" -> Known */
  GHashTable     *blocked[2][N_KINDS];  /* per ZtSide and kind: service -> (id -> Known) */
  ZtScanContext  *seen[2];              /* per ZtSide: the tools last listed by each service */
  GHashTable     *decided[2];           /* per ZtSide: service -> the mode and rules its tools'
                                         * verdicts were last decided under */
  GHashTable     *accepted[2][N_KINDS]; /* per ZtSide and kind: service -> (id -> Known): entries
                                         * the scan blocks that the owner accepted, as listed */
  ZtScanAcceptedFunc accepted_func;
  gpointer        accepted_data;
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
  g_free (k->sha);
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
  k->shadows = zt_scan_result_shadows_other (r);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Known, known_unref)

static ZtScanMode
mode_of (ZtScanFilter *self,
         const char   *service)
{
  return self->mode_func ? self->mode_func (service, self->mode_data) : ZT_SCAN_MODE_BLOCK;
}

/* A new reference to the rules @service overrides, or NULL */
static ZtScanRules *
rules_of (ZtScanFilter *self,
          const char   *service)
{
  ZtScanRules *rules = self->rules_func && service ? self->rules_func (service, self->rules_data) : NULL;

  return rules ? zt_scan_rules_ref (rules) : NULL;
}

/* The mode and rules a service's verdicts were decided under */
typedef struct {
  ZtScanMode   mode;
  ZtScanRules *rules;   /* NULL: none */
} Decided;

static void
decided_free (Decided *d)
{
  g_clear_pointer (&d->rules, zt_scan_rules_unref);
  g_free (d);
}

static Decided *
decided_new (ZtScanFilter *self,
             const char   *service,
             ZtScanMode    mode)
{
  Decided *d = g_new0 (Decided, 1);

  d->mode = mode;
  d->rules = rules_of (self, service);
  return d;
}

/* Are @service's mode and rules still those of @d? (rules are replaced whole when they change,
 * so the same object is the same rules; another one may still say the same) */
static gboolean
decided_still (ZtScanFilter  *self,
               const Decided *d,
               const char    *service,
               ZtScanMode     mode)
{
  ZtScanRules *now = self->rules_func ? self->rules_func (service, self->rules_data) : NULL;

  return d->mode == mode &&
         (d->rules == now || strcmp (zt_scan_rules_get_key (d->rules), zt_scan_rules_get_key (now)) == 0);
}

/* A verdict depends on the definition, the rules the service overrides, and for tools on what
 * it was scanned beside (@digest: the other services' tools, earlier pages). */
static char *
cache_key (const ZtFilterContext *context,
           ListKind               kind,
           const char            *digest,
           ZtScanRules           *rules,
           const char            *sum)
{
  return g_strdup_printf ("%d\n%d\n%s\n%s\n%s\n%s", kind, context->side, context->service, digest,
                          zt_scan_rules_get_key (rules), sum);
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
instructions_result (ZtToolScan *scan)
{
  for (guint i = 0; i < zt_tool_scan_get_n_results (scan); i++)
    if (zt_tool_scan_get_result (scan, i)->instructions)
      return zt_tool_scan_get_result (scan, i);
  return NULL;
}

static void
say (const ZtFilterContext *context,
     ZtScanMode             mode,
     const char            *what,
     const char            *name,
     const Known           *k)
{
  /* where to see why, for whoever reads the log (tools only: the verb lists tools) */
  g_autofree char *hint = strcmp (what, "tool") == 0
    ? g_strdup_printf ("; `zt4mcp tools scan %s` shows the evidence", context->service) : g_strdup ("");

  if (k->verdict == ZT_SCAN_BLOCK)
    g_message ("%s: %s %s %s by the tool scan (%s)%s", context->service, what, name,
               mode == ZT_SCAN_MODE_BLOCK ? "blocked" : "would be blocked (tool_scan warn)", k->rules, hint);
  else if (k->verdict == ZT_SCAN_WARN)
    g_message ("%s: %s %s warned by the tool scan (%s)%s", context->service, what, name, k->rules, hint);
}

static GHashTable *
blocked_in (ZtScanFilter *self,
            ZtSide        side,
            ListKind      kind,
            const char   *service,
            gboolean      create)
{
  GHashTable *blocked = g_hash_table_lookup (self->blocked[side][kind], service);

  if (blocked == NULL && create)
    {
      blocked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) known_unref);
      g_hash_table_insert (self->blocked[side][kind], g_strdup (service), blocked);
    }
  return blocked;
}

/* The entries of @kind of @service the owner accepted although the scan blocks them (on @side) */
static GHashTable *
accepted_in (ZtScanFilter *self,
             ZtSide        side,
             ListKind      kind,
             const char   *service,
             gboolean      create)
{
  GHashTable *accepted = g_hash_table_lookup (self->accepted[side][kind], service);

  if (accepted == NULL && create)
    {
      accepted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) known_unref);
      g_hash_table_insert (self->accepted[side][kind], g_strdup (service), accepted);
    }
  return accepted;
}

/* Did the owner accept this very definition of the entry @id? */
static gboolean
is_accepted (ZtScanFilter *self,
             const char   *service,
             ListKind      kind,
             const char   *id,
             const Known  *k)
{
  return self->accepted_func != NULL && k->sha != NULL && !k->shadows &&
         self->accepted_func (service, lists[kind].kind, id, k->sha, self->accepted_data);
}

/* Where an entry is blocked or let through as accepted, once its verdict is known: @block,
 * whether the scan blocks it in this mode; returns whether the owner's acceptance lets it. */
static gboolean
settle (ZtScanFilter          *self,
        const ZtFilterContext *context,
        ListKind               kind,
        const char            *id,
        Known                 *k,
        gboolean               block)
{
  GHashTable *blocked = blocked_in (self, context->side, kind, context->service, TRUE);
  GHashTable *accepted = accepted_in (self, context->side, kind, context->service, TRUE);
  gboolean let = block && is_accepted (self, context->service, kind, id, k);

  if (let && !g_hash_table_contains (accepted, id))
    g_message ("%s: %s%s%s is blocked by the tool scan (%s) but %s: its owner accepted this definition "
               "(`zt4mcp tools accept %s %s%s --revoke` takes it back)", context->service, lists[kind].what,
               *id ? " " : "", id, k->rules, kind == INSTRUCTIONS ? "kept" : "listed", context->service,
               lists[kind].option, kind == INSTRUCTIONS ? "" : id);
  if (block && !let)
    g_hash_table_insert (blocked, g_strdup (id), known_ref (k));
  else
    g_hash_table_remove (blocked, id);
  if (let)
    g_hash_table_insert (accepted, g_strdup (id), known_ref (k));
  else
    g_hash_table_remove (accepted, id);
  return let;
}

/* A scan being filled, and the rules its services' configurations point into (they must live
 * until it has run) */
typedef struct {
  ZtScanFilter *self;
  ZtToolScan   *scan;
  GPtrArray    *rules;
} Filling;

static void
fill (Filling    *filling,
      const char *service,
      JsonArray  *tools,
      const char *instructions)
{
  ZtScanRules *rules = rules_of (filling->self, service);

  if (rules != NULL)
    g_ptr_array_add (filling->rules, rules);
  zt_tool_scan_add_service (filling->scan, service, tools, instructions, zt_scan_rules_get_config (rules));
}

static void
add_context_cb (const char *service,
                JsonArray  *tools,
                gpointer    user_data)
{
  fill (user_data, service, tools, NULL);
}

/* A tool of another service found steering one of this service's tools: blocked there too
 * (its next list leaves it out; a call to it is refused from now on). */
static void
block_shadowing (ZtScanFilter          *self,
                 const ZtFilterContext *context,
                 ZtToolScan            *scan,
                 guint                  first_other)
{
  for (guint i = first_other; i < zt_tool_scan_get_n_results (scan); i++)
    {
      const ZtScanResult *r = zt_tool_scan_get_result (scan, i);
      gboolean shadows = FALSE;

      for (guint f = 0; f < r->findings->len; f++)
        shadows |= g_str_has_prefix (((ZtScanFinding *) r->findings->pdata[f])->rule, "shadow.");
      GHashTable *blocked;

      if (r->verdict != ZT_SCAN_BLOCK || !shadows || r->service == NULL ||
          mode_of (self, r->service) != ZT_SCAN_MODE_BLOCK)
        continue;
      blocked = blocked_in (self, context->side, LIST_TOOLS, r->service, TRUE);
      if (!g_hash_table_contains (blocked, r->name))
        {
          g_autoptr(Known) k = known_new (r, FALSE);

          g_message ("%s: tool %s blocked by the tool scan beside %s's tools (%s)", r->service,
                     r->name, context->service, k->rules);
          g_hash_table_insert (blocked, g_strdup (r->name), known_ref (k));
        }
    }
}

/* One scan of a page of @kind: for tools, with the earlier pages of this listing as part of
 * the service (set-level checks over what was seen so far) and the other services' last lists
 * beside it (shadowing across services). Page entry i's result is at index @offset + i among
 * the page's objects. */
static ZtToolScan *
scan_page (ZtScanFilter          *self,
           const ZtFilterContext *context,
           ListKind               kind,
           JsonArray             *earlier,
           JsonArray             *page,
           guint                 *offset)
{
  ZtToolScan *scan = zt_tool_scan_new ();
  g_autoptr(JsonArray) all = json_array_new ();
  guint first_other;

  *offset = earlier ? json_array_get_length (earlier) : 0;
  for (guint i = 0; earlier && i < json_array_get_length (earlier); i++)
    json_array_add_element (all, json_node_copy (json_array_get_element (earlier, i)));
  for (guint i = 0; i < json_array_get_length (page); i++)
    json_array_add_element (all, json_node_copy (json_array_get_element (page, i)));
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_scan_rules_unref);
  Filling filling = { self, scan, rules };

  fill (&filling, context->service, all, NULL);
  if (kind == LIST_TOOLS)
    zt_scan_context_foreach_other (self->seen[context->side], context->service, add_context_cb,
                                   &filling);
  zt_tool_scan_run (scan);
  first_other = 0;
  for (guint i = 0; i < json_array_get_length (all); i++)
    first_other += JSON_NODE_HOLDS_OBJECT (json_array_get_element (all, i));
  block_shadowing (self, context, scan, first_other);
  return scan;
}

/* A list answer's page: each entry's verdict (from the cache, or one scan of the page when any
 * is new), then the page as a client may see it, or NULL when that is the page as it came. */
static JsonNode *
scan_list (ZtScanFilter          *self,
           const ZtFilterContext *context,
           ZtScanMode             mode,
           ListKind               kind,
           gboolean               first_page,
           JsonArray             *entries)
{
  const ListInfo *info = &lists[kind];
  guint len = json_array_get_length (entries), offset = 0, object = 0;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) verdicts = g_ptr_array_new_with_free_func ((GDestroyNotify) known_unref);
  g_autoptr(GPtrArray) shas = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *drop = g_new0 (gboolean, len + 1);  /* blocked, and not accepted by the owner */
  g_autoptr(JsonArray) earlier = NULL;
  g_autoptr(ZtToolScan) scan = NULL;
  g_autofree char *digest = NULL;
  g_autoptr(ZtScanRules) rules = rules_of (self, context->service);
  JsonArray *kept;
  JsonNode *node;
  gboolean changed = FALSE;

  if (kind == LIST_TOOLS)
    {
      ZtScanContext *seen = self->seen[context->side];
      JsonArray *listed = first_page ? NULL : zt_scan_context_get (seen, context->service);

      earlier = listed ? json_array_ref (listed) : NULL;
      digest = zt_scan_context_digest (seen, context->service, earlier);
    }
  for (guint i = 0; i < len; i++)
    {
      JsonNode *entry = json_array_get_element (entries, i);
      char *sha = zt_json_canonical_sha256 (entry);
      char *key = cache_key (context, kind, digest ? digest : "", rules, sha);
      Known *k = g_hash_table_lookup (self->cache, key);

      g_ptr_array_add (shas, sha);
      g_ptr_array_add (keys, key);
      g_ptr_array_add (verdicts, k ? known_ref (k) : NULL);
      if (k == NULL && scan == NULL)
        scan = scan_page (self, context, kind, earlier, entries, &offset);
    }
  for (guint i = 0; i < len; i++)
    {
      JsonNode *entry = json_array_get_element (entries, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (entry) ? json_node_get_object (entry) : NULL;
      const char *id = o ? zt_json_get_string (o, info->id) : NULL;
      Known *k = g_ptr_array_index (verdicts, i);

      if (k == NULL)
        {
          g_autoptr(JsonNode) clean = zt_tool_neutralise (entry);

          const ZtScanResult *r = o ? zt_tool_scan_get_result (scan, offset + object) : NULL;

          k = known_new (r, !json_node_equal (clean, entry));
          k->sha = g_strdup (g_ptr_array_index (shas, i));
          verdicts->pdata[i] = k;
          cache_insert (self, g_strdup (g_ptr_array_index (keys, i)), k);
          self->n_scanned++;
          say (context, mode, info->what, id ? id : "(unnamed)", k);
        }
      object += o != NULL;
      if (id == NULL)
        continue;
      {
        gboolean block = k->verdict == ZT_SCAN_BLOCK && mode == ZT_SCAN_MODE_BLOCK;

        gboolean let = settle (self, context, kind, id, k, block);

        drop[i] = block && !let;
        changed |= drop[i] || k->hidden;
      }
    }
  if (kind == LIST_TOOLS)
    {
      zt_scan_context_record (self->seen[context->side], context->service, entries, first_page);
      g_hash_table_insert (self->decided[context->side], g_strdup (context->service),
                           decided_new (self, context->service, mode));
    }
  if (!changed)
    return NULL;

  kept = json_array_new ();
  for (guint i = 0; i < len; i++)
    {
      JsonNode *entry = json_array_get_element (entries, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (entry) ? json_node_get_object (entry) : NULL;
      const char *id = o ? zt_json_get_string (o, info->id) : NULL;
      Known *k = g_ptr_array_index (verdicts, i);

      if (id != NULL && drop[i])
        continue;
      json_array_add_element (kept, k->hidden ? zt_tool_neutralise (entry) : json_node_copy (entry));
    }
  node = json_node_init_array (json_node_alloc (), kept);
  json_array_unref (kept);  /* the node holds its own reference */
  return node;
}


/* The initialize answer's instructions: neutralised, or dropped (NULL) when blocked. */
static ZtVerdictKind
scan_instructions (ZtScanFilter          *self,
                   const ZtFilterContext *context,
                   ZtScanMode             mode,
                   JsonObject            *result,
                   ZtVerdict             *verdict)
{
  const char *text = zt_json_get_string (result, "instructions");
  g_autoptr(ZtScanRules) rules = NULL;
  g_autoptr(ZtToolScan) scan = NULL;
  g_autoptr(Known) k = NULL;
  g_autofree char *clean = NULL;
  g_autoptr(JsonNode) copy = NULL;
  JsonObject *edited;
  gboolean block;

  if (text == NULL || *text == '\0')
    return ZT_VERDICT_ALLOW;
  scan = zt_tool_scan_new ();
  rules = rules_of (self, context->service);
  zt_tool_scan_add_service (scan, context->service, NULL, text, zt_scan_rules_get_config (rules));
  zt_tool_scan_run (scan);
  self->n_scanned++;
  clean = zt_text_neutralise (text);
  k = known_new (instructions_result (scan), strcmp (clean, text) != 0);
  /* what the owner accepts: the text as the client would read it */
  k->sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  say (context, mode, "the instructions of service", context->service, k);
  block = k->verdict == ZT_SCAN_BLOCK && mode == ZT_SCAN_MODE_BLOCK;
  if (settle (self, context, INSTRUCTIONS, "", k, block))
    block = FALSE;
  if (!block && !k->hidden)
    return ZT_VERDICT_ALLOW;

  /* a new result object: the one read may be the message's own (json_node_copy () of an object
   * shares it), which must stay as the server sent it */
  edited = json_object_new ();
  copy = json_node_init_object (json_node_alloc (), edited);
  json_object_unref (edited);  /* the node holds its own reference */
  {
    JsonObjectIter iter;
    const char *member;
    JsonNode *value;

    json_object_iter_init (&iter, result);
    while (json_object_iter_next (&iter, &member, &value))
      if (strcmp (member, "instructions") != 0)
        json_object_set_member (edited, member, json_node_copy (value));
      else if (!block)
        json_object_set_string_member (edited, member, clean);
  }
  if (block)
    g_message ("%s: the instructions of the initialize answer are left out", context->service);
  verdict->kind = ZT_VERDICT_REWRITE;
  verdict->rule = g_strdup_printf ("scan:%s", k->first ? k->first : "hidden");
  verdict->replacement = zt_message_copy (context->message);
  zt_message_replace (verdict->replacement, (const char *[]) { "result", NULL }, copy);
  return ZT_VERDICT_REWRITE;
}

/* Does @uri expand from @template (RFC 6570, loosely: each {expression} stands for any text)? */
static gboolean
template_matches (const char *template,
                  const char *uri)
{
  const char *open = strchr (template, '{');
  const char *close;

  if (open == NULL)
    return strcmp (template, uri) == 0;
  if (strncmp (template, uri, open - template) != 0 || (close = strchr (open, '}')) == NULL)
    return FALSE;
  uri += open - template;
  for (const char *rest = uri; ; rest++)
    {
      if (template_matches (close + 1, rest))
        return TRUE;
      if (*rest == '\0')
        return FALSE;
    }
}

/* The blocked entry a request refers to: a tool called, a prompt got, a resource read (listed
 * as itself, or expanded from a blocked template). */
static Known *
blocked_target (ZtScanFilter          *self,
                const ZtFilterContext *context,
                const char            *method,
                const char           **what,
                const char           **id)
{
  JsonObject *params = zt_message_get_params (context->message);
  GHashTable *blocked;
  GHashTableIter iter;
  const char *template;
  Known *k;

  if (params == NULL)
    return NULL;
  if (strcmp (method, "tools/call") == 0 || strcmp (method, "prompts/get") == 0)
    {
      ListKind kind = method[0] == 't' ? LIST_TOOLS : LIST_PROMPTS;

      *what = lists[kind].what;
      *id = zt_json_get_string (params, "name");
      blocked = blocked_in (self, context->side, kind, context->service, FALSE);
      return blocked && *id ? g_hash_table_lookup (blocked, *id) : NULL;
    }
  if (strcmp (method, "resources/read") != 0 || (*id = zt_json_get_string (params, "uri")) == NULL)
    return NULL;
  *what = lists[LIST_RESOURCES].what;
  blocked = blocked_in (self, context->side, LIST_RESOURCES, context->service, FALSE);
  if (blocked && (k = g_hash_table_lookup (blocked, *id)) != NULL)
    return k;
  if ((blocked = blocked_in (self, context->side, LIST_TEMPLATES, context->service, FALSE)) == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, blocked);
  while (g_hash_table_iter_next (&iter, (gpointer *) &template, (gpointer *) &k))
    if (template_matches (template, *id))
      return k;
  return NULL;
}

/* A service whose mode or rules changed since its tools were last listed: the list it sent
 * then is decided again under the new ones, so that a rule made stricter blocks a call at once,
 * not from the client's next list. */
static void
redecide_tools (ZtScanFilter          *self,
                const ZtFilterContext *context)
{
  const Decided *last = g_hash_table_lookup (self->decided[context->side], context->service);
  g_autoptr(JsonNode) kept = NULL;
  g_autoptr(JsonArray) entries = NULL;
  JsonArray *listed;

  if (last == NULL || decided_still (self, last, context->service, ZT_SCAN_MODE_BLOCK) ||
      (listed = zt_scan_context_get (self->seen[context->side], context->service)) == NULL)
    return;
  g_message ("%s: its tool scan settings changed; the tools it last listed are decided again",
             context->service);
  entries = json_array_ref (listed);  /* recorded again by the scan, the same array */
  kept = scan_list (self, context, ZT_SCAN_MODE_BLOCK, LIST_TOOLS, TRUE, entries);
}

static ZtVerdictKind
check_request (ZtScanFilter          *self,
               const ZtFilterContext *context,
               const char            *method,
               ZtVerdict             *verdict)
{
  const char *what = NULL, *id = NULL;
  Known *k;

  if (strcmp (method, "tools/call") == 0)
    redecide_tools (self, context);
  k = blocked_target (self, context, method, &what, &id);
  g_autofree char *rule = NULL;
  JsonObject *data;

  if (k == NULL)
    return ZT_VERDICT_ALLOW;
  rule = g_strdup_printf ("scan:%s", k->first ? k->first : "unknown");
  zt_verdict_deny (verdict, rule, "%s %s of service %s is blocked by the tool scan (%s)", what, id,
                   context->service, k->rules);
  verdict->code = ZT_JSONRPC_POLICY_DENIED;
  data = json_object_new ();
  json_object_set_string_member (data, "rule", rule);
  /* "tool", "prompt" or "resource": the member a client of that request reads */
  json_object_set_string_member (data, strcmp (what, "resource template") == 0 ? "resource" : what,
                                 id);
  json_object_set_member (data, "findings", json_node_copy (k->findings));
  verdict->data = json_node_init_object (json_node_alloc (), data);
  json_object_unref (data);
  return ZT_VERDICT_DENY;
}

static ListKind
list_kind_of (const char *method)
{
  for (guint i = 0; i < N_LISTS; i++)
    if (strcmp (lists[i].method, method) == 0)
      return i;
  return N_LISTS;
}

static ZtVerdictKind
zt_scan_filter_check (ZtFilter              *filter,
                      const ZtFilterContext *context,
                      ZtVerdict             *verdict)
{
  ZtScanFilter *self = ZT_SCAN_FILTER (filter);
  ZtScanMode mode;
  const char *method;
  JsonObject *result, *params;
  JsonArray *entries;
  ListKind kind;
  gboolean first_page;
  g_autoptr(JsonNode) kept = NULL;
  g_autoptr(JsonObject) visible = NULL;
  JsonNode *r;

  if (!self->enabled || context->message == NULL || context->service == NULL ||
      (mode = mode_of (self, context->service)) == ZT_SCAN_MODE_OFF)
    return ZT_VERDICT_ALLOW;
  if (context->direction == ZT_DIRECTION_TO_SERVER)
    {
      method = zt_message_get_method (context->message);
      if (mode == ZT_SCAN_MODE_BLOCK && context->origin != ZT_ORIGIN_AGENT &&
          zt_message_get_kind (context->message) == ZT_MESSAGE_REQUEST && method != NULL)
        return check_request (self, context, method, verdict);
      return ZT_VERDICT_ALLOW;
    }
  if (context->request == NULL || zt_message_get_kind (context->message) != ZT_MESSAGE_RESULT ||
      (method = zt_message_get_method (context->request)) == NULL)
    return ZT_VERDICT_ALLOW;
  /* scanned as the client will read it: json-glib's tree cuts a string at U+0000, and a
   * description "Adds.\u0000<IMPORTANT>…" would be scanned as "Adds." (the copy shows the
   * U+0000 as U+FFFD and the rest whole) */
  visible = zt_message_dup_object_nul_visible (context->message);
  if ((r = json_object_get_member (visible, "result")) == NULL || !JSON_NODE_HOLDS_OBJECT (r))
    return ZT_VERDICT_ALLOW;
  result = json_node_get_object (r);
  if (strcmp (method, "initialize") == 0)
    return scan_instructions (self, context, mode, result, verdict);
  if ((kind = list_kind_of (method)) == N_LISTS ||
      (entries = zt_json_get_array (result, lists[kind].member)) == NULL)
    return ZT_VERDICT_ALLOW;
  params = zt_message_get_params (context->request);
  first_page = params == NULL || zt_json_get_string (params, "cursor") == NULL;
  if ((kept = scan_list (self, context, mode, kind, first_page, entries)) == NULL)
    return ZT_VERDICT_ALLOW;
  verdict->kind = ZT_VERDICT_REWRITE;
  verdict->rule = g_strdup ("scan:list");
  verdict->replacement = zt_message_copy (context->message);
  zt_message_replace (verdict->replacement, (const char *[]) { "result", lists[kind].member, NULL },
                      kept);
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
  for (guint side = 0; side < G_N_ELEMENTS (self->blocked); side++)
    {
      for (guint kind = 0; kind < N_KINDS; kind++)
        {
          g_clear_pointer (&self->blocked[side][kind], g_hash_table_unref);
          g_clear_pointer (&self->accepted[side][kind], g_hash_table_unref);
        }
      g_clear_pointer (&self->seen[side], zt_scan_context_free);
      g_clear_pointer (&self->decided[side], g_hash_table_unref);
    }
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
  for (guint side = 0; side < G_N_ELEMENTS (self->blocked); side++)
    {
      for (guint kind = 0; kind < N_KINDS; kind++)
        {
          self->blocked[side][kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             (GDestroyNotify) g_hash_table_unref);
          self->accepted[side][kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              (GDestroyNotify) g_hash_table_unref);
        }
      self->seen[side] = zt_scan_context_new ();
      self->decided[side] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) decided_free);
    }
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
zt_scan_filter_set_rules_func (ZtScanFilter    *self,
                               ZtScanRulesFunc  func,
                               gpointer         user_data)
{
  g_return_if_fail (ZT_IS_SCAN_FILTER (self));

  self->rules_func = func;
  self->rules_data = user_data;
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

void
zt_scan_filter_set_accepted_func (ZtScanFilter       *self,
                                  ZtScanAcceptedFunc  func,
                                  gpointer            user_data)
{
  g_return_if_fail (ZT_IS_SCAN_FILTER (self));
  self->accepted_func = func;
  self->accepted_data = user_data;
}

static ListKind
kind_named (const char *kind)
{
  for (guint i = 0; i < N_KINDS; i++)
    if (g_strcmp0 (lists[i].kind, kind) == 0)
      return i;
  return N_KINDS;
}

char *
zt_scan_filter_get_blocked (ZtScanFilter *self,
                            const char   *service,
                            const char   *kind,
                            const char   *name,
                            char        **rules,
                            gboolean     *steers)
{
  ListKind k_of = kind_named (kind);

  g_return_val_if_fail (ZT_IS_SCAN_FILTER (self), NULL);
  if (steers)
    *steers = FALSE;
  if (k_of == N_KINDS || name == NULL)
    return NULL;
  for (guint side = 0; side < G_N_ELEMENTS (self->blocked); side++)
    {
      GHashTable *tables[] = { blocked_in (self, side, k_of, service, FALSE),
                               accepted_in (self, side, k_of, service, FALSE) };

      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        {
          Known *k = tables[t] ? g_hash_table_lookup (tables[t], name) : NULL;

          if (k == NULL)
            continue;
          if (rules && *rules == NULL)
            *rules = g_strdup (k->rules);
          if (k->sha != NULL && !k->shadows)
            return g_strdup (k->sha);
          /* blocked for steering another service's tool (found when either list came), which
           * is never accepted */
          if (steers)
            *steers = TRUE;
        }
    }
  return NULL;
}

static int
blocked_entry_cmp (gconstpointer a,
                   gconstpointer b)
{
  JsonObject *x = *(JsonObject **) a, *y = *(JsonObject **) b;
  int c = g_strcmp0 (json_object_get_string_member (x, "kind"), json_object_get_string_member (y, "kind"));

  return c != 0 ? c : g_strcmp0 (json_object_get_string_member (x, "name"), json_object_get_string_member (y, "name"));
}

JsonArray *
zt_scan_filter_list_blocked (ZtScanFilter *self,
                             const char   *service)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *out = json_array_new ();

  g_return_val_if_fail (ZT_IS_SCAN_FILTER (self), out);
  g_return_val_if_fail (service != NULL, out);
  for (guint side = 0; side < G_N_ELEMENTS (self->blocked); side++)
    for (ListKind kind = LIST_TOOLS + 1; kind < N_KINDS; kind++)
      {
        GHashTable *blocked = blocked_in (self, side, kind, service, FALSE);
        GHashTableIter iter;
        const char *id;
        Known *k;

        if (blocked == NULL)
          continue;
        g_hash_table_iter_init (&iter, blocked);
        while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &k))
          {
            g_autofree char *key = g_strdup_printf ("%s\n%s", lists[kind].kind, id);
            JsonObject *o;

            if (!g_hash_table_add (seen, g_steal_pointer (&key)))
              continue;
            o = json_object_new ();
            json_object_set_string_member (o, "kind", lists[kind].kind);
            json_object_set_string_member (o, "name", id);
            json_object_set_string_member (o, "rules", k->rules ? k->rules : "");
            json_object_set_member (o, "findings", k->findings ? json_node_copy (k->findings)
                                                               : json_node_init_array (json_node_alloc (), json_array_new ()));
            if (k->sha != NULL)
              json_object_set_string_member (o, "sha256", k->sha);
            json_object_set_boolean_member (o, "steers", k->shadows);
            g_ptr_array_add (found, o);
          }
      }
  g_ptr_array_sort (found, blocked_entry_cmp);
  for (guint i = 0; i < found->len; i++)
    json_array_add_object_element (out, json_object_ref (found->pdata[i]));
  return out;
}

void
zt_scan_filter_accepted_changed (ZtScanFilter *self,
                                 const char   *service)
{
  g_return_if_fail (ZT_IS_SCAN_FILTER (self));
  for (guint side = 0; side < G_N_ELEMENTS (self->blocked); side++)
    for (ListKind kind = 0; kind < N_KINDS; kind++)
      {
        GHashTable *blocked = blocked_in (self, side, kind, service, FALSE);
        GHashTable *accepted = accepted_in (self, side, kind, service, FALSE);
        g_autoptr(GPtrArray) to_accepted = g_ptr_array_new ();
        g_autoptr(GPtrArray) to_blocked = g_ptr_array_new ();
        GHashTableIter iter;
        const char *id;
        Known *k;

        if (blocked != NULL)
          {
            g_hash_table_iter_init (&iter, blocked);
            while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &k))
              if (is_accepted (self, service, kind, id, k))
                g_ptr_array_add (to_accepted, (gpointer) id);
          }
        if (accepted != NULL)
          {
            g_hash_table_iter_init (&iter, accepted);
            while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &k))
              if (!is_accepted (self, service, kind, id, k))
                g_ptr_array_add (to_blocked, (gpointer) id);
          }
        for (guint i = 0; i < to_accepted->len; i++)
          {
            char *key = NULL;

            g_hash_table_steal_extended (blocked, to_accepted->pdata[i], (gpointer *) &key, (gpointer *) &k);
            g_hash_table_insert (accepted_in (self, side, kind, service, TRUE), key, k);
          }
        for (guint i = 0; i < to_blocked->len; i++)
          {
            char *key = NULL;

            g_hash_table_steal_extended (accepted, to_blocked->pdata[i], (gpointer *) &key, (gpointer *) &k);
            g_hash_table_insert (blocked_in (self, side, kind, service, TRUE), key, k);
          }
      }
}
