#include "server/ProtocolRevision.h"

#include "core/registry/RegistryProtocol.h"

#include <QJsonArray>

namespace iin::server {

using namespace Qt::StringLiterals;
namespace reg = iin::registry;

namespace {

bool isWaiting(const QJsonObject& answer)
{
    return answer.value(u"state"_s).toString() == QStringView(reg::StatePendingReview);
}

QJsonObject waitingError(const QJsonObject& answer)
{
    return RegistryError{
        QString::fromUtf16(reg::ErrorPendingReview),
        u"The request waits for a registry officer's decision (review %1); "
        "send it again later with the same key."_s.arg(answer.value(u"review_id"_s).toInteger()),
        true}
        .toJson();
}

} // namespace

int ProtocolRevision::fromHeader(const QByteArray& value)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    return ok && n >= 1 ? n : 1;
}

ServiceReply ProtocolRevision::adapt(ServiceReply reply, int revision)
{
    if (revision >= 2 || reply.httpStatus != 200)
        return reply;
    if (isWaiting(reply.body)) {
        reply.body = waitingError(reply.body);
        reply.httpStatus = 202;
        return reply;
    }
    if (!reply.body.contains(u"results"_s))
        return reply;
    QJsonArray results = reply.body.value(u"results"_s).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonObject item = results[i].toObject();
        const QJsonObject answer = item.value(u"answer"_s).toObject();
        if (!isWaiting(answer))
            continue;
        item.remove(u"answer"_s);
        item.remove(u"replayed"_s);
        item.insert(u"status"_s, 202);
        item.insert(u"error"_s, waitingError(answer).value(u"error"_s));
        results[i] = item;
    }
    reply.body.insert(u"results"_s, results);
    return reply;
}

} // namespace iin::server
