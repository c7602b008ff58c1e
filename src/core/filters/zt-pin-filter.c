/* zt-pin-filter.c: tool pinning: a changed, new or removed tool definition is held back until approved */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-pin-filter.h"
#include "zt-policy.h"
#include "zt-util.h"

/* The instructions of the initialize answer are pinned as the tool named "": a tool without
 * a name never reaches a client (it could not be called), so the two never meet. */
#define INSTRUCTIONS ""

typedef enum { KIND_NEW, KIND_CHANGED, KIND_REMOVED, KIND_INSTRUCTIONS } Kind;
static const char *const kind_names[] = { "new", "changed", "removed", "instructions" };

typedef struct {
  Kind  kind;
  char *hash;     /* NULL for a removal */
  char *profile;  /* of the client it was seen by */
} Pending;

/* An approved definition, and the client capability profiles it was listed to. */
typedef struct {
  char *hash;
  char *profiles;  /* "none,sampling+roots" */
} Pin;

/* What is known of one service key: kept in memory beside the store, loaded on first use. */
typedef struct {
  char       *key;
  GHashTable *pins;     /* tool -> Pin */
  GHashTable *pending;  /* tool -> Pending */
  gboolean    full_warned;
} PinSet;

struct _ZtPinFilter
{
  GObject           parent_instance;

  ZtPinServiceFunc  service_func;
  gpointer          service_data;
  ZtPolicy         *policy;
  ZtStore          *store;  /* borrowed */
  GHashTable       *sets;   /* key -> PinSet */
  GHashTable       *session_profiles;  /* session id -> its client's capability profile */
};

/* The most sessions whose profile is remembered (past it the table starts again: a
 * forgotten session lists as "unknown", which only delays its first use) */
#define MAX_SESSION_PROFILES 4096u
/* The most profiles one pin records */
#define MAX_PROFILES_PER_PIN 16u

enum { SIGNAL_HELD, SIGNAL_LIST_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void zt_pin_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtPinFilter, zt_pin_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, zt_pin_filter_iface_init))

static void
pending_free (Pending *p)
{
  g_free (p->hash);
  g_free (p->profile);
  g_free (p);
}

static void
pin_free (Pin *pin)
{
  g_free (pin->hash);
  g_free (pin->profiles);
  g_free (pin);
}

static Pin *
pin_new (const char *hash,
         const char *profiles)
{
  Pin *pin = g_new0 (Pin, 1);

  pin->hash = g_strdup (hash);
  pin->profiles = g_strdup (profiles ? profiles : "");
  return pin;
}

/* Whether the comma-separated @profiles has @profile */
static gboolean
profiles_have (const char *profiles,
               const char *profile)
{
  gsize len = strlen (profile);

  for (const char *p = profiles; p != NULL && *p != '\0'; p = strchr (p, ','), p = p ? p + 1 : NULL)
    if (strncmp (p, profile, len) == 0 && (p[len] == ',' || p[len] == '\0'))
      return TRUE;
  return FALSE;
}

static const char *
pinned_hash (PinSet     *set,
             const char *tool)
{
  Pin *pin = g_hash_table_lookup (set->pins, tool);

  return pin ? pin->hash : NULL;
}

static void
pin_set_free (PinSet *set)
{
  g_free (set->key);
  g_hash_table_unref (set->pins);
  g_hash_table_unref (set->pending);
  g_free (set);
}

static gboolean
kind_from_string (const char *text,
                  Kind       *kind)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (text, kind_names[i]) == 0)
      {
        *kind = (Kind) i;
        return TRUE;
      }
  return FALSE;
}

static gint64
now_s (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* ---------------------------------------------------------------------------------------- */
/* The sets and their rows in the store                                                    */

static PinSet *
set_new (const char *key)
{
  PinSet *set = g_new0 (PinSet, 1);

  set->key = g_strdup (key);
  set->pins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pin_free);
  set->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pending_free);
  return set;
}

static gboolean
set_load (ZtPinFilter *self,
          PinSet      *set,
          GError     **error)
{
  g_autoptr(GPtrArray) pins = NULL, pending = NULL;

  if (self->store == NULL)
    return TRUE;
  if ((pins = zt_store_load_tool_pins (self->store, set->key, FALSE, error)) == NULL ||
      (pending = zt_store_load_tool_pins (self->store, set->key, TRUE, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < pins->len; i++)
    {
      ZtToolPinRow *r = g_ptr_array_index (pins, i);
      g_hash_table_insert (set->pins, g_strdup (r->tool), pin_new (r->hash, r->profiles));
    }
  for (guint i = 0; i < pending->len; i++)
    {
      ZtToolPinRow *r = g_ptr_array_index (pending, i);
      Pending *p = g_new0 (Pending, 1);

      if (!kind_from_string (r->kind, &p->kind))
        p->kind = KIND_CHANGED;  /* unreadable: still held back */
      p->hash = g_strdup (r->hash);
      p->profile = g_strdup (r->profiles);
      g_hash_table_insert (set->pending, g_strdup (r->tool), p);
    }
  return TRUE;
}

/* The set of @key, loaded on first use; NULL when the store cannot be read (the caller
 * fails closed). */
static PinSet *
set_for (ZtPinFilter *self,
         const char  *key,
         GError     **error)
{
  PinSet *set = g_hash_table_lookup (self->sets, key);

  if (set != NULL)
    return set;
  set = set_new (key);
  if (!set_load (self, set, error))
    {
      pin_set_free (set);
      return NULL;
    }
  g_hash_table_insert (self->sets, g_strdup (key), set);
  return set;
}

static void
store_warn (const char *service,
            GError     *error)
{
  g_warning ("%s: tool pinning could not write agent.db: %s", service, error->message);
}

/* Pins @definition (canonical text) of @tool now. */
static void
pin_now (ZtPinFilter *self,
         PinSet      *set,
         const char  *service,
         const char  *tool,
         const char  *hash,
         const char  *definition,
         const char  *profile)
{
  g_autoptr(GError) error = NULL;
  ZtToolPinRow row = { (char *) tool, NULL, (char *) hash, (char *) definition, now_s (), "first-use",
                       (char *) profile };

  if (definition != NULL && strlen (definition) > ZT_PIN_MAX_DEFINITION)
    row.definition = NULL;
  if (self->store != NULL && !zt_store_put_tool_pin (self->store, set->key, &row, FALSE, &error))
    store_warn (service, error);
  g_hash_table_insert (set->pins, g_strdup (tool), pin_new (hash, profile));
}

/* @tool (pinned) was listed to @profile too: a later list to it that lacks the tool is a
 * removal. */
static void
pin_note_profile (ZtPinFilter *self,
                  PinSet      *set,
                  const char  *service,
                  const char  *tool,
                  const char  *profile)
{
  Pin *pin = g_hash_table_lookup (set->pins, tool);
  g_autoptr(GError) error = NULL;
  guint n = 1;
  char *joined;

  if (pin == NULL || profiles_have (pin->profiles, profile))
    return;
  for (const char *p = pin->profiles; *p; p++)
    n += *p == ',';
  if (n >= MAX_PROFILES_PER_PIN)
    return;
  joined = *pin->profiles ? g_strconcat (pin->profiles, ",", profile, NULL) : g_strdup (profile);
  g_free (pin->profiles);
  pin->profiles = joined;
  if (self->store != NULL && !zt_store_set_tool_pin_profiles (self->store, set->key, tool, joined, &error))
    store_warn (service, error);
}

/* Whether a whole list to @profile was pinned before: its first use is over. */
static gboolean
profile_seen (PinSet     *set,
              const char *profile)
{
  GHashTableIter iter;
  const char *name;
  Pin *pin;

  g_hash_table_iter_init (&iter, set->pins);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &pin))
    if (*name != '\0' && profiles_have (pin->profiles, profile))
      return TRUE;
  return FALSE;
}

