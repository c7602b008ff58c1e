/* zt-cli-chat.c: zt4mcp chat: talk to a model with the agent's tools, from the terminal */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-unix.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "zt-agent.h"
#include "zt-chat-engine.h"
#include "zt-chat-http.h"
#include "zt-cli.h"
#include "zt-error.h"
#include "zt-tls.h"

/* A model's key for --base-url comes from the environment, never from the command line
 * (where other users' `ps` would read it). */
#define API_KEY_ENV "ZT4MCP_CHAT_API_KEY"

typedef enum { TURN_RUNNING, TURN_FINISHED, TURN_STOPPED, TURN_FAILED } TurnEnd;

typedef struct {
  ZtChatEngine *engine;
  ZtCliApi     *api;       /* url NULL without an agent */
  GMainLoop    *loop;
  gint64        conversation;
  gboolean      yes;
  gboolean      interactive;
  TurnEnd       end;
  GString      *answer;
  JsonArray    *calls;     /* for --json: what the tools were asked and said */
  char         *error;
  gboolean      at_line_start;
  gboolean      quit_after_turn;  /* standard input ended during a turn */
} Chat;

static char *opt_model, *opt_base_url, *opt_search, *opt_system;
static char **opt_tools;
static gboolean opt_yes, opt_list;
static gint64 opt_conversation, opt_show, opt_revoke;
static gboolean opt_approvals;

static const GOptionEntry entries[] = {
  { "model", 'm', 0, G_OPTION_ARG_STRING, &opt_model, "The model: SERVICE/MODEL of an llm service (default with --base-url: the first it lists)", "SERVICE/MODEL" },
  { "tools", 't', 0, G_OPTION_ARG_STRING_ARRAY, &opt_tools, "Offer the tools of this service (repeat for more)", "SERVICE" },
  { "base-url", 0, 0, G_OPTION_ARG_STRING, &opt_base_url, "Any OpenAI-compatible base URL instead of the agent's /llm/SERVICE/v1 (key from $" API_KEY_ENV ")", "URL" },
  { "system", 0, 0, G_OPTION_ARG_STRING, &opt_system, "A system prompt for a new conversation", "TEXT" },
  { "conversation", 'c', 0, G_OPTION_ARG_INT64, &opt_conversation, "Go on with a stored conversation", "ID" },
  { "yes", 'y', 0, G_OPTION_ARG_NONE, &opt_yes, "Allow every tool call once without asking", NULL },
  { "list", 0, 0, G_OPTION_ARG_NONE, &opt_list, "List the stored conversations", NULL },
  { "search", 0, 0, G_OPTION_ARG_STRING, &opt_search, "Search the stored conversations", "TEXT" },
  { "show", 0, 0, G_OPTION_ARG_INT64, &opt_show, "Print a stored conversation's messages", "ID" },
  { "approvals", 0, 0, G_OPTION_ARG_NONE, &opt_approvals, "List the stored tool approvals", NULL },
  { "revoke", 0, 0, G_OPTION_ARG_INT64, &opt_revoke, "Revoke a stored tool approval", "ID" },
  { NULL }
};

/* ---------------------------------------------------------------- stored conversations */

static ZtChatStore *
open_store (const char *home)
{
  g_autofree char *path = g_build_filename (home, "chat.db", NULL);
  g_autoptr(GError) error = NULL;
  ZtChatStore *store;

  if (g_mkdir_with_parents (home, 0700) != 0)
    die ("chat", "cannot create %s", home);
  if ((store = zt_chat_store_open (path, &error)) == NULL)
    die ("chat", "%s", error->message);
  return store;
}

