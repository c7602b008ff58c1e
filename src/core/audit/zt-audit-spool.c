/* zt-audit-spool.c: the audit spool's record format (zt-audit-spool.h) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-audit-spool.h"
#include "zt-error.h"

enum { TAG_NULL, TAG_INT, TAG_TEXT };

static void
put_u32 (GString *out,
         guint32  v)
{
  guint8 b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff };

  g_string_append_len (out, (const char *) b, 4);
}

static void
put_i64 (GString *out,
         gint64   v)
{
  guint64 u = (guint64) v;
  guint8 b[8];

  for (guint i = 0; i < 8; i++)
    b[i] = (u >> (8 * i)) & 0xff;
  g_string_append_len (out, (const char *) b, 8);
}

static guint32
get_u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static gint64
get_i64 (const guint8 *p)
{
  guint64 u = 0;

  for (guint i = 0; i < 8; i++)
    u |= (guint64) p[i] << (8 * i);
  return (gint64) u;
}

void
zt_audit_spool_encode (GString           *out,
                       gint64             seq,
                       guint              n,
                       const gboolean    *set,
                       const char *const *text,
                       const gint64      *num)
{
  gsize start, len;

  g_string_append_len (out, ZT_AUDIT_SPOOL_MAGIC, 4);
  start = out->len;
  put_u32 (out, 0);  /* the payload's length, below */
  put_i64 (out, seq);
  for (guint i = 0; i < n; i++)
    {
      if (text[i] != NULL)
        {
          gsize tl = strlen (text[i]);

          g_string_append_c (out, TAG_TEXT);
          put_u32 (out, (guint32) tl);
          g_string_append_len (out, text[i], (gssize) tl);
        }
      else if (set[i])
        {
          g_string_append_c (out, TAG_INT);
          put_i64 (out, num[i]);
        }
      else
        g_string_append_c (out, TAG_NULL);
    }
  len = out->len - start - 4;
  out->str[start] = len & 0xff;
  out->str[start + 1] = (len >> 8) & 0xff;
  out->str[start + 2] = (len >> 16) & 0xff;
  out->str[start + 3] = (len >> 24) & 0xff;
}

static gssize
bad (GError     **error,
     const char  *what)
{
  g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "not an audit spool record: %s", what);
  return -1;
}

gssize
zt_audit_spool_decode (const guint8  *data,
                       gsize          len,
                       guint          n,
                       gint64        *seq,
                       gboolean      *set,
                       char         **text,
                       gint64        *num,
                       GError       **error)
{
  const guint8 *p, *end;
  guint32 plen;
  guint i;

  if (len < 8)
    return len >= 4 && memcmp (data, ZT_AUDIT_SPOOL_MAGIC, 4) != 0 ? bad (error, "no magic") : 0;
  if (memcmp (data, ZT_AUDIT_SPOOL_MAGIC, 4) != 0)
    return bad (error, "no magic");
  plen = get_u32 (data + 4);
  if (plen < 8 || plen > ZT_AUDIT_SPOOL_RECORD_MAX)
    return bad (error, "a length out of bounds");
  if (len - 8 < plen)
    return 0;
  p = data + 8;
  end = p + plen;
  *seq = get_i64 (p);
  p += 8;
  if (*seq <= 0)
    return bad (error, "a seq that is not positive");
  for (i = 0; i < n; i++)
    {
      set[i] = FALSE;
      text[i] = NULL;
      num[i] = 0;
    }
  for (i = 0; i < n; i++)
    {
      guint8 tag;

      if (p >= end)
        break;
      tag = *p++;
      if (tag == TAG_NULL)
        continue;
      if (tag == TAG_INT)
        {
          if ((gsize) (end - p) < 8)
            break;
          set[i] = TRUE;
          num[i] = get_i64 (p);
          p += 8;
        }
      else if (tag == TAG_TEXT)
        {
          guint32 tl;

          if ((gsize) (end - p) < 4 || (gsize) (end - p) - 4 < (tl = get_u32 (p)))
            break;
          p += 4;
          if (memchr (p, '\0', tl) != NULL || !g_utf8_validate_len ((const char *) p, tl, NULL))
            {
              i = n + 1;  /* not text */
              break;
            }
          set[i] = TRUE;
          text[i] = g_strndup ((const char *) p, tl);
          p += tl;
        }
      else
        break;
    }
  if (i != n || p != end)
    {
      for (guint k = 0; k < n; k++)
        g_clear_pointer (&text[k], g_free);
      return bad (error, i > n ? "a text that is not UTF-8" : "fields that do not match the record's length");
    }
  return (gssize) (8 + plen);
}
