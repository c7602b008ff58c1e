/* zt-keystore.h: where an agent keeps its private keys: the Secret Service, else 0600 files */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ZtKeystore ZtKeystore;

typedef enum {
  ZT_KEYSTORE_AUTO,
  ZT_KEYSTORE_SECRET_SERVICE,
  ZT_KEYSTORE_FILE,
} ZtKeystoreBackend;

/* AUTO picks, in order: the environment variable ZT4MCP_KEYSTORE ("file" or
 * "secret-service"); the file backend when <home>/secrets/ already holds secrets (so keys
 * written on a machine without a keyring are not lost once one appears); the Secret Service
 * when one is running on the session bus with a default keyring; else the file backend.
 * An explicit SECRET_SERVICE fails when no usable Secret Service answers. */
ZtKeystore        *zt_keystore_new         (const char        *home,
                                            ZtKeystoreBackend  backend,
                                            GError           **error);
ZtKeystoreBackend  zt_keystore_get_backend (ZtKeystore        *self);
/* For status output: "Secret Service (GNOME Keyring)" or "file /home/secrets (0600)". */
const char        *zt_keystore_describe    (ZtKeystore        *self);
const char        *zt_keystore_backend_to_string (ZtKeystoreBackend backend);

/* Names match [A-Za-z0-9._-]{1,64} and do not start with '.'; secrets are UTF-8 text
 * (PEM keys, tokens). @label is what a keyring manager shows; NULL for a default. */
gboolean           zt_keystore_store       (ZtKeystore        *self,
                                            const char        *name,
                                            const char        *label,
                                            const char        *secret,
                                            GError           **error);
/* NULL without an error when there is no such secret. Free with zt_keystore_secret_free. */
char              *zt_keystore_lookup      (ZtKeystore        *self,
                                            const char        *name,
                                            GError           **error);
/* TRUE also when there was nothing to delete. */
gboolean           zt_keystore_delete      (ZtKeystore        *self,
                                            const char        *name,
                                            GError           **error);
void               zt_keystore_free        (ZtKeystore        *self);

/* Zeroes, then frees, a secret returned by zt_keystore_lookup. */
void               zt_keystore_secret_free (char              *secret);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtKeystore, zt_keystore_free)

G_END_DECLS
