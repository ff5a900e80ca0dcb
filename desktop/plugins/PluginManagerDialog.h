#pragma once
// \brief 插件管理: every plugin found, its version, hazard codes, state (or
// why it was skipped) and what it contributes, with an enable box per plugin.
#include <QDialog>

class QTableWidget;

namespace onemap {

class PluginRegistry;

class PluginManagerDialog : public QDialog
{
  Q_OBJECT
public:
  explicit PluginManagerDialog(const PluginRegistry &registry, QWidget *parent = nullptr);

  QTableWidget *table() const { return mTable; }

private:
  QTableWidget *mTable = nullptr;
};

} // namespace onemap
