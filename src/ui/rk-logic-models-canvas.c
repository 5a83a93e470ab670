/* rk-logic-models-canvas.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-lm-draw.h"
#include "rk-lm-layout.h"
#include "rk-logic-models-canvas.h"

/**
 * RkLmCanvas:
 *
 * The logic-model diagram in the tab: the renderer of src/draw on screen,
 * scrollable (it is a #GtkScrollable in a #GtkScrolledWindow), zoomable
 * (Ctrl+wheel, pinch, +/−), pannable by dragging, with a selected box
 * chosen by click or by the arrow keys. Only what is visible is drawn, so
 * a large model stays fluid while scrolling and zooming; the layout is
 * worked out once per change of the model.
 */

#define MIN_ZOOM 0.1
#define MAX_ZOOM 4.0

/* At 100 % a point of the diagram is a point on a 96-dpi screen, so the
 * boxes' text is as large as the window's own.
 */
#define PX_PER_PT (96.0 / 72.0)

struct _RkLmCanvas
{
  GtkWidget           parent_instance;

  RkLogicModelGraph  *graph;
  RkLmLayout         *layout;
  PangoContext       *context;
  int                 selected;      /* node index, or -1 */
  double              zoom;

  GtkAdjustment      *hadjustment;
  GtkAdjustment      *vadjustment;
  guint               hscroll_policy : 1;
  guint               vscroll_policy : 1;

  double              drag_h;        /* adjustment values when a drag began */
  double              drag_v;
  double              zoom_begin;
  double              pointer_x;     /* last pointer position, for zooming */
  double              pointer_y;
  gboolean            pointer_in;
};

enum {
  PROP_0,
  PROP_ZOOM,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  NODE_SELECTED,
  NODE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (RkLmCanvas, rk_lm_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

/*
 * Auxiliary methods
 */

static double
scale (RkLmCanvas *self)
{
  return self->zoom * PX_PER_PT;
}

static double
content_width (RkLmCanvas *self)
{
  return self->layout != NULL ? self->layout->width * scale (self) : 0;
}

static double
content_height (RkLmCanvas *self)
{
  return self->layout != NULL ? self->layout->height * scale (self) : 0;
}

/* Centres the diagram when it is smaller than the view. */
static void
origin (RkLmCanvas *self,
        double     *x,
        double     *y)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  *x = content_width (self) < w ? (w - content_width (self)) / 2
                                : -(self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0);
  *y = content_height (self) < h ? 0
                                 : -(self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0);
}

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         upper,
                      double         page,
                      double         value)
{
  if (adjustment == NULL)
    return;
  upper = MAX (upper, page);
  gtk_adjustment_configure (adjustment, CLAMP (value, 0, upper - page), 0, upper, page * 0.1,
                            page * 0.9, page);
}

static void
configure_adjustments (RkLmCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  configure_adjustment (self->hadjustment, content_width (self), w,
                        self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0);
  configure_adjustment (self->vadjustment, content_height (self), h,
                        self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0);
}

/* Widget coordinates to the layout's points. */
static void
to_layout (RkLmCanvas *self,
           double      wx,
           double      wy,
           double     *lx,
           double     *ly)
{
  double ox, oy;

  origin (self, &ox, &oy);
  *lx = (wx - ox) / scale (self);
  *ly = (wy - oy) / scale (self);
}

static void
scroll_to_node (RkLmCanvas *self,
                int         node)
{
  const RkLmRect *r;
  double margin = 16;

  if (self->layout == NULL || node < 0 || (guint) node >= self->layout->boxes->len ||
      self->hadjustment == NULL || self->vadjustment == NULL)
    return;

  r = &g_array_index (self->layout->boxes, RkLmBox, node).rect;
  gtk_adjustment_clamp_page (self->hadjustment, r->x * scale (self) - margin,
                             (r->x + r->width) * scale (self) + margin);
  gtk_adjustment_clamp_page (self->vadjustment, r->y * scale (self) - margin,
                             (r->y + r->height) * scale (self) + margin);
}

