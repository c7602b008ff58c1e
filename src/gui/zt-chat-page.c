/* zt-chat-page.c: the chat pane: conversations, model and tools pickers, streamed answers */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>
#include <string.h>

#include "zt-a11y.h"
#include "zt-approval-dialog.h"
#include "zt-chat-http.h"
#include "zt-chat-items.h"
#include "zt-chat-page.h"
#include "zt-chat-row.h"
#include "zt-util.h"
#include "zt-error.h"
#include "zt-error-dialog.h"
#include "zt-markdown-view.h"
#include "zt-tls.h"
#include "zt-jsonrpc.h"

#define MODELS_LIMIT (1024 * 1024)   /* bytes of a models list */
#define TEST_SERVICE "test"           /* the service name of ZT4MCP_CHAT_BASE_URL's models */

struct _ZtChatPage {
  GtkWidget            parent_instance;

  ZtClient            *client;
  ZtChatEngine        *engine;
  SoupSession         *http;
  GCancellable        *models_cancellable;
  char                *llm_key;         /* the llm services the models were asked from */

  GListStore          *conversations;   /* ZtChatConv */
  GtkSingleSelection  *conv_selection;
  GListStore          *messages;        /* ZtChatItem */
  GtkStringList       *models;
  char               **services;        /* picked for tools */
  gint64               conversation;
  gboolean             syncing;         /* a change we make, not the user's */
  gboolean             pinned;          /* the message view follows the end */
  GHashTable          *dialogs;         /* "conv/call" -> open approval dialog */

  GtkSearchEntry      *search_entry;
  GtkStack            *conv_stack;
  GtkListView         *conv_list;
  GtkDropDown         *model_picker;
  GtkMenuButton       *tools_button;
  GtkBox              *tools_box;
  GtkLabel            *status_label;
  GtkStack            *content_stack;
  GtkScrolledWindow   *messages_scroller;
  GtkListBox          *message_list;
  GtkTextView         *input;
  GtkStack            *send_stack;
};

G_DEFINE_FINAL_TYPE (ZtChatPage, zt_chat_page, GTK_TYPE_WIDGET)

static void show_conversation (ZtChatPage *self, gint64 id);

/* Helpers ---------------------------------------------------------------------------------- */

static ZtChatItem *
last_item (ZtChatPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->messages));

  return n ? g_list_model_get_item (G_LIST_MODEL (self->messages), n - 1) : NULL;
}

static ZtChatItem *
find_call (ZtChatPage *self,
           const char *call_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->messages));

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(ZtChatItem) item = g_list_model_get_item (G_LIST_MODEL (self->messages), i - 1);

      if (zt_chat_item_get_kind (item) == ZT_CHAT_ITEM_TOOL && g_strcmp0 (zt_chat_item_get_call_id (item), call_id) == 0)
        return g_steal_pointer (&item);
    }
  return NULL;
}

static void
add_item (ZtChatPage *self,
          ZtChatItem *item)
{
  g_list_store_append (self->messages, item);
  g_object_unref (item);
}

static const char *
selected_model (ZtChatPage *self)
{
  guint i = gtk_drop_down_get_selected (self->model_picker);

  return i == GTK_INVALID_LIST_POSITION ? NULL : gtk_string_list_get_string (self->models, i);
}

/* A short line under the composer; @detail (may be NULL), the raw cause, as its tooltip */
static void
set_status_detail (ZtChatPage *self,
                   const char *text,
                   const char *detail)
{
  g_autofree char *clean = zt_markdown_sanitize (text ? text : "", -1);
  g_autofree char *clean_detail = detail ? zt_markdown_sanitize (detail, -1) : NULL;

  gtk_label_set_text (self->status_label, clean);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), clean_detail);
}

static void
set_status (ZtChatPage *self,
            const char *text)
{
  set_status_detail (self, text, NULL);
}

/* The chat store (chat.db) failed: said in plain words, SQLite's behind Details */
static void
report_store (ZtChatPage   *self,
              const char   *heading,
              const GError *error)
{
  zt_error_dialog_present_error (GTK_WIDGET (self), heading,
                                 _("The chat history could not be read or written. The disk may be full, or the "
                                   "file chat.db in the agent's home damaged."), error);
}

static void
update_content (ZtChatPage *self)
{
  const char *page;

  if (self->conversation != 0 || g_list_model_get_n_items (G_LIST_MODEL (self->messages)) > 0)
    page = "messages";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->models)) == 0)
    page = "empty";
  else
    page = "start";
  gtk_stack_set_visible_child_name (self->content_stack, page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chat.send", self->engine != NULL && selected_model (self) != NULL);
}

static void
update_running (ZtChatPage *self)
{
  gboolean running = self->engine && self->conversation &&
                     zt_chat_engine_is_running (self->engine, self->conversation);

  gtk_stack_set_visible_child_name (self->send_stack, running ? "stop" : "send");
}

/* The model picker ------------------------------------------------------------------------- */

