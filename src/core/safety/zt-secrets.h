/* zt-secrets.h: find and redact secrets (keys, tokens, card numbers) in text, in linear time */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ZT_SECRET_PRIVATE_KEY,     /* -----BEGIN ... PRIVATE KEY----- block (to its END, or the text's end) */
  ZT_SECRET_AWS_ACCESS_KEY,  /* AKIA/ASIA/... and 16 more */
  ZT_SECRET_AWS_SECRET_KEY,  /* 40 characters of base64 shortly after an access key id */
  ZT_SECRET_GITHUB_TOKEN,    /* ghp_ gho_ ghu_ ghs_ ghr_ github_pat_ */
  ZT_SECRET_GITLAB_TOKEN,    /* glpat- */
  ZT_SECRET_SLACK_TOKEN,     /* xoxb- xoxp- xoxa- xoxo- xoxs- xoxr- */
  ZT_SECRET_OPENAI_KEY,      /* sk-... (sk-proj-...) */
  ZT_SECRET_ANTHROPIC_KEY,   /* sk-ant-... */
  ZT_SECRET_GOOGLE_API_KEY,  /* AIza and 35 more */
  ZT_SECRET_STRIPE_KEY,      /* sk_live_ rk_live_ sk_test_ rk_test_ */
  ZT_SECRET_AUTHORIZATION,   /* the value of an Authorization header (after its scheme) */
  ZT_SECRET_BEARER,          /* Bearer TOKEN */
  ZT_SECRET_CREDENTIAL,      /* password=..., api_key: "...", "client_secret": "..." */
  ZT_SECRET_JWT,             /* three base64url parts, the first a JSON header with "alg" */
  ZT_SECRET_CARD,            /* 13-19 digits passing Luhn */
  ZT_SECRET_N_KINDS
} ZtSecretKind;

/* Byte offsets into the text: [start, end). */
typedef struct {
  ZtSecretKind kind;
  gsize        start;
  gsize        end;
} ZtSecretSpan;

/* The secrets of @text (@len bytes, or -1 for a NUL-terminated string), in order and not
 * overlapping: a GArray of ZtSecretSpan. Linear in @len (every matcher scans each run of its
 * own characters once, from the run's start), allocation only for what it finds. */
GArray     *zt_secrets_find            (const char   *text,
                                        gssize        len);
/* @text with each secret replaced by "[REDACTED:kind]"; @n_found (may be NULL) says how many. */
char       *zt_secrets_redact          (const char   *text,
                                        guint        *n_found);
/* The same over @len bytes of @text; NULL when nothing was found (the caller keeps @text). */
char       *zt_secrets_redact_len      (const char   *text,
                                        gsize         len,
                                        guint        *n_found);
/* @text (@len bytes) with just @spans (of ZtSecretSpan, in order, from zt_secrets_find ())
 * replaced; NULL when there are none. */
char       *zt_secrets_redact_spans    (const char   *text,
                                        gsize         len,
                                        GArray       *spans);
/* "private-key", "aws-access-key", ..., "card" */
const char *zt_secret_kind_to_string   (ZtSecretKind  kind);

G_END_DECLS
