/* zt-grant-dialog.c: add or edit a grant: who may use which tools of a service, how and when */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-a11y.h"
#include "zt-error-dialog.h"
#include "zt-hub.h"
#include "zt-grant-dialog.h"
#include "zt-jsonrpc.h"

#define VALIDATE_DELAY_MS 300

typedef enum { KIND_USER, KIND_ENDPOINT, KIND_GROUP, KIND_CLIENT, KIND_EVERY } SubjectKind;
typedef enum { VALID_ALWAYS, VALID_FOR, VALID_BETWEEN } Validity;

static const char *kind_prefix[] = { "user:", "endpoint:", "group:", "client:", NULL };
static const char *test_names[] = { "equals", "enum", "prefix", "regex", "min", "max", NULL };
#define N_TESTS (G_N_ELEMENTS (test_names) - 1)

typedef struct {
  GtkWidget *row;
  GtkEditable *pointer;
  GtkDropDown *test;
  GtkEditable *value;
} ConstraintRow;

struct _ZtGrantDialog {
  AdwWindow      parent_instance;

  ZtClient      *client;
  JsonObject    *editing;       /* the grant being edited, or NULL */
  JsonArray     *groups;
  JsonArray     *clients;       /* GET /clients, for suggestions */
  GtkStringList *services;
  GPtrArray     *tool_checks;   /* GtkCheckButton, name in "tool" data */
  GPtrArray     *constraints;   /* ConstraintRow */
  GPtrArray     *tool_rows;
  GCancellable  *cancellable;   /* every request: cancelled with the dialog */
  GCancellable  *tools_cancellable;
  guint          validate_id;
  guint          validation;    /* answers to an older validation are dropped */
  gboolean       valid;
  gboolean       saving;
  GtkWidget     *marked;        /* the row marked invalid */
  char          *loaded_tools_for;

  GtkButton     *cancel;
  GtkButton     *save;
  GtkLabel      *problem;
  AdwComboRow   *service_row;
  AdwComboRow   *kind_row;
  AdwEntryRow   *name_row;
  GtkMenuButton *suggest_button;
  AdwPreferencesGroup *tools_group;
  AdwEntryRow   *globs_row;
  AdwPreferencesGroup *constraints_group;
  GtkButton     *add_constraint;
  AdwComboRow   *validity_row;
  AdwEntryRow   *for_row;
  AdwEntryRow   *not_before_row;
  AdwEntryRow   *not_after_row;
  AdwEntryRow   *rate_row;
  AdwEntryRow   *note_row;
};

G_DEFINE_FINAL_TYPE (ZtGrantDialog, zt_grant_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void schedule_validate (ZtGrantDialog *self);

const ZtDurationChoice zt_duration_choices[ZT_N_DURATION_CHOICES] = {
  { N_("15 minutes"), "15m" },
  { N_("1 hour"), "1h" },
  { N_("8 hours"), "8h" },
  { N_("1 day"), "1d" },
  { N_("7 days"), "7d" },
};

/* Parsing what people type ------------------------------------------------------------------- */

/* "30s", "15m", "1h", "2d" (the CLI's and the agent's durations) -> seconds, or -1 */
static gint64
parse_duration (const char *text)
{
  g_autofree char *t = g_strstrip (g_strdup (text ? text : ""));
  gint64 seconds = 0;

  return zt_parse_duration (t, &seconds, NULL) ? seconds : -1;
}

/* "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" in local time -> unix seconds, or -1 */
static gint64
parse_local_time (const char *text)
{
  int y, mo, d, h = 0, mi = 0;
  char tail;
  g_autoptr(GDateTime) t = NULL;
  int n = sscanf (text, "%d-%d-%d %d:%d%c", &y, &mo, &d, &h, &mi, &tail);

  if (n != 3 && n != 5)
    {
      n = sscanf (text, "%d-%d-%dT%d:%d%c", &y, &mo, &d, &h, &mi, &tail);
      if (n != 5)
        return -1;
    }
  t = g_date_time_new_local (y, mo, d, h, mi, 0);
  return t ? g_date_time_to_unix (t) : -1;
}

static char *
format_local_time (gint64 unix_time)
{
  g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (unix_time);
  return t ? g_date_time_format (t, "%Y-%m-%d %H:%M") : g_strdup ("");
}

/* "60/min", "1000/h", "5/s", "10/30s" -> calls and per (seconds) */
static gboolean
parse_rate (const char *text,
            gint64     *calls,
            gint64     *per)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 2);
  g_autofree char *unit = NULL;
  char *end = NULL;

  if (parts[0] == NULL || parts[1] == NULL)
    return FALSE;
  *calls = g_ascii_strtoll (g_strstrip (parts[0]), &end, 10);
  if (end == parts[0] || *end != '\0' || *calls <= 0)
    return FALSE;
  unit = g_strstrip (g_strdup (parts[1]));
  if (g_ascii_isdigit (unit[0]))
    *per = parse_duration (unit);
  else
    {
      g_autofree char *one = g_strconcat ("1", strcmp (unit, "min") == 0 ? "m" : unit, NULL);
      *per = parse_duration (one);
    }
  return *per > 0;
}

