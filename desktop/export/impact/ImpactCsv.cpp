#include "ImpactCsv.h"

#include "ImpactTables.h"
#include "PluginImpactTables.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

namespace onemap {

namespace {

// A cell starting with = + - @ would run as a formula in Excel (CSV injection).
QString guarded(const QString &text, bool numeric)
{
  if (!numeric && !text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.at(0)))
    return QLatin1Char('\'') + text;
  return text;
}

QString quoted(const QString &text)
{
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
    return text;
  return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QByteArray line(const QStringList &cells, const QList<bool> &numeric = {})
{
  QStringList out;
  for (int i = 0; i < cells.size(); ++i)
    out << quoted(guarded(cells[i], numeric.value(i, false)));
  return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray section(const ImpactTable &t)
{
  QByteArray data = line({QStringLiteral("[%1]").arg(t.key), t.title});
  data += line(t.headers);
  for (const QStringList &row : t.rows)
    data += line(row, t.numeric);
  return data + "\r\n";
}

} // namespace

Status ImpactCsv::write(const Impact &impact, const QString &outPath, const QVector<PluginImpactPart> &plugins)
{
  QByteArray data("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8, not the ANSI code page
  data += line({QStringLiteral("[warning]"), QCoreApplication::translate("onemap::ImpactCsv", "Impact of warning")});
  data += line({QCoreApplication::translate("onemap::ImpactCsv", "Item"), QCoreApplication::translate("onemap::ImpactCsv", "Value")});
  for (const auto &fact : ImpactTables::warningFacts(impact))
    data += line({fact.first, fact.second});
  data += "\r\n";
  data += section(ImpactTables::townships(impact));
  data += section(ImpactTables::dangers(impact));
  data += section(ImpactTables::shelters(impact));
  data += section(ImpactTables::teams(impact));
  data += section(ImpactTables::villages(impact));
  for (const PluginImpactPart &part : plugins) {
    if (!part.error.isEmpty())
      data += line({QStringLiteral("[plugin:%1:error]").arg(part.pluginId), part.error}) + "\r\n";
    if (!part.section.title.isEmpty())
      data += section(PluginImpactTables::section(part));
    data += section(PluginImpactTables::threatened(part));
    if (part.hasLevel)
      for (ResponseTier tier : PluginImpact::kTiers)
        data += section(PluginImpactTables::checklist(part, tier));
  }

  const QString part = outPath + QStringLiteral(".part");
  QFile file(part);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return Status::failure(QCoreApplication::translate("onemap::ImpactCsv", "cannot write %1: %2").arg(part, file.errorString()));
  if (file.write(data) != data.size() || !file.flush()) {
    file.close();
    QFile::remove(part);
    return Status::failure(QCoreApplication::translate("onemap::ImpactCsv", "cannot write %1: %2").arg(part, file.errorString()));
  }
  file.close();
  // rename(2) replaces an existing file in one step.
  if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(outPath).constData()) != 0) {
    QFile::remove(part);
    return Status::failure(QCoreApplication::translate("onemap::ImpactCsv", "cannot write %1: rename from %2 failed").arg(outPath, part));
  }
  return Status();
}

} // namespace onemap
