/* test-chat-store.c: chat.db: conversations and paging, messages and their bounds, FTS search, approvals */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "zt-chat-store.h"
#include "zt-error.h"

typedef struct {
  char        *dir;
  char        *path;
  ZtChatStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zt-chat-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "chat.db", NULL);
  f->store = zt_chat_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gint64
new_conversation (Fixture    *f,
                  const char *title)
{
  static const char * const services[] = { "ev", "fs", NULL };
  g_autoptr(GError) error = NULL;
  gint64 id = zt_chat_store_create_conversation (f->store, title, "llm/model-1", "be brief", services, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static ZtChatMessage *
add (Fixture     *f,
     gint64       conversation,
     ZtChatRole   role,
     const char  *content)
{
  g_autoptr(GError) error = NULL;
  ZtChatMessage *m = g_new0 (ZtChatMessage, 1);

  m->conversation = conversation;
  m->role = role;
  m->content = g_strdup (content);
  m->state = ZT_CHAT_STATE_COMPLETE;
  g_assert_true (zt_chat_store_add_message (f->store, m, &error));
  g_assert_no_error (error);
  return m;
}

static void
test_conversations (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtChatConversation) c = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autofree char *long_title = g_strnfill (500, 'x');
  gint64 ids[5];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("chat %u", i);

      ids[i] = new_conversation (f, title);
    }
  c = zt_chat_store_get_conversation (f->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (c->title, ==, "chat 0");
  g_assert_cmpstr (c->model, ==, "llm/model-1");
  g_assert_cmpstr (c->system_prompt, ==, "be brief");
  g_assert_cmpstrv (c->services, ((const char * const[]) { "ev", "fs", NULL }));

  /* newest first, in pages */
  page = zt_chat_store_list_conversations (f->store, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 2);
  g_assert_cmpint (((ZtChatConversation *) page->pdata[0])->id, ==, ids[3]);
  g_assert_cmpint (((ZtChatConversation *) page->pdata[1])->id, ==, ids[2]);

  /* titles are bounded, an empty one gets a name */
  g_assert_true (zt_chat_store_set_title (f->store, ids[1], long_title, &error));
  g_clear_pointer (&c, zt_chat_conversation_free);
  c = zt_chat_store_get_conversation (f->store, ids[1], &error);
  g_assert_cmpint (g_utf8_strlen (c->title, -1), ==, ZT_CHAT_MAX_TITLE);
  g_assert_true (zt_chat_store_set_title (f->store, ids[1], "", &error));
  g_clear_pointer (&c, zt_chat_conversation_free);
  c = zt_chat_store_get_conversation (f->store, ids[1], &error);
  g_assert_cmpstr (c->title, ==, "New chat");

  /* the app's pickers change the model and the services between turns */
  g_assert_true (zt_chat_store_set_model (f->store, ids[1], "other/model-2", &error));
  g_assert_true (zt_chat_store_set_services (f->store, ids[1], (const char * const[]) { "fs", "a\"b", NULL }, &error));
  g_clear_pointer (&c, zt_chat_conversation_free);
  c = zt_chat_store_get_conversation (f->store, ids[1], &error);
  g_assert_cmpstr (c->model, ==, "other/model-2");
  g_assert_cmpstrv (c->services, ((const char * const[]) { "fs", "a\"b", NULL }));
  g_assert_true (zt_chat_store_set_services (f->store, ids[1], NULL, &error));
  g_clear_pointer (&c, zt_chat_conversation_free);
  c = zt_chat_store_get_conversation (f->store, ids[1], &error);
  g_assert_cmpstrv (c->services, ((const char * const[]) { NULL }));

  g_assert_true (zt_chat_store_delete_conversation (f->store, ids[1], &error));
  g_clear_pointer (&c, zt_chat_conversation_free);
  c = zt_chat_store_get_conversation (f->store, ids[1], &error);
  g_assert_null (c);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND);
}

