/* fuzz-jsonrpc.c: libFuzzer target for zt_message_parse and the relay's id splice */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <stdint.h>

#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-fuzz-util.h"

/* Small limits, so that the fuzzer reaches them with small inputs. */
static const ZtLimits fuzz_limits = { .max_size = 16384, .max_depth = 16 };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The deepest nesting in the tree json-glib built, walked without recursion: the
 * independent measure that the flat scan's depth verdict is checked against. */
static guint
tree_depth (JsonNode *root)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
  guint max = 0;

  g_ptr_array_add (nodes, root);
  g_array_append_val (depths, max);
  while (nodes->len > 0)
    {
      JsonNode *node = g_ptr_array_steal_index_fast (nodes, nodes->len - 1);
      guint d = g_array_index (depths, guint, depths->len - 1);

      g_array_set_size (depths, depths->len - 1);
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *obj = json_node_get_object (node);
          g_autoptr(GList) members = json_object_get_members (obj);

          d++;
          for (GList *l = members; l; l = l->next)
            {
              g_ptr_array_add (nodes, json_object_get_member (obj, l->data));
              g_array_append_val (depths, d);
            }
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *arr = json_node_get_array (node);

          d++;
          for (guint i = 0; i < json_array_get_length (arr); i++)
            {
              g_ptr_array_add (nodes, json_array_get_element (arr, i));
              g_array_append_val (depths, d);
            }
        }
      max = MAX (max, d);
    }
  return max;
}

/* json-glib's parser: the reference the gateway's own tree builder is held to (only on text
 * zt_json_check accepted: json-glib has no depth limit) */
static JsonNode *
glib_tree (const char *data,
           gsize       len)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, data, (gssize) len, NULL))
    return NULL;
  return json_node_ref (json_parser_get_root (parser));
}

/* Whether two trees are the same, kinds and types included (json_node_equal reads 1 and 1.0
 * as equal): what a filter deciding on a value would see. @written: @b was read back from what
 * the gateway's writer made of @a, where an infinity or NaN is null (JSON has neither). */
static gboolean
trees_match (JsonNode *a,
             JsonNode *b,
             gboolean  written)
{
  if (written && JSON_NODE_HOLDS_VALUE (a) && json_node_get_value_type (a) == G_TYPE_DOUBLE &&
      !isfinite (json_node_get_double (a)))
    return JSON_NODE_HOLDS_NULL (b);
  if (json_node_get_node_type (a) != json_node_get_node_type (b))
    return FALSE;
  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *oa = json_node_get_object (a), *ob = json_node_get_object (b);
      g_autoptr(GList) ma = json_object_get_members (oa);
      g_autoptr(GList) mb = json_object_get_members (ob);
      GList *la = ma, *lb = mb;

      for (; la && lb; la = la->next, lb = lb->next)
        if (strcmp (la->data, lb->data) != 0 ||
            !trees_match (json_object_get_member (oa, la->data), json_object_get_member (ob, lb->data), written))
          return FALSE;
      return la == NULL && lb == NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *aa = json_node_get_array (a), *ab = json_node_get_array (b);

      if (json_array_get_length (aa) != json_array_get_length (ab))
        return FALSE;
      for (guint i = 0; i < json_array_get_length (aa); i++)
        if (!trees_match (json_array_get_element (aa, i), json_array_get_element (ab, i), written))
          return FALSE;
      return TRUE;
    }
  if (JSON_NODE_HOLDS_NULL (a))
    return TRUE;
  if (json_node_get_value_type (a) != json_node_get_value_type (b))
    return FALSE;
  switch (json_node_get_value_type (a))
    {
    case G_TYPE_INT64:
      return json_node_get_int (a) == json_node_get_int (b);
    case G_TYPE_DOUBLE:
      {
        double x = json_node_get_double (a), y = json_node_get_double (b);

        return memcmp (&x, &y, sizeof x) == 0 || (isnan (x) && isnan (y));
      }
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (a) == json_node_get_boolean (b);
    case G_TYPE_STRING:
      return strcmp (json_node_get_string (a), json_node_get_string (b)) == 0;
    default:
      return FALSE;
    }
}

static gboolean
same_tree (JsonNode *a,
           JsonNode *b)
{
  return trees_match (a, b, FALSE);
}


static JsonNode *
message_node (ZtMessage *msg)
{
  JsonNode *node = json_node_alloc ();

  json_node_init_object (node, zt_message_get_object (msg));
  return node;
}

static char *
hexdump (const char *data, gsize len)
{
  GString *s = g_string_new (NULL);

  for (gsize i = 0; i < MIN (len, 200); i++)
    {
      guchar c = (guchar) data[i];
      if (c >= 0x20 && c < 0x7f && c != '\\')
        g_string_append_c (s, (char) c);
      else
        g_string_append_printf (s, "\\x%02x", c);
    }
  if (len > 200)
    g_string_append (s, "...");
  return g_string_free (s, FALSE);
}

