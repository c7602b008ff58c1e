/* fuzz-control.c: libFuzzer target for the mesh control channel, read by the hub and by an agent */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-error.h"
#include "zt-hub-private.h"
#include "zt-mesh-client-private.h"
#include "zt-jsonrpc.h"
#include "zt-subject.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Who the hub tells about the member's services in the checks below. */
static const char * const readers[][2] = {
  { "alice", "alice-pc" },
  { "bob", "bob-laptop" },
  { "carol", "alice" },
};

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* Whether an export list entry names the reader: "user:NAME" its user, "endpoint:NAME" its
 * endpoint, a plain NAME its user (as agents from before typed subjects wrote them). */
static gboolean
names_reader (const char *subject,
              const char *user,
              const char *endpoint)
{
  if (g_str_has_prefix (subject, "endpoint:"))
    return strcmp (subject + strlen ("endpoint:"), endpoint) == 0;
  if (g_str_has_prefix (subject, "user:"))
    return strcmp (subject + strlen ("user:"), user) == 0;
  return strcmp (subject, user) == 0;
}

/* The reference for what a reader may see: each export entry that is an object with a
 * string "name" and a "to" array naming (as a string) the reader. */
static GPtrArray *
expected_visible (JsonNode   *exports,
                  const char *user,
                  const char *endpoint)
{
  GPtrArray *names = g_ptr_array_new ();
  JsonArray *a = exports != NULL && JSON_NODE_HOLDS_ARRAY (exports) ? json_node_get_array (exports) : NULL;

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      JsonNode *name, *to;

      if (!JSON_NODE_HOLDS_OBJECT (e))
        continue;
      name = json_object_get_member (json_node_get_object (e), "name");
      to = json_object_get_member (json_node_get_object (e), "to");
      if (!is_string (name) || to == NULL || !JSON_NODE_HOLDS_ARRAY (to))
        continue;
      for (guint j = 0; j < json_array_get_length (json_node_get_array (to)); j++)
        {
          JsonNode *w = json_array_get_element (json_node_get_array (to), j);

          if (is_string (w) && names_reader (json_node_get_string (w), user, endpoint))
            {
              g_ptr_array_add (names, (gpointer) json_node_get_string (name));
              break;
            }
        }
    }
  return names;
}

/* A hello read by the hub, turned into the peers message a reader gets, read by the
 * reader's agent: the services it lists are exactly those exported to the reader. */
static void
check_hello (ZtHubControl *m,
             JsonNode     *announced)
{
  for (guint r = 0; r < G_N_ELEMENTS (readers); r++)
    {
      g_autoptr(GString) out = g_string_new ("{\"type\":\"peers\",\"peers\":[");
      /* from what the member sent, not from what the hub kept of it */
      g_autoptr(GPtrArray) expected = expected_visible (announced, readers[r][0], readers[r][1]);
      g_autoptr(GBytes) bytes = NULL;
      const char *text;
      ZtMeshControl seen;
      JsonObject *peer;
      JsonArray *services;

      /* what the hub writes for one online member (send_peers) */
      _zt_hub_append_peer_entry (out, "carol-pc", "carol", TRUE, m->exports, NULL, m->direct,
                                 readers[r][0], readers[r][1]);
      g_string_append (out, "]}");
      text = out->str;

      /* libsoup sends text messages only if they are UTF-8 */
      if (!g_utf8_validate (text, -1, NULL))
        zt_fuzz_fail ("the hub would broadcast a peers message that is not UTF-8", text);
      bytes = g_bytes_new (text, strlen (text));
      if (!_zt_mesh_client_control_read (SOUP_WEBSOCKET_DATA_TEXT, bytes, &seen, NULL) ||
          seen.kind != ZT_MESH_CONTROL_PEERS)
        zt_fuzz_fail ("the agent does not read the hub's peers message", text);
      peer = _zt_mesh_client_find_peer (seen.peers, "carol-pc");
      if (peer == NULL || g_strcmp0 (json_object_get_string_member (peer, "user"), "carol") != 0)
        zt_fuzz_fail ("the agent does not find the peer the hub listed", text);
      if (g_strcmp0 (m->direct, json_object_get_string_member_with_default (peer, "direct", NULL)) != 0)
        zt_fuzz_fail ("the agent reads another direct address than the member announced", text);
      services = json_object_get_array_member (peer, "services");
      if (json_array_get_length (services) != expected->len)
        zt_fuzz_fail ("a reader sees another number of services than exported to it", text);
      for (guint i = 0; i < expected->len; i++)
        if (g_strcmp0 (json_array_get_string_element (services, i), expected->pdata[i]) != 0)
          zt_fuzz_fail ("a reader sees other services than exported to it", text);
      _zt_mesh_client_control_clear (&seen);
    }
}

