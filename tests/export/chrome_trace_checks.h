#pragma once
// Checks a Chrome Trace Event file (JSON object form) against the rules trace viewers rely
// on: known phases, timestamps that never go back on a track, complete slices with a
// duration, slices on a track nested or apart (never overlapping), B/E balanced, each flow
// start with exactly one end at or after it, both inside a slice on their tracks (or the
// viewer cannot bind them), and a name for the process and every thread used.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace exporttest {

struct TrackKey {
    qint64 pid;
    qint64 tid;
    bool operator<(const TrackKey &o) const { return pid != o.pid ? pid < o.pid : tid < o.tid; }
};

struct FlowEnd {
    int count = 0;
    qint64 ts = 0;
    TrackKey track{0, 0};
};

inline QString describe(int index, const QString &problem)
{
    return QStringLiteral("event %1: %2").arg(index).arg(problem);
}

// Timestamps in whole nanoseconds, as Perfetto reads them: "ts":12.345 is 12345 ns.
inline qint64 nanos(const QJsonValue &micros)
{
    return qRound64(micros.toDouble() * 1000);
}

// Empty when the trace is well formed; otherwise the first problem found.
inline QString checkChromeTrace(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1 at %2").arg(parseError.errorString()).arg(parseError.offset);
    if (!doc.isObject() || !doc.object().value("traceEvents").isArray())
        return QStringLiteral("not an object with a traceEvents array");
    const QString unit = doc.object().value("displayTimeUnit").toString();
    if (unit != "ms" && unit != "ns")
        return QStringLiteral("displayTimeUnit is '%1'").arg(unit);
    const QJsonArray events = doc.object().value("traceEvents").toArray();
    const QSet<QString> phases{"X", "B", "E", "i", "I", "s", "t", "f", "C", "M"};
    std::map<TrackKey, qint64> lastTs;
    std::map<TrackKey, int> open;
    std::map<TrackKey, std::vector<std::pair<qint64, qint64>>> slices;
    std::map<qint64, FlowEnd> starts, ends;
    std::set<TrackKey> used, named;
    bool processNamed = false;
    for (int i = 0; i < events.size(); ++i) {
        if (!events[i].isObject())
            return describe(i, "not an object");
        const QJsonObject e = events[i].toObject();
        const QString ph = e.value("ph").toString();
        if (!phases.contains(ph))
            return describe(i, "unknown phase '" + ph + "'");
        if (!e.value("pid").isDouble() || (ph != "E" && !e.value("name").isString()))
            return describe(i, "no pid or name");
        const bool counter = ph == "C";
        if (!counter && !e.value("tid").isDouble())
            return describe(i, "no tid");
        const TrackKey key{e.value("pid").toInteger(), counter ? -1 : e.value("tid").toInteger()};
        if (ph == "M") {
            const QString name = e.value("name").toString();
            if (name.endsWith("_name") && !e.value("args").toObject().value("name").isString())
                return describe(i, name + " without args.name");
            if (name == "process_name")
                processNamed = true;
            if (name == "thread_name")
                named.insert(key);
            continue;
        }
        if (!e.value("ts").isDouble() || e.value("ts").toDouble() < 0)
            return describe(i, "no timestamp");
        const qint64 ts = nanos(e.value("ts"));
        if (lastTs.count(key) && ts < lastTs[key])
            return describe(i, QStringLiteral("timestamp %1 ns goes back on its track").arg(ts));
        lastTs[key] = ts;
        if (!counter)
            used.insert(key);
        if (ph == "X") {
            if (!e.value("dur").isDouble() || e.value("dur").toDouble() < 0)
                return describe(i, "complete slice without a duration");
            slices[key].push_back({ts, ts + nanos(e.value("dur"))});
        } else if (ph == "B") {
            ++open[key];
        } else if (ph == "E") {
            if (--open[key] < 0)
                return describe(i, "E without B");
        } else if (ph == "s" || ph == "f") {
            if (!e.contains("id"))
                return describe(i, "flow without id");
            if (ph == "f" && e.value("bp").toString() != "e")
                return describe(i, "flow end not bound to its enclosing slice");
            FlowEnd &end = (ph == "s" ? starts : ends)[e.value("id").toInteger()];
            ++end.count;
            end.ts = ts;
            end.track = key;
        } else if (counter) {
            const QJsonObject args = e.value("args").toObject();
            if (args.isEmpty())
                return describe(i, "counter without values");
            for (auto it = args.begin(); it != args.end(); ++it) {
                if (!it.value().isDouble())
                    return describe(i, "counter value '" + it.key() + "' is not a number");
            }
        }
    }
    for (const auto &[key, n] : open) {
        if (n != 0)
            return QStringLiteral("track %1 has %2 B without E").arg(key.tid).arg(n);
    }
    for (auto &[key, list] : slices) {
        std::sort(list.begin(), list.end(), [](auto a, auto b) { return a.first != b.first ? a.first < b.first : a.second > b.second; });
        std::vector<qint64> stack;
        for (const auto &[from, to] : list) {
            while (!stack.empty() && from >= stack.back())
                stack.pop_back();
            if (!stack.empty() && to > stack.back())
                return QStringLiteral("slices overlap on track %1 at %2 ns").arg(key.tid).arg(from);
            stack.push_back(to);
        }
    }
    auto inSlice = [&](const FlowEnd &end) {
        const auto &list = slices[end.track];
        return std::any_of(list.begin(), list.end(), [&](auto s) { return s.first < end.ts && end.ts < s.second; });
    };
    for (const auto &[id, start] : starts) {
        const auto it = ends.find(id);
        if (start.count != 1 || it == ends.end() || it->second.count != 1)
            return QStringLiteral("flow %1 is not one start and one end").arg(id);
        if (it->second.ts < start.ts)
            return QStringLiteral("flow %1 ends before it starts").arg(id);
        if (!inSlice(start) || !inSlice(it->second))
            return QStringLiteral("flow %1 is not inside slices at both ends").arg(id);
    }
    if (ends.size() != starts.size())
        return QStringLiteral("a flow end has no start");
    if (!processNamed)
        return QStringLiteral("no process_name");
    for (const TrackKey &key : used) {
        if (!named.count(key))
            return QStringLiteral("thread %1 has no thread_name").arg(key.tid);
    }
    return {};
}

} // namespace exporttest
