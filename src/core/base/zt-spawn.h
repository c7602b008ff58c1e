/* zt-spawn.h: start an upstream server process without copying the parent's address space */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The environment of a child: PATH, HOME, USER, LOGNAME, LANG, LANGUAGE, LC_*, TZ and
 * TMPDIR from the agent's own, nothing else of it, plus @env_extra ("KEY=VALUE", may be
 * NULL; the service's --env), which wins. */
char   **zt_spawn_environment (char **env_extra);

/* Starts @argv (searched in PATH when argv[0] has no '/'; never through a shell) with the
 * environment of zt_spawn_environment (@env_extra), in @cwd (may be NULL), in
 * a process group of its own, killed when the spawning thread ends, with its standard
 * input, output and error on new pipes (the parent's ends are close-on-exec).
 *
 * It uses vfork: fork would copy the page tables of a large multi-threaded parent (the
 * desktop app) while holding its memory map lock, stalling every other thread (the UI)
 * for the duration. */
gboolean zt_spawn (char       **argv,
                   char       **env_extra,
                   const char  *cwd,
                   GPid        *pid,
                   int         *stdin_fd,
                   int         *stdout_fd,
                   int         *stderr_fd,
                   GError     **error);

G_END_DECLS