static char *
format_rate (JsonObject *rate)
{
  gint64 calls = json_object_get_int_member_with_default (rate, "calls", 0);
  gint64 per = json_object_get_int_member_with_default (rate, "per", 0);

  if (per == 60)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/min", calls);
  if (per == 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/h", calls);
  if (per == 86400)
    return g_strdup_printf ("%" G_GINT64_FORMAT "/d", calls);
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "s", calls, per);
}

static gboolean
kind_needs_name (ZtGrantDialog *self)
{
  return adw_combo_row_get_selected (self->kind_row) != KIND_EVERY;
}

static const char *
selected_service (ZtGrantDialog *self)
{
  guint i = adw_combo_row_get_selected (self->service_row);
  return i == GTK_INVALID_LIST_POSITION ? NULL : gtk_string_list_get_string (self->services, i);
}

static void
split_globs (const char *text,
             JsonArray  *into,
             GHashTable *seen)
{
  g_auto(GStrv) parts = g_strsplit_set (text, ", ", -1);

  for (guint i = 0; parts[i]; i++)
    if (parts[i][0] != '\0' && g_hash_table_add (seen, parts[i]))
      json_array_add_string_element (into, parts[i]);
}

/* A constraint's value: JSON when it reads as JSON (numbers, true, "quoted", [..]), else text */
static JsonNode *
value_node (const char *text,
            gboolean    want_array)
{
  g_autoptr(JsonNode) root = zt_json_parse_strict (text, strlen (text), NULL, NULL);

  if (root != NULL && (!want_array || JSON_NODE_HOLDS_ARRAY (root)))
    return g_steal_pointer (&root);
  if (want_array)
    {
      g_auto(GStrv) parts = g_strsplit (text, ",", -1);
      JsonArray *a = json_array_new ();
      JsonNode *node = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; parts[i]; i++)
        json_array_add_element (a, value_node (g_strstrip (parts[i]), FALSE));
      json_node_take_array (node, a);
      return node;
    }
  return json_node_init_string (json_node_alloc (), text);
}

