/* zt-welcome-page.c: first run: join a mesh or create one on this computer */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-a11y.h"
#include "zt-hub.h"
#include "zt-welcome-page.h"

#define MAX_INVITATION_FILE (64 * 1024)

struct _ZtWelcomePage {
  GtkWidget      parent_instance;

  ZtClient      *client;
  GCancellable  *cancellable;

  GtkStack      *stack;
  GtkWidget     *back_button;
  GtkTextView   *invitation_view;
  AdwEntryRow   *endpoint_row;
  GtkWidget     *join_button;
  GtkSpinner    *join_spinner;
  GtkLabel      *join_status;
  AdwEntryRow   *mesh_name_row;
  AdwEntryRow   *user_row;
  AdwEntryRow   *hub_listen_row;
  GtkWidget     *create_button;
  GtkSpinner    *create_spinner;
  GtkLabel      *create_status;
  GtkLabel      *carry_label;
  guint          carry_timeout;
  GCancellable  *carry_cancellable;
  gboolean       can_leave;      /* opened from the main view: Back on the first step returns there */
};

G_DEFINE_FINAL_TYPE (ZtWelcomePage, zt_welcome_page, GTK_TYPE_WIDGET)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_status (GtkLabel   *label,
            GtkSpinner *spinner,
            const char *text,
            gboolean    busy,
            gboolean    is_error)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_spinner_set_spinning (spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (spinner), busy);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

/* Enter in a form activates its main button: the window's default widget follows the step. */
static void
update_default (ZtWelcomePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *step = gtk_stack_get_visible_child_name (self->stack);

  if (!GTK_IS_WINDOW (root))
    return;
  gtk_window_set_default_widget (GTK_WINDOW (root), g_strcmp0 (step, "join") == 0 ? self->join_button
                                                    : g_strcmp0 (step, "create") == 0 ? self->create_button
                                                    : NULL);
}

static void
show_step (ZtWelcomePage *self,
           const char    *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (self->back_button, strcmp (name, "choose") != 0 || self->can_leave);
  update_default (self);
}

/* The agent's lower-case clause as a sentence: a capital first, a full stop last */
static char *
as_sentence (const char *text)
{
  g_autofree char *message = g_strdup (text);

  if (message[0] != '\0')
    message[0] = g_ascii_toupper (message[0]);
  if (!g_str_has_suffix (message, ".") && !g_str_has_suffix (message, ")"))
    return g_strconcat (message, ".", NULL);
  return g_steal_pointer (&message);
}

char *
zt_welcome_explain_error (const GError *error)
{
  /* the agent's messages already say what went wrong and what to do next */
  if (error->domain == ZT_CLIENT_ERROR && error->code == ZT_CLIENT_ERROR_FINGERPRINT_MISMATCH)
    return g_strdup_printf (_("Stopped for your safety. %s"), error->message);
  if (error->domain == ZT_CLIENT_ERROR && error->code == ZT_CLIENT_ERROR_NETWORK)
    return g_strdup (error->message);
  return as_sentence (error->message);
}

void
zt_welcome_page_set_invitation (ZtWelcomePage *self,
                                const char    *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (ZT_IS_WELCOME_PAGE (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->invitation_view), trimmed, -1);
  show_step (self, "join");
  if (trimmed[0] != '\0' && !g_str_has_prefix (trimmed, ZT_INVITATION_PREFIX))
    set_status (self->join_status, self->join_spinner,
                _("This does not look like an invitation: it should start with “zt4mcp-invite:”."), FALSE, TRUE);
  else
    set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
}

static void
back_clicked_cb (ZtWelcomePage *self)
{
  g_cancellable_cancel (self->cancellable);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "choose") == 0)
    {
      if (self->can_leave)
        g_signal_emit (self, signals[FINISHED], 0, FALSE);
      return;
    }
  show_step (self, "choose");
}

/* Esc and Alt+Left: the header's Back, where there is somewhere to go back to */
static gboolean
back_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  ZtWelcomePage *self = ZT_WELCOME_PAGE (widget);

  if (!gtk_widget_get_visible (self->back_button))
    return FALSE;
  back_clicked_cb (self);
  return TRUE;
}

static void refresh_carry (ZtWelcomePage *self);

static void
join_choice_cb (ZtWelcomePage *self)
{
  show_step (self, "join");
  gtk_widget_grab_focus (GTK_WIDGET (self->invitation_view));
}

static void
create_choice_cb (ZtWelcomePage *self)
{
  show_step (self, "create");
  gtk_widget_grab_focus (GTK_WIDGET (self->mesh_name_row));
  refresh_carry (self);
}

static void
skip_cb (ZtWelcomePage *self)
{
  g_signal_emit (self, signals[FINISHED], 0, FALSE);
}

/* Joining ------------------------------------------------------------------------------ */

