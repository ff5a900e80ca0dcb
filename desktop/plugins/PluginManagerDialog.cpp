#include "PluginManagerDialog.h"

#include "BoardPlugins.h"
#include "plugins/PluginRegistry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace onemap {

PluginManagerDialog::PluginManagerDialog(const PluginRegistry &registry, QWidget *parent) : QDialog(parent)
{
  setWindowTitle(tr("Hazard plugins"));
  resize(1000, 380);
  auto *layout = new QVBoxLayout(this);

  const QVector<PluginEntry> &entries = registry.entries();
  mTable = new QTableWidget(entries.size(), 6, this);
  mTable->setHorizontalHeaderLabels({tr("Enabled"), tr("Plugin"), tr("Version"), tr("Hazard codes"), tr("Status"), tr("Contributes / reason")});
  mTable->verticalHeader()->hide();
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->horizontalHeader()->setStretchLastSection(true);
  for (int row = 0; row < entries.size(); ++row) {
    const PluginEntry &e = entries.at(row);
    auto *enabled = new QTableWidgetItem;
    if (!e.id.isEmpty()) {
      enabled->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
      enabled->setCheckState(PluginRegistry::isEnabled(e.id) ? Qt::Checked : Qt::Unchecked);
      enabled->setData(Qt::UserRole, e.id);
    } else {
      enabled->setFlags(Qt::NoItemFlags);
    }
    mTable->setItem(row, 0, enabled);
    const QString name = e.nameZh.isEmpty() && e.nameEn.isEmpty() ? QString() : BoardPlugins::displayName(e);
    auto *nameItem = new QTableWidgetItem(name.isEmpty() ? QFileInfo(e.file).fileName() : QStringLiteral("%1 (%2)").arg(name, e.id));
    nameItem->setToolTip(QDir::toNativeSeparators(e.file));
    mTable->setItem(row, 1, nameItem);
    mTable->setItem(row, 2, new QTableWidgetItem(e.version));
    mTable->setItem(row, 3, new QTableWidgetItem(e.hazardCodes.join(QStringLiteral(", "))));
    mTable->setItem(row, 4, new QTableWidgetItem(PluginRegistry::stateText(e.state)));
    // A loaded plugin may still have failed a migration or a layer: say so.
    const QStringList problems = e.state == PluginEntry::State::Loaded ? BoardPlugins::problemsOf(e.id) : QStringList();
    QString detail = e.state == PluginEntry::State::Loaded ? e.contributions.join(QStringLiteral(", ")) : e.message;
    if (!problems.isEmpty())
      detail = problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + detail;
    auto *detailItem = new QTableWidgetItem(detail);
    detailItem->setToolTip(detail);
    if (e.state == PluginEntry::State::Skipped || !problems.isEmpty())
      detailItem->setForeground(QColor(170, 30, 30));
    mTable->setItem(row, 5, detailItem);
  }
  mTable->resizeColumnsToContents();
  // Reasons are long: wrap them in the stretched last column, rows follow.
  mTable->setWordWrap(true);
  connect(mTable->horizontalHeader(), &QHeaderView::sectionResized, mTable, &QTableWidget::resizeRowsToContents);
  connect(mTable, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
    const QString id = item->data(Qt::UserRole).toString();
    if (item->column() == 0 && !id.isEmpty())
      PluginRegistry::setEnabled(id, item->checkState() == Qt::Checked);
  });
  layout->addWidget(mTable);

  QString note = entries.isEmpty() ? tr("No hazard plugins found. The board works without them.") + QLatin1Char(' ') : QString();
  note += tr("Enabling or disabling a plugin takes effect at the next start. Plugin folders: %1")
            .arg(QDir::toNativeSeparators(registry.searchPaths().join(QStringLiteral("; "))));
  auto *label = new QLabel(note, this);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(label);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
}

} // namespace onemap
