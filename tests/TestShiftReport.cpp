#include "tests/RegistryTestSupport.h"
#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/application/ApplicationJson.h"
#include "core/documents/QrCode.h"
#include "core/office/ShiftReportPayload.h"
#include "core/operators/OperatorDirectory.h"
#include "core/store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The end-of-shift report (docs/office.md) of a scripted day at the counter, all through
// `iin-desk-cli` against a registry process on loopback: blanks received, applications registered
// and refused, the registry's answers (formed, existing, rejected, held for its officer), prints,
// a spoiled blank, a reprint, handovers. Every count of the JSON is checked, then the PDF's text
// and signature, the CSV read back, the operator's scope and who may make the report.
class TestShiftReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyCountOfTheDay();
    void operatorScope();
    void aDayWithNothingCountsNothing();
    void pdfInBothLanguagesAndSigned();
    void csvOpensBack();
    void whoMayMakeIt();
    void badInput();

private:
    QString journal() const { return m_dir.filePath("journal.sqlite"); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    qint64 submit(const QString& db, const Application& a, const QString& op, const QString& name);
    ProcessResult cli(const QStringList& args) const;
    QJsonObject report(const QStringList& extra = {});
    QStringList period() const;

    QTemporaryDir m_dir;
    RegistryProcess m_registry;
    QString m_token;
    QMap<QString, qint64> m_ids;
    QDate m_today;
};

namespace {

const QString DeskId = "ALM01-02";

// Three people of the other journal, not among the day's sample applications 0-3.
Application knownPerson(int k)
{
    static const QStringList cyr = {"Омаров", "Сейтова", "Бекова"};
    static const QStringList lat = {"OMAROV", "SEITOVA", "BEKOVA"};
    Application a = sampleApplication(k);
    a.nameCyrillic.surname = cyr[k];
    a.nameLatin.surname = lat[k];
    a.birthDate = QDate(1975, 3, 1).addDays(k);
    a.identityDocument->number = QString("FC%1").arg(3000000 + k);
    return a;
}

QJsonObject json(const ProcessResult& r)
{
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

// pdftotext -layout: a label and its figure stay on one line.
QString layoutText(const QString& pdf)
{
    return QString::fromUtf8(runProcess("pdftotext", {"-layout", "-enc", "UTF-8", pdf, "-"}).out);
}

// The CSV's rows, split on semicolons outside quotes.
QList<QStringList> csvRows(const QByteArray& bytes)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(bytes.mid(3));
    for (const QString& line : text.split("\r\n")) {
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (quoted) {
                if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u';') {
                fields << field;
                field.clear();
            } else {
                field += c;
            }
        }
        fields << field;
        rows << fields;
    }
    return rows;
}

} // namespace

