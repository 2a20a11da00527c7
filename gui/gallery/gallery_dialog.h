#pragma once
// "Open a bundled scenario": a filterable list of the catalog's scenarios with the selected
// one's docstring beside it. Titles and descriptions show in Chinese first when the UI
// locale is Chinese.

#include "scenario_catalog.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTextBrowser;

namespace awaitscope {

class GalleryDialog : public QDialog {
    Q_OBJECT
public:
    // Child object names, for tests and style sheets: "filter", "scenarios", "description".
    explicit GalleryDialog(const ScenarioCatalog &catalog, QWidget *parent = nullptr);

    // The chosen scenario's path (":/scenarios/NAME.py"); empty unless the dialog was
    // accepted with a scenario selected.
    QString chosenPath() const { return m_chosenPath; }
    // Preselects a scenario by file name, e.g. the one open in the window.
    void selectScenario(const QString &fileName);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void populate(const ScenarioCatalog &catalog);
    void filterChanged(const QString &text);
    void currentChanged();
    QString descriptionHtml(int sourceRow) const;

    QList<ScenarioInfo> m_scenarios;
    bool m_chineseFirst = false;
    QString m_chosenPath;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QTextBrowser *m_description = nullptr;
    QPushButton *m_open = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace awaitscope
