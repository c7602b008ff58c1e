/* fuzz-grant.c: libFuzzer target for grants (REST and CLI bodies) and the policy's decisions over them */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-policy.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The arguments of the calls each grant is tried on: the byte after the first picks one. */
static const char * const calls[] = {
  "{\"path\":\"/docs/a.md\",\"depth\":2,\"mode\":\"r\",\"tags\":[\"x\",{\"k\":null}]}",
  "{}",
  "{\"path\":\"\",\"depth\":-1e308,\"\":{\"~\":{\"/\":1}}}",
  "{\"a\":[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}",
};

/* Every answer of the validator is either a grant or an error in words that name the field. */
static void
check_refusal (const GError *error,
               const char   *field)
{
  if (error == NULL || !g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT))
    zt_fuzz_fail ("a grant refused without ZT_ERROR_INVALID_ARGUMENT", error ? error->message : NULL);
  if (!g_utf8_validate (error->message, -1, NULL) || (field != NULL && !g_utf8_validate (field, -1, NULL)))
    zt_fuzz_fail ("an error that is not UTF-8", NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  ZtLimits limits = { 64 * 1024, 32 };
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonObject) again_object = NULL;
  g_autoptr(ZtGrant) grant = NULL;
  g_autoptr(ZtGrant) again = NULL;
  g_autoptr(JsonNode) shown = NULL;
  g_autoptr(JsonNode) shown_again = NULL;
  g_autoptr(JsonNode) args = NULL;
  g_autoptr(ZtPolicy) policy = NULL;
  g_autoptr(ZtSubject) alice = NULL;
  g_autoptr(ZtSubject) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  GPtrArray *grants;
  const char *tool;
  guint pick;

  zt_fuzz_watch_log (NULL);
  if (size < 2)
    return 0;
  pick = data[0] % G_N_ELEMENTS (calls);
  object = zt_json_parse_object_strict ((const char *) data + 1, size - 1, &limits, NULL);
  if (object == NULL)
    return 0;

  grant = zt_grant_from_json (object, &field, &error);
  if (grant == NULL)
    {
      check_refusal (error, field);
      return 0;
    }

  /* what is stored and shown reads back as the same grant */
  shown = zt_grant_to_json (grant);
  text = zt_json_to_string (shown);  /* as the store writes it */
  again_object = zt_json_parse_object_strict (text, strlen (text), &limits, &error);
  if (again_object == NULL)
    zt_fuzz_fail ("a grant's own JSON does not parse", error->message);
  again = zt_grant_from_json (again_object, NULL, &error);
  if (again == NULL)
    zt_fuzz_fail ("a grant's own JSON is refused", error->message);
  shown_again = zt_grant_to_json (again);
  text_again = zt_json_to_string (shown_again);
  if (strcmp (text, text_again) != 0)
    zt_fuzz_fail ("a grant changes when read back", text);

  /* deciding with it never crashes, and names of one kind never match another kind */
  grants = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_grant_unref);
  g_ptr_array_add (grants, zt_grant_ref (grant));
  policy = zt_policy_new ();
  zt_policy_set (policy, grants, NULL);
  args = zt_json_parse_strict (calls[pick], strlen (calls[pick]), NULL, NULL);
  alice = zt_subject_new_peer ("spiffe://m/user/alice/endpoint/alice-pc", NULL);
  client = zt_subject_new_client ("alice");
  tool = json_object_get_string_member_with_default (object, "note", "read_file");
  for (guint k = 0; k < 3; k++)
    {
      g_autofree char *rule_peer = NULL, *rule_client = NULL;
      gboolean peer_ok = zt_policy_check (policy, alice, zt_grant_get_service (grant), k, tool, args,
                                          g_get_real_time (), &rule_peer);
      gboolean client_ok = zt_policy_check (policy, client, zt_grant_get_service (grant), k, tool, args,
                                            g_get_real_time (), &rule_client);
      const char *subject = zt_grant_get_subject (grant);

      if (rule_peer == NULL || rule_client == NULL)
        zt_fuzz_fail ("a decision without a rule", NULL);
      if (client_ok && !g_str_has_prefix (subject, "client:"))
        zt_fuzz_fail ("a client token allowed by a grant to a member of the mesh", subject);
      if (peer_ok && g_str_has_prefix (subject, "client:"))
        zt_fuzz_fail ("a mesh peer allowed by a grant to a client token", subject);
      if (peer_ok && !g_str_has_prefix (rule_peer, "grant:"))
        zt_fuzz_fail ("an allowed use whose rule is not its grant", rule_peer);
      if (!peer_ok && !g_str_has_prefix (rule_peer, "policy:"))
        zt_fuzz_fail ("a denied use whose rule is not the policy's", rule_peer);
    }
  return 0;
}
