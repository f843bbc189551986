#include "core/operators/OperatorFileImport.h"

#include "core/operators/OperatorDirectory.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace iin {

namespace {

struct LegacyAccount
{
    QString login, fullName, role, hash, language, lockedUntil;
    int failures = 0;
    bool active = true;
};

struct LegacyEvent
{
    QString at, login, event, actor, detail;
};

struct LegacyFile
{
    QList<LegacyAccount> accounts;
    QList<LegacyEvent> events;
};

Error unreadable(const QString& path, const QString& why)
{
    return Error{QStringLiteral("operators.import"),
                 OperatorFileImport::tr("The operator accounts of an earlier version in \"%1\" "
                                        "cannot be imported: %2. Repair or move the file, then "
                                        "start the desk again.")
                     .arg(path, why)};
}

// Read-only, through a connection of its own that is gone when this returns.
Result<LegacyFile> readLegacy(const QString& path)
{
    static QAtomicInt counter;
    const QString connection =
        QStringLiteral("iin-legacy-operators-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    Result<LegacyFile> result = LegacyFile{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = unreadable(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT login, full_name, role, password_hash, language, "
                                       "failures, locked_until, active FROM operators "
                                       "ORDER BY id"))) {
                result = unreadable(path, q.lastError().text());
            } else {
                while (q.next())
                    result->accounts.append({q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toString(), q.value(3).toString(),
                                             q.value(4).toString(), q.value(6).toString(),
                                             q.value(5).toInt(), q.value(7).toBool()});
                QSqlQuery e(db);
                // The event log came with the accounts from the first version on; a file
                // without one is still imported.
                if (e.exec(QStringLiteral("SELECT at, login, event, actor, detail FROM "
                                          "operator_events ORDER BY id"))) {
                    while (e.next())
                        result->events.append({e.value(0).toString(), e.value(1).toString(),
                                               e.value(2).toString(), e.value(3).toString(),
                                               e.value(4).toString()});
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QString metaKey(const QString& path)
{
    return QStringLiteral("operators_file_imported:") + QFileInfo(path).absoluteFilePath();
}

Result<bool> importedBefore(QSqlDatabase db, const QString& path)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    q.addBindValue(metaKey(path));
    if (!q.exec())
        return StoreError::from(q.lastError(), OperatorFileImport::tr("Importing operators"));
    return q.next();
}

// "operators.sqlite.imported", or "...imported-2" and so on when an earlier one is there.
QString renameAside(const QString& path)
{
    for (int n = 1; n < 100; ++n) {
        const QString target = path + QStringLiteral(".imported") +
                               (n == 1 ? QString() : QStringLiteral("-%1").arg(n));
        if (QFile::exists(target))
            continue;
        return QFile::rename(path, target) ? target : QString();
    }
    return {};
}

} // namespace

Result<OperatorFileImport::Summary> OperatorFileImport::run(Database& database,
                                                            const QString& legacyPath)
{
    Summary summary;
    if (legacyPath.isEmpty() || !QFileInfo(legacyPath).isFile())
        return summary;
    QSqlDatabase db = database.sql();
    const QString what = tr("Importing operators");
    {
        const Result<bool> before = importedBefore(db, legacyPath);
        if (!before)
            return before.error();
        if (*before) {
            // Imported by an earlier start that could not rename the file: try once more.
            renameAside(legacyPath);
            return summary;
        }
    }
    const Result<LegacyFile> legacy = readLegacy(legacyPath);
    if (!legacy)
        return legacy.error();

    const QString fileName = QFileInfo(legacyPath).fileName();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QSet<QString> accounts;
    for (const LegacyAccount& a : legacy->accounts) {
        accounts.insert(a.login);
        const std::optional<Role> role = roleFromString(a.role);
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO operators (login, full_name, role, password_hash, language, failures, "
            "locked_until, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (login) DO NOTHING"));
        q.addBindValue(a.login);
        q.addBindValue(a.fullName);
        q.addBindValue(roleToString(role.value_or(Role::Clerk)));
        q.addBindValue(a.hash);
        q.addBindValue(a.language);
        q.addBindValue(a.failures);
        q.addBindValue(a.lockedUntil.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                               : QVariant(a.lockedUntil));
        q.addBindValue(a.active ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            return StoreError::from(q.lastError(), what);
        const bool inserted = q.numRowsAffected() == 1;
        inserted ? ++summary.accounts : ++summary.skipped;
        QJsonObject details{{QStringLiteral("file"), fileName},
                            {QStringLiteral("role"), roleToString(role.value_or(Role::Clerk))},
                            {QStringLiteral("active"), a.active}};
        if (!inserted)
            details.insert(QStringLiteral("kept"), QStringLiteral("the journal's own account"));
        if (Status s = AuditTrail::append(db, {QString(), AuditTrail::OperatorImported,
                                               OperatorDirectory::subject(a.login), details});
            !s)
            return s.error();
    }
    for (const LegacyEvent& e : legacy->events) {
        // The old log wrote a failed login under whatever was typed as the login; only events
        // of real accounts keep their names (the text might have been a password).
        const bool known = accounts.contains(e.login);
        QJsonObject details{{QStringLiteral("file"), fileName},
                            {QStringLiteral("event"), e.event},
                            {QStringLiteral("at"), e.at}};
        if (accounts.contains(e.actor))
            details.insert(QStringLiteral("actor"), e.actor);
        // The old details are the program's own words (a role, a reason, a time, a language).
        if (known && !e.detail.isEmpty())
            details.insert(QStringLiteral("detail"), e.detail);
        if (Status s = AuditTrail::append(
                db,
                {QString(), AuditTrail::OperatorEventImported,
                 OperatorDirectory::subject(known ? e.login : QStringLiteral("unknown")), details});
            !s)
            return s.error();
        ++summary.events;
    }
    if (Status s = AuditTrail::append(
            db, {QString(), AuditTrail::OperatorsFileImported, QStringLiteral("operators"),
                 QJsonObject{{QStringLiteral("file"), fileName},
                             {QStringLiteral("accounts"), summary.accounts},
                             {QStringLiteral("kept"), summary.skipped},
                             {QStringLiteral("events"), summary.events}}});
        !s)
        return s.error();
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    mark.addBindValue(metaKey(legacyPath));
    mark.addBindValue(now);
    if (!mark.exec())
        return StoreError::from(mark.lastError(), what);
    if (Status s = tx.commit(); !s)
        return s.error();
    summary.imported = true;
    summary.renamedTo = renameAside(legacyPath);
    return summary;
}

} // namespace iin
