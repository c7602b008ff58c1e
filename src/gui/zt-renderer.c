/* zt-renderer.c: which renderer the app's windows draw with: cairo where OpenGL runs on the CPU */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <epoxy/gl.h>

#include "zt-renderer.h"

gboolean
zt_renderer_is_software (const char *gl_renderer)
{
  static const char *software[] = { "llvmpipe", "softpipe", "Software Rasterizer", "GDI Generic" };

  for (guint i = 0; gl_renderer && i < G_N_ELEMENTS (software); i++)
    if (strstr (gl_renderer, software[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* On Mesa's software GLX (Xvfb, VMs, no GPU) there is no buffer age, so GTK 4.8's GL
 * renderer redraws the whole window on the CPU for each frame: 51-113 ms for the main
 * window on 2 idle cores, and a UI stall of 69-177 ms when a session count changes while
 * the embedded agent starts 16 servers; cairo redraws the changed row in 1-10 ms
 * (docs/performance.md, "The desktop app's UI thread under load"). GTK looks at the
 * display's "gsk-renderer" before its other choices whenever it makes a window's renderer,
 * hence before the first window is realized. */
void
zt_renderer_choose (GdkDisplay *display)
{
  g_autoptr(GdkGLContext) context = NULL;
  const char *renderer;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  if (g_getenv ("GSK_RENDERER") != NULL ||
      g_object_get_data (G_OBJECT (display), "gsk-renderer") != NULL)
    return;
  /* no OpenGL at all: GTK falls back to cairo by itself */
  if (!gdk_display_prepare_gl (display, NULL))
    return;
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return;
  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  if (zt_renderer_is_software (renderer))
    {
      g_debug ("OpenGL renders on the CPU (%s): windows draw with cairo", renderer);
      g_object_set_data_full (G_OBJECT (display), "gsk-renderer", g_strdup ("cairo"), g_free);
    }
  gdk_gl_context_clear_current ();
}
