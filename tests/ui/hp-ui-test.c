/* hp-ui-test.c: what the ui tests share: a real window, waiting, settling, screenshots
 *
 * Copyright 2026 The HIT Study Planner authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tests run under Xvfb with the cairo renderer and in-memory settings
 * (see tests/meson.build).  Screenshots go to tests/screenshots/NAME.png in
 * the build tree, and each is checked to be the window's size and not blank.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "hp-plan-view.h"
#include "hp-ui-test.h"

/* A file of the source tree's data/ folder. */
char *
hp_ui_test_data_path (const char *first,
                      ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) g_test_get_dir (G_TEST_DIST));
  g_ptr_array_add (parts, (gpointer) "..");
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static void name_what_is_left (void);

/* Runs the main loop until @done says so, or fails, naming what it waited
 * for, after a time that a loaded machine never needs. */
void
hp_ui_test_wait_for (const char  *what,
                     gboolean   (*done) (gpointer),
                     gpointer     data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        {
          name_what_is_left ();
          g_error ("gave up waiting for %s", what);
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* For hp_ui_test_wait_until: the window shows a plan. */
gboolean
hp_ui_test_has_document (gpointer window)
{
  return hp_window_get_document (window) != NULL;
}

static gboolean
stack_settled (gpointer window)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (window, HP_TYPE_WINDOW, "stack"));

  return !gtk_stack_get_transition_running (stack);
}

static gboolean
plan_view_settled (gpointer window)
{
  return hp_plan_view_is_settled (HP_PLAN_VIEW (gtk_widget_get_template_child (window,
                                                                              HP_TYPE_WINDOW,
                                                                              "plan_view")));
}

static gboolean
revealers_settled (gpointer window)
{
  static const char *names[] = { "error_revealer", "notice_revealer", "disk_revealer" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkRevealer *r = GTK_REVEALER (gtk_widget_get_template_child (window, HP_TYPE_WINDOW,
                                                                    names[i]));
      if (gtk_revealer_get_child_revealed (r) != gtk_revealer_get_reveal_child (r))
        return FALSE;
    }
  return TRUE;
}

