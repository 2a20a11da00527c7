#pragma once
// What a scenario says about itself: its module docstring, split into an English and a
// Chinese title and description. Scenario files write the Chinese title after an em dash
// ("Three workers and a lock — 三个协程与一把锁") or in parentheses ("Timeout control (超时控制)").

#include <QString>

namespace awaitscope {

struct ScenarioDocstring {
    QString title;              // the first paragraph without its Chinese part or final period
    QString titleChinese;       // empty when the title has no Chinese part
    QString description;        // the other paragraphs, the mostly-English ones
    QString descriptionChinese; // the mostly-Chinese paragraphs; empty when none
};

// The module docstring's text, dedented as inspect.cleandoc does; empty when the module
// does not start with a string literal (comments and blank lines may come first).
QString moduleDocstring(const QString &source);

// All fields are empty when the module has no docstring.
ScenarioDocstring parseScenarioDocstring(const QString &source);

} // namespace awaitscope
