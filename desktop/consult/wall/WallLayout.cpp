#include "WallLayout.h"

#include <QVector>

namespace onemap::WallLayout {

namespace {
struct Cell
{
  const char *code;
  int weight;
};
// Beside the map: overview, warnings and forces; impact over tasks.
const QVector<QVector<Cell>> kBesideMap {{{"overview", 4}, {"warnings", 3}, {"forces", 5}}, {{"impact", 1}, {"tasks", 1}}};
// Without the map the impact table gets a column of its own.
const QVector<QVector<Cell>> kWithoutMap {{{"overview", 4}, {"warnings", 3}}, {{"impact", 1}}, {{"forces", 3}, {"tasks", 4}}};
} // namespace

QHash<QString, QRect> place(const QRect &area, const QStringList &shown, int gap)
{
  QHash<QString, QRect> out;
  QRect content = area;
  const bool map = shown.contains(QStringLiteral("map"));
  QVector<QVector<Cell>> columns;
  for (const QVector<Cell> &column : map ? kBesideMap : kWithoutMap) {
    QVector<Cell> kept;
    for (const Cell &cell : column)
      if (shown.contains(QLatin1String(cell.code)))
        kept << cell;
    if (!kept.isEmpty())
      columns << kept;
  }
  if (map) {
    // A wide wall (5760x2160) gives the map half its width, a 16:9 one a little more.
    const double share = columns.isEmpty() ? 1.0 : (content.width() >= 2.4 * content.height() ? 0.5 : 0.56);
    const int mapWidth = columns.isEmpty() ? content.width() : qRound(content.width() * share) - gap / 2;
    out.insert(QStringLiteral("map"), QRect(content.x(), content.y(), mapWidth, content.height()));
    content.setLeft(content.x() + mapWidth + gap);
  }
  if (columns.isEmpty())
    return out;
  const int columnWidth = (content.width() - gap * (columns.size() - 1)) / columns.size();
  for (int c = 0; c < columns.size(); ++c) {
    const int x = content.x() + c * (columnWidth + gap);
    int total = 0;
    for (const Cell &cell : columns[c])
      total += cell.weight;
    const int usable = content.height() - gap * (columns[c].size() - 1);
    int y = content.y();
    for (int i = 0; i < columns[c].size(); ++i) {
      const bool last = i == columns[c].size() - 1;
      const int h = last ? content.bottom() + 1 - y : usable * columns[c][i].weight / total;
      out.insert(QLatin1String(columns[c][i].code), QRect(x, y, columnWidth, h));
      y += h + gap;
    }
  }
  return out;
}

} // namespace onemap::WallLayout
