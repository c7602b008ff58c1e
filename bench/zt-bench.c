/* zt-bench.c: tools/call round trips to zt-echo-server, direct over stdio, through a real agent and through a mesh */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* What it measures: the time from writing a tools/call request to having read its whole
 * answer, for N clients each keeping exactly one request in flight (a closed loop).
 *
 *   direct  N server processes, each driven over its own stdin/stdout pipes: the agent
 *           runs one upstream process per session, so this is the same shape without it.
 *   agent   a zt4mcp agent started here with a temporary home, the echo server added as a
 *           stdio service, and N streamable HTTP sessions, one keep-alive TCP connection
 *           each, speaking raw HTTP/1.1 to 127.0.0.1.
 *   mesh    a hub and two agents started here (alice and bob, joined with invitations):
 *           the echo server is a service of bob's, exported to alice and imported there,
 *           and the clients talk to alice as in the agent case. Each session is a stream
 *           alice -> hub -> bob, spliced by the hub, over mutual TLS.
 *
 * Also "cold stream": the time from an initialize POST to its answer on a new session,
 * which (through the mesh) opens a new stream through the hub; the median of a few.
 *
 * The client is one thread around epoll with no JSON library, so that on a small machine
 * it takes as little CPU from the processes under test as it can. */

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PROTOCOL_VERSION "2025-11-25"
#define SERVICE_NAME     "echo"
#define SETUP_TIMEOUT_MS 10000
#define STALL_TIMEOUT_NS (10 * G_GINT64_CONSTANT (1000000000))
#define MAX_CHILDREN     512
#define COLD_SESSIONS    20
#define MESH_NAME        "benchmesh"

/* ---------------------------------------------------------------------------------------- */
/* Options                                                                                  */

static double   opt_seconds = 2.0;
static double   opt_warmup = 0.5;
static char    *opt_clients = NULL;
static char    *opt_only = NULL;
static char    *opt_message = NULL;
static int      opt_size = -1;
static char    *opt_accept = NULL;
static gboolean opt_json = FALSE;
static char    *opt_agent = NULL;
static char    *opt_server = NULL;
static gboolean opt_keep_home = FALSE;
static gboolean opt_verbose = FALSE;
static int      opt_filters = 0;
static int      opt_http_workers = 0;
static gboolean opt_no_audit = FALSE;
static gboolean opt_no_schema = FALSE;
static gboolean opt_no_result_scan = FALSE;
static gboolean opt_grant = FALSE;
static char    *opt_idle = NULL;
static gboolean opt_upstreams = FALSE;
static int      opt_rounds = 3;
static char    *opt_url = NULL;
static char    *opt_url_name = NULL;
static char    *opt_url_token = NULL;

static const GOptionEntry entries[] = {
  { "seconds", 's', 0, G_OPTION_ARG_DOUBLE, &opt_seconds, "Measured time per case (default 2)", "S" },
  { "warmup", 'w', 0, G_OPTION_ARG_DOUBLE, &opt_warmup, "Unmeasured time before each case (default 0.5)", "S" },
  { "clients", 'c', 0, G_OPTION_ARG_STRING, &opt_clients, "Concurrent clients, a comma list (default 1,32)", "N,N" },
  { "only", 0, 0, G_OPTION_ARG_STRING, &opt_only, "Run only these cases: direct, agent, mesh, url, or a comma list (agent,url)", "CASE[,CASE]" },
  { "message", 'm', 0, G_OPTION_ARG_STRING, &opt_message, "Text to echo (default \"hello from zt-bench\")", "TEXT" },
  { "size", 0, 0, G_OPTION_ARG_INT, &opt_size, "Ask for answers of this many bytes of text instead", "BYTES" },
  { "accept", 0, 0, G_OPTION_ARG_STRING, &opt_accept, "Answers from the agent as sse (default) or json", "sse|json" },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, "Print one JSON object instead of the table", NULL },
  { "agent", 0, 0, G_OPTION_ARG_FILENAME, &opt_agent, "The zt4mcp binary (default: next to this build)", "PATH" },
  { "server", 0, 0, G_OPTION_ARG_FILENAME, &opt_server, "The zt-echo-server binary (default: next to this one)", "PATH" },
  { "keep-home", 0, 0, G_OPTION_ARG_NONE, &opt_keep_home, "Keep the temporary homes of the agents and hub (and their logs)", NULL },
  { "verbose", 'v', 0, G_OPTION_ARG_NONE, &opt_verbose, "Say what is going on, on stderr (agent pid for perf)", NULL },
  { "filters", 0, 0, G_OPTION_ARG_INT, &opt_filters, "Give each agent N filters that allow everything (the cost of the filter chain)", "N" },
  { "http-workers", 0, 0, G_OPTION_ARG_INT, &opt_http_workers, "Start each agent with --http-workers N", "N" },
  { "no-audit", 0, 0, G_OPTION_ARG_NONE, &opt_no_audit, "Run the agents without their audit log (the cost of the audit filter)", NULL },
  { "no-schema", 0, 0, G_OPTION_ARG_NONE, &opt_no_schema, "Run the agents without checking tools/call against the tool's inputSchema (the cost of the schema filter)", NULL },
  { "no-result-scan", 0, 0, G_OPTION_ARG_NONE, &opt_no_result_scan, "Run the agents without scanning tool results (the cost of the result filter)", NULL },
  { "grant", 0, 0, G_OPTION_ARG_NONE, &opt_grant, "Call the agent with a client token that a grant restricts (tools and a constraint): the policy decides every call", NULL },
  { "idle", 0, 0, G_OPTION_ARG_STRING, &opt_idle, "Instead of the default cases: the agent's CPU per call of one client with N idle sessions open, for each N (e.g. 0,200,1000)", "N,N" },
  { "upstreams", 0, 0, G_OPTION_ARG_NONE, &opt_upstreams, "Instead of the default cases: the agent's CPU per call and added p50 with a stdio and a streamable HTTP upstream", NULL },
  { "rounds", 0, 0, G_OPTION_ARG_INT, &opt_rounds, "Alternating rounds of --idle and --upstreams (default 3)", "N" },
  { "url", 0, 0, G_OPTION_ARG_STRING, &opt_url, "Also time another gateway already serving the echo server at this streamable HTTP URL on 127.0.0.1 (same client, same calls)", "URL" },
  { "url-name", 0, 0, G_OPTION_ARG_STRING, &opt_url_name, "The name --url's rows carry (default: url)", "NAME" },
  { "url-token", 0, 0, G_OPTION_ARG_STRING, &opt_url_token, "A bearer token for --url (default: none; an empty one is sent)", "TOKEN" },
  { NULL }
};

/* Whether --only asks for @what (everything when it is not given). */
static gboolean
only (const char *what)
{
  g_auto(GStrv) cases = NULL;

  if (opt_only == NULL)
    return TRUE;
  cases = g_strsplit (opt_only, ",", -1);
  return g_strv_contains ((const char * const *) cases, what);
}

/* ---------------------------------------------------------------------------------------- */
/* Children, and cleaning up after them even when interrupted                               */

/* Pids this process started, for the signal handler: a bench that is interrupted or stuck
 * must not leave an agent or servers behind. An agent is its own process group, so its
 * upstream servers go with it. */
static volatile pid_t children[MAX_CHILDREN];
static volatile gboolean child_is_group[MAX_CHILDREN];
static char *agent_home;   /* while an agent or a mesh runs: left behind on failure, for the logs */

static void
track_child (pid_t    pid,
             gboolean group)
{
  for (guint i = 0; i < MAX_CHILDREN; i++)
    if (children[i] == 0)
      {
        child_is_group[i] = group;
        children[i] = pid;
        return;
      }
}

static void
untrack_child (pid_t pid)
{
  for (guint i = 0; i < MAX_CHILDREN; i++)
    if (children[i] == pid)
      children[i] = 0;
}

/* Async-signal-safe: only kill, waitpid, nanosleep and write. An agent first gets SIGTERM
 * and two seconds, so it can stop its upstream servers itself (each runs in a process group
 * of its own, out of our reach); what is left then is killed. */
static void
stop_children_now (void)
{
  struct timespec tick = { 0, 10 * 1000 * 1000 };

  for (guint i = 0; i < MAX_CHILDREN; i++)
    if (children[i] > 0 && child_is_group[i])
      kill (children[i], SIGTERM);
  for (int round = 0; round < 200; round++)
    {
      gboolean waiting = FALSE;

      for (guint i = 0; i < MAX_CHILDREN; i++)
        if (children[i] > 0 && child_is_group[i])
          {
            if (waitpid (children[i], NULL, WNOHANG) == children[i])
              children[i] = 0;
            else
              waiting = TRUE;
          }
      if (!waiting)
        break;
      nanosleep (&tick, NULL);
    }
  for (guint i = 0; i < MAX_CHILDREN; i++)
    if (children[i] > 0)
      {
        kill (children[i], SIGKILL);
        if (child_is_group[i])
          kill (-children[i], SIGKILL);
      }
  /* reaped here, or they would stay zombies under an init that does not reap */
  for (guint i = 0; i < MAX_CHILDREN; i++)
    if (children[i] > 0)
      {
        waitpid (children[i], NULL, 0);
        children[i] = 0;
      }
}

