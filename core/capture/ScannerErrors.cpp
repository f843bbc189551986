#include "core/capture/ScannerErrors.h"

#include <sane/sane.h>

namespace iin {

Error ScannerErrors::fromStatus(int saneStatus, bool opening)
{
    switch (saneStatus) {
    case SANE_STATUS_JAMMED:
        return {Jammed, tr("The document feeder is jammed. Clear the paper path and scan again; "
                           "the pages scanned so far are kept.")};
    case SANE_STATUS_NO_DOCS:
        return {NoDocuments,
                tr("The document feeder is empty. Put the pages in the feeder and scan again.")};
    case SANE_STATUS_COVER_OPEN:
        return {CoverOpen, tr("The scanner's cover is open. Close it and scan again.")};
    case SANE_STATUS_DEVICE_BUSY:
        return {Busy, tr("The scanner is busy (another program may be using it). Wait a moment "
                         "and scan again.")};
    case SANE_STATUS_IO_ERROR:
        return {IoError, tr("The scanner stopped answering (is it switched on and connected?). "
                            "Check the cable and scan again.")};
    case SANE_STATUS_NO_MEM:
        return {NoMemory, tr("Not enough memory for this scan. Choose a lower resolution.")};
    case SANE_STATUS_ACCESS_DENIED:
        return {AccessDenied, tr("This user may not use the scanner. Ask the administrator to "
                                 "give the desk's account access to scanners.")};
    case SANE_STATUS_INVAL:
        if (opening)
            return {DeviceNotFound, tr("The scanner is not connected any more or its name "
                                       "changed. Refresh the list of scanners.")};
        return {Failed, tr("The scanner refused the settings of this scan.")};
    case SANE_STATUS_UNSUPPORTED:
        return {Unsupported, tr("The scanner cannot do this.")};
    case SANE_STATUS_CANCELLED:
        return cancelled();
    default:
        return {Failed, tr("The scanner reported an error (%1).")
                            .arg(QString::fromUtf8(sane_strstatus(SANE_Status(saneStatus))))};
    }
}

Error ScannerErrors::unavailable(const QString& detail)
{
    return {Unavailable, tr("Scanners cannot be used on this computer: %1").arg(detail)};
}

Error ScannerErrors::cancelled()
{
    return {Cancelled, tr("The scan was cancelled; the pages scanned before are kept.")};
}

Error ScannerErrors::noFeeder()
{
    return {NoFeeder, tr("This scanner has no document feeder. Scan the pages one by one from "
                         "the glass.")};
}

Error ScannerErrors::unknownOption(const QString& name)
{
    return {UnknownOption, tr("The scanner has no option \"%1\".").arg(name)};
}

Error ScannerErrors::optionInactive(const QString& name)
{
    return {OptionInactive,
            tr("The scanner's option \"%1\" cannot be set in its present mode.").arg(name)};
}

Error ScannerErrors::optionValue(const QString& name, const QString& value, const QString& allowed)
{
    if (allowed.isEmpty())
        return {OptionValue,
                tr("The scanner's option \"%1\" does not take \"%2\".").arg(name, value)};
    return {OptionValue, tr("The scanner's option \"%1\" does not take \"%2\"; it takes %3.")
                             .arg(name, value, allowed)};
}

Error ScannerErrors::badImage()
{
    return {BadImage, tr("The scanner sent an image the desk cannot read.")};
}

} // namespace iin
