/* rk-cli-workspace.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-cli-workspace"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-cli.h"
#include "rk-entity.h"
#include "rk-municipality.h"
#include "rk-profile.h"
#include "rk-query-model.h"
#include "rk-sample.h"
#include "rk-staff.h"
#include "rk-vocabulary.h"

static char *
format_count (gint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n < 0 ? -n : n);
  GString *s = g_string_new (n < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }

  return g_string_free (s, FALSE);
}

static const char *
or_unset (const char *value)
{
  return value != NULL && value[0] != '\0' ? value : _("(not set)");
}

static int
run_new (int    argc,
         char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("new", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_database_create (argv[1], &error);
  if (db == NULL)
    return rk_cli_fail (error);

  rk_database_close (db);
  return 0;
}

static int
run_sample (int    argc,
            char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  GError *error = NULL;
  int status;

  if (!rk_cli_parse ("sample", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_sample_create (argv[1], &error);
  if (db == NULL)
    return rk_cli_fail (error);

  rk_database_close (db);
  return 0;
}

static void
print_staff (RkDatabase *db)
{
  g_autoptr(RkQueryModel) model = rk_query_model_new (db, RK_TYPE_STAFF,
                                                      "SELECT id FROM staff ORDER BY position, id");
  g_autoptr(GString) parts = g_string_new (NULL);
  gint64 total = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) staff = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 headcount = rk_entity_get_int (staff, "headcount");

      total += headcount;
      if (parts->len > 0)
        g_string_append (parts, C_("list separator", ", "));
      g_string_append_printf (parts, "%s %" G_GINT64_FORMAT,
                              rk_terms_get_label (RK_TERMS_PROFESSION,
                                                  rk_entity_get_string (staff, "profession")),
                              headcount);
    }

  if (n == 0)
    g_print ("%s %s\n", _("Staff:"), _("(not set)"));
  else
    /* Translators: staff line of `renkei-cli info`: total headcount, then
     * the headcount per profession, e.g. "5 (保健師 2, 事務 1)"
     */
    g_print ("%s %" G_GINT64_FORMAT " (%s)\n", _("Staff:"), total, parts->str);
}

static void
print_municipalities (RkDatabase *db)
{
  g_autoptr(RkQueryModel) model = rk_query_model_new (db, RK_TYPE_MUNICIPALITY,
                                                      "SELECT id FROM municipality ORDER BY position, id");
  gint64 population = 0;
  gint64 elderly = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

  g_print ("%s\n", _("Municipalities:"));
  if (n == 0)
    g_print ("  %s\n", _("(not set)"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RkEntity) m = g_list_model_get_item (G_LIST_MODEL (model), i);
      gint64 pop = rk_entity_get_int (m, "population");
      gint64 old = rk_entity_get_int (m, "elderly-population");
      g_autofree char *pop_s = pop >= 0 ? format_count (pop) : g_strdup (_("unknown"));
      g_autofree char *old_s = old >= 0 ? format_count (old) : g_strdup (_("unknown"));

      population += MAX (pop, 0);
      elderly += MAX (old, 0);

      /* Translators: one municipality in `renkei-cli info`: code, name,
       * prefecture, population, population aged 65 and over
       */
      g_print ("  %s %s (%s)  %s %s  %s %s\n",
               or_unset (rk_entity_get_string (m, "code")),
               rk_entity_get_string (m, "name"),
               or_unset (rk_entity_get_string (m, "prefecture")),
               _("population"), pop_s, _("aged 65+"), old_s);
    }

  if (n > 1)
    {
      g_autofree char *pop_s = format_count (population);
      g_autofree char *old_s = format_count (elderly);

      g_print ("  %s  %s %s  %s %s\n", _("Total"), _("population"), pop_s, _("aged 65+"), old_s);
    }
}

static int
run_info (int    argc,
          char **argv)
{
  g_autoptr(RkDatabase) db = NULL;
  g_autoptr(RkProfile) profile = NULL;
  g_auto(GStrv) tables = NULL;
  GError *error = NULL;
  RkEntity *p;
  int status;

  if (!rk_cli_parse ("info", "WORKSPACE", NULL, &argc, &argv, 1, &status))
    return status;

  db = rk_cli_open (argv[1], FALSE, &error);
  if (db == NULL)
    return rk_cli_fail (error);

  profile = rk_profile_get (db, &error);
  if (profile == NULL)
    return rk_cli_fail (error);
  p = RK_ENTITY (profile);

  g_print ("%s %s\n", _("Workspace:"), rk_database_get_path (db));
  g_print ("%s %d\n", _("Format version:"), rk_database_get_schema_version (db));
  g_print ("%s %s\n", _("Base:"), or_unset (rk_entity_get_string (p, "name")));
  g_print ("%s %s", _("Operator:"), or_unset (rk_entity_get_string (p, "operator")));
  if (rk_entity_get_string (p, "operator-kind")[0] != '\0')
    g_print (" (%s)", rk_terms_get_label (RK_TERMS_OPERATOR_KIND, rk_entity_get_string (p, "operator-kind")));
  g_print ("\n");
  print_staff (db);
  g_print ("%s %s", _("Area:"), or_unset (rk_entity_get_string (p, "area-name")));
  if (rk_entity_get_string (p, "prefecture")[0] != '\0')
    g_print (C_("list separator", ", "));
  g_print ("%s\n", rk_entity_get_string (p, "prefecture"));
  g_print ("%s %s\n", _("Home-care area set by:"),
           or_unset (rk_terms_get_label (RK_TERMS_AREA_UNIT, rk_entity_get_string (p, "area-unit"))));
  print_municipalities (db);
  g_print ("%s %s\n", _("Information as of:"), or_unset (rk_entity_get_string (p, "as-of")));

  g_print ("%s\n", _("Rows per table:"));
  tables = rk_database_list_tables (db);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      gint64 n = rk_database_count_rows (db, tables[i], &error);

      if (n < 0)
        return rk_cli_fail (error);
      g_print ("  %-32s %8" G_GINT64_FORMAT "\n", tables[i], n);
    }

  return 0;
}

const RkCliVerb rk_cli_workspace_verbs[] = {
  { "new", "WORKSPACE", N_("Create a new, empty workspace"), run_new },
  { "sample", "WORKSPACE", N_("Create a workspace holding the sample region"), run_sample },
  { "info", "WORKSPACE", N_("Show a workspace’s format, base profile and row counts"), run_info },
  { NULL }
};
