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

GSource *
zt_timeout_source_attach (guint       ms,
                          GSourceFunc func,
                          gpointer    data)
{
  GSource *source = g_timeout_source_new (ms);

  g_source_set_callback (source, func, data, NULL);
  g_source_attach (source, g_main_context_get_thread_default ());
  return source;
}

void
zt_source_clear (GSource **source)
{
  if (*source == NULL)
    return;
  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}
