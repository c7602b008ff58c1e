/* zt-edit-service-dialog.c: change a local MCP server's command, folder, environment or address,
 * and what the agent's scans and pinning do with it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-edit-service-dialog.h"
#include "zt-a11y.h"
#include "zt-add-service-dialog.h"
#include "zt-error-dialog.h"
#include "zt-scan-rules.h"
#include "zt-service.h"

/* One variable. A secret one's value is never read back: @stored says the keyring holds one,
 * which an empty entry keeps. */
typedef struct {
  char            *name;
  gboolean         secret;
  gboolean         stored;
  AdwEntryRow     *row;
  GtkToggleButton *secret_toggle;
} EnvVar;

struct _ZtEditServiceDialog {
  AdwWindow        parent_instance;

  ZtClient        *client;
  char            *service;
  char            *kind;
  char            *loaded_command;   /* the command line as it was, to ask consent for a new one */
  GPtrArray       *vars;             /* EnvVar */
  gboolean         loaded;
  gboolean         busy;              /* saving: it stays open until the agent answers */
  gboolean         disposed;
  GCancellable    *cancellable;       /* the first read, if closed before it comes */

  GtkWidget       *save_button;
  AdwEntryRow     *command_row;
  AdwEntryRow     *cwd_row;
  AdwEntryRow     *url_row;
  GtkCheckButton  *consent_check;
  GtkLabel        *program_error;
  GtkWidget       *env_group;
  GtkListBox      *env_list;
  AdwEntryRow     *new_var_row;
  GtkLabel        *env_error;
  AdwComboRow     *tool_scan_row;
  AdwComboRow     *pinning_row;
  AdwComboRow     *result_scan_row;
  GtkListBox      *rules_list;
  AdwEntryRow     *new_rule_row;
  GtkLabel        *rules_error;
  GHashTable      *rules;            /* rule -> action, as they will be saved */
  GPtrArray       *rule_rows;        /* the rules' rows, to remove them */
  char            *loaded_program;   /* what the program part of a save was when loaded (restart?) */
  gboolean         restart;          /* the save being made changes the program part */
};

/* The choices of the combo rows, in their order, as the REST API names them */
static const char *const tool_scan_values[] = { "block", "warn", "off" };
static const char *const pinning_values[] = { "first-use", "owner", "off" };
static const char *const result_scan_values[] = { "tag", "redact", "block", "off" };

G_DEFINE_FINAL_TYPE (ZtEditServiceDialog, zt_edit_service_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
env_var_free (EnvVar *v)
{
  g_free (v->name);
  g_free (v);
}

static gboolean
is_stdio (ZtEditServiceDialog *self)
{
  return g_strcmp0 (self->kind, "stdio") == 0;
}

static void
say (GtkLabel   *label,
     const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
clear_marks (ZtEditServiceDialog *self)
{
  zt_a11y_mark_invalid (GTK_WIDGET (self->command_row), NULL);
  zt_a11y_mark_invalid (GTK_WIDGET (self->cwd_row), NULL);
  zt_a11y_mark_invalid (GTK_WIDGET (self->url_row), NULL);
  zt_a11y_mark_invalid (GTK_WIDGET (self->new_var_row), NULL);
  for (guint i = 0; i < self->vars->len; i++)
    zt_a11y_mark_invalid (GTK_WIDGET (((EnvVar *) g_ptr_array_index (self->vars, i))->row), NULL);
  say (self->program_error, NULL);
  say (self->env_error, NULL);
}

static EnvVar *
find_var (ZtEditServiceDialog *self,
          const char          *name)
{
  for (guint i = 0; i < self->vars->len; i++)
    if (strcmp (((EnvVar *) g_ptr_array_index (self->vars, i))->name, name) == 0)
      return g_ptr_array_index (self->vars, i);
  return NULL;
}

static gboolean needs_restart (ZtEditServiceDialog *self);
static char    *program_text  (ZtEditServiceDialog *self);

/* Checks what can be checked here; the agent checks the rest (the program, the folder). */
static void
changed_cb (ZtEditServiceDialog *self)
{
  gboolean ok = self->loaded && !self->busy;

  /* what the agent said was about what was there before this change */
  say (self->program_error, NULL);
  say (self->env_error, NULL);
  zt_a11y_mark_invalid (GTK_WIDGET (self->env_list), NULL);
  if (is_stdio (self))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->command_row));
      gboolean new_command = self->loaded_command != NULL && g_strcmp0 (text, self->loaded_command) != 0;
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) argv = zt_command_line_parse (text, &error);
      const char *cwd = gtk_editable_get_text (GTK_EDITABLE (self->cwd_row));

      zt_a11y_mark_invalid (GTK_WIDGET (self->command_row), argv ? NULL : error->message);
      zt_a11y_mark_invalid (GTK_WIDGET (self->cwd_row), cwd[0] == '\0' || g_path_is_absolute (cwd) ? NULL
                                                 : _("Give the folder's full path, starting with /"));
      gtk_widget_set_visible (GTK_WIDGET (self->consent_check), new_command);
      ok = ok && argv != NULL && (cwd[0] == '\0' || g_path_is_absolute (cwd)) &&
           (!new_command || gtk_check_button_get_active (self->consent_check));
    }
  else
    {
      const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
      gboolean url_ok = (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")) &&
                        g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);

      zt_a11y_mark_invalid (GTK_WIDGET (self->url_row), url_ok ? NULL : _("An http:// or https:// address"));
      ok = ok && url_ok;
    }
  gtk_widget_set_sensitive (self->save_button, ok);
  /* a change of what the agent does with the server needs no restart */
  if (self->loaded)
    gtk_button_set_label (GTK_BUTTON (self->save_button),
                          needs_restart (self) ? _("_Save and Restart") : _("_Save"));
}

