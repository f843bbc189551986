#include "core/registry/DeskKeyEnrolment.h"

#include "core/registry/DeskKeyStore.h"
#include "core/registry/RegistryClient.h"
#include "core/signing/SigningKey.h"
#include "core/store/Database.h"

#include <QLoggingCategory>

namespace iin {

Q_LOGGING_CATEGORY(lcDeskKey, "iin.sync.desk_key")

void DeskKeyEnrolment::ensure()
{
    if (m_certified || m_busy)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastAttempt.isValid() && qAbs(m_lastAttempt.secsTo(now)) < 60)
        return;
    m_lastAttempt = now;
    Result<SigningKey> key = DeskKeyStore::loadOrCreate(m_keyFile, m_deskId);
    if (!key) {
        m_lastError = key.errorMessage();
        qCWarning(lcDeskKey).noquote() << "desk key unusable:" << key.error().code;
        return;
    }
    const Result<std::optional<DeskKeyCertification>> known =
        DeskKeyStore::find(m_database.sql(), key->keyId());
    if (known && *known) {
        m_certified = true;
        return;
    }
    m_busy = true;
    const QString keyId = key->keyId();
    m_client.certifyDeskKey(key->publicKey(), [this, keyId](const Result<DeskKeyCertification>& r) {
        m_busy = false;
        if (!r) {
            m_lastError = r.errorMessage();
            qCWarning(lcDeskKey).noquote()
                << "desk key" << keyId << "not certified:" << r.error().code;
            return;
        }
        if (Status s = DeskKeyStore::save(m_database.sql(), *r); !s) {
            m_lastError = s.errorMessage();
            return;
        }
        m_certified = true;
        m_lastError.clear();
        qCInfo(lcDeskKey).noquote() << "desk key" << keyId << "certified until"
                                    << r->certificate.validUntil.toString(Qt::ISODate);
    });
}

} // namespace iin
