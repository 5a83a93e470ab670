/* test-resource-map.c — the directory's offline map: fitting, the
 * projection, zoom around the pointer, pan, click to select, the scale
 * bar, and the dots drawn in their kind's colour.
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "rk-resource-map.h"

#define W 640.0
#define H 480.0

/* Three towns of a home-care area, a few kilometres apart. */
static const RkMapPoint points[] = {
  { 1, 36.080, 139.690, 0 },   /* a hospital */
  { 2, 36.085, 139.700, 4 },   /* a home-visit nursing station */
  { 3, 36.200, 139.900, 3 },   /* a pharmacy, north-east */
  { 4, 35.950, 139.550, 1 },   /* a clinic, south-west */
};

static RkResourceMap *
fitted_map (void)
{
  RkResourceMap *map = rk_resource_map_new ();

  rk_resource_map_set_points (map, points, G_N_ELEMENTS (points));
  rk_resource_map_fit (map, W, H);
  return map;
}

static void
project (RkResourceMap *map,
         guint          i,
         double        *x,
         double        *y)
{
  rk_resource_map_project (map, points[i].latitude, points[i].longitude, W, H, x, y);
}

static void
test_fit (void)
{
  g_autoptr(RkResourceMap) map = rk_resource_map_new ();
  double left = W, right = 0, top = H, bottom = 0;

  g_assert_false (rk_resource_map_is_fitted (map));
  /* Nothing to fit: nothing happens. */
  rk_resource_map_fit (map, W, H);
  g_assert_false (rk_resource_map_is_fitted (map));

  rk_resource_map_set_points (map, points, G_N_ELEMENTS (points));
  g_assert_cmpuint (rk_resource_map_get_n_points (map), ==, 4);
  rk_resource_map_fit (map, W, H);
  g_assert_true (rk_resource_map_is_fitted (map));

  /* Every dot on the drawing, with a margin; the view used in one
   * direction at least. */
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      double x, y;

      project (map, i, &x, &y);
      left = MIN (left, x);
      right = MAX (right, x);
      top = MIN (top, y);
      bottom = MAX (bottom, y);
    }
  g_assert_cmpfloat (left, >=, 20);
  g_assert_cmpfloat (top, >=, 20);
  g_assert_cmpfloat (right, <=, W - 20);
  g_assert_cmpfloat (bottom, <=, H - 20);
  g_assert_true (right - left >= W - 100 || bottom - top >= H - 100);

  /* North up, east right. */
  {
    double x3, y3, x4, y4;

    project (map, 2, &x3, &y3);
    project (map, 3, &x4, &y4);
    g_assert_cmpfloat (y3, <, y4);
    g_assert_cmpfloat (x3, >, x4);
  }
}

static void
test_fit_one_point (void)
{
  g_autoptr(RkResourceMap) map = rk_resource_map_new ();
  double x, y;

  rk_resource_map_set_points (map, points, 1);
  rk_resource_map_fit (map, W, H);
  rk_resource_map_project (map, points[0].latitude, points[0].longitude, W, H, &x, &y);
  g_assert_cmpfloat (fabs (x - W / 2), <, 0.5);
  g_assert_cmpfloat (fabs (y - H / 2), <, 0.5);
  g_assert_true (isfinite (x) && isfinite (y));
}

static void
test_zoom_pan (void)
{
  g_autoptr(RkResourceMap) map = fitted_map ();
  double x1, y1, x2, y2, d0, d1, ax, ay, bx, by;

  project (map, 0, &x1, &y1);
  project (map, 2, &x2, &y2);
  d0 = hypot (x2 - x1, y2 - y1);

  /* Zooming in twice as far around the hospital keeps it under the
   * pointer and doubles distances. */
  rk_resource_map_zoom (map, 2.0, x1, y1, W, H);
  project (map, 0, &ax, &ay);
  project (map, 2, &bx, &by);
  g_assert_cmpfloat (fabs (ax - x1), <, 0.01);
  g_assert_cmpfloat (fabs (ay - y1), <, 0.01);
  d1 = hypot (bx - ax, by - ay);
  g_assert_cmpfloat (fabs (d1 / d0 - 2.0), <, 0.001);

  /* Dragging moves everything by the drag. */
  rk_resource_map_pan (map, 30, -12);
  project (map, 0, &bx, &by);
  g_assert_cmpfloat (fabs (bx - (ax + 30)), <, 0.01);
  g_assert_cmpfloat (fabs (by - (ay - 12)), <, 0.01);
}

static void
test_hit (void)
{
  g_autoptr(RkResourceMap) map = fitted_map ();
  double x, y;

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      project (map, i, &x, &y);
      g_assert_cmpint (rk_resource_map_hit (map, x + 2, y - 2, W, H, 6), ==, points[i].id);
    }

  /* Far from every dot: nothing. */
  g_assert_cmpint (rk_resource_map_hit (map, 2, H - 2, W, H, 6), ==, 0);

  /* Two dots close together: the nearer one. */
  rk_resource_map_zoom (map, 0.05, W / 2, H / 2, W, H);
  {
    double x1, y1, x2, y2;

    project (map, 0, &x1, &y1);
    project (map, 1, &x2, &y2);
    g_assert_cmpfloat (hypot (x2 - x1, y2 - y1), <, 6);
    g_assert_cmpint (rk_resource_map_hit (map, x1, y1, W, H, 6), ==, 1);
    g_assert_cmpint (rk_resource_map_hit (map, x2, y2, W, H, 6), ==, 2);
  }
}

