/* zt-services-page.c: the MCP servers this agent serves to local apps */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-services-page.h"
#include "zt-a11y.h"
#include "zt-clients-group.h"
#include "zt-edit-service-dialog.h"
#include "zt-error-dialog.h"
#include "zt-grant-dialog.h"
#include "zt-markdown-view.h"
#include "zt-tools-dialog.h"

#define LOG_LINES_SHOWN 8

/* Rows are updated in place: a burst of state events must not rebuild widgets, close an
 * open row, or refetch tools. */
typedef struct {
  ZtServicesPage *page;
  char           *name;
  gboolean        imported;
  AdwExpanderRow *expander;
  GtkSwitch      *enabled;
  AdwActionRow   *command_row;
  AdwActionRow   *url_row;
  AdwActionRow   *export_row;
  GtkSwitch      *export_switch;
  AdwActionRow   *tools_row;
  GtkWidget      *request_button;   /* imported services this computer may not use yet */
  GtkLabel       *log_label;
  GQueue          log;
  gboolean        updating;
  gboolean        tools_loaded;
  gboolean        log_loaded;
} ServiceRow;

struct _ZtServicesPage {
  GtkWidget            parent_instance;

  ZtClient            *client;
  GHashTable          *rows;   /* name -> ServiceRow */

  GtkStack            *stack;
  AdwPreferencesGroup *local_group;
  AdwPreferencesGroup *imported_group;
  ZtClientsGroup      *clients_group;
  GtkWidget           *local_placeholder;
};

G_DEFINE_FINAL_TYPE (ZtServicesPage, zt_services_page, GTK_TYPE_WIDGET)

enum { TOAST, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
toast (ZtServicesPage *self,
       const char     *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

/* A failed call to the agent: said in plain words, the agent's own behind Details. */
static void
report (ZtServicesPage *self,
        const char     *heading,
        const GError   *error)
{
  zt_error_dialog_present_client_error (GTK_WIDGET (self), heading, error);
}

static void
service_row_free (ServiceRow *sr)
{
  AdwPreferencesGroup *group = sr->imported ? sr->page->imported_group : sr->page->local_group;

  if (gtk_widget_get_parent (GTK_WIDGET (sr->expander)) != NULL)
    adw_preferences_group_remove (group, GTK_WIDGET (sr->expander));
  g_object_unref (sr->expander);
  g_queue_clear_full (&sr->log, g_free);
  g_free (sr->name);
  g_free (sr);
}

static char *
service_path (const char *name,
              const char *suffix)
{
  g_autofree char *escaped = g_uri_escape_string (name, NULL, TRUE);
  return g_strconcat ("/services/", escaped, suffix, NULL);
}

/* Client configuration -------------------------------------------------------------------- */

char *
zt_client_config_text (ZtClientConfigKind  kind,
                       const char         *service,
                       const char         *url,
                       const char         *token)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autofree char *auth = g_strdup_printf ("Bearer %s", token);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, kind == ZT_CLIENT_CONFIG_VSCODE ? "servers" : "mcpServers");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, service);
  json_builder_begin_object (b);
  if (kind == ZT_CLIENT_CONFIG_CLAUDE)
    {
      /* Claude Desktop's file takes stdio servers: the CLI bridges to the agent, with
       * this client's own token */
      json_builder_set_member_name (b, "command");
      json_builder_add_string_value (b, "zt4mcp");
      json_builder_set_member_name (b, "args");
      json_builder_begin_array (b);
      json_builder_add_string_value (b, "connect");
      json_builder_add_string_value (b, service);
      json_builder_end_array (b);
      json_builder_set_member_name (b, "env");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "ZT4MCP_TOKEN");
      json_builder_add_string_value (b, token);
      json_builder_end_object (b);
    }
  else
    {
      if (kind == ZT_CLIENT_CONFIG_VSCODE)
        {
          json_builder_set_member_name (b, "type");
          json_builder_add_string_value (b, "http");
        }
      json_builder_set_member_name (b, "url");
      json_builder_add_string_value (b, url);
      json_builder_set_member_name (b, "headers");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "Authorization");
      json_builder_add_string_value (b, auth);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  return json_generator_to_data (gen, NULL);
}

typedef struct {
  ZtServicesPage     *page;
  char               *service;
  ZtClientConfigKind  kind;
} ConfigRequest;

static void
config_client_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ConfigRequest *req = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  static const char *where[] = { N_("paste it into .vscode/mcp.json"),
                                 N_("paste it into claude_desktop_config.json"),
                                 N_("paste it into ~/.cursor/mcp.json") };

  if (answer == NULL)
    report (req->page, _("Nothing Was Copied"), error);
  else
    {
      const char *token = json_object_get_string_member_with_default (json_node_get_object (answer), "token", "");
      g_autofree char *url = zt_client_get_service_url (ZT_CLIENT (source), req->service);
      g_autofree char *config = zt_client_config_text (req->kind, req->service, url, token);
      g_autofree char *text = g_strdup_printf (_("Configuration copied: %s"), _(where[req->kind]));

      gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (req->page)), config);
      toast (req->page, text);
    }
  g_object_unref (req->page);
  g_free (req->service);
  g_free (req);
}

