// Runs the cases that gen_method_cases.py and gen_format_cases.py recorded under
// CPython 3.11 (see str_cases_common.py for the encoding) against the runtime.
#pragma once

#include "core/value.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <string>

namespace aw::py::test {

// The Python value a case file describes; {"obj": "Fmt"} makes an instance of the C++
// replica of that test class.
Value decode(const QJsonValue &encoded);

// What evaluating a case gave: "ok" with the value, or "err" with the exception's type
// and str(args[0]).
struct Outcome {
    Value value;
    QString errorType;
    QString errorMessage;
};
Outcome evaluate(const QJsonObject &testCase);

// Compares with the case's "ok" or "err"; on a mismatch fails the current test with
// both sides shown.
void verifyOutcome(const Outcome &actual, const QJsonObject &testCase);

// getAttr through a str made for the call: the string_view overload interns the name in a
// process-wide table that LeakSanitizer reports at exit.
Value attribute(const Value &obj, const std::string &name);

// One data row per line of a case file, named by line number, kind and method.
void addCaseRows(const char *path);

} // namespace aw::py::test
