/* zt-fuzz-util.h: oracles shared by the fuzz targets: an independent RFC 8259 reader, known-bug reports */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

/* A failed invariant that matches a bug already reported (see the test report) is printed
 * once per kind and the input is skipped, so a fuzzing run goes on looking for new ones;
 * ZT_FUZZ_STRICT=1 turns them into crashes, to check a fix or collect reproducers. Any
 * other failed invariant aborts, which libFuzzer records as a crash. */
static inline void
zt_fuzz_known (const char *kind,
               const char *detail)
{
  static GHashTable *seen;

  if (g_strcmp0 (g_getenv ("ZT_FUZZ_STRICT"), "1") == 0)
    {
      fprintf (stderr, "known bug hit (ZT_FUZZ_STRICT=1): %s: %s\n", kind, detail);
      abort ();
    }
  if (seen == NULL)
    seen = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_contains (seen, kind))
    {
      g_hash_table_add (seen, (gpointer) kind);
      fprintf (stderr, "zt-fuzz: known bug %s (reported once): %s\n", kind, detail);
    }
}

G_GNUC_NORETURN static inline void
zt_fuzz_fail (const char *what,
              const char *detail)
{
  fprintf (stderr, "zt-fuzz: INVARIANT FAILED: %s: %s\n", what, detail ? detail : "");
  abort ();
}

/* ---- An independent JSON oracle ----
 *
 * A reference reading of RFC 8259 for the fuzz targets to check the project's scanner and
 * parsers against. It is deliberately not a copy of zt-jsonrpc.c's scan (a flat loop over a
 * stack of brackets, indices, a text comparison for int64): this one is recursive descent
 * over the grammar of RFC 8259 section 2-7, walks a cursor, bounds its recursion with an
 * explicit depth counter, checks UTF-8 from the RFC 3629 table rather than GLib, and finds
 * int64 overflow by accumulating the digits. Two readings of one RFC that agree are worth
 * more than one reading checked against itself.
 *
 * Verdicts: OK, SYNTAX (not one JSON value), or TOO_DEEP (an array or object opened when
 * @max_depth are already open), whichever comes first in the text, as a streaming reader
 * would meet them. With @policy set, the project's own refusals (see zt_json_check()) are
 * failures where they occur: a lone surrogate escape and an integer outside int64 (SYNTAX),
 * and U+0000 escaped in a member name, in the top-level "method" or in "params"."name"
 * (NUL_NAME); without it they are only flagged. A member name twice in one object (after
 * decoding) is only flagged: the scan accepts it, the tree builders refuse it. */

typedef enum {
  ZT_REF_OK,
  ZT_REF_SYNTAX,
  ZT_REF_TOO_DEEP,
  ZT_REF_NUL_NAME,
} ZtRefVerdict;

/* What a value is to the gateway, for the U+0000 policy: names it decides on. */
typedef enum {
  ZT_REF_ROLE_OTHER,
  ZT_REF_ROLE_METHOD,     /* the top-level object's "method" */
  ZT_REF_ROLE_PARAMS,     /* the top-level object's "params" */
  ZT_REF_ROLE_TOOL_NAME,  /* "name" in an object that is "params" */
} ZtRefRole;

typedef struct {
  const guchar *p;
  const guchar *end;
  guint         max_depth;
  gboolean      policy;
  guint         open;            /* containers open at the cursor */
  guint         deepest;         /* the most ever open (at most max_depth + 1) */
  ZtRefVerdict  verdict;
  const char   *why;             /* when verdict != OK */
  gsize         offset;          /* when verdict != OK */
  gboolean      lone_surrogate;
  gboolean      nul_escape;      /* \u0000 somewhere */
  gboolean      int_overflow;
  gboolean      trailing;        /* one value, then more than whitespace */
  gboolean      dup_name;        /* an object with a member name twice */
} ZtRef;

static inline gboolean
zt_ref_stop (ZtRef        *r,
             const guchar *start,
             ZtRefVerdict  verdict,
             const char   *why)
{
  if (r->verdict == ZT_REF_OK)
    {
      r->verdict = verdict;
      r->why = why;
      r->offset = (gsize) (r->p - start);
    }
  return FALSE;
}

/* RFC 8259 section 2: ws = *( %x20 / %x09 / %x0A / %x0D ) */
static inline void
zt_ref_ws (ZtRef *r)
{
  for (; r->p < r->end; r->p++)
    if (*r->p != 0x20 && *r->p != 0x09 && *r->p != 0x0A && *r->p != 0x0D)
      break;
}

static inline gboolean
zt_ref_peek (ZtRef *r, guchar c)
{
  return r->p < r->end && *r->p == c;
}

static gboolean zt_ref_value (ZtRef *r, const guchar *start, ZtRefRole role);

