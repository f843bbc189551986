#include "tests/StoreTestData.h"
#include "tests/TestSupport.h"

#include "core/store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// `iin-desk-cli complaints` as a process, on a real journal.
class TestComplaintsCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addListOutcomeShow();
    void filtersOnAGivenDay();
    void refusesBadInput();
    void printsABilingualSummary();

private:
    QString path() const { return m_dir->filePath("journal.sqlite"); }
    QString registerApplication();
    QString writeJson(const QString& name, const QJsonObject& object);
    QJsonObject add(const QJsonObject& complaint, const QString& today);
    static QList<QJsonObject> lines(const QByteArray& out);
    static QJsonObject term(const QJsonObject& entry, const QString& kind);
    ProcessResult cli(const QString& action, const QStringList& args);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestComplaintsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestComplaintsCli::cleanup()
{
    m_dir.reset();
}

QString TestComplaintsCli::registerApplication()
{
    auto db = openOrFail(path());
    if (!db)
        return {};
    Journal journal(*db);
    Result<Registration> r = journal.registerApplication(sampleIntake(), sampleDesk());
    return r ? r->registrationNumber : QString();
}

QString TestComplaintsCli::writeJson(const QString& name, const QJsonObject& object)
{
    const QString file = m_dir->filePath(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(object).toJson());
    return file;
}

ProcessResult TestComplaintsCli::cli(const QString& action, const QStringList& args)
{
    return runCli(QStringList{"complaints", action, "--db", path(), "--operator", "clerk.aigerim"} +
                  args);
}

QJsonObject TestComplaintsCli::add(const QJsonObject& complaint, const QString& today)
{
    const ProcessResult r = cli("add", {writeJson("complaint.json", complaint), "--today", today});
    if (r.exitCode != 0)
        qWarning("add failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QList<QJsonObject> TestComplaintsCli::lines(const QByteArray& out)
{
    QList<QJsonObject> list;
    for (const QByteArray& line : out.split('\n'))
        if (!line.isEmpty())
            list << QJsonDocument::fromJson(line).object();
    return list;
}

QJsonObject TestComplaintsCli::term(const QJsonObject& entry, const QString& kind)
{
    for (const QJsonValue& t : entry["terms"].toArray())
        if (t["term"].toString() == kind)
            return t.toObject();
    return {};
}

void TestComplaintsCli::addListOutcomeShow()
{
    const QString number = registerApplication();
    QVERIFY(!number.isEmpty());
    const QJsonObject added = add({{"application", number},
                                   {"addressee", "quality_control"},
                                   {"received", "2024-04-30"},
                                   {"channel", "portal"},
                                   {"complainant", "Қасымов Ерлан"},
                                   {"substance", "ЖСН мерзімінде қалыптастырылмады"}},
                                  "2024-05-02");
    QCOMPARE(added["registration_number"].toString(), number);
    QCOMPARE(added["addressee"].toString(), "quality_control");
    QCOMPARE(term(added, "forward")["due"].toString(), "2024-05-04");
    QCOMPARE(term(added, "forward")["state"].toString(), "due");
    QCOMPARE(term(added, "review")["due"].toString(), "2024-05-24");
    QVERIFY(!added.contains("complainant"));
    const QString id = QString::number(added["id"].toInteger());

    ProcessResult r = cli("list", {"--today", "2024-05-03"});
    QCOMPARE(r.exitCode, 0);
    QList<QJsonObject> list = lines(r.out);
    QCOMPARE(list.size(), 1);
    QCOMPARE(term(list[0], "forward")["state"].toString(), "due_soon");
    QCOMPARE(list[0]["outcome"].type(), QJsonValue::Null);
    QVERIFY(!r.out.contains("Қасымов")); // no personal data in the list

    // Forwarded on the working Saturday, then extended, then decided.
    r = cli("outcome", {id, "--forwarded", "--to", "Quality-control authority", "--on",
                        "2024-05-04", "--today", "2024-05-06"});
    QCOMPARE(r.exitCode, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["state"].toString(), "forwarded");
    QCOMPARE(term(o, "forward")["state"].toString(), "met");

    r = cli("outcome", {id, "--extend", "10", "--today", "2024-05-20"});
    QCOMPARE(r.exitCode, 1); // no reason given
    QVERIFY(r.err.contains("reason"));
    r = cli("outcome", {id, "--extend", "10", "--reason", "Expert opinion requested", "--today",
                        "2024-05-20"});
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(term(o, "review")["due"].toString(), "2024-06-07");
    QCOMPARE(o["extension_days"].toInt(), 10);

    r = cli("outcome", {id, "--decided", "refused", "--reference", "No. 77", "--on", "2024-06-05",
                        "--today", "2024-06-10"});
    QCOMPARE(r.exitCode, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["state"].toString(), "decided");
    QCOMPARE(o["outcome"].toObject()["decision"].toString(), "refused");
    QCOMPARE(o["outcome"].toObject()["reference"].toString(), "No. 77");
    QCOMPARE(term(o, "review")["state"].toString(), "met");
    QCOMPARE(o["deemed_refusal"].toBool(), false);

    // Finished: a further outcome is refused with exit 1.
    r = cli("outcome", {id, "--forwarded", "--today", "2024-06-10"});
    QCOMPARE(r.exitCode, 1);

    r = cli("show", {id, "--today", "2024-06-10"});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown["complainant"].toString(), "Қасымов Ерлан");
    const QJsonArray history = shown["history"].toArray();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history[0]["kind"].toString(), "registered");
    QCOMPARE(history[2]["kind"].toString(), "extended");
    QCOMPARE(history[2]["reason"].toString(), "Expert opinion requested");
    QCOMPARE(history[3]["kind"].toString(), "decided");

    QCOMPARE(cli("show", {"99"}).exitCode, 1);

    // Every change and the view are in the audit trail, and the chain holds.
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        QCOMPARE(scalar(*db, "SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log"
                             " WHERE subject = 'complaint:" +
                                 id + "' ORDER BY seq)")
                     .toString(),
                 "complaint.registered complaint.outcome complaint.outcome complaint.outcome "
                 "complaint.viewed");
        QCOMPARE(scalar(*db, "SELECT operator FROM audit_log WHERE subject = 'complaint:" + id +
                                 "' ORDER BY seq LIMIT 1")
                     .toString(),
                 "clerk.aigerim");
    }
    r = runCli({"audit", "verify", "--db", path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("\"ok\":true"));
}

