/* rk-bind.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bind"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rk-bind.h"
#include "rk-ui-utils.h"

/* Two-way links between an editing widget and one column of a row. There
 * is no Save button: every change the user makes is written at once, as
 * one undoable edit (typing into one field merges into one undo step until
 * the field loses focus), and the widget follows the row when it changes
 * under it, by undo for instance.
 */

typedef struct
{
  GtkWidget        *widget;     /* weak: the binding lives in its data */
  GtkWidget        *row;        /* where errors show */
  RkEntity         *entity;
  GParamSpec       *pspec;
  char             *undo_label;
  RkBindParseFunc   parse;
  RkBindFormatFunc  format;
  GtkStringList    *codes;      /* combo rows: the code of each item */
  guint             flag;       /* toggles over one bit of an integer column */
  gulong            widget_handler;
  gboolean          updating;
} Binding;

static void
binding_free (Binding *binding)
{
  g_clear_object (&binding->entity);
  g_clear_object (&binding->codes);
  g_free (binding->undo_label);
  g_free (binding);
}

static Binding *
binding_new (GtkWidget  *widget,
             RkEntity   *entity,
             const char *property,
             const char *undo_label)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->widget = widget;
  binding->row = widget;
  binding->entity = g_object_ref (entity);
  binding->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), property);
  binding->undo_label = g_strdup (undo_label);
  g_assert (binding->pspec != NULL);

  g_object_set_data_full (G_OBJECT (widget), "rk-binding", binding, (GDestroyNotify) binding_free);

  if (rk_database_get_read_only (rk_entity_get_database (entity)))
    gtk_widget_set_sensitive (widget, FALSE);

  return binding;
}

static void
save (Binding      *binding,
      const GValue *value)
{
  g_autoptr(GError) error = NULL;

  if (!rk_entity_update_value (binding->entity, binding->pspec->name, value,
                               binding->undo_label, &error))
    rk_ui_show_error (binding->widget, _("The change could not be saved"), error);
}

static void
set_error (Binding    *binding,
           const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (binding->row, "error");
      gtk_widget_set_tooltip_text (binding->row, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (binding->row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else if (gtk_widget_has_css_class (binding->row, "error"))
    {
      gtk_widget_remove_css_class (binding->row, "error");
      gtk_widget_set_tooltip_text (binding->row, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (binding->row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
focus_left_cb (GtkEventControllerFocus *controller,
               Binding                 *binding)
{
  rk_database_seal_undo (rk_entity_get_database (binding->entity));
}

static void
watch_focus (Binding *binding)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (focus_left_cb), binding);
  gtk_widget_add_controller (binding->row, focus);
}

/*
 * Text
 */

static char *
format_value (Binding      *binding,
              const GValue *value)
{
  if (binding->format != NULL)
    return binding->format (value);
  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (g_value_get_string (value) != NULL ? g_value_get_string (value) : "");

  {
    GValue s = G_VALUE_INIT;
    char *text;

    g_value_init (&s, G_TYPE_STRING);
    g_value_transform (value, &s);
    text = g_value_dup_string (&s);
    g_value_unset (&s);
    return text;
  }
}

static void
editable_changed_cb (GtkEditable *editable,
                     Binding     *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *message = NULL;

  if (binding->updating)
    return;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (binding->pspec));
  if (!binding->parse (gtk_editable_get_text (editable), &value, &message))
    {
      set_error (binding, message != NULL ? message : _("This value cannot be saved."));
      return;
    }

  set_error (binding, NULL);
  save (binding, &value);
}

static void
editable_follow_entity (Binding *binding)
{
  GtkEditable *editable = GTK_EDITABLE (binding->widget);
  g_auto(GValue) current = G_VALUE_INIT;
  g_auto(GValue) typed = G_VALUE_INIT;
  g_autofree char *text = NULL;

  g_value_init (&current, G_PARAM_SPEC_VALUE_TYPE (binding->pspec));
  g_object_get_property (G_OBJECT (binding->entity), binding->pspec->name, &current);

  /* Leave the text alone while it says the same thing in the user's own
   * way ("2026年10月" for 2026-10): only a change from elsewhere rewrites it.
   */
  g_value_init (&typed, G_PARAM_SPEC_VALUE_TYPE (binding->pspec));
  if (binding->parse (gtk_editable_get_text (editable), &typed, NULL) &&
      g_param_values_cmp (binding->pspec, &typed, &current) == 0)
    return;

  text = format_value (binding, &current);
  binding->updating = TRUE;
  gtk_editable_set_text (editable, text);
  binding->updating = FALSE;
  set_error (binding, NULL);
}

static void entity_notify_cb (RkEntity   *entity,
                              GParamSpec *pspec,
                              GtkWidget  *widget);

/**
 * rk_bind_editable:
 * @editable: an entry or an AdwEntryRow
 * @row: (nullable): the widget that shows errors (default: @editable)
 * @entity: the row to edit
 * @property: its column
 * @undo_label: what Undo will say, e.g. "Change Operator"
 * @parse: turns text into the column's value, or says why it cannot
 * @format: (nullable): turns the value into text
 */
void
rk_bind_editable (GtkEditable      *editable,
                  GtkWidget        *row,
                  RkEntity         *entity,
                  const char       *property,
                  const char       *undo_label,
                  RkBindParseFunc   parse,
                  RkBindFormatFunc  format)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (RK_IS_ENTITY (entity));

  binding = binding_new (GTK_WIDGET (editable), entity, property, undo_label);
  if (row != NULL)
    binding->row = row;
  binding->parse = parse;
  binding->format = format;

  gtk_editable_set_text (editable, "");
  editable_follow_entity (binding);

  binding->widget_handler = g_signal_connect (editable, "changed",
                                              G_CALLBACK (editable_changed_cb), binding);
  g_signal_connect_object (entity, "notify", G_CALLBACK (entity_notify_cb), binding->widget, 0);
  watch_focus (binding);
}

/*
 * Spin buttons
 */

static void
spin_value_changed_cb (GtkSpinButton *spin,
                       Binding       *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (binding->updating)
    return;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, (gint64) gtk_spin_button_get_value (spin));
  save (binding, &value);
}

static void
spin_follow_entity (Binding *binding)
{
  binding->updating = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (binding->widget),
                             rk_entity_get_int (binding->entity, binding->pspec->name));
  binding->updating = FALSE;
}