static void
test_scale_bar (void)
{
  g_autoptr(RkResourceMap) map = fitted_map ();
  double x1, y1, x2, y2, length, km, mantissa, px_per_km;

  km = rk_resource_map_scale_bar (map, 160, &length);
  g_assert_cmpfloat (length, <=, 160);
  g_assert_cmpfloat (length, >, 160 / 5.0);
  /* A round distance: 1, 2 or 5 times a power of ten. */
  mantissa = km / pow (10, floor (log10 (km)));
  g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 ||
                 fabs (mantissa - 5) < 1e-9);

  /* True to the ground: 0.1° of latitude is about 11.1 km. */
  rk_resource_map_project (map, 36.0, 139.7, W, H, &x1, &y1);
  rk_resource_map_project (map, 36.1, 139.7, W, H, &x2, &y2);
  px_per_km = length / km;
  g_assert_cmpfloat (fabs ((y1 - y2) / px_per_km - 11.13), <, 0.1);

  /* Zoomed far in, the bar counts in metres. */
  rk_resource_map_zoom (map, 100, W / 2, H / 2, W, H);
  km = rk_resource_map_scale_bar (map, 160, &length);
  g_assert_cmpfloat (km, <, 1);
}

static void
pixel (cairo_surface_t *surface,
       double           x,
       double           y,
       double          *r,
       double          *g,
       double          *b)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 v = *(guint32 *) (data + (int) y * stride + 4 * (int) x);

  *r = ((v >> 16) & 0xff) / 255.0;
  *g = ((v >> 8) & 0xff) / 255.0;
  *b = (v & 0xff) / 255.0;
}

static void
test_draw (void)
{
  g_autoptr(RkResourceMap) map = fitted_map ();
  static const char *const labels[] = {
    "病院", "診療所", "歯科診療所", "薬局", "訪問看護事業所", NULL,
  };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  double x, y, r, g, b, kr, kg, kb;

  /* Fitted with its legend, no dot is under it. */
  rk_resource_map_set_kind_labels (map, labels);
  rk_resource_map_fit (map, W, H);
  rk_resource_map_set_selected (map, 4);
  rk_resource_map_draw (map, cr, W, H);
  cairo_surface_flush (surface);

  /* Each dot in its kind's colour. */
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      project (map, i, &x, &y);
      pixel (surface, x, y, &r, &g, &b);
      rk_resource_map_kind_color (points[i].kind, &kr, &kg, &kb);
      g_assert_cmpfloat (fabs (r - kr) + fabs (g - kg) + fabs (b - kb), <, 0.05);
    }

  /* The selected one ringed in black, the others not. */
  project (map, 3, &x, &y);
  pixel (surface, x + 8, y, &r, &g, &b);
  g_assert_cmpfloat (r + g + b, <, 0.6);
  project (map, 2, &x, &y);
  pixel (surface, x + 8, y, &r, &g, &b);
  g_assert_cmpfloat (r + g + b, >, 2.5);

  /* The paper elsewhere, and the scale bar's dark line at the bottom left. */
  pixel (surface, W / 2, 4, &r, &g, &b);
  g_assert_cmpfloat (r + g + b, >, 2.5);
  {
    gboolean dark = FALSE;

    for (double py = H - 24; py < H - 16 && !dark; py++)
      for (double px = 16; px < 40 && !dark; px++)
        {
          pixel (surface, px, py, &r, &g, &b);
          dark = r + g + b < 0.6;
        }
    g_assert_true (dark);
  }

  if (g_getenv ("RK_MAP_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("RK_MAP_PNG"));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_draw_many (void)
{
  g_autoptr(RkResourceMap) map = rk_resource_map_new ();
  g_autofree RkMapPoint *many = g_new (RkMapPoint, 200000);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);
  GRand *rand = g_rand_new_with_seed (5);
  gint64 t0;

  /* The national directory: every dot drawn, quickly enough to pan. */
  for (guint i = 0; i < 200000; i++)
    many[i] = (RkMapPoint) { i + 1, g_rand_double_range (rand, 31, 45),
                             g_rand_double_range (rand, 129, 145), i % 17 };
  rk_resource_map_set_points (map, many, 200000);
  rk_resource_map_fit (map, W, H);
  t0 = g_get_monotonic_time ();
  rk_resource_map_draw (map, cr, W, H);
  g_test_message ("200,000 dots drawn in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 2 * G_USEC_PER_SEC);

  g_rand_free (rand);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/draw/resource-map/fit", test_fit);
  g_test_add_func ("/draw/resource-map/fit-one-point", test_fit_one_point);
  g_test_add_func ("/draw/resource-map/zoom-pan", test_zoom_pan);
  g_test_add_func ("/draw/resource-map/hit", test_hit);
  g_test_add_func ("/draw/resource-map/scale-bar", test_scale_bar);
  g_test_add_func ("/draw/resource-map/draw", test_draw);
  g_test_add_func ("/draw/resource-map/draw-many", test_draw_many);

  return g_test_run ();
}