ProcessResult TestShiftReport::cli(const QStringList& args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("IIN_DESK_TOKEN", m_token);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    ProcessResult r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

qint64 TestShiftReport::submit(const QString& db, const Application& a, const QString& op,
                               const QString& name)
{
    const QString path = file(name + ".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    f.write(ApplicationJson::toBytes(a));
    f.close();
    const ProcessResult r =
        cli({"submit", path, "--db", db, "--office", "ALM01", "--desk", "02", "--operator", op});
    if (r.exitCode != 0) {
        qWarning("exit %d: %s %s", r.exitCode, r.out.constData(), r.err.constData());
        return 0;
    }
    return json(r)["application_id"].toInteger();
}

// Yesterday to tomorrow: the day's events stay inside even when the test runs over midnight.
QStringList TestShiftReport::period() const
{
    return {"--date", m_today.addDays(-1).toString(Qt::ISODate), "--to",
            m_today.addDays(1).toString(Qt::ISODate)};
}

QJsonObject TestShiftReport::report(const QStringList& extra)
{
    const ProcessResult r =
        cli(QStringList{"report", "shift", "--json", "--db", journal()} + period() + extra);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return json(r);
}

void TestShiftReport::initTestCase()
{
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    m_today = QDate::currentDate();
    RegistryBackend backend;
    backend.args = {"--db", file("registry.sqlite")};
    m_token = addDesk(backend, DeskId);
    QVERIFY(!m_token.isEmpty());
    QString why;
    QVERIFY2(m_registry.start(backend, {}, &why), qPrintable(why));
    const QString url = "http://127.0.0.1:" + QString::number(m_registry.port());

    // Another journal registers three people first: the registry knows them.
    const QString other = file("other.sqlite");
    for (int k : {0, 1, 2})
        QVERIFY(submit(other, knownPerson(k), "clerk.z", QString("known%1").arg(k)));
    ProcessResult r = cli({"sync", "--db", other, "--registry", url});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The day.
    r = cli({"blanks", "receive", "--first", "1001", "--last", "1010", "--series", "KZ", "--db",
             journal(), "--operator", "supervisor.dana"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_ids["a0"] = submit(journal(), sampleApplication(0), "clerk.a", "a0");
    m_ids["a1"] = submit(journal(), sampleApplication(1), "clerk.a", "a1");
    m_ids["a2"] = submit(journal(), sampleApplication(2), "clerk.a", "a2");
    m_ids["b3"] = submit(journal(), sampleApplication(3), "clerk.b", "b3");
    // The registry already has this person: existing.
    m_ids["existing"] = submit(journal(), knownPerson(0), "clerk.a", "existing");
    // The same document with another birth date: refused by the registry.
    Application unreliable = knownPerson(1);
    unreliable.birthDate = unreliable.birthDate.addYears(-3);
    m_ids["rejected"] = submit(journal(), unreliable, "clerk.b", "rejected");
    // The same person on another document: held for the registry's officer.
    Application otherDocument = knownPerson(2);
    otherDocument.identityDocument->number = "FB7777777";
    m_ids["review"] = submit(journal(), otherDocument, "clerk.a", "review");
    for (const qint64 id : m_ids)
        QVERIFY(id > 0);
    // An incomplete package refused at the counter.
    r = cli({"submit", sourcePath("examples/counter-document-not-latin-without-translation.json"),
             "--db", journal(), "--office", "ALM01", "--desk", "02", "--operator", "clerk.a"});
    QCOMPARE(r.exitCode, 1);

    r = cli({"sync", "--db", journal(), "--registry", url});
    QVERIFY2(r.exitCode == 1, r.err.constData()); // one entry waits for the registry's officer

    const auto print = [&](const QString& key, const QString& op, const QString& pdf) {
        return cli({"certificate", QString::number(m_ids[key]), "--pdf", file(pdf), "--db",
                    journal(), "--operator", op, "--training"});
    };
    for (const char* key : {"a0", "a1", "existing"}) {
        r = print(QString::fromLatin1(key), "clerk.a",
                  QString::fromLatin1(key) + ".pdf"); // blanks 1001, 1002, 1003
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    r = print("b3", "clerk.b", "b3.pdf"); // 1004
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"blanks", "spoil", "--serial", "1005", "--reason", "jam", "--db", journal(),
             "--operator", "supervisor.dana"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({"certificate", QString::number(m_ids["a0"]), "--pdf", file("a0-duplicate.pdf"), "--db",
             journal(), "--operator", "clerk.a", "--training", "--reason",
             "lost"}); // 1006, a DUPLICATE
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)["duplicate"].toBool(), true);
    for (const char* key : {"a0", "a1"}) {
        r = cli({"handover", QString::number(m_ids[QString::fromLatin1(key)]), "--db", journal(),
                 "--operator", "clerk.a", "--recipient", "digital", "--document-type", "id_card",
                 "--document-number", "041122334", "--digital-reference", "EGOV-7781"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

void TestShiftReport::cleanupTestCase()
{
    m_registry.stop();
}

void TestShiftReport::everyCountOfTheDay()
{
    const QJsonObject o = report();
    QCOMPARE(o["received"].toInt(), 8);
    QCOMPARE(o["refused_at_intake"].toInt(), 1);
    QCOMPARE(o["registered"].toInt(), 7);
    QCOMPARE(o["sent"].toInt(), 7);
    QCOMPARE(o["iin_formed"].toInt(), 4);
    QCOMPARE(o["iin_existing"].toInt(), 1);
    QCOMPARE(o["iin_rejected"].toInt(), 1);
    QCOMPARE(o["waiting_for_officer"].toInt(), 1);
    QCOMPARE(o["iin_assigned"].toInt(), 5);
    QCOMPARE(o["printed"].toInt(), 4);
    QCOMPARE(o["reprinted"].toInt(), 1);
    QCOMPARE(o["handed_over"].toInt(), 2);
    const QJsonObject blanks = o["blanks"].toObject();
    QCOMPARE(blanks["begin"].toInt(), 0);
    QCOMPARE(blanks["received"].toInt(), 10);
    QCOMPARE(blanks["issued"].toInt(), 5);
    QCOMPARE(blanks["spoiled"].toInt(), 1);
    QCOMPARE(blanks["returned"].toInt(), 0);
    QCOMPARE(blanks["on_hand"].toInt(), 4);
    const QJsonArray spoiled = blanks["spoiled_serials"].toArray();
    QCOMPARE(spoiled.size(), 1);
    QCOMPARE(spoiled[0].toObject(),
             QJsonObject(
                 {{"serial", 1005}, {"reason", "jam"}, {"countersigned_by", "supervisor.dana"}}));
    // Nothing is late yet: the reprint and the blanks below the default 50.
    const QJsonArray exceptions = o["exceptions"].toArray();
    QCOMPARE(exceptions.size(), 2);
    const QJsonObject reprint = exceptions[0].toObject();
    QCOMPARE(reprint["kind"].toString(), "reprint");
    QCOMPARE(reprint["application_id"].toInteger(), m_ids["a0"]);
    QVERIFY(reprint["registration_number"].toString().startsWith("ALM01-02-"));
    QCOMPARE(reprint["operator"].toString(), "clerk.a");
    QCOMPARE(reprint["detail"].toString(), "lost");
    QVERIFY(!reprint["since"].toString().isEmpty());
    QCOMPARE(exceptions[1].toObject()["kind"].toString(), "blanks_low");
    QCOMPARE(exceptions[1].toObject()["detail"].toString(), "4");
    QCOMPARE(o["period"].toObject()["from"].toString(), m_today.addDays(-1).toString(Qt::ISODate));
    QCOMPARE(o["period"].toObject()["to"].toString(), m_today.addDays(1).toString(Qt::ISODate));
    QCOMPARE(o["office"].toString(), "TRAIN"); // the desk's settings: none here, a training desk
    QVERIFY(o["operator"].isNull());
    QVERIFY(!o["generated_at"].toString().isEmpty());
    // The report is recorded.
    auto db = openOrFail(journal());
    QVERIFY(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'report.shift'").toInt() >=
            1);
}

void TestShiftReport::operatorScope()
{
    const QJsonObject b = report({"--operator", "clerk.b"});
    QCOMPARE(b["operator"].toString(), "clerk.b");
    const QList<std::pair<const char*, int>> expectedB = {
        {"received", 2},     {"refused_at_intake", 0},   {"registered", 2},
        {"sent", 2},         {"iin_formed", 1},          {"iin_existing", 0},
        {"iin_rejected", 1}, {"iin_assigned", 1},        {"printed", 1},
        {"reprinted", 0},    {"waiting_for_officer", 0}, {"handed_over", 0}};
    for (const auto& [key, value] : expectedB)
        QVERIFY2(b[QLatin1String(key)].toInt() == value, key);
    QCOMPARE(b["blanks"].toObject()["spoiled_serials"].toArray().size(), 0);
    QCOMPARE(b["exceptions"].toArray().size(), 1); // the office's blanks only
    const QJsonObject a = report({"--operator", "clerk.a"});
    const QList<std::pair<const char*, int>> expectedA = {
        {"received", 6},     {"refused_at_intake", 1},   {"registered", 5},
        {"sent", 5},         {"iin_formed", 3},          {"iin_existing", 1},
        {"iin_rejected", 0}, {"iin_assigned", 4},        {"printed", 3},
        {"reprinted", 1},    {"waiting_for_officer", 1}, {"handed_over", 2}};
    for (const auto& [key, value] : expectedA)
        QVERIFY2(a[QLatin1String(key)].toInt() == value, key);
    QCOMPARE(a["exceptions"].toArray().size(), 2);
}

void TestShiftReport::aDayWithNothingCountsNothing()
{
    const ProcessResult r =
        cli({"report", "shift", "--json", "--db", journal(), "--date", "2020-01-01"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = json(r);
    for (const char* key :
         {"received", "registered", "sent", "iin_formed", "printed", "reprinted", "handed_over"})
        QVERIFY2(o[QLatin1String(key)].toInt() == 0, key);
    QCOMPARE(o["blanks"].toObject()["spoiled_serials"].toArray().size(), 0);
    // The exceptions as of that day's end: no event of it; the blanks are counted now.
    QCOMPARE(o["exceptions_as_of"].toString().left(10), QString("2020-01-01"));
}

void TestShiftReport::pdfInBothLanguagesAndSigned()
{
    const QString pdf = file("report.pdf");
    ProcessResult r =
        cli(QStringList{"report", "shift", "--pdf", pdf, "--db", journal()} + period());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)["desk_key_id"].toString(), "TRAINING-D1");
    const QString text = layoutText(pdf);
    for (const char* label : {"Ауысым соңындағы есеп", "Отчет за смену", "Қабылданған өтініштер",
                              "Принято заявлений", "Бүлінген бланктер", "Испорченные бланки",
                              "Куәліктің телнұсқасы", "Дубликат свидетельства", "Бет / Страница 1"})
        QVERIFY2(text.contains(QString::fromUtf8(label)), label);
    // Each figure beside its label.
    const auto figure = [&](const char* label) {
        const QRegularExpression line(QString::fromUtf8(label) + " +(\\d+)");
        const QRegularExpressionMatch m = line.match(text);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    QCOMPARE(figure("Қабылданған өтініштер"), 8);
    QCOMPARE(figure("Қабылдаудан бас тартылды"), 1);
    QCOMPARE(figure("ЖСН бұрыннан бар"), 1);
    QCOMPARE(figure("Куәліктер басып шығарылды"), 4);
    QCOMPARE(figure("Куәліктер тапсырылды"), 2);
    QCOMPARE(figure("Қолдағы бланктер"), 4);
    QVERIFY(text.contains("1005"));
    QVERIFY(text.contains("ALM01-02-"));

    // Genuine with the training keys trusted, a training report otherwise.
    r = cli({"report", "verify", pdf, "--trust-training"});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(json(r)["verdict"].toString(), "genuine");
    QCOMPARE(json(r)["counts"].toObject()["received"].toInt(), 8);
    r = cli({"report", "verify", pdf});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(json(r)["verdict"].toString(), "training");

    // A figure changed in the payload: not genuine.
    const Result<QList<QByteArray>> codes = QrReader::readFile(pdf);
    QVERIFY(codes && !codes->isEmpty());
    QByteArray payload = codes->constFirst();
    QVERIFY(payload.startsWith("IINR1|T|TRAINING-D1|"));
    Result<ShiftReportPayload> parsed = ShiftReportPayload::parse(payload);
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
    parsed->counts[9] = 3; // printed
    const Result<QrCode> qr = QrCode::encode(parsed->encode());
    QVERIFY(qr);
    QVERIFY(qr->toImage(6).save(file("tampered.png")));
    r = cli({"report", "verify", file("tampered.png"), "--trust-training"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(json(r)["verdict"].toString(), "not_genuine");
    // No code at all: unreadable.
    r = cli({"report", "verify", file("a0.pdf"), "--trust-training"});
    QCOMPARE(r.exitCode, 2);
}

void TestShiftReport::csvOpensBack()
{
    const QString csv = file("report.csv");
    const ProcessResult r =
        cli(QStringList{"report", "shift", "--csv", csv, "--db", journal()} + period());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(!bytes.contains(",")); // semicolons only
    const QJsonObject o = report();
    const QList<QStringList> rows = csvRows(bytes);
    QCOMPARE(rows.first(), QStringList({"key", "Label", "Value"}));
    QMap<QString, QString> values;
    int section = 0;
    QStringList spoiled;
    QStringList exceptionKinds;
    for (const QStringList& row : rows) {
        if (row.size() == 1 && row[0].isEmpty()) {
            ++section;
            continue;
        }
        if (section == 0 && row.size() == 3)
            values[row[0]] = row[2];
        if (section == 1 && row.size() == 3)
            values["blanks." + row[0]] = row[2];
        if (section == 2 && row[0] != "spoiled_serial")
            spoiled << row.join(u'|');
        if (section == 3 && row[0] != "exception")
            exceptionKinds << row[0];
    }
    for (const char* key : {"received", "refused_at_intake", "registered", "sent", "iin_formed",
                            "iin_existing", "iin_rejected", "waiting_for_officer", "iin_assigned",
                            "printed", "reprinted", "handed_over"})
        QVERIFY2(values.value(QLatin1String(key)) == QString::number(o[QLatin1String(key)].toInt()),
                 key);
    for (const char* key : {"begin", "received", "issued", "spoiled", "returned", "on_hand"})
        QVERIFY2(values.value(QString("blanks.") + key) ==
                     QString::number(o["blanks"].toObject()[QLatin1String(key)].toInt()),
                 key);
    QCOMPARE(spoiled, QStringList({"1005|jam|supervisor.dana"}));
    QCOMPARE(exceptionKinds, QStringList({"reprint", "blanks_low"}));
    QCOMPARE(values.value("office"), "TRAIN");
}

// Supervisors and administrators for anyone; a clerk for their own work only. The day's journal
// is copied and given accounts.
void TestShiftReport::whoMayMakeIt()
{
    const QString db = file("accounts.sqlite");
    QVERIFY(QFile::copy(journal(), db));
    const QString pw = file("pw");
    {
        QFile f(pw);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("counter2026desk\n");
        f.close();
        QFile::setPermissions(pw, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = openOrFail(db);
        QVERIFY(opened);
        OperatorDirectory d(*opened);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(d.create("admin", "Admin", Role::Administrator, "counter2026desk", "kk", {}, now));
        QVERIFY(d.create("supervisor.dana", "Dana", Role::Supervisor, "counter2026desk", "kk",
                         "admin", now));
        QVERIFY(d.create("clerk.a", "A", Role::Clerk, "counter2026desk", "kk", "admin", now));
    }
    const auto as = [&](const QString& login, const QStringList& extra) {
        return cli(QStringList{"report", "shift", "--json", "--db", db, "--as", login,
                               "--password-file", pw} +
                   period() + extra);
    };
    ProcessResult r = as("supervisor.dana", {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)["received"].toInt(), 8);
    r = as("supervisor.dana", {"--operator", "clerk.b"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)["received"].toInt(), 2);
    r = as("admin", {"--operator", "clerk.a"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = as("clerk.a", {"--operator", "clerk.a"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r)["received"].toInt(), 6);
    QCOMPARE(as("clerk.a", {"--operator", "clerk.b"}).exitCode, 4);
    QCOMPARE(as("clerk.a", {}).exitCode, 4);
    r = cli(QStringList{"report", "shift", "--json", "--db", db} + period());
    QCOMPARE(r.exitCode, 4); // no sign-in

    auto opened = openOrFail(db);
    QCOMPARE(scalar(*opened, "SELECT group_concat(operator, ' ') FROM (SELECT operator FROM"
                             " audit_log WHERE action = 'report.shift' AND seq >"
                             " (SELECT max(seq) FROM audit_log WHERE action = 'operator.created')"
                             " ORDER BY seq)")
                 .toString(),
             QString("supervisor.dana supervisor.dana admin clerk.a"));
    QCOMPARE(scalar(*opened, "SELECT details FROM audit_log WHERE action = 'report.shift'"
                             " ORDER BY seq DESC LIMIT 1")
                 .toString(),
             QString("{\"format\":\"json\",\"from\":\"%1\",\"operator\":\"clerk.a\",\"to\":\"%2\"}")
                 .arg(m_today.addDays(-1).toString(Qt::ISODate),
                      m_today.addDays(1).toString(Qt::ISODate)));
}

void TestShiftReport::badInput()
{
    const QStringList db{"--db", journal()};
    QCOMPARE(cli(QStringList{"report", "shift"} + db).exitCode, 2);
    QCOMPARE(cli(QStringList{"report", "shift", "--date", "06.12.2026"} + db).exitCode, 2);
    QCOMPARE(cli(QStringList{"report", "shift", "--date", "2026-12-06", "--to", "2026-12-05"} + db)
                 .exitCode,
             2);
    QCOMPARE(cli(QStringList{"report", "shift", "--date", "2026-12-06", "--json", "--csv",
                             file("x.csv")} +
                 db)
                 .exitCode,
             2);
    {
        QFile junk(file("junk.sqlite"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
    }
    QCOMPARE(cli({"report", "shift", "--date", "2026-12-06", "--db", file("junk.sqlite")}).exitCode,
             3);
    QCOMPARE(cli(QStringList{"report", "shift", "--date", "2026-12-06", "--csv",
                             file("no/such/dir/r.csv")} +
                 db)
                 .exitCode,
             3);
    QCOMPARE(cli({"report"}).exitCode, 2);
}

QTEST_MAIN(TestShiftReport)
#include "TestShiftReport.moc"
