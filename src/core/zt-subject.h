/* zt-subject.h: typed subjects of the mesh (user:NAME, endpoint:NAME) for export lists */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A user and an endpoint may carry the same name, so a bare name in an export list would
 * grant to both: every subject says its kind. A plain NAME, as people type it, is a user. */
typedef enum {
  ZT_SUBJECT_USER,
  ZT_SUBJECT_ENDPOINT,
} ZtSubjectKind;

#define ZT_SUBJECT_USER_PREFIX     "user:"
#define ZT_SUBJECT_ENDPOINT_PREFIX "endpoint:"

/* Parses "user:NAME", "endpoint:NAME" or "NAME" (a user); NAME is a valid mesh name
 * (zt_ca_name_is_valid). @name may be NULL. Fails with ZT_ERROR_INVALID_ARGUMENT. */
gboolean  zt_subject_parse     (const char     *text,
                                ZtSubjectKind  *kind,
                                char          **name,
                                GError        **error);
/* "user:NAME" or "endpoint:NAME" */
char     *zt_subject_format    (ZtSubjectKind   kind,
                                const char     *name);
/* @text in its stored, typed form ("alice" -> "user:alice"), or NULL with @error set. */
char     *zt_subject_normalize (const char     *text,
                                GError        **error);
/* Whether @subject (any form zt_subject_parse takes) names the member @user / @endpoint:
 * a user subject matches the user only, an endpoint subject the endpoint only. */
gboolean  zt_subject_matches   (const char     *subject,
                                const char     *user,
                                const char     *endpoint);

G_END_DECLS
