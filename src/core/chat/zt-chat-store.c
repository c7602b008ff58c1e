/* zt-chat-store.c: chat.db: conversations, their messages, tool approvals, full-text search */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "zt-chat-store.h"
#include "zt-db.h"
#include "zt-error.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

struct _ZtChatStore
{
  GObject  parent_instance;
  sqlite3 *db;
};

G_DEFINE_FINAL_TYPE (ZtChatStore, zt_chat_store, G_TYPE_OBJECT)

/* The FTS5 indexes are external-content tables over the rows themselves (no second copy of
 * the text), kept in step by triggers; titles and message text are indexed apart so that a
 * search can say which matched. */
static const char * const migrations[] = {
  "CREATE TABLE conversations ("
  "  id INTEGER PRIMARY KEY, title TEXT NOT NULL, model TEXT NOT NULL, system_prompt TEXT,"
  "  services TEXT NOT NULL DEFAULT '[]', created INTEGER NOT NULL, updated INTEGER NOT NULL);"
  "CREATE INDEX conversations_updated ON conversations (updated DESC);"
  "CREATE TABLE messages ("
  "  id INTEGER PRIMARY KEY,"
  "  conversation INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,"
  "  seq INTEGER NOT NULL,"
  "  role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant', 'tool')),"
  "  content TEXT, tool_calls TEXT, tool_call_id TEXT, model TEXT,"
  "  tokens_in INTEGER NOT NULL DEFAULT 0, tokens_out INTEGER NOT NULL DEFAULT 0,"
  "  state TEXT NOT NULL CHECK (state IN ('complete', 'streaming', 'stopped', 'error')),"
  "  created INTEGER NOT NULL, UNIQUE (conversation, seq));"
  "CREATE TABLE approvals ("
  "  id INTEGER PRIMARY KEY,"
  "  scope TEXT NOT NULL CHECK (scope IN ('conversation', 'always')),"
  "  conversation INTEGER REFERENCES conversations (id) ON DELETE CASCADE,"
  "  service TEXT NOT NULL, tool TEXT NOT NULL, created INTEGER NOT NULL);"
  "CREATE UNIQUE INDEX approvals_key ON approvals (scope, IFNULL (conversation, 0), service, tool);"
  "CREATE VIRTUAL TABLE titles_fts USING fts5 (title, content='conversations', content_rowid='id');"
  "CREATE VIRTUAL TABLE messages_fts USING fts5 (content, content='messages', content_rowid='id');"
  "CREATE TRIGGER conversations_ai AFTER INSERT ON conversations BEGIN"
  "  INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title); END;"
  "CREATE TRIGGER conversations_ad AFTER DELETE ON conversations BEGIN"
  "  INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title); END;"
  "CREATE TRIGGER conversations_au AFTER UPDATE OF title ON conversations BEGIN"
  "  INSERT INTO titles_fts (titles_fts, rowid, title) VALUES ('delete', old.id, old.title);"
  "  INSERT INTO titles_fts (rowid, title) VALUES (new.id, new.title); END;"
  "CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN"
  "  INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);"
  "  UPDATE conversations SET updated = new.created WHERE id = new.conversation; END;"
  "CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN"
  "  INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content); END;"
  "CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN"
  "  INSERT INTO messages_fts (messages_fts, rowid, content) VALUES ('delete', old.id, old.content);"
  "  INSERT INTO messages_fts (rowid, content) VALUES (new.id, new.content);"
  "  UPDATE conversations SET updated = unixepoch () WHERE id = new.conversation; END;",
};

static const char * const role_names[] = { "system", "user", "assistant", "tool" };
static const char * const state_names[] = { "complete", "streaming", "stopped", "error" };

const char *
zt_chat_role_to_string (ZtChatRole role)
{
  g_return_val_if_fail (role <= ZT_CHAT_ROLE_TOOL, NULL);
  return role_names[role];
}

const char *
zt_chat_state_to_string (ZtChatState state)
{
  g_return_val_if_fail (state <= ZT_CHAT_STATE_ERROR, NULL);
  return state_names[state];
}

static guint
name_index (const char * const *names,
            guint               n,
            const char         *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return i;
  return 0;
}

void
zt_chat_conversation_free (ZtChatConversation *conversation)
{
  if (conversation == NULL)
    return;
  g_free (conversation->title);
  g_free (conversation->model);
  g_free (conversation->system_prompt);
  g_strfreev (conversation->services);
  g_free (conversation->snippet);
  g_free (conversation);
}

