// TimelineGeometry's per-lane work: which spans and samples are in view, merging those
// narrower than a pixel, finding the one under a point, and the axis ticks.

#include "timeline_geometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace awaitscope {

namespace {

// Beyond this many spans or samples in one pixel column, the rest of the column is skipped
// by binary search, so a lane costs O(pixels log n) however long the run.
constexpr size_t kScanPerColumn = 8;

// A round step for axis ticks: 1, 2 or 5 times a power of ten, about `target` pixels apart.
double tickStep(double span, double pixels, double target)
{
    const double raw = span * target / std::max(pixels, 1.0);
    const double base = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-12))));
    for (double m : {1.0, 2.0, 5.0}) {
        if (base * m >= raw)
            return base * m;
    }
    return base * 10;
}

// Collects sub-pixel task spans falling in one pixel column and emits the column as one run
// coloured by the state that covers most of it (ties: the first seen).
class ColumnMerger {
public:
    explicit ColumnMerger(std::vector<TimelineRun> &out)
        : m_out(out)
    {
    }

    void add(double x0, double width, uint16_t key, uint32_t item)
    {
        const double column = std::floor(x0);
        if (m_count > 0 && column != m_column)
            flush();
        m_column = column;
        ++m_count;
        // Zero-length spans (an instant in time mode) still count, so a column of them shows
        // the most frequent state.
        const double weight = width + 1e-6;
        for (size_t i = 0; i < m_used; ++i) {
            if (m_keys[i].key == key) {
                m_keys[i].weight += weight;
                return;
            }
        }
        if (m_used < m_keys.size())
            m_keys[m_used++] = {key, weight, item};
        else
            m_keys.back().weight += weight;
    }

    size_t count() const noexcept { return m_count; }

    void flush()
    {
        if (m_count == 0)
            return;
        const auto best = std::max_element(m_keys.begin(), m_keys.begin() + static_cast<ptrdiff_t>(m_used),
                                           [](const Entry &a, const Entry &b) { return a.weight < b.weight; });
        m_out.push_back({m_column, m_column + 1, best->item, m_count > 1});
        m_count = 0;
        m_used = 0;
    }

private:
    struct Entry {
        uint16_t key = 0;
        double weight = 0;
        uint32_t item = 0;
    };
    std::vector<TimelineRun> &m_out;
    std::array<Entry, 8> m_keys{};
    size_t m_used = 0;
    size_t m_count = 0;
    double m_column = 0;
};

uint16_t stateKey(const StateSpan &s)
{
    return static_cast<uint16_t>(uint16_t(s.state) << 8 | uint16_t(s.waitKind));
}

} // namespace

double TimelineGeometry::spanEnd(const TaskLane &lane, size_t span) const
{
    const StateSpan &s = lane.spans[span];
    if (m_stepMode)
        return double(s.endEvent);
    const bool open = span + 1 == lane.spans.size() && s.state < TaskState::Done;
    return open && endsInDeadlock() ? fullRange().second : s.end;
}

std::pair<double, double> TimelineGeometry::spanExtent(const TaskLane &lane, size_t span) const
{
    const StateSpan &s = lane.spans[span];
    const double start = m_stepMode ? double(s.firstEvent) : s.start;
    return {start, std::min(spanEnd(lane, span), clipDomain())};
}

std::pair<double, double> TimelineGeometry::sampleExtent(const ResourceLane &lane, size_t sample) const
{
    const ResourceSample &s = lane.samples[sample];
    const bool last = sample + 1 == lane.samples.size();
    double from, to;
    if (m_stepMode) {
        from = s.seq;
        to = last ? double(m_model->eventCount()) : double(lane.samples[sample + 1].seq);
    } else {
        from = s.time;
        to = !last ? lane.samples[sample + 1].time : endsInDeadlock() ? fullRange().second : m_model->endTime();
    }
    return {from, std::min(std::max(from, to), clipDomain())};
}

