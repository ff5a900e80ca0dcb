#include "ImportWizard.h"

#include "import/AdminPlaces.h"
#include "import/ImportTarget.h"
#include "import/SourceReader.h"
#include "map/FieldLabels.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <atomic>

namespace onemap {

namespace {
constexpr int kPreviewRows = 20;
const QString kLon = QStringLiteral("@lon");
const QString kLat = QStringLiteral("@lat");

QString ledgerLabel(const QString &layer)
{
  static const QHash<QString, const char *> labels {
    {QStringLiteral("hidden_dangers"), QT_TRANSLATE_NOOP("onemap::ImportWizard", "Hidden-danger points")},
    {QStringLiteral("shelters"), QT_TRANSLATE_NOOP("onemap::ImportWizard", "Shelters")},
    {QStringLiteral("teams"), QT_TRANSLATE_NOOP("onemap::ImportWizard", "Rescue teams")},
    {QStringLiteral("reserves"), QT_TRANSLATE_NOOP("onemap::ImportWizard", "Material reserves")},
    {QStringLiteral("stations"), QT_TRANSLATE_NOOP("onemap::ImportWizard", "Monitoring stations")},
    {QStringLiteral("cameras"), QT_TRANSLATE_NOOP("onemap::ImportWizard", "Video cameras")},
    {QStringLiteral("responsible_persons"), QT_TRANSLATE_NOOP("onemap::ImportWizard", "Responsible persons")},
  };
  const auto it = labels.constFind(layer);
  return it == labels.constEnd() ? layer : QCoreApplication::translate("onemap::ImportWizard", it.value());
}
} // namespace

ImportWizard::ImportWizard(const QString &storePath, QWidget *parent)
  : QWizard(parent), mStorePath(storePath)
{
  setWindowTitle(tr("Import into a ledger"));
  setWizardStyle(QWizard::ClassicStyle);
  setPage(SourcePage, buildSourcePage());
  setPage(MappingPage, buildMappingPage());
  setPage(ModePage, buildModePage());
  setPage(ResultPage, buildResultPage());
  resize(960, 640);
}

QWizardPage *ImportWizard::buildSourcePage()
{
  auto *page = new QWizardPage;
  page->setTitle(tr("Ledger and file"));
  page->setSubTitle(tr("CSV, Excel (XLSX), Shapefile, GeoJSON, GeoPackage or KML. Check that the Chinese text reads correctly."));
  mLayer = new QComboBox;
  for (const QString &layer : ImportTarget::layers())
    mLayer->addItem(ledgerLabel(layer), layer);
  mFile = new QLineEdit;
  auto *browse = new QPushButton(tr("Browse..."));
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("File to import"), QString(),
                                                   tr("Tables and GIS files (*.csv *.txt *.xlsx *.shp *.geojson *.json *.gpkg *.kml);;All files (*)"));
    if (!f.isEmpty())
      mFile->setText(f);
  });
  auto *fileRow = new QHBoxLayout;
  fileRow->addWidget(mFile);
  fileRow->addWidget(browse);
  mEncoding = new QComboBox;
  mEncoding->addItem(tr("Detect"), QString());
  mEncoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
  mEncoding->addItem(QStringLiteral("GBK"), QStringLiteral("gbk"));
  mEncoding->addItem(QStringLiteral("GB18030"), QStringLiteral("gb18030"));
  mSourceInfo = new QLabel;
  mSourceInfo->setWordWrap(true);
  mPreview = new QTableWidget;
  mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
  auto *form = new QFormLayout;
  form->addRow(tr("Ledger"), mLayer);
  form->addRow(tr("File"), fileRow);
  form->addRow(tr("Text encoding"), mEncoding);
  auto *layout = new QVBoxLayout(page);
  layout->addLayout(form);
  layout->addWidget(mSourceInfo);
  layout->addWidget(mPreview, 1);
  connect(mFile, &QLineEdit::textChanged, this, &ImportWizard::refreshPreview);
  connect(mEncoding, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ImportWizard::refreshPreview);
  return page;
}

