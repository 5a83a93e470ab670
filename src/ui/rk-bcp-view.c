/* rk-bcp-view.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bcp-dialogs.h"
#include "rk-bcp-export.h"
#include "rk-bcp-report.h"
#include "rk-bcp-view-private.h"
#include "rk-care-person.h"
#include "rk-print-operation.h"
#include "rk-ui-utils.h"

/**
 * RkBcpView:
 *
 * The disaster BCP tab (災害BCP): the region's BCPs of the three kinds, how
 * ready each kind of organisation is, the drills, the peacetime checklist
 * of the national survey, and the register of people at home on powered
 * medical devices with its readiness board. The register is the most
 * sensitive data Renkei holds: its names stay hidden until the user asks,
 * and hide again when the user leaves it; prints and exports count people
 * unless the user asks for names after a warning.
 */

G_DEFINE_FINAL_TYPE (RkBcpView, rk_bcp_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
parent_window (RkBcpView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_rk_bcp_view_update_actions (RkBcpView *self)
{
  gboolean open = self->db != NULL;
  gboolean writable = open && !rk_database_get_read_only (self->db);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bcp.add-plan", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bcp.add-drill", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bcp.add-person", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bcp.print", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bcp.export", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bcp.reveal", open && !self->revealed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bcp.hide", open && self->revealed);
}

/* A person deleted by undo (of their addition) left earlier versions of
 * their row in the write-ahead log: clear it as the erasure does.
 */
static gboolean
scrub_idle_cb (gpointer user_data)
{
  RkBcpView *self = user_data;
  g_autoptr(GError) error = NULL;

  self->scrub_idle = 0;
  if (self->db != NULL && !rk_database_in_transaction (self->db) &&
      !rk_care_register_scrub (self->db, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Not every trace of the person is gone yet"), error);

  return G_SOURCE_REMOVE;
}

static void
person_changed_cb (RkBcpView    *self,
                   const char   *table,
                   gint64        rowid,
                   RkChangeKind  kind)
{
  if ((kind == RK_CHANGE_DELETE || kind == RK_CHANGE_RELOAD) && self->scrub_idle == 0)
    self->scrub_idle = g_idle_add (scrub_idle_cb, self);
}

static void
committed_cb (RkBcpView          *self,
              const char * const *tables)
{
  gboolean register_changed = FALSE;
  gboolean plans_changed = FALSE;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      if (g_str_has_prefix (tables[i], "care_") || g_str_equal (tables[i], "organization"))
        register_changed = TRUE;
      if (g_str_has_prefix (tables[i], "bcp_") || g_str_equal (tables[i], "organization"))
        plans_changed = TRUE;
    }

  if (register_changed)
    {
      _rk_bcp_view_update_board (self);
      _rk_bcp_view_refresh_people (self);
    }
  if (plans_changed)
    _rk_bcp_view_update_readiness (self);
}

static void
section_changed_cb (RkBcpView *self)
{
  if (self->readiness_dirty)
    _rk_bcp_view_update_readiness (self);

  /* Leaving the register hides it again. */
  if (self->revealed && g_strcmp0 (gtk_stack_get_visible_child_name (self->sections), "register") != 0)
    _rk_bcp_view_set_revealed (self, FALSE);
}

/*
 * Actions
 */

static void
open_entity (RkBcpView *self,
             RkEntity  *entity)
{
  GtkWindow *dialog = NULL;

  if (RK_IS_BCP_PLAN (entity))
    dialog = GTK_WINDOW (rk_bcp_plan_dialog_new (parent_window (self), RK_BCP_PLAN (entity)));
  else if (RK_IS_BCP_DRILL (entity))
    dialog = GTK_WINDOW (rk_bcp_drill_dialog_new (parent_window (self), RK_BCP_DRILL (entity)));
  else if (RK_IS_CARE_PERSON (entity))
    dialog = GTK_WINDOW (rk_bcp_person_dialog_new (parent_window (self), RK_CARE_PERSON (entity)));

  if (dialog != NULL)
    gtk_window_present (dialog);
}

void
_rk_bcp_view_open_person (RkBcpView *self,
                          RkEntity  *person)
{
  open_entity (self, person);
}

static void
add_entity (RkBcpView  *self,
            GType       type,
            const char *undo_label,
            const char *error_heading)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) entity = NULL;
  g_autofree char *today = rk_bcp_today ();

  if (type == RK_TYPE_BCP_DRILL)
    entity = rk_entity_create (self->db, type, undo_label, &error, "drill-date", today, NULL);
  else
    entity = rk_entity_create (self->db, type, undo_label, &error, NULL, NULL);

  if (entity == NULL)
    {
      rk_ui_show_error (GTK_WIDGET (self), error_heading, error);
      return;
    }

  open_entity (self, entity);
}

static void
add_plan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  add_entity (RK_BCP_VIEW (widget), RK_TYPE_BCP_PLAN, _("Add BCP"), _("Could not add the BCP"));
}

