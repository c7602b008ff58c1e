/* zt-jsonrpc.c: JSON-RPC 2.0 / MCP message parsing with size, depth and UTF-8 limits */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "zt-jsonrpc.h"
#include "zt-error.h"
#include "zt-util.h"

struct _ZtMessage {
  JsonNode      *root;
  JsonObject    *object;
  GBytes        *raw;   /* the text as received; relayed as is, with ids spliced in */
  ZtMessageKind  kind;
  gboolean       has_nul;  /* a string of it holds U+0000, which json-glib cut short */
};

G_DEFINE_BOXED_TYPE (ZtMessage, zt_message, zt_message_ref, zt_message_unref)

static gsize
limit_size (const ZtLimits *limits)
{
  return (limits && limits->max_size) ? limits->max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;
}

static guint
limit_depth (const ZtLimits *limits)
{
  return (limits && limits->max_depth) ? limits->max_depth : ZT_DEFAULT_MAX_DEPTH;
}

/* json-glib has no nesting limit (a deep document costs recursion in its parser) and accepts
 * more than JSON: comments, single quotes, hex numbers, a second document after the first,
 * raw control characters in strings. The gateway relays the text it received, so what it
 * accepts must be exactly one RFC 8259 value, read the same way by every peer. This scan
 * checks that without recursion, before json-glib sees the text. It also refuses what
 * json-glib would read differently from the text: lone surrogates (decoded to invalid
 * UTF-8) and integers outside int64 (wrapped). */
static gboolean
json_fail (GError    **error,
           ZtError     code,
           const char *why,
           gsize       offset)
{
  g_set_error (error, ZT_ERROR, code, "message is not valid JSON: %s at offset %" G_GSIZE_FORMAT,
               why, offset);
  return FALSE;
}

static gsize
json_skip_ws (const char *s, gsize i, gsize n)
{
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i;
}

static int
json_hex4 (const char *s, gsize i, gsize n)
{
  /* each byte's value as a hex digit plus one, or 0 (a table: g_ascii_xdigit_value's two
   * calls per digit were a tenth of parsing escape-heavy text) */
  static const guint8 hex1[256] = {
    ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
    ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16,
    ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16,
  };
  const guchar *p = (const guchar *) s + i;
  int a, b, c, d;

  if (n < 4 || i > n - 4)
    return -1;
  a = hex1[p[0]] - 1, b = hex1[p[1]] - 1, c = hex1[p[2]] - 1, d = hex1[p[3]] - 1;
  if ((a | b | c | d) < 0)
    return -1;
  return a << 12 | b << 8 | c << 4 | d;
}

/* A string at s[*pi] == '"'; on success *pi is after the closing quote, and *has_nul tells
 * whether it holds an escaped U+0000 (json-glib cuts a string there). */
static const char *
json_scan_string (const char *s, gsize *pi, gsize n, gboolean *has_nul)
{
  gsize i = *pi + 1;

  *has_nul = FALSE;

  while (i < n)
    {
      guchar c;

      /* eight bytes at a time while none is a quote, a backslash or a control character */
      while (n - i >= 8)
        {
          guint64 v;

          memcpy (&v, s + i, 8);
          if (zt_bytes_any_below (v, 0x20) || zt_bytes_any_equal (v, '"') || zt_bytes_any_equal (v, '\\'))
            break;
          i += 8;
        }
      if (i >= n)
        break;
      c = (guchar) s[i];
      if (c == '"')
        {
          *pi = i + 1;
          return NULL;
        }
      if (c < 0x20)
        return "control character in a string";
      if (c != '\\')
        {
          i++;
          continue;
        }
      if (++i >= n)
        break;
      switch (s[i])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          i++;
          continue;
        default:
          break;
        }
      if (s[i] != 'u')
        return "invalid escape";
      {
        int u = json_hex4 (s, i + 1, n);

        if (u < 0)
          return "invalid \\u escape";
        if (u == 0)
          *has_nul = TRUE;
        i += 5;
        if (u >= 0xDC00 && u <= 0xDFFF)
          return "lone surrogate escape";
        if (u >= 0xD800 && u <= 0xDBFF)
          {
            int lo = (i + 1 < n && s[i] == '\\' && s[i + 1] == 'u') ? json_hex4 (s, i + 2, n) : -1;

            if (lo < 0xDC00 || lo > 0xDFFF)
              return "lone surrogate escape";
            i += 6;
          }
      }
    }
  *pi = i;
  return "unterminated string";
}

static const char *
json_scan_number (const char *s, gsize *pi, gsize n)
{
  gsize i = *pi, digits_start;
  gboolean integer = TRUE, negative = FALSE;

  if (s[i] == '-')
    {
      negative = TRUE;
      i++;
    }
  digits_start = i;
  if (i < n && s[i] == '0')
    i++;
  else if (i < n && s[i] >= '1' && s[i] <= '9')
    while (i < n && g_ascii_isdigit (s[i]))
      i++;
  else
    return "invalid value";
  if (i < n && s[i] == '.')
    {
      integer = FALSE;
      if (++i >= n || !g_ascii_isdigit (s[i]))
        return "invalid number";
      while (i < n && g_ascii_isdigit (s[i]))
        i++;
    }
  if (i < n && (s[i] == 'e' || s[i] == 'E'))
    {
      integer = FALSE;
      if (++i < n && (s[i] == '+' || s[i] == '-'))
        i++;
      if (i >= n || !g_ascii_isdigit (s[i]))
        return "invalid number";
      while (i < n && g_ascii_isdigit (s[i]))
        i++;
    }
  if (integer)
    {
      /* json-glib wraps integers outside int64 (2^64-1 becomes -1): ids would change */
      gsize digits = i - digits_start;
      const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

      if (digits > 19 || (digits == 19 && memcmp (s + digits_start, limit, 19) > 0))
        return "integer out of range";
    }
  *pi = i;
  return NULL;
}

/* Whether the member name s[start..end) (between its quotes) reads as @name once its
 * escapes are decoded; @name is ASCII without quotes or backslashes. */