static void
fatal_signal_handler (int sig)
{
  static const char text[] = "zt-bench: interrupted or out of time; stopped the agents, hub and servers\n";

  stop_children_now ();
  if (write (STDERR_FILENO, text, sizeof text - 1) < 0)
    { /* nothing more to do */ }
  _exit (sig == SIGALRM ? 3 : 130);
}

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
die (const char *format,
     ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  stop_children_now ();
  g_printerr ("zt-bench: %s\n", text);
  if (agent_home != NULL)
    g_printerr ("zt-bench: the temporary home, with the logs (*.log), is left in %s\n", agent_home);
  exit (1);
}

static void G_GNUC_PRINTF (1, 2)
say (const char *format,
     ...)
{
  va_list args;
  g_autofree char *text = NULL;

  if (!opt_verbose)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("zt-bench: %s\n", text);
}

/* Waits for PID to end, up to TIMEOUT_MS, then kills it. With GROUP, what is left of its
 * process group is killed too, while PID is still a zombie: until it is reaped its id
 * cannot be reused, so the group id still means our processes and nobody else's. */
static void
reap_child (pid_t    pid,
            int      timeout_ms,
            gboolean group)
{
  siginfo_t info;
  int waited;

  for (waited = 0; waited < timeout_ms; waited += 5)
    {
      memset (&info, 0, sizeof info);
      if (waitid (P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT) < 0 || info.si_pid == pid)
        break;
      g_usleep (5000);
    }
  if (waited >= timeout_ms)
    kill (pid, SIGKILL);
  if (group)
    kill (-pid, SIGKILL);   /* upstreams the agent did not get to stop */
  waitpid (pid, NULL, 0);
  untrack_child (pid);
}

static void
setpgid_child_setup (gpointer user_data)
{
  setpgid (0, 0);
}

static inline gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---------------------------------------------------------------------------------------- */
/* Connections                                                                              */

typedef enum { CONN_PIPE, CONN_HTTP } ConnKind;

typedef struct {
  ConnKind    kind;
  int         rfd;          /* pipe: the server's stdout; http: the socket */
  int         wfd;          /* pipe: the server's stdin; http: the socket */
  pid_t       pid;          /* pipe: the server */
  char       *session_id;   /* http: Mcp-Session-Id */
  GByteArray *in;           /* read, not yet parsed */
  GString    *req;          /* the request being built */
  GString    *body;         /* the answer's body, de-chunked */
  gint64      next_id;
  gint64      sent_at;
  gboolean    done;
} Conn;

/* Where the agent is and how to talk to it. */
typedef struct {
  char   *host_header;
  guint   port;
  char   *token;
  char   *path;
} Target;

static Target target;
static char *call_params;      /* the tools/call params, the same for every call */
static char *expect_text;      /* a piece of text every good answer holds */

static void
conn_free (Conn *c)
{
  if (c->rfd >= 0)
    close (c->rfd);
  if (c->wfd >= 0 && c->wfd != c->rfd)
    close (c->wfd);
  g_byte_array_unref (c->in);
  g_string_free (c->req, TRUE);
  g_string_free (c->body, TRUE);
  g_free (c->session_id);
  g_free (c);
}

static Conn *
conn_new (ConnKind kind,
          int      rfd,
          int      wfd)
{
  Conn *c = g_new0 (Conn, 1);

  c->kind = kind;
  c->rfd = rfd;
  c->wfd = wfd;
  c->in = g_byte_array_sized_new (16 * 1024);
  c->req = g_string_sized_new (1024);
  c->body = g_string_sized_new (1024);
  return c;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= n;
    }
  return TRUE;
}

/* Sends BODY, a JSON-RPC message: a line on a pipe, a POST over HTTP. */
static gboolean
conn_send (Conn       *c,
           const char *body,
           gsize       body_len,
           const char *accept)
{
  GString *r = c->req;

  g_string_truncate (r, 0);
  if (c->kind == CONN_PIPE)
    {
      g_string_append_len (r, body, body_len);
      g_string_append_c (r, '\n');
    }
  else
    {
      g_string_append_printf (r, "POST %s HTTP/1.1\r\n"
                              "Host: %s\r\n"
                              "Authorization: Bearer %s\r\n"
                              "Content-Type: application/json\r\n"
                              "Accept: %s\r\n",
                              target.path, target.host_header, target.token, accept);
      if (c->session_id != NULL)
        g_string_append_printf (r, "Mcp-Session-Id: %s\r\n"
                                "MCP-Protocol-Version: " PROTOCOL_VERSION "\r\n", c->session_id);
      g_string_append_printf (r, "Content-Length: %" G_GSIZE_FORMAT "\r\n\r\n", body_len);
      g_string_append_len (r, body, body_len);
    }
  c->sent_at = now_ns ();
  return write_all (c->wfd, r->str, r->len);
}

static const char *
accept_header (void)
{
  return g_strcmp0 (opt_accept, "json") == 0 ? "application/json"
                                               : "application/json, text/event-stream";
}

static gboolean
conn_send_call (Conn *c)
{
  g_autofree char *body = NULL;
  int len;

  c->next_id++;
  body = g_strdup_printf ("{\"jsonrpc\":\"2.0\",\"id\":%" G_GINT64_FORMAT ",\"method\":\"tools/call\","
                          "\"params\":%s}", c->next_id, call_params);
  len = strlen (body);
  return conn_send (c, body, len, accept_header ());
}

/* ---------------------------------------------------------------------------------------- */
/* Parsing answers                                                                          */

static gboolean
header_is (const char *line,
           gsize       len,
           const char *name,
           const char **value,
           gsize       *value_len)
{
  gsize n = strlen (name);

  if (len <= n || line[n] != ':' || g_ascii_strncasecmp (line, name, n) != 0)
    return FALSE;
  line += n + 1;
  len -= n + 1;
  while (len > 0 && (*line == ' ' || *line == '\t'))
    line++, len--;
  *value = line;
  *value_len = len;
  return TRUE;
}

/* Parses one HTTP response at the front of IN. Returns the bytes it took, 0 if the response
 * is not all there yet, -1 if it cannot be read. The body goes to C->body, chunks joined. */
static gssize
parse_http_response (Conn *c,
                     guint *status,
                     char **session_id)
{
  const char *buf = (const char *) c->in->data;
  gsize len = c->in->len;
  const char *head_end = g_strstr_len (buf, len, "\r\n\r\n");
  const char *p, *eol;
  gboolean chunked = FALSE;
  gssize content_length = -1;
  gsize pos;

  if (head_end == NULL)
    return 0;
  if (len < 12 || strncmp (buf, "HTTP/1.", 7) != 0)
    return -1;
  *status = atoi (buf + 9);

  for (p = g_strstr_len (buf, head_end + 2 - buf, "\r\n") + 2; p < head_end; p = eol + 2)
    {
      const char *v;
      gsize vlen;

      eol = g_strstr_len (p, head_end + 2 - p, "\r\n");
      if (header_is (p, eol - p, "Content-Length", &v, &vlen))
        content_length = g_ascii_strtoll (v, NULL, 10);
      else if (header_is (p, eol - p, "Transfer-Encoding", &v, &vlen))
        chunked = g_strstr_len (v, vlen, "chunked") != NULL;
      else if (session_id != NULL && header_is (p, eol - p, "Mcp-Session-Id", &v, &vlen))
        {
          g_free (*session_id);
          *session_id = g_strndup (v, vlen);
        }
    }

  pos = head_end + 4 - buf;
  g_string_truncate (c->body, 0);
  if (chunked)
    {
      for (;;)
        {
          const char *line = buf + pos;
          const char *crlf = g_strstr_len (line, len - pos, "\r\n");
          guint64 size;

          if (crlf == NULL)
            return 0;
          size = g_ascii_strtoull (line, NULL, 16);
          pos = crlf + 2 - buf;
          if (size == 0)
            {
              /* trailers, if any, end with an empty line */
              const char *tail = g_strstr_len (buf + pos - 2, len - pos + 2, "\r\n\r\n");
              if (tail == NULL)
                return 0;
              return tail + 4 - buf;
            }
          if (len - pos < size + 2)
            return 0;
          g_string_append_len (c->body, buf + pos, size);
          pos += size + 2;
        }
    }
  if (content_length >= 0)
    {
      if (len - pos < (gsize) content_length)
        return 0;
      g_string_append_len (c->body, buf + pos, content_length);
      return pos + content_length;
    }
  if (*status == 204 || *status == 304 || *status < 200)
    return pos;
  return -1;   /* a body that ends when the connection does: the agent never sends those */
}

/* Finds the first "id" member's integer value in a JSON text, without a parser. */
static gboolean
find_id (const char *text,
         gsize       len,
         gint64     *id)
{
  const char *p = g_strstr_len (text, len, "\"id\"");
  const char *end = text + len;

  if (p == NULL)
    return FALSE;
  for (p += 4; p < end && (*p == ' ' || *p == ':'); p++)
    ;
  if (p >= end || !g_ascii_isdigit (*p))
    return FALSE;
  *id = g_ascii_strtoll (p, NULL, 10);
  return TRUE;
}

