/* zt-agent-thread.h: the agent core running in its own thread for the desktop app */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _ZtAgentThread ZtAgentThread;

/* Starts an agent on HOME (NULL: the default home) in a thread with its own GMainContext,
 * or, if a daemon already serves that home, attaches to it. Either way the caller gets the
 * URL and the local API token from HOME/api.json. */
ZtAgentThread *zt_agent_thread_start        (const char     *home,
                                             const char     *listen,
                                             GError        **error);
gboolean       zt_agent_thread_is_attached  (ZtAgentThread  *self);
const char    *zt_agent_thread_get_url      (ZtAgentThread  *self);
const char    *zt_agent_thread_get_token    (ZtAgentThread  *self);
const char    *zt_agent_thread_get_home     (ZtAgentThread  *self);
/* Stops the embedded agent (if any) and frees @self. */
void           zt_agent_thread_stop         (ZtAgentThread  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtAgentThread, zt_agent_thread_stop)

G_END_DECLS