static void
check_rejected (const char *text,
                gsize       len,
                GError     *error)
{
  g_autoptr(ZtMessage) reply = NULL;
  g_autofree char *reply_text = NULL;
  gsize reply_len;
  int code;

  if (error == NULL || error->domain != ZT_ERROR)
    zt_fuzz_fail ("rejection without a ZT_ERROR", text);
  if (error->code != ZT_ERROR_PARSE && error->code != ZT_ERROR_INVALID_REQUEST &&
      error->code != ZT_ERROR_TOO_LARGE && error->code != ZT_ERROR_TOO_DEEP)
    zt_fuzz_fail ("unexpected error code", error->message);
  code = zt_error_to_jsonrpc (error);
  if (code != ZT_JSONRPC_PARSE_ERROR && code != ZT_JSONRPC_INVALID_REQUEST)
    zt_fuzz_fail ("unexpected JSON-RPC code", error->message);
  if (error->code == ZT_ERROR_TOO_LARGE && len <= fuzz_limits.max_size)
    zt_fuzz_fail ("TOO_LARGE under the size limit", error->message);

  /* The gateway answers a bad message with an error built from this GError: that reply
   * must itself be a valid message (the error text quotes the input). */
  reply = zt_message_new_error_from_gerror (NULL, error);
  reply_text = zt_message_to_string (reply, &reply_len);
  {
    g_autoptr(GError) again_error = NULL;
    g_autoptr(ZtMessage) again = zt_message_parse (reply_text, reply_len, NULL, &again_error);

    if (again == NULL)
      {
        /* json-glib quotes the bad token, decoded: a lone surrogate in it is not UTF-8 */
        if (!g_utf8_validate (error->message, -1, NULL))
          {
            zt_fuzz_known ("error-reply-utf8", error->message);
            return;
          }
        zt_fuzz_fail ("error reply does not parse", again_error->message);
      }
  }
}

/* Whether @node holds a number JSON cannot write (1e400 reads as infinity). */
static gboolean
has_nonfinite (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        if (has_nonfinite (member))
          return TRUE;
      return FALSE;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
        if (has_nonfinite (json_array_get_element (json_node_get_array (node), i)))
          return TRUE;
      return FALSE;
    }
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE &&
         !isfinite (json_node_get_double (node));
}

/* A message without received text (made or translated by the gateway) is written by the
 * gateway's own writer: it must parse back to the same tree, and it is always JSON (an
 * infinity becomes null, the only change allowed). */
static void
check_tree_round_trip (ZtMessage  *msg,
                       const char *input_hex)
{
  g_autoptr(JsonNode) node = message_node (msg);
  g_autoptr(ZtMessage) built = NULL;
  g_autofree char *text = NULL;
  g_autoptr(ZtMessage) again = NULL;
  g_autoptr(JsonNode) again_node = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  built = zt_message_new_from_node (node, &error);
  if (built == NULL)
    zt_fuzz_fail ("a parsed message's tree is not a message", error->message);
  text = zt_message_to_string (built, &len);
  if (!g_utf8_validate (text, len, NULL))
    {
      zt_fuzz_known ("lone-surrogate", input_hex);
      return;
    }
  again = zt_message_parse (text, len, NULL, &error);
  if (again == NULL)
    zt_fuzz_fail ("the gateway's writer wrote what does not parse", error->message);
  again_node = message_node (again);
  if (!json_node_equal (node, again_node) && !has_nonfinite (node))
    zt_fuzz_fail ("the gateway's writer wrote another tree", input_hex);
}

