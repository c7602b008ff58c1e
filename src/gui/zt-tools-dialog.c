/* zt-tools-dialog.c: a service's tools: scan verdicts, findings, and changes waiting for approval */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "zt-a11y.h"
#include "zt-error-dialog.h"
#include "zt-pin-filter.h"
#include "zt-scan-rules.h"
#include "zt-tool-scan.h"
#include "zt-tools-dialog.h"
#include "zt-jsonrpc.h"

/* Everything shown here came from a server that may be hostile: each string passes
 * zt_text_neutralise (no bidi or zero-width tricks on screen), no row takes markup, and
 * long texts are clipped. */
#define TEXT_SHOWN_MAX 4000

/* The members of a definition that its pin covers, in the order a diff shows them. */
static const char *pinned_members[] = { "name", "title", "description", "inputSchema", "outputSchema", "annotations" };

struct _ZtToolsDialog {
  AdwWindow            parent_instance;

  ZtClient            *client;
  char                *service;
  GCancellable        *cancellable;
  int                  n_pending;
  int                  n_blocked;
  int                  n_accepted;
  int                  n_accepted_other;
  int                  n_blocked_other;
  gboolean             disposed;

  GtkStack            *stack;
  AdwStatusPage       *status;
  GtkBox              *groups_box;
  AdwPreferencesGroup *pending_group;
  AdwPreferencesGroup *tools_group;
  AdwPreferencesGroup *blocked_group; /* prompts, resources, instructions the scan blocks */
  AdwPreferencesGroup *other_group;   /* prompts, resources, instructions the owner accepted */
  GtkButton           *approve_all;
  GPtrArray           *rows;          /* the rows added to the two groups */
  guint                loading;       /* answers still awaited for the current load */
  guint                generation;    /* answers to an older load are dropped */
  JsonArray           *entries;       /* this service's pins, once they came */
  GHashTable          *others;        /* other service -> JsonArray of its definitions */
  GHashTable          *accepted;      /* tool -> the SHA-256 of its definition the owner accepted
                                       * although the scan blocks it */
  GHashTable          *accepted_current; /* tool -> whether that is the definition the agent saw
                                          * listed last (the agent's word, when it says) */
  JsonArray           *accepted_other; /* the agent's entries of other kinds than "tool" */
  JsonArray           *blocked_other;  /* what the agent's scan blocks of those kinds, not accepted */
};

G_DEFINE_FINAL_TYPE (ZtToolsDialog, zt_tools_dialog, ADW_TYPE_WINDOW)

static void reload (ZtToolsDialog *self);

/* Text ------------------------------------------------------------------------------------- */

static char *
shown_text (const char *text)
{
  g_autofree char *clean = zt_text_neutralise (text ? text : "");

  if (strlen (clean) > TEXT_SHOWN_MAX)
    {
      const char *end = g_utf8_find_prev_char (clean, clean + TEXT_SHOWN_MAX);
      return g_strdup_printf ("%.*s…", (int) (end - clean), clean);
    }
  return g_steal_pointer (&clean);
}

static char *
member_text (JsonObject *definition,
             const char *member)
{
  JsonNode *node = definition ? json_object_get_member (definition, member) : NULL;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return zt_json_to_string_pretty (node);
}

static void
append_lines (GString    *out,
              const char *prefix,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    g_string_append_printf (out, "%s%s\n", prefix, lines[i]);
}

/* What changed between two definitions, member by member: the lines only the old one has
 * ("− "), then the lines only the new one has ("+ "). Either may be NULL (a new or a
 * removed tool). */
