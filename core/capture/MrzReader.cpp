#include "core/capture/MrzReader.h"

#include "core/capture/MrzBandFinder.h"
#include "core/capture/MrzCellClassifier.h"
#include "core/capture/MrzCorrector.h"
#include "core/capture/MrzLayout.h"
#include "core/capture/MrzParser.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace iin {

namespace {

// Candidates read at most: the finder puts the likely ones first.
constexpr int MaxBands = 4;
// A first pass reads every third cell with templates shifted up to 3 pixels, enough to tell
// which way round the band lies and where its characters really are.
constexpr int SurveyStride = 3;
constexpr int SurveyReach = 3;
constexpr int ReadReach = 2;
// Below this mean correlation a band is not text in OCR-B.
constexpr double MinimumConfidence = 0.45;

struct Survey
{
    double score = 0;
    MrzBand band;
};

// A straight line through (index, shift) pairs, fitted twice: the second time without the cells
// that disagreed (a wrong glyph fits anywhere).
std::pair<double, double> fitShifts(const QList<std::pair<int, double>>& points)
{
    auto fit = [](const QList<std::pair<int, double>>& pts) -> std::pair<double, double> {
        if (pts.size() < 2)
            return {pts.isEmpty() ? 0.0 : pts.constFirst().second, 0.0};
        double n = 0, si = 0, ss = 0, sii = 0, sis = 0;
        for (const auto& [i, s] : pts) {
            n += 1;
            si += i;
            ss += s;
            sii += double(i) * i;
            sis += i * s;
        }
        const double det = n * sii - si * si;
        const double slope = det > 0 ? (n * sis - si * ss) / det : 0;
        return {(ss - slope * si) / n, slope};
    };
    const auto first = fit(points);
    QList<std::pair<int, double>> kept;
    for (const auto& p : points)
        if (std::abs(first.first + first.second * p.first - p.second) <= 1.5)
            kept.append(p);
    return kept.size() >= 2 ? fit(kept) : first;
}

// Surveys one way of reading a band and moves its lines onto the characters found.
Survey survey(const MrzCellClassifier& classifier, const MrzBand& band)
{
    Survey result;
    result.band = band;
    double total = 0;
    int cells = 0;
    for (MrzLineGeometry& line : result.band.lines) {
        QList<std::pair<int, double>> dxs;
        QList<std::pair<int, double>> dys;
        for (int i = 0; i < band.length; i += SurveyStride) {
            const MrzCellMatch match = classifier.classify(line, i, SurveyReach);
            total += match.scores[size_t(match.best)];
            ++cells;
            dxs.append({i, double(match.dx)});
            dys.append({i, double(match.dy)});
        }
        const auto [x0, x1] = fitShifts(dxs);
        const auto [y0, y1] = fitShifts(dys);
        const QPointF along = line.step / MrzGlyphs::Pitch;
        const QPointF down = line.down() / MrzGlyphs::Pitch;
        line.origin += x0 * along + y0 * down;
        line.step += x1 * along + y1 * down;
    }
    result.score = cells > 0 ? total / cells : 0;
    return result;
}

// The mean best score over the survey's cells with another set of templates.
double surveyScore(const MrzCellClassifier& classifier, const MrzBand& band)
{
    double total = 0;
    int cells = 0;
    for (const MrzLineGeometry& line : band.lines) {
        for (int i = 0; i < band.length; i += SurveyStride) {
            const MrzCellMatch match = classifier.classify(line, i, ReadReach);
            total += match.scores[size_t(match.best)];
            ++cells;
        }
    }
    return cells > 0 ? total / cells : 0;
}

std::optional<MrzReading> readBand(const MrzCellClassifier& sharp, const MrzCellClassifier& soft,
                                   const MrzBand& band, const QDate& today)
{
    const Survey ahead = survey(sharp, band);
    const Survey behind = survey(sharp, band.reversed());
    const Survey& chosen = ahead.score >= behind.score ? ahead : behind;
    if (chosen.score < MinimumConfidence)
        return std::nullopt;
    // A soft scan matches the soft glyphs better; the survey's cells tell which set fits.
    const MrzCellClassifier& classifier =
        surveyScore(soft, chosen.band) > surveyScore(sharp, chosen.band) ? soft : sharp;

    MrzScoreSheet sheet;
    sheet.alphabet = MrzGlyphs::ocrB().alphabet();
    QStringList raw;
    double total = 0;
    for (const MrzLineGeometry& line : chosen.band.lines) {
        QList<std::vector<float>> row;
        QString text;
        for (int i = 0; i < chosen.band.length; ++i) {
            MrzCellMatch match = classifier.classify(line, i, ReadReach);
            total += match.scores[size_t(match.best)];
            text.append(sheet.alphabet[match.best]);
            row.append(std::move(match.scores));
        }
        sheet.scores.append(row);
        raw.append(text);
    }
    const std::optional<MrzFormat> format = MrzLayout::guess(raw);
    if (!format)
        return std::nullopt;
    MrzReading reading;
    reading.lines = MrzCorrector::correct(MrzLayout::of(*format), sheet);
    reading.record = MrzParser::parse(reading.lines, today);
    reading.confidence = total / (chosen.band.length * chosen.band.lines.size());
    return reading;
}

} // namespace

Result<MrzReading> MrzReader::read(const MrzPageImage& page, const QDate& today)
{
    const MrzGlyphs& glyphs = MrzGlyphs::ocrB();
    if (!glyphs.isValid())
        return Error{QStringLiteral("mrz.font_missing"),
                     tr("The OCR-B font needed to read the MRZ could not be loaded.")};
    const MrzGlyphs& softGlyphs = MrzGlyphs::ocrBSoft();
    const MrzCellClassifier sharp(page.grey(), glyphs);
    const MrzCellClassifier soft(page.grey(), softGlyphs);
    std::optional<MrzReading> best;
    const QList<MrzBand> bands = MrzBandFinder::find(page);
    for (qsizetype i = 0; i < bands.size() && i < MaxBands; ++i) {
        std::optional<MrzReading> reading = readBand(sharp, soft, bands[i], today);
        if (!reading)
            continue;
        const bool better =
            !best || (reading->record.valid && !best->record.valid) ||
            (reading->record.valid == best->record.valid && reading->confidence > best->confidence);
        if (better)
            best = std::move(reading);
        if (best->record.valid)
            break;
    }
    if (!best)
        return Error{QStringLiteral("mrz.not_found"),
                     tr("No machine-readable zone was found on the page.")};
    return std::move(*best);
}

Result<MrzReading> MrzReader::readFile(const QString& path, const QDate& today)
{
    Result<MrzPageImage> page = MrzPageImage::load(path);
    if (!page)
        return page.error();
    return read(*page, today);
}

} // namespace iin
