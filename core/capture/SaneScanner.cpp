#include "core/capture/SaneScanner.h"

#include "core/capture/FrameAssembler.h"
#include "core/capture/ScannerErrors.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcScanner, "iin.scanner", QtWarningMsg)

namespace iin {

namespace {

// sane_init and sane_exit once for the process, whoever comes first and last.
QMutex libraryMutex;
int libraryUsers = 0;
SANE_Status libraryStatus = SANE_STATUS_GOOD;

// An open device, closed on every way out.
class OpenDevice
{
public:
    explicit OpenDevice(SANE_Handle handle) : m_handle(handle) {}
    ~OpenDevice()
    {
        sane_cancel(m_handle);
        sane_close(m_handle);
    }
    OpenDevice(const OpenDevice&) = delete;
    OpenDevice& operator=(const OpenDevice&) = delete;
    SANE_Handle handle() const { return m_handle; }

private:
    SANE_Handle m_handle;
};

struct Option
{
    SANE_Int index;
    const SANE_Option_Descriptor* descriptor;
};

std::optional<Option> findOption(SANE_Handle handle, const QString& name)
{
    SANE_Int count = 0;
    if (sane_control_option(handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        return std::nullopt;
    const QByteArray wanted = name.toUtf8();
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, i);
        if (d && d->name && d->type != SANE_TYPE_GROUP && wanted == d->name)
            return Option{i, d};
    }
    return std::nullopt;
}

QStringList stringList(const SANE_Option_Descriptor* d)
{
    QStringList list;
    if (d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
        for (const SANE_String_Const* s = d->constraint.string_list; *s; ++s)
            list << QString::fromUtf8(*s);
    return list;
}

double fromWord(const SANE_Option_Descriptor* d, SANE_Word w)
{
    return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
}

SANE_Word toWord(const SANE_Option_Descriptor* d, double v)
{
    return d->type == SANE_TYPE_FIXED ? SANE_FIX(v) : SANE_Word(std::lround(v));
}

// A number snapped to what the option allows: into the range and onto its steps, or to the
// nearest word of the list (as simple-scan does: a scanner offering 75/150/300 dpi gets 300
// for 280).
SANE_Word snapped(const SANE_Option_Descriptor* d, double value)
{
    if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
        const SANE_Range* r = d->constraint.range;
        const double min = fromWord(d, r->min);
        const double max = fromWord(d, r->max);
        const double quant = fromWord(d, r->quant);
        double v = std::clamp(value, min, max);
        if (quant > 0)
            v = std::clamp(min + std::round((v - min) / quant) * quant, min, max);
        return toWord(d, v);
    }
    if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        const SANE_Word* list = d->constraint.word_list;
        SANE_Word best = toWord(d, value);
        double bestDistance = -1;
        for (SANE_Int i = 1; i <= list[0]; ++i) {
            const double distance = std::abs(fromWord(d, list[i]) - value);
            if (bestDistance < 0 || distance < bestDistance) {
                best = list[i];
                bestDistance = distance;
            }
        }
        return best;
    }
    return toWord(d, value);
}

QString allowedText(const SANE_Option_Descriptor* d)
{
    switch (d->constraint_type) {
    case SANE_CONSTRAINT_STRING_LIST:
        return stringList(d).join(QStringLiteral(", "));
    case SANE_CONSTRAINT_RANGE:
        return QStringLiteral("%1..%2")
            .arg(fromWord(d, d->constraint.range->min))
            .arg(fromWord(d, d->constraint.range->max));
    default:
        return d->type == SANE_TYPE_BOOL ? QStringLiteral("yes, no") : QString();
    }
}

// Sets one option from text, as scanimage's `--name value` does.
Status setOption(SANE_Handle handle, const QString& name, const QString& value)
{
    const std::optional<Option> option = findOption(handle, name);
    if (!option)
        return ScannerErrors::unknownOption(name);
    const SANE_Option_Descriptor* d = option->descriptor;
    if (!SANE_OPTION_IS_ACTIVE(d->cap))
        return ScannerErrors::optionInactive(name);
    if (!SANE_OPTION_IS_SETTABLE(d->cap))
        return ScannerErrors::optionValue(name, value, {});
    const QString text = value.trimmed();
    SANE_Int info = 0;
    SANE_Status status = SANE_STATUS_GOOD;

    if ((d->cap & SANE_CAP_AUTOMATIC) && text.compare(u"auto", Qt::CaseInsensitive) == 0) {
        status = sane_control_option(handle, option->index, SANE_ACTION_SET_AUTO, nullptr, &info);
    } else {
        switch (d->type) {
        case SANE_TYPE_BOOL: {
            static const QStringList yes{QStringLiteral("yes"), QStringLiteral("true"),
                                         QStringLiteral("on"), QStringLiteral("1")};
            static const QStringList no{QStringLiteral("no"), QStringLiteral("false"),
                                        QStringLiteral("off"), QStringLiteral("0")};
            const QString lower = text.toLower();
            if (!yes.contains(lower) && !no.contains(lower))
                return ScannerErrors::optionValue(name, value, allowedText(d));
            SANE_Bool b = yes.contains(lower) ? SANE_TRUE : SANE_FALSE;
            status = sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE, &b, &info);
            break;
        }
        case SANE_TYPE_INT:
        case SANE_TYPE_FIXED: {
            // "300", "300dpi", "12.5mm": the number, without the unit scanimage prints.
            static const QRegularExpression number(
                QStringLiteral("^([-+]?[0-9]*\\.?[0-9]+)\\s*[a-zA-Z%]*$"));
            const QRegularExpressionMatch m = number.match(text);
            if (!m.hasMatch())
                return ScannerErrors::optionValue(name, value, allowedText(d));
            const SANE_Word w = snapped(d, m.captured(1).toDouble());
            // Array options (gamma tables) take the one value in every element.
            std::vector<SANE_Word> words(std::max<size_t>(1, d->size / sizeof(SANE_Word)), w);
            status = sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE, words.data(),
                                         &info);
            break;
        }
        case SANE_TYPE_STRING: {
            QByteArray chosen = text.toUtf8();
            if (d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
                const QStringList list = stringList(d);
                const auto it = std::find_if(list.cbegin(), list.cend(), [&](const QString& s) {
                    return s.compare(text, Qt::CaseInsensitive) == 0;
                });
                if (it == list.cend())
                    return ScannerErrors::optionValue(name, value, allowedText(d));
                chosen = it->toUtf8();
            }
            QByteArray buffer(std::max<SANE_Int>(d->size, SANE_Int(chosen.size() + 1)), '\0');
            std::memcpy(buffer.data(), chosen.constData(),
                        std::min<qsizetype>(chosen.size(), d->size - 1));
            buffer[d->size - 1] = '\0';
            status = sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE,
                                         buffer.data(), &info);
            break;
        }
        case SANE_TYPE_BUTTON:
            status =
                sane_control_option(handle, option->index, SANE_ACTION_SET_VALUE, nullptr, &info);
            break;
        default:
            return ScannerErrors::unknownOption(name);
        }
    }
    if (status == SANE_STATUS_INVAL)
        return ScannerErrors::optionValue(name, value, allowedText(d));
    if (status != SANE_STATUS_GOOD)
        return ScannerErrors::fromStatus(status);
    return {};
}