/* Lets layout, idle refreshes and transitions finish. */
void
hp_ui_test_settle (HpWindow *window)
{
  for (int i = 0; i < 30; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  hp_ui_test_wait_until (stack_settled, window);
  hp_ui_test_wait_until (revealers_settled, window);
  hp_ui_test_wait_until (plan_view_settled, window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Every window and popover ever shown, until it is finalized, with what it
 * was shown on.  A test leaves none behind: an open popover holds a GTK grab
 * that keeps it alive, and one that outlives its window is a grab left to
 * shadow every later window (see src/app/hp-popover.c).  GTK has no public
 * way to ask for the current grab, so the tests watch what was shown. */
static GHashTable *shown;

static void
shown_finalized_cb (gpointer  data,
                      GObject  *where_the_object_was)
{
  g_hash_table_remove (shown, where_the_object_was);
}

static gboolean
native_mapped_hook (GSignalInvocationHint *hint,
                     guint                  n_values,
                     const GValue          *values,
                     gpointer               data)
{
  GObject *widget = g_value_get_object (&values[0]);

  if (GTK_IS_NATIVE (widget) && !g_hash_table_contains (shown, widget))
    {
      GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (widget));

      g_hash_table_insert (shown, widget,
                           g_strdup (parent ? G_OBJECT_TYPE_NAME (parent) : "display"));
      g_object_weak_ref (widget, shown_finalized_cb, NULL);
    }
  return TRUE;
}

static gboolean
nothing_shown_left (gpointer data)
{
  return g_hash_table_size (shown) == 0;
}

static void
name_what_is_left (void)
{
  GHashTableIter iter;
  gpointer native, parent;

  g_hash_table_iter_init (&iter, shown);
  while (g_hash_table_iter_next (&iter, &native, &parent))
    g_printerr ("# shown on a %s and never finalized: %s %p, ref count %u, visible %d\n",
                (char *) parent, G_OBJECT_TYPE_NAME (native), native,
                G_OBJECT (native)->ref_count, gtk_widget_get_visible (native));
}

/* Settings live in memory for the whole test program: each test starts from
 * the defaults, whatever view or size the one before left. */
static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* The look a test asks for: NULL or "light", "dark", "hc" (GTK's high
 * contrast theme) or "hc-dark".  GTK's settings are the display's: every
 * test starts from the light style. */
void
hp_ui_test_set_style (const char *style)
{
  GtkSettings *settings = gtk_settings_get_default ();

  gtk_settings_reset_property (settings, "gtk-theme-name");
  gtk_settings_reset_property (settings, "gtk-application-prefer-dark-theme");
  if (g_strcmp0 (style, "dark") == 0 || g_strcmp0 (style, "hc-dark") == 0)
    g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  if (style != NULL && g_str_has_prefix (style, "hc"))
    g_object_set (settings, "gtk-theme-name", "HighContrast", NULL);
}

/* No test sees a draft of unsaved edits another test left. */
static void
remove_drafts (void)
{
  g_autoptr(GPtrArray) drafts = hp_draft_list ();

  for (guint i = 0; i < drafts->len; i++)
    hp_draft_discard (((HpDraft *) g_ptr_array_index (drafts, i))->plan_path);
}

void
hp_ui_test_set_up (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Whatever ran before left nothing behind (see hp_ui_test_tear_down). */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 0);
  g_assert_cmpuint (g_hash_table_size (shown), ==, 0);
  reset_settings ();
  hp_ui_test_set_style (NULL);
  remove_drafts ();

  f->app = hp_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (f->app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (f->app));
  f->window = hp_application_get_window (f->app);
  g_assert_nonnull (f->window);
  /* The sample is read in a worker thread while the window is built. */
  hp_ui_test_wait_until (hp_ui_test_has_document, f->window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  hp_ui_test_wait_until (is_mapped, f->window);
  hp_ui_test_settle (f->window);
}

/* Closes whatever a test left open without questions, the way a user
 * closes the window with a menu, a form or a question still open, and then
 * checks that it is all gone: every window finalized (so its popovers,
 * timers and idles with it) and no grab left to shadow the next test's
 * window.  A leak here is a bug in the app, not in the test. */
void
hp_ui_test_tear_down (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Destroying one window may destroy others with it: take the list first. */
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    g_ptr_array_add (windows, g_list_model_get_item (toplevels, i));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_destroy (g_ptr_array_index (windows, i));
  g_ptr_array_set_size (windows, 0);
  g_clear_object (&f->app);
  f->window = NULL;

  hp_ui_test_wait_until (nothing_shown_left, NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, 0);
  remove_drafts ();
}

/* Tests run in the order HP_TEST_ORDER names (paths separated by commas;
 * those it leaves out are not run), or shuffled by HP_TEST_SEED, or, with
 * neither, shuffled by a fresh seed that is printed so a failing order can
 * be run again.  A test must pass alone and after any other. */
typedef struct
{
  char *path;
  void (*func) (Fixture *, gconstpointer);
} Registered;

static GPtrArray *registered;

void
hp_ui_test_add (const char  *path,
                void       (*func) (Fixture *, gconstpointer))
{
  Registered *r = g_new0 (Registered, 1);

  if (registered == NULL)
    registered = g_ptr_array_new ();
  r->path = g_strdup (path);
  r->func = func;
  g_ptr_array_add (registered, r);
}

static void
add_registered (Registered *r)
{
  g_test_add (r->path, Fixture, NULL, hp_ui_test_set_up, r->func, hp_ui_test_tear_down);
}

int
hp_ui_test_run (void)
{
  const char *order = g_getenv ("HP_TEST_ORDER");
  const char *seed_text = g_getenv ("HP_TEST_SEED");
  guint32 seed;
  GRand *rand;

  g_assert_nonnull (registered);
  if (order != NULL && *order != '\0')
    {
      g_auto(GStrv) paths = g_strsplit (order, ",", -1);

      g_test_message ("order: HP_TEST_ORDER=%s", order);
      for (guint i = 0; paths[i] != NULL; i++)
        for (guint j = 0; j < registered->len; j++)
          if (g_str_equal (((Registered *) registered->pdata[j])->path, paths[i]))
            add_registered (registered->pdata[j]);
      return g_test_run ();
    }

  seed = seed_text != NULL && *seed_text != '\0' ? (guint32) g_ascii_strtoull (seed_text, NULL, 10)
                                                 : g_random_int ();
  rand = g_rand_new_with_seed (seed);
  /* Fisher-Yates */
  for (guint i = registered->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, (gint32) i);
      gpointer t = registered->pdata[i - 1];

      registered->pdata[i - 1] = registered->pdata[j];
      registered->pdata[j] = t;
    }
  g_rand_free (rand);
  g_print ("# order: HP_TEST_SEED=%u\n", seed);
  for (guint i = 0; i < registered->len; i++)
    add_registered (registered->pdata[i]);
  return g_test_run ();
}

/* The window's size stayed the same over a few frames' time. */
static gboolean
size_stable (gpointer window)
{
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);

  for (int i = 0; i < 10; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (3000);
    }
  return width == gtk_widget_get_width (window) && height == gtk_widget_get_height (window);
}

