#pragma once

#include "core/capture/MrzRecord.h"
#include "core/capture/SerialMrzReader.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class MrzInputDialog;
}

namespace iin::ui {

// "Read passport": the lines of a machine-readable zone from a keyboard-wedge reader (typed
// into the field under whatever layout is active and mapped back, MrzKeyboardLayout), from a
// serial reader (opened while the dialog is, a read fills directly), or pasted. A zone whose
// check digits hold is accepted with Enter (a wedge reader ends its last line with one); a zone
// with problems shows them and is taken only through "Fill anyway".
class MrzInputDialog : public QDialog
{
    Q_OBJECT

public:
    // `reader`: the serial reader to listen to while the dialog is open; none without a port.
    explicit MrzInputDialog(std::optional<SerialReaderOptions> reader, QWidget* parent = nullptr);
    ~MrzInputDialog() override;

    // What the text reads now, parsed against today's date.
    const MrzRecord& record() const { return m_record; }
    QString text() const;
    void setText(const QString& text);
    // Whether the clerk chose to fill from a zone with problems.
    bool filledAnyway() const { return m_filledAnyway; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void textChanged();
    void showRecord();
    void fromReader(const QString& lines);

    std::unique_ptr<Ui::MrzInputDialog> m_ui;
    SerialMrzReader* m_reader = nullptr;
    QString m_readerPort;
    QString m_readerError;
    bool m_readerOpen = false;
    MrzRecord m_record;
    bool m_normalising = false;
    bool m_filledAnyway = false;
};

} // namespace iin::ui