JsonObject *
zt_grant_dialog_get_grant (ZtGrantDialog  *self,
                           char          **field,
                           GError        **error)
{
  g_autoptr(JsonObject) g = json_object_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  g_auto(GStrv) keep = NULL;
  const char *service = selected_service (self);
  SubjectKind kind = adw_combo_row_get_selected (self->kind_row);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  const char *rate = gtk_editable_get_text (GTK_EDITABLE (self->rate_row));
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  JsonArray *tools = json_array_new ();
  JsonArray *constraints = json_array_new ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (ZT_IS_GRANT_DIALOG (self), NULL);
#define FAIL(f, ...) G_STMT_START { \
    if (field) *field = g_strdup (f); \
    g_set_error (error, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_INVALID_REQUEST, __VA_ARGS__); \
    g_clear_pointer (&tools, json_array_unref); g_clear_pointer (&constraints, json_array_unref); \
    return NULL; } G_STMT_END

  if (service == NULL)
    FAIL ("service", _("There is no service on this computer to grant."));
  json_object_set_string_member (g, "service", service);
  if (kind == KIND_EVERY)
    json_object_set_string_member (g, "subject", "*");
  else
    {
      g_autofree char *subject = NULL;

      if (name[0] == '\0')
        FAIL ("subject", _("Name who may use it."));
      /* a name typed with its kind ("endpoint:lap") is taken as typed */
      subject = strchr (name, ':') ? g_strdup (name) : g_strconcat (kind_prefix[kind], name, NULL);
      json_object_set_string_member (g, "subject", subject);
    }

  keep = g_new0 (char *, self->tool_checks->len + 1);
  for (guint i = 0; i < self->tool_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->tool_checks, i);
      const char *tool = g_object_get_data (G_OBJECT (check), "tool");

      if (gtk_check_button_get_active (check) && g_hash_table_add (seen, (gpointer) tool))
        json_array_add_string_element (tools, tool);
    }
  split_globs (gtk_editable_get_text (GTK_EDITABLE (self->globs_row)), tools, seen);
  if (json_array_get_length (tools) == 0)
    FAIL ("tools", _("Tick at least one tool, or write a pattern such as read_* or *."));
  json_object_set_array_member (g, "tools", tools);
  tools = NULL;

  for (guint i = 0; i < self->constraints->len; i++)
    {
      ConstraintRow *c = g_ptr_array_index (self->constraints, i);
      const char *pointer = gtk_editable_get_text (c->pointer);
      const char *value = gtk_editable_get_text (c->value);
      guint test = gtk_drop_down_get_selected (c->test);
      g_autofree char *where = g_strdup_printf ("constraints/%u", i);
      JsonObject *o;

      if (test >= N_TESTS)
        test = 0;
      if (pointer[0] == '\0' && value[0] == '\0')
        continue;
      o = json_object_new ();
      json_object_set_string_member (o, "pointer", pointer);
      if (strcmp (test_names[test], "min") == 0 || strcmp (test_names[test], "max") == 0)
        {
          char *end = NULL;
          double v = g_ascii_strtod (value, &end);

          if (value[0] == '\0' || *end != '\0')
            {
              json_object_unref (o);
              FAIL (where, _("Constraint %u: %s needs a number."), i + 1, test_names[test]);
            }
          json_object_set_double_member (o, test_names[test], v);
        }
      else if (strcmp (test_names[test], "prefix") == 0 || strcmp (test_names[test], "regex") == 0)
        json_object_set_string_member (o, test_names[test], value);
      else
        json_object_set_member (o, test_names[test], value_node (value, strcmp (test_names[test], "enum") == 0));
      json_array_add_object_element (constraints, o);
    }
  json_object_set_array_member (g, "constraints", constraints);
  constraints = NULL;

  switch (adw_combo_row_get_selected (self->validity_row))
    {
    case VALID_FOR:
      {
        gint64 d = parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->for_row)));
        if (d <= 0)
          FAIL ("for", _("Write how long, such as 30m, 8h or 2d."));
        json_object_set_int_member (g, "not_after", now + d);
      }
      break;
    case VALID_BETWEEN:
      {
        const char *nb = gtk_editable_get_text (GTK_EDITABLE (self->not_before_row));
        const char *na = gtk_editable_get_text (GTK_EDITABLE (self->not_after_row));
        gint64 t;

        if (nb[0] != '\0')
          {
            if ((t = parse_local_time (nb)) < 0)
              FAIL ("not_before", _("Write the start as YYYY-MM-DD HH:MM."));
            json_object_set_int_member (g, "not_before", t);
          }
        if (na[0] != '\0')
          {
            if ((t = parse_local_time (na)) < 0)
              FAIL ("not_after", _("Write the end as YYYY-MM-DD HH:MM."));
            json_object_set_int_member (g, "not_after", t);
          }
      }
      break;
    default:
      break;
    }

  if (rate[0] != '\0')
    {
      gint64 calls, per;
      JsonObject *r;

      if (!parse_rate (rate, &calls, &per))
        FAIL ("rate", _("Write the rate as calls/period, such as 60/min or 1000/h."));
      r = json_object_new ();
      json_object_set_int_member (r, "calls", calls);
      json_object_set_int_member (r, "per", per);
      json_object_set_object_member (g, "rate", r);
    }
  if (note[0] != '\0')
    json_object_set_string_member (g, "note", note);
  json_object_set_string_member (g, "origin", "manual");
#undef FAIL
  return g_steal_pointer (&g);
}

/* Validation: the agent's rules, asked for as the user types --------------------------------- */

static GtkWidget *
row_for_field (ZtGrantDialog *self,
               const char    *field)
{
  if (field == NULL)
    return NULL;
  if (g_str_has_prefix (field, "constraints"))
    {
      const char *p = field + strlen ("constraints");
      guint64 i;

      while (*p && !g_ascii_isdigit (*p))
        p++;
      i = *p ? g_ascii_strtoull (p, NULL, 10) : G_MAXUINT64;
      if (i < self->constraints->len)
        return ((ConstraintRow *) g_ptr_array_index (self->constraints, i))->row;
      return GTK_WIDGET (self->constraints_group);
    }
  if (g_str_has_prefix (field, "service"))
    return GTK_WIDGET (self->service_row);
  if (g_str_has_prefix (field, "subject"))
    return GTK_WIDGET (self->name_row);
  if (g_str_has_prefix (field, "tools"))
    return GTK_WIDGET (self->globs_row);
  if (g_str_has_prefix (field, "for"))
    return GTK_WIDGET (self->for_row);
  if (g_str_has_prefix (field, "not_before"))
    return GTK_WIDGET (self->not_before_row);
  if (g_str_has_prefix (field, "not_after"))
    return adw_combo_row_get_selected (self->validity_row) == VALID_FOR ? GTK_WIDGET (self->for_row)
                                                                        : GTK_WIDGET (self->not_after_row);
  if (g_str_has_prefix (field, "rate"))
    return GTK_WIDGET (self->rate_row);
  if (g_str_has_prefix (field, "note"))
    return GTK_WIDGET (self->note_row);
  return NULL;
}

