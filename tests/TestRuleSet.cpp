#include "core/rules/RuleSet.h"
#include "core/rules/RuleSetData.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace iin;
using namespace iin::test;

using Edit = std::function<void(QJsonObject&)>;
Q_DECLARE_METATYPE(Edit)

class TestRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void embeddedEdition();
    void effectiveOn_data();
    void effectiveOn();
    void unknownEdition();
    void embeddedMatchesSourceFile();
    void messagesUseGlossaryTerms();
    void malformed_data();
    void malformed();
    void unreadableFile();
    void conditionsAndQualifiersRead();
};

static QJsonObject sourceRules()
{
    QFile f(sourcePath("resources/rules/2022-02.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

static const Requirement* find(const RuleSetData& data, const QString& id)
{
    for (const Requirement& r : data.requirements) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void TestRuleSet::embeddedEdition()
{
    QVERIFY(RuleSet::editions().contains("2022-02"));
    const Result<RuleSet> rules = RuleSet::edition("2022-02");
    QVERIFY2(rules.ok(), qPrintable(rules.errorMessage()));
    QCOMPARE(rules->id(), QStringLiteral("2022-02"));
    QCOMPARE(rules->effectiveFrom(), QDate(2022, 2, 10));
    QVERIFY(rules->data().requirements.size() >= 7);
    for (const Requirement& r : rules->data().requirements) {
        QVERIFY2(r.reference.en.startsWith("Annex 3, row 8") || r.reference.en.contains("Annex 2"),
                 qPrintable(r.reference.en));
        // The provision in the document's own languages (the receipt of refusal prints them).
        QVERIFY2(r.reference.kk.contains("қосымша"), qPrintable(r.reference.kk));
        QVERIFY2(r.reference.ru.contains("приложение"), qPrintable(r.reference.ru));
        for (const QString& lang : QStringList{"kk", "ru", "en"})
            QVERIFY2(!r.missing.in(lang).isEmpty(), qPrintable(r.id));
    }
}

void TestRuleSet::effectiveOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("edition");
    QTest::newRow("day before") << QDate(2022, 2, 9) << "";
    QTest::newRow("first day") << QDate(2022, 2, 10) << "2022-02";
    QTest::newRow("later") << QDate(2025, 10, 15) << "2022-02";
    QTest::newRow("Order 258 era") << QDate(2020, 4, 14) << "";
    QTest::newRow("no date") << QDate() << "";
}

void TestRuleSet::effectiveOn()
{
    QFETCH(QDate, date);
    QFETCH(QString, edition);
    const Result<RuleSet> rules = RuleSet::effectiveOn(date);
    if (edition.isEmpty()) {
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().code, QStringLiteral("rules.none_in_force"));
        QVERIFY(rules.errorMessage().contains("2022-02-10"));
    } else {
        QVERIFY(rules.ok());
        QCOMPARE(rules->id(), edition);
    }
}

void TestRuleSet::unknownEdition()
{
    const Result<RuleSet> rules = RuleSet::edition("2019-01");
    QVERIFY(!rules.ok());
    QCOMPARE(rules.error().code, QStringLiteral("rules.unknown_edition"));
    QVERIFY(rules.errorMessage().contains("2022-02")); // lists the known ones
}

void TestRuleSet::embeddedMatchesSourceFile()
{
    const Result<RuleSet> fromSource =
        RuleSet::fromFile(sourcePath("resources/rules/2022-02.json"));
    QVERIFY2(fromSource.ok(), qPrintable(fromSource.errorMessage()));
    const Result<RuleSet> embedded = RuleSet::edition("2022-02");
    QCOMPARE(fromSource->data().requirements.size(), embedded->data().requirements.size());
    for (qsizetype i = 0; i < embedded->data().requirements.size(); ++i)
        QCOMPARE(fromSource->data().requirements[i].id, embedded->data().requirements[i].id);
}

void TestRuleSet::messagesUseGlossaryTerms()
{
    const RuleSetData& d = RuleSet::edition("2022-02")->data();
    const Requirement* poa = find(d, "row8.power_of_attorney");
    QVERIFY(poa);
    QVERIFY(poa->missing.kk.contains(QString::fromUtf8("нотариалды куәландырылған сенімхат")));
    QVERIFY(poa->missing.ru.contains(QString::fromUtf8("нотариально удостоверенная доверенность")));
    QVERIFY(poa->notNotarized.kk.contains(QString::fromUtf8("нотариалды куәландырылған сенімхат")));
    const Requirement* tr = find(d, "row8.translation");
    QVERIFY(tr);
    QVERIFY(tr->missing.kk.contains(
        QString::fromUtf8("құжаттың аудармасының тиісінше куәландырылған көшірмесі")));
    QVERIFY(tr->notCertified.kk.contains(
        QString::fromUtf8("құжаттың аудармасының тиісінше куәландырылған көшірмесі")));
    QVERIFY(tr->missing.ru.contains(
        QString::fromUtf8("надлежаще засвидетельствованная копия перевода")));
    const Requirement* eds = find(d, "row8.portal.electronic_request_eds");
    QVERIFY(eds);
    QVERIFY(eds->missing.kk.contains(QString::fromUtf8("Электрондық сұрау салу")));
    QVERIFY(eds->missing.kk.contains(QString::fromUtf8("электрондық цифрлық қолтаңба (ЭЦҚ)")));
    QVERIFY(eds->missing.ru.contains(QString::fromUtf8("электронная цифровая подпись (ЭЦП)")));
    QVERIFY(eds->missing.ru.contains(QString::fromUtf8("Электронный запрос")));
    const Requirement* copy = find(d, "row8.portal.identity_document");
    QVERIFY(copy);
    QVERIFY(copy->missing.kk.contains(QString::fromUtf8("электрондық көшірмесі")));
    QVERIFY(copy->missing.ru.contains(QString::fromUtf8("электронная копия")));
}

static void editRequirement(QJsonObject& o, int index, const std::function<void(QJsonObject&)>& f)
{
    QJsonArray list = o.value("requirements").toArray();
    QJsonObject r = list.at(index).toObject();
    f(r);
    list.replace(index, r);
    o.insert("requirements", list);
}

void TestRuleSet::malformed_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("where");
    const auto row = [](const char* name, Edit e, const char* where) {
        QTest::newRow(name) << e << QString::fromUtf8(where);
    };
    row(
        "unknown top key", [](QJsonObject& o) { o.insert("colour", 1); }, "colour");
    row(
        "no edition", [](QJsonObject& o) { o.remove("edition"); }, "edition");
    row(
        "bad edition id", [](QJsonObject& o) { o.insert("edition", "2022 02/x"); }, "edition");
    row(
        "bad date", [](QJsonObject& o) { o.insert("effective_from", "10.02.2022"); },
        "effective_from");
    row(
        "format version", [](QJsonObject& o) { o.insert("format_version", 9); }, "format_version");
    row(
        "no requirements", [](QJsonObject& o) { o.insert("requirements", QJsonArray()); },
        "requirements");
    row(
        "source lacks Kazakh",
        [](QJsonObject& o) {
            QJsonObject s = o.value("source").toObject();
            s.remove("kk");
            o.insert("source", s);
        },
        "source.kk");
    row(
        "service term lacks Russian",
        [](QJsonObject& o) {
            o.insert("service_term", QJsonObject{{"kk", "1 жұмыс күні"}, {"en", "1 working day"}});
        },
        "service_term.ru");
    row(
        "unknown channel",
        [](QJsonObject& o) {
            editRequirement(o, 0, [](QJsonObject& r) {
                r.insert("applies_when", QJsonObject{{"channels", QJsonArray{"fax"}}});
            });
        },
        "requirements[0].applies_when.channels[0]");
    row(
        "unknown condition",
        [](QJsonObject& o) {
            editRequirement(o, 1, [](QJsonObject& r) {
                r.insert("applies_when", QJsonObject{{"moon_phase", "full"}});
            });
        },
        "requirements[1].applies_when.moon_phase");
    row(
        "unknown attachment",
        [](QJsonObject& o) {
            editRequirement(o, 0, [](QJsonObject& r) {
                r.insert("satisfied_by", QJsonObject{{"attachment", "selfie"}});
            });
        },
        "requirements[0].satisfied_by.attachment");
    row(
        "nothing satisfies",
        [](QJsonObject& o) {
            editRequirement(o, 0, [](QJsonObject& r) { r.insert("satisfied_by", QJsonObject()); });
        },
        "requirements[0].satisfied_by");
    row(
        "qualifier without message",
        [](QJsonObject& o) {
            editRequirement(o, 0, [](QJsonObject& r) {
                r.insert("satisfied_by",
                         QJsonObject{{"attachment", "application_form"}, {"certified", true}});
            });
        },
        "requirements[0].messages.not_certified");
    row(
        "message without qualifier",
        [](QJsonObject& o) {
            editRequirement(o, 0, [](QJsonObject& r) {
                QJsonObject m = r.value("messages").toObject();
                m.insert("not_notarized", m.value("missing"));
                r.insert("messages", m);
            });
        },
        "requirements[0].messages.not_notarized");
    row(
        "message lacks Russian",
        [](QJsonObject& o) {
            editRequirement(o, 2, [](QJsonObject& r) {
                r.insert("messages",
                         QJsonObject{{"missing", QJsonObject{{"kk", "a"}, {"en", "c"}}}});
            });
        },
        "requirements[2].messages.missing.ru");
    row(
        "bad severity",
        [](QJsonObject& o) {
            editRequirement(o, 0, [](QJsonObject& r) { r.insert("severity", "invalid_field"); });
        },
        "requirements[0].severity");
    row(
        "duplicate id",
        [](QJsonObject& o) {
            const QString first = o.value("requirements").toArray().at(0)["id"].toString();
            editRequirement(o, 1, [&](QJsonObject& r) { r.insert("id", first); });
        },
        "requirements[1].id");
    row(
        "bool as string",
        [](QJsonObject& o) {
            editRequirement(o, 0, [](QJsonObject& r) {
                r.insert("applies_when", QJsonObject{{"representative", "yes"}});
            });
        },
        "requirements[0].applies_when.representative");
}

void TestRuleSet::malformed()
{
    QFETCH(Edit, edit);
    QFETCH(QString, where);
    QJsonObject rules = sourceRules();
    QVERIFY(!rules.isEmpty());
    edit(rules);
    QTemporaryDir dir;
    const QString path = dir.filePath("edited.json");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(rules).toJson());
    f.close();
    const Result<RuleSet> loaded = RuleSet::fromFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("rules.malformed"));
    QVERIFY2(loaded.errorMessage().contains(where + ":"), qPrintable(loaded.errorMessage()));
    QVERIFY(loaded.errorMessage().contains("edited.json"));
}