/* Four hex digits after "\u"; -1 if they are not there. */
static inline long
zt_ref_hex4 (const guchar *p, const guchar *end)
{
  static const char digits[] = "0123456789abcdef";
  long v = 0;

  if (end - p < 4)
    return -1;
  for (int k = 0; k < 4; k++)
    {
      const char *d = p[k] ? strchr (digits, g_ascii_tolower (p[k])) : NULL;

      if (d == NULL)
        return -1;
      v = (v << 4) | (d - digits);
    }
  return v;
}

/* Section 7: string = quotation-mark *char quotation-mark. Surrogates are paired across
 * escapes with a pending-high flag, not by looking ahead. @decoded, if not NULL, gets the
 * string with its escapes decoded to UTF-8 (a lone surrogate to U+FFFD), so that two names
 * compare equal exactly when they are; *@nul tells whether it holds an escaped U+0000. */
static inline gboolean
zt_ref_string (ZtRef *r, const guchar *start, GString *decoded, gboolean *nul)
{
  gboolean high = FALSE;   /* the last char was a high-surrogate escape */
  long high_unit = 0;      /* that escape's value */

  *nul = FALSE;

  r->p++;  /* the opening quote */
  for (;;)
    {
      long u = -1;
      gboolean paired;

      if (r->p >= r->end)
        return zt_ref_stop (r, start, ZT_REF_SYNTAX, "string not closed");
      if (*r->p == '"' || *r->p != '\\')
        {
          if (high)
            {
              r->lone_surrogate = TRUE;
              if (r->policy)
                return zt_ref_stop (r, start, ZT_REF_SYNTAX, "high surrogate alone");
              high = FALSE;
            }
          if (high && decoded)
            g_string_append_unichar (decoded, 0xFFFD);
          if (*r->p == '"')
            {
              r->p++;
              return TRUE;
            }
          /* unescaped = %x20-21 / %x23-5B / %x5D-10FFFF (UTF-8 is checked on its own) */
          if (*r->p < 0x20)
            return zt_ref_stop (r, start, ZT_REF_SYNTAX, "unescaped control character");
          if (decoded)
            g_string_append_c (decoded, (char) *r->p);
          r->p++;
          continue;
        }
      /* escape: %x5C followed by one of " \ / b f n r t or u 4HEXDIG */
      if (r->end - r->p < 2)
        return zt_ref_stop (r, start, ZT_REF_SYNTAX, "escape cut short");
      switch (r->p[1])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          break;
        case 'u':
          u = zt_ref_hex4 (r->p + 2, r->end);
          if (u < 0)
            return zt_ref_stop (r, start, ZT_REF_SYNTAX, "bad \\u escape");
          break;
        default:
          return zt_ref_stop (r, start, ZT_REF_SYNTAX, "unknown escape");
        }
      paired = high && u >= 0xDC00 && u <= 0xDFFF;
      if (high && !paired)
        {
          if (decoded)
            g_string_append_unichar (decoded, 0xFFFD);
          r->lone_surrogate = TRUE;
          if (r->policy)
            return zt_ref_stop (r, start, ZT_REF_SYNTAX, "high surrogate alone");
        }
      else if (!high && u >= 0xDC00 && u <= 0xDFFF)
        {
          r->lone_surrogate = TRUE;
          if (r->policy)
            return zt_ref_stop (r, start, ZT_REF_SYNTAX, "low surrogate alone");
        }
      if (u == 0)
        r->nul_escape = *nul = TRUE;
      if (decoded)
        {
          static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";

          if (u < 0)
            g_string_append_c (decoded, to[strchr (from, r->p[1]) - from]);
          else if (paired)
            g_string_append_unichar (decoded, 0x10000 + ((high_unit - 0xD800) << 10) + (u - 0xDC00));
          else if (u >= 0xDC00 && u <= 0xDFFF)
            g_string_append_unichar (decoded, 0xFFFD);
          else if (u < 0xD800 || u > 0xDBFF)
            g_string_append_unichar (decoded, (gunichar) u);
        }
      high = !paired && u >= 0xD800 && u <= 0xDBFF;
      high_unit = u;
      r->p += u >= 0 ? 6 : 2;
    }
}

