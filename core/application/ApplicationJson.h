#pragma once

#include "core/application/Application.h"
#include "core/base/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace iin {

struct ApplicationParse
{
    std::optional<Application> application; // set only when `problems` is empty
    Problems problems; // each names the field by its JSON path, e.g. "identity_document.number"
};

// The documented JSON application format (docs/application-format.md): what the CLI reads and
// the desk imports and exports. Parsing is strict: unknown fields, wrong types and missing
// required fields are rejected; any bytes at all give problems, never a crash.
class ApplicationJson
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationJson)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype MaxBytes = 4 * 1024 * 1024;
    // Deepest nesting of objects and arrays accepted; the format itself needs 3.
    static constexpr int MaxDepth = 8;

    static ApplicationParse parse(const QByteArray& json);
    static ApplicationParse fromObject(const QJsonObject& object);
    // An unfinished application as the desk keeps it in a draft: like fromObject, but required
    // fields may be missing (their problems are returned along with the application).
    static ApplicationParse parseDraft(const QJsonObject& object);
    static QJsonObject toJson(const Application& application);
    static QByteArray toBytes(const Application& application); // compact UTF-8

private:
    static ApplicationParse read(const QJsonObject& object, bool draft);
};

} // namespace iin
