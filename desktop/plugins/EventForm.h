#pragma once
// \brief 记录事件: a form generated from one EventKind of a hazard plugin —
// numbers as spin boxes with their range and unit, choices as lists, date and
// time, epicentre/source longitude and latitude with "pick on map". OK hands
// the values to the plugin's recordEvent(); its error (naming the field) is
// shown and the form stays open; nothing is written then.
#include "api/HazardPlugin.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QgsMapCanvas;
class QgsMapTool;

namespace onemap {

class EventForm : public QDialog
{
  Q_OBJECT
public:
  //! \a db: the open store's handle; \a canvas (may be null) for "pick on map".
  EventForm(HazardPlugin *plugin, const QString &pluginName, const EventKind &kind, sqlite3 *db, QgsMapCanvas *canvas,
            QWidget *parent = nullptr);
  ~EventForm() override;

  //! What the form holds, by parameter name (numbers as double, date-times as ISO text).
  QVariantMap values() const;
  //! The editor of parameter \a name (QDoubleSpinBox, QComboBox, QDateTimeEdit, QLineEdit).
  QWidget *editor(const QString &name) const { return mEditors.value(name); }
  QLabel *error() const { return mError; }
  //! The recorded event's id once accepted, else -1.
  qint64 eventId() const { return mEventId; }
  //! Label/value pairs of what was recorded, for the report.
  QList<QPair<QString, QString>> facts() const;

  //! Sets the longitude/latitude fields from a point in EPSG:4490.
  void setLonLat(double lon, double lat);

public Q_SLOTS:
  void accept() override;

private:
  void pickOnMap();

  HazardPlugin *mPlugin;
  EventKind mKind;
  sqlite3 *mDb;
  QgsMapCanvas *mCanvas;
  QMap<QString, QWidget *> mEditors;
  QLabel *mError = nullptr;
  qint64 mEventId = -1;
  QgsMapTool *mPickTool = nullptr;
  QgsMapTool *mPreviousTool = nullptr;
};

} // namespace onemap
