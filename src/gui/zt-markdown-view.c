/* zt-markdown-view.c: a model's Markdown shown as tagged text (md4c), code blocks in cards */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>
#include <md4c.h>
#include <string.h>

#include "zt-markdown-view.h"

/* The text is cut into segments: prose (one GtkTextView, parsed by md4c) and fenced code (a
 * card with a GtkSourceView). Only the last segment can still change while a stream comes in;
 * inside a prose segment only what follows the last blank line is parsed again. */
struct _ZtMarkdownView {
  GtkWidget      parent_instance;

  GString       *source;       /* sanitized text shown */
  GString       *raw;          /* the caller's text that @source came from */
  gsize          open_start;   /* where the last (open) segment starts in @source */
  gboolean       open_is_code;
  GtkWidget     *open_widget;  /* the last segment's widget, or NULL */
  /* prose: what precedes @stable is drawn for good, up to the buffer's "stable" mark */
  gsize          stable;
  gboolean       stable_joined;  /* @stable is a forced cut: no paragraph break there */
  /* code: where the code's text starts in @source */
  gsize          code_start;
};

G_DEFINE_FINAL_TYPE (ZtMarkdownView, zt_markdown_view, GTK_TYPE_WIDGET)

/* Sanitizing ----------------------------------------------------------------------------- */

static gboolean
is_hidden_control (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c < 0xa0) ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

/* Breaks @text, to be appended to a buffer line that holds @line_chars characters already,
 * into lines of at most ZT_MARKDOWN_PARAGRAPH_MAX characters: a space becomes a newline where
 * there is one in the line, else a newline is put in at the bound. Pango wraps a paragraph by
 * shaping what is left of it again for every line it breaks off, so a paragraph costs
 * O(length^2 / line width): a hostile 80 000-character one took 0.8 s at a 600 px width, 14 s
 * at 40 px, and 65-73 s in runs where it was laid out narrower still (the view's width not yet
 * given, it seems). Bounded, no width makes it cost more than ZT_MARKDOWN_PARAGRAPH_MAX / 2
 * shapings a character (43 ms at 40 px). */
static void
break_long_lines (GString *text,
                  int      line_chars)
{
  gssize space = -1;   /* the current line's last space in @text */
  int since_space = 0; /* characters after it */

  for (gsize i = 0; i < text->len; i = g_utf8_next_char (text->str + i) - text->str)
    {
      char c = text->str[i];

      if (c == '\n')
        {
          line_chars = 0;
          space = -1;
          continue;
        }
      if (line_chars >= ZT_MARKDOWN_PARAGRAPH_MAX)
        {
          if (space >= 0)
            {
              text->str[space] = '\n';
              line_chars = since_space;
            }
          else
            {
              g_string_insert_c (text, i, '\n');
              line_chars = 0;
              i++;
            }
          space = -1;
        }
      line_chars++;
      since_space++;
      if (c == ' ')
        {
          space = i;
          since_space = 0;
        }
    }
}

static char *
sanitize (const char *text,
          gssize      len,
          gboolean    bound_lines)
{
  g_autofree char *valid = g_utf8_make_valid (text, len);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        continue;   /* "\r\n" is a newline; a lone CR would start a paragraph in the buffer */
      if (is_hidden_control (c))
        g_string_append (out, "\xef\xbf\xbd");
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  if (bound_lines)
    break_long_lines (out, 0);
  return g_string_free (out, FALSE);
}

char *
zt_markdown_sanitize (const char *text,
                      gssize      len)
{
  return sanitize (text, len, TRUE);
}

/* Prose: md4c's SAX callbacks into a text buffer ----------------------------------------- */

#define MAX_LISTS 32
#define MAX_TAGS  16
/* Tagged runs a prose segment holds: a text buffer's line costs O(runs) at each insert, so
 * past this a hostile answer's remaining text is shown plain, in one insert a parse */
#define MAX_RUNS  256