static void
add_drill_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  add_entity (RK_BCP_VIEW (widget), RK_TYPE_BCP_DRILL, _("Add Drill"), _("Could not add the drill"));
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  add_entity (RK_BCP_VIEW (widget), RK_TYPE_CARE_PERSON, _("Add Person to the Register"),
              _("Could not add the person"));
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  RkBcpView *self = RK_BCP_VIEW (widget);

  gtk_stack_set_visible_child_name (self->sections, "register");
  _rk_bcp_view_set_revealed (self, g_str_equal (action_name, "bcp.reveal"));
}

static void
print_chosen_cb (gboolean include_personal,
                 gpointer user_data)
{
  RkBcpView *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RkReport) report = NULL;

  if (self->db == NULL)
    return;

  report = rk_bcp_report_overview (self->db, include_personal, NULL, &error);
  if (report == NULL)
    rk_ui_show_error (GTK_WIDGET (self), _("Could not prepare the printout"), error);
  else
    rk_print_report (GTK_WIDGET (self), report);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  rk_bcp_ask_personal (widget, _("Print the Disaster Preparedness Overview?"),
                       _("The overview shows the BCPs, the readiness of each kind of organization, "
                         "the drills, the peacetime checklist and the register as counts."),
                       _("_Print…"), print_chosen_cb, g_object_ref (widget), g_object_unref);
}

typedef struct
{
  RkBcpView *self;
  gboolean   include_personal;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->self);
  g_free (data);
}