void
rk_bind_spin_button (GtkSpinButton *spin,
                     RkEntity      *entity,
                     const char    *property,
                     const char    *undo_label)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  g_return_if_fail (RK_IS_ENTITY (entity));

  binding = binding_new (GTK_WIDGET (spin), entity, property, undo_label);
  spin_follow_entity (binding);

  binding->widget_handler = g_signal_connect (spin, "value-changed",
                                              G_CALLBACK (spin_value_changed_cb), binding);
  g_signal_connect_object (entity, "notify", G_CALLBACK (entity_notify_cb), binding->widget, 0);
  watch_focus (binding);
}

/*
 * Combo rows over a list of terms
 */

static void
combo_follow_entity (Binding *binding)
{
  AdwComboRow *row = ADW_COMBO_ROW (binding->widget);
  GtkStringList *labels = GTK_STRING_LIST (adw_combo_row_get_model (row));
  const char *code = rk_entity_get_string (binding->entity, binding->pspec->name);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (binding->codes));
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (binding->codes, i), code) == 0)
      selected = i;

  binding->updating = TRUE;

  /* A value of the user's own (from an older list, or typed elsewhere)
   * stays choosable rather than silently replaced.
   */
  if (selected == GTK_INVALID_LIST_POSITION && code != NULL && code[0] != '\0')
    {
      gtk_string_list_append (binding->codes, code);
      gtk_string_list_append (labels, code);
      selected = n;
    }

  adw_combo_row_set_selected (row, selected != GTK_INVALID_LIST_POSITION ? selected : 0);
  binding->updating = FALSE;
}

static void
combo_selected_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   Binding     *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;
  guint selected = adw_combo_row_get_selected (row);

  if (binding->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, gtk_string_list_get_string (binding->codes, selected));
  save (binding, &value);
}

/**
 * rk_bind_combo_row_terms:
 *
 * Offers one of the guidebook's lists in a combo row. The first item is
 * "Not set" (an empty value).
 */