static void
join_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  gtk_widget_set_sensitive (self->join_button, TRUE);
  if (answer == NULL)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
      text = zt_welcome_explain_error (error);
      return set_status (self->join_status, self->join_spinner, text, FALSE, TRUE);
    }
  set_status (self->join_status, self->join_spinner, _("Joined."), FALSE, FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->invitation_view), "", -1);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);
}

static JsonNode *
join_body (ZtWelcomePage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->invitation_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  const char *endpoint;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return NULL;
  endpoint = gtk_editable_get_text (GTK_EDITABLE (self->endpoint_row));
  return zt_json_object_node ("invitation", text, "endpoint", endpoint[0] ? endpoint : NULL, NULL);
}

static void
renew_cancellable (ZtWelcomePage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
}

static void
preview_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ZtWelcomePage    *self)
{
  g_autoptr(JsonNode) body = NULL;

  if (self->invitation_view == NULL)   /* the page went while the preview was open */
    return;
  if (g_strcmp0 (response, "join") != 0 || (body = join_body (self)) == NULL)
    return set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
  renew_cancellable (self);
  gtk_widget_set_sensitive (self->join_button, FALSE);
  set_status (self->join_status, self->join_spinner,
              _("Making this computer's key and asking the hub for a certificate…"), TRUE, FALSE);
  zt_client_call_async (self->client, "POST", "/mesh/join", body, self->cancellable, join_done_cb,
                        g_object_ref (self));
}

static GtkWidget *
preview_row (GtkWidget  *list,
             const char *name,
             const char *title,
             const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, name);
  /* the values come from the invitation: checked by the agent, and never read as markup */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static char *
join_strings (JsonArray *a)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);

      if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", json_node_get_string (e));
    }
  return g_strdup (s->str);
}

static char *
format_time (gint64 t)
{
  g_autoptr(GDateTime) dt = t > 0 ? g_date_time_new_from_unix_local (t) : NULL;

  return dt ? g_date_time_format (dt, "%x %X") : g_strdup ("?");
}

/* The agent's answer to a dry run: what will be joined, shown before it is. */
static void
show_preview (ZtWelcomePage *self,
              JsonObject    *p)
{
  const char *mesh = json_object_get_string_member_with_default (p, "mesh", "");
  const char *from = json_object_get_string_member_with_default (p, "endpoint_from", "");
  JsonArray *hubs = json_object_has_member (p, "hubs") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (p, "hubs"))
                    ? json_object_get_array_member (p, "hubs") : NULL;
  JsonArray *warnings = json_object_has_member (p, "warnings") &&
                        JSON_NODE_HOLDS_ARRAY (json_object_get_member (p, "warnings"))
                        ? json_object_get_array_member (p, "warnings") : NULL;
  g_autofree char *heading = g_strdup_printf (_("Join the Mesh “%s”?"), mesh);
  g_autofree char *hub_text = join_strings (hubs);
  g_autofree char *expires = format_time (json_object_get_int_member_with_default (p, "expires", 0));
  g_autofree char *endpoint = NULL;
  GtkWidget *dialog, *box, *list;
  guint n_warnings = warnings ? json_array_get_length (warnings) : 0;

  endpoint = g_strdup_printf (g_strcmp0 (from, "invitation") == 0 ? _("%s (named in the invitation)")
                              : g_strcmp0 (from, "host") == 0 ? _("%s (this computer's host name)")
                              : _("%s (as you typed it)"),
                              json_object_get_string_member_with_default (p, "endpoint", ""));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                   _("Check these with the person who invited you. Joining makes this "
                                     "computer's key and asks the hub for a certificate."));
  gtk_widget_set_name (dialog, "join-preview");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  preview_row (list, "preview-mesh", _("Mesh"), mesh);
  preview_row (list, "preview-hub", hubs && json_array_get_length (hubs) > 1 ? _("Hub addresses") : _("Hub address"),
               hub_text);
  preview_row (list, "preview-user", _("You join as user"), json_object_get_string_member_with_default (p, "user", ""));
  preview_row (list, "preview-endpoint", _("This computer's name"), endpoint);
  preview_row (list, "preview-expires", _("Invitation expires"), expires);
  gtk_box_append (GTK_BOX (box), list);
  for (guint i = 0; i < n_warnings; i++)
    {
      JsonNode *w = json_array_get_element (warnings, i);
      const char *text = JSON_NODE_HOLDS_OBJECT (w)
                         ? json_object_get_string_member_with_default (json_node_get_object (w), "message", NULL) : NULL;
      g_autofree char *shown = NULL;
      GtkWidget *label;

      if (text == NULL)
        continue;
      shown = as_sentence (text);
      label = gtk_label_new (shown);
      gtk_widget_set_name (label, "preview-warning");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "warning");
      gtk_box_append (GTK_BOX (box), label);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "join", _("_Join"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "join", ADW_RESPONSE_SUGGESTED);
  /* a warning asks for a second look: Enter then cancels */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), n_warnings ? "cancel" : "join");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  zt_a11y_fix_mnemonic_names (dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (preview_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preview_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  gtk_widget_set_sensitive (self->join_button, TRUE);
  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    {
      g_autofree char *text = NULL;

      if (answer == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
      text = answer == NULL ? zt_welcome_explain_error (error) : g_strdup (_("The agent's answer was not understood."));
      return set_status (self->join_status, self->join_spinner, text, FALSE, TRUE);
    }
  set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
  show_preview (self, json_node_get_object (answer));
}

static void
join_clicked_cb (ZtWelcomePage *self)
{
  g_autoptr(JsonNode) body = join_body (self);

  if (body == NULL)
    return set_status (self->join_status, self->join_spinner,
                       _("Paste the invitation first, or open the file it came in."), FALSE, TRUE);
  renew_cancellable (self);
  gtk_widget_set_sensitive (self->join_button, FALSE);
  set_status (self->join_status, self->join_spinner, _("Reading the invitation…"), TRUE, FALSE);
  zt_client_call_async (self->client, "POST", "/mesh/join?dry_run=1", body, self->cancellable, preview_done_cb,
                        g_object_ref (self));
}

/* Enter in the invitation (one line of text) joins; Shift+Enter is still a new line */
static gboolean
invitation_key_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   ZtWelcomePage         *self)
{
  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter) ||
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (gtk_widget_is_sensitive (self->join_button))
    join_clicked_cb (self);
  return TRUE;
}