static JsonNode *
conversations_json (GPtrArray *list)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);
  JsonArray *out = json_array_new ();

  json_node_take_array (node, out);
  for (guint i = 0; i < list->len; i++)
    {
      ZtChatConversation *c = g_ptr_array_index (list, i);
      JsonObject *o = json_object_new ();

      json_object_set_int_member (o, "id", c->id);
      json_object_set_string_member (o, "title", c->title);
      json_object_set_string_member (o, "model", c->model);
      json_object_set_int_member (o, "updated", c->updated);
      if (c->snippet)
        json_object_set_string_member (o, "snippet", c->snippet);
      json_array_add_object_element (out, o);
    }
  return node;
}

static int
list_or_search (ZtChatStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = opt_search ? zt_chat_store_search (store, opt_search, ZT_CHAT_MAX_PAGE, &error)
                                         : zt_chat_store_list_conversations (store, 0, ZT_CHAT_MAX_PAGE, &error);

  if (list == NULL)
    die ("chat", "%s", error->message);
  if (opt_json)
    {
      g_autoptr(JsonNode) node = conversations_json (list);

      print_json (node);
      return 0;
    }
  for (guint i = 0; i < list->len; i++)
    {
      ZtChatConversation *c = g_ptr_array_index (list, i);
      g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (c->updated);
      g_autofree char *when = g_date_time_format (t, "%Y-%m-%d %H:%M");

      g_print ("%-5" G_GINT64_FORMAT " %s  %-24s %s\n", c->id, when, c->model, c->title);
      if (c->snippet)
        g_print ("      %s\n", c->snippet);
    }
  if (list->len == 0)
    g_printerr (opt_search ? "no conversation matches\n" : "no conversations yet\n");
  return 0;
}

static JsonObject *
message_json (const ZtChatMessage *m)
{
  JsonObject *o = json_object_new ();

  json_object_set_int_member (o, "id", m->id);
  json_object_set_int_member (o, "seq", m->seq);
  json_object_set_string_member (o, "role", zt_chat_role_to_string (m->role));
  json_object_set_string_member (o, "state", zt_chat_state_to_string (m->state));
  json_object_set_string_member (o, "content", m->content);
  if (m->tool_calls)
    json_object_set_member (o, "tool_calls", json_from_string (m->tool_calls, NULL));
  if (m->tool_call_id)
    json_object_set_string_member (o, "tool_call_id", m->tool_call_id);
  json_object_set_int_member (o, "tokens_in", m->tokens_in);
  json_object_set_int_member (o, "tokens_out", m->tokens_out);
  return o;
}

static int
show (ZtChatStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtChatConversation) c = zt_chat_store_get_conversation (store, opt_show, &error);
  g_autoptr(GPtrArray) messages = c ? zt_chat_store_get_messages (store, c->id, &error) : NULL;

  if (messages == NULL)
    die ("chat", "%s", error->message);
  if (opt_json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      JsonArray *out = json_array_new ();

      for (guint i = 0; i < messages->len; i++)
        json_array_add_object_element (out, message_json (g_ptr_array_index (messages, i)));
      json_node_take_array (node, out);
      print_json (node);
      return 0;
    }
  g_print ("%s (%s)\n", c->title, c->model);
  for (guint i = 0; i < messages->len; i++)
    {
      ZtChatMessage *m = g_ptr_array_index (messages, i);

      g_print ("\n%s%s%s%s: %s%s\n", zt_chat_role_to_string (m->role),
               m->state != ZT_CHAT_STATE_COMPLETE ? " (" : "",
               m->state != ZT_CHAT_STATE_COMPLETE ? zt_chat_state_to_string (m->state) : "",
               m->state != ZT_CHAT_STATE_COMPLETE ? ")" : "",
               m->content ? m->content : "", m->tool_calls ? m->tool_calls : "");
    }
  return 0;
}

