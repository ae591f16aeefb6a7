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
#include "fh-baseline.h"
#include "fh-baseline-item.h"
#include "fh-capability.h"
#include "fh-cost-line.h"
#include "fh-criterion.h"
#include "fh-data-source.h"
#include "fh-decision.h"
#include "fh-gap.h"
#include "fh-glossary-term.h"
#include "fh-link.h"
#include "fh-markdown.h"
#include "fh-maturity.h"
#include "fh-metric.h"
#include "fh-money.h"
#include "fh-draft.h"
#include "fh-edit.h"
#include "fh-coverage.h"
#include "fh-csv.h"
#include "fh-csv-export.h"
#include "fh-csv-import.h"
#include "fh-option.h"
#include "fh-option-score.h"
#include "fh-plan-diff.h"
#include "fh-plan-edits.h"
#include "fh-plan-info.h"
#include "fh-plan-models.h"
#include "fh-prerequisite.h"
#include "fh-report-data.h"
#include "fh-roadmap-item.h"
#include "fh-rules.h"
#include "fh-role.h"
#include "fh-role-skill.h"
#include "fh-score.h"
#include "fh-scoring.h"
#include "fh-skill.h"
#include "fh-summary.h"
#include "fh-tco.h"
#include "fh-temp-file.h"
#include "fh-use-case.h"
