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

G_END_DECLS