static gboolean
json_key_is (const char *s,
             gsize       start,
             gsize       end,
             const char *name)
{
  gsize i = start;

  for (; *name != '\0'; name++)
    {
      int c;

      if (i >= end)
        return FALSE;
      if (s[i] != '\\')
        c = (guchar) s[i++];
      else if (s[i + 1] == 'u')
        {
          c = json_hex4 (s, i + 2, end);
          i += 6;
        }
      else
        {
          /* the escape's character, not its letter: "\name" is a newline and "ame" */
          switch (s[i + 1])
            {
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default:  c = s[i + 1]; break;   /* '"', '\\' and '/' are themselves */
            }
          i += 2;
        }
      if (c != *name)
        return FALSE;
    }
  return i == end;
}

typedef enum { KEY_OTHER, KEY_METHOD, KEY_PARAMS, KEY_NAME } JsonKey;

static gboolean
json_scan (const char *s,
           gsize       n,
           guint       max_depth,
           gboolean   *any_nul,
           GError    **error)
{
  g_autoptr(GByteArray) stack = g_byte_array_new ();  /* '{' or '[' per open container */
  const char *why;
  gsize i = json_skip_ws (s, 0, n);
  gboolean has_nul;
  /* The member names that lead to "method" (depth 1) and "params"/"name" (depth 2): those
   * values are what the gateway decides on, so they must read the same to every peer. */
  JsonKey key1 = KEY_OTHER, key2 = KEY_OTHER;

value:
  if (i >= n)
    return json_fail (error, ZT_ERROR_PARSE, "value expected", i);
  switch (s[i])
    {
    case '{':
    case '[':
      {
        guint8 open = (guint8) s[i];

        if (stack->len >= max_depth)
          {
            g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_DEEP,
                         "message nests deeper than the limit of %u levels (max_depth)", max_depth);
            return FALSE;
          }
        g_byte_array_append (stack, &open, 1);
        if (stack->len == 2)
          key2 = KEY_OTHER;
        i = json_skip_ws (s, i + 1, n);
        if (i < n && s[i] == (open == '{' ? '}' : ']'))
          {
            g_byte_array_set_size (stack, stack->len - 1);
            i++;
            goto after;
          }
        if (open == '[')
          goto value;
        goto key;
      }
    case '"':
      if ((why = json_scan_string (s, &i, n, &has_nul)) != NULL)
        return json_fail (error, ZT_ERROR_PARSE, why, i);
      *any_nul |= has_nul;
      if (has_nul && ((stack->len == 1 && key1 == KEY_METHOD) ||
                      (stack->len == 2 && key1 == KEY_PARAMS && key2 == KEY_NAME)))
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                       "a method or tool name contains U+0000 (\\u0000), which peers would read "
                       "differently; remove it");
          return FALSE;
        }
      goto after;
    case 't':
    case 'f':
    case 'n':
      {
        const char *word = s[i] == 't' ? "true" : s[i] == 'f' ? "false" : "null";
        gsize wlen = strlen (word);

        if (n - i < wlen || memcmp (s + i, word, wlen) != 0)
          return json_fail (error, ZT_ERROR_PARSE, "invalid literal", i);
        i += wlen;
        goto after;
      }
    default:
      if ((why = json_scan_number (s, &i, n)) != NULL)
        return json_fail (error, ZT_ERROR_PARSE, why, i);
      goto after;
    }

key:
  if (i >= n || s[i] != '"')
    return json_fail (error, ZT_ERROR_PARSE, "member name expected", i);
  {
    gsize key_start = i + 1;

    if ((why = json_scan_string (s, &i, n, &has_nul)) != NULL)
      return json_fail (error, ZT_ERROR_PARSE, why, i);
    if (has_nul)
      {
        /* json-glib would cut "id\u0000" to "id": two members with one name, read
         * differently by the gateway and by the peer */
        g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                     "a member name contains U+0000 (\\u0000) at offset %" G_GSIZE_FORMAT
                     "; member names must not", key_start - 1);
        return FALSE;
      }
    if (stack->len == 1)
      key1 = json_key_is (s, key_start, i - 1, "method") ? KEY_METHOD
           : json_key_is (s, key_start, i - 1, "params") ? KEY_PARAMS : KEY_OTHER;
    else if (stack->len == 2)
      key2 = json_key_is (s, key_start, i - 1, "name") ? KEY_NAME : KEY_OTHER;
  }
  i = json_skip_ws (s, i, n);
  if (i >= n || s[i] != ':')
    return json_fail (error, ZT_ERROR_PARSE, "':' expected", i);
  i = json_skip_ws (s, i + 1, n);
  goto value;

after:
  i = json_skip_ws (s, i, n);
  if (stack->len == 0)
    {
      if (i != n)
        return json_fail (error, ZT_ERROR_PARSE, "data after the message", i);
      return TRUE;
    }
  if (i < n && s[i] == ',')
    {
      i = json_skip_ws (s, i + 1, n);
      if (stack->data[stack->len - 1] == '{')
        goto key;
      goto value;
    }
  if (i < n && s[i] == (stack->data[stack->len - 1] == '{' ? '}' : ']'))
    {
      g_byte_array_set_size (stack, stack->len - 1);
      i++;
      goto after;
    }
  return json_fail (error, ZT_ERROR_PARSE, "',' or a closing bracket expected", i);
}

static gboolean
json_check (const char     *data,
            gsize           len,
            const ZtLimits *limits,
            gboolean       *any_nul,
            GError        **error)
{
  gsize max_size = limit_size (limits);
  const char *bad = NULL;

  if (len > max_size)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE,
                   "message is %" G_GSIZE_FORMAT " bytes, over the limit of %" G_GSIZE_FORMAT
                   " bytes (max_message_size)", len, max_size);
      return FALSE;
    }

  if (!zt_utf8_validate_len (data, len, &bad))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE,
                   "message is not valid UTF-8 (bad byte at offset %" G_GSIZE_FORMAT ")",
                   (gsize) (bad - data));
      return FALSE;
    }

  /* An empty body is the envelope's "empty message", as before. */
  if (json_skip_ws (data, 0, len) == len)
    return TRUE;

  return json_scan (data, len, limit_depth (limits), any_nul, error);
}

