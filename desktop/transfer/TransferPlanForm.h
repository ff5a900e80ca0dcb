#pragma once
// \brief What a new transfer plan covers and how it is made: the area (a
// warning in force, a risk zone, a township, the county), walk or drive, the
// walking speed, the shelter classes allowed, and the roads to avoid (marked
// cut, inside red/orange warnings, inside picked risk zones).
#include "transfer/TransferArea.h"
#include "transfer/TransferPlanner.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QListWidget;

namespace onemap {

class Store;

class TransferPlanForm : public QWidget
{
  Q_OBJECT
public:
  TransferPlanForm(Store &store, QWidget *parent = nullptr);

  //! Reads the warnings in force, zones and townships again.
  void reload();

  TransferArea::Kind areaKind() const;
  QString areaRef() const;
  QString areaLabel() const;
  //! Chooses the area (false when \a ref is not offered for \a kind).
  bool setArea(TransferArea::Kind kind, const QString &ref);
  //! The options as chosen (area left to resolve; actor left to the caller).
  TransferPlanOptions options() const;
  //! The shelter classes ticked; empty when all are (no restriction).
  QStringList shelterClasses() const;

  QComboBox *kindBox() const { return mKind; }
  QComboBox *areaBox() const { return mArea; }
  QComboBox *modeBox() const { return mMode; }
  QDoubleSpinBox *walkSpeed() const { return mWalk; }
  QListWidget *classes() const { return mClasses; }
  QCheckBox *markedCut() const { return mMarkedCut; }
  QCheckBox *severeWarnings() const { return mSevere; }
  QListWidget *cutZones() const { return mZones; }

Q_SIGNALS:
  void areaChanged();

private:
  void fillAreas();

  Store &mStore;
  QComboBox *mKind = nullptr;
  QComboBox *mArea = nullptr;
  QComboBox *mMode = nullptr;
  QDoubleSpinBox *mWalk = nullptr;
  QListWidget *mClasses = nullptr;
  QCheckBox *mMarkedCut = nullptr;
  QCheckBox *mSevere = nullptr;
  QListWidget *mZones = nullptr;
};

} // namespace onemap
