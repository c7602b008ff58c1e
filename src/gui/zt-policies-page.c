/* zt-policies-page.c: who may use what: grants per service, and access requests to decide */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-a11y.h"
#include "zt-error-dialog.h"
#include "zt-grant-dialog.h"
#include "zt-policies-page.h"

struct _ZtPoliciesPage {
  GtkWidget            parent_instance;

  ZtClient            *client;
  GCancellable        *cancellable;
  JsonArray           *groups;        /* the policy's local groups, for the grant dialog */
  GPtrArray           *service_groups;  /* AdwPreferencesGroup per service */
  GPtrArray           *request_rows;
  GtkWidget           *no_grants_row;
  GtkWidget           *no_requests_row;
  gboolean             policy_loaded;

  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkBox              *error_box;
  GtkWidget           *error_detail;   /* in error_box, or NULL */
  GtkButton           *retry;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *requests_group;
  AdwPreferencesGroup *grants_group;
  GtkButton           *add;
};

G_DEFINE_FINAL_TYPE (ZtPoliciesPage, zt_policies_page, GTK_TYPE_WIDGET)

enum { TOAST, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
toast (ZtPoliciesPage *self,
       const char     *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

/* A failed call to the agent: said in plain words, the agent's own behind Details. */
static void
report (ZtPoliciesPage *self,
        const char     *heading,
        const GError   *error)
{
  zt_error_dialog_present_client_error (GTK_WIDGET (self), heading, error);
}

static GtkWindow *
parent_window (ZtPoliciesPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static char *
format_duration (gint64 seconds)
{
  if (seconds <= 0)
    return g_strdup (_("no time"));
  if (seconds % 86400 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", seconds / 86400), (int) (seconds / 86400));
  if (seconds % 3600 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", seconds / 3600), (int) (seconds / 3600));
  if (seconds % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", seconds / 60), (int) (seconds / 60));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", seconds), (int) seconds);
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (unix_time);
  return t ? g_date_time_format (t, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

static void
append_strings (GString    *out,
                JsonObject *o,
                const char *member)
{
  JsonArray *a = json_object_has_member (o, member) && JSON_NODE_HOLDS_ARRAY (json_object_get_member (o, member))
                   ? json_object_get_array_member (o, member) : NULL;
  guint n = a ? json_array_get_length (a) : 0;

  for (guint i = 0; i < n && i < 8; i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "", json_array_get_string_element (a, i));
  if (n > 8)
    g_string_append (out, ", …");
  if (n == 0)
    g_string_append (out, _("no tools"));
}

char *
zt_grant_summary (JsonObject *g)
{
  GString *s = g_string_new (NULL);
  gint64 nb = json_object_get_int_member_with_default (g, "not_before", 0);
  gint64 na = json_object_get_int_member_with_default (g, "not_after", 0);
  JsonArray *constraints = json_object_has_member (g, "constraints") ? json_object_get_array_member (g, "constraints") : NULL;
  const char *origin = json_object_get_string_member_with_default (g, "origin", "manual");
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  append_strings (s, g, "tools");
  if (constraints && json_array_get_length (constraints) > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, " · %u constraint", " · %u constraints",
                                            json_array_get_length (constraints)), json_array_get_length (constraints));
  if (nb > now)
    {
      g_autofree char *t = format_time (nb);
      g_string_append_printf (s, _(" · from %s"), t);
    }
  if (na > 0)
    {
      g_autofree char *t = format_time (na);
      g_string_append_printf (s, na > now ? _(" · until %s") : _(" · expired %s"), t);
    }
  if (json_object_has_member (g, "rate") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (g, "rate")))
    {
      JsonObject *r = json_object_get_object_member (g, "rate");
      g_autofree char *per = format_duration (json_object_get_int_member_with_default (r, "per", 0));
      g_string_append_printf (s, _(" · %" G_GINT64_FORMAT " calls per %s"),
                              json_object_get_int_member_with_default (r, "calls", 0), per);
    }
  if (g_strcmp0 (origin, "export") == 0)
    g_string_append (s, _(" · from export"));
  else if (g_str_has_prefix (origin, "access:"))
    g_string_append_printf (s, _(" · approved request %s"), origin + strlen ("access:"));
  return g_string_free (s, FALSE);
}

static char *
subject_title (const char *subject)
{
  if (subject == NULL)
    return g_strdup ("?");
  if (strcmp (subject, "*") == 0)
    return g_strdup (_("Every member of the mesh"));
  if (g_str_has_prefix (subject, "user:"))
    return g_strdup_printf (_("User %s"), subject + 5);
  if (g_str_has_prefix (subject, "endpoint:"))
    return g_strdup_printf (_("Computer %s"), subject + 9);
  if (g_str_has_prefix (subject, "group:"))
    return g_strdup_printf (_("Group %s"), subject + 6);
  if (g_str_has_prefix (subject, "client:"))
    return g_strdup_printf (_("Local app %s"), subject + 7);
  return g_strdup_printf (_("User %s"), subject);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

/* The agent's own words under the error page's plain sentence (NULL: none) */
static void
show_error_detail (ZtPoliciesPage *self,
                   const char     *detail)
{
  if (self->error_detail != NULL)
    gtk_box_remove (self->error_box, self->error_detail);
  self->error_detail = NULL;
  if (detail == NULL)
    return;
  self->error_detail = zt_error_detail_new (detail);
  gtk_widget_set_halign (self->error_detail, GTK_ALIGN_CENTER);
  gtk_box_append (self->error_box, self->error_detail);
}

/* Grants ------------------------------------------------------------------------------------- */

static void
changed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(ZtPoliciesPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer == NULL)
    report (self, _("The Grant Was Not Removed"), error);
  zt_policies_page_refresh (self);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ZtPoliciesPage   *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "grant");
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  if (g_strcmp0 (response, "remove") != 0 || self->client == NULL)
    return;
  escaped = g_uri_escape_string (id, NULL, TRUE);
  path = g_strconcat ("/policy/grants/", escaped, NULL);
  zt_client_call_async (self->client, "DELETE", path, NULL, NULL, changed_cb, g_object_ref (self));
}

static void
remove_clicked_cb (GtkButton      *button,
                   ZtPoliciesPage *self)
{
  JsonObject *g = g_object_get_data (G_OBJECT (button), "grant");
  g_autofree char *who = subject_title (json_object_get_string_member_with_default (g, "subject", NULL));
  g_autofree char *heading = g_strdup_printf (_("Remove the Grant for %s?"), who);
  g_autofree char *body = g_strdup_printf (_("%s loses what it gives on “%s” at the next call. Open sessions are not "
                                             "cut, but every call is decided again."),
                                           who, json_object_get_string_member_with_default (g, "service", ""));
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "grant",
                          g_strdup (json_object_get_string_member_with_default (g, "id", "")), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
grant_saved_cb (ZtPoliciesPage *self)
{
  toast (self, _("Grant saved"));
  zt_policies_page_refresh (self);
}

static void
open_grant_dialog (ZtPoliciesPage *self,
                   JsonObject     *grant)
{
  GtkWidget *dialog;

  if (self->client == NULL)
    return;
  dialog = zt_grant_dialog_new (parent_window (self), self->client, grant, self->groups);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (grant_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_clicked_cb (GtkButton      *button,
                 ZtPoliciesPage *self)
{
  open_grant_dialog (self, g_object_get_data (G_OBJECT (button), "grant"));
}

void
zt_policies_page_add_grant (ZtPoliciesPage *self)
{
  g_return_if_fail (ZT_IS_POLICIES_PAGE (self));
  open_grant_dialog (self, NULL);
}

static GtkWidget *
grant_row_new (ZtPoliciesPage *self,
               JsonObject     *g)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit, *remove;
  g_autofree char *title = subject_title (json_object_get_string_member_with_default (g, "subject", NULL));
  g_autofree char *summary = zt_grant_summary (g);
  g_autofree char *edit_label = g_strdup_printf (_("Edit the grant for %s"), title);
  g_autofree char *remove_label = g_strdup_printf (_("Remove the grant for %s"), title);
  const char *note = json_object_get_string_member_with_default (g, "note", "");

  gtk_widget_set_name (row, "grant");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  if (note[0])
    gtk_widget_set_tooltip_text (row, note);
  edit = icon_button ("document-edit-symbolic", edit_label, "edit-grant");
  remove = icon_button ("user-trash-symbolic", remove_label, "remove-grant");
  g_object_set_data_full (G_OBJECT (edit), "grant", json_object_ref (g), (GDestroyNotify) json_object_unref);
  g_object_set_data_full (G_OBJECT (remove), "grant", json_object_ref (g), (GDestroyNotify) json_object_unref);
  g_signal_connect (edit, "clicked", G_CALLBACK (edit_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
clear_service_groups (ZtPoliciesPage *self)
{
  for (guint i = 0; i < self->service_groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->service_groups, i));
  g_ptr_array_set_size (self->service_groups, 0);
}

static int
compare_grants (gconstpointer a,
                gconstpointer b)
{
  JsonObject *ga = *(JsonObject **) a, *gb = *(JsonObject **) b;
  int c = g_strcmp0 (json_object_get_string_member_with_default (ga, "service", ""),
                     json_object_get_string_member_with_default (gb, "service", ""));
  return c ? c : g_strcmp0 (json_object_get_string_member_with_default (ga, "subject", ""),
                            json_object_get_string_member_with_default (gb, "subject", ""));
}

static void
show_policy (ZtPoliciesPage *self,
             JsonObject     *policy)
{
  JsonArray *grants = json_object_has_member (policy, "grants") ? json_object_get_array_member (policy, "grants") : NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  AdwPreferencesGroup *group = NULL;
  const char *group_service = NULL;

  g_clear_pointer (&self->groups, json_array_unref);
  if (json_object_has_member (policy, "groups") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (policy, "groups")))
    self->groups = json_array_ref (json_object_get_array_member (policy, "groups"));
  clear_service_groups (self);
  for (guint i = 0; grants && i < json_array_get_length (grants); i++)
    if (json_array_get_object_element (grants, i) != NULL)
      g_ptr_array_add (sorted, json_array_get_object_element (grants, i));
  g_ptr_array_sort (sorted, compare_grants);
  for (guint i = 0; i < sorted->len; i++)
    {
      JsonObject *g = g_ptr_array_index (sorted, i);
      const char *service = json_object_get_string_member_with_default (g, "service", "");

      if (group == NULL || g_strcmp0 (service, group_service) != 0)
        {
          g_autofree char *title = g_strdup_printf (_("Service “%s”"), service);
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          gtk_widget_set_name (GTK_WIDGET (group), "grant-service");
          adw_preferences_group_set_title (group, title);
          adw_preferences_page_add (self->page, group);
          g_ptr_array_add (self->service_groups, group);
          group_service = service;
        }
      adw_preferences_group_add (group, grant_row_new (self, g));
    }
  /* the row stays (an empty boxed list draws a stray line): a count, or what none means */
  if (sorted->len == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_grants_row), _("No grants yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_grants_row),
                                   _("Nobody in the mesh may call a tool of this computer's services."));
    }
  else
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u grant on %u service",
                                                             "%u grants on %u services", sorted->len),
                                                sorted->len, self->service_groups->len);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_grants_row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_grants_row), _("Everyone else is refused."));
    }
}