/* What the session relays: a copy with the id (or params.requestId) replaced. */
static void
check_relay (ZtMessage  *msg,
             const char *input,
             gsize       input_len,
             const char *input_hex)
{
  g_autoptr(ZtMessage) copy = zt_message_copy (msg);
  g_autoptr(JsonNode) new_id = zt_json_id_new_int (424242);
  g_autofree char *out = NULL;
  g_autofree char *out_hex = NULL;
  g_autoptr(ZtMessage) seen = NULL;
  g_autoptr(JsonNode) copy_node = NULL;
  g_autoptr(JsonNode) seen_node = NULL;
  g_autoptr(GError) error = NULL;
  gboolean splice_id = zt_message_get_kind (msg) != ZT_MESSAGE_NOTIFICATION;
  gboolean splice_param = !splice_id && zt_message_get_params (msg) != NULL &&
                          json_object_has_member (zt_message_get_params (msg), "requestId");
  ZtRef ref;
  gsize len;

  if (splice_id)
    zt_message_set_id (copy, new_id);
  if (splice_param)
    zt_message_set_param (copy, "requestId", new_id);
  out = zt_message_to_string (copy, &len);
  out_hex = hexdump (out, len);

  if (memchr (out, '\n', len) != NULL || memchr (out, '\r', len) != NULL)
    {
      zt_fuzz_known ("relayed-newline", out_hex);
      return;
    }
  ref = zt_ref_check (out, len, fuzz_limits.max_depth, FALSE);
  if (ref.verdict != ZT_REF_OK)
    {
      if (zt_ref_check (input, input_len, fuzz_limits.max_depth, FALSE).verdict == ZT_REF_OK)
        zt_fuzz_fail ("strict JSON in, non-JSON relayed", out_hex);
      zt_fuzz_known (ref.trailing ? "trailing-document" : "lenient-syntax", out_hex);
      return;
    }

  seen = zt_message_parse (out, len, NULL, &error);
  if (seen == NULL)
    {
      /* json-glib reads "\ud8:\"" as an escape that eats the quote, find_span() does not:
       * the splice fails, and the tree (with the bytes json-glib decoded) is sent instead */
      if (zt_ref_check (input, input_len, fuzz_limits.max_depth, FALSE).verdict != ZT_REF_OK)
        {
          zt_fuzz_known ("lenient-syntax", out_hex);
          return;
        }
      zt_fuzz_fail ("relayed text does not parse", error->message);
    }
  if (zt_message_get_kind (seen) != zt_message_get_kind (msg))
    zt_fuzz_fail ("relayed message changed kind", out_hex);
  if (splice_id || splice_param)
    {
      JsonNode *got = splice_id ? zt_message_get_id (seen)
                                : json_object_get_member (zt_message_get_params (seen), "requestId");
      g_autofree char *key = zt_json_id_key (got);

      if (g_strcmp0 (key, "i:424242") != 0)
        {
          if (g_strstr_len (input, input_len, "\\u") != NULL)
            {
              zt_fuzz_known ("escaped-key-id", out_hex);
              return;
            }
          zt_fuzz_fail ("the upstream would not see the remapped id", out_hex);
        }
    }
  /* Apart from the spliced member, the gateway's view and the upstream's must agree. */
  copy_node = message_node (copy);
  seen_node = message_node (seen);
  if (!json_node_equal (copy_node, seen_node))
    zt_fuzz_fail ("relayed message differs from what the gateway validated", input_hex);
}

/* What zt_json_check must answer, from the independent reading in zt-fuzz-util.h: the
 * ZT_ERROR code, or 0 for accepted. The size limit comes first, then UTF-8 over the whole
 * text; an empty (all whitespace) body is the envelope's "empty message"; otherwise the first
 * problem in the text decides: a nesting too deep, U+0000 in a name the gateway reads (an
 * invalid request), or anything else (syntax, a lone surrogate, an integer outside int64:
 * a parse error). */
