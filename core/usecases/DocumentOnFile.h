#pragma once

#include "core/application/Application.h"
#include "core/base/Result.h"

#include <optional>

namespace iin {

class Database;

// The identity document an application was registered on, for the handover of its certificate:
// the clerk sees it and is warned when the document presented has another number.
class DocumentOnFile
{
public:
    static Result<std::optional<IdentityDocument>> run(Database& database, qint64 applicationId);
};

} // namespace iin
