/* zt-agent-private.h: the agent's internals shared by its HTTP front and the era bridge */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "zt-agent.h"
#include "zt-audit.h"
#include "zt-filter.h"
#include "zt-http-guard.h"
#include "zt-session.h"
#include "zt-store.h"
#include "zt-mesh-client.h"
#include "zt-transports.h"
#include "zt-worker.h"

G_BEGIN_DECLS

typedef struct _ZtBridge ZtBridge;
typedef struct _ZtParked ZtParked;
typedef struct _ZtBridgeState ZtBridgeState;

struct _ZtAgent
{
  GObject     parent_instance;

  char       *home;
  char       *url;
  char       *host;
  guint       port;
  SoupServer *server;
  ZtHttpGuard *guard;         /* header, body and idle limits of server's connections */
  ZtHttpGuardLimits http_limits;
  guint       request_timeout_ms; /* for an upstream's answer */
  guint       hub_timeout_ms;     /* a hub's silence before the agent connects again */
  ZtStore    *store;
  GHashTable *services;       /* name -> ZtService */
  GHashTable *sessions;       /* id -> ZtSession */
  GHashTable *client_hashes;  /* sha256 hex of a client token -> ZtClientRecord */
  GPtrArray  *filters;        /* ZtFilter: every chain gets them, in order */
  struct _ZtPinFilter *pin_filter;       /* first: tool definitions pinned, changes held back */
  struct _ZtPolicy *policy;   /* grants and groups (zt-agent-policy.c); its filter is second */
  struct _ZtScanFilter *scan_filter;     /* third: tool definitions scanned, blocked tools refused */
  struct _ZtSchemaFilter *schema_filter; /* fourth: tools/call against the tools' schemas */
  struct _ZtResultFilter *result_filter; /* fifth: tool results scanned, secrets redacted */
  GHashTable *rechecks;       /* service name -> its re-check after list_changed (zt-agent-tool-pins.c) */
  ZtTransports *transports;   /* makes the sessions' upstreams; lends them the mesh client */
  guint       n_http_workers; /* threads that read and write HTTP for the agent (0: none) */
  struct _ZtAgentFronts *fronts;
  GHashTable *chains;         /* "importer:NAME" / "exporter:NAME" -> ZtFilterChain */
  guint8      token_digest[32];
  gint64      started;
  GSource    *reap_source;
  GSource    *trim_source;     /* gives freed memory back to the system after sessions end */
  ZtMeshClient *mesh;         /* NULL until the agent joins a mesh */
  char       *mesh_direct;    /* HOST:PORT for direct connections from importers, or NULL */
  GPtrArray  *mesh_peers;     /* MeshPeer being served (not owned) */
  ZtBridgeState *bridge_state; /* the 2026-07-28 bridge's own (zt-bridge.c) */
  ZtAudit    *audit;          /* HOME/audit.db (zt-agent-audit.c) */
  struct _ZtAuditFilter *audit_filter; /* last in every chain */
  gint64      audit_max_age_s, audit_max_rows;  /* retention; 0: the defaults */
  gboolean    audit_disabled; /* benchmarks only */
  struct _ZtAgentLlm *llm;    /* llm services' relay (zt-agent-llm.c) */

  /* for the desktop app (zt-agent-events.c, zt-agent-mesh.c) */
  struct _ZtHub *hub;         /* the hub this agent hosts (HOME/hub), or NULL */
  gboolean    mesh_busy;      /* a join or a mesh creation is running */
  GHashTable *runtime;        /* service name -> ServiceRuntime: log lines, last failure */
  GPtrArray  *event_streams;  /* HttpSink: GET /api/v1/events */
  guint       events_pending; /* ZtAgentEvents not yet sent */
  GString    *events_log;     /* log events not yet sent */
  GSource    *events_source;  /* coalesces bursts */
};

typedef enum {
  ZT_AGENT_EVENT_MESH     = 1 << 0,
  ZT_AGENT_EVENT_SERVICES = 1 << 1,
  ZT_AGENT_EVENT_POLICY   = 1 << 2,
  ZT_AGENT_EVENT_ACCESS   = 1 << 3,
  ZT_AGENT_EVENT_AUDIT    = 1 << 4,  /* records were added */
  ZT_AGENT_EVENT_TOOLS    = 1 << 5,  /* tool changes held back, or approved (tool pinning) */
  ZT_AGENT_EVENT_CLIENTS  = 1 << 6,  /* client tokens made, revoked, or gone with a service */
} ZtAgentEvents;