void
zt_chat_message_free (ZtChatMessage *message)
{
  if (message == NULL)
    return;
  g_free (message->content);
  g_free (message->tool_calls);
  g_free (message->tool_call_id);
  g_free (message->model);
  g_free (message);
}

void
zt_chat_approval_free (ZtChatApproval *approval)
{
  if (approval == NULL)
    return;
  g_free (approval->service);
  g_free (approval->tool);
  g_free (approval);
}

static void
zt_chat_store_finalize (GObject *object)
{
  ZtChatStore *self = ZT_CHAT_STORE (object);

  g_clear_pointer (&self->db, sqlite3_close);
  G_OBJECT_CLASS (zt_chat_store_parent_class)->finalize (object);
}

static void
zt_chat_store_class_init (ZtChatStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_chat_store_finalize;
}

static void
zt_chat_store_init (ZtChatStore *self)
{
}

static gboolean
db_failed (ZtChatStore *self,
           GError     **error)
{
  g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "chat.db: %s", sqlite3_errmsg (self->db));
  return FALSE;
}

static sqlite3_stmt *
prepare (ZtChatStore *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    db_failed (self, error);
  return stmt;
}

static gboolean
step_done (ZtChatStore  *self,
           sqlite3_stmt *stmt,
           GError      **error)
{
  return sqlite3_step (stmt) == SQLITE_DONE || db_failed (self, error);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           i)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, i));
}

ZtChatStore *
zt_chat_store_open (const char *path,
                    GError    **error)
{
  g_autoptr(ZtChatStore) self = NULL;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);
  /* conversations are private: created 0600 before SQLite opens it (its -wal and -shm
   * files take the same mode) */
  {
    int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

    if (fd >= 0)
      close (fd);
  }
  db = zt_db_open (path, "chat.db", migrations, G_N_ELEMENTS (migrations), error);
  if (db == NULL)
    return NULL;
  self = g_object_new (ZT_TYPE_CHAT_STORE, NULL);
  self->db = db;
  /* WAL with synchronous=NORMAL: a commit survives the process dying, not the machine losing
   * power; no fsync per message keeps a turn's start off the disk's latency */
  if (sqlite3_exec (db, "PRAGMA synchronous=NORMAL; UPDATE messages SET state = 'stopped' WHERE state = 'streaming'",
                    NULL, NULL, NULL) != SQLITE_OK)
    return db_failed (self, error), NULL;
  return g_steal_pointer (&self);
}

/* ---------------------------------------------------------------- conversations */

static char *
services_to_json (const char * const *services)
{
  g_autoptr(GString) out = g_string_new ("[");

  for (guint i = 0; services != NULL && services[i] != NULL; i++)
    {
      g_autofree char *escaped = g_strescape (services[i], NULL);

      g_string_append_printf (out, "%s\"%s\"", i ? "," : "", escaped);
    }
  g_string_append_c (out, ']');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Read back with SQLite's own JSON functions: the column is only ever written by the above. */
static char **
services_of (ZtChatStore *self,
             gint64       id)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, "SELECT j.value FROM conversations, json_each (conversations.services) AS j "
                                          "WHERE conversations.id = ? ORDER BY j.key", NULL);
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  if (stmt == NULL)
    return g_new0 (char *, 1);
  sqlite3_bind_int64 (stmt, 1, id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (b, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (b);
}

static char *
cut_title (const char *title)
{
  if (title == NULL || *title == '\0')
    return g_strdup ("New chat");
  if (!g_utf8_validate (title, -1, NULL))
    return g_utf8_make_valid (title, -1);
  if (g_utf8_strlen (title, -1) <= ZT_CHAT_MAX_TITLE)
    return g_strdup (title);
  return g_utf8_substring (title, 0, ZT_CHAT_MAX_TITLE);
}

gint64
zt_chat_store_create_conversation (ZtChatStore        *self,
                                   const char         *title,
                                   const char         *model,
                                   const char         *system_prompt,
                                   const char * const *services,
                                   GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *cut = cut_title (title);
  g_autofree char *services_json = services_to_json (services);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), 0);
  g_return_val_if_fail (model != NULL, 0);
  if (system_prompt != NULL && strlen (system_prompt) > ZT_CHAT_MAX_CONTENT)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE, "the system prompt is over %d bytes", ZT_CHAT_MAX_CONTENT);
      return 0;
    }
  stmt = prepare (self, "INSERT INTO conversations (title, model, system_prompt, services, created, updated) "
                  "VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, cut, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, model, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, system_prompt, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, services_json, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, now);
  sqlite3_bind_int64 (stmt, 6, now);
  if (!step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (self->db);
}

#define CONVERSATION_COLUMNS "c.id, c.title, c.model, c.system_prompt, c.created, c.updated"

static ZtChatConversation *
conversation_from_row (ZtChatStore  *self,
                       sqlite3_stmt *stmt)
{
  ZtChatConversation *c = g_new0 (ZtChatConversation, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->title = column_dup (stmt, 1);
  c->model = column_dup (stmt, 2);
  c->system_prompt = column_dup (stmt, 3);
  c->created = sqlite3_column_int64 (stmt, 4);
  c->updated = sqlite3_column_int64 (stmt, 5);
  c->services = services_of (self, c->id);
  return c;
}

ZtChatConversation *
zt_chat_store_get_conversation (ZtChatStore *self,
                                gint64       id,
                                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), NULL);
  stmt = prepare (self, "SELECT " CONVERSATION_COLUMNS " FROM conversations AS c WHERE c.id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "no conversation %" G_GINT64_FORMAT, id);
      return NULL;
    }
  return conversation_from_row (self, stmt);
}

