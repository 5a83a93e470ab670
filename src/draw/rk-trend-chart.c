/* rk-trend-chart.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-trend-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "rk-diagram.h"
#include "rk-trend-chart.h"

/* A small chart of one indicator over the fiscal years: actual values as
 * a line with dots, baselines as hollow squares, targets as diamonds with
 * a dashed line at the latest target. It fits any size from a thumbnail
 * up; below about 200 × 100 points the labels are left out.
 */

#define FONT 7.5

static const double actual_rgb[3] = { 0.11, 0.44, 0.85 };
static const double baseline_rgb[3] = { 0.45, 0.45, 0.45 };
static const double target_rgb[3] = { 0.85, 0.51, 0.17 };

/* A round step for the value axis: 1, 2 or 5 times a power of ten. */
static double
nice_step (double range,
           int    ticks)
{
  double raw = range / MAX (ticks, 1);
  double mag = pow (10, floor (log10 (raw)));
  double norm = raw / mag;

  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

static void
label (cairo_t      *cr,
       PangoContext *context,
       const char   *text,
       double        x,
       double        y,
       double        align)
{
  g_autoptr(PangoLayout) layout = rk_diagram_text (context, text, FONT, FALSE, -1);

  rk_diagram_show (cr, layout, x - align * rk_diagram_text_width (layout),
                   y - rk_diagram_text_height (layout) / 2);
}

void
rk_trend_chart_draw (cairo_t             *cr,
                     PangoContext        *context,
                     const RkLmIndicator *ind,
                     double               width,
                     double               height)
{
  gboolean labels = width >= 200 && height >= 100;
  double left = labels ? 44 : 4, right = labels ? 14 : 4;
  double top = labels ? 10 : 4, bottom = labels ? 30 : 4;
  double max_v = -G_MAXDOUBLE, min_v = G_MAXDOUBLE;
  int first = G_MAXINT, last = G_MININT;
  double px, py, step;
  gboolean moved = FALSE;

  cairo_save (cr);
  for (guint i = 0; i < ind->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (ind->values, RkLmValue, i);

      max_v = MAX (max_v, v->value);
      min_v = MIN (min_v, v->value);
      first = MIN (first, v->fiscal_year);
      last = MAX (last, v->fiscal_year);
    }

  if (ind->values->len == 0)
    {
      if (labels)
        {
          cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
          label (cr, context, _("No values yet"), width / 2, height / 2, 0.5);
        }
      cairo_restore (cr);
      return;
    }

  if (first == last)
    first--, last++;
  min_v = MIN (min_v, 0);
  if (max_v <= min_v)
    max_v = min_v + 1;
  step = nice_step (max_v - min_v, 4);
  max_v = ceil (max_v * 1.05 / step) * step;

  px = (width - left - right) / (last - first);
  py = (height - top - bottom) / (max_v - min_v);
#define X(year) (left + ((year) - first) * px)
#define Y(value) (top + (max_v - (value)) * py)

  /* Grid and axes. */
  cairo_set_line_width (cr, 0.5);
  for (double v = min_v; v <= max_v + step / 2; v += step)
    {
      cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
      cairo_move_to (cr, left, Y (v));
      cairo_line_to (cr, width - right, Y (v));
      cairo_stroke (cr);
      if (labels)
        {
          g_autofree char *text = rk_indicator_format_value (v, NULL);

          cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
          label (cr, context, text, left - 4, Y (v), 1.0);
        }
    }
  if (labels)
    for (int y = first; y <= last; y++)
      {
        g_autofree char *text = rk_fiscal_year_to_string (y);

        if ((last - first) > 8 && (y - first) % 2 != 0)
          continue;
        cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
        label (cr, context, text, X (y), height - bottom + 8, 0.5);
      }

  /* The latest target, dashed across. */
  if (!isnan (ind->target))
    {
      static const double dash[] = { 4, 3 };

      cairo_save (cr);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_source_rgba (cr, target_rgb[0], target_rgb[1], target_rgb[2], 0.7);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, left, Y (ind->target));
      cairo_line_to (cr, width - right, Y (ind->target));
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  /* Actual values joined up. */
  cairo_set_source_rgb (cr, actual_rgb[0], actual_rgb[1], actual_rgb[2]);
  cairo_set_line_width (cr, 1.8);
  cairo_new_path (cr);
  for (guint i = 0; i < ind->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (ind->values, RkLmValue, i);

      if (v->kind != RK_VALUE_KIND_ACTUAL)
        continue;
      if (moved)
        cairo_line_to (cr, X (v->fiscal_year), Y (v->value));
      else
        cairo_move_to (cr, X (v->fiscal_year), Y (v->value));
      moved = TRUE;
    }
  cairo_stroke (cr);

  for (guint i = 0; i < ind->values->len; i++)
    {
      const RkLmValue *v = &g_array_index (ind->values, RkLmValue, i);
      double x = X (v->fiscal_year), y = Y (v->value);

      cairo_new_path (cr);
      switch (v->kind)
        {
        case RK_VALUE_KIND_ACTUAL:
          cairo_set_source_rgb (cr, actual_rgb[0], actual_rgb[1], actual_rgb[2]);
          cairo_arc (cr, x, y, 3, 0, 2 * G_PI);
          cairo_fill (cr);
          break;
        case RK_VALUE_KIND_BASELINE:
          cairo_set_source_rgb (cr, baseline_rgb[0], baseline_rgb[1], baseline_rgb[2]);
          cairo_set_line_width (cr, 1.2);
          cairo_rectangle (cr, x - 3, y - 3, 6, 6);
          cairo_stroke (cr);
          break;
        case RK_VALUE_KIND_TARGET:
          cairo_set_source_rgb (cr, target_rgb[0], target_rgb[1], target_rgb[2]);
          cairo_move_to (cr, x, y - 4.5);
          cairo_line_to (cr, x + 4.5, y);
          cairo_line_to (cr, x, y + 4.5);
          cairo_line_to (cr, x - 4.5, y);
          cairo_close_path (cr);
          cairo_fill (cr);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (labels)
    {
      g_autofree char *legend = g_strdup_printf ("● %s　□ %s　◆ %s",
                                                 rk_value_kind_get_label (RK_VALUE_KIND_ACTUAL),
                                                 rk_value_kind_get_label (RK_VALUE_KIND_BASELINE),
                                                 rk_value_kind_get_label (RK_VALUE_KIND_TARGET));

      cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      label (cr, context, legend, width - right, height - 8, 1.0);
    }
#undef X
#undef Y
  cairo_restore (cr);
}
