#include "token.h"

#include <unordered_map>

namespace aw::lang {

TokenKind keywordKind(std::string_view text)
{
    // Keywords are 2 to 8 characters long; most names are rejected before hashing.
    if (text.size() < 2 || text.size() > 8)
        return TokenKind::Name;
    static const std::unordered_map<std::string_view, TokenKind> keywords = {
        {"False", TokenKind::KwFalse}, {"None", TokenKind::KwNone}, {"True", TokenKind::KwTrue},
        {"and", TokenKind::KwAnd}, {"as", TokenKind::KwAs}, {"assert", TokenKind::KwAssert},
        {"async", TokenKind::KwAsync}, {"await", TokenKind::KwAwait}, {"break", TokenKind::KwBreak},
        {"class", TokenKind::KwClass}, {"continue", TokenKind::KwContinue}, {"def", TokenKind::KwDef},
        {"del", TokenKind::KwDel}, {"elif", TokenKind::KwElif}, {"else", TokenKind::KwElse},
        {"except", TokenKind::KwExcept}, {"finally", TokenKind::KwFinally}, {"for", TokenKind::KwFor},
        {"from", TokenKind::KwFrom}, {"global", TokenKind::KwGlobal}, {"if", TokenKind::KwIf},
        {"import", TokenKind::KwImport}, {"in", TokenKind::KwIn}, {"is", TokenKind::KwIs},
        {"lambda", TokenKind::KwLambda}, {"nonlocal", TokenKind::KwNonlocal}, {"not", TokenKind::KwNot},
        {"or", TokenKind::KwOr}, {"pass", TokenKind::KwPass}, {"raise", TokenKind::KwRaise},
        {"return", TokenKind::KwReturn}, {"try", TokenKind::KwTry}, {"while", TokenKind::KwWhile},
        {"with", TokenKind::KwWith}, {"yield", TokenKind::KwYield},
    };
    auto it = keywords.find(text);
    return it == keywords.end() ? TokenKind::Name : it->second;
}

} // namespace aw::lang
