// libFuzzer target: any bytes opened as a saved trace and, when they load, shown on the
// timeline as a user opening that file would see it (see timeline_exercise.h). Inputs it
// found are replayed by tests/gui_timeline/tst_hostile_traces.

#include "timeline_exercise.h"
#include "trace/trace_io.h"

#include <QGuiApplication>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Text is drawn through the platform's fonts, which a QGuiApplication provides.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    aw::trace::ReadError error;
    const std::optional<aw::trace::Trace> trace = aw::trace::readJsonLines(in, &error);
    if (trace)
        awaitscope::test::showAsAUserWould(*trace);
    return 0;
}
