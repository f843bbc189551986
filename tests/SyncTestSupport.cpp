#include "tests/SyncTestSupport.h"

#include "core/journal/Journal.h"
#include "core/person/Iin.h"
#include "core/store/Database.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace iin::test {

SyncInvariants checkSyncInvariants(const QString& journalPath, const QString& registryFile,
                                   const QString& deskId, int expected)
{
    RegistryBackend registry;
    registry.args = {"--db", registryFile};
    return checkSyncInvariants(journalPath, registry, deskId, expected);
}

SyncInvariants checkSyncInvariants(const QString& journalPath, const RegistryBackend& registry,
                                   const QString& deskId, int expected)
{
    SyncInvariants r;
    auto fail = [&](const QString& why) {
        r.why = why;
        return r;
    };
    // key -> IIN on the desk's side.
    QHash<QString, QString> desk;
    {
        Result<std::unique_ptr<Database>> db = Database::open(journalPath);
        if (!db)
            return fail("journal: " + db.errorMessage());
        QSqlQuery q((*db)->sql());
        if (!q.exec("SELECT a.status, a.iin, o.state, o.idempotency_key, a.birth_date"
                    " FROM applications a JOIN outbox o ON o.application_id = a.id"))
            return fail(q.lastError().text());
        int rows = 0;
        QSet<QString> iins;
        while (q.next()) {
            ++rows;
            const QString status = q.value(0).toString();
            const QString iin = q.value(1).toString();
            if (status != "iin_assigned" || q.value(2).toString() != "done")
                return fail(
                    QString("an application is %1 / outbox %2").arg(status, q.value(2).toString()));
            const std::optional<Iin> parsed = Iin::parse(iin);
            if (!parsed)
                return fail("an invalid IIN in the journal");
            if (parsed->birthDate().toString(Qt::ISODate) != q.value(4).toString())
                return fail("an IIN whose birth date is not the applicant's");
            if (iins.contains(iin))
                return fail("one IIN on two applications in the journal");
            iins.insert(iin);
            desk.insert(q.value(3).toString(), iin);
        }
        if (rows != expected)
            return fail(
                QString("%1 applications in the journal, expected %2").arg(rows).arg(expected));
    }
    {
        const QString name = "sync-invariants-" + QUuid::createUuid().toString();
        {
            QString why;
            QSqlDatabase db = openDatabase(registry, name, &why);
            if (!db.isOpen())
                return fail("registry: " + why);
            QSqlQuery q(db);
            q.prepare("SELECT idempotency_key, state, iin FROM answers WHERE desk_id = ?");
            q.addBindValue(deskId);
            if (!q.exec())
                return fail(q.lastError().text());
            int answers = 0;
            while (q.next()) {
                ++answers;
                const QString key = q.value(0).toString();
                if (!desk.contains(key))
                    return fail("the registry answered a key the journal does not have");
                if (desk.value(key) != q.value(2).toString())
                    return fail("the registry and the journal disagree on an IIN");
            }
            if (answers != expected)
                return fail(
                    QString("%1 answers in the registry, expected %2").arg(answers).arg(expected));
            QSqlQuery p(db);
            if (!p.exec("SELECT count(*), count(DISTINCT iin) FROM persons") || !p.next())
                return fail(p.lastError().text());
            if (p.value(0).toInt() != expected || p.value(1).toInt() != expected)
                return fail(QString("%1 persons in the registry, expected %2")
                                .arg(p.value(0).toInt())
                                .arg(expected));
        }
        QSqlDatabase::removeDatabase(name);
    }
    r.ok = true;
    return r;
}

bool auditVerifies(const QString& journalPath, QString* why)
{
    const ProcessResult p = runCli({"audit", "verify", "--db", journalPath});
    if (why)
        *why = QString::fromUtf8(p.out + p.err);
    return p.exitCode == 0;
}

} // namespace iin::test