static void
show_problem (ZtGrantDialog *self,
              const char    *field,
              const char    *message)
{
  GtkWidget *row = row_for_field (self, field);
  g_autofree char *plain = message ? g_strdelimit (g_strdup (message), "`", '\'') : NULL;

  if (self->marked != NULL)
    {
      gtk_widget_remove_css_class (self->marked, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->marked), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->marked), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_widget_set_tooltip_text (self->marked, NULL);
      self->marked = NULL;
    }
  self->valid = message == NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save), self->valid && !self->saving);
  gtk_label_set_text (self->problem, plain ? plain : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), message != NULL);
  if (message == NULL || row == NULL)
    return;
  /* the field itself says what is wrong: red, its tooltip, and to a screen reader */
  self->marked = row;
  gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, plain);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, plain, -1);
}

typedef struct {
  ZtGrantDialog *dialog;
  guint          validation;
} Validation;

static void
dry_run_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Validation *v = user_data;
  ZtGrantDialog *self = v->dialog;
  guint validation = v->validation;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish_full (ZT_CLIENT (source), result, &body, &error);

  g_free (v);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || validation != self->validation)
    return;
  if (answer != NULL)
    show_problem (self, NULL, NULL);
  else if (g_error_matches (error, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_NOT_FOUND) && zt_client_error_field (body) == NULL)
    show_problem (self, NULL, _("This agent is older than the app and cannot keep grants. Update the agent."));
  else
    show_problem (self, zt_client_error_field (body), error->message);
}

static void
validate (ZtGrantDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autoptr(JsonObject) grant = zt_grant_dialog_get_grant (self, &field, &error);
  g_autoptr(JsonNode) body = NULL;
  Validation *v;

  self->validation++;
  if (grant == NULL)
    {
      show_problem (self, field, error->message);
      return;
    }
  body = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (body, grant);
  v = g_new0 (Validation, 1);
  v->dialog = self;
  v->validation = self->validation;
  zt_client_call_async (self->client, "POST", "/policy/grants?dry_run=1", body, self->cancellable, dry_run_cb, v);
}

static gboolean
validate_cb (gpointer user_data)
{
  ZtGrantDialog *self = user_data;

  self->validate_id = 0;
  validate (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_validate (ZtGrantDialog *self)
{
  /* nothing may be saved until the agent has said yes to what is shown now */
  self->valid = FALSE;
  self->validation++;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save), FALSE);
  g_clear_handle_id (&self->validate_id, g_source_remove);
  self->validate_id = g_timeout_add (VALIDATE_DELAY_MS, validate_cb, self);
}

/* Tools of the chosen service ------------------------------------------------------------------ */

static void
clear_tool_rows (ZtGrantDialog *self)
{
  for (guint i = 0; i < self->tool_rows->len; i++)
    adw_preferences_group_remove (self->tools_group, g_ptr_array_index (self->tool_rows, i));
  g_ptr_array_set_size (self->tool_rows, 0);
  g_ptr_array_set_size (self->tool_checks, 0);
}

static gboolean
grant_has_tool (JsonObject *grant,
                const char *tool)
{
  JsonArray *a = grant && json_object_has_member (grant, "tools") ? json_object_get_array_member (grant, "tools") : NULL;

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    if (g_strcmp0 (json_array_get_string_element (a, i), tool) == 0)
      return TRUE;
  return FALSE;
}

