/* zt-fd-watch.h: many long-lived fd watches behind one epoll source per main context */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every GSource attached to a context costs something on each iteration of that context,
 * whether or not its fd is ready: GLib prepares and checks every source and poll(2)s every
 * fd. An agent with a thousand idle sessions has thousands of such fds (each upstream's
 * stdout, stderr and pidfd, each idle connection), and paid for all of them on each of the
 * ten or so iterations of every call. These watches share one epoll fd, the only fd GLib
 * sees: one source per context and priority, whatever their number, and the kernel reports
 * only the fds that are ready. Level-triggered, like a GLib fd source.
 *
 * A watch belongs to the thread-default context of the thread that made it and is used
 * from that thread only. Remove it before its fd is closed, and watch only fds whose closing
 * you control: epoll keeps a registration while any copy of the file is open (a child
 * between fork and exec has one of every fd), so a watch on an fd closed by another owner
 * could still report events after it was freed. (That is why the HTTP guard's watch on idle
 * connections, which libsoup closes, stays a GSource.) */
typedef struct _ZtFdWatch ZtFdWatch;

/* Return G_SOURCE_REMOVE to end the watch (it is freed then: forget the pointer). */
typedef gboolean (*ZtFdWatchFunc) (int          fd,
                                   GIOCondition condition,
                                   gpointer     user_data);

ZtFdWatch *zt_fd_watch_add        (int           fd,
                                   GIOCondition  condition,
                                   int           priority,
                                   ZtFdWatchFunc func,
                                   gpointer      user_data);
void       zt_fd_watch_set_events (ZtFdWatch    *watch,
                                   GIOCondition  condition);
/* Ends the watch; safe from within any watch's callback. NULL is fine. */
void       zt_fd_watch_remove     (ZtFdWatch    *watch);
void       zt_clear_fd_watch      (ZtFdWatch   **watch);

/* The pid's exit, through a pidfd in the same epoll set instead of a child watch source:
 * FUNC gets the wait status once the process is reaped. Returns NULL where pidfds are not
 * available (Linux before 5.3), after DESTROY (USER_DATA): use g_child_watch_source_new then. */
typedef void (*ZtChildWatchFunc) (GPid     pid,
                                  int      wait_status,
                                  gpointer user_data);

ZtFdWatch *zt_child_watch_add     (GPid             pid,
                                   ZtChildWatchFunc func,
                                   gpointer         user_data,
                                   GDestroyNotify   destroy);

/* How many watches exist, in all contexts (for tests). */
guint      zt_fd_watch_count      (void);

G_END_DECLS
