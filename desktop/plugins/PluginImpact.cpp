#include "PluginImpact.h"

#include "BoardPlugins.h"
#include "plugins/PluginRegistry.h"

#include <QCoreApplication>
#include <algorithm>
#include <exception>

namespace onemap::PluginImpact {

namespace {
QString failed(const QString &name, const QString &what)
{
  return QCoreApplication::translate("onemap::PluginImpact", "Plugin %1: %2").arg(name, what);
}

// A plugin is someone else's code: an exception out of it must not take the board down.
template <typename F>
bool guarded(PluginImpactPart &part, F &&call)
{
  try {
    call();
    return true;
  } catch (const std::exception &e) {
    part.error = failed(part.pluginName, QString::fromLocal8Bit(e.what()));
  } catch (...) {
    part.error = failed(part.pluginName, QCoreApplication::translate("onemap::PluginImpact", "unexpected failure"));
  }
  return false;
}
} // namespace

bool levelOf(const QString &warningLevel, ResponseLevel *level)
{
  static const QPair<const char *, ResponseLevel> kLevels[] = {
    {"red", ResponseLevel::I}, {"orange", ResponseLevel::II}, {"yellow", ResponseLevel::III}, {"blue", ResponseLevel::IV}};
  for (const auto &l : kLevels)
    if (warningLevel == QLatin1String(l.first)) {
      *level = l.second;
      return true;
    }
  return false;
}

QString levelText(ResponseLevel level)
{
  switch (level) {
  case ResponseLevel::I: return QStringLiteral("I");
  case ResponseLevel::II: return QStringLiteral("II");
  case ResponseLevel::III: return QStringLiteral("III");
  case ResponseLevel::IV: break;
  }
  return QStringLiteral("IV");
}

QString tierText(ResponseTier tier)
{
  switch (tier) {
  case ResponseTier::County: return QCoreApplication::translate("onemap::PluginImpact", "County");
  case ResponseTier::Township: return QCoreApplication::translate("onemap::PluginImpact", "Township");
  case ResponseTier::Village: break;
  }
  return QCoreApplication::translate("onemap::PluginImpact", "Village (grid)");
}

void addChecklist(HazardPlugin *plugin, ResponseLevel level, PluginImpactPart &part)
{
  part.level = level;
  part.hasLevel = true;
  guarded(part, [&] {
    for (std::size_t i = 0; i < kTiers.size(); ++i)
      part.checklist[i] = plugin->checklist(level, kTiers[i]);
  });
}

QVector<PluginImpactPart> forWarning(const PluginRegistry &registry, sqlite3 *db, qint64 warningId, const QString &hazard,
                                     const QString &level)
{
  QVector<PluginImpactPart> parts;
  for (const PluginEntry &e : registry.entries()) {
    if (e.state != PluginEntry::State::Loaded || !e.hazardCodes.contains(hazard))
      continue;
    PluginImpactPart part;
    part.pluginId = e.id;
    part.pluginName = BoardPlugins::displayName(e);
    guarded(part, [&] {
      QString error;
      part.threatened = e.plugin->threatenedBy(db, warningId, &error);
      if (!error.isEmpty())
        part.error = failed(part.pluginName, error);
      part.section = e.plugin->impactSection(db, warningId);
    });
    ResponseLevel l;
    if (levelOf(level, &l))
      addChecklist(e.plugin, l, part);
    parts << part;
  }
  // What plugins found comes first; a failing plugin's line follows them.
  std::stable_partition(parts.begin(), parts.end(), [](const PluginImpactPart &p) { return p.error.isEmpty(); });
  return parts;
}

PluginImpactPart forEvent(HazardPlugin *plugin, const QString &pluginName, sqlite3 *db, const QString &kind, qint64 eventId)
{
  PluginImpactPart part;
  part.pluginId = plugin->id();
  part.pluginName = pluginName;
  guarded(part, [&] {
    QString error;
    const EventImpact impact = plugin->eventImpact(db, kind, eventId, &error);
    if (!error.isEmpty()) {
      part.error = failed(pluginName, error);
      return;
    }
    part.section = impact.section;
    part.threatened = impact.threatened;
    part.areaWkt = impact.areaWkt;
  });
  return part;
}

} // namespace onemap::PluginImpact