static void
tools_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ZtGrantDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) tools = zt_client_list_tools_finish (ZT_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  clear_tool_rows (self);
  if (tools == NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *detail = g_strdelimit (g_strdup (error->message), "`", '\'');

      /* a title, a short sentence; the agent's words are the subtitle, never markup */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The tools could not be listed: write patterns below"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
      adw_preferences_group_add (self->tools_group, row);
      g_ptr_array_add (self->tool_rows, row);
      return;
    }
  for (guint i = 0; i < json_array_get_length (tools); i++)
    {
      JsonObject *t = json_array_get_object_element (tools, i);
      const char *name = t ? json_object_get_string_member_with_default (t, "name", NULL) : NULL;
      GtkWidget *row, *check;

      if (name == NULL)
        continue;
      row = adw_action_row_new ();
      gtk_widget_set_name (row, "grant-tool");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), json_object_get_string_member_with_default (t, "description", ""));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (check), "tool", g_strdup (name), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), grant_has_tool (self->editing, name));
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (schedule_validate), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->tools_group, row);
      g_ptr_array_add (self->tool_rows, row);
      g_ptr_array_add (self->tool_checks, check);
    }
  /* an edited grant's plain tool names are ticked now: the patterns row keeps the rest */
  if (self->editing && self->tool_checks->len > 0)
    {
      g_auto(GStrv) globs = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (self->globs_row)), ", ", -1);
      g_autoptr(GString) rest = g_string_new (NULL);

      for (guint i = 0; globs[i]; i++)
        {
          gboolean listed = FALSE;

          for (guint j = 0; j < self->tool_checks->len && !listed; j++)
            listed = g_strcmp0 (g_object_get_data (g_ptr_array_index (self->tool_checks, j), "tool"), globs[i]) == 0;
          if (globs[i][0] != '\0' && !listed)
            g_string_append_printf (rest, "%s%s", rest->len ? ", " : "", globs[i]);
        }
      gtk_editable_set_text (GTK_EDITABLE (self->globs_row), rest->str);
    }
  schedule_validate (self);
}

static void
service_changed_cb (ZtGrantDialog *self)
{
  const char *service = selected_service (self);

  if (g_strcmp0 (service, self->loaded_tools_for) != 0)
    {
      g_free (self->loaded_tools_for);
      self->loaded_tools_for = g_strdup (service);
      clear_tool_rows (self);
      g_cancellable_cancel (self->tools_cancellable);
      g_clear_object (&self->tools_cancellable);
      if (service != NULL)
        {
          self->tools_cancellable = g_cancellable_new ();
          zt_client_list_tools_async (self->client, service, self->tools_cancellable, tools_cb, self);
        }
    }
  schedule_validate (self);
}

/* Subject suggestions ------------------------------------------------------------------------- */

static void
suggestion_clicked_cb (GtkButton     *button,
                       ZtGrantDialog *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), gtk_button_get_label (button));
  gtk_menu_button_popdown (self->suggest_button);
}

static void
add_suggestion (GtkWidget     *box,
                GHashTable    *seen,
                const char    *name,
                ZtGrantDialog *self)
{
  GtkWidget *button;

  if (name == NULL || name[0] == '\0' || !g_hash_table_add (seen, (gpointer) name))
    return;
  button = gtk_button_new_with_label (name);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (suggestion_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), button);
}

/* The names offered for the chosen kind: users and endpoints of the mesh's peers, local groups,
 * local client tokens. */
static void
update_suggestions (ZtGrantDialog *self)
{
  SubjectKind kind = adw_combo_row_get_selected (self->kind_row);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *mesh = zt_client_get_mesh (self->client);
  JsonArray *peers = mesh && json_object_has_member (mesh, "peers") ? json_object_get_array_member (mesh, "peers") : NULL;
  GtkWidget *popover;

  if (kind == KIND_USER || kind == KIND_ENDPOINT)
    for (guint i = 0; peers && i < json_array_get_length (peers); i++)
      add_suggestion (box, seen, json_object_get_string_member_with_default (json_array_get_object_element (peers, i),
                                                                              kind == KIND_USER ? "user" : "endpoint",
                                                                              NULL), self);
  if (kind == KIND_GROUP)
    for (guint i = 0; self->groups && i < json_array_get_length (self->groups); i++)
      add_suggestion (box, seen, json_object_get_string_member_with_default (json_array_get_object_element (self->groups, i),
                                                                              "name", NULL), self);
  if (kind == KIND_CLIENT)
    for (guint i = 0; self->clients && i < json_array_get_length (self->clients); i++)
      add_suggestion (box, seen, json_object_get_string_member_with_default (json_array_get_object_element (self->clients, i),
                                                                              "name", NULL), self);
  if (gtk_widget_get_first_child (box) == NULL)
    {
      GtkWidget *label = gtk_label_new (_("No names known"));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->suggest_button, popover);
}

static void
kind_changed_cb (ZtGrantDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), kind_needs_name (self));
  update_suggestions (self);
  schedule_validate (self);
}

