#pragma once
// The tokens of the Python subset MiniEval runs.

#include <string>
#include <vector>

namespace awtest {

struct Token {
    enum Kind { Name, Int, Float, Str, Op, End } kind;
    std::string text;
};

// Names, numbers, quoted strings (a backslash escapes the next character) and operators.
std::vector<Token> tokenize(const std::string &s);

} // namespace awtest