static void
select_model (ZtChatPage *self,
              const char *model)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->models));

  if (model == NULL || model[0] == '\0')
    return;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->models, i), model) == 0)
      {
        gtk_drop_down_set_selected (self->model_picker, i);
        return;
      }
  /* a conversation's model that no service offers now: shown as it is, so nothing is hidden */
  gtk_string_list_append (self->models, model);
  gtk_drop_down_set_selected (self->model_picker, n);
}

static void
model_selected_cb (ZtChatPage *self)
{
  const char *model = selected_model (self);
  g_autoptr(GError) error = NULL;

  update_content (self);
  if (self->syncing || self->conversation == 0 || model == NULL || self->engine == NULL)
    return;
  if (!zt_chat_store_set_model (zt_chat_engine_get_store (self->engine), self->conversation, model, &error))
    report_store (self, _("The Chat's Model Was Not Changed"), error);
}

typedef struct {
  ZtChatPage *self;
  char       *service;
} ModelsAsk;

static void
models_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  ModelsAsk *ask = data;
  g_autoptr(GError) error = NULL;
  guint status = 0;
  g_autoptr(JsonNode) node = zt_chat_http_json_finish (result, &status, &error);
  ZtChatPage *self = ask->self;
  JsonArray *models = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;
  if (node && status == 200 && JSON_NODE_HOLDS_OBJECT (node) &&
      json_object_has_member (json_node_get_object (node), "data") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (node), "data")))
    models = json_object_get_array_member (json_node_get_object (node), "data");
  if (models == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The models of %s cannot be listed now."), ask->service);
      g_autofree char *detail = error ? g_strdup (error->message)
                                      : g_strdup_printf (_("HTTP %u, not a list of models"), status);

      set_status_detail (self, text, detail);
    }
  self->syncing = TRUE;
  for (guint i = 0; models && i < json_array_get_length (models); i++)
    {
      JsonNode *m = json_array_get_element (models, i);
      const char *id = JSON_NODE_HOLDS_OBJECT (m) ? json_object_get_string_member_with_default (json_node_get_object (m), "id", NULL) : NULL;
      g_autofree char *name = NULL;

      /* an endpoint's word: plain text of sane length, or not offered at all */
      if (id == NULL || id[0] == '\0' || strlen (id) > 200 || !zt_text_is_plain (id))
        continue;
      name = g_strdup_printf ("%s/%s", ask->service, id);
      select_model (self, name);   /* appends it once */
    }
  /* the open conversation's model, or the first one */
  if (self->conversation != 0)
    {
      g_autoptr(ZtChatConversation) c = zt_chat_store_get_conversation (zt_chat_engine_get_store (self->engine),
                                                                        self->conversation, NULL);
      if (c)
        select_model (self, c->model);
    }
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->models)) > 0)
    gtk_drop_down_set_selected (self->model_picker, 0);
  self->syncing = FALSE;
  update_content (self);
out:
  g_object_unref (ask->self);
  g_free (ask->service);
  g_free (ask);
}

static void
ask_models (ZtChatPage *self,
            const char *service,
            const char *url,
            const char *token)
{
  ModelsAsk *ask = g_new0 (ModelsAsk, 1);

  ask->self = g_object_ref (self);
  ask->service = g_strdup (service);
  zt_chat_http_json_async (self->http, "GET", url, token, NULL, MODELS_LIMIT, self->models_cancellable,
                           models_cb, ask);
}

/* Each llm service's models (GET AGENT/llm/NAME/v1/models with the agent's token), asked
 * again when the set of llm services changes. */
static void
refresh_models (ZtChatPage *self)
{
  JsonArray *services = self->client ? zt_client_get_services (self->client) : NULL;
  g_autofree char *base_url = NULL, *agent_url = NULL;
  const char *agent_token = self->client ? zt_client_get_token (self->client) : NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (self->engine == NULL)
    return;
  g_object_get (self->engine, "base-url", &base_url, "agent-url", &agent_url, NULL);
  for (guint i = 0; services && i < json_array_get_length (services); i++)
    {
      JsonObject *s = json_array_get_object_element (services, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (s, "api", "mcp"), "llm") == 0)
        {
          const char *name = json_object_get_string_member_with_default (s, "name", "");
          g_ptr_array_add (names, (gpointer) name);
          g_string_append_printf (key, "%s\n", name);
        }
    }
  if (base_url != NULL)
    g_string_append_printf (key, "base %s", base_url);
  if (self->llm_key != NULL && strcmp (self->llm_key, key->str) == 0)
    return;
  g_free (self->llm_key);
  self->llm_key = g_strdup (key->str);

  g_cancellable_cancel (self->models_cancellable);
  g_clear_object (&self->models_cancellable);
  self->models_cancellable = g_cancellable_new ();
  self->syncing = TRUE;
  gtk_string_list_splice (self->models, 0, g_list_model_get_n_items (G_LIST_MODEL (self->models)), NULL);
  self->syncing = FALSE;

  if (base_url != NULL)
    {
      g_autofree char *url = g_strconcat (base_url, "/models", NULL);
      ask_models (self, TEST_SERVICE, url, NULL);
    }
  for (guint i = 0; agent_url && i < names->len; i++)
    {
      g_autofree char *escaped = g_uri_escape_string (names->pdata[i], NULL, FALSE);
      g_autofree char *url = g_strdup_printf ("%s/llm/%s/v1/models", agent_url, escaped);
      ask_models (self, names->pdata[i], url, agent_token);
    }
  update_content (self);
}