/* Takes one whole answer off the front of C->in. Returns 1 and sets OK if there was one,
 * 0 if more must be read, -1 if the stream is broken. An answer is OK when it is a result
 * for the request in flight and holds the echoed text. */
static int
conn_take_answer (Conn     *c,
                  gboolean *ok)
{
  const char *text;
  gsize text_len;
  gint64 id = -1;

  if (c->kind == CONN_PIPE)
    {
      const char *nl = memchr (c->in->data, '\n', c->in->len);
      gsize line_len;

      if (nl == NULL)
        return 0;
      line_len = nl - (const char *) c->in->data;
      g_string_truncate (c->body, 0);
      g_string_append_len (c->body, (const char *) c->in->data, line_len);
      g_byte_array_remove_range (c->in, 0, line_len + 1);
      *ok = TRUE;
    }
  else
    {
      guint status = 0;
      gssize used = parse_http_response (c, &status, NULL);

      if (used <= 0)
        return used;
      g_byte_array_remove_range (c->in, 0, used);
      *ok = status == 200;
    }

  text = c->body->str;
  text_len = c->body->len;
  *ok = *ok && find_id (text, text_len, &id) && id == c->next_id &&
        g_strstr_len (text, text_len, "\"result\"") != NULL &&
        g_strstr_len (text, text_len, expect_text) != NULL;
  return 1;
}

static gboolean
conn_read_some (Conn *c)
{
  guint old = c->in->len;
  ssize_t n;

  g_byte_array_set_size (c->in, old + 64 * 1024);
  do
    n = read (c->rfd, c->in->data + old, 64 * 1024);
  while (n < 0 && errno == EINTR);
  g_byte_array_set_size (c->in, old + MAX (n, 0));
  return n > 0;
}

/* For setting up: waits for one HTTP response or one line, up to SETUP_TIMEOUT_MS. */
static gboolean
conn_wait_reply (Conn  *c,
                 guint *status)
{
  gint64 deadline = now_ns () + (gint64) SETUP_TIMEOUT_MS * 1000000;

  for (;;)
    {
      if (c->kind == CONN_HTTP)
        {
          gssize used = parse_http_response (c, status, &c->session_id);

          if (used < 0)
            return FALSE;
          if (used > 0)
            {
              g_byte_array_remove_range (c->in, 0, used);
              return TRUE;
            }
        }
      else
        {
          const char *nl = memchr (c->in->data, '\n', c->in->len);

          if (nl != NULL)
            {
              gsize line_len = nl - (const char *) c->in->data;

              g_string_truncate (c->body, 0);
              g_string_append_len (c->body, (const char *) c->in->data, line_len);
              g_byte_array_remove_range (c->in, 0, line_len + 1);
              *status = 200;
              return TRUE;
            }
        }

      {
        GPollFD pfd = { c->rfd, G_IO_IN, 0 };
        gint64 left = (deadline - now_ns ()) / 1000000;

        if (left <= 0 || g_poll (&pfd, 1, (int) left) <= 0 || !conn_read_some (c))
          return FALSE;
      }
    }
}

static const char initialize_body[] =
  "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
  PROTOCOL_VERSION "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"zt-bench\",\"version\":\"1\"}}}";
static const char initialized_body[] = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
static const char list_body[] = "{\"jsonrpc\":\"2.0\",\"id\":\"list\",\"method\":\"tools/list\"}";

/* The MCP handshake: initialize, then the initialized notification; then tools/list, as a
 * client does before it calls, so that the agent's schema filter knows the tool's
 * inputSchema and checks every call (--no-schema measures it off). */
static void
conn_handshake (Conn *c)
{
  guint status = 0;

  if (!conn_send (c, initialize_body, strlen (initialize_body), "application/json, text/event-stream") ||
      !conn_wait_reply (c, &status))
    die ("no answer to initialize (see the agent log with --keep-home)");
  if (status != 200 || strstr (c->body->str, "\"protocolVersion\"") == NULL)
    die ("initialize failed with status %u: %.300s", status, c->body->str);
  if (c->kind == CONN_HTTP && c->session_id == NULL)
    die ("the agent gave no Mcp-Session-Id for initialize");
  if (!conn_send (c, initialized_body, strlen (initialized_body), "application/json, text/event-stream"))
    die ("cannot send notifications/initialized");
  if (c->kind == CONN_HTTP && (!conn_wait_reply (c, &status) || status != 202))
    die ("notifications/initialized got status %u, not 202", status);
  if (!conn_send (c, list_body, strlen (list_body), "application/json, text/event-stream") ||
      !conn_wait_reply (c, &status) || (c->kind == CONN_HTTP && status != 200) ||
      strstr (c->body->str, "\"inputSchema\"") == NULL)
    die ("tools/list failed (status %u): %.300s", status, c->body->str);
}

/* ---------------------------------------------------------------------------------------- */
/* Running one case                                                                         */

typedef struct {
  const char *mode;
  guint       clients;
  guint64     calls;
  guint64     errors;
  double      seconds;
  double      rate;
  double      p50_us;
  double      p90_us;
  double      p99_us;
  double      max_us;
  double      mean_us;
} Result;

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return (x > y) - (x < y);
}

static double
percentile_us (GArray *sorted,
               double  q)
{
  gsize rank;

  if (sorted->len == 0)
    return 0;
  rank = (gsize) ceil (q * sorted->len);   /* nearest rank */
  rank = CLAMP (rank, 1, sorted->len);
  return g_array_index (sorted, gint64, rank - 1) / 1000.0;
}

static guint64 calls_in_case;   /* every answer of the last run_case, warm-up included */

/* Closed loop: every client sends its next call as soon as the last is answered. Calls
 * answered during the warm-up are not counted; nor are those still in flight at the end. */
static void
run_case (const char *mode,
          GPtrArray  *conns,
          Result     *result)
{
  g_autoptr(GArray) samples = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1 << 16);
  struct epoll_event events[64];
  int epfd = epoll_create1 (EPOLL_CLOEXEC);
  gint64 start, measure_from, measure_to, last_progress;
  guint active = conns->len;
  guint64 errors = 0, bad = 0;
  double sum = 0;

  memset (result, 0, sizeof *result);
  calls_in_case = 0;
  result->mode = mode;
  result->clients = conns->len;

  for (guint i = 0; i < conns->len; i++)
    {
      Conn *c = g_ptr_array_index (conns, i);
      struct epoll_event ev = { .events = EPOLLIN, .data.ptr = c };

      c->done = FALSE;
      if (epoll_ctl (epfd, EPOLL_CTL_ADD, c->rfd, &ev) < 0)
        die ("epoll_ctl: %s", g_strerror (errno));
    }

  start = now_ns ();
  measure_from = start + (gint64) (opt_warmup * 1e9);
  measure_to = measure_from + (gint64) (opt_seconds * 1e9);
  last_progress = start;

  for (guint i = 0; i < conns->len; i++)
    if (!conn_send_call (g_ptr_array_index (conns, i)))
      die ("cannot send a request: %s", g_strerror (errno));

  while (active > 0)
    {
      int n = epoll_wait (epfd, events, G_N_ELEMENTS (events), 1000);
      gint64 t;

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        die ("epoll_wait: %s", g_strerror (errno));
      t = now_ns ();
      if (n == 0 && t - last_progress > STALL_TIMEOUT_NS)
        die ("%s: no answers for %d s, %u calls still in flight", mode,
             (int) (STALL_TIMEOUT_NS / 1000000000), active);

      for (int e = 0; e < n; e++)
        {
          Conn *c = events[e].data.ptr;
          gboolean ok;
          int got;

          if (!conn_read_some (c))
            die ("%s: %s closed the connection mid-run", mode, c->kind == CONN_PIPE ? "a server" : "the agent");
          got = conn_take_answer (c, &ok);
          if (got < 0)
            die ("%s: an answer could not be parsed", mode);
          if (got == 0)
            continue;
          if (c->in->len > 0)
            die ("%s: more than one answer to one request", mode);

          last_progress = t;
          calls_in_case++;
          if (!ok && bad++ == 0)
            g_printerr ("zt-bench: %s: a bad answer: %.300s\n", mode, c->body->str);
          if (t >= measure_from && t <= measure_to)
            {
              gint64 latency = t - c->sent_at;

              if (ok)
                {
                  g_array_append_val (samples, latency);
                  sum += latency;
                }
              else
                errors++;
            }

          if (t >= measure_to)
            {
              c->done = TRUE;
              active--;
            }
          else if (!conn_send_call (c))
            die ("%s: cannot send a request: %s", mode, g_strerror (errno));
        }
    }
  close (epfd);

  g_array_sort (samples, compare_gint64);
  result->calls = samples->len;
  result->errors = errors;
  result->seconds = opt_seconds;
  result->rate = samples->len / opt_seconds;
  result->p50_us = percentile_us (samples, 0.50);
  result->p90_us = percentile_us (samples, 0.90);
  result->p99_us = percentile_us (samples, 0.99);
  result->max_us = percentile_us (samples, 1.0);
  result->mean_us = samples->len ? sum / samples->len / 1000.0 : 0;
  say ("%s, %u clients: %" G_GUINT64_FORMAT " calls, p50 %.1f us", mode, result->clients,
       result->calls, result->p50_us);
}