static void add_var_row (ZtEditServiceDialog *self, EnvVar *v, const char *text, int position);

/* A change to a variable's row, made from an idle (see below) */
typedef struct {
  ZtEditServiceDialog *self;
  char                *name;
} Rebuild;

static gboolean
rebuild_var_cb (gpointer data)
{
  Rebuild *r = data;
  EnvVar *v = r->self->disposed ? NULL : find_var (r->self, r->name);

  if (v != NULL && gtk_toggle_button_get_active (v->secret_toggle) != v->secret)
    {
      g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (v->row)));
      int position = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (v->row));

      v->secret = !v->secret;
      if (!v->secret)
        v->stored = FALSE;
      gtk_list_box_remove (r->self->env_list, GTK_WIDGET (v->row));
      add_var_row (r->self, v, text, position);
      gtk_widget_grab_focus (GTK_WIDGET (v->row));
      changed_cb (r->self);
    }
  g_object_unref (r->self);
  g_free (r->name);
  g_free (r);
  return G_SOURCE_REMOVE;
}

static gboolean
remove_var_idle_cb (gpointer data)
{
  Rebuild *r = data;
  EnvVar *v = r->self->disposed ? NULL : find_var (r->self, r->name);

  if (v != NULL)
    {
      gtk_list_box_remove (r->self->env_list, GTK_WIDGET (v->row));
      g_ptr_array_remove (r->self->vars, v);
      changed_cb (r->self);
    }
  g_object_unref (r->self);
  g_free (r->name);
  g_free (r);
  return G_SOURCE_REMOVE;
}

/* Not in the button's own signal: removing the row destroys the button under it. */
static void
remove_var_cb (GtkButton *button,
               EnvVar    *v)
{
  Rebuild *r = g_new0 (Rebuild, 1);

  r->self = g_object_ref (ZT_EDIT_SERVICE_DIALOG (gtk_widget_get_root (GTK_WIDGET (button))));
  r->name = g_strdup (v->name);
  g_idle_add_full (G_PRIORITY_DEFAULT, remove_var_idle_cb, r, NULL);
}

/* A variable turned secret (or plain) gets the other kind of row, its text kept; not in the
 * toggle's own signal, which the old row's removal would destroy under it. A secret whose
 * value is stored and not retyped turns plain empty: its value is not shown here. */
static void
secret_toggled_cb (GtkToggleButton *toggle,
                   EnvVar          *v)
{
  Rebuild *r = g_new0 (Rebuild, 1);

  r->self = g_object_ref (ZT_EDIT_SERVICE_DIALOG (gtk_widget_get_root (GTK_WIDGET (toggle))));
  r->name = g_strdup (v->name);
  g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_var_cb, r, NULL);
}