/* The tools picker ------------------------------------------------------------------------- */

static void
update_tools_tooltip (ZtChatPage *self)
{
  g_autofree char *joined = g_strjoinv (", ", self->services);
  g_autofree char *text = self->services[0] ? g_strdup_printf (_("Tools from %s"), joined)
                                            : g_strdup (_("No tools offered to the model"));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->tools_button), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tools_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

static void
tool_toggled_cb (ZtChatPage *self)
{
  g_autoptr(GStrvBuilder) picked = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;

  if (self->syncing)
    return;
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->tools_box)); c; c = gtk_widget_get_next_sibling (c))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
      g_strv_builder_add (picked, g_object_get_data (G_OBJECT (c), "service"));
  g_strfreev (self->services);
  self->services = g_strv_builder_end (picked);
  update_tools_tooltip (self);
  if (self->conversation != 0 && self->engine != NULL &&
      !zt_chat_store_set_services (zt_chat_engine_get_store (self->engine), self->conversation,
                                   (const char * const *) self->services, &error))
    report_store (self, _("The Chat's Tools Were Not Changed"), error);
}

static void
rebuild_tools (ZtChatPage *self)
{
  JsonArray *services = self->client ? zt_client_get_services (self->client) : NULL;
  GtkWidget *child;
  guint shown = 0;

  self->syncing = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tools_box))) != NULL)
    gtk_box_remove (self->tools_box, child);
  for (guint i = 0; services && i < json_array_get_length (services); i++)
    {
      JsonObject *s = json_array_get_object_element (services, i);
      const char *name = json_object_get_string_member_with_default (s, "name", "");
      GtkWidget *check;

      if (g_strcmp0 (json_object_get_string_member_with_default (s, "api", "mcp"), "llm") == 0 || !name[0])
        continue;
      check = gtk_check_button_new_with_label (name);
      gtk_widget_set_name (check, "chat-tool-service");
      g_object_set_data_full (G_OBJECT (check), "service", g_strdup (name), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strv_contains ((const char * const *) self->services, name));
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (tool_toggled_cb), self);
      gtk_box_append (self->tools_box, check);
      shown++;
    }
  if (shown == 0)
    {
      GtkWidget *none = gtk_label_new (_("No MCP services yet"));
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->tools_box, none);
    }
  self->syncing = FALSE;
  update_tools_tooltip (self);
}

static void
services_changed_cb (ZtChatPage *self)
{
  refresh_models (self);
  rebuild_tools (self);
}

/* The conversation list -------------------------------------------------------------------- */

static void
refresh_conversations (ZtChatPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  ZtChatStore *store;
  guint selected = GTK_INVALID_LIST_POSITION;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->engine == NULL)
    return;
  store = zt_chat_engine_get_store (self->engine);
  found = text[0] ? zt_chat_store_search (store, text, ZT_CHAT_MAX_PAGE, &error)
                  : zt_chat_store_list_conversations (store, 0, ZT_CHAT_MAX_PAGE, &error);
  if (found == NULL)
    {
      /* this runs as a search is typed: a line, not a dialog per key */
      set_status_detail (self, _("The chats cannot be listed."), error->message);
      return;
    }
  for (guint i = 0; i < found->len; i++)
    {
      ZtChatConversation *c = found->pdata[i];

      g_ptr_array_add (items, zt_chat_conv_new (c->id, c->title, c->snippet));
      if (c->id == self->conversation)
        selected = i;
    }
  self->syncing = TRUE;
  g_list_store_splice (self->conversations, 0, g_list_model_get_n_items (G_LIST_MODEL (self->conversations)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->conv_selection, selected);
  self->syncing = FALSE;
  gtk_label_set_text (GTK_LABEL (gtk_stack_get_child_by_name (self->conv_stack, "none")),
                      text[0] ? _("No chat matches") : _("No conversations yet"));
  gtk_stack_set_visible_child_name (self->conv_stack, items->len ? "list" : "none");
}

static void
search_changed_cb (ZtChatPage *self)
{
  refresh_conversations (self);
}

static void
conv_selected_cb (ZtChatPage *self)
{
  ZtChatConv *conv = gtk_single_selection_get_selected_item (self->conv_selection);

  if (self->syncing || conv == NULL)
    return;
  show_conversation (self, zt_chat_conv_get_id (conv));
}

static void
conv_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "caption");
  gtk_widget_add_css_class (snippet, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (list_item, box);
}

