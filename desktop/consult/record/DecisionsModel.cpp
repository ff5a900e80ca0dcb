#include "DecisionsModel.h"

#include "consult/ConsultationSession.h"
#include "consultation/Consultations.h"

namespace onemap {

DecisionsModel::DecisionsModel(ConsultationSession *session, QObject *parent)
  : QAbstractListModel(parent), mSession(session)
{
  connect(mSession, &ConsultationSession::recordChanged, this, &DecisionsModel::refresh);
  connect(mSession, &ConsultationSession::meetingChanged, this, &DecisionsModel::refresh);
  refresh();
}

void DecisionsModel::refresh()
{
  const QVector<ConsultationDecision> decisions = mSession->hasMeeting() ? mSession->meeting().decisions : QVector<ConsultationDecision>();
  // Same number of rows: change in place, so an open editor and the selection survive.
  if (decisions.size() == mDecisions.size()) {
    mDecisions = decisions;
    if (!mDecisions.isEmpty())
      Q_EMIT dataChanged(index(0), index(mDecisions.size() - 1));
    return;
  }
  beginResetModel();
  mDecisions = decisions;
  endResetModel();
}

int DecisionsModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : mDecisions.size();
}

QVariant DecisionsModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= mDecisions.size())
    return {};
  const QString &text = mDecisions[index.row()].text;
  if (role == Qt::DisplayRole)
    return tr("%1. %2").arg(index.row() + 1).arg(text.simplified());
  if (role == Qt::EditRole)
    return text;
  if (role == Qt::ToolTipRole)
    return text;
  return {};
}

Qt::ItemFlags DecisionsModel::flags(const QModelIndex &index) const
{
  Qt::ItemFlags f = QAbstractListModel::flags(index);
  if (index.isValid() && !mSession->isReadOnly())
    f |= Qt::ItemIsEditable;
  return f;
}

bool DecisionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
  if (role != Qt::EditRole || !index.isValid() || index.row() >= mDecisions.size())
    return false;
  const QString text = value.toString().trimmed();
  if (text == mDecisions[index.row()].text)
    return true;
  if (text.isEmpty()) {
    Q_EMIT refused(tr("Decision %1: the text is empty; delete the decision instead.").arg(index.row() + 1));
    return false;
  }
  if (text.size() > Consultations::kMaxTextChars) {
    Q_EMIT refused(tr("Decision %1: longer than %2 characters.").arg(index.row() + 1).arg(Consultations::kMaxTextChars));
    return false;
  }
  return mSession->updateDecision(index.row(), text);
}

} // namespace onemap