static void
copy_config_cb (GtkButton  *button,
                ServiceRow *sr)
{
  static const char *prefix[] = { "vscode", "claude", "cursor" };
  ConfigRequest *req = g_new0 (ConfigRequest, 1);
  g_autofree char *suffix = g_strdup_printf ("%08x", g_random_int ());
  g_autofree char *client_name = NULL;
  g_autoptr(JsonNode) body = NULL;

  req->page = g_object_ref (sr->page);
  req->service = g_strdup (sr->name);
  req->kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind"));
  /* each pasted configuration gets its own token, revocable on its own */
  client_name = g_strdup_printf ("%s-%.40s-%s", prefix[req->kind], sr->name, suffix);
  body = zt_json_object_node ("name", client_name, NULL);
  /* limited to this service: revoked with it, and useless against the others */
  {
    JsonArray *services = json_array_new ();

    json_array_add_string_element (services, sr->name);
    json_object_set_array_member (json_node_get_object (body), "services", services);
  }
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER)));
  zt_client_call_async (sr->page->client, "POST", "/clients", body, NULL, config_client_cb, req);
}

/* Actions ------------------------------------------------------------------------------- */

static void
patch_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZtServicesPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer == NULL)
    report (self, _("The Change Was Not Made"), error);
  zt_client_refresh (self->client);
}

static void
patch_service (ServiceRow *sr,
               JsonNode   *body)
{
  g_autofree char *path = service_path (sr->name, NULL);
  zt_client_call_async (sr->page->client, "PATCH", path, body, NULL, patch_done_cb, g_object_ref (sr->page));
}

static gboolean
enabled_state_set_cb (GtkSwitch  *sw,
                      gboolean    state,
                      ServiceRow *sr)
{
  g_autoptr(JsonNode) body = NULL;

  if (sr->updating)
    return FALSE;
  body = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (body, json_object_new ());
  json_object_set_boolean_member (json_node_get_object (body), "enabled", state);
  patch_service (sr, body);
  return FALSE;
}

static void
export_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ServiceRow       *sr)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  GPtrArray *checks = g_object_get_data (G_OBJECT (dialog), "checks");
  g_auto(GStrv) who = NULL;
  g_autoptr(JsonNode) body = NULL;
  JsonArray *a;

  if (g_strcmp0 (response, "export") != 0)
    {
      zt_client_refresh (sr->page->client);   /* puts the switch back */
      return;
    }
  body = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (body, json_object_new ());
  a = json_array_new ();
  for (guint i = 0; checks && i < checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, i)))
      json_array_add_string_element (a, g_object_get_data (g_ptr_array_index (checks, i), "subject"));
  who = g_strsplit_set (gtk_editable_get_text (entry), ", ", -1);
  for (guint i = 0; who[i]; i++)
    if (who[i][0] != '\0')
      json_array_add_string_element (a, who[i]);
  json_object_set_array_member (json_node_get_object (body), "export_to", a);
  patch_service (sr, body);
}

/* One member to pick: @subject is what the agent stores (user:NAME, endpoint:NAME). */
static void
add_member_check (GtkWidget  *box,
                  GPtrArray  *checks,
                  GHashTable *seen,
                  const char *subject,
                  const char *label)
{
  GtkWidget *check;

  if (!g_hash_table_add (seen, g_strdup (subject)))
    return;
  check = gtk_check_button_new_with_label (label);
  gtk_widget_set_name (check, "share-member");
  g_object_set_data_full (G_OBJECT (check), "subject", g_strdup (subject), g_free);
  gtk_box_append (GTK_BOX (box), check);
  g_ptr_array_add (checks, check);
}

/* The mesh's members the agent knows of (from the hub), each a check box: a person (all of
 * their computers) or one computer. Names it does not know yet can still be typed. */