/* --approvals lists what was allowed for a conversation or always; --revoke ID takes one back. */
static int
approvals (ZtChatStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  if (opt_revoke != 0)
    {
      if (!zt_chat_store_revoke_approval (store, opt_revoke, &error))
        die ("chat", "%s (`zt4mcp chat --approvals` lists them)", error->message);
      return 0;
    }
  if ((list = zt_chat_store_list_approvals (store, &error)) == NULL)
    die ("chat", "%s", error->message);
  if (opt_json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);
      JsonArray *out = json_array_new ();

      json_node_take_array (node, out);
      for (guint i = 0; i < list->len; i++)
        {
          ZtChatApproval *a = g_ptr_array_index (list, i);
          JsonObject *o = json_object_new ();

          json_object_set_int_member (o, "id", a->id);
          json_object_set_string_member (o, "scope", a->scope == ZT_CHAT_APPROVAL_ALWAYS ? "always" : "conversation");
          if (a->conversation)
            json_object_set_int_member (o, "conversation", a->conversation);
          json_object_set_string_member (o, "service", a->service);
          json_object_set_string_member (o, "tool", a->tool);
          json_object_set_int_member (o, "created", a->created);
          json_array_add_object_element (out, o);
        }
      print_json (node);
      return 0;
    }
  for (guint i = 0; i < list->len; i++)
    {
      ZtChatApproval *a = g_ptr_array_index (list, i);
      g_autofree char *scope = a->scope == ZT_CHAT_APPROVAL_ALWAYS ? g_strdup ("always")
                             : g_strdup_printf ("conversation %" G_GINT64_FORMAT, a->conversation);

      g_print ("%-5" G_GINT64_FORMAT " %s__%s  %s\n", a->id, a->service, a->tool, scope);
    }
  if (list->len == 0)
    g_printerr ("no tool approvals stored\n");
  return 0;
}

/* ---------------------------------------------------------------- engine signals */

static void
delta_cb (ZtChatEngine *engine,
          gint64        conversation,
          const char   *text,
          Chat         *chat)
{
  g_string_append (chat->answer, text);
  if (opt_json)
    return;
  g_print ("%s", text);
  chat->at_line_start = text[strlen (text) - 1] == '\n';
}

static void
end_line (Chat *chat)
{
  if (!chat->at_line_start && !opt_json)
    g_print ("\n");
  chat->at_line_start = TRUE;
}

static void
tool_call_cb (ZtChatEngine *engine,
              gint64        conversation,
              const char   *call_id,
              const char   *service,
              const char   *tool,
              const char   *arguments,
              Chat         *chat)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "id", call_id);
  json_object_set_string_member (o, "service", service);
  json_object_set_string_member (o, "tool", tool);
  json_object_set_string_member (o, "arguments", arguments);
  json_array_add_object_element (chat->calls, o);
  end_line (chat);
  if (!opt_json)
    g_printerr ("→ %s__%s %s\n", service, tool, arguments);
}

/* The tty's answer: o, c, a or n (anything else, or end of input, is no). */
static ZtChatVerdict
ask_on_tty (const char *service,
            const char *tool,
            const char *arguments)
{
  char line[64] = "";

  g_printerr ("Allow %s__%s %s? [o]nce/[c]onversation/[a]lways/[N]o ", service, tool, arguments);
  if (fgets (line, sizeof line, stdin) == NULL)
    return ZT_CHAT_VERDICT_DENY;
  switch (g_ascii_tolower (line[0]))
    {
    case 'o': return ZT_CHAT_VERDICT_ONCE;
    case 'c': return ZT_CHAT_VERDICT_CONVERSATION;
    case 'a': return ZT_CHAT_VERDICT_ALWAYS;
    default: return ZT_CHAT_VERDICT_DENY;
    }
}

static void
approval_cb (ZtChatEngine *engine,
             gint64        conversation,
             const char   *call_id,
             const char   *service,
             const char   *tool,
             const char   *arguments,
             Chat         *chat)
{
  ZtChatVerdict verdict = ZT_CHAT_VERDICT_DENY;

  if (chat->yes)
    verdict = ZT_CHAT_VERDICT_ONCE;
  else if (isatty (STDIN_FILENO))
    verdict = ask_on_tty (service, tool, arguments);
  else
    g_printerr ("denied %s__%s: no terminal to ask on (--yes allows every call)\n", service, tool);
  zt_chat_engine_answer_approval (engine, conversation, call_id, verdict);
}