/* Section 6: number = [ minus ] int [ frac ] [ exp ] */
static inline gboolean
zt_ref_number (ZtRef *r, const guchar *start)
{
  gboolean minus = zt_ref_peek (r, '-');
  gboolean integer = TRUE, overflow = FALSE;
  /* int64's magnitude limit: 2^63 - 1, or 2^63 for a negative number */
  guint64 limit = minus ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  guint64 magnitude = 0;

  if (minus)
    r->p++;
  if (r->p >= r->end || !g_ascii_isdigit (*r->p))
    return zt_ref_stop (r, start, ZT_REF_SYNTAX, "not a value");
  /* int = zero / ( digit1-9 *DIGIT ) */
  if (*r->p == '0')
    r->p++;
  else
    for (; r->p < r->end && g_ascii_isdigit (*r->p); r->p++)
      {
        guint d = *r->p - '0';

        if (magnitude > (limit - d) / 10)
          overflow = TRUE;
        else
          magnitude = magnitude * 10 + d;
      }
  /* frac = decimal-point 1*DIGIT */
  if (zt_ref_peek (r, '.'))
    {
      integer = FALSE;
      r->p++;
      if (r->p >= r->end || !g_ascii_isdigit (*r->p))
        return zt_ref_stop (r, start, ZT_REF_SYNTAX, "no digit after '.'");
      while (r->p < r->end && g_ascii_isdigit (*r->p))
        r->p++;
    }
  /* exp = e [ minus / plus ] 1*DIGIT */
  if (zt_ref_peek (r, 'e') || zt_ref_peek (r, 'E'))
    {
      integer = FALSE;
      r->p++;
      if (zt_ref_peek (r, '-') || zt_ref_peek (r, '+'))
        r->p++;
      if (r->p >= r->end || !g_ascii_isdigit (*r->p))
        return zt_ref_stop (r, start, ZT_REF_SYNTAX, "no digit in the exponent");
      while (r->p < r->end && g_ascii_isdigit (*r->p))
        r->p++;
    }
  if (integer && overflow)
    {
      r->int_overflow = TRUE;
      if (r->policy)
        return zt_ref_stop (r, start, ZT_REF_SYNTAX, "integer outside int64");
    }
  return TRUE;
}

/* Sections 4 and 5: an object's members or an array's values, the cursor on the opener. */
static inline gboolean
zt_ref_container (ZtRef *r, const guchar *start, ZtRefRole role)
{
  gboolean object = *r->p == '{';
  guchar close = object ? '}' : ']';
  gboolean ok = TRUE;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GHashTable) seen = object ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL) : NULL;

  if (r->open == r->max_depth)
    return zt_ref_stop (r, start, ZT_REF_TOO_DEEP, "nested too deep");
  r->open++;
  r->deepest = MAX (r->deepest, r->open);
  r->p++;
  zt_ref_ws (r);
  if (zt_ref_peek (r, close))
    r->p++;
  else
    for (;;)
      {
        ZtRefRole child = ZT_REF_ROLE_OTHER;

        if (object)
          {
            gboolean nul;

            /* member = string name-separator value */
            if (!zt_ref_peek (r, '"'))
              {
                ok = zt_ref_stop (r, start, ZT_REF_SYNTAX, "member name expected");
                break;
              }
            g_string_truncate (key, 0);
            if (!zt_ref_string (r, start, key, &nul))
              {
                ok = FALSE;
                break;
              }
            if (nul && r->policy)
              {
                ok = zt_ref_stop (r, start, ZT_REF_NUL_NAME, "U+0000 in a member name");
                break;
              }
            /* a name with U+0000 compares up to it, as the C strings of a tree do */
            if (!g_hash_table_add (seen, g_strdup (key->str)))
              r->dup_name = TRUE;
            /* the top level is the only object opened with nothing open before */
            if (r->open == 1 && strcmp (key->str, "method") == 0 && key->len == 6)
              child = ZT_REF_ROLE_METHOD;
            else if (r->open == 1 && strcmp (key->str, "params") == 0 && key->len == 6)
              child = ZT_REF_ROLE_PARAMS;
            else if (role == ZT_REF_ROLE_PARAMS && strcmp (key->str, "name") == 0 && key->len == 4)
              child = ZT_REF_ROLE_TOOL_NAME;
            zt_ref_ws (r);
            if (!zt_ref_peek (r, ':'))
              {
                ok = zt_ref_stop (r, start, ZT_REF_SYNTAX, "name-separator expected");
                break;
              }
            r->p++;
            zt_ref_ws (r);
          }
        if (!zt_ref_value (r, start, child))
          {
            ok = FALSE;
            break;
          }
        zt_ref_ws (r);
        if (zt_ref_peek (r, close))
          {
            r->p++;
            break;
          }
        if (!zt_ref_peek (r, ','))
          {
            ok = zt_ref_stop (r, start, ZT_REF_SYNTAX, "value-separator or end expected");
            break;
          }
        r->p++;
        zt_ref_ws (r);
      }
  r->open--;
  return ok;
}

