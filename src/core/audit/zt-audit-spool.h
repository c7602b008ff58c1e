/* zt-audit-spool.h: the audit spool's record format: what an answer waits for before it goes on */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A record of HOME/audit.spool: "ZTA1", the payload's length (4 bytes, little-endian), the
 * payload: its seq (8 bytes), then @n fields, each a tag (0 NULL, 1 integer, 2 text) and an
 * integer (8 bytes) or a text (its length in 4 bytes, its bytes: UTF-8, no NUL). Integers
 * little-endian. */
#define ZT_AUDIT_SPOOL_MAGIC       "ZTA1"
#define ZT_AUDIT_SPOOL_RECORD_MAX  (1024 * 1024)  /* a payload's bytes at most */

/* Appends one record: @seq, and @n fields (@text[i] set: a text; else @set[i]: @num[i]). */
void   zt_audit_spool_encode (GString           *out,
                              gint64             seq,
                              guint              n,
                              const gboolean    *set,
                              const char *const *text,
                              const gint64      *num);

/* Reads one record of exactly @n fields from @data: the bytes it took, 0 when @data ends
 * before the record does (a torn tail), or -1 with @error when the bytes are not a record.
 * On success *@seq, @set, @num and @text (newly allocated, or NULL) hold its fields. */
gssize zt_audit_spool_decode (const guint8      *data,
                              gsize              len,
                              guint              n,
                              gint64            *seq,
                              gboolean          *set,
                              char             **text,
                              gint64            *num,
                              GError           **error);

G_END_DECLS
