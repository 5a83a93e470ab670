/* rk-care-names.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-care-names"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rk-care-names.h"
#include "rk-database-private.h"

/**
 * RkCareNames:
 *
 * The names in the disaster BCP's register of people on medical devices
 * (the people's names and readings, and their contacts' names), held in
 * memory as an #RkNameIndex so that the meetings tab can warn at every
 * key press when minutes, decisions or a progress note name one of them
 * (rk_personal_names_warning()).
 *
 * One per open workspace (rk_care_names_get()). The names are read when
 * first asked for; a commit that touches care_person or care_contact
 * (an edit, an undo, an erasure) overwrites and drops them, and they are
 * read again when next needed. rk_care_names_release(), which the
 * meetings tab calls when its workspace closes, overwrites and drops them
 * for good. Nothing of a name is ever logged.
 */
struct _RkCareNames
{
  GObject      parent_instance;

  RkDatabase  *db;           /* not owned: the names are its data */
  gulong       committed_id;
  RkNameIndex *index;        /* NULL until read, and after each change */
};

G_DEFINE_FINAL_TYPE (RkCareNames, rk_care_names, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define DATA_KEY "rk-care-names"

static void
drop_names (RkCareNames *self)
{
  /* rk_name_index_free() overwrites every name before freeing it. */
  g_clear_pointer (&self->index, rk_name_index_free);
}

static void
committed_cb (RkDatabase         *db,
              const char * const *tables,
              RkCareNames        *self)
{
  if (!g_strv_contains (tables, "care_person") && !g_strv_contains (tables, "care_contact"))
    return;

  drop_names (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
load (RkCareNames *self)
{
  g_autoptr(RkNameIndex) index = rk_name_index_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (rk_database_get_handle (self->db),
                           "SELECT name, kana FROM care_person"
                           " UNION ALL SELECT name, '' FROM care_contact",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        rk_name_index_add (index, (const char *) sqlite3_column_text (stmt, 0));
        rk_name_index_add (index, (const char *) sqlite3_column_text (stmt, 1));
      }

  if (rc != SQLITE_DONE)
    {
      /* The message is SQLite's, which never quotes the data. */
      g_warning ("Could not read the names of the register for the minutes warning: %s",
                 sqlite3_errstr (rc));
      return FALSE;
    }

  self->index = g_steal_pointer (&index);
  return TRUE;
}

static void
disconnect (RkCareNames *self)
{
  if (self->db != NULL && self->committed_id != 0)
    g_signal_handler_disconnect (self->db, self->committed_id);
  self->committed_id = 0;
  self->db = NULL;
}

/* When the workspace object itself goes (its signal handlers are gone
 * by then), or when rk_care_names_release() has let go of it.
 */
static void
forget_database (gpointer data)
{
  RkCareNames *self = data;

  self->committed_id = 0;
  self->db = NULL;
  drop_names (self);
  g_object_unref (self);
}

static void
rk_care_names_finalize (GObject *object)
{
  RkCareNames *self = RK_CARE_NAMES (object);

  drop_names (self);

  G_OBJECT_CLASS (rk_care_names_parent_class)->finalize (object);
}

static void
rk_care_names_class_init (RkCareNamesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rk_care_names_finalize;

  /**
   * RkCareNames::changed:
   *
   * The register's names changed, or were released: warnings shown under
   * fields should be worked out again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rk_care_names_init (RkCareNames *self)
{
}

/**
 * rk_care_names_get:
 *
 * Returns: (transfer none): the names of @db's register, made when first
 *   asked for; it lives as long as @db or until rk_care_names_release()
 */
RkCareNames *
rk_care_names_get (RkDatabase *db)
{
  RkCareNames *self;

  g_return_val_if_fail (RK_IS_DATABASE (db), NULL);

  self = g_object_get_data (G_OBJECT (db), DATA_KEY);
  if (self != NULL)
    return self;

  self = g_object_new (RK_TYPE_CARE_NAMES, NULL);
  self->db = db;
  self->committed_id = g_signal_connect (db, "committed", G_CALLBACK (committed_cb), self);
  g_object_set_data_full (G_OBJECT (db), DATA_KEY, self, forget_database);
  return self;
}

/**
 * rk_care_names_release:
 *
 * Overwrites and drops the names held for @db, now: for when the
 * workspace closes. An #RkCareNames still referenced elsewhere knows no
 * names from then on, and says so with #RkCareNames::changed.
 */
void
rk_care_names_release (RkDatabase *db)
{
  g_autoptr(RkCareNames) self = NULL;

  g_return_if_fail (RK_IS_DATABASE (db));

  self = g_object_get_data (G_OBJECT (db), DATA_KEY);
  if (self == NULL)
    return;

  g_object_ref (self);
  disconnect (self);
  g_object_set_data (G_OBJECT (db), DATA_KEY, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * rk_care_names_get_index:
 *
 * Returns: (transfer none) (nullable): the names, read from the workspace
 *   if they are not in memory; %NULL once released, or when they could not
 *   be read
 */
const RkNameIndex *
rk_care_names_get_index (RkCareNames *self)
{
  g_return_val_if_fail (RK_IS_CARE_NAMES (self), NULL);

  if (self->index == NULL && self->db != NULL && rk_database_get_handle (self->db) != NULL)
    load (self);
  return self->index;
}

/**
 * rk_care_names_is_loaded:
 *
 * Returns: whether names are held in memory now (for tests)
 */
gboolean
rk_care_names_is_loaded (RkCareNames *self)
{
  g_return_val_if_fail (RK_IS_CARE_NAMES (self), FALSE);

  return self->index != NULL;
}