static void
conv_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  ZtChatConv *conv = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *snippet = gtk_widget_get_next_sibling (title);
  const char *t = zt_chat_conv_get_title (conv);
  g_autofree char *clean_title = zt_markdown_sanitize (t && t[0] ? t : _("Untitled"), -1);
  g_autofree char *clean_snippet = zt_markdown_sanitize (zt_chat_conv_get_snippet (conv) ? zt_chat_conv_get_snippet (conv) : "", -1);

  gtk_label_set_text (GTK_LABEL (title), clean_title);
  gtk_label_set_text (GTK_LABEL (snippet), clean_snippet);
  gtk_widget_set_visible (snippet, clean_snippet[0] != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, clean_title, -1);
}

/* The message view ------------------------------------------------------------------------- */

/* The messages are a GtkListBox bound to the model, not a GtkListView: in GTK 4.8 a list
 * view estimates the heights of rows it has not drawn, and a chat's few tall rows put the
 * estimate far off (two 80-line rows: 6 290 px estimated for about 2 500), so the adjustment
 * cannot say where the end is and the view pinned "to the end" showed the first row. A
 * list box measures every row: the end is the end. */
static GtkWidget *
message_row_cb (gpointer item,
                gpointer data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *child = zt_chat_row_new ();

  zt_chat_row_set_item (ZT_CHAT_ROW (child), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

/* Pinned to the end while the user has not scrolled up: the adjustment is moved when the
 * content grows. */
static void
scrolled_cb (GtkAdjustment *adj,
             ZtChatPage    *self)
{
  self->pinned = gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) >= gtk_adjustment_get_upper (adj) - 24;
}

static void
grew_cb (GtkAdjustment *adj,
         GParamSpec    *pspec,
         ZtChatPage    *self)
{
  if (self->pinned)
    gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
}

static const char *
tool_state_of_result (const char *text,
                      gboolean    is_error)
{
  if (!is_error)
    return "allowed";
  if (g_str_has_prefix (text, "error: the user denied"))
    return "denied";
  if (g_str_has_prefix (text, "error: stopped"))
    return "stopped";
  return "failed";
}

static void
split_function (const char  *function,
                char       **service,
                char       **tool)
{
  const char *sep = strstr (function, "__");

  *service = sep ? g_strndup (function, sep - function) : g_strdup ("");
  *tool = g_strdup (sep ? sep + 2 : function);
}

/* A stored conversation as rows: an answer's tool calls become cards, a tool message fills
 * its card's result. */
static void
load_messages (ZtChatPage *self)
{
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_list_store_remove_all (self->messages);
  if (self->conversation == 0)
    return;
  messages = zt_chat_store_get_messages (zt_chat_engine_get_store (self->engine), self->conversation, &error);
  if (messages == NULL)
    {
      report_store (self, _("The Chat Could Not Be Opened"), error);
      return;
    }
  for (guint i = 0; i < messages->len; i++)
    {
      ZtChatMessage *m = messages->pdata[i];
      const char *state = zt_chat_state_to_string (m->state);

      switch (m->role)
        {
        case ZT_CHAT_ROLE_USER:
          g_ptr_array_add (items, zt_chat_item_new (ZT_CHAT_ITEM_USER, m->content, state));
          break;
        case ZT_CHAT_ROLE_ASSISTANT:
          if ((m->content && m->content[0]) || m->tool_calls == NULL)
            g_ptr_array_add (items, zt_chat_item_new (ZT_CHAT_ITEM_ASSISTANT, m->content, state));
          if (m->tool_calls != NULL)
            {
              g_autoptr(JsonNode) root = zt_json_parse_strict (m->tool_calls, strlen (m->tool_calls), NULL, NULL);
              JsonArray *calls = root && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root) : NULL;

              for (guint c = 0; calls != NULL && c < json_array_get_length (calls); c++)
                {
                  JsonObject *call = json_array_get_object_element (calls, c);
                  JsonObject *fn = call && json_object_has_member (call, "function") ? json_object_get_object_member (call, "function") : NULL;
                  g_autofree char *service = NULL, *tool = NULL;

                  if (fn == NULL)
                    continue;
                  split_function (json_object_get_string_member_with_default (fn, "name", ""), &service, &tool);
                  g_ptr_array_add (items, zt_chat_item_new_tool (json_object_get_string_member_with_default (call, "id", ""),
                                                                 service, tool,
                                                                 json_object_get_string_member_with_default (fn, "arguments", "")));
                  zt_chat_item_set_state (items->pdata[items->len - 1], "stopped");
                }
            }
          break;
        case ZT_CHAT_ROLE_TOOL:
          for (guint j = items->len; j > 0; j--)
            {
              ZtChatItem *item = items->pdata[j - 1];

              if (zt_chat_item_get_kind (item) == ZT_CHAT_ITEM_TOOL &&
                  g_strcmp0 (zt_chat_item_get_call_id (item), m->tool_call_id) == 0)
                {
                  const char *text = m->content ? m->content : "";
                  zt_chat_item_set_result (item, text);
                  zt_chat_item_set_state (item, tool_state_of_result (text, g_str_has_prefix (text, "error:")));
                  break;
                }
            }
          break;
        default:
          break;
        }
    }
  g_list_store_splice (self->messages, 0, 0, items->pdata, items->len);
}

