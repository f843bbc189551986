#pragma once

namespace iin {

// Whether this desk works against the training registry (the embedded default when no real
// registry is configured). Training prints carry the TRAINING marks and are signed with the
// training key. The sync client owns the registry settings: its isTraining() plugs in here,
// so that the windows and the command-line tool ask one place. Until it does, nothing in the
// store or the settings says so, DeskMode::isTraining() answers false and callers ask for
// training explicitly (iin-desk-cli certificate/receipt --training).
class DeskMode
{
public:
    static bool isTraining();
};

} // namespace iin