/* The reserved mesh stream name of access requests (service names never start "zt4mcp.") */
#define ZT_ACCESS_STREAM   "zt4mcp.access"
#define ZT_RESERVED_PREFIX "zt4mcp."

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
  ZtSession         *feeds;    /* the session whose upstream writes here (or NULL) */
  gboolean           holding;  /* its upstream waits while the client catches up */
  GSource           *drain_timer;
  gulong             finished_handler;
  GSource           *ping_source;  /* in the agent's context (zt_timeout_source_attach) */
  GSource           *sse_timer;
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

/* HTTP front workers (zt-agent-front.c). A message a worker read is paused and handled here;
 * these do what libsoup's own calls would, through its worker when it has one. */
typedef struct _ZtAgentFronts ZtAgentFronts;
ZtAgentFronts *_zt_agent_fronts_start (ZtAgent           *self,
                                       guint              n,
                                       GInetAddress      *addr,
                                       guint              port,
                                       GError           **error);
void       _zt_agent_fronts_stop        (ZtAgentFronts     *fronts);
GSocket   *_zt_agent_reuseport_socket   (GInetAddress      *addr,
                                         guint              port,
                                         gboolean           listen,
                                         GError           **error);
void       _zt_agent_fronts_invalidate  (ZtAgentFronts     *fronts);
void       _zt_agent_fronts_set_limits  (ZtAgentFronts     *fronts,
                                         const ZtHttpGuardLimits *limits);
void       _zt_agent_check_headers      (ZtAgent           *self,
                                         SoupServerMessage *msg);
gboolean   _zt_agent_guard_reply        (SoupServerMessage *msg,
                                         guint              status,
                                         const char        *message);
void       _zt_agent_serve              (ZtAgent           *self,
                                         SoupServerMessage *msg,
                                         const char        *path);
void       _zt_msg_pause                (SoupServerMessage *msg);
void       _zt_msg_unpause              (SoupServerMessage *msg);
/* Returns what @msg holds not yet taken by its client, this included; G_MAXSIZE once its
 * stream was ended for holding more than the stream buffer. */
gsize      _zt_msg_body_append          (SoupServerMessage *msg,
                                         const char        *data,
                                         gsize              len);
gsize      _zt_msg_backlog              (SoupServerMessage *msg);
gsize      _zt_msg_stream_buffer        (void);
void       _zt_msg_body_complete        (SoupServerMessage *msg);
/* What a streaming answer may hold for a client that does not read, process-wide (0: no bound);
 * over it the stream is ended (zt_agent_set_stream_buffer ()). */
void       _zt_msg_set_stream_buffer    (gsize              bytes);
gulong     _zt_msg_connect_finished     (SoupServerMessage *msg,
                                         GCallback          func,
                                         gpointer           data);
struct _ZtWorker *_zt_msg_owner         (SoupServerMessage *msg);

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
/* Ends an open stream's body and stops its timers and watches (the agent is stopping). */
void       _zt_http_sink_end            (HttpSink          *sink);
void       _zt_http_sink_write          (HttpSink          *sink,
                                          const char        *data,
                                          gsize              len);
ZtSession *_zt_agent_create_session     (ZtAgent           *self,
                                          ZtService         *service,
                                          ZtSubject         *subject,
                                          GError           **error);
void       _zt_agent_settle_memory      (ZtAgent           *self);
void       _zt_agent_close_session      (ZtAgent           *self,
                                          ZtSession         *session);

/* zt-agent.c: shared by the API's parts */
void       _zt_agent_reply_json         (SoupServerMessage *msg,
                                          guint              status,
                                          JsonNode          *node);
