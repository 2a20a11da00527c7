// libFuzzer target: any bytes loaded as a saved trace. What loads must replay event by
// event, and writing it back then reading that again must give the same bytes.

#include "trace/trace_io.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    aw::trace::ReadError error;
    std::optional<aw::trace::Trace> trace = aw::trace::readJsonLines(in, &error);
    if (!trace)
        return 0;
    trace->forEach(0, trace->size(), [](const aw::trace::Event &) {});
    std::ostringstream first;
    aw::trace::writeJsonLines(*trace, first);
    std::istringstream again(first.str());
    std::optional<aw::trace::Trace> reread = aw::trace::readJsonLines(again, &error);
    if (!reread)
        std::abort();
    std::ostringstream second;
    aw::trace::writeJsonLines(*reread, second);
    if (second.str() != first.str())
        std::abort();
    return 0;
}
