#pragma once

#include "core/application/Application.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace iin {

// An application still being filled in at the desk.
struct Draft
{
    QString id; // a UUID, also the file name
    QDateTime savedAt;
    QString operatorLogin; // who was filling it in
    Application application;
    // Where each attached scan was taken from (SHA-256 -> local path), so the store can copy the
    // files when the application is registered, even after a restart.
    QHash<QString, QString> attachmentFiles;
    // The machine-readable zone read into this application (its lines as read, parsed again on
    // resuming) and the fields filled from it that the clerk has not confirmed yet (JSON paths):
    // the marks and the check against the zone survive a restart.
    QStringList mrzLines;
    QStringList mrzUnconfirmed;
};

// Keeps unfinished applications so nothing typed is lost on a crash or a close: one JSON file per
// draft (the application in the documented format inside a small envelope), written atomically
// with QSaveFile, in a folder of the user's data directory. Registering an application (the
// store's job) discards its draft.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(QString folder);
    // "<user data folder>/drafts"
    static QString defaultFolder();
    static QString newId();

    QString folder() const { return m_folder; }

    Status save(const Draft& draft);
    Result<Draft> load(const QString& id) const;
    // Every readable draft, newest first. Files that cannot be read are left in place (never
    // deleted behind the clerk's back) and named in `unreadable`.
    QList<Draft> drafts(QStringList* unreadable = nullptr) const;
    Status discard(const QString& id);

private:
    QString filePath(const QString& id) const;
    static bool isValidId(const QString& id);

    QString m_folder;
};

} // namespace iin
