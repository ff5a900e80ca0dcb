#include "NoticeActions.h"

#include "NoticeDialog.h"
#include "RectificationNotice.h"
#include "TownshipRiskNotice.h"
#include "map/StoreMapLayers.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <qgsdatasourceuri.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace onemap::NoticeActions {

namespace {

void run(QWidget *parent, NoticeDialog::Kind kind, const QString &storePath, const QString &code)
{
  if (storePath.isEmpty()) {
    QMessageBox::warning(parent, QCoreApplication::translate("onemap::NoticeActions", "Notices"), QCoreApplication::translate("onemap::NoticeActions", "No situation store is open."));
    return;
  }
  NoticeDialog dialog(kind, storePath, code, parent);
  if (dialog.exec() != QDialog::Accepted)
    return;
  const NoticeRequest request {storePath, dialog.code(), dialog.outPath(), dialog.date()};
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const Status written = kind == NoticeDialog::Kind::Danger ? RectificationNotice::exportTo(request) : TownshipRiskNotice::exportTo(request);
  QApplication::restoreOverrideCursor();
  if (written)
    QMessageBox::information(parent, QCoreApplication::translate("onemap::NoticeActions", "Notices"), QCoreApplication::translate("onemap::NoticeActions", "Wrote %1").arg(request.outPath));
  else
    QMessageBox::warning(parent, QCoreApplication::translate("onemap::NoticeActions", "Notices"), written.message());
}
} // namespace

void exportDangerNotice(QWidget *parent, const QString &storePath, const QString &code)
{
  run(parent, NoticeDialog::Kind::Danger, storePath, code);
}

void exportTownshipNotice(QWidget *parent, const QString &storePath, const QString &townshipCode)
{
  run(parent, NoticeDialog::Kind::Township, storePath, townshipCode);
}

QString storePathOf(const QgsProject *project)
{
  const QgsVectorLayer *county = project ? StoreMapLayers::layer(project, QStringLiteral("county")) : nullptr;
  return county ? QgsDataSourceUri(county->source()).database() : QString();
}

void addMenu(QMenuBar *bar, QWidget *parent, const QgsProject *project)
{
  QMenu *menu = bar->addMenu(QCoreApplication::translate("onemap::NoticeActions", "&Notices"));
  QAction *danger = menu->addAction(QCoreApplication::translate("onemap::NoticeActions", "Rectification supervision notice for a hidden danger…"));
  QObject::connect(danger, &QAction::triggered, parent, [parent, project] { exportDangerNotice(parent, storePathOf(project)); });
  QAction *township = menu->addAction(QCoreApplication::translate("onemap::NoticeActions", "Risk reminder notice for a township…"));
  QObject::connect(township, &QAction::triggered, parent, [parent, project] { exportTownshipNotice(parent, storePathOf(project)); });
}

} // namespace onemap::NoticeActions