typedef struct {
  GtkTextBuffer *buffer;
  GPtrArray     *tags;         /* the tags of the spans and blocks we are inside */
  GString       *text;         /* gathered, not inserted yet */
  gboolean       after_text;   /* something is before the next text */
  guint          runs;
  int            pending_nl;   /* newlines owed before the next text */
  int            depth;        /* list and quote nesting */
  int            lists;
  gboolean       ordered[MAX_LISTS];
  unsigned       next_number[MAX_LISTS];
} Render;

static GtkTextTag *
tag (Render     *r,
     const char *name)
{
  return gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (r->buffer), name);
}

/* Text is gathered while the tags stay the same and inserted in one go: a buffer insert and
 * its tags cost far more than md4c's callbacks (a hostile "*_[`" run makes tens of
 * thousands of them). */
static void
flush (Render *r)
{
  GtkTextIter end, start;
  int offset;
  GtkTextTag *applied[MAX_TAGS];
  guint n_applied = 0;

  if (r->text->len == 0)
    return;
  r->runs++;
  gtk_text_buffer_get_end_iter (r->buffer, &end);
  offset = gtk_text_iter_get_offset (&end);
  break_long_lines (r->text, gtk_text_iter_get_line_offset (&end));
  gtk_text_buffer_insert (r->buffer, &end, r->text->str, r->text->len);
  g_string_truncate (r->text, 0);
  gtk_text_buffer_get_iter_at_offset (r->buffer, &start, offset);
  gtk_text_buffer_get_end_iter (r->buffer, &end);
  /* each tag once, the innermost first, and only so many: nesting costs nothing more */
  for (guint i = r->tags->len; i > 0 && n_applied < MAX_TAGS; i--)
    {
      gboolean seen = FALSE;

      for (guint j = 0; j < n_applied && !seen; j++)
        seen = applied[j] == r->tags->pdata[i - 1];
      if (!seen)
        applied[n_applied++] = r->tags->pdata[i - 1];
    }
  for (guint i = 0; i < n_applied && r->runs < MAX_RUNS; i++)
    gtk_text_buffer_apply_tag (r->buffer, applied[i], &start, &end);
}

static void
insert (Render     *r,
        const char *text,
        gsize       len)
{
  if (len == 0)
    return;
  if (r->pending_nl > 0 && (r->text->len > 0 || r->after_text))
    g_string_append_len (r->text, "\n\n", MIN (r->pending_nl, 2));
  r->pending_nl = 0;
  r->after_text = TRUE;
  g_string_append_len (r->text, text, len);
}

static void
flush_run (Render *r)
{
  if (r->runs < MAX_RUNS)
    flush (r);
}

static void
push (Render     *r,
      GtkTextTag *t)
{
  flush_run (r);
  g_ptr_array_add (r->tags, t);
}

static void
pop (Render     *r,
     GtkTextTag *t)
{
  flush_run (r);
  /* the last occurrence: md4c closes what it opened, innermost first */
  for (guint i = r->tags->len; i > 0; i--)
    if (r->tags->pdata[i - 1] == t)
      {
        g_ptr_array_remove_index (r->tags, i - 1);
        return;
      }
}

static GtkTextTag *
indent_tag (Render *r)
{
  char name[16];

  g_snprintf (name, sizeof name, "indent%d", CLAMP (r->depth, 1, ZT_MARKDOWN_MAX_DEPTH));
  return tag (r, name);
}

static GtkTextTag *
heading_tag (Render            *r,
             MD_BLOCK_H_DETAIL *detail)
{
  char name[8];

  g_snprintf (name, sizeof name, "h%u", CLAMP (detail->level, 1u, 6u));
  return tag (r, name);
}

