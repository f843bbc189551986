#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace iin {

// Scanned documents kept beside the database, content-addressed: a file's name is its SHA-256,
// under a two-character folder ("ab/abcdef..."). Writing the same content twice is harmless,
// and a file left behind by a transaction that rolled back is never referenced.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(QString root) : m_root(std::move(root)) {}

    static QString sha256Of(const QByteArray& content); // lower-case hex
    QString pathOf(const QString& sha256) const;
    // Writes the content durably (temporary file, flush, rename) and returns its digest.
    Result<QString> put(const QByteArray& content) const;
    Result<QByteArray> get(const QString& sha256) const; // checks the digest on the way out

private:
    QString m_root;
};

} // namespace iin