static GtkWidget *
member_picker (ZtServicesPage *self,
               GPtrArray      *checks,
               GtkWidget     **entry)
{
  JsonObject *mesh = zt_client_get_mesh (self->client);
  JsonArray *peers = mesh && json_object_has_member (mesh, "peers") ? json_object_get_array_member (mesh, "peers") : NULL;
  const char *me = mesh ? json_object_get_string_member_with_default (mesh, "endpoint", "") : "";
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; peers && i < json_array_get_length (peers); i++)
      {
        JsonObject *p = json_array_get_object_element (peers, i);
        const char *endpoint = p ? json_object_get_string_member_with_default (p, "endpoint", "") : "";
        const char *user = p ? json_object_get_string_member_with_default (p, "user", "") : "";
        g_autofree char *subject = NULL, *text = NULL;

        if (endpoint[0] == '\0' || strcmp (endpoint, me) == 0)
          continue;
        if (pass == 0 && user[0] != '\0')
          {
            subject = g_strconcat ("user:", user, NULL);
            text = g_strdup_printf (_("%s (all of their computers)"), user);
          }
        else if (pass == 1)
          {
            subject = g_strconcat ("endpoint:", endpoint, NULL);
            text = user[0] ? g_strdup_printf (_("Only the computer %s (%s’s)"), endpoint, user)
                           : g_strdup_printf (_("Only the computer %s"), endpoint);
          }
        if (subject != NULL)
          add_member_check (box, checks, seen, subject, text);
      }
  if (checks->len == 0)
    {
      label = gtk_label_new (_("No other members are known yet."));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  *entry = gtk_entry_new ();
  gtk_widget_set_name (*entry, "share-others");
  gtk_entry_set_placeholder_text (GTK_ENTRY (*entry), _("e.g. carol, endpoint:dave-laptop"));
  gtk_entry_set_activates_default (GTK_ENTRY (*entry), TRUE);
  label = gtk_label_new_with_mnemonic (_("_Others, by name (separated by commas)"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), *entry);
  gtk_widget_set_margin_top (label, 8);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (*entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), *entry);
  return box;
}

static gboolean
export_state_set_cb (GtkSwitch  *sw,
                     gboolean    state,
                     ServiceRow *sr)
{
  GtkWidget *dialog, *entry = NULL, *picker;
  GPtrArray *checks;
  g_autoptr(JsonNode) body = NULL;
  g_autofree char *heading = NULL;

  if (sr->updating)
    return FALSE;
  if (!state)
    {
      body = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (body, json_object_new ());
      json_object_set_array_member (json_node_get_object (body), "export_to", json_array_new ());
      patch_service (sr, body);
      return FALSE;
    }
  heading = g_strdup_printf (_("Share “%s” with the Mesh"), sr->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (sr->page))), heading,
                                   _("Pick who may use it; everyone else is refused."));
  checks = g_ptr_array_new ();
  picker = member_picker (sr->page, checks, &entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), picker);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "export", _("_Share"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "checks", checks, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), sr);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

static void
restart_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZtServicesPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  if (answer != NULL)
    toast (self, _("Restarted: apps reconnect on their next call"));
  else
    report (self, _("The Server Was Not Restarted"), error);
}

static void
restart_cb (GtkButton  *button,
            ServiceRow *sr)
{
  g_autofree char *path = service_path (sr->name, "/restart");
  zt_client_call_async (sr->page->client, "POST", path, NULL, NULL, restart_done_cb, g_object_ref (sr->page));
}

static void
edit_saved_cb (ZtEditServiceDialog *dialog,
               ZtServicesPage      *self)
{
  toast (self, _("Saved, and the server restarted"));
}

static void
edit_cb (GtkButton  *button,
         ServiceRow *sr)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (sr->page)));
  GtkWidget *dialog = zt_edit_service_dialog_new (parent, sr->page->client, sr->name);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (edit_saved_cb), sr->page, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ZtServicesPage   *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "service");
  g_autofree char *path = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  path = service_path (name, NULL);
  zt_client_call_async (self->client, "DELETE", path, NULL, NULL, patch_done_cb, g_object_ref (self));
}

static void
remove_cb (GtkButton  *button,
           ServiceRow *sr)
{
  g_autofree char *heading = g_strdup_printf (_("Remove “%s”?"), sr->name);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (sr->page))), heading,
                                              _("Apps using it lose access, and peers it is shared with too."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "service", g_strdup (sr->name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response_cb), sr->page, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_url_cb (GtkButton  *button,
             ServiceRow *sr)
{
  g_autofree char *url = zt_client_get_service_url (sr->page->client, sr->name);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), url);
  toast (sr->page, _("Address copied"));
}

/* Request access to an imported service (the exporter's owner decides) ---------------------- */

static void
request_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZtServicesPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  if (answer == NULL)
    report (self, _("The Request Was Not Sent"), error);
  else
    toast (self, _("Access requested: its owner decides, and the tools appear here once approved"));
}

static void
request_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ZtServicesPage   *self)
{
  GtkEditable *tools = g_object_get_data (G_OBJECT (dialog), "tools");
  GtkEditable *reason = g_object_get_data (G_OBJECT (dialog), "reason");
  GtkDropDown *duration = g_object_get_data (G_OBJECT (dialog), "duration");
  const char *service = g_object_get_data (G_OBJECT (dialog), "service");
  g_auto(GStrv) globs = NULL;
  g_autoptr(JsonNode) body = NULL;
  JsonObject *o;
  JsonArray *a;
  guint d;

  if (g_strcmp0 (response, "request") != 0 || self->client == NULL)
    return;
  globs = g_strsplit_set (gtk_editable_get_text (tools), ", ", -1);
  a = json_array_new ();
  for (guint i = 0; globs[i]; i++)
    if (globs[i][0] != '\0')
      json_array_add_string_element (a, globs[i]);
  if (json_array_get_length (a) == 0)
    json_array_add_string_element (a, "*");
  d = gtk_drop_down_get_selected (duration);
  body = zt_json_object_node ("service", service,
                              "for", zt_duration_choices[d < ZT_N_DURATION_CHOICES ? d : 1].value,
                              "reason", gtk_editable_get_text (reason), NULL);
  o = json_node_get_object (body);
  json_object_set_array_member (o, "tools", a);
  zt_client_call_async (self->client, "POST", "/access", body, NULL, request_done_cb, g_object_ref (self));
}