/* Whether any tool is pinned (not only the instructions) */
static gboolean
any_tool_pinned (PinSet *set)
{
  return g_hash_table_size (set->pins) > (g_hash_table_contains (set->pins, INSTRUCTIONS) ? 1u : 0u);
}

static void
pending_clear (ZtPinFilter *self,
               PinSet      *set,
               const char  *service,
               const char  *tool)
{
  g_autoptr(GError) error = NULL;

  if (!g_hash_table_remove (set->pending, tool))
    return;
  if (self->store != NULL && !zt_store_delete_tool_pin (self->store, set->key, tool, TRUE, &error))
    store_warn (service, error);
}

/* Records @tool as held back (once per new hash); TRUE when that is news. Past
 * ZT_PIN_MAX_PENDING the change is held back all the same, only not recorded. */
static gboolean
pending_note (ZtPinFilter *self,
              PinSet      *set,
              const char  *service,
              const char  *tool,
              Kind         kind,
              const char  *hash,
              const char  *definition,
              const char  *profile)
{
  Pending *old = g_hash_table_lookup (set->pending, tool);
  g_autoptr(GError) error = NULL;
  ZtToolPinRow row = { (char *) tool, (char *) kind_names[kind], (char *) hash, (char *) definition, now_s (), NULL,
                       (char *) profile };
  Pending *p;

  if (old != NULL && old->kind == kind && g_strcmp0 (old->hash, hash) == 0)
    return FALSE;
  if (old == NULL && g_hash_table_size (set->pending) >= ZT_PIN_MAX_PENDING)
    {
      if (!set->full_warned)
        g_message ("%s: %u tool changes already wait for approval; more are held back unrecorded",
                   service, ZT_PIN_MAX_PENDING);
      set->full_warned = TRUE;
      return FALSE;
    }
  if (definition != NULL && strlen (definition) > ZT_PIN_MAX_DEFINITION)
    row.definition = NULL;
  if (self->store != NULL && !zt_store_put_tool_pin (self->store, set->key, &row, TRUE, &error))
    store_warn (service, error);
  p = g_new0 (Pending, 1);
  p->kind = kind;
  p->hash = g_strdup (hash);
  p->profile = g_strdup (profile);
  g_hash_table_insert (set->pending, g_strdup (tool), p);
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Decisions                                                                                */

static gboolean
service_of (ZtPinFilter *self,
            const char  *service,
            ZtPinMode   *mode,
            char       **key,
            gboolean    *imported)
{
  *imported = FALSE;
  if (service == NULL || self->service_func == NULL)
    return FALSE;
  return self->service_func (service, mode, key, imported, self->service_data) && *mode != ZT_PIN_MODE_OFF;
}

static char *
sha256_of (const char *text)
{
  return zt_sha256_hex (text, -1);
}

static const char *
tool_name (JsonNode *tool)
{
  JsonObject *o = JSON_NODE_HOLDS_OBJECT (tool) ? json_node_get_object (tool) : NULL;
  const char *name = o ? zt_json_get_string (o, "name") : NULL;

  return name != NULL && *name != '\0' && strlen (name) <= ZT_PIN_MAX_NAME ? name : NULL;
}

typedef struct {
  gboolean changed;   /* a changed tool was held back */
  gboolean added;     /* a new one */
  gboolean invalid;   /* an unnamed or repeated one was left out */
  guint    news;      /* changes recorded as pending now */
  GString *named;     /* the first of them, for one line in the log */
} ListOutcome;

/* One line a list, however many tools a server changes at once. */
static void
note_news (ListOutcome *out,
           const char  *kind,
           const char  *tool)
{
  out->news++;
  if (out->named->len < 160)
    g_string_append_printf (out->named, "%s%s %s", out->named->len ? ", " : "", kind, tool);
  else if (!g_str_has_suffix (out->named->str, "..."))
    g_string_append (out->named, ", ...");
}

/* Whether @tool (its canonical @text and @hash) may be shown; records what it is. */
static gboolean
decide_tool (ZtPinFilter *self,
             PinSet      *set,
             const char  *service,
             gboolean     first_use,
             const char  *profile,
             const char  *name,
             const char  *text,
             const char  *hash,
             ListOutcome *out)
{
  const char *pinned = pinned_hash (set, name);

  if (pinned != NULL && strcmp (pinned, hash) == 0)
    {
      pending_clear (self, set, service, name);  /* back as approved: nothing to decide */
      pin_note_profile (self, set, service, name, profile);
      return TRUE;
    }
  if (pinned == NULL && first_use && g_hash_table_size (set->pins) < ZT_PIN_MAX_TOOLS)
    {
      pin_now (self, set, service, name, hash, text, profile);
      return TRUE;
    }
  if (pending_note (self, set, service, name, pinned ? KIND_CHANGED : KIND_NEW, hash, text, profile))
    note_news (out, kind_names[pinned ? KIND_CHANGED : KIND_NEW], name);
  if (pinned != NULL)
    out->changed = TRUE;
  else
    out->added = TRUE;
  return FALSE;
}

/* Pinned tools that a complete list no longer names are recorded as removed; what was
 * new and is gone again is forgotten. */
static void
note_removals (ZtPinFilter *self,
               PinSet      *set,
               const char  *service,
               const char  *profile,
               GHashTable  *seen,
               ListOutcome *out)
{
  Pin *pin;
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  const char *name;
  Pending *p;

  g_hash_table_iter_init (&iter, set->pending);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &p))
    if (p->kind == KIND_NEW && g_strcmp0 (p->profile, profile) == 0 && !g_hash_table_contains (seen, name))
      g_ptr_array_add (gone, g_strdup (name));
  for (guint i = 0; i < gone->len; i++)
    pending_clear (self, set, service, g_ptr_array_index (gone, i));
  /* only what this profile was shown before: other clients may be offered other tools */
  g_hash_table_iter_init (&iter, set->pins);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &pin))
    if (*name != '\0' && !g_hash_table_contains (seen, name) && profiles_have (pin->profiles, profile) &&
        pending_note (self, set, service, name, KIND_REMOVED, NULL, NULL, profile))
      note_news (out, kind_names[KIND_REMOVED], name);
}