static void
add_var_row (ZtEditServiceDialog *self,
             EnvVar              *v,
             const char          *text,
             int                  position)
{
  g_autofree char *widget_name = g_strconcat ("env-", v->name, NULL);
  g_autofree char *title = NULL;
  g_autofree char *secret_label = g_strdup_printf (_("Keep %s secret, in the keyring"), v->name);
  g_autofree char *remove_label = g_strdup_printf (_("Remove %s"), v->name);
  GtkWidget *toggle, *remove;

  v->row = ADW_ENTRY_ROW (v->secret ? adw_password_entry_row_new () : adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (v->row), widget_name);
  if (v->secret && v->stored)
    title = g_strdup_printf (_("%s · in the keyring"), v->name);
  else if (v->secret)
    title = g_strdup_printf (_("%s · secret"), v->name);
  else
    title = g_strdup (v->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (v->row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (v->row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_editable_set_text (GTK_EDITABLE (v->row), text ? text : "");
  g_signal_connect_swapped (v->row, "changed", G_CALLBACK (changed_cb), self);

  toggle = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (toggle), "dialog-password-symbolic");
  gtk_widget_set_name (toggle, "env-secret");
  gtk_widget_add_css_class (toggle, "flat");
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (toggle, _("Secret: kept in the keyring, never shown again"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, secret_label, -1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), v->secret);
  g_signal_connect (toggle, "toggled", G_CALLBACK (secret_toggled_cb), v);
  v->secret_toggle = GTK_TOGGLE_BUTTON (toggle);
  adw_entry_row_add_suffix (v->row, toggle);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (remove, "env-remove");
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_var_cb), v);
  adw_entry_row_add_suffix (v->row, remove);

  gtk_list_box_insert (self->env_list, GTK_WIDGET (v->row), position);
}

static EnvVar *
add_var (ZtEditServiceDialog *self,
         const char          *name,
         const char          *value,
         gboolean             secret,
         gboolean             stored)
{
  EnvVar *v = g_new0 (EnvVar, 1);

  v->name = g_strdup (name);
  v->secret = secret;
  v->stored = stored;
  g_ptr_array_add (self->vars, v);
  /* before the "add a variable" row, which stays last */
  add_var_row (self, v, value, (int) self->vars->len - 1);
  return v;
}

static void
new_var_apply_cb (ZtEditServiceDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->new_var_row));
  const char *eq = strchr (text, '=');
  g_autofree char *name = g_strstrip (eq ? g_strndup (text, eq - text) : g_strdup (text));
  EnvVar *v;

  if (name[0] == '\0')
    return;
  if (!zt_env_name_valid (name))
    {
      zt_a11y_mark_invalid (GTK_WIDGET (self->new_var_row), _("A name is letters, digits and _, not starting with a digit."));
      say (self->env_error, _("A name is letters, digits and _, not starting with a digit."));
      return;
    }
  if ((v = find_var (self, name)) != NULL)
    {
      if (eq != NULL)
        gtk_editable_set_text (GTK_EDITABLE (v->row), eq + 1);
      gtk_widget_grab_focus (GTK_WIDGET (v->row));
    }
  else
    {
      v = add_var (self, name, eq ? eq + 1 : "", FALSE, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (v->row));
    }
  zt_a11y_mark_invalid (GTK_WIDGET (self->new_var_row), NULL);
  say (self->env_error, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->new_var_row), "");
  changed_cb (self);
}

static void
chooser_response_cb (GtkNativeDialog     *chooser,
                     int                  response,
                     ZtEditServiceDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT && !self->disposed)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = folder ? g_file_get_path (folder) : NULL;

      if (path != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->cwd_row), path);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_cwd_cb (ZtEditServiceDialog *self)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Working Folder"), GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                               _("_Select"), _("_Cancel"));
  const char *now = gtk_editable_get_text (GTK_EDITABLE (self->cwd_row));

  if (g_path_is_absolute (now) && g_file_test (now, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) current = g_file_new_for_path (now);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), current, NULL);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Protection ------------------------------------------------------------------------------- */

static void
select_value (AdwComboRow       *row,
              const char *const *values,
              guint              n,
              const char        *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      adw_combo_row_set_selected (row, i);
}

static const char *
selected_value (AdwComboRow       *row,
                const char *const *values,
                guint              n)
{
  guint i = adw_combo_row_get_selected (row);

  return i < n ? values[i] : values[0];
}

