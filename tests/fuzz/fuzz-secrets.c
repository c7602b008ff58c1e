/* fuzz-secrets.c: libFuzzer target for the secret detector, its redaction and the result scan of a text */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>
#include <string.h>

#include "zt-result-scan.h"
#include "zt-secrets.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Luhn the other way round from the detector: digits doubled from the left, with the parity
 * of the length, through a table. */
static gboolean
oracle_luhn (const char *s,
             gsize       len)
{
  static const int doubled[10] = { 0, 2, 4, 6, 8, 1, 3, 5, 7, 9 };
  GString *digits = g_string_new (NULL);
  int sum = 0;
  gboolean ok;

  for (gsize i = 0; i < len; i++)
    if (s[i] >= '0' && s[i] <= '9')
      g_string_append_c (digits, s[i]);
  for (gsize i = 0; i < digits->len; i++)
    sum += ((digits->len - i) % 2 == 0) ? doubled[digits->str[i] - '0'] : digits->str[i] - '0';
  ok = digits->len >= 13 && digits->len <= 19 && sum % 10 == 0;
  g_string_free (digits, TRUE);
  return ok;
}

static gboolean
starts_with_any (const char *s,
                 gsize       len,
                 const char *const *prefixes)
{
  for (guint i = 0; prefixes[i]; i++)
    if (len >= strlen (prefixes[i]) && memcmp (s, prefixes[i], strlen (prefixes[i])) == 0)
      return TRUE;
  return FALSE;
}

/* What each kind's span must look like, said from the formats, not from the matchers. */
static void
check_span (const char         *text,
            const ZtSecretSpan *sp)
{
  const char *s = text + sp->start;
  gsize len = sp->end - sp->start;

  switch (sp->kind)
    {
    case ZT_SECRET_PRIVATE_KEY:
      g_assert_true (len >= 5 && memcmp (s, "-----", 5) == 0);
      break;
    case ZT_SECRET_JWT:
      g_assert_true (len >= 3 && memcmp (s, "eyJ", 3) == 0);
      g_assert_nonnull (memchr (s, '.', len));
      break;
    case ZT_SECRET_CARD:
      g_assert_true (oracle_luhn (s, len));
      break;
    case ZT_SECRET_GITHUB_TOKEN:
      g_assert_true (starts_with_any (s, len, (const char *const[]) { "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", NULL }));
      break;
    case ZT_SECRET_AWS_ACCESS_KEY:
      g_assert_cmpuint (len, ==, 20);
      break;
    case ZT_SECRET_AWS_SECRET_KEY:
      g_assert_cmpuint (len, ==, 40);
      break;
    case ZT_SECRET_GOOGLE_API_KEY:
      g_assert_true (len == 39 && memcmp (s, "AIza", 4) == 0);
      break;
    default:
      g_assert_cmpuint (len, >, 0);
      break;
    }
}

/* One text of a tool result, as the result filter reads it (the phrase rules are slow: the
 * first 4 KiB only). Findings stay inside the text; what goes on is valid UTF-8 and, in redact
 * mode, holds none of the spans the detector found. */
static void
check_result_scan (const char *data,
                   size_t      size)
{
  g_autofree char *text = NULL;
  g_autoptr(ZtResultScan) scan = zt_result_scan_new (ZT_RESULT_SCAN_REDACT);
  g_autofree char *out = NULL;
  GPtrArray *findings;

  (void) zt_result_text_needs_phrase_scan (data, size);
  if (size > 4096 || memchr (data, 0, size) != NULL || !g_utf8_validate (data, size, NULL))
    return;
  text = g_strndup (data, size);
  out = zt_result_scan_text (scan, "/content/0/text", text);
  findings = zt_result_scan_get_findings (scan);
  for (guint i = 0; i < findings->len; i++)
    {
      const ZtScanFinding *f = findings->pdata[i];

      g_assert_cmpuint (f->start, <=, f->end);
      g_assert_cmpuint (f->end, <=, size);
      g_assert_true (f->excerpt == NULL || g_utf8_validate (f->excerpt, -1, NULL));
    }
  if (out != NULL)
    g_assert_true (g_utf8_validate (out, -1, NULL));
  g_assert_true (zt_result_scan_should_block (scan) == FALSE || zt_result_scan_get_worst (scan) != NULL);
  {
    g_autoptr(JsonNode) json = zt_result_scan_findings_to_json (scan);
    g_assert_cmpuint (json_array_get_length (json_node_get_array (json)), ==, findings->len);
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *text = (const char *) data;
  g_autoptr(GArray) spans = zt_secrets_find (text, size);
  g_autofree char *redacted = NULL;
  gsize removed = 0, added = 0, prev_end = 0;
  guint n = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      const ZtSecretSpan *sp = &g_array_index (spans, ZtSecretSpan, i);

      g_assert_cmpuint (sp->kind, <, ZT_SECRET_N_KINDS);
      g_assert_cmpuint (sp->start, >=, prev_end);
      g_assert_cmpuint (sp->start, <, sp->end);
      g_assert_cmpuint (sp->end, <=, size);
      check_span (text, sp);
      prev_end = sp->end;
      removed += sp->end - sp->start;
      added += strlen ("[REDACTED:]") + strlen (zt_secret_kind_to_string (sp->kind));
    }

  /* the redaction replaces exactly the spans, and keeps valid UTF-8 valid */
  redacted = zt_secrets_redact_len (text, size, &n);
  g_assert_cmpuint (n, ==, spans->len);
  if (spans->len == 0)
    g_assert_null (redacted);
  else
    {
      g_assert_cmpuint (strlen (redacted), <=, size - removed + added);
      if (memchr (data, 0, size) == NULL)
        {
          g_assert_cmpuint (strlen (redacted), ==, size - removed + added);
          if (g_utf8_validate (text, size, NULL))
            g_assert_true (g_utf8_validate (redacted, -1, NULL));
        }
    }
  check_result_scan (text, size);
  return 0;
}
