/* map-timer.c: time from launching a program to its titled window appearing on X11
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * map-timer TITLE SETTLE_MS PROGRAM [ARG…]
 * Watches the root window for new top-levels before starting PROGRAM, so no
 * map can be missed, and prints "SECONDS PEAK_RSS_KB": the seconds until a
 * window whose title contains TITLE is mapped, then, SETTLE_MS later, the
 * program's peak resident memory (VmHWM).  The program is then ended.
 */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* GTK sets _NET_WM_NAME (UTF-8) and WM_NAME; either may hold the title. */
static int
title_contains (Display *dpy, Window win, const char *want)
{
  Atom utf8 = XInternAtom (dpy, "UTF8_STRING", False);
  Atom net_wm_name = XInternAtom (dpy, "_NET_WM_NAME", False);
  Atom type;
  int format, found = 0;
  unsigned long n_items, remaining;
  unsigned char *value = NULL;
  char *name = NULL;

  if (XGetWindowProperty (dpy, win, net_wm_name, 0, 4096, False, utf8, &type, &format, &n_items,
                          &remaining, &value) == Success && value != NULL)
    {
      found = strstr ((const char *) value, want) != NULL;
      XFree (value);
    }
  if (!found && XFetchName (dpy, win, &name) && name != NULL)
    {
      found = strstr (name, want) != NULL;
      XFree (name);
    }
  return found;
}

static long
peak_rss_kb (pid_t pid)
{
  char path[64], line[256];
  long kb = -1;
  FILE *status;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  if ((status = fopen (path, "r")) == NULL)
    return -1;
  while (fgets (line, sizeof line, status))
    if (sscanf (line, "VmHWM: %ld kB", &kb) == 1)
      break;
  fclose (status);
  return kb;
}

int
main (int argc, char **argv)
{
  Display *dpy;
  pid_t child;
  double start, mapped = -1;
  long settle_ms, rss;
  int status;

  if (argc < 4)
    {
      fprintf (stderr, "usage: map-timer TITLE SETTLE_MS PROGRAM [ARG...]\n");
      return 2;
    }
  settle_ms = strtol (argv[2], NULL, 10);
  if ((dpy = XOpenDisplay (NULL)) == NULL)
    {
      fprintf (stderr, "map-timer: no X display\n");
      return 2;
    }
  XSelectInput (dpy, DefaultRootWindow (dpy), SubstructureNotifyMask);
  XSync (dpy, False);

  start = seconds ();
  if ((child = fork ()) == 0)
    {
      execvp (argv[3], argv + 3);
      _exit (127);
    }

  while (mapped < 0 && seconds () - start < 30)
    {
      if (waitpid (child, &status, WNOHANG) == child)
        {
          fprintf (stderr, "map-timer: %s ended before its window appeared\n", argv[3]);
          return 1;
        }
      while (XPending (dpy) && mapped < 0)
        {
          XEvent event;

          XNextEvent (dpy, &event);
          if (event.type == MapNotify && title_contains (dpy, event.xmap.window, argv[1]))
            mapped = seconds () - start;
          else if (event.type == CreateNotify)
            XSelectInput (dpy, event.xcreatewindow.window, PropertyChangeMask);
          else if (event.type == PropertyNotify && title_contains (dpy, event.xproperty.window, argv[1]))
            {
              XWindowAttributes attrs;
              if (XGetWindowAttributes (dpy, event.xproperty.window, &attrs) &&
                  attrs.map_state == IsViewable)
                mapped = seconds () - start;
            }
        }
      if (mapped < 0)
        usleep (500);
    }

  if (mapped < 0)
    {
      kill (child, SIGTERM);
      fprintf (stderr, "map-timer: no window titled like “%s” within 30 s\n", argv[1]);
      return 1;
    }

  usleep (settle_ms * 1000);
  rss = peak_rss_kb (child);
  kill (child, SIGTERM);
  waitpid (child, &status, 0);
  printf ("%.4f %ld\n", mapped, rss);
  return 0;
}
