#include "DeskMode.h"

namespace iin {

bool DeskMode::isTraining()
{
    // The sync client's registry settings answer this once they exist.
    return false;
}

} // namespace iin
