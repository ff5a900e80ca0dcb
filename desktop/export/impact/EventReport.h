#pragma once
// \brief The impact of one recorded event (地震事件, 火点, 危化品泄漏...) as an
// A4 PDF: the event, the plugin's section, the objects threatened and the
// response checklist of the chosen level for county, township and village,
// typeset like the warning impact report.
#include "plugins/PluginImpact.h"
#include "store/Result.h"

#include <QList>
#include <QPair>

namespace onemap {

struct EventFacts
{
  QString pluginName;
  QString kindLabel;
  qint64 eventId = 0;
  QList<QPair<QString, QString>> values; //!< label/value of what was recorded, if known
};

class EventReport
{
public:
  //! With \a withMap, places ImpactReport::kMapResource (the area on the base map).
  static QString html(const EventFacts &facts, const PluginImpactPart &part, const QString &countyName, bool withMap = false);
  //! The map is drawn from \a storePath.
  static Status writePdf(const EventFacts &facts, const PluginImpactPart &part, const QString &storePath, const QString &countyName,
                         const QString &outPath);
};

} // namespace onemap
