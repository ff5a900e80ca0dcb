#pragma once
// \brief Keeps the board's map current with the store: a StoreWatch polls
// for commits from any connection, and each change goes to the layers of the
// tables it names, nothing else. Snapshot layers re-read only the changed
// rows (BoardRendering); other layers are asked to repaint, which drops only
// their cached image.
#include "store/StoreWatch.h"

#include <QObject>
#include <QPointer>

class QgsProject;

namespace onemap {

class BoardRendering;

class LiveLayers : public QObject
{
  Q_OBJECT
public:
  //! Starts BoardRendering on \a project and watches \a storePath (every \a intervalMs).
  LiveLayers(QgsProject *project, const QString &storePath, QObject *parent = nullptr,
             int intervalMs = StoreWatch::kDefaultIntervalMs);
  ~LiveLayers() override;

  BoardRendering *rendering() const { return mRendering; }
  //! The watch, or null when the store could not be watched (the board still works).
  StoreWatch *watch() const { return mWatch; }
  //! The store file behind \a project's layers (empty when none).
  static QString storeOf(const QgsProject *project);

  //! Sends \a change to the layers of the tables it names.
  void apply(const StoreChange &change);

Q_SIGNALS:
  //! \a change was sent to the layers \a layerIds.
  void applied(const onemap::StoreChange &change, const QStringList &layerIds);

private:
  QPointer<QgsProject> mProject;
  BoardRendering *mRendering = nullptr;
  StoreWatch *mWatch = nullptr;
};

} // namespace onemap
