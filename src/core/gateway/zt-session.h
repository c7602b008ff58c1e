/* zt-session.h: one downstream MCP session relayed to one upstream connection */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-filter.h"
#include "zt-service.h"
#include "zt-upstream.h"

G_BEGIN_DECLS

/* Where messages for a client go: the SSE stream of one POST, its JSON body, a GET stream or
 * a legacy SSE stream. @final marks the response to the request the sink was opened for. */
typedef struct _ZtSink ZtSink;

typedef struct {
  void (*deliver)  (ZtSink *sink, ZtMessage *message, gboolean final);
  void (*finalize) (ZtSink *sink);
  /* optional, for streams: the session was closed, so the client's stream ends (a client
   * whose access was revoked keeps nothing open) */
  void (*end)      (ZtSink *sink);
} ZtSinkFuncs;

struct _ZtSink {
  const ZtSinkFuncs *funcs;
  gatomicrefcount    ref_count;
  gboolean           streaming;  /* can carry messages other than its final response */
  gboolean           closed;     /* the client went away */
};

void     zt_sink_init   (ZtSink *sink, const ZtSinkFuncs *funcs, gboolean streaming);
ZtSink  *zt_sink_ref    (ZtSink *sink);
void     zt_sink_unref  (ZtSink *sink);

#define ZT_TYPE_SESSION (zt_session_get_type ())

G_DECLARE_FINAL_TYPE (ZtSession, zt_session, ZT, SESSION, GObject)

/* @host makes its upstream (and again after a restart) and hears what happens to it */
ZtSession   *zt_session_new                (ZtService         *service,
                                            ZtUpstreamHost    *host);
/* How long the upstream may take to answer a request before the client gets a timeout error;
 * progress notifications restart the wait. 0: no limit. */
#define ZT_SESSION_DEFAULT_REQUEST_TIMEOUT_MS (300 * 1000)
void         zt_session_set_request_timeout (ZtSession  *self,
                                            guint        ms);
gboolean     zt_session_start              (ZtSession   *self,
                                            GError     **error);
const char  *zt_session_get_id             (ZtSession   *self);
ZtService   *zt_session_get_service        (ZtSession   *self);
const char  *zt_session_get_protocol_version (ZtSession *self);
/* Who opened the session (typed). Only the same subject may use it again. */
ZtSubject   *zt_session_get_subject        (ZtSession   *self);
void         zt_session_set_subject        (ZtSession   *self,
                                            ZtSubject   *subject);
/* zt_subject_to_string of the subject: "local", "client:NAME", "anonymous", a SPIFFE id */
const char  *zt_session_get_owner          (ZtSession   *self);
const char  *zt_session_get_client_name    (ZtSession   *self);
void         zt_session_set_client_name    (ZtSession   *self,
                                            const char  *client);
gint64       zt_session_get_last_activity  (ZtSession   *self);
guint        zt_session_get_n_pending      (ZtSession   *self);
gboolean     zt_session_has_stream         (ZtSession   *self);

/* Every message of the session, both ways, passes @chain (the service's chain on @side)
 * before it is relayed; without one (or with an empty one) nothing is filtered. */
void         zt_session_set_chain          (ZtSession     *self,
                                            ZtFilterChain *chain,
                                            ZtSide         side);

/* A message from the client; requests are answered through @sink. */
void         zt_session_handle             (ZtSession   *self,
                                            ZtMessage   *message,
                                            ZtSink      *sink);
/* A request of the agent's own in this live session (a tools/list after its server said its
 * tools changed): it passes the chain as the agent's, goes upstream under the gateway's own
 * id, and its answer reaches @sink only, never the client. FALSE (and nothing sent) when the
 * session cannot carry it now: closed, not yet initialized, or its upstream restarting. */
gboolean     zt_session_request_from_agent (ZtSession   *self,
                                            ZtMessage   *request,
                                            ZtSink      *sink);
void         zt_session_attach_stream      (ZtSession   *self,
                                            ZtSink      *sink);
void         zt_session_detach_stream      (ZtSession   *self,
                                            ZtSink      *sink);
/* A client's stream has too much not yet taken: its upstream's output is not read until every
 * hold is released (as many calls with FALSE as with TRUE). */
void         zt_session_hold_upstream      (ZtSession   *self,
                                            gboolean     hold);
void         zt_session_cancel_sink        (ZtSession   *self,
                                            ZtSink      *sink,
                                            const char  *reason);
guint        zt_session_retarget_sink      (ZtSession   *self,
                                            ZtSink      *old,
                                            ZtSink      *sink);
void         zt_session_close              (ZtSession   *self);

G_END_DECLS
