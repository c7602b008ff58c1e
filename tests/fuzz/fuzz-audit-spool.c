/* fuzz-audit-spool.c: libFuzzer target for the audit spool's records, read back after a crash (zt-audit-spool.c) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-audit-spool.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#define N_FIELDS 18  /* an audit record's columns but seq and hash */

/* Records are read one after the other as the audit log reads its spool. Invariants: a
 * record read is one the encoder writes byte for byte (so nothing else is read as a record),
 * its texts are UTF-8; a record cut short anywhere reads as torn (0), never as a record or
 * as damage. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gsize off = 0;

  while (off < size)
    {
      gint64 seq = 0;
      gboolean set[N_FIELDS];
      char *text[N_FIELDS];
      gint64 num[N_FIELDS];
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) again = g_string_new (NULL);
      gssize took = zt_audit_spool_decode (data + off, size - off, N_FIELDS, &seq, set, text, num, &error);

      if (took < 0)
        {
          if (error == NULL)
            abort ();
          break;
        }
      if (took == 0)
        break;
      if (seq <= 0)
        abort ();
      for (guint i = 0; i < N_FIELDS; i++)
        if (text[i] != NULL && !g_utf8_validate (text[i], -1, NULL))
          abort ();
      zt_audit_spool_encode (again, seq, N_FIELDS, set, (const char *const *) text, num);
      if (again->len != (gsize) took || memcmp (again->str, data + off, (gsize) took) != 0)
        abort ();
      /* every strict prefix of it is torn */
      for (gsize cut = 0; cut < (gsize) took; cut += 1 + cut / 4)
        {
          gint64 s2;
          gboolean set2[N_FIELDS];
          char *text2[N_FIELDS];
          gint64 num2[N_FIELDS];

          if (zt_audit_spool_decode ((const guint8 *) again->str, cut, N_FIELDS, &s2, set2, text2, num2, NULL) != 0)
            abort ();
        }
      for (guint i = 0; i < N_FIELDS; i++)
        g_free (text[i]);
      off += (gsize) took;
    }
  return 0;
}