/* The list as a client may see it, or NULL when that is the list as it came. */
static JsonNode *
pin_list (ZtPinFilter *self,
          PinSet      *set,
          const char  *service,
          ZtPinMode    mode,
          gboolean     imported,
          const char  *profile,
          JsonArray   *tools,
          gboolean     whole,
          ListOutcome *out)
{
  /* first use is per client capability profile: servers offer some tools only to clients
   * that can sample, elicit or give roots; an import's tools follow the exporter's grants */
  gboolean first_use = mode == ZT_PIN_MODE_FIRST_USE && (imported || !profile_seen (set, profile));
  guint len = json_array_get_length (tools);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gboolean *keep = g_new0 (gboolean, len ? len : 1);
  JsonArray *kept;
  gboolean all = TRUE;

  for (guint i = 0; i < len; i++)
    {
      JsonNode *tool = json_array_get_element (tools, i);
      const char *name = tool_name (tool);
      g_autofree char *text = NULL, *hash = NULL;

      /* a second tool of the same name could stand in for the pinned one at the client */
      if (name == NULL || !g_hash_table_add (seen, (gpointer) name))
        {
          out->invalid = TRUE;
          all = FALSE;
          continue;
        }
      text = zt_json_to_canonical (tool);
      hash = sha256_of (text);
      keep[i] = decide_tool (self, set, service, first_use, profile, name, text, hash, out);
      all &= keep[i];
    }
  /* the pins see the server's whole list (they run before the policy cuts it per caller);
   * an imported service's list is what the exporter's grants show this agent */
  if (whole && !imported)
    note_removals (self, set, service, profile, seen, out);
  if (all)
    return NULL;
  kept = json_array_new ();
  for (guint i = 0; i < len; i++)
    if (keep[i])
      json_array_add_element (kept, json_node_copy (json_array_get_element (tools, i)));
  return json_node_init_array (json_node_alloc (), kept);
}

static ZtVerdictKind
rewrite (const ZtFilterContext *context,
         ZtVerdict             *verdict,
         const char            *rule,
         const char * const    *path,
         JsonNode              *value)
{
  verdict->kind = ZT_VERDICT_REWRITE;
  verdict->rule = g_strdup (rule);
  verdict->replacement = zt_message_copy (context->message);
  if (value != NULL)
    zt_message_replace (verdict->replacement, path, value);
  return ZT_VERDICT_REWRITE;
}

/* One page: the answer to a request without a cursor, with no nextCursor. */
static gboolean
list_is_whole (const ZtFilterContext *context,
               JsonObject            *result)
{
  JsonObject *params = zt_message_get_params (context->request);

  return !(params != NULL && json_object_has_member (params, "cursor")) &&
         zt_json_get_string (result, "nextCursor") == NULL;
}

/* Whether the policy hides @tool from this caller: its refusal is the policy's to make (a
 * caller without access learns nothing of what is held back). */
static gboolean
hidden_by_policy (ZtPinFilter           *self,
                  const ZtFilterContext *context,
                  const char            *tool)
{
  return self->policy != NULL && context->subject != NULL &&
         zt_policy_restricts (self->policy, context->subject, context->service) &&
         !zt_policy_visible (self->policy, context->subject, context->service, ZT_POLICY_TOOL, tool, now_s ());
}

/* The profile of @context's session: the capabilities its client declared */
static const char *
profile_of (ZtPinFilter           *self,
            const ZtFilterContext *context)
{
  const char *profile = context->session_id ? g_hash_table_lookup (self->session_profiles, context->session_id) : NULL;

  return profile ? profile : "unknown";
}

static ZtVerdictKind
check_list (ZtPinFilter           *self,
            const ZtFilterContext *context,
            PinSet                *set,
            ZtPinMode              mode,
            gboolean               imported,
            JsonObject            *result,
            ZtVerdict             *verdict)
{
  static const char *path[] = { "result", "tools", NULL };
  JsonArray *tools = zt_json_get_array (result, "tools");
  g_autoptr(GString) named = g_string_new (NULL);
  ListOutcome out = { .named = named };
  g_autoptr(JsonNode) kept = NULL;
  g_autoptr(GError) error = NULL;
  gboolean in_transaction;

  if (tools == NULL)
    return ZT_VERDICT_ALLOW;
  /* one transaction a list: a server that changes a thousand tools costs one sync, not a
   * thousand, and the agent's loop does not stall on it */
  in_transaction = self->store != NULL && zt_store_begin (self->store, NULL);
  kept = pin_list (self, set, context->service, mode, imported, profile_of (self, context), tools,
                   list_is_whole (context, result), &out);
  if (in_transaction && !zt_store_end (self->store, TRUE, &error))
    store_warn (context->service, error);
  if (out.news > 0)
    {
      g_message ("%s: %u tool change%s held back until approved (%s); see `zt4mcp tools diff %s`",
                 context->service, out.news, out.news == 1 ? "" : "s", named->str, context->service);
      g_signal_emit (self, signals[SIGNAL_HELD], 0, context->service);
    }
  if (kept == NULL)
    return ZT_VERDICT_ALLOW;
  return rewrite (context, verdict, out.changed ? "pin:changed" : out.added ? "pin:new" : "pin:invalid", path, kept);
}