static void
show_conversation (ZtChatPage *self,
                   gint64      id)
{
  g_autoptr(ZtChatConversation) c = NULL;
  g_autoptr(GError) error = NULL;

  if (self->engine == NULL)
    return;
  c = zt_chat_store_get_conversation (zt_chat_engine_get_store (self->engine), id, &error);
  if (c == NULL)
    {
      report_store (self, _("The Chat Could Not Be Opened"), error);
      return;
    }
  self->conversation = id;
  self->syncing = TRUE;
  select_model (self, c->model);
  g_strfreev (self->services);
  self->services = g_strdupv (c->services);
  self->syncing = FALSE;
  rebuild_tools (self);
  self->pinned = TRUE;
  load_messages (self);
  set_status (self, "");
  update_running (self);
  update_content (self);
}

/* The engine's signals --------------------------------------------------------------------- */

static void
delta_cb (ZtChatPage *self,
          gint64      conversation,
          const char *text)
{
  g_autoptr(ZtChatItem) last = NULL;

  if (conversation != self->conversation)
    return;
  last = last_item (self);
  if (last && zt_chat_item_get_kind (last) == ZT_CHAT_ITEM_ASSISTANT && g_strcmp0 (zt_chat_item_get_state (last), "streaming") == 0)
    zt_chat_item_append (last, text);
  else
    add_item (self, zt_chat_item_new (ZT_CHAT_ITEM_ASSISTANT, text, "streaming"));
}

static void
tool_call_cb (ZtChatPage *self,
              gint64      conversation,
              const char *call_id,
              const char *service,
              const char *tool,
              const char *arguments)
{
  g_autoptr(ZtChatItem) last = NULL;

  if (conversation != self->conversation)
    return;
  last = last_item (self);
  if (last && zt_chat_item_get_kind (last) == ZT_CHAT_ITEM_ASSISTANT && g_strcmp0 (zt_chat_item_get_state (last), "streaming") == 0)
    zt_chat_item_set_state (last, "complete");
  add_item (self, zt_chat_item_new_tool (call_id, service, tool, arguments));
}

static void
approval_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ZtChatPage       *self)
{
  gint64 conversation = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "conversation"));
  const char *call_id = g_object_get_data (G_OBJECT (dialog), "call-id");
  ZtChatVerdict verdict = zt_approval_dialog_verdict (response);
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", conversation, call_id);

  if (conversation == self->conversation)
    {
      g_autoptr(ZtChatItem) item = find_call (self, call_id);

      if (item)
        zt_chat_item_set_state (item, verdict == ZT_CHAT_VERDICT_DENY ? "denied" : "running");
    }
  g_hash_table_remove (self->dialogs, key);
  if (self->engine)
    zt_chat_engine_answer_approval (self->engine, conversation, call_id, verdict);
}

static void
approval_needed_cb (ZtChatPage *self,
                    gint64      conversation,
                    const char *call_id,
                    const char *service,
                    const char *tool,
                    const char *arguments)
{
  g_autoptr(ZtChatConversation) c = zt_chat_store_get_conversation (zt_chat_engine_get_store (self->engine), conversation, NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (conversation == self->conversation)
    {
      g_autoptr(ZtChatItem) item = find_call (self, call_id);
      if (item)
        zt_chat_item_set_state (item, "asking");
    }
  dialog = zt_approval_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, c ? c->title : "", service, tool, arguments);
  g_object_set_data (G_OBJECT (dialog), "conversation", GSIZE_TO_POINTER ((gsize) conversation));
  g_object_set_data_full (G_OBJECT (dialog), "call-id", g_strdup (call_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (approval_response_cb), self, 0);
  g_hash_table_insert (self->dialogs, g_strdup_printf ("%" G_GINT64_FORMAT "/%s", conversation, call_id), dialog);
  zt_a11y_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tool_result_cb (ZtChatPage *self,
                gint64      conversation,
                const char *call_id,
                const char *text,
                gboolean    is_error)
{
  g_autoptr(ZtChatItem) item = NULL;

  if (conversation != self->conversation || (item = find_call (self, call_id)) == NULL)
    return;
  zt_chat_item_set_result (item, text);
  zt_chat_item_set_state (item, tool_state_of_result (text, is_error));
}

/* A turn ended: its open dialogs go (their calls are answered by the end), the rows left
 * running say how it ended, the list shows the new order and titles. */
static void
turn_ended (ZtChatPage *self,
            gint64      conversation,
            const char *state)
{
  GHashTableIter iter;
  gpointer key, dialog;
  g_autofree char *prefix = g_strdup_printf ("%" G_GINT64_FORMAT "/", conversation);
  g_autoptr(GPtrArray) close = g_ptr_array_new ();

  g_hash_table_iter_init (&iter, self->dialogs);
  while (g_hash_table_iter_next (&iter, &key, &dialog))
    if (g_str_has_prefix (key, prefix))
      {
        g_ptr_array_add (close, dialog);
        g_hash_table_iter_remove (&iter);
      }
  for (guint i = 0; i < close->len; i++)
    gtk_window_destroy (close->pdata[i]);

  if (conversation == self->conversation)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->messages));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(ZtChatItem) item = g_list_model_get_item (G_LIST_MODEL (self->messages), i);
          const char *s = zt_chat_item_get_state (item);

          if (g_strcmp0 (s, "streaming") == 0)
            zt_chat_item_set_state (item, state);
          else if (g_strcmp0 (s, "running") == 0 || g_strcmp0 (s, "asking") == 0)
            zt_chat_item_set_state (item, "stopped");
        }
      update_running (self);
    }
  refresh_conversations (self);
}

