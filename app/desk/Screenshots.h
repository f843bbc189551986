#pragma once

#include "core/base/Result.h"

#include <QString>

namespace iin::ui {

// Writes PNGs of the desk's main screens in Kazakh and Russian (sample data, a throw-away data
// folder, the offscreen platform) for the documentation: `iin-desk --screenshots docs/images`.
Status writeScreenshots(const QString& folder);

} // namespace iin::ui