static int
enter_block_cb (MD_BLOCKTYPE type,
                void        *detail,
                void        *data)
{
  Render *r = data;

  switch (type)
    {
    case MD_BLOCK_H:
      r->pending_nl = MAX (r->pending_nl, 2);
      push (r, heading_tag (r, detail));
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      if (r->lists < MAX_LISTS)
        {
          r->ordered[r->lists] = type == MD_BLOCK_OL;
          r->next_number[r->lists] = type == MD_BLOCK_OL ? ((MD_BLOCK_OL_DETAIL *) detail)->start : 0;
        }
      r->lists++;
      r->depth++;
      push (r, indent_tag (r));
      break;
    case MD_BLOCK_LI:
      {
        char prefix[32];
        int l = MIN (r->lists, MAX_LISTS) - 1;

        r->pending_nl = MAX (r->pending_nl, 1);
        if (l >= 0 && r->ordered[l])
          g_snprintf (prefix, sizeof prefix, "%u. ", r->next_number[l]++);
        else
          g_strlcpy (prefix, "• ", sizeof prefix);
        insert (r, prefix, strlen (prefix));
      }
      break;
    case MD_BLOCK_QUOTE:
      r->depth++;
      r->pending_nl = MAX (r->pending_nl, 2);
      push (r, indent_tag (r));
      push (r, tag (r, "quote"));
      break;
    case MD_BLOCK_CODE:
      r->pending_nl = MAX (r->pending_nl, 2);
      push (r, tag (r, "code"));
      break;
    case MD_BLOCK_HR:
      r->pending_nl = MAX (r->pending_nl, 2);
      insert (r, "―――――――――", strlen ("―――――――――"));
      break;
    case MD_BLOCK_P:
    case MD_BLOCK_TABLE:
      r->pending_nl = MAX (r->pending_nl, r->lists ? 1 : 2);
      break;
    case MD_BLOCK_TR:
      r->pending_nl = MAX (r->pending_nl, 1);
      break;
    case MD_BLOCK_TH:
      push (r, tag (r, "bold"));
      break;
    default:
      break;
    }
  return 0;
}

static int
leave_block_cb (MD_BLOCKTYPE type,
                void        *detail,
                void        *data)
{
  Render *r = data;

  switch (type)
    {
    case MD_BLOCK_H:
      pop (r, heading_tag (r, detail));
      r->pending_nl = 2;
      break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
      pop (r, indent_tag (r));
      r->depth--;
      r->lists--;
      r->pending_nl = MAX (r->pending_nl, r->lists ? 1 : 2);
      break;
    case MD_BLOCK_QUOTE:
      pop (r, tag (r, "quote"));
      pop (r, indent_tag (r));
      r->depth--;
      r->pending_nl = 2;
      break;
    case MD_BLOCK_CODE:
      pop (r, tag (r, "code"));
      r->pending_nl = 2;
      break;
    case MD_BLOCK_P:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_HR:
      r->pending_nl = MAX (r->pending_nl, r->lists ? 1 : 2);
      break;
    case MD_BLOCK_TH:
      pop (r, tag (r, "bold"));
      G_GNUC_FALLTHROUGH;
    case MD_BLOCK_TD:
      insert (r, "\t", 1);
      break;
    default:
      break;
    }
  return 0;
}

static GtkTextTag *
span_tag (Render      *r,
          MD_SPANTYPE  type)
{
  switch (type)
    {
    case MD_SPAN_EM: return tag (r, "italic");
    case MD_SPAN_STRONG: return tag (r, "bold");
    case MD_SPAN_CODE: return tag (r, "code");
    case MD_SPAN_DEL: return tag (r, "strike");
    case MD_SPAN_U: return tag (r, "underline");
    default: return NULL;
    }
}

static int
enter_span_cb (MD_SPANTYPE type,
               void       *detail,
               void       *data)
{
  Render *r = data;
  GtkTextTag *t;

  if (type == MD_SPAN_A)
    {
      /* a link is a tag of its own holding its address (as text: it is never opened from
       * here without the user seeing it) */
      MD_SPAN_A_DETAIL *a = detail;
      g_autofree char *href = zt_markdown_sanitize (a->href.text, a->href.size);

      t = gtk_text_buffer_create_tag (r->buffer, NULL, "underline", PANGO_UNDERLINE_SINGLE, NULL);
      g_object_set_data_full (G_OBJECT (t), "href", g_steal_pointer (&href), g_free);
      push (r, t);
      return 0;
    }
  if ((t = span_tag (r, type)) != NULL)
    push (r, t);
  return 0;
}