/* The initialize answer: instructions other than the pinned ones are left out. Empty
 * instructions are pinned as they come: a server that later adds some is caught. */
static ZtVerdictKind
check_instructions (ZtPinFilter           *self,
                    const ZtFilterContext *context,
                    PinSet                *set,
                    ZtPinMode              mode,
                    JsonObject            *result,
                    ZtVerdict             *verdict)
{
  static const char *path[] = { "result", NULL };
  const char *text = zt_json_get_string (result, "instructions");
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text ? text : "");
  g_autofree char *canonical = zt_json_to_canonical (node);
  g_autofree char *hash = sha256_of (canonical);
  const char *pinned = pinned_hash (set, INSTRUCTIONS);
  g_autoptr(JsonNode) original = NULL, copy = NULL;

  if (pinned != NULL && strcmp (pinned, hash) == 0)
    {
      pending_clear (self, set, context->service, INSTRUCTIONS);
      return ZT_VERDICT_ALLOW;
    }
  if (pinned == NULL && (mode == ZT_PIN_MODE_FIRST_USE || text == NULL || *text == '\0'))
    {
      pin_now (self, set, context->service, INSTRUCTIONS, hash, canonical, "");
      return ZT_VERDICT_ALLOW;
    }
  if (pending_note (self, set, context->service, INSTRUCTIONS, KIND_INSTRUCTIONS, hash, canonical, NULL))
    {
      g_message ("%s: the server's instructions changed; held back until approved (see `zt4mcp tools diff %s`)",
                 context->service, context->service);
      g_signal_emit (self, signals[SIGNAL_HELD], 0, context->service);
    }
  if (text == NULL)
    return ZT_VERDICT_ALLOW;  /* none now: nothing to leave out */
  original = json_node_init_object (json_node_alloc (), result);
  copy = json_node_copy (original);
  json_object_remove_member (json_node_get_object (copy), "instructions");
  return rewrite (context, verdict, "pin:instructions", path, copy);
}

static ZtVerdictKind
check_call (ZtPinFilter           *self,
            const ZtFilterContext *context,
            PinSet                *set,
            ZtPinMode              mode,
            ZtVerdict             *verdict)
{
  JsonObject *params = zt_message_get_params (context->message);
  const char *name = params ? zt_json_get_string (params, "name") : NULL;
  Pending *p = name ? g_hash_table_lookup (set->pending, name) : NULL;
  const char *rule;
  JsonObject *data;

  if (name == NULL || hidden_by_policy (self, context, name))
    return ZT_VERDICT_ALLOW;  /* not a call of anything (the server answers it), or not ours to refuse */
  if (p != NULL && (p->kind == KIND_NEW || p->kind == KIND_CHANGED))
    rule = p->kind == KIND_NEW ? "pin:new" : "pin:changed";
  else if (p == NULL && mode == ZT_PIN_MODE_OWNER && !g_hash_table_contains (set->pins, name))
    rule = "pin:new";  /* the owner approves what is served: nothing approved to call */
  else
    return ZT_VERDICT_ALLOW;
  zt_verdict_deny (verdict, rule, "tool %s of service %s is held back: its definition %s since it was approved; "
                   "see what changed with `zt4mcp tools diff %s`, then `zt4mcp tools approve %s %s` if you trust it",
                   name, context->service, strcmp (rule, "pin:new") == 0 ? "was not approved, or is new" : "changed",
                   context->service, context->service, name);
  verdict->code = ZT_JSONRPC_POLICY_DENIED;
  data = json_object_new ();
  json_object_set_string_member (data, "rule", rule);
  json_object_set_string_member (data, "service", context->service);
  json_object_set_string_member (data, "tool", name);
  verdict->data = json_node_init_object (json_node_alloc (), data);
  json_object_unref (data);
  return ZT_VERDICT_DENY;
}

/* The client capabilities an initialize request declares, as a profile: the names of its
 * capabilities, sorted, joined with '+' ("none" for none, "other" when they cannot be told:
 * too many, or names no client uses) */
static char *
profile_from_initialize (ZtMessage *request)
{
  JsonObject *params = zt_message_get_params (request);
  JsonNode *caps = params ? json_object_get_member (params, "capabilities") : NULL;
  g_autoptr(GList) names = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (caps == NULL || !JSON_NODE_HOLDS_OBJECT (caps))
    return g_strdup ("none");
  names = g_list_sort (json_object_get_members (json_node_get_object (caps)), (GCompareFunc) strcmp);
  if (g_list_length (names) > 8)
    return g_strdup ("other");
  for (GList *l = names; l; l = l->next)
    {
      const char *name = l->data;

      if (strlen (name) == 0 || strlen (name) > 32 || strspn (name, "abcdefghijklmnopqrstuvwxyz"
                                                               "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-") != strlen (name))
        return g_strdup ("other");
      g_string_append_printf (out, "%s%s", out->len ? "+" : "", name);
    }
  return out->len ? g_string_free (g_steal_pointer (&out), FALSE) : g_strdup ("none");
}

static void
remember_profile (ZtPinFilter           *self,
                  const ZtFilterContext *context)
{
  if (context->session_id == NULL)
    return;
  if (g_hash_table_size (self->session_profiles) >= MAX_SESSION_PROFILES)
    g_hash_table_remove_all (self->session_profiles);
  g_hash_table_replace (self->session_profiles, g_strdup (context->session_id),
                        profile_from_initialize (context->message));
}

static ZtVerdictKind
deny_unavailable (const ZtFilterContext *context,
                  ZtVerdict             *verdict,
                  GError                *error)
{
  zt_verdict_deny (verdict, "pin:unavailable", "the tool pins of service %s cannot be read (%s): nothing is "
                   "served unchecked; see the agent's log", context->service, error->message);
  verdict->code = ZT_JSONRPC_POLICY_DENIED;
  return ZT_VERDICT_DENY;
}