void TestRuleSet::unreadableFile()
{
    QTemporaryDir dir;
    Result<RuleSet> loaded = RuleSet::fromFile(dir.filePath("absent.json"));
    QCOMPARE(loaded.error().code, QStringLiteral("rules.unreadable"));
    for (const QByteArray& bytes : {QByteArray(), QByteArray("{\"edition\":"),
                                    QByteArray("\x00\xff\x10", 3), QByteArray("[1]")}) {
        QFile f(dir.filePath("bad.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        loaded = RuleSet::fromFile(f.fileName());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("rules.malformed"));
    }
}

void TestRuleSet::conditionsAndQualifiersRead()
{
    const RuleSetData& d = RuleSet::edition("2022-02")->data();
    const Requirement* eds = find(d, "row8.portal.electronic_request_eds");
    QVERIFY(eds && eds->signature && !eds->attachment);
    QCOMPARE(eds->channels, 1u << unsigned(Channel::Portal));
    const Requirement* tr = find(d, "row8.translation");
    QVERIFY(tr && tr->certified && tr->documentInCyrillicOrLatin == false);
    QCOMPARE(tr->attachment, AttachmentKind::CertifiedTranslation);
    QCOMPARE(tr->bases, 1u << unsigned(ApplicationBasis::Annex1));
    const Requirement* poa = find(d, "row8.power_of_attorney");
    QVERIFY(poa && poa->notarized && poa->representative == true);
    const Requirement* copy = find(d, "row8.portal.identity_document");
    QVERIFY(copy && copy->electronic);
    QCOMPARE(find(d, "row8.annex2_application")->bases, 1u << unsigned(ApplicationBasis::Annex2));
}

QTEST_GUILESS_MAIN(TestRuleSet)
#include "TestRuleSet.moc"
