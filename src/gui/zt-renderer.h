/* zt-renderer.h: which renderer the app's windows draw with: cairo where OpenGL runs on the CPU */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* TRUE for an OpenGL renderer string of a rasterizer that runs on the CPU (Mesa's llvmpipe,
 * softpipe and swrast, Windows' GDI Generic). */
gboolean zt_renderer_is_software (const char *gl_renderer);

/* Call once the display is open and before the first window is realized. Where OpenGL is
 * software, GTK's GL renderer repaints the whole window on the CPU for every frame, while
 * its cairo renderer repaints only what changed: DISPLAY's windows then draw with cairo.
 * GSK_RENDERER, when set, wins. */
void     zt_renderer_choose      (GdkDisplay *display);

G_END_DECLS
