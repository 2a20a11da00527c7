#pragma once
// The bundled scenarios: every scenarios/*.py file, embedded under :/scenarios/, with the
// title and description each one's docstring gives.

#include <QList>
#include <QString>
#include <QStringList>

namespace awaitscope {

struct ScenarioInfo {
    QString fileName;           // "default.py"
    QString path;               // ":/scenarios/default.py": what QFile opens
    QString title;              // English; the file name when the docstring has no title
    QString titleChinese;       // empty when the docstring has none
    QString description;        // English
    QString descriptionChinese; // empty when the docstring has none

    // The title and description to show first, and the other language's title, for a UI
    // in Chinese (chineseFirst) or any other language. Fall back to the other language.
    QString primaryTitle(bool chineseFirst) const;
    QString secondaryTitle(bool chineseFirst) const;
};

class ScenarioCatalog {
public:
    static constexpr auto kResourceDirectory = ":/scenarios";
    static constexpr auto kDefaultFileName = "default.py";

    // Reads every *.py file in `directory`: the embedded scenarios unless told otherwise.
    explicit ScenarioCatalog(const QString &directory = QString::fromLatin1(kResourceDirectory));

    // default.py first, then by file name.
    const QList<ScenarioInfo> &scenarios() const { return m_scenarios; }
    // Null when there is no such file.
    const ScenarioInfo *find(const QString &fileName) const;
    // default.py, or the first scenario if it is missing; empty fields when there is none.
    ScenarioInfo defaultScenario() const;
    // One message per file that could not be read.
    const QStringList &errors() const { return m_errors; }

private:
    QList<ScenarioInfo> m_scenarios;
    QStringList m_errors;
};

} // namespace awaitscope