void ImportWizard::refreshPreview()
{
  mColumns.clear();
  mPreview->clear();
  mPreview->setRowCount(0);
  mPreview->setColumnCount(0);
  if (mFile->text().isEmpty())
    return;
  auto reader = SourceReader::open(mFile->text(), mEncoding->currentData().toString());
  if (!reader) {
    mSourceInfo->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(reader.message().toHtmlEscaped()));
    return;
  }
  SourceReader &r = *reader.value();
  mColumns = r.columns();
  mSourceInfo->setText(tr("%1, encoding %2, about %3 rows, CRS %4").arg(r.driver(), r.encoding()).arg(r.estimatedRows()).arg(r.crs().isEmpty() ? tr("not given") : r.crs().left(40)));
  const QVector<QStringList> rows = r.preview(kPreviewRows);
  mPreview->setColumnCount(mColumns.size());
  mPreview->setHorizontalHeaderLabels(mColumns);
  mPreview->setRowCount(rows.size());
  for (int i = 0; i < rows.size(); ++i)
    for (int c = 0; c < rows[i].size(); ++c)
      mPreview->setItem(i, c, new QTableWidgetItem(rows[i][c]));
  mPreview->resizeColumnsToContents();
}

QWizardPage *ImportWizard::buildMappingPage()
{
  auto *page = new QWizardPage;
  page->setTitle(tr("Columns to fields"));
  page->setSubTitle(tr("Suggested from the column names (Chinese or English). Save the mapping to reuse it for the next file."));
  mMapping = new QTableWidget(0, 2);
  mMapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
  mMapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  mMapping->verticalHeader()->hide();
  auto *load = new QPushButton(tr("Load mapping..."));
  auto *save = new QPushButton(tr("Save mapping..."));
  connect(load, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getOpenFileName(this, tr("Mapping file"), QString(), tr("Mapping (*.json)"));
    if (f.isEmpty())
      return;
    Result<ColumnMapping> m = ColumnMapping::load(f);
    if (!m)
      QMessageBox::warning(this, windowTitle(), m.message());
    else
      fillMappingTable(m.value());
  });
  connect(save, &QPushButton::clicked, this, [this] {
    const QString f = QFileDialog::getSaveFileName(this, tr("Mapping file"), QString(), tr("Mapping (*.json)"));
    if (!f.isEmpty())
      if (Status s = mappingFromTable().save(f); !s)
        QMessageBox::warning(this, windowTitle(), s.message());
  });
  auto *buttons = new QHBoxLayout;
  buttons->addStretch();
  buttons->addWidget(load);
  buttons->addWidget(save);
  auto *layout = new QVBoxLayout(page);
  layout->addWidget(mMapping, 1);
  layout->addLayout(buttons);
  return page;
}

void ImportWizard::fillMappingTable(const ColumnMapping &mapping)
{
  const ImportTarget *target = ImportTarget::find(mLayer->currentData().toString());
  if (!target)
    return;
  QVector<QPair<QString, QString>> rows; // key, shown label
  for (const FieldSpec &f : target->spec->fields)
    rows << qMakePair(f.name, FieldLabels::field(f.name) + (f.required && !target->defaults.contains(f.name) ? QStringLiteral(" *") : QString()));
  if (target->spec->hasGeometry())
    rows << qMakePair(kLon, tr("Longitude / X")) << qMakePair(kLat, tr("Latitude / Y"));
  // Names resolved to the place code (not stored as such).
  if (!PlaceFields::codeField(target->spec->fieldNames()).isEmpty())
    rows << qMakePair(PlaceFields::kTownshipName, tr("Township name")) << qMakePair(PlaceFields::kVillageName, tr("Village name"));
  mMapping->setRowCount(rows.size());
  for (int i = 0; i < rows.size(); ++i) {
    auto *label = new QTableWidgetItem(rows[i].second);
    label->setData(Qt::UserRole, rows[i].first);
    label->setFlags(Qt::ItemIsEnabled);
    mMapping->setItem(i, 0, label);
    auto *combo = new QComboBox;
    combo->addItem(tr("(not imported)"), QString());
    for (const QString &c : mColumns)
      combo->addItem(c, c);
    const QString key = rows[i].first;
    const QString column = key == kLon ? mapping.lonColumn : key == kLat ? mapping.latColumn : mapping.fields.value(key).column;
    combo->setCurrentIndex(std::max(0, combo->findData(column)));
    mMapping->setCellWidget(i, 1, combo);
  }
  mMapping->resizeColumnToContents(0);
}

