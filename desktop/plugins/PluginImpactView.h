#pragma once
// \brief The hazard plugins' parts of an impact on screen: per plugin its
// section, threatened objects and the response checklist of one tier, chosen
// in a selector (县 / 乡镇 / 村). Used by the warnings dock's Impact tab and by
// the event impact window.
#include "PluginImpact.h"

#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace onemap {

class PluginImpactView : public QWidget
{
  Q_OBJECT
public:
  explicit PluginImpactView(QWidget *parent = nullptr);

  void setParts(const QVector<PluginImpactPart> &parts);
  const QVector<PluginImpactPart> &parts() const { return mParts; }

  QComboBox *tier() const { return mTier; }
  QTextBrowser *text() const { return mText; }

private:
  void refresh();

  QVector<PluginImpactPart> mParts;
  QComboBox *mTier = nullptr;
  QTextBrowser *mText = nullptr;
};

} // namespace onemap