static ZtVerdictKind
zt_pin_filter_check (ZtFilter              *filter,
                     const ZtFilterContext *context,
                     ZtVerdict             *verdict)
{
  ZtPinFilter *self = ZT_PIN_FILTER (filter);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  ZtMessageKind kind;
  const char *method;
  JsonObject *result;
  g_autoptr(JsonObject) visible = NULL;
  JsonNode *r;
  gboolean imported;
  ZtPinMode mode;
  PinSet *set;

  if (context->message == NULL || !service_of (self, context->service, &mode, &key, &imported))
    return ZT_VERDICT_ALLOW;
  kind = zt_message_get_kind (context->message);
  if (context->direction == ZT_DIRECTION_TO_SERVER)
    {
      method = zt_message_get_method (context->message);
      if (kind == ZT_MESSAGE_REQUEST && g_strcmp0 (method, "initialize") == 0)
        remember_profile (self, context);
      if (context->origin == ZT_ORIGIN_AGENT || kind != ZT_MESSAGE_REQUEST || g_strcmp0 (method, "tools/call") != 0)
        return ZT_VERDICT_ALLOW;
      if ((set = set_for (self, key, &error)) == NULL)
        return deny_unavailable (context, verdict, error);
      return check_call (self, context, set, mode, verdict);
    }
  if (kind == ZT_MESSAGE_NOTIFICATION)
    {
      /* the client still hears it; the agent lists the tools itself to see what changed, once
       * there is something to compare with (servers say it at start too) */
      if (g_strcmp0 (zt_message_get_method (context->message), "notifications/tools/list_changed") == 0 &&
          (set = set_for (self, key, NULL)) != NULL && any_tool_pinned (set))
        g_signal_emit (self, signals[SIGNAL_LIST_CHANGED], 0, context->service, context->session_id);
      return ZT_VERDICT_ALLOW;
    }
  if (context->request == NULL || kind != ZT_MESSAGE_RESULT ||
      (method = zt_message_get_method (context->request)) == NULL ||
      (strcmp (method, "tools/list") != 0 && strcmp (method, "initialize") != 0))
    return ZT_VERDICT_ALLOW;
  /* pinned as the client reads it: json-glib's tree cuts a string at U+0000, so a change made
   * after one ("Adds.\u0000<then anything>") would hash the same (U+FFFD shows it here) */
  visible = zt_message_dup_object_nul_visible (context->message);
  if ((r = json_object_get_member (visible, "result")) == NULL || !JSON_NODE_HOLDS_OBJECT (r))
    return ZT_VERDICT_ALLOW;
  result = json_node_get_object (r);
  if ((set = set_for (self, key, &error)) == NULL)
    {
      /* an answer cannot be refused to its own id here: it goes on emptied of what is pinned */
      static const char *tools_path[] = { "result", "tools", NULL };
      g_warning ("%s: %s", context->service, error->message);
      if (strcmp (method, "tools/list") != 0)
        return ZT_VERDICT_ALLOW;
      return rewrite (context, verdict, "pin:unavailable", tools_path,
                      json_node_init_array (json_node_alloc (), json_array_new ()));
    }
  if (strcmp (method, "initialize") == 0)
    return check_instructions (self, context, set, mode, result, verdict);
  return check_list (self, context, set, mode, imported, result, verdict);
}

/* ---------------------------------------------------------------------------------------- */
/* Diffs                                                                                    */

#define DIFF_MAX_LINES 400u
/* The most definition text one description carries (past it: "definitions_left_out") */
#define DESCRIBE_MAX_DEFINITIONS (8u * 1024u * 1024u)

static void
add_line (JsonArray  *out,
          const char *op,
          const char *text)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "op", op);
  json_object_set_string_member (o, "text", text);
  json_array_add_object_element (out, o);
}

/* A longest-common-subsequence diff of lines; past DIFF_MAX_LINES lines a side (hostile
 * input: the table is quadratic) every old line is removed and every new one added. */
JsonArray *
zt_pin_line_diff (const char *old_text,
                  const char *new_text)
{
  g_auto(GStrv) a = g_strsplit (old_text ? old_text : "", "\n", -1);
  g_auto(GStrv) b = g_strsplit (new_text ? new_text : "", "\n", -1);
  guint n = old_text ? g_strv_length (a) : 0, m = new_text ? g_strv_length (b) : 0;
  JsonArray *out = json_array_new ();
  g_autofree guint *lcs = NULL;
  guint i = 0, j = 0;

  if (n > DIFF_MAX_LINES || m > DIFF_MAX_LINES)
    {
      for (i = 0; i < n; i++)
        add_line (out, "-", a[i]);
      for (j = 0; j < m; j++)
        add_line (out, "+", b[j]);
      return out;
    }
  /* lcs[i][j]: the common lines of a[i..] and b[j..] */
  lcs = g_new0 (guint, (n + 1) * (m + 1));
#define L(x, y) lcs[(x) * (m + 1) + (y)]
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      L (x, y) = strcmp (a[x], b[y]) == 0 ? L (x + 1, y + 1) + 1 : MAX (L (x + 1, y), L (x, y + 1));
  while (i < n || j < m)
    {
      if (i < n && j < m && strcmp (a[i], b[j]) == 0)
        add_line (out, " ", a[i++]), j++;
      else if (i < n && (j == m || L (i + 1, j) >= L (i, j + 1)))
        add_line (out, "-", a[i++]);  /* what went before what came, as diff(1) shows it */
      else
        add_line (out, "+", b[j++]);
    }
#undef L
  return out;
}

static JsonObject *
parse_definition (const char *text)
{
  return text ? zt_json_parse_object_strict (text, strlen (text), NULL, NULL) : NULL;
}

static char *
member_text (JsonObject *o,
             const char *member)
{
  JsonNode *n = o ? json_object_get_member (o, member) : NULL;

  return n ? zt_json_to_canonical (n) : NULL;
}