static gboolean
exec_id (ZtChatStore *self,
         const char  *sql,
         gint64       id,
         const char  *text,
         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  return step_done (self, stmt, error);
}

gboolean
zt_chat_store_set_title (ZtChatStore *self,
                         gint64       id,
                         const char  *title,
                         GError     **error)
{
  g_autofree char *cut = cut_title (title);

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  return exec_id (self, "UPDATE conversations SET title = ?2 WHERE id = ?1", id, cut, error);
}

/* The model and the services picked for tools may change between turns (the app's pickers);
 * the next turn uses what is stored then. */
gboolean
zt_chat_store_set_model (ZtChatStore *self,
                         gint64       id,
                         const char  *model,
                         GError     **error)
{
  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  g_return_val_if_fail (model != NULL, FALSE);
  return exec_id (self, "UPDATE conversations SET model = ?2 WHERE id = ?1", id, model, error);
}

gboolean
zt_chat_store_set_services (ZtChatStore        *self,
                            gint64              id,
                            const char * const *services,
                            GError            **error)
{
  g_autofree char *json = services_to_json (services);

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  return exec_id (self, "UPDATE conversations SET services = ?2 WHERE id = ?1", id, json, error);
}

gboolean
zt_chat_store_delete_conversation (ZtChatStore *self,
                                   gint64       id,
                                   GError     **error)
{
  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  return exec_id (self, "DELETE FROM conversations WHERE id = ?", id, NULL, error);
}

static GPtrArray *
conversations_from (ZtChatStore  *self,
                    sqlite3_stmt *stmt,
                    gboolean      with_snippet,
                    GError      **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_chat_conversation_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZtChatConversation *c = conversation_from_row (self, stmt);

      if (with_snippet)
        c->snippet = column_dup (stmt, 6);
      g_ptr_array_add (out, c);
    }
  if (rc != SQLITE_DONE)
    return db_failed (self, error), NULL;
  return g_steal_pointer (&out);
}

GPtrArray *
zt_chat_store_list_conversations (ZtChatStore *self,
                                  guint        offset,
                                  guint        limit,
                                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), NULL);
  stmt = prepare (self, "SELECT " CONVERSATION_COLUMNS " FROM conversations AS c "
                  "ORDER BY c.updated DESC, c.id DESC LIMIT ? OFFSET ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, CLAMP (limit, 1, ZT_CHAT_MAX_PAGE));
  sqlite3_bind_int64 (stmt, 2, offset);
  return conversations_from (self, stmt, FALSE, error);
}

/* The user's words as an FTS5 query that cannot be FTS syntax: each word a quoted string
 * (quotes doubled), all of them required. NULL when there is no word. */
static char *
fts_query (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL && i < 32; i++)
    {
      g_auto(GStrv) quotes = NULL;
      g_autofree char *doubled = NULL;

      if (words[i][0] == '\0')
        continue;
      quotes = g_strsplit (words[i], "\"", -1);
      doubled = g_strjoinv ("\"\"", quotes);
      g_string_append_printf (out, "%s\"%s\"", out->len ? " " : "", doubled);
    }
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

