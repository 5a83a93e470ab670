/* rk-meetings-agenda.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-meetings-agenda"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-agenda-item.h"
#include "rk-bind.h"
#include "rk-care-names.h"
#include "rk-meetings-editor-private.h"
#include "rk-meetings-widgets.h"
#include "rk-personal-names.h"
#include "rk-ui-utils.h"

/* The agenda part of the meeting editor: one group per step of the
 * guidebook (現状把握, 課題整理, 対応策の検討), each item a row that opens
 * onto its title, step, functions, minutes and decisions. Minutes that
 * seem to name a person, or name someone of the disaster BCP's register
 * (rk-care-names.c), get a warning under them.
 */

static void
update_item_row (GtkWidget  *row,
                 GParamSpec *pspec,
                 RkEntity   *item)
{
  const char *title = rk_entity_get_string (item, "title");
  g_autofree char *functions = rk_functions_to_string (rk_entity_get_int (item, "functions"));
  g_autofree char *text = g_strconcat (rk_entity_get_string (item, "minutes"), "\n",
                                       rk_entity_get_string (item, "decisions"), NULL);
  RkCareNames *register_names = g_object_get_data (G_OBJECT (row), "rk-care-names");
  const RkNameIndex *registered = register_names != NULL
                                  ? rk_care_names_get_index (register_names) : NULL;
  g_autoptr(GArray) names = rk_personal_names_find_indexed (text, registered);
  g_autofree char *subtitle = NULL;

  if (names->len > 0)
    /* Translators: shown under an agenda item whose minutes seem to name someone */
    subtitle = g_strdup_printf (_("%s · may name a person"),
                                functions[0] != '\0' ? functions : _("No function set"));
  else
    subtitle = g_strdup (functions);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title[0] != '\0' ? title : _("New agenda item"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, names->len > 0 ? _("The minutes may name a person") : NULL);
}

static void
update_warning (GtkLabel *warning)
{
  GtkTextView *minutes = g_object_get_data (G_OBJECT (warning), "rk-minutes");
  GtkTextView *decisions = g_object_get_data (G_OBJECT (warning), "rk-decisions");
  RkCareNames *names = g_object_get_data (G_OBJECT (warning), "rk-care-names");
  const char *labels[] = { _("Minutes"), _("Decisions") };
  GtkTextIter start, end;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (minutes), &start, &end);
  a = gtk_text_buffer_get_text (gtk_text_view_get_buffer (minutes), &start, &end, FALSE);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (decisions), &start, &end);
  b = gtk_text_buffer_get_text (gtk_text_view_get_buffer (decisions), &start, &end, FALSE);

  /* The warning's row shows only while there is something to warn about. */
  rk_meetings_show_name_warning (warning, names, 2, labels, (const char *[]) { a, b });
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (warning), "rk-row"),
                          gtk_widget_get_visible (GTK_WIDGET (warning)));
}

static void
text_changed_cb (GtkTextBuffer *buffer,
                 GtkLabel      *warning)
{
  update_warning (warning);
}

/* The register changed in the disaster BCP tab (or was let go of). */
static void
register_changed_cb (RkCareNames *names,
                     GtkLabel    *warning)
{
  update_warning (warning);
}

static GtkWidget *
warning_row (RkDatabase  *db,
             GtkTextView *minutes,
             GtkTextView *decisions)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (box, "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (label), "rk-row", row);
  g_object_set_data (G_OBJECT (label), "rk-minutes", minutes);
  g_object_set_data (G_OBJECT (label), "rk-decisions", decisions);
  g_signal_connect_object (gtk_text_view_get_buffer (minutes), "changed",
                           G_CALLBACK (text_changed_cb), label, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (decisions), "changed",
                           G_CALLBACK (text_changed_cb), label, 0);
  /* Held, not looked up again: once the workspace closes it knows no names
   * (rk_care_names_release()), and nothing here may read them back.
   */
  g_object_set_data_full (G_OBJECT (label), "rk-care-names", g_object_ref (rk_care_names_get (db)),
                          g_object_unref);
  g_signal_connect_object (rk_care_names_get (db), "changed", G_CALLBACK (register_changed_cb),
                           label, 0);

  update_warning (GTK_LABEL (label));
  return row;
}

static RkMeetingsEditor *
editor_of (GtkWidget *widget)
{
  return RK_MEETINGS_EDITOR (gtk_widget_get_ancestor (widget, RK_TYPE_MEETINGS_EDITOR));
}

