/* zt-secrets.c: find and redact secrets (keys, tokens, card numbers) in text, in linear time */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-secrets.h"

/*
 * Hand-written matchers instead of regular expressions: the text comes from servers and
 * clients we do not trust, and PCRE's backtracking over a crafted megabyte is not bounded.
 * Each matcher starts only where a run of its own characters starts (the character before is
 * not one of them), so the runs one matcher scans never overlap; what it scans past a run is
 * bounded by a constant. The whole scan is therefore linear in the text, times the number of
 * matchers, and allocates nothing until it finds something.
 */

#define MAX_PEM_LABEL    64    /* "ENCRYPTED PRIVATE KEY" and the like */
#define MAX_JWT_HEADER   4096  /* base64url characters of a JWT's header (x5c chains are long) */
#define MAX_KEY_NAME     64    /* of password=..., api_key: ... */
#define MAX_QUOTED_VALUE 1024
#define LONG_VALUE       24    /* an unquoted value this long is a secret whatever it looks like */
#define AWS_SECRET_WINDOW 256  /* how far after an access key id its secret key is looked for */

typedef struct {
  const char   *t;
  gsize         n;
  GArray       *spans;
  gsize         aws_until;  /* an AWS secret key is looked for before this offset */
} Scan;

typedef enum {
  SET_ALNUM,      /* A-Z a-z 0-9 */
  SET_WORD,       /* and _ */
  SET_DASHWORD,   /* and _ - */
  SET_DASHALNUM,  /* and - */
  SET_UPPERNUM,   /* A-Z 0-9 */
  SET_B64,        /* A-Z a-z 0-9 + / */
  SET_B64URLDOT,  /* A-Z a-z 0-9 - _ . */
  SET_TOKEN,      /* RFC 6750's token68 and a little more: A-Z a-z 0-9 - . _ ~ + / */
  SET_KEYNAME,    /* A-Z a-z 0-9 _ - . */
} CharSet;

static gboolean
in_set (char c,
        CharSet set)
{
  if (g_ascii_isalnum (c))
    return set != SET_UPPERNUM || !g_ascii_islower (c);
  switch (set)
    {
    case SET_WORD: return c == '_';
    case SET_DASHWORD: return c == '_' || c == '-';
    case SET_DASHALNUM: return c == '-';
    case SET_B64: return c == '+' || c == '/';
    case SET_B64URLDOT: return c == '-' || c == '_' || c == '.';
    case SET_TOKEN: return c != '\0' && strchr ("-._~+/", c) != NULL;
    case SET_KEYNAME: return c == '_' || c == '-' || c == '.';
    case SET_ALNUM:
    case SET_UPPERNUM:
    default: return FALSE;
    }
}

/* Whether a run of @set starts at @i: the matchers start only there (linearity, above). */
static gboolean
run_starts (const Scan *s,
            gsize       i,
            CharSet     set)
{
  return i < s->n && in_set (s->t[i], set) && (i == 0 || !in_set (s->t[i - 1], set));
}

static gsize
run_end (const Scan *s,
         gsize       i,
         CharSet     set,
         gsize       limit)
{
  gsize end = MIN (s->n, limit);

  while (i < end && in_set (s->t[i], set))
    i++;
  return i;
}

static gboolean
has_at_full (const Scan *s,
             gsize       i,
             const char *literal,
             gboolean    any_case)
{
  gsize len = strlen (literal);

  return i + len <= s->n &&
         (any_case ? g_ascii_strncasecmp (s->t + i, literal, len) : memcmp (s->t + i, literal, len)) == 0;
}

#define has_at(s, i, literal)    has_at_full (s, i, literal, FALSE)
#define has_at_ci(s, i, literal) has_at_full (s, i, literal, TRUE)

static gsize
skip_spaces (const Scan *s,
             gsize       i,
             guint       most)
{
  for (guint k = 0; k < most && i < s->n && (s->t[i] == ' ' || s->t[i] == '\t'); k++)
    i++;
  return i;
}

