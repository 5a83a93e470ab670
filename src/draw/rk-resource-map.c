/* rk-resource-map.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resource-map"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "rk-report.h"
#include "rk-resource-map.h"

/* The resources of the list on a plain drawing, offline: no map tiles
 * are fetched (a coordinator's office may have no network, and the
 * workspace holds what the map needs). Each resource is a dot coloured by
 * its kind; a scale bar says how far is far. The projection is
 * equirectangular around the view's centre, which is exact enough for the
 * few tens of kilometres of a home-care area.
 */

#define KM_PER_DEGREE 111.32
#define LEGEND_ROOM   190.0

struct _RkResourceMap
{
  RkMapPoint *points;
  guint       n_points;
  GStrv       kind_labels;
  gint64      selected;
  /* The view: its centre and how many pixels a degree of latitude is. */
  double      center_lat;
  double      center_lon;
  double      px_per_degree;
  gboolean    fitted;
};

/* Distinct, print-safe colours, in the order of the kinds. */
static const double palette[][3] = {
  { 0.80, 0.14, 0.11 },   /* 病院 */
  { 0.90, 0.38, 0.00 },   /* 診療所 */
  { 0.60, 0.36, 0.07 },   /* 歯科 */
  { 0.15, 0.55, 0.20 },   /* 薬局 */
  { 0.11, 0.42, 0.80 },   /* 訪問看護 */
  { 0.00, 0.60, 0.65 },   /* 訪問リハ */
  { 0.55, 0.70, 0.10 },   /* 栄養ケア */
  { 0.45, 0.25, 0.65 },   /* 介護施設 */
  { 0.75, 0.30, 0.60 },   /* 居宅介護支援 */
  { 0.95, 0.65, 0.00 },   /* 訪問介護 */
  { 0.30, 0.30, 0.70 },   /* 障害福祉 */
  { 0.85, 0.20, 0.45 },   /* 地域包括 */
  { 0.40, 0.55, 0.75 },   /* 相談支援 */
  { 0.55, 0.10, 0.10 },   /* 消防 */
  { 0.35, 0.35, 0.35 },   /* 団体 */
  { 0.20, 0.20, 0.20 },   /* 行政 */
  { 0.55, 0.55, 0.55 },   /* その他 */
};

void
rk_resource_map_kind_color (guint   kind,
                            double *r,
                            double *g,
                            double *b)
{
  const double *c = palette[MIN (kind, G_N_ELEMENTS (palette) - 1)];

  *r = c[0];
  *g = c[1];
  *b = c[2];
}

RkResourceMap *
rk_resource_map_new (void)
{
  RkResourceMap *self = g_new0 (RkResourceMap, 1);

  self->center_lat = 36.0;
  self->center_lon = 138.0;
  self->px_per_degree = 50.0;
  return self;
}

void
rk_resource_map_free (RkResourceMap *self)
{
  if (self == NULL)
    return;
  g_free (self->points);
  g_strfreev (self->kind_labels);
  g_free (self);
}

/**
 * rk_resource_map_set_points:
 *
 * Replaces the dots (copied). The view stays where it is; call
 * rk_resource_map_fit() to show them all.
 */
void
rk_resource_map_set_points (RkResourceMap    *self,
                            const RkMapPoint *points,
                            guint             n_points)
{
  g_return_if_fail (self != NULL);

  g_free (self->points);
  self->points = g_memdup2 (points, sizeof (RkMapPoint) * n_points);
  self->n_points = n_points;
}

guint
rk_resource_map_get_n_points (RkResourceMap *self)
{
  return self->n_points;
}

/**
 * rk_resource_map_set_kind_labels:
 * @labels: the name of each kind, for the legend
 */
void
rk_resource_map_set_kind_labels (RkResourceMap      *self,
                                 const char * const *labels)
{
  g_strfreev (self->kind_labels);
  self->kind_labels = g_strdupv ((char **) labels);
}

static double
lon_scale (RkResourceMap *self)
{
  return cos (self->center_lat * G_PI / 180.0);
}

void
rk_resource_map_project (RkResourceMap *self,
                         double         latitude,
                         double         longitude,
                         double         width,
                         double         height,
                         double        *x,
                         double        *y)
{
  *x = width / 2 + (longitude - self->center_lon) * lon_scale (self) * self->px_per_degree;
  *y = height / 2 - (latitude - self->center_lat) * self->px_per_degree;
}

/**
 * rk_resource_map_fit:
 *
 * Centres the view on the dots and zooms so that they all show, with a
 * margin, and clear of the legend when there is one.
 */
