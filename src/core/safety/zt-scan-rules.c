/* zt-scan-rules.c: a service's say over single rules of the tool scan */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "zt-error.h"
#include "zt-result-scan.h"
#include "zt-scan-rules.h"

struct _ZtScanRules
{
  ZtScanOverride *overrides;  /* sorted by rule; the rules are owned */
  guint           n;
  ZtScanConfig    config;
  char           *key;
};

G_DEFINE_BOXED_TYPE (ZtScanRules, zt_scan_rules, zt_scan_rules_ref, zt_scan_rules_unref)

static void
rules_clear (ZtScanRules *self)
{
  for (guint i = 0; i < self->n; i++)
    g_free ((char *) self->overrides[i].rule);
  g_free (self->overrides);
  g_free (self->key);
}

ZtScanRules *
zt_scan_rules_ref (ZtScanRules *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
zt_scan_rules_unref (ZtScanRules *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) rules_clear);
}

static int
override_cmp (gconstpointer a,
              gconstpointer b)
{
  return strcmp (((const ZtScanOverride *) a)->rule, ((const ZtScanOverride *) b)->rule);
}

/* @table: rule -> action (as a pointer); its keys are taken */
static ZtScanRules *
rules_new (GHashTable *table)
{
  ZtScanRules *self = g_atomic_rc_box_new0 (ZtScanRules);
  g_autoptr(GString) key = g_string_new (NULL);
  GHashTableIter iter;
  gpointer rule, action;

  self->overrides = g_new0 (ZtScanOverride, MAX (g_hash_table_size (table), 1));
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &rule, &action))
    {
      self->overrides[self->n].rule = g_strdup (rule);
      self->overrides[self->n].action = GPOINTER_TO_INT (action);
      self->n++;
    }
  qsort (self->overrides, self->n, sizeof self->overrides[0], override_cmp);
  for (guint i = 0; i < self->n; i++)
    g_string_append_printf (key, "%s%s=%s", i ? "," : "", self->overrides[i].rule,
                            zt_scan_rule_action_to_string (self->overrides[i].action));
  self->config.overrides = self->overrides;
  self->config.n_overrides = self->n;
  self->key = g_string_free (g_steal_pointer (&key), FALSE);
  return self;
}

static gboolean
rules_add (GHashTable  *table,
           const char  *rule,
           const char  *action_text,
           GError     **error)
{
  ZtScanRuleAction action;

  if (!zt_tool_scan_rule_valid (rule) && !zt_result_scan_rule_valid (rule))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is not a rule of the tool scan or the result scan, nor a family of them "
                   "ending in '.' (\"zt4mcp scan --list-rules\" lists them)", rule);
      return FALSE;
    }
  if (!zt_scan_rule_action_from_string (action_text, &action))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the action for rule \"%s\" must be \"off\", \"warn\" or \"block\"", rule);
      return FALSE;
    }
  if (g_hash_table_size (table) >= ZT_SCAN_RULES_MAX && !g_hash_table_contains (table, rule))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "at most %u rules may be set for one service",
                   ZT_SCAN_RULES_MAX);
      return FALSE;
    }
  g_hash_table_insert (table, g_strdup (rule), GINT_TO_POINTER (action));
  return TRUE;
}

ZtScanRules *
zt_scan_rules_new_from_json (JsonNode  *node,
                             GError   **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObjectIter iter;
  const char *rule;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "\"scan_rules\" must be an object of rule ids and actions "
                           "(\"off\", \"warn\" or \"block\")");
      return NULL;
    }
  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &rule, &value))
    {
      const char *action = JSON_NODE_HOLDS_VALUE (value) &&
                           json_node_get_value_type (value) == G_TYPE_STRING
                           ? json_node_get_string (value) : NULL;

      if (!rules_add (table, rule, action, error))
        return NULL;
    }
  return rules_new (table);
}

ZtScanRules *
zt_scan_rules_new_from_specs (const char *const  *specs,
                              GError            **error)
{
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; specs && specs[i]; i++)
    {
      const char *eq = strchr (specs[i], '=');
      g_autofree char *rule = NULL;

      if (eq == NULL)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                       "\"%s\": a rule is set as RULE=ACTION, e.g. instruction.words=block", specs[i]);
          return NULL;
        }
      rule = g_strndup (specs[i], eq - specs[i]);
      if (!rules_add (table, rule, eq + 1, error))
        return NULL;
    }
  return rules_new (table);
}

JsonNode *
zt_scan_rules_to_json (ZtScanRules *self)
{
  JsonObject *o = json_object_new ();
  JsonNode *node;

  for (guint i = 0; self && i < self->n; i++)
    json_object_set_string_member (o, self->overrides[i].rule,
                                   zt_scan_rule_action_to_string (self->overrides[i].action));
  node = json_node_init_object (json_node_alloc (), o);
  json_object_unref (o);
  return node;
}

guint
zt_scan_rules_get_n (ZtScanRules *self)
{
  return self ? self->n : 0;
}

const ZtScanConfig *
zt_scan_rules_get_config (ZtScanRules *self)
{
  return self && self->n ? &self->config : NULL;
}

const char *
zt_scan_rules_get_key (ZtScanRules *self)
{
  return self ? self->key : "";
}
