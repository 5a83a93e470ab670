/* rk-logic-models-pdca.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-pdca"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <time.h>

#include "rk-bind.h"
#include "rk-lm-layout.h"
#include "rk-logic-models-pdca.h"
#include "rk-logic-models-util.h"
#include "rk-pdca-cycle.h"
#include "rk-pdca-draw.h"
#include "rk-pdca-entry.h"
#include "rk-pdca-summary.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"

/**
 * RkLmPdcaPage:
 *
 * A model's PDCA cycle, one fiscal year at a time: the diagram (the
 * stages around the year, the current one highlighted, with the yearly
 * history; click a year there to go to it), and beside it the year's
 * stage and what the base writes under each stage. Targets and evaluated
 * values come from the indicators by themselves.
 */
struct _RkLmPdcaPage
{
  GtkBox          parent_instance;

  RkDatabase     *db;
  RkLogicModel   *model;
  int             year;
  RkPdcaSummary  *summary;
  PangoContext   *context;
  GArray         *entry_ids;      /* what the editor lists, to rebuild it only on a change */
  guint           reload_id;
  gboolean        updating;

  GtkWidget      *year_label;
  GtkWidget      *stage_buttons[RK_PDCA_N_STAGES];
  GtkWidget      *drawing;
  GtkWidget      *editor;         /* AdwBin */
  GtkWidget      *empty;
  GtkWidget      *stack;
};

G_DEFINE_FINAL_TYPE (RkLmPdcaPage, rk_lm_pdca_page, GTK_TYPE_BOX)

static void reload (RkLmPdcaPage *self);

/*
 * The editor
 */

static RkPdcaCycle *
ensure_cycle (RkLmPdcaPage  *self,
              GError       **error)
{
  return rk_pdca_cycle_ensure (self->model, self->year, _("Start the Year’s Cycle"), error);
}

static void
add_entry_clicked_cb (GtkButton    *button,
                      RkLmPdcaPage *self)
{
  RkPdcaStage stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "stage"));
  g_autoptr(RkPdcaCycle) cycle = NULL;
  g_autoptr(RkPdcaEntry) entry = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;

  /* The year's cycle and its first line are one step to undo. */
  tx = rk_database_begin (self->db, _("Add PDCA Line"), &error);
  if (tx != NULL)
    {
      cycle = ensure_cycle (self, &error);
      if (cycle != NULL)
        entry = rk_pdca_cycle_add_entry (cycle, stage, NULL, NULL, &error);
    }
  if (entry == NULL || !rk_transaction_commit (tx, &error))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not add the line"), error);
      return;
    }

  g_clear_pointer (&tx, rk_transaction_free);
  reload (self);
  /* Focus the new line, last of its stage. */
  {
    GtkWidget *row = g_object_get_data (G_OBJECT (self), "rk-last-new-row");

    if (row != NULL)
      gtk_widget_grab_focus (row);
  }
}

static void
remove_entry_clicked_cb (GtkButton    *button,
                         RkLmPdcaPage *self)
{
  RkEntity *entry = g_object_get_data (G_OBJECT (button), "entry");
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (entry, _("Delete PDCA Line"), &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not delete the line"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (self), _("Line deleted"));
}

static GArray *
list_entries (RkLmPdcaPage *self,
              RkQueryModel *entries)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
    {
      gint64 id = rk_query_model_get_id (entries, i);
      g_array_append_val (ids, id);
    }
  return ids;
}

