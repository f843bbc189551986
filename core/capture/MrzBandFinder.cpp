#include "core/capture/MrzBandFinder.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <vector>

namespace iin {

MrzBand MrzBand::reversed() const
{
    MrzBand band;
    band.length = length;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        band.lines.append({it->cellCentre(length - 1), -it->step});
    return band;
}

namespace {

// The reduced page is searched at about this resolution: a zone's characters are then some 14
// pixels high, enough to keep neighbours apart and few enough pixels to label fast.
constexpr int WorkingDpi = 150;
constexpr int LongSideWithoutDpi = 1800;

struct Mark
{
    double a = 0;  // along the rows searched
    double b = 0;  // across them
    double eb = 0; // extent across: the character's height
};

struct Row
{
    std::vector<int> marks; // indices, in order along
    double aFirst = 0;
    double aLast = 0;
    double alpha = 0; // b = alpha + beta * a
    double beta = 0;
    double pitch = 0;
    double height = 0;

    double bAt(double a) const { return alpha + beta * a; }
    double count() const { return (aLast - aFirst) / pitch + 1; }
};

QImage reduce(const QImage& grey, int factor)
{
    if (factor <= 1)
        return grey;
    const int w = grey.width() / factor;
    const int h = grey.height() / factor;
    QImage out(w, h, QImage::Format_Grayscale8);
    std::vector<int> sums(static_cast<size_t>(w));
    for (int y = 0; y < h; ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int sy = 0; sy < factor; ++sy) {
            const uchar* row = grey.constScanLine(y * factor + sy);
            for (int x = 0; x < w; ++x)
                for (int sx = 0; sx < factor; ++sx)
                    sums[size_t(x)] += row[x * factor + sx];
        }
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < w; ++x)
            dst[x] = uchar(sums[size_t(x)] / (factor * factor));
    }
    return out;
}

// Otsu's threshold: the grey level that best splits the page into ink and paper.
int otsuThreshold(const QImage& grey)
{
    std::array<double, 256> histogram{};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++histogram[row[x]];
    }
    const double total = double(grey.width()) * grey.height();
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += i * histogram[size_t(i)];
    double weightBelow = 0;
    double sumBelow = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weightBelow += histogram[size_t(t)];
        if (weightBelow == 0 || weightBelow == total)
            continue;
        sumBelow += t * histogram[size_t(t)];
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sumAll - sumBelow) / (total - weightBelow);
        const double between =
            weightBelow * (total - weightBelow) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

struct Box
{
    int minX = 0, minY = 0, maxX = 0, maxY = 0, area = 0;
};

