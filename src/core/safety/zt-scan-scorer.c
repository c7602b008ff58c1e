/* zt-scan-scorer.c: a learned score for each sentence (word classes, not phrases) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "zt-scan-directive-private.h"
#include "zt-scan-scorer-private.h"
#include "zt-scan-words.h"
#include "zt-tool-scan-model.h"

/* Why a model beside the phrase rules: rules catch the phrasings they were written for and
 * little else. This logistic regression reads which classes of words a sentence holds (the
 * model addressed, secrecy, an override, sensitive data, a verb that moves it, a place to put
 * it, another tool...) and which of them occur together, so a new wording made of other words
 * of the same classes scores alike. The tokens and features must stay those of
 * tests/safety-corpus/train.py, which writes the weights. */

#define MAX_WORD        24
#define MAX_SENTENCE_WORDS 256

static int
lexeme_cmp (const void *key,
            const void *elem)
{
  return strcmp (key, ((const ScorerLexeme *) elem)->word);
}

static int
word_cmp (const void *key,
          const void *elem)
{
  return strcmp (key, ((const ScorerWord *) elem)->word);
}

/* Lookups by hash instead of bsearch (about 18 strcmp per word), and the pairs listed by
 * their lowest word class, built once. The tables are sorted for bsearch by train.py; the hash
 * tables are used only when they are (then both find the same entry, there being no
 * duplicates), so a table written otherwise keeps the old lookup. */
#define N_KIND_WORDS ((G_N_ELEMENTS (scorer_kinds) + 63) / 64)

static gint shortcuts = TRUE;

void
_zt_scan_scorer_set_shortcuts (gboolean enabled)
{
  g_atomic_int_set (&shortcuts, enabled);
}

static struct {
  GHashTable *lexicon;   /* word -> ScorerLexeme */
  GHashTable *words;     /* word -> ScorerWord */
  GArray     *by_low[SCORER_N_KINDS + 1];  /* guint16: the pairs whose lowest class is bit b (the last: none) */
  gboolean    stems_by_first;      /* the stems are sorted: those of a first byte are together */
  guint       stem_lo[256], stem_hi[256];  /* ... at scorer_stems[stem_lo[c], stem_hi[c]) */
  gsize       stem_len[G_N_ELEMENTS (scorer_stems)];
} idx;

static void
build_index (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      gboolean sorted = TRUE;

      for (guint i = 1; i < G_N_ELEMENTS (scorer_lexicon); i++)
        sorted &= strcmp (scorer_lexicon[i - 1].word, scorer_lexicon[i].word) < 0;
      for (guint i = 1; i < G_N_ELEMENTS (scorer_words); i++)
        sorted &= strcmp (scorer_words[i - 1].word, scorer_words[i].word) < 0;
      if (sorted)
        {
          idx.lexicon = g_hash_table_new (g_str_hash, g_str_equal);
          idx.words = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint i = 0; i < G_N_ELEMENTS (scorer_lexicon); i++)
            g_hash_table_insert (idx.lexicon, (gpointer) scorer_lexicon[i].word, (gpointer) &scorer_lexicon[i]);
          for (guint i = 0; i < G_N_ELEMENTS (scorer_words); i++)
            g_hash_table_insert (idx.words, (gpointer) scorer_words[i].word, (gpointer) &scorer_words[i]);
        }
      for (guint i = 0; i < G_N_ELEMENTS (scorer_stems); i++)
        idx.stem_len[i] = strlen (scorer_stems[i].word);
      idx.stems_by_first = TRUE;
      for (guint i = 1; i < G_N_ELEMENTS (scorer_stems); i++)
        idx.stems_by_first &= strcmp (scorer_stems[i - 1].word, scorer_stems[i].word) <= 0;
      for (guint i = G_N_ELEMENTS (scorer_stems); idx.stems_by_first && i > 0; i--)
        {
          guchar c = scorer_stems[i - 1].word[0];

          idx.stem_lo[c] = i - 1;
          if (idx.stem_hi[c] == 0)
            idx.stem_hi[c] = i;
        }
      G_STATIC_ASSERT (G_N_ELEMENTS (scorer_kinds) <= G_MAXUINT16);
      for (guint b = 0; b <= SCORER_N_KINDS; b++)
        idx.by_low[b] = g_array_new (FALSE, FALSE, sizeof (guint16));
      for (guint i = 0; i < G_N_ELEMENTS (scorer_kinds); i++)
        {
          guint16 n = i;
          guint64 mask = scorer_kinds[i].mask;

          g_array_append_val (idx.by_low[mask != 0 ? (guint) __builtin_ctzll (mask) : SCORER_N_KINDS], n);
        }
      g_once_init_leave (&once, 1);
    }
}