static void
update_accessible (RkLmCanvas *self)
{
  RkLmNode *node;
  g_autofree char *description = NULL;

  if (self->graph == NULL || self->selected < 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  node = g_ptr_array_index (self->graph->nodes, self->selected);
  /* Translators: what a screen reader says of the selected box: its
   * level, number and text
   */
  description = g_strdup_printf (_("%s %s: %s"), rk_lm_level_get_label (node->level), node->number,
                                 node->text);
  /* The box's countermeasures' line, as the screen shows it. */
  {
    guint total, done;

    rk_logic_model_graph_count_actions (self->graph, node, &total, &done);
    if (total > 0)
      {
        /* Translators: after the selected box's description: the
         * countermeasures of the issue register that carry it out
         */
        char *with = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%s (%u countermeasure, %u done)",
                                                   "%s (%u countermeasures, %u done)", total),
                                      description, total, done);

        g_free (description);
        description = with;
      }
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static void
select_index (RkLmCanvas *self,
              int         node,
              gboolean    notify)
{
  if (self->selected == node)
    return;

  self->selected = node;
  scroll_to_node (self, node);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (notify)
    g_signal_emit (self, signals[NODE_SELECTED], 0,
                   node >= 0 ? ((RkLmNode *) g_ptr_array_index (self->graph->nodes, node))->id
                             : (gint64) 0);
}

/* Zooms keeping the layout point under (wx, wy) where it is. */
static void
zoom_at (RkLmCanvas *self,
         double      zoom,
         double      wx,
         double      wy)
{
  double lx, ly;

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  if (fabs (zoom - self->zoom) < 1e-6 || self->layout == NULL)
    return;

  to_layout (self, wx, wy, &lx, &ly);
  self->zoom = zoom;
  configure_adjustments (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, lx * scale (self) - wx);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, ly * scale (self) - wy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
zoom_by (RkLmCanvas *self,
         double      factor)
{
  double x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  if (self->pointer_in)
    x = self->pointer_x, y = self->pointer_y;
  zoom_at (self, self->zoom * factor, x, y);
}

/*
 * Callbacks
 */

static void
adjustment_value_changed_cb (RkLmCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  RkLmCanvas      *self)
{
  double lx, ly;
  int node = -1;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->layout != NULL)
    {
      to_layout (self, x, y, &lx, &ly);
      node = rk_lm_layout_hit (self->layout, lx, ly);
    }

  select_index (self, node, TRUE);
  if (n_press == 2 && node >= 0)
    g_signal_emit (self, signals[NODE_ACTIVATED], 0,
                   ((RkLmNode *) g_ptr_array_index (self->graph->nodes, node))->id);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               RkLmCanvas     *self)
{
  self->drag_h = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  self->drag_v = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                RkLmCanvas     *self)
{
  /* A small wobble of a click is not a drag. */
  if (fabs (dx) < 3 && fabs (dy) < 3)
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, self->drag_h - dx);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, self->drag_v - dy);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             RkLmCanvas     *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           RkLmCanvas               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  /* Ctrl+wheel zooms; the plain wheel scrolls (the scrolled window). */
  if ((state & GDK_CONTROL_MASK) == 0)
    return FALSE;
  zoom_by (self, dy < 0 ? 1.15 : 1 / 1.15);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RkLmCanvas               *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_in = TRUE;
}

