/* zt-util.c: small helpers shared across the core */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-util.h"

gboolean
zt_secure_equal (gconstpointer a,
                 gconstpointer b,
                 gsize         len)
{
  const volatile guint8 *x = a;
  const volatile guint8 *y = b;
  guint8 diff = 0;

  for (gsize i = 0; i < len; i++)
    diff |= x[i] ^ y[i];
  return diff == 0;
}
