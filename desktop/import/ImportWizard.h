#pragma once
// \brief The import wizard: choose ledger and file (encoding override with a
// preview of the decoded rows), map columns to fields (suggested; saved and
// loaded as a mapping file), choose the mode, run with progress and cancel,
// and read the row-by-row report. The import itself is layers/import's.
#include "import/ColumnMapping.h"
#include "import/Importer.h"

#include <QWizard>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace onemap {

class ImportWizard : public QWizard
{
  Q_OBJECT
public:
  explicit ImportWizard(const QString &storePath, QWidget *parent = nullptr);

  //! Test and screenshot hooks: fill the first page without dialogs.
  void setSource(const QString &layer, const QString &file, const QString &encoding = QString());
  const std::optional<ImportSummary> &summary() const { return mSummary; }

Q_SIGNALS:
  //! Rows were stored: map layers should repaint.
  void imported(const QString &layer);

protected:
  void initializePage(int id) override;
  bool validateCurrentPage() override;

private:
  enum Page { SourcePage, MappingPage, ModePage, ResultPage };
  QWizardPage *buildSourcePage();
  QWizardPage *buildMappingPage();
  QWizardPage *buildModePage();
  QWizardPage *buildResultPage();
  void refreshPreview();
  void fillMappingTable(const ColumnMapping &mapping);
  ColumnMapping mappingFromTable() const;
  void runImport();

  QString mStorePath;
  QStringList mColumns;
  QComboBox *mLayer = nullptr;
  QLineEdit *mFile = nullptr;
  QComboBox *mEncoding = nullptr;
  QLabel *mSourceInfo = nullptr;
  QTableWidget *mPreview = nullptr;
  QTableWidget *mMapping = nullptr;
  QRadioButton *mKeepGood = nullptr;
  QLineEdit *mCrs = nullptr;
  QLabel *mResult = nullptr;
  QTableWidget *mIssues = nullptr;
  std::optional<ImportSummary> mSummary;
};

} // namespace onemap