/* ---------------------------------------------------------------------------------------- */
/* Direct                                                                                   */

static Conn *
spawn_server (void)
{
  const char *argv[] = { opt_server, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int in_fd, out_fd;
  Conn *c;

  if (!g_spawn_async_with_pipes_and_fds (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                         -1, -1, -1, NULL, NULL, 0,
                                         &pid, &in_fd, &out_fd, NULL, &error))
    die ("cannot start %s: %s", opt_server, error->message);
  track_child (pid, FALSE);
  c = conn_new (CONN_PIPE, out_fd, in_fd);
  c->pid = pid;
  return c;
}

static void
close_servers (GPtrArray *conns)
{
  /* closing stdin is how a stdio MCP server is told to stop */
  for (guint i = 0; i < conns->len; i++)
    {
      Conn *c = g_ptr_array_index (conns, i);

      close (c->wfd);
      c->wfd = -1;
    }
  for (guint i = 0; i < conns->len; i++)
    reap_child (((Conn *) g_ptr_array_index (conns, i))->pid, 2000, FALSE);
}

static void
run_direct (guint   clients,
            Result *result)
{
  g_autoptr(GPtrArray) conns = g_ptr_array_new_with_free_func ((GDestroyNotify) conn_free);

  say ("direct: starting %u servers", clients);
  for (guint i = 0; i < clients; i++)
    {
      Conn *c = spawn_server ();

      g_ptr_array_add (conns, c);
      conn_handshake (c);
    }
  run_case ("direct", conns, result);
  close_servers (conns);
}

/* ---------------------------------------------------------------------------------------- */
/* Through the agent                                                                        */

typedef struct {
  char  *home;
  pid_t  pid;
  guint  port;
  char  *token;
} Agent;

/* The environment for the CLI and agents: NULL for ours; for the mesh, with
 * ZT4MCP_KEYSTORE=file, so that keys are kept in the temporary homes. */
static char **cli_envp;

/* Runs `zt4mcp ARGS...` to the end; returns what it printed on stdout. */
static char *
run_cli (const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, opt_agent);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, cli_envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    die ("cannot run %s: %s", opt_agent, error->message);
  if (!g_spawn_check_wait_status (status, NULL))
    die ("`zt4mcp %s %s` failed: %s%s", args[0], args[1], out, err);
  return g_steal_pointer (&out);
}

/* Starts `zt4mcp ARGS...` in the background, in a process group of its own (so whatever it
 * starts can be killed with it if need be), stdout and stderr to LOG_PATH. */
static pid_t
spawn_cli (const char **args,
           const char  *log_path)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GPid pid;
  int log_fd = g_open (log_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  if (log_fd < 0)
    die ("cannot write %s: %s", log_path, g_strerror (errno));
  g_ptr_array_add (argv, opt_agent);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_async_with_pipes_and_fds (NULL, (const char * const *) argv->pdata, (const char * const *) cli_envp,
                                         G_SPAWN_DO_NOT_REAP_CHILD, setpgid_child_setup, NULL,
                                         -1, log_fd, log_fd, NULL, NULL, 0, &pid, NULL, NULL, NULL, &error))
    die ("cannot start %s: %s", opt_agent, error->message);
  close (log_fd);
  track_child (pid, TRUE);
  return pid;
}

static void G_GNUC_NORETURN
die_with_log (const char *what,
              const char *log_path)
{
  g_autofree char *log = NULL;

  g_file_get_contents (log_path, &log, NULL, NULL);
  die ("%s did not start:\n%s", what, log ? log : "");
}

/* Starts `zt4mcp agent serve` on 127.0.0.1:0 in AGENT->home, which exists, and waits for
 * its api.json (written whole, with a rename, once the agent listens). */