static char *
zt_tools_diff_text (JsonObject *old_def,
                    JsonObject *new_def)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint m = 0; m < G_N_ELEMENTS (pinned_members); m++)
    {
      g_autofree char *a = member_text (old_def, pinned_members[m]);
      g_autofree char *b = member_text (new_def, pinned_members[m]);
      g_auto(GStrv) la = NULL;
      g_auto(GStrv) lb = NULL;

      if (g_strcmp0 (a, b) == 0)
        continue;
      g_string_append_printf (out, "%s:\n", pinned_members[m]);
      la = g_strsplit (a ? a : "", "\n", -1);
      lb = g_strsplit (b ? b : "", "\n", -1);
      for (guint i = 0; a && la[i]; i++)
        if (!g_strv_contains ((const char * const *) lb, la[i]))
          append_lines (out, "− ", la[i]);
      for (guint i = 0; b && lb[i]; i++)
        if (!g_strv_contains ((const char * const *) la, lb[i]))
          append_lines (out, "+ ", lb[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The answer ------------------------------------------------------------------------------- */

/* An entry of GET /services/NAME/pins: the pinned definition, and the one the server sends
 * now when it differs (a new tool has only that, a removed one only the pinned one). */
static JsonObject *
entry_object (JsonObject *entry,
              const char *member)
{
  JsonNode *node = json_object_get_member (entry, member);
  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonObject *
entry_pinned (JsonObject *entry)
{
  return entry_object (entry, "pinned");
}

static JsonObject *
entry_current (JsonObject *entry)
{
  JsonObject *pending = entry_object (entry, "pending");
  return pending ? pending : entry_pinned (entry);
}

static const char *
entry_state (JsonObject *entry)
{
  return json_object_get_string_member_with_default (entry, "state", "pinned");
}

static gboolean
entry_is_pending (JsonObject *entry)
{
  return g_strcmp0 (entry_state (entry), "pinned") != 0;
}

/* Rows ------------------------------------------------------------------------------------- */

static GtkWidget *
badge_new (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static GtkWidget *
verdict_badge (ZtScanVerdict verdict)
{
  switch (verdict)
    {
    case ZT_SCAN_BLOCK:
      return badge_new (_("Blocked"), "error");
    case ZT_SCAN_WARN:
      return badge_new (_("Warning"), "warning");
    case ZT_SCAN_ALLOW:
    default:
      return badge_new (_("Clean"), "success");
    }
}

static const char *
state_text (const char *state)
{
  if (g_strcmp0 (state, "new") == 0)
    return _("New tool: clients do not see it until you approve it");
  if (g_strcmp0 (state, "changed") == 0)
    return _("Changed since you approved it: clients do not see it until you approve the change");
  if (g_strcmp0 (state, "removed") == 0)
    return _("The server no longer lists it");
  if (g_strcmp0 (state, "renamed") == 0)
    return _("Renamed: clients do not see the new name until you approve it");
  return NULL;
}

static GtkWidget *
text_row_new (const char *title,
              const char *text,
              gboolean    monospace)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new (title);
  g_autofree char *shown = shown_text (text);
  GtkWidget *label = gtk_label_new (shown);

  gtk_widget_add_css_class (heading, "caption-heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (monospace)
    gtk_widget_add_css_class (label, "monospace");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  return box;
}

/* A finding: its rule and severity, where and what it found; what the rule looks for as the
 * tooltip. Each text passes shown_text (): it may be the server's. */
static GtkWidget *
finding_row_build (const char *rule,
                   const char *severity,
                   const char *path,
                   const char *excerpt)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *shown_rule = shown_text (rule);
  g_autofree char *title = g_strdup_printf ("%s (%s)", shown_rule, severity);
  g_autofree char *shown_excerpt = shown_text (excerpt);
  g_autofree char *shown_path = shown_text (path);
  g_autofree char *subtitle = g_strdup_printf ("%s: “%s”", shown_path, shown_excerpt);
  const char *meaning = zt_tool_scan_rule_describe (rule);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "property");
  /* what the rule looks for, so that its id needs no lookup (and for screen readers) */
  if (meaning != NULL)
    {
      gtk_widget_set_tooltip_text (row, meaning);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meaning, -1);
    }
  return row;
}

static GtkWidget *
finding_row_new (const ZtScanFinding *f)
{
  return finding_row_build (f->rule, zt_scan_severity_to_string (f->severity), f->path ? f->path : "", f->excerpt);
}

/* A finding as the agent sent it ({rule, severity, path, text}) */
static GtkWidget *
json_finding_row_new (JsonObject *f)
{
  g_autofree char *severity = shown_text (json_object_get_string_member_with_default (f, "severity", ""));

  return finding_row_build (json_object_get_string_member_with_default (f, "rule", ""), severity,
                            json_object_get_string_member_with_default (f, "path", ""),
                            json_object_get_string_member_with_default (f, "text", ""));
}

static void approve_clicked_cb (GtkButton *button, ZtToolsDialog *self);
static void accept_clicked_cb (GtkButton *button, ZtToolsDialog *self);

/* Did the owner accept this very definition of a tool the scan blocks? (the agent hashes the
 * definition as its server sent it, as the pins keep it) */
static gboolean
is_accepted (ZtToolsDialog *self,
             const char    *name,
             JsonObject    *definition)
{
  const char *sha = g_hash_table_lookup (self->accepted, name);
  gpointer current;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *mine = NULL;

  if (sha == NULL || definition == NULL)
    return FALSE;
  /* the agent's word when it listed the tool since it started: its hash is the one its scan
   * filter lets calls through by */
  if (g_hash_table_lookup_extended (self->accepted_current, name, NULL, &current))
    return GPOINTER_TO_INT (current);
  node = json_node_init_object (json_node_alloc (), definition);
  mine = zt_json_canonical_sha256 (node);
  return strcmp (mine, sha) == 0;
}

/* Accept (a blocked tool) or Block Again (one accepted) */
static GtkWidget *
accept_button_new (ZtToolsDialog *self,
                   const char    *tool,
                   gboolean       revoke)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (revoke ? _("Block _Again") : _("_Accept…"));
  g_autofree char *label = g_strdup_printf (revoke ? _("Block %s again") : _("Accept %s"), tool);

  gtk_widget_set_name (button, revoke ? "revoke-tool" : "accept-tool");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "tool", g_strdup (tool), g_free);
  g_object_set_data (G_OBJECT (button), "revoke", GINT_TO_POINTER (revoke));
  g_signal_connect (button, "clicked", G_CALLBACK (accept_clicked_cb), self);
  return button;
}

static GtkWidget *
approve_button_new (ZtToolsDialog *self,
                    const char    *tool)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Approve"));
  g_autofree char *label = g_strdup_printf (_("Approve %s"), tool);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "tool", g_strdup (tool), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (approve_clicked_cb), self);
  return button;
}

/* One tool: its name, its pin state, the scanner's verdict; open, its description, what
 * changed, and every finding. */