gboolean
zt_json_check (const char     *data,
               gsize           len,
               const ZtLimits *limits,
               GError        **error)
{
  gboolean any_nul = FALSE;

  return json_check (data, len, limits, &any_nul, error);
}

/* Appends @len bytes at @p to @out: a copy into the room it has, else GLib's append (which
 * grows it). Runs between escapes are a few bytes: a call per run was most of their cost. */
static inline void
put_bytes (GString    *out,
           const char *p,
           gsize       len)
{
  if (out->len + len < out->allocated_len)
    {
      memcpy (out->str + out->len, p, len);
      out->len += len;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, p, len);
}

/* The string at s[*pi] == '"' that json_scan accepted, decoded into @out (emptied first);
 * *pi ends after its closing quote. An escaped U+0000 is decoded too: the node's string ends
 * there, as json-glib's did (zt_message_dup_object_nul_visible reads it whole). */
static void
build_string (const char *s,
              gsize      *pi,
              gsize       n,
              GString    *out)
{
  gsize i = *pi + 1;

  g_string_truncate (out, 0);
  for (;;)
    {
      gsize run = i;
      char buf[4];
      gboolean near = FALSE;

      /* the text was scanned: the string ends at a quote with no escape before it but those
       * met first. Up to 16 plain bytes eight at a time (escape-heavy text: runs of a few
       * bytes), then one at a time up to the quote or backslash in them; a longer run is
       * left to the C library's memchr, several times faster over kilobytes. */
      for (int k = 0; k < 2 && !near && n - i >= 8; k++)
        {
          guint64 v;

          memcpy (&v, s + i, 8);
          if (zt_bytes_any_equal (v, '"') || zt_bytes_any_equal (v, '\\'))
            near = TRUE;
          else
            i += 8;
        }
      if (near || n - i < 8)
        while (s[i] != '"' && s[i] != '\\')
          i++;
      else
        {
          const char *quote = memchr (s + i, '"', n - i);
          const char *escape = memchr (s + i, '\\', quote - (s + i));

          i = (escape ? escape : quote) - s;
        }
      put_bytes (out, s + run, i - run);
      if (s[i] == '"')
        break;
      switch (s[i + 1])
        {
        case 'b': g_string_append_c (out, '\b'); i += 2; break;
        case 'f': g_string_append_c (out, '\f'); i += 2; break;
        case 'n': g_string_append_c (out, '\n'); i += 2; break;
        case 'r': g_string_append_c (out, '\r'); i += 2; break;
        case 't': g_string_append_c (out, '\t'); i += 2; break;
        case 'u':
          {
            gunichar c = (gunichar) json_hex4 (s, i + 2, i + 6);

            i += 6;
            if (c >= 0xD800 && c <= 0xDBFF)   /* json_scan saw its low half */
              {
                c = 0x10000 + ((c - 0xD800) << 10) + ((gunichar) json_hex4 (s, i + 2, i + 6) - 0xDC00);
                i += 6;
              }
            put_bytes (out, buf, g_unichar_to_utf8 (c, buf));
            break;
          }
        default:   /* '"', '\\', '/' */
          g_string_append_c (out, s[i + 1]);
          i += 2;
          break;
        }
    }
  *pi = i + 1;
}

/* The number at s[*pi] that json_scan accepted: an integer (no fraction, no exponent) as
 * int64, else a double, as json-glib read them. */
static void
build_number (const char *s,
              gsize      *pi,
              gsize       n,
              JsonNode   *node)
{
  gsize i = *pi;
  gboolean integer = TRUE;
  char buf[64];
  g_autofree char *heap = NULL;
  char *text;

  if (s[i] == '-')
    i++;
  while (i < n && (g_ascii_isdigit (s[i]) || s[i] == '.' || s[i] == 'e' || s[i] == 'E' || s[i] == '+' || s[i] == '-'))
    {
      if (!g_ascii_isdigit (s[i]))
        integer = FALSE;
      i++;
    }
  /* the number ends at @i, where the text goes on: a copy ends it for strtod */
  text = i - *pi < sizeof buf ? buf : (heap = g_malloc (i - *pi + 1));
  memcpy (text, s + *pi, i - *pi);
  text[i - *pi] = '\0';
  if (integer)
    json_node_init_int (node, g_ascii_strtoll (text, NULL, 10));
  else
    json_node_init_double (node, g_ascii_strtod (text, NULL));
  *pi = i;
}

/* The tree of text that json_scan accepted (and that is not empty), built in one pass
 * without recursion: json-glib's parser read the text a second time, at about a third of
 * the scan's speed, and its tree is the same (fuzz-jsonrpc compares the two on every input).
 * A member name twice in one object is refused (ZT_ERROR_INVALID_REQUEST): parsers differ on
 * which one holds (json-glib, JavaScript and Python take the last, RapidJSON's lookups and
 * simdjson the first, serde refuses), so the gateway and the server behind it could decide on
 * different values of one "name" or "requestId". The tree is not sealed (json_node_seal
 * hashes every string, a tenth of the parse, and nothing here asks whether a node is
 * immutable). */