static const char *
action_words (const char *action)
{
  if (g_strcmp0 (action, "off") == 0)
    return _("Off: its findings are dropped");
  if (g_strcmp0 (action, "warn") == 0)
    return _("Warn: its findings are said, and do not block alone");
  return _("Block: what it finds blocks");
}

static void rebuild_rules (ZtEditServiceDialog *self);

static gboolean
rebuild_rules_idle_cb (gpointer data)
{
  ZtEditServiceDialog *self = data;

  if (!self->disposed)
    {
      rebuild_rules (self);
      changed_cb (self);
    }
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

/* A rule's Remove button: the row goes from an idle, not from its own button's handler */
static void
remove_rule_cb (GtkButton           *button,
                ZtEditServiceDialog *self)
{
  g_hash_table_remove (self->rules, g_object_get_data (G_OBJECT (button), "rule"));
  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  g_idle_add (rebuild_rules_idle_cb, g_object_ref (self));
}

static void
rebuild_rules (ZtEditServiceDialog *self)
{
  g_autoptr(GList) rules = g_list_sort (g_hash_table_get_keys (self->rules), (GCompareFunc) strcmp);
  int position = 0;

  for (guint i = 0; i < self->rule_rows->len; i++)
    gtk_list_box_remove (self->rules_list, g_ptr_array_index (self->rule_rows, i));
  g_ptr_array_set_size (self->rule_rows, 0);
  for (GList *l = rules; l; l = l->next)
    {
      const char *rule = l->data;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *name = g_strconcat ("rule-", rule, NULL);
      g_autofree char *label = g_strdup_printf (_("Remove the override of %s"), rule);

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rule);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), action_words (g_hash_table_lookup (self->rules, rule)));
      gtk_widget_set_name (remove, "rule-remove");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (remove), "rule", g_strdup (rule), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_rule_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_insert (self->rules_list, row, position++);
      g_ptr_array_add (self->rule_rows, row);
    }
}

/* "RULE=ACTION" typed in the last row: checked against the scanner's rules, then listed;
 * RULE=default drops an override */
static void
new_rule_apply_cb (ZtEditServiceDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_rule_row))));
  const char *eq = strchr (text, '=');
  const char *specs[] = { text, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtScanRules) parsed = NULL;
  g_autofree char *rule = NULL;

  say (self->rules_error, NULL);
  zt_a11y_mark_invalid (GTK_WIDGET (self->new_rule_row), NULL);
  zt_a11y_mark_invalid (GTK_WIDGET (self->rules_list), NULL);
  if (text[0] == '\0')
    return;
  rule = eq ? g_strndup (text, eq - text) : NULL;
  if (rule != NULL && g_strcmp0 (eq + 1, "default") == 0 && g_hash_table_contains (self->rules, rule))
    g_hash_table_remove (self->rules, rule);
  else if ((parsed = zt_scan_rules_new_from_specs (specs, &error)) == NULL)
    {
      g_autofree char *plain = g_strdup (error->message);

      plain[0] = g_ascii_toupper (plain[0]);
      zt_a11y_mark_invalid (GTK_WIDGET (self->new_rule_row), plain);
      say (self->rules_error, plain);
      return;
    }
  else
    g_hash_table_insert (self->rules, g_steal_pointer (&rule), g_strdup (eq + 1));
  gtk_editable_set_text (GTK_EDITABLE (self->new_rule_row), "");
  rebuild_rules (self);
  changed_cb (self);
}

