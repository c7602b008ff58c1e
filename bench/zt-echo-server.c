/* zt-echo-server.c: a minimal, fast MCP server on stdio with one "echo" tool, for tests and benchmarks */
/* SPDX-License-Identifier: GPL-3.0-or-later */

/* It speaks newline-delimited JSON-RPC on stdin/stdout. The JSON scanner is hand-rolled
 * rather than json-glib: this server is the baseline the agent is measured against, so it
 * must cost as little as possible per message. It never builds a tree; it records where
 * the few members it needs start and end, and copies the client's raw id and message
 * string straight into the answer (a valid JSON string stays valid JSON). */

#include <errno.h>
#include <glib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_DEPTH 64
#define MAX_SIZE  (64 * 1024 * 1024)   /* largest text the "size" argument may ask for */

static const char *known_versions[] = { "2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", NULL };

/* A slice of the input line. */
typedef struct {
  const char *p;
  gsize       len;
} Span;

/* ---------------------------------------------------------------------------------------- */
/* Scanning                                                                                 */

static const char *
skip_ws (const char *p,
         const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
    p++;
  return p;
}

/* Returns the byte after the closing quote, or NULL if the string is malformed. */
static const char *
skip_string (const char *p,
             const char *end)
{
  if (p >= end || *p != '"')
    return NULL;
  for (p++; p < end; p++)
    {
      if (*p == '"')
        return p + 1;
      if (*p == '\\')
        {
          if (++p >= end)
            return NULL;
        }
      else if ((unsigned char) *p < 0x20)
        return NULL;
    }
  return NULL;
}

/* Returns the byte after one whole value, or NULL if it is not well-formed JSON. */
static const char *
skip_value (const char *p,
            const char *end,
            int         depth)
{
  p = skip_ws (p, end);
  if (p >= end || depth > MAX_DEPTH)
    return NULL;

  switch (*p)
    {
    case '"':
      return skip_string (p, end);

    case '{':
    case '[':
      {
        char close = *p == '{' ? '}' : ']';
        gboolean object = *p == '{';

        p = skip_ws (p + 1, end);
        if (p < end && *p == close)
          return p + 1;
        for (;;)
          {
            if (object)
              {
                p = skip_string (skip_ws (p, end), end);
                if (p == NULL)
                  return NULL;
                p = skip_ws (p, end);
                if (p >= end || *p != ':')
                  return NULL;
                p++;
              }
            p = skip_value (p, end, depth + 1);
            if (p == NULL)
              return NULL;
            p = skip_ws (p, end);
            if (p >= end)
              return NULL;
            if (*p == close)
              return p + 1;
            if (*p != ',')
              return NULL;
            p++;
          }
      }

    default:
      {
        /* number, true, false, null: a run of their characters, checked loosely */
        const char *start = p;

        while (p < end && strchr ("0123456789+-.eEtrufalsn", *p) != NULL)
          p++;
        return p > start ? p : NULL;
      }
    }
}

/* Finds member KEY of the object in OBJ (which is well-formed: the line was checked whole).
 * Keys are compared raw, so a key spelled with escapes does not match; MCP never does that. */
static gboolean
find_member (Span        obj,
             const char *key,
             Span       *value)
{
  const char *end = obj.p + obj.len;
  const char *p = skip_ws (obj.p, end);
  gsize key_len = strlen (key);

  if (p >= end || *p != '{')
    return FALSE;
  p = skip_ws (p + 1, end);
  while (p < end && *p == '"')
    {
      const char *k = p + 1;
      const char *k_end = skip_string (p, end);
      const char *v;

      if (k_end == NULL)
        return FALSE;
      v = skip_ws (skip_ws (k_end, end) + 1, end);   /* past the ':' */
      p = skip_value (v, end, 0);
      if (p == NULL)
        return FALSE;
      if ((gsize) (k_end - 1 - k) == key_len && memcmp (k, key, key_len) == 0)
        {
          value->p = v;
          value->len = p - v;
          return TRUE;
        }
      p = skip_ws (p, end);
      if (p < end && *p == ',')
        p = skip_ws (p + 1, end);
    }
  return FALSE;
}

static gboolean
span_is_string (Span s)
{
  return s.len >= 2 && s.p[0] == '"';
}

static gboolean
span_equal (Span        s,
            const char *text)
{
  gsize n = strlen (text);
  return s.len == n && memcmp (s.p, text, n) == 0;
}

/* ---------------------------------------------------------------------------------------- */
/* Answers                                                                                  */

static void
begin_reply (GString *out,
             Span     id)
{
  g_string_append (out, "{\"jsonrpc\":\"2.0\",\"id\":");
  g_string_append_len (out, id.p, id.len);
}

static void
reply_error (GString    *out,
             Span        id,
             int         code,
             const char *message)
{
  if (id.len == 0)
    {
      id.p = "null";
      id.len = 4;
    }
  begin_reply (out, id);
  g_string_append_printf (out, ",\"error\":{\"code\":%d,\"message\":\"%s\"}}\n", code, message);
}

static void
reply_initialize (GString *out,
                  Span     id,
                  Span     params)
{
  Span version = { NULL, 0 };
  const char *answer = "2025-11-25";

  /* echo the client's version when we know it, as the spec asks of servers */
  if (find_member (params, "protocolVersion", &version) && span_is_string (version))
    for (guint i = 0; known_versions[i]; i++)
      if (version.len == strlen (known_versions[i]) + 2 &&
          memcmp (version.p + 1, known_versions[i], version.len - 2) == 0)
        answer = known_versions[i];

  begin_reply (out, id);
  g_string_append_printf (out, ",\"result\":{\"protocolVersion\":\"%s\","
                          "\"capabilities\":{\"tools\":{}},"
                          "\"serverInfo\":{\"name\":\"zt-echo\",\"version\":\"1\"}}}\n", answer);
}