static int
leave_span_cb (MD_SPANTYPE type,
               void       *detail,
               void       *data)
{
  Render *r = data;
  GtkTextTag *t;

  if (type == MD_SPAN_A && r->tags->len > 0)
    {
      flush_run (r);
      for (guint i = r->tags->len; i > 0; i--)
        if (g_object_get_data (r->tags->pdata[i - 1], "href") != NULL)
          {
            g_ptr_array_remove_index (r->tags, i - 1);
            break;
          }
      return 0;
    }
  if ((t = span_tag (r, type)) != NULL)
    pop (r, t);
  return 0;
}

static void
insert_entity (Render     *r,
               const char *text,
               gsize       len)
{
  static const struct { const char *name, *text; } named[] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" },
    { "&nbsp;", "\xc2\xa0" },
  };
  g_autofree char *entity = g_strndup (text, len);
  gunichar c = 0;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (strcmp (entity, named[i].name) == 0)
      {
        insert (r, named[i].text, strlen (named[i].text));
        return;
      }
  if (len > 3 && entity[1] == '#')
    c = (entity[2] == 'x' || entity[2] == 'X') ? g_ascii_strtoull (entity + 3, NULL, 16)
                                              : g_ascii_strtoull (entity + 2, NULL, 10);
  if (c != 0 && g_unichar_validate (c) && !is_hidden_control (c))
    {
      char utf8[8];
      insert (r, utf8, g_unichar_to_utf8 (c, utf8));
    }
  else
    insert (r, text, len);
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *text,
         MD_SIZE        size,
         void          *data)
{
  Render *r = data;

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      insert (r, "\xef\xbf\xbd", 3);
      break;
    case MD_TEXT_BR:
      insert (r, "\n", 1);
      break;
    case MD_TEXT_SOFTBR:
      insert (r, " ", 1);
      break;
    case MD_TEXT_ENTITY:
      insert_entity (r, text, size);
      break;
    default:
      /* normal text, code, HTML (shown as the text it is, never interpreted), LaTeX */
      insert (r, text, size);
      break;
    }
  return 0;
}

/* @runs: the runs the buffer holds before this text; on return, with this text's */
static void
render_prose (GtkTextBuffer *buffer,
              const char    *text,
              gsize          len,
              gboolean       after_text,
              gboolean       joined,
              guint         *runs)
{
  const MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML,
    .enter_block = enter_block_cb,
    .leave_block = leave_block_cb,
    .enter_span = enter_span_cb,
    .leave_span = leave_span_cb,
    .text = text_cb,
  };
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GString) pending = g_string_new (NULL);
  Render r = { .buffer = buffer, .tags = tags, .text = pending, .after_text = after_text,
               .pending_nl = after_text && !joined ? 2 : 0, .runs = *runs };

  if (len > 0)
    md_parse (text, len, &parser, &r);
  flush (&r);
  *runs = r.runs;
}

static void
add_tags (GtkTextBuffer *buffer)
{
  static const double scale[] = { 1.6, 1.4, 1.2, 1.1, 1.0, 1.0 };

  gtk_text_buffer_create_tag (buffer, "bold", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "italic", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "strike", "strikethrough", TRUE, NULL);
  gtk_text_buffer_create_tag (buffer, "underline", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "quote", "style", PANGO_STYLE_ITALIC, NULL);
  for (int i = 1; i <= 6; i++)
    {
      char name[8];
      g_snprintf (name, sizeof name, "h%d", i);
      gtk_text_buffer_create_tag (buffer, name, "weight", PANGO_WEIGHT_BOLD, "scale", scale[i - 1], NULL);
    }
  for (int i = 1; i <= ZT_MARKDOWN_MAX_DEPTH; i++)
    {
      char name[16];
      g_snprintf (name, sizeof name, "indent%d", i);
      gtk_text_buffer_create_tag (buffer, name, "left-margin", 20 * i, NULL);
    }
}

static GtkWidget *
prose_new (void)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start;

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (view, "markdown");
  add_tags (buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_create_mark (buffer, "stable", &start, TRUE);
  g_object_set_data_full (G_OBJECT (view), "runs", g_new0 (guint, 1), g_free);
  return view;
}

