/* rk-meetings-measures.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-measures"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-countermeasure.h"
#include "rk-logic-model.h"
#include "rk-logic-model-node.h"
#include "rk-meetings-measures.h"

/* The other side of the logic models' link to the issue register: under
 * a countermeasure in the issue editor, the measures (個別施策) of logic
 * models it carries out, each with a button that shows the measure in
 * the logic models tab (win.show-logic-model-box). The links themselves
 * are made from the measure's box, where the plan is.
 */

#define ROWS_KEY "rk-measure-rows"

static GtkWidget *
measure_row (RkDatabase       *db,
             RkLogicModelNode *node)
{
  RkEntity *e = RK_ENTITY (node);
  g_autoptr(RkLogicModel) model = rk_entity_lookup (db, RK_TYPE_LOGIC_MODEL,
                                                    rk_logic_model_node_get_model_id (node), NULL);
  int model_number = model != NULL ? (int) rk_entity_get_int (RK_ENTITY (model), "number") : 0;
  const char *model_title = model != NULL ? rk_entity_get_string (RK_ENTITY (model), "title") : "";
  const char *number = rk_entity_get_string (e, "number");
  const char *text = rk_entity_get_string (e, "text");
  g_autofree char *title = g_strdup_printf ("%s\u3000%s", number,
                                            text[0] != '\0' ? text : _("(no text yet)"));
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("go-jump-symbolic");

  /* Translators: under a measure that a countermeasure carries out: the
   * logic model's number and title
   */
  subtitle = g_strdup_printf (_("Measure of logic model %d: %s"), model_number,
                              model_title[0] != '\0' ? model_title : _("Untitled"));
  /* Translators: the button beside a measure under a countermeasure: it
   * opens the logic models tab on that box
   */
  label = g_strdup_printf (_("Show measure %s of logic model %d"), number, model_number);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("view-grid-symbolic"));

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-logic-model-box");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (rk_entity_get_id (e)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

/**
 * rk_meetings_fill_measures:
 * @row: a countermeasure's row in the issue editor
 *
 * Adds (or puts anew, after a change to the links) the rows of the
 * measures the countermeasure carries out at the end of @row.
 *
 * Returns: how many measures it carries out
 */
guint
rk_meetings_fill_measures (AdwExpanderRow *row,
                           RkEntity       *countermeasure)
{
  RkDatabase *db = rk_entity_get_database (countermeasure);
  GPtrArray *old = g_object_get_data (G_OBJECT (row), ROWS_KEY);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  for (guint i = 0; old != NULL && i < old->len; i++)
    adw_expander_row_remove (row, g_ptr_array_index (old, i));

  ids = rk_countermeasure_list_measures (RK_COUNTERMEASURE (countermeasure), &error);
  if (ids == NULL)
    g_warning ("Could not read the measures of countermeasure %" G_GINT64_FORMAT ": %s",
               rk_entity_get_id (countermeasure), error->message);

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    {
      g_autoptr(RkLogicModelNode) node = rk_entity_lookup (db, RK_TYPE_LOGIC_MODEL_NODE,
                                                           g_array_index (ids, gint64, i), NULL);

      if (node != NULL)
        {
          g_ptr_array_add (rows, measure_row (db, node));
          n++;
        }
    }

  if (n == 0)
    {
      GtkWidget *none = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (none), _("Carries out no measure yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (none),
                                   _("Link it from a measure’s box in the Logic Models tab, so "
                                     "that the logic model shows what was done."));
      gtk_widget_add_css_class (none, "dim-label");
      g_ptr_array_add (rows, none);
    }

  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_add_row (row, g_ptr_array_index (rows, i));
  g_object_set_data_full (G_OBJECT (row), ROWS_KEY, g_ptr_array_ref (rows),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (row), "rk-n-measures", GUINT_TO_POINTER (n));
  return n;
}

/**
 * rk_meetings_count_measures:
 *
 * Returns: how many measures the row's countermeasure carried out when
 *   it was last filled
 */
guint
rk_meetings_count_measures (AdwExpanderRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rk-n-measures"));
}