static void
add_member_names (GPtrArray  *names,
                  JsonObject *o)
{
  g_autoptr(GList) members = o ? json_object_get_members (o) : NULL;

  for (GList *l = members; l; l = l->next)
    if (!g_ptr_array_find_with_equal_func (names, l->data, g_str_equal, NULL))
      g_ptr_array_add (names, l->data);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* [{"member", "old", "new", "lines"?}] of the members that differ; texts as canonical JSON,
 * strings (a description) also line by line. */
static JsonArray *
definition_diff (JsonObject *old,
                 JsonObject *new)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  JsonArray *out = json_array_new ();

  add_member_names (names, old);
  add_member_names (names, new);
  g_ptr_array_sort (names, compare_strings);
  for (guint i = 0; i < names->len; i++)
    {
      const char *member = g_ptr_array_index (names, i);
      g_autofree char *a = member_text (old, member), *b = member_text (new, member);
      const char *sa = old ? zt_json_get_string (old, member) : NULL;
      const char *sb = new ? zt_json_get_string (new, member) : NULL;
      JsonObject *o;

      if (g_strcmp0 (a, b) == 0)
        continue;
      o = json_object_new ();
      json_object_set_string_member (o, "member", member);
      if (a) json_object_set_string_member (o, "old", a); else json_object_set_null_member (o, "old");
      if (b) json_object_set_string_member (o, "new", b); else json_object_set_null_member (o, "new");
      if (sa != NULL || sb != NULL)
        json_object_set_array_member (o, "lines", zt_pin_line_diff (sa, sb));
      json_array_add_object_element (out, o);
    }
  return out;
}

/* ---------------------------------------------------------------------------------------- */
/* The diff as text                                                                         */

static void
append_lines (GString   *out,
              JsonArray *lines)
{
  for (guint i = 0; lines != NULL && i < json_array_get_length (lines); i++)
    {
      JsonObject *l = json_array_get_object_element (lines, i);
      const char *op = l ? zt_json_get_string (l, "op") : NULL;
      const char *text = l ? zt_json_get_string (l, "text") : NULL;

      g_string_append_printf (out, "      %s ", op ? op : "?");
      zt_string_append_shown (out, text ? text : "");
      g_string_append_c (out, '\n');
    }
}

static void
append_member (GString    *out,
               JsonObject *m)
{
  JsonArray *lines = zt_json_get_array (m, "lines");
  const char *old = zt_json_get_string (m, "old"), *new = zt_json_get_string (m, "new");

  g_string_append (out, "    ");
  zt_string_append_shown (out, zt_json_get_string (m, "member") ? zt_json_get_string (m, "member") : "?");
  g_string_append (out, ":\n");
  if (lines != NULL)
    return append_lines (out, lines);
  g_string_append (out, "      - ");
  zt_string_append_shown (out, old ? old : "(absent)");
  g_string_append (out, "\n      + ");
  zt_string_append_shown (out, new ? new : "(absent)");
  g_string_append_c (out, '\n');
}

static void
append_change (GString    *out,
               JsonObject *t)
{
  const char *state = zt_json_get_string (t, "state");
  const char *name = zt_json_get_string (t, "name");
  JsonArray *diff = zt_json_get_array (t, "diff");
  JsonNode *too_large = json_object_get_member (t, "too_large");

  if (state == NULL || strcmp (state, "pinned") == 0)
    return;
  g_string_append_printf (out, "%s ", state);
  zt_string_append_shown (out, name && *name ? name : "(instructions)");
  g_string_append_c (out, '\n');
  append_lines (out, zt_json_get_array (t, "lines"));
  if (too_large != NULL && JSON_NODE_HOLDS_VALUE (too_large) && json_node_get_boolean (too_large))
    g_string_append_printf (out, "    (the new definition is over %u KiB: only its hash %s was kept)\n",
                            ZT_PIN_MAX_DEFINITION / 1024, zt_json_get_string (t, "new_hash"));
  for (guint i = 0; diff != NULL && i < json_array_get_length (diff); i++)
    append_member (out, json_array_get_object_element (diff, i));
}

JsonArray *
zt_pin_current_definitions (JsonArray *entries)
{
  JsonArray *definitions = json_array_new ();

  for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
    {
      JsonNode *e = json_array_get_element (entries, i);
      JsonObject *entry = JSON_NODE_HOLDS_OBJECT (e) ? json_node_get_object (e) : NULL;
      JsonNode *pending = entry ? json_object_get_member (entry, "pending") : NULL;
      JsonNode *current = pending && JSON_NODE_HOLDS_OBJECT (pending) ? pending
                        : entry ? json_object_get_member (entry, "pinned") : NULL;

      if (current != NULL && JSON_NODE_HOLDS_OBJECT (current) &&
          g_strcmp0 (zt_json_get_string (entry, "state"), "removed") != 0)
        json_array_add_element (definitions, json_node_copy (current));
    }
  return definitions;
}

char *
zt_pin_diff_to_text (JsonObject *described)
{
  JsonArray *renames = zt_json_get_array (described, "renames");
  JsonArray *tools = zt_json_get_array (described, "tools");
  JsonNode *instructions = json_object_get_member (described, "instructions");
  GString *out;

  if (json_object_get_int_member_with_default (described, "pending", 0) == 0)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; renames != NULL && i < json_array_get_length (renames); i++)
    {
      JsonObject *r = json_array_get_object_element (renames, i);
      const char *from = r ? zt_json_get_string (r, "from") : NULL, *to = r ? zt_json_get_string (r, "to") : NULL;

      g_string_append (out, "renamed ");
      zt_string_append_shown (out, from ? from : "?");
      g_string_append (out, " -> ");
      zt_string_append_shown (out, to ? to : "?");
      g_string_append (out, " (the same definition under another name)\n");
    }
  if (instructions != NULL && JSON_NODE_HOLDS_OBJECT (instructions))
    append_change (out, json_node_get_object (instructions));
  for (guint i = 0; tools != NULL && i < json_array_get_length (tools); i++)
    append_change (out, json_array_get_object_element (tools, i));
  return g_string_free (out, FALSE);
}

/* Two definitions that are the same but for their name: a rename. */
static gboolean
same_but_name (const char *a,
               const char *b)
{
  g_autoptr(JsonObject) oa = parse_definition (a), ob = parse_definition (b);
  g_autoptr(JsonNode) na = NULL, nb = NULL;
  g_autofree char *ta = NULL, *tb = NULL;

  if (oa == NULL || ob == NULL)
    return FALSE;
  json_object_remove_member (oa, "name");
  json_object_remove_member (ob, "name");
  na = json_node_init_object (json_node_alloc (), oa);
  nb = json_node_init_object (json_node_alloc (), ob);
  ta = zt_json_to_canonical (na);
  tb = zt_json_to_canonical (nb);
  return strcmp (ta, tb) == 0;
}

