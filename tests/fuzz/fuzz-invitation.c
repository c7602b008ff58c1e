/* fuzz-invitation.c: libFuzzer target for zt_invitation_decode: what it accepts is usable and re-encodes */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-error.h"
#include "zt-hub.h"
#include "zt-jsonrpc.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Byte 0 says how to read the rest: bit 0 clear, as the pasted text; set, as the JSON inside
 * an invitation, which the harness wraps (prefix, base64) so the fuzzer need not find base64
 * by chance; bits 1-2 then add whitespace around it, as a paste may. */
static char *
invitation_text (const uint8_t *data,
                 size_t         size,
                 GBytes       **json)
{
  g_autofree char *b64 = NULL;

  if ((data[0] & 1) == 0)
    {
      const char *text = (const char *) data + 1;
      const char *p = g_strstr_len (text, size - 1, ZT_INVITATION_PREFIX);
      g_autofree char *copy = g_strndup (text, size - 1);
      g_autofree guchar *raw = NULL;
      gsize len = 0;

      /* the JSON inside, for the checks below; the decoder does its own decoding */
      if (p != NULL)
        {
          g_autofree char *tail = g_strndup (p + strlen (ZT_INVITATION_PREFIX),
                                             size - 1 - (gsize) (p - text) - strlen (ZT_INVITATION_PREFIX));
          raw = g_base64_decode (g_strstrip (tail), &len);
        }
      *json = g_bytes_new (raw, raw ? len : 0);
      return g_steal_pointer (&copy);
    }
  *json = g_bytes_new (data + 1, size - 1);
  b64 = g_base64_encode (data + 1, size - 1);
  return g_strconcat (data[0] & 2 ? " \t" : "", ZT_INVITATION_PREFIX, b64, data[0] & 4 ? "\r\n" : "", NULL);
}

/* What zt_join_mesh() reads, read the same way; a type it does not expect makes json-glib
 * log a critical, which zt_fuzz_watch_log() turns into a crash. */
static void
check_usable (JsonObject *inv)
{
  JsonArray *hubs;

  if (json_object_get_int_member_with_default (inv, "v", 0) != 1)
    zt_fuzz_fail ("accepted an invitation that is not version 1", NULL);
  for (const char * const *m = (const char * const[]) { "mesh", "ca", "id", "secret", "user", NULL }; *m; m++)
    if (json_object_get_string_member_with_default (inv, *m, NULL) == NULL)
      zt_fuzz_fail ("accepted an invitation without a string member", *m);
  (void) json_object_get_int_member_with_default (inv, "exp", 0);
  (void) json_object_get_string_member_with_default (inv, "endpoint", NULL);
  hubs = json_object_get_array_member (inv, "hubs");
  if (hubs == NULL)
    zt_fuzz_fail ("accepted an invitation without hubs", NULL);
  for (guint i = 0; i < json_array_get_length (hubs); i++)
    {
      JsonNode *hub = json_array_get_element (hubs, i);

      /* each becomes https://HUB/v1/join */
      if (!JSON_NODE_HOLDS_VALUE (hub) || json_node_get_value_type (hub) != G_TYPE_STRING)
        zt_fuzz_fail ("accepted an invitation with a hub address that is not a string", NULL);
    }
}

/* An accepted invitation, written again the way the hub writes one (JSON, base64, prefix),
 * decodes to the same fields. */
static void
check_reencode (JsonObject *inv,
                GBytes     *json)
{
  g_autoptr(JsonNode) node = json_node_alloc ();
  g_autofree char *text = NULL, *b64 = NULL, *again_text = NULL;
  g_autoptr(JsonObject) again = NULL;
  g_autoptr(JsonNode) again_node = NULL;
  gsize len;
  const char *raw = g_bytes_get_data (json, &len);
  ZtRef flags = zt_ref_check (raw ? raw : "", len, 64, FALSE);

  json_node_init_object (node, inv);
  text = zt_json_to_string (node);  /* as the hub writes it */
  b64 = g_base64_encode ((const guchar *) text, strlen (text));
  again_text = g_strconcat (ZT_INVITATION_PREFIX, b64, NULL);
  again = zt_invitation_decode (again_text, NULL);
  if (again != NULL)
    {
      again_node = json_node_alloc ();
      json_node_init_object (again_node, again);
    }
  if (again != NULL && json_node_equal (node, again_node))
    return;
  /* what json-glib 1.6 reads differently from the text, known from the jsonrpc target */
  if (flags.lone_surrogate)
    zt_fuzz_known ("lone-surrogate", text);
  else if (flags.nul_escape)
    zt_fuzz_known ("escaped-nul", text);
  else if (g_regex_match_simple ("inf|e[-+][0-9]+\\.0", text, 0, 0))
    zt_fuzz_known ("double-format", text);
  else
    zt_fuzz_fail (again ? "a re-encoded invitation decodes to other fields"
                        : "a re-encoded invitation is refused", text);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) json = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonObject) inv = NULL;
  g_autoptr(GError) error = NULL;

  zt_fuzz_watch_log (NULL);
  if (size < 1)
    return 0;
  text = invitation_text (data, size, &json);
  inv = zt_invitation_decode (text, &error);
  if (inv == NULL)
    {
      if (!g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT))
        zt_fuzz_fail ("an invitation refused without ZT_ERROR_INVALID_ARGUMENT", error ? error->message : NULL);
      return 0;
    }
  if (!g_str_has_prefix (g_strstrip (text), ZT_INVITATION_PREFIX))
    zt_fuzz_fail ("accepted an invitation without the prefix", text);
  /* the decoder goes through the strict scan: nothing but RFC 8259 JSON, 8 levels deep */
  {
    gsize len;
    const char *raw = g_bytes_get_data (json, &len);

    if (zt_ref_check (raw ? raw : "", len, 8, TRUE).verdict != ZT_REF_OK || !zt_ref_utf8 (raw, len))
      zt_fuzz_fail ("accepted an invitation that is not strict JSON within 8 levels", text);
  }
  check_usable (inv);
  check_reencode (inv, json);
  return 0;
}