/* A message from the hub, read by an agent: what it acts on has the types it uses. */
static void
check_agent (ZtMeshControl *m)
{
  switch (m->kind)
    {
    case ZT_MESH_CONTROL_PEERS:
      {
        JsonArray *a;

        if (m->peers == NULL || !JSON_NODE_HOLDS_ARRAY (m->peers))
          zt_fuzz_fail ("peers that are not an array", NULL);
        a = json_node_get_array (m->peers);
        /* every endpoint listed is found, and it is the first entry of that name */
        for (guint i = 0; i < json_array_get_length (a) && i < 64; i++)
          {
            JsonNode *e = json_array_get_element (a, i);
            JsonNode *ep = JSON_NODE_HOLDS_OBJECT (e) ? json_object_get_member (json_node_get_object (e), "endpoint") : NULL;
            JsonObject *found;

            if (!is_string (ep))
              continue;
            found = _zt_mesh_client_find_peer (m->peers, json_node_get_string (ep));
            if (found == NULL)
              zt_fuzz_fail ("a listed endpoint is not found", json_node_get_string (ep));
            for (guint j = 0; j < i; j++)
              {
                JsonNode *before = json_array_get_element (a, j);
                JsonNode *bep = JSON_NODE_HOLDS_OBJECT (before) ? json_object_get_member (json_node_get_object (before), "endpoint") : NULL;

                if (is_string (bep) && strcmp (json_node_get_string (bep), json_node_get_string (ep)) == 0)
                  {
                    e = before;
                    break;
                  }
              }
            if (found != json_node_get_object (e))
              zt_fuzz_fail ("find_peer returned another entry than the first of that endpoint", NULL);
          }
        (void) _zt_mesh_client_find_peer (m->peers, "nobody");
        break;
      }
    case ZT_MESH_CONTROL_STREAM:
      {
        /* accept_stream() puts the id in the URL it dials */
        g_autofree char *escaped = NULL;

        if (m->stream_id == NULL || m->service == NULL)
          zt_fuzz_fail ("a stream request without an id or a service", NULL);
        escaped = g_uri_escape_string (m->stream_id, NULL, TRUE);
        break;
      }
    case ZT_MESH_CONTROL_CERTIFICATE:
      if (m->certificate == NULL)
        zt_fuzz_fail ("a certificate message without a certificate", NULL);
      break;
    case ZT_MESH_CONTROL_RENEW_REFUSED:
      if (m->message == NULL)
        zt_fuzz_fail ("a refusal without a message", NULL);
      break;
    case ZT_MESH_CONTROL_OTHER:
    default:
      if (m->peers || m->stream_id || m->service || m->certificate || m->message)
        zt_fuzz_fail ("an ignored message left something behind", NULL);
      break;
    }
}

/* What the strict parse must have refused: not UTF-8, not RFC 8259 JSON within @depth
 * levels, over @size bytes. */
static void
check_strict (const char *text,
              gsize       len,
              guint       depth,
              gsize       size,
              gboolean    accepted,
              GError     *error)
{
  ZtRef ref = zt_ref_check (text, len, depth, TRUE);
  gboolean strict = len <= size && zt_ref_utf8 (text, len) && ref.verdict == ZT_REF_OK;

  if (accepted && !strict)
    zt_fuzz_fail ("a control message that is not strict JSON was read", ref.why);
  if (accepted && ref.dup_name)
    zt_fuzz_fail ("a control message with a member name twice in one object was read", NULL);
  if (!accepted && (error == NULL || error->domain != ZT_ERROR))
    zt_fuzz_fail ("a control message refused without a ZT_ERROR", NULL);
  if (!accepted && strict && !ref.dup_name && len > 0 && text[0] == '{' &&
      !g_error_matches (error, ZT_ERROR, ZT_ERROR_PARSE))
    zt_fuzz_fail ("a strict JSON object refused", error->message);
}