static void
remove_item_clicked_cb (GtkButton *button,
                        RkEntity  *item)
{
  g_autoptr(GError) error = NULL;

  if (!rk_entity_delete (item, _("Remove Agenda Item"), &error))
    rk_ui_show_error (GTK_WIDGET (button), _("Could not remove the agenda item"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (button), _("Agenda item removed"));
}

/* Moves an item one place up (-1) or down (+1) within its step, by
 * numbering the step's items anew in one undoable edit.
 */
static void
move_item (GtkWidget *button,
           RkEntity  *item,
           int        delta)
{
  RkMeetingsEditor *self = editor_of (button);
  RkQueryModel *model;
  g_autoptr(RkTransaction) tx = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint position, n;
  int step;

  if (self == NULL)
    return;
  step = rk_meeting_step_get_index (rk_entity_get_string (item, "step"));
  model = self->agenda[step];
  if (!rk_query_model_find (model, rk_entity_get_id (item), &position))
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  for (guint i = 0; i < n; i++)
    {
      gint64 id = rk_query_model_get_id (model, i);
      g_array_append_val (order, id);
    }
  {
    gint64 t = g_array_index (order, gint64, position);
    g_array_index (order, gint64, position) = g_array_index (order, gint64, position + delta);
    g_array_index (order, gint64, position + delta) = t;
  }

  tx = rk_database_begin (self->db, _("Move Agenda Item"), &error);
  for (guint i = 0; tx != NULL && i < order->len; i++)
    {
      g_autoptr(RkEntity) row = rk_entity_lookup (self->db, RK_TYPE_AGENDA_ITEM,
                                                  g_array_index (order, gint64, i), &error);
      if (row == NULL || (rk_entity_get_int (row, "position") != i &&
                          !rk_entity_update (row, NULL, &error, "position", (int) i, NULL)))
        break;
    }
  if (tx == NULL || error != NULL || !rk_transaction_commit (tx, &error))
    rk_ui_show_error (button, _("Could not move the agenda item"), error);
  else
    _rk_meetings_editor_reveal_agenda_item (self, rk_entity_get_id (item));
}

static void
move_up_clicked_cb (GtkButton *button,
                    RkEntity  *item)
{
  move_item (GTK_WIDGET (button), item, -1);
}

static void
move_down_clicked_cb (GtkButton *button,
                      RkEntity  *item)
{
  move_item (GTK_WIDGET (button), item, +1);
}

static GtkWidget *
create_item_row (gpointer entity,
                 gpointer user_data)
{
  RkEntity *item = entity;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *title;
  GtkWidget *up = rk_meetings_icon_button ("go-up-symbolic", _("Move Up"));
  GtkWidget *down = rk_meetings_icon_button ("go-down-symbolic", _("Move Down"));
  GtkWidget *remove = rk_meetings_icon_button ("user-trash-symbolic", _("Remove Agenda Item"));
  GtkTextView *minutes, *decisions;
  gboolean writable = !rk_database_get_read_only (rk_entity_get_database (item));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "rk-id", GSIZE_TO_POINTER ((gsize) rk_entity_get_id (item)));
  g_object_set_data_full (G_OBJECT (row), "rk-care-names",
                          g_object_ref (rk_care_names_get (rk_entity_get_database (item))),
                          g_object_unref);

  title = rk_meetings_entry_row (_("Agenda item"), item, "title", _("Change Agenda Item"));
  g_object_set_data (G_OBJECT (row), "rk-title", title);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_combo_row (_("Step"), RK_MEETING_TERMS_STEP, item, "step",
                                                   _("Change Step")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_functions_row (item, "functions", _("Change Functions")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_text_row (_("Minutes"), item, "minutes",
                                                  _("Change Minutes"),
                                                  &minutes));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            rk_meetings_text_row (_("Decisions"), item, "decisions",
                                                  _("Change Decisions"), &decisions));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            warning_row (rk_entity_get_database (item), minutes, decisions));

  g_signal_connect_object (up, "clicked", G_CALLBACK (move_up_clicked_cb), item, 0);
  g_signal_connect_object (down, "clicked", G_CALLBACK (move_down_clicked_cb), item, 0);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_item_clicked_cb), item, 0);
  gtk_widget_set_sensitive (up, writable);
  gtk_widget_set_sensitive (down, writable);
  gtk_widget_set_sensitive (remove, writable);
  /* Expander rows show their actions last-added first. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), up);

  update_item_row (row, NULL, item);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_item_row), row, G_CONNECT_SWAPPED);
  return row;
}

static void
update_placeholder (GtkListBox   *list,
                    GParamSpec   *pspec,
                    RkQueryModel *model)
{
  GtkWidget *placeholder = g_object_get_data (G_OBJECT (list), "rk-placeholder");

  gtk_widget_set_visible (placeholder, g_list_model_get_n_items (G_LIST_MODEL (model)) == 0);
}

void
_rk_meetings_editor_build_agenda (RkMeetingsEditor *self)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         rk_entity_get_id (RK_ENTITY (self->meeting)));
  const RkTerm *steps;
  guint n_steps;

  steps = rk_meeting_terms_get (RK_MEETING_TERMS_STEP, &n_steps);
  for (guint s = 0; s < n_steps && s < G_N_ELEMENTS (self->agenda); s++)
    {
      const char *step = rk_meeting_terms_translate (RK_MEETING_TERMS_STEP, &steps[s]);
      /* Translators: an agenda group's title: 議題 1. 現状把握 */
      g_autofree char *title = g_strdup_printf (_("Agenda %u. %s"), s + 1, step);
      /* Translators: the button that adds an item to one step of the agenda */
      g_autofree char *add_label = g_strdup_printf (_("Add Agenda Item to “%s”"), step);
      GtkWidget *group = _rk_meetings_group_new (title, NULL);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *list = gtk_list_box_new ();
      GtkWidget *placeholder = gtk_label_new (_("No items in this step yet."));
      const char *params[] = { id, steps[s].code, NULL };

      if (s == 0)
        _rk_meetings_group_add_button (ADW_PREFERENCES_GROUP (group), "view-list-symbolic",
                                       _("_Example Agenda"),
                                       _("Add the guidebook’s example agenda"),
                                       "editor.add-example-agenda", NULL);
      _rk_meetings_group_add_button (ADW_PREFERENCES_GROUP (group), "list-add-symbolic",
                                     s == 0 ? _("Add _Item") : NULL, add_label,
                                     "editor.add-agenda-item", g_variant_new_string (steps[s].code));

      self->agenda[s] = rk_query_model_new (self->db, RK_TYPE_AGENDA_ITEM,
                                            "SELECT id FROM agenda_item");
      rk_query_model_set_query (self->agenda[s],
                                "SELECT id FROM agenda_item WHERE meeting_id = ? AND step = ?"
                                " ORDER BY position, id",
                                params);

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      -1);
      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->agenda[s]),
                               create_item_row, self, NULL);
      self->agenda_lists[s] = GTK_LIST_BOX (list);

      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (placeholder), 0);
      gtk_widget_set_margin_start (placeholder, 12);
      g_object_set_data (G_OBJECT (list), "rk-placeholder", placeholder);
      g_signal_connect_object (self->agenda[s], "notify::n-items", G_CALLBACK (update_placeholder),
                               list, G_CONNECT_SWAPPED);
      update_placeholder (GTK_LIST_BOX (list), NULL, self->agenda[s]);

      gtk_box_append (GTK_BOX (box), placeholder);
      gtk_box_append (GTK_BOX (box), list);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
      gtk_box_append (self->content, group);
    }
}

