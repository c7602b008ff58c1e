/* zt-chat-store.h: chat.db: conversations, their messages, tool approvals, full-text search */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Bounds: what one message may hold, and how many rows one call returns. */
#define ZT_CHAT_MAX_CONTENT        (1024 * 1024)   /* bytes of a message's text */
#define ZT_CHAT_MAX_TOOL_CALLS_LEN (256 * 1024)    /* bytes of a message's tool_calls JSON */
#define ZT_CHAT_MAX_TITLE          200             /* characters, longer titles are cut */
#define ZT_CHAT_MAX_PAGE           200             /* rows of a list or a search */
#define ZT_CHAT_MAX_MESSAGES       10000           /* per conversation */

typedef enum {
  ZT_CHAT_ROLE_SYSTEM,
  ZT_CHAT_ROLE_USER,
  ZT_CHAT_ROLE_ASSISTANT,
  ZT_CHAT_ROLE_TOOL,
} ZtChatRole;

typedef enum {
  ZT_CHAT_STATE_COMPLETE,
  ZT_CHAT_STATE_STREAMING,  /* being written; a store opened later finds it stopped */
  ZT_CHAT_STATE_STOPPED,    /* the user stopped the turn: the partial answer is kept */
  ZT_CHAT_STATE_ERROR,
} ZtChatState;

typedef enum {
  ZT_CHAT_APPROVAL_CONVERSATION,
  ZT_CHAT_APPROVAL_ALWAYS,
} ZtChatApprovalScope;

typedef struct {
  gint64  id;
  char   *title;
  char   *model;          /* "SERVICE/MODEL" */
  char   *system_prompt;  /* may be NULL */
  char  **services;       /* picked for tools; never NULL */
  gint64  created, updated;  /* Unix seconds */
  char   *snippet;        /* a search's match, NULL otherwise */
} ZtChatConversation;

typedef struct {
  gint64      id;
  gint64      conversation;
  gint64      seq;          /* 1, 2, ... within the conversation */
  ZtChatRole  role;
  char       *content;      /* may be NULL (an assistant's pure tool call) */
  char       *tool_calls;   /* the OpenAI tool_calls array as JSON text, or NULL */
  char       *tool_call_id; /* a tool message's call, or NULL */
  char       *model;
  gint64      tokens_in, tokens_out;
  ZtChatState state;
  gint64      created;
} ZtChatMessage;

typedef struct {
  gint64              id;
  ZtChatApprovalScope scope;
  gint64              conversation;  /* 0 for ZT_CHAT_APPROVAL_ALWAYS */
  char               *service;
  char               *tool;
  gint64              created;
} ZtChatApproval;

void           zt_chat_conversation_free (ZtChatConversation *conversation);
void           zt_chat_message_free      (ZtChatMessage      *message);
void           zt_chat_approval_free     (ZtChatApproval     *approval);
const char    *zt_chat_role_to_string    (ZtChatRole          role);
const char    *zt_chat_state_to_string   (ZtChatState         state);

#define ZT_TYPE_CHAT_STORE (zt_chat_store_get_type ())
G_DECLARE_FINAL_TYPE (ZtChatStore, zt_chat_store, ZT, CHAT_STORE, GObject)

/* Opens (creating) chat.db at @path. Messages left `streaming` by a process that ended are
 * marked `stopped`: their text is what was saved before it ended. */
ZtChatStore   *zt_chat_store_open        (const char         *path,
                                          GError            **error);

/* Returns the new conversation's id, or 0 with @error. @services may be NULL. */
gint64         zt_chat_store_create_conversation (ZtChatStore        *self,
                                          const char         *title,
                                          const char         *model,
                                          const char         *system_prompt,
                                          const char * const *services,
                                          GError            **error);
ZtChatConversation *zt_chat_store_get_conversation (ZtChatStore  *self,
                                          gint64              id,
                                          GError            **error);
gboolean       zt_chat_store_set_title   (ZtChatStore        *self,
                                          gint64              id,
                                          const char         *title,
                                          GError            **error);
gboolean       zt_chat_store_set_model   (ZtChatStore        *self,
                                          gint64              id,
                                          const char         *model,
                                          GError            **error);
/* @services may be NULL (no tools). */
gboolean       zt_chat_store_set_services (ZtChatStore       *self,
                                          gint64              id,
                                          const char * const *services,
                                          GError            **error);
gboolean       zt_chat_store_delete_conversation (ZtChatStore        *self,
                                          gint64              id,
                                          GError            **error);
/* Newest first; @limit is capped at ZT_CHAT_MAX_PAGE. Element type ZtChatConversation. */
GPtrArray     *zt_chat_store_list_conversations (ZtChatStore        *self,
                                          guint               offset,
                                          guint               limit,
                                          GError            **error);
/* Conversations whose title or messages hold every word of @text (words, not FTS syntax),
 * best match first, each with a snippet; @limit capped at ZT_CHAT_MAX_PAGE. */
GPtrArray     *zt_chat_store_search      (ZtChatStore        *self,
                                          const char         *text,
                                          guint               limit,
                                          GError            **error);

/* Appends @message to its conversation: sets its id, seq and created. Refused over the
 * size bounds (ZT_ERROR_TOO_LARGE) or ZT_CHAT_MAX_MESSAGES (ZT_ERROR_LIMIT). */
gboolean       zt_chat_store_add_message (ZtChatStore        *self,
                                          ZtChatMessage      *message,
                                          GError            **error);
/* Writes @message's content, tool_calls, tokens and state back (by id). */
gboolean       zt_chat_store_update_message (ZtChatStore     *self,
                                          const ZtChatMessage *message,
                                          GError            **error);
/* In seq order. Element type ZtChatMessage. */
GPtrArray     *zt_chat_store_get_messages (ZtChatStore       *self,
                                          gint64              conversation,
                                          GError            **error);
/* Removes the messages of @conversation from @seq on (retry, edit and resend). */
gboolean       zt_chat_store_truncate    (ZtChatStore        *self,
                                          gint64              conversation,
                                          gint64              seq,
                                          GError            **error);

/* @conversation is ignored (stored as none) for ZT_CHAT_APPROVAL_ALWAYS. */
gboolean       zt_chat_store_add_approval (ZtChatStore       *self,
                                          ZtChatApprovalScope scope,
                                          gint64              conversation,
                                          const char         *service,
                                          const char         *tool,
                                          GError            **error);
/* Whether an `always` approval, or one for @conversation, covers @service's @tool. */
gboolean       zt_chat_store_is_approved (ZtChatStore        *self,
                                          gint64              conversation,
                                          const char         *service,
                                          const char         *tool);
/* Element type ZtChatApproval, newest first. */
GPtrArray     *zt_chat_store_list_approvals (ZtChatStore     *self,
                                          GError            **error);
/* FALSE with ZT_ERROR_NOT_FOUND when there is no approval @id. */
gboolean       zt_chat_store_revoke_approval (ZtChatStore    *self,
                                          gint64              id,
                                          GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtChatConversation, zt_chat_conversation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtChatMessage, zt_chat_message_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtChatApproval, zt_chat_approval_free)

G_END_DECLS
