#include "mini_tokens.h"

#include <cctype>

namespace awtest {

std::vector<Token> tokenize(const std::string &s)
{
    static const char *const twoChar[] = {"**", "==", "!=", "<=", ">=", "|=", "&=", "^=", "-=", "+=", "*="};
    std::vector<Token> out;
    size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == ' ') {
            ++i;
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            size_t j = i;
            while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_'))
                ++j;
            out.push_back({Token::Name, s.substr(i, j - i)});
            i = j;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            size_t j = i;
            bool isFloat = false;
            while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.' || s[j] == 'e')) {
                isFloat = isFloat || s[j] == '.' || s[j] == 'e';
                ++j;
            }
            out.push_back({isFloat ? Token::Float : Token::Int, s.substr(i, j - i)});
            i = j;
        } else if (c == '\'' || c == '"') {
            std::string text;
            size_t j = i + 1;
            for (; j < s.size() && s[j] != c; ++j) {
                if (s[j] == '\\')
                    ++j;
                text += s[j];
            }
            out.push_back({Token::Str, text});
            i = j + 1;
        } else {
            std::string op(1, c);
            for (const char *two : twoChar) {
                if (s.compare(i, 2, two) == 0)
                    op = two;
            }
            out.push_back({Token::Op, op});
            i += op.size();
        }
    }
    out.push_back({Token::End, ""});
    return out;
}

} // namespace awtest
