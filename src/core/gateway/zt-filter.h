/* zt-filter.h: the seam where every MCP message is decided: filters and their chain */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "zt-jsonrpc.h"
#include "zt-subject.h"

G_BEGIN_DECLS

/* Which end of the mesh a chain runs at: the importer serves local clients (and relays to a
 * local upstream or to a peer); the exporter serves a peer's session to its own upstream. */
typedef enum {
  ZT_SIDE_IMPORTER,
  ZT_SIDE_EXPORTER,
} ZtSide;

typedef enum {
  ZT_DIRECTION_TO_SERVER,  /* client -> upstream */
  ZT_DIRECTION_TO_CLIENT,  /* upstream -> client */
} ZtDirection;

/* Who made a message: the client, the server, or the agent itself (a replayed initialize,
 * a keep-alive ping, a cancellation it sends for a client that went away). */
typedef enum {
  ZT_ORIGIN_CLIENT,
  ZT_ORIGIN_SERVER,
  ZT_ORIGIN_AGENT,
} ZtOrigin;

/* What a filter sees of one message. Everything is borrowed for the call (a deferring
 * filter refs what it keeps). */
typedef struct {
  const char  *session_id;
  ZtSubject   *subject;    /* who is calling (typed) */
  const char  *service;
  ZtSide       side;
  ZtDirection  direction;
  ZtOrigin     origin;
  ZtMessage   *message;
  ZtMessage   *request;    /* for a response: the request it answers, else NULL */
} ZtFilterContext;

typedef enum {
  ZT_VERDICT_ALLOW,
  ZT_VERDICT_DENY,     /* a request is answered with a JSON-RPC error to its own id */
  ZT_VERDICT_REWRITE,  /* the message goes on as @replacement */
  ZT_VERDICT_DEFER,    /* from check (): ask decide_async */
} ZtVerdictKind;

typedef struct {
  ZtVerdictKind  kind;
  int            code;         /* DENY: the JSON-RPC error code (0: -32600) */
  char          *reason;       /* DENY: said to the client; also what observers record */
  char          *rule;         /* DENY, REWRITE: which rule decided, for the audit */
  ZtMessage     *replacement;  /* REWRITE */
  JsonNode      *data;         /* DENY: the JSON-RPC error's data (owned), or NULL */
} ZtVerdict;

void zt_verdict_clear (ZtVerdict *verdict);
void zt_verdict_deny  (ZtVerdict  *verdict,
                       const char *rule,
                       const char *format,
                       ...) G_GNUC_PRINTF (3, 4);

#define ZT_TYPE_FILTER (zt_filter_get_type ())
G_DECLARE_INTERFACE (ZtFilter, zt_filter, ZT, FILTER, GObject)

struct _ZtFilterInterface
{
  GTypeInterface parent_iface;

  /* Decides at once (ALLOW, DENY, REWRITE), or returns DEFER to be asked asynchronously.
   * Most filters decide at once; the chain then costs no allocation. */
  ZtVerdictKind (*check)          (ZtFilter              *self,
                                   const ZtFilterContext *context,
                                   ZtVerdict             *verdict);
  void          (*decide_async)   (ZtFilter              *self,
                                   const ZtFilterContext *context,
                                   GCancellable          *cancellable,
                                   GAsyncReadyCallback    callback,
                                   gpointer               user_data);
  /* FALSE with @error: the message is denied (fail closed), the error is the reason */
  gboolean      (*decide_finish)  (ZtFilter              *self,
                                   GAsyncResult          *result,
                                   ZtVerdict             *verdict,
                                   GError               **error);
  /* optional: told of refusals made before a message reached the chain (the audit) */
  void          (*refused)        (ZtFilter              *self,
                                   const ZtFilterContext *context,
                                   const char            *rule,
                                   const char            *reason);
};

const char *zt_filter_get_name (ZtFilter *self);

/* The outcome of one message: @message (the original or its rewrite) goes on, or it is
 * NULL and @denial says why (for a request, the session answers the client with it). A
 * dropped message (zt_filter_chain_drop) ends with neither. */
typedef void (*ZtFilterChainDone) (ZtMessage       *message,
                                   const ZtVerdict *denial,
                                   gpointer         user_data);

#define ZT_TYPE_FILTER_CHAIN (zt_filter_chain_get_type ())
G_DECLARE_FINAL_TYPE (ZtFilterChain, zt_filter_chain, ZT, FILTER_CHAIN, GObject)

ZtFilterChain *zt_filter_chain_new     (void);
void           zt_filter_chain_append  (ZtFilterChain         *self,
                                        ZtFilter              *filter);
guint          zt_filter_chain_get_n_filters (ZtFilterChain   *self);
/* Runs @context's message through the filters in order. @done is called exactly once,
 * and in submission order per session and direction: a message waits while an earlier one
 * of its session and direction is deferred (a cancellation never overtakes its request;
 * other sessions go on). With no deferring filter and nothing waiting, @done runs before
 * this returns. @context is copied. */
void           zt_filter_chain_submit  (ZtFilterChain         *self,
                                        const ZtFilterContext *context,
                                        ZtFilterChainDone      done,
                                        gpointer               user_data);
/* Drops a message still waiting in the chain (its decision is cancelled and @done is
 * called with neither message nor denial). Returns whether it was still waiting: a
 * request dropped this way never reached the server. */
gboolean       zt_filter_chain_drop    (ZtFilterChain         *self,
                                        const char            *session_id,
                                        ZtDirection            direction,
                                        ZtMessage             *message);
guint          zt_filter_chain_get_n_waiting (ZtFilterChain   *self);
/* Decisions made before a message reached the chain (authentication, Host/Origin, parse
 * and size limits, the exporter's admission) are reported here, so observers (the audit)
 * see them too: each filter's refused () and the ::refused signal. @context may lack a
 * message. */
void           zt_filter_chain_report_refusal (ZtFilterChain  *self,
                                        const ZtFilterContext *context,
                                        const char            *rule,
                                        const char            *reason);

G_END_DECLS