/* Loading ---------------------------------------------------------------------------------- */

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(ZtEditServiceDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonObject *s;
  JsonArray *a;

  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;   /* closed meanwhile */
  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    {
      /* said in the dialog, which stays (Save off) until it is closed */
      g_autofree char *text = g_strdup_printf (_("This server cannot be edited now: the agent did not say how it is "
                                                 "set up (%s)."), error ? error->message : _("no answer"));

      g_strdelimit (text, "`", '\'');
      say (self->program_error, text);
      return;
    }
  s = json_node_get_object (answer);
  self->kind = g_strdup (json_object_get_string_member_with_default (s, "kind", ""));
  gtk_widget_set_visible (GTK_WIDGET (self->command_row), is_stdio (self));
  gtk_widget_set_visible (GTK_WIDGET (self->cwd_row), is_stdio (self));
  gtk_widget_set_visible (self->env_group, is_stdio (self));
  gtk_widget_set_visible (GTK_WIDGET (self->url_row), !is_stdio (self));
  if (is_stdio (self))
    {
      g_autoptr(GString) line = g_string_new (NULL);

      a = json_object_has_member (s, "command") ? json_object_get_array_member (s, "command") : NULL;
      for (guint i = 0; a && i < json_array_get_length (a); i++)
        {
          g_autofree char *quoted = g_shell_quote (json_array_get_string_element (a, i));
          g_string_append_printf (line, "%s%s", i ? " " : "", quoted);
        }
      self->loaded_command = g_strdup (line->str);
      gtk_editable_set_text (GTK_EDITABLE (self->command_row), line->str);
      gtk_editable_set_text (GTK_EDITABLE (self->cwd_row), json_object_get_string_member_with_default (s, "cwd", ""));
      a = json_object_has_member (s, "env") ? json_object_get_array_member (s, "env") : NULL;
      for (guint i = 0; a && i < json_array_get_length (a); i++)
        {
          const char *entry = json_array_get_string_element (a, i);
          const char *eq = entry ? strchr (entry, '=') : NULL;
          g_autofree char *name = eq ? g_strndup (entry, eq - entry) : NULL;

          if (name != NULL && find_var (self, name) == NULL)
            add_var (self, name, eq + 1, FALSE, FALSE);
        }
      a = json_object_has_member (s, "secret_env") ? json_object_get_array_member (s, "secret_env") : NULL;
      for (guint i = 0; a && i < json_array_get_length (a); i++)
        {
          const char *name = json_array_get_string_element (a, i);
          if (name != NULL && find_var (self, name) == NULL)
            add_var (self, name, "", TRUE, TRUE);
        }
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self->url_row), json_object_get_string_member_with_default (s, "url", ""));
  select_value (self->tool_scan_row, tool_scan_values, G_N_ELEMENTS (tool_scan_values),
                json_object_get_string_member_with_default (s, "tool_scan", "block"));
  select_value (self->pinning_row, pinning_values, G_N_ELEMENTS (pinning_values),
                json_object_get_string_member_with_default (s, "tool_pinning", "first-use"));
  select_value (self->result_scan_row, result_scan_values, G_N_ELEMENTS (result_scan_values),
                json_object_get_string_member_with_default (s, "result_scan", "tag"));
  if (json_object_has_member (s, "scan_rules") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (s, "scan_rules")))
    {
      JsonObjectIter iter;
      const char *rule;
      JsonNode *action;

      json_object_iter_init (&iter, json_object_get_object_member (s, "scan_rules"));
      while (json_object_iter_next (&iter, &rule, &action))
        if (JSON_NODE_HOLDS_VALUE (action) && json_node_get_value_type (action) == G_TYPE_STRING)
          g_hash_table_insert (self->rules, g_strdup (rule), g_strdup (json_node_get_string (action)));
      rebuild_rules (self);
    }
  self->loaded_program = program_text (self);
  self->loaded = TRUE;
  changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (is_stdio (self) ? self->command_row : self->url_row));
}

/* Saving ----------------------------------------------------------------------------------- */

