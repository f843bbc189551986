#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace iin {

// Reads the whole journal (SQLite's quick_check) on a thread and a connection of its own, so
// that the desk can open even a large journal at once (Database::OpenCheck::Deferred: seconds
// saved on a million applications, docs/performance.md) and still learn of a damaged file a
// moment later. The desk holds back its writes while the check runs and stops them for good if
// it fails (docs/store.md).
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheck(QString databasePath, QObject* parent = nullptr);
    // Waits for a check still running: it cannot be cut short, and it only reads.
    ~IntegrityCheck() override;

    void start();
    bool isRunning() const;

signals:
    // `message` says what is wrong when the check failed (or the file could not be read).
    void finished(bool sound, const QString& message);

private:
    QString m_path;
    QThread* m_thread = nullptr;
};

} // namespace iin