/* The word classes of @w: its own, and those of the stems it begins with ("exfiltrat*"). */
static guint64
word_kinds (const char *w)
{
  const ScorerLexeme *l = idx.lexicon != NULL && g_atomic_int_get (&shortcuts)
                          ? g_hash_table_lookup (idx.lexicon, w)
                          : bsearch (w, scorer_lexicon, G_N_ELEMENTS (scorer_lexicon), sizeof *l, lexeme_cmp);
  guint64 kinds = l ? l->kinds : 0;
  gsize n = strlen (w);

  /* only the stems that begin with the word's first byte (they are together when sorted) */
  if (idx.stems_by_first && g_atomic_int_get (&shortcuts))
    {
      for (guint i = idx.stem_lo[(guchar) w[0]]; i < idx.stem_hi[(guchar) w[0]]; i++)
        if (idx.stem_len[i] <= n && memcmp (w, scorer_stems[i].word, idx.stem_len[i]) == 0)
          kinds |= scorer_stems[i].kinds;
      return kinds;
    }
  for (guint i = 0; i < G_N_ELEMENTS (scorer_stems); i++)
    if (scorer_stems[i].word[0] == w[0] && g_str_has_prefix (w, scorer_stems[i].word))
      kinds |= scorer_stems[i].kinds;
  return kinds;
}

typedef struct {
  guint64  kinds;
  int      words[MAX_SENTENCE_WORDS];  /* indices into scorer_words, each once */
  guint    n_words;
  gboolean past_lead;                  /* the first word after scorer_lead[] has been read */
  char     prev[MAX_WORD];             /* the token before */
} Features;

/* A sentence not yet read, starting with @kinds (where it is). words[] is filled up to
 * n_words: no need to clear 1 KiB per sentence. */
static void
features_init (Features *f,
               guint64   kinds)
{
  f->kinds = kinds;
  f->n_words = 0;
  f->past_lead = FALSE;
  f->prev[0] = '\0';
}


/* The form of the sentence, as train.py's form_kinds(): an order opens it (its first word
 * after "please", "never", "also" ... is a verb in its base form: "Send", not "Sends"), or an
 * obligation is said without a modal ("is to", "has to", "it is on you"). */
static void
add_form (Features   *f,
          const char *w,
          guint64     kinds)
{
  if (!f->past_lead && !_zt_scan_word_in (w, scorer_lead, G_N_ELEMENTS (scorer_lead)))
    {
      gsize n = strlen (w);

      f->past_lead = TRUE;
      if ((kinds & SCORER_VERBS) && !(n >= 1 && w[n - 1] == 's' && !(n >= 2 && w[n - 2] == 's')))
        f->kinds |= SCORER_IMPER;
    }
  if ((strcmp (w, "to") == 0 && _zt_scan_word_in (f->prev, scorer_to_after, G_N_ELEMENTS (scorer_to_after))) ||
      (strcmp (w, "you") == 0 && strcmp (f->prev, "on") == 0))
    f->kinds |= SCORER_MUST;
  g_strlcpy (f->prev, w, sizeof f->prev);
}

