// bench_startup: the time from launch to the first painted timeline of the default
// scenario, as `awaitscope` starts: the application, the window, the scenario opened and
// run, and the first paint of the timeline's viewport after the run's first events reached
// the views (target: under 1 s). Times count from the top of main; the script also times
// the whole process, which adds loading the libraries before main. Settings and autosaves
// go to Qt's test locations, never the user's.
//
//   QT_QPA_PLATFORM=offscreen build-bench/tests/bench/bench_startup
//
// Lines starting with "metric" are for scripts/bench.sh: metric NAME VALUE.

#include "session/scenario_session.h"
#include "timeline/timeline_view.h"
#include "window/application.h"
#include "window/main_window.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace awaitscope;
using Clock = std::chrono::steady_clock;

namespace {

const Clock::time_point kStart = Clock::now();

double msSinceStart()
{
    return std::chrono::duration<double, std::milli>(Clock::now() - kStart).count();
}

// Watches the timeline's viewport: notes its first paint, and ends the program once a paint
// after the first events has reached the screen.
class PaintWatch : public QObject {
public:
    using QObject::QObject;
    void eventsArrived()
    {
        if (m_eventsMs < 0)
            m_eventsMs = msSinceStart();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_done)
            return QObject::eventFilter(watched, event);
        if (m_firstPaintMs < 0)
            m_firstPaintMs = msSinceStart();
        if (m_eventsMs >= 0) {
            m_done = true;
            // This filter runs before the view paints; the zero timer fires once the paint
            // and its flush are done.
            QTimer::singleShot(0, this, [this] { finish(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void finish() const
    {
        const double paintedMs = msSinceStart();
        std::printf("window's first paint %.0f ms, first events %.0f ms, first timeline painted %.0f ms after main\n",
                    m_firstPaintMs, m_eventsMs, paintedMs);
        std::printf("metric startup.first_paint_ms %.1f\nmetric startup.first_events_ms %.1f\n"
                    "metric startup.timeline_painted_ms %.1f\n",
                    m_firstPaintMs, m_eventsMs, paintedMs);
        std::fflush(stdout);
        // Tearing the window down is not part of starting up, and the process time the script
        // measures should end here.
        std::_Exit(0);
    }

    double m_firstPaintMs = -1;
    double m_eventsMs = -1;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Awaitscope"));
    QApplication::setApplicationName(QStringLiteral("awaitscope"));
    installTranslators(QLocale());
    const double appMs = msSinceStart();

    MainWindow window;
    PaintWatch watch;
    window.timeline()->viewport()->installEventFilter(&watch);
    QObject::connect(window.session(), &ScenarioSession::traceGrew, &watch, [&watch] { watch.eventsArrived(); });
    window.show();
    const double windowMs = msSinceStart();
    if (!window.openFile(QStringLiteral(":/scenarios/default.py"))) {
        std::fprintf(stderr, "bench_startup: the default scenario did not open\n");
        return 1;
    }
    std::printf("application %.0f ms, window built and shown %.0f ms after main\n", appMs, windowMs);
    std::printf("metric startup.application_ms %.1f\nmetric startup.window_ms %.1f\n", appMs, windowMs);
    QTimer::singleShot(30'000, [] {
        std::fprintf(stderr, "bench_startup: no timeline painted within 30 s\n");
        std::exit(1);
    });
    return QApplication::exec();
}
