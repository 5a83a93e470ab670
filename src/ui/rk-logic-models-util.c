/* rk-logic-models-util.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-logic-models-util"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-bind.h"
#include "rk-indicator.h"
#include "rk-logic-models-util.h"
#include "rk-ui-utils.h"
#include "rk-vocabulary.h"

/*
 * The functions of home care, one switch each
 */

typedef struct
{
  RkEntity    *entity;
  char        *undo_label;
  GtkWidget   *switches[RK_N_FUNCTIONS];
  gboolean     updating;
} FunctionsGroup;

static void
functions_group_free (FunctionsGroup *group)
{
  g_clear_object (&group->entity);
  g_free (group->undo_label);
  g_free (group);
}

static void
functions_follow (FunctionsGroup *group)
{
  int functions = rk_entity_get_int (group->entity, "functions");

  group->updating = TRUE;
  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    gtk_switch_set_active (GTK_SWITCH (group->switches[i]), (functions & (1u << i)) != 0);
  group->updating = FALSE;
}

static void
functions_notify_cb (RkEntity   *entity,
                     GParamSpec *pspec,
                     GtkWidget  *widget)
{
  FunctionsGroup *group = g_object_get_data (G_OBJECT (widget), "rk-functions");

  if (group != NULL)
    functions_follow (group);
}

static void
function_switched_cb (GtkSwitch  *sw,
                      GParamSpec *pspec,
                      GtkWidget  *widget)
{
  FunctionsGroup *group = g_object_get_data (G_OBJECT (widget), "rk-functions");
  g_autoptr(GError) error = NULL;
  int functions = 0;

  if (group == NULL || group->updating)
    return;

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    if (gtk_switch_get_active (GTK_SWITCH (group->switches[i])))
      functions |= 1u << i;

  if (!rk_entity_update (group->entity, group->undo_label, &error, "functions", functions, NULL))
    {
      rk_ui_show_error (widget, _("The change could not be saved"), error);
      functions_follow (group);
    }
}

/**
 * _rk_lm_functions_group:
 *
 * A preferences group of one switch per function of home care, saving the
 * "functions" column of @entity at once and following its changes.
 */
GtkWidget *
_rk_lm_functions_group (RkEntity   *entity,
                        const char *title,
                        const char *undo_label)
{
  GtkWidget *widget = adw_preferences_group_new ();
  FunctionsGroup *group = g_new0 (FunctionsGroup, 1);
  gboolean writable = !rk_database_get_read_only (rk_entity_get_database (entity));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), title);
  group->entity = g_object_ref (entity);
  group->undo_label = g_strdup (undo_label);
  g_object_set_data_full (G_OBJECT (widget), "rk-functions", group,
                          (GDestroyNotify) functions_group_free);

  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rk_function_get_label (1u << i));
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_widget_set_sensitive (sw, writable);
      gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      rk_function_get_label (1u << i), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), row);
      group->switches[i] = sw;
    }

  functions_follow (group);
  for (guint i = 0; i < RK_N_FUNCTIONS; i++)
    g_signal_connect (group->switches[i], "notify::active", G_CALLBACK (function_switched_cb),
                      widget);
  g_signal_connect_object (entity, "notify::functions", G_CALLBACK (functions_notify_cb), widget, 0);

  return widget;
}

GtkWidget *
_rk_lm_entry_row (RkEntity   *entity,
                  const char *title,
                  const char *property,
                  const char *undo_label)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  rk_bind_editable (GTK_EDITABLE (row), NULL, entity, property, undo_label, rk_bind_parse_text, NULL);
  return row;
}