static gboolean
same_ids (GArray *a,
          GArray *b)
{
  return a != NULL && b != NULL && a->len == b->len &&
         memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

static void
build_editor (RkLmPdcaPage *self,
              RkPdcaCycle  *cycle)
{
  g_autoptr(RkQueryModel) entries = NULL;
  g_autoptr(GArray) ids = NULL;
  GtkWidget *page = adw_preferences_page_new ();
  gboolean writable = !rk_database_get_read_only (self->db);
  GtkWidget *last_new = NULL;

  if (cycle != NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (RK_ENTITY (cycle)));
      const char *params[] = { id, NULL };

      entries = rk_query_model_new (self->db, RK_TYPE_PDCA_ENTRY, "SELECT id FROM pdca_entry WHERE 0");
      rk_query_model_set_query (entries, "SELECT id FROM pdca_entry WHERE cycle_id = ?1 "
                                         "ORDER BY stage, position, id", params);
    }

  ids = list_entries (self, entries);
  if (same_ids (ids, self->entry_ids) && adw_bin_get_child (ADW_BIN (self->editor)) != NULL)
    return;
  g_clear_pointer (&self->entry_ids, g_array_unref);
  self->entry_ids = g_steal_pointer (&ids);

  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
      g_autofree char *add_label = g_strdup_printf (_("Add a line to “%s”"), rk_pdca_stage_get_label (s));
      g_autofree char *title = g_strdup_printf ("%s — %s", rk_pdca_stage_get_label (s),
                                                rk_pdca_stage_get_description (s));

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (add, add_label);
      gtk_widget_set_sensitive (add, writable);
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
      g_object_set_data (G_OBJECT (add), "stage", GINT_TO_POINTER (s));
      g_signal_connect (add, "clicked", G_CALLBACK (add_entry_clicked_cb), self);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

      for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
        {
          g_autoptr(RkEntity) entry = g_list_model_get_item (G_LIST_MODEL (entries), i);
          GtkWidget *row, *remove;

          if (rk_entity_get_int (entry, "stage") != (int) s)
            continue;
          row = _rk_lm_entry_row (entry, rk_pdca_stage_get_label (s), "text", _("Change PDCA Line"));
          remove = _rk_lm_icon_button ("user-trash-symbolic", _("Delete this line"));
          gtk_widget_set_sensitive (remove, writable);
          g_object_set_data_full (G_OBJECT (remove), "entry", g_object_ref (entry), g_object_unref);
          g_signal_connect (remove, "clicked", G_CALLBACK (remove_entry_clicked_cb), self);
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          if (rk_entity_get_string (entry, "text")[0] == '\0')
            last_new = row;
        }
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
    }

  g_object_set_data (G_OBJECT (self), "rk-last-new-row", last_new);
  adw_bin_set_child (ADW_BIN (self->editor), page);
}

/*
 * Loading
 */

static void
update_stage_buttons (RkLmPdcaPage *self)
{
  self->updating = TRUE;
  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->stage_buttons[s]),
                                    self->summary != NULL && self->summary->recorded &&
                                    self->summary->stage == s);
      gtk_widget_set_sensitive (self->stage_buttons[s],
                                self->model != NULL && !rk_database_get_read_only (self->db));
    }
  self->updating = FALSE;
}

static void
reload (RkLmPdcaPage *self)
{
  g_autoptr(RkPdcaCycle) cycle = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *year = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->summary, rk_pdca_summary_free);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->model != NULL ? "cycle" : "empty");
  if (self->model == NULL)
    {
      adw_bin_set_child (ADW_BIN (self->editor), NULL);
      g_clear_pointer (&self->entry_ids, g_array_unref);
      update_stage_buttons (self);
      return;
    }

  self->summary = rk_pdca_summary_load (self->db, rk_entity_get_id (RK_ENTITY (self->model)),
                                        self->year, &error);
  if (self->summary == NULL)
    g_warning ("Could not read the PDCA cycle: %s", error->message);

  year = rk_fiscal_year_to_string (self->year);
  gtk_label_set_text (GTK_LABEL (self->year_label), year);
  cycle = rk_pdca_cycle_lookup (self->model, self->year, NULL);
  build_editor (self, cycle);
  update_stage_buttons (self);

  gtk_widget_queue_draw (self->drawing);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  RkLmPdcaPage *self = user_data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
committed_cb (RkLmPdcaPage       *self,
              const char * const *tables)
{
  if (self->model != NULL && self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle_cb, self);
}

/*
 * Callbacks
 */

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  RkLmPdcaPage *self = user_data;
  double w, h, scale;

  cairo_set_source_rgb (cr, 0.98, 0.98, 0.97);
  cairo_paint (cr);
  if (self->summary == NULL)
    return;

  rk_pdca_measure (self->context, self->summary, &w, &h);
  scale = MIN (width / w, height / h);
  cairo_translate (cr, (width - w * scale) / 2, 0);
  cairo_scale (cr, scale, scale);
  rk_pdca_draw (cr, self->context, self->summary, FALSE);
}