static JsonNode *
build_checked (const char *s,
               gsize       n,
               GError    **error)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new ();      /* the containers being filled */
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);   /* per container */
  g_autoptr(GString) text = g_string_new (NULL);
  JsonNode *root = NULL;
  gsize i = json_skip_ws (s, 0, n);
  gsize key_at = 0;   /* where the name of the member being built starts */

  for (;;)
    {
      JsonNode *node = json_node_alloc ();
      gboolean container = FALSE;

      switch (s[i])
        {
        case '{':
        case '[':
          if (s[i++] == '{')
            json_node_take_object (json_node_init (node, JSON_NODE_OBJECT), json_object_new ());
          else
            json_node_take_array (json_node_init (node, JSON_NODE_ARRAY), json_array_new ());
          container = TRUE;
          break;
        case '"':
          build_string (s, &i, n, text);
          json_node_init_string (node, text->str);
          break;
        case 't':
          json_node_init_boolean (node, TRUE);
          i += 4;
          break;
        case 'f':
          json_node_init_boolean (node, FALSE);
          i += 5;
          break;
        case 'n':
          json_node_init_null (node);
          i += 4;
          break;
        default:
          build_number (s, &i, n, node);
          break;
        }

      /* into its container, or the root */
      if (open->len == 0)
        root = node;
      else if (JSON_NODE_HOLDS_OBJECT (open->pdata[open->len - 1]))
        {
          JsonObject *object = json_node_get_object (open->pdata[open->len - 1]);
          const char *name = names->pdata[names->len - 1];

          if (json_object_has_member (object, name))
            {
              g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                           "a member name appears twice in one object (the second at offset %"
                           G_GSIZE_FORMAT "); parsers differ on which one holds: send it once",
                           key_at);
              json_node_unref (node);
              json_node_unref (root);
              return NULL;
            }
          json_object_set_member (object, name, node);
        }
      else
        json_array_add_element (json_node_get_array (open->pdata[open->len - 1]), node);
      if (container)
        {
          g_ptr_array_add (open, node);
          g_ptr_array_add (names, NULL);
        }

      /* what follows: closing brackets, then a comma and the next member or item */
      for (;;)
        {
          i = json_skip_ws (s, i, n);
          if (open->len == 0)
            return root;
          if (s[i] == '}' || s[i] == ']')
            {
              g_ptr_array_set_size (open, open->len - 1);
              g_ptr_array_set_size (names, names->len - 1);
              i++;
              continue;
            }
          if (s[i] == ',')
            i = json_skip_ws (s, i + 1, n);
          else if (!container)
            g_assert_not_reached ();   /* json_scan accepted the text */
          break;
        }
      if (JSON_NODE_HOLDS_OBJECT (open->pdata[open->len - 1]))
        {
          key_at = i;
          build_string (s, &i, n, text);
          g_free (names->pdata[names->len - 1]);
          names->pdata[names->len - 1] = g_strndup (text->str, text->len);
          i = json_skip_ws (s, i, n);   /* then ':' */
          i = json_skip_ws (s, i + 1, n);
        }
    }
}

JsonNode *
zt_json_parse_strict (const char     *data,
                      gsize           len,
                      const ZtLimits *limits,
                      GError        **error)
{
  gboolean any_nul = FALSE;

  if (data == NULL)
    data = "";
  if (!json_check (data, len, limits, &any_nul, error))
    return NULL;
  /* json-glib would cut such a string short: what this process reads would not be what was
   * sent. No document here (configuration, REST, the mesh's own lines) needs one. */
  if (any_nul)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                           "a string contains U+0000 (\\u0000), which would be cut short here; remove it");
      return NULL;
    }
  if (json_skip_ws (data, 0, len) == len)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_PARSE, "empty document: JSON expected");
      return NULL;
    }
  return build_checked (data, len, error);
}

JsonObject *
zt_json_parse_object_strict (const char     *data,
                             gsize           len,
                             const ZtLimits *limits,
                             GError        **error)
{
  g_autoptr(JsonNode) root = zt_json_parse_strict (data, len, limits, error);

  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_PARSE, "a JSON object was expected");
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

gboolean
zt_json_id_valid (JsonNode *id)
{
  GType t;

  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id))
    return FALSE;
  t = json_node_get_value_type (id);
  return t == G_TYPE_STRING || t == G_TYPE_INT64;
}

char *
zt_json_id_key (JsonNode *id)
{
  if (id == NULL || !JSON_NODE_HOLDS_VALUE (id))
    return g_strdup ("n:");
  if (json_node_get_value_type (id) == G_TYPE_STRING)
    return g_strconcat ("s:", json_node_get_string (id), NULL);
  if (json_node_get_value_type (id) == G_TYPE_INT64)
    {
      char num[ZT_INT64_BUF];

      zt_format_int64 (num, json_node_get_int (id));
      return g_strconcat ("i:", num, NULL);
    }
  return g_strdup ("x:");
}

JsonNode *
zt_json_id_new_int (gint64 value)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);
  json_node_set_int (node, value);
  return node;
}

static ZtMessage *
message_new_take (JsonNode *root)
{
  ZtMessage *self = g_atomic_rc_box_new0 (ZtMessage);
  self->root = root;
  self->object = json_node_get_object (root);
  return self;
}

static void
message_clear (ZtMessage *self)
{
  g_clear_pointer (&self->root, json_node_unref);
  g_clear_pointer (&self->raw, g_bytes_unref);
}

ZtMessage *
zt_message_ref (ZtMessage *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
zt_message_unref (ZtMessage *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) message_clear);
}

ZtMessage *
zt_message_copy (ZtMessage *self)
{
  ZtMessage *copy = message_new_take (json_node_ref (self->root));
  copy->kind = self->kind;
  copy->raw = self->raw ? g_bytes_ref (self->raw) : NULL;
  copy->has_nul = self->has_nul;
  return copy;
}

char *
zt_json_name_fold (const char *name)
{
  const char *p;
  GString *out;

  for (p = name; *p != '\0'; p++)
    if ((*p >= 'A' && *p <= 'Z') || (guchar) *p >= 0x80)
      break;
  if (*p == '\0')
    return NULL;
  out = g_string_sized_new (strlen (name) + 4);
  /* upper then lower: "ſ" and "s" both become "s", the Kelvin sign and "K" both "k" */
  for (p = name; *p != '\0'; p = g_utf8_next_char (p))
    g_string_append_unichar (out, g_unichar_tolower (g_unichar_toupper (g_utf8_get_char (p))));
  return g_string_free (out, FALSE);
}

/* Two members of @o whose names differ but fold equal ("name" and "Name"): a server that
 * matches names without case reads one field from both, and takes the last, while the
 * gateway decided on the one spelled as MCP spells it. */
