#include "PluginImpactView.h"

#include "export/impact/PluginImpactTables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace onemap {

PluginImpactView::PluginImpactView(QWidget *parent) : QWidget(parent)
{
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto *row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("Hazard plugins; checklist for:"), this));
  mTier = new QComboBox(this);
  for (ResponseTier tier : PluginImpact::kTiers)
    mTier->addItem(PluginImpact::tierText(tier), static_cast<int>(tier));
  row->addWidget(mTier);
  row->addStretch(1);
  layout->addLayout(row);
  mText = new QTextBrowser(this);
  mText->setOpenLinks(false);
  layout->addWidget(mText, 1);
  connect(mTier, qOverload<int>(&QComboBox::currentIndexChanged), this, &PluginImpactView::refresh);
  refresh();
}

void PluginImpactView::setParts(const QVector<PluginImpactPart> &parts)
{
  mParts = parts;
  refresh();
}

void PluginImpactView::refresh()
{
  if (mParts.isEmpty()) {
    mText->setHtml(QStringLiteral("<p style=\"color: #505050;\">%1</p>").arg(tr("No hazard plugin covers this hazard.").toHtmlEscaped()));
    return;
  }
  const auto tier = static_cast<ResponseTier>(mTier->currentData().toInt());
  mText->setHtml(PluginImpactTables::html(mParts, {tier}));
}

} // namespace onemap
