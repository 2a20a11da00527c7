#include "scenario_catalog.h"

#include "scenario_docstring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace awaitscope {

QString ScenarioInfo::primaryTitle(bool chineseFirst) const
{
    if (chineseFirst)
        return titleChinese.isEmpty() ? title : titleChinese;
    return title.isEmpty() ? titleChinese : title;
}

QString ScenarioInfo::secondaryTitle(bool chineseFirst) const
{
    const QString primary = primaryTitle(chineseFirst);
    return primary == title ? titleChinese : title;
}

ScenarioCatalog::ScenarioCatalog(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        m_errors.append(QCoreApplication::translate("ScenarioCatalog", "No scenario folder at %1").arg(directory));
        return;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(QCoreApplication::translate("ScenarioCatalog", "Cannot read %1: %2")
                                .arg(file.fileName(), file.errorString()));
            continue;
        }
        const ScenarioDocstring doc = parseScenarioDocstring(QString::fromUtf8(file.readAll()));
        ScenarioInfo info;
        info.fileName = name;
        info.path = file.fileName();
        info.title = doc.title.isEmpty() && doc.titleChinese.isEmpty() ? name : doc.title;
        info.titleChinese = doc.titleChinese;
        info.description = doc.description;
        info.descriptionChinese = doc.descriptionChinese;
        m_scenarios.append(info);
    }
    const QString defaultName = QString::fromLatin1(kDefaultFileName);
    std::stable_partition(m_scenarios.begin(), m_scenarios.end(),
                          [&](const ScenarioInfo &s) { return s.fileName == defaultName; });
}

const ScenarioInfo *ScenarioCatalog::find(const QString &fileName) const
{
    const auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(),
                                 [&](const ScenarioInfo &s) { return s.fileName == fileName; });
    return it == m_scenarios.end() ? nullptr : &*it;
}

ScenarioInfo ScenarioCatalog::defaultScenario() const
{
    if (const ScenarioInfo *info = find(QString::fromLatin1(kDefaultFileName)))
        return *info;
    return m_scenarios.isEmpty() ? ScenarioInfo() : m_scenarios.front();
}

} // namespace awaitscope
