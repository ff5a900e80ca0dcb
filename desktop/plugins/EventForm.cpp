#include "EventForm.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolemitpoint.h>
#include <qgsproject.h>

namespace onemap {

namespace {
const QgsCoordinateReferenceSystem &cgcs2000()
{
  static const QgsCoordinateReferenceSystem crs(QStringLiteral("EPSG:4490"));
  return crs;
}
} // namespace

EventForm::EventForm(HazardPlugin *plugin, const QString &pluginName, const EventKind &kind, sqlite3 *db, QgsMapCanvas *canvas, QWidget *parent)
  : QDialog(parent), mPlugin(plugin), mKind(kind), mDb(db), mCanvas(canvas)
{
  setWindowTitle(tr("Record event: %1 — %2").arg(pluginName, kind.label));
  auto *layout = new QVBoxLayout(this);
  auto *form = new QFormLayout;
  layout->addLayout(form);

  // Where the map is now: the natural default for a place on it.
  double centreLon = 0, centreLat = 0;
  bool haveCentre = false;
  if (mCanvas) {
    QgsCoordinateTransform toLonLat(mCanvas->mapSettings().destinationCrs(), cgcs2000(), QgsProject::instance()->transformContext());
    try {
      const QgsPointXY c = toLonLat.transform(mCanvas->extent().center());
      centreLon = c.x();
      centreLat = c.y();
      haveCentre = true;
    } catch (const QgsCsException &) {
    }
  }

  bool pickAdded = false;
  for (const EventParameter &p : kind.parameters) {
    QWidget *editor = nullptr;
    const QString label = p.unit.isEmpty() ? p.label : QStringLiteral("%1 (%2)").arg(p.label, p.unit);
    switch (p.kind) {
    case EventParameter::Kind::Number:
    case EventParameter::Kind::Longitude:
    case EventParameter::Kind::Latitude: {
      auto *spin = new QDoubleSpinBox(this);
      spin->setRange(p.minimum, p.maximum);
      spin->setDecimals(p.decimals);
      if (!p.unit.isEmpty())
        spin->setSuffix(QLatin1Char(' ') + p.unit);
      double value = p.defaultValue.isValid() ? p.defaultValue.toDouble() : 0.5 * (p.minimum + p.maximum);
      if (!p.defaultValue.isValid() && haveCentre && p.kind == EventParameter::Kind::Longitude)
        value = centreLon;
      if (!p.defaultValue.isValid() && haveCentre && p.kind == EventParameter::Kind::Latitude)
        value = centreLat;
      spin->setValue(value);
      editor = spin;
      break;
    }
    case EventParameter::Kind::Choice: {
      auto *combo = new QComboBox(this);
      for (const QString &choice : p.choices) {
        const int colon = choice.indexOf(QLatin1Char(':'));
        const QString value = colon < 0 ? choice : choice.left(colon);
        combo->addItem(colon < 0 ? choice : choice.mid(colon + 1), value);
      }
      const int at = combo->findData(p.defaultValue);
      if (at >= 0)
        combo->setCurrentIndex(at);
      editor = combo;
      break;
    }
    case EventParameter::Kind::DateTime: {
      auto *edit = new QDateTimeEdit(p.defaultValue.isValid() ? p.defaultValue.toDateTime() : QDateTime::currentDateTime(), this);
      edit->setCalendarPopup(true);
      edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
      editor = edit;
      break;
    }
    case EventParameter::Kind::Text: {
      auto *line = new QLineEdit(p.defaultValue.toString(), this);
      editor = line;
      break;
    }
    }
    editor->setObjectName(p.name);
    mEditors.insert(p.name, editor);
    const bool position = p.kind == EventParameter::Kind::Longitude || p.kind == EventParameter::Kind::Latitude;
    if (position && !pickAdded && mCanvas) {
      // One "pick on map" button fills longitude and latitude together.
      auto *row = new QWidget(this);
      auto *h = new QHBoxLayout(row);
      h->setContentsMargins(0, 0, 0, 0);
      h->addWidget(editor, 1);
      auto *pick = new QPushButton(tr("Pick on map"), row);
      pick->setObjectName(QStringLiteral("pickOnMap"));
      connect(pick, &QPushButton::clicked, this, &EventForm::pickOnMap);
      h->addWidget(pick);
      form->addRow(label, row);
      pickAdded = true;
    } else {
      form->addRow(label, editor);
    }
  }

  mError = new QLabel(this);
  mError->setWordWrap(true);
  mError->setStyleSheet(QStringLiteral("color: #c01010;"));
  mError->hide();
  layout->addWidget(mError);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Record and assess"));
  connect(buttons, &QDialogButtonBox::accepted, this, &EventForm::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &EventForm::reject);
  layout->addWidget(buttons);
}

EventForm::~EventForm()
{
  if (mCanvas && mPickTool && mCanvas->mapTool() == mPickTool)
    mCanvas->unsetMapTool(mPickTool);
  delete mPickTool;
}

QVariantMap EventForm::values() const
{
  QVariantMap values;
  for (const EventParameter &p : mKind.parameters) {
    QWidget *w = mEditors.value(p.name);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(w))
      values.insert(p.name, spin->value());
    else if (auto *combo = qobject_cast<QComboBox *>(w))
      values.insert(p.name, combo->currentData());
    else if (auto *edit = qobject_cast<QDateTimeEdit *>(w))
      values.insert(p.name, edit->dateTime().toString(Qt::ISODate));
    else if (auto *line = qobject_cast<QLineEdit *>(w))
      values.insert(p.name, line->text());
  }
  return values;
}