static gboolean
case_twins_refused (JsonObject  *o,
                    const char  *where,
                    GError     **error)
{
  g_autoptr(GHashTable) folds = NULL;   /* fold -> name */
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;
  gboolean any = FALSE;

  json_object_iter_init (&iter, o);
  while (!any && json_object_iter_next (&iter, &name, &value))
    {
      g_autofree char *fold = zt_json_name_fold (name);

      any = fold != NULL;
    }
  if (!any)
    return FALSE;
  folds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  json_object_iter_init (&iter, o);
  while (json_object_iter_next (&iter, &name, &value))
    {
      char *fold = zt_json_name_fold (name);
      const char *twin;

      if (fold == NULL)
        fold = g_strdup (name);
      twin = g_hash_table_lookup (folds, fold);
      if (twin != NULL)
        {
          g_autofree char *a = zt_utf8_clip (g_strdup (twin), 65);
          g_autofree char *b = zt_utf8_clip (g_strdup (name), 65);

          g_free (fold);
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                       "the members \"%s\" and \"%s\" of %s differ only in case; servers that "
                       "match member names without case (Go's encoding/json) read them as one: "
                       "send one", a, b, where);
          return TRUE;
        }
      g_hash_table_insert (folds, fold, (gpointer) name);
    }
  return FALSE;
}

/* Validates the JSON-RPC envelope; takes a reference on @root only on success. */
ZtMessage *
zt_message_new_from_node (JsonNode *root,
                          GError  **error)
{
  JsonObject *obj;
  JsonNode *jsonrpc, *id, *method;
  gboolean has_result, has_error;
  ZtMessage *self;

  if (root == NULL)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST, "empty message");
      return NULL;
    }
  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                           "JSON-RPC batches are not supported (MCP removed them in 2025-06-18); "
                           "send one message per request");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                           "a JSON-RPC message must be a JSON object");
      return NULL;
    }

  obj = json_node_get_object (root);
  if (case_twins_refused (obj, "the message", error))
    return NULL;
  jsonrpc = json_object_get_member (obj, "jsonrpc");
  if (jsonrpc == NULL || !JSON_NODE_HOLDS_VALUE (jsonrpc) ||
      json_node_get_value_type (jsonrpc) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (jsonrpc), "2.0") != 0)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                           "\"jsonrpc\" must be the string \"2.0\"");
      return NULL;
    }

  id = json_object_get_member (obj, "id");
  method = json_object_get_member (obj, "method");
  has_result = json_object_has_member (obj, "result");
  has_error = json_object_has_member (obj, "error");

  if (method != NULL)
    {
      JsonNode *params;

      if (!JSON_NODE_HOLDS_VALUE (method) || json_node_get_value_type (method) != G_TYPE_STRING)
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                               "\"method\" must be a string");
          return NULL;
        }
      if (has_result || has_error)
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                               "a request cannot carry \"result\" or \"error\"");
          return NULL;
        }
      params = json_object_get_member (obj, "params");
      if (params != NULL && !JSON_NODE_HOLDS_OBJECT (params))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                               "\"params\" must be an object in MCP");
          return NULL;
        }
      if (params != NULL)
        {
          /* params._meta holds the progressToken the gateway rewrites on shared servers */
          JsonNode *meta = json_object_get_member (json_node_get_object (params), "_meta");

          if (case_twins_refused (json_node_get_object (params), "params", error) ||
              (meta != NULL && JSON_NODE_HOLDS_OBJECT (meta) &&
               case_twins_refused (json_node_get_object (meta), "params._meta", error)))
            return NULL;
        }
      if (id != NULL && !zt_json_id_valid (id))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                               "\"id\" must be a string or an integer (never null)");
          return NULL;
        }
      self = message_new_take (json_node_ref (root));
      self->kind = id != NULL ? ZT_MESSAGE_REQUEST : ZT_MESSAGE_NOTIFICATION;
      return self;
    }

  if (has_result == has_error)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                           has_result ? "a response cannot carry both \"result\" and \"error\""
                                      : "message has no \"method\", \"result\" or \"error\"");
      return NULL;
    }

  if (has_error)
    {
      JsonNode *err = json_object_get_member (obj, "error");
      JsonObject *eo;

      if (!JSON_NODE_HOLDS_OBJECT (err) ||
          !json_object_has_member ((eo = json_node_get_object (err)), "code") ||
          !JSON_NODE_HOLDS_VALUE (json_object_get_member (eo, "code")) ||
          json_node_get_value_type (json_object_get_member (eo, "code")) != G_TYPE_INT64)
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                               "\"error\" must be an object with an integer \"code\"");
          return NULL;
        }
      /* An error response may have a null id (when the request could not be read). */
      if (id == NULL || (!JSON_NODE_HOLDS_NULL (id) && !zt_json_id_valid (id)))
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                               "an error response needs an \"id\" (string, integer or null)");
          return NULL;
        }
    }
  else if (!zt_json_id_valid (id))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_REQUEST,
                           "a result needs an \"id\" that is a string or an integer");
      return NULL;
    }

  self = message_new_take (json_node_ref (root));
  self->kind = has_error ? ZT_MESSAGE_ERROR : ZT_MESSAGE_RESULT;
  return self;
}

ZtMessage *
zt_message_parse (const char     *data,
                  gsize           len,
                  const ZtLimits *limits,
                  GError        **error)
{
  g_autoptr(JsonNode) root = NULL;
  ZtMessage *message;
  gboolean any_nul = FALSE;

  if (!json_check (data, len, limits, &any_nul, error))
    return NULL;
  /* an empty body is the envelope's "empty message" */
  if (json_skip_ws (data, 0, len) != len)
    {
      root = build_checked (data, len, error);
      if (root == NULL)
        return NULL;
    }

  message = zt_message_new_from_node (root, error);
  if (message != NULL)
    {
      /* After zt_json_check a CR or LF can only be whitespace between tokens: make it a
       * space, so the relayed text is one line for newline-framed transports (stdio). */
      char *copy = g_memdup2 (data, len ? len : 1);

      if (memchr (copy, '\n', len) != NULL || memchr (copy, '\r', len) != NULL)
        for (gsize i = 0; i < len; i++)
          if (copy[i] == '\n' || copy[i] == '\r')
            copy[i] = ' ';
      message->raw = g_bytes_new_take (copy, len);
      message->has_nul = any_nul;
    }
  return message;
}

gboolean
zt_message_has_nul_string (ZtMessage *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->has_nul;
}