static gboolean
found (ZtSecretSpan *out,
       ZtSecretKind  kind,
       gsize         start,
       gsize         end)
{
  *out = (ZtSecretSpan) { kind, start, end };
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Private keys                                                                             */

static gboolean
match_private_key (Scan         *s,
                   gsize         i,
                   ZtSecretSpan *out)
{
  gsize j, label, end;
  const char *close;

  if (s->t[i] != '-' || (i > 0 && s->t[i - 1] == '-'))
    return FALSE;
  j = i;
  while (j < s->n && s->t[j] == '-')
    j++;
  if (j - i < 5 || !has_at (s, j, "BEGIN "))
    return FALSE;
  label = j + 6;
  for (j = label; j < s->n && j - label <= MAX_PEM_LABEL && (g_ascii_isupper (s->t[j]) || g_ascii_isdigit (s->t[j]) || s->t[j] == ' '); j++)
    ;
  if (!has_at (s, j, "-----"))
    return FALSE;
  /* "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK" */
  if (!(j - label >= 11 && memcmp (s->t + j - 11, "PRIVATE KEY", 11) == 0) &&
      !(j - label >= 17 && memcmp (s->t + j - 17, "PRIVATE KEY BLOCK", 17) == 0))
    return FALSE;
  /* fail closed: a key cut before its END line is redacted to the end of the text */
  close = g_strstr_len (s->t + j, s->n - j, "-----END ");
  if (close == NULL)
    return found (out, ZT_SECRET_PRIVATE_KEY, i, s->n);
  /* the END line's label: the same characters as BEGIN's, so the span never ends inside a
   * character of the text (a broken END line followed by UTF-8 ended mid-character) */
  end = close - s->t + 9;
  for (gsize k = 0; k < MAX_PEM_LABEL + 5 && end < s->n && !has_at (s, end, "-----") &&
       (g_ascii_isupper (s->t[end]) || g_ascii_isdigit (s->t[end]) || s->t[end] == ' '); k++)
    end++;
  while (end < s->n && s->t[end] == '-')
    end++;
  return found (out, ZT_SECRET_PRIVATE_KEY, i, end);
}

/* ---------------------------------------------------------------------------------------- */
/* Tokens with a known prefix                                                               */

typedef struct {
  const char   *prefix;
  ZtSecretKind  kind;
  CharSet       set;        /* of the whole token: where it starts and what follows the prefix */
  guint         min_rest;   /* characters after the prefix, at least */
  guint         exact_rest; /* or exactly (0: any number from min_rest) */
  gboolean      need_digit; /* the rest has a digit (sk-learn-and-more is not a key) */
} Prefixed;

static const Prefixed prefixed[] = {
  { "ghp_", ZT_SECRET_GITHUB_TOKEN, SET_WORD, 36, 0, FALSE },
  { "gho_", ZT_SECRET_GITHUB_TOKEN, SET_WORD, 36, 0, FALSE },
  { "ghu_", ZT_SECRET_GITHUB_TOKEN, SET_WORD, 36, 0, FALSE },
  { "ghs_", ZT_SECRET_GITHUB_TOKEN, SET_WORD, 36, 0, FALSE },
  { "ghr_", ZT_SECRET_GITHUB_TOKEN, SET_WORD, 36, 0, FALSE },
  { "github_pat_", ZT_SECRET_GITHUB_TOKEN, SET_WORD, 40, 0, FALSE },
  { "glpat-", ZT_SECRET_GITLAB_TOKEN, SET_DASHWORD, 20, 0, FALSE },
  { "xoxb-", ZT_SECRET_SLACK_TOKEN, SET_DASHALNUM, 10, 0, TRUE },
  { "xoxp-", ZT_SECRET_SLACK_TOKEN, SET_DASHALNUM, 10, 0, TRUE },
  { "xoxa-", ZT_SECRET_SLACK_TOKEN, SET_DASHALNUM, 10, 0, TRUE },
  { "xoxo-", ZT_SECRET_SLACK_TOKEN, SET_DASHALNUM, 10, 0, TRUE },
  { "xoxs-", ZT_SECRET_SLACK_TOKEN, SET_DASHALNUM, 10, 0, TRUE },
  { "xoxr-", ZT_SECRET_SLACK_TOKEN, SET_DASHALNUM, 10, 0, TRUE },
  { "sk-ant-", ZT_SECRET_ANTHROPIC_KEY, SET_DASHWORD, 20, 0, FALSE },
  { "sk-", ZT_SECRET_OPENAI_KEY, SET_DASHWORD, 20, 0, TRUE },
  { "AIza", ZT_SECRET_GOOGLE_API_KEY, SET_DASHWORD, 35, 35, FALSE },
  { "sk_live_", ZT_SECRET_STRIPE_KEY, SET_WORD, 16, 0, FALSE },
  { "rk_live_", ZT_SECRET_STRIPE_KEY, SET_WORD, 16, 0, FALSE },
  { "sk_test_", ZT_SECRET_STRIPE_KEY, SET_WORD, 16, 0, FALSE },
  { "rk_test_", ZT_SECRET_STRIPE_KEY, SET_WORD, 16, 0, FALSE },
  /* AWS access key ids: a four-letter type, then 16 of base32 (checked as A-Z 0-9) */
  { "AKIA", ZT_SECRET_AWS_ACCESS_KEY, SET_UPPERNUM, 16, 16, FALSE },
  { "ASIA", ZT_SECRET_AWS_ACCESS_KEY, SET_UPPERNUM, 16, 16, FALSE },
  { "AGPA", ZT_SECRET_AWS_ACCESS_KEY, SET_UPPERNUM, 16, 16, FALSE },
  { "AIDA", ZT_SECRET_AWS_ACCESS_KEY, SET_UPPERNUM, 16, 16, FALSE },
  { "AROA", ZT_SECRET_AWS_ACCESS_KEY, SET_UPPERNUM, 16, 16, FALSE },
  { "ANPA", ZT_SECRET_AWS_ACCESS_KEY, SET_UPPERNUM, 16, 16, FALSE },
  { "ABIA", ZT_SECRET_AWS_ACCESS_KEY, SET_UPPERNUM, 16, 16, FALSE },
};

static gboolean
rest_has_digit (const Scan *s,
                gsize       from,
                gsize       to)
{
  for (gsize k = from; k < to; k++)
    if (g_ascii_isdigit (s->t[k]))
      return TRUE;
  return FALSE;
}

static gboolean
match_prefixed (Scan         *s,
                gsize         i,
                ZtSecretSpan *out)
{
  /* most positions start no prefix: one test instead of the table */
  switch (s->t[i])
    {
    case 'g': case 'x': case 's': case 'r': case 'A': break;
    default: return FALSE;
    }
  for (guint p = 0; p < G_N_ELEMENTS (prefixed); p++)
    {
      const Prefixed *x = &prefixed[p];
      gsize rest, end;

      if (s->t[i] != x->prefix[0] || !has_at (s, i, x->prefix))
        continue;
      /* an AWS id is followed by no letter of either case, nor preceded by one */
      if (!run_starts (s, i, x->set == SET_UPPERNUM ? SET_ALNUM : x->set))
        continue;
      rest = i + strlen (x->prefix);
      end = run_end (s, rest, x->set, x->exact_rest ? rest + x->exact_rest + 1 : G_MAXSIZE);
      if (x->set == SET_UPPERNUM && end < s->n && g_ascii_isalnum (s->t[end]))
        continue;
      if (end - rest < x->min_rest || (x->exact_rest && end - rest != x->exact_rest) ||
          (x->need_digit && !rest_has_digit (s, rest, end)))
        continue;
      if (x->kind == ZT_SECRET_AWS_ACCESS_KEY)
        s->aws_until = end + AWS_SECRET_WINDOW;
      return found (out, x->kind, i, end);
    }
  return FALSE;
}

/* 40 characters of base64 with upper and lower case and a digit, shortly after an access key
 * id (aws_secret_access_key = ... is found as a credential anywhere). */
static gboolean
match_aws_secret (Scan         *s,
                  gsize         i,
                  ZtSecretSpan *out)
{
  gsize end;
  gboolean upper = FALSE, lower = FALSE, digit = FALSE;

  if (i >= s->aws_until || !run_starts (s, i, SET_B64) || (i > 0 && s->t[i - 1] == '='))
    return FALSE;
  end = run_end (s, i, SET_B64, i + 41);
  if (end - i != 40 || (end < s->n && (in_set (s->t[end], SET_B64) || s->t[end] == '=')))
    return FALSE;
  for (gsize k = i; k < end; k++)
    {
      upper |= g_ascii_isupper (s->t[k]);
      lower |= g_ascii_islower (s->t[k]);
      digit |= g_ascii_isdigit (s->t[k]);
    }
  return upper && lower && digit && found (out, ZT_SECRET_AWS_SECRET_KEY, i, end);
}

/* ---------------------------------------------------------------------------------------- */
/* JWTs                                                                                     */

/* Whether base64url @len bytes at @p decode to a JSON object with an "alg" member. */
static gboolean
is_jwt_header (const char *p,
               gsize       len)
{
  char in[MAX_JWT_HEADER + 4];
  guchar decoded[MAX_JWT_HEADER / 4 * 3 + 6];
  gint state = 0;
  guint save = 0;
  gsize n, k;

  for (k = 0; k < len; k++)
    in[k] = p[k] == '-' ? '+' : p[k] == '_' ? '/' : p[k];
  while (k % 4)
    in[k++] = '=';
  n = g_base64_decode_step (in, k, decoded, &state, &save);
  for (k = 0; k < n && g_ascii_isspace (decoded[k]); k++)
    ;
  return k < n && decoded[k] == '{' && g_strstr_len ((const char *) decoded + k, n - k, "\"alg\"") != NULL;
}

static gboolean
match_jwt (Scan         *s,
           gsize         i,
           ZtSecretSpan *out)
{
  gsize seg[3][2], j = i;

  if (s->t[i] != 'e' || !has_at (s, i, "eyJ") || !run_starts (s, i, SET_B64URLDOT))
    return FALSE;
  for (guint k = 0; k < 3; k++)
    {
      seg[k][0] = j;
      j = run_end (s, j, SET_DASHWORD, G_MAXSIZE);
      seg[k][1] = j;
      if (k < 2 && (j >= s->n || s->t[j] != '.'))
        return FALSE;
      if (k < 2)
        j++;
    }
  /* the signature is empty for "alg": "none", which still carries claims */
  if (seg[0][1] - seg[0][0] < 10 || seg[0][1] - seg[0][0] > MAX_JWT_HEADER || seg[1][1] - seg[1][0] < 2)
    return FALSE;
  if (!is_jwt_header (s->t + seg[0][0], seg[0][1] - seg[0][0]))
    return FALSE;
  return found (out, ZT_SECRET_JWT, i, seg[2][1]);
}

/* ---------------------------------------------------------------------------------------- */
/* Card numbers                                                                             */

static gboolean
luhn_ok (const char *digits,
         guint       n)
{
  guint sum = 0;

  for (guint k = 0; k < n; k++)
    {
      guint d = digits[n - 1 - k] - '0';

      if (k % 2 == 1)
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
  return sum % 10 == 0;
}

/* Numbers that pass Luhn but are no card: one digit repeated, or counting up or down. */
static gboolean
looks_made_up (const char *digits,
               guint       n)
{
  gboolean same = TRUE, up = TRUE, down = TRUE;

  for (guint k = 1; k < n; k++)
    {
      same &= digits[k] == digits[0];
      up &= digits[k] == '0' + (digits[k - 1] - '0' + 1) % 10;
      down &= digits[k] == '0' + (digits[k - 1] - '0' + 9) % 10;
    }
  return same || up || down;
}

static gboolean
card_may_start (const Scan *s,
                gsize       i)
{
  char p;

  if (!g_ascii_isdigit (s->t[i]) || i == 0)
    return g_ascii_isdigit (s->t[i]);
  p = s->t[i - 1];
  /* not inside a word, a decimal, a phone number (+44), nor after a separator of digits */
  if (g_ascii_isalnum (p) || p == '_' || p == '.' || p == ',' || p == '+')
    return FALSE;
  return !((p == ' ' || p == '-') && i >= 2 && g_ascii_isdigit (s->t[i - 2]));
}

/* The issuers' prefixes and lengths: Visa 4 (13, 16, 19), Mastercard 51-55 and 2221-2720 (16),
 * Amex 34/37 (15), Diners 30/36/38 (14-19), JCB 35 (16-19), Discover and UnionPay 6 (16-19).
 * An IMEI (15 digits, Luhn too) or a number that starts with a year is no card. */
static gboolean
card_brand_fits (const char *d,
                 guint       n)
{
  guint two = (d[0] - '0') * 10 + (d[1] - '0');
  guint four = two * 100 + (d[2] - '0') * 10 + (d[3] - '0');

  switch (d[0])
    {
    case '4': return n == 13 || n == 16 || n == 19;
    case '5': return two >= 51 && two <= 55 && n == 16;
    case '2': return four >= 2221 && four <= 2720 && n == 16;
    case '3': return ((two == 34 || two == 37) && n == 15) || ((two == 30 || two == 36 || two == 38) && n >= 14) ||
                     (two == 35 && n >= 16);
    case '6': return n >= 16;
    default: return FALSE;
    }
}

/* 13-19 digits, as one group or in groups of 3-6 split by one kind of separator (4-4-4-4,
 * 4-6-5), with an issuer's prefix and length, and passing Luhn. Order numbers, timestamps,
 * ISBNs, IMEIs and phone numbers fall out. */
static gboolean
match_card (Scan         *s,
            gsize         i,
            ZtSecretSpan *out)
{
  char digits[19];
  guint n = 0, group = 0, groups = 0, bad_group = 0;
  char sep = 0;
  gsize j = i;

  if (!card_may_start (s, i))
    return FALSE;
  while (j < s->n)
    {
      char c = s->t[j];

      if (g_ascii_isdigit (c))
        {
          if (n < sizeof digits)
            digits[n] = c;
          n++, group++, j++;
        }
      else if ((c == ' ' || c == '-') && (sep == 0 || c == sep) && j + 1 < s->n && g_ascii_isdigit (s->t[j + 1]))
        {
          sep = c;
          bad_group |= group < 3 || group > 6;
          groups++, group = 0, j++;
        }
      else
        break;
    }
  bad_group |= groups > 0 && (group < 3 || group > 6);
  if (j < s->n && (g_ascii_isalnum (s->t[j]) || s->t[j] == '_' ||
                   ((s->t[j] == '.' || s->t[j] == ',') && j + 1 < s->n && g_ascii_isdigit (s->t[j + 1]))))
    return FALSE;
  if (n < 13 || n > 19 || bad_group || !card_brand_fits (digits, n))
    return FALSE;
  return luhn_ok (digits, n) && !looks_made_up (digits, n) && found (out, ZT_SECRET_CARD, i, j);
}

/* ---------------------------------------------------------------------------------------- */
/* Headers and assignments                                                                  */

static gboolean match_specific (Scan *s, gsize i, ZtSecretSpan *out);

/* A value found by a generic matcher is named by what it is when a specific matcher knows all
 * of it (Authorization: Bearer eyJ... is a JWT); the span always covers the whole value. */
static gboolean
found_value (Scan         *s,
             ZtSecretSpan *out,
             ZtSecretKind  kind,
             gsize         start,
             gsize         end)
{
  ZtSecretSpan inner;

  if (match_specific (s, start, &inner) && inner.end >= end)
    return found (out, inner.kind, start, inner.end);
  return found (out, kind, start, end);
}

static gboolean
match_authorization (Scan         *s,
                     gsize         i,
                     ZtSecretSpan *out)
{
  gsize j, scheme, end;

  if ((s->t[i] | 0x20) != 'a' || !run_starts (s, i, SET_DASHWORD) || !has_at_ci (s, i, "authorization"))
    return FALSE;
  j = i + 13;
  if (j < s->n && (s->t[j] == '"' || s->t[j] == '\''))
    j++;
  j = skip_spaces (s, j, 3);
  if (j >= s->n || (s->t[j] != ':' && s->t[j] != '='))
    return FALSE;
  j = skip_spaces (s, j + 1, 3);
  if (j < s->n && (s->t[j] == '"' || s->t[j] == '\''))
    j++;
  /* a scheme (Bearer, Basic, token, AWS4-HMAC-SHA256) stays readable; the credential goes */
  scheme = run_end (s, j, SET_DASHWORD, j + 32);
  if (scheme > j && scheme < s->n && s->t[scheme] == ' ')
    j = skip_spaces (s, scheme, 3);
  end = run_end (s, j, SET_TOKEN, G_MAXSIZE);
  while (end < s->n && (s->t[end] == '=' || s->t[end] == ',' || s->t[end] == ':') && end - j < 4096)
    end = run_end (s, end + 1, SET_TOKEN, G_MAXSIZE);
  if (end - j < 8)
    return FALSE;
  return found_value (s, out, ZT_SECRET_AUTHORIZATION, j, end);
}

static gboolean
match_bearer (Scan         *s,
              gsize         i,
              ZtSecretSpan *out)
{
  gsize j, end;

  if ((s->t[i] | 0x20) != 'b' || !run_starts (s, i, SET_DASHWORD) || !has_at_ci (s, i, "bearer "))
    return FALSE;
  j = skip_spaces (s, i + 6, 3);
  if (!run_starts (s, j, SET_TOKEN))
    return FALSE;
  end = run_end (s, j, SET_TOKEN, G_MAXSIZE);
  while (end < s->n && s->t[end] == '=')
    end++;
  /* prose has no 24-letter words, nor 16-character ones with a digit ("the bearer of ...") */
  if (end - j < 16 || (end - j < LONG_VALUE && !rest_has_digit (s, j, end)))
    return FALSE;
  return found_value (s, out, ZT_SECRET_BEARER, j, end);
}

/* Names whose value is a secret (lower case; contained in the name) and names that only
 * say something about one (secret_name, password_policy). */
static const char *secret_names[] = {
  "password", "passwd", "passphrase", "secret", "apikey", "api_key", "api-key", "access_key",
  "accesskey", "private_key", "privatekey", "auth_token", "authtoken", "access_token",
  "accesstoken", "refresh_token", "refreshtoken", "api_token", "apitoken", "session_token",
  "client_secret", "credentials",
};
static const char *secret_names_exact[] = { "token", "pwd", "pass", "pat", "x-api-key" };
static const char *about_secret_suffixes[] = {
  "name", "path", "file", "url", "uri", "type", "length", "hint", "policy", "count", "version",
  "ref", "arn", "_id", "expiry", "expires", "expires_at", "at", "set", "required", "enabled",
};

/* What every name of secret_names holds: a name with none of them is no secret's (checked
 * once against the table; if an entry ever lacks one, every name takes the long way). */
static const char *secret_roots[] = { "pass", "secret", "key", "token", "cred" };

static gboolean
has_secret_root (const char *name)
{
  static gsize once = 0;
  static gboolean roots_cover;

  if (g_once_init_enter (&once))
    {
      roots_cover = TRUE;
      for (guint k = 0; k < G_N_ELEMENTS (secret_names); k++)
        {
          gboolean found = FALSE;

          for (guint r = 0; r < G_N_ELEMENTS (secret_roots) && !found; r++)
            found = strstr (secret_names[k], secret_roots[r]) != NULL;
          roots_cover &= found;
        }
      g_once_init_leave (&once, 1);
    }
  if (!roots_cover)
    return TRUE;
  for (guint r = 0; r < G_N_ELEMENTS (secret_roots); r++)
    if (strstr (name, secret_roots[r]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
is_secret_name (const char *name)
{
  gsize len = strlen (name);

  if (len < 3)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (secret_names_exact); k++)
    if (strcmp (name, secret_names_exact[k]) == 0)
      return TRUE;
  /* most names of JSON members and settings ("id", "status", "created_at") end here */
  if (!has_secret_root (name))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (about_secret_suffixes); k++)
    if (g_str_has_suffix (name, about_secret_suffixes[k]) && len > strlen (about_secret_suffixes[k]))
      {
        /* "secret_id" of Vault's AppRole is a secret all the same */
        if (strcmp (about_secret_suffixes[k], "_id") != 0 || strstr (name, "secret") == NULL)
          return FALSE;
      }
  for (guint k = 0; k < G_N_ELEMENTS (secret_names); k++)
    if (strstr (name, secret_names[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* Values that stand for a secret rather than being one: ${VAR}, <your-key>, ****, null. */
#define PLACEHOLDER_FIRST "$<{%*[(#"

static gboolean
is_placeholder (const char *v,
                gsize       len)
{
  static const char *words[] = { "null", "none", "true", "false", "undefined", "redacted", "changeme",
                                 "required", "optional", "string", "hidden", "masked", "example" };
  gboolean same = TRUE;

  if (strchr (PLACEHOLDER_FIRST, v[0]) != NULL)
    return TRUE;
  for (gsize k = 1; k < len; k++)
    same &= v[k] == v[0];
  if (same)
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (len == strlen (words[k]) && g_ascii_strncasecmp (v, words[k], len) == 0)
      return TRUE;
  return FALSE;
}

/* "Password: Required" in prose is no secret, "password: hunter2" is: after a colon, a short
 * unquoted value needs two kinds of character (a capital first letter does not count). */
static gboolean
mixed_enough (const char *v,
              gsize       len)
{
  gboolean lower = FALSE, upper = FALSE, digit = FALSE, other = FALSE;

  for (gsize k = 0; k < len; k++)
    {
      lower |= g_ascii_islower (v[k]);
      upper |= k > 0 && g_ascii_isupper (v[k]);
      digit |= g_ascii_isdigit (v[k]);
      other |= !g_ascii_isalnum (v[k]);
    }
  return len >= 6 && lower + upper + digit + other >= 2;
}

static gboolean
value_char (char c)
{
  return (guchar) c > ' ' && strchr ("\"'`,;&<>)]}", c) == NULL;
}

static gboolean
match_credential (Scan         *s,
                  gsize         i,
                  ZtSecretSpan *out)
{
  char name[MAX_KEY_NAME + 1];
  gsize j, v, end;
  char sep, quote = 0;

  if (!run_starts (s, i, SET_KEYNAME))
    return FALSE;
  j = run_end (s, i, SET_KEYNAME, i + MAX_KEY_NAME + 1);
  if (j - i > MAX_KEY_NAME || j >= s->n)
    return FALSE;
  if (s->t[j] == ' ' && j - i > 2 && s->t[i] == '-' && s->t[i + 1] == '-')
    sep = ' ';  /* a command line's --password VALUE */
  else
    {
      if ((s->t[j] == '"' || s->t[j] == '\'') && i > 0 && s->t[i - 1] == s->t[j])
        j++;
      j = skip_spaces (s, j, 3);
      if (j >= s->n || (s->t[j] != '=' && s->t[j] != ':'))
        return FALSE;
      sep = s->t[j];
    }
  j++;
  if (j < s->n && ((sep == ':' && s->t[j] == '=') || (sep == '=' && s->t[j] == '>')))
    j++;
  else if (sep == '=' && j < s->n && s->t[j] == '=')
    return FALSE;  /* a comparison */
  /* only now the name, so the common case (a word not followed by = or :) costs no copy */
  {
    gsize len = 0;
    for (gsize k = i; k < i + MAX_KEY_NAME && k < s->n && in_set (s->t[k], SET_KEYNAME); k++)
      name[len++] = g_ascii_tolower (s->t[k]);
    name[len] = '\0';
  }
  if (!is_secret_name (name))
    return FALSE;
  v = skip_spaces (s, j, 3);
  if (v < s->n && (s->t[v] == '"' || s->t[v] == '\'' || s->t[v] == '`'))
    quote = s->t[v++];
  /* before the value is scanned: "password=*password=*..." must not scan the rest each time */
  if (v >= s->n || strchr (PLACEHOLDER_FIRST, s->t[v]) != NULL || (sep == ' ' && s->t[v] == '-'))
    return FALSE;
  for (end = v; end < s->n && (quote ? s->t[end] != quote && s->t[end] != '\n' : value_char (s->t[end])); end++)
    if (quote && end - v > MAX_QUOTED_VALUE)
      return FALSE;
  if (quote && (end >= s->n || s->t[end] != quote))
    return FALSE;
  /* the end of a sentence is not part of the value */
  while (!quote && end > v && strchr (".!?:", s->t[end - 1]) != NULL)
    end--;
  if (end - v < 3 || is_placeholder (s->t + v, end - v))
    return FALSE;
  if (sep == ':' && !quote && end - v < LONG_VALUE && !mixed_enough (s->t + v, end - v))
    return FALSE;
  return found_value (s, out, ZT_SECRET_CREDENTIAL, v, end);
}

/* scheme://user:PASSWORD@host: the password, up to the '@' (a bounded look, from "://"). */
static gboolean
match_url_password (Scan         *s,
                    gsize         i,
                    ZtSecretSpan *out)
{
  gsize j, colon = 0;

  if (s->t[i] != ':' || !has_at (s, i, "://") || i == 0 || !g_ascii_isalpha (s->t[i - 1]))
    return FALSE;
  for (j = i + 3; j < s->n && j - i < 256; j++)
    {
      char c = s->t[j];

      if (c == '@')
        break;
      if (c == ':' && colon == 0)
        colon = j;
      else if (!g_ascii_isalnum (c) && strchr ("-._~%!$&'()*+,;=", c) == NULL)
        return FALSE;
    }
  if (j >= s->n || s->t[j] != '@' || colon == 0 || j - colon < 4 || is_placeholder (s->t + colon + 1, j - colon - 1))
    return FALSE;
  return found (out, ZT_SECRET_CREDENTIAL, colon + 1, j);
}

/* ---------------------------------------------------------------------------------------- */
/* The scan                                                                                 */

/* The matchers that know a secret by its own shape. */
static gboolean
match_specific (Scan         *s,
                gsize         i,
                ZtSecretSpan *out)
{
  return match_private_key (s, i, out) || match_jwt (s, i, out) || match_prefixed (s, i, out) ||
         match_card (s, i, out);
}

static gboolean
match_at (Scan         *s,
          gsize         i,
          ZtSecretSpan *out)
{
  return match_specific (s, i, out) || match_authorization (s, i, out) || match_bearer (s, i, out) ||
         match_aws_secret (s, i, out) || match_url_password (s, i, out) || match_credential (s, i, out);
}

GArray *
zt_secrets_find (const char *text,
                 gssize      len)
{
  Scan s = { text, 0, NULL, 0 };
  gsize i = 0;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  s.n = len < 0 ? strlen (text) : (gsize) len;
  s.spans = g_array_new (FALSE, FALSE, sizeof (ZtSecretSpan));
  while (i < s.n)
    {
      ZtSecretSpan span;

      /* every matcher begins on an ASCII character; the rest of a UTF-8 sequence never is */
      if ((guchar) text[i] < 0x80 && match_at (&s, i, &span))
        {
          g_assert (span.start >= i && span.end > span.start && span.end <= s.n);
          g_array_append_val (s.spans, span);
          i = span.end;
        }
      else if (g_ascii_isalnum (text[i]))
        {
          /* every matcher needs a non-alphanumeric character before it: skip the word */
          do
            i++;
          while (i < s.n && g_ascii_isalnum (text[i]));
        }
      else
        i++;
    }
  return s.spans;
}

char *
zt_secrets_redact_spans (const char *text,
                         gsize       len,
                         GArray     *spans)
{
  GString *out;
  gsize at = 0;

  if (spans == NULL || spans->len == 0)
    return NULL;
  out = g_string_sized_new (len);
  for (guint k = 0; k < spans->len; k++)
    {
      const ZtSecretSpan *sp = &g_array_index (spans, ZtSecretSpan, k);

      g_string_append_len (out, text + at, sp->start - at);
      g_string_append_printf (out, "[REDACTED:%s]", zt_secret_kind_to_string (sp->kind));
      at = sp->end;
    }
  g_string_append_len (out, text + at, len - at);
  return g_string_free (out, FALSE);
}

char *
zt_secrets_redact_len (const char *text,
                       gsize       len,
                       guint      *n_found)
{
  g_autoptr(GArray) spans = zt_secrets_find (text, len);

  if (n_found)
    *n_found = spans->len;
  return zt_secrets_redact_spans (text, len, spans);
}

char *
zt_secrets_redact (const char *text,
                   guint      *n_found)
{
  char *redacted;

  g_return_val_if_fail (text != NULL, NULL);
  redacted = zt_secrets_redact_len (text, strlen (text), n_found);
  return redacted ? redacted : g_strdup (text);
}

const char *
zt_secret_kind_to_string (ZtSecretKind kind)
{
  static const char *names[] = {
    "private-key", "aws-access-key", "aws-secret-key", "github-token", "gitlab-token", "slack-token",
    "openai-key", "anthropic-key", "google-api-key", "stripe-key", "authorization", "bearer",
    "credential", "jwt", "card",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == ZT_SECRET_N_KINDS);
  g_return_val_if_fail (kind < ZT_SECRET_N_KINDS, "secret");
  return names[kind];
}