static GtkWidget *
labelled (GtkWidget  *box,
          const char *label,
          GtkWidget  *field)
{
  GtkWidget *l = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (l), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), field);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY, l, NULL, -1);
  gtk_box_append (GTK_BOX (box), l);
  gtk_box_append (GTK_BOX (box), field);
  return field;
}

static void
request_access_cb (GtkButton  *button,
                   ServiceRow *sr)
{
  JsonObject *s = zt_client_find_service (sr->page->client, sr->name);
  const char *peer = s ? json_object_get_string_member_with_default (s, "peer", "") : "";
  g_autofree char *heading = g_strdup_printf (_("Request Access to “%s”"), sr->name);
  g_autofree char *body = g_strdup_printf (_("The owner of %s decides. Ask only for the tools you need, for as long as "
                                             "you need them."), peer);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (sr->page))), heading, body);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *tools = gtk_entry_new ();
  GtkWidget *reason = gtk_entry_new ();
  const char *labels[ZT_N_DURATION_CHOICES + 1] = { NULL };
  GtkWidget *duration;

  for (guint i = 0; i < ZT_N_DURATION_CHOICES; i++)
    labels[i] = _(zt_duration_choices[i].label);
  duration = gtk_drop_down_new_from_strings (labels);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (duration), 1);
  zt_a11y_name_drop_down (GTK_DROP_DOWN (duration), _("For how long"));
  gtk_widget_set_name (tools, "request-tools");
  gtk_widget_set_name (duration, "request-for");
  gtk_widget_set_name (reason, "request-reason");
  gtk_editable_set_text (GTK_EDITABLE (tools), "*");
  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("e.g. to summarise the Q3 reports"));
  gtk_entry_set_activates_default (GTK_ENTRY (reason), TRUE);
  labelled (box, _("_Tools (names or patterns, separated by commas)"), tools);
  labelled (box, _("_For"), duration);
  labelled (box, _("_Why"), reason);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "request", _("_Request"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "request", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "request");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "tools", tools);
  g_object_set_data (G_OBJECT (dialog), "reason", reason);
  g_object_set_data (G_OBJECT (dialog), "duration", duration);
  g_object_set_data_full (G_OBJECT (dialog), "service", g_strdup (sr->name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (request_response_cb), sr->page, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Tools and log, fetched when a row is opened ---------------------------------------------- */

typedef struct {
  ZtServicesPage *page;
  char           *name;
} RowRef;

static RowRef *
row_ref_new (ServiceRow *sr)
{
  RowRef *ref = g_new0 (RowRef, 1);
  ref->page = g_object_ref (sr->page);
  ref->name = g_strdup (sr->name);
  return ref;
}

static void
row_ref_free (RowRef *ref)
{
  g_object_unref (ref->page);
  g_free (ref->name);
  g_free (ref);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RowRef, row_ref_free)

static void
tools_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RowRef) ref = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) tools = zt_client_list_tools_finish (ZT_CLIENT (source), result, &error);
  ServiceRow *sr = g_hash_table_lookup (ref->page->rows, ref->name);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) tip = g_string_new (NULL);
  g_autofree char *subtitle = NULL;
  guint n;

  if (sr == NULL)
    return;
  if (tools == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not list tools: %s"), error->message);

      g_strdelimit (text, "`", '\'');   /* the agent's words are for a terminal too */
      sr->tools_loaded = FALSE;
      adw_action_row_set_subtitle (sr->tools_row, text);
      if (sr->request_button)
        gtk_widget_set_visible (sr->request_button, TRUE);
      return;
    }
  n = json_array_get_length (tools);
  /* the exporter lists only what some grant lets this computer use: nothing means denied */
  if (sr->request_button)
    gtk_widget_set_visible (sr->request_button, n == 0);
  if (n == 0 && sr->imported)
    {
      adw_action_row_set_subtitle (sr->tools_row, _("No tools you may use: its owner has not granted you any. "
                                                    "Ask with Request Access…"));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      JsonObject *t = json_array_get_object_element (tools, i);
      const char *name = t ? json_object_get_string_member_with_default (t, "name", "?") : "?";
      const char *desc = t ? json_object_get_string_member_with_default (t, "description", "") : "";

      if (i < 12)
        g_string_append_printf (names, "%s%s", i ? ", " : "", name);
      g_string_append_printf (tip, "%s%s: %s", i ? "\n" : "", name, desc);
    }
  if (n > 12)
    g_string_append (names, ", …");
  subtitle = n == 0 ? g_strdup (_("No tools"))
                    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tool: %s", "%u tools: %s", n), n, names->str);
  adw_action_row_set_subtitle (sr->tools_row, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (sr->tools_row), tip->len > 2000 ? NULL : tip->str);
}

