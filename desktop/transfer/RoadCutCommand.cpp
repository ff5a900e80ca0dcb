#include "RoadCutCommand.h"

#include "store/SqlStatement.h"
#include "store/Store.h"
#include "transfer/RoadCuts.h"

#include <QCoreApplication>

namespace onemap {

bool RoadCutCommand::isCut(Store &store, qint64 roadId)
{
  SqlStatement q(store.handle(), QStringLiteral("SELECT is_cut FROM roads WHERE id = ?"));
  q.bind(1, roadId);
  return q.next() && q.int64(0) == 1;
}

RoadCutCommand::RoadCutCommand(Store &store, qint64 roadId, bool cut, const QString &actor, std::function<void()> changed)
  : mStore(store), mRoadId(roadId), mCut(cut), mWasCut(isCut(store, roadId)), mActor(actor), mChanged(std::move(changed))
{
  QString name;
  SqlStatement q(store.handle(), QStringLiteral("SELECT name FROM roads WHERE id = ?"));
  q.bind(1, roadId);
  if (q.next())
    name = q.text(0);
  if (name.isEmpty())
    name = QCoreApplication::translate("onemap::RoadCutCommand", "road %1").arg(roadId);
  setText(cut ? QCoreApplication::translate("onemap::RoadCutCommand", "Mark %1 cut").arg(name)
              : QCoreApplication::translate("onemap::RoadCutCommand", "Mark %1 open").arg(name));
}

void RoadCutCommand::write(bool cut)
{
  const Status s = setRoadCut(mStore, mRoadId, cut, mActor);
  mError = s ? QString() : s.message();
  if (!s)
    setObsolete(true);
  if (mChanged)
    mChanged();
}

void RoadCutCommand::redo() { write(mCut); }
void RoadCutCommand::undo() { write(mWasCut); }

} // namespace onemap