static void
launch_agent (Agent      *agent,
              const char *what)
{
  g_autofree char *log_path = g_build_filename (agent->home, "agent.log", NULL);
  g_autofree char *api_path = g_build_filename (agent->home, "api.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  const char *url;

  g_ptr_array_add (argv, g_strdup ("agent"));
  g_ptr_array_add (argv, g_strdup ("serve"));
  g_ptr_array_add (argv, g_strdup ("--home"));
  g_ptr_array_add (argv, g_strdup (agent->home));
  g_ptr_array_add (argv, g_strdup ("--listen"));
  g_ptr_array_add (argv, g_strdup ("127.0.0.1:0"));
  if (opt_http_workers > 0)
    {
      g_ptr_array_add (argv, g_strdup ("--http-workers"));
      g_ptr_array_add (argv, g_strdup_printf ("%d", opt_http_workers));
    }
  if (opt_no_audit)
    g_ptr_array_add (argv, g_strdup ("--no-audit-for-benchmarks"));
  if (opt_no_schema)
    g_ptr_array_add (argv, g_strdup ("--no-schema-for-benchmarks"));
  if (opt_no_result_scan)
    g_ptr_array_add (argv, g_strdup ("--no-result-scan-for-benchmarks"));
  if (opt_filters > 0)
    {
      /* filters that let everything through: the cost of the seam itself */
      g_autofree char *rules = g_build_filename (agent->home, "no-op-filter.json", NULL);

      if (!g_file_set_contents (rules, "{\"rules\": []}", -1, NULL))
        die ("cannot write %s", rules);
      for (int i = 0; i < opt_filters; i++)
        {
          g_ptr_array_add (argv, g_strdup ("--test-filter"));
          g_ptr_array_add (argv, g_strdup (rules));
        }
    }
  g_ptr_array_add (argv, NULL);

  agent->pid = spawn_cli ((const char **) argv->pdata, log_path);
  say ("%s: pid %d, home %s", what, (int) agent->pid, agent->home);

  for (int waited = 0; !json_parser_load_from_file (parser, api_path, NULL); waited += 10)
    {
      if (waited > SETUP_TIMEOUT_MS || waitpid (agent->pid, NULL, WNOHANG) == agent->pid)
        {
          untrack_child (agent->pid);
          die_with_log (what, log_path);
        }
      g_usleep (10000);
    }

  {
    JsonObject *api = json_node_get_object (json_parser_get_root (parser));
    g_autoptr(GUri) uri = NULL;

    url = json_object_get_string_member_with_default (api, "url", NULL);
    uri = url ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
    if (uri == NULL || g_strcmp0 (g_uri_get_host (uri), "127.0.0.1") != 0)
      die ("%s is not on 127.0.0.1 but %s", what, url ? url : "(no url)");
    agent->port = g_uri_get_port (uri);
    agent->token = g_strdup (json_object_get_string_member_with_default (api, "token", ""));
  }
}

/* The clients talk to AGENT's /mcp/echo from now on. */
static void
set_target (const Agent *agent)
{
  g_free (target.host_header);
  g_free (target.token);
  g_free (target.path);
  target.port = agent->port;
  target.host_header = g_strdup_printf ("127.0.0.1:%u", agent->port);
  target.token = g_strdup (agent->token);
  target.path = g_strdup ("/mcp/" SERVICE_NAME);
}

/* headroom over the clients: sessions are only reaped when closed or idle */
static char *
max_sessions_for (guint max_clients)
{
  return g_strdup_printf ("%u", MAX (40, max_clients + 8));
}

static void
start_agent (Agent *agent,
             guint  max_clients)
{
  g_autofree char *max_sessions = max_sessions_for (max_clients);
  g_autoptr(GError) error = NULL;

  agent->home = g_dir_make_tmp ("zt-bench-XXXXXX", &error);
  if (agent->home == NULL)
    die ("cannot make a temporary home: %s", error->message);
  agent_home = agent->home;
  launch_agent (agent, "agent");
  set_target (agent);
  {
    const char *args[] = { "service", "add", SERVICE_NAME, "--home", agent->home, "--stdio",
                           "--max-sessions", max_sessions, "--idle-timeout", "0", "--", opt_server, NULL };
    g_free (run_cli (args));
  }
  if (opt_grant)
    {
      /* a client token restricted by a grant: the policy looks up the grant, matches the
       * tool and tests an argument on every call, as it does for a mesh peer */
      const char *add[] = { "client", "add", "bench", "--home", agent->home, "--json", NULL };
      const char *grant[] = { "policy", "add", "--home", agent->home, "--service", SERVICE_NAME,
                              "--subject", "client:bench", "--tools", "ech?",
                              "--constraint", opt_size > 0 ? "/size min 0" : "/message regex ^.*$", NULL };
      g_autofree char *out = run_cli (add);
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonNode *root;

      if (!json_parser_load_from_data (parser, out, -1, NULL) || !JSON_NODE_HOLDS_OBJECT (root = json_parser_get_root (parser)))
        die ("`zt4mcp client add` printed no JSON: %s", out);
      g_free (target.token);
      target.token = g_strdup (json_object_get_string_member_with_default (json_node_get_object (root), "token", ""));
      g_free (run_cli (grant));
    }
}

static void
rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rm_rf (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* SIGTERM, so it stops its own upstream servers; then what is left of its group is killed. */
static void
stop_process (pid_t *pid)
{
  if (*pid > 0)
    {
      kill (*pid, SIGTERM);
      reap_child (*pid, 3000, TRUE);
      *pid = 0;
    }
}

static void
stop_agent (Agent *agent)
{
  stop_process (&agent->pid);
  agent_home = NULL;
  if (opt_keep_home)
    g_printerr ("zt-bench: kept the agent's home, with agent.log, in %s\n", agent->home);
  else
    rm_rf (agent->home);
  g_clear_pointer (&agent->home, g_free);
  g_clear_pointer (&agent->token, g_free);
}

static Conn *
connect_agent (void)
{
  struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons (target.port) };
  int one = 1;
  int fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);

  addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  if (fd < 0 || connect (fd, (struct sockaddr *) &addr, sizeof addr) < 0)
    die ("cannot connect to 127.0.0.1:%u: %s", target.port, g_strerror (errno));
  /* requests are small and written whole: no reason to let Nagle hold them back */
  setsockopt (fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return conn_new (CONN_HTTP, fd, fd);
}

/* Ends a session the way a client should, so its upstream process goes away. */
static void
close_session (Conn *c)
{
  guint status = 0;

  g_string_printf (c->req, "DELETE %s HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\n"
                   "Mcp-Session-Id: %s\r\nMCP-Protocol-Version: " PROTOCOL_VERSION "\r\n"
                   "Content-Length: 0\r\n\r\n",
                   target.path, target.host_header, target.token, c->session_id);
  if (!write_all (c->wfd, c->req->str, c->req->len) || !conn_wait_reply (c, &status) || status >= 300)
    g_printerr ("zt-bench: closing session %.8s: status %u\n", c->session_id, status);
}

/* N sessions to the target (the agent, or alice in the mesh), then the closed loop. */
static void
run_http (const char *mode,
          guint       clients,
          Result     *result)
{
  g_autoptr(GPtrArray) conns = g_ptr_array_new_with_free_func ((GDestroyNotify) conn_free);

  say ("%s: opening %u sessions", mode, clients);
  for (guint i = 0; i < clients; i++)
    {
      Conn *c = connect_agent ();

      g_ptr_array_add (conns, c);
      conn_handshake (c);
    }
  run_case (mode, conns, result);
  for (guint i = 0; i < conns->len; i++)
    close_session (g_ptr_array_index (conns, i));
}

/* Cold sessions: how long a new session's initialize takes to be answered. Through the
 * agent that includes starting an upstream server; through the mesh, also a stream alice ->
 * hub -> bob (a warm one, opened ahead, when there is one ready). One at a time, each closed
 * with DELETE before the next: back to back (@gap_ms 0), the worst case, where the stream
 * opened ahead for the next session is often not ready yet; or COLD_GAP_MS apart, as
 * sessions usually come. */
#define COLD_GAP_MS 100

typedef struct {
  const char *mode;
  guint       gap_ms;
  guint       sessions;
  double      median_us;
  double      min_us;
  double      max_us;
} Cold;

static void
run_cold (const char *mode,
          guint       gap_ms,
          Cold       *cold)
{
  g_autoptr(GArray) samples = g_array_sized_new (FALSE, FALSE, sizeof (gint64), COLD_SESSIONS);

  say ("%s: %d cold sessions", mode, COLD_SESSIONS);
  for (guint i = 0; i < COLD_SESSIONS; i++)
    {
      Conn *c = connect_agent ();
      guint status = 0;
      gint64 took;

      if (!conn_send (c, initialize_body, strlen (initialize_body), "application/json, text/event-stream") ||
          !conn_wait_reply (c, &status))
        die ("%s: no answer to initialize on a new session", mode);
      took = now_ns () - c->sent_at;
      if (status != 200 || c->session_id == NULL || strstr (c->body->str, "\"protocolVersion\"") == NULL)
        die ("%s: initialize on a new session failed with status %u: %.300s", mode, status, c->body->str);
      g_array_append_val (samples, took);
      close_session (c);
      conn_free (c);
      if (gap_ms > 0)
        g_usleep (gap_ms * 1000);
    }
  g_array_sort (samples, compare_gint64);
  cold->mode = mode;
  cold->gap_ms = gap_ms;
  cold->sessions = samples->len;
  /* the median of an even count: the mean of the middle two */
  cold->median_us = (g_array_index (samples, gint64, (samples->len - 1) / 2) +
                     g_array_index (samples, gint64, samples->len / 2)) / 2000.0;
  cold->min_us = g_array_index (samples, gint64, 0) / 1000.0;
  cold->max_us = g_array_index (samples, gint64, samples->len - 1) / 1000.0;
}

/* ---------------------------------------------------------------------------------------- */
/* Scaling: the agent's own CPU per call, against a baseline of the same run                */

/* utime + stime of PID, in clock ticks (/proc/PID/stat, fields 14 and 15). */
static guint64
cpu_ticks (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;

  if (!g_file_get_contents (path, &text, NULL, NULL) || (after = strrchr (text, ')')) == NULL)
    die ("cannot read %s", path);
  /* after the command's ")": field 3 (state) is fields[0], so utime (14) is fields[11] */
  fields = g_strsplit (after + 2, " ", 14);
  if (g_strv_length (fields) < 14)
    die ("%s is not what was expected", path);
  return g_ascii_strtoull (fields[11], NULL, 10) + g_ascii_strtoull (fields[12], NULL, 10);
}

/* One measured case of a scaling run: RESULT as run_case gives it, and PID's CPU ticks per
 * 1 000 calls over the whole case (warm-up included, calls answered in it too). */
typedef struct {
  char   *label;
  GArray *ticks_per_k;   /* double, one per round */
  GArray *p50_us;        /* double, one per round */
  GArray *rate;          /* double, one per round */
} Series;

static Series *
series_new (const char *label)
{
  Series *s = g_new0 (Series, 1);

  s->label = g_strdup (label);
  s->ticks_per_k = g_array_new (FALSE, FALSE, sizeof (double));
  s->p50_us = g_array_new (FALSE, FALSE, sizeof (double));
  s->rate = g_array_new (FALSE, FALSE, sizeof (double));
  return s;
}

static void
series_free (Series *s)
{
  g_free (s->label);
  g_array_unref (s->ticks_per_k);
  g_array_unref (s->p50_us);
  g_array_unref (s->rate);
  g_free (s);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median_of (GArray *values)
{
  g_autoptr(GArray) sorted = g_array_copy (values);

  if (sorted->len == 0)
    return 0;
  g_array_sort (sorted, compare_double);
  return (g_array_index (sorted, double, (sorted->len - 1) / 2) +
          g_array_index (sorted, double, sorted->len / 2)) / 2;
}

/* One client's closed loop against the current target, with PID's CPU ticks counted. */
static void
measure_one (const char *mode,
             pid_t       pid,
             Series     *series)
{
  g_autoptr(GPtrArray) conns = g_ptr_array_new_with_free_func ((GDestroyNotify) conn_free);
  Conn *c = NULL;
  Result r;
  guint64 before, after;
  double per_k;

  c = pid > 0 ? connect_agent () : spawn_server ();
  g_ptr_array_add (conns, c);
  conn_handshake (c);
  before = pid > 0 ? cpu_ticks (pid) : 0;
  run_case (mode, conns, &r);
  after = pid > 0 ? cpu_ticks (pid) : 0;
  if (r.errors > 0 || r.calls == 0)
    die ("%s: %" G_GUINT64_FORMAT " errors in %" G_GUINT64_FORMAT " calls", mode, r.errors, r.calls);
  per_k = calls_in_case ? (after - before) * 1000.0 / calls_in_case : 0;
  g_array_append_val (series->ticks_per_k, per_k);
  g_array_append_val (series->p50_us, r.p50_us);
  g_array_append_val (series->rate, r.rate);
  say ("%s: %" G_GUINT64_FORMAT " ticks for %" G_GUINT64_FORMAT " calls, p50 %.1f us", series->label,
       after - before, calls_in_case, r.p50_us);
  if (pid > 0)
    close_session (c);
  else
    close_servers (conns);
}

static void
print_series (GPtrArray  *all,
              const char *ratio_to)
{
  const Series *base = NULL;
  long ticks = sysconf (_SC_CLK_TCK);

  for (guint i = 0; i < all->len; i++)
    if (strcmp (((Series *) g_ptr_array_index (all, i))->label, ratio_to) == 0)
      base = g_ptr_array_index (all, i);
  g_print ("%-24s %6s %14s %12s %10s %9s %9s\n", "case", "rounds", "ticks/1k calls", "ms/1k calls",
           "vs base", "p50 us", "calls/s");
  for (guint i = 0; i < all->len; i++)
    {
      const Series *s = g_ptr_array_index (all, i);
      double t = median_of (s->ticks_per_k);
      double b = base ? median_of (base->ticks_per_k) : 0;
      char ratio[32] = "-";

      if (b > 0 && t > 0)
        g_snprintf (ratio, sizeof ratio, "%.2fx", t / b);
      g_print ("%-24s %6u %14.1f %12.0f %10s %9.1f %9.0f\n", s->label, s->ticks_per_k->len, t,
               t * 1000.0 / ticks, ratio, median_of (s->p50_us), median_of (s->rate));
    }
}

/* Idle sessions: one client's calls with N other sessions open and idle on the same service
 * (initialized, then nothing, their keep-alive connections kept), N in IDLE, rounds
 * alternating so that the machine's drift falls on every N alike. */
static void
run_idle_scaling (GArray *idle,
                  guint   rounds)
{
  g_autoptr(GPtrArray) idlers = g_ptr_array_new_with_free_func ((GDestroyNotify) conn_free);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  guint most = 0;
  Agent agent = { 0 };

  for (guint i = 0; i < idle->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u idle sessions", g_array_index (idle, guint, i));

      most = MAX (most, g_array_index (idle, guint, i));
      g_ptr_array_add (all, series_new (label));
    }
  start_agent (&agent, most + 1);
  for (guint round = 0; round < rounds; round++)
    for (guint i = 0; i < idle->len; i++)
      {
        guint n = g_array_index (idle, guint, i);

        while (idlers->len > n)
          {
            close_session (g_ptr_array_index (idlers, idlers->len - 1));
            g_ptr_array_remove_index (idlers, idlers->len - 1);
          }
        while (idlers->len < n)
          {
            Conn *c = connect_agent ();

            conn_handshake (c);
            g_ptr_array_add (idlers, c);
          }
        measure_one ("idle", agent.pid, g_ptr_array_index (all, i));
      }
  for (guint i = 0; i < idlers->len; i++)
    close_session (g_ptr_array_index (idlers, i));
  stop_agent (&agent);
  g_print ("The agent's CPU per 1 000 calls of one client, with N idle sessions open on the same service\n"
           "(medians of %u alternating rounds; %ld ticks/s):\n", rounds, sysconf (_SC_CLK_TCK));
  print_series (all, ((Series *) g_ptr_array_index (all, 0))->label);
}

/* HTTP against stdio upstreams: agent B serves the echo server (stdio) at /mcp/echo; agent A
 * has it twice, as the same stdio server and as B's URL. A's CPU per call and what A adds at
 * p50 (over the echo server alone for stdio, over B alone for HTTP), alternating rounds.
 * Agent C is A again, with its HTTP upstream sent by libsoup (ZT4MCP_HTTP_UPSTREAM_CLIENT),
 * as before the lean client: the before and after of one run. */
static void
run_upstream_compare (guint rounds)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  Agent a = { 0 }, b = { 0 }, c = { 0 };
  Series *direct = series_new ("echo server alone");
  Series *upstream = series_new ("agent B alone (HTTP)");
  Series *stdio = series_new ("A, stdio upstream");
  Series *http = series_new ("A, HTTP upstream");
  Series *modern = series_new ("A, HTTP, 2026-07-28");
  Series *soup = series_new ("C: A by libsoup, HTTP");
  g_autofree char *token_file = NULL;
  g_autofree char *url = NULL;

  g_ptr_array_add (all, direct);
  g_ptr_array_add (all, upstream);
  g_ptr_array_add (all, stdio);
  g_ptr_array_add (all, http);
  g_ptr_array_add (all, modern);
  g_ptr_array_add (all, soup);
  start_agent (&b, 8);
  start_agent (&a, 8);
  g_setenv ("ZT4MCP_HTTP_UPSTREAM_CLIENT", "libsoup", TRUE);
  start_agent (&c, 8);
  g_unsetenv ("ZT4MCP_HTTP_UPSTREAM_CLIENT");
  token_file = g_build_filename (a.home, "upstream-token", NULL);
  if (!g_file_set_contents (token_file, b.token, -1, NULL))
    die ("cannot write %s", token_file);
  url = g_strdup_printf ("http://127.0.0.1:%u/mcp/" SERVICE_NAME, b.port);
  {
    /* B speaks both eras: as a session-era server (sessions, like most servers today), and
     * as a 2026-07-28 one (no sessions, per-request metadata), which "auto" finds */
    const char *args[] = { "service", "add", "echo-http", "--home", a.home, "--url", url,
                           "--upstream-token-file", token_file, "--max-sessions", "40",
                           "--idle-timeout", "0", "--era", "session", NULL };
    const char *modern_args[] = { "service", "add", "echo-modern", "--home", a.home, "--url", url,
                                  "--upstream-token-file", token_file, "--max-sessions", "40",
                                  "--idle-timeout", "0", "--era", "modern", NULL };
    g_free (run_cli (args));
    g_free (run_cli (modern_args));
    args[4] = c.home;
    g_free (run_cli (args));
  }

  for (guint round = 0; round < rounds; round++)
    {
      measure_one ("direct", 0, direct);
      set_target (&b);
      measure_one ("upstream", b.pid, upstream);
      set_target (&a);
      measure_one ("stdio", a.pid, stdio);
      g_free (target.path);
      target.path = g_strdup ("/mcp/echo-http");
      measure_one ("http", a.pid, http);
      g_free (target.path);
      target.path = g_strdup ("/mcp/echo-modern");
      measure_one ("modern", a.pid, modern);
      set_target (&c);
      g_free (target.path);
      target.path = g_strdup ("/mcp/echo-http");
      measure_one ("libsoup", c.pid, soup);
    }
  stop_agent (&c);
  stop_agent (&a);
  stop_agent (&b);
  g_print ("Agent A's CPU per 1 000 calls of one client, stdio against streamable HTTP upstream\n"
           "(medians of %u alternating rounds; %ld ticks/s; the ticks of the first two rows are B's and none):\n",
           rounds, sysconf (_SC_CLK_TCK));
  print_series (all, stdio->label);
  g_print ("A adds at p50: %.1f us with the stdio upstream (over the echo server alone), "
           "%.1f us with the HTTP upstream (over B alone), %.1f us with it as 2026-07-28, "
           "%.1f us with it by libsoup (C)\n",
           median_of (stdio->p50_us) - median_of (direct->p50_us),
           median_of (http->p50_us) - median_of (upstream->p50_us),
           median_of (modern->p50_us) - median_of (upstream->p50_us),
           median_of (soup->p50_us) - median_of (upstream->p50_us));
}

/* ---------------------------------------------------------------------------------------- */
/* Through the mesh: alice -> hub -> bob -> echo server                                     */

typedef struct {
  char  *dir;       /* hub/, alice/, bob/ and hub.log under it */
  pid_t  hub_pid;
  Agent  alice;
  Agent  bob;
} Mesh;

/* A port that was free a moment ago, for the hub (it wants one at init). */
static guint
free_port (void)
{
  struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = 0 };
  socklen_t len = sizeof addr;
  int fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  guint port;

  addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  if (fd < 0 || bind (fd, (struct sockaddr *) &addr, sizeof addr) < 0 ||
      getsockname (fd, (struct sockaddr *) &addr, &len) < 0)
    die ("cannot find a free port: %s", g_strerror (errno));
  port = ntohs (addr.sin_port);
  close (fd);
  return port;
}

