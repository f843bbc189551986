#pragma once

#include "core/base/Result.h"
#include "core/documents/ReceiptData.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace iin {

// The receipts the clerk hands over at the counter, in Kazakh and Russian, one copy per page:
// acceptance (paragraph 7: the package is complete and registered) and refusal to accept
// documents (Law on public services art. 20 p.2: each missing document and its provision).
class ReceiptLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLayout)

public:
    static Status paintAcceptance(const AcceptanceReceiptData& data, QPagedPaintDevice* device);
    static Status paintRefusal(const RefusalReceiptData& data, QPagedPaintDevice* device);
};

} // namespace iin
