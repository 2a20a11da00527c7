#include "task_filter_model.h"

#include "task_tree_model.h"

namespace awaitscope::models {

TaskFilterModel::TaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    // States change with the playhead: rows must be filtered again on dataChanged.
    setDynamicSortFilter(true);
}

void TaskFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

void TaskFilterModel::setHideNotCreated(bool hide)
{
    if (hide == m_hideNotCreated)
        return;
    m_hideNotCreated = hide;
    invalidateFilter();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex name = model->index(sourceRow, TaskTreeModel::NameColumn, sourceParent);
    if (m_hideNotCreated
        && name.data(TaskTreeModel::PhaseRole).toInt() == static_cast<int>(TaskPhase::NotCreated))
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column : {TaskTreeModel::NameColumn, TaskTreeModel::CoroutineColumn, TaskTreeModel::StateColumn}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace awaitscope::models