void
rk_bind_combo_row_terms (AdwComboRow *row,
                         RkTermList   list,
                         RkEntity    *entity,
                         const char  *property,
                         const char  *undo_label)
{
  const RkTerm *terms;
  guint n_terms;

  terms = rk_terms_get (list, &n_terms);
  rk_bind_combo_row_term_array (row, terms, n_terms, NULL, TRUE, entity, property, undo_label);
}

/**
 * rk_bind_combo_row_term_array:
 * @terms: (array length=n_terms): the choices
 * @context: (nullable): the gettext context of the labels, or %NULL for none
 * @allow_unset: offer "Not set" (an empty value) first
 *
 * Offers any list of terms in a combo row, for areas that keep lists of
 * their own.
 */
void
rk_bind_combo_row_term_array (AdwComboRow  *row,
                              const RkTerm *terms,
                              guint         n_terms,
                              const char   *context,
                              gboolean      allow_unset,
                              RkEntity     *entity,
                              const char   *property,
                              const char   *undo_label)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  Binding *binding;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (RK_IS_ENTITY (entity));

  binding = binding_new (GTK_WIDGET (row), entity, property, undo_label);
  binding->codes = gtk_string_list_new (NULL);
  if (allow_unset)
    {
      gtk_string_list_append (binding->codes, "");
      gtk_string_list_append (labels, _("Not set"));
    }
  for (guint i = 0; i < n_terms; i++)
    {
      gtk_string_list_append (binding->codes, terms[i].code);
      gtk_string_list_append (labels, context != NULL
                                      ? g_dpgettext2 (GETTEXT_PACKAGE, context, terms[i].label)
                                      : _(terms[i].label));
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));

  combo_follow_entity (binding);
  binding->widget_handler = g_signal_connect (row, "notify::selected",
                                              G_CALLBACK (combo_selected_cb), binding);
  g_signal_connect_object (entity, "notify", G_CALLBACK (entity_notify_cb), binding->widget, 0);
}

/*
 * Switches
 */

static void
switch_active_cb (GtkSwitch  *sw,
                  GParamSpec *pspec,
                  Binding    *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (binding->updating)
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, gtk_switch_get_active (sw));
  save (binding, &value);
}

static void
switch_follow_entity (Binding *binding)
{
  binding->updating = TRUE;
  gtk_switch_set_active (GTK_SWITCH (binding->widget),
                         rk_entity_get_boolean (binding->entity, binding->pspec->name));
  binding->updating = FALSE;
}

/**
 * rk_bind_switch:
 *
 * Ties a switch to a boolean column.
 */
void
rk_bind_switch (GtkSwitch   *sw,
                RkEntity    *entity,
                const char  *property,
                const char  *undo_label)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_SWITCH (sw));
  g_return_if_fail (RK_IS_ENTITY (entity));

  binding = binding_new (GTK_WIDGET (sw), entity, property, undo_label);
  switch_follow_entity (binding);

  binding->widget_handler = g_signal_connect (sw, "notify::active",
                                              G_CALLBACK (switch_active_cb), binding);
  g_signal_connect_object (entity, "notify", G_CALLBACK (entity_notify_cb), binding->widget, 0);
}

/*
 * Multi-line text
 */

static void
text_view_follow_entity (Binding *binding)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget));
  const char *value = rk_entity_get_string (binding->entity, binding->pspec->name);
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* Only a change from elsewhere (undo) rewrites the text and moves the cursor. */
  if (g_strcmp0 (current, value != NULL ? value : "") == 0)
    return;

  binding->updating = TRUE;
  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
  binding->updating = FALSE;
}

static void
text_buffer_changed_cb (GtkTextBuffer *buffer,
                        Binding       *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GtkTextIter start, end;

  if (binding->updating)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_value_init (&value, G_TYPE_STRING);
  g_value_take_string (&value, gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  save (binding, &value);
}

/**
 * rk_bind_text_view:
 *
 * Ties a text view to a text column: minutes, notes, descriptions.
 * Typing is one undo step until the view loses focus.
 */
void
rk_bind_text_view (GtkTextView *view,
                   RkEntity    *entity,
                   const char  *property,
                   const char  *undo_label)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));
  g_return_if_fail (RK_IS_ENTITY (entity));

  binding = binding_new (GTK_WIDGET (view), entity, property, undo_label);
  text_view_follow_entity (binding);
  binding->widget_handler = g_signal_connect (gtk_text_view_get_buffer (view), "changed",
                                              G_CALLBACK (text_buffer_changed_cb), binding);
  g_signal_connect_object (entity, "notify", G_CALLBACK (entity_notify_cb), binding->widget, 0);
  watch_focus (binding);
}

