/* rk-xlsx-print.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rk-xlsx-private.h"

/* The print setup of RkXlsxSheet: paper, fitting, repeated headings, page
 * header and footer.
 */

/* Escapes "&" (a control character in Excel headers) and cuts to
 * @max_chars characters, ending with "…" if it had to cut.
 */
static char *
escape_header_text (const char *text,
                    glong       max_chars)
{
  g_autoptr(GString) s = g_string_new (NULL);
  glong total = 0;
  glong chars = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    total += g_utf8_get_char (p) == '&' ? 2 : 1;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      glong need = c == '&' ? 2 : 1;

      /* Keep room for the "…" when the whole text will not fit. */
      if (total > max_chars && chars + need > max_chars - 1)
        {
          g_string_append (s, "…");
          break;
        }
      if (c == '\n' || c == '\r' || c == '\t')
        c = ' ';
      if (c == '&')
        g_string_append_c (s, '&');
      g_string_append_unichar (s, c);
      chars += need;
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Builds "&L…&C…&R…" within Excel's 255 characters, shortening the
 * longest part until it fits.
 */
static char *
build_header_footer (const char *left,
                     const char *center,
                     const char *right,
                     gboolean    page_number)
{
  const char *parts[3] = { left, center, right };
  glong limits[3] = { LXW_HEADER_FOOTER_MAX, LXW_HEADER_FOOTER_MAX, LXW_HEADER_FOOTER_MAX };

  for (;;)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      glong lens[3];
      guint longest = 0;

      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *esc = escape_header_text (parts[i], limits[i]);

          lens[i] = g_utf8_strlen (esc, -1);
          if (i == 1 && page_number)
            {
              g_string_append (s, "&C&P / &N");
              if (*esc != '\0')
                g_string_append_printf (s, "  %s", esc);
            }
          else if (*esc != '\0')
            g_string_append_printf (s, "&%c%s", "LCR"[i], esc);
          if (lens[i] > lens[longest])
            longest = i;
        }

      if (g_utf8_strlen (s->str, -1) <= LXW_HEADER_FOOTER_MAX)
        return g_string_free (g_steal_pointer (&s), FALSE);
      limits[longest] = MAX (1, lens[longest] - 1);
    }
}

/**
 * rk_xlsx_sheet_set_page_setup:
 * @sheet: a #RkXlsxSheet
 * @setup: the page setup
 * @error: return location for an error
 *
 * Makes the sheet print well in one call: A4 paper, portrait or landscape,
 * one page wide (any number of pages tall), heading rows repeated on every
 * page and frozen on screen, an optional autofilter over the table, a page
 * header from the three texts and a footer with the page number “1 / 3”
 * in the centre. Texts that would make the header or footer longer than
 * Excel's 255 characters are shortened (ending in “…”).
 *
 * Returns: %TRUE on success
 */
gboolean
rk_xlsx_sheet_set_page_setup (RkXlsxSheet            *sheet,
                              const RkXlsxPageSetup  *setup,
                              GError                **error)
{
  g_autofree char *header = NULL;
  g_autofree char *footer = NULL;
  lxw_worksheet *ws;

  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (setup != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ws = sheet->ws;
  worksheet_set_paper (ws, 9);
  if (setup->landscape)
    worksheet_set_landscape (ws);
  else
    worksheet_set_portrait (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_center_horizontally (ws);

  if (setup->n_heading_rows > 0)
    {
      guint first = setup->heading_row;
      guint last = setup->heading_row + setup->n_heading_rows - 1;

      if (!_rk_xlsx_sheet_check (sheet, worksheet_repeat_rows (ws, first, last), first, 0, error))
        return FALSE;
      worksheet_freeze_panes (ws, last + 1, 0);
      sheet->filter_row = setup->autofilter ? (int) last : -1;
    }

  header = build_header_footer (setup->header_left, setup->header_center,
                                setup->header_right, FALSE);
  footer = build_header_footer (setup->footer_left, NULL, setup->footer_right, TRUE);
  if (!_rk_xlsx_sheet_check (sheet, worksheet_set_header (ws, header), 0, 0, error) ||
      !_rk_xlsx_sheet_check (sheet, worksheet_set_footer (ws, footer), 0, 0, error))
    return FALSE;

  return TRUE;
}