/* Byte 0: bit 0 clear, a member's message to the hub; set, the hub's message to an agent.
 * Bit 1: sent as a binary message (ignored by both). The rest is the message. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) message = NULL;
  g_autoptr(GError) error = NULL;
  SoupWebsocketDataType type;
  const char *text;
  gboolean read;
  gsize len;

  zt_fuzz_watch_log (NULL);
  if (size < 1)
    return 0;
  text = (const char *) data + 1;
  len = size - 1;
  type = data[0] & 2 ? SOUP_WEBSOCKET_DATA_BINARY : SOUP_WEBSOCKET_DATA_TEXT;
  message = g_bytes_new (text, len);

  if ((data[0] & 1) == 0)
    {
      ZtHubControl m;

      read = _zt_hub_control_read (type, message, &m, &error);
      if (type == SOUP_WEBSOCKET_DATA_BINARY && (read || m.kind != ZT_HUB_CONTROL_OTHER))
        zt_fuzz_fail ("the hub read a binary message", NULL);
      if (type == SOUP_WEBSOCKET_DATA_TEXT)
        check_strict (text, len, 16, 1024 * 1024, read, error);
      if (!read && m.kind != ZT_HUB_CONTROL_OTHER)
        zt_fuzz_fail ("a refused message has a kind", NULL);
      if (m.kind != ZT_HUB_CONTROL_HELLO && (m.exports || m.direct))
        zt_fuzz_fail ("hello fields outside a hello", NULL);
      if (m.kind == ZT_HUB_CONTROL_RENEW && m.csr == NULL)
        zt_fuzz_fail ("a renewal without a CSR", NULL);
      /* a dial names its destination and service as strings, or is no dial */
      if ((m.kind == ZT_HUB_CONTROL_DIAL) != (m.to != NULL) || (m.kind == ZT_HUB_CONTROL_DIAL) != (m.service != NULL))
        zt_fuzz_fail ("a dial without its strings, or dial fields outside a dial", NULL);
      /* a spare leg's name only in a dial, and only a name */
      if (m.leg != NULL && (m.kind != ZT_HUB_CONTROL_DIAL || !_zt_hub_spare_name_is_valid (m.leg)))
        zt_fuzz_fail ("a spare leg's name outside a dial, or one that is no name", NULL);
      if (m.kind == ZT_HUB_CONTROL_HELLO)
        {
          g_autoptr(JsonObject) o = zt_json_parse_object_strict (text, len, NULL, NULL);

          check_hello (&m, o ? json_object_get_member (o, "exports") : NULL);
        }
      _zt_hub_control_clear (&m);
    }
  else
    {
      ZtMeshControl m;

      read = _zt_mesh_client_control_read (type, message, &m, &error);
      if (type == SOUP_WEBSOCKET_DATA_BINARY && (read || m.kind != ZT_MESH_CONTROL_OTHER))
        zt_fuzz_fail ("the agent read a binary message", NULL);
      if (type == SOUP_WEBSOCKET_DATA_TEXT)
        check_strict (text, len, 16, 16 * 1024 * 1024, read, error);
      check_agent (&m);
      _zt_mesh_client_control_clear (&m);
      /* the same bytes as the hub's word on a stream the agent dialled */
      if (type == SOUP_WEBSOCKET_DATA_TEXT)
        {
          g_autoptr(GError) cerror = NULL;
          g_autofree char *instance = _zt_mesh_client_connected_read (message, &cerror);

          if ((instance == NULL) == (cerror == NULL))
            zt_fuzz_fail ("a connected message neither read nor refused with a reason", text);
          if (instance != NULL && *instance != '\0' && !zt_mesh_instance_is_valid (instance))
            zt_fuzz_fail ("an agent kept a run id that is not one", text);
          if (instance != NULL && len > 4096)
            zt_fuzz_fail ("an agent read a connected message over its bound", NULL);
        }
    }
  return 0;
}