static void
drawing_clicked_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    RkLmPdcaPage    *self)
{
  int width = gtk_widget_get_width (self->drawing);
  int height = gtk_widget_get_height (self->drawing);
  double w, h, scale;
  int year;

  if (self->summary == NULL)
    return;
  rk_pdca_measure (self->context, self->summary, &w, &h);
  scale = MIN (width / w, height / h);
  year = rk_pdca_hit_year (self->context, self->summary, (x - (width - w * scale) / 2) / scale,
                           y / scale);
  if (year > 0)
    rk_lm_pdca_page_set_year (self, year);
}

static void
year_step_cb (GtkButton    *button,
              RkLmPdcaPage *self)
{
  rk_lm_pdca_page_set_year (self, self->year + GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "step")));
}

static void
stage_toggled_cb (GtkToggleButton *button,
                  RkLmPdcaPage    *self)
{
  RkPdcaStage stage = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "stage"));
  g_autoptr(RkPdcaCycle) cycle = NULL;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || !gtk_toggle_button_get_active (button) || self->model == NULL)
    return;

  tx = rk_database_begin (self->db, _("Change PDCA Stage"), &error);
  if (tx == NULL || (cycle = ensure_cycle (self, &error)) == NULL ||
      !rk_entity_update (RK_ENTITY (cycle), NULL, &error, "stage", (int) stage, NULL) ||
      !rk_transaction_commit (tx, &error))
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not change the stage"), error);
      update_stage_buttons (self);
    }
}

/*
 * GObject
 */

static void
rk_lm_pdca_page_dispose (GObject *object)
{
  RkLmPdcaPage *self = RK_LM_PDCA_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  g_clear_pointer (&self->summary, rk_pdca_summary_free);
  g_clear_pointer (&self->entry_ids, g_array_unref);
  g_clear_object (&self->model);
  g_clear_object (&self->db);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rk_lm_pdca_page_parent_class)->dispose (object);
}

static void
rk_lm_pdca_page_class_init (RkLmPdcaPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rk_lm_pdca_page_dispose;
}

static GtkWidget *
step_button (RkLmPdcaPage *self,
             const char   *icon,
             const char   *label,
             int           step)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "step", GINT_TO_POINTER (step));
  g_signal_connect (button, "clicked", G_CALLBACK (year_step_cb), self);
  return button;
}

static void
rk_lm_pdca_page_init (RkLmPdcaPage *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *stages = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *empty = adw_status_page_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  g_autoptr(GDate) today = g_date_new ();
  GtkWidget *stage_label;

  g_date_set_time_t (today, time (NULL));
  self->year = rk_fiscal_year_for_date (today);
  self->context = rk_lm_create_context ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);

  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_box_append (GTK_BOX (bar), step_button (self, "go-previous-symbolic", _("Previous fiscal year"), -1));
  self->year_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->year_label, "heading");
  gtk_widget_set_size_request (self->year_label, 90, -1);
  gtk_box_append (GTK_BOX (bar), self->year_label);
  gtk_box_append (GTK_BOX (bar), step_button (self, "go-next-symbolic", _("Next fiscal year"), 1));

  stage_label = gtk_label_new (_("Stage of the year:"));
  gtk_widget_set_margin_start (stage_label, 18);
  gtk_box_append (GTK_BOX (bar), stage_label);
  gtk_widget_add_css_class (stages, "linked");
  for (guint s = 0; s < RK_PDCA_N_STAGES; s++)
    {
      self->stage_buttons[s] = gtk_toggle_button_new_with_label (rk_pdca_stage_get_label (s));
      if (s > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->stage_buttons[s]),
                                     GTK_TOGGLE_BUTTON (self->stage_buttons[0]));
      g_object_set_data (G_OBJECT (self->stage_buttons[s]), "stage", GINT_TO_POINTER (s));
      g_signal_connect (self->stage_buttons[s], "toggled", G_CALLBACK (stage_toggled_cb), self);
      gtk_widget_set_tooltip_text (self->stage_buttons[s], rk_pdca_stage_get_description (s));
      gtk_box_append (GTK_BOX (stages), self->stage_buttons[s]);
    }
  gtk_box_append (GTK_BOX (bar), stages);

  self->drawing = gtk_drawing_area_new ();
  gtk_widget_set_hexpand (self->drawing, TRUE);
  gtk_widget_set_vexpand (self->drawing, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->drawing), draw_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drawing), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("PDCA cycle diagram"), -1);
  g_signal_connect (click, "pressed", G_CALLBACK (drawing_clicked_cb), self);
  gtk_widget_add_controller (self->drawing, GTK_EVENT_CONTROLLER (click));

  /* The editor is a preferences page: it scrolls by itself. */
  self->editor = adw_bin_new ();
  gtk_widget_set_size_request (self->editor, 340, -1);
  gtk_paned_set_start_child (GTK_PANED (paned), self->drawing);
  gtk_paned_set_end_child (GTK_PANED (paned), self->editor);
  gtk_paned_set_resize_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-refresh-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Logic Model"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Each logic model turns its PDCA cycle once a fiscal year. Add a "
                                     "model first."));

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  {
    GtkWidget *cycle = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_box_append (GTK_BOX (cycle), bar);
    gtk_box_append (GTK_BOX (cycle), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    gtk_widget_set_vexpand (paned, TRUE);
    gtk_box_append (GTK_BOX (cycle), paned);
    gtk_stack_add_named (GTK_STACK (self->stack), cycle, "cycle");
  }
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_box_append (GTK_BOX (self), self->stack);
}