/* Draws @source[stable, @to) into the prose segment @view: what is before the last blank
 * line for good, the rest (the open block) again at each call. An open block longer than
 * OPEN_BLOCK_MAX is cut at its last newline (or space, or character) all the same, so a
 * hostile block without blank lines costs the same at every update, not more and more. */
#define OPEN_BLOCK_MAX (16 * 1024)

static void
prose_update (ZtMarkdownView *self,
              GtkWidget      *view,
              gsize           to,
              gboolean        final)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "stable");
  const char *s = self->source->str;
  GtkTextIter at, end;
  gsize cut = self->stable;
  gboolean forced = FALSE;
  guint *stable_runs = g_object_get_data (G_OBJECT (view), "runs");
  guint runs;

  /* the open block starts after the last blank line (a finished segment has none) */
  if (final)
    cut = to;
  else
    for (gsize i = to; i > self->stable + 1; i--)
      if (s[i - 1] == '\n' && s[i - 2] == '\n')
        {
          cut = i;
          break;
        }
  while (!final && to - cut > OPEN_BLOCK_MAX)
    {
      gsize limit = cut + OPEN_BLOCK_MAX, i = limit;

      while (i > cut && s[i - 1] != '\n')
        i--;
      if (i == cut)
        for (i = limit; i > cut && s[i - 1] != ' '; i--)
          ;
      if (i == cut)
        for (i = limit; i > cut && (s[i] & 0xc0) == 0x80; i--)
          ;
      cut = i;
      forced = TRUE;
    }

  gtk_text_buffer_get_iter_at_mark (buffer, &at, mark);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_delete (buffer, &at, &end);
  if (cut > self->stable)
    {
      render_prose (buffer, s + self->stable, cut - self->stable, gtk_text_buffer_get_char_count (buffer) > 0,
                    self->stable_joined, stable_runs);
      self->stable = cut;
      self->stable_joined = forced;
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_move_mark (buffer, mark, &end);
    }
  runs = *stable_runs;
  if (to > self->stable)
    render_prose (buffer, s + self->stable, to - self->stable, gtk_text_buffer_get_char_count (buffer) > 0,
                  self->stable_joined, &runs);
}

/* Code: a card with the language, a copy button and a GtkSourceView ---------------------- */

static const char *
language_id (const char *info)
{
  static const struct { const char *alias, *id; } aliases[] = {
    { "py", "python3" }, { "python", "python3" }, { "js", "js" }, { "javascript", "js" },
    { "ts", "typescript" }, { "sh", "sh" }, { "bash", "sh" }, { "shell", "sh" }, { "zsh", "sh" },
    { "console", "sh" }, { "c++", "cpp" }, { "cxx", "cpp" }, { "rs", "rust" }, { "yml", "yaml" },
    { "md", "markdown" }, { "html", "html" }, { "xml", "xml" }, { "golang", "go" }, { "patch", "diff" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (info, aliases[i].alias) == 0)
      return aliases[i].id;
  return info;
}

static void
apply_scheme (GtkSourceBuffer *buffer)
{
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  gtk_source_buffer_set_style_scheme (buffer, gtk_source_style_scheme_manager_get_scheme (schemes,
                                                                                          dark ? "Adwaita-dark" : "Adwaita"));
}

static void
dark_changed_cb (GtkSourceBuffer *buffer)
{
  apply_scheme (buffer);
}

static void
copy_clicked_cb (GtkButton *button,
                 GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Copied"));
}

static GtkWidget *
code_new (const char *info)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *lang = gtk_label_new (info[0] ? info : _("Code"));
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkSourceBuffer *buffer = gtk_source_buffer_new (NULL);
  GtkWidget *view = gtk_source_view_new_with_buffer (buffer);
  GtkSourceLanguage *language = NULL;
  g_autofree char *label = NULL;

  if (info[0])
    language = gtk_source_language_manager_get_language (gtk_source_language_manager_get_default (),
                                                         language_id (info));
  gtk_source_buffer_set_language (buffer, language);
  gtk_source_buffer_set_highlight_matching_brackets (buffer, FALSE);
  apply_scheme (buffer);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb),
                           buffer, G_CONNECT_SWAPPED);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "code-block");
  gtk_widget_set_margin_top (card, 6);
  gtk_widget_set_margin_bottom (card, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 4);
  gtk_label_set_xalign (GTK_LABEL (lang), 0);
  gtk_widget_set_hexpand (lang, TRUE);
  gtk_widget_add_css_class (lang, "dim-label");
  gtk_widget_add_css_class (lang, "caption");
  gtk_box_append (GTK_BOX (header), lang);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_tooltip_text (copy, _("Copy"));
  label = info[0] ? g_strdup_printf (_("Copy the %s code"), info) : g_strdup (_("Copy the code"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_clicked_cb), buffer, 0);
  gtk_widget_set_name (copy, "code-copy");
  gtk_box_append (GTK_BOX (header), copy);
  gtk_box_append (GTK_BOX (card), header);

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 4);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_add_css_class (view, "code-view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Code"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_box_append (GTK_BOX (card), scroller);
  g_object_set_data (G_OBJECT (card), "buffer", buffer);
  g_object_unref (buffer);   /* the view holds it */
  return card;
}

