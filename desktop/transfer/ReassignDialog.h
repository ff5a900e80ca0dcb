#pragma once
// \brief Reassign a group of a transfer plan by hand: the open shelters with
// room left for this plan, fastest to reach by road first (on the plan's
// network; those no open road reaches last, by straight line), and how many
// of the group's people move.
#include "transfer/TransferPlan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace onemap {

class Store;

class ReassignDialog : public QDialog
{
  Q_OBJECT
public:
  struct Choice
  {
    qint64 shelterId = 0;
    QString name;
    QString shelterClass;
    qint64 free = 0;   //!< capacity - occupancy - what this plan's other rows send there
    double km = 0;     //!< by road when byRoad, else straight line from the group
    double minutes = 0; //!< by road (0 when not byRoad)
    bool byRoad = false;
  };

  ReassignDialog(Store &store, const TransferAssignment &row, QWidget *parent = nullptr);

  //! Shelters offered, fastest by road first (those with no room left are not offered).
  const QVector<Choice> &choices() const { return mChoices; }
  qint64 shelterId() const;
  qint64 people() const;
  //! Picks shelter \a id (false when it is not offered) and the number of people.
  bool select(qint64 shelterId, qint64 people);

  //! Where the group gathers: the route's start, else the point or the village.
  static bool sourcePoint(Store &store, const TransferAssignment &row, double &lon, double &lat);

private:
  void loadChoices(Store &store);
  void updateLimit();

  TransferAssignment mRow;
  QVector<Choice> mChoices;
  QComboBox *mShelter = nullptr;
  QSpinBox *mPeople = nullptr;
  QLabel *mInfo = nullptr;
};

} // namespace onemap