static void
reply_tools_list (GString *out,
                  Span     id)
{
  begin_reply (out, id);
  g_string_append (out, ",\"result\":{\"tools\":[{\"name\":\"echo\","
                   "\"description\":\"Returns its message, or a text of size bytes\","
                   "\"inputSchema\":{\"type\":\"object\",\"properties\":{"
                   "\"message\":{\"type\":\"string\"},"
                   "\"size\":{\"type\":\"integer\"}}}}]}}\n");
}

static void
reply_tools_call (GString *out,
                  Span     id,
                  Span     params)
{
  Span name = { NULL, 0 }, args = { NULL, 0 }, message = { NULL, 0 }, size = { NULL, 0 };

  if (!find_member (params, "name", &name) || !span_equal (name, "\"echo\""))
    return reply_error (out, id, -32602, "Unknown tool: this server has only \\\"echo\\\"");

  if (find_member (params, "arguments", &args))
    {
      find_member (args, "message", &message);
      find_member (args, "size", &size);
    }

  if (size.len > 0)
    {
      char *num_end = NULL;
      g_autofree char *num = g_strndup (size.p, size.len);
      gint64 n = g_ascii_strtoll (num, &num_end, 10);

      if (num_end == num || *num_end != '\0' || n < 0 || n > MAX_SIZE)
        return reply_error (out, id, -32602, "size must be an integer from 0 to 67108864");
      begin_reply (out, id);
      g_string_append (out, ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"");
      {
        gsize at = out->len;

        g_string_set_size (out, at + n);
        memset (out->str + at, 'x', n);
      }
      g_string_append (out, "\"}]}}\n");
      return;
    }

  if (message.len > 0 && !span_is_string (message))
    return reply_error (out, id, -32602, "message must be a string");

  begin_reply (out, id);
  g_string_append (out, ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":");
  if (message.len > 0)
    g_string_append_len (out, message.p, message.len);
  else
    g_string_append (out, "\"\"");
  g_string_append (out, "}]}}\n");
}

static void
handle_line (GString    *out,
             const char *line,
             gsize       len)
{
  Span whole = { line, len };
  Span id = { NULL, 0 }, method = { NULL, 0 }, params = { "{}", 2 };
  const char *end = line + len;
  const char *after;

  after = skip_value (line, end, 0);
  if (after == NULL || skip_ws (after, end) != end || *skip_ws (line, end) != '{')
    return reply_error (out, id, -32700, "Parse error: expected one JSON object per line");

  find_member (whole, "id", &id);
  if (!find_member (whole, "method", &method))
    {
      /* a response to a request of ours; we send none, so there is nothing to match */
      if (id.len == 0)
        reply_error (out, id, -32600, "Invalid Request: no method");
      return;
    }
  if (id.len == 0)
    return;   /* a notification: initialized, cancelled, ... need no answer */
  find_member (whole, "params", &params);

  if (span_equal (method, "\"initialize\""))
    reply_initialize (out, id, params);
  else if (span_equal (method, "\"ping\""))
    {
      begin_reply (out, id);
      g_string_append (out, ",\"result\":{}}\n");
    }
  else if (span_equal (method, "\"tools/list\""))
    reply_tools_list (out, id);
  else if (span_equal (method, "\"tools/call\""))
    reply_tools_call (out, id, params);
  else
    reply_error (out, id, -32601, "Method not found");
}

/* ---------------------------------------------------------------------------------------- */

static gboolean
write_all (const char *data,
           gsize       len)
{
  while (len > 0)
    {
      ssize_t n = write (STDOUT_FILENO, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= n;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GString) out = g_string_sized_new (64 * 1024);
  gsize cap = 64 * 1024, len = 0, scanned = 0;
  g_autofree char *buf = g_malloc (cap);

  if (argc > 1)
    {
      fprintf (stderr, "usage: %s\nAn MCP server on stdin/stdout with one tool, \"echo\" "
               "(arguments: message, or size for a text of that many bytes).\n", argv[0]);
      return strcmp (argv[1], "--help") == 0 ? 0 : 2;
    }

  /* a client that goes away is the normal end, not a crash */
  signal (SIGPIPE, SIG_IGN);

  for (;;)
    {
      gsize start = 0;
      ssize_t n;
      char *nl;

      if (cap - len < 16 * 1024)
        {
          cap *= 2;
          buf = g_realloc (buf, cap);
        }
      n = read (STDIN_FILENO, buf + len, cap - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      len += n;

      /* every complete line of this read is answered with one write: a client keeping many
       * requests in flight gets them back together */
      while ((nl = memchr (buf + scanned, '\n', len - scanned)) != NULL)
        {
          if (skip_ws (buf + start, nl) != nl)
            handle_line (out, buf + start, nl - (buf + start));
          start = scanned = nl + 1 - buf;
        }
      /* the rest is a partial line: keep it at the front, and do not scan it again */
      memmove (buf, buf + start, len - start);
      len -= start;
      scanned = len;

      if (out->len > 0)
        {
          if (!write_all (out->str, out->len))
            break;
          g_string_truncate (out, 0);
        }
    }
  return 0;
}