// The entry of a string-list option that a pattern picks, preferring an exact (case-blind) match
// of `exact` and skipping entries matched by `avoid`.
std::optional<QString> pickEntry(const QStringList& list, const QString& exact,
                                 const QRegularExpression& pattern,
                                 const QRegularExpression& avoid = QRegularExpression())
{
    for (const QString& s : list)
        if (s.compare(exact, Qt::CaseInsensitive) == 0)
            return s;
    for (const QString& s : list)
        if (s.contains(pattern) && (avoid.pattern().isEmpty() || !s.contains(avoid)))
            return s;
    for (const QString& s : list)
        if (s.contains(pattern))
            return s;
    return std::nullopt;
}

const QRegularExpression& feederPattern()
{
    static const QRegularExpression re(QStringLiteral("adf|feeder|automatic document"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Mode names differ between backends ("Color", "Colour", "24bit Color", "Gray", "Grayscale",
// "Lineart", "Binary"): pick by meaning, leave the device's own when nothing fits.
Status applyMode(SANE_Handle handle, ScanMode mode)
{
    if (mode == ScanMode::Default)
        return {};
    const std::optional<Option> option = findOption(handle, QStringLiteral(SANE_NAME_SCAN_MODE));
    if (!option || !SANE_OPTION_IS_SETTABLE(option->descriptor->cap))
        return {};
    const QStringList list = stringList(option->descriptor);
    std::optional<QString> entry;
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    if (mode == ScanMode::Color)
        entry = pickEntry(list, QStringLiteral(SANE_VALUE_SCAN_MODE_COLOR),
                          QRegularExpression(QStringLiteral("colou?r"), ci));
    else if (mode == ScanMode::Gray)
        entry = pickEntry(list, QStringLiteral(SANE_VALUE_SCAN_MODE_GRAY),
                          QRegularExpression(QStringLiteral("gr[ae]y"), ci));
    else
        entry = pickEntry(list, QStringLiteral(SANE_VALUE_SCAN_MODE_LINEART),
                          QRegularExpression(QStringLiteral("lineart|binary|black|halftone"), ci));
    if (!entry)
        return {};
    return setOption(handle, QStringLiteral(SANE_NAME_SCAN_MODE), *entry);
}

// Whether the source now chosen is a feeder (an empty feeder then ends a batch).
Status applySource(SANE_Handle handle, ScanSource source, bool* feeder)
{
    const std::optional<Option> option = findOption(handle, QStringLiteral(SANE_NAME_SCAN_SOURCE));
    const bool settable = option && SANE_OPTION_IS_ACTIVE(option->descriptor->cap) &&
                          SANE_OPTION_IS_SETTABLE(option->descriptor->cap);
    const QStringList list = settable ? stringList(option->descriptor) : QStringList();
    static const QRegularExpression duplex(QStringLiteral("duplex|back"),
                                           QRegularExpression::CaseInsensitiveOption);
    const std::optional<QString> adf =
        pickEntry(list, QStringLiteral("Automatic Document Feeder"), feederPattern(), duplex);
    *feeder = false;
    switch (source) {
    case ScanSource::Default:
        return {};
    case ScanSource::Flatbed: {
        static const QRegularExpression flatbed(QStringLiteral("flatbed|glass|normal"),
                                                QRegularExpression::CaseInsensitiveOption);
        const std::optional<QString> glass =
            pickEntry(list, QStringLiteral("Flatbed"), flatbed, feederPattern());
        if (!glass)
            return {};
        return setOption(handle, QStringLiteral(SANE_NAME_SCAN_SOURCE), *glass);
    }
    case ScanSource::Feeder:
    case ScanSource::FeederIfOffered:
        if (!adf)
            return source == ScanSource::Feeder ? Status(ScannerErrors::noFeeder()) : Status();
        *feeder = true;
        return setOption(handle, QStringLiteral(SANE_NAME_SCAN_SOURCE), *adf);
    }
    return {};
}

// The source's current value says "feeder" (it may have been set by a backend option).
bool feederSelected(SANE_Handle handle)
{
    const std::optional<Option> option = findOption(handle, QStringLiteral(SANE_NAME_SCAN_SOURCE));
    if (!option || option->descriptor->type != SANE_TYPE_STRING || option->descriptor->size <= 0)
        return false;
    QByteArray value(option->descriptor->size, '\0');
    if (sane_control_option(handle, option->index, SANE_ACTION_GET_VALUE, value.data(), nullptr) !=
        SANE_STATUS_GOOD)
        return false;
    return QString::fromUtf8(value.constData()).contains(feederPattern());
}

int currentDpi(SANE_Handle handle)
{
    const std::optional<Option> option =
        findOption(handle, QStringLiteral(SANE_NAME_SCAN_RESOLUTION));
    if (!option ||
        (option->descriptor->type != SANE_TYPE_INT && option->descriptor->type != SANE_TYPE_FIXED))
        return 0;
    std::vector<SANE_Word> words(std::max<size_t>(1, option->descriptor->size / sizeof(SANE_Word)));
    if (sane_control_option(handle, option->index, SANE_ACTION_GET_VALUE, words.data(), nullptr) !=
        SANE_STATUS_GOOD)
        return 0;
    return int(std::lround(fromWord(option->descriptor, words[0])));
}

FrameFormat frameFormat(const SANE_Parameters& p)
{
    FrameFormat f;
    switch (p.format) {
    case SANE_FRAME_RGB:
        f.kind = FrameFormat::Rgb;
        break;
    case SANE_FRAME_RED:
        f.kind = FrameFormat::Red;
        break;
    case SANE_FRAME_GREEN:
        f.kind = FrameFormat::Green;
        break;
    case SANE_FRAME_BLUE:
        f.kind = FrameFormat::Blue;
        break;
    default:
        f.kind = FrameFormat::Gray;
        break;
    }
    f.bytesPerLine = p.bytes_per_line;
    f.pixelsPerLine = p.pixels_per_line;
    f.lines = p.lines;
    f.depth = p.depth;
    return f;
}

// One page: a frame, or three for a three-pass scanner, each started with sane_start.
Result<QImage> scanPage(SANE_Handle handle, const std::atomic_bool& cancel)
{
    FrameAssembler assembler;
    std::vector<SANE_Byte> buffer(64 * 1024);
    for (;;) {
        if (cancel)
            return ScannerErrors::cancelled();
        SANE_Status status = sane_start(handle);
        if (status != SANE_STATUS_GOOD)
            return ScannerErrors::fromStatus(status);
        SANE_Parameters p;
        status = sane_get_parameters(handle, &p);
        if (status != SANE_STATUS_GOOD)
            return ScannerErrors::fromStatus(status);
        if (p.format != SANE_FRAME_GRAY && p.format != SANE_FRAME_RGB &&
            p.format != SANE_FRAME_RED && p.format != SANE_FRAME_GREEN &&
            p.format != SANE_FRAME_BLUE)
            return ScannerErrors::badImage();
        QByteArray data;
        if (p.lines > 0 && p.bytes_per_line > 0)
            data.reserve(qsizetype(p.lines) * p.bytes_per_line);
        for (;;) {
            if (cancel) {
                sane_cancel(handle);
                return ScannerErrors::cancelled();
            }
            SANE_Int length = 0;
            status = sane_read(handle, buffer.data(), SANE_Int(buffer.size()), &length);
            if (status == SANE_STATUS_EOF)
                break;
            if (status != SANE_STATUS_GOOD)
                return ScannerErrors::fromStatus(status);
            data.append(reinterpret_cast<const char*>(buffer.data()), length);
        }
        if (const Status added = assembler.addFrame(frameFormat(p), data); !added)
            return added.error();
        if (p.last_frame)
            break;
    }
    return assembler.image();
}

} // namespace

SaneScanner::SaneScanner()
{
    QMutexLocker lock(&libraryMutex);
    if (libraryUsers++ == 0) {
        SANE_Int version = 0;
        libraryStatus = sane_init(&version, nullptr);
    }
    if (libraryStatus != SANE_STATUS_GOOD)
        m_ready = ScannerErrors::unavailable(QString::fromUtf8(sane_strstatus(libraryStatus)));
}

SaneScanner::~SaneScanner()
{
    QMutexLocker lock(&libraryMutex);
    if (--libraryUsers == 0 && libraryStatus == SANE_STATUS_GOOD)
        sane_exit();
}

Result<ScanDevices> SaneScanner::devices()
{
    if (!m_ready)
        return m_ready.error();
    const SANE_Device** list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD)
        return ScannerErrors::fromStatus(status);
    ScanDevices devices;
    for (const SANE_Device** d = list; d && *d; ++d)
        devices.append({QString::fromUtf8((*d)->name), QString::fromUtf8((*d)->vendor),
                        QString::fromUtf8((*d)->model), QString::fromUtf8((*d)->type)});
    return devices;
}

ScanOutcome SaneScanner::scan(const ScanRequest& request, const std::atomic_bool& cancel,
                              const std::function<void(const ScannedPage&)>& onPage)
{
    ScanOutcome outcome;
    if (!m_ready) {
        outcome.error = m_ready.error();
        return outcome;
    }
    SANE_Handle handle = nullptr;
    const SANE_Status opened = sane_open(request.device.toUtf8().constData(), &handle);
    if (opened != SANE_STATUS_GOOD) {
        outcome.error = ScannerErrors::fromStatus(opened, true);
        return outcome;
    }
    OpenDevice device(handle);

    bool feeder = false;
    Status applied = applyMode(handle, request.mode);
    if (applied && request.dpi > 0)
        applied = setOption(handle, QStringLiteral(SANE_NAME_SCAN_RESOLUTION),
                            QString::number(request.dpi));
    if (applied)
        applied = applySource(handle, request.source, &feeder);
    for (const ScanOption& option : request.options) {
        if (!applied)
            break;
        applied = setOption(handle, option.name, option.value);
    }
    if (!applied) {
        outcome.error = applied.error();
        return outcome;
    }
    feeder = feeder || feederSelected(handle);
    const int dpi = currentDpi(handle);
    const int pages = request.pages > 0 ? request.pages : (feeder ? -1 : 1);
    qCDebug(lcScanner) << "scanning"
                       << (pages < 0 ? QStringLiteral("until empty") : QString::number(pages))
                       << "pages at" << dpi << "dpi" << (feeder ? "from the feeder" : "");

    for (int n = 0; pages < 0 || n < pages; ++n) {
        Result<QImage> image = scanPage(handle, cancel);
        if (!image) {
            // The feeder ran out after at least one page: the batch is done.
            if (image.error().code == ScannerErrors::NoDocuments && !outcome.pages.isEmpty())
                break;
            outcome.error = image.error();
            break;
        }
        ScannedPage page{std::move(image).value(), dpi};
        if (dpi > 0) {
            const int dotsPerMeter = int(std::lround(dpi / 0.0254));
            page.image.setDotsPerMeterX(dotsPerMeter);
            page.image.setDotsPerMeterY(dotsPerMeter);
        }
        outcome.pages.append(page);
        if (onPage)
            onPage(page);
        // A feeder goes on to the next sheet with sane_start alone; from the glass each page is
        // a scan of its own.
        if (!feeder)
            sane_cancel(handle);
    }
    return outcome;
}

} // namespace iin
