#include "core/services/OperatorWorker.h"

#include "core/store/Database.h"
#include "core/operators/OperatorFileImport.h"

namespace iin {

OperatorWorker::OperatorWorker(QString databasePath, QString legacyOperatorsPath, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_legacyPath(std::move(legacyOperatorsPath))
{
}

OperatorWorker::~OperatorWorker() = default;

void OperatorWorker::open()
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        emit openFailed(d.errorMessage());
    else
        emit opened(m_path);
}

void OperatorWorker::close()
{
    m_directory.reset();
    m_database.reset();
}

Result<OperatorDirectory*> OperatorWorker::directory()
{
    if (m_directory)
        return m_directory.get();
    // A journal that could not be opened at start (held by a backup, say) is tried again on the
    // next request.
    // Deferred check: the sign-in must not wait for PRAGMA quick_check over a large journal
    // (seconds for a million applications). The whole file is still checked before a migration
    // writes to it, and the journal's own thread checks it at start.
    Database::Options options;
    options.check = Database::OpenCheck::Deferred;
    Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
    if (!db)
        return db.error();
    if (const auto imported = OperatorFileImport::run(**db, m_legacyPath); !imported)
        return imported.error();
    m_database = std::move(db).value();
    m_directory = std::make_unique<OperatorDirectory>(*m_database);
    return m_directory.get();
}

void OperatorWorker::checkFirstRun(quint64 requestId)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    const Result<bool> empty = (*d)->isEmpty();
    if (!empty)
        return emit failed(requestId, empty.error().code, empty.errorMessage());
    emit firstRunChecked(requestId, *empty);
}

void OperatorWorker::authenticate(quint64 requestId, const QString& login, const QString& password,
                                  OperatorDirectory::Purpose purpose)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    const Result<Operator> op =
        (*d)->authenticate(login, password, QDateTime::currentDateTimeUtc(), purpose);
    if (!op)
        return emit failed(requestId, op.error().code, op.errorMessage());
    emit signedIn(requestId, *op);
}

void OperatorWorker::listOperators(quint64 requestId)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    const Result<QList<Operator>> list = (*d)->operators();
    if (!list)
        return emit failed(requestId, list.error().code, list.errorMessage());
    emit operatorsListed(requestId, *list);
}

void OperatorWorker::createOperator(quint64 requestId, const NewOperator& account,
                                    const QString& actor)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    const Result<Operator> op =
        (*d)->create(account.login, account.fullName, account.role, account.password,
                     account.language, actor, QDateTime::currentDateTimeUtc());
    if (!op)
        return emit failed(requestId, op.error().code, op.errorMessage());
    emit accountChanged(requestId, *op);
}

void OperatorWorker::answerChange(quint64 requestId, const QString& login, const Status& status)
{
    if (!status)
        return emit failed(requestId, status.error().code, status.errorMessage());
    const std::optional<Operator> op = m_directory->find(login);
    if (!op)
        return emit failed(requestId, QStringLiteral("operator.unknown"),
                           OperatorDirectory::tr("There is no operator %1.").arg(login));
    emit accountChanged(requestId, *op);
}

void OperatorWorker::setRole(quint64 requestId, const QString& login, Role role,
                             const QString& actor)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    answerChange(requestId, login,
                 (*d)->setRole(login, role, actor, QDateTime::currentDateTimeUtc()));
}

void OperatorWorker::resetPassword(quint64 requestId, const QString& login, const QString& password,
                                   const QString& actor)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    answerChange(requestId, login,
                 (*d)->resetPassword(login, password, actor, QDateTime::currentDateTimeUtc()));
}

void OperatorWorker::setActive(quint64 requestId, const QString& login, bool active,
                               const QString& actor)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    answerChange(requestId, login,
                 (*d)->setActive(login, active, actor, QDateTime::currentDateTimeUtc()));
}

void OperatorWorker::setLanguage(quint64 requestId, const QString& login, const QString& language)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    answerChange(requestId, login,
                 (*d)->setLanguage(login, language, QDateTime::currentDateTimeUtc()));
}

void OperatorWorker::recordLogout(quint64 requestId, const QString& login)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    if (Status s = (*d)->recordLogout(login); !s)
        return emit failed(requestId, s.error().code, s.errorMessage());
    emit recorded(requestId);
}

void OperatorWorker::recordScreenLocked(quint64 requestId, const QString& login)
{
    const Result<OperatorDirectory*> d = directory();
    if (!d)
        return emit failed(requestId, d.error().code, d.errorMessage());
    if (Status s = (*d)->recordScreenLocked(login); !s)
        return emit failed(requestId, s.error().code, s.errorMessage());
    emit recorded(requestId);
}

} // namespace iin
