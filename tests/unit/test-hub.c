/* test-hub.c: unit tests of what the hub and its members read from each other: invitations, control messages */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>

#include "zt-error.h"
#include "zt-hub.h"
#include "zt-hub-private.h"
#include "zt-jsonrpc.h"
#include "zt-mesh-client-private.h"

static char *
wrap (const char *json)
{
  g_autofree char *b64 = g_base64_encode ((const guchar *) json, strlen (json));

  return g_strconcat ("  " ZT_INVITATION_PREFIX, b64, "\n", NULL);
}

#define INV_HEAD "{\"v\":1,\"mesh\":\"acme\",\"ca\":\"ab12\",\"user\":\"alice\",\"id\":\"i1\",\"secret\":\"s\""

/* An accepted invitation is one zt_join_mesh() can use: every hub address a string. */
static void
test_invitation_decode (void)
{
  static const struct {
    const char *json;
    gboolean    ok;
  } cases[] = {
    { INV_HEAD ",\"hubs\":[\"hub.example:7443\",\"192.0.2.1:7443\"],\"exp\":4102444800}", TRUE },
    { INV_HEAD ",\"hubs\":[\"hub:1\"],\"endpoint\":\"pc\",\"exp\":1}", TRUE },
    { INV_HEAD ",\"hubs\":[\"hub:1\"],\"endpoint\":{},\"exp\":1}", FALSE },
    { INV_HEAD ",\"hubs\":[\"hub:1\"],\"endpoint\":null,\"exp\":1}", FALSE },
    { INV_HEAD ",\"hubs\":[\"hub:1\"],\"exp\":[1]}", FALSE },
    { INV_HEAD ",\"hubs\":[\"hub:1\"],\"exp\":\"4102444800\"}", FALSE },
    { INV_HEAD ",\"hubs\":[\"hub:1\"]}", FALSE },
    { "{\"v\":{},\"mesh\":\"acme\",\"ca\":\"ab12\",\"user\":\"alice\",\"id\":\"i1\",\"secret\":\"s\",\"hubs\":[\"h\"],\"exp\":1}", FALSE },
    { "{\"v\":1,\"mesh\":[],\"ca\":\"ab12\",\"user\":\"alice\",\"id\":\"i1\",\"secret\":\"s\",\"hubs\":[\"h\"],\"exp\":1}", FALSE },
    { INV_HEAD ",\"hubs\":[]}", FALSE },
    { INV_HEAD ",\"hubs\":[\"hub:1\",7443]}", FALSE },
    { INV_HEAD ",\"hubs\":[{\"host\":\"hub\"}]}", FALSE },
    { INV_HEAD ",\"hubs\":[null]}", FALSE },
    { INV_HEAD ",\"hubs\":\"hub:1\"}", FALSE },
    { INV_HEAD ",\"hubs\":null}", FALSE },
    { INV_HEAD "}", FALSE },
    { "{\"v\":2,\"mesh\":\"acme\",\"ca\":\"ab12\",\"user\":\"alice\",\"id\":\"i1\",\"secret\":\"s\",\"hubs\":[]}", FALSE },
    { "[1]", FALSE },
    { " \n", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = wrap (cases[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonObject) inv = zt_invitation_decode (text, &error);

      g_test_message ("case %u: %s", i, cases[i].json);
      if (cases[i].ok)
        {
          g_assert_no_error (error);
          g_assert_nonnull (inv);
        }
      else
        {
          g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
          g_assert_null (inv);
        }
    }
}

/* A member's control message, as the hub reads it and as its peers then see it. Whatever
 * the types, nothing logs a critical (fatal under GTest), and a service is listed to whom it
 * is exported (typed subjects; a plain name is a user). */
static void
test_control_hub (void)
{
  static const struct {
    const char       *text;
    ZtHubControlKind  kind;
    const char       *visible;   /* to alice / alice-pc, joined with ',' */
    const char       *llm;       /* those of them that are model services */
  } cases[] = {
    { "", ZT_HUB_CONTROL_OTHER, "", "" },
    { " \n", ZT_HUB_CONTROL_OTHER, "", "" },
    { "{\"type\":{}}", ZT_HUB_CONTROL_OTHER, "", "" },
    { "{\"type\":[\"hello\"],\"exports\":[{\"name\":\"a\",\"to\":[\"alice\"]}]}", ZT_HUB_CONTROL_OTHER, "", "" },
    { "{\"type\":\"hello\",\"exports\":[{\"name\":\"a\",\"to\":[\"alice\"]},{\"name\":\"b\",\"to\":[\"bob\"]},"
      "{\"name\":\"c\",\"to\":[\"endpoint:alice-pc\"]},{\"name\":\"d\",\"to\":[\"alice-pc\"]}]}", ZT_HUB_CONTROL_HELLO, "a,c", "" },
    { "{\"type\":\"hello\",\"exports\":[1,\"a\",[],null,{\"name\":{},\"to\":[\"alice\"]},{\"name\":\"d\",\"to\":\"alice\"},"
      "{\"name\":\"e\",\"to\":[{},[],2,null,\"user:alice\"]}],\"direct\":[]}", ZT_HUB_CONTROL_HELLO, "e", "" },
    { "{\"type\":\"renew\",\"csr\":{}}", ZT_HUB_CONTROL_RENEW, "", "" },
    /* model services are listed apart too; any other kind (or a kind that is no string) is not one */
    { "{\"type\":\"hello\",\"exports\":[{\"name\":\"m\",\"kind\":\"llm\",\"to\":[\"alice\"]},"
      "{\"name\":\"n\",\"kind\":\"llm\",\"to\":[\"bob\"]},{\"name\":\"o\",\"kind\":\"mcp\",\"to\":[\"alice\"]},"
      "{\"name\":\"p\",\"kind\":[\"llm\"],\"to\":[\"alice\"]}]}", ZT_HUB_CONTROL_HELLO, "m,o,p", "m" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].text, strlen (cases[i].text));
      ZtHubControl m;

      g_test_message ("case %u: %s", i, cases[i].text);
      _zt_hub_control_read (SOUP_WEBSOCKET_DATA_TEXT, bytes, &m, NULL);
      g_assert_cmpint (m.kind, ==, cases[i].kind);
      if (m.kind == ZT_HUB_CONTROL_RENEW)
        g_assert_cmpstr (m.csr, ==, "");
      /* written as text: it must read back as an array of strings */
      for (guint llm_only = 0; llm_only < 2; llm_only++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(JsonNode) root = NULL;
          g_autoptr(GString) names = g_string_new (NULL);
          JsonArray *a;

          _zt_hub_append_visible_services (text, m.exports, "alice", "alice-pc", llm_only);
          root = json_from_string (text->str, NULL);
          g_assert_nonnull (root);
          g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
          a = json_node_get_array (root);
          for (guint k = 0; k < json_array_get_length (a); k++)
            g_string_append_printf (names, "%s%s", k ? "," : "", json_array_get_string_element (a, k));
          g_assert_cmpstr (names->str, ==, llm_only ? cases[i].llm : cases[i].visible);
        }
      _zt_hub_control_clear (&m);
    }
}

/* A member's run id goes to every member that sees it: kept only when it is a short token. */
static void
test_control_instance (void)
{
  static const struct {
    const char *instance;   /* the member's JSON value */
    const char *kept;
  } cases[] = {
    { "\"0f8e2c1a-5b7d-4e3f-9a6b-1c2d3e4f5a6b\"", "0f8e2c1a-5b7d-4e3f-9a6b-1c2d3e4f5a6b" },
    { "\"a\"", "a" },
    { "\"\"", NULL },
    { "\"" "0123456789012345678901234567890123456789012345678901234567890123" "\"",
      "0123456789012345678901234567890123456789012345678901234567890123" },
    { "\"" "01234567890123456789012345678901234567890123456789012345678901234" "\"", NULL },
    { "\"a/b\"", NULL },
    { "\"a b\"", NULL },
    { "\"<script>\"", NULL },
    { "\"\\u00e9\"", NULL },
    { "{}", NULL },
    { "[\"a\"]", NULL },
    { "7", NULL },
    { "null", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"type\":\"hello\",\"exports\":[],\"instance\":%s}", cases[i].instance);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      ZtHubControl m;

      g_test_message ("case %u: %s", i, text);
      g_assert_true (_zt_hub_control_read (SOUP_WEBSOCKET_DATA_TEXT, bytes, &m, NULL));
      g_assert_cmpint (m.kind, ==, ZT_HUB_CONTROL_HELLO);
      g_assert_cmpstr (m.instance, ==, cases[i].kept);
      _zt_hub_control_clear (&m);
    }
}

/* The hub's "connected" on a stream: the run it names is kept only when it is one; anything
 * else than that message is refused (the stream is not begun). */
static void
test_connected_instance (void)
{
  static const struct {
    const char *text;
    const char *kept;   /* NULL: refused */
  } cases[] = {
    { "{\"type\":\"connected\"}", "" },
    { "{\"type\":\"connected\",\"instance\":\"0f8e2c1a-5b7d-4e3f-9a6b-1c2d3e4f5a6b\"}",
      "0f8e2c1a-5b7d-4e3f-9a6b-1c2d3e4f5a6b" },
    { "{\"type\":\"connected\",\"instance\":\"a/b\"}", "" },
    { "{\"type\":\"connected\",\"instance\":7}", "" },
    { "{\"type\":\"connected\",\"instance\":[\"a\"]}", "" },
    { "{\"type\":\"connected\",\"instance\":\"\\u0000\"}", NULL },   /* no NUL in any string */
    { "{\"type\":\"stream\"}", NULL },
    { "{}", NULL },
    { "[]", NULL },
    { "connected", NULL },
    { "{\"type\":\"connected\",\"x\":[[[[[[1]]]]]]}", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autofree char *instance = _zt_mesh_client_connected_read (bytes, &error);

      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_cmpstr (instance, ==, cases[i].kept);
      g_assert_true ((instance == NULL) == (error != NULL));
    }
  {
    /* past its bound (4 KiB), whatever it says */
    g_autofree char *pad = g_strnfill (5000, 'a');
    g_autofree char *text = g_strdup_printf ("{\"type\":\"connected\",\"pad\":\"%s\"}", pad);
    g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
    g_autoptr(GError) error = NULL;

    g_assert_null (_zt_mesh_client_connected_read (bytes, &error));
    g_assert_nonnull (error);
  }
}

/* An agent's list of peers after a hub's peers-update: changed entries in place, new ones
 * after, the gone left out; whatever the hub sent, only entries with a string endpoint. */
static void
test_peers_merge (void)
{
  static const struct {
    const char *peers, *update, *gone;
    guint       max;
    const char *expect;   /* endpoint:v of each entry */
  } cases[] = {
    { "[{\"endpoint\":\"a\",\"v\":1},{\"endpoint\":\"b\",\"v\":1}]", "[{\"endpoint\":\"b\",\"v\":2}]", "[]", 10, "a:1 b:2" },
    { "[{\"endpoint\":\"a\",\"v\":1},{\"endpoint\":\"b\",\"v\":1}]", "[{\"endpoint\":\"c\",\"v\":1}]", "[\"a\"]", 10, "b:1 c:1" },
    { NULL, "[{\"endpoint\":\"a\",\"v\":1}]", "[]", 10, "a:1" },
    { "[{\"endpoint\":\"a\",\"v\":1}]", "[1,{},[],null,{\"endpoint\":2,\"v\":9},{\"endpoint\":\"b\",\"v\":1}]", "[3,{},null]", 10, "a:1 b:1" },
    { "[{\"endpoint\":\"a\",\"v\":1},{\"endpoint\":\"b\",\"v\":1}]", "[{\"endpoint\":\"c\",\"v\":1}]", "[]", 2, "a:1 b:1" },
    { "[]", "[{\"endpoint\":\"a\",\"v\":1},{\"endpoint\":\"a\",\"v\":2}]", "[]", 10, "a:2" },
    { "[{\"endpoint\":\"a\",\"v\":1},{\"endpoint\":\"a\",\"v\":3}]", "[]", "[]", 10, "a:1" },
    { "[{\"endpoint\":\"a\",\"v\":1}]", "[{\"endpoint\":\"a\",\"v\":2}]", "[\"a\"]", 10, "" },
    { "{\"endpoint\":\"a\"}", "{}", "\"a\"", 10, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) peers = cases[i].peers ? json_from_string (cases[i].peers, NULL) : NULL;
      g_autoptr(JsonNode) update = json_from_string (cases[i].update, NULL);
      g_autoptr(JsonNode) gone = json_from_string (cases[i].gone, NULL);
      g_autoptr(JsonNode) merged = NULL;
      g_autoptr(GString) seen = g_string_new (NULL);
      JsonArray *a;

      g_test_message ("case %u: %s + %s - %s", i, cases[i].peers, cases[i].update, cases[i].gone);
      merged = _zt_mesh_client_merge_peers (peers, update, gone, cases[i].max);
      a = json_node_get_array (merged);
      for (guint k = 0; k < json_array_get_length (a); k++)
        {
          JsonObject *o = json_array_get_object_element (a, k);

          g_string_append_printf (seen, "%s%s:%" G_GINT64_FORMAT, k ? " " : "", json_object_get_string_member (o, "endpoint"),
                                  json_object_get_int_member (o, "v"));
        }
      g_assert_cmpstr (seen->str, ==, cases[i].expect);
    }
}

/* A dial names the member's spare leg it waits on, or none (an agent from before names): a
 * name that is not one makes it no dial. The hub's welcome says how many it keeps. */
static void
test_control_spare_names (void)
{
  static const struct {
    const char *leg;    /* the JSON value, NULL: no member */
    const char *kept;   /* NULL: not a dial, or (with dial) no name */
    gboolean    dial;
  } cases[] = {
    { NULL, NULL, TRUE },
    { "\"s1\"", "s1", TRUE },
    { "\"a-b_C9\"", "a-b_C9", TRUE },
    { "\"" "01234567890123456789012345678901" "\"", "01234567890123456789012345678901", TRUE },
    { "\"" "012345678901234567890123456789012" "\"", NULL, FALSE },
    { "\"\"", NULL, FALSE },
    { "\"a b\"", NULL, FALSE },
    { "\"a/b\"", NULL, FALSE },
    { "\"\u00e9\"", NULL, FALSE },
    { "7", NULL, FALSE },
    { "null", NULL, FALSE },
    { "[\"s1\"]", NULL, FALSE },
  };
  static const struct { const char *text; guint spares; } welcomes[] = {
    { "{\"type\":\"welcome\",\"mesh\":\"m\"}", 0 },
    { "{\"type\":\"welcome\",\"spares\":2}", 2 },
    { "{\"type\":\"welcome\",\"spares\":-5}", 0 },
    { "{\"type\":\"welcome\",\"spares\":99999999999}", 16 },
    { "{\"type\":\"welcome\",\"spares\":[2]}", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cases[i].leg
        ? g_strdup_printf ("{\"type\":\"dial\",\"to\":\"e\",\"service\":\"s\",\"leg\":%s}", cases[i].leg)
        : g_strdup ("{\"type\":\"dial\",\"to\":\"e\",\"service\":\"s\"}");
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      ZtHubControl m;

      g_test_message ("case %u: %s", i, text);
      g_assert_true (_zt_hub_control_read (SOUP_WEBSOCKET_DATA_TEXT, bytes, &m, NULL));
      g_assert_cmpint (m.kind, ==, cases[i].dial ? ZT_HUB_CONTROL_DIAL : ZT_HUB_CONTROL_OTHER);
      g_assert_cmpstr (m.leg, ==, cases[i].kept);
      _zt_hub_control_clear (&m);
    }
  g_assert_false (_zt_hub_spare_name_is_valid (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (welcomes); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (welcomes[i].text, strlen (welcomes[i].text));
      ZtMeshControl m;

      g_assert_true (_zt_mesh_client_control_read (SOUP_WEBSOCKET_DATA_TEXT, bytes, &m, NULL));
      g_assert_cmpint (m.kind, ==, ZT_MESH_CONTROL_WELCOME);
      g_assert_cmpuint (m.spares, ==, welcomes[i].spares);
      _zt_mesh_client_control_clear (&m);
    }
}

/* The hub's control messages as an agent reads them: fields it uses have their types. */
static void
test_control_agent (void)
{
  static const struct {
    const char        *text;
    ZtMeshControlKind  kind;
    const char        *user_of_e;  /* the user of the first peer with endpoint "e" */
  } cases[] = {
    { "", ZT_MESH_CONTROL_OTHER, NULL },
    { "{\"type\":{\"peers\":1}}", ZT_MESH_CONTROL_OTHER, NULL },
    { " \n", ZT_MESH_CONTROL_OTHER, NULL },
    { "{\"type\":\"peers\",\"peers\":\"x\"}", ZT_MESH_CONTROL_OTHER, NULL },
    { "{\"type\":\"peers\",\"peers\":[1,\"e\",[],null,{\"endpoint\":{}},{\"endpoint\":\"e\",\"user\":[]},"
      "{\"endpoint\":\"e\",\"user\":\"v\"}]}", ZT_MESH_CONTROL_PEERS, NULL },
    { "{\"type\":\"peers\",\"peers\":[{\"endpoint\":\"e\",\"user\":\"u\"},{\"endpoint\":\"e\",\"user\":\"v\"}]}",
      ZT_MESH_CONTROL_PEERS, "u" },
    { "{\"type\":\"stream\",\"id\":null,\"service\":7}", ZT_MESH_CONTROL_STREAM, NULL },
    { "{\"type\":\"certificate\",\"certificate\":5}", ZT_MESH_CONTROL_CERTIFICATE, NULL },
    { "{\"type\":\"renew-refused\",\"message\":{}}", ZT_MESH_CONTROL_RENEW_REFUSED, NULL },
    { "{\"type\":\"welcome\",\"spares\":\"2\"}", ZT_MESH_CONTROL_WELCOME, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].text, strlen (cases[i].text));
      ZtMeshControl m;
      JsonObject *peer;

      g_test_message ("case %u: %s", i, cases[i].text);
      _zt_mesh_client_control_read (SOUP_WEBSOCKET_DATA_TEXT, bytes, &m, NULL);
      g_assert_cmpint (m.kind, ==, cases[i].kind);
      if (m.kind == ZT_MESH_CONTROL_STREAM)
        {
          g_assert_cmpstr (m.stream_id, ==, "");
          g_assert_cmpstr (m.service, ==, "");
        }
      if (m.kind == ZT_MESH_CONTROL_CERTIFICATE)
        g_assert_cmpstr (m.certificate, ==, "");
      if (m.kind == ZT_MESH_CONTROL_RENEW_REFUSED)
        g_assert_cmpstr (m.message, ==, "?");
      peer = _zt_mesh_client_find_peer (m.peers, "e");
      if (m.kind == ZT_MESH_CONTROL_PEERS)
        g_assert_nonnull (peer);
      g_assert_cmpstr (peer ? zt_json_get_string (peer, "user") : NULL, ==, cases[i].user_of_e);
      _zt_mesh_client_control_clear (&m);
    }
}

/* A hub's state in a new temporary directory (*@dir, for remove_hub ()) */
static ZtHubState *
open_hub (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hub_dir = NULL;
  ZtHubState *state;

  *dir = g_dir_make_tmp ("zt-test-hub-XXXXXX", &error);
  g_assert_no_error (error);
  hub_dir = g_build_filename (*dir, "hub", NULL);
  g_assert_true (zt_hub_init (hub_dir, "acme", "127.0.0.1:0", NULL, &error));
  g_assert_no_error (error);
  state = zt_hub_state_open (hub_dir, &error);
  g_assert_no_error (error);
  return state;
}

static void
remove_hub (ZtHubState *state,
            const char *dir)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

  zt_hub_state_free (state);
  g_assert_cmpint (system (cmd), ==, 0);
}

/* A join request is posted by anyone: members of any type are refused as missing, with no
 * critical (fatal under GTest). */
static void
test_join_request_types (void)
{
  static const char * const requests[] = {
    "{\"id\":{},\"secret\":\"s\",\"endpoint\":\"pc\",\"csr\":\"x\"}",
    "{\"id\":\"i\",\"secret\":[],\"endpoint\":\"pc\",\"csr\":\"x\"}",
    "{\"id\":\"i\",\"secret\":\"s\",\"endpoint\":{\"a\":1},\"csr\":\"x\"}",
    "{\"id\":\"i\",\"secret\":\"s\",\"endpoint\":\"pc\",\"csr\":[\"x\"]}",
    "{\"id\":7,\"secret\":null,\"endpoint\":true,\"csr\":1.5}",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  ZtHubState *state = open_hub (&dir);

  for (guint i = 0; i < G_N_ELEMENTS (requests); i++)
    {
      g_autoptr(JsonObject) o = zt_json_parse_object_strict (requests[i], strlen (requests[i]), NULL, NULL);
      g_autoptr(GError) join_error = NULL;
      g_autoptr(JsonNode) answer = NULL;

      g_test_message ("case %u: %s", i, requests[i]);
      answer = zt_hub_join (state, o, &join_error);
      g_assert_null (answer);
      g_assert_error (join_error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
    }
  remove_hub (state, dir);
}

/* An invitation's id is typed as an argument (`zt4mcp hub withdraw ID`): none begins with "-"
 * or "_" (one in 32 did: "-QhduKV6-mUfPAby" read as an option and failed e2e-mesh-admin). */
static void
test_invitation_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  ZtHubState *state = open_hub (&dir);
  g_autoptr(JsonNode) list = NULL;
  JsonArray *invitations;

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *invitation = zt_hub_invite (state, "bob", NULL, 3600, &error);

      g_assert_no_error (error);
      g_assert_nonnull (invitation);
    }
  list = zt_hub_list_invitations (state, &error);
  g_assert_no_error (error);
  invitations = json_object_get_array_member (json_node_get_object (list), "invitations");
  g_assert_cmpuint (json_array_get_length (invitations), ==, 400);
  for (guint i = 0; i < json_array_get_length (invitations); i++)
    {
      const char *id = json_object_get_string_member (json_array_get_object_element (invitations, i), "id");

      if (!g_ascii_isalnum (id[0]))
        g_error ("invitation id %s begins with %c", id, id[0]);
    }
  remove_hub (state, dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hub/invitation/decode", test_invitation_decode);
  g_test_add_func ("/hub/invitation/ids", test_invitation_ids);
  g_test_add_func ("/hub/control/hub", test_control_hub);
  g_test_add_func ("/hub/control/instance", test_control_instance);
  g_test_add_func ("/hub/control/agent", test_control_agent);
  g_test_add_func ("/hub/control/spare-names", test_control_spare_names);
  g_test_add_func ("/hub/control/peers-merge", test_peers_merge);
  g_test_add_func ("/hub/control/connected", test_connected_instance);
  g_test_add_func ("/hub/join/request-types", test_join_request_types);
  return g_test_run ();
}