static GtkWidget *
tool_row_new (ZtToolsDialog      *self,
              JsonObject         *entry,
              const ZtScanResult *result)
{
  const char *name = json_object_get_string_member_with_default (entry, "name", "");
  JsonObject *current = entry_current (entry);
  g_autofree char *shown_name = shown_text (name);
  g_autofree char *description = member_text (current, "description");
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  const char *state = entry_state (entry);

  gtk_widget_set_name (GTK_WIDGET (row), entry_is_pending (entry) ? "pending-tool" : "tool");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), shown_name);
  if (state_text (state))
    adw_expander_row_set_subtitle (row, state_text (state));
  if (result != NULL && result->verdict == ZT_SCAN_BLOCK && !entry_is_pending (entry) &&
      is_accepted (self, name, current))
    {
      adw_expander_row_set_subtitle (row, _("Blocked by the scan, accepted by you: clients see it and may call it"));
      adw_expander_row_add_action (row, badge_new (_("Accepted"), "warning"));
      adw_expander_row_add_action (row, accept_button_new (self, name, TRUE));
    }
  else if (result != NULL)
    {
      adw_expander_row_add_action (row, verdict_badge (result->verdict));
      /* a tool that steers another service's tool is never accepted: no button */
      if (result->verdict == ZT_SCAN_BLOCK && !entry_is_pending (entry) && *name &&
          !zt_scan_result_shadows_other (result))
        adw_expander_row_add_action (row, accept_button_new (self, name, FALSE));
    }
  if (entry_is_pending (entry))
    adw_expander_row_add_action (row, approve_button_new (self, name));

  if (description && *description)
    adw_expander_row_add_row (row, text_row_new (_("Description"), description, FALSE));
  if (entry_is_pending (entry))
    {
      g_autofree char *diff = zt_tools_diff_text (entry_pinned (entry), entry_object (entry, "pending"));
      if (*diff)
        adw_expander_row_add_row (row, text_row_new (_("What changed"), diff, TRUE));
    }
  for (guint i = 0; result && i < result->findings->len; i++)
    adw_expander_row_add_row (row, finding_row_new (g_ptr_array_index (result->findings, i)));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (row));
  return GTK_WIDGET (row);
}

static void
clear_rows (ZtToolsDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (row), "group");
      adw_preferences_group_remove (group, row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
add_row (ZtToolsDialog       *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  g_object_set_data (G_OBJECT (row), "group", group);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

/* The other services' tools are scanned beside this one's, as the agent's scan filter does:
 * a tool that steers another service's tool (shadowing) is found only so. */
/* The rules @service overrides, as the agent said in its list of services; NULL for none (or
 * for what this build cannot read: then the verdicts shown are the scan's own) */
static ZtScanRules *
rules_of (ZtToolsDialog *self,
          const char    *service)
{
  JsonArray *services = zt_client_get_services (self->client);

  for (guint i = 0; services && i < json_array_get_length (services); i++)
    {
      JsonObject *s = json_array_get_object_element (services, i);
      g_autoptr(GError) error = NULL;
      ZtScanRules *rules;

      if (s == NULL || g_strcmp0 (json_object_get_string_member_with_default (s, "name", NULL), service) != 0 ||
          !json_object_has_member (s, "scan_rules"))
        continue;
      rules = zt_scan_rules_new_from_json (json_object_get_member (s, "scan_rules"), &error);
      if (rules == NULL)
        g_debug ("the scan rules of %s are not read: %s", service, error->message);
      return rules;
    }
  return NULL;
}

static void
add_service (ZtToolScan  *scan,
             GPtrArray   *held,
             const char  *service,
             JsonArray   *definitions,
             ZtScanRules *rules)
{
  if (rules != NULL)
    g_ptr_array_add (held, rules);
  zt_tool_scan_add_service (scan, service, definitions, NULL, zt_scan_rules_get_config (rules));
}

static ZtToolScan *
scan_entries (ZtToolsDialog *self,
              JsonArray     *entries)
{
  ZtToolScan *scan = zt_tool_scan_new ();
  g_autoptr(JsonArray) definitions = zt_pin_current_definitions (entries);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_scan_rules_unref);
  GHashTableIter iter;
  gpointer name, others;

  g_hash_table_iter_init (&iter, self->others);
  while (g_hash_table_iter_next (&iter, &name, &others))
    add_service (scan, held, name, others, rules_of (self, name));
  add_service (scan, held, self->service, definitions, rules_of (self, self->service));
  zt_tool_scan_run (scan);  /* the last use of the overrides */
  return scan;
}

static const ZtScanResult *
find_result (ZtToolScan *scan,
             const char *service,
             const char *name)
{
  for (guint i = 0; i < zt_tool_scan_get_n_results (scan); i++)
    {
      const ZtScanResult *r = zt_tool_scan_get_result (scan, i);
      if (!r->instructions && g_strcmp0 (r->name, name) == 0 &&
          (r->service == NULL || g_strcmp0 (r->service, service) == 0))
        return r;
    }
  return NULL;
}

static void revoke_other_clicked_cb (GtkButton *button, ZtToolsDialog *self);
static void accept_other_clicked_cb (GtkButton *button, ZtToolsDialog *self);

/* The kinds of entry besides tools that the owner may accept (the agent's words) */
static gboolean
is_other_kind (const char *kind)
{
  return g_strcmp0 (kind, "prompt") == 0 || g_strcmp0 (kind, "resource") == 0 ||
         g_strcmp0 (kind, "template") == 0 || g_strcmp0 (kind, "instructions") == 0;
}

/* The member of an accept request that names an entry of @kind; NULL for the instructions
 * ({"instructions": true}). A template is named among the resources. */
static const char *
accept_member (const char *kind)
{
  if (g_strcmp0 (kind, "instructions") == 0)
    return NULL;
  return g_strcmp0 (kind, "prompt") == 0 ? "prompts" : "resources";
}

/* What the row of a prompt, resource (template) or the instructions is titled */
static char *
other_title (const char *kind,
             const char *name)
{
  if (g_strcmp0 (kind, "instructions") == 0)
    return g_strdup (_("The server's instructions"));
  return shown_text (name);
}

/* A prompt, resource, resource template or the server's instructions that the agent's scan
 * blocks (GET …/tools/accept "blocked"): what it is, why (each finding, open), and Accept… —
 * none for one that steers another service's tool, which is never accepted */
static GtkWidget *
blocked_other_row_new (ZtToolsDialog *self,
                       JsonObject    *b)
{
  const char *kind = json_object_get_string_member_with_default (b, "kind", "");
  const char *name = json_object_get_string_member_with_default (b, "name", "");
  gboolean steers = json_object_get_boolean_member_with_default (b, "steers", FALSE);
  JsonArray *findings = json_object_has_member (b, "findings") &&
                        JSON_NODE_HOLDS_ARRAY (json_object_get_member (b, "findings"))
                          ? json_object_get_array_member (b, "findings") : NULL;
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  g_autofree char *title = other_title (kind, name);
  const char *subtitle;

  if (g_strcmp0 (kind, "instructions") == 0)
    subtitle = _("Blocked by the scan: left out of the initialize answer");
  else if (g_strcmp0 (kind, "prompt") == 0)
    subtitle = _("Prompt blocked by the scan: clients do not see it and cannot get it");
  else if (g_strcmp0 (kind, "template") == 0)
    subtitle = _("Resource template blocked by the scan: clients cannot read what it names");
  else
    subtitle = _("Resource blocked by the scan: clients do not see it and cannot read it");
  gtk_widget_set_name (GTK_WIDGET (row), "blocked-other");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, steers ? _("Blocked for steering another service's tool: it cannot be accepted")
                                             : subtitle);
  adw_expander_row_add_action (row, verdict_badge (ZT_SCAN_BLOCK));
  if (!steers && json_object_has_member (b, "sha256"))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Accept…"));
      g_autofree char *label = g_strdup_printf (_("Accept %s"), title);

      gtk_widget_set_name (button, "accept-other");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (button), "kind", g_strdup (kind), g_free);
      g_object_set_data_full (G_OBJECT (button), "name", g_strdup (name), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (accept_other_clicked_cb), self);
      adw_expander_row_add_action (row, button);
    }
  for (guint i = 0; findings && i < json_array_get_length (findings); i++)
    {
      JsonNode *f = json_array_get_element (findings, i);

      if (JSON_NODE_HOLDS_OBJECT (f))
        adw_expander_row_add_row (row, json_finding_row_new (json_node_get_object (f)));
    }
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (row));
  return GTK_WIDGET (row);
}

