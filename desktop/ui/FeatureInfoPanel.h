#pragma once
// \brief Shows identified features with Chinese field names and coded values in words.
#include <QTreeWidget>
#include <qgsmaptoolidentify.h>

namespace onemap {

class FeatureInfoPanel : public QTreeWidget
{
  Q_OBJECT
public:
  explicit FeatureInfoPanel(QWidget *parent = nullptr);
  void show(const QList<QgsMapToolIdentify::IdentifyResult> &results);
};

} // namespace onemap