static void
policy_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ZtPoliciesPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    {
      const char *text;

      if (g_error_matches (error, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_NOT_FOUND))
        text = _("This agent is older than the app and cannot keep grants. Update it to manage grants here; until "
                 "then, what a service is exported to decides who may use it.");
      else if (error != NULL)
        text = zt_error_client_sentence (error);
      else
        text = _("The agent's answer is not a policy.");
      adw_status_page_set_description (self->error_page, text);
      show_error_detail (self, error ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "error");
      self->policy_loaded = FALSE;
      return;
    }
  self->policy_loaded = TRUE;
  show_policy (self, json_node_get_object (answer));
  gtk_stack_set_visible_child_name (self->stack, "list");
}

/* Access requests ------------------------------------------------------------------------------ */

static void
decided_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(ZtPoliciesPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer == NULL)
    report (self, _("The Request Was Not Decided"), error);
  else
    {
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
      const char *status = o ? json_object_get_string_member_with_default (o, "status", "") : "";
      toast (self, g_strcmp0 (status, "approved") == 0 ? _("Approved: a grant was made") : _("Denied"));
    }
  zt_policies_page_refresh (self);
}

static void
decide (ZtPoliciesPage *self,
        GtkWidget      *button,
        gboolean        approve)
{
  const char *id = g_object_get_data (G_OBJECT (button), "request");
  GtkDropDown *duration = g_object_get_data (G_OBJECT (button), "duration");
  g_autofree char *escaped = g_uri_escape_string (id, NULL, TRUE);
  g_autofree char *path = g_strconcat ("/access/", escaped, approve ? "/approve" : "/deny", NULL);
  g_autoptr(JsonNode) body = NULL;

  if (self->client == NULL)
    return;
  if (approve)
    {
      /* the first choice is "as requested": no "for", the agent uses the requested duration */
      guint i = duration ? gtk_drop_down_get_selected (duration) : 0;
      body = zt_json_object_node ("for", i >= 1 && i <= ZT_N_DURATION_CHOICES ? zt_duration_choices[i - 1].value : NULL,
                                  NULL);
    }
  gtk_widget_set_sensitive (gtk_widget_get_parent (button), FALSE);
  zt_client_call_async (self->client, "POST", path, body, NULL, decided_cb, g_object_ref (self));
}

