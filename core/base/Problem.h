#pragma once

#include <QList>
#include <QString>

namespace iin {

// One thing wrong (or worth a warning) with a piece of input: a stable code for programs and
// tests, the field it concerns, and a message already translated for the person at the desk.
struct Problem
{
    QString code;
    QString field;
    QString message;

    friend bool operator==(const Problem&, const Problem&) = default;
};

using Problems = QList<Problem>;

} // namespace iin
