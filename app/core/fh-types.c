/* fh-types.c
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "fh-types.h"

const char *
fh_stage_get_label (FhStage stage)
{
  switch (stage)
    {
    case FH_STAGE_NOT_YET:
      return _("Not yet");
    case FH_STAGE_INITIAL:
      return _("Initial");
    case FH_STAGE_REPEATABLE:
      return _("Repeatable");
    case FH_STAGE_RELIABLE:
      return _("Reliable");
    case FH_STAGE_SCALABLE:
      return _("Scalable");
    default:
      g_return_val_if_reached (NULL);
    }
}