/* A prompt, resource or the server's instructions that the scan blocks and the owner accepted
 * (`zt4mcp tools accept --prompt/--resource/--instructions`): what it is, what clients get, and
 * Block Again */
static GtkWidget *
other_row_new (ZtToolsDialog *self,
               JsonObject    *a)
{
  const char *kind = json_object_get_string_member_with_default (a, "kind", "");
  const char *name = json_object_get_string_member_with_default (a, "tool", "");
  gboolean current = json_object_get_boolean_member_with_default (a, "current", TRUE);
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Block Again"));
  g_autofree char *title = other_title (kind, name);
  const char *subtitle;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (g_strcmp0 (kind, "instructions") == 0)
    subtitle = _("Blocked by the scan, accepted by you: kept in the initialize answer");
  else if (g_strcmp0 (kind, "prompt") == 0)
    subtitle = _("Prompt blocked by the scan, accepted by you: clients see it and may use it");
  else
    subtitle = _("Resource blocked by the scan, accepted by you: clients see it and may read it");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (!current)
    {
      g_autofree char *more = g_strdup_printf ("%s. %s", subtitle, _("The server no longer lists the definition you accepted"));
      adw_action_row_set_subtitle (row, more);
    }
  else
    adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_set_name (GTK_WIDGET (row), "accepted-other");
  gtk_widget_set_name (button, "revoke-other");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Hide it from clients again"));
  g_object_set_data_full (G_OBJECT (button), "kind", g_strdup (kind), g_free);
  g_object_set_data_full (G_OBJECT (button), "name", g_strdup (name), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (revoke_other_clicked_cb), self);
  adw_action_row_add_suffix (row, button);
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (row));
  return GTK_WIDGET (row);
}

