/* test-lm-print.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <gtk/gtk.h>
#include <string.h>

#include "rk-entity.h"
#include "rk-lm-draw.h"
#include "rk-logic-model.h"
#include "rk-logic-model-graph.h"
#include "rk-pdca-draw.h"
#include "rk-pdca-summary.h"
#include "rk-print-operation.h"
#include "rk-sample.h"

/* The logic model and its PDCA cycle printed through GtkPrintOperation,
 * as the tab prints them (to a file, as "Print to File" does): one page,
 * landscape, the diagram fitted to it, its text in the PDF.
 */

static char *
run (const char *command,
     const char *path)
{
  g_autofree char *line = g_strdup_printf (g_str_equal (command, "pdfinfo") ? "%s '%s'" : "%s '%s' -",
                                           command, path);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_command_line_sync (line, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
squeeze (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (s, g_utf8_get_char (p));
  return g_string_free (s, FALSE);
}

static void
test_print_model_and_cycle (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rk-lm-print-XXXXXX", NULL);
  g_autofree char *workspace = g_build_filename (dir, "sample.renkei", NULL);
  g_autofree char *pdf = g_build_filename (dir, "model.pdf", NULL);
  g_autofree char *pdca_pdf = g_build_filename (dir, "pdca.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkDatabase) db = rk_sample_create (workspace, &error);
  g_autoptr(RkLogicModel) model = NULL;
  g_autoptr(RkLogicModelGraph) graph = NULL;
  g_autoptr(RkPdcaSummary) summary = NULL;
  g_autoptr(RkReport) report = NULL;
  g_autoptr(RkReport) pdca = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *info = NULL;

  g_assert_no_error (error);
  model = rk_logic_model_find_by_argument (db, "看取り", &error);
  g_assert_no_error (error);
  graph = rk_logic_model_graph_load (db, rk_entity_get_id (RK_ENTITY (model)), &error);
  g_assert_no_error (error);

  report = rk_lm_create_report (graph);
  g_assert_true (rk_print_report_to_pdf (report, pdf, &error));
  g_assert_no_error (error);
  text = run ("pdftotext", pdf);
  flat = squeeze (text);
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      g_autofree char *want = squeeze (((RkLmNode *) g_ptr_array_index (graph->nodes, i))->text);

      if (strstr (flat, want) == NULL)
        g_error ("the printed model lacks “%s”", want);
    }
  info = run ("pdfinfo", pdf);
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_cmpint (atoi (strstr (info, "Pages:") + strlen ("Pages:")), ==, 1);
  /* Landscape: wider than tall (A4 or A3, as the model's size asks). */
  {
    double w = 0, h = 0;
    const char *size = strstr (info, "Page size:");

    g_assert_nonnull (size);
    g_assert_cmpint (sscanf (size, "Page size: %lf x %lf", &w, &h), ==, 2);
    g_assert_cmpfloat (w, >, h);
  }

  summary = rk_pdca_summary_load (db, rk_entity_get_id (RK_ENTITY (model)), 2025, &error);
  g_assert_no_error (error);
  pdca = rk_pdca_create_report (summary);
  g_assert_true (rk_print_report_to_pdf (pdca, pdca_pdf, &error));
  g_assert_no_error (error);
  g_free (text);
  text = run ("pdftotext", pdca_pdf);
  g_free (flat);
  flat = squeeze (text);
  g_assert_nonnull (strstr (flat, "副主治医制を2地区で試行"));

  g_clear_object (&model);
  rk_database_close (db);
  g_clear_object (&db);
  g_unlink (pdf);
  g_unlink (pdca_pdf);
  g_unlink (workspace);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      if (g_strcmp0 (g_getenv ("RK_REQUIRE_DISPLAY"), "1") == 0)
        return 1;
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/ui/lm-print/model-and-cycle", test_print_model_and_cycle);

  return g_test_run ();
}
