/* zt-agent-private.h: the agent's internals shared by its HTTP front and the era bridge */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "zt-agent.h"
#include "zt-session.h"
#include "zt-store.h"
#include "zt-mesh-client.h"

G_BEGIN_DECLS

typedef struct _ZtBridge ZtBridge;
typedef struct _ZtParked ZtParked;

struct _ZtAgent
{
  GObject     parent_instance;

  char       *home;
  char       *url;
  char       *host;
  guint       port;
  SoupServer *server;
  ZtStore    *store;
  GHashTable *services;       /* name -> ZtService */
  GHashTable *sessions;       /* id -> ZtSession */
  GHashTable *client_hashes;  /* sha256 hex -> client name */
  guint8      token_digest[32];
  gint64      started;
  guint       reap_source;
  ZtMeshClient *mesh;         /* NULL until the agent joins a mesh */
  char       *mesh_direct;    /* HOST:PORT for direct connections from importers, or NULL */
  GPtrArray  *mesh_peers;     /* MeshPeer being served (not owned) */
  GHashTable *bridges;        /* key -> ZtBridge: modern clients on session-era upstreams */
  GHashTable *parked;         /* id -> ZtParked: upstream calls waiting for a client's input */
  guint8      state_key[32];  /* HMAC key for requestState tokens */
};

/* A POST's answer starts undecided: a lone response goes back as plain JSON (one write with
 * a Content-Length, much cheaper than a chunked stream); the first message before the
 * response, or a response slower than SSE_AFTER_MS, turns it into an SSE stream. */
typedef enum { SINK_POST_UNDECIDED, SINK_POST_JSON, SINK_POST_SSE, SINK_GET, SINK_LEGACY } SinkKind;

#define SSE_AFTER_MS 1000

typedef struct {
  ZtSink             parent;
  SinkKind           kind;
  SoupServerMessage *msg;
  ZtSession         *session;  /* for standalone streams */
  gulong             finished_handler;
  guint              ping_source;
  guint              sse_timer;
  GSource           *hup_source;  /* watches for the client going away */
  gboolean           done;

  /* 2026-07-28 clients: their answers are translated on the way out */
  gboolean           modern;
  char              *method;      /* of the request this answers */
  JsonNode          *client_id;   /* the id to answer with */
  char              *log_level;   /* NULL: no log messages for this request */
  ZtBridge          *bridge;      /* not owned */
  ZtParked          *parked;      /* while waiting for the client's input */
} HttpSink;

void       _zt_agent_reply_jsonrpc_error (SoupServerMessage *msg,
                                          guint              status,
                                          JsonNode          *id,
                                          int                code,
                                          const char        *text);
void       _zt_agent_reply_jsonrpc_error_data (SoupServerMessage *msg,
                                          guint              status,
                                          JsonNode          *id,
                                          int                code,
                                          const char        *text,
                                          JsonNode          *data);
void       _zt_agent_reply_message      (SoupServerMessage *msg,
                                          guint              status,
                                          ZtMessage         *message);
gboolean   _zt_agent_accepts            (SoupServerMessage *msg,
                                          const char        *type);
HttpSink  *_zt_http_sink_new            (SoupServerMessage *msg,
                                          SinkKind           kind);
void       _zt_http_sink_send           (HttpSink          *sink,
                                          ZtMessage         *message,
                                          gboolean           final);
void       _zt_http_sink_watch_disconnect (HttpSink        *sink);
void       _zt_http_sink_write          (HttpSink          *sink,
                                          const char        *data,
                                          gsize              len);
ZtSession *_zt_agent_create_session     (ZtAgent           *self,
                                          ZtService         *service,
                                          const char        *client,
                                          GError           **error);
void       _zt_agent_close_session      (ZtAgent           *self,
                                          ZtSession         *session);

/* zt-bridge.c: serving 2026-07-28 clients from session-era upstreams */
gboolean   _zt_bridge_is_modern         (SoupServerMessage *msg,
                                          ZtMessage         *message);
void       _zt_bridge_handle_post       (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          ZtService         *service,
                                          const char        *client,
                                          ZtMessage         *message);
gboolean   _zt_bridge_sink_deliver      (HttpSink          *sink,
                                          ZtMessage         *message,
                                          gboolean           final);
void       _zt_bridge_sink_finished     (HttpSink          *sink);
void       _zt_bridge_sink_clear        (HttpSink          *sink);
void       _zt_bridge_init              (ZtAgent           *self);
void       _zt_bridge_shutdown          (ZtAgent           *self);

G_END_DECLS