static void
leave_cb (GtkEventControllerMotion *controller,
          RkLmCanvas               *self)
{
  self->pointer_in = FALSE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               RkLmCanvas       *self)
{
  self->zoom_begin = self->zoom;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          factor,
                       RkLmCanvas     *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  zoom_at (self, self->zoom_begin * factor, x, y);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RkLmCanvas            *self)
{
  int dx = 0, dy = 0;

  if (self->layout == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    {
      if ((state & GDK_CONTROL_MASK) && (keyval == GDK_KEY_0 || keyval == GDK_KEY_KP_0))
        {
          rk_lm_canvas_set_zoom (self, 1.0);
          return TRUE;
        }
      return FALSE;
    }

  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up: dy = -1; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: dy = 1; break;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: dx = -1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: dx = 1; break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      select_index (self, rk_lm_layout_neighbour (self->layout, self->graph, -1, 0, 0), TRUE);
      return TRUE;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_space:
      if (self->selected >= 0)
        g_signal_emit (self, signals[NODE_ACTIVATED], 0,
                       ((RkLmNode *) g_ptr_array_index (self->graph->nodes, self->selected))->id);
      return TRUE;
    case GDK_KEY_Escape:
      select_index (self, -1, TRUE);
      return TRUE;
    case GDK_KEY_Delete: case GDK_KEY_KP_Delete:
      return gtk_widget_activate_action (GTK_WIDGET (self), "lm.delete-box", NULL);
    case GDK_KEY_Insert: case GDK_KEY_KP_Insert:
      return gtk_widget_activate_action (GTK_WIDGET (self), "lm.add-box", "i", 0);
    case GDK_KEY_plus: case GDK_KEY_KP_Add: case GDK_KEY_equal:
      zoom_by (self, 1.25);
      return TRUE;
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract:
      zoom_by (self, 1 / 1.25);
      return TRUE;
    default:
      return FALSE;
    }

  select_index (self, rk_lm_layout_neighbour (self->layout, self->graph, self->selected, dx, dy),
                TRUE);
  return TRUE;
}

static void
focus_changed_cb (RkLmCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/*
 * GtkWidget
 */

static void
rk_lm_canvas_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  RkLmCanvas *self = RK_LM_CANVAS (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);
  RkLmDrawOptions options;
  RkLmRect clip;
  double ox, oy;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  /* The diagram is a sheet of paper, light in either colour scheme. */
  cairo_set_source_rgb (cr, 0.98, 0.98, 0.97);
  cairo_paint (cr);

  if (self->layout == NULL || self->graph->nodes->len == 0)
    {
      cairo_destroy (cr);
      return;
    }

  origin (self, &ox, &oy);
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, scale (self), scale (self));

  clip.x = -ox / scale (self);
  clip.y = -oy / scale (self);
  clip.width = w / scale (self);
  clip.height = h / scale (self);

  rk_lm_draw_options_init (&options);
  options.selected = self->selected;
  options.focused = gtk_widget_has_focus (widget) ? self->selected : -1;
  options.clip = &clip;
  rk_lm_draw (cr, self->graph, self->layout, &options);
  cairo_destroy (cr);
}

static void
rk_lm_canvas_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  configure_adjustments (RK_LM_CANVAS (widget));
}

static void
rk_lm_canvas_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  RkLmCanvas *self = RK_LM_CANVAS (widget);

  *minimum = 100;
  *natural = (int) ceil (orientation == GTK_ORIENTATION_HORIZONTAL ? content_width (self)
                                                                   : content_height (self));
  *natural = MAX (*natural, *minimum);
}

/*
 * GObject
 */

static void
set_adjustment (RkLmCanvas     *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb),
                              self);
  configure_adjustments (self);
}

