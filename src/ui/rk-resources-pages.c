/* rk-resources-pages.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resources-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-resources-private.h"
#include "rk-vocabulary.h"

/* The other two pages of the tab: the map of the listed resources (drawn
 * by src/draw/rk-resource-map.c; click selects, scroll zooms, drag pans)
 * and the coverage gaps of the area.
 */

/*
 * The map
 */

static void
draw_map_cb (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  RkResourcesView *self = user_data;

  if (!rk_resource_map_is_fitted (self->map))
    rk_resource_map_fit (self->map, width, height);
  rk_resource_map_draw (self->map, cr, width, height);
}

static void
map_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                RkResourcesView *self)
{
  GtkWidget *area = GTK_WIDGET (self->map_area);
  gint64 id;

  gtk_widget_grab_focus (area);
  id = rk_resource_map_hit (self->map, x, y, gtk_widget_get_width (area),
                            gtk_widget_get_height (area), 8.0);
  if (id != 0)
    _rk_resources_view_select_id (self, id);
}

static gboolean
map_scroll_cb (GtkEventControllerScroll *controller,
               double                    dx,
               double                    dy,
               RkResourcesView          *self)
{
  GtkWidget *area = GTK_WIDGET (self->map_area);
  double x = self->pointer_x;
  double y = self->pointer_y;

  rk_resource_map_zoom (self->map, pow (1.25, -dy), x, y, gtk_widget_get_width (area),
                        gtk_widget_get_height (area));
  gtk_widget_queue_draw (area);
  return TRUE;
}

static void
map_motion_cb (GtkEventControllerMotion *motion,
               double                    x,
               double                    y,
               RkResourcesView          *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static void
map_drag_update_cb (GtkGestureDrag  *gesture,
                    double           offset_x,
                    double           offset_y,
                    RkResourcesView *self)
{
  double last_x = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (gesture), "rk-last-x")) / 100.0;
  double last_y = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (gesture), "rk-last-y")) / 100.0;

  rk_resource_map_pan (self->map, offset_x - last_x, offset_y - last_y);
  g_object_set_data (G_OBJECT (gesture), "rk-last-x", GINT_TO_POINTER ((int) (offset_x * 100)));
  g_object_set_data (G_OBJECT (gesture), "rk-last-y", GINT_TO_POINTER ((int) (offset_y * 100)));
  gtk_widget_queue_draw (GTK_WIDGET (self->map_area));
}

static void
map_drag_begin_cb (GtkGestureDrag  *gesture,
                   double           x,
                   double           y,
                   RkResourcesView *self)
{
  g_object_set_data (G_OBJECT (gesture), "rk-last-x", NULL);
  g_object_set_data (G_OBJECT (gesture), "rk-last-y", NULL);
}

/* Keyboard: + and - zoom, the arrows pan, 0 shows everything. */
static gboolean
map_key_cb (GtkEventControllerKey *controller,
            guint                  keyval,
            guint                  keycode,
            GdkModifierType        state,
            RkResourcesView       *self)
{
  GtkWidget *area = GTK_WIDGET (self->map_area);
  double w = gtk_widget_get_width (area);
  double h = gtk_widget_get_height (area);

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      rk_resource_map_zoom (self->map, 1.5, w / 2, h / 2, w, h);
      break;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      rk_resource_map_zoom (self->map, 1 / 1.5, w / 2, h / 2, w, h);
      break;
    case GDK_KEY_Left:
      rk_resource_map_pan (self->map, 60, 0);
      break;
    case GDK_KEY_Right:
      rk_resource_map_pan (self->map, -60, 0);
      break;
    case GDK_KEY_Up:
      rk_resource_map_pan (self->map, 0, 60);
      break;
    case GDK_KEY_Down:
      rk_resource_map_pan (self->map, 0, -60);
      break;
    case GDK_KEY_0:
      rk_resource_map_fit (self->map, w, h);
      break;
    default:
      return FALSE;
    }

  gtk_widget_queue_draw (area);
  return TRUE;
}