static void
clients_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  ZtGrantDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonObject *o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || o == NULL || !json_object_has_member (o, "clients"))
    return;
  g_clear_pointer (&self->clients, json_array_unref);
  self->clients = json_array_ref (json_object_get_array_member (o, "clients"));
  update_suggestions (self);
}

/* Constraints ----------------------------------------------------------------------------------- */

static void
constraint_remove_cb (GtkButton     *button,
                      ZtGrantDialog *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");

  for (guint i = 0; i < self->constraints->len; i++)
    {
      ConstraintRow *c = g_ptr_array_index (self->constraints, i);
      if (c->row == row)
        {
          if (self->marked == row)
            self->marked = NULL;
          adw_preferences_group_remove (self->constraints_group, row);
          g_ptr_array_remove_index (self->constraints, i);
          break;
        }
    }
  schedule_validate (self);
}

static void
add_constraint_row (ZtGrantDialog *self,
                    JsonObject    *constraint)
{
  ConstraintRow *c = g_new0 (ConstraintRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove;
  guint n = self->constraints->len + 1;
  g_autofree char *pointer_label = g_strdup_printf (_("Constraint %u: pointer"), n);
  g_autofree char *test_label = g_strdup_printf (_("Constraint %u: test"), n);
  g_autofree char *value_label = g_strdup_printf (_("Constraint %u: value"), n);
  g_autofree char *remove_label = g_strdup_printf (_("Remove constraint %u"), n);

  c->row = gtk_list_box_row_new ();
  gtk_widget_set_name (c->row, "grant-constraint");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (c->row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  c->pointer = GTK_EDITABLE (gtk_entry_new ());
  gtk_entry_set_placeholder_text (GTK_ENTRY (c->pointer), "/path");
  gtk_editable_set_width_chars (c->pointer, 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (c->pointer), GTK_ACCESSIBLE_PROPERTY_LABEL, pointer_label, -1);
  c->test = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (test_names));
  zt_a11y_name_drop_down (c->test, test_label);
  c->value = GTK_EDITABLE (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (c->value), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (c->value), _("value (JSON or text)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (c->value), GTK_ACCESSIBLE_PROPERTY_LABEL, value_label, -1);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove this constraint"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_object_set_data (G_OBJECT (remove), "row", c->row);
  g_signal_connect (remove, "clicked", G_CALLBACK (constraint_remove_cb), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (c->pointer));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (c->test));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (c->value));
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (c->row), box);

  if (constraint != NULL)
    {
      gtk_editable_set_text (c->pointer, json_object_get_string_member_with_default (constraint, "pointer", ""));
      for (guint i = 0; i < N_TESTS; i++)
        if (json_object_has_member (constraint, test_names[i]))
          {
            JsonNode *v = json_object_get_member (constraint, test_names[i]);
            g_autofree char *text = JSON_NODE_HOLDS_VALUE (v) && json_node_get_value_type (v) == G_TYPE_STRING &&
                                    i != 0 ? g_strdup (json_node_get_string (v)) : zt_json_to_string (v);
            gtk_drop_down_set_selected (c->test, i);
            gtk_editable_set_text (c->value, text);
          }
    }
  g_signal_connect_swapped (c->pointer, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (c->value, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (c->test, "notify::selected", G_CALLBACK (schedule_validate), self);
  adw_preferences_group_add (self->constraints_group, c->row);
  g_ptr_array_add (self->constraints, c);
}

static void
add_constraint_cb (ZtGrantDialog *self)
{
  add_constraint_row (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (((ConstraintRow *) g_ptr_array_index (self->constraints,
                                                                           self->constraints->len - 1))->pointer));
  schedule_validate (self);
}

static void
validity_changed_cb (ZtGrantDialog *self)
{
  Validity v = adw_combo_row_get_selected (self->validity_row);

  gtk_widget_set_visible (GTK_WIDGET (self->for_row), v == VALID_FOR);
  gtk_widget_set_visible (GTK_WIDGET (self->not_before_row), v == VALID_BETWEEN);
  gtk_widget_set_visible (GTK_WIDGET (self->not_after_row), v == VALID_BETWEEN);
  schedule_validate (self);
}

/* Saving ------------------------------------------------------------------------------------------ */

static void
old_removed_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, NULL);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ZtGrantDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish_full (ZT_CLIENT (source), result, &body, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->saving = FALSE;
  if (answer == NULL && row_for_field (self, zt_client_error_field (body)) == NULL)
    {
      /* nothing of the dialog to mark (no answer, the service gone): said in plain words */
      gtk_widget_set_sensitive (GTK_WIDGET (self->save), self->valid);
      zt_error_dialog_present_client_error (GTK_WIDGET (self), _("The Grant Was Not Saved"), error);
      return;
    }
  if (answer == NULL)
    {
      show_problem (self, zt_client_error_field (body), error->message);
      return;
    }
  /* the contract has no replace: an edit is a new grant, then the old one goes */
  if (self->editing && json_object_get_string_member_with_default (self->editing, "id", NULL))
    {
      g_autofree char *escaped = g_uri_escape_string (json_object_get_string_member (self->editing, "id"), NULL, TRUE);
      g_autofree char *path = g_strconcat ("/policy/grants/", escaped, NULL);
      zt_client_call_async (self->client, "DELETE", path, NULL, NULL, old_removed_cb, NULL);
    }
  g_signal_emit (self, signals[SAVED], 0, JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_clicked_cb (ZtGrantDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autoptr(JsonObject) grant = zt_grant_dialog_get_grant (self, &field, &error);
  g_autoptr(JsonNode) body = NULL;

  if (grant == NULL || !self->valid)
    {
      if (grant == NULL)
        show_problem (self, field, error->message);
      return;
    }
  body = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (body, grant);
  self->saving = TRUE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save), FALSE);
  zt_client_call_async (self->client, "POST", "/policy/grants", body, self->cancellable, saved_cb, self);
}

/* ------------------------------------------------------------------------------------------------ */

static void
constraint_row_free (gpointer data)
{
  g_free (data);
}

static void
zt_grant_dialog_dispose (GObject *object)
{
  ZtGrantDialog *self = ZT_GRANT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->tools_cancellable)
    g_cancellable_cancel (self->tools_cancellable);
  g_clear_handle_id (&self->validate_id, g_source_remove);
  self->marked = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_GRANT_DIALOG);
  G_OBJECT_CLASS (zt_grant_dialog_parent_class)->dispose (object);
}