/* Whether `zt4mcp peers --json` on alice shows PEER online. */
static gboolean
peer_online (Mesh       *mesh,
             const char *peer)
{
  const char *args[] = { "peers", "--json", "--home", mesh->alice.home, NULL };
  g_autofree char *out = run_cli (args);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *peers;

  if (!json_parser_load_from_data (parser, out, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root) ||
      !json_object_has_member (json_node_get_object (root), "peers"))
    return FALSE;
  peers = json_object_get_array_member (json_node_get_object (root), "peers");
  for (guint i = 0; peers != NULL && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);

      if (p != NULL && g_strcmp0 (json_object_get_string_member_with_default (p, "endpoint", ""), peer) == 0)
        return json_object_get_boolean_member_with_default (p, "online", FALSE);
    }
  return FALSE;
}

static void
start_mesh (Mesh  *mesh,
            guint  max_clients)
{
  g_autofree char *max_sessions = max_sessions_for (max_clients);
  g_autofree char *data = NULL, *listen = NULL, *log_path = NULL;
  g_autoptr(GError) error = NULL;
  const char *users[] = { "alice", "bob" };
  Agent *agents[] = { &mesh->alice, &mesh->bob };

  mesh->dir = g_dir_make_tmp ("zt-bench-mesh-XXXXXX", &error);
  if (mesh->dir == NULL)
    die ("cannot make a temporary home: %s", error->message);
  agent_home = mesh->dir;
  cli_envp = g_environ_setenv (g_get_environ (), "ZT4MCP_KEYSTORE", "file", TRUE);
  data = g_build_filename (mesh->dir, "hub", NULL);
  log_path = g_build_filename (mesh->dir, "hub.log", NULL);
  listen = g_strdup_printf ("127.0.0.1:%u", free_port ());

  {
    const char *args[] = { "hub", "init", "--data", data, "--name", MESH_NAME, "--listen", listen, NULL };
    g_free (run_cli (args));
  }
  {
    const char *args[] = { "hub", "serve", "--data", data, NULL };
    mesh->hub_pid = spawn_cli (args, log_path);
  }
  say ("hub: pid %d on %s, data %s", (int) mesh->hub_pid, listen, data);
  /* it says where it is on stdout once it listens */
  for (int waited = 0;; waited += 10)
    {
      g_autofree char *log = NULL;

      if (g_file_get_contents (log_path, &log, NULL, NULL) &&
          (g_str_has_prefix (log, "zt4mcp hub on https://") || strstr (log, "\nzt4mcp hub on https://") != NULL))
        break;
      if (waited > SETUP_TIMEOUT_MS || waitpid (mesh->hub_pid, NULL, WNOHANG) == mesh->hub_pid)
        {
          untrack_child (mesh->hub_pid);
          die_with_log ("the hub", log_path);
        }
      g_usleep (10000);
    }

  for (guint i = 0; i < G_N_ELEMENTS (users); i++)
    {
      g_autofree char *endpoint = g_strdup_printf ("%s-pc", users[i]);
      const char *invite[] = { "hub", "invite", users[i], "--endpoint", endpoint, "--data", data, NULL };
      g_autofree char *invitation = g_strstrip (run_cli (invite));

      agents[i]->home = g_build_filename (mesh->dir, users[i], NULL);
      {
        const char *join[] = { "join", invitation, "--home", agents[i]->home, NULL };
        g_free (run_cli (join));
      }
      launch_agent (agents[i], users[i]);
    }

  {
    const char *add[] = { "service", "add", SERVICE_NAME, "--home", mesh->bob.home, "--max-sessions", max_sessions,
                          "--idle-timeout", "0", "--stdio", "--", opt_server, NULL };
    const char *export[] = { "service", "export", SERVICE_NAME, "--to", "alice", "--home", mesh->bob.home, NULL };
    const char *import[] = { "service", "import", "bob-pc/" SERVICE_NAME, "--home", mesh->alice.home, NULL };
    const char *update[] = { "service", "update", SERVICE_NAME, "--max-sessions", max_sessions,
                             "--idle-timeout", "0", "--home", mesh->alice.home, NULL };

    g_free (run_cli (add));
    g_free (run_cli (export));
    g_free (run_cli (import));
    g_free (run_cli (update));
  }

  for (int waited = 0; !peer_online (mesh, "bob-pc"); waited += 100)
    {
      if (waited > SETUP_TIMEOUT_MS)
        die ("alice does not see bob-pc online after %d s (logs in %s)", SETUP_TIMEOUT_MS / 1000, mesh->dir);
      g_usleep (100000);
    }
  set_target (&mesh->alice);
}

