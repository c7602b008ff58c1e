/* zt-subject.h: who is calling (ZtSubject, typed), and the typed names of mesh members in grants */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Names of meshes, users and endpoints, and the SPIFFE ids made of them: the syntax every
 * layer checks identities with (the CA signs only these). Every name is 1 to 64 of
 * [A-Za-z0-9._-], and never "." or "..": they end up in file names and URL paths. */
#define ZT_NAME_MAX 64
#define ZT_SPIFFE_SCHEME "spiffe://"

/* Splits spiffe://<mesh>/user/<user>/endpoint/<endpoint>; nothing else is accepted (no
 * other scheme or case of it, port, userinfo, query, fragment, percent-encoding, empty,
 * "." or ".." segment, or extra segment). Each of @mesh, @user, @endpoint may be NULL. */
gboolean  zt_spiffe_id_parse   (const char      *uri,
                                char           **mesh,
                                char           **user,
                                char           **endpoint,
                                GError         **error);

/* The reverse of zt_spiffe_id_parse(); NULL if any name is not valid. */
char     *zt_spiffe_id_make    (const char      *mesh,
                                const char      *user,
                                const char      *endpoint);

/* Whether @name is 1 to ZT_NAME_MAX of [A-Za-z0-9._-] and not "." or "..". */
gboolean  zt_name_is_valid     (const char      *name);

/* Whether @instance is the id of one run of an agent, as agents make them and hubs list
 * them: 1 to 64 of [A-Za-z0-9-]. */
gboolean  zt_mesh_instance_is_valid (const char *instance);

/* A user and an endpoint may carry the same name, so a bare name in an export list would
 * grant to both: every subject says its kind. A plain NAME, as people type it, is a user. */
typedef enum {
  ZT_MEMBER_USER,
  ZT_MEMBER_ENDPOINT,
} ZtMemberKind;

#define ZT_SUBJECT_USER_PREFIX     "user:"
#define ZT_SUBJECT_ENDPOINT_PREFIX "endpoint:"

/* Parses "user:NAME", "endpoint:NAME" or "NAME" (a user); NAME is a valid mesh name
 * (zt_name_is_valid). @name may be NULL. Fails with ZT_ERROR_INVALID_ARGUMENT. */
gboolean  zt_subject_parse     (const char     *text,
                                ZtMemberKind  *kind,
                                char          **name,
                                GError        **error);
/* "user:NAME" or "endpoint:NAME" */
char     *zt_subject_format    (ZtMemberKind   kind,
                                const char     *name);
/* @text in its stored, typed form ("alice" -> "user:alice"), or NULL with @error set. */
char     *zt_subject_normalize (const char     *text,
                                GError        **error);
/* Whether @subject (any form zt_subject_parse takes) names the member @user / @endpoint:
 * a user subject matches the user only, an endpoint subject the endpoint only; "*" every
 * member. */
gboolean  zt_subject_matches   (const char     *subject,
                                const char     *user,
                                const char     *endpoint);

/* Who is calling: the typed identity of a session, and of every message a filter sees.
 * Names of different kinds never match each other: a client token named "alice" is not
 * the mesh user alice. */
typedef enum {
  ZT_SUBJECT_LOCAL,      /* the administrator token (api.json) */
  ZT_SUBJECT_CLIENT,     /* a client token (`zt4mcp client add NAME`) */
  ZT_SUBJECT_ANONYMOUS,  /* a loopback client of a service without local auth */
  ZT_SUBJECT_PEER,       /* a member of the mesh, by the identity in its certificate */
} ZtSubjectType;

typedef struct {
  ZtSubjectType  type;
  char          *name;       /* CLIENT: the client's name; PEER: the SPIFFE id */
  char          *user;       /* PEER */
  char          *endpoint;   /* PEER */
  char          *key;        /* PEER: SHA-256 (hex) of the public key it proved, if known */
} ZtSubject;

#define ZT_TYPE_SUBJECT (zt_subject_get_type ())
GType      zt_subject_get_type       (void) G_GNUC_CONST;
ZtSubject *zt_subject_new_local      (void);
ZtSubject *zt_subject_new_client     (const char      *name);
ZtSubject *zt_subject_new_anonymous  (void);
/* From a peer's SPIFFE id (spiffe://MESH/user/U/endpoint/E); NULL if it is not one. */
ZtSubject *zt_subject_new_peer       (const char      *spiffe_id,
                                      const char      *key);
ZtSubject *zt_subject_ref            (ZtSubject       *self);
void       zt_subject_unref          (ZtSubject       *self);
/* One string per subject, never the same for two: "local", "client:NAME", "anonymous", or
 * the SPIFFE id. Sessions are bound to it. */
const char *zt_subject_to_string     (const ZtSubject *self);
/* What people read: the client's name, the peer's SPIFFE id, "local", "anonymous". */
const char *zt_subject_display_name  (const ZtSubject *self);
gboolean   zt_subject_equal          (const ZtSubject *a,
                                      const ZtSubject *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtSubject, zt_subject_unref)

G_END_DECLS
