/* zt-util.c: small helpers shared across the core */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib-unix.h>

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

static guint
attach_here (GSource     *source,
             GSourceFunc  func,
             gpointer     data)
{
  guint id;

  g_source_set_callback (source, func, data, NULL);
  id = g_source_attach (source, g_main_context_get_thread_default ());
  g_source_unref (source);
  return id;
}

guint
zt_timeout_add (guint       ms,
                GSourceFunc func,
                gpointer    data)
{
  return attach_here (g_timeout_source_new (ms), func, data);
}

guint
zt_timeout_add_seconds (guint       seconds,
                        GSourceFunc func,
                        gpointer    data)
{
  return attach_here (g_timeout_source_new_seconds (seconds), func, data);
}

guint
zt_unix_fd_add (int          fd,
                GIOCondition condition,
                gpointer     func,
                gpointer     data)
{
  return attach_here (g_unix_fd_source_new (fd, condition), (GSourceFunc) func, data);
}

void
zt_clear_source_id (guint *id)
{
  GMainContext *context = g_main_context_get_thread_default ();
  GSource *source;

  if (*id == 0)
    return;
  source = g_main_context_find_source_by_id (context ? context : g_main_context_default (), *id);
  if (source != NULL)
    g_source_destroy (source);
  *id = 0;
}