static void
show_log (ServiceRow *sr)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *shown = NULL;

  for (GList *l = sr->log.head; l; l = l->next)
    g_string_append_printf (text, "%s%s", text->len ? "\n" : "", (char *) l->data);
  shown = zt_markdown_sanitize (text->str, text->len);   /* a server's stderr */
  gtk_label_set_text (sr->log_label, text->len ? shown : _("Nothing logged yet"));
}

static void
append_log (ServiceRow *sr,
            gint64      time,
            const char *line)
{
  g_autoptr(GDateTime) dt = time > 0 ? g_date_time_new_from_unix_local (time / G_USEC_PER_SEC) : NULL;
  g_autofree char *stamp = dt ? g_date_time_format (dt, "%H:%M:%S") : NULL;

  g_queue_push_tail (&sr->log, g_strdup_printf ("%s %s", stamp ? stamp : "", line));
  while (g_queue_get_length (&sr->log) > LOG_LINES_SHOWN)
    g_free (g_queue_pop_head (&sr->log));
}

static void
log_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RowRef) ref = user_data;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, NULL);
  ServiceRow *sr = g_hash_table_lookup (ref->page->rows, ref->name);
  JsonArray *lines;

  if (sr == NULL || answer == NULL)
    return;
  lines = json_object_get_array_member (json_node_get_object (answer), "lines");
  g_queue_clear_full (&sr->log, g_free);
  for (guint i = 0; lines && i < json_array_get_length (lines); i++)
    {
      JsonObject *l = json_array_get_object_element (lines, i);
      if (l)
        append_log (sr, json_object_get_int_member_with_default (l, "time", 0),
                    json_object_get_string_member_with_default (l, "text", ""));
    }
  show_log (sr);
}

static void
load_details (ServiceRow *sr)
{
  JsonObject *s = zt_client_find_service (sr->page->client, sr->name);

  if (!sr->log_loaded)
    {
      g_autofree char *path = service_path (sr->name, "/log");
      sr->log_loaded = TRUE;
      zt_client_call_async (sr->page->client, "GET", path, NULL, NULL, log_done_cb, row_ref_new (sr));
    }
  if (!sr->tools_loaded && s && json_object_get_boolean_member_with_default (s, "enabled", TRUE))
    {
      sr->tools_loaded = TRUE;
      adw_action_row_set_subtitle (sr->tools_row, _("Asking the server…"));
      zt_client_list_tools_async (sr->page->client, sr->name, NULL, tools_done_cb, row_ref_new (sr));
    }
}

static void
expanded_cb (AdwExpanderRow *expander,
             GParamSpec     *pspec,
             ServiceRow     *sr)
{
  if (adw_expander_row_get_expanded (expander))
    load_details (sr);
}

static void
log_line_cb (ZtClient       *client,
             const char     *service,
             gint64          time,
             const char     *line,
             ZtServicesPage *self)
{
  ServiceRow *sr = g_hash_table_lookup (self->rows, service);

  if (sr == NULL || !sr->log_loaded)
    return;
  append_log (sr, time, line);
  show_log (sr);
}

static void
review_tools_cb (GtkButton  *button,
                 ServiceRow *sr)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (sr->page)));

  gtk_window_present (GTK_WINDOW (zt_tools_dialog_new (parent, sr->page->client, sr->name)));
}

/* Rows ------------------------------------------------------------------------------------- */

static GtkWidget *
button_new (const char *label,
            GCallback   callback,
            gpointer    data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  zt_a11y_fix_mnemonic_names (button);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", callback, data);
  return button;
}