static void
approve_clicked_cb (GtkButton      *button,
                    ZtPoliciesPage *self)
{
  decide (self, GTK_WIDGET (button), TRUE);
}

static void
deny_clicked_cb (GtkButton      *button,
                 ZtPoliciesPage *self)
{
  decide (self, GTK_WIDGET (button), FALSE);
}

static GtkWidget *
request_row_new (ZtPoliciesPage *self,
                 JsonObject     *r)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *duration, *approve, *deny;
  const char *id = json_object_get_string_member_with_default (r, "id", "");
  const char *user = json_object_get_string_member_with_default (r, "user", NULL);
  const char *endpoint = json_object_get_string_member_with_default (r, "endpoint", NULL);
  const char *subject = json_object_get_string_member_with_default (r, "subject", "?");
  const char *service = json_object_get_string_member_with_default (r, "service", "?");
  const char *reason = json_object_get_string_member_with_default (r, "reason", "");
  gint64 asked = json_object_get_int_member_with_default (r, "duration", 0);
  g_autofree char *who = user && endpoint ? g_strdup_printf (_("%s on %s"), user, endpoint) : g_strdup (subject);
  g_autofree char *title = g_strdup_printf (_("%s asks to use “%s”"), who, service);
  g_autofree char *asked_text = asked > 0 ? format_duration (asked) : g_strdup (_("the default hour"));
  g_autoptr(GString) subtitle = g_string_new (_("Tools: "));
  g_autofree char *approve_label = g_strdup_printf (_("Approve the request of %s"), who);
  g_autofree char *deny_label = g_strdup_printf (_("Deny the request of %s"), who);
  g_autofree char *for_label = g_strdup_printf (_("How long to approve the request of %s for"), who);
  g_autofree char *first = g_strdup_printf (_("As requested (%s)"), asked_text);
  const char *labels[ZT_N_DURATION_CHOICES + 2] = { NULL };

  append_strings (subtitle, r, "tools");
  g_string_append_printf (subtitle, _(" · for %s"), asked_text);
  if (reason[0] != '\0')
    g_string_append_printf (subtitle, _(" · “%s”"), reason);
  gtk_widget_set_name (row, "access-request");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);

  labels[0] = first;
  for (guint i = 0; i < ZT_N_DURATION_CHOICES; i++)
    labels[i + 1] = _(zt_duration_choices[i].label);
  duration = gtk_drop_down_new_from_strings (labels);
  gtk_widget_set_name (duration, "approve-for");
  gtk_widget_set_valign (duration, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (duration, _("How long the grant lasts"));
  zt_a11y_name_drop_down (GTK_DROP_DOWN (duration), for_label);
  approve = gtk_button_new_with_mnemonic (_("_Approve"));
  gtk_widget_set_name (approve, "approve");
  gtk_widget_add_css_class (approve, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (approve), GTK_ACCESSIBLE_PROPERTY_LABEL, approve_label, -1);
  deny = gtk_button_new_with_mnemonic (_("_Deny"));
  gtk_widget_set_name (deny, "deny");
  gtk_widget_add_css_class (deny, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (deny), GTK_ACCESSIBLE_PROPERTY_LABEL, deny_label, -1);
  for (GtkWidget *b = approve; b; b = b == approve ? deny : NULL)
    {
      gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (b), "request", g_strdup (id), g_free);
      g_object_set_data (G_OBJECT (b), "duration", duration);
    }
  g_signal_connect (approve, "clicked", G_CALLBACK (approve_clicked_cb), self);
  g_signal_connect (deny, "clicked", G_CALLBACK (deny_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), duration);
  gtk_box_append (GTK_BOX (box), approve);
  gtk_box_append (GTK_BOX (box), deny);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static void