static ZtToolPinRow *
find_row (GPtrArray  *rows,
          const char *tool)
{
  for (guint i = 0; i < rows->len; i++)
    if (strcmp (((ZtToolPinRow *) g_ptr_array_index (rows, i))->tool, tool) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* Adds the definition @text as @member while @budget lasts: a hostile server's definitions
 * must not make the owner's answer hundreds of megabytes. */
static void
add_definition (JsonObject *o,
                const char *member,
                const char *text,
                gsize      *budget)
{
  JsonObject *definition;

  if (text == NULL)
    return;
  if (strlen (text) > *budget)
    {
      json_object_set_boolean_member (o, "definitions_left_out", TRUE);
      return;
    }
  if ((definition = parse_definition (text)) == NULL)
    return;
  *budget -= strlen (text);
  json_object_set_object_member (o, member, definition);
}

static JsonObject *
describe_one (const char   *name,
              ZtToolPinRow *pin,
              ZtToolPinRow *pending,
              gsize        *budget)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "name", name);
  json_object_set_string_member (o, "state", pending ? pending->kind : "pinned");
  if (pin != NULL)
    {
      json_object_set_string_member (o, "hash", pin->hash);
      json_object_set_int_member (o, "approved_at", pin->at);
      json_object_set_string_member (o, "approved_by", pin->by ? pin->by : "");
    }
  /* the definitions themselves, for a view that scans or shows them (the desktop app) */
  if (*name != '\0')
    {
      add_definition (o, "pinned", pin ? pin->definition : NULL, budget);
      if (pending != NULL && strcmp (pending->kind, "removed") != 0)
        add_definition (o, "pending", pending->definition, budget);
    }
  if (pending == NULL)
    return o;
  if (pending->hash != NULL)
    json_object_set_string_member (o, "new_hash", pending->hash);
  json_object_set_int_member (o, "first_seen", pending->at);
  if (*name == '\0')
    {
      g_autoptr(JsonNode) a = pin && pin->definition ? zt_json_parse_strict (pin->definition, strlen (pin->definition), NULL, NULL) : NULL;
      g_autoptr(JsonNode) b = pending->definition ? zt_json_parse_strict (pending->definition, strlen (pending->definition), NULL, NULL) : NULL;

      json_object_set_array_member (o, "lines", zt_pin_line_diff (a && JSON_NODE_HOLDS_VALUE (a) ? json_node_get_string (a) : NULL,
                                                                  b && JSON_NODE_HOLDS_VALUE (b) ? json_node_get_string (b) : NULL));
      return o;
    }
  {
    g_autoptr(JsonObject) old = pin ? parse_definition (pin->definition) : NULL;
    g_autoptr(JsonObject) new = strcmp (pending->kind, "removed") != 0 ? parse_definition (pending->definition) : NULL;

    if (pending->hash != NULL && pending->definition == NULL)
      json_object_set_boolean_member (o, "too_large", TRUE);
    json_object_set_array_member (o, "diff", definition_diff (old, new));
  }
  return o;
}

static void
describe_renames (JsonObject *root,
                  GPtrArray  *pins,
                  GPtrArray  *pending)
{
  JsonArray *renames = json_array_new ();

  for (guint i = 0; i < pending->len; i++)
    {
      ZtToolPinRow *gone = g_ptr_array_index (pending, i);
      ZtToolPinRow *was = strcmp (gone->kind, "removed") == 0 ? find_row (pins, gone->tool) : NULL;

      for (guint j = 0; was != NULL && j < pending->len; j++)
        {
          ZtToolPinRow *added = g_ptr_array_index (pending, j);

          if (strcmp (added->kind, "new") == 0 && same_but_name (was->definition, added->definition))
            {
              JsonObject *o = json_object_new ();

              json_object_set_string_member (o, "from", gone->tool);
              json_object_set_string_member (o, "to", added->tool);
              json_array_add_object_element (renames, o);
            }
        }
    }
  json_object_set_array_member (root, "renames", renames);
}

/* The key and mode of @service, for the owner's questions (describe, approve): its store
 * must be open, it must be known. */
static gboolean
owner_service (ZtPinFilter *self,
               const char  *service,
               ZtPinMode   *mode,
               char       **key,
               GError     **error)
{
  gboolean imported;

  if (self->service_func == NULL || !self->service_func (service, mode, key, &imported, self->service_data))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "no service named %s; `zt4mcp service list` shows them", service);
      return FALSE;
    }
  if (self->store == NULL)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_FAILED, "the agent's store is not open");
      return FALSE;
    }
  return TRUE;
}

JsonNode *
zt_pin_filter_describe (ZtPinFilter *self,
                        const char  *service,
                        const char  *tool,
                        GError     **error)
{
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) pins = NULL, pending = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *tools;
  ZtPinMode mode;
  guint n_pending = 0;
  gsize budget = DESCRIBE_MAX_DEFINITIONS;

  g_return_val_if_fail (ZT_IS_PIN_FILTER (self), NULL);
  if (!owner_service (self, service, &mode, &key, error))
    return NULL;
  if ((pins = zt_store_load_tool_pins (self->store, key, FALSE, error)) == NULL ||
      (pending = zt_store_load_tool_pins (self->store, key, TRUE, error)) == NULL)
    return NULL;
  root = json_object_new ();
  json_object_set_string_member (root, "service", service);
  json_object_set_string_member (root, "key", key);
  json_object_set_string_member (root, "mode", zt_pin_mode_to_string (mode));
  tools = json_array_new ();
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *rows = pass ? pending : pins;

      for (guint i = 0; i < rows->len; i++)
        {
          const char *name = ((ZtToolPinRow *) g_ptr_array_index (rows, i))->tool;
          ZtToolPinRow *p = find_row (pending, name);
          JsonObject *o;

          if (!g_hash_table_add (names, (gpointer) name) || (tool != NULL && strcmp (tool, name) != 0))
            continue;
          o = describe_one (name, find_row (pins, name), p, &budget);
          n_pending += p != NULL;
          if (*name == '\0')
            json_object_set_object_member (root, "instructions", o);
          else
            json_array_add_object_element (tools, o);
        }
    }
  json_object_set_array_member (root, "tools", tools);
  json_object_set_int_member (root, "pending", n_pending);
  describe_renames (root, pins, pending);
  return json_node_init_object (json_node_alloc (), root);
}