static ServiceRow *
service_row_new (ZtServicesPage *self,
                 const char     *name,
                 gboolean        imported)
{
  ServiceRow *sr = g_new0 (ServiceRow, 1);
  GtkWidget *box, *row, *button, *menu, *popover_box, *popover;
  static const char *labels[] = { N_("VS Code (mcp.json)"), N_("Claude Desktop"), N_("Cursor") };

  sr->page = self;
  sr->name = g_strdup (name);
  sr->imported = imported;
  g_queue_init (&sr->log);

  sr->expander = ADW_EXPANDER_ROW (g_object_ref_sink (adw_expander_row_new ()));
  /* names, commands, tool names and the agent's words are text: a server or a peer chose them */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (sr->expander), FALSE);
  gtk_widget_set_name (GTK_WIDGET (sr->expander), "service");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sr->expander), name);
  g_signal_connect (sr->expander, "notify::expanded", G_CALLBACK (expanded_cb), sr);

  sr->enabled = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_name (GTK_WIDGET (sr->enabled), "service-enabled");
  gtk_widget_set_valign (GTK_WIDGET (sr->enabled), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (sr->enabled), _("Start or stop this server"));
  /* each switch says whose it is: a list of "Running" switches tells a screen reader nothing */
  {
    g_autofree char *label = g_strdup_printf (_("Run %s"), name);
    gtk_accessible_update_property (GTK_ACCESSIBLE (sr->enabled), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_signal_connect (sr->enabled, "state-set", G_CALLBACK (enabled_state_set_cb), sr);
  adw_expander_row_add_action (sr->expander, GTK_WIDGET (sr->enabled));

  sr->command_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (sr->command_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sr->command_row), imported ? _("Shared by") : _("Runs"));
  adw_expander_row_add_row (sr->expander, GTK_WIDGET (sr->command_row));

  sr->url_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (sr->url_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sr->url_row), _("Local address for apps"));
  button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Copy the address"));
  {
    g_autofree char *label = g_strdup_printf (_("Copy the address of %s"), name);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_signal_connect (button, "clicked", G_CALLBACK (copy_url_cb), sr);
  adw_action_row_add_suffix (sr->url_row, button);
  adw_expander_row_add_row (sr->expander, GTK_WIDGET (sr->url_row));

  if (!imported)
    {
      sr->export_row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (sr->export_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sr->export_row), _("Shared with the mesh"));
      sr->export_switch = GTK_SWITCH (gtk_switch_new ());
      gtk_widget_set_name (GTK_WIDGET (sr->export_switch), "service-export");
      gtk_widget_set_valign (GTK_WIDGET (sr->export_switch), GTK_ALIGN_CENTER);
      {
        g_autofree char *label = g_strdup_printf (_("Share %s with the mesh"), name);
        gtk_accessible_update_property (GTK_ACCESSIBLE (sr->export_switch), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
      g_signal_connect (sr->export_switch, "state-set", G_CALLBACK (export_state_set_cb), sr);
      adw_action_row_add_suffix (sr->export_row, GTK_WIDGET (sr->export_switch));
      adw_action_row_set_activatable_widget (sr->export_row, GTK_WIDGET (sr->export_switch));
      adw_expander_row_add_row (sr->expander, GTK_WIDGET (sr->export_row));
    }

  sr->tools_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (sr->tools_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sr->tools_row), _("Tools"));
  button = button_new (_("_Review…"), G_CALLBACK (review_tools_cb), sr);
  gtk_widget_set_name (button, "review-tools");
  gtk_widget_set_tooltip_text (button, _("Scan verdicts, findings and changes waiting for your approval"));
  adw_action_row_add_suffix (sr->tools_row, button);
  adw_expander_row_add_row (sr->expander, GTK_WIDGET (sr->tools_row));

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Recent log"));
  sr->log_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (sr->log_label, 0);
  gtk_label_set_wrap (sr->log_label, TRUE);
  gtk_label_set_wrap_mode (sr->log_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (sr->log_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (sr->log_label), "monospace");
  gtk_widget_add_css_class (GTK_WIDGET (sr->log_label), "caption");
  gtk_widget_set_margin_bottom (GTK_WIDGET (sr->log_label), 8);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), row);
  gtk_widget_set_margin_start (GTK_WIDGET (sr->log_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (sr->log_label), 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (sr->log_label));
  adw_expander_row_add_row (sr->expander, box);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *item = gtk_button_new_with_label (_(labels[i]));
      gtk_widget_add_css_class (item, "flat");
      g_object_set_data (G_OBJECT (item), "kind", GINT_TO_POINTER (i));
      g_signal_connect (item, "clicked", G_CALLBACK (copy_config_cb), sr);
      gtk_box_append (GTK_BOX (popover_box), item);
    }
  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), popover_box);
  menu = gtk_menu_button_new ();
  gtk_widget_set_name (menu, "copy-config");
  gtk_menu_button_set_label (GTK_MENU_BUTTON (menu), _("Copy Client Config"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (menu), popover);
  gtk_widget_set_tooltip_text (menu, _("Configuration for an app, with its own access token"));
  /* GTK 4.8 names a menu button "GtkMenuButton" otherwise */
  {
    g_autofree char *label = g_strdup_printf (_("Copy a client configuration for %s"), name);
    gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    for (GtkWidget *child = gtk_widget_get_first_child (menu); child; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  gtk_box_append (GTK_BOX (box), menu);
  if (!imported)
    {
      button = button_new (_("_Edit…"), G_CALLBACK (edit_cb), sr);
      gtk_widget_set_name (button, "edit-service");
      gtk_widget_set_tooltip_text (button, _("Change its command, working folder, environment or address"));
      gtk_box_append (GTK_BOX (box), button);
      gtk_box_append (GTK_BOX (box), button_new (_("_Restart"), G_CALLBACK (restart_cb), sr));
    }
  else
    {
      sr->request_button = button_new (_("Request _Access…"), G_CALLBACK (request_access_cb), sr);
      gtk_widget_set_name (sr->request_button, "request-access");
      gtk_widget_add_css_class (sr->request_button, "suggested-action");
      gtk_widget_set_tooltip_text (sr->request_button, _("Ask the owner for the tools you need"));
      gtk_widget_set_visible (sr->request_button, FALSE);
      gtk_box_append (GTK_BOX (box), sr->request_button);
    }
  button = button_new (_("Re_move"), G_CALLBACK (remove_cb), sr);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_box_append (GTK_BOX (box), button);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), box);
  adw_expander_row_add_row (sr->expander, row);

  adw_preferences_group_add (imported ? self->imported_group : self->local_group, GTK_WIDGET (sr->expander));
  return sr;
}

