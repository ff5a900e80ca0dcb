#pragma once
// \brief Impact tab of the warnings dock (预警影响): what the selected
// warning's area holds, through layers/warnings/WarningImpact: a summary line,
// the per-township table and the escalated hidden dangers (not signed off
// inside an orange or red area), overdue ones first.
#include <QDate>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace onemap {

class PluginImpactView;
class Store;
struct Impact;

class ImpactPanel : public QWidget
{
  Q_OBJECT
public:
  //! Works on \a store, which must outlive the panel.
  explicit ImpactPanel(Store &store, QWidget *parent = nullptr);

  //! Shows the impact of warning \a id judged on \a today (invalid: the current date); 0 clears.
  void setWarning(qint64 id, const QDate &today = QDate());
  qint64 warning() const { return mWarning; }

  QLabel *summary() const { return mSummary; }
  QTableWidget *townships() const { return mTownships; }
  QTableWidget *dangers() const { return mDangers; }
  //! Each hazard plugin's section, threatened objects and checklist.
  PluginImpactView *plugins() const { return mPlugins; }

private:
  void show(const Impact &impact);

  Store &mStore;
  qint64 mWarning = 0;
  QLabel *mSummary = nullptr;
  QTableWidget *mTownships = nullptr;
  QTableWidget *mDangers = nullptr;
  PluginImpactView *mPlugins = nullptr;
};

} // namespace onemap