static void
rk_lm_canvas_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RkLmCanvas *self = RK_LM_CANVAS (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_lm_canvas_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RkLmCanvas *self = RK_LM_CANVAS (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      rk_lm_canvas_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_lm_canvas_dispose (GObject *object)
{
  RkLmCanvas *self = RK_LM_CANVAS (object);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  g_clear_pointer (&self->layout, rk_lm_layout_free);
  g_clear_pointer (&self->graph, rk_logic_model_graph_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rk_lm_canvas_parent_class)->dispose (object);
}

static void
rk_lm_canvas_class_init (RkLmCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_lm_canvas_dispose;
  object_class->get_property = rk_lm_canvas_get_property;
  object_class->set_property = rk_lm_canvas_set_property;
  widget_class->snapshot = rk_lm_canvas_snapshot;
  widget_class->size_allocate = rk_lm_canvas_size_allocate;
  widget_class->measure = rk_lm_canvas_measure;

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * RkLmCanvas::node-selected:
   * @node_id: the box's row id, or 0 when none is selected
   */
  signals[NODE_SELECTED] = g_signal_new ("node-selected", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * RkLmCanvas::node-activated:
   *
   * Double click, Return or Space on a box: edit it.
   */
  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "rk-lm-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rk_lm_canvas_init (RkLmCanvas *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->selected = -1;
  self->zoom = 1.0;
  self->context = rk_lm_create_context ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Logic model diagram"), -1);

  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

/*
 * Public API
 */

GtkWidget *
rk_lm_canvas_new (void)
{
  return g_object_new (RK_TYPE_LM_CANVAS, NULL);
}

/**
 * rk_lm_canvas_set_graph:
 * @graph: (transfer full) (nullable): the model to show
 *
 * Shows a model (again, after a change): the selected box stays selected
 * if it is still there, and the view stays where it was.
 */
void
rk_lm_canvas_set_graph (RkLmCanvas        *self,
                        RkLogicModelGraph *graph)
{
  gint64 selected_id = rk_lm_canvas_get_selected (self);
  gboolean new_model;

  g_return_if_fail (RK_IS_LM_CANVAS (self));

  new_model = self->graph == NULL || graph == NULL || self->graph->model_id != graph->model_id;
  g_clear_pointer (&self->layout, rk_lm_layout_free);
  g_clear_pointer (&self->graph, rk_logic_model_graph_free);
  self->graph = graph;
  self->selected = -1;
  if (graph != NULL)
    {
      self->layout = rk_lm_layout_new (graph, self->context, NULL);
      if (!new_model && selected_id > 0)
        self->selected = rk_logic_model_graph_find_node (graph, selected_id);
    }

  if (new_model && self->hadjustment != NULL && self->vadjustment != NULL)
    {
      gtk_adjustment_set_value (self->hadjustment, 0);
      gtk_adjustment_set_value (self->vadjustment, 0);
    }
  configure_adjustments (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (selected_id > 0 && self->selected < 0)
    g_signal_emit (self, signals[NODE_SELECTED], 0, (gint64) 0);
}

const RkLogicModelGraph *
rk_lm_canvas_get_graph (RkLmCanvas *self)
{
  g_return_val_if_fail (RK_IS_LM_CANVAS (self), NULL);
  return self->graph;
}

/**
 * rk_lm_canvas_get_selected:
 *
 * Returns: the selected box's row id, or 0
 */
gint64
rk_lm_canvas_get_selected (RkLmCanvas *self)
{
  g_return_val_if_fail (RK_IS_LM_CANVAS (self), 0);

  if (self->graph == NULL || self->selected < 0)
    return 0;
  return ((RkLmNode *) g_ptr_array_index (self->graph->nodes, self->selected))->id;
}

/**
 * rk_lm_canvas_select:
 * @node_id: a box's row id, or 0 for none
 *
 * Selects a box and scrolls it into view (without emitting
 * #RkLmCanvas::node-selected).
 */
void
rk_lm_canvas_select (RkLmCanvas *self,
                     gint64      node_id)
{
  g_return_if_fail (RK_IS_LM_CANVAS (self));

  select_index (self, self->graph != NULL && node_id > 0
                      ? rk_logic_model_graph_find_node (self->graph, node_id) : -1, FALSE);
  scroll_to_node (self, self->selected);
}

double
rk_lm_canvas_get_zoom (RkLmCanvas *self)
{
  g_return_val_if_fail (RK_IS_LM_CANVAS (self), 1.0);
  return self->zoom;
}

void
rk_lm_canvas_set_zoom (RkLmCanvas *self,
                       double      zoom)
{
  g_return_if_fail (RK_IS_LM_CANVAS (self));

  zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/**
 * rk_lm_canvas_zoom_to_fit:
 *
 * Zooms so that the whole diagram shows (never above 100 %).
 */
void
rk_lm_canvas_zoom_to_fit (RkLmCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  g_return_if_fail (RK_IS_LM_CANVAS (self));

  if (self->layout == NULL || w <= 0 || h <= 0)
    return;
  self->zoom = CLAMP (MIN (1.0, MIN (w / self->layout->width, h / self->layout->height) / PX_PER_PT),
                      MIN_ZOOM, MAX_ZOOM);
  configure_adjustments (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}