static void
add_token (Features   *f,
           const char *w)
{
  const ScorerWord *sw;
  guint64 kinds = word_kinds (w);

  f->kinds |= kinds;
  add_form (f, w, kinds);
  sw = idx.words != NULL && g_atomic_int_get (&shortcuts) ? g_hash_table_lookup (idx.words, w)
                         : bsearch (w, scorer_words, G_N_ELEMENTS (scorer_words), sizeof *sw, word_cmp);
  if (sw == NULL)
    return;
  for (guint i = 0; i < f->n_words; i++)
    if (f->words[i] == sw - scorer_words)
      return;
  if (f->n_words < MAX_SENTENCE_WORDS)
    f->words[f->n_words++] = sw - scorer_words;
}

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '\'' || c == '-' || c >= 0x80;
}

static gboolean
is_url (const char *c,
        const char *e)
{
  while (c < e && strchr ("(<[\"'`", *c))
    c++;
  if (c >= e || !g_ascii_islower (*c))
    return FALSE;
  while (c < e && (g_ascii_islower (*c) || g_ascii_isdigit (*c) || *c == '+' || *c == '.' ||
                   *c == '-'))
    c++;
  return e - c >= 3 && memcmp (c, "://", 3) == 0;
}

static gboolean
is_email (const char *c,
          const char *e)
{
  for (const char *at = c + 1; at + 3 < e; at++)
    {
      const char *d = at + 1;

      if (*at != '@' || !(g_ascii_islower (at[-1]) || g_ascii_isdigit (at[-1])))
        continue;
      while (d < e && (g_ascii_islower (*d) || g_ascii_isdigit (*d) || *d == '-'))
        d++;
      if (d > at + 1 && d + 1 < e && *d == '.' && g_ascii_islower (d[1]))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_path (const char *c,
         const char *e)
{
  if (c < e && strchr ("(\"'`", *c))
    c++;
  if (e - c >= 2 && ((c[0] == '~' && c[1] == '/') || (c[0] == '/' && g_ascii_islower (c[1])) ||
                     (c[0] == '.' && g_ascii_islower (c[1]))))
    return TRUE;
  return g_strstr_len (c, e - c, "/.") != NULL;
}

static gboolean
cjk_punctuation (gunichar c)
{
  return c >= 0x3000 && c <= 0x303F;
}

/* One word as train.py's word_tokens (): under MAX_WORD bytes, an identifier also as <ident> */
static void
add_word (Features   *f,
          const char *a,
          const char *b)
{
  char w[MAX_WORD];
  gsize n = b - a;

  if (n == 0 || n >= MAX_WORD)
    return;
  memcpy (w, a, n);
  w[n] = '\0';
  if (memchr (w, '_', n) != NULL && g_ascii_islower (w[0]))
    add_token (f, "<ident>");
  add_token (f, w);
}

/* @a to @b (one or two characters) as a token */
static void
add_slice (Features   *f,
           const char *a,
           const char *b)
{
  char w[MAX_WORD];
  gsize n = MIN ((gsize) (b - a), sizeof w - 1);

  memcpy (w, a, n);
  w[n] = '\0';
  add_token (f, w);
}

/* A word holding letters of a script written without spaces, as train.py's unspaced_tokens ():
 * those runs as their character pairs (a lone letter as itself), the rest as words; CJK
 * punctuation separates */
static void
add_unspaced (Features   *f,
              const char *a,
              const char *b)
{
  const char *p = a;

  while (p < b)
    {
      const char *next, *after;
      gunichar c = zt_scan_char_at (p, b, &next);

      if (zt_scan_unspaced (c))
        {
          const char *prev = p, *cur = next;
          gboolean paired = FALSE;

          while (cur < b && zt_scan_unspaced (zt_scan_char_at (cur, b, &after)))
            {
              add_slice (f, prev, after);
              paired = TRUE;
              prev = cur;
              cur = after;
            }
          if (!paired)
            add_slice (f, p, next);
          p = cur;
        }
      else if (cjk_punctuation (c))
        p = next;
      else
        {
          const char *start = p;

          while (p < b && !zt_scan_unspaced (c = zt_scan_char_at (p, b, &next)) && !cjk_punctuation (c))
            p = next;
          add_word (f, start, p);
        }
    }
}

/* Does @a to @b hold a letter of a script written without spaces? */
static gboolean
holds_unspaced (const char *a,
                const char *b)
{
  for (const char *p = a; p < b;)
    if (zt_scan_unspaced (zt_scan_char_at (p, b, &p)))
      return TRUE;
  return FALSE;
}

/* The words of one space-delimited chunk, trimmed of ' - _ and a final 's, as train.py does. */
static void
add_words (Features   *f,
           const char *c,
           const char *e)
{
  while (c < e)
    {
      const char *a, *b;

      while (c < e && !is_word_byte (*c))
        c++;
      a = c;
      while (c < e && is_word_byte (*c))
        c++;
      b = c;
      while (a < b && strchr ("'-_", *a))
        a++;
      while (b > a && strchr ("'-_", b[-1]))
        b--;
      if (b - a >= 2 && b[-2] == '\'' && b[-1] == 's')
        b -= 2;
      if (holds_unspaced (a, b))
        add_unspaced (f, a, b);
      else
        add_word (f, a, b);
    }
}

static void
sentence_features (const char *text,
                   gsize       len,
                   Features   *f)
{
  const char *p = text, *end = text + len;

  while (p < end)
    {
      const char *c = p, *e;

      while (c < end && *c == ' ')
        c++;
      for (e = c; e < end && *e != ' '; e++)
        ;
      p = e;
      if (e == c)
        continue;
      if (is_url (c, e))
        {
          add_token (f, "<url>");
          continue;
        }
      if (is_email (c, e))
        {
          add_token (f, "<email>");
          continue;
        }
      if (*c == '`' && e - c > 2)
        add_token (f, "<code>");
      if (is_path (c, e))
        add_token (f, "<path>");
      add_words (f, c, e);
    }
}

/* @after: the sentence before it in the same string set the scene (a heading ending in a colon,
 * a failure, a claim of standing or permission: "Known issue (TRN-502):", "Compliance requires
 * that..."), so what follows is read in its light; @leads: set to whether this one does. */
double
_zt_scan_scorer_sentence_full (const char  *text,
                               gsize        len,
                               ZtScanPlace  place,
                               gboolean     first,
                               gboolean     after,
                               gboolean    *leads)
{
  Features f;
  double z = SCORER_BIAS;
  guint64 out[N_KIND_WORDS] = { 0 };  /* bit i: scorer_kinds[i] applies */

  g_return_val_if_fail (text != NULL, 0.0);
  build_index ();
  /* where the sentence is counts as a class of its own, paired with the others */
  features_init (&f, (first ? SCORER_FIRST : 0) | (after && !first ? SCORER_AFTER : 0) |
                     (place == ZT_SCAN_PLACE_DESCRIPTION ? SCORER_INDESC : 0) |
                     (place == ZT_SCAN_PLACE_PARAMETER ? SCORER_INPARAM : 0));
  sentence_features (text, len, &f);
  if (leads != NULL)
    {
      gsize n = len;

      while (n > 0 && text[n - 1] == ' ')
        n--;
      *leads = (f.kinds & SCORER_HEADER) != 0 || (n > 0 && text[n - 1] == ':');
    }
  for (guint i = 0; i < f.n_words; i++)
    z += scorer_words[f.words[i]].weight;
  /* the pairs whose classes all occur: not those that need a class that does not; summed in
   * the table's order, as before, so the score is the same to the last bit */
  if (!g_atomic_int_get (&shortcuts))
    {
      for (guint i = 0; i < G_N_ELEMENTS (scorer_kinds); i++)
        if ((f.kinds & scorer_kinds[i].mask) == scorer_kinds[i].mask)
          z += scorer_kinds[i].weight;
      return 1.0 / (1.0 + exp (-CLAMP (z, -30.0, 30.0)));
    }
  /* the pairs that apply, marked from the lists of the classes present (a sentence holds few
   * of them), then summed in the table's order */
  for (guint b = 0; b <= SCORER_N_KINDS; b++)
    if (b == SCORER_N_KINDS || (f.kinds & (G_GUINT64_CONSTANT (1) << b)))
      {
        const guint16 *pairs = (const guint16 *) (gpointer) idx.by_low[b]->data;

        for (guint j = 0; j < idx.by_low[b]->len; j++)
          if ((scorer_kinds[pairs[j]].mask & ~f.kinds) == 0)
            out[pairs[j] / 64] |= G_GUINT64_CONSTANT (1) << (pairs[j] % 64);
      }
  for (guint k = 0; k < N_KIND_WORDS; k++)
    {
      guint64 in = out[k];

      while (in != 0)
        {
          guint i = k * 64 + __builtin_ctzll (in);

          in &= in - 1;
          if (i < G_N_ELEMENTS (scorer_kinds))
            z += scorer_kinds[i].weight;
        }
    }
  return 1.0 / (1.0 + exp (-CLAMP (z, -30.0, 30.0)));
}

double
zt_scan_scorer_sentence (const char  *text,
                         gsize        len,
                         ZtScanPlace  place,
                         gboolean     first)
{
  return _zt_scan_scorer_sentence_full (text, len, place, first, FALSE, NULL);
}

ZtScanScorerClasses
_zt_scan_scorer_classes (const char *text,
                         gsize       len)
{
  static const struct {
    guint64             kinds;
    ZtScanScorerClasses out;
  } map[] = {
    { SCORER_K_SENSITIVE | SCORER_K_PERSONAL | SCORER_K_USER, ZT_SCORER_DATA },
    { SCORER_K_SECRET | SCORER_K_DECEIVE, ZT_SCORER_HIDE },
    { SCORER_K_OVERRIDE, ZT_SCORER_OUTRANK },
    { SCORER_K_STEER, ZT_SCORER_STEER },
    { SCORER_K_SINK, ZT_SCORER_SINK },
    { SCORER_K_MOVE, ZT_SCORER_MOVE },
    { SCORER_K_NEG, ZT_SCORER_NEG },
    { SCORER_K_DISCLOSE, ZT_SCORER_SAY },
    { SCORER_K_INSTR, ZT_SCORER_RULES },
    { SCORER_K_ROLE, ZT_SCORER_ROLE },
    { SCORER_K_FILE, ZT_SCORER_FILE },
    { SCORER_K_IMPER, ZT_SCORER_ORDER },
  };
  Features f;
  guint out = 0;

  build_index ();
  features_init (&f, 0);
  sentence_features (text, len, &f);
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (f.kinds & map[i].kinds)
      out |= map[i].out;
  return out;
}

void
zt_scan_scorer_run (const char         *text,
                    gsize               len,
                    ZtScanPlace         place,
                    ZtScanScorerHitFunc func,
                    gpointer            user_data)
{
  gsize start = 0;
  gboolean first = TRUE, after = FALSE;

  g_return_if_fail (text != NULL);
  g_return_if_fail (func != NULL);

  /* a sentence ends at . ! ? ; : before a space, so ".env", "x.com" and "e.g.," stay inside,
   * at a bullet or a dash between spaces (a Markdown list, its lines joined), and after the
   * ideographic full stop, which no space follows */
  for (gsize i = 0; i <= len; i++)
    {
      gboolean bullet = i + 2 < len && text[i] == ' ' && (text[i + 1] == '-' || text[i + 1] == '*') && text[i + 2] == ' ';
      gboolean stop = i >= 3 && i < len && memcmp (text + i - 3, "\xe3\x80\x82", 3) == 0;
      gboolean end = i == len || bullet || stop || (text[i] == ' ' && i > 0 && strchr (".!?;:", text[i - 1]) != NULL);

      if (!end)
        continue;
      while (start < i && text[start] == ' ')
        start++;
      if (i > start)
        {
          double score = _zt_scan_scorer_sentence_full (text + start, i - start, place, first, after, &after);

          if (score >= ZT_SCAN_SCORER_WARN)
            func (start, i, score, user_data);
        }
      first &= i <= start;
      start = i + (bullet ? 3 : stop ? 0 : 1);
      if (bullet)
        i += 2;
    }
}