/*
 * Public API
 */

void
rk_lm_pdca_page_set_model (RkLmPdcaPage *self,
                           RkLogicModel *model)
{
  g_return_if_fail (RK_IS_LM_PDCA_PAGE (self));

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);
  g_clear_object (&self->db);
  g_set_object (&self->model, model);
  g_clear_pointer (&self->entry_ids, g_array_unref);
  adw_bin_set_child (ADW_BIN (self->editor), NULL);

  if (model != NULL)
    {
      self->db = g_object_ref (rk_entity_get_database (RK_ENTITY (model)));
      g_signal_connect_object (self->db, "committed", G_CALLBACK (committed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  reload (self);
}

int
rk_lm_pdca_page_get_year (RkLmPdcaPage *self)
{
  g_return_val_if_fail (RK_IS_LM_PDCA_PAGE (self), 0);
  return self->year;
}

void
rk_lm_pdca_page_set_year (RkLmPdcaPage *self,
                          int           fiscal_year)
{
  g_return_if_fail (RK_IS_LM_PDCA_PAGE (self));

  if (fiscal_year < 1900 || fiscal_year > 2200 || fiscal_year == self->year)
    return;
  self->year = fiscal_year;
  g_clear_pointer (&self->entry_ids, g_array_unref);
  reload (self);
}

/**
 * rk_lm_pdca_page_create_report:
 *
 * Returns: (transfer full) (nullable): the year's diagram as a report
 */
RkReport *
rk_lm_pdca_page_create_report (RkLmPdcaPage  *self,
                               GError       **error)
{
  RkPdcaSummary *summary;
  RkReport *report;

  g_return_val_if_fail (RK_IS_LM_PDCA_PAGE (self), NULL);
  g_return_val_if_fail (self->model != NULL, NULL);

  summary = rk_pdca_summary_load (self->db, rk_entity_get_id (RK_ENTITY (self->model)), self->year,
                                  error);
  if (summary == NULL)
    return NULL;
  report = rk_pdca_create_report (summary);
  g_object_set_data_full (G_OBJECT (report), "rk-summary", summary,
                          (GDestroyNotify) rk_pdca_summary_free);
  return report;
}

gboolean
rk_lm_pdca_page_write (RkLmPdcaPage  *self,
                       const char    *path,
                       GError       **error)
{
  g_autoptr(RkPdcaSummary) summary = NULL;

  g_return_val_if_fail (RK_IS_LM_PDCA_PAGE (self), FALSE);
  g_return_val_if_fail (self->model != NULL, FALSE);

  summary = rk_pdca_summary_load (self->db, rk_entity_get_id (RK_ENTITY (self->model)), self->year,
                                  error);
  return summary != NULL && rk_pdca_write (summary, path, error);
}