/* Renders the whole window, header bar included, as a user sees it. */
static GdkTexture *
render_window (GtkWindow *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GskRenderNode) node = NULL;
  int width, height;

  /* A form just presented is mapped, and has its size, a few frames later;
   * a window whose content just changed may still grow or shrink. */
  hp_ui_test_wait_until (is_mapped, window);
  hp_ui_test_wait_until (size_stable, window);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  /* A window waiting for its next layout draws nothing: let a frame pass. */
  for (int i = 0; node == NULL && i < 200; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      if (i > 0)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (5000);
        }
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* A blank picture has one colour; a real view has text, icons and edges. */
static guint
count_colours (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);

  gdk_texture_download (texture, pixels, stride);
  for (int i = 0; i < width * height; i++)
    {
      guint32 px;

      memcpy (&px, pixels + 4 * i, 4);
      g_hash_table_add (colours, GUINT_TO_POINTER (px));
      if (g_hash_table_size (colours) > 1000)
        break;
    }
  return g_hash_table_size (colours);
}

typedef struct
{
  GtkWidget *window;
  int        width;
} Resize;

static gboolean
has_width (gpointer data)
{
  Resize *r = data;

  /* The window may first stop at its wide layout's minimum, turn narrow,
   * and only then shrink further, as when a user drags its edge. */
  gtk_window_set_default_size (GTK_WINDOW (r->window), r->width, 720);
  /* The default size counts the frame that client-side decorations draw. */
  return ABS (gtk_widget_get_width (r->window) - r->width) <= 12;
}

/* Makes the window @width pixels wide (720 high), as a user dragging its
 * edge would, and waits for the layout to follow. */
void
hp_ui_test_resize (HpWindow *window,
                   int       width)
{
  Resize r = { GTK_WIDGET (window), width };

  hp_ui_test_wait_until (has_width, &r);
  hp_ui_test_settle (window);
}

void
hp_ui_test_screenshot (GtkWindow  *window,
                       const char *name)
{
  g_autoptr(GdkTexture) texture = render_window (window);
  const char *dir = g_getenv ("HP_SCREENSHOT_DIR");
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, file, NULL);

  /* The picture is the window's size and is not blank. */
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpuint (count_colours (texture), >, 50);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Contrast ------------------------------------------------------------------ */

static double
channel_to_linear (guint8 c)
{
  double v = c / 255.0;

  return v <= 0.04045 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
}

/* WCAG 2 relative luminance of a B8G8R8A8 pixel. */
static double
luminance (const guchar *px)
{
  return 0.2126 * channel_to_linear (px[2]) + 0.7152 * channel_to_linear (px[1]) +
         0.0722 * channel_to_linear (px[0]);
}