static void
restarted_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ZtEditServiceDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  zt_client_refresh (self->client);
  if (answer == NULL)
    zt_error_dialog_present_error (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))),
                                   _("Saved, Not Restarted"),
                                   _("The change is saved and applies to the next connections; the server "
                                     "could not be restarted now."), error);
  self->busy = FALSE;
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(ZtEditServiceDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) error_body = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish_full (ZT_CLIENT (source), result, &error_body, &error);
  const char *field;
  g_autofree char *path = NULL;
  g_autofree char *escaped = NULL;

  if (answer != NULL && !self->restart)
    {
      /* only what the agent does with the server changed: it applies at once, the server and
       * its sessions go on */
      zt_client_refresh (self->client);
      self->busy = FALSE;
      g_signal_emit (self, signals[SAVED], 0);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  if (answer != NULL)
    {
      escaped = g_uri_escape_string (self->service, NULL, TRUE);
      path = g_strconcat ("/services/", escaped, "/restart", NULL);
      zt_client_call_async (self->client, "POST", path, NULL, NULL, restarted_cb, g_object_ref (self));
      return;
    }
  self->busy = FALSE;
  changed_cb (self);
  field = zt_client_error_field (error_body);
  /* the field the agent names is marked, with its words beside it; anything else is said
   * in a dialog, the agent's words behind Details */
  if (g_strcmp0 (field, "command") == 0 || g_strcmp0 (field, "cwd") == 0 || g_strcmp0 (field, "url") == 0)
    {
      GtkWidget *row = GTK_WIDGET (field[0] == 'c' ? (field[1] == 'o' ? self->command_row : self->cwd_row)
                                                   : self->url_row);
      g_autofree char *plain = g_strdelimit (g_strdup (error->message), "`", '\'');

      /* the agent's words start a sentence here */
      plain[0] = g_ascii_toupper (plain[0]);
      zt_a11y_mark_invalid (row, plain);
      say (self->program_error, plain);
      gtk_widget_grab_focus (row);
    }
  else if (g_strcmp0 (field, "scan_rules") == 0)
    {
      g_autofree char *plain = g_strdup (error->message);

      plain[0] = g_ascii_toupper (plain[0]);
      say (self->rules_error, plain);
      zt_a11y_mark_invalid (GTK_WIDGET (self->rules_list), plain);
    }
  else if (g_strcmp0 (field, "env") == 0 || g_strcmp0 (field, "secret_env") == 0)
    {
      g_autofree char *plain = g_strdup (error->message);

      plain[0] = g_ascii_toupper (plain[0]);
      say (self->env_error, plain);
      zt_a11y_mark_invalid (GTK_WIDGET (self->env_list), plain);
    }
  else
    zt_error_dialog_present_client_error (GTK_WIDGET (self), _("The Change Was Not Made"), error);
}

/* The program part of a save into @o: the command, folder and environment of a stdio server, or
 * the address of another. FALSE when the command line does not parse or a new secret variable
 * has no value; with @mark, that row is marked and the reason said. */
static gboolean
fill_program (ZtEditServiceDialog *self,
              JsonObject          *o,
              gboolean             mark)
{
  if (is_stdio (self))
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) argv = zt_command_line_parse (gtk_editable_get_text (GTK_EDITABLE (self->command_row)), &error);
      const char *cwd = gtk_editable_get_text (GTK_EDITABLE (self->cwd_row));
      JsonArray *command, *env;
      JsonObject *secrets;

      if (argv == NULL)
        return FALSE;
      command = json_array_new ();
      for (guint i = 0; argv[i]; i++)
        json_array_add_string_element (command, argv[i]);
      json_object_set_array_member (o, "command", command);
      if (cwd[0] != '\0')
        json_object_set_string_member (o, "cwd", cwd);
      else
        json_object_set_null_member (o, "cwd");
      env = json_array_new ();
      secrets = json_object_new ();
      for (guint i = 0; i < self->vars->len; i++)
        {
          EnvVar *v = g_ptr_array_index (self->vars, i);
          const char *value = gtk_editable_get_text (GTK_EDITABLE (v->row));

          if (!v->secret)
            {
              g_autofree char *entry = g_strconcat (v->name, "=", value, NULL);
              json_array_add_string_element (env, entry);
            }
          else if (value[0] != '\0')
            json_object_set_string_member (secrets, v->name, value);
          else if (v->stored)
            json_object_set_null_member (secrets, v->name);
          else
            {
              if (mark)
                {
                  g_autofree char *text = g_strdup_printf (_("Type the value of %s, or remove it."), v->name);

                  zt_a11y_mark_invalid (GTK_WIDGET (v->row), text);
                  say (self->env_error, text);
                  gtk_widget_grab_focus (GTK_WIDGET (v->row));
                }
              json_array_unref (env);
              json_object_unref (secrets);
              return FALSE;
            }
        }
      json_object_set_array_member (o, "env", env);
      json_object_set_object_member (o, "secret_env", secrets);
    }
  else
    json_object_set_string_member (o, "url", gtk_editable_get_text (GTK_EDITABLE (self->url_row)));
  return TRUE;
}

/* The program part as text, to see whether a save changes it (and so restarts the server);
 * NULL when it cannot be saved as it is */
static char *
program_text (ZtEditServiceDialog *self)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();

  json_node_take_object (node, o);
  return fill_program (self, o, FALSE) ? json_to_string (node, FALSE) : NULL;
}

static gboolean
needs_restart (ZtEditServiceDialog *self)
{
  g_autofree char *now = program_text (self);

  return now == NULL || g_strcmp0 (now, self->loaded_program) != 0;
}