static const char *
state_text (const char *state)
{
  if (g_strcmp0 (state, "running") == 0)
    return _("running");
  if (g_strcmp0 (state, "idle") == 0)
    return _("ready");
  if (g_strcmp0 (state, "stopped") == 0)
    return _("stopped");
  if (g_strcmp0 (state, "failing") == 0)
    return _("failing");
  if (g_strcmp0 (state, "offline") == 0)
    return _("peer offline");
  return state ? state : _("ready");
}

/* Setting an unchanged text still queues a relayout of the whole page: skip it. */
static void
set_subtitle (GtkWidget  *row,
              const char *text)
{
  if (ADW_IS_EXPANDER_ROW (row))
    {
      if (g_strcmp0 (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), text) != 0)
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), text);
    }
  else if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), text) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
}

static void
set_switch (GtkSwitch *sw,
            gboolean   on)
{
  if (gtk_switch_get_active (sw) != on)
    gtk_switch_set_active (sw, on);
  if (gtk_switch_get_state (sw) != on)
    gtk_switch_set_state (sw, on);
}

static gboolean
peer_online (ZtServicesPage *self,
             const char     *endpoint)
{
  JsonObject *mesh = zt_client_get_mesh (self->client);
  JsonArray *peers = mesh && json_object_has_member (mesh, "peers") ? json_object_get_array_member (mesh, "peers") : NULL;

  for (guint i = 0; endpoint && peers && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);

      if (p && g_strcmp0 (json_object_get_string_member_with_default (p, "endpoint", NULL), endpoint) == 0)
        return json_object_get_boolean_member_with_default (p, "online", FALSE);
    }
  return FALSE;
}

static void
update_row (ServiceRow *sr,
            JsonObject *s)
{
  const char *kind = json_object_get_string_member_with_default (s, "kind", "");
  const char *state = json_object_get_string_member_with_default (s, "state", NULL);
  const char *last_error = json_object_get_string_member_with_default (s, "last_error", NULL);
  gint64 sessions = json_object_get_int_member_with_default (s, "sessions", 0);
  gboolean enabled = json_object_get_boolean_member_with_default (s, "enabled", TRUE);
  JsonArray *to = json_object_has_member (s, "export_to") ? json_object_get_array_member (s, "export_to") : NULL;
  g_autofree char *url = zt_client_get_service_url (sr->page->client, sr->name);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autoptr(GString) runs = g_string_new (NULL);

  sr->updating = TRUE;
  /* an import whose peer is offline (or a mesh this computer left) stays listed, dimmed: it
   * works again when the peer is back */
  if (sr->imported && !peer_online (sr->page, json_object_get_string_member_with_default (s, "peer", NULL)))
    {
      state = "offline";
      if (!gtk_widget_has_css_class (GTK_WIDGET (sr->expander), "dim-label"))
        gtk_widget_add_css_class (GTK_WIDGET (sr->expander), "dim-label");
    }
  else if (gtk_widget_has_css_class (GTK_WIDGET (sr->expander), "dim-label"))
    gtk_widget_remove_css_class (GTK_WIDGET (sr->expander), "dim-label");
  g_string_append_printf (subtitle, "%s · %s", kind, state_text (state));
  if (sessions > 0)
    g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, " · %d session", " · %d sessions", sessions),
                            (int) sessions);
  if (g_strcmp0 (state, "failing") == 0 && last_error)
    {
      g_string_append_printf (subtitle, ": %s", last_error);
      g_strdelimit (subtitle->str, "`", '\'');
    }
  set_subtitle (GTK_WIDGET (sr->expander), subtitle->str);
  set_switch (sr->enabled, enabled);

  if (json_object_has_member (s, "command") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (s, "command")))
    {
      JsonArray *argv = json_object_get_array_member (s, "command");
      for (guint i = 0; i < json_array_get_length (argv); i++)
        {
          g_autofree char *quoted = g_shell_quote (json_array_get_string_element (argv, i));
          g_string_append_printf (runs, "%s%s", i ? " " : "", quoted);
        }
    }
  else if (sr->imported)
    g_string_append_printf (runs, _("%s (as “%s”)"), json_object_get_string_member_with_default (s, "peer", ""),
                            json_object_get_string_member_with_default (s, "remote", ""));
  else
    g_string_append (runs, json_object_get_string_member_with_default (s, "url", ""));
  set_subtitle (GTK_WIDGET (sr->command_row), runs->str);
  set_subtitle (GTK_WIDGET (sr->url_row), url);

  if (sr->export_row)
    {
      guint n = to ? json_array_get_length (to) : 0;
      g_autoptr(GString) who = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        g_string_append_printf (who, "%s%s", i ? ", " : "", json_array_get_string_element (to, i));
      set_subtitle (GTK_WIDGET (sr->export_row), n ? who->str : _("Private to this computer"));
      set_switch (sr->export_switch, n > 0);
    }
  sr->updating = FALSE;
}