static void
show_entries (ZtToolsDialog *self,
              JsonArray     *entries)
{
  g_autoptr(ZtToolScan) scan = scan_entries (self, entries);
  guint n_tools = 0;

  clear_rows (self);
  self->n_pending = 0;
  self->n_blocked = 0;
  self->n_accepted = 0;
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      const ZtScanResult *result;
      gboolean removed;

      if (entry == NULL)
        continue;
      removed = g_strcmp0 (entry_state (entry), "removed") == 0;
      result = removed ? NULL : find_result (scan, self->service, json_object_get_string_member_with_default (entry, "name", ""));
      if (result && result->verdict == ZT_SCAN_BLOCK)
        {
          const char *name = json_object_get_string_member_with_default (entry, "name", "");

          if (!entry_is_pending (entry) && is_accepted (self, name, entry_current (entry)))
            self->n_accepted++;
          else
            self->n_blocked++;
        }
      if (entry_is_pending (entry))
        {
          self->n_pending++;
          add_row (self, self->pending_group, tool_row_new (self, entry, result));
        }
      else
        {
          n_tools++;
          add_row (self, self->tools_group, tool_row_new (self, entry, result));
        }
    }
  self->n_accepted_other = json_array_get_length (self->accepted_other);
  for (guint i = 0; i < json_array_get_length (self->accepted_other); i++)
    add_row (self, self->other_group, other_row_new (self, json_array_get_object_element (self->accepted_other, i)));
  self->n_blocked_other = 0;
  for (guint i = 0; i < json_array_get_length (self->blocked_other); i++)
    {
      JsonObject *b = json_array_get_object_element (self->blocked_other, i);

      if (b == NULL)
        continue;
      self->n_blocked_other++;
      add_row (self, self->blocked_group, blocked_other_row_new (self, b));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->blocked_group), self->n_blocked_other > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->pending_group), self->n_pending > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->tools_group), n_tools > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->other_group), self->n_accepted_other > 0);
  if (self->n_pending + n_tools + self->n_accepted_other + self->n_blocked_other == 0)
    {
      adw_status_page_set_title (self->status, _("No Tools Yet"));
      adw_status_page_set_child (self->status, NULL);
      adw_status_page_set_description (self->status, _("The tools appear here once a client or this app has "
                                                       "listed them."));
      gtk_stack_set_visible_child_name (self->stack, "status");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "tools");
}

/* The tools could not be read: a plain sentence, the agent's words (@error, may be NULL)
 * behind Details */
static void
show_error (ZtToolsDialog *self,
            const char    *sentence,
            const GError  *error)
{
  adw_status_page_set_title (self->status, _("Could Not Load the Tools"));
  adw_status_page_set_description (self->status, sentence);
  if (error != NULL)
    {
      g_autofree char *shown = shown_text (error->message);
      GtkWidget *detail = zt_error_detail_new (shown);

      gtk_widget_set_halign (detail, GTK_ALIGN_CENTER);
      adw_status_page_set_child (self->status, detail);
    }
  else
    adw_status_page_set_child (self->status, NULL);
  gtk_stack_set_visible_child_name (self->stack, "status");
}

typedef struct {
  ZtToolsDialog *dialog;
  char          *service;     /* NULL: this dialog's own service */
  guint          generation;
} Load;

static void
load_free (Load *load)
{
  g_object_unref (load->dialog);
  g_free (load->service);
  g_free (load);
}

static void
load_done (ZtToolsDialog *self)
{
  if (--self->loading > 0 || self->entries == NULL)
    return;
  show_entries (self, self->entries);
}

/* The agent's answer to a load (in @answer, NULL with @error when it failed), and its array
 * @member, or NULL */
static JsonArray *
load_answer (GObject       *source,
             GAsyncResult  *result,
             const char    *member,
             JsonNode     **answer,
             GError       **error)
{
  JsonNode *m;

  *answer = zt_client_call_finish (ZT_CLIENT (source), result, error);
  m = *answer && JSON_NODE_HOLDS_OBJECT (*answer) ? json_object_get_member (json_node_get_object (*answer), member)
                                                  : NULL;
  return m && JSON_NODE_HOLDS_ARRAY (m) ? json_node_get_array (m) : NULL;
}

static void
pins_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Load *load = user_data;
  ZtToolsDialog *self = load->dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  JsonArray *list = load_answer (source, result, "tools", &answer, &error);

  if (self->disposed || load->generation != self->generation)
    return load_free (load);
  if (load->service != NULL)
    {
      /* another service: its tools are context for the scan; one it cannot list is left out */
      if (list != NULL)
        g_hash_table_insert (self->others, g_strdup (load->service), zt_pin_current_definitions (list));
    }
  else if (answer == NULL)
    {
      self->loading = 0;
      show_error (self, zt_error_client_sentence (error), error);
      return load_free (load);
    }
  else if (list == NULL)
    {
      self->loading = 0;
      show_error (self, _("The agent sent no list of tools. It may be older than the app."), NULL);
      return load_free (load);
    }
  else
    self->entries = json_array_ref (list);
  load_done (self);
  load_free (load);
}

static char *
pins_path (const char *service,
           const char *suffix)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  return g_strconcat ("/services/", escaped, "/pins", suffix, NULL);
}

/* GET @path, one more answer the current load waits for (@other: for another service) */
static void
start_load (ZtToolsDialog       *self,
            const char          *path,
            const char          *other,
            GAsyncReadyCallback  callback)
{
  Load *load = g_new0 (Load, 1);

  load->dialog = g_object_ref (self);
  load->service = g_strdup (other);
  load->generation = self->generation;
  self->loading++;
  zt_client_call_async (self->client, "GET", path, NULL, self->cancellable, callback, load);
}

static void
load_pins (ZtToolsDialog *self,
           const char    *other)
{
  g_autofree char *path = pins_path (other ? other : self->service, "");

  start_load (self, path, other, pins_cb);
}