void TestComplaintsCli::filtersOnAGivenDay()
{
    const QString number = registerApplication();
    QVERIFY(!number.isEmpty());
    const QJsonObject base{{"application", number},
                           {"addressee", "service_provider"},
                           {"channel", "in_person"},
                           {"complainant", "X"},
                           {"substance", "Y"}};
    QJsonObject a = base, b = base, c = base;
    a["received"] = "2024-03-20"; // forward due 28 March
    b["received"] = "2024-03-14"; // forward due 19 March, review 26 March
    c["received"] = "2024-03-27";
    c["act_learned"] = "2023-11-01"; // more than 3 months: warned, still registered
    const qint64 ia = add(a, "2024-03-27")["id"].toInteger();
    const qint64 ib = add(b, "2024-03-27")["id"].toInteger();
    const ProcessResult late = cli("add", {writeJson("c.json", c), "--today", "2024-03-27"});
    QCOMPARE(late.exitCode, 0);
    QVERIFY(late.err.contains("APC art. 92"));
    const QJsonObject added = QJsonDocument::fromJson(late.out).object();
    QCOMPARE(added["limitation"].toObject()["late"].toBool(), true);
    QCOMPARE(added["limitation"].toObject()["last_day"].toString(), "2024-02-01");
    QCOMPARE(added["warnings"].toArray().size(), 1);

    const auto ids = [&](const QStringList& options) {
        const ProcessResult r = cli("list", QStringList{"--today", "2024-03-27"} + options);
        QList<qint64> list;
        for (const QJsonObject& o : lines(r.out))
            list << o["id"].toInteger();
        return list;
    };
    QCOMPARE(ids({"--overdue"}), QList<qint64>{ib});
    QCOMPARE(ids({"--due-soon"}), QList<qint64>{ia});
    QCOMPARE(ids({"--overdue", "--due-soon"}), (QList<qint64>{ib, ia}));
    QCOMPARE(ids({}).size(), 3);
    // A wider "due soon" threshold takes in the complaint registered today (3 days left).
    QCOMPARE(ids({"--due-soon", "--due-soon-days", "3"}).size(), 2);
    // The same day from the overdue complaint's side: no decision in time counts as a refusal.
    const ProcessResult r = cli("list", {"--today", "2024-03-27", "--overdue"});
    QCOMPARE(lines(r.out).first()["deemed_refusal"].toBool(), true);
    QCOMPARE(ids({"--application", number}).size(), 3);
    QCOMPARE(cli("list", {"--application", "ALM01-02-999999-X"}).exitCode, 1);
}

