/* zt-markdown-view.h: a model's Markdown shown as tagged text (md4c), code blocks in cards */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Deepest list or quote nesting that still indents; deeper levels stay at this indent. */
#define ZT_MARKDOWN_MAX_DEPTH 8
/* Longest line of prose the view holds, in characters: a longer paragraph is broken at its
 * last space before this (or at this), since a paragraph costs Pango O(length^2 / width). */
#define ZT_MARKDOWN_PARAGRAPH_MAX 1000

#define ZT_TYPE_MARKDOWN_VIEW (zt_markdown_view_get_type ())
G_DECLARE_FINAL_TYPE (ZtMarkdownView, zt_markdown_view, ZT, MARKDOWN_VIEW, GtkWidget)

GtkWidget  *zt_markdown_view_new        (void);
/* Shows @text (a model's answer: hostile input). When @text extends the text shown before,
 * only the trailing open block is parsed and drawn again, so a stream costs what it adds.
 * Text is never markup: it goes into text buffers as text, with tags for its formatting.
 * Control characters (but tab and newline) and bidi overrides show as U+FFFD. */
void        zt_markdown_view_set_text   (ZtMarkdownView *self,
                                         const char     *text);
/* What the view shows, as plain text (prose and code, in order), for tests and copying. */
char       *zt_markdown_view_get_shown_text (ZtMarkdownView *self);

/* A copy of @text safe to put in a label or a buffer as text: valid UTF-8, control
 * characters but tab and newline, and bidi overrides and isolates replaced by U+FFFD, and
 * no line longer than ZT_MARKDOWN_PARAGRAPH_MAX characters (a longer one is broken at its
 * last space before that, or at that), so that wrapping it costs Pango no stall. */
char       *zt_markdown_sanitize        (const char     *text,
                                         gssize          len);

G_END_DECLS