/* An invitation is one long word: wrapped anywhere, never with a hyphen added */
static void
invitation_changed_cb (GtkTextBuffer *buffer,
                       ZtWelcomePage *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_apply_tag_by_name (buffer, "no-hyphens", &start, &end);
}

static void
paste_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (text != NULL)
    zt_welcome_page_set_invitation (self, text);
}

static void
paste_cb (ZtWelcomePage *self)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL, paste_done_cb,
                                 g_object_ref (self));
}

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &len, NULL, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Cannot read the file: %s"), error->message);
      show_step (self, "join");
      return set_status (self->join_status, self->join_spinner, text, FALSE, TRUE);
    }
  if (len > MAX_INVITATION_FILE || !g_utf8_validate (contents, len, NULL))
    {
      show_step (self, "join");
      return set_status (self->join_status, self->join_spinner,
                         _("This file is not an invitation: invitations are one short line of text."), FALSE, TRUE);
    }
  zt_welcome_page_set_invitation (self, contents);
}

static void
load_invitation_file (ZtWelcomePage *self,
                      GFile         *file)
{
  g_file_load_contents_async (file, NULL, file_loaded_cb, g_object_ref (self));
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (file)
        load_invitation_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_file_cb (ZtWelcomePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Invitation"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
G_GNUC_END_IGNORE_DEPRECATIONS

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  ZtWelcomePage *self = user_data;

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    load_invitation_file (self, g_value_get_object (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    zt_welcome_page_set_invitation (self, g_value_get_string (value));
  else
    return FALSE;
  return TRUE;
}

/* Creating ----------------------------------------------------------------------------- */

static void
create_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  gtk_widget_set_sensitive (self->create_button, TRUE);
  if (answer == NULL)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return set_status (self->create_status, self->create_spinner, NULL, FALSE, FALSE);
      text = zt_welcome_explain_error (error);
      return set_status (self->create_status, self->create_spinner, text, FALSE, TRUE);
    }
  set_status (self->create_status, self->create_spinner, _("Mesh created."), FALSE, FALSE);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);
}

static void
carry_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonObject *o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (o == NULL)
    text = error ? zt_welcome_explain_error (error) : g_strdup ("");
  else
    {
      JsonNode *a = json_object_get_member (o, "public_addresses");
      g_autofree char *addresses = join_strings (a && JSON_NODE_HOLDS_ARRAY (a) ? json_node_get_array (a) : NULL);

      text = g_strdup_printf (json_object_get_boolean_member_with_default (o, "loopback_only", FALSE)
                              ? _("Invitations will carry %s: this address works only on this computer, so "
                                  "only this computer can join.")
                              : _("Invitations will carry %s."), addresses);
    }
  gtk_label_set_text (self->carry_label, text);
}

