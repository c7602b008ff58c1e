/* zt-scan-directive-private.h: sentences addressed to the model, URLs built to carry data, and what a text is about */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-tool-scan.h"

G_BEGIN_DECLS

/* A span of the normalised text [start, end) that a reading found, with its rule id (a static
 * string) and severity. */
typedef void (*ZtScanSpanFunc) (gsize           start,
                                gsize           end,
                                const char     *rule,
                                ZtScanSeverity  severity,
                                gpointer        user_data);

/* Reads each sentence of normalised @text (lower case, white space collapsed) for its form
 * rather than its phrases: who it addresses, whether it obliges, what it acts on (the user's
 * data, secrets, another tool, every answer, a product), whether it conceals from someone or
 * outranks earlier instructions; and reads each URL and host name for parts built from
 * placeholders that name data. Not prefiltered: every text is read. */
void  _zt_scan_directives (const char     *text,
                           gsize           len,
                           ZtScanSpanFunc  func,
                           gpointer        user_data);

/* What @text is about, as bits: secrets and credentials, the conversation, payment data,
 * personal records.
 * A parameter asking for one of these on a tool whose own text is about none of them is off
 * its tool's purpose. Pagination tokens and limits ("next_token", "max_tokens") are not
 * credentials. */
enum {
  ZT_SCAN_CONCEPT_CREDENTIAL = 1 << 0,
  ZT_SCAN_CONCEPT_CONVERSATION = 1 << 1,
  ZT_SCAN_CONCEPT_PAYMENT = 1 << 2,
  ZT_SCAN_CONCEPT_BROWSER = 1 << 3,
  ZT_SCAN_CONCEPT_PERSONAL = 1 << 4,  /* mail, messages by phone, health, identity papers */
};
guint    _zt_scan_concepts      (const char *text,
                                 gsize       len);
/* Whether a parameter's description asks for someone's data (yours, the user's, all, any, the
 * contents of, in full) rather than naming a value the caller chooses. */
gboolean _zt_scan_asks_for_data (const char *text,
                                 gsize       len);

/* Whether the sentence text[start, end) of normalised text only describes: in the passive
 * ("items are hidden from the list", "the kubeconfig is read from ~/.kube/config"), with no
 * addressee, obligation, order, user, concealment, moving of data, URL or address in it. */
gboolean _zt_scan_sentence_describes (const char *text,
                                      gsize       start,
                                      gsize       end);

/* Whether the sentence text[start, end) of normalised text holds none of the parts of an
 * instruction: no addressee, obligation, user, someone's data or the conversation, scope,
 * concealment, consent, steering, promotion, saying, "also", ranking over earlier
 * instructions, URL or address, and no order (but the opening verb of a string's first
 * sentence, which says what the tool does). @first: it opens its string. */
gboolean _zt_scan_sentence_inert (const char *text,
                                  gsize       start,
                                  gsize       end,
                                  gboolean    first);

/* Whether the sentence text[start, end) of normalised text says what the tool does not do
 * ("Does not read /etc/passwd or any user files.", "the real .env file is never read"): a
 * negated verb after its subject, with no addressee, obligation, order, concealment or
 * telling, seeing or asking in it. */
gboolean _zt_scan_sentence_denies (const char *text,
                                   gsize       start,
                                   gsize       end);

/* Whether the sentence text[start, end) of normalised text, read by its words in languages
 * other than English (the lexicons of zt-scan-directive.c), names someone's data, the
 * conversation, secrets, or keeping or saying something: what the English readings of the
 * tool's own use ("put X into this parameter") learn from the scorer's classes. */
gboolean _zt_scan_sentence_other_language_data (const char *text,
                                                gsize       start,
                                                gsize       end);

/* Whether @w is one of the @n words of @list. */
gboolean _zt_scan_word_in (const char        *w,
                           const char *const *list,
                           guint              n);

G_END_DECLS
