#include "tests/StoreTestData.h"

#include "core/application/ApplicationJson.h"
#include "core/store/AuditTrail.h"
#include "core/store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace iin::test {

namespace {

const QStringList surnamesCyr = {"Қасымов", "Жұмабекова", "Иванов", "Ли", "Әбілқасым", "Шевченко"};
const QStringList surnamesLat = {"QASYMOV", "ZHUMABEKOVA", "IVANOV",
                                 "LI",      "ABILKASYM",   "SHEVCHENKO"};
const QStringList givenCyr = {"Ерлан", "Гүлнар", "Пётр", "Мин", "Нұрлан", "Ольга"};
const QStringList givenLat = {"ERLAN", "GULNAR", "PETR", "MIN", "NURLAN", "OLGA"};

} // namespace

Application sampleApplication(int n)
{
    Application a;
    a.submittedOn = QDate(2026, 11, 20);
    const int i = n % surnamesCyr.size();
    // Beyond the first round, a number in the name keeps every person distinct.
    const QString suffix = n < surnamesCyr.size() ? QString() : QString::number(n);
    a.nameCyrillic = {surnamesCyr[i] + suffix, givenCyr[i], QString()};
    a.nameLatin = {surnamesLat[i] + suffix, givenLat[i], QString()};
    a.birthDate = QDate(1980, 1, 1).addDays(n);
    a.birthPlace = "Tashkent";
    a.sex = n % 2 ? Sex::Female : Sex::Male;
    a.citizenship = "UZB";
    IdentityDocument doc;
    doc.type = IdentityDocumentType::Passport;
    doc.number = QString("FA%1").arg(1000000 + n);
    doc.issuingState = "UZB";
    doc.issueDate = QDate(2020, 1, 1);
    doc.expiryDate = QDate(2030, 1, 1);
    a.identityDocument = doc;
    a.addressOfStay = "Almaty, Abay 1";
    a.consentToPersonalData = true;
    Attachment form;
    form.kind = AttachmentKind::ApplicationForm;
    form.fileName = "application.pdf";
    form.mediaType = "application/pdf";
    Attachment copy;
    copy.kind = AttachmentKind::IdentityDocumentCopy;
    copy.fileName = "passport.jpg";
    copy.mediaType = "image/jpeg";
    a.attachments = {form, copy};
    return a;
}

Intake intakeOf(const Application& a)
{
    Intake intake;
    intake.application = a;
    intake.json = ApplicationJson::toBytes(a);
    intake.rulesEdition = "2022-02"; // an embedded edition
    return intake;
}

Intake sampleIntake(int n)
{
    return intakeOf(sampleApplication(n));
}

DeskContext sampleDesk()
{
    return DeskContext{"ALM01", "02", "clerk.aigerim"};
}

RegistryAnswer formedAnswer(const OutboxEntry& entry, const QString& iin,
                            RegistryAnswer::State state)
{
    RegistryAnswer a;
    a.idempotencyKey = QUuid::fromString(entry.idempotencyKey);
    a.state = state;
    a.iin = iin;
    a.answeredAt = QDateTime::currentDateTimeUtc();
    return a;
}

RegistryAnswer rejectedAnswer(const OutboxEntry& entry, const QString& reason)
{
    RegistryAnswer a = formedAnswer(entry, {}, RegistryAnswer::State::Rejected);
    a.reason = reason;
    return a;
}

qint64 applicationWithIin(Database& db, int n)
{
    Journal journal(db);
    const Result<Registration> r = journal.registerApplication(sampleIntake(n), sampleDesk());
    if (!r)
        return 0;
    Outbox outbox(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 1000, "sync");
    if (!due)
        return 0;
    for (const OutboxEntry& entry : *due)
        if (entry.applicationId == r->applicationId &&
            outbox.recordAnswer(entry.id, formedAnswer(entry, "800101300016"), now, "sync"))
            return r->applicationId;
    return 0;
}

Result<qint64> printedApplication(Database& db, int n)
{
    Journal journal(db);
    const Result<Registration> r = journal.registerApplication(sampleIntake(n), sampleDesk());
    if (!r)
        return r.error();
    Outbox outbox(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QList<OutboxEntry>> due = outbox.takeDue(now.addSecs(60), 1000, "sync");
    if (!due)
        return due.error();
    for (const OutboxEntry& entry : *due) {
        if (entry.applicationId != r->applicationId)
            continue;
        if (Status s =
                outbox.recordAnswer(entry.id, formedAnswer(entry, "800101300016"), now, "sync");
            !s)
            return s.error();
        if (Status s = journal.changeStatus(r->applicationId, ApplicationStatus::CertificatePrinted,
                                            "clerk.aigerim");
            !s)
            return s.error();
        return r->applicationId;
    }
    return Error{"test.not_queued", "the registered application was not in the queue"};
}

bool fillJournal(const QString& path, int count, int first)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return false;
    QSqlQuery(db.value()->sql()).exec("PRAGMA synchronous = OFF");
    Journal journal(**db);
    for (int i = first; i < first + count; ++i) {
        if (!journal.registerApplication(sampleIntake(i), sampleDesk())) {
            qWarning("registering %d failed", i);
            return false;
        }
    }
    return true;
}

std::unique_ptr<Database> openOrFail(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        QTest::qFail(qPrintable(db.errorMessage()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(db).value();
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

bool execSql(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QList<QJsonObject> printRecords(const QString& journalPath, qint64 id)
{
    auto db = openOrFail(journalPath);
    if (!db)
        return {};
    QList<QJsonObject> list;
    const Result<QList<AuditRecord>> records =
        AuditTrail::recordsFor(db->sql(), QStringLiteral("application:%1").arg(id));
    if (!records)
        return {};
    for (const AuditRecord& r : *records) {
        if (r.action == AuditTrail::Printed) {
            QJsonObject o = QJsonDocument::fromJson(r.details.toUtf8()).object();
            o.insert("operator", r.operatorId);
            o.insert("at", r.at);
            list.append(o);
        }
    }
    return list;
}

RegisterRequest requestWithScan(const QString& folder, int n, const QByteArray& content)
{
    RegisterRequest request;
    request.application = sampleApplication(n);
    request.desk = sampleDesk();
    const QString path = QDir(folder).filePath(QStringLiteral("scan-%1.pdf").arg(n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the scan");
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    request.application.attachments[0].sha256 = sha;
    request.attachmentFiles.insert(sha, path);
    return request;
}

} // namespace iin::test