int findRoot(std::vector<int>& parent, int i)
{
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

// Connected dark regions (8-neighbourhood), two passes with union-find.
std::vector<Box> darkRegions(const QImage& grey, int threshold)
{
    const int w = grey.width();
    const int h = grey.height();
    std::vector<int> labels(size_t(w) * h, -1);
    std::vector<int> parent;
    for (int y = 0; y < h; ++y) {
        const uchar* row = grey.constScanLine(y);
        int* lab = labels.data() + size_t(y) * w;
        const int* up = y > 0 ? lab - w : nullptr;
        for (int x = 0; x < w; ++x) {
            if (row[x] > threshold)
                continue;
            int label = -1;
            const int neighbours[4] = {x > 0 ? lab[x - 1] : -1, up && x > 0 ? up[x - 1] : -1,
                                       up ? up[x] : -1, up && x + 1 < w ? up[x + 1] : -1};
            for (int n : neighbours) {
                if (n < 0)
                    continue;
                if (label < 0) {
                    label = n;
                } else if (n != label) {
                    const int ra = findRoot(parent, label);
                    const int rb = findRoot(parent, n);
                    if (ra != rb)
                        parent[size_t(std::max(ra, rb))] = std::min(ra, rb);
                }
            }
            if (label < 0) {
                label = int(parent.size());
                parent.push_back(label);
            }
            lab[x] = label;
        }
    }
    std::vector<int> index(parent.size(), -1);
    std::vector<Box> boxes;
    for (int y = 0; y < h; ++y) {
        const int* lab = labels.data() + size_t(y) * w;
        for (int x = 0; x < w; ++x) {
            if (lab[x] < 0)
                continue;
            const int root = findRoot(parent, lab[x]);
            int& i = index[size_t(root)];
            if (i < 0) {
                i = int(boxes.size());
                boxes.push_back({x, y, x, y, 0});
            }
            Box& b = boxes[size_t(i)];
            b.minX = std::min(b.minX, x);
            b.maxX = std::max(b.maxX, x);
            b.minY = std::min(b.minY, y);
            b.maxY = std::max(b.maxY, y);
            ++b.area;
        }
    }
    return boxes;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

void fit(Row& row, const std::vector<Mark>& marks)
{
    double sa = 0, sb = 0, saa = 0, sab = 0;
    const double n = double(row.marks.size());
    for (int i : row.marks) {
        sa += marks[size_t(i)].a;
        sb += marks[size_t(i)].b;
        saa += marks[size_t(i)].a * marks[size_t(i)].a;
        sab += marks[size_t(i)].a * marks[size_t(i)].b;
    }
    const double det = n * saa - sa * sa;
    row.beta = det > 0 ? (n * sab - sa * sb) / det : 0;
    row.alpha = (sb - row.beta * sa) / n;
    row.aFirst = marks[size_t(row.marks.front())].a;
    row.aLast = marks[size_t(row.marks.back())].a;
    std::vector<double> gaps;
    std::vector<double> heights;
    for (size_t k = 0; k < row.marks.size(); ++k) {
        heights.push_back(marks[size_t(row.marks[k])].eb);
        if (k > 0)
            gaps.push_back(marks[size_t(row.marks[k])].a - marks[size_t(row.marks[k - 1])].a);
    }
    row.pitch = median(gaps);
    // The capitals' height: the taller half of the marks ('<' is smaller).
    std::sort(heights.begin(), heights.end());
    row.height = heights[heights.size() * 3 / 4];
}

bool regular(const Row& row, const std::vector<Mark>& marks)
{
    int even = 0;
    for (size_t k = 1; k < row.marks.size(); ++k) {
        const double gap = marks[size_t(row.marks[k])].a - marks[size_t(row.marks[k - 1])].a;
        even += (gap > 0.75 * row.pitch && gap < 1.25 * row.pitch) ? 1 : 0;
    }
    return even >= 0.6 * double(row.marks.size() - 1);
}

// Rows of evenly spaced marks of similar size, joined across a missing or merged character.
std::vector<Row> rowsOfMarks(const std::vector<Mark>& marks)
{
    std::vector<int> order(marks.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int l, int r) { return marks[size_t(l)].a < marks[size_t(r)].a; });
    double tallest = 0;
    for (const Mark& m : marks)
        tallest = std::max(tallest, m.eb);
    std::vector<int> next(marks.size(), -1);
    std::vector<int> previous(marks.size(), -1);
    for (size_t oi = 0; oi < order.size(); ++oi) {
        const Mark& m = marks[size_t(order[oi])];
        for (size_t oj = oi + 1; oj < order.size(); ++oj) {
            const Mark& n = marks[size_t(order[oj])];
            const double da = n.a - m.a;
            if (da > 2.6 * tallest)
                break;
            const double size = std::max(m.eb, n.eb);
            if (da < 0.35 * size || da > 2.6 * size || std::abs(n.b - m.b) > 0.3 * size ||
                std::min(m.eb, n.eb) < 0.3 * size || previous[size_t(order[oj])] >= 0)
                continue;
            next[size_t(order[oi])] = order[oj];
            previous[size_t(order[oj])] = order[oi];
            break;
        }
    }
    std::vector<Row> rows;
    for (int start : order) {
        if (previous[size_t(start)] >= 0 || next[size_t(start)] < 0)
            continue;
        Row row;
        for (int i = start; i >= 0; i = next[size_t(i)])
            row.marks.push_back(i);
        if (row.marks.size() < 8)
            continue;
        fit(row, marks);
        if (regular(row, marks))
            rows.push_back(std::move(row));
    }
    // Join pieces of one row broken by a smudge or by characters run together.
    std::sort(rows.begin(), rows.end(),
              [](const Row& l, const Row& r) { return l.aFirst < r.aFirst; });
    for (bool joined = true; joined;) {
        joined = false;
        for (size_t i = 0; i < rows.size() && !joined; ++i) {
            for (size_t j = 0; j < rows.size() && !joined; ++j) {
                Row& l = rows[i];
                const Row& r = rows[j];
                if (i == j || r.aFirst <= l.aLast)
                    continue;
                const double gap = r.aFirst - l.aLast;
                if (std::abs(r.pitch - l.pitch) > 0.15 * l.pitch || gap < 0.5 * l.pitch ||
                    gap > 4.5 * l.pitch ||
                    std::abs(l.bAt(r.aFirst) - r.bAt(r.aFirst)) > 0.4 * l.height)
                    continue;
                l.marks.insert(l.marks.end(), r.marks.begin(), r.marks.end());
                fit(l, marks);
                rows.erase(rows.begin() + qsizetype(j));
                joined = true;
            }
        }
    }
    return rows;
}

struct Candidate
{
    MrzBand band;
    double error = 0;
};

// Two or three neighbouring rows of one zone: parallel, the same pitch, the same extent, about
// 4.23 mm apart (1.67 pitches).
void collectBands(const std::vector<Row>& allRows, bool down, double factor,
                  std::vector<Candidate>& out)
{
    std::vector<Row> rows;
    for (const Row& r : allRows)
        if (r.marks.size() >= 15 && r.count() >= 25 && r.count() <= 49)
            rows.push_back(r);
    std::sort(rows.begin(), rows.end(), [](const Row& l, const Row& r) {
        return l.bAt((l.aFirst + l.aLast) / 2) < r.bAt((r.aFirst + r.aLast) / 2);
    });
    auto fits = [](const Row& upper, const Row& lower) {
        const double mid = (upper.aFirst + upper.aLast) / 2;
        const double spacing = lower.bAt(mid) - upper.bAt(mid);
        return std::abs(upper.pitch - lower.pitch) < 0.12 * upper.pitch &&
               std::abs(upper.aFirst - lower.aFirst) < 2.5 * upper.pitch &&
               std::abs(upper.aLast - lower.aLast) < 2.5 * upper.pitch &&
               spacing > 1.2 * upper.pitch && spacing < 2.3 * upper.pitch;
    };
    auto add = [&](const std::vector<const Row*>& group) {
        double estimate = 0;
        for (const Row* r : group)
            estimate += r->count();
        estimate /= double(group.size());
        const std::array<int, 3> lengths = {30, 36, 44};
        for (int length : lengths) {
            if ((group.size() == 3) != (length == 30))
                continue;
            const double error = std::abs(estimate - length);
            if (error > 4)
                continue;
            Candidate c;
            c.band.length = length;
            c.error = error;
            std::vector<double> firsts;
            std::vector<double> lasts;
            for (const Row* r : group) {
                firsts.push_back(r->aFirst);
                lasts.push_back(r->aLast);
            }
            const double firstMedian = median(firsts);
            const double lastMedian = median(lasts);
            for (const Row* r : group) {
                // A speck that joined one row's end would stretch it: the other rows decide.
                double a0 = r->aFirst;
                double a1 = r->aLast;
                if (std::abs(a0 - firstMedian) > 0.5 * r->pitch)
                    a0 = firstMedian;
                if (std::abs(a1 - lastMedian) > 0.5 * r->pitch)
                    a1 = lastMedian;
                const double da = (a1 - a0) / (length - 1);
                const QPointF originAB(a0, r->bAt(a0));
                const QPointF stepAB(da, da * r->beta);
                QPointF origin = down ? QPointF(originAB.y(), originAB.x()) : originAB;
                QPointF step = down ? QPointF(stepAB.y(), stepAB.x()) : stepAB;
                origin = (origin + QPointF(0.5, 0.5)) * factor - QPointF(0.5, 0.5);
                step *= factor;
                c.band.lines.append({origin, step});
            }
            // Top to bottom as the band reads in its own direction.
            std::sort(c.band.lines.begin(), c.band.lines.end(),
                      [](const MrzLineGeometry& l, const MrzLineGeometry& r) {
                          const QPointF d = l.down();
                          return QPointF::dotProduct(l.origin, d) <
                                 QPointF::dotProduct(r.origin, d);
                      });
            out.push_back(std::move(c));
        }
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        for (size_t j = i + 1; j < rows.size(); ++j) {
            if (!fits(rows[i], rows[j]))
                continue;
            add({&rows[i], &rows[j]});
            for (size_t k = j + 1; k < rows.size(); ++k)
                if (fits(rows[j], rows[k]))
                    add({&rows[i], &rows[j], &rows[k]});
        }
    }
}

} // namespace

