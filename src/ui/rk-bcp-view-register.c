/* rk-bcp-view-register.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rk-bcp-view-private.h"
#include "rk-care-person.h"

/* The register of people at home on powered medical devices, and its
 * readiness board. The board (counts only) is always visible; the list
 * of people exists only while the user has revealed it: hidden, the
 * column view has no model, so no name is drawn, kept in a widget or
 * offered to the accessibility tree.
 */

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_KANA,
  COLUMN_DEVICES,
  COLUMN_POWER,
  COLUMN_DESTINATION,
  COLUMN_HOSPITAL,
  COLUMN_MISSING,
  N_COLUMNS
} Column;

static const struct {
  const char *title;
  gboolean    expand;
} columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { N_("No."), FALSE },
  [COLUMN_NAME] = { N_("Name"), TRUE },
  [COLUMN_KANA] = { N_("Kana"), TRUE },
  [COLUMN_DEVICES] = { N_("Medical devices"), TRUE },
  [COLUMN_POWER] = { N_("Power lasts"), FALSE },
  [COLUMN_DESTINATION] = { N_("Where to go"), FALSE },
  [COLUMN_HOSPITAL] = { N_("Receiving hospital"), TRUE },
  [COLUMN_MISSING] = { N_("Still missing"), TRUE },
};

static char *
issues_text (RkCareIssues issues)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (issues == 0)
    return g_strdup (_("Ready"));

  for (guint bit = 0; bit < RK_CARE_N_ISSUES; bit++)
    if (issues & (1u << bit))
      {
        if (s->len > 0)
          g_string_append (s, C_("list separator", ", "));
        g_string_append (s, rk_care_issue_get_label (1u << bit));
      }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
cell_text (RkEntity *p,
           Column    column)
{
  RkDatabase *db = rk_entity_get_database (p);
  RkCareStatus status = { 0 };

  switch (column)
    {
    case COLUMN_NUMBER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, rk_entity_get_id (p));

    case COLUMN_NAME:
      return g_strdup (rk_entity_get_string (p, "name")[0] != '\0' ? rk_entity_get_string (p, "name")
                                                                  : _("(no name yet)"));

    case COLUMN_KANA:
      return g_strdup (rk_entity_get_string (p, "kana"));

    case COLUMN_DEVICES:
      {
        g_autoptr(GPtrArray) devices = rk_bcp_list_entities (db, RK_CARE_LIST_DEVICES,
                                                             rk_entity_get_id (p), NULL);
        g_autoptr(GString) s = g_string_new (NULL);

        for (guint i = 0; devices != NULL && i < devices->len; i++)
          {
            if (s->len > 0)
              g_string_append (s, C_("list separator", ", "));
            g_string_append (s, rk_bcp_terms_get_label (RK_BCP_TERMS_DEVICE,
                                                        rk_entity_get_string (g_ptr_array_index (devices, i),
                                                                              "device")));
          }
        return g_string_free (g_steal_pointer (&s), FALSE);
      }

    case COLUMN_POWER:
      return rk_bcp_format_hours (rk_care_get_status (db, rk_entity_get_id (p), NULL, &status, NULL)
                                  ? status.hours : NAN);

    case COLUMN_DESTINATION:
      return g_strdup (rk_bcp_terms_get_label (RK_BCP_TERMS_DESTINATION,
                                               rk_entity_get_string (p, "destination")));

    case COLUMN_HOSPITAL:
      {
        char *name = rk_bcp_get_organization_name (db, rk_entity_get_int (p, "hospital-id"));
        return name != NULL ? name : g_strdup ("");
      }

    case COLUMN_MISSING:
      if (!rk_care_get_status (db, rk_entity_get_id (p), NULL, &status, NULL))
        return g_strdup ("");
      return issues_text (status.issues);

    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "rk-column"));
  g_autofree char *text = cell_text (gtk_list_item_get_item (item), column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  /* Nothing of a person stays in a recycled label. */
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), "");
}

/*
 * The board
 */

static void
board_toggled_cb (GtkToggleButton *button,
                  RkBcpView       *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "rk-index"));
  g_autofree char *today = NULL;
  g_autofree char *mask = NULL;
  const char *params[3];

  if (!gtk_toggle_button_get_active (button))
    return;

  self->filter = index == 0 ? 0 : (1u << (index - 1));
  if (self->people == NULL)
    return;

  today = rk_bcp_today ();
  mask = g_strdup_printf ("%u", self->filter);
  params[0] = today;
  params[1] = mask;
  params[2] = NULL;
  rk_query_model_set_query (self->people, RK_CARE_PEOPLE_SQL, params);
}

