#pragma once

#include "core/operators/Role.h"

#include <QCoreApplication>

class QMessageBox;
class QWidget;

namespace iin::ui {

// What the desk tells about itself: the training banner, the hint on an empty work area, and the
// Help menu's boxes
// (non-modal, over the main window, gone when closed). The texts keep the main window's
// translation context: they were its own, and the catalogues translate them there.
class DeskHelp
{
    Q_DECLARE_TR_FUNCTIONS(iin::ui::MainWindow)

public:
    // In both state languages at once, whatever the interface language (as on the printed
    // documents); an English interface adds its own words.
    static QString trainingBanner();
    // What to press first, for what `role` may do.
    static QString welcome(Role role);
    // The shortcuts of what `role` may do; the journal's own only with `journal`.
    static QMessageBox* showShortcuts(QWidget* parent, Role role, bool journal);
    static QMessageBox* showAbout(QWidget* parent);
};

} // namespace iin::ui