void TimelineGeometry::runs(int row, std::vector<TimelineRun> &out) const
{
    out.clear();
    const TimelineRow &r = m_rows[static_cast<size_t>(row)];
    if (r.kind == TimelineRow::Kind::Task)
        taskRuns(m_model->lanes()[r.lane], out);
    else if (r.kind == TimelineRow::Kind::Resource)
        resourceRuns(m_model->resources()[r.lane], out);
}

void TimelineGeometry::taskRuns(const TaskLane &lane, std::vector<TimelineRun> &out) const
{
    const auto &spans = lane.spans;
    // Spans tile the lane in order, so their ends ascend: skip to the first one in view.
    const auto first = std::partition_point(spans.begin(), spans.end(), [&](const StateSpan &s) {
        return spanEnd(lane, size_t(&s - spans.data())) < m_from;
    });
    ColumnMerger merger(out);
    for (auto i = static_cast<size_t>(first - spans.begin()); i < spans.size(); ++i) {
        const StateSpan &s = spans[i];
        if (s.firstEvent > m_playhead)
            break;
        const auto [d0, d1] = spanExtent(lane, i);
        if (d0 > m_to)
            break;
        const double x0 = xOf(d0);
        const double x1 = xOf(d1);
        const auto item = static_cast<uint32_t>(i);
        if (s.state >= TaskState::Done || x1 - x0 >= 1.0) {
            merger.flush();
            out.push_back({x0, x1, item, false});
            continue;
        }
        merger.add(x0, x1 - x0, stateKey(s), item);
        if (merger.count() < kScanPerColumn)
            continue;
        // A crowded column: skip to the span reaching the next pixel; its colour is
        // decided by the spans scanned so far.
        const double boundary = domainAt(std::floor(x0) + 1);
        const auto next = std::partition_point(spans.begin() + static_cast<ptrdiff_t>(i) + 1, spans.end(),
                                               [&](const StateSpan &n) { return spanExtent(lane, size_t(&n - spans.data())).second < boundary; });
        i = static_cast<size_t>(next - spans.begin()) - 1;
    }
    merger.flush();
}

void TimelineGeometry::resourceRuns(const ResourceLane &lane, std::vector<TimelineRun> &out) const
{
    const auto &samples = lane.samples;
    const auto first = std::partition_point(samples.begin(), samples.end(), [&](const ResourceSample &s) {
        return (m_stepMode ? double(s.seq) : s.time) <= m_from;
    });
    auto i = static_cast<size_t>(std::max<ptrdiff_t>(0, first - samples.begin() - 1));
    // A pixel column of several samples shows the fullest: a queue's peak, a held lock.
    auto score = [&](size_t k) { return int64_t(samples[k].value) * 65536 + samples[k].waiters; };
    bool pending = false;
    size_t scanned = 0;
    TimelineRun column;
    for (; i < samples.size(); ++i) {
        if (samples[i].seq > m_playhead)
            break;
        const auto [d0, d1] = sampleExtent(lane, i);
        if (d0 > m_to)
            break;
        const double x0 = xOf(d0);
        const double x1 = xOf(d1);
        const auto item = static_cast<uint32_t>(i);
        const double col = std::floor(x0);
        if (pending && (x1 - x0 >= 1.0 || col != column.x0)) {
            out.push_back(column);
            pending = false;
        }
        if (x1 - x0 >= 1.0) {
            out.push_back({x0, x1, item, false});
            continue;
        }
        if (pending) {
            column.merged = true;
            if (score(i) > score(column.item))
                column.item = item;
        } else {
            column = {col, col + 1, item, false};
            pending = true;
            scanned = 0;
        }
        if (++scanned < kScanPerColumn)
            continue;
        // A crowded column: skip to the last sample starting in it.
        const double boundary = domainAt(col + 1);
        const auto next = std::partition_point(samples.begin() + static_cast<ptrdiff_t>(i) + 1, samples.end(),
                                               [&](const ResourceSample &n) { return (m_stepMode ? double(n.seq) : n.time) < boundary; });
        const auto lastInColumn = static_cast<size_t>(next - samples.begin()) - 1;
        if (lastInColumn > i + 1)
            i = lastInColumn - 1;
    }
    if (pending)
        out.push_back(column);
}