access_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ZtPoliciesPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonObject *o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  JsonArray *incoming = o && json_object_has_member (o, "incoming") ? json_object_get_array_member (o, "incoming") : NULL;
  guint shown = 0;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  for (guint i = 0; i < self->request_rows->len; i++)
    adw_preferences_group_remove (self->requests_group, g_ptr_array_index (self->request_rows, i));
  g_ptr_array_set_size (self->request_rows, 0);
  if (o == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Requests cannot be read. %s"),
                                               error ? zt_error_client_sentence (error)
                                                     : _("The agent's answer is not a list."));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_requests_row), text);
      /* the agent's own words, for whoever looks closer */
      gtk_widget_set_tooltip_text (self->no_requests_row, error ? error->message : NULL);
      gtk_widget_set_visible (self->no_requests_row, TRUE);
      return;
    }
  for (guint i = 0; incoming && i < json_array_get_length (incoming); i++)
    {
      JsonObject *r = json_array_get_object_element (incoming, i);
      GtkWidget *row;

      if (r == NULL || g_strcmp0 (json_object_get_string_member_with_default (r, "status", "pending"), "pending") != 0)
        continue;
      row = request_row_new (self, r);
      zt_a11y_fix_mnemonic_names (row);
      adw_preferences_group_add (self->requests_group, row);
      g_ptr_array_add (self->request_rows, row);
      shown++;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_requests_row),
                               _("When a member asks for access to a service here, the request shows here."));
  gtk_widget_set_tooltip_text (self->no_requests_row, NULL);
  gtk_widget_set_visible (self->no_requests_row, shown == 0);
}

