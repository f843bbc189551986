#pragma once

#include "core/operators/Role.h"

#include <QDateTime>
#include <QString>

namespace iin {

// A person who works at the desk, as the operator directory knows them (never the password).
struct Operator
{
    qint64 id = 0;
    QString login;
    QString fullName;
    Role role = Role::Clerk;
    QString language; // "kk", "ru" or "en": applied at login
    bool active = true;

    friend bool operator==(const Operator&, const Operator&) = default;
};

} // namespace iin
