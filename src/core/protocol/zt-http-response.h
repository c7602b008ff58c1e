/* zt-http-response.h: an incremental HTTP/1.1 response parser (head, framing, chunked bodies) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* The responses of one client connection, one after the other. The head is parsed by
 * libsoup (soup_headers_parse_response); what is here is the part libsoup offers no API
 * for outside its own I/O: finding where a head ends, skipping interim (1xx) responses,
 * the body's framing (Content-Length, chunked, until the connection closes), and whether
 * the connection may carry the next request. Every size is bounded before it is buffered:
 * a head of at most 64 KiB, chunk-size lines of 1 KiB, trailers of 16 KiB. */
typedef struct _ZtHttpResponse ZtHttpResponse;

typedef struct {
  /* a final response's head: return FALSE to stop (the parser is then unusable) */
  gboolean (*head) (guint               status,
                    const char         *reason,
                    SoupMessageHeaders *headers,
                    gpointer            user_data);
  /* body bytes, de-chunked; return FALSE to stop */
  gboolean (*body) (const char *data,
                    gsize       len,
                    gpointer    user_data);
} ZtHttpResponseFuncs;

typedef enum {
  ZT_HTTP_FEED_MORE,     /* all bytes taken; the response goes on */
  ZT_HTTP_FEED_DONE,     /* the response ended; *consumed says where */
  ZT_HTTP_FEED_STOPPED,  /* a callback returned FALSE */
  ZT_HTTP_FEED_ERROR,    /* malformed or over a bound: the connection must be closed */
} ZtHttpFeed;

ZtHttpResponse *zt_http_response_new        (const ZtHttpResponseFuncs *funcs,
                                             gpointer                   user_data);
void            zt_http_response_free       (ZtHttpResponse            *self);
/* Expect the next response (to a HEAD request when @no_body). */
void            zt_http_response_begin      (ZtHttpResponse            *self,
                                             gboolean                   no_body);
ZtHttpFeed      zt_http_response_feed       (ZtHttpResponse            *self,
                                             const char                *data,
                                             gsize                      len,
                                             gsize                     *consumed,
                                             GError                   **error);
/* The connection closed: TRUE when that ends the response (a body delimited by the close). */
gboolean        zt_http_response_eof        (ZtHttpResponse            *self,
                                             GError                   **error);
/* Any byte of the response was seen. */
gboolean        zt_http_response_started    (ZtHttpResponse            *self);
/* After DONE: the connection may carry another request. */
gboolean        zt_http_response_keep_alive (ZtHttpResponse            *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtHttpResponse, zt_http_response_free)

G_END_DECLS