/* Section 3: value = false / null / true / object / array / number / string */
static gboolean
zt_ref_value (ZtRef *r, const guchar *start, ZtRefRole role)
{
  static const char * const names[] = { "false", "null", "true" };

  if (r->p >= r->end)
    return zt_ref_stop (r, start, ZT_REF_SYNTAX, "value expected");
  if (*r->p == '{' || *r->p == '[')
    return zt_ref_container (r, start, role);
  if (*r->p == '"')
    {
      gboolean nul;

      if (!zt_ref_string (r, start, NULL, &nul))
        return FALSE;
      if (nul && r->policy && (role == ZT_REF_ROLE_METHOD || role == ZT_REF_ROLE_TOOL_NAME))
        return zt_ref_stop (r, start, ZT_REF_NUL_NAME, "U+0000 in a method or tool name");
      return TRUE;
    }
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (*r->p == (guchar) names[k][0])
      {
        gsize len = strlen (names[k]);

        if ((gsize) (r->end - r->p) < len || memcmp (r->p, names[k], len) != 0)
          return zt_ref_stop (r, start, ZT_REF_SYNTAX, "bad literal");
        r->p += len;
        return TRUE;
      }
  return zt_ref_number (r, start);
}

/* JSON-text = ws value ws, with no more than @max_depth arrays and objects open at once. */
static inline ZtRef
zt_ref_check (const char *text,
              gsize       len,
              guint       max_depth,
              gboolean    policy)
{
  const guchar *start = (const guchar *) text;
  ZtRef r = { start, start + len, max_depth, policy, 0, 0, ZT_REF_OK, NULL, 0, FALSE, FALSE, FALSE, FALSE, FALSE };

  zt_ref_ws (&r);
  if (!zt_ref_value (&r, start, ZT_REF_ROLE_OTHER))
    return r;
  zt_ref_ws (&r);
  if (r.p != r.end)
    {
      r.trailing = TRUE;
      zt_ref_stop (&r, start, ZT_REF_SYNTAX, "more after the value");
    }
  return r;
}

/* Well-formed UTF-8 after RFC 3629 section 4 (no overlong forms, no surrogates, nothing
 * past U+10FFFF), and no NUL byte (which JSON text cannot hold outside strings, nor inside
 * them unescaped). */
static inline gboolean
zt_ref_utf8 (const char *text,
             gsize       len)
{
  const guchar *p = (const guchar *) text, *end = p + len;

  while (p < end)
    {
      guchar b = *p;
      guchar lo = 0x80, hi = 0xBF;
      int more;

      if (b == 0x00)
        return FALSE;
      if (b < 0x80)
        {
          p++;
          continue;
        }
      if (b >= 0xC2 && b <= 0xDF)
        more = 1;
      else if (b >= 0xE0 && b <= 0xEF)
        {
          more = 2;
          if (b == 0xE0)
            lo = 0xA0;
          else if (b == 0xED)
            hi = 0x9F;
        }
      else if (b >= 0xF0 && b <= 0xF4)
        {
          more = 3;
          if (b == 0xF0)
            lo = 0x90;
          else if (b == 0xF4)
            hi = 0x8F;
        }
      else
        return FALSE;
      if (end - p <= more)
        return FALSE;
      /* the first continuation byte has the narrowed range, the others 80-BF */
      if (p[1] < lo || p[1] > hi)
        return FALSE;
      for (int k = 2; k <= more; k++)
        if (p[k] < 0x80 || p[k] > 0xBF)
          return FALSE;
      p += more + 1;
    }
  return TRUE;
}

/* A GLib critical or warning is a broken precondition: a crash, as with G_DEBUG=fatal-criticals
 * (outside input must never reach one), except the one already reported: json-glib 1.6's
 * json_object_get_*_member_with_default() asserts that the member holds a value, so outside
 * JSON with an object or array where a string or number is read ({"type":{}}) logs a
 * critical and gets the default. Other messages are dropped, to keep the fuzzer's output
 * readable. */
static void
zt_fuzz_log_cb (const char     *domain,
                GLogLevelFlags  level,
                const char     *message,
                gpointer        user_data)
{
  const char * const *expected = user_data;

  if ((level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) == 0)
    return;
  if (strstr (message, "_member_with_default: assertion 'JSON_NODE_TYPE (node) == JSON_NODE_VALUE'"))
    {
      zt_fuzz_known ("json-getter-critical", message);
      return;
    }
  for (; expected && *expected; expected++)
    if (strstr (message, *expected) != NULL)
      return;
  zt_fuzz_fail (level & G_LOG_LEVEL_WARNING ? "GLib warning" : "GLib critical", message);
}

/* @expected: NULL, or substrings of warnings the code under test logs by design (kept: give
 * a static array). */
static inline void
zt_fuzz_watch_log (const char * const *expected)
{
  static gboolean done;

  if (!done)
    {
      g_log_set_default_handler (zt_fuzz_log_cb, (gpointer) expected);
      done = TRUE;
    }
}