void
zt_policies_page_refresh (ZtPoliciesPage *self)
{
  g_return_if_fail (ZT_IS_POLICIES_PAGE (self));
  if (self->client == NULL)
    return;
  zt_client_call_async (self->client, "GET", "/policy", NULL, self->cancellable, policy_cb, self);
  zt_client_call_async (self->client, "GET", "/access?status=pending", NULL, self->cancellable, access_cb, self);
}

static void
policy_event_cb (ZtPoliciesPage *self)
{
  zt_client_call_async (self->client, "GET", "/policy", NULL, self->cancellable, policy_cb, self);
}

static void
access_event_cb (ZtPoliciesPage *self)
{
  zt_client_call_async (self->client, "GET", "/access?status=pending", NULL, self->cancellable, access_cb, self);
}

void
zt_policies_page_set_client (ZtPoliciesPage *self,
                             ZtClient       *client)
{
  g_return_if_fail (ZT_IS_POLICIES_PAGE (self));
  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_set_object (&self->client, client);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add), client != NULL);
  if (client == NULL)
    {
      adw_status_page_set_description (self->error_page, _("The app is not connected to an agent."));
      show_error_detail (self, NULL);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  g_signal_connect_object (client, "event::policy", G_CALLBACK (policy_event_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (client, "event::access", G_CALLBACK (access_event_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  zt_policies_page_refresh (self);
}

static void
zt_policies_page_dispose (GObject *object)
{
  ZtPoliciesPage *self = ZT_POLICIES_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_clear_object (&self->client);
  g_clear_pointer (&self->groups, json_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_POLICIES_PAGE);
  G_OBJECT_CLASS (zt_policies_page_parent_class)->dispose (object);
}

static void
zt_policies_page_finalize (GObject *object)
{
  ZtPoliciesPage *self = ZT_POLICIES_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->service_groups, g_ptr_array_unref);
  g_clear_pointer (&self->request_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (zt_policies_page_parent_class)->finalize (object);
}

static void
zt_policies_page_class_init (ZtPoliciesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_policies_page_dispose;
  object_class->finalize = zt_policies_page_finalize;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-policies-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, error_box);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, retry);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, page);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, requests_group);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, grants_group);
  gtk_widget_class_bind_template_child (widget_class, ZtPoliciesPage, add);
}

static void
zt_policies_page_init (ZtPoliciesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->service_groups = g_ptr_array_new ();
  self->request_rows = g_ptr_array_new ();
  self->no_requests_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_requests_row), _("No requests waiting"));
  adw_preferences_group_add (self->requests_group, self->no_requests_row);
  self->no_grants_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_grants_row), _("No grants yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->no_grants_row),
                               _("Nobody in the mesh may call a tool of this computer's services."));
  adw_preferences_group_add (self->grants_group, self->no_grants_row);
  g_signal_connect_swapped (self->add, "clicked", G_CALLBACK (zt_policies_page_add_grant), self);
  g_signal_connect_swapped (self->retry, "clicked", G_CALLBACK (zt_policies_page_refresh), self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add), FALSE);
}

GtkWidget *
zt_policies_page_new (void)
{
  return g_object_new (ZT_TYPE_POLICIES_PAGE, NULL);
}