static double
contrast_ratio (double a,
                double b)
{
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

typedef struct
{
  GtkWidget *window;
  guchar    *pixels;
  int        width, height;
  gsize      stride;
  GString   *failures;
  double     minimum;
  guint      checked;
} ContrastCheck;

/* @widget's box in the window's coordinates, when all of it is on screen:
 * inside every scrolled window round it.  A label scrolled half away is
 * measured where it is shown whole. */
static gboolean
visible_box (GtkWidget       *widget,
             GtkWidget       *window,
             graphene_rect_t *box)
{
  if (!gtk_widget_compute_bounds (widget, window, box))
    return FALSE;
  for (GtkWidget *a = gtk_widget_get_parent (widget); a != NULL && a != window;
       a = gtk_widget_get_parent (a))
    if (GTK_IS_SCROLLED_WINDOW (a) || GTK_IS_VIEWPORT (a))
      {
        graphene_rect_t clip;

        if (!gtk_widget_compute_bounds (a, window, &clip) ||
            !graphene_rect_contains_rect (&clip, box))
          return FALSE;
      }
  return TRUE;
}

/* A label's text against what is behind it, as drawn: the background is the
 * box's most common colour, the text its colour farthest from that (the
 * core of a glyph, where anti-aliasing does not reach). */
static void
check_label (ContrastCheck *c,
             GtkLabel      *label)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  graphene_rect_t box;
  int x0, y0, x1, y1;
  guint32 background = 0;
  guint most = 0;
  double l_bg, best = 1;
  GHashTableIter iter;
  gpointer key, value;

  if (!gtk_widget_get_mapped (GTK_WIDGET (label)) || !gtk_widget_is_sensitive (GTK_WIDGET (label)) ||
      *gtk_label_get_text (label) == '\0' ||
      GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (label))) != c->window ||
      !visible_box (GTK_WIDGET (label), c->window, &box))
    return;
  x0 = (int) ceil (box.origin.x);
  y0 = (int) ceil (box.origin.y);
  x1 = (int) floor (box.origin.x + box.size.width);
  y1 = (int) floor (box.origin.y + box.size.height);
  if (x0 < 0 || y0 < 0 || x1 > c->width || y1 > c->height || x1 - x0 < 6 || y1 - y0 < 6)
    return;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 px;
        guint n;

        memcpy (&px, c->pixels + y * c->stride + 4 * x, 4);
        n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (px))) + 1;
        g_hash_table_insert (counts, GUINT_TO_POINTER (px), GUINT_TO_POINTER (n));
        if (n > most)
          {
            most = n;
            background = px;
          }
      }
  l_bg = luminance ((guchar *) &background);
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 px = GPOINTER_TO_UINT (key);
      best = MAX (best, contrast_ratio (l_bg, luminance ((guchar *) &px)));
    }
  c->checked++;
  if (best < c->minimum)
    g_string_append_printf (c->failures, "  %.2f:1 “%s” (%s)\n", best, gtk_label_get_text (label),
                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (GTK_WIDGET (label))));
}

static void
check_labels_in (ContrastCheck *c,
                 GtkWidget     *widget)
{
  for (GtkWidget *w = gtk_widget_get_first_child (widget); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_LABEL (w))
        check_label (c, GTK_LABEL (w));
      check_labels_in (c, w);
    }
}

/* Every label on screen in @window has text at @minimum:1 contrast or more
 * against what is drawn behind it (WCAG AA asks 4.5:1), as a user sees it.
 * Insensitive widgets are exempt, as WCAG exempts inactive controls. */
void
hp_ui_test_assert_contrast (GtkWindow *window,
                            double     minimum)
{
  g_autoptr(GdkTexture) texture = render_window (window);
  g_autoptr(GString) failures = g_string_new (NULL);
  ContrastCheck c = { GTK_WIDGET (window), NULL, gdk_texture_get_width (texture),
                      gdk_texture_get_height (texture), 0, failures, minimum, 0 };

  c.stride = c.width * 4;
  c.pixels = g_malloc (c.stride * c.height);
  gdk_texture_download (texture, c.pixels, c.stride);
  check_labels_in (&c, GTK_WIDGET (window));
  g_free (c.pixels);
  g_test_message ("contrast: %u labels checked", c.checked);
  g_assert_cmpuint (c.checked, >, 0);
  if (failures->len > 0)
    g_error ("text below %.1f:1 contrast:\n%s", minimum, failures->str);
}

guint
hp_ui_test_count_visible_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint visible = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);
      if (gtk_widget_get_visible (w))
        visible++;
    }
  return visible;
}

/* Skips (exit 77) without a display; otherwise initializes GTK for testing. */
int
hp_ui_test_init (int    *argc,
                 char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display: run inside xvfb-run (see the README's test command)\n");
      return 77;
    }
  /* Drafts and backups go to a state folder of this program's own: test
   * programs run side by side must not see each other's drafts. */
  {
    g_autofree char *name = g_path_get_basename ((*argv)[0]);
    g_autofree char *base = g_build_filename (g_getenv ("XDG_STATE_HOME") ? g_getenv ("XDG_STATE_HOME")
                                                                          : g_get_tmp_dir (),
                                              name, NULL);

    g_mkdir_with_parents (base, 0700);
    g_setenv ("XDG_STATE_HOME", base, TRUE);
  }
  gtk_test_init (argc, argv, NULL);
  shown = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, native_mapped_hook,
                              NULL, NULL);
  return 0;
}
