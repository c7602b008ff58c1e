/* zt-subject.c: who is calling (ZtSubject), and the typed names of mesh members in grants */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-subject.h"
#include "zt-util.h"

gboolean
zt_name_is_valid (const char *name)
{
  gsize len;

  if (name == NULL)
    return FALSE;
  len = strlen (name);
  if (len == 0 || len > ZT_NAME_MAX)
    return FALSE;
  /* Legal characters, but path traversal wherever a name becomes a path segment. */
  if (strcmp (name, ".") == 0 || strcmp (name, "..") == 0)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
zt_spiffe_id_parse (const char  *uri,
                       char       **mesh,
                       char       **user,
                       char       **endpoint,
                       GError     **error)
{
  static const char * const kinds[] = { "mesh", NULL, "user", NULL, "endpoint" };
  g_auto(GStrv) parts = NULL;
  g_autofree char *q = zt_quote (uri);

  /* Byte for byte, lowercase scheme included: identities are compared as strings, so only
   * one spelling of each may exist. */
  if (uri == NULL || !g_str_has_prefix (uri, ZT_SPIFFE_SCHEME))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "%s is not a SPIFFE ID (spiffe://...)", q);
      return FALSE;
    }
  parts = g_strsplit (uri + strlen (ZT_SPIFFE_SCHEME), "/", -1);
  if (g_strv_length (parts) != 5 || strcmp (parts[1], "user") != 0 || strcmp (parts[3], "endpoint") != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "%s is not of the form "
                   "spiffe://<mesh>/user/<user>/endpoint/<endpoint>", q);
      return FALSE;
    }
  /* The character set keeps out "%", "?", "#", "@", ":" and so any encoding, query,
   * fragment, userinfo or port. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i += 2)
    if (!zt_name_is_valid (parts[i]))
      {
        g_autofree char *qn = zt_quote (parts[i]);

        g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "invalid %s name %s in %s: use 1 to %d of "
                     "A-Z a-z 0-9 . _ -, not . or ..", kinds[i], qn, q, ZT_NAME_MAX);
        return FALSE;
      }

  if (mesh != NULL)
    *mesh = g_strdup (parts[0]);
  if (user != NULL)
    *user = g_strdup (parts[2]);
  if (endpoint != NULL)
    *endpoint = g_strdup (parts[4]);
  return TRUE;
}

char *
zt_spiffe_id_make (const char *mesh,
                      const char *user,
                      const char *endpoint)
{
  if (!zt_name_is_valid (mesh) || !zt_name_is_valid (user) || !zt_name_is_valid (endpoint))
    return NULL;
  return g_strconcat (ZT_SPIFFE_SCHEME, mesh, "/user/", user, "/endpoint/", endpoint, NULL);
}

gboolean
zt_subject_parse (const char     *text,
                  ZtMemberKind  *kind,
                  char          **name,
                  GError        **error)
{
  ZtMemberKind k = ZT_MEMBER_USER;
  const char *n = text;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (text != NULL && g_str_has_prefix (text, ZT_SUBJECT_USER_PREFIX))
    n = text + strlen (ZT_SUBJECT_USER_PREFIX);
  else if (text != NULL && g_str_has_prefix (text, ZT_SUBJECT_ENDPOINT_PREFIX))
    {
      k = ZT_MEMBER_ENDPOINT;
      n = text + strlen (ZT_SUBJECT_ENDPOINT_PREFIX);
    }
  /* names never hold ':', so a kind other than these two is refused here too */
  if (!zt_name_is_valid (n))
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
zt_subject_format (ZtMemberKind  kind,
                   const char    *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_strconcat (kind == ZT_MEMBER_ENDPOINT ? ZT_SUBJECT_ENDPOINT_PREFIX : ZT_SUBJECT_USER_PREFIX, name, NULL);
}

char *
zt_subject_normalize (const char *text,
                      GError    **error)
{
  ZtMemberKind kind;
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
  ZtMemberKind kind;
  g_autofree char *name = NULL;

  /* "*": every member of the mesh (an offer to all, docs/policy-audit.md) */
  if (g_strcmp0 (subject, "*") == 0)
    return user != NULL || endpoint != NULL;
  if (!zt_subject_parse (subject, &kind, &name, NULL))
    return FALSE;
  return g_strcmp0 (name, kind == ZT_MEMBER_ENDPOINT ? endpoint : user) == 0;
}

/* ---------------------------------------------------------------------------------------- */
/* ZtSubject                                                                                */

typedef struct {
  ZtSubject  public;
  char      *string;  /* zt_subject_to_string */
} Subject;

G_DEFINE_BOXED_TYPE (ZtSubject, zt_subject, zt_subject_ref, zt_subject_unref)

static void
subject_clear (Subject *s)
{
  g_free (s->public.name);
  g_free (s->public.user);
  g_free (s->public.endpoint);
  g_free (s->public.key);
  g_free (s->string);
}

static ZtSubject *
subject_new (ZtSubjectType type,
             const char   *name,
             char         *string)
{
  Subject *s = g_atomic_rc_box_new0 (Subject);

  s->public.type = type;
  s->public.name = g_strdup (name);
  s->string = string;
  return &s->public;
}

ZtSubject *
zt_subject_new_local (void)
{
  return subject_new (ZT_SUBJECT_LOCAL, NULL, g_strdup ("local"));
}

ZtSubject *
zt_subject_new_client (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);
  return subject_new (ZT_SUBJECT_CLIENT, name, g_strconcat ("client:", name, NULL));
}

ZtSubject *
zt_subject_new_anonymous (void)
{
  return subject_new (ZT_SUBJECT_ANONYMOUS, NULL, g_strdup ("anonymous"));
}

ZtSubject *
zt_subject_new_peer (const char *spiffe_id,
                     const char *key)
{
  g_autofree char *user = NULL, *endpoint = NULL;
  ZtSubject *self;

  if (spiffe_id == NULL || !zt_spiffe_id_parse (spiffe_id, NULL, &user, &endpoint, NULL))
    return NULL;
  self = subject_new (ZT_SUBJECT_PEER, spiffe_id, g_strdup (spiffe_id));
  self->user = g_steal_pointer (&user);
  self->endpoint = g_steal_pointer (&endpoint);
  self->key = g_strdup (key);
  return self;
}

ZtSubject *
zt_subject_ref (ZtSubject *self)
{
  return &((Subject *) g_atomic_rc_box_acquire ((Subject *) self))->public;
}

void
zt_subject_unref (ZtSubject *self)
{
  g_atomic_rc_box_release_full ((Subject *) self, (GDestroyNotify) subject_clear);
}

const char *
zt_subject_to_string (const ZtSubject *self)
{
  return self ? ((const Subject *) self)->string : NULL;
}

const char *
zt_subject_display_name (const ZtSubject *self)
{
  if (self == NULL)
    return NULL;
  return self->type == ZT_SUBJECT_CLIENT || self->type == ZT_SUBJECT_PEER ? self->name : zt_subject_to_string (self);
}

gboolean
zt_subject_equal (const ZtSubject *a,
                  const ZtSubject *b)
{
  return a != NULL && b != NULL && a->type == b->type &&
         g_strcmp0 (zt_subject_to_string (a), zt_subject_to_string (b)) == 0;
}

gboolean
zt_mesh_instance_is_valid (const char *instance)
{
  gsize n = instance ? strlen (instance) : 0;

  if (n == 0 || n > 64)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (instance[i]) && instance[i] != '-')
      return FALSE;
  return TRUE;
}
