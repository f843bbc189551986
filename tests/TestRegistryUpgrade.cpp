#include "tests/RegistryTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// A registry database of schema 1 started by the current iin-registryd: a checked backup first
// (a file beside a SQLite database, a schema of its own in PostgreSQL), then the migration;
// a database of a newer schema is refused and left as it was (docs/upgrades.md). The same suite
// runs over SQLite and over PostgreSQL.
class TestRegistryUpgrade : public QObject
{
    Q_OBJECT

private:
    // Between the fields of a dumped row: the values hold "|" ("doc|UZB|…").
    static inline const QString Separator = QStringLiteral("\x1f");

    RegistryBackend newBackend(const QString& name)
    {
        return freshBackend(m_pg.get(), m_dir.path(), name);
    }
    QString sqliteFile(const RegistryBackend& b) const { return b.args.value(1); }

    // Every row of each table (of `schema` in PostgreSQL, when given), with only `columns` of
    // each when given: table -> sorted rows.
    static QMap<QString, QStringList> dump(const RegistryBackend& backend,
                                           const QMap<QString, QStringList>& columns = {},
                                           const QString& schema = {})
    {
        static int counter = 0;
        const QString name = QString("upgrade-dump-%1").arg(++counter);
        QMap<QString, QStringList> tables;
        {
            QSqlDatabase db = openDatabase(backend, name);
            QSqlQuery q(db);
            QStringList names;
            q.exec(backend.postgres
                       ? QString("SELECT tablename FROM pg_tables WHERE schemaname = %1")
                             .arg(schema.isEmpty() ? QString("current_schema()")
                                                   : QString("'" + schema + "'"))
                       : QString("SELECT name FROM sqlite_master WHERE type = 'table'"));
            while (q.next())
                names << q.value(0).toString();
            for (const QString& table : names) {
                if (!columns.isEmpty() && !columns.contains(table))
                    continue;
                const QString select =
                    columns.isEmpty() ? QString("*") : columns.value(table).join(", ");
                const QString from = schema.isEmpty() ? table : schema + "." + table;
                QSqlQuery rows(db);
                if (!rows.exec(QString("SELECT %1 FROM %2").arg(select, from)))
                    qWarning("%s", qPrintable(rows.lastError().text()));
                QStringList lines;
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i)
                        values << rows.record().fieldName(i) + "=" +
                                      (rows.isNull(i) ? QString("NULL") : rows.value(i).toString());
                    lines << values.join(Separator);
                }
                lines.sort();
                tables.insert(table, lines);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return tables;
    }
    // The columns of each table in a dump.
    static QMap<QString, QStringList> columnsOf(const QMap<QString, QStringList>& dumped)
    {
        QMap<QString, QStringList> columns;
        for (auto it = dumped.cbegin(); it != dumped.cend(); ++it) {
            if (it.key() == "schema_info") // the one row the upgrade changes
                continue;
            QStringList names;
            for (const QString& field : it.value().value(0).split(Separator))
                names << field.section(u'=', 0, 0);
            columns.insert(it.key(), names);
        }
        return columns;
    }
    static QByteArray sha256Of(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }
    static int version(const RegistryBackend& b)
    {
        QVariant v;
        execSql(b, "SELECT max(version) FROM schema_info", nullptr, &v);
        return v.toInt();
    }
    // Schema 1, as an iin-registryd of that version left it, with a desk, persons, their keys
    // and answers.
    static bool makeVersion1(const RegistryBackend& b)
    {
        const QStringList v1 =
            registrySchema1() +
            QStringList{
                "INSERT INTO desks VALUES ('ALM-01', 'aa11', 1, '2026-10-01T09:00:00Z')",
                "INSERT INTO desks VALUES ('AST-02', 'bb22', 0, '2026-10-02T09:00:00Z')",
                "INSERT INTO serial_counters VALUES ('9004123', 3)",
                "INSERT INTO persons VALUES ('900412300008', '1990-04-12', 'male',"
                " '2026-11-01T10:00:00Z', 'ALM-01', 'ALM-01-000001')",
                "INSERT INTO persons VALUES ('900412300018', '1990-04-12', 'male',"
                " '2026-11-02T10:00:00Z', 'AST-02', 'AST-02-000001')",
                "INSERT INTO person_keys VALUES ('doc|UZB|FA1234567', '900412300008')",
                "INSERT INTO person_keys VALUES ('doc|RUS|7700123456', '900412300018')",
                "INSERT INTO answers VALUES ('ALM-01', 'k-1', 'cc33', 'formed', '900412300008', "
                "NULL,"
                " '2026-11-01T10:00:01Z')",
                "INSERT INTO answers VALUES ('AST-02', 'k-2', 'dd44', 'rejected', NULL,"
                " 'data_unreliable', '2026-11-02T10:00:01Z')",
            };
        for (const QString& sql : v1) {
            QString why;
            if (!execSql(b, sql, &why)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(why));
                return false;
            }
        }
        return true;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_pg;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
#ifdef IIN_REGISTRY_POSTGRES
        IIN_START_POSTGRES(m_pg);
#endif
    }

    void upgradesAfterACheckedBackup()
    {
        const RegistryBackend old = newBackend("registry");
        QVERIFY(makeVersion1(old));
        const QMap<QString, QStringList> before = dump(old);
        QCOMPARE(before.value("persons").size(), 2);
        QCOMPARE(before.value("answers").size(), 2);

        RegistryProcess server;
        QString why;
        QVERIFY2(server.start(old, {}, &why), qPrintable(why));
        QCOMPARE(version(old), 2);
        server.stop();
        const QString log = QString::fromUtf8(server.log());
        QVERIFY2(log.contains("registry database upgraded from schema 1 to 2"), qPrintable(log));
        QCOMPARE(log.count("upgraded"), 1);
        QVERIFY2(!log.contains("900412300008"), qPrintable(log)); // no personal data

        // Every old row, in the columns it had, unchanged.
        QMap<QString, QStringList> unchanged = before;
        unchanged.remove("schema_info"); // the one row the upgrade changes
        QCOMPARE(dump(old, columnsOf(before)), unchanged);

        if (old.postgres) {
            QVariant schema;
            QVERIFY(execSql(old,
                            "SELECT schema_name FROM information_schema.schemata"
                            " WHERE schema_name LIKE 'iin_backup_schema1_%'",
                            nullptr, &schema));
            QVERIFY2(schema.toString().startsWith("iin_backup_schema1_"),
                     qPrintable(schema.toString()));
            QVERIFY2(log.contains(schema.toString()), qPrintable(log));
            QCOMPARE(dump(old, {}, schema.toString()), before);
        } else {
            const QDir folder(m_dir.filePath("upgrade-backups"));
            const QStringList files = folder.entryList({"*.sqlite"}, QDir::Files);
            QCOMPARE(files.size(), 1);
            QVERIFY2(files[0].startsWith("registry-schema1-"), qPrintable(files[0]));
            const QString backup = folder.filePath(files[0]);
            QVERIFY2(log.contains(backup), qPrintable(log));
            QCOMPARE(QFile::permissions(backup) & ~(QFile::ReadOwner | QFile::WriteOwner |
                                                    QFile::ReadUser | QFile::WriteUser),
                     QFile::Permissions());
            const RegistryBackend copy{{"--db", backup}, false};
            QCOMPARE(dump(copy), before);
            QCOMPARE(version(copy), 1);
        }

        // A second start finds it up to date: no second backup, nothing logged.
        RegistryProcess again;
        QVERIFY2(again.start(old, {}, &why), qPrintable(why));
        again.stop();
        QVERIFY(!again.log().contains("upgraded"));
        if (old.postgres) {
            QVariant count;
            QVERIFY(execSql(old,
                            "SELECT count(*) FROM information_schema.schemata"
                            " WHERE schema_name LIKE 'iin_backup_%'",
                            nullptr, &count));
            QCOMPARE(count.toInt(), 1);
        } else {
            QCOMPARE(
                QDir(m_dir.filePath("upgrade-backups")).entryList({"*.sqlite"}, QDir::Files).size(),
                1);
        }
    }

    // SQLite: where the copy cannot be made, the registry does not start and migrates nothing.
    void noBackupNoUpgrade()
    {
        if (m_pg)
            QSKIP("the PostgreSQL copy is made inside the database");
        const QString dir = m_dir.filePath("blocked");
        QVERIFY(QDir().mkpath(dir));
        const RegistryBackend old = freshBackend(nullptr, dir, "registry");
        QVERIFY(makeVersion1(old));
        // A file where the backup folder goes (a read-only folder would not stop root).
        QFile blocker(QDir(dir).filePath("upgrade-backups"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QByteArray before = sha256Of(sqliteFile(old));

        QProcess p;
        p.start(registrydPath(), QStringList{"--listen", "127.0.0.1:0"} + old.args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QDir(dir).filePath("upgrade-backups")), qPrintable(err));
        QCOMPARE(sha256Of(sqliteFile(old)), before);
        QCOMPARE(version(old), 1);
    }

    void newerSchemaIsRefusedAndLeftUnchanged()
    {
        const RegistryBackend newer = newBackend("newer");
        QVERIFY(runRegistryd(QStringList{"duplicates"} + newer.args));
        QVERIFY(execSql(newer, "UPDATE schema_info SET version = 3"));
        if (!newer.postgres) // rollback-journal mode: turning WAL on would show in the header
            QVERIFY(execSql(newer, "PRAGMA journal_mode=DELETE"));
        const QByteArray fileBefore = newer.postgres ? QByteArray() : sha256Of(sqliteFile(newer));
        const QMap<QString, QStringList> before = dump(newer);

        QProcess p;
        p.start(registrydPath(), QStringList{"--listen", "127.0.0.1:0"} + newer.args);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("schema version 3") && err.contains("knows schemas up to 2"),
                 qPrintable(err));
        QVERIFY(!p.readAllStandardOutput().contains("listening"));

        QCOMPARE(dump(newer), before);
        if (!newer.postgres) {
            QCOMPARE(sha256Of(sqliteFile(newer)), fileBefore);
            QVERIFY(!QFileInfo::exists(sqliteFile(newer) + "-wal"));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistryUpgrade)
#include "TestRegistryUpgrade.moc"