static void
services_changed_cb (ZtServicesPage *self)
{
  JsonArray *a = self->client ? zt_client_get_services (self->client) : NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  ServiceRow *sr;
  const char *name;

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *s = json_array_get_object_element (a, i);
      gboolean imported;

      name = s ? json_object_get_string_member_with_default (s, "name", NULL) : NULL;
      if (name == NULL)
        continue;
      imported = g_strcmp0 (json_object_get_string_member_with_default (s, "kind", ""), "mesh") == 0;
      sr = g_hash_table_lookup (self->rows, name);
      if (sr != NULL && sr->imported != imported)
        {
          g_hash_table_remove (self->rows, name);
          sr = NULL;
        }
      if (sr == NULL)
        {
          sr = service_row_new (self, name, imported);
          g_hash_table_insert (self->rows, sr->name, sr);
        }
      g_hash_table_add (seen, sr->name);
      update_row (sr, s);
    }
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &sr))
    if (!g_hash_table_contains (seen, name))
      g_hash_table_iter_remove (&iter);

  /* a token for every service outlives the last one: it stays listed, to be revoked */
  gtk_stack_set_visible_child_name (self->stack,
                                    g_hash_table_size (self->rows) || zt_clients_group_get_n_clients (self->clients_group)
                                      ? "list" : "empty");
  {
    gboolean any_imported = FALSE, any_local = FALSE;
    g_hash_table_iter_init (&iter, self->rows);
    while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &sr))
      {
        any_imported |= sr->imported;
        any_local |= !sr->imported;
      }
    gtk_widget_set_visible (GTK_WIDGET (self->imported_group), any_imported);
    gtk_widget_set_visible (self->local_placeholder, !any_local);
  }
}

void
zt_services_page_set_client (ZtServicesPage *self,
                             ZtClient       *client)
{
  g_return_if_fail (ZT_IS_SERVICES_PAGE (self));
  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_hash_table_remove_all (self->rows);
  g_set_object (&self->client, client);
  if (client)
    {
      g_signal_connect_object (client, "services-changed", G_CALLBACK (services_changed_cb), self, G_CONNECT_SWAPPED);
      /* a peer going offline or coming back changes how its imports are shown */
      g_signal_connect_object (client, "mesh-changed", G_CALLBACK (services_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (client, "log-line", G_CALLBACK (log_line_cb), self, 0);
    }
  zt_clients_group_set_client (self->clients_group, client);
  services_changed_cb (self);
}

static void
zt_services_page_dispose (GObject *object)
{
  ZtServicesPage *self = ZT_SERVICES_PAGE (object);

  if (self->client)
    g_signal_handlers_disconnect_by_data (self->client, self);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_SERVICES_PAGE);
  /* the template's top widget is not bound to a field, so it is unparented here */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (zt_services_page_parent_class)->dispose (object);
}

static void
zt_services_page_class_init (ZtServicesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_services_page_dispose;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-services-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, ZtServicesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZtServicesPage, local_group);
  gtk_widget_class_bind_template_child (widget_class, ZtServicesPage, imported_group);
  gtk_widget_class_bind_template_child (widget_class, ZtServicesPage, clients_group);
  g_type_ensure (ZT_TYPE_CLIENTS_GROUP);
}

static void
zt_services_page_init (ZtServicesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->local_placeholder = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->local_placeholder), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->local_placeholder), _("None yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->local_placeholder),
                               _("Add an MCP server that runs here to use it from your apps, or to share it with the mesh."));
  adw_preferences_group_add (self->local_group, self->local_placeholder);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) service_row_free);
  g_signal_connect_swapped (self->clients_group, "toast", G_CALLBACK (toast), self);
  g_signal_connect_swapped (self->clients_group, "notify::n-clients", G_CALLBACK (services_changed_cb), self);
  services_changed_cb (self);
}

GtkWidget *
zt_services_page_new (void)
{
  return g_object_new (ZT_TYPE_SERVICES_PAGE, NULL);
}
