// Runs the call-script cases that gen_*_cases.py recorded from CPython 3.11 (the format is
// described in case_format.py) through the Awaitscope runtime and compares step by step.
#pragma once

#include <QJsonObject>

namespace aw::test {

// Adds one data row (column "testCase") per line of the case file.
void addCaseRows(const char *path);
// Runs the case's steps in fresh modules and compares every outcome with CPython's.
void verifyCase(const QJsonObject &testCase);

} // namespace aw::test