QList<QPair<QString, QString>> EventForm::facts() const
{
  QList<QPair<QString, QString>> out;
  for (const EventParameter &p : mKind.parameters) {
    QWidget *w = mEditors.value(p.name);
    QString text;
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(w))
      text = spin->text();
    else if (auto *combo = qobject_cast<QComboBox *>(w))
      text = combo->currentText();
    else if (auto *edit = qobject_cast<QDateTimeEdit *>(w))
      text = edit->text();
    else if (auto *line = qobject_cast<QLineEdit *>(w))
      text = line->text();
    out << qMakePair(p.label, text);
  }
  return out;
}

void EventForm::setLonLat(double lon, double lat)
{
  for (const EventParameter &p : mKind.parameters) {
    auto *spin = qobject_cast<QDoubleSpinBox *>(mEditors.value(p.name));
    if (spin && p.kind == EventParameter::Kind::Longitude)
      spin->setValue(lon);
    if (spin && p.kind == EventParameter::Kind::Latitude)
      spin->setValue(lat);
  }
}

void EventForm::accept()
{
  QString error;
  const qint64 id = mPlugin->recordEvent(mDb, mKind.id, values(), &error);
  if (id < 0) {
    mError->setText(tr("Not recorded: %1").arg(error.isEmpty() ? tr("the plugin gave no reason") : error));
    mError->show();
    return;
  }
  mEventId = id;
  QDialog::accept();
}

void EventForm::pickOnMap()
{
  if (!mCanvas)
    return;
  if (!mPickTool) {
    auto *tool = new QgsMapToolEmitPoint(mCanvas);
    connect(tool, &QgsMapToolEmitPoint::canvasClicked, this, [this](const QgsPointXY &point, Qt::MouseButton) {
      QgsCoordinateTransform toLonLat(mCanvas->mapSettings().destinationCrs(), cgcs2000(), QgsProject::instance()->transformContext());
      try {
        const QgsPointXY p = toLonLat.transform(point);
        setLonLat(p.x(), p.y());
      } catch (const QgsCsException &) {
      }
      if (mPreviousTool)
        mCanvas->setMapTool(mPreviousTool);
      else
        mCanvas->unsetMapTool(mPickTool);
      if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->clearMessage();
      show();
      raise();
    });
    mPickTool = tool;
  }
  // The form steps aside while the officer clicks the place on the map.
  mPreviousTool = mCanvas->mapTool();
  mCanvas->setMapTool(mPickTool);
  if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
    window->statusBar()->showMessage(tr("Click the place of the event on the map"), 30000);
  hide();
}

} // namespace onemap