static void
zt_grant_dialog_finalize (GObject *object)
{
  ZtGrantDialog *self = ZT_GRANT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->tools_cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->services);
  g_clear_pointer (&self->editing, json_object_unref);
  g_clear_pointer (&self->groups, json_array_unref);
  g_clear_pointer (&self->clients, json_array_unref);
  g_clear_pointer (&self->tool_checks, g_ptr_array_unref);
  g_clear_pointer (&self->tool_rows, g_ptr_array_unref);
  g_clear_pointer (&self->constraints, g_ptr_array_unref);
  g_free (self->loaded_tools_for);
  G_OBJECT_CLASS (zt_grant_dialog_parent_class)->finalize (object);
}

static void
zt_grant_dialog_class_init (ZtGrantDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_grant_dialog_dispose;
  object_class->finalize = zt_grant_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, JSON_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-grant-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, cancel);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, save);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, problem);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, service_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, tools_group);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, globs_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, constraints_group);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, add_constraint);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, validity_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, for_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, not_before_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, not_after_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, rate_row);
  gtk_widget_class_bind_template_child (widget_class, ZtGrantDialog, note_row);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zt_grant_dialog_init (ZtGrantDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->tool_checks = g_ptr_array_new ();
  self->tool_rows = g_ptr_array_new ();
  self->constraints = g_ptr_array_new_with_free_func (constraint_row_free);
  self->services = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->service_row, G_LIST_MODEL (self->services));
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  g_signal_connect_swapped (self->cancel, "clicked", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (self->save, "clicked", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (self->add_constraint, "clicked", G_CALLBACK (add_constraint_cb), self);
}

static void
set_subject (ZtGrantDialog *self,
             const char    *subject)
{
  if (g_strcmp0 (subject, "*") == 0)
    {
      adw_combo_row_set_selected (self->kind_row, KIND_EVERY);
      return;
    }
  for (guint k = 0; k < KIND_EVERY; k++)
    if (subject && g_str_has_prefix (subject, kind_prefix[k]))
      {
        adw_combo_row_set_selected (self->kind_row, k);
        gtk_editable_set_text (GTK_EDITABLE (self->name_row), subject + strlen (kind_prefix[k]));
        return;
      }
  /* a plain NAME is a user */
  adw_combo_row_set_selected (self->kind_row, KIND_USER);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), subject ? subject : "");
}