void
_rk_bcp_view_init_register (RkBcpView *self)
{
  for (guint i = 0; i <= RK_CARE_N_ISSUES; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *count = gtk_label_new ("0");
      GtkWidget *caption = gtk_label_new (i == 0 ? _("In the register")
                                                 : rk_care_issue_get_label (1u << (i - 1)));

      gtk_widget_add_css_class (count, "title-2");
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (caption, "caption");
      gtk_box_append (GTK_BOX (box), count);
      gtk_box_append (GTK_BOX (box), caption);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_set_tooltip_text (button, i == 0 ? _("Show everyone in the register")
                                                  : _("Show only the people with this still missing"));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->board_buttons[0]);
      else
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);

      g_object_set_data (G_OBJECT (button), "rk-index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (board_toggled_cb), self);
      gtk_flow_box_append (self->board_box, button);
      self->board_buttons[i] = GTK_TOGGLE_BUTTON (button);
      self->board_counts[i] = GTK_LABEL (count);
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "rk-column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), NULL);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), NULL);
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->people_view, column);
      g_object_unref (column);
    }
}

void
_rk_bcp_view_update_board (RkBcpView *self)
{
  g_autoptr(RkCareCounts) counts = NULL;

  if (self->db != NULL)
    counts = rk_care_get_counts (self->db, NULL, NULL);

  for (guint i = 0; i <= RK_CARE_N_ISSUES; i++)
    {
      guint n = counts == NULL ? 0 : i == 0 ? counts->n_people : counts->n_issue[i - 1];
      g_autofree char *number = g_strdup_printf ("%u", n);
      g_autofree char *label = NULL;

      /* Translators: the accessible name of a card of the readiness board:
       * what it counts, and how many people
       */
      label = g_strdup_printf (_("%s: %u"), i == 0 ? _("In the register")
                                                  : rk_care_issue_get_label (1u << (i - 1)), n);
      gtk_label_set_text (self->board_counts[i], number);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->board_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      if (i > 0)
        {
          if (n > 0)
            gtk_widget_add_css_class (GTK_WIDGET (self->board_counts[i]), "error");
          else
            gtk_widget_remove_css_class (GTK_WIDGET (self->board_counts[i]), "error");
        }
    }
}

void
_rk_bcp_view_bind_register (RkBcpView *self)
{
  g_autofree char *today = rk_bcp_today ();
  g_autofree char *mask = g_strdup_printf ("%u", self->filter);
  const char *params[] = { today, mask, NULL };

  self->people = rk_query_model_new (self->db, RK_TYPE_CARE_PERSON, "SELECT 0 WHERE 0");
  rk_query_model_watch (self->people, "care_device");
  rk_query_model_set_query (self->people, RK_CARE_PEOPLE_SQL, params);
}

/* The rows' texts come from several tables: after a change, draw every
 * visible row again (the register is short).
 */
void
_rk_bcp_view_refresh_people (RkBcpView *self)
{
  guint n;

  if (self->people == NULL || !self->revealed)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  if (n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self->people), 0, n, n);
}

void
_rk_bcp_view_set_revealed (RkBcpView *self,
                           gboolean   revealed)
{
  revealed = revealed && self->people != NULL;
  self->revealed = revealed;

  if (revealed)
    {
      GtkSingleSelection *selection;

      selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->people)));
      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
      gtk_column_view_set_model (self->people_view, GTK_SELECTION_MODEL (selection));
      g_object_unref (selection);
      gtk_label_set_text (self->shown_label,
                          _("Personal data is shown. Hide it (Ctrl+H) before you leave the screen. "
                            "Double-click a person, or press Enter, to open their plan."));
      gtk_stack_set_visible_child_name (self->register_stack, "shown");
    }
  else
    {
      gtk_column_view_set_model (self->people_view, NULL);
      gtk_label_set_text (self->shown_label, "");
      gtk_stack_set_visible_child_name (self->register_stack, "hidden");
    }

  _rk_bcp_view_update_actions (self);
}
