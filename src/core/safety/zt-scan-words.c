/* zt-scan-words.c: a learned score for a whole tool, from every word it holds */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "zt-scan-words.h"
#include "zt-scan-words-model.h"

#define MAX_STRING_BYTES (64 * 1024)
#define MAX_WORD_BYTES   64   /* a longer run of letters is one word cut here: no table word is longer */

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

static gboolean
word_start (char c)
{
  return c >= 'a' && c <= 'z';
}

static gboolean
word_more (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '\'';
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
          gsize n = 0, m;

          if (!word_start (g_ascii_tolower (s[p])))
            {
              if (strchr (".,;:!?", s[p]) != NULL)   /* p < len: never the NUL */
                negated = FALSE;   /* a stop or a comma ends what a negation covers */
              p++;
              continue;
            }
          while (p < len && word_more (g_ascii_tolower (s[p])))
            {
              if (n < MAX_WORD_BYTES)
                word[n++] = g_ascii_tolower (s[p]);
              p++;
            }
          word[n] = '\0';
          m = negated ? 3 : 2;
          memcpy (feature, negated ? "u:!" : "u:", m);
          memcpy (feature + m, word, n + 1);
          z += count (seen, all, feature, &own);
          if (*prev)
            {
              gsize k = strlen (prev);

              memcpy (feature, "b:", 2);
              memcpy (feature + 2, prev, k);
              feature[2 + k] = ' ';
              memcpy (feature + 3 + k, word, n + 1);
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