static void
tool_result_cb (ZtChatEngine *engine,
                gint64        conversation,
                const char   *call_id,
                const char   *text,
                gboolean      is_error,
                Chat         *chat)
{
  guint n = json_array_get_length (chat->calls);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *o = json_array_get_object_element (chat->calls, i);

      if (g_strcmp0 (json_object_get_string_member (o, "id"), call_id) == 0)
        {
          json_object_set_string_member (o, "result", text);
          json_object_set_boolean_member (o, "is_error", is_error);
        }
    }
  if (!opt_json)
    {
      g_autofree char *shown = g_utf8_strlen (text, -1) > 300 ? g_utf8_substring (text, 0, 300) : g_strdup (text);

      g_printerr ("← %s%s\n", shown, g_utf8_strlen (text, -1) > 300 ? "…" : "");
    }
}

static void prompt (void);

static void
turn_done (Chat       *chat,
           TurnEnd     end,
           const char *note)
{
  chat->end = end;
  end_line (chat);
  if (note != NULL)
    g_printerr ("%s\n", note);
  if (chat->interactive && !chat->quit_after_turn)
    prompt ();
  else
    g_main_loop_quit (chat->loop);
}

static void
finished_cb (ZtChatEngine *engine, gint64 conversation, gint64 message, Chat *chat)
{
  turn_done (chat, TURN_FINISHED, NULL);
}

static void
stopped_cb (ZtChatEngine *engine, gint64 conversation, gint64 message, Chat *chat)
{
  turn_done (chat, TURN_STOPPED, "(stopped)");
}

static void
failed_cb (ZtChatEngine *engine, gint64 conversation, const char *message, Chat *chat)
{
  g_autofree char *note = g_strdup_printf ("zt4mcp chat: %s", message);

  g_free (chat->error);
  chat->error = g_strdup (message);
  turn_done (chat, TURN_FAILED, note);
}

/* Ctrl+C stops the turn, not the program; at the prompt it quits. */
static gboolean
sigint_cb (gpointer user_data)
{
  Chat *chat = user_data;

  if (zt_chat_engine_is_running (chat->engine, chat->conversation))
    zt_chat_engine_stop (chat->engine, chat->conversation);
  else
    g_main_loop_quit (chat->loop);
  return G_SOURCE_CONTINUE;
}

/* ---------------------------------------------------------------- a turn, and the prompt */

static void
print_turn_json (Chat *chat)
{
  static const char * const states[] = { "running", "complete", "stopped", "error" };
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();

  json_object_set_int_member (o, "conversation", chat->conversation);
  json_object_set_string_member (o, "state", states[chat->end]);
  json_object_set_string_member (o, "answer", chat->answer->str);
  json_object_set_array_member (o, "tool_calls", json_array_ref (chat->calls));
  if (chat->error)
    json_object_set_string_member (o, "error", chat->error);
  json_node_take_object (node, o);
  print_json (node);
}

typedef enum { ACTION_SEND, ACTION_RETRY, ACTION_EDIT } Action;

/* The id of the conversation's last user message, 0 when there is none. */
static gint64
last_user_message (Chat *chat)
{
  g_autoptr(GPtrArray) messages = zt_chat_store_get_messages (zt_chat_engine_get_store (chat->engine),
                                                              chat->conversation, NULL);
  gint64 last = 0;

  for (guint i = 0; messages != NULL && i < messages->len; i++)
    if (((ZtChatMessage *) g_ptr_array_index (messages, i))->role == ZT_CHAT_ROLE_USER)
      last = ((ZtChatMessage *) g_ptr_array_index (messages, i))->id;
  return last;
}