static int
expected_check (const char *text,
                gsize       size,
                ZtRef      *ref)
{
  gsize i = 0;

  *ref = zt_ref_check (text, size, fuzz_limits.max_depth, TRUE);
  if (size > fuzz_limits.max_size)
    return ZT_ERROR_TOO_LARGE;
  if (!zt_ref_utf8 (text, size))
    return ZT_ERROR_PARSE;
  while (i < size && strchr (" \t\r\n", text[i]) != NULL && text[i] != '\0')
    i++;
  if (i == size)
    return 0;
  switch (ref->verdict)
    {
    case ZT_REF_OK:
      return 0;
    case ZT_REF_TOO_DEEP:
      return ZT_ERROR_TOO_DEEP;
    case ZT_REF_NUL_NAME:
      return ZT_ERROR_INVALID_REQUEST;
    case ZT_REF_SYNTAX:
    default:
      return ZT_ERROR_PARSE;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  g_autoptr(GError) check_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) msg = NULL;
  g_autofree char *input_hex = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) reference = NULL;   /* json-glib's tree of accepted text */
  gboolean checked;
  int expected;
  ZtRef ref, flags;

  expected = expected_check (text, size, &ref);
  checked = zt_json_check (text, size, &fuzz_limits, &check_error);
  input_hex = hexdump (text, size);

  /* The scanner accepts exactly RFC 8259 within the limits, and says why it refuses. */
  if (checked && expected != 0)
    zt_fuzz_fail (expected == ZT_ERROR_TOO_DEEP ? "zt_json_check accepted JSON over max_depth"
                  : expected == ZT_ERROR_TOO_LARGE ? "zt_json_check accepted a text over max_size"
                  : expected == ZT_ERROR_INVALID_REQUEST ? "zt_json_check accepted U+0000 in a name it must refuse"
                  : "zt_json_check accepted what is not RFC 8259 JSON", input_hex);
  if (!checked && expected == 0)
    zt_fuzz_fail ("zt_json_check refused RFC 8259 JSON within the limits", check_error->message);
  if (!checked && !g_error_matches (check_error, ZT_ERROR, expected))
    zt_fuzz_fail ("zt_json_check refused for another reason than the first problem", check_error->message);

  /* The tree the gateway builds from accepted text is the one json-glib's parser built from
   * it: the same kinds, types, values, member names and order. */
  if (checked)
    {
      g_autoptr(JsonNode) ours = zt_json_parse_strict (text, size, &fuzz_limits, NULL);
      gboolean blank = TRUE;

      for (gsize i = 0; i < size && blank; i++)
        blank = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';
      if (!blank)
        {
          /* a member name twice in one object: the scan takes it, the tree builder refuses */
          if (ref.dup_name && ours != NULL)
            zt_fuzz_fail ("zt_json_parse_strict accepted a member name twice in one object", input_hex);
          if (!ref.dup_name && !ref.nul_escape && ours == NULL)
            zt_fuzz_fail ("zt_json_parse_strict refused what the scan accepted", input_hex);
          reference = glib_tree (text, size);
          if (reference == NULL)
            zt_fuzz_fail ("json-glib refused what the scan accepted", input_hex);
          /* ours is NULL only for a U+0000 anywhere, which zt_json_parse_strict refuses, and
           * for a member name twice */
          if (ours != NULL && !same_tree (ours, reference))
            zt_fuzz_fail ("the gateway's tree differs from json-glib's", input_hex);
          /* what the gateway's writer makes of that tree, on one line and indented, reads back
           * as the same tree (an infinity, 1e400, as null: JSON has none) */
          if (ours != NULL)
            for (int pretty = 0; pretty < 2; pretty++)
              {
                g_autofree char *written = pretty ? zt_json_to_string_pretty (ours) : zt_json_to_string (ours);
                g_autoptr(JsonNode) back = zt_json_parse_strict (written, strlen (written), &fuzz_limits, NULL);

                if (back == NULL)
                  zt_fuzz_fail ("the writer's text does not parse", input_hex);
                if (!trees_match (ours, back, TRUE))
                  zt_fuzz_fail ("the writer's text reads back as another tree", input_hex);
              }
        }
    }

  msg = zt_message_parse (text, size, &fuzz_limits, &error);
  if (msg == NULL)
    {
      check_rejected (text, size, error);
      /* what passed the scan is read by json-glib: only the envelope can fail then */
      if (checked && !g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST))
        zt_fuzz_fail ("RFC 8259 JSON within the limits refused by the parser", error->message);
      return 0;
    }
  if (!checked)
    zt_fuzz_fail ("zt_json_check refused what zt_message_parse accepted", NULL);
  if (ref.dup_name)
    zt_fuzz_fail ("zt_message_parse accepted a member name twice in one object", input_hex);

  root = message_node (msg);
  /* U+0000 included: both trees cut such a string at the NUL */
  if (reference != NULL && !same_tree (root, reference))
    zt_fuzz_fail ("the message's tree differs from json-glib's", input_hex);
  if (tree_depth (root) > fuzz_limits.max_depth)
    zt_fuzz_fail ("json-glib built a tree deeper than max_depth", input_hex);
  /* json-glib's tree differs from the text here: reported, the rest would only repeat it */
  flags = zt_ref_check (text, size, fuzz_limits.max_depth, FALSE);
  if (flags.nul_escape)
    {
      /* By design, not a bug: U+0000 is refused where the gateway decides (member names,
       * method, tool name) and relayed untouched elsewhere, where json-glib's tree (cut at
       * the NUL) is never what goes out. The tree checks below would only restate that. */
      return 0;
    }

  /* Raw text round trip: what the gateway relays untouched. */
  {
    gsize len;
    g_autofree char *out = zt_message_to_string (msg, &len);
    g_autoptr(ZtMessage) again = zt_message_parse (out, len, &fuzz_limits, NULL);
    g_autoptr(JsonNode) a = NULL;
    g_autoptr(JsonNode) b = NULL;

    if (again == NULL)
      zt_fuzz_fail ("serialised message does not parse", input_hex);
    a = message_node (msg);
    b = message_node (again);
    if (zt_message_get_kind (again) != zt_message_get_kind (msg) || !json_node_equal (a, b))
      zt_fuzz_fail ("serialised message parses differently", input_hex);
  }

  check_tree_round_trip (msg, input_hex);
  check_relay (msg, text, size, input_hex);
  return 0;
}