void
rk_resource_map_fit (RkResourceMap *self,
                     double         width,
                     double         height)
{
  double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
  double span_x, span_y;
  /* The legend's corner is left free, so that no dot hides behind it,
   * when the drawing is wide enough to spare it. */
  double legend = self->kind_labels != NULL && width > 3 * LEGEND_ROOM ? LEGEND_ROOM : 0;

  if (self->n_points == 0 || width <= 0 || height <= 0)
    return;

  for (guint i = 0; i < self->n_points; i++)
    {
      min_lat = MIN (min_lat, self->points[i].latitude);
      max_lat = MAX (max_lat, self->points[i].latitude);
      min_lon = MIN (min_lon, self->points[i].longitude);
      max_lon = MAX (max_lon, self->points[i].longitude);
    }

  self->center_lat = (min_lat + max_lat) / 2;
  self->center_lon = (min_lon + max_lon) / 2;
  span_y = MAX (max_lat - min_lat, 0.01);
  span_x = MAX ((max_lon - min_lon) * lon_scale (self), 0.01);
  self->px_per_degree = MIN ((width - 80 - legend) / span_x, (height - 80) / span_y);
  self->px_per_degree = CLAMP (self->px_per_degree, 5.0, 2e6);
  /* The dots' middle that much left of the drawing's. */
  self->center_lon += legend / 2 / (lon_scale (self) * self->px_per_degree);
  self->fitted = TRUE;
}

gboolean
rk_resource_map_is_fitted (RkResourceMap *self)
{
  return self->fitted;
}

/**
 * rk_resource_map_zoom:
 * @factor: > 1 to zoom in
 * @x: (in): the point that stays where it is, in pixels
 *
 * Zooms around a point (the pointer, for the scroll wheel).
 */
void
rk_resource_map_zoom (RkResourceMap *self,
                      double         factor,
                      double         x,
                      double         y,
                      double         width,
                      double         height)
{
  double lat = self->center_lat - (y - height / 2) / self->px_per_degree;
  double lon = self->center_lon + (x - width / 2) / (lon_scale (self) * self->px_per_degree);
  double ppd = CLAMP (self->px_per_degree * factor, 5.0, 2e6);

  /* Keep (lat, lon) under (x, y). */
  self->px_per_degree = ppd;
  self->center_lat = lat + (y - height / 2) / ppd;
  self->center_lon = lon - (x - width / 2) / (lon_scale (self) * ppd);
}

void
rk_resource_map_pan (RkResourceMap *self,
                     double         dx,
                     double         dy)
{
  self->center_lat += dy / self->px_per_degree;
  self->center_lon -= dx / (lon_scale (self) * self->px_per_degree);
}

void
rk_resource_map_set_selected (RkResourceMap *self,
                              gint64         id)
{
  self->selected = id;
}

/**
 * rk_resource_map_hit:
 * @radius: how far from a dot a click may be, in pixels
 *
 * Returns: the id of the dot nearest (@x, @y) within @radius, or 0
 */
gint64
rk_resource_map_hit (RkResourceMap *self,
                     double         x,
                     double         y,
                     double         width,
                     double         height,
                     double         radius)
{
  double best = radius * radius;
  gint64 id = 0;

  for (guint i = 0; i < self->n_points; i++)
    {
      double px, py, d;

      rk_resource_map_project (self, self->points[i].latitude, self->points[i].longitude,
                               width, height, &px, &py);
      d = (px - x) * (px - x) + (py - y) * (py - y);
      if (d <= best)
        {
          best = d;
          id = self->points[i].id;
        }
    }

  return id;
}

/**
 * rk_resource_map_scale_bar:
 * @max_px: the longest the bar may be
 * @length_px: (out): its length in pixels
 *
 * Returns: the distance the bar stands for, in kilometres (1, 2 or 5
 *   times a power of ten)
 */
double
rk_resource_map_scale_bar (RkResourceMap *self,
                           double         max_px,
                           double        *length_px)
{
  double km_per_px = KM_PER_DEGREE / self->px_per_degree;
  double max_km = max_px * km_per_px;
  double step = pow (10, floor (log10 (max_km)));
  double km = step;

  if (5 * step <= max_km)
    km = 5 * step;
  else if (2 * step <= max_km)
    km = 2 * step;

  *length_px = km / km_per_px;
  return km;
}

/* Draws @text with its top left at (@x, @y), unless @measure_only; returns
 * its width either way. */
static double
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      size,
           gboolean    measure_only)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (RK_REPORT_DEFAULT_FONT);
  int width = 0;

  pango_font_description_set_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (!measure_only)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/**
 * rk_resource_map_draw:
 *
 * Draws the map onto @cr in the rectangle (0, 0, @width, @height): a
 * light grid every tenth of a degree, the dots, the selected one ringed,
 * the scale bar and the legend of the kinds shown.
 */