GtkWidget *
_rk_lm_icon_button (const char *icon_name,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/**
 * _rk_lm_switch_row:
 * @toggled: called as `void (GtkSwitch *, GParamSpec *, gpointer)` on
 *   notify::active, after the initial state is set
 *
 * A row with a switch: the switch carries @accessible_label, so that a
 * screen reader (and a test) can find and toggle it.
 */
GtkWidget *
_rk_lm_switch_row (const char *title,
                   const char *subtitle,
                   const char *accessible_label,
                   gboolean    active,
                   GCallback   toggled,
                   gpointer    user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  g_signal_connect (sw, "notify::active", toggled, user_data);
  return row;
}

/* A fiscal year column that may be empty (-1): "2024", "令和6年度", "R6". */
gboolean
_rk_lm_parse_year (const char  *text,
                   GValue      *value,
                   char       **message)
{
  g_autofree char *s = g_strstrip (g_strdup (text));
  int year;

  if (s[0] == '\0')
    {
      g_value_set_int (value, -1);
      return TRUE;
    }

  year = rk_fiscal_year_parse (s);
  if (year == 0)
    {
      if (message != NULL)
        *message = g_strdup (_("Enter a fiscal year, such as 2024 or 令和6年度."));
      return FALSE;
    }

  g_value_set_int (value, year);
  return TRUE;
}

char *
_rk_lm_format_year (const GValue *value)
{
  int year = g_value_get_int (value);

  return year > 0 ? g_strdup_printf ("%d", year) : g_strdup ("");
}

/* "現状 755 人（2025年度）／目標 850 人（2029年度）" */
char *
_rk_lm_indicator_summary (const RkLmIndicator *ind)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (!isnan (ind->current))
    {
      g_autofree char *value = rk_indicator_format_value (ind->current, ind->unit);
      g_autofree char *year = rk_fiscal_year_to_string (ind->current_year);

      /* Translators: the latest value of an indicator, its kind and year:
       * "実績値 755 人（2025年度）"
       */
      g_string_append_printf (s, _("%s %s (%s)"), rk_value_kind_get_label (ind->current_kind), value,
                              year);
    }
  if (!isnan (ind->target))
    {
      g_autofree char *value = rk_indicator_format_value (ind->target, ind->unit);
      g_autofree char *year = rk_fiscal_year_to_string (ind->target_year);

      if (s->len > 0)
        g_string_append (s, " / ");
      g_string_append_printf (s, _("%s %s (%s)"), rk_value_kind_get_label (RK_VALUE_KIND_TARGET),
                              value, year);
    }
  if (s->len == 0)
    g_string_append (s, _("No values yet"));
  if (!ind->verified)
    {
      g_string_append (s, " · ");
      g_string_append (s, _("※ not checked against its source"));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* "2-1 24時間対応できる…" */
char *
_rk_lm_node_title (RkEntity *node)
{
  const char *number = rk_entity_get_string (node, "number");
  const char *text = rk_entity_get_string (node, "text");

  if (text[0] == '\0')
    text = _("(no text yet)");
  return number[0] != '\0' ? g_strdup_printf ("%s　%s", number, text) : g_strdup (text);
}

void
_rk_lm_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/*
 * A boolean column as a switch
 */

static void
bool_follow (GtkWidget *sw,
             GParamSpec *pspec,
             RkEntity  *entity)
{
  const char *property = g_object_get_data (G_OBJECT (sw), "rk-property");
  gboolean value = rk_entity_get_boolean (entity, property);

  if (gtk_switch_get_active (GTK_SWITCH (sw)) != value)
    {
      g_object_set_data (G_OBJECT (sw), "rk-updating", GINT_TO_POINTER (TRUE));
      gtk_switch_set_active (GTK_SWITCH (sw), value);
      g_object_set_data (G_OBJECT (sw), "rk-updating", NULL);
    }
}

static void
bool_switched_cb (GtkSwitch  *sw,
                  GParamSpec *pspec,
                  RkEntity   *entity)
{
  const char *property = g_object_get_data (G_OBJECT (sw), "rk-property");
  const char *label = g_object_get_data (G_OBJECT (sw), "rk-undo-label");
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (sw), "rk-updating") != NULL)
    return;
  if (!rk_entity_update (entity, label, &error, property, gtk_switch_get_active (sw), NULL))
    {
      rk_ui_show_error (GTK_WIDGET (sw), _("The change could not be saved"), error);
      bool_follow (GTK_WIDGET (sw), NULL, entity);
    }
}

/**
 * _rk_lm_bool_row:
 *
 * A row whose switch saves a boolean column at once and follows it.
 */
GtkWidget *
_rk_lm_bool_row (RkEntity   *entity,
                 const char *title,
                 const char *subtitle,
                 const char *property,
                 const char *undo_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (sw, !rk_database_get_read_only (rk_entity_get_database (entity)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (sw), "rk-property", g_strdup (property), g_free);
  g_object_set_data_full (G_OBJECT (sw), "rk-undo-label", g_strdup (undo_label), g_free);
  bool_follow (sw, NULL, entity);
  g_signal_connect_object (sw, "notify::active", G_CALLBACK (bool_switched_cb), entity, 0);
  g_signal_connect_object (entity, signal, G_CALLBACK (bool_follow), sw, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  return row;
}

gboolean
_rk_lm_parse_value (const char  *text,
                    GValue      *value,
                    char       **message)
{
  double v;

  if (!rk_indicator_parse_value (text, &v))
    {
      if (message != NULL)
        *message = g_strdup (_("Enter a number, such as 1,234 or 12.5."));
      return FALSE;
    }
  g_value_set_double (value, v);
  return TRUE;
}

char *
_rk_lm_format_value (const GValue *value)
{
  return rk_indicator_format_value (g_value_get_double (value), NULL);
}

gboolean
_rk_lm_parse_date (const char  *text,
                   GValue      *value,
                   char       **message)
{
  g_autofree char *iso = NULL;

  if (!rk_date_parse_iso (text, &iso))
    {
      if (message != NULL)
        *message = g_strdup (_("Enter a date, such as 2026-03-31 or 2026年3月31日, or leave it empty."));
      return FALSE;
    }
  g_value_set_string (value, iso);
  return TRUE;
}
