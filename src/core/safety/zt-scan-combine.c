/* zt-scan-combine.c: the tool scanner's verdict, learned from what its rules found */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "zt-scan-combine.h"
#include "zt-scan-combine-model.h"

/* A tool's findings hold at most this many rules that the sum reads: more add nothing to "n"
 * and each rule's own weights are read once. */
#define MAX_RULES 64

static int
feature_cmp (const void *key,
             const void *item)
{
  return strcmp (key, ((const ZtScanCombineWeight *) item)->feature);
}

static double
weight_of (const char *feature)
{
  const ZtScanCombineWeight *w = bsearch (feature, zt_scan_combine, ZT_SCAN_COMBINE_N, sizeof *w, feature_cmp);

  return w != NULL ? w->weight : 0.0;
}

double
zt_scan_combine_score (GPtrArray *findings,
                       double     words,
                       gboolean  *hard)
{
  const char *rules[MAX_RULES];
  int sev[MAX_RULES];
  guint n = 0, count[ZT_SCAN_SEVERITY_CRITICAL + 1] = { 0 };
  double z = ZT_SCAN_COMBINE_BIAS;
  gboolean must = FALSE;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const ZtScanFinding *f = findings->pdata[i];
      guint k;

      if (strcmp (f->rule, "instruction.words") == 0)
        continue;
      for (k = 0; k < n && strcmp (rules[k], f->rule) != 0; k++)
        ;
      if (k == n)
        {
          if (n == MAX_RULES)
            continue;
          rules[n] = f->rule;
          sev[n++] = f->severity;
        }
      else
        sev[k] = MAX (sev[k], (int) f->severity);
    }

  if (isnan (words))
    z += weight_of ("nows");
  else
    {
      double p = CLAMP (words, 1e-6, 1.0 - 1e-6);

      z += weight_of ("ws") * CLAMP (log (p / (1.0 - p)), -10.0, 10.0) / 5.0;
    }
  for (guint k = 0; k < n; k++)
    {
      char r[256], rs[256];
      int s = CLAMP (sev[k], ZT_SCAN_SEVERITY_LOW, ZT_SCAN_SEVERITY_CRITICAL);

      g_snprintf (r, sizeof r, "r:%s", rules[k]);
      g_snprintf (rs, sizeof rs, "rs:%s:%d", rules[k], s);
      z += weight_of (r) + weight_of (rs);
      count[s]++;
      if (s >= ZT_SCAN_SEVERITY_CRITICAL || (s >= ZT_SCAN_SEVERITY_HIGH && g_str_has_prefix (rules[k], "hidden.")))
        must = TRUE;
    }
  for (int s = ZT_SCAN_SEVERITY_LOW; s <= ZT_SCAN_SEVERITY_CRITICAL; s++)
    if (count[s] > 0)
      {
        char name[8];

        g_snprintf (name, sizeof name, "s:%d", s);
        z += weight_of (name) * count[s];
      }
  if (n > 0)
    z += weight_of ("n") * MIN (n, 4) / 2.0;
  if (hard != NULL)
    *hard = must;
  return 1.0 / (1.0 + exp (-CLAMP (z, -30.0, 30.0)));
}

double
zt_scan_combine_threshold (void)
{
  return ZT_SCAN_COMBINE_THRESHOLD;
}

gboolean
zt_scan_combine_weighs_bare (void)
{
  return ZT_SCAN_COMBINE_BARE;
}

double
zt_scan_combine_bare_words (void)
{
  return ZT_SCAN_COMBINE_BARE_WORDS;
}

guint
zt_scan_combine_bare_features (void)
{
  return ZT_SCAN_COMBINE_BARE_FEATURES;
}

guint
zt_scan_combine_bare_max_features (void)
{
  return ZT_SCAN_COMBINE_BARE_MAX_FEATURES;
}
