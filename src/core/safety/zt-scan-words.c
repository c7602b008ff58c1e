/* zt-scan-words.c: a learned score for a whole tool, from every word it holds */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "zt-scan-words.h"
#include "zt-scan-words-model.h"

#define MAX_STRING_BYTES (64 * 1024)
#define MAX_WORD_BYTES   64   /* a longer word is one word cut here (whole characters): no table word is longer */

static int
feature_cmp (const void *key,
             const void *item)
{
  return strcmp (key, ((const ZtScanWordWeight *) item)->feature);
}

static double
weight_of (const char *feature)
{
  const ZtScanWordWeight *w = bsearch (feature, zt_scan_words, ZT_SCAN_WORDS_N, sizeof *w, feature_cmp);

  return w != NULL ? w->weight : 0.0;
}

/* Words as train_words.py reads them: an ASCII letter or any other letter starts one; letters,
 * marks, ASCII digits, '_' and '\'' go on with it; in lower case. A letter of a script written
 * without spaces (Han, kana, Thai) is a word of its own, so that its pairs are character pairs. */
gboolean
zt_scan_unspaced (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) ||
         (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x0E00 && c <= 0x0E7F);
}

static gboolean
word_start (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static gboolean
word_more (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c) || c == '_' || c == '\'';
  return (g_unichar_isalpha (c) || g_unichar_ismark (c)) && !zt_scan_unspaced (c);
}

/* The simple lower case; U+0130's is two characters, so it stays (as Python's lower () has it) */
static gunichar
lower (gunichar c)
{
  if (c < 0x80)
    return g_ascii_tolower (c);
  return c == 0x130 ? c : g_unichar_tolower (c);
}

/* . , ; : ! ? and their CJK and full-width forms: they end what a negation covers */
static gboolean
stop (gunichar c)
{
  return (c < 0x80 && strchr (".,;:!?", (int) c) != NULL && c != 0) ||
         c == 0x3001 || c == 0x3002 || c == 0xFF01 || c == 0xFF0C || c == 0xFF0E || c == 0xFF1A || c == 0xFF1B ||
         c == 0xFF1F;
}

gunichar
zt_scan_char_at (const char  *p,
                 const char  *end,
                 const char **next)
{
  gunichar c;

  if ((guchar) *p < 0x80)
    {
      *next = p + 1;
      return (guchar) *p;
    }
  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *next = p + 1;
      return 0xFFFD;
    }
  *next = g_utf8_next_char (p);
  return c;
}

/* The character at @p of @s (@len bytes), and its length in @n */
static gunichar
char_at (const char *s,
         gsize       len,
         gsize       p,
         gsize      *n)
{
  const char *next;
  gunichar c = zt_scan_char_at (s + p, s + len, &next);

  *n = next - (s + p);
  return c;
}

/* Appends @c in lower case to @word (@n bytes so far) if it fits in MAX_WORD_BYTES */
static void
append (char     *word,
        gsize    *n,
        gunichar  c)
{
  char buf[6];
  gint k = g_unichar_to_utf8 (lower (c), buf);

  if (*n + k <= MAX_WORD_BYTES)
    {
      memcpy (word + *n, buf, k);
      *n += k;
    }
}

/* After these, up to the next . , ; : ! or ?, a word is a feature of its own ("u:!word"):
 * train_words.py's NEGATIONS. */
static const char *const negations[] = {
  "not", "no", "never", "don't", "dont", "without", "nor", "avoid", "cannot", "can't", "won't",
  "shouldn't", "mustn't", "isn't", "aren't", "doesn't", "didn't", "nothing", "none", "neither",
};

static gboolean
is_negation (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (negations); i++)
    if (strcmp (word, negations[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The weight @feature adds to the tool: its table weight the first time the tool holds it, 0
 * after. Its weight alone, in @any, for the string it is in. Every feature, weighted or not, goes
 * into @all by its hash, to count how much text the tool holds. */
static double
count (GHashTable *seen,
       GHashTable *all,
       const char *feature,
       double     *any)
{
  double w = weight_of (feature);

  /* two features that share a hash count once: it only says how much text there is */
  g_hash_table_add (all, GUINT_TO_POINTER (g_str_hash (feature)));
  *any += w;
  if (w == 0.0 || g_hash_table_contains (seen, feature))
    return 0.0;
  g_hash_table_add (seen, g_strdup (feature));
  return w;
}

double
zt_scan_words_score (const char *const *strings,
                     guint              n_strings,
                     guint             *best,
                     guint             *n_features)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) all = g_hash_table_new (NULL, NULL);
  double z = ZT_SCAN_WORDS_BIAS, best_sum = -INFINITY;

  if (best != NULL)
    *best = 0;
  for (guint i = 0; i < n_strings; i++)
    {
      const char *s = strings[i];
      gsize len = s != NULL ? strnlen (s, MAX_STRING_BYTES) : 0;
      /* "b:" word " " word, or "u:!" word */
      char feature[2 * MAX_WORD_BYTES + 8];
      char prev[MAX_WORD_BYTES + 1] = "", word[MAX_WORD_BYTES + 1];
      gboolean negated = FALSE;
      double own = 0.0;

      for (gsize p = 0; p < len;)
        {
          gsize n = 0, m, k;
          gunichar c = char_at (s, len, p, &k);

          if (!word_start (c))
            {
              if (stop (c))
                negated = FALSE;   /* a stop or a comma ends what a negation covers */
              p += k;
              continue;
            }
          append (word, &n, c);
          p += k;
          while (!zt_scan_unspaced (c) && p < len)
            {
              gunichar d = char_at (s, len, p, &k);

              if (!word_more (d))
                break;
              append (word, &n, d);
              p += k;
            }
          word[n] = '\0';
          m = negated ? 3 : 2;
          memcpy (feature, negated ? "u:!" : "u:", m);
          memcpy (feature + m, word, n + 1);
          z += count (seen, all, feature, &own);
          if (*prev)
            {
              gsize pl = strlen (prev);

              memcpy (feature, "b:", 2);
              memcpy (feature + 2, prev, pl);
              feature[2 + pl] = ' ';
              memcpy (feature + 3 + pl, word, n + 1);
              z += count (seen, all, feature, &own);
            }
          memcpy (prev, word, n + 1);
          negated = negated || is_negation (word);
        }
      if (own > best_sum)
        {
          best_sum = own;
          if (best != NULL)
            *best = i;
        }
    }
  if (n_features != NULL)
    *n_features = g_hash_table_size (all);
  return 1.0 / (1.0 + exp (-CLAMP (z, -30.0, 30.0)));
}

double
zt_scan_words_threshold (void)
{
  return ZT_SCAN_WORDS_THRESHOLD;
}