QList<MrzBand> MrzBandFinder::find(const MrzPageImage& page)
{
    const QImage& grey = page.grey();
    if (grey.isNull())
        return {};
    const int longSide = std::max(grey.width(), grey.height());
    const int factor = page.dpi() > 0 ? std::max(1, qRound(double(page.dpi()) / WorkingDpi))
                                      : std::max(1, longSide / LongSideWithoutDpi);
    const QImage work = reduce(grey, factor);
    const std::vector<Box> boxes = darkRegions(work, otsuThreshold(work));

    const int maxSize = std::max(work.width(), work.height()) / 6;
    std::vector<Mark> across; // rows running left to right
    std::vector<Mark> down;   // rows running up or down the page
    for (const Box& b : boxes) {
        const int w = b.maxX - b.minX + 1;
        const int h = b.maxY - b.minY + 1;
        if (b.area < 4 || std::max(w, h) > maxSize || std::max(w, h) < 4)
            continue;
        const double cx = (b.minX + b.maxX) / 2.0;
        const double cy = (b.minY + b.maxY) / 2.0;
        if (w <= 3 * h)
            across.push_back({cx, cy, double(h)});
        if (h <= 3 * w)
            down.push_back({cy, cx, double(w)});
    }
    std::vector<Candidate> candidates;
    collectBands(rowsOfMarks(across), false, factor, candidates);
    collectBands(rowsOfMarks(down), true, factor, candidates);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& l, const Candidate& r) {
                         if (l.band.lines.size() != r.band.lines.size())
                             return l.band.lines.size() > r.band.lines.size();
                         return l.error < r.error;
                     });
    QList<MrzBand> bands;
    for (const Candidate& c : candidates)
        bands.append(c.band);
    return bands;
}

} // namespace iin