/* Once the opened row has its size, scroll the form so that it shows. */
static gboolean
scroll_to_row_cb (gpointer data)
{
  GWeakRef *ref = data;
  g_autoptr(GtkWidget) row = g_weak_ref_get (ref);
  GtkWidget *scroller = row != NULL ? gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  GtkWidget *content = scroller != NULL ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))
                                        : NULL;
  double x, y;

  if (content != NULL && gtk_widget_translate_coordinates (row, content, 0, 0, &x, &y))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gtk_adjustment_clamp_page (adj, y - 48, y + MIN (gtk_widget_get_height (row) + 48,
                                                       gtk_adjustment_get_page_size (adj)));
    }

  g_weak_ref_clear (ref);
  g_free (ref);
  return G_SOURCE_REMOVE;
}

/**
 * _rk_meetings_editor_reveal_agenda_item:
 *
 * Opens the item's row and puts the cursor in its title, ready to type.
 */
void
_rk_meetings_editor_reveal_agenda_item (RkMeetingsEditor *self,
                                        gint64            id)
{
  for (guint s = 0; s < G_N_ELEMENTS (self->agenda_lists); s++)
    {
      GtkWidget *row;

      if (self->agenda_lists[s] == NULL)
        continue;
      for (row = gtk_widget_get_first_child (GTK_WIDGET (self->agenda_lists[s])); row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          GWeakRef *ref;

          if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "rk-id")) != id)
            continue;

          ref = g_new0 (GWeakRef, 1);
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
          gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "rk-title"));
          g_weak_ref_init (ref, row);
          g_timeout_add (100, scroll_to_row_cb, ref);
          return;
        }
    }
}

void
_rk_meetings_editor_add_example (RkMeetingsEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  if (!rk_meeting_add_example_agenda (self->meeting, &error))
    rk_ui_show_error (GTK_WIDGET (self), _("Could not add the example agenda"), error);
  else
    rk_ui_show_undo_toast (GTK_WIDGET (self), _("The guidebook’s example agenda was added"));
}
