/* fh-option-card.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "foothold-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "fh-option-card.h"

#include "fh-money.h"
#include "fh-plan-info.h"
#include "fh-tco.h"
#include "fh-types.h"

/* One option of a capability as a card to pick for editing: its name, kind, total
 * cost of ownership (from core, over the plan's horizon) and weighted score, and
 * whether it is recommended or chosen. The cards of a capability form one group of
 * toggle buttons: the active one is the option being edited. */

struct _FhOptionCard
{
  GtkToggleButton parent_instance;

  FhStore  *store;
  FhOption *option;
  gint64    tco;
  double    score;
  gboolean  recommended;
  gboolean  chosen;

  GtkLabel *name;
  GtkLabel *detail;
  GtkLabel *badges;
};

G_DEFINE_FINAL_TYPE (FhOptionCard, fh_option_card, GTK_TYPE_TOGGLE_BUTTON)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_OPTION,
  PROP_TCO,
  PROP_SCORE,
  PROP_RECOMMENDED,
  PROP_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fh_option_card_dispose (GObject *object)
{
  FhOptionCard *self = FH_OPTION_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), FH_TYPE_OPTION_CARD);
  g_clear_object (&self->option);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (fh_option_card_parent_class)->dispose (object);
}

static void
fh_option_card_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  FhOptionCard *self = FH_OPTION_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_OPTION:
      g_value_set_object (value, self->option);
      break;
    case PROP_TCO:
      g_value_set_int64 (value, self->tco);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_RECOMMENDED:
      g_value_set_boolean (value, self->recommended);
      break;
    case PROP_CHOSEN:
      g_value_set_boolean (value, self->chosen);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_card_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  FhOptionCard *self = FH_OPTION_CARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_OPTION:
      self->option = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fh_option_card_constructed (GObject *object)
{
  FhOptionCard *self = FH_OPTION_CARD (object);

  G_OBJECT_CLASS (fh_option_card_parent_class)->constructed (object);

  g_return_if_fail (FH_IS_STORE (self->store) && FH_IS_OPTION (self->option));
  fh_option_card_refresh (self);
}

static void
fh_option_card_class_init (FhOptionCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags     readable = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = fh_option_card_dispose;
  object_class->get_property = fh_option_card_get_property;
  object_class->set_property = fh_option_card_set_property;
  object_class->constructed = fh_option_card_constructed;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, FH_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPTION] =
    g_param_spec_object ("option", NULL, NULL, FH_TYPE_OPTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Minor units of the plan's currency, over the plan's horizon. */
  properties[PROP_TCO] =
    g_param_spec_int64 ("tco", NULL, NULL, G_MININT64, G_MAXINT64, 0, readable);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, 0, 5, 0, readable);
  properties[PROP_RECOMMENDED] = g_param_spec_boolean ("recommended", NULL, NULL, FALSE, readable);
  properties[PROP_CHOSEN] = g_param_spec_boolean ("chosen", NULL, NULL, FALSE, readable);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/fh-option-card.ui");
  gtk_widget_class_bind_template_child (widget_class, FhOptionCard, name);
  gtk_widget_class_bind_template_child (widget_class, FhOptionCard, detail);
  gtk_widget_class_bind_template_child (widget_class, FhOptionCard, badges);
}

static void
fh_option_card_init (FhOptionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
fh_option_card_new (FhStore *store, FhOption *option)
{
  g_return_val_if_fail (FH_IS_STORE (store), NULL);
  g_return_val_if_fail (FH_IS_OPTION (option), NULL);

  return g_object_new (FH_TYPE_OPTION_CARD, "store", store, "option", option, NULL);
}

FhOption *
fh_option_card_get_option (FhOptionCard *self)
{
  g_return_val_if_fail (FH_IS_OPTION_CARD (self), NULL);

  return self->option;
}

gint64
fh_option_card_get_tco (FhOptionCard *self)
{
  g_return_val_if_fail (FH_IS_OPTION_CARD (self), 0);

  return self->tco;
}

/**
 * fh_option_card_set_standing:
 * @score: the option's weighted total, of 5, from the capability's decision
 *
 * How the option stands among the capability's others, which the card alone
 * cannot know.
 */
void
fh_option_card_set_standing (FhOptionCard *self,
                             double        score,
                             gboolean      recommended,
                             gboolean      chosen)
{
  g_return_if_fail (FH_IS_OPTION_CARD (self));

  if (self->score == score && self->recommended == recommended && self->chosen == chosen)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->score != score)
    {
      self->score = score;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
    }
  if (self->recommended != recommended)
    {
      self->recommended = recommended;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDED]);
    }
  if (self->chosen != chosen)
    {
      self->chosen = chosen;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  fh_option_card_refresh (self);
}

/* Reads the option and its costs again. */
void
fh_option_card_refresh (FhOptionCard *self)
{
  FhPlanModels     models;
  FhTco            tco;
  g_autofree char *money = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *accessible = NULL;
  GString         *badges = g_string_new (NULL);

  g_return_if_fail (FH_IS_OPTION_CARD (self));

  fh_store_get_models (self->store, &models);
  fh_tco_compute_option (&tco, &models, fh_option_get_id (self->option));
  if (self->tco != tco.total)
    {
      self->tco = tco.total;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TCO]);
    }

  money =
    fh_money_format_whole (self->tco, fh_plan_info_get_currency (fh_store_get_info (self->store)));
  detail = g_strdup_printf (_("%s · %s · score %.2f"),
                               fh_option_kind_get_label (fh_option_get_kind (self->option)), money,
                               self->score);
  if (self->recommended)
    g_string_append (badges, _("★ Recommended"));
  if (self->chosen)
    {
      if (badges->len > 0)
        g_string_append (badges, "  ");
      g_string_append (badges, _("✔ Chosen"));
    }

  gtk_label_set_text (self->name, fh_option_get_name (self->option));
  gtk_label_set_text (self->detail, detail);
  gtk_label_set_text (self->badges, badges->str);
  gtk_widget_set_visible (GTK_WIDGET (self->badges), badges->len > 0);

  accessible =
    g_strdup_printf ("%s, %s %s", fh_option_get_name (self->option), detail, badges->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  g_string_free (badges, TRUE);
}
