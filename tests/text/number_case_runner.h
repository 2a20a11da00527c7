// Runs one case of number_cases.jsonl against the C++ helpers.
#pragma once

#include "case_file.h"

namespace aw::text::test {

Outcome runNumberCase(const QString &op, const QJsonArray &args);

} // namespace aw::text::test
