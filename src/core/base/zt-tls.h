/* zt-tls.h: the process's TLS trust: nothing by default, the system's where asked for */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Makes the process's default TLS database one that trusts no certificate (once; later calls
 * do nothing). Mesh connections decide trust themselves (the mesh CA, in their
 * accept-certificate handlers); a connection made with glib-networking's default database
 * parses the whole system trust store into its own credentials first, about 1 MB and 12 ms
 * per connection, even when the caller drops the database before the handshake (libsoup 3.2
 * does so for a session whose tls-database is NULL). With this default, nothing is parsed,
 * and a connection that forgot to choose a database fails closed. */
void          zt_tls_setup            (void);

/* The system's trust store, for connections to the outside (HTTPS upstreams and model
 * endpoints): give it to their SoupSession as "tls-database". Calls zt_tls_setup(). */
GTlsDatabase *zt_tls_system_database  (void);

/* Key exchange: X25519 first. glib-networking gives every TLS connection of the process one
 * GnuTLS priority, taken from G_TLS_GNUTLS_PRIORITY when the process first makes one; by
 * default GnuTLS puts P-256 first, and X25519 costs a handshake less (each mesh stream opens
 * one, and alice, the hub and bob all take part). This sets the variable to
 * GnuTLS's default with glib-networking's addition and the same groups, X25519 moved first,
 * only when nothing else would differ (versions, ciphers, MACs, key exchanges, signatures,
 * certificate types, the set of groups), and only when neither the environment nor a
 * system-wide GnuTLS configuration chose a priority. Call it first thing in main(), before
 * any thread: it may set an environment variable. Returns whether it set it. */
gboolean      zt_tls_prefer_x25519    (void);

/* The priority zt_tls_prefer_x25519() would set, or NULL where it would set none (for tests). */
char         *zt_tls_x25519_first_priority (void);

G_END_DECLS
