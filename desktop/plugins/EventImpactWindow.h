#pragma once
// \brief The impact of a recorded event: the plugin's section, the objects
// threatened and the response checklist (a level selector, a tier selector,
// as in the warnings dock's Impact tab), with "Export PDF...".
#include "export/impact/EventReport.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace onemap {

class HazardPlugin;
class PluginImpactView;

class EventImpactWindow : public QDialog
{
  Q_OBJECT
public:
  EventImpactWindow(HazardPlugin *plugin, const EventFacts &facts, const PluginImpactPart &part, const QString &storePath,
                    const QString &countyName, QWidget *parent = nullptr);

  PluginImpactView *view() const { return mView; }
  QComboBox *level() const { return mLevel; }
  //! Writes the report with the chosen level's checklists.
  Status exportPdf(const QString &path) const;

private:
  void levelChosen();

  HazardPlugin *mPlugin;
  EventFacts mFacts;
  PluginImpactPart mPart;
  QString mStorePath;
  QString mCounty;
  QComboBox *mLevel = nullptr;
  PluginImpactView *mView = nullptr;
};

} // namespace onemap