static void
test_messages (Fixture       *f,
               gconstpointer  data)
{
  gint64 id = new_conversation (f, "messages");
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtChatMessage) user = add (f, id, ZT_CHAT_ROLE_USER, "hello");
  g_autoptr(ZtChatMessage) answer = add (f, id, ZT_CHAT_ROLE_ASSISTANT, NULL);
  g_autoptr(ZtChatMessage) big = g_new0 (ZtChatMessage, 1);
  g_autoptr(GPtrArray) messages = NULL;
  ZtChatMessage *m;

  g_assert_cmpint (user->seq, ==, 1);
  g_assert_cmpint (answer->seq, ==, 2);

  answer->content = g_strdup ("hi there");
  answer->tool_calls = g_strdup ("[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"ev__echo\",\"arguments\":\"{}\"}}]");
  answer->tokens_in = 12;
  answer->tokens_out = 3;
  answer->state = ZT_CHAT_STATE_STOPPED;
  g_assert_true (zt_chat_store_update_message (f->store, answer, &error));
  g_assert_no_error (error);

  messages = zt_chat_store_get_messages (f->store, id, &error);
  g_assert_cmpuint (messages->len, ==, 2);
  m = messages->pdata[1];
  g_assert_cmpint (m->role, ==, ZT_CHAT_ROLE_ASSISTANT);
  g_assert_cmpstr (m->content, ==, "hi there");
  g_assert_cmpstr (m->tool_calls, ==, answer->tool_calls);
  g_assert_cmpint (m->tokens_in, ==, 12);
  g_assert_cmpint (m->tokens_out, ==, 3);
  g_assert_cmpint (m->state, ==, ZT_CHAT_STATE_STOPPED);

  /* over the bound: refused, nothing stored */
  big->conversation = id;
  big->role = ZT_CHAT_ROLE_USER;
  big->content = g_malloc (ZT_CHAT_MAX_CONTENT + 2);
  memset (big->content, 'a', ZT_CHAT_MAX_CONTENT + 1);
  big->content[ZT_CHAT_MAX_CONTENT + 1] = '\0';
  g_assert_false (zt_chat_store_add_message (f->store, big, &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* retry and edit cut the conversation at a message */
  g_assert_true (zt_chat_store_truncate (f->store, id, 2, &error));
  g_clear_pointer (&messages, g_ptr_array_unref);
  messages = zt_chat_store_get_messages (f->store, id, &error);
  g_assert_cmpuint (messages->len, ==, 1);
  g_clear_pointer (&answer, zt_chat_message_free);
  answer = add (f, id, ZT_CHAT_ROLE_ASSISTANT, "again");
  g_assert_cmpint (answer->seq, ==, 2);
}

/* A process that ended mid-answer left it `streaming`: the next open says `stopped`. */
static void
test_streaming_left_behind (Fixture       *f,
                            gconstpointer  data)
{
  gint64 id = new_conversation (f, "crash");
  g_autoptr(ZtChatMessage) m = add (f, id, ZT_CHAT_ROLE_ASSISTANT, "partial");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) messages = NULL;

  m->state = ZT_CHAT_STATE_STREAMING;
  g_assert_true (zt_chat_store_update_message (f->store, m, &error));
  g_clear_object (&f->store);
  f->store = zt_chat_store_open (f->path, &error);
  g_assert_no_error (error);
  messages = zt_chat_store_get_messages (f->store, id, &error);
  g_assert_cmpint (((ZtChatMessage *) messages->pdata[0])->state, ==, ZT_CHAT_STATE_STOPPED);
  g_assert_cmpstr (((ZtChatMessage *) messages->pdata[0])->content, ==, "partial");
}