/* What the owner accepted; an agent older than that answers 404, and nothing is */
static void
accepted_list_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Load *load = user_data;
  ZtToolsDialog *self = load->dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  JsonArray *list = load_answer (source, result, "accepted", &answer, &error);

  if (self->disposed || load->generation != self->generation)
    return load_free (load);
  /* what the scan blocks of other kinds, and the owner could accept (an agent before that
   * sends none) */
  {
    JsonNode *blocked = answer && JSON_NODE_HOLDS_OBJECT (answer)
                          ? json_object_get_member (json_node_get_object (answer), "blocked") : NULL;

    for (guint i = 0; blocked && JSON_NODE_HOLDS_ARRAY (blocked) && i < json_array_get_length (json_node_get_array (blocked)); i++)
      {
        JsonNode *b = json_array_get_element (json_node_get_array (blocked), i);
        const char *kind = b && JSON_NODE_HOLDS_OBJECT (b)
                             ? json_object_get_string_member_with_default (json_node_get_object (b), "kind", "") : "";

        if (is_other_kind (kind))
          json_array_add_object_element (self->blocked_other, json_object_ref (json_node_get_object (b)));
      }
  }
  for (guint i = 0; list && i < json_array_get_length (list); i++)
    {
      JsonObject *a = json_array_get_object_element (list, i);
      const char *tool = a ? json_object_get_string_member_with_default (a, "tool", NULL) : NULL;
      const char *sha = a ? json_object_get_string_member_with_default (a, "sha256", NULL) : NULL;

      /* what else was accepted (prompts, resources, the instructions) has its own group */
      if (a && g_strcmp0 (json_object_get_string_member_with_default (a, "kind", "tool"), "tool") != 0)
        {
          const char *kind = json_object_get_string_member_with_default (a, "kind", "");

          if (is_other_kind (kind))
            json_array_add_object_element (self->accepted_other, json_object_ref (a));
          continue;
        }
      if (tool && sha)
        g_hash_table_insert (self->accepted, g_strdup (tool), g_strdup (sha));
      if (tool && sha && json_object_has_member (a, "current"))
        g_hash_table_insert (self->accepted_current, g_strdup (tool),
                             GINT_TO_POINTER (json_object_get_boolean_member_with_default (a, "current", FALSE)));
    }
  load_done (self);
  load_free (load);
}

static char *
accept_path (const char *service)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  return g_strconcat ("/services/", escaped, "/tools/accept", NULL);
}

static void
reload (ZtToolsDialog *self)
{
  JsonArray *services = zt_client_get_services (self->client);
  g_autofree char *path = accept_path (self->service);

  self->generation++;
  self->loading = 0;
  g_clear_pointer (&self->entries, json_array_unref);
  g_hash_table_remove_all (self->others);
  g_hash_table_remove_all (self->accepted);
  g_hash_table_remove_all (self->accepted_current);
  g_clear_pointer (&self->accepted_other, json_array_unref);
  self->accepted_other = json_array_new ();
  g_clear_pointer (&self->blocked_other, json_array_unref);
  self->blocked_other = json_array_new ();
  start_load (self, path, NULL, accepted_list_cb);
  load_pins (self, NULL);
  for (guint i = 0; services && i < json_array_get_length (services); i++)
    {
      JsonObject *s = json_array_get_object_element (services, i);
      const char *name = s ? json_object_get_string_member_with_default (s, "name", NULL) : NULL;

      if (name != NULL && strcmp (name, self->service) != 0)
        load_pins (self, name);
    }
}

/* Approving ------------------------------------------------------------------------------- */

/* The answer to a change asked of the agent (@user_data: a reference to the dialog). Refused,
 * the tools are shown as the agent has them (their buttons usable again) under the refusal,
 * titled @heading. */
static void
changed (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data,
         const char   *heading)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  g_autoptr(ZtToolsDialog) self = user_data;

  if (self->disposed)
    return;
  if (answer == NULL)
    zt_error_dialog_present_client_error (GTK_WIDGET (self), heading, error);
  reload (self);
}

static void
approved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  changed (source, result, user_data, _("The Tools Were Not Approved"));
}

static void
approve (ZtToolsDialog *self,
         const char    *tool)
{
  g_autofree char *path = pins_path (self->service, "/approve");
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;

  json_builder_begin_object (b);
  if (tool)
    {
      json_builder_set_member_name (b, "tools");
      json_builder_begin_array (b);
      json_builder_add_string_value (b, tool);
      json_builder_end_array (b);
    }
  else
    {
      json_builder_set_member_name (b, "all");
      json_builder_add_boolean_value (b, TRUE);
    }
  json_builder_end_object (b);
  body = json_builder_get_root (b);
  zt_client_call_async (self->client, "POST", path, body, self->cancellable, approved_cb, g_object_ref (self));
}

static void
approve_clicked_cb (GtkButton     *button,
                    ZtToolsDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  approve (self, g_object_get_data (G_OBJECT (button), "tool"));
}

static void
approve_all_cb (GtkButton     *button,
                ZtToolsDialog *self)
{
  approve (self, NULL);
}

/* Accepting what the scan blocks ------------------------------------------------------------- */

static void
accepted_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  changed (source, result, user_data, _("Nothing Was Changed"));
}

