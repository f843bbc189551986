#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace iin {

struct RuleSetData; // the parsed edition: requirements, conditions, references, messages

// One edition of the rules' document checklist (Annex 3 row 8) and field requirements, loaded
// from a versioned data file (resources/rules/*.json, embedded). Every application records the
// edition it was checked against.
class RuleSet
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)

public:
    // The embedded editions, oldest first, e.g. "2022-02".
    static QStringList editions();
    // A named embedded edition, or the one in force on `date` (the latest whose effective date
    // is not after it).
    static Result<RuleSet> edition(const QString& id);
    static Result<RuleSet> effectiveOn(const QDate& date);
    // A rule set from a data file (for administrators testing a new edition).
    static Result<RuleSet> fromFile(const QString& path);

    QString id() const;
    QDate effectiveFrom() const;
    const RuleSetData& data() const { return *m_data; }

private:
    explicit RuleSet(std::shared_ptr<const RuleSetData> data) : m_data(std::move(data)) {}
    std::shared_ptr<const RuleSetData> m_data;
};

} // namespace iin
