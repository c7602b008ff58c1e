/* zt-chat-tools.h: MCP tools offered to an OpenAI-compatible model, and its calls mapped back */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* OpenAI's own bounds: function names match [a-zA-Z0-9_-]{1,64}, at most 128 tools. */
#define ZT_CHAT_TOOLS_MAX_NAME  64
#define ZT_CHAT_TOOLS_MAX       128

/* A table of the tools offered in one request: each MCP tool (service, tool) gets a function
 * name `SERVICE__TOOL` made to fit OpenAI's pattern (other characters become `_`, cut to 64,
 * a `_N` suffix when two tools would get the same name). A name is never parsed back: a
 * call is mapped through the table, so only tools offered can be called. */
typedef struct _ZtChatTools ZtChatTools;

ZtChatTools *zt_chat_tools_new          (void);
void         zt_chat_tools_free         (ZtChatTools  *self);
/* Adds the tools of @service (the `tools` array of a tools/list answer); entries without a
 * string name are skipped, and so is everything past ZT_CHAT_TOOLS_MAX. Returns how many
 * were added. */
guint        zt_chat_tools_add_service  (ZtChatTools  *self,
                                         const char   *service,
                                         JsonArray    *mcp_tools);
guint        zt_chat_tools_get_n_tools  (ZtChatTools  *self);
/* The request's `tools` member: [{"type": "function", "function": {"name", "description",
 * "parameters"}}], `parameters` being the tool's inputSchema as it is. */
JsonNode    *zt_chat_tools_to_openai    (ZtChatTools  *self);
/* The service and tool a function name stands for; FALSE when no tool was offered so. */
gboolean     zt_chat_tools_lookup       (ZtChatTools  *self,
                                         const char   *function,
                                         const char  **service,
                                         const char  **tool);
/* The function name offered for (@service, @tool), or NULL. */
const char  *zt_chat_tools_function_for (ZtChatTools  *self,
                                         const char   *service,
                                         const char   *tool);

/* What the model is told of an MCP CallToolResult: its text contents, one a line (other
 * contents named by their type), else structuredContent as JSON; *is_error from isError. */
char        *zt_chat_tools_result_text  (JsonObject   *result,
                                         gboolean     *is_error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtChatTools, zt_chat_tools_free)

G_END_DECLS
