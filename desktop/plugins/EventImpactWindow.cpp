#include "EventImpactWindow.h"

#include "PluginImpactView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace onemap {

EventImpactWindow::EventImpactWindow(HazardPlugin *plugin, const EventFacts &facts, const PluginImpactPart &part, const QString &storePath,
                                     const QString &countyName, QWidget *parent)
  : QDialog(parent), mPlugin(plugin), mFacts(facts), mPart(part), mStorePath(storePath), mCounty(countyName)
{
  setWindowTitle(tr("Event impact: %1 — %2 #%3").arg(facts.pluginName, facts.kindLabel).arg(facts.eventId));
  resize(760, 640);
  auto *layout = new QVBoxLayout(this);
  auto *row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("Response level:"), this));
  mLevel = new QComboBox(this);
  const QPair<QString, ResponseLevel> levels[] = {{tr("I (red)"), ResponseLevel::I}, {tr("II (orange)"), ResponseLevel::II},
                                                  {tr("III (yellow)"), ResponseLevel::III}, {tr("IV (blue)"), ResponseLevel::IV}};
  for (const auto &l : levels)
    mLevel->addItem(l.first, static_cast<int>(l.second));
  mLevel->setCurrentIndex(mPart.hasLevel ? static_cast<int>(mPart.level) - 1 : 3);
  row->addWidget(mLevel);
  row->addStretch(1);
  layout->addLayout(row);
  mView = new PluginImpactView(this);
  layout->addWidget(mView, 1);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton *pdf = buttons->addButton(tr("Export PDF..."), QDialogButtonBox::ActionRole);
  connect(pdf, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export event impact"), QStringLiteral("event-%1.pdf").arg(mFacts.eventId), tr("PDF (*.pdf)"));
    if (path.isEmpty())
      return;
    if (const Status s = exportPdf(path); !s)
      QMessageBox::warning(this, windowTitle(), s.message());
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  connect(mLevel, qOverload<int>(&QComboBox::currentIndexChanged), this, &EventImpactWindow::levelChosen);
  levelChosen();
}

void EventImpactWindow::levelChosen()
{
  PluginImpact::addChecklist(mPlugin, static_cast<ResponseLevel>(mLevel->currentData().toInt()), mPart);
  mView->setParts({mPart});
}

Status EventImpactWindow::exportPdf(const QString &path) const { return EventReport::writePdf(mFacts, mPart, mStorePath, mCounty, path); }

} // namespace onemap