void       _zt_agent_reply_error        (SoupServerMessage *msg,
                                          guint              status,
                                          const char        *code,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (4, 5);
/* The JSON object of a REST request body (strict RFC 8259 within the API's limits); NULL
 * with @error in ZT_ERROR, whose code gives the HTTP status (zt_error_to_http). */
JsonObject *_zt_agent_parse_json_body   (const char        *data,
                                         gsize              len,
                                         GError           **error);
/* The same for @msg's body, answering the error itself. */
JsonObject *_zt_agent_read_json_body    (SoupServerMessage *msg);
JsonNode  *_zt_agent_mesh_json          (ZtAgent           *self);
JsonNode  *_zt_agent_services_json      (ZtAgent           *self);
void       _zt_agent_mesh_reload        (ZtAgent           *self);

/* zt-agent-events.c: GET /api/v1/events, per-service logs and state */
void       _zt_agent_events_init        (ZtAgent           *self);
void       _zt_agent_events_shutdown    (ZtAgent           *self);
void       _zt_agent_events_handle      (ZtAgent           *self,
                                          SoupServerMessage *msg);
void       _zt_agent_events_changed     (ZtAgent           *self,
                                          ZtAgentEvents      what);
void       _zt_agent_service_log        (ZtAgent           *self,
                                          const char        *service,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (3, 4);
void       _zt_agent_service_set_failing (ZtAgent          *self,
                                          const char        *service,
                                          const char        *error);
void       _zt_agent_service_forget     (ZtAgent           *self,
                                          const char        *service);
/* "stopped" | "idle" | "running" | "failing"; *last_error is set when failing */
const char *_zt_agent_service_state     (ZtAgent           *self,
                                          ZtService         *service,
                                          guint              sessions,
                                          const char       **last_error);
/* zt-agent-tool-pins.c: the agent's side of tool pinning: GET /api/v1/services/NAME/pins,
 * POST .../pins/approve, and a fresh listing of a service's tools after list_changed */
void       _zt_agent_tool_pins_init     (ZtAgent           *self);
void       _zt_agent_api_service_accept (ZtAgent           *self,
                                         SoupServerMessage *msg,
                                         const char        *method,
                                         ZtService         *service);
void       _zt_agent_api_service_pins   (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          const char        *method,
                                          ZtService         *service,
                                          gboolean           approve);

/* zt-agent-tools.c: GET /api/v1/services/NAME/tools */
/* Lists @service's tools as the agent's own client, in a session of its own (its chain
 * decides as for any client); @done gets the tools (NULL on failure, with an HTTP status and
 * a message). Returns that session's id (NULL: none could be made; @done was told). */
typedef void (*ZtAgentToolsDone) (ZtAgent    *self,
                                  JsonArray  *tools,
                                  guint       status,
                                  const char *code,
                                  const char *message,
                                  gpointer    user_data);
char      *_zt_agent_list_tools         (ZtAgent           *self,
                                          ZtService         *service,
                                          ZtAgentToolsDone   done,
                                          gpointer           user_data,
                                          GDestroyNotify     destroy);
/* The same in @session, a live client's, as the agent's own request (the client never sees
 * it): no new upstream. FALSE when the session cannot carry it now (@done is not called,
 * @destroy is). */
gboolean   _zt_agent_list_tools_in      (ZtAgent           *self,
                                          ZtSession         *session,
                                          ZtAgentToolsDone   done,
                                          gpointer           user_data,
                                          GDestroyNotify     destroy);
void       _zt_agent_api_service_tools  (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          ZtService         *service);
/* The agent as an MCP client of its own session of @service, acting for its administrator,
 * to answer @msg (the tools list and call endpoints): NULL when the server cannot be reached
 * (@msg answered 502), else @msg is paused until _zt_agent_own_session_end. */
ZtSession *_zt_agent_own_session        (ZtAgent           *self,
                                          ZtService         *service,
                                          SoupServerMessage *msg);
/* Request @id: @method with @params (NULL for initialize: the agent's own), answered to @sink. */
void       _zt_agent_own_request        (ZtSession         *session,
                                          gint64             id,
                                          const char        *method,
                                          JsonNode          *params,
                                          ZtSink            *sink);
/* Unpauses @msg (answered) and closes @session from the main loop, not from inside its own
 * delivery of an answer. */
void       _zt_agent_own_session_end    (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          ZtSession         *session);
/* zt-agent-tool-call.c: POST /api/v1/services/NAME/tools/call */
void       _zt_agent_api_service_tool_call (ZtAgent        *self,
                                          SoupServerMessage *msg,
                                          const char        *method,
                                          const char        *name);
void       _zt_agent_api_service_log    (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          const char        *service);

/* zt-agent-mesh.c: joining, creating a mesh and hosting its hub, inviting */
void       _zt_agent_hub_start          (ZtAgent           *self);
void       _zt_agent_hub_stop           (ZtAgent           *self);
void       _zt_agent_hub_describe       (ZtAgent           *self,
                                          JsonObject        *mesh);
void       _zt_agent_api_mesh_join      (ZtAgent           *self,
                                          SoupServerMessage *msg);
void       _zt_agent_api_mesh_create    (ZtAgent           *self,
                                          SoupServerMessage *msg);
/* GET /mesh/hub (users, endpoints, pending invitations); DELETE /mesh/hub/members/NAME
 * (@collection "members") and /mesh/hub/invitations/ID ("invitations") */
void       _zt_agent_api_mesh_hub       (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          const char        *method,
                                          const char        *collection,
                                          const char        *name);
void       _zt_agent_api_mesh_invite    (ZtAgent           *self,
                                          SoupServerMessage *msg);

/* zt-agent-policy.c: grants, groups, access requests */
void       _zt_agent_policy_reload      (ZtAgent           *self);
void       _zt_agent_policy_forget_subject (ZtAgent        *self,
                                            const char     *subject);
/* Whether @service is offered to the member or a grant names it (the exporter's admission) */
gboolean   _zt_agent_policy_admits      (ZtAgent           *self,
                                          ZtService         *service,
                                          const char        *user,
                                          const char        *endpoint);
/* Who the hub is told may see @service: the export list and the grants, groups expanded */
char     **_zt_agent_policy_announced   (ZtAgent           *self,
                                          ZtService         *service);
gboolean   _zt_agent_policy_sync_exports (ZtAgent          *self,
                                          ZtService         *service,
                                          GError           **error);
void       _zt_agent_policy_serve_access (ZtAgent          *self,
                                          GTlsConnection    *tls,
                                          const char        *user,
                                          const char        *endpoint);
void       _zt_agent_api_policy         (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          const char        *method,
                                          char             **parts,
                                          guint              n);
void       _zt_agent_api_access         (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          const char        *method,
                                          char             **parts,
                                          guint              n);

/* zt-agent-pins.c: key continuity of peer identities */
/* FALSE with a ZT_ERROR_FORBIDDEN @error when @peer shows another key than the one pinned
 * at its first contact; a ZtMeshCheckFunc for the streams this agent opens */
/* @key (may be NULL): the SHA-256 of the peer's public key, when it passes */
gboolean   _zt_agent_pin_check          (ZtAgent           *self,
                                          GTlsConnection    *tls,
                                          const char        *peer,
                                          char             **key,
                                          GError           **error);
gboolean   _zt_agent_pin_check_exporter (GTlsConnection    *tls,
                                          const char        *peer,
                                          gpointer           user_data,
                                          GError           **error);
/* Adds "refused_keys" to GET /mesh when some peer was refused for a changed key */
void       _zt_agent_pins_describe      (ZtAgent           *self,
                                          JsonObject        *mesh);
void       _zt_agent_api_peers          (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          const char        *method,
                                          const char        *what);

/* zt-agent-audit.c: the audit log, its filter, GET /api/v1/audit... and /metrics */
gboolean   _zt_agent_audit_start        (ZtAgent           *self,
                                          GError           **error);
void       _zt_agent_audit_stop         (ZtAgent           *self);
/* Appends the audit filter, last, to a new chain. */
void       _zt_agent_audit_attach       (ZtAgent           *self,
                                          ZtFilterChain     *chain);
void       _zt_agent_audit_session_closed (ZtAgent         *self,
                                          const char        *session_id);
/* For code that records policy and access changes (zt_audit_record_admin); NULL when stopped */
ZtAudit   *_zt_agent_get_audit          (ZtAgent           *self);
/* An `admin` record of a change made through the REST API (its administrator, "local"):
 * @what ("policy.grant.add", ...) and @detail (may be NULL, redacted like arguments). */
void       _zt_agent_audit_admin        (ZtAgent           *self,
                                          const char        *what,
                                          JsonNode          *detail);
void       _zt_agent_api_audit          (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          const char        *method,
                                          const char        *what);
void       _zt_agent_handle_metrics     (ZtAgent           *self,
                                          SoupServerMessage *msg);

/* zt-bridge.c: serving 2026-07-28 clients from session-era upstreams */
gboolean   _zt_bridge_is_modern         (SoupServerMessage *msg,
                                          ZtMessage         *message);
void       _zt_bridge_handle_post       (ZtAgent           *self,
                                          SoupServerMessage *msg,
                                          ZtService         *service,
                                          ZtSubject         *subject,
                                          ZtMessage         *message);
gboolean   _zt_bridge_sink_deliver      (HttpSink          *sink,
                                          ZtMessage         *message,
                                          gboolean           final);
void       _zt_bridge_sink_finished     (HttpSink          *sink);
void       _zt_bridge_sink_clear        (HttpSink          *sink);
void       _zt_bridge_init              (ZtAgent           *self);
void       _zt_bridge_shutdown          (ZtAgent           *self);


/* The agent's parts (zt-agent-*.c) share these; each is defined where its concern is. */
#define API_BODY_LIMIT (1024 * 1024)

typedef enum { ZT_TOKEN_NONE, ZT_TOKEN_ADMIN, ZT_TOKEN_CLIENT } ZtTokenRole;

const char *_zt_agent_http_error_code (guint status);
void       _zt_agent_reply_gerror (SoupServerMessage *msg,
                                   const GError *error);
void       _zt_agent_sha256 (const char *text,
                             guint8 out[32]);
char *     _zt_agent_sha256_hex (const char *text);
char *     _zt_agent_random_token (void);
ZtTokenRole _zt_agent_authenticate (ZtAgent *self,
                                    SoupServerMessage *msg,
                                    const ZtClientRecord **client);
gboolean   _zt_agent_client_may_use (const ZtClientRecord *client,
                                     const char *service);
gboolean   _zt_agent_session_usable (ZtSession *session,
                                     ZtService *service,
                                     ZtSubject *subject);
gboolean   _zt_agent_remote_is_loopback (SoupServerMessage *msg);
const char *_zt_agent_route_path (const char *path,
                                   char      **canonical);
ZtService *_zt_agent_service_of_request (ZtAgent *self,
                                         SoupServerMessage *msg);
void       _zt_agent_front_door_refused (ZtAgent *self,
                                         SoupServerMessage *msg,
                                         const char *rule,
                                         const char *reason);
gboolean   _zt_agent_check_host_origin (ZtAgent *self,
                                        SoupServerMessage *msg);
gboolean   _zt_agent_load_clients (ZtAgent *self,
                                   GError **error);
void       _zt_agent_api_clients (ZtAgent *self,
                                  SoupServerMessage *msg,
                                  const char *method,
                                  const char *name);
void       _zt_agent_close_client_sessions (ZtAgent *self,
                                            const char *client);
void       _zt_agent_clients_drop_service (ZtAgent *self,
                                           const char *service);
void       _zt_agent_clients_save_last_use (ZtAgent *self);
gboolean   _zt_agent_api_authenticate (ZtAgent *self,
                                       SoupServerMessage *msg);
guint      _zt_agent_count_sessions (ZtAgent *self,
                                     const char *service);
void       _zt_agent_report_refusal (ZtAgent *self,
                                     ZtService *service,
                                     ZtSide side,
                                     ZtSubject *subject,
                                     const char *rule,
                                     const char *reason);
void       _zt_agent_close_service_sessions (ZtAgent *self,
                                             const char *name);
/* How the front door answers a refusal in an endpoint's own format: @code (may be NULL) is a
 * machine-readable reason ("service_stopped"). */
typedef void (*ZtAgentReplyFunc) (SoupServerMessage *msg,
                                  guint              status,
                                  const char        *code,
                                  const char        *text);
ZtService *_zt_agent_lookup_service_with (ZtAgent *self,
                                          SoupServerMessage *msg,
                                          const char *path,
                                          const char *prefix,
                                          char **rest,
                                          ZtSubject **subject,
                                          ZtAgentReplyFunc reply);
ZtService *_zt_agent_lookup_service_for (ZtAgent *self,
                                         SoupServerMessage *msg,
                                         const char *path,
                                         const char *prefix,
                                         char **rest,
                                         ZtSubject **subject);
void       _zt_agent_handle_mcp (ZtAgent *self,
                                 SoupServerMessage *msg,
                                 const char *path);
void       _zt_agent_handle_sse (ZtAgent *self,
                                 SoupServerMessage *msg,
                                 const char *path);
/* zt-agent-llm.c: llm services at /llm/NAME/v1 (docs/llm-chat.md) */
void       _zt_agent_llm_init (ZtAgent *self);
void       _zt_agent_llm_shutdown (ZtAgent *self);
void       _zt_agent_llm_recheck (ZtAgent   *self,
                                  ZtSubject *gone);
/* Whether the hubs list @remote of @peer as a model service (its "llm" list) */
gboolean   _zt_agent_llm_peer_lists (ZtAgent *self,
                                     const char *peer,
                                     const char *remote);
/* The mesh is left or reloaded: model streams served and pooled end */
void       _zt_agent_llm_mesh_gone (ZtAgent *self);
void       _zt_agent_handle_llm (ZtAgent *self,
                                 SoupServerMessage *msg,
                                 const char *path);
/* From got-headers: FALSE when @msg was refused (answered) */
gboolean   _zt_agent_llm_check_headers (ZtAgent *self,
                                        SoupServerMessage *msg,
                                        const char *path);
void       _zt_agent_llm_reply_error (SoupServerMessage *msg,
                                      guint status,
                                      const char *code,
                                      const char *text);
/* The exporting side: an importer's stream for an llm service, its peer admitted */
void       _zt_agent_llm_serve_stream (ZtAgent *self,
                                       GTlsConnection *tls,
                                       ZtService *service,
                                       ZtSubject *subject);
/* A REST body's write-only "api_key" goes to the key store (llm-key-NAME) and leaves @body,
 * which then says "api_key_keyring": true */
gboolean   _zt_agent_llm_take_key (ZtAgent *self,
                                   const char *name,
                                   JsonObject *body,
                                   GError **error);
/* A REST body's "secret_env" written as an object ({NAME: value, or null to keep the stored
 * one}) becomes the list of names the service keeps; the new values go to *@values (NAME ->
 * value, wiped when freed) for _zt_agent_secret_env_store once the rest is valid. A list of
 * names (what GET shows) must name variables @current (NULL: a new service) has. */
gboolean   _zt_agent_secret_env_take (ZtAgent *self,
                                      ZtService *current,
                                      JsonObject *body,
                                      GHashTable **values,
                                      GError **error);
gboolean   _zt_agent_secret_env_store (ZtAgent *self,
                                       const char *service,
                                       GHashTable *values,
                                       GError **error);
/* Deletes the stored values of the variables of @before not in @after (NULL: all). */
void       _zt_agent_secret_env_drop (ZtAgent *self,
                                      const char *service,
                                      char **before,
                                      char **after);
/* ZtTransports' ZtSecretEnvFunc (@user_data is the agent) */
char     **_zt_agent_secret_env_resolve (ZtService *service,
                                         GError **error,
                                         gpointer user_data);
/* Whether @service's API key can be read now (a file: its mode and owner) */
gboolean   _zt_agent_llm_check_key (ZtAgent *self,
                                    ZtService *service,
                                    GError **error);
void       _zt_agent_handle_api (ZtAgent *self,
                                 SoupServerMessage *msg,
                                 const char *path);
void       _zt_agent_announce_exports (ZtAgent *self);
void       _zt_agent_mesh_peers_recheck (ZtAgent *self);
void       _zt_agent_api_mesh_leave (ZtAgent *self,
                                     SoupServerMessage *msg);
void       _zt_agent_api_mesh (ZtAgent *self,
                               SoupServerMessage *msg,
                               const char *method,
                               gboolean reload);

G_END_DECLS