/* POST to the service's accept list: @member ("tools", "prompts", "resources") holding @name,
 * or "instructions": true when @member is NULL; "revoke" as said */
static void
send_accept_entry (ZtToolsDialog *self,
                   const char    *member,
                   const char    *name,
                   gboolean       revoke)
{
  g_autofree char *path = accept_path (self->service);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;

  json_builder_begin_object (b);
  if (member == NULL)
    {
      json_builder_set_member_name (b, "instructions");
      json_builder_add_boolean_value (b, TRUE);
    }
  else
    {
      json_builder_set_member_name (b, member);
      json_builder_begin_array (b);
      json_builder_add_string_value (b, name);
      json_builder_end_array (b);
    }
  json_builder_set_member_name (b, "revoke");
  json_builder_add_boolean_value (b, revoke);
  json_builder_end_object (b);
  body = json_builder_get_root (b);
  zt_client_call_async (self->client, "POST", path, body, self->cancellable, accepted_cb, g_object_ref (self));
}

static void
send_accept (ZtToolsDialog *self,
             const char    *tool,
             gboolean       revoke)
{
  send_accept_entry (self, "tools", tool, revoke);
}

/* Block Again on a prompt, a resource or the instructions: {"prompts": [NAME], "revoke": true},
 * {"resources": [URI], ...} or {"instructions": true, ...} */
static void
revoke_other_clicked_cb (GtkButton     *button,
                         ZtToolsDialog *self)
{
  const char *kind = g_object_get_data (G_OBJECT (button), "kind");

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  send_accept_entry (self,
                     accept_member (kind),
                     g_object_get_data (G_OBJECT (button), "name"), TRUE);
}

/* Accept… on a prompt, a resource or the instructions, once confirmed: {"prompts": [NAME]},
 * {"resources": [URI]} (a template too) or {"instructions": true} */
static void
accept_other_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          ZtToolsDialog    *self)
{
  const char *kind = g_object_get_data (G_OBJECT (dialog), "kind");

  if (g_strcmp0 (response, "accept") == 0 && !self->disposed)
    send_accept_entry (self,
                       accept_member (kind),
                       g_object_get_data (G_OBJECT (dialog), "name"), FALSE);
  else if (!self->disposed)
    reload (self);   /* the button usable again */
}