static gboolean
carry_timeout_cb (gpointer user_data)
{
  ZtWelcomePage *self = user_data;
  const char *listen = gtk_editable_get_text (GTK_EDITABLE (self->hub_listen_row));
  g_autoptr(JsonNode) body = zt_json_object_node ("listen", listen[0] ? listen : NULL, NULL);

  self->carry_timeout = 0;
  g_cancellable_cancel (self->carry_cancellable);
  g_clear_object (&self->carry_cancellable);
  if (self->client == NULL)
    return G_SOURCE_REMOVE;
  self->carry_cancellable = g_cancellable_new ();
  zt_client_call_async (self->client, "POST", "/mesh/create?dry_run=1", body, self->carry_cancellable,
                        carry_done_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* The addresses invitations will carry, as the agent works them out, 300 ms after typing */
static void
refresh_carry (ZtWelcomePage *self)
{
  g_clear_handle_id (&self->carry_timeout, g_source_remove);
  /* the preference filling the field at start-up asks nothing: the form asks when shown */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "create") != 0)
    return;
  self->carry_timeout = g_timeout_add (300, carry_timeout_cb, self);
}

static void
create_clicked_cb (ZtWelcomePage *self)
{
  const char *mesh = gtk_editable_get_text (GTK_EDITABLE (self->mesh_name_row));
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  const char *listen = gtk_editable_get_text (GTK_EDITABLE (self->hub_listen_row));
  g_autoptr(JsonNode) body = NULL;

  if (user[0] == '\0' || mesh[0] == '\0')
    return set_status (self->create_status, self->create_spinner,
                       _("Give the mesh a name and yourself a user name."), FALSE, TRUE);
  body = zt_json_object_node ("mesh", mesh, "user", user, "listen", listen[0] ? listen : NULL, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (self->create_button, FALSE);
  set_status (self->create_status, self->create_spinner,
              _("Making the mesh's certificate authority and starting the hub…"), TRUE, FALSE);
  zt_client_call_async (self->client, "POST", "/mesh/create", body, self->cancellable, create_done_cb,
                        g_object_ref (self));
}

/* ---------------------------------------------------------------------------------------- */

void
zt_welcome_page_set_client (ZtWelcomePage *self,
                            ZtClient      *client)
{
  g_return_if_fail (ZT_IS_WELCOME_PAGE (self));
  g_set_object (&self->client, client);
}

void
zt_welcome_page_set_hub_listen (ZtWelcomePage *self,
                                const char    *listen)
{
  gtk_editable_set_text (GTK_EDITABLE (self->hub_listen_row), listen ? listen : "");
}

void
zt_welcome_page_set_can_leave (ZtWelcomePage *self,
                               gboolean       can_leave)
{
  g_return_if_fail (ZT_IS_WELCOME_PAGE (self));
  self->can_leave = can_leave;
  show_step (self, gtk_stack_get_visible_child_name (self->stack));
}

void
zt_welcome_page_reset (ZtWelcomePage *self)
{
  g_cancellable_cancel (self->cancellable);
  set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
  set_status (self->create_status, self->create_spinner, NULL, FALSE, FALSE);
  show_step (self, "choose");
}

static void
zt_welcome_page_dispose (GObject *object)
{
  ZtWelcomePage *self = ZT_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->carry_cancellable);
  g_clear_object (&self->carry_cancellable);
  g_clear_handle_id (&self->carry_timeout, g_source_remove);
  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_WELCOME_PAGE);
  /* the template's top widget is not bound to a field, so it is unparented here */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (zt_welcome_page_parent_class)->dispose (object);
}

static void
zt_welcome_page_class_init (ZtWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_welcome_page_dispose;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-welcome-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, invitation_view);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, endpoint_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, join_button);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, join_spinner);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, join_status);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, mesh_name_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, user_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, hub_listen_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, create_button);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, create_spinner);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, create_status);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, carry_label);
  gtk_widget_class_bind_template_callback (widget_class, refresh_carry);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, back_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, back_shortcut_cb, NULL);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, join_choice_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_choice_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_cb);
  gtk_widget_class_bind_template_callback (widget_class, join_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, paste_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_file_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
}

static void
zt_welcome_page_init (ZtWelcomePage *self)
{
  GtkDropTarget *drop;
  g_autofree char *mesh = NULL;

  GtkEventController *keys;
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->join_spinner), FALSE);
  buffer = gtk_text_view_get_buffer (self->invitation_view);
  gtk_text_buffer_create_tag (buffer, "no-hyphens", "insert-hyphens", FALSE, NULL);
  g_signal_connect (buffer, "changed", G_CALLBACK (invitation_changed_cb), self);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (invitation_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->invitation_view), keys);
  gtk_widget_set_visible (GTK_WIDGET (self->create_spinner), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->user_row), g_get_user_name ());
  mesh = g_strdup_printf ("%s-mesh", g_get_user_name ());
  gtk_editable_set_text (GTK_EDITABLE (self->mesh_name_row), mesh);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, (GType[2]) { G_TYPE_FILE, G_TYPE_STRING }, 2);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
zt_welcome_page_new (void)
{
  return g_object_new (ZT_TYPE_WELCOME_PAGE, NULL);
}