GPtrArray *
zt_chat_store_search (ZtChatStore *self,
                      const char  *text,
                      guint        limit,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *query = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  query = g_utf8_validate (text, -1, NULL) ? fts_query (text) : NULL;
  if (query == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) zt_chat_conversation_free);
  /* A conversation matches by its title or by any of its messages; the best-ranked hit of
   * each gives the snippet. */
  stmt = prepare (self,
                  "WITH hits (conversation, snippet, rank) AS ("
                  "  SELECT rowid, snippet (titles_fts, 0, '[', ']', '…', 10), rank FROM titles_fts"
                  "    WHERE titles_fts MATCH ?1"
                  "  UNION ALL"
                  "  SELECT m.conversation, snippet (messages_fts, 0, '[', ']', '…', 10), messages_fts.rank"
                  "    FROM messages_fts JOIN messages AS m ON m.id = messages_fts.rowid"
                  "    WHERE messages_fts MATCH ?1),"
                  " best AS (SELECT conversation, snippet, MIN (rank) AS rank FROM hits GROUP BY conversation)"
                  "SELECT " CONVERSATION_COLUMNS ", best.snippet FROM best JOIN conversations AS c ON c.id = best.conversation"
                  " ORDER BY best.rank LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, CLAMP (limit, 1, ZT_CHAT_MAX_PAGE));
  return conversations_from (self, stmt, TRUE, error);
}

/* ---------------------------------------------------------------- messages */

static gboolean
message_fits (const ZtChatMessage *m,
              GError             **error)
{
  if ((m->content && strlen (m->content) > ZT_CHAT_MAX_CONTENT) ||
      (m->tool_calls && strlen (m->tool_calls) > ZT_CHAT_MAX_TOOL_CALLS_LEN))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE, "a chat message is limited to %d bytes of text and %d of tool calls",
                   ZT_CHAT_MAX_CONTENT, ZT_CHAT_MAX_TOOL_CALLS_LEN);
      return FALSE;
    }
  return TRUE;
}

static gint64
next_seq (ZtChatStore *self,
          gint64       conversation,
          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, "SELECT IFNULL (MAX (seq), 0), COUNT (*) FROM messages WHERE conversation = ?", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, conversation);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return db_failed (self, error), 0;
  if (sqlite3_column_int64 (stmt, 1) >= ZT_CHAT_MAX_MESSAGES)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_LIMIT, "a conversation holds at most %d messages; start a new one",
                   ZT_CHAT_MAX_MESSAGES);
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0) + 1;
}

gboolean
zt_chat_store_add_message (ZtChatStore   *self,
                           ZtChatMessage *message,
                           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 seq;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);
  if (!message_fits (message, error) || (seq = next_seq (self, message->conversation, error)) == 0)
    return FALSE;
  stmt = prepare (self, "INSERT INTO messages (conversation, seq, role, content, tool_calls, tool_call_id, model,"
                  " tokens_in, tokens_out, state, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message->conversation);
  sqlite3_bind_int64 (stmt, 2, seq);
  sqlite3_bind_text (stmt, 3, zt_chat_role_to_string (message->role), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, message->content, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, message->tool_calls, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, message->tool_call_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, message->model, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, message->tokens_in);
  sqlite3_bind_int64 (stmt, 9, message->tokens_out);
  sqlite3_bind_text (stmt, 10, zt_chat_state_to_string (message->state), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 11, now);
  if (!step_done (self, stmt, error))
    return FALSE;
  message->id = sqlite3_last_insert_rowid (self->db);
  message->seq = seq;
  message->created = now;  /* the conversation's `updated` follows by trigger */
  return TRUE;
}

gboolean
zt_chat_store_update_message (ZtChatStore         *self,
                              const ZtChatMessage *message,
                              GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);
  if (!message_fits (message, error))
    return FALSE;
  stmt = prepare (self, "UPDATE messages SET content = ?, tool_calls = ?, tokens_in = ?, tokens_out = ?, state = ?"
                  " WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, message->content, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, message->tool_calls, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, message->tokens_in);
  sqlite3_bind_int64 (stmt, 4, message->tokens_out);
  sqlite3_bind_text (stmt, 5, zt_chat_state_to_string (message->state), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, message->id);
  return step_done (self, stmt, error);
}