static void
turn_finished_cb (ZtChatPage *self,
                  gint64      conversation,
                  gint64      message)
{
  turn_ended (self, conversation, "complete");
}

static void
turn_stopped_cb (ZtChatPage *self,
                 gint64      conversation,
                 gint64      message)
{
  g_autoptr(ZtChatItem) last = conversation == self->conversation ? last_item (self) : NULL;

  /* stopped before a word came: the row says so all the same */
  if (conversation == self->conversation &&
      (last == NULL || zt_chat_item_get_kind (last) != ZT_CHAT_ITEM_ASSISTANT ||
       g_strcmp0 (zt_chat_item_get_state (last), "streaming") != 0))
    add_item (self, zt_chat_item_new (ZT_CHAT_ITEM_ASSISTANT, "", "streaming"));
  turn_ended (self, conversation, "stopped");
}

static void
turn_failed_cb (ZtChatPage *self,
                gint64      conversation,
                const char *message)
{
  if (conversation == self->conversation)
    add_item (self, zt_chat_item_new (ZT_CHAT_ITEM_NOTICE, message, "error"));
  turn_ended (self, conversation, "error");
}

/* Actions ---------------------------------------------------------------------------------- */

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZtChatPage *self = ZT_CHAT_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->input);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  const char *model = selected_model (self);
  g_autoptr(GError) error = NULL;

  if (self->engine == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return;
  if (model == NULL)
    {
      set_status (self, _("Pick a model first"));
      return;
    }
  if (self->conversation != 0 && zt_chat_engine_is_running (self->engine, self->conversation))
    return;
  if (self->conversation == 0)
    {
      g_autofree char *title = g_strndup (text, strcspn (text, "\n"));
      gint64 id = zt_chat_store_create_conversation (zt_chat_engine_get_store (self->engine), title, model, NULL,
                                                     (const char * const *) self->services, &error);
      if (id == 0)
        {
          report_store (self, _("The Message Was Not Sent"), error);
          return;
        }
      self->conversation = id;
      refresh_conversations (self);
    }
  if (!zt_chat_engine_send (self->engine, self->conversation, text, &error))
    {
      zt_error_dialog_present_error (GTK_WIDGET (self), _("The Message Was Not Sent"),
                                     _("The chat could not start this turn; the message is still in the box."),
                                     error);
      return;
    }
  set_status (self, "");
  add_item (self, zt_chat_item_new (ZT_CHAT_ITEM_USER, text, "complete"));
  gtk_text_buffer_set_text (buffer, "", 0);
  self->pinned = TRUE;
  update_running (self);
  update_content (self);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ZtChatPage *self = ZT_CHAT_PAGE (widget);

  if (self->engine && self->conversation)
    zt_chat_engine_stop (self->engine, self->conversation);
}

void
zt_chat_page_new_chat (ZtChatPage *self)
{
  g_return_if_fail (ZT_IS_CHAT_PAGE (self));

  self->conversation = 0;
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->conv_selection, GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;
  g_list_store_remove_all (self->messages);
  update_running (self);
  update_content (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->input));
}

void
zt_chat_page_focus_search (ZtChatPage *self)
{
  g_return_if_fail (ZT_IS_CHAT_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  zt_chat_page_new_chat (ZT_CHAT_PAGE (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  zt_chat_page_focus_search (ZT_CHAT_PAGE (widget));
}

/* Enter sends, Shift+Enter is a new line (the text view's own) */
static gboolean
input_key_cb (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              ZtChatPage            *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "chat.send", NULL);
      return TRUE;
    }
  return FALSE;
}

/* Stored approvals ------------------------------------------------------------------------ */

/* "Always" and "for this chat" answers are stored; this lists them, each with Revoke. */
static void fill_approvals (ZtChatPage *self, GtkListBox *list);

static void
revoke_clicked_cb (GtkButton  *button,
                   ZtChatPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "approval-id"));
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX));
  g_autoptr(GError) error = NULL;

  if (!zt_chat_store_revoke_approval (zt_chat_engine_get_store (self->engine), id, &error) &&
      !g_error_matches (error, ZT_ERROR, ZT_ERROR_NOT_FOUND))
    report_store (self, _("The Approval Was Not Revoked"), error);
  fill_approvals (self, list);
}