void
_rk_resources_view_init_map (RkResourcesView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_null_terminated (20, NULL, TRUE);
  const RkTerm *terms;
  guint n_terms;

  terms = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_terms);
  for (guint i = 0; i < n_terms; i++)
    g_ptr_array_add (labels, (gpointer) _(terms[i].label));
  rk_resource_map_set_kind_labels (self->map, (const char * const *) labels->pdata);

  gtk_drawing_area_set_draw_func (self->map_area, draw_map_cb, self, NULL);

  g_signal_connect (click, "pressed", G_CALLBACK (map_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map_area), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (drag, "drag-begin", G_CALLBACK (map_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (map_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map_area), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (scroll, "scroll", G_CALLBACK (map_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map_area), scroll);

  g_signal_connect (motion, "motion", G_CALLBACK (map_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map_area), motion);

  g_signal_connect (keys, "key-pressed", G_CALLBACK (map_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->map_area), keys);
}

/**
 * _rk_resources_view_update_map:
 *
 * Reads the positions of the listed resources (search and filters as
 * shown) into the map.
 */
void
_rk_resources_view_update_map (RkResourcesView *self)
{
  g_auto(RkResourceFilter) filter;
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (RkMapPoint));
  g_autoptr(GHashTable) kinds = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) params = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  const RkTerm *terms;
  guint n_terms;
  gboolean first = rk_resource_map_get_n_points (self->map) == 0;

  self->map_stale = FALSE;
  if (self->db == NULL)
    {
      rk_resource_map_set_points (self->map, NULL, 0);
      gtk_widget_queue_draw (GTK_WIDGET (self->map_area));
      return;
    }

  terms = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_terms);
  for (guint i = 0; i < n_terms; i++)
    g_hash_table_insert (kinds, (gpointer) terms[i].code, GUINT_TO_POINTER (i + 1));

  _rk_resources_view_full_filter (self, &filter);
  sql = rk_resource_filter_build_select (&filter, "o.id, o.latitude, o.longitude, o.kind",
                                         &params);
  if (sqlite3_prepare_v2 (rk_database_get_handle (self->db), sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      for (guint i = 0; params[i] != NULL; i++)
        sqlite3_bind_text (stmt, i + 1, params[i], -1, SQLITE_STATIC);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          RkMapPoint p;
          guint kind;

          if (sqlite3_column_type (stmt, 1) == SQLITE_NULL ||
              sqlite3_column_type (stmt, 2) == SQLITE_NULL)
            continue;
          p.id = sqlite3_column_int64 (stmt, 0);
          p.latitude = sqlite3_column_double (stmt, 1);
          p.longitude = sqlite3_column_double (stmt, 2);
          kind = GPOINTER_TO_UINT (g_hash_table_lookup (kinds, sqlite3_column_text (stmt, 3)));
          p.kind = kind > 0 ? kind - 1 : n_terms - 1;
          g_array_append_val (points, p);
        }
    }
  sqlite3_finalize (stmt);

  rk_resource_map_set_points (self->map, (RkMapPoint *) (gpointer) points->data, points->len);
  if (first && gtk_widget_get_width (GTK_WIDGET (self->map_area)) > 0)
    rk_resource_map_fit (self->map, gtk_widget_get_width (GTK_WIDGET (self->map_area)),
                         gtk_widget_get_height (GTK_WIDGET (self->map_area)));
  gtk_widget_queue_draw (GTK_WIDGET (self->map_area));

  {
    /* Translators: the map's accessible description */
    g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "%u resource on the map",
                                                                 "%u resources on the map",
                                                                 points->len), points->len);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->map_area),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  }
}

/*
 * Coverage gaps
 */

static GtkWidget *
grid_label (const char *text,
            const char *css_class,
            gboolean    end)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), end ? 1.0 : 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 12);
  gtk_widget_add_css_class (label, "coverage-cell");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * _rk_resources_view_update_coverage:
 *
 * The table of the key capabilities per 10,000 residents aged 65+, by
 * municipality of the area, the gaps marked.
 */
void
_rk_resources_view_update_coverage (RkResourcesView *self)
{
  g_autoptr(RkCoverage) coverage = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  self->coverage_stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->coverage_grid))) != NULL)
    gtk_grid_remove (self->coverage_grid, child);

  if (self->db == NULL)
    return;

  coverage = rk_coverage_compute (self->db, &error);
  if (coverage == NULL)
    {
      gtk_grid_attach (self->coverage_grid, grid_label (error->message, NULL, FALSE), 0, 0, 1, 1);
      return;
    }

  if (coverage->n_municipalities <= 1)
    {
      gtk_grid_attach (self->coverage_grid,
                       grid_label (_("Add the municipalities of the area and their population "
                                     "aged 65 and over in the workspace’s properties (Alt+Enter) "
                                     "to see its gaps."), NULL, FALSE), 0, 0, 1, 1);
      return;
    }

  gtk_grid_attach (self->coverage_grid, grid_label (_("Municipality"), "heading", FALSE), 0, 0, 1, 1);
  gtk_grid_attach (self->coverage_grid, grid_label (_("Aged 65+"), "heading", TRUE), 1, 0, 1, 1);
  for (guint c = 0; c < coverage->n_capabilities; c++)
    gtk_grid_attach (self->coverage_grid,
                     grid_label (coverage->capability_labels[c], "heading", TRUE), c + 2, 0, 1, 1);

  for (guint m = 0; m < coverage->n_municipalities; m++)
    {
      gboolean total = m + 1 == coverage->n_municipalities;
      g_autofree char *elderly = coverage->elderly[m] >= 0
                                 ? g_strdup_printf ("%'" G_GINT64_FORMAT, coverage->elderly[m])
                                 : g_strdup (_("unknown"));

      gtk_grid_attach (self->coverage_grid,
                       grid_label (coverage->municipality_names[m], total ? "heading" : NULL, FALSE),
                       0, m + 1, 1, 1);
      gtk_grid_attach (self->coverage_grid, grid_label (elderly, NULL, TRUE), 1, m + 1, 1, 1);

      for (guint c = 0; c < coverage->n_capabilities; c++)
        {
          guint count = rk_coverage_get_count (coverage, m, c);
          double rate = rk_coverage_get_rate (coverage, m, c);
          g_autofree char *text = NULL;
          GtkWidget *cell;

          if (count == 0)
            text = g_strdup ("—");
          else if (isnan (rate))
            text = g_strdup_printf ("(%u)", count);
          else
            text = g_strdup_printf ("%.1f (%u)", rate, count);

          cell = grid_label (text, count == 0 ? "coverage-gap" : NULL, TRUE);
          if (count == 0)
            {
              /* Translators: a gap of the coverage table, for screen readers:
               * municipality, capability
               */
              g_autofree char *gap = g_strdup_printf (_("Gap: %s, %s"),
                                                      coverage->municipality_names[m],
                                                      coverage->capability_labels[c]);
              gtk_widget_set_tooltip_text (cell, gap);
              gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, gap, -1);
            }
          gtk_grid_attach (self->coverage_grid, cell, c + 2, m + 1, 1, 1);
        }
    }
}