static void
fill_from_grant (ZtGrantDialog *self,
                 JsonObject    *g)
{
  JsonArray *tools = json_object_has_member (g, "tools") ? json_object_get_array_member (g, "tools") : NULL;
  JsonArray *constraints = json_object_has_member (g, "constraints") ? json_object_get_array_member (g, "constraints") : NULL;
  g_autoptr(GString) globs = g_string_new (NULL);
  gint64 nb = json_object_get_int_member_with_default (g, "not_before", 0);
  gint64 na = json_object_get_int_member_with_default (g, "not_after", 0);

  set_subject (self, json_object_get_string_member_with_default (g, "subject", NULL));
  /* every tool goes in the patterns row until the service's list says which are plain names */
  for (guint i = 0; tools && i < json_array_get_length (tools); i++)
    g_string_append_printf (globs, "%s%s", i ? ", " : "", json_array_get_string_element (tools, i));
  gtk_editable_set_text (GTK_EDITABLE (self->globs_row), globs->str);
  for (guint i = 0; constraints && i < json_array_get_length (constraints); i++)
    add_constraint_row (self, json_array_get_object_element (constraints, i));
  if (nb > 0 || na > 0)
    {
      g_autofree char *nbt = nb > 0 ? format_local_time (nb) : g_strdup ("");
      g_autofree char *nat = na > 0 ? format_local_time (na) : g_strdup ("");

      adw_combo_row_set_selected (self->validity_row, VALID_BETWEEN);
      gtk_editable_set_text (GTK_EDITABLE (self->not_before_row), nbt);
      gtk_editable_set_text (GTK_EDITABLE (self->not_after_row), nat);
    }
  if (json_object_has_member (g, "rate") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (g, "rate")))
    {
      g_autofree char *rate = format_rate (json_object_get_object_member (g, "rate"));
      gtk_editable_set_text (GTK_EDITABLE (self->rate_row), rate);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), json_object_get_string_member_with_default (g, "note", ""));
}

GtkWidget *
zt_grant_dialog_new (GtkWindow  *parent,
                     ZtClient   *client,
                     JsonObject *grant,
                     JsonArray  *groups)
{
  ZtGrantDialog *self;
  JsonArray *services;
  const char *want = grant ? json_object_get_string_member_with_default (grant, "service", NULL) : NULL;
  guint selected = 0;

  g_return_val_if_fail (ZT_IS_CLIENT (client), NULL);
  self = g_object_new (ZT_TYPE_GRANT_DIALOG, "transient-for", parent, NULL);
  self->client = g_object_ref (client);
  self->editing = grant ? json_object_ref (grant) : NULL;
  self->groups = groups ? json_array_ref (groups) : NULL;
  gtk_window_set_title (GTK_WINDOW (self), grant ? _("Edit Grant") : _("Add Grant"));

  /* grants are for what this computer serves: its local services */
  services = zt_client_get_services (client);
  for (guint i = 0; services && i < json_array_get_length (services); i++)
    {
      JsonObject *s = json_array_get_object_element (services, i);
      const char *name = s ? json_object_get_string_member_with_default (s, "name", NULL) : NULL;

      if (name == NULL || g_strcmp0 (json_object_get_string_member_with_default (s, "kind", ""), "mesh") == 0)
        continue;
      if (g_strcmp0 (name, want) == 0)
        selected = g_list_model_get_n_items (G_LIST_MODEL (self->services));
      gtk_string_list_append (self->services, name);
    }
  if (want != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->services)) > 0 &&
      g_strcmp0 (gtk_string_list_get_string (self->services, selected), want) != 0)
    {
      selected = g_list_model_get_n_items (G_LIST_MODEL (self->services));
      gtk_string_list_append (self->services, want);
    }
  else if (want != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->services)) == 0)
    gtk_string_list_append (self->services, want);
  adw_combo_row_set_selected (self->service_row, selected);

  if (grant)
    fill_from_grant (self, grant);
  validity_changed_cb (self);
  kind_changed_cb (self);
  g_signal_connect_swapped (self->service_row, "notify::selected", G_CALLBACK (service_changed_cb), self);
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self);
  g_signal_connect_swapped (self->validity_row, "notify::selected", G_CALLBACK (validity_changed_cb), self);
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (self->globs_row, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (self->for_row, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (self->not_before_row, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (self->not_after_row, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (self->rate_row, "changed", G_CALLBACK (schedule_validate), self);
  g_signal_connect_swapped (self->note_row, "changed", G_CALLBACK (schedule_validate), self);
  service_changed_cb (self);
  zt_client_call_async (client, "GET", "/clients", NULL, self->cancellable, clients_cb, self);
  return GTK_WIDGET (self);
}
