/* test-join-preview.c: what a join would do, read from an invitation that is hostile until
 * its hub answers: what is shown is checked as a hub checks it, and anything else refused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>

#include "zt-hub.h"
#include "zt-join.h"

/* An invitation around @json, as a hub writes it (the prefix, then base64) */
static char *
wrap (const char *json)
{
  g_autofree char *b64 = g_base64_encode ((const guchar *) json, strlen (json));
  return g_strconcat (ZT_INVITATION_PREFIX, b64, NULL);
}

static char *
invitation_json (const char *mesh,
                 const char *hubs,
                 const char *user,
                 const char *endpoint,
                 gint64      exp)
{
  g_autofree char *ep = endpoint ? g_strdup_printf (", \"endpoint\": \"%s\"", endpoint) : g_strdup ("");
  return g_strdup_printf ("{\"v\": 1, \"mesh\": \"%s\", \"hubs\": %s, \"ca\": \"ab\", \"user\": \"%s\"%s, "
                          "\"id\": \"i\", \"secret\": \"s\", \"exp\": %" G_GINT64_FORMAT "}",
                          mesh, hubs, user, ep, exp);
}

static void
test_shows_what_it_joins (void)
{
  gint64 exp = g_get_real_time () / G_USEC_PER_SEC + 3600;
  g_autofree char *json = invitation_json ("guimesh", "[\"192.0.2.7:7443\", \"hub.example.org:7443\", \"[::1]:7443\"]",
                                           "alice", "alice-desktop", exp);
  g_autofree char *text = wrap (json);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) p = zt_join_preview (text, NULL, &error);
  g_autoptr(JsonObject) typed = NULL;
  JsonArray *hubs;

  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (p, "mesh"), ==, "guimesh");
  g_assert_cmpstr (json_object_get_string_member (p, "user"), ==, "alice");
  g_assert_cmpstr (json_object_get_string_member (p, "endpoint"), ==, "alice-desktop");
  g_assert_cmpstr (json_object_get_string_member (p, "endpoint_from"), ==, "invitation");
  g_assert_cmpint (json_object_get_int_member (p, "expires"), ==, exp);
  hubs = json_object_get_array_member (p, "hubs");
  g_assert_cmpuint (json_array_get_length (hubs), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (hubs, 1), ==, "hub.example.org:7443");
  /* the secret is not part of what is shown */
  g_assert_false (json_object_has_member (p, "secret"));

  /* a name typed for this computer wins, and says so */
  typed = zt_join_preview (text, "laptop", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (typed, "endpoint"), ==, "laptop");
  g_assert_cmpstr (json_object_get_string_member (typed, "endpoint_from"), ==, "request");
}

static void
test_host_name_default (void)
{
  g_autofree char *json = invitation_json ("m", "[\"127.0.0.1:1\"]", "bob", NULL,
                                           g_get_real_time () / G_USEC_PER_SEC + 60);
  g_autofree char *text = wrap (json);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) p = zt_join_preview (text, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (p, "endpoint_from"), ==, "host");
  g_assert_cmpstr (json_object_get_string_member (p, "endpoint"), !=, "bob");
}

static void
test_refuses_what_no_hub_makes (void)
{
  gint64 later = g_get_real_time () / G_USEC_PER_SEC + 3600;
  g_autoptr(GString) many = g_string_new ("[");
  struct { const char *what, *mesh, *hubs, *user, *endpoint; gint64 exp; } cases[] = {
    { "markup in the mesh name", "<b>bank</b>", "[\"127.0.0.1:1\"]", "alice", NULL, later },
    { "a control character in the user", "m", "[\"127.0.0.1:1\"]", "al\\u0007ice", NULL, later },
    { "a space in the endpoint", "m", "[\"127.0.0.1:1\"]", "alice", "my pc", later },
    { "a user name of 65 characters", "m", "[\"127.0.0.1:1\"]",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NULL, later },
    { "a hub with a space", "m", "[\"evil host:1\"]", "alice", NULL, later },
    { "a hub with a path", "m", "[\"h.example/x:1\"]", "alice", NULL, later },
    { "a hub without a port", "m", "[\"h.example\"]", "alice", NULL, later },
    { "a hub on port 0", "m", "[\"h.example:0\"]", "alice", NULL, later },
    { "seventeen hubs", "m", NULL, "alice", NULL, later },
    { "no hubs", "m", "[]", "alice", NULL, later },
    { "expired", "m", "[\"127.0.0.1:1\"]", "alice", NULL, g_get_real_time () / G_USEC_PER_SEC - 1 },
    { "an expiry of 0", "m", "[\"127.0.0.1:1\"]", "alice", NULL, 0 },
  };

  for (int i = 0; i < 17; i++)
    g_string_append_printf (many, "%s\"h%d.example:1\"", i ? ", " : "", i);
  g_string_append (many, "]");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = invitation_json (cases[i].mesh, cases[i].hubs ? cases[i].hubs : many->str, cases[i].user,
                                               cases[i].endpoint, cases[i].exp);
      g_autofree char *text = wrap (json);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonObject) p = zt_join_preview (text, NULL, &error);
      int expected;

      g_test_message ("%s: %s", cases[i].what, error ? error->message : "accepted");
      expected = strcmp (cases[i].what, "expired") == 0 ? ZT_JOIN_ERROR_HUB_REFUSED : ZT_JOIN_ERROR_INVALID_INVITATION;
      g_assert_null (p);
      g_assert_error (error, ZT_JOIN_ERROR, expected);
    }
  /* and text that is no invitation at all */
  {
    g_autoptr(GError) error = NULL;
    g_assert_null (zt_join_preview ("zt4mcp-invite:!!!", NULL, &error));
    g_assert_error (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_INVALID_INVITATION);
  }
  /* a typed name the hub would refuse is refused here too */
  {
    g_autofree char *json = invitation_json ("m", "[\"127.0.0.1:1\"]", "alice", NULL, later);
    g_autofree char *text = wrap (json);
    g_autoptr(GError) error = NULL;
    g_assert_null (zt_join_preview (text, "two words", &error));
    g_assert_nonnull (error);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/join-preview/shows-what-it-joins", test_shows_what_it_joins);
  g_test_add_func ("/join-preview/host-name-default", test_host_name_default);
  g_test_add_func ("/join-preview/refuses-what-no-hub-makes", test_refuses_what_no_hub_makes);
  return g_test_run ();
}