void
rk_resource_map_draw (RkResourceMap *self,
                      cairo_t       *cr,
                      double         width,
                      double         height)
{
  gboolean present[G_N_ELEMENTS (palette)] = { FALSE, };
  double grid;
  double dot = self->px_per_degree > 2000 ? 3.0 : 2.0;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  cairo_set_source_rgb (cr, 0.97, 0.97, 0.95);
  cairo_paint (cr);

  /* A grid, so that panning and zooming are seen even where no dot is. */
  grid = self->px_per_degree > 4000 ? 0.01 : self->px_per_degree > 400 ? 0.1 : 1.0;
  cairo_set_source_rgba (cr, 0, 0, 0, 0.07);
  cairo_set_line_width (cr, 1);
  {
    double lat0 = self->center_lat - height / 2 / self->px_per_degree;
    double lat1 = self->center_lat + height / 2 / self->px_per_degree;
    double lon0 = self->center_lon - width / 2 / (lon_scale (self) * self->px_per_degree);
    double lon1 = self->center_lon + width / 2 / (lon_scale (self) * self->px_per_degree);

    for (double lat = floor (lat0 / grid) * grid; lat <= lat1; lat += grid)
      {
        double x, y;
        rk_resource_map_project (self, lat, lon0, width, height, &x, &y);
        cairo_move_to (cr, 0, round (y) + 0.5);
        cairo_line_to (cr, width, round (y) + 0.5);
      }
    for (double lon = floor (lon0 / grid) * grid; lon <= lon1; lon += grid)
      {
        double x, y;
        rk_resource_map_project (self, lat0, lon, width, height, &x, &y);
        cairo_move_to (cr, round (x) + 0.5, 0);
        cairo_line_to (cr, round (x) + 0.5, height);
      }
    cairo_stroke (cr);
  }

  /* The dots, one path per kind: 200,000 of them draw in a few tens of
   * milliseconds this way.
   */
  for (guint k = 0; k < G_N_ELEMENTS (palette); k++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < self->n_points; i++)
        {
          double x, y;

          if (MIN (self->points[i].kind, G_N_ELEMENTS (palette) - 1) != k)
            continue;
          rk_resource_map_project (self, self->points[i].latitude, self->points[i].longitude,
                                   width, height, &x, &y);
          if (x < -dot || y < -dot || x > width + dot || y > height + dot)
            continue;
          cairo_rectangle (cr, x - dot, y - dot, 2 * dot, 2 * dot);
          any = TRUE;
        }
      if (any)
        {
          cairo_set_source_rgb (cr, palette[k][0], palette[k][1], palette[k][2]);
          cairo_fill (cr);
          present[k] = TRUE;
        }
    }

  for (guint i = 0; i < self->n_points && self->selected != 0; i++)
    {
      double x, y;

      if (self->points[i].id != self->selected)
        continue;
      rk_resource_map_project (self, self->points[i].latitude, self->points[i].longitude,
                               width, height, &x, &y);
      cairo_arc (cr, x, y, 8, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 4);
      cairo_stroke_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }

  /* The scale bar, bottom left. */
  {
    double length;
    double km = rk_resource_map_scale_bar (self, MIN (160.0, width / 3), &length);
    g_autofree char *label = km >= 1 ? g_strdup_printf ("%g km", km)
                                     : g_strdup_printf ("%g m", km * 1000);
    double x = 16;
    double y = height - 20;

    cairo_set_source_rgba (cr, 1, 1, 1, 0.8);
    cairo_rectangle (cr, x - 6, y - 22, length + 12, 30);
    cairo_fill (cr);
    cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
    cairo_set_line_width (cr, 2);
    cairo_move_to (cr, x, y - 5);
    cairo_line_to (cr, x, y);
    cairo_line_to (cr, x + length, y);
    cairo_line_to (cr, x + length, y - 5);
    cairo_stroke (cr);
    draw_text (cr, label, x, y - 21, 8, FALSE);
  }

  /* The legend of the kinds shown, top right. */
  if (self->kind_labels != NULL)
    {
      double y = 12;
      double text_width = 0;
      double left;
      guint n = 0;

      for (guint k = 0; k < G_N_ELEMENTS (palette); k++)
        if (present[k] && k < g_strv_length (self->kind_labels))
          {
            n++;
            text_width = MAX (text_width, draw_text (cr, self->kind_labels[k], 0, 0, 8, TRUE));
          }
      left = width - 6 - (text_width + 30);
      if (n > 0)
        {
          cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
          cairo_rectangle (cr, left, 6, text_width + 30, 16 * n + 10);
          cairo_fill (cr);
        }
      for (guint k = 0; k < G_N_ELEMENTS (palette); k++)
        {
          if (!present[k] || k >= g_strv_length (self->kind_labels))
            continue;
          cairo_set_source_rgb (cr, palette[k][0], palette[k][1], palette[k][2]);
          cairo_rectangle (cr, left + 8, y + 4, 8, 8);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          draw_text (cr, self->kind_labels[k], left + 22, y, 8, FALSE);
          y += 16;
        }
    }

  cairo_restore (cr);
}