ColumnMapping ImportWizard::mappingFromTable() const
{
  ColumnMapping m;
  m.layer = mLayer->currentData().toString();
  m.encoding = mEncoding->currentData().toString();
  m.crs = mCrs ? mCrs->text().trimmed() : QString();
  for (int i = 0; i < mMapping->rowCount(); ++i) {
    const QString key = mMapping->item(i, 0)->data(Qt::UserRole).toString();
    const QString column = static_cast<QComboBox *>(mMapping->cellWidget(i, 1))->currentData().toString();
    if (column.isEmpty())
      continue;
    if (key == kLon)
      m.lonColumn = column;
    else if (key == kLat)
      m.latColumn = column;
    else
      m.fields[key].column = column;
  }
  return m;
}

QWizardPage *ImportWizard::buildModePage()
{
  auto *page = new QWizardPage;
  page->setTitle(tr("How to store"));
  page->setSubTitle(tr("Rows whose code is already in the ledger update that object; the change is recorded in the audit log."));
  auto *all = new QRadioButton(tr("All or nothing: if any row is wrong, store nothing and show the report"));
  mKeepGood = new QRadioButton(tr("Keep the good rows: store the correct rows, report the wrong ones"));
  all->setChecked(true);
  mCrs = new QLineEdit;
  mCrs->setPlaceholderText(tr("from the file, else EPSG:4490 (e.g. EPSG:4545 for Gauss-Kruger X/Y)"));
  auto *layout = new QVBoxLayout(page);
  layout->addWidget(all);
  layout->addWidget(mKeepGood);
  auto *form = new QFormLayout;
  form->addRow(tr("Coordinate system"), mCrs);
  layout->addLayout(form);
  layout->addStretch();
  page->setCommitPage(true); // the import runs on leaving this page: no way back to run it twice
  page->setButtonText(QWizard::CommitButton, tr("Import"));
  return page;
}

QWizardPage *ImportWizard::buildResultPage()
{
  auto *page = new QWizardPage;
  page->setTitle(tr("Result"));
  page->setFinalPage(true);
  mResult = new QLabel;
  mResult->setWordWrap(true);
  mIssues = new QTableWidget(0, 5);
  mIssues->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Field"), tr("Value"), tr("Reason")});
  mIssues->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
  mIssues->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mIssues->verticalHeader()->hide();
  auto *saveReport = new QPushButton(tr("Save report..."));
  connect(saveReport, &QPushButton::clicked, this, [this] {
    if (!mSummary)
      return;
    const QString f = QFileDialog::getSaveFileName(this, tr("Import report"), QString(), tr("CSV (*.csv)"));
    if (!f.isEmpty())
      if (Status s = ImportReportWriter::write(f, mSummary->issues); !s)
        QMessageBox::warning(this, windowTitle(), s.message());
  });
  auto *layout = new QVBoxLayout(page);
  layout->addWidget(mResult);
  layout->addWidget(mIssues, 1);
  layout->addWidget(saveReport, 0, Qt::AlignRight);
  return page;
}

void ImportWizard::setSource(const QString &layer, const QString &file, const QString &encoding)
{
  mLayer->setCurrentIndex(std::max(0, mLayer->findData(layer)));
  mEncoding->setCurrentIndex(std::max(0, mEncoding->findData(encoding)));
  mFile->setText(file);
  refreshPreview();
}

