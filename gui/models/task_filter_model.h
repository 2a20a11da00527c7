#pragma once
// Search over a TaskTreeModel: a task is shown when its name, coroutine or state text
// contains the search text (case-insensitive), and so are the tasks that created it, so the
// tree stays a tree. Optionally hides tasks not yet created at the playhead.

#include <QSortFilterProxyModel>

namespace awaitscope::models {

class TaskFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TaskFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    void setHideNotCreated(bool hide);
    bool hideNotCreated() const noexcept { return m_hideNotCreated; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_hideNotCreated = false;
};

} // namespace awaitscope::models
