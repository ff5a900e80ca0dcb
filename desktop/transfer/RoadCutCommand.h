#pragma once
// \brief Marking a road cut (or open again) by hand, undoable: both
// directions go through setRoadCut (layers/transfer/RoadCuts.h), audited.
#include <QUndoCommand>
#include <functional>

namespace onemap {

class Store;

class RoadCutCommand : public QUndoCommand
{
public:
  RoadCutCommand(Store &store, qint64 roadId, bool cut, const QString &actor, std::function<void()> changed);

  void redo() override;
  void undo() override;
  const QString &error() const { return mError; }
  //! roads.is_cut of \a roadId (false when unknown).
  static bool isCut(Store &store, qint64 roadId);

private:
  void write(bool cut);

  Store &mStore;
  qint64 mRoadId;
  bool mCut;
  bool mWasCut;
  QString mActor;
  std::function<void()> mChanged;
  QString mError;
};

} // namespace onemap
