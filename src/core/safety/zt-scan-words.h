/* zt-scan-words.h: a learned score for a whole tool, from every word it holds */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One weight of the table tests/safety-corpus/train_words.py writes. */
typedef struct {
  const char *feature;   /* "u:word" or "b:word word" */
  float       weight;
} ZtScanWordWeight;

/* The probability that a tool is poisoned, read from its single words and pairs of adjacent
 * words (a logistic regression, zt-scan-words-model.h): @strings are the strings the scanner
 * gathered from the tool. A word starts at a letter of any script and goes on through letters,
 * marks, ASCII digits, '_' and "'", in lower case; a letter of a script written without spaces
 * is a word of its own (zt_scan_unspaced ()); pairs stay within one string, a word after a
 * negation (up to the next stop or comma) is a feature of its own, and each counts once per
 * tool; each string is read up to
 * 64 KiB. Where @best is given it is set to the index of the string whose own words weigh
 * most, and @n_features to how many distinct features (words and pairs) the tool holds, in
 * the table or not. */
double zt_scan_words_score     (const char *const *strings,
                                guint              n_strings,
                                guint             *best,
                                guint             *n_features);

/* Is @c a letter of a script written without spaces between words (Han, kana, Thai)? The word
 * score and the sentence scorer read such letters in pairs. */
gboolean zt_scan_unspaced      (gunichar c);

/* The character at @p (before @end), and in @next where the one after it starts: an invalid or
 * cut sequence is one byte, read as U+FFFD (no letter) */
gunichar zt_scan_char_at       (const char  *p,
                                const char  *end,
                                const char **next);

/* At or above this a tool is reported (medium): the score of few honest tools. */
double zt_scan_words_threshold (void);

G_END_DECLS