static void
fill_approvals (ZtChatPage *self,
                GtkListBox *list)
{
  g_autoptr(GPtrArray) approvals = zt_chat_store_list_approvals (zt_chat_engine_get_store (self->engine), NULL);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  for (guint i = 0; approvals != NULL && i < approvals->len; i++)
    {
      ZtChatApproval *a = approvals->pdata[i];
      g_autofree char *title = g_strdup_printf ("%s · %s", a->service, a->tool);
      g_autofree char *scope = NULL;
      g_autofree char *revoke_label = g_strdup_printf (_("Revoke the approval of %s"), title);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Revoke"));

      if (a->scope == ZT_CHAT_APPROVAL_ALWAYS)
        scope = g_strdup (_("Always, in every chat"));
      else
        {
          g_autoptr(ZtChatConversation) c = zt_chat_store_get_conversation (zt_chat_engine_get_store (self->engine),
                                                                            a->conversation, NULL);
          scope = g_strdup_printf (_("In the chat “%s”"), c && c->title ? c->title : _("(removed)"));
        }
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), scope);
      gtk_widget_set_name (row, "approval-row");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "destructive-action");
      gtk_widget_set_name (button, "approval-revoke");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, revoke_label, -1);
      g_object_set_data (G_OBJECT (button), "approval-id", GSIZE_TO_POINTER ((gsize) a->id));
      g_signal_connect (button, "clicked", G_CALLBACK (revoke_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (list, row);
    }
  if (approvals == NULL || approvals->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No stored approvals: every tool call asks first."));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_widget_set_margin_top (none, 12);
      gtk_widget_set_margin_bottom (none, 12);
      gtk_list_box_append (list, none);
    }
}

GtkWidget *
zt_chat_page_show_approvals (ZtChatPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog, *list, *scroller;

  g_return_val_if_fail (ZT_IS_CHAT_PAGE (self), NULL);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Stored Tool Approvals"),
                                   _("Tool calls these answers cover run without asking. Revoke one and the "
                                     "next call asks again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"), NULL);
  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "approvals-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stored approvals"), -1);
  fill_approvals (self, GTK_LIST_BOX (list));
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
approvals_clicked_cb (GtkButton  *button,
                      ZtChatPage *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  if (self->engine != NULL)
    zt_chat_page_show_approvals (self);
}

/* Set up ----------------------------------------------------------------------------------- */

ZtChatEngine *
zt_chat_page_make_engine (const char  *home,
                          const char  *agent_url,
                          const char  *agent_token,
                          GError     **error)
{
  g_autofree char *path = g_build_filename (home, "chat.db", NULL);
  g_autoptr(ZtChatStore) store = zt_chat_store_open (path, error);
  const char *base_url = g_getenv (ZT_CHAT_BASE_URL_ENV);

  if (store == NULL)
    return NULL;
  if (base_url != NULL && base_url[0] != '\0')
    g_message ("chat: the model server is %s (%s, for tests)", base_url, ZT_CHAT_BASE_URL_ENV);
  return zt_chat_engine_new (store, base_url && base_url[0] ? base_url : NULL, NULL, agent_url, agent_token);
}

