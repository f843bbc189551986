#include "server/SigningCommands.h"

#include "core/signing/SigningKey.h"
#include "server/CommandExit.h"
#include "server/DeskKeys.h"
#include "server/RegistryService.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace iin::server::signing {

using namespace Qt::StringLiterals;

namespace {

std::optional<SigningKey> loadRegistryKey(const QCommandLineParser& p, QString* error)
{
    if (!p.isSet(u"signing-key"_s)) {
        *error = u"--signing-key is required"_s;
        return std::nullopt;
    }
    Result<SigningKey> key = SigningKey::load(p.value(u"signing-key"_s));
    if (!key) {
        *error = key.errorMessage();
        return std::nullopt;
    }
    if (key->isTraining()) {
        *error = u"the training key is not a registry's signing key"_s;
        return std::nullopt;
    }
    return *key;
}

int keygen(const QCommandLineParser& p)
{
    if (!p.isSet(u"out"_s))
        return fail(u"--out is required"_s, ExitUsage);
    const QString id =
        p.isSet(u"id"_s) ? p.value(u"id"_s) : u"REG-%1"_s.arg(QDate::currentDate().year());
    Result<SigningKey> key = SigningKey::generate(id, p.value(u"issuer"_s));
    if (!key)
        return fail(key.errorMessage(), ExitUsage);
    if (Status s = key->save(p.value(u"out"_s)); !s)
        return fail(s.errorMessage());
    // The public half only: what goes into the trust file.
    QTextStream(stdout) << QJsonDocument(key->publicEntry()).toJson(QJsonDocument::Compact) << '\n';
    return ExitOk;
}

int trustFile(const QCommandLineParser& p, RegistryStore& store)
{
    QString error;
    const std::optional<SigningKey> key = loadRegistryKey(p, &error);
    if (!key)
        return fail(error, ExitUsage);
    QList<QJsonObject> previous;
    for (const QString& file : p.values(u"previous"_s)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1: %2"_s.arg(file, f.errorString()));
        const QJsonArray keys =
            QJsonDocument::fromJson(f.readAll()).object().value(u"keys"_s).toArray();
        for (const QJsonValue& k : keys)
            previous.append(k.toObject());
    }
    Result<QJsonObject> trust = DeskKeys(store).trustFile(*key, previous);
    if (!trust)
        return fail(trust.errorMessage());
    QTextStream(stdout) << QJsonDocument(*trust).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int revoke(const QCommandLineParser& p, RegistryStore& store)
{
    if (!p.isSet(u"desk"_s))
        return fail(u"--desk is required"_s, ExitUsage);
    Result<QStringList> revoked = DeskKeys(store).revoke(p.value(u"desk"_s), p.value(u"key"_s));
    if (!revoked)
        return fail(revoked.errorMessage());
    if (revoked->isEmpty())
        return fail(u"desk \"%1\" has no certified key left to revoke"_s.arg(p.value(u"desk"_s)));
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{u"desk_id"_s, p.value(u"desk"_s)},
                                           {u"revoked"_s, QJsonArray::fromStringList(*revoked)}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return ExitOk;
}

} // namespace

void addOptions(QCommandLineParser& p)
{
    p.addOptions({
        {u"signing-key"_s,
         u"The registry's signing key (serve: sign attestations and desk keys; trust-file)."_s,
         u"file"_s},
        {u"out"_s, u"keygen: the new key file (never overwritten)."_s, u"file"_s},
        {u"id"_s, u"keygen: the key id (default REG-<year>)."_s, u"id"_s},
        {u"issuer"_s, u"keygen: the registry's name, shown by verifiers."_s, u"name"_s},
        {u"previous"_s,
         u"trust-file: an earlier trust file whose registry keys stay trusted (repeatable)."_s,
         u"file"_s},
        {u"key"_s, u"revoke-desk-key: only this desk key id."_s, u"key-id"_s},
    });
}

std::optional<int> runWithoutStore(const QString& command, const QCommandLineParser& p)
{
    if (command == u"keygen")
        return keygen(p);
    return std::nullopt;
}

std::optional<int> run(const QString& command, const QCommandLineParser& p, RegistryStore& store)
{
    if (command == u"trust-file")
        return trustFile(p, store);
    if (command == u"revoke-desk-key")
        return revoke(p, store);
    return std::nullopt;
}

bool configureService(const QCommandLineParser& p, RegistryService& service)
{
    if (!p.isSet(u"signing-key"_s))
        return true;
    QString error;
    const std::optional<SigningKey> key = loadRegistryKey(p, &error);
    if (!key) {
        fail(error, ExitUsage);
        return false;
    }
    service.setSigningKey(*key);
    return true;
}

} // namespace iin::server::signing
