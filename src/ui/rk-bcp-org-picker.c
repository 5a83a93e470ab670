/* rk-bcp-org-picker.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-bcp-org-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "rk-bcp-widgets.h"
#include "rk-entity.h"
#include "rk-organization.h"
#include "rk-query-model.h"
#include "rk-ui-utils.h"
#include "rk-vocabulary.h"

/**
 * RkBcpOrgPicker:
 *
 * Chooses an organisation of the shared directory for a plan, a drill or
 * a person of the register, or registers one on the spot ("added on the
 * spot": name and kind; the resources tab completes it).
 */
#define RK_TYPE_BCP_ORG_PICKER (rk_bcp_org_picker_get_type ())
G_DECLARE_FINAL_TYPE (RkBcpOrgPicker, rk_bcp_org_picker, RK, BCP_ORG_PICKER, AdwWindow)

struct _RkBcpOrgPicker
{
  AdwWindow              parent_instance;

  RkDatabase            *db;
  RkQueryModel          *model;
  RkBcpOrganizationFunc  callback;
  gpointer               user_data;
  GDestroyNotify         destroy;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  GtkSearchEntry        *search_entry;
  GtkListView           *list_view;
  AdwEntryRow           *new_name_row;
  AdwComboRow           *new_kind_row;
  GtkButton             *register_button;
};

G_DEFINE_FINAL_TYPE (RkBcpOrgPicker, rk_bcp_org_picker, ADW_TYPE_WINDOW)

static void
choose (RkBcpOrgPicker *self,
        gint64          id)
{
  RkBcpOrganizationFunc callback = self->callback;

  /* Once only, then close. */
  self->callback = NULL;
  if (callback != NULL)
    callback (id, self->user_data);
  gtk_window_close (GTK_WINDOW (self));
}

static void
search_changed_cb (RkBcpOrgPicker *self)
{
  const char *params[] = { gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), NULL };

  rk_query_model_set_query (self->model, RK_BCP_ORGANIZATION_SEARCH_SQL, params);
}

static void
search_activate_cb (RkBcpOrgPicker *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 1)
    choose (self, rk_query_model_get_id (self->model, 0));
}

static void
list_activate_cb (RkBcpOrgPicker *self,
                  guint           position)
{
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    choose (self, rk_query_model_get_id (self->model, position));
}

static void
register_clicked_cb (RkBcpOrgPicker *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_name_row))));
  guint n_kinds;
  const RkTerm *kinds = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_kinds);
  guint selected = adw_combo_row_get_selected (self->new_kind_row);
  g_autoptr(GError) error = NULL;
  g_autoptr(RkEntity) org = NULL;

  if (name[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->new_name_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->new_name_row));
      return;
    }

  org = rk_entity_create (self->db, RK_TYPE_ORGANIZATION, _("Register Organization"), &error,
                          "kind", selected < n_kinds ? kinds[selected].code : "other",
                          "name", name, NULL);
  if (org == NULL)
    {
      rk_ui_show_error (GTK_WIDGET (self), _("Could not register the organization"), error);
      return;
    }

  choose (self, rk_entity_get_id (org));
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *kind = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (kind, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), kind);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  RkEntity *org = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *kind = gtk_widget_get_next_sibling (name);

  gtk_label_set_text (GTK_LABEL (name), rk_entity_get_string (org, "name"));
  gtk_label_set_text (GTK_LABEL (kind), rk_terms_get_label (RK_TERMS_ORGANIZATION_KIND,
                                                            rk_entity_get_string (org, "kind")));
}

static void
rk_bcp_org_picker_dispose (GObject *object)
{
  RkBcpOrgPicker *self = RK_BCP_ORG_PICKER (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);
  g_clear_object (&self->model);
  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_BCP_ORG_PICKER);

  G_OBJECT_CLASS (rk_bcp_org_picker_parent_class)->dispose (object);
}

static void
rk_bcp_org_picker_class_init (RkBcpOrgPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_bcp_org_picker_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/renkei/Renkei/ui/rk-bcp-org-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, RkBcpOrgPicker, window_title);
  gtk_widget_class_bind_template_child (widget_class, RkBcpOrgPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RkBcpOrgPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, RkBcpOrgPicker, new_name_row);
  gtk_widget_class_bind_template_child (widget_class, RkBcpOrgPicker, new_kind_row);
  gtk_widget_class_bind_template_child (widget_class, RkBcpOrgPicker, register_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, register_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rk_bcp_org_picker_init (RkBcpOrgPicker *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  const RkTerm *terms;
  guint n_terms;

  gtk_widget_init_template (GTK_WIDGET (self));

  terms = rk_terms_get (RK_TERMS_ORGANIZATION_KIND, &n_terms);
  for (guint i = 0; i < n_terms; i++)
    gtk_string_list_append (kinds, _(terms[i].label));
  adw_combo_row_set_model (self->new_kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->new_kind_row, n_terms - 1);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

/**
 * rk_bcp_choose_organization:
 * @parent: a widget of the dialog asking
 * @title: what is being chosen, e.g. "Receiving hospital"
 * @callback: called with the chosen organisation's id; not called on cancel
 * @destroy: (nullable): frees @user_data when the picker closes
 */
void
rk_bcp_choose_organization (GtkWidget             *parent,
                            const char            *title,
                            RkBcpOrganizationFunc  callback,
                            gpointer               user_data,
                            GDestroyNotify         destroy)
{
  RkBcpOrgPicker *self;
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkSelectionModel *selection;
  RkDatabase *db = rk_ui_get_database (parent);
  const char *params[] = { "", NULL };

  if (db == NULL)
    {
      if (destroy != NULL)
        destroy (user_data);
      return;
    }

  self = g_object_new (RK_TYPE_BCP_ORG_PICKER, NULL);
  self->db = g_object_ref (db);
  self->callback = callback;
  self->user_data = user_data;
  self->destroy = destroy;

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));

  self->model = rk_query_model_new (db, RK_TYPE_ORGANIZATION, "SELECT 0 WHERE 0");
  rk_query_model_set_query (self->model, RK_BCP_ORGANIZATION_SEARCH_SQL, params);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model))));
  gtk_list_view_set_model (self->list_view, selection);
  g_object_unref (selection);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
