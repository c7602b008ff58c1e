/* test-subject.c: typed subjects: parsing, formatting and matching a member */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-error.h"
#include "zt-subject.h"

static const struct {
  const char *text;
  const char *normal;   /* NULL: refused */
} parse_cases[] = {
  { "alice", "user:alice" },
  { "user:alice", "user:alice" },
  { "endpoint:alice-pc", "endpoint:alice-pc" },
  { "endpoint:alice", "endpoint:alice" },
  { "user:a.b_c-1", "user:a.b_c-1" },
  { "", NULL },
  { "user:", NULL },
  { "endpoint:", NULL },
  { "group:admins", NULL },
  { "USER:alice", NULL },
  { "user:..", NULL },
  { "user:endpoint:x", NULL },
  { "alice bob", NULL },
  { "user:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NULL },  /* 65 */
};

static void
test_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normal = zt_subject_normalize (parse_cases[i].text, &error);

      g_test_message ("%s", parse_cases[i].text);
      g_assert_cmpstr (normal, ==, parse_cases[i].normal);
      if (parse_cases[i].normal == NULL)
        g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
      else
        g_assert_no_error (error);
    }
}

static void
test_parse_parts (void)
{
  ZtMemberKind kind = ZT_MEMBER_USER;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_assert_true (zt_subject_parse ("endpoint:bob-pc", &kind, &name, NULL));
  g_assert_cmpint (kind, ==, ZT_MEMBER_ENDPOINT);
  g_assert_cmpstr (name, ==, "bob-pc");
  text = zt_subject_format (ZT_MEMBER_ENDPOINT, name);
  g_assert_cmpstr (text, ==, "endpoint:bob-pc");
}

/* The attack of the hardening issue: a member whose endpoint is named like another
 * member's user must not get what was exported to that user. */
static const struct {
  const char *subject;
  const char *user;
  const char *endpoint;
  gboolean    matches;
} match_cases[] = {
  { "user:alice", "alice", "alice-pc", TRUE },
  { "alice", "alice", "alice-pc", TRUE },
  { "user:alice", "mallory", "alice", FALSE },
  { "alice", "mallory", "alice", FALSE },
  { "endpoint:alice-pc", "alice", "alice-pc", TRUE },
  { "endpoint:alice-pc", "alice-pc", "laptop", FALSE },
  { "endpoint:alice", "mallory", "alice", TRUE },
  { "user:alice", "alicex", "x", FALSE },
  { "group:alice", "alice", "alice", FALSE },
  { "", "", "", FALSE },
  { "*", "anyone", "anywhere", TRUE },   /* an offer to every member */
  { "*", NULL, NULL, FALSE },
  { "**", "anyone", "anywhere", FALSE },
};

static void
test_matches (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (match_cases); i++)
    {
      g_test_message ("%s vs %s/%s", match_cases[i].subject, match_cases[i].user, match_cases[i].endpoint);
      g_assert_cmpint (zt_subject_matches (match_cases[i].subject, match_cases[i].user, match_cases[i].endpoint),
                       ==, match_cases[i].matches);
    }
}

static void
test_callers_typed (void)
{
  /* the same name in different kinds is never the same subject */
  g_autoptr(ZtSubject) local = zt_subject_new_local ();
  g_autoptr(ZtSubject) anonymous = zt_subject_new_anonymous ();
  g_autoptr(ZtSubject) client = zt_subject_new_client ("alice");
  g_autoptr(ZtSubject) client2 = zt_subject_new_client ("alice");
  g_autoptr(ZtSubject) peer = zt_subject_new_peer ("spiffe://m/user/alice/endpoint/alice-pc", "abcd");
  g_autoptr(ZtSubject) named_local = zt_subject_new_client ("local");
  ZtSubject *all[] = { local, anonymous, client, peer, named_local };

  g_assert_cmpstr (zt_subject_to_string (local), ==, "local");
  g_assert_cmpstr (zt_subject_to_string (anonymous), ==, "anonymous");
  g_assert_cmpstr (zt_subject_to_string (client), ==, "client:alice");
  g_assert_cmpstr (zt_subject_display_name (client), ==, "alice");
  g_assert_cmpstr (zt_subject_to_string (peer), ==, "spiffe://m/user/alice/endpoint/alice-pc");
  g_assert_cmpstr (peer->user, ==, "alice");
  g_assert_cmpstr (peer->endpoint, ==, "alice-pc");
  g_assert_cmpstr (peer->key, ==, "abcd");
  g_assert_true (zt_subject_equal (client, client2));
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    for (guint j = 0; j < G_N_ELEMENTS (all); j++)
      g_assert_true (zt_subject_equal (all[i], all[j]) == (i == j));
  g_assert_null (zt_subject_new_peer ("alice", NULL));
  g_assert_null (zt_subject_new_peer ("spiffe://m/user/alice", NULL));
  g_assert_false (zt_subject_equal (NULL, local));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/subject/parse", test_parse);
  g_test_add_func ("/subject/parse-parts", test_parse_parts);
  g_test_add_func ("/subject/matches", test_matches);
  g_test_add_func ("/subject/callers-typed", test_callers_typed);
  return g_test_run ();
}
