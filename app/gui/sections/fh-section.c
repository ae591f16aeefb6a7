/* fh-section.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "Foothold"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-section.h"

#include "fh-feedback.h"

typedef struct
{
  FhStore   *store;
  gulong     changed_id;
  gboolean   built;
  char      *badge;
  char      *badge_tooltip;
  gboolean   presenting;
  gboolean   dirty;          /* a watched collection changed since plan_changed */
  gboolean   stale;          /* a change came while hidden: plan_changed on the next map */
  GPtrArray *watched_models; /* the store's models of the class's watched collections */
} FhSectionPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FhSection, fh_section, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_BADGE,
  PROP_BADGE_TOOLTIP,
  PROP_PRESENTING,
  N_PROPS
};

enum
{
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
update_badge (FhSection *self)
{
  FhSectionPrivate *priv = fh_section_get_instance_private (self);
  FhSectionClass   *klass = FH_SECTION_GET_CLASS (self);

  if (klass->update_badge != NULL)
    klass->update_badge (self, priv->store);
}

static void
store_changed_cb (FhSection *self)
{
  FhSectionPrivate *priv = fh_section_get_instance_private (self);
  FhSectionClass   *klass = FH_SECTION_GET_CLASS (self);

  /* A section that names the collections it shows hears only of their changes. */
  if (priv->built && klass->plan_changed != NULL && (klass->n_watched == 0 || priv->dirty))
    {
      priv->dirty = FALSE;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        klass->plan_changed (self);
      else
        priv->stale = TRUE;
    }
  update_badge (self);
}

/* The first time the section is shown it builds its content for the plan it holds:
 * before its children are mapped, so that they map once, already filled. */
static void
fh_section_map (GtkWidget *widget)
{
  FhSection        *self = FH_SECTION (widget);
  FhSectionPrivate *priv = fh_section_get_instance_private (self);
  FhSectionClass   *klass = FH_SECTION_GET_CLASS (self);

  if (!priv->built)
    {
      priv->built = TRUE;
      priv->stale = FALSE;
      if (priv->store != NULL && klass->store_set != NULL)
        klass->store_set (self, priv->store);
    }
  else if (priv->stale)
    {
      priv->stale = FALSE;
      if (klass->plan_changed != NULL)
        klass->plan_changed (self);
    }

  GTK_WIDGET_CLASS (fh_section_parent_class)->map (widget);
}

static void
watched_changed_cb (FhSection *self)
{
  FhSectionPrivate *priv = fh_section_get_instance_private (self);

  priv->dirty = TRUE;
}

static void
fh_section_disconnect_store (FhSection *self)
{
  FhSectionPrivate *priv = fh_section_get_instance_private (self);

  for (guint i = 0; i < priv->watched_models->len; i++)
    g_signal_handlers_disconnect_by_data (priv->watched_models->pdata[i], self);
  g_ptr_array_set_size (priv->watched_models, 0);
  if (priv->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (fh_store_get_info (priv->store), self);
      g_clear_signal_handler (&priv->changed_id, priv->store);
    }
  g_clear_object (&priv->store);
}

static void
fh_section_dispose (GObject *object)
{
  fh_section_disconnect_store (FH_SECTION (object));

  G_OBJECT_CLASS (fh_section_parent_class)->dispose (object);
}

static void
fh_section_finalize (GObject *object)
{
  FhSectionPrivate *priv = fh_section_get_instance_private (FH_SECTION (object));

  g_free (priv->badge);
  g_free (priv->badge_tooltip);
  g_ptr_array_unref (priv->watched_models);

  G_OBJECT_CLASS (fh_section_parent_class)->finalize (object);
}

static void
fh_section_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhSection        *self = FH_SECTION (object);
  FhSectionPrivate *priv = fh_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    case PROP_BADGE:
      g_value_set_string (value, priv->badge);
      break;
    case PROP_BADGE_TOOLTIP:
      g_value_set_string (value, priv->badge_tooltip);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, priv->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_section_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhSection *self = FH_SECTION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      fh_section_set_store (self, g_value_get_object (value));
      break;
    case PROP_PRESENTING:
      fh_section_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_section_class_init (FhSectionClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->map = fh_section_map;

  object_class->dispose = fh_section_dispose;
  object_class->finalize = fh_section_finalize;
  object_class->get_property = fh_section_get_property;
  object_class->set_property = fh_section_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the sidebar shows beside the section's name: a count or a stage. */
  properties[PROP_BADGE] = g_param_spec_string (
    "badge", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BADGE_TOOLTIP] =
    g_param_spec_string ("badge-tooltip", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * FhSection::add-toast:
   * @toast: the toast for the window to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
fh_section_init (FhSection *self)
{
  FhSectionPrivate *priv = fh_section_get_instance_private (self);

  priv->badge = g_strdup ("");
  priv->watched_models = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * fh_section_class_watch:
 * @klass: a section class
 * @collections: (array length=n_collections): the collections the section shows; a
 *   static array
 * @n_collections: how many
 *
 * Says which of the plan's collections a section shows: its plan_changed vfunc is
 * then called only after a change that touched one of them, so that a bar moved or
 * a gap typed elsewhere costs the section nothing. Without it, every change reaches
 * plan_changed.
 */
void
fh_section_class_watch (FhSectionClass *klass, const FhCollection *collections, guint n_collections)
{
  g_return_if_fail (FH_IS_SECTION_CLASS (klass));
  g_return_if_fail (collections != NULL || n_collections == 0);

  klass->watched = collections;
  klass->n_watched = n_collections;
}

/**
 * fh_section_class_watch_info:
 * @klass: a section class that also calls fh_section_class_watch()
 *
 * Says that the section also shows the plan's own settings (#FhPlanInfo: currency,
 * horizon, discount rate, …): a change to them counts as a change to a watched
 * collection.
 */
void
fh_section_class_watch_info (FhSectionClass *klass)
{
  g_return_if_fail (FH_IS_SECTION_CLASS (klass));

  klass->watch_info = TRUE;
}

FhStore *
fh_section_get_store (FhSection *self)
{
  FhSectionPrivate *priv;

  g_return_val_if_fail (FH_IS_SECTION (self), NULL);

  priv = fh_section_get_instance_private (self);
  return priv->store;
}

void
fh_section_set_store (FhSection *self, FhStore *store)
{
  FhSectionPrivate *priv;
  FhSectionClass   *klass;

  g_return_if_fail (FH_IS_SECTION (self));
  g_return_if_fail (store == NULL || FH_IS_STORE (store));

  priv = fh_section_get_instance_private (self);
  if (priv->store == store)
    return;

  fh_section_disconnect_store (self);
  if (store != NULL)
    {
      priv->store = g_object_ref (store);
      priv->changed_id =
        g_signal_connect_swapped (store, "changed", G_CALLBACK (store_changed_cb), self);
      for (guint i = 0; i < FH_SECTION_GET_CLASS (self)->n_watched; i++)
        {
          GListModel *model = fh_store_get_model (store, FH_SECTION_GET_CLASS (self)->watched[i]);

          g_ptr_array_add (priv->watched_models, g_object_ref (model));
          g_signal_connect_swapped (model, "items-changed", G_CALLBACK (watched_changed_cb), self);
        }
      if (FH_SECTION_GET_CLASS (self)->watch_info)
        g_signal_connect_swapped (fh_store_get_info (store), "notify",
                                  G_CALLBACK (watched_changed_cb), self);
    }
  priv->dirty = FALSE;
  priv->stale = FALSE;

  /* A section not shown yet only holds the plan (and keeps its badge): it builds
   * when first mapped. */
  klass = FH_SECTION_GET_CLASS (self);
  if (priv->built && klass->store_set != NULL)
    klass->store_set (self, store);
  update_badge (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * fh_section_get_built:
 * @self: a section
 *
 * Returns: whether @self has been shown and so built its content; until then it
 *   only holds its plan and its badge.
 */
gboolean
fh_section_get_built (FhSection *self)
{
  FhSectionPrivate *priv;

  g_return_val_if_fail (FH_IS_SECTION (self), FALSE);

  priv = fh_section_get_instance_private (self);
  return priv->built;
}

const char *
fh_section_get_badge (FhSection *self)
{
  FhSectionPrivate *priv;

  g_return_val_if_fail (FH_IS_SECTION (self), NULL);

  priv = fh_section_get_instance_private (self);
  return priv->badge;
}

void
fh_section_set_badge (FhSection *self, const char *badge)
{
  FhSectionPrivate *priv;

  g_return_if_fail (FH_IS_SECTION (self));

  priv = fh_section_get_instance_private (self);
  if (badge == NULL)
    badge = "";
  if (g_strcmp0 (priv->badge, badge) == 0)
    return;

  g_free (priv->badge);
  priv->badge = g_strdup (badge);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
}

const char *
fh_section_get_badge_tooltip (FhSection *self)
{
  FhSectionPrivate *priv;

  g_return_val_if_fail (FH_IS_SECTION (self), NULL);

  priv = fh_section_get_instance_private (self);
  return priv->badge_tooltip;
}

void
fh_section_set_badge_tooltip (FhSection *self, const char *tooltip)
{
  FhSectionPrivate *priv;

  g_return_if_fail (FH_IS_SECTION (self));

  priv = fh_section_get_instance_private (self);
  if (g_strcmp0 (priv->badge_tooltip, tooltip) == 0)
    return;

  g_free (priv->badge_tooltip);
  priv->badge_tooltip = g_strdup (tooltip);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE_TOOLTIP]);
}

gboolean
fh_section_get_presenting (FhSection *self)
{
  FhSectionPrivate *priv;

  g_return_val_if_fail (FH_IS_SECTION (self), FALSE);

  priv = fh_section_get_instance_private (self);
  return priv->presenting;
}

void
fh_section_set_presenting (FhSection *self, gboolean presenting)
{
  FhSectionPrivate *priv;
  FhSectionClass   *klass;

  g_return_if_fail (FH_IS_SECTION (self));

  priv = fh_section_get_instance_private (self);
  presenting = !!presenting;
  if (priv->presenting == presenting)
    return;

  priv->presenting = presenting;
  klass = FH_SECTION_GET_CLASS (self);
  if (klass->presenting_changed != NULL)
    klass->presenting_changed (self, presenting);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

/* Plan text goes into toasts as text, never as markup (fh_toast_new). */
void
fh_section_toast (FhSection *self, const char *text, gboolean undo)
{
  g_autoptr (AdwToast) toast = NULL;

  g_return_if_fail (FH_IS_SECTION (self));
  g_return_if_fail (text != NULL);

  toast = fh_toast_new (text, undo);
  fh_section_add_toast (self, toast);
}

/* Passes on a toast made elsewhere, e.g. by a dialog the section opened. */
void
fh_section_add_toast (FhSection *self, AdwToast *toast)
{
  g_return_if_fail (FH_IS_SECTION (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}
