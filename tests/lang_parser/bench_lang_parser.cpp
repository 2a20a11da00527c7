// Parses about 10 MB of scenario code (the corpus repeated) and prints the time it takes.

#include "lang/parser.h"
#include "test_support.h"

#include <chrono>
#include <cstdio>

using namespace aw::lang;

int main()
{
    std::string one;
    for (const std::string& name : test::listFiles(test::dataPath("corpus"), ".py")) {
        std::string source = test::readFile(test::dataPath("corpus/" + name + ".py"));
        // Files with a BOM, a coding comment or CRLF only make sense at the start of a file.
        if (source.rfind("\xEF\xBB\xBF", 0) == 0 || source.find("coding") != std::string::npos ||
            source.find('\r') != std::string::npos || name.find("deep") != std::string::npos)
            continue;
        if (!source.empty() && source.back() != '\n')
            source += '\n';
        one += source;
    }
    std::string big;
    while (big.size() < 10 * 1000 * 1000)
        big += one;
    double best = 1e9;
    std::size_t treeBytes = 0;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        ParseResult r = parseModule(big, "big.py");
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        if (!r.ok()) {
            std::fputs(r.error()->format().c_str(), stderr);
            return 1;
        }
        best = std::min(best, elapsed.count());
        treeBytes = r.module()->treeBytes();
    }
    std::printf("parsed %.1f MB in %.3f s (best of 3), tree %.1f MB\n", double(big.size()) / 1e6, best,
                double(treeBytes) / 1e6);
    return 0;
}
