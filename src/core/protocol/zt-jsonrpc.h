/* zt-jsonrpc.h: JSON-RPC 2.0 / MCP messages: parsing with limits, validation, serialisation */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "zt-error.h"

G_BEGIN_DECLS

#define ZT_DEFAULT_MAX_MESSAGE_SIZE (4u * 1024u * 1024u)
#define ZT_DEFAULT_MAX_DEPTH        64u

/* For reading the local agent's REST answers (the CLI, the desktop app): another process,
 * so limited too, but roomier than one MCP message (lists of services or tools are long). */
#define ZT_AGENT_ANSWER_LIMITS      { 64u * 1024u * 1024u, 256u }

typedef struct {
  gsize max_size;   /* bytes of one serialised message; 0 = default */
  guint max_depth;  /* nesting of arrays and objects; 0 = default */
} ZtLimits;

typedef enum {
  ZT_MESSAGE_REQUEST,
  ZT_MESSAGE_NOTIFICATION,
  ZT_MESSAGE_RESULT,
  ZT_MESSAGE_ERROR,
} ZtMessageKind;

typedef struct _ZtMessage ZtMessage;

#define ZT_TYPE_MESSAGE (zt_message_get_type ())

GType          zt_message_get_type      (void) G_GNUC_CONST;

gboolean       zt_json_check            (const char      *data,
                                         gsize            len,
                                         const ZtLimits  *limits,
                                         GError         **error);
/* THE way to parse JSON that came from outside the process (a peer, the hub, an HTTP body,
 * an invitation, a file): zt_json_check's strict scan (size, UTF-8, depth, one RFC 8259
 * value, no U+0000 in any string), then the tree built from the scanned text in one pass
 * without recursion (json-glib's nodes; the tree json-glib's parser would build, which
 * fuzz-jsonrpc checks). Never call json-glib's parser on such bytes directly: it has no
 * depth limit. Returns the root, or NULL with ZT_ERROR set. */
JsonNode      *zt_json_parse_strict     (const char      *data,
                                         gsize            len,
                                         const ZtLimits  *limits,
                                         GError         **error);
/* The same for a document whose root must be an object (the usual case). */
JsonObject    *zt_json_parse_object_strict (const char   *data,
                                         gsize            len,
                                         const ZtLimits  *limits,
                                         GError         **error);
ZtMessage     *zt_message_parse         (const char      *data,
                                         gsize            len,
                                         const ZtLimits  *limits,
                                         GError         **error);
ZtMessage     *zt_message_new_from_node (JsonNode        *root,
                                         GError         **error);
ZtMessage     *zt_message_new_request   (JsonNode        *id,
                                         const char      *method,
                                         JsonNode        *params);
ZtMessage     *zt_message_new_notification (const char   *method,
                                         JsonNode        *params);
ZtMessage     *zt_message_new_result    (JsonNode        *id,
                                         JsonNode        *result);
ZtMessage     *zt_message_new_error     (JsonNode        *id,
                                         int              code,
                                         const char      *message);
/* The same with the error's "data" (may be NULL; copied) */
ZtMessage     *zt_message_new_error_with_data (JsonNode  *id,
                                         int              code,
                                         const char      *message,
                                         JsonNode        *data);
ZtMessage     *zt_message_new_error_from_gerror (JsonNode *id,
                                         const GError    *error);
ZtMessage     *zt_message_ref           (ZtMessage       *self);
void           zt_message_unref         (ZtMessage       *self);
ZtMessage     *zt_message_copy          (ZtMessage       *self);

ZtMessageKind  zt_message_get_kind      (ZtMessage       *self);
/* Whether a string of the text received holds U+0000: json-glib cut it short, so what the
 * tree says of that string is not what the peer will read (the relay sends the text). */
gboolean       zt_message_has_nul_string (ZtMessage      *self);
/* The message's object as a filter must read it: where the text has U+0000 in a string, the
 * copy has U+FFFD (json-glib would cut the string there), so a check sees the whole string,
 * of its real length, equal to nothing it would not equal. Without U+0000: the message's own
 * object. Unref it. */