static void
stop_mesh (Mesh *mesh)
{
  /* alice first, so that her streams end before bob and the hub go */
  stop_process (&mesh->alice.pid);
  stop_process (&mesh->bob.pid);
  stop_process (&mesh->hub_pid);
  agent_home = NULL;
  if (opt_keep_home)
    g_printerr ("zt-bench: kept the mesh's homes, with hub.log and */agent.log, in %s\n", mesh->dir);
  else
    rm_rf (mesh->dir);
  g_clear_pointer (&mesh->dir, g_free);
  g_clear_pointer (&mesh->alice.home, g_free);
  g_clear_pointer (&mesh->alice.token, g_free);
  g_clear_pointer (&mesh->bob.home, g_free);
  g_clear_pointer (&mesh->bob.token, g_free);
  g_clear_pointer (&cli_envp, g_strfreev);
}

/* ---------------------------------------------------------------------------------------- */
/* Reporting                                                                                */

static char *
cpu_model (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/cpuinfo", &text, NULL, NULL))
    return g_strdup ("unknown");
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "model name"))
      {
        const char *colon = strchr (lines[i], ':');
        return g_strstrip (g_strdup (colon ? colon + 1 : lines[i]));
      }
  return g_strdup ("unknown");
}

static const Result *
find_result (GArray     *results,
             const char *mode,
             guint       clients)
{
  for (guint i = 0; i < results->len; i++)
    {
      const Result *r = &g_array_index (results, Result, i);
      if (strcmp (r->mode, mode) == 0 && r->clients == clients)
        return r;
    }
  return NULL;
}

static void
print_table (GArray *results,
             GArray *clients,
             GArray *colds)
{
  g_print ("%-8s %7s %10s %10s %9s %9s %9s %9s %6s\n",
           "path", "clients", "calls", "calls/s", "p50 us", "p90 us", "p99 us", "max us", "errors");
  for (guint i = 0; i < results->len; i++)
    {
      const Result *r = &g_array_index (results, Result, i);

      g_print ("%-8s %7u %10" G_GUINT64_FORMAT " %10.0f %9.1f %9.1f %9.1f %9.1f %6" G_GUINT64_FORMAT "\n",
               r->mode, r->clients, r->calls, r->rate, r->p50_us, r->p90_us, r->p99_us, r->max_us, r->errors);
    }
  for (guint i = 0; i < clients->len; i++)
    {
      guint n = g_array_index (clients, guint, i);
      const Result *d = find_result (results, "direct", n);
      const Result *a = find_result (results, "agent", n);

      if (d == NULL || a == NULL)
        continue;
      g_print ("%u client%s: the agent adds %.1f us at p50 (%.1f at p99); throughput %.0f%% of direct\n",
               n, n == 1 ? "" : "s", a->p50_us - d->p50_us, a->p99_us - d->p99_us,
               d->rate > 0 ? 100.0 * a->rate / d->rate : 0.0);
    }
  for (guint i = 0; i < clients->len; i++)
    {
      guint n = g_array_index (clients, guint, i);
      const char *bases[] = { "direct", "agent" };
      const Result *m = find_result (results, "mesh", n);

      for (guint b = 0; m != NULL && b < G_N_ELEMENTS (bases); b++)
        {
          const Result *base = find_result (results, bases[b], n);

          if (base != NULL)
            g_print ("%u client%s: the mesh adds %.1f us at p50 (%.1f at p99) over %s; throughput %.0f%% of %s\n",
                     n, n == 1 ? "" : "s", m->p50_us - base->p50_us, m->p99_us - base->p99_us, bases[b],
                     base->rate > 0 ? 100.0 * m->rate / base->rate : 0.0, bases[b]);
        }
    }
  for (guint i = 0; i < colds->len; i++)
    {
      const Cold *c = &g_array_index (colds, Cold, i);

      g_print ("cold stream, %s%s: initialize on a new session answered in %.1f us (median of %u; %.1f-%.1f)\n",
               c->mode, c->gap_ms ? ", sessions 100 ms apart" : "", c->median_us, c->sessions, c->min_us, c->max_us);
    }
}

static void
append_quoted (GString    *out,
               const char *text)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text);
  g_autofree char *quoted = json_to_string (node, FALSE);

  g_string_append (out, quoted);
}

/* Written by hand rather than with JsonBuilder: json-glib prints doubles with all 17
 * digits, and these figures mean something to one decimal at most. */
static void
print_json (GArray *results,
            GArray *clients,
            GArray *colds)
{
  g_autoptr(GString) out = g_string_new ("{\n  \"machine\": {\"cpu\": ");
  g_autofree char *cpu = cpu_model ();
  struct utsname un;
  gboolean first = TRUE;

  uname (&un);
  append_quoted (out, cpu);
  g_string_append_printf (out, ", \"cores\": %u, \"kernel\": ", g_get_num_processors ());
  append_quoted (out, un.release);
  g_string_append_printf (out, "},\n  \"seconds\": %g,\n  \"warmup\": %g,\n  \"accept\": ",
                          opt_seconds, opt_warmup);
  append_quoted (out, accept_header ());
  g_string_append (out, ",\n  \"params\": ");
  append_quoted (out, call_params);
  g_string_append (out, ",\n  \"direct\": \"one server process per client, one call in flight each\",\n"
                   "  \"cases\": [");
  for (guint i = 0; i < results->len; i++)
    {
      const Result *r = &g_array_index (results, Result, i);

      g_string_append_printf (out, "%s\n    {\"path\": \"%s\", \"clients\": %u, \"calls\": %" G_GUINT64_FORMAT
                              ", \"errors\": %" G_GUINT64_FORMAT ", \"calls_per_s\": %.0f, \"p50_us\": %.1f"
                              ", \"p90_us\": %.1f, \"p99_us\": %.1f, \"max_us\": %.1f, \"mean_us\": %.1f}",
                              i ? "," : "", r->mode, r->clients, r->calls, r->errors, r->rate, r->p50_us,
                              r->p90_us, r->p99_us, r->max_us, r->mean_us);
    }
  g_string_append (out, "\n  ],\n  \"comparison\": [");
  for (guint i = 0; i < clients->len; i++)
    {
      guint n = g_array_index (clients, guint, i);
      const Result *d = find_result (results, "direct", n);
      const Result *a = find_result (results, "agent", n);

      if (d == NULL || a == NULL)
        continue;
      g_string_append_printf (out, "%s\n    {\"clients\": %u, \"added_p50_us\": %.1f, \"added_p99_us\": %.1f"
                              ", \"throughput_ratio\": %.3f}",
                              first ? "" : ",", n, a->p50_us - d->p50_us, a->p99_us - d->p99_us,
                              d->rate > 0 ? a->rate / d->rate : 0.0);
      first = FALSE;
    }
  /* the agent's comparison stays as it was; the mesh's, against both, is apart */
  g_string_append (out, "\n  ],\n  \"mesh_comparison\": [");
  first = TRUE;
  for (guint i = 0; i < clients->len; i++)
    {
      guint n = g_array_index (clients, guint, i);
      const char *bases[] = { "direct", "agent" };
      const Result *m = find_result (results, "mesh", n);

      for (guint b = 0; m != NULL && b < G_N_ELEMENTS (bases); b++)
        {
          const Result *base = find_result (results, bases[b], n);

          if (base == NULL)
            continue;
          g_string_append_printf (out, "%s\n    {\"clients\": %u, \"versus\": \"%s\", \"added_p50_us\": %.1f"
                                  ", \"added_p99_us\": %.1f, \"throughput_ratio\": %.3f}",
                                  first ? "" : ",", n, bases[b], m->p50_us - base->p50_us,
                                  m->p99_us - base->p99_us, base->rate > 0 ? m->rate / base->rate : 0.0);
          first = FALSE;
        }
    }
  g_string_append (out, "\n  ],\n  \"cold_stream\": [");
  for (guint i = 0; i < colds->len; i++)
    {
      const Cold *c = &g_array_index (colds, Cold, i);

      g_string_append_printf (out, "%s\n    {\"path\": \"%s\", \"gap_ms\": %u, \"sessions\": %u, \"median_us\": %.1f"
                              ", \"min_us\": %.1f, \"max_us\": %.1f}",
                              i ? "," : "", c->mode, c->gap_ms, c->sessions, c->median_us, c->min_us, c->max_us);
    }
  g_string_append (out, "\n  ]\n}\n");
  fputs (out->str, stdout);
}

