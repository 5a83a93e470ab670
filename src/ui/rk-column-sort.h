/* rk-column-sort.h
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * RkColumnSortFunc:
 * @key: (nullable): the key of the column the user sorts by, or %NULL
 *   when the list is unsorted
 * @descending: whether the order is descending
 *
 * Called when the user clicks a column heading of a list sorted in SQL.
 */
typedef void (*RkColumnSortFunc) (const char *key,
                                  gboolean    descending,
                                  gpointer    user_data);

GtkSorter *rk_column_sort_new_sorter (const char        *key);
void       rk_column_sort_attach     (GtkColumnView     *view,
                                      RkColumnSortFunc   func,
                                      gpointer           user_data);

G_END_DECLS