static void
code_update (ZtMarkdownView *self,
             GtkWidget      *card,
             gsize           to)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (card), "buffer");
  gsize len = to > self->code_start ? to - self->code_start : 0;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  /* the code's last newline belongs to the closing fence */
  if (len > 0 && self->source->str[self->code_start + len - 1] == '\n')
    len--;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (strlen (shown) <= len && strncmp (shown, self->source->str + self->code_start, strlen (shown)) == 0)
    gtk_text_buffer_insert (buffer, &end, self->source->str + self->code_start + strlen (shown), len - strlen (shown));
  else
    gtk_text_buffer_set_text (buffer, self->source->str + self->code_start, len);
}

/* Segmenting ------------------------------------------------------------------------------ */

/* Whether the line at @line opens a fence: up to 3 spaces, 3 or more ` or ~; then its fence
 * character, length and info word. */
static gboolean
fence_open (const char *line,
            const char *end,
            char       *fence_char,
            gsize      *fence_len,
            char      **info)
{
  const char *p = line, *q;
  gsize n = 0;

  while (p < end && *p == ' ' && p - line < 3)
    p++;
  if (p >= end || (*p != '`' && *p != '~'))
    return FALSE;
  *fence_char = *p;
  while (p < end && *p == *fence_char)
    p++, n++;
  if (n < 3)
    return FALSE;
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  q = p;
  while (q < end && !g_ascii_isspace (*q) && *q != '{')
    q++;
  if (*fence_char == '`' && memchr (p, '`', end - p) != NULL)
    return FALSE;
  *fence_len = n;
  *info = g_strndup (p, MIN (q - p, 32));
  return TRUE;
}

static gboolean
fence_close (const char *line,
             const char *end,
             char        fence_char,
             gsize       fence_len)
{
  const char *p = line;
  gsize n = 0;

  while (p < end && *p == ' ' && p - line < 3)
    p++;
  while (p < end && *p == fence_char)
    p++, n++;
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
    p++;
  return n >= fence_len && p == end;
}

static void
append_segment (ZtMarkdownView *self,
                GtkWidget      *widget)
{
  gtk_widget_set_parent (widget, GTK_WIDGET (self));
  self->open_widget = widget;
}