JsonObject    *zt_message_dup_object_nul_visible (ZtMessage *self);
/* The same as a message (its text with \\ufffd for each \\u0000): what a filter that scans
 * and may rewrite the whole message works on. Without U+0000: @self, with a reference. */
ZtMessage     *zt_message_dup_nul_visible (ZtMessage    *self);
const char    *zt_message_get_method    (ZtMessage       *self);
JsonNode      *zt_message_get_id        (ZtMessage       *self);
void           zt_message_set_id        (ZtMessage       *self,
                                         JsonNode        *id);
/* Replaces the value at @path (nested object members, NULL-terminated; they must exist up to
 * the last) in both the tree and the relayed text. */
void           zt_message_replace       (ZtMessage       *self,
                                         const char * const *path,
                                         JsonNode        *value);
void           zt_message_set_param     (ZtMessage       *self,
                                         const char      *member,
                                         JsonNode        *value);
JsonObject    *zt_message_get_object    (ZtMessage       *self);
JsonObject    *zt_message_get_params    (ZtMessage       *self);
JsonObject    *zt_message_get_result    (ZtMessage       *self);
gboolean       zt_message_is_response   (ZtMessage       *self);
char          *zt_message_to_string     (ZtMessage       *self,
                                         gsize           *len);
/* @node as JSON with the members of every object sorted by name (bytewise), no white space:
 * the same value always gives the same text (the audit log hashes it). */
/* @node as JSON text, members in their order, on one line or indented for people: use these,
 * not json_to_string () or a JsonGenerator, for anything read again (json-glib 1.6 writes
 * 1e22 as "1e+22.0", which is not JSON) */
char          *zt_json_to_string        (JsonNode        *node);
char          *zt_json_to_string_pretty (JsonNode        *node);
/* @text (may be NULL: "") indented for people when it is JSON, through the strict parser
 * (json-glib's own has no depth limit); else @text as it is */
char          *zt_json_text_pretty      (const char      *text);
char          *zt_json_to_canonical     (JsonNode        *node);
/* The SHA-256 (hex) of @node's canonical text: what a tool's pin and the scan's verdicts are
 * keyed by */
char          *zt_json_canonical_sha256 (JsonNode        *node);
/* @s as a JSON string literal */
void           zt_json_append_string    (GString         *out,
                                         const char      *s);
/* Bytes of the message as received (or as it would be written): for counters */
gsize          zt_message_get_size      (ZtMessage       *self);

/* A member name as servers that match names without case compare it (Go's encoding/json:
 * simple case folding, which also pairs "ſ" with "s" and the Kelvin sign with "k"); NULL when
 * @name has no capital and nothing past ASCII, and so is its own fold. */
char          *zt_json_name_fold        (const char      *name);

/* Ids are strings or integers; a key distinguishes "1" from 1. */
char          *zt_json_id_key           (JsonNode        *id);
gboolean       zt_json_id_valid         (JsonNode        *id);
JsonNode      *zt_json_id_new_int       (gint64           value);

/* Typed reads of JSON from outside. json-glib's own getters log a critical when a member or
 * element has another type than asked for ({"name":{}} read as a string), which outside
 * input must never cause: these return NULL for anything but the type asked for. */
const char    *zt_json_get_string       (JsonObject      *object,
                                         const char      *member);
JsonArray     *zt_json_get_array        (JsonObject      *object,
                                         const char      *member);
/* @member's integer, or @otherwise when it is missing or anything but an integer. */
gint64         zt_json_get_int          (JsonObject      *object,
                                         const char      *member,
                                         gint64           otherwise);
const char    *zt_json_array_get_string (JsonArray       *array,
                                         guint            index);
JsonObject    *zt_json_array_get_object (JsonArray       *array,
                                         guint            index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtMessage, zt_message_unref)

/* Adds to @b (inside an open object) the params of an initialize request the agent makes
 * itself, to list a server's tools: protocol 2025-06-18, no capabilities, and
 * clientInfo {name: @client_name, version: this build's}. */
void           zt_mcp_add_initialize_params (JsonBuilder *b,
                                             const char  *client_name);

G_END_DECLS