/* @s (text that zt_json_check accepted) with each \u0000 escape written \ufffd: a character
 * of the same length that equals nothing a schema or a grant names, and no C string ends at. */
static GString *
text_nul_visible (const char *s,
                  gsize       n)
{
  GString *out = g_string_sized_new (n + 16);
  gboolean in_string = FALSE;

  for (gsize i = 0; i < n; i++)
    {
      if (in_string && s[i] == '\\' && i + 1 < n)
        {
          if (s[i + 1] == 'u' && i + 5 < n && memcmp (s + i + 2, "0000", 4) == 0)
            g_string_append (out, "\\ufffd");
          else
            g_string_append_len (out, s + i, s[i + 1] == 'u' ? 6 : 2);
          i += s[i + 1] == 'u' ? 5 : 1;
          continue;
        }
      if (s[i] == '"')
        in_string = !in_string;
      g_string_append_c (out, s[i]);
    }
  return out;
}

ZtMessage *
zt_message_dup_nul_visible (ZtMessage *self)
{
  g_autoptr(GString) text = NULL;
  ZtMessage *copy;
  gsize n;
  const char *data;

  g_return_val_if_fail (self != NULL, NULL);
  if (!self->has_nul || self->raw == NULL)
    return zt_message_ref (self);
  data = g_bytes_get_data (self->raw, &n);
  text = text_nul_visible (data, n);
  copy = zt_message_parse (text->str, text->len, &(ZtLimits) { text->len + 1, G_MAXUINT }, NULL);
  /* the text parsed once already; with one escape changed it must parse again */
  g_return_val_if_fail (copy != NULL, zt_message_ref (self));
  return copy;
}

JsonObject *
zt_message_dup_object_nul_visible (ZtMessage *self)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(JsonNode) root = NULL;
  gsize n;
  const char *data;

  g_return_val_if_fail (self != NULL, NULL);
  if (!self->has_nul || self->raw == NULL)
    return json_object_ref (self->object);
  data = g_bytes_get_data (self->raw, &n);
  text = text_nul_visible (data, n);
  root = build_checked (text->str, text->len, NULL);
  /* the text parsed once already; with one escape changed it must parse again */
  g_return_val_if_fail (root != NULL && JSON_NODE_HOLDS_OBJECT (root), json_object_ref (self->object));
  return json_object_ref (json_node_get_object (root));
}

static JsonNode *
envelope (JsonObject **out)
{
  JsonObject *obj = json_object_new ();
  JsonNode *root = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (obj, "jsonrpc", "2.0");
  json_node_take_object (root, obj);
  *out = obj;
  return root;
}

ZtMessage *
zt_message_new_request (JsonNode   *id,
                        const char *method,
                        JsonNode   *params)
{
  JsonObject *obj;
  JsonNode *root = envelope (&obj);
  ZtMessage *self;

  json_object_set_member (obj, "id", json_node_copy (id));
  json_object_set_string_member (obj, "method", method);
  if (params != NULL)
    json_object_set_member (obj, "params", json_node_copy (params));
  self = message_new_take (root);
  self->kind = ZT_MESSAGE_REQUEST;
  return self;
}

ZtMessage *
zt_message_new_notification (const char *method,
                             JsonNode   *params)
{
  JsonObject *obj;
  JsonNode *root = envelope (&obj);
  ZtMessage *self;

  json_object_set_string_member (obj, "method", method);
  if (params != NULL)
    json_object_set_member (obj, "params", json_node_copy (params));
  self = message_new_take (root);
  self->kind = ZT_MESSAGE_NOTIFICATION;
  return self;
}

ZtMessage *
zt_message_new_result (JsonNode *id,
                       JsonNode *result)
{
  JsonObject *obj;
  JsonNode *root = envelope (&obj);
  ZtMessage *self;

  json_object_set_member (obj, "id", json_node_copy (id));
  if (result != NULL)
    json_object_set_member (obj, "result", json_node_copy (result));
  else
    json_object_set_object_member (obj, "result", json_object_new ());
  self = message_new_take (root);
  self->kind = ZT_MESSAGE_RESULT;
  return self;
}

ZtMessage *
zt_message_new_error (JsonNode   *id,
                      int         code,
                      const char *message)
{
  return zt_message_new_error_with_data (id, code, message, NULL);
}

ZtMessage *
zt_message_new_error_with_data (JsonNode   *id,
                                int         code,
                                const char *message,
                                JsonNode   *data)
{
  JsonObject *obj, *err;
  JsonNode *root = envelope (&obj);
  ZtMessage *self;

  if (id != NULL && zt_json_id_valid (id))
    json_object_set_member (obj, "id", json_node_copy (id));
  else
    json_object_set_null_member (obj, "id");
  err = json_object_new ();
  json_object_set_int_member (err, "code", code);
  json_object_set_string_member (err, "message", message);
  if (data != NULL)
    json_object_set_member (err, "data", json_node_copy (data));
  json_object_set_object_member (obj, "error", err);
  self = message_new_take (root);
  self->kind = ZT_MESSAGE_ERROR;
  return self;
}

ZtMessage *
zt_message_new_error_from_gerror (JsonNode     *id,
                                  const GError *error)
{
  return zt_message_new_error (id, zt_error_to_jsonrpc (error), error->message);
}

ZtMessageKind
zt_message_get_kind (ZtMessage *self)
{
  return self->kind;
}

gboolean
zt_message_is_response (ZtMessage *self)
{
  return self->kind == ZT_MESSAGE_RESULT || self->kind == ZT_MESSAGE_ERROR;
}

const char *
zt_message_get_method (ZtMessage *self)
{
  return json_object_get_string_member_with_default (self->object, "method", NULL);
}

JsonNode *
zt_message_get_id (ZtMessage *self)
{
  return json_object_get_member (self->object, "id");
}

/* json-glib keeps strings as C strings (a \u0000 would cut them) and rewrites numbers, so
 * a relayed message keeps its received text, and only the members the gateway changes are
 * spliced into it. This finds the span of the value at @path in that text. */
static gsize
skip_ws (const char *s, gsize i, gsize n)
{
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i;
}