/*
 * Toggles: a boolean column, or one bit of an integer column
 */

static gboolean
toggle_is_active (GtkWidget *toggle)
{
  gboolean active = FALSE;

  g_object_get (toggle, "active", &active, NULL);
  return active;
}

static void
toggle_follow_entity (Binding *binding)
{
  gboolean active;

  if (binding->flag != 0)
    active = (rk_entity_get_int (binding->entity, binding->pspec->name) & binding->flag) != 0;
  else
    active = rk_entity_get_boolean (binding->entity, binding->pspec->name);

  if (active == toggle_is_active (binding->widget))
    return;

  binding->updating = TRUE;
  g_object_set (binding->widget, "active", active, NULL);
  binding->updating = FALSE;
}

static void
toggle_active_cb (GtkWidget  *toggle,
                  GParamSpec *pspec,
                  Binding    *binding)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean active = toggle_is_active (toggle);

  if (binding->updating)
    return;

  if (binding->flag != 0)
    {
      gint64 bits = rk_entity_get_int (binding->entity, binding->pspec->name);

      bits = active ? (bits | binding->flag) : (bits & ~(gint64) binding->flag);
      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, bits);
    }
  else
    {
      g_value_init (&value, G_TYPE_BOOLEAN);
      g_value_set_boolean (&value, active);
    }

  save (binding, &value);
  /* A click is a whole edit: the next one is a step of its own. */
  rk_database_seal_undo (rk_entity_get_database (binding->entity));
}

static void
bind_toggle (GtkWidget  *toggle,
             RkEntity   *entity,
             const char *property,
             guint       flag,
             const char *undo_label)
{
  Binding *binding;

  g_return_if_fail (GTK_IS_WIDGET (toggle));
  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (toggle), "active") != NULL);
  g_return_if_fail (RK_IS_ENTITY (entity));

  binding = binding_new (toggle, entity, property, undo_label);
  binding->flag = flag;
  toggle_follow_entity (binding);
  binding->widget_handler = g_signal_connect (toggle, "notify::active",
                                              G_CALLBACK (toggle_active_cb), binding);
  g_signal_connect_object (entity, "notify", G_CALLBACK (entity_notify_cb), binding->widget, 0);
}

/**
 * rk_bind_active:
 * @toggle: a check button, switch or toggle button
 *
 * Ties the toggle's "active" to a boolean column.
 */
void
rk_bind_active (GtkWidget  *toggle,
                RkEntity   *entity,
                const char *property,
                const char *undo_label)
{
  bind_toggle (toggle, entity, property, 0, undo_label);
}

/**
 * rk_bind_flag:
 * @toggle: a check button, switch or toggle button
 * @flag: one bit, such as %RK_FUNCTION_DISASTER
 *
 * Ties the toggle to one bit of an integer column: a set of RkFunctions,
 * for instance, is one check button per function.
 */
void
rk_bind_flag (GtkWidget  *toggle,
              RkEntity   *entity,
              const char *property,
              guint       flag,
              const char *undo_label)
{
  g_return_if_fail (flag != 0);

  bind_toggle (toggle, entity, property, flag, undo_label);
}

static void
entity_notify_cb (RkEntity   *entity,
                  GParamSpec *pspec,
                  GtkWidget  *widget)
{
  /* Connected with the widget as data, so the handler dies with it. */
  Binding *binding = g_object_get_data (G_OBJECT (widget), "rk-binding");

  if (binding == NULL || pspec != binding->pspec)
    return;

  if (ADW_IS_COMBO_ROW (binding->widget))
    combo_follow_entity (binding);
  else if (GTK_IS_SWITCH (binding->widget))
    switch_follow_entity (binding);
  else if (GTK_IS_SPIN_BUTTON (binding->widget))
    spin_follow_entity (binding);
  else if (GTK_IS_TEXT_VIEW (binding->widget))
    text_view_follow_entity (binding);
  else if (GTK_IS_EDITABLE (binding->widget))
    editable_follow_entity (binding);
  else
    toggle_follow_entity (binding);
}
