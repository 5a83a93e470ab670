/* rk-resources-view.c
 *
 * Copyright 2026 The Renkei authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rk-resources-view"

#include "config.h"

#include "rk-resources-view.h"

/**
 * RkResourcesView:
 *
 * The resources tab. Until the area is built it shows its empty state.
 */
struct _RkResourcesView
{
  AdwBin      parent_instance;

  RkDatabase *db;
};

G_DEFINE_FINAL_TYPE (RkResourcesView, rk_resources_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rk_resources_view_dispose (GObject *object)
{
  RkResourcesView *self = (RkResourcesView *)object;

  g_clear_object (&self->db);
  gtk_widget_dispose_template (GTK_WIDGET (self), RK_TYPE_RESOURCES_VIEW);

  G_OBJECT_CLASS (rk_resources_view_parent_class)->dispose (object);
}

static void
rk_resources_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_resources_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RkResourcesView *self = RK_RESOURCES_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      rk_resources_view_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rk_resources_view_class_init (RkResourcesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rk_resources_view_dispose;
  object_class->get_property = rk_resources_view_get_property;
  object_class->set_property = rk_resources_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, RK_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/renkei/Renkei/ui/rk-resources-view.ui");
}

static void
rk_resources_view_init (RkResourcesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rk_resources_view_get_database:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
RkDatabase *
rk_resources_view_get_database (RkResourcesView *self)
{
  g_return_val_if_fail (RK_IS_RESOURCES_VIEW (self), NULL);

  return self->db;
}

/**
 * rk_resources_view_set_database:
 * @db: (nullable): the workspace to show, or %NULL when none is open
 */
void
rk_resources_view_set_database (RkResourcesView *self,
                            RkDatabase *db)
{
  g_return_if_fail (RK_IS_RESOURCES_VIEW (self));

  if (g_set_object (&self->db, db))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}