static gboolean
skip_value (const char *s, gsize *pi, gsize n)
{
  gsize i = *pi;
  guint depth = 0;
  gboolean in_string = FALSE;

  if (i >= n)
    return FALSE;
  if (s[i] != '"' && s[i] != '{' && s[i] != '[')
    {
      while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ']' &&
             s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
        i++;
      *pi = i;
      return TRUE;
    }
  for (; i < n; i++)
    {
      char c = s[i];

      if (in_string)
        {
          /* to the string's next quote or backslash with memchr: a long string (a tool's
           * 256 KiB answer) was most of this walk, a byte and four branches at a time */
          const char *quote = memchr (s + i, '"', n - i);
          const char *escape = quote ? memchr (s + i, '\\', quote - (s + i)) : NULL;

          if (quote == NULL)
            return FALSE;
          i = (escape ? escape : quote) - s;
          c = s[i];
          if (c == '\\')
            i++;
          else if (c == '"')
            {
              in_string = FALSE;
              if (depth == 0)
                {
                  *pi = i + 1;
                  return TRUE;
                }
            }
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        {
          *pi = i + 1;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
find_span (const char         *s,
           gsize               start,
           gsize               n,
           const char * const *path,
           gsize              *out_start,
           gsize              *out_end)
{
  gsize i = skip_ws (s, start, n);
  gboolean found = FALSE;

  if (i >= n || s[i] != '{')
    return FALSE;
  i++;
  for (;;)
    {
      gsize key_start, key_end, value_start;

      i = skip_ws (s, i, n);
      if (i >= n || s[i] == '}')
        break;
      if (s[i] != '"')
        return FALSE;
      key_start = i + 1;
      if (!skip_value (s, &i, n))
        return FALSE;
      key_end = i - 1;
      i = skip_ws (s, i, n);
      if (i >= n || s[i] != ':')
        return FALSE;
      value_start = i = skip_ws (s, i + 1, n);
      if (!skip_value (s, &i, n))
        return FALSE;

      /* the last duplicate wins, as in json-glib */
      if (json_key_is (s, key_start, key_end, path[0]))
        {
          if (path[1] == NULL)
            {
              *out_start = value_start;
              *out_end = i;
              found = TRUE;
            }
          else
            found = find_span (s, value_start, i, path + 1, out_start, out_end);
        }
      i = skip_ws (s, i, n);
      if (i < n && s[i] == ',')
        i++;
    }
  return found;
}

static JsonObject *
object_shallow_copy (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  /* json_node_copy shares objects and arrays by reference: cheap, and safe because trees
   * are never changed in place (see replace_value) */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    json_object_set_member (copy, name, json_node_copy (node));
  return copy;
}

static void write_node (GString  *out,
                        JsonNode *node,
                        gboolean  sorted,
                        int       level);

/* Replaces the value at @path (members of nested objects) in the tree and in the text.
 * Trees are shared between copies of a message, so the objects on the path are copied
 * (copy on write) rather than changed. */
static void
replace_value (ZtMessage          *self,
               const char * const *path,
               JsonNode           *value)
{
  JsonObject *top = object_shallow_copy (self->object);
  JsonObject *obj = top;
  JsonNode *root;
  guint last = 0;

  while (path[last + 1] != NULL)
    {
      JsonNode *child = json_object_get_member (obj, path[last]);
      JsonObject *copy;

      if (child == NULL || !JSON_NODE_HOLDS_OBJECT (child))
        {
          g_critical ("replace_value: no object at %s", path[last]);
          json_object_unref (top);
          return;
        }
      copy = object_shallow_copy (json_node_get_object (child));
      json_object_set_object_member (obj, path[last], copy);  /* takes the reference */
      obj = copy;
      last++;
    }
  json_object_set_member (obj, path[last], json_node_copy (value));

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, top);
  json_node_unref (self->root);
  self->root = root;
  self->object = top;

  if (self->raw != NULL)
    {
      gsize n, start, end;
      const char *s = g_bytes_get_data (self->raw, &n);

      if (find_span (s, 0, n, path, &start, &end))
        {
          g_autofree char *text = zt_json_to_string (value);
          gsize tlen = strlen (text);
          char *out = g_malloc (n - (end - start) + tlen);

          memcpy (out, s, start);
          memcpy (out + start, text, tlen);
          memcpy (out + start + tlen, s + end, n - end);
          g_bytes_unref (self->raw);
          self->raw = g_bytes_new_take (out, n - (end - start) + tlen);
        }
      else
        g_clear_pointer (&self->raw, g_bytes_unref);  /* unusual spelling: serialise the tree */
    }
}

void
zt_message_set_id (ZtMessage *self,
                   JsonNode  *id)
{
  static const char * const path[] = { "id", NULL };
  replace_value (self, path, id);
}

void
zt_message_replace (ZtMessage          *self,
                    const char * const *path,
                    JsonNode           *value)
{
  replace_value (self, path, value);
}

void
zt_message_set_param (ZtMessage  *self,
                      const char *member,
                      JsonNode   *value)
{
  const char * const path[] = { "params", member, NULL };
  g_return_if_fail (zt_message_get_params (self) != NULL);
  replace_value (self, path, value);
}

JsonObject *
zt_message_get_object (ZtMessage *self)
{
  return self->object;
}

JsonObject *
zt_message_get_params (ZtMessage *self)
{
  JsonNode *n = json_object_get_member (self->object, "params");
  return (n && JSON_NODE_HOLDS_OBJECT (n)) ? json_node_get_object (n) : NULL;
}

JsonObject *
zt_message_get_result (ZtMessage *self)
{
  JsonNode *n = json_object_get_member (self->object, "result");
  return (n && JSON_NODE_HOLDS_OBJECT (n)) ? json_node_get_object (n) : NULL;
}

/* json-glib 1.6's generator writes 1e22 as "1e+22.0" and infinities as "inf.0", which are not
 * JSON: a message without received text (built here, or translated) is written by this small
 * writer instead. Its recursion is bounded by the depth of the tree, which came from a
 * depth-checked parse or from the gateway itself. */
void
zt_json_append_string (GString    *out,
                       const char *s)
{
  const guchar *p = (const guchar *) s, *run = p;

  g_string_append_c (out, '"');
  for (; *p; p++)
    {
      if (*p != '"' && *p != '\\' && *p >= 0x20)
        continue;
      g_string_append_len (out, (const char *) run, p - run);
      if (*p == '"' || *p == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) *p);
        }
      else
        g_string_append_printf (out, "\\u%04x", *p);
      run = p + 1;
    }
  g_string_append_len (out, (const char *) run, p - run);
  g_string_append_c (out, '"');
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Before a member or an element at @level when pretty (@level >= 0): a new line and indent */
static void
write_break (GString *out,
             int      level)
{
  if (level < 0)
    return;
  g_string_append_c (out, '\n');
  for (int i = 0; i < level; i++)
    g_string_append (out, "  ");
}

/* @sorted: members by name (bytewise), for a canonical form; @level: -1 for one line, else the
 * depth of @node in pretty text (two spaces a level) */
static void
write_node (GString  *out,
            JsonNode *node,
            gboolean  sorted,
            int       level)
{
  int inner = level < 0 ? -1 : level + 1;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *o = json_node_get_object (node);
        g_autoptr(GPtrArray) names = g_ptr_array_new ();
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        /* in the order the members came (json_object_iter_init's is the hash table's) */
        json_object_iter_init_ordered (&iter, o);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          g_ptr_array_add (names, (gpointer) name);
        if (sorted)
          g_ptr_array_sort (names, compare_names);
        g_string_append_c (out, '{');
        for (guint i = 0; i < names->len; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            write_break (out, inner);
            zt_json_append_string (out, g_ptr_array_index (names, i));
            g_string_append (out, level < 0 ? ":" : " : ");
            write_node (out, json_object_get_member (o, g_ptr_array_index (names, i)), sorted, inner);
          }
        if (names->len > 0)
          write_break (out, level);
        g_string_append_c (out, '}');
        break;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (node);

        g_string_append_c (out, '[');
        for (guint i = 0; i < json_array_get_length (a); i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            write_break (out, inner);
            write_node (out, json_array_get_element (a, i), sorted, inner);
          }
        if (json_array_get_length (a) > 0)
          write_break (out, level);
        g_string_append_c (out, ']');
        break;
      }
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          zt_json_append_string (out, json_node_get_string (node));
          break;
        case G_TYPE_INT64:
          zt_string_append_int64 (out, json_node_get_int (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_DOUBLE:
          {
            double d = json_node_get_double (node);
            char buf[G_ASCII_DTOSTR_BUF_SIZE];

            /* JSON has no infinities or NaN (1e400 reads as infinity): the nearest is null */
            if (!isfinite (d))
              g_string_append (out, "null");
            else
              {
                g_string_append (out, g_ascii_dtostr (buf, sizeof buf, d));
                /* a double stays one when read back: 2.0 as "2.0", not "2" (an integer); not
                 * in the canonical form, whose text pins and audit hashes were made of */
                if (!sorted && strpbrk (buf, ".eE") == NULL)
                  g_string_append (out, ".0");
              }
            break;
          }
        default:
          g_string_append (out, "null");
          break;
        }
      break;
    }
}

char *
zt_json_to_string (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  write_node (out, node, FALSE, -1);
  return g_string_free (out, FALSE);
}

char *
zt_json_to_string_pretty (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  write_node (out, node, FALSE, 0);
  return g_string_free (out, FALSE);
}

char *
zt_json_text_pretty (const char *text)
{
  g_autoptr(JsonNode) root = text ? zt_json_parse_strict (text, strlen (text), NULL, NULL) : NULL;

  return root != NULL ? zt_json_to_string_pretty (root) : g_strdup (text ? text : "");
}

char *
zt_json_to_canonical (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  write_node (out, node, TRUE, -1);
  return g_string_free (out, FALSE);
}

char *
zt_json_canonical_sha256 (JsonNode *node)
{
  g_autofree char *text = zt_json_to_canonical (node);

  return zt_sha256_hex (text, -1);
}

gsize
zt_message_get_size (ZtMessage *self)
{
  gsize len = 0;

  if (self->raw != NULL)
    return g_bytes_get_size (self->raw);
  g_free (zt_message_to_string (self, &len));
  return len;
}

char *
zt_message_to_string (ZtMessage *self,
                      gsize     *len)
{
  if (self->raw != NULL)
    {
      gsize n;
      const char *data = g_bytes_get_data (self->raw, &n);
      char *out = g_malloc (n + 1);

      memcpy (out, data, n);
      out[n] = '\0';
      if (len)
        *len = n;
      return out;
    }
  {
    GString *out = g_string_sized_new (256);

    write_node (out, self->root, FALSE, -1);
    if (len)
      *len = out->len;
    return g_string_free (out, FALSE);
  }
}

static const char *
node_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

const char *
zt_json_get_string (JsonObject *object,
                    const char *member)
{
  return node_string (json_object_get_member (object, member));
}

gint64
zt_json_get_int (JsonObject *object,
                 const char *member,
                 gint64      otherwise)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64
         ? json_node_get_int (node) : otherwise;
}

JsonArray *
zt_json_get_array (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

const char *
zt_json_array_get_string (JsonArray *array,
                          guint      index)
{
  if (array == NULL || index >= json_array_get_length (array))
    return NULL;
  return node_string (json_array_get_element (array, index));
}

/* NULL when @index is past the end (an empty "choices" of a usage chunk) or not an object. */
JsonObject *
zt_json_array_get_object (JsonArray *array,
                          guint      index)
{
  JsonNode *node;

  if (array == NULL || index >= json_array_get_length (array))
    return NULL;
  node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

void
zt_mcp_add_initialize_params (JsonBuilder *b,
                              const char  *client_name)
{
  json_builder_set_member_name (b, "protocolVersion");
  json_builder_add_string_value (b, "2025-06-18");
  json_builder_set_member_name (b, "capabilities");
  json_builder_begin_object (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "clientInfo");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, client_name);
  json_builder_set_member_name (b, "version");
  json_builder_add_string_value (b, PACKAGE_VERSION);
  json_builder_end_object (b);
}