static gboolean
start_turn (Chat       *chat,
            Action      action,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 last = action == ACTION_SEND ? 0 : last_user_message (chat);
  gboolean ok = FALSE;

  g_string_truncate (chat->answer, 0);
  g_clear_pointer (&chat->error, g_free);
  chat->end = TURN_RUNNING;
  chat->at_line_start = TRUE;
  if (action == ACTION_SEND)
    ok = zt_chat_engine_send (chat->engine, chat->conversation, text, &error);
  else if (last != 0 && action == ACTION_RETRY)
    ok = zt_chat_engine_retry (chat->engine, chat->conversation, last, &error);
  else if (last != 0)
    ok = zt_chat_engine_edit_and_resend (chat->engine, chat->conversation, last, text, &error);
  if (!ok)
    g_printerr ("zt4mcp chat: %s\n", error ? error->message : "no message of yours to retry or edit yet");
  return ok;
}

/* /tools: what the picked services offer the model now (asked of the agent, as a turn does). */
static void
print_tools (Chat *chat)
{
  g_autoptr(ZtChatConversation) c = zt_chat_store_get_conversation (zt_chat_engine_get_store (chat->engine),
                                                                     chat->conversation, NULL);

  if (c == NULL || c->services[0] == NULL || chat->api->url == NULL)
    {
      g_printerr ("no tools: none were picked (--tools SERVICE)\n");
      return;
    }
  for (guint i = 0; c->services[i] != NULL; i++)
    {
      g_autofree char *escaped = g_uri_escape_string (c->services[i], NULL, FALSE);
      g_autofree char *path = g_strdup_printf ("/services/%s/tools", escaped);
      g_autoptr(GError) error = NULL;
      guint status = 0;
      g_autoptr(JsonNode) reply = zt_cli_api_call (chat->api, "GET", path, NULL, &status, &error);
      JsonObject *o = reply && JSON_NODE_HOLDS_OBJECT (reply) ? json_node_get_object (reply) : NULL;
      JsonNode *tools = o ? json_object_get_member (o, "tools") : NULL;

      if (status != 200 || tools == NULL || !JSON_NODE_HOLDS_ARRAY (tools))
        {
          g_printerr ("%s: cannot list its tools (%s)\n", c->services[i], error ? error->message : "the agent refused");
          continue;
        }
      for (guint j = 0; j < json_array_get_length (json_node_get_array (tools)); j++)
        {
          JsonNode *t = json_array_get_element (json_node_get_array (tools), j);

          if (JSON_NODE_HOLDS_OBJECT (t))
            g_print ("%s__%s\n", c->services[i],
                     json_object_get_string_member_with_default (json_node_get_object (t), "name", "?"));
        }
    }
}

static void
prompt (void)
{
  g_printerr ("> ");
}

/* One line typed at the prompt (interactive mode). */
static gboolean
stdin_cb (GIOChannel   *channel,
          GIOCondition  condition,
          gpointer      user_data)
{
  Chat *chat = user_data;
  g_autofree char *line = NULL;
  gsize len = 0;

  if (g_io_channel_read_line (channel, &line, &len, NULL, NULL) != G_IO_STATUS_NORMAL)
    {
      /* at the end of input, a turn still running is answered before quitting */
      if (zt_chat_engine_is_running (chat->engine, chat->conversation))
        chat->quit_after_turn = TRUE;
      else
        g_main_loop_quit (chat->loop);
      return G_SOURCE_REMOVE;
    }
  g_strstrip (line);
  if (zt_chat_engine_is_running (chat->engine, chat->conversation))
    {
      if (strcmp (line, "/stop") == 0)
        zt_chat_engine_stop (chat->engine, chat->conversation);
      return G_SOURCE_CONTINUE;
    }
  if (strcmp (line, "/quit") == 0)
    {
      g_main_loop_quit (chat->loop);
      return G_SOURCE_REMOVE;
    }
  if (*line == '\0')
    prompt ();
  else if (strcmp (line, "/tools") == 0)
    {
      print_tools (chat);
      prompt ();
    }
  else if (strcmp (line, "/retry") == 0 ? !start_turn (chat, ACTION_RETRY, NULL)
           : g_str_has_prefix (line, "/edit ") ? !start_turn (chat, ACTION_EDIT, line + 6)
           : !start_turn (chat, ACTION_SEND, line))
    prompt ();
  return G_SOURCE_CONTINUE;
}

