#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace iin {

class Database;

// What is recorded: who did what to which record. `details` carries identifiers and statuses,
// never personal data (the record it points to holds that).
struct AuditEvent
{
    QString operatorId;
    QString action;  // one of AuditTrail's action names, e.g. "application.viewed"
    QString subject; // "application:42", "outbox:7", "operator:ivanova", "database"
    QJsonObject details;
};

struct AuditRecord
{
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString operatorId;
    QString action;
    QString subject;
    QString details; // compact JSON, as hashed
    QString prevHash;
    QString hash;
};

struct AuditVerification
{
    bool ok = false;
    qint64 records = 0;
    qint64 firstBad = 0; // the first record that fails, 0 when all hold
    QString reason;
};

// The append-only audit trail. Each record is hash-chained to the one before: its hash is
// SHA-256 over a canonical encoding of its own fields and the previous hash, so editing,
// deleting or reordering any record breaks the chain from that record on. Triggers refuse
// UPDATE and DELETE on the table, and the head of the chain is kept in `meta` too, so cutting
// off the newest records shows. Encoding: docs/store.md.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // Action names.
    static inline const QString Created = QStringLiteral("application.created");
    static inline const QString Refused = QStringLiteral("application.refused_at_intake");
    static inline const QString Changed = QStringLiteral("application.changed");
    static inline const QString StatusChanged = QStringLiteral("application.status_changed");
    static inline const QString Viewed = QStringLiteral("application.viewed");
    static inline const QString Printed = QStringLiteral("application.printed");
    static inline const QString Exported = QStringLiteral("application.exported");
    // The certificate handed over (paragraph 11-1); details: the kind of recipient only.
    static inline const QString HandedOver = QStringLiteral("application.handed_over");
    // Desk views: the likely-duplicate warning (subject "journal"; details: the applications'
    // ids and reasons), the clerk's answer to it, a scan opened (subject "application:<id>").
    static inline const QString DuplicatesShown = QStringLiteral("application.duplicates_shown");
    static inline const QString DuplicatesAnswered =
        QStringLiteral("application.duplicates_answered");
    static inline const QString ScanOpened = QStringLiteral("application.scan_opened");
    // The desk's settings changed (subject "settings"; details: what changed, never the token).
    static inline const QString BlanksReceived = QStringLiteral("blanks.received");
    static inline const QString BlankSpoiled = QStringLiteral("blanks.spoiled");
    static inline const QString BlanksHandedOut = QStringLiteral("blanks.handed_out");
    static inline const QString BlanksReturned = QStringLiteral("blanks.returned");
    // The needs-attention list exported for the registry's help desk (subject "office"; details:
    // the number of items and the file's SHA-256).
    static inline const QString AttentionExported = QStringLiteral("office.attention_exported");
    static inline const QString SettingsChanged = QStringLiteral("settings.changed");
    static inline const QString RegistryResult = QStringLiteral("outbox.result");
    static inline const QString Login = QStringLiteral("operator.login");
    static inline const QString Logout = QStringLiteral("operator.logout");
    // Operators' accounts (subject "operator:<login>"; "operator:unknown" for a login that names
    // no account, so that a password typed into the login field never lands here).
    static inline const QString LoginFailed = QStringLiteral("operator.login_failed");
    static inline const QString LockedOut = QStringLiteral("operator.locked_out");
    static inline const QString ScreenLocked = QStringLiteral("operator.screen_locked");
    static inline const QString Unlocked = QStringLiteral("operator.unlocked");
    static inline const QString OperatorCreated = QStringLiteral("operator.created");
    static inline const QString RoleChanged = QStringLiteral("operator.role_changed");
    static inline const QString PasswordReset = QStringLiteral("operator.password_reset");
    static inline const QString Activated = QStringLiteral("operator.activated");
    static inline const QString Deactivated = QStringLiteral("operator.deactivated");
    static inline const QString LanguageChanged = QStringLiteral("operator.language_changed");
    static inline const QString OperatorImported = QStringLiteral("operator.imported");
    static inline const QString OperatorEventImported = QStringLiteral("operator.event_imported");
    static inline const QString OperatorsFileImported = QStringLiteral("operators.file_imported");
    static inline const QString Backup = QStringLiteral("database.backup");
    static inline const QString Restored = QStringLiteral("database.restored");
    // A newer program upgraded the journal's schema (subject "database"; details: from, to, the
    // file name of the backup made before and its SHA-256). docs/upgrades.md.
    static inline const QString Upgraded = QStringLiteral("database.upgraded");
    // The desk's clock and the registry's differ by more than the tolerance (docs/sync.md,
    // "Clocks"): one record when such an episode begins; subject "clock", details the
    // difference in seconds and both times.
    static inline const QString ClockSkew = QStringLiteral("sync.clock_skew");
    // A diagnostics bundle written for support (docs/diagnostics.md; subject "diagnostics",
    // details the file's size and SHA-256).
    static inline const QString DiagnosticsExported = QStringLiteral("diagnostics.exported");

    static constexpr char GenesisHash[] =
        "0000000000000000000000000000000000000000000000000000000000000000";

    // Appends inside the caller's open transaction (the change and its trace commit together).
    static Status append(QSqlDatabase db, const AuditEvent& event);
    // Appends in a transaction of its own: views, prints, exports, logins.
    static Status record(Database& database, const AuditEvent& event);

    static AuditVerification verify(QSqlDatabase db);
    static Result<QList<AuditRecord>> recordsFor(QSqlDatabase db, const QString& subject);

    static QString hashOf(const AuditRecord& record);
};

} // namespace iin