bool ImportWizard::validateCurrentPage()
{
  if (currentId() == SourcePage && mColumns.isEmpty()) {
    QMessageBox::warning(this, windowTitle(), mSourceInfo->text().isEmpty() ? tr("Choose a file to import.") : mSourceInfo->text());
    return false;
  }
  if (currentId() == ModePage)
    runImport();
  return QWizard::validateCurrentPage();
}

void ImportWizard::initializePage(int id)
{
  if (id == MappingPage)
    fillMappingTable(ColumnMapping::suggest(mLayer->currentData().toString(), mColumns));
  QWizard::initializePage(id);
}

void ImportWizard::runImport()
{
  ImportOptions options;
  options.layer = mLayer->currentData().toString();
  options.mode = mKeepGood->isChecked() ? ImportMode::KeepGood : ImportMode::AllOrNothing;
  options.encoding = mEncoding->currentData().toString();
  options.crs = mCrs->text().trimmed();
  options.mapping = mappingFromTable();
  options.actor = qEnvironmentVariable("USER", QStringLiteral("onemap"));
  std::atomic_bool cancel {false};
  std::atomic<qint64> done {0}, total {-1};
  options.cancel = &cancel;
  options.progressEvery = 2000;
  options.progress = [&](qint64 d, qint64 t) {
    done = d;
    total = t;
  };

  // The import runs on its own connection in a worker thread; the GUI thread
  // only paints the progress and passes the cancel request on.
  Result<ImportSummary> result = Status::failure(QString());
  const QString file = mFile->text();
  QThread *worker = QThread::create([&] {
    auto store = Store::open(mStorePath);
    result = store ? Importer::run(*store.value(), file, options) : Result<ImportSummary>(store.status());
  });
  QProgressDialog progress(tr("Importing %1...").arg(file), tr("Cancel"), 0, 100, this);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(300);
  connect(&progress, &QProgressDialog::canceled, this, [&] { cancel = true; });
  worker->start();
  while (!worker->wait(50)) {
    const qint64 t = total;
    progress.setValue(t > 0 ? static_cast<int>(std::min<qint64>(99, done * 100 / t)) : 0);
    progress.setLabelText(tr("Importing %1: %2 rows read").arg(file).arg(done.load()));
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  }
  delete worker;
  progress.setValue(100);

  mIssues->setRowCount(0);
  if (!result) {
    mSummary.reset();
    mResult->setText(QStringLiteral("<b style='color:#b00020'>%1</b>").arg(result.message().toHtmlEscaped()));
    return;
  }
  mSummary = result.value();
  const ImportSummary &s = *mSummary;
  QString headline = s.cancelled ? tr("Cancelled: nothing was stored.")
                     : s.stored  ? tr("Stored: %1 new, %2 updated.").arg(s.inserted).arg(s.updated)
                                 : tr("Nothing was stored: %1 row(s) are wrong (all-or-nothing).").arg(s.rejected);
  mResult->setText(QStringLiteral("<b>%1</b><br>%2").arg(headline.toHtmlEscaped(),
                                                          tr("%1 rows read, %2 rejected. Encoding %3, CRS %4.").arg(s.read).arg(s.rejected).arg(s.encoding, s.crs.left(40)).toHtmlEscaped()));
  mIssues->setRowCount(s.issues.size());
  for (int i = 0; i < s.issues.size(); ++i) {
    const ImportIssue &issue = s.issues[i];
    const QStringList cells {QFileInfo(issue.file).fileName(), QString::number(issue.row), FieldLabels::field(issue.field), issue.value, issue.reason};
    for (int c = 0; c < cells.size(); ++c)
      mIssues->setItem(i, c, new QTableWidgetItem(cells[c]));
  }
  mIssues->resizeColumnsToContents();
  if (s.stored)
    Q_EMIT imported(options.layer);
}

} // namespace onemap
