#include "core/office/ShiftReportCsv.h"

#include "core/office/ShiftReportLabels.h"

namespace iin::ShiftReportCsv {

namespace {

QString quoted(const QString& field)
{
    if (!field.contains(u';') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString time(const QDateTime& t)
{
    // Local time, as the desk shows it: a spreadsheet reads "2026-12-06 09:15" as a date.
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

QString row(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields)
        out.append(quoted(f));
    return out.join(u';');
}

QByteArray write(const ShiftReportData& r)
{
    QStringList rows;
    rows << row(
        {QStringLiteral("key"), ShiftReportLabels::tr("Label"), ShiftReportLabels::tr("Value")});
    rows << row({QStringLiteral("office"), ShiftReportLabels::tr("Office"), r.office});
    rows << row({QStringLiteral("desk"), ShiftReportLabels::tr("Desk"), r.desk});
    rows << row({QStringLiteral("operator"), ShiftReportLabels::tr("Operator"),
                 r.operatorId.isEmpty() ? ShiftReportLabels::tr("all") : r.operatorId});
    rows << row(
        {QStringLiteral("from"), ShiftReportLabels::tr("From"), r.from.toString(Qt::ISODate)});
    rows << row({QStringLiteral("to"), ShiftReportLabels::tr("To"), r.to.toString(Qt::ISODate)});
    rows << row(
        {QStringLiteral("generated_at"), ShiftReportLabels::tr("Made"), time(r.generatedAt)});
    for (const ShiftReportLine& line : ShiftReportLabels::counts(r.counts))
        rows << row({line.key, line.label, QString::number(line.value)});
    rows << QString();
    rows << row(
        {QStringLiteral("blanks"), ShiftReportLabels::tr("Label"), ShiftReportLabels::tr("Value")});
    for (const ShiftReportLine& line : ShiftReportLabels::blanks(r.blanks.balance))
        rows << row({line.key, line.label, QString::number(line.value)});
    rows << QString();
    rows << row({QStringLiteral("spoiled_serial"), ShiftReportLabels::tr("Reason"),
                 ShiftReportLabels::tr("Countersigned by")});
    for (const SpoiledBlank& b : r.blanks.balance.spoiledBlanks)
        rows << row({QString::number(b.serial), b.reason, b.countersignedBy});
    rows << QString();
    rows << row({QStringLiteral("exception"), ShiftReportLabels::tr("What"),
                 ShiftReportLabels::tr("Registration number"), ShiftReportLabels::tr("Operator"),
                 ShiftReportLabels::tr("Since"), ShiftReportLabels::tr("Detail")});
    for (const OfficeException& e : r.exceptions)
        rows << row({OfficeException::code(e.kind), OfficeException::title(e.kind),
                     e.registrationNumber, e.operatorId, time(e.since), e.detail});
    QByteArray out("\xEF\xBB\xBF");
    out += rows.join(QStringLiteral("\r\n")).toUtf8();
    out += "\r\n";
    return out;
}

} // namespace iin::ShiftReportCsv