/* ---------------------------------------------------------------------------------------- */

/* The default binaries are those of the same build tree: bench/ and src/cli/ under it. */
static char *
sibling_path (const char *relative)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self ? g_path_get_dirname (self) : g_get_current_dir ();
  g_autofree char *joined = g_build_filename (dir, relative, NULL);

  return g_canonicalize_filename (joined, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) ctx = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) clients = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) results = g_array_new (FALSE, FALSE, sizeof (Result));
  g_autoptr(GArray) colds = g_array_new (FALSE, FALSE, sizeof (Cold));
  g_auto(GStrv) parts = NULL;
  gboolean do_direct, do_agent, do_mesh;
  guint max_clients = 0;
  struct sigaction sa = { 0 };

  g_option_context_set_summary (ctx, "Round trips of tools/call to zt-echo-server: direct over stdio pipes, "
                                "through a zt4mcp agent over streamable HTTP, and through a mesh (agent, hub, "
                                "agent). Only 127.0.0.1 is used.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      g_printerr ("zt-bench: %s (see --help)\n", error->message);
      return 2;
    }
  if (opt_seconds <= 0 || opt_seconds > 600 || opt_warmup < 0 || opt_warmup > 60)
    die ("--seconds must be in (0, 600] and --warmup in [0, 60]");
  if (opt_only != NULL)
    {
      g_auto(GStrv) cases = g_strsplit (opt_only, ",", -1);
      static const char * const known[] = { "direct", "agent", "mesh", "url", NULL };

      for (guint i = 0; cases[i] != NULL; i++)
        if (!g_strv_contains (known, cases[i]))
          die ("--only takes direct, agent, mesh or url, or a comma list of them (\"%s\" is none)", cases[i]);
    }
  if (only ("url") && opt_only != NULL && opt_url == NULL)
    die ("--only url needs --url URL");
  if (opt_accept != NULL && strcmp (opt_accept, "sse") != 0 && strcmp (opt_accept, "json") != 0)
    die ("--accept takes sse or json");
  do_direct = only ("direct");
  do_agent = only ("agent");
  do_mesh = only ("mesh");

  parts = g_strsplit (opt_clients ? opt_clients : "1,32", ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (g_strstrip (parts[i]), 10, 1, 256, &n, NULL))
        die ("--clients takes numbers from 1 to 256, comma separated, not \"%s\"", parts[i]);
      g_array_append_vals (clients, &(guint) { n }, 1);
      max_clients = MAX (max_clients, n);
    }

  if (opt_server == NULL)
    opt_server = sibling_path ("zt-echo-server");
  if (opt_agent == NULL)
    opt_agent = sibling_path ("../src/cli/zt4mcp");
  if (!g_file_test (opt_server, G_FILE_TEST_IS_EXECUTABLE))
    die ("no echo server at %s (give --server PATH)", opt_server);
  if ((do_agent || do_mesh) && !g_file_test (opt_agent, G_FILE_TEST_IS_EXECUTABLE))
    die ("no zt4mcp at %s (give --agent PATH)", opt_agent);

  if (opt_size >= 0)
    {
      call_params = g_strdup_printf ("{\"name\":\"echo\",\"arguments\":{\"size\":%d}}", opt_size);
      expect_text = g_strdup ("\"text\"");
    }
  else
    {
      const char *message = opt_message ? opt_message : "hello from zt-bench";
      g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), message);
      g_autofree char *quoted = json_to_string (node, FALSE);

      call_params = g_strdup_printf ("{\"name\":\"echo\",\"arguments\":{\"message\":%s}}", quoted);
      /* the raw text is echoed back verbatim, escapes and all */
      expect_text = g_steal_pointer (&quoted);
    }

  /* whatever happens, the run ends by itself and leaves no processes behind */
  sa.sa_handler = fatal_signal_handler;
  sigaction (SIGINT, &sa, NULL);
  sigaction (SIGTERM, &sa, NULL);
  sigaction (SIGALRM, &sa, NULL);
  signal (SIGPIPE, SIG_IGN);
  alarm ((guint) ((opt_warmup + opt_seconds + 15) * clients->len * 3 + 60));

  if (opt_rounds < 1 || opt_rounds > 100)
    die ("--rounds takes 1 to 100");
  if (opt_idle != NULL)
    {
      g_auto(GStrv) counts = g_strsplit (opt_idle, ",", -1);
      g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint i = 0; counts[i]; i++)
        {
          guint64 n;

          if (!g_ascii_string_to_unsigned (g_strstrip (counts[i]), 10, 0, 5000, &n, NULL))
            die ("--idle takes numbers from 0 to 5000, comma separated, not \"%s\"", counts[i]);
          g_array_append_vals (idle, &(guint) { n }, 1);
        }
      /* opening 1 000 sessions takes a while: each starts a server */
      alarm ((guint) ((opt_warmup + opt_seconds + 60) * idle->len * opt_rounds + 120));
      run_idle_scaling (idle, opt_rounds);
      return 0;
    }
  if (opt_upstreams)
    {
      alarm ((guint) ((opt_warmup + opt_seconds + 15) * 5 * opt_rounds + 120));
      run_upstream_compare (opt_rounds);
      return 0;
    }

  if (do_direct)
    for (guint i = 0; i < clients->len; i++)
      {
        Result r;

        run_direct (g_array_index (clients, guint, i), &r);
        g_array_append_val (results, r);
      }

  if (do_agent)
    {
      Agent agent = { 0 };

      start_agent (&agent, max_clients);
      for (guint i = 0; i < clients->len; i++)
        {
          Result r;

          run_http ("agent", g_array_index (clients, guint, i), &r);
          g_array_append_val (results, r);
        }
      {
        Cold cold;

        run_cold ("agent", 0, &cold);
        g_array_append_val (colds, cold);
        run_cold ("agent", COLD_GAP_MS, &cold);
        g_array_append_val (colds, cold);
      }
      stop_agent (&agent);
    }

  if (do_mesh)
    {
      Mesh mesh = { 0 };

      start_mesh (&mesh, max_clients);
      for (guint i = 0; i < clients->len; i++)
        {
          Result r;

          run_http ("mesh", g_array_index (clients, guint, i), &r);
          g_array_append_val (results, r);
        }
      {
        Cold cold;

        run_cold ("mesh", 0, &cold);
        g_array_append_val (colds, cold);
        run_cold ("mesh", COLD_GAP_MS, &cold);
        g_array_append_val (colds, cold);
      }
      stop_mesh (&mesh);
    }
  if (opt_url != NULL && only ("url"))
    {
      g_autoptr(GError) uri_error = NULL;
      g_autoptr(GUri) uri = g_uri_parse (opt_url, G_URI_FLAGS_NONE, &uri_error);
      const char *name = opt_url_name ? opt_url_name : "url";

      if (uri == NULL)
        die ("--url: %s", uri_error->message);
      if (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 || g_strcmp0 (g_uri_get_host (uri), "127.0.0.1") != 0 ||
          g_uri_get_port (uri) <= 0)
        die ("--url takes http://127.0.0.1:PORT/PATH (only loopback is used)");
      g_free (target.host_header);
      g_free (target.token);
      g_free (target.path);
      target.port = (guint) g_uri_get_port (uri);
      target.host_header = g_strdup_printf ("127.0.0.1:%u", target.port);
      target.token = g_strdup (opt_url_token ? opt_url_token : "");
      target.path = g_strdup (*g_uri_get_path (uri) ? g_uri_get_path (uri) : "/");
      for (guint i = 0; i < clients->len; i++)
        {
          Result r;

          run_http (name, g_array_index (clients, guint, i), &r);
          g_array_append_val (results, r);
        }
    }
  alarm (0);

  if (opt_json)
    print_json (results, clients, colds);
  else
    print_table (results, clients, colds);

  for (guint i = 0; i < results->len; i++)
    if (g_array_index (results, Result, i).errors > 0 || g_array_index (results, Result, i).calls == 0)
      return 1;
  return 0;
}
