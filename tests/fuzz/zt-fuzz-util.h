/* zt-fuzz-util.h: oracles shared by the fuzz targets: a strict RFC 8259 checker, known-bug reports */
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

typedef struct {
  gboolean    ok;
  const char *why;           /* when !ok */
  gsize       offset;        /* when !ok */
  gboolean    trailing;      /* a complete value followed by more than whitespace */
  gboolean    lone_surrogate;
  gboolean    nul_escape;    /* \u0000 somewhere */
  gboolean    int_overflow;  /* an integer literal outside int64 */
  guint       depth;         /* the deepest nesting seen */
} ZtStrict;

static inline gsize
zt_strict_ws (const char *s, gsize i, gsize n)
{
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i;
}

static inline int
zt_strict_hex4 (const char *s, gsize i, gsize n)
{
  int v = 0;

  if (i + 4 > n)
    return -1;
  for (gsize k = 0; k < 4; k++)
    {
      int d = g_ascii_xdigit_value (s[i + k]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* A string starting at s[*pi] == '"'; leaves *pi after the closing quote. */
static inline gboolean
zt_strict_string (const char *s, gsize *pi, gsize n, ZtStrict *r)
{
  gsize i = *pi + 1;

  while (i < n)
    {
      guchar c = (guchar) s[i];

      if (c == '"')
        {
          *pi = i + 1;
          return TRUE;
        }
      if (c < 0x20)
        return FALSE;
      if (c != '\\')
        {
          i++;
          continue;
        }
      if (++i >= n)
        return FALSE;
      switch (s[i])
        {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
          i++;
          break;
        case 'u':
          {
            int u = zt_strict_hex4 (s, i + 1, n);

            if (u < 0)
              return FALSE;
            i += 5;
            if (u == 0)
              r->nul_escape = TRUE;
            if (u >= 0xDC00 && u <= 0xDFFF)
              r->lone_surrogate = TRUE;
            else if (u >= 0xD800 && u <= 0xDBFF)
              {
                int lo = (i + 1 < n && s[i] == '\\' && s[i + 1] == 'u') ? zt_strict_hex4 (s, i + 2, n) : -1;

                if (lo >= 0xDC00 && lo <= 0xDFFF)
                  i += 6;
                else
                  r->lone_surrogate = TRUE;
              }
            break;
          }
        default:
          return FALSE;
        }
    }
  return FALSE;
}

static inline gboolean
zt_strict_number (const char *s, gsize *pi, gsize n, ZtStrict *r)
{
  gsize i = *pi, start = i;
  gboolean integer = TRUE;

  if (s[i] == '-')
    i++;
  if (i < n && s[i] == '0')
    i++;
  else if (i < n && s[i] >= '1' && s[i] <= '9')
    while (i < n && g_ascii_isdigit (s[i]))
      i++;
  else
    return FALSE;
  if (i < n && s[i] == '.')
    {
      integer = FALSE;
      if (++i >= n || !g_ascii_isdigit (s[i]))
        return FALSE;
      while (i < n && g_ascii_isdigit (s[i]))
        i++;
    }
  if (i < n && (s[i] == 'e' || s[i] == 'E'))
    {
      integer = FALSE;
      i++;
      if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
      if (i >= n || !g_ascii_isdigit (s[i]))
        return FALSE;
      while (i < n && g_ascii_isdigit (s[i]))
        i++;
    }
  if (integer)
    {
      /* Compare with the int64 range as text: no overflow in the oracle itself. */
      gboolean neg = s[start] == '-';
      gsize digits = i - start - (neg ? 1 : 0);
      const char *lim = neg ? "9223372036854775808" : "9223372036854775807";

      if (digits > 19 || (digits == 19 && memcmp (s + start + (neg ? 1 : 0), lim, 19) > 0))
        r->int_overflow = TRUE;
    }
  *pi = i;
  return TRUE;
}

/* Checks that @s is exactly one RFC 8259 JSON value (UTF-8 is checked elsewhere). Iterative,
 * so it copes with any nesting the fuzzer makes. */
static inline ZtStrict
zt_strict_check (const char *s,
                 gsize       n)
{
  ZtStrict r = { 0 };
  g_autoptr(GByteArray) stack = g_byte_array_new ();
  gsize i = zt_strict_ws (s, 0, n);

#define ZT_STRICT_FAIL(w) G_STMT_START { r.why = (w); r.offset = i; return r; } G_STMT_END

value:
  if (i >= n)
    ZT_STRICT_FAIL ("value expected");
  switch (s[i])
    {
    case '{':
    case '[':
      {
        guint8 open = (guint8) s[i];

        g_byte_array_append (stack, &open, 1);
        r.depth = MAX (r.depth, stack->len);
        i = zt_strict_ws (s, i + 1, n);
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
      if (!zt_strict_string (s, &i, n, &r))
        ZT_STRICT_FAIL ("bad string");
      goto after;
    case 't':
      if (n - i < 4 || memcmp (s + i, "true", 4) != 0)
        ZT_STRICT_FAIL ("bad literal");
      i += 4;
      goto after;
    case 'f':
      if (n - i < 5 || memcmp (s + i, "false", 5) != 0)
        ZT_STRICT_FAIL ("bad literal");
      i += 5;
      goto after;
    case 'n':
      if (n - i < 4 || memcmp (s + i, "null", 4) != 0)
        ZT_STRICT_FAIL ("bad literal");
      i += 4;
      goto after;
    default:
      if (!zt_strict_number (s, &i, n, &r))
        ZT_STRICT_FAIL ("bad value");
      goto after;
    }

key:
  if (i >= n || s[i] != '"' || !zt_strict_string (s, &i, n, &r))
    ZT_STRICT_FAIL ("bad key");
  i = zt_strict_ws (s, i, n);
  if (i >= n || s[i] != ':')
    ZT_STRICT_FAIL ("colon expected");
  i = zt_strict_ws (s, i + 1, n);
  goto value;

after:
  i = zt_strict_ws (s, i, n);
  if (stack->len == 0)
    {
      if (i != n)
        {
          r.trailing = TRUE;
          ZT_STRICT_FAIL ("trailing data");
        }
      r.ok = TRUE;
      return r;
    }
  if (i < n && s[i] == ',')
    {
      i = zt_strict_ws (s, i + 1, n);
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
  ZT_STRICT_FAIL ("',' or close expected");
#undef ZT_STRICT_FAIL
}