int64_t TimelineGeometry::itemAt(int row, double x) const
{
    const TimelineRow &r = m_rows[static_cast<size_t>(row)];
    const double d = domainAt(x);
    if (r.kind == TimelineRow::Kind::Resource) {
        const ResourceLane &lane = m_model->resources()[r.lane];
        const auto after = std::partition_point(lane.samples.begin(), lane.samples.end(), [&](const ResourceSample &s) {
            return (m_stepMode ? double(s.seq) : s.time) <= d && s.seq <= m_playhead;
        });
        if (after == lane.samples.begin())
            return -1;
        const auto index = static_cast<size_t>(after - lane.samples.begin() - 1);
        return sampleExtent(lane, index).second >= d ? static_cast<int64_t>(index) : -1;
    }
    // Spans at an instant have no width in time mode: take the one containing x, else the
    // nearest within a few pixels.
    constexpr double kSlop = 3.0;
    const TaskLane &lane = m_model->lanes()[r.lane];
    const double from = domainAt(x - kSlop);
    const double to = domainAt(x + kSlop);
    const auto first = std::partition_point(lane.spans.begin(), lane.spans.end(), [&](const StateSpan &s) {
        return spanEnd(lane, size_t(&s - lane.spans.data())) < from;
    });
    int64_t best = -1;
    double bestDistance = kSlop + 1;
    for (auto i = static_cast<size_t>(first - lane.spans.begin()); i < lane.spans.size(); ++i) {
        if (lane.spans[i].firstEvent > m_playhead)
            break;
        const auto [d0, d1] = spanExtent(lane, i);
        if (d0 > to)
            break;
        if (d0 <= d && d < d1)
            return static_cast<int64_t>(i);
        const double distance = std::min(std::abs(xOf(d0) - x), std::abs(xOf(d1) - x));
        if (distance <= bestDistance) {
            best = static_cast<int64_t>(i);
            bestDistance = distance;
        }
    }
    return best;
}

std::vector<AxisTick> TimelineGeometry::axisTicks(double minSpacing) const
{
    std::vector<AxisTick> ticks;
    const QRectF plot = plotRect();
    if (!m_stepMode) {
        const double step = tickStep(m_to - m_from, plot.width(), minSpacing);
        for (double k = std::ceil(m_from / step); k * step <= m_to + step * 1e-9; k += 1)
            ticks.push_back({xOf(k * step), formatSeconds(k * step, step)});
        return ticks;
    }
    // Step mode: a tick where each instant begins, labelled with its time where there is room.
    const auto &starts = m_model->instantStarts();
    const auto &times = m_model->instants();
    if (starts.empty())
        return ticks;
    auto instantOf = [&](double slot) {
        const auto it = std::upper_bound(starts.begin(), starts.end(), std::max(0.0, slot),
                                         [](double v, uint32_t s) { return v < double(s); });
        return static_cast<size_t>(std::max<ptrdiff_t>(0, it - starts.begin() - 1));
    };
    const size_t last = instantOf(m_to);
    size_t i = instantOf(m_from);
    const bool dense = double(last - i) > plot.width() / 4;
    double lastLabel = -INFINITY;
    while (i <= last && i < starts.size()) {
        const double x = xOf(starts[i]);
        const bool labelled = x - lastLabel >= minSpacing;
        if (x >= plot.left() - 0.5 && (labelled || !dense)) {
            ticks.push_back({x, labelled ? formatSeconds(times[i]) : QString()});
            if (labelled)
                lastLabel = x;
        }
        if (!dense) {
            ++i;
            continue;
        }
        // Too many instants to tick each: jump to the first one a label's width further on.
        const double next = std::ceil(domainAt(std::max(x, lastLabel) + minSpacing));
        const auto it = std::lower_bound(starts.begin() + static_cast<ptrdiff_t>(i) + 1, starts.end(), next,
                                         [](uint32_t s, double v) { return double(s) < v; });
        i = static_cast<size_t>(it - starts.begin());
    }
    return ticks;
}

} // namespace awaitscope
