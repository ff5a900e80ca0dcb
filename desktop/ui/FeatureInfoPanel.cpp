#include "FeatureInfoPanel.h"

#include "map/StoreMapLayers.h"

#include <QHeaderView>
#include <qgsvectorlayer.h>

namespace onemap {

FeatureInfoPanel::FeatureInfoPanel(QWidget *parent)
  : QTreeWidget(parent)
{
  setColumnCount(2);
  setHeaderLabels({tr("Field"), tr("Value")});
  header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  setAlternatingRowColors(true);
}

void FeatureInfoPanel::show(const QList<QgsMapToolIdentify::IdentifyResult> &results)
{
  clear();
  if (results.isEmpty()) {
    addTopLevelItem(new QTreeWidgetItem({tr("Nothing here"), QString()}));
    return;
  }
  for (const auto &result : results) {
    auto *layer = qobject_cast<QgsVectorLayer *>(result.mLayer);
    if (!layer)
      continue;
    const QgsFeature &feature = result.mFeature;
    const int nameIndex = layer->fields().indexOf(QStringLiteral("name"));
    const QString title = nameIndex >= 0 ? feature.attribute(nameIndex).toString() : QString::number(feature.id());
    auto *top = new QTreeWidgetItem({layer->name(), title});
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    top->setFont(1, bold);
    const QgsFields fields = layer->fields();
    for (int i = 0; i < fields.count(); ++i) {
      const QVariant value = feature.attribute(i);
      if (value.isNull())
        continue;
      top->addChild(new QTreeWidgetItem({layer->attributeDisplayName(i), StoreMapLayers::displayValue(layer, i, value)}));
    }
    addTopLevelItem(top);
  }
  if (topLevelItemCount() > 0)
    topLevelItem(0)->setExpanded(true);
}

} // namespace onemap