static void
accept_other_clicked_cb (GtkButton     *button,
                         ZtToolsDialog *self)
{
  const char *kind = g_object_get_data (G_OBJECT (button), "kind");
  const char *name = g_object_get_data (G_OBJECT (button), "name");
  g_autofree char *title = other_title (kind, name);
  g_autofree char *heading = g_strdup_printf (_("Let “%s” Through?"), title);
  const char *body;
  GtkWidget *dialog;

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  if (g_strcmp0 (kind, "instructions") == 0)
    body = _("The tool scan blocked the server's instructions for what they say (see the findings). "
             "Accepted, every new session's initialize answer carries these instructions to the model; "
             "if the server changes them, they are blocked again. The audit log records your decision.");
  else if (g_strcmp0 (kind, "prompt") == 0)
    body = _("The tool scan blocked this prompt for what its definition says (see the findings). "
             "Accepted, clients see this definition and may get the prompt; if the server changes it, "
             "it is blocked again. The audit log records your decision.");
  else
    body = _("The tool scan blocked this resource for what its definition says (see the findings). "
             "Accepted, clients see this definition and may read it; if the server changes it, it is "
             "blocked again. The audit log records your decision.");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "accept", _("_Accept"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_set_name (dialog, "accept-other-confirm");
  g_object_set_data_full (G_OBJECT (dialog), "kind", g_strdup (kind), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "name", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (accept_other_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
accept_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ZtToolsDialog    *self)
{
  const char *tool = g_object_get_data (G_OBJECT (dialog), "tool");

  if (g_strcmp0 (response, "accept") == 0 && !self->disposed)
    send_accept (self, tool, FALSE);
  else if (!self->disposed)
    reload (self);   /* the button usable again */
}

static void
accept_clicked_cb (GtkButton     *button,
                   ZtToolsDialog *self)
{
  const char *tool = g_object_get_data (G_OBJECT (button), "tool");
  g_autofree char *shown = shown_text (tool);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "revoke")))
    return send_accept (self, tool, TRUE);
  /* a deliberate step: the scan found something in it, and the findings are right above */
  heading = g_strdup_printf (_("Let “%s” Through?"), shown);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The tool scan blocked this tool for what its definition says (see its "
                                     "findings). Accepted, clients see this definition and may call it; "
                                     "if the server changes it, it is blocked again. The audit log records "
                                     "your decision."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "accept", _("_Accept"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "tool", g_strdup (tool), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (accept_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tools_event_cb (ZtToolsDialog *self,
                const char    *name,
                JsonObject    *data)
{
  const char *service = json_object_get_string_member_with_default (data, "service", NULL);

  /* an event that names another service changes nothing here */
  if (service == NULL || g_strcmp0 (service, self->service) == 0)
    reload (self);
}

/* The widget ------------------------------------------------------------------------------- */

static void
zt_tools_dialog_dispose (GObject *object)
{
  ZtToolsDialog *self = ZT_TOOLS_DIALOG (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  G_OBJECT_CLASS (zt_tools_dialog_parent_class)->dispose (object);
}

static void
zt_tools_dialog_finalize (GObject *object)
{
  ZtToolsDialog *self = ZT_TOOLS_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->entries, json_array_unref);
  g_clear_pointer (&self->others, g_hash_table_unref);
  g_clear_pointer (&self->accepted, g_hash_table_unref);
  g_clear_pointer (&self->accepted_current, g_hash_table_unref);
  g_clear_pointer (&self->accepted_other, json_array_unref);
  g_clear_pointer (&self->blocked_other, json_array_unref);
  g_free (self->service);
  G_OBJECT_CLASS (zt_tools_dialog_parent_class)->finalize (object);
}

static void
zt_tools_dialog_class_init (ZtToolsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_tools_dialog_dispose;
  object_class->finalize = zt_tools_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static AdwPreferencesGroup *
group_new (const char *title,
           const char *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  adw_preferences_group_set_description (group, description);
  gtk_widget_set_visible (GTK_WIDGET (group), FALSE);
  return group;
}

static void
zt_tools_dialog_init (ZtToolsDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *suffix;

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  self->others = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) json_array_unref);
  self->accepted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->accepted_current = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->n_pending = self->n_blocked = self->n_accepted = self->n_accepted_other = self->n_blocked_other = -1;
  self->accepted_other = json_array_new ();
  self->blocked_other = json_array_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 640, 600);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_box_append (GTK_BOX (box), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  self->status = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_title (self->status, _("Loading…"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->status), "status");

  self->groups_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->groups_box), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->groups_box), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->groups_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->groups_box), 12);
  self->pending_group = group_new (_("Waiting for Your Approval"),
                                   _("These definitions are new or changed since they were approved. "
                                     "Clients do not see them until you approve them."));
  gtk_widget_set_name (GTK_WIDGET (self->pending_group), "pending-group");
  self->approve_all = GTK_BUTTON (gtk_button_new_with_mnemonic (_("Approve A_ll")));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self->approve_all));
  gtk_widget_set_valign (GTK_WIDGET (self->approve_all), GTK_ALIGN_CENTER);
  g_signal_connect (self->approve_all, "clicked", G_CALLBACK (approve_all_cb), self);
  suffix = GTK_WIDGET (self->approve_all);
  adw_preferences_group_set_header_suffix (self->pending_group, suffix);
  self->tools_group = group_new (_("Approved Tools"),
                                 _("Blocked tools stay hidden from clients whatever their approval, unless you accept them."));
  gtk_widget_set_name (GTK_WIDGET (self->tools_group), "tools-group");
  self->other_group = group_new (_("Also Accepted"),
                                 _("Prompts, resources and instructions of this server that the scan blocks and "
                                   "you accepted for their present definition."));
  gtk_widget_set_name (GTK_WIDGET (self->other_group), "accepted-other-group");
  self->blocked_group = group_new (_("Also Blocked"),
                                   _("Prompts, resources and instructions of this server that the scan blocks, "
                                     "as the agent last saw them. Clients do not get them unless you accept them."));
  gtk_widget_set_name (GTK_WIDGET (self->blocked_group), "blocked-other-group");
  gtk_box_append (self->groups_box, GTK_WIDGET (self->pending_group));
  gtk_box_append (self->groups_box, GTK_WIDGET (self->tools_group));
  gtk_box_append (self->groups_box, GTK_WIDGET (self->blocked_group));
  gtk_box_append (self->groups_box, GTK_WIDGET (self->other_group));
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->groups_box));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "tools");

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), box);
}

GtkWidget *
zt_tools_dialog_new (GtkWindow  *parent,
                     ZtClient   *client,
                     const char *service)
{
  ZtToolsDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (ZT_IS_CLIENT (client), NULL);
  g_return_val_if_fail (service != NULL, NULL);

  self = g_object_new (ZT_TYPE_TOOLS_DIALOG, "transient-for", parent, NULL);
  self->client = g_object_ref (client);
  self->service = g_strdup (service);
  title = g_strdup_printf (_("Tools of %s"), service);
  gtk_window_set_title (GTK_WINDOW (self), title);
  g_signal_connect_object (client, "event::tools", G_CALLBACK (tools_event_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  return GTK_WIDGET (self);
}

int
zt_tools_dialog_get_n_pending (ZtToolsDialog *self)
{
  g_return_val_if_fail (ZT_IS_TOOLS_DIALOG (self), -1);
  return self->n_pending;
}

int
zt_tools_dialog_get_n_blocked (ZtToolsDialog *self)
{
  g_return_val_if_fail (ZT_IS_TOOLS_DIALOG (self), -1);
  return self->n_blocked;
}

int
zt_tools_dialog_get_n_accepted (ZtToolsDialog *self)
{
  g_return_val_if_fail (ZT_IS_TOOLS_DIALOG (self), -1);
  return self->n_accepted;
}

/* How many prompts, resources and instructions the view shows accepted; -1 until loaded */
int
zt_tools_dialog_get_n_accepted_other (ZtToolsDialog *self)
{
  g_return_val_if_fail (ZT_IS_TOOLS_DIALOG (self), -1);
  return self->n_accepted_other;
}

/* How many prompts, resources and instructions the view shows blocked; -1 until loaded */
int
zt_tools_dialog_get_n_blocked_other (ZtToolsDialog *self)
{
  g_return_val_if_fail (ZT_IS_TOOLS_DIALOG (self), -1);
  return self->n_blocked_other;
}
