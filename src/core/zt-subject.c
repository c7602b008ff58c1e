/* zt-subject.c: typed subjects of the mesh (user:NAME, endpoint:NAME) for export lists */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-ca.h"
#include "zt-error.h"
#include "zt-subject.h"

gboolean
zt_subject_parse (const char     *text,
                  ZtSubjectKind  *kind,
                  char          **name,
                  GError        **error)
{
  ZtSubjectKind k = ZT_SUBJECT_USER;
  const char *n = text;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (text != NULL && g_str_has_prefix (text, ZT_SUBJECT_USER_PREFIX))
    n = text + strlen (ZT_SUBJECT_USER_PREFIX);
  else if (text != NULL && g_str_has_prefix (text, ZT_SUBJECT_ENDPOINT_PREFIX))
    {
      k = ZT_SUBJECT_ENDPOINT;
      n = text + strlen (ZT_SUBJECT_ENDPOINT_PREFIX);
    }
  /* names never hold ':', so a kind other than these two is refused here too */
  if (!zt_ca_name_is_valid (n))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is not a subject: use user:NAME, endpoint:NAME or a user's NAME "
                   "(1-64 letters, digits, '-', '_' or '.')", text ? text : "");
      return FALSE;
    }
  *kind = k;
  if (name != NULL)
    *name = g_strdup (n);
  return TRUE;
}

char *
zt_subject_format (ZtSubjectKind  kind,
                   const char    *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_strconcat (kind == ZT_SUBJECT_ENDPOINT ? ZT_SUBJECT_ENDPOINT_PREFIX : ZT_SUBJECT_USER_PREFIX, name, NULL);
}

char *
zt_subject_normalize (const char *text,
                      GError    **error)
{
  ZtSubjectKind kind;
  g_autofree char *name = NULL;

  if (!zt_subject_parse (text, &kind, &name, error))
    return NULL;
  return zt_subject_format (kind, name);
}

gboolean
zt_subject_matches (const char *subject,
                    const char *user,
                    const char *endpoint)
{
  ZtSubjectKind kind;
  g_autofree char *name = NULL;

  if (!zt_subject_parse (subject, &kind, &name, NULL))
    return FALSE;
  return g_strcmp0 (name, kind == ZT_SUBJECT_ENDPOINT ? endpoint : user) == 0;
}
