#pragma once
// Helpers shared by the parser test and benchmark.

#include "lang/module.h"

#include <string>
#include <vector>

namespace aw::lang::test {

/// Absolute path of a file under tests/lang_parser/.
std::string dataPath(const std::string& relative);
std::string readFile(const std::string& path);
/// Names (without extension) of the files in `directory` ending in `suffix`, sorted.
std::vector<std::string> listFiles(const std::string& directory, const std::string& suffix);

/// "Kind line col endLine endCol" for every statement, expression, arg, keyword, alias and
/// except handler, sorted, not descending into f-strings: the format of corpus/*.pos.
std::vector<std::string> positions(const Module& module);

} // namespace aw::lang::test
