#include "core/desk/DraftStore.h"

#include "core/application/ApplicationJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace iin {

namespace {
constexpr int EnvelopeVersion = 1;
const QString Suffix = QStringLiteral(".draft.json");
} // namespace

DraftStore::DraftStore(QString folder) : m_folder(std::move(folder)) {}

QString DraftStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/drafts");
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool DraftStore::isValidId(const QString& id)
{
    // Only UUIDs: an id never becomes a path outside the folder.
    return !QUuid::fromString(id).isNull() && id.size() == 36;
}

QString DraftStore::filePath(const QString& id) const
{
    return m_folder + u'/' + id + Suffix;
}

Status DraftStore::save(const Draft& draft)
{
    if (!isValidId(draft.id))
        return Error{QStringLiteral("draft.id"), tr("The draft has no valid identifier.")};
    if (!QDir().mkpath(m_folder))
        return Error{QStringLiteral("draft.folder"),
                     tr("The drafts folder %1 cannot be created; check the disk and its "
                        "permissions.")
                         .arg(QDir::toNativeSeparators(m_folder))};
    // Drafts hold personal data: only the desk's own account may read them.
    QFile::setPermissions(m_folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonObject files;
    for (auto it = draft.attachmentFiles.cbegin(); it != draft.attachmentFiles.cend(); ++it)
        files.insert(it.key(), it.value());
    QJsonObject envelope{
        {QStringLiteral("draft_format"), EnvelopeVersion},
        {QStringLiteral("id"), draft.id},
        {QStringLiteral("saved_at"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("operator"), draft.operatorLogin},
        {QStringLiteral("application"), ApplicationJson::toJson(draft.application)},
        {QStringLiteral("attachment_files"), files},
    };
    if (!draft.mrzLines.isEmpty())
        envelope.insert(
            QStringLiteral("mrz"),
            QJsonObject{
                {QStringLiteral("lines"), QJsonArray::fromStringList(draft.mrzLines)},
                {QStringLiteral("unconfirmed"), QJsonArray::fromStringList(draft.mrzUnconfirmed)},
            });
    QSaveFile file(filePath(draft.id));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(envelope).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return Error{QStringLiteral("draft.write"),
                     tr("The draft cannot be saved to %1: %2")
                         .arg(QDir::toNativeSeparators(m_folder), file.errorString())};
    return {};
}

Result<Draft> DraftStore::load(const QString& id) const
{
    const Error unreadable{QStringLiteral("draft.unreadable"),
                           tr("The draft %1 cannot be read.").arg(id)};
    if (!isValidId(id))
        return unreadable;
    QFile file(filePath(id));
    if (!file.open(QIODevice::ReadOnly) || file.size() > ApplicationJson::MaxBytes + 4096)
        return unreadable;
    const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
    if (envelope.value(QStringLiteral("draft_format")).toInt() != EnvelopeVersion ||
        envelope.value(QStringLiteral("id")).toString() != id)
        return unreadable;
    const ApplicationParse parsed =
        ApplicationJson::parseDraft(envelope.value(QStringLiteral("application")).toObject());
    if (!parsed.application)
        return unreadable;
    Draft d;
    d.id = id;
    d.savedAt = QDateTime::fromString(envelope.value(QStringLiteral("saved_at")).toString(),
                                      Qt::ISODateWithMs);
    d.operatorLogin = envelope.value(QStringLiteral("operator")).toString();
    d.application = *parsed.application;
    const QJsonObject files = envelope.value(QStringLiteral("attachment_files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        d.attachmentFiles.insert(it.key(), it.value().toString());
    const QJsonObject mrz = envelope.value(QStringLiteral("mrz")).toObject();
    for (const QJsonValue& line : mrz.value(QStringLiteral("lines")).toArray())
        d.mrzLines << line.toString();
    for (const QJsonValue& field : mrz.value(QStringLiteral("unconfirmed")).toArray())
        d.mrzUnconfirmed << field.toString();
    return d;
}

QList<Draft> DraftStore::drafts(QStringList* unreadable) const
{
    QList<Draft> list;
    const QStringList files =
        QDir(m_folder).entryList({QStringLiteral("*") + Suffix}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const QString id = name.chopped(Suffix.size());
        if (Result<Draft> d = load(id))
            list.append(std::move(d).value());
        else if (unreadable)
            unreadable->append(name);
    }
    std::sort(list.begin(), list.end(),
              [](const Draft& a, const Draft& b) { return a.savedAt > b.savedAt; });
    return list;
}

Status DraftStore::discard(const QString& id)
{
    if (!isValidId(id))
        return Error{QStringLiteral("draft.id"), tr("The draft has no valid identifier.")};
    QFile file(filePath(id));
    if (file.exists() && !file.remove())
        return Error{QStringLiteral("draft.remove"),
                     tr("The draft cannot be removed: %1").arg(file.errorString())};
    return {};
}

} // namespace iin