static GPtrArray *
search (Fixture    *f,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *found = zt_chat_store_search (f->store, text, 50, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return found;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  gint64 weather = new_conversation (f, "Weather in Lyon");
  gint64 recipes = new_conversation (f, "Dinner");
  g_autoptr(ZtChatMessage) m = add (f, recipes, ZT_CHAT_ROLE_USER, "a recipe with leeks and potatoes");
  g_autoptr(GError) error = NULL;
  static const char * const harmless[] = { "\"", "leeks OR", "NEAR(", "*", "a\"b", "title:x", "   ", "" };
  GPtrArray *found;

  zt_chat_message_free (add (f, weather, ZT_CHAT_ROLE_ASSISTANT, "rain tomorrow"));

  /* by title */
  found = search (f, "lyon");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (((ZtChatConversation *) found->pdata[0])->id, ==, weather);
  g_assert_nonnull (strstr (((ZtChatConversation *) found->pdata[0])->snippet, "[Lyon]"));
  g_ptr_array_unref (found);

  /* by messages, every word required, one row per conversation */
  found = search (f, "leeks potatoes");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (((ZtChatConversation *) found->pdata[0])->id, ==, recipes);
  g_assert_nonnull (strstr (((ZtChatConversation *) found->pdata[0])->snippet, "[leeks]"));
  g_ptr_array_unref (found);
  found = search (f, "leeks rain");
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);

  /* an edit is indexed anew */
  g_free (m->content);
  m->content = g_strdup ("a recipe with carrots");
  g_assert_true (zt_chat_store_update_message (f->store, m, &error));
  found = search (f, "leeks");
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);
  found = search (f, "carrots");
  g_assert_cmpuint (found->len, ==, 1);
  g_ptr_array_unref (found);

  /* what the user types is words, never FTS syntax */
  for (guint i = 0; i < G_N_ELEMENTS (harmless); i++)
    g_ptr_array_unref (search (f, harmless[i]));

  /* a deleted conversation leaves the index */
  g_assert_true (zt_chat_store_delete_conversation (f->store, weather, &error));
  found = search (f, "rain");
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);
}

static void
test_approvals (Fixture       *f,
                gconstpointer  data)
{
  gint64 one = new_conversation (f, "one"), two = new_conversation (f, "two");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_false (zt_chat_store_is_approved (f->store, one, "ev", "echo"));
  g_assert_true (zt_chat_store_add_approval (f->store, ZT_CHAT_APPROVAL_CONVERSATION, one, "ev", "echo", &error));
  g_assert_true (zt_chat_store_add_approval (f->store, ZT_CHAT_APPROVAL_CONVERSATION, one, "ev", "echo", &error));
  g_assert_true (zt_chat_store_is_approved (f->store, one, "ev", "echo"));
  g_assert_false (zt_chat_store_is_approved (f->store, two, "ev", "echo"));
  g_assert_false (zt_chat_store_is_approved (f->store, one, "ev", "add"));

  g_assert_true (zt_chat_store_add_approval (f->store, ZT_CHAT_APPROVAL_ALWAYS, one, "ev", "add", &error));
  g_assert_true (zt_chat_store_is_approved (f->store, two, "ev", "add"));

  list = zt_chat_store_list_approvals (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);  /* the same approval twice is one */
  for (guint i = 0; i < list->len; i++)
    {
      ZtChatApproval *a = list->pdata[i];

      g_assert_cmpint (a->conversation, ==, a->scope == ZT_CHAT_APPROVAL_ALWAYS ? 0 : one);
      g_assert_true (zt_chat_store_revoke_approval (f->store, a->id, &error));
      g_assert_false (zt_chat_store_revoke_approval (f->store, a->id, &error));
      g_assert_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND);
      g_clear_error (&error);
    }
  g_assert_false (zt_chat_store_is_approved (f->store, one, "ev", "echo"));
  g_assert_false (zt_chat_store_is_approved (f->store, two, "ev", "add"));

  /* a conversation's approvals go with it */
  g_assert_true (zt_chat_store_add_approval (f->store, ZT_CHAT_APPROVAL_CONVERSATION, two, "ev", "echo", &error));
  g_assert_true (zt_chat_store_delete_conversation (f->store, two, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = zt_chat_store_list_approvals (f->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/chat/store/conversations", Fixture, NULL, fixture_setup, test_conversations, fixture_teardown);
  g_test_add ("/chat/store/messages", Fixture, NULL, fixture_setup, test_messages, fixture_teardown);
  g_test_add ("/chat/store/streaming-left-behind", Fixture, NULL, fixture_setup, test_streaming_left_behind, fixture_teardown);
  g_test_add ("/chat/store/search", Fixture, NULL, fixture_setup, test_search, fixture_teardown);
  g_test_add ("/chat/store/approvals", Fixture, NULL, fixture_setup, test_approvals, fixture_teardown);
  return g_test_run ();
}
