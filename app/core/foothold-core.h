/* foothold-core.h
 *
 * Copyright 2026 The Foothold developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fh-types.h"
#include "fh-enums.h"
#include "fh-field.h"
#include "fh-quarter.h"

#include "fh-assessment.h"
#include "fh-capability.h"
#include "fh-cost-line.h"
#include "fh-gap.h"
#include "fh-link.h"
#include "fh-metric.h"
#include "fh-option.h"
#include "fh-plan-info.h"
#include "fh-prerequisite.h"
#include "fh-roadmap-item.h"
#include "fh-score.h"
#include "fh-use-case.h"
