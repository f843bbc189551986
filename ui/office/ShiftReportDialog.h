#pragma once

#include "core/base/Result.h"
#include "core/office/ShiftReportData.h"
#include "core/operators/Operator.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ShiftReportDialog;
}

namespace iin {
class StoreContext;
class StoreThread;
} // namespace iin

namespace iin::ui {

// Supervision › End-of-shift report… (docs/office.md): the report of the desk or of one operator
// for a day or a period, its counts and exceptions; saved as a signed PDF or as CSV, or printed.
// Supervisors and administrators choose any operator; a clerk or an officer sees their own work.
// Each report made, shown, saved or printed is recorded (`report.shift`) on the journal's thread,
// which does the reading, the writing and the painting.
class ShiftReportDialog : public QDialog
{
    Q_OBJECT

public:
    ShiftReportDialog(StoreThread* journal, const Operator& op, QWidget* parent = nullptr);
    ~ShiftReportDialog() override;

    bool isLoaded() const { return m_report.has_value(); }
    const std::optional<ShiftReportData>& report() const { return m_report; }
    QString message() const;
    bool isBusy() const { return m_busy; }

public slots:
    void showReport();
    void savePdf();
    void saveCsv();
    void print();

signals:
    void reportShown();
    void fileSaved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    ShiftReportRequest request() const;
    void fillOperators(const QStringList& logins);
    void display(const ShiftReportData& report);
    void setBusy(bool busy);
    // Makes the report again for `format` ("pdf", "csv", "print"), as of the one shown, and
    // runs `write` on the journal's thread with it; says `done` when it succeeded (and, for a
    // file, emits fileSaved).
    void output(const QString& format,
                std::function<Status(const ShiftReportData&, StoreContext&)> write,
                const QString& done, const QString& file);

    std::unique_ptr<Ui::ShiftReportDialog> m_ui;
    QPointer<StoreThread> m_journal;
    Operator m_operator;
    std::optional<ShiftReportData> m_report;
    QStringList m_logins;
    bool m_busy = false;
};

} // namespace iin::ui