void TestComplaintsCli::refusesBadInput()
{
    const QString number = registerApplication();
    QVERIFY(!number.isEmpty());
    QJsonObject bad{{"application", number}, {"addressee", "court"}, {"received", "2024-03-20"},
                    {"channel", "post"},     {"complainant", "X"},   {"substance", "Y"}};
    ProcessResult r = cli("add", {writeJson("bad.json", bad)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("addressee"));
    bad["addressee"] = "service_provider";
    bad["application"] = "42";
    QCOMPARE(cli("add", {writeJson("bad.json", bad)}).exitCode, 2); // no such application
    bad["application"] = number;
    QCOMPARE(cli("add", {writeJson("bad.json", bad), "--today", "2024-03-19"}).exitCode,
             2); // registered in the future
    QCOMPARE(cli("add", {writeJson("bad.json", bad), "--today", "19.03.2024"}).exitCode, 2);
    QCOMPARE(cli("outcome", {"1", "--forwarded", "--extend", "2"}).exitCode, 2);
    QCOMPARE(cli("outcome", {"1", "--decided", "maybe"}).exitCode, 2);
    QCOMPARE(cli("outcome", {"x", "--forwarded"}).exitCode, 2);
    QCOMPARE(cli("outcome", {"5", "--forwarded", "--today", "2024-03-20"}).exitCode, 1);
    QCOMPARE(cli("print", {"1"}).exitCode, 2); // no --pdf
    QCOMPARE(cli("list", {"--limit", "many"}).exitCode, 2);
    QCOMPARE(cli("list", {"--due-soon-days", "-1"}).exitCode, 2);
    QCOMPARE(cli("frobnicate", {}).exitCode, 2);
    QCOMPARE(runCli({"complaints", "--help"}).exitCode, 0);
    {
        auto db = openOrFail(path());
        QVERIFY(db);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM complaints").toInt(), 0);
    }
}

void TestComplaintsCli::printsABilingualSummary()
{
    const QString number = registerApplication();
    QVERIFY(!number.isEmpty());
    const QJsonObject added = add({{"application", number},
                                   {"addressee", "quality_control"},
                                   {"received", "2024-03-20"},
                                   {"channel", "email"},
                                   {"complainant", "Қасымов Ерлан"},
                                   {"contact", "erlan@example.kz"},
                                   {"substance", "Анықтама берілмеді"},
                                   {"act_learned", "2024-03-01"}},
                                  "2024-03-20");
    const QString id = QString::number(added["id"].toInteger());
    const QString pdf = m_dir->filePath("complaint.pdf");
    const ProcessResult r = cli("print", {id, "--pdf", pdf, "--today", "2024-04-22", "--office-kk",
                                          "Алматы қ. ХҚО", "--office-ru", "ЦОН г. Алматы"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(pdf));
    const ProcessResult text = runProcess("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    QCOMPARE(text.exitCode, 0);
    const QString t = QString::fromUtf8(text.out).simplified();
    for (const char* expected :
         {"Шағым туралы анықтама",
          "Справка о жалобе",
          "№ " /* the number */,
          "Қасымов Ерлан",
          "erlan@example.kz",
          "Анықтама берілмеді",
          "20.03.2024",
          "электрондық пошта арқылы",
          "по электронной почте",
          "мемлекеттік қызметтер көрсетудің сапасын бағалау және бақылау жөніндегі уәкілетті орган",
          "уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
          "Шағымды қарау",
          "Рассмотрение жалобы",
          "15 жұмыс күні",
          "15 рабочих дней",
          "3 жұмыс күні",
          "3 рабочих дня",
          "28.03.2024",
          "15.04.2024",
          "мерзімі өтті",
          "срок пропущен",
          "считается отказом",
          "до 01.06.2024 — соблюден",
          "Алматы қ. ХҚО",
          "ЦОН г. Алматы",
          "22.04.2024"})
        QVERIFY2(t.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(t.contains(number));

    auto db = openOrFail(path());
    QVERIFY(db);
    QCOMPARE(scalar(*db, "SELECT count(*) FROM audit_log WHERE action = 'complaint.printed'"
                         " AND subject = 'complaint:" +
                             id + "'")
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestComplaintsCli)
#include "TestComplaintsCli.moc"