static void
save_clicked_cb (ZtEditServiceDialog *self)
{
  g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  JsonObject *rules = json_object_new ();
  g_autofree char *escaped = g_uri_escape_string (self->service, NULL, TRUE);
  g_autofree char *path = g_strconcat ("/services/", escaped, NULL);
  GHashTableIter iter;
  gpointer rule, action;

  json_node_take_object (body, o);
  clear_marks (self);
  zt_a11y_mark_invalid (GTK_WIDGET (self->env_list), NULL);
  self->restart = needs_restart (self);
  if (!fill_program (self, o, TRUE))
    {
      json_object_unref (rules);
      return;
    }
  json_object_set_string_member (o, "tool_scan", selected_value (self->tool_scan_row, tool_scan_values,
                                                                 G_N_ELEMENTS (tool_scan_values)));
  json_object_set_string_member (o, "tool_pinning", selected_value (self->pinning_row, pinning_values,
                                                                    G_N_ELEMENTS (pinning_values)));
  json_object_set_string_member (o, "result_scan", selected_value (self->result_scan_row, result_scan_values,
                                                                   G_N_ELEMENTS (result_scan_values)));
  g_hash_table_iter_init (&iter, self->rules);
  while (g_hash_table_iter_next (&iter, &rule, &action))
    json_object_set_string_member (rules, rule, action);
  json_object_set_object_member (o, "scan_rules", rules);
  self->busy = TRUE;
  gtk_widget_set_sensitive (self->save_button, FALSE);
  zt_client_call_async (self->client, "PATCH", path, body, NULL, saved_cb, g_object_ref (self));
}

/* Closing while the agent saves would leave the change half done (saved, not restarted). */
static gboolean
close_request_cb (ZtEditServiceDialog *self)
{
  return self->busy;
}

static void
zt_edit_service_dialog_dispose (GObject *object)
{
  ZtEditServiceDialog *self = ZT_EDIT_SERVICE_DIALOG (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_EDIT_SERVICE_DIALOG);
  G_OBJECT_CLASS (zt_edit_service_dialog_parent_class)->dispose (object);
}

static void
zt_edit_service_dialog_finalize (GObject *object)
{
  ZtEditServiceDialog *self = ZT_EDIT_SERVICE_DIALOG (object);

  g_clear_pointer (&self->vars, g_ptr_array_unref);
  g_clear_pointer (&self->rules, g_hash_table_unref);
  g_clear_pointer (&self->rule_rows, g_ptr_array_unref);
  g_free (self->service);
  g_free (self->kind);
  g_free (self->loaded_command);
  g_free (self->loaded_program);
  G_OBJECT_CLASS (zt_edit_service_dialog_parent_class)->finalize (object);
}

static void
zt_edit_service_dialog_class_init (ZtEditServiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_edit_service_dialog_dispose;
  object_class->finalize = zt_edit_service_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-edit-service-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, command_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, cwd_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, consent_check);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, program_error);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, env_group);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, env_list);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, new_var_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, env_error);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, tool_scan_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, pinning_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, result_scan_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, rules_list);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, new_rule_row);
  gtk_widget_class_bind_template_child (widget_class, ZtEditServiceDialog, rules_error);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_var_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_rule_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_cwd_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zt_edit_service_dialog_init (ZtEditServiceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  self->vars = g_ptr_array_new_with_free_func ((GDestroyNotify) env_var_free);
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rule_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

GtkWidget *
zt_edit_service_dialog_new (GtkWindow  *parent,
                            ZtClient   *client,
                            const char *service)
{
  ZtEditServiceDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (ZT_IS_CLIENT (client), NULL);
  g_return_val_if_fail (service != NULL, NULL);

  title = g_strdup_printf (_("Edit “%s”"), service);
  self = g_object_new (ZT_TYPE_EDIT_SERVICE_DIALOG, "transient-for", parent, "title", title, NULL);
  self->client = g_object_ref (client);
  self->service = g_strdup (service);
  escaped = g_uri_escape_string (service, NULL, TRUE);
  path = g_strconcat ("/services/", escaped, "?reveal=env", NULL);
  zt_client_call_async (client, "GET", path, NULL, self->cancellable, loaded_cb, g_object_ref (self));
  return GTK_WIDGET (self);
}
