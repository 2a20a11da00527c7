// libFuzzer target: any bytes through the parser. A module is dumped (walking every node),
// an error is formatted (what the user would see); neither may crash, hang or leak.

#include "lang/ast_dump.h"
#include "lang/parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view source(reinterpret_cast<const char *>(data), size);
    aw::lang::ParseResult r = aw::lang::parseModule(source, "fuzz.py");
    if (const aw::lang::SyntaxError *e = r.error())
        (void)e->format();
    else
        (void)aw::lang::dumpModule(*r.module());
    return 0;
}