static void
run_interactive (Chat *chat)
{
  g_autoptr(GIOChannel) in = g_io_channel_unix_new (STDIN_FILENO);

  g_io_channel_set_encoding (in, NULL, NULL);  /* bytes: the engine refuses what is not UTF-8 */

  chat->interactive = TRUE;
  g_printerr ("conversation %" G_GINT64_FORMAT ": Enter sends; Ctrl+C stops an answer; /retry, /edit TEXT (your last message), /tools, /quit\n",
              chat->conversation);
  prompt ();
  g_io_add_watch (in, G_IO_IN | G_IO_HUP, stdin_cb, chat);
  g_main_loop_run (chat->loop);
}

/* ---------------------------------------------------------------- setting up */

typedef struct {
  GMainLoop *loop;
  JsonNode  *answer;
  guint      status;
  GError    *error;
} Sync;

static void
sync_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Sync *s = user_data;

  s->answer = zt_chat_http_json_finish (result, &s->status, &s->error);
  g_main_loop_quit (s->loop);
}

/* The first model GET BASE/models lists, for --base-url without --model. */
static char *
first_model (const char *base_url,
             const char *token)
{
  g_autoptr(SoupSession) session = soup_session_new_with_options ("timeout", 30,
                                                                  "tls-database", zt_tls_system_database (), NULL);
  g_autofree char *url = g_strconcat (base_url, "/models", NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Sync s = { loop, NULL, 0, NULL };
  JsonNode *data;

  zt_chat_http_json_async (session, "GET", url, token, NULL, 4 * 1024 * 1024, NULL, sync_cb, &s);
  g_main_loop_run (loop);
  if (s.answer == NULL)
    die ("chat", "cannot list the models of %s: %s", base_url, s.error->message);
  data = JSON_NODE_HOLDS_OBJECT (s.answer) ? json_object_get_member (json_node_get_object (s.answer), "data") : NULL;
  if (s.status != 200 || data == NULL || !JSON_NODE_HOLDS_ARRAY (data) || json_array_get_length (json_node_get_array (data)) == 0 ||
      !JSON_NODE_HOLDS_OBJECT (json_array_get_element (json_node_get_array (data), 0)))
    die ("chat", "%s lists no model (HTTP %u); name one with --model", url, s.status);
  {
    char *id = g_strdup (json_object_get_string_member_with_default (
      json_node_get_object (json_array_get_element (json_node_get_array (data), 0)), "id", "default"));

    json_node_unref (s.answer);
    return id;
  }
}

/* The conversation to talk in: --conversation's, or a new one titled by the prompt. */
static gint64
pick_conversation (ZtChatStore *store,
                   const char  *model,
                   const char  *first_text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id;

  if (opt_conversation != 0)
    {
      g_autoptr(ZtChatConversation) c = zt_chat_store_get_conversation (store, opt_conversation, &error);

      if (c == NULL)
        die ("chat", "%s (`zt4mcp chat --list` shows them)", error->message);
      return c->id;
    }
  title = first_text ? g_strndup (first_text, strcspn (first_text, "\n")) : NULL;
  id = zt_chat_store_create_conversation (store, title, model, opt_system, (const char * const *) opt_tools, &error);
  if (id == 0)
    die ("chat", "%s", error->message);
  return id;
}

static ZtChatEngine *
make_engine (ZtChatStore *store,
             ZtCliApi    *api,
             gboolean     have_api)
{
  const char *key = g_getenv (API_KEY_ENV);

  if (opt_base_url == NULL && !have_api)
    die ("chat", "the agent is not running (or this home has none); start it with `zt4mcp agent serve`, "
         "or give --base-url");
  if (opt_tools != NULL && !have_api)
    die ("chat", "--tools needs the agent: its tools are called through it (`zt4mcp agent serve`)");
  return zt_chat_engine_new (store, opt_base_url, opt_base_url ? key : NULL,
                             have_api ? api->url : NULL, have_api ? api->token : NULL);
}

int
zt_cli_chat (int    argc,
             char **argv)
{
  g_autoptr(ZtChatStore) store = NULL;
  g_autoptr(ZtChatEngine) engine = NULL;
  g_autofree char *home = NULL, *prompt_text = NULL, *model = NULL;
  g_autoptr(GError) error = NULL;
  ZtCliApi api = { 0 };
  gboolean have_api;
  Chat chat = { 0 };
  guint sigint;

  parse_options ("chat", "[PROMPT]",
                 "Talk to a model (an llm service of the agent, or any OpenAI-compatible URL), offering it the "
                 "tools of MCP services through the agent: each call is approved, then runs through the agent's "
                 "policy, scan, schema checks and audit. Without a prompt: interactive.",
                 entries, &argc, &argv);
  home = zt_home_resolve (opt_home);
  store = open_store (home);
  if (opt_list || opt_search)
    return list_or_search (store);
  if (opt_show)
    return show (store);
  if (opt_approvals || opt_revoke)
    return approvals (store);
  if (argc > 1)
    prompt_text = g_strjoinv (" ", argv + 1);
  have_api = zt_cli_api_load (&api, opt_home, &error);
  engine = make_engine (store, &api, have_api);
  model = opt_model ? g_strdup (opt_model)
        : opt_base_url ? first_model (opt_base_url, g_getenv (API_KEY_ENV)) : NULL;
  if (model == NULL && opt_conversation == 0)
    die ("chat", "which model? --model SERVICE/MODEL (an llm service of the agent)");

  chat.engine = engine;
  chat.api = &api;
  chat.loop = g_main_loop_new (NULL, FALSE);
  chat.yes = opt_yes;
  chat.answer = g_string_new (NULL);
  chat.calls = json_array_new ();
  chat.conversation = pick_conversation (store, model, prompt_text);
  g_signal_connect (engine, "delta", G_CALLBACK (delta_cb), &chat);
  g_signal_connect (engine, "tool-call", G_CALLBACK (tool_call_cb), &chat);
  g_signal_connect (engine, "approval-needed", G_CALLBACK (approval_cb), &chat);
  g_signal_connect (engine, "tool-result", G_CALLBACK (tool_result_cb), &chat);
  g_signal_connect (engine, "turn-finished", G_CALLBACK (finished_cb), &chat);
  g_signal_connect (engine, "turn-stopped", G_CALLBACK (stopped_cb), &chat);
  g_signal_connect (engine, "turn-failed", G_CALLBACK (failed_cb), &chat);
  sigint = g_unix_signal_add (SIGINT, sigint_cb, &chat);

  if (prompt_text == NULL)
    run_interactive (&chat);
  else if (start_turn (&chat, ACTION_SEND, prompt_text))
    g_main_loop_run (chat.loop);
  else
    chat.end = TURN_FAILED;
  if (prompt_text != NULL && opt_json)
    print_turn_json (&chat);

  g_source_remove (sigint);
  g_signal_handlers_disconnect_by_data (engine, &chat);
  zt_cli_api_clear (&api);
  g_main_loop_unref (chat.loop);
  g_string_free (chat.answer, TRUE);
  json_array_unref (chat.calls);
  g_free (chat.error);
  if (prompt_text == NULL)
    return 0;
  return chat.end == TURN_FINISHED ? 0 : chat.end == TURN_STOPPED ? 130 : 1;
}