GPtrArray *
zt_chat_store_get_messages (ZtChatStore *self,
                            gint64       conversation,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_chat_message_free);
  int rc;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), NULL);
  stmt = prepare (self, "SELECT id, seq, role, content, tool_calls, tool_call_id, model, tokens_in, tokens_out, state,"
                  " created FROM messages WHERE conversation = ? ORDER BY seq", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, conversation);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZtChatMessage *m = g_new0 (ZtChatMessage, 1);

      m->id = sqlite3_column_int64 (stmt, 0);
      m->conversation = conversation;
      m->seq = sqlite3_column_int64 (stmt, 1);
      m->role = name_index (role_names, G_N_ELEMENTS (role_names), (const char *) sqlite3_column_text (stmt, 2));
      m->content = column_dup (stmt, 3);
      m->tool_calls = column_dup (stmt, 4);
      m->tool_call_id = column_dup (stmt, 5);
      m->model = column_dup (stmt, 6);
      m->tokens_in = sqlite3_column_int64 (stmt, 7);
      m->tokens_out = sqlite3_column_int64 (stmt, 8);
      m->state = name_index (state_names, G_N_ELEMENTS (state_names), (const char *) sqlite3_column_text (stmt, 9));
      m->created = sqlite3_column_int64 (stmt, 10);
      g_ptr_array_add (out, m);
    }
  if (rc != SQLITE_DONE)
    return db_failed (self, error), NULL;
  return g_steal_pointer (&out);
}

gboolean
zt_chat_store_truncate (ZtChatStore *self,
                        gint64       conversation,
                        gint64       seq,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  stmt = prepare (self, "DELETE FROM messages WHERE conversation = ? AND seq >= ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, conversation);
  sqlite3_bind_int64 (stmt, 2, seq);
  return step_done (self, stmt, error);
}

/* ---------------------------------------------------------------- approvals */

gboolean
zt_chat_store_add_approval (ZtChatStore        *self,
                            ZtChatApprovalScope scope,
                            gint64              conversation,
                            const char         *service,
                            const char         *tool,
                            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  g_return_val_if_fail (service != NULL && tool != NULL, FALSE);
  stmt = prepare (self, "INSERT OR IGNORE INTO approvals (scope, conversation, service, tool, created) VALUES (?, ?, ?, ?, ?)",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, scope == ZT_CHAT_APPROVAL_ALWAYS ? "always" : "conversation", -1, SQLITE_STATIC);
  if (scope == ZT_CHAT_APPROVAL_CONVERSATION)
    sqlite3_bind_int64 (stmt, 2, conversation);
  sqlite3_bind_text (stmt, 3, service, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, tool, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, g_get_real_time () / G_USEC_PER_SEC);
  return step_done (self, stmt, error);
}

gboolean
zt_chat_store_is_approved (ZtChatStore *self,
                           gint64       conversation,
                           const char  *service,
                           const char  *tool)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  stmt = prepare (self, "SELECT 1 FROM approvals WHERE service = ? AND tool = ?"
                  " AND (scope = 'always' OR conversation = ?) LIMIT 1", NULL);
  if (stmt == NULL)
    return FALSE;  /* fail closed: ask */
  sqlite3_bind_text (stmt, 1, service, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, tool, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, conversation);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

GPtrArray *
zt_chat_store_list_approvals (ZtChatStore *self,
                              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_chat_approval_free);
  int rc;

  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), NULL);
  stmt = prepare (self, "SELECT id, scope, IFNULL (conversation, 0), service, tool, created FROM approvals"
                  " ORDER BY created DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZtChatApproval *a = g_new0 (ZtChatApproval, 1);

      a->id = sqlite3_column_int64 (stmt, 0);
      a->scope = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "always") == 0
                 ? ZT_CHAT_APPROVAL_ALWAYS : ZT_CHAT_APPROVAL_CONVERSATION;
      a->conversation = sqlite3_column_int64 (stmt, 2);
      a->service = column_dup (stmt, 3);
      a->tool = column_dup (stmt, 4);
      a->created = sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (out, a);
    }
  if (rc != SQLITE_DONE)
    return db_failed (self, error), NULL;
  return g_steal_pointer (&out);
}

gboolean
zt_chat_store_revoke_approval (ZtChatStore *self,
                               gint64       id,
                               GError     **error)
{
  g_return_val_if_fail (ZT_IS_CHAT_STORE (self), FALSE);
  if (!exec_id (self, "DELETE FROM approvals WHERE id = ?", id, NULL, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "no approval %" G_GINT64_FORMAT, id);
      return FALSE;
    }
  return TRUE;
}