static void
export_file_chosen_cb (GFile    *file,
                       gpointer  user_data)
{
  ExportData *data = user_data;
  RkBcpView *self = data->self;
  g_autofree char *chosen = g_file_get_path (file);
  g_autofree char *path = rk_ui_ensure_extension (chosen, ".xlsx");
  g_autoptr(GError) error = NULL;

  if (self->db == NULL)
    return;

  if (!rk_bcp_export_xlsx (self->db, path, data->include_personal, NULL, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not export the workbook"), error);
  else
    rk_ui_show_toast (GTK_WIDGET (self), data->include_personal
                                         ? _("Workbook written, with personal data (readable by you only)")
                                         : _("Workbook written"));
}

static void
export_chosen_cb (gboolean include_personal,
                  gpointer user_data)
{
  RkBcpView *self = user_data;
  ExportData *data = g_new0 (ExportData, 1);

  data->self = g_object_ref (self);
  data->include_personal = include_personal;

  /* The file chooser calls back at most once; the data goes with it. */
  g_object_set_data_full (G_OBJECT (self), "rk-export", data, (GDestroyNotify) export_data_free);
  rk_ui_choose_file (GTK_WIDGET (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("Export to Excel"),
                     _("_Export"), _("disaster-preparedness.xlsx"), _("Excel workbooks"), "*.xlsx",
                     export_file_chosen_cb, data);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  rk_bcp_ask_personal (widget, _("Export the Disaster Preparedness Workbook?"),
                       _("The workbook has sheets for the BCPs, the readiness of each kind of "
                         "organization, the drills, the peacetime checklist and the register as "
                         "counts."),
                       _("_Export…"), export_chosen_cb, g_object_ref (widget), g_object_unref);
}

/*
 * GObject overrides
 */

static void
rk_bcp_view_unmap (GtkWidget *widget)
{
  RkBcpView *self = RK_BCP_VIEW (widget);

  /* Switching to another tab, or closing the window, hides the names. */
  if (self->revealed)
    _rk_bcp_view_set_revealed (self, FALSE);

  GTK_WIDGET_CLASS (rk_bcp_view_parent_class)->unmap (widget);
}

static void
rk_bcp_view_dispose (GObject *object)
{
  RkBcpView *self = (RkBcpView *)object;

  rk_bcp_view_set_database (self, NULL);
  g_clear_handle_id (&self->readiness_idle, g_source_remove);
  g_clear_handle_id (&self->scrub_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_BCP_VIEW);

  G_OBJECT_CLASS (rk_bcp_view_parent_class)->dispose (object);
}

static void
rk_bcp_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RkBcpView *self = RK_BCP_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_bcp_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RkBcpView *self = RK_BCP_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      rk_bcp_view_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
person_activate_cb (RkBcpView *self,
                    guint      position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->people_view));
  g_autoptr(RkEntity) person = NULL;

  if (model == NULL || position >= g_list_model_get_n_items (model))
    return;

  person = g_list_model_get_item (model, position);
  open_entity (self, person);
}

static void
rk_bcp_view_class_init (RkBcpViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_bcp_view_dispose;
  object_class->get_property = rk_bcp_view_get_property;
  object_class->set_property = rk_bcp_view_set_property;
  widget_class->unmap = rk_bcp_view_unmap;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/renkei/Renkei/ui/rk-bcp-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, sections);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, plans_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, plan_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, readiness_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, readiness_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, drills_group);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, drill_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, check_list);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, board_box);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, register_stack);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, shown_label);
  gtk_widget_class_bind_template_child (widget_class, RkBcpView, people_view);
  gtk_widget_class_bind_template_callback (widget_class, section_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_activate_cb);

  gtk_widget_class_install_action (widget_class, "bcp.add-plan", NULL, add_plan_action);
  gtk_widget_class_install_action (widget_class, "bcp.add-drill", NULL, add_drill_action);
  gtk_widget_class_install_action (widget_class, "bcp.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "bcp.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "bcp.hide", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "bcp.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "bcp.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "bcp.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "bcp.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "bcp.hide", NULL);
}

static void
rk_bcp_view_init (RkBcpView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _rk_bcp_view_init_register (self);
  _rk_bcp_view_update_actions (self);
}

/**
 * rk_bcp_view_get_database:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
RkDatabase *
rk_bcp_view_get_database (RkBcpView *self)
{
  g_return_val_if_fail (RK_IS_BCP_VIEW (self), NULL);

  return self->db;
}

/**
 * rk_bcp_view_set_database:
 * @db: (nullable): the workspace to show, or %NULL when none is open
 */
void
rk_bcp_view_set_database (RkBcpView  *self,
                          RkDatabase *db)
{
  g_return_if_fail (RK_IS_BCP_VIEW (self));

  if (self->db == db)
    return;

  /* A new workspace, or none: its register starts hidden. */
  if (self->revealed)
    _rk_bcp_view_set_revealed (self, FALSE);

  if (self->db != NULL)
    {
      g_clear_signal_handler (&self->committed_id, self->db);
      g_clear_signal_handler (&self->person_changed_id, self->db);
    }
  g_clear_handle_id (&self->readiness_idle, g_source_remove);
  g_clear_handle_id (&self->scrub_idle, g_source_remove);

  gtk_list_box_bind_model (self->plan_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->drill_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->check_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->plans);
  g_clear_object (&self->drills);
  g_clear_object (&self->checks);
  g_clear_object (&self->people);
  g_set_object (&self->db, db);

  if (db != NULL)
    {
      self->committed_id = g_signal_connect_object (db, "committed", G_CALLBACK (committed_cb), self,
                                                    G_CONNECT_SWAPPED);
      self->person_changed_id = g_signal_connect_object (db, "changed::care_person",
                                                         G_CALLBACK (person_changed_cb), self,
                                                         G_CONNECT_SWAPPED);
      _rk_bcp_view_bind_lists (self);
      _rk_bcp_view_bind_register (self);
    }

  _rk_bcp_view_update_readiness (self);
  _rk_bcp_view_update_board (self);
  _rk_bcp_view_update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