/* Moves @row (pending) to the pins, or removes the pin of a removed tool. */
static gboolean
approve_row (ZtPinFilter  *self,
             const char   *key,
             ZtToolPinRow *row,
             ZtToolPinRow *old,
             const char   *by,
             GError      **error)
{
  /* the profiles it was shown to: those of the definition it replaces, and the one it was
   * seen by (a removal forgets them) */
  g_autofree char *profiles = old && old->profiles && *old->profiles && row->profiles && *row->profiles &&
                              !profiles_have (old->profiles, row->profiles)
                              ? g_strconcat (old->profiles, ",", row->profiles, NULL)
                              : g_strdup (old && old->profiles && *old->profiles ? old->profiles : row->profiles);
  ZtToolPinRow pin = { row->tool, NULL, row->hash, row->definition, now_s (), (char *) by, profiles };

  if (strcmp (row->kind, "removed") == 0)
    {
      if (!zt_store_delete_tool_pin (self->store, key, row->tool, FALSE, error))
        return FALSE;
    }
  else if (!zt_store_put_tool_pin (self->store, key, &pin, FALSE, error))
    return FALSE;
  return zt_store_delete_tool_pin (self->store, key, row->tool, TRUE, error);
}

static gboolean
approve_rows (ZtPinFilter *self,
              const char  *service,
              const char  *key,
              GPtrArray   *rows,
              GPtrArray   *pins,
              const char  *by,
              JsonArray   *done,
              GError     **error)
{
  if (!zt_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      ZtToolPinRow *row = g_ptr_array_index (rows, i);
      JsonObject *o;

      if (!approve_row (self, key, row, find_row (pins, row->tool), by, error))
        {
          zt_store_end (self->store, FALSE, NULL);
          return FALSE;
        }
      o = json_object_new ();
      json_object_set_string_member (o, "tool", row->tool);
      json_object_set_string_member (o, "kind", row->kind);
      json_array_add_object_element (done, o);
      g_message ("%s: %s %s approved by %s", service, row->kind, *row->tool ? row->tool : "instructions", by);
    }
  return zt_store_end (self->store, TRUE, error);
}

JsonNode *
zt_pin_filter_approve (ZtPinFilter        *self,
                       const char         *service,
                       const char * const *tools,
                       const char         *by,
                       GError            **error)
{
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) pending = NULL, pins = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(JsonArray) done = json_array_new ();
  ZtPinMode mode;

  g_return_val_if_fail (ZT_IS_PIN_FILTER (self), NULL);
  if (!owner_service (self, service, &mode, &key, error))
    return NULL;
  if ((pending = zt_store_load_tool_pins (self->store, key, TRUE, error)) == NULL ||
      (pins = zt_store_load_tool_pins (self->store, key, FALSE, error)) == NULL)
    return NULL;
  for (guint i = 0; tools != NULL && tools[i] != NULL; i++)
    {
      ZtToolPinRow *row = find_row (pending, tools[i]);

      if (row == NULL)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "tool %s of service %s has no change waiting for "
                       "approval; `zt4mcp tools list %s` shows what does", tools[i], service, service);
          return NULL;
        }
      if (!g_ptr_array_find (chosen, row, NULL))
        g_ptr_array_add (chosen, row);
    }
  if (!approve_rows (self, service, key, tools != NULL ? chosen : pending, pins, by, done, error))
    return NULL;
  /* the store is the truth: read it again rather than patch the set */
  g_hash_table_remove (self->sets, key);
  if (json_array_get_length (done) > 0)
    g_signal_emit (self, signals[SIGNAL_HELD], 0, service);
  return json_node_init_array (json_node_alloc (), done);
}

/* ---------------------------------------------------------------------------------------- */

static void
zt_pin_filter_iface_init (ZtFilterInterface *iface)
{
  iface->check = zt_pin_filter_check;
}

static void
zt_pin_filter_finalize (GObject *object)
{
  ZtPinFilter *self = ZT_PIN_FILTER (object);

  g_clear_pointer (&self->sets, g_hash_table_unref);
  g_clear_pointer (&self->session_profiles, g_hash_table_unref);
  g_clear_object (&self->policy);
  G_OBJECT_CLASS (zt_pin_filter_parent_class)->finalize (object);
}

static void
zt_pin_filter_class_init (ZtPinFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_pin_filter_finalize;

  /* ::held (service): what is held back of a service changed (a new pending change, or an
   * approval); the desktop app refreshes its Tools view */
  signals[SIGNAL_HELD] = g_signal_new ("held", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                       NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* ::list-changed (service, session id or NULL): the server said its tools changed in that
   * session (the client hears it too); the session is live and initialized, so a re-check
   * can ask there instead of starting another server */
  signals[SIGNAL_LIST_CHANGED] = g_signal_new ("list-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                               NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
zt_pin_filter_init (ZtPinFilter *self)
{
  self->sets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pin_set_free);
  self->session_profiles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

ZtPinFilter *
zt_pin_filter_new (void)
{
  return g_object_new (ZT_TYPE_PIN_FILTER, NULL);
}

void
zt_pin_filter_set_service_func (ZtPinFilter      *self,
                                ZtPinServiceFunc  func,
                                gpointer          user_data)
{
  g_return_if_fail (ZT_IS_PIN_FILTER (self));
  self->service_func = func;
  self->service_data = user_data;
}

void
zt_pin_filter_set_policy (ZtPinFilter *self,
                          ZtPolicy    *policy)
{
  g_return_if_fail (ZT_IS_PIN_FILTER (self));
  g_set_object (&self->policy, policy);
}

void
zt_pin_filter_set_store (ZtPinFilter *self,
                         ZtStore     *store)
{
  g_return_if_fail (ZT_IS_PIN_FILTER (self));
  self->store = store;
  g_hash_table_remove_all (self->sets);
}