static void
update (ZtMarkdownView *self)
{
  const char *s = self->source->str;
  gsize len = self->source->len;

  for (;;)
    {
      gsize pos = self->open_is_code ? self->code_start : self->open_start;
      gboolean found = FALSE;

      /* complete lines only: a fence is known once its line ends */
      while (pos < len)
        {
          const char *nl = memchr (s + pos, '\n', len - pos);
          gsize line_end;

          if (nl == NULL)
            break;
          line_end = nl - s + 1;
          if (self->open_is_code)
            {
              char fc = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self->open_widget), "fence-char"));
              gsize fl = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (self->open_widget), "fence-len"));

              if (fence_close (s + pos, s + line_end, fc, fl))
                {
                  code_update (self, self->open_widget, pos);
                  self->open_start = line_end;
                  self->open_is_code = FALSE;
                  self->open_widget = NULL;
                  self->stable = line_end;
                  self->stable_joined = FALSE;
                  found = TRUE;
                  break;
                }
            }
          else
            {
              char fc;
              gsize fl;
              g_autofree char *info = NULL;

              if (fence_open (s + pos, s + line_end, &fc, &fl, &info))
                {
                  GtkWidget *card;

                  if (self->open_widget != NULL)
                    prose_update (self, self->open_widget, pos, TRUE);
                  else if (pos > self->open_start)
                    {
                      GtkWidget *prose = prose_new ();
                      self->stable = self->open_start;
                      self->stable_joined = FALSE;
                      append_segment (self, prose);
                      prose_update (self, prose, pos, TRUE);
                    }
                  card = code_new (info);
                  g_object_set_data (G_OBJECT (card), "fence-char", GINT_TO_POINTER (fc));
                  g_object_set_data (G_OBJECT (card), "fence-len", GSIZE_TO_POINTER (fl));
                  append_segment (self, card);
                  self->open_is_code = TRUE;
                  self->open_start = pos;
                  self->code_start = line_end;
                  found = TRUE;
                  break;
                }
            }
          pos = line_end;
        }
      if (!found)
        break;
    }

  if (self->open_is_code)
    code_update (self, self->open_widget, len);
  else if (len > self->open_start)
    {
      if (self->open_widget == NULL)
        {
          append_segment (self, prose_new ());
          self->stable = self->open_start;
          self->stable_joined = FALSE;
        }
      prose_update (self, self->open_widget, len, FALSE);
    }
}

static void
clear (ZtMarkdownView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_string_truncate (self->source, 0);
  g_string_truncate (self->raw, 0);
  self->open_start = self->stable = self->code_start = 0;
  self->stable_joined = FALSE;
  self->open_is_code = FALSE;
  self->open_widget = NULL;
}

void
zt_markdown_view_set_text (ZtMarkdownView *self,
                           const char     *text)
{
  g_autofree char *added = NULL;
  gsize len;

  g_return_if_fail (ZT_IS_MARKDOWN_VIEW (self));

  text = text ? text : "";
  len = strlen (text);
  /* compared with the caller's text, not our sanitized copy */
  if (len == self->raw->len && memcmp (text, self->raw->str, len) == 0)
    return;
  if (len < self->raw->len || memcmp (text, self->raw->str, self->raw->len) != 0)
    clear (self);
  /* lines are bounded where prose is inserted: here they are still Markdown source */
  added = sanitize (text + self->raw->len, len - self->raw->len, FALSE);
  g_string_append (self->source, added);
  g_string_append_len (self->raw, text + self->raw->len, len - self->raw->len);
  update (self);
}

char *
zt_markdown_view_get_shown_text (ZtMarkdownView *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (ZT_IS_MARKDOWN_VIEW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextBuffer *buffer = GTK_IS_TEXT_VIEW (child) ? gtk_text_view_get_buffer (GTK_TEXT_VIEW (child))
                                                       : g_object_get_data (G_OBJECT (child), "buffer");
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

static void
zt_markdown_view_dispose (GObject *object)
{
  clear (ZT_MARKDOWN_VIEW (object));
  G_OBJECT_CLASS (zt_markdown_view_parent_class)->dispose (object);
}

static void
zt_markdown_view_finalize (GObject *object)
{
  ZtMarkdownView *self = ZT_MARKDOWN_VIEW (object);

  g_string_free (self->source, TRUE);
  g_string_free (self->raw, TRUE);
  G_OBJECT_CLASS (zt_markdown_view_parent_class)->finalize (object);
}

static void
zt_markdown_view_class_init (ZtMarkdownViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_markdown_view_dispose;
  object_class->finalize = zt_markdown_view_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "markdown");
}

static void
zt_markdown_view_init (ZtMarkdownView *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->source = g_string_new (NULL);
  self->raw = g_string_new (NULL);
}

GtkWidget *
zt_markdown_view_new (void)
{
  return g_object_new (ZT_TYPE_MARKDOWN_VIEW, NULL);
}
