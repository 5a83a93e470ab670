/* rk-column-sort.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-column-sort"

#include "config.h"

#include "rk-column-sort.h"

/* Sorting in SQL from GtkColumnView's headings on GTK 4.8 (STYLE-NOTES
 * §2.4). Large lists are RkQueryModels sorted by their query; the column
 * view's sorter only says which heading the user clicked. GTK 4.8 cannot
 * tell which column is the primary one (primary-sort-column is 4.10), so
 * each column gets a sorter that records its key when asked to compare,
 * and the view's sorter is asked to compare two dummies: the first key
 * recorded is the primary column, and the sign of the answer its order.
 */

static const char *probed_key;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      key)
{
  if (probed_key == NULL)
    probed_key = key;
  return GTK_ORDERING_SMALLER;
}

/**
 * rk_column_sort_new_sorter:
 * @key: (transfer none): the column's key, with static storage
 *
 * Returns: (transfer full): the sorter to give the column
 */
GtkSorter *
rk_column_sort_new_sorter (const char *key)
{
  return GTK_SORTER (gtk_custom_sorter_new (probe_compare, (gpointer) key, NULL));
}

typedef struct
{
  RkColumnSortFunc  func;
  gpointer          user_data;
  GObject          *a;
  GObject          *b;
} Probe;

static void
probe_free (Probe *probe)
{
  g_clear_object (&probe->a);
  g_clear_object (&probe->b);
  g_free (probe);
}

static void
sorter_changed_cb (GtkSorter       *sorter,
                   GtkSorterChange  change,
                   Probe           *probe)
{
  GtkOrdering order;

#if GTK_CHECK_VERSION (4, 10, 0)
  GtkColumnViewColumn *column = gtk_column_view_sorter_get_primary_sort_column (GTK_COLUMN_VIEW_SORTER (sorter));
  (void) order;
  if (column == NULL)
    probe->func (NULL, FALSE, probe->user_data);
  else
    probe->func (g_object_get_data (G_OBJECT (column), "rk-sort-key"),
                 gtk_column_view_sorter_get_primary_sort_order (GTK_COLUMN_VIEW_SORTER (sorter))
                 == GTK_SORT_DESCENDING, probe->user_data);
#else
  probed_key = NULL;
  order = gtk_sorter_compare (sorter, probe->a, probe->b);
  probe->func (probed_key, order == GTK_ORDERING_LARGER, probe->user_data);
  probed_key = NULL;
#endif
}

/**
 * rk_column_sort_attach:
 *
 * Calls @func whenever the user changes the sort order of @view.
 */
void
rk_column_sort_attach (GtkColumnView    *view,
                       RkColumnSortFunc  func,
                       gpointer          user_data)
{
  Probe *probe = g_new0 (Probe, 1);

  probe->func = func;
  probe->user_data = user_data;
  probe->a = g_object_new (G_TYPE_OBJECT, NULL);
  probe->b = g_object_new (G_TYPE_OBJECT, NULL);

  g_signal_connect_data (gtk_column_view_get_sorter (view), "changed",
                         G_CALLBACK (sorter_changed_cb), probe,
                         (GClosureNotify) probe_free, 0);
}
