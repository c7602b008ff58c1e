/* fuzz-ws-answer.c: libFuzzer target for the check of a server's answer to a WebSocket upgrade
 * (zt_ws_connect_async, the mesh's legs to the hub): no crash, and nothing passes that is not
 * a 101 carrying the accept of the key that was sent */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>
#include <string.h>

#include "zt-ws-connect.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* RFC 6455's example: this key's accept is s3pPLMBiTxaQ9kYGzzhZRbK+xOo= */
#define KEY    "dGhlIHNhbXBsZSBub25jZQ=="
#define ACCEPT "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;
  gboolean ok;

  zt_fuzz_watch_log (NULL);
  if (size > 64 * 1024)
    return 0;
  /* as the client hands it over: the bytes up to and with the blank line, NUL-terminated */
  head = g_malloc (size + 1);
  memcpy (head, data, size);
  head[size] = '\0';
  ok = _zt_ws_connect_check_answer (head, size, KEY, &error);
  if (ok != (error == NULL))
    zt_fuzz_fail ("the result and the error disagree", NULL);
  /* how the status line may be written is libsoup's parser's to say; a 101 it must be */
  if (ok)
    {
      const char *start = head + strspn (head, "\r\n");  /* blank lines before it are allowed */
      const char *eol = strchr (start, '\n');
      g_autofree char *line = g_strndup (start, eol ? (gsize) (eol - start) : strlen (start));

      if (strstr (line, " 101") == NULL && strstr (line, "\t101") == NULL)
        zt_fuzz_fail ("an answer that is not a 101 passed", head);
    }
  if (ok && g_strstr_len (head, (gssize) size, ACCEPT) == NULL)
    zt_fuzz_fail ("an answer without the key's accept passed", head);
  if (!ok && !g_utf8_validate (error->message, -1, NULL))
    zt_fuzz_fail ("an error message that is not UTF-8", error->message);
  for (const char *p = ok ? "" : error->message; *p; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      zt_fuzz_fail ("a control character in an error message (it goes to the log)", error->message);
  return 0;
}