void
zt_chat_page_set_engine (ZtChatPage   *self,
                         ZtClient     *client,
                         ZtChatEngine *engine)
{
  g_return_if_fail (ZT_IS_CHAT_PAGE (self));
  g_return_if_fail (self->engine == NULL);

  self->client = client ? g_object_ref (client) : NULL;
  self->engine = g_object_ref (engine);
  g_signal_connect_object (engine, "delta", G_CALLBACK (delta_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "tool-call", G_CALLBACK (tool_call_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "approval-needed", G_CALLBACK (approval_needed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "tool-result", G_CALLBACK (tool_result_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "turn-finished", G_CALLBACK (turn_finished_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "turn-stopped", G_CALLBACK (turn_stopped_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "turn-failed", G_CALLBACK (turn_failed_cb), self, G_CONNECT_SWAPPED);
  if (client)
    g_signal_connect_object (client, "services-changed", G_CALLBACK (services_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->input), TRUE);
  services_changed_cb (self);
  refresh_conversations (self);
  update_content (self);
}

gint64
zt_chat_page_get_conversation (ZtChatPage *self)
{
  g_return_val_if_fail (ZT_IS_CHAT_PAGE (self), 0);
  return self->conversation;
}

GListModel *
zt_chat_page_get_messages (ZtChatPage *self)
{
  g_return_val_if_fail (ZT_IS_CHAT_PAGE (self), NULL);
  return G_LIST_MODEL (self->messages);
}

GListModel *
zt_chat_page_get_conversations (ZtChatPage *self)
{
  g_return_val_if_fail (ZT_IS_CHAT_PAGE (self), NULL);
  return G_LIST_MODEL (self->conversations);
}

GListModel *
zt_chat_page_get_models (ZtChatPage *self)
{
  g_return_val_if_fail (ZT_IS_CHAT_PAGE (self), NULL);
  return G_LIST_MODEL (self->models);
}

static void
close_dialog (gpointer dialog)
{
  gtk_window_destroy (dialog);
}

static void
zt_chat_page_dispose (GObject *object)
{
  ZtChatPage *self = ZT_CHAT_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->models_cancellable);
  g_clear_object (&self->models_cancellable);
  g_clear_pointer (&self->dialogs, g_hash_table_unref);
  if (self->engine)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_clear_object (&self->engine);
  g_clear_object (&self->client);
  g_clear_object (&self->http);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_CHAT_PAGE);
  /* the template's unnamed top-level children (4.8 clears only the bound ones) */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->conv_selection);
  g_clear_object (&self->conversations);
  g_clear_object (&self->messages);
  g_clear_object (&self->models);
  G_OBJECT_CLASS (zt_chat_page_parent_class)->dispose (object);
}

static void
zt_chat_page_finalize (GObject *object)
{
  ZtChatPage *self = ZT_CHAT_PAGE (object);

  g_strfreev (self->services);
  g_free (self->llm_key);
  G_OBJECT_CLASS (zt_chat_page_parent_class)->finalize (object);
}

static void
zt_chat_page_class_init (ZtChatPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_chat_page_dispose;
  object_class->finalize = zt_chat_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-chat-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, conv_stack);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, conv_list);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, model_picker);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, tools_button);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, tools_box);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, messages_scroller);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, message_list);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, input);
  gtk_widget_class_bind_template_child (widget_class, ZtChatPage, send_stack);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "chat.send", NULL, send_action);
  gtk_widget_class_install_action (widget_class, "chat.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "chat.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "chat.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "chat.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "chat.search", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chatpage");
}

static void
zt_chat_page_init (ZtChatPage *self)
{
  GtkListItemFactory *factory;
  GtkEventController *keys;
  GtkAdjustment *vadj;

  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  self->services = g_new0 (char *, 1);
  self->pinned = TRUE;
  self->http = soup_session_new_with_options ("user-agent", "zt4mcp-desktop", "timeout", 30,
                                              "tls-database", zt_tls_system_database (), NULL);
  self->dialogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, close_dialog);

  self->conversations = g_list_store_new (ZT_TYPE_CHAT_CONV);
  self->conv_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->conversations)));
  gtk_single_selection_set_autoselect (self->conv_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->conv_selection, TRUE);
  gtk_single_selection_set_selected (self->conv_selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->conv_selection, "notify::selected", G_CALLBACK (conv_selected_cb), self);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (conv_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (conv_bind_cb), NULL);
  gtk_list_view_set_factory (self->conv_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->conv_list, GTK_SELECTION_MODEL (self->conv_selection));

  {
    /* under the services in the tools popover: the stored answers, to look at and revoke */
    GtkWidget *button = gtk_button_new_with_mnemonic (_("Stored _Approvals…"));

    gtk_widget_set_name (button, "chat-approvals");
    gtk_widget_add_css_class (button, "flat");
    g_signal_connect (button, "clicked", G_CALLBACK (approvals_clicked_cb), self);
    gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->tools_box))), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    gtk_box_append (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->tools_box))), button);
  }

  self->messages = g_list_store_new (ZT_TYPE_CHAT_ITEM);
  gtk_list_box_bind_model (self->message_list, G_LIST_MODEL (self->messages), message_row_cb, NULL, NULL);
  vadj = gtk_scrolled_window_get_vadjustment (self->messages_scroller);
  g_signal_connect_object (vadj, "value-changed", G_CALLBACK (scrolled_cb), self, 0);
  g_signal_connect_object (vadj, "notify::upper", G_CALLBACK (grew_cb), self, 0);

  self->models = gtk_string_list_new (NULL);
  gtk_drop_down_set_model (self->model_picker, G_LIST_MODEL (self->models));
  gtk_drop_down_set_expression (self->model_picker,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_signal_connect_swapped (self->model_picker, "notify::selected", G_CALLBACK (model_selected_cb), self);
  zt_a11y_name_drop_down (self->model_picker, _("Model"));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "chat-keys");
  g_signal_connect (keys, "key-pressed", G_CALLBACK (input_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->input), keys);
  gtk_widget_set_sensitive (GTK_WIDGET (self->input), FALSE);
  rebuild_tools (self);
  update_content (self);
  update_running (self);
}

GtkWidget *
zt_chat_page_new (void)
{
  return g_object_new (ZT_TYPE_CHAT_PAGE, NULL);
}
