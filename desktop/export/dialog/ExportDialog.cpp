#include "ExportDialog.h"

#include "ExportKinds.h"
#include "export/MapSheet.h"
#include "export/project/ProjectExport.h"
#include "map/StoreMapLayers.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QComboBox>
#include <map>
#include <qgsfeedback.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemmap.h>
#include <qgsmapcanvas.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

namespace onemap {

namespace {

std::map<ExportDialog::Kind, ExportDialog::Hook> &hooks()
{
  static std::map<ExportDialog::Kind, ExportDialog::Hook> registered;
  return registered;
}

constexpr double kPreviewDpi = 40; // an A4 page a little larger than the preview box, scaled down: crisp, quick

// Formats in the combo, in order: PDF, georeferenced PDF, PNG, SVG.
enum FormatRow { PdfRow, GeoPdfRow, PngRow, SvgRow };

QString suffixFor(ExportDialog::Kind kind, int formatRow)
{
  if (kind == ExportDialog::Kind::Project)
    return QStringLiteral("qgz");
  switch (formatRow) {
  case PngRow:
    return QStringLiteral("png");
  case SvgRow:
    return QStringLiteral("svg");
  default:
    return QStringLiteral("pdf");
  }
}

} // namespace

void ExportDialog::setHook(Kind kind, Hook hook)
{
  if (kind == Kind::Series || kind == Kind::Atlas)
    hooks()[kind] = std::move(hook);
}

void ExportDialog::addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas)
{
  ExportKinds::install();
  const QString fileTitle = QCoreApplication::translate("onemap::MainWindow", "&File");
  QMenu *file = nullptr;
  for (QAction *a : window->menuBar()->actions())
    if (a->menu() && a->text() == fileTitle)
      file = a->menu();
  if (!file)
    file = window->menuBar()->addMenu(fileTitle);
  QAction *action = file->addAction(tr("Export map…"));
  action->setObjectName(QStringLiteral("export-map"));
  connect(action, &QAction::triggered, window, [window, project, canvas] {
    ExportDialog dialog(project, canvas, window);
    dialog.exec();
  });
}

ExportDialog::ExportDialog(QgsProject *project, QgsMapCanvas *canvas, QWidget *parent)
  : QDialog(parent), mProject(project), mCanvas(canvas)
{
  setWindowTitle(tr("Export map"));
  buildUi();
  prefill();
  kindChanged();
  // Typing pauses before the page is drawn again: a render takes a moment.
  mPreviewTimer = new QTimer(this);
  mPreviewTimer->setSingleShot(true);
  mPreviewTimer->setInterval(400);
  connect(mPreviewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
  for (QLineEdit *edit : {mTitle, mSubtitle, mIssuer, mDate, mSource})
    connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
  connect(mTemplate, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::schedulePreview);
  schedulePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildUi()
{
  auto *form = new QFormLayout;
  mKind = new QComboBox(this);
  mKind->addItem(tr("Current map sheet"), static_cast<int>(Kind::Sheet));
  mKind->addItem(tr("Thematic series"), static_cast<int>(Kind::Series));
  mKind->addItem(tr("Township atlas"), static_cast<int>(Kind::Atlas));
  mKind->addItem(tr("QGIS project (.qgz)"), static_cast<int>(Kind::Project));
  if (auto *model = qobject_cast<QStandardItemModel *>(mKind->model()))
    for (Kind k : {Kind::Series, Kind::Atlas})
      if (!isKindEnabled(k)) {
        QStandardItem *item = model->item(static_cast<int>(k));
        item->setEnabled(false);
        item->setToolTip(tr("Not available in this build yet"));
      }
  form->addRow(tr("Export"), mKind);

  mTemplate = new QComboBox(this);
  for (const QString &name : SheetTemplates::names()) {
    const QString paper = name.section(QLatin1Char('-'), 0, 0);
    const QString orientation = name.section(QLatin1Char('-'), 1);
    const QString shown = orientation == QLatin1String("portrait") ? tr("%1 portrait").arg(paper)
                          : orientation == QLatin1String("landscape") ? tr("%1 landscape").arg(paper)
                                                                      : name;
    mTemplate->addItem(shown, name);
  }
  form->addRow(tr("Template and paper"), mTemplate);

  mFormat = new QComboBox(this);
  mFormat->addItem(tr("PDF"));
  mFormat->addItem(tr("Georeferenced PDF"));
  mFormat->addItem(tr("PNG image"));
  mFormat->addItem(tr("SVG drawing"));
  mDpi = new QSpinBox(this);
  mDpi->setRange(50, 1200);
  mDpi->setValue(300);
  mDpi->setSuffix(tr(" dpi"));
  auto *formatRow = new QHBoxLayout;
  formatRow->addWidget(mFormat, 1);
  formatRow->addWidget(mDpi);
  form->addRow(tr("Format"), formatRow);

  mTitle = new QLineEdit(this);
  mSubtitle = new QLineEdit(this);
  mIssuer = new QLineEdit(this);
  mDate = new QLineEdit(this);
  mSource = new QLineEdit(this);
  form->addRow(tr("Title"), mTitle);
  form->addRow(tr("Subtitle"), mSubtitle);
  form->addRow(tr("Issued by"), mIssuer);
  form->addRow(tr("Date"), mDate);
  form->addRow(tr("Data source"), mSource);

  mOutput = new QLineEdit(this);
  auto *browse = new QPushButton(tr("Choose…"), this);
  auto *outputRow = new QHBoxLayout;
  outputRow->addWidget(mOutput, 1);
  outputRow->addWidget(browse);
  form->addRow(tr("Save to"), outputRow);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString suffix = QFileInfo(mOutput->text()).suffix();
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map"), mOutput->text(), filter);
    if (!path.isEmpty())
      mOutput->setText(path);
  });

  mPreview = new QLabel(this);
  mPreview->setMinimumSize(380, 380);
  mPreview->setAlignment(Qt::AlignCenter);
  mPreview->setFrameShape(QFrame::StyledPanel);
  mPreview->setStyleSheet(QStringLiteral("background: #8a8f96;"));

  mError = new QLabel(this);
  mError->setWordWrap(true);
  mError->setStyleSheet(QStringLiteral("color: #b00020;"));
  mError->hide();

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
  connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

  auto *top = new QHBoxLayout;
  top->addLayout(form, 1);
  top->addWidget(mPreview, 1);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(top, 1);
  layout->addWidget(mError);
  layout->addWidget(buttons);

  connect(mKind, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::kindChanged);
  connect(mFormat, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::formatChanged);
}

void ExportDialog::prefill()
{
  // The same defaults as `onemap export map`: county title, issuer, source note.
  const SheetText defaults = MapSheet::text(mProject, MapSheetOptions());
  mTitle->setText(defaults.title);
  mIssuer->setText(defaults.issuer);
  mSource->setText(defaults.source);
  // The sheets are Chinese official documents: the date is written the Chinese way.
  mDate->setText(QDate::currentDate().toString(QStringLiteral("yyyy'年'M'月'd'日'")));
  QString county = mProject->customVariables().value(QStringLiteral("onemap_county")).toString();
  if (county.isEmpty())
    county = QStringLiteral("onemap");
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  mOutput->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder)
                     .filePath(QStringLiteral("%1-%2.pdf").arg(county, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))));
}

ExportDialog::Kind ExportDialog::kind() const { return static_cast<Kind>(mKind->currentData().toInt()); }

void ExportDialog::setKind(Kind kind) { mKind->setCurrentIndex(mKind->findData(static_cast<int>(kind))); }

bool ExportDialog::isKindEnabled(Kind kind) const
{
  if (kind == Kind::Series || kind == Kind::Atlas) {
    auto it = hooks().find(kind);
    return it != hooks().end() && it->second;
  }
  return true;
}

QString ExportDialog::templateName() const { return mTemplate->currentData().toString(); }

void ExportDialog::setTemplateName(const QString &name)
{
  const int row = mTemplate->findData(name);
  if (row >= 0)
    mTemplate->setCurrentIndex(row);
}

void ExportDialog::setFormat(SheetFormat::Kind format, bool georeferenced)
{
  mFormat->setCurrentIndex(format == SheetFormat::Kind::Png ? PngRow : format == SheetFormat::Kind::Svg ? SvgRow : georeferenced ? GeoPdfRow : PdfRow);
}

void ExportDialog::setDpi(int dpi) { mDpi->setValue(dpi); }
QString ExportDialog::outputPath() const { return mOutput->text(); }
void ExportDialog::setOutputPath(const QString &path) { mOutput->setText(path); }
void ExportDialog::setTitle(const QString &title) { mTitle->setText(title); }
QString ExportDialog::errorText() const { return mError->text(); }

void ExportDialog::kindChanged()
{
  const bool sheets = kind() != Kind::Project;
  for (QWidget *w : std::initializer_list<QWidget *> {mTemplate, mFormat, mDpi, mTitle, mSubtitle, mIssuer, mDate, mSource})
    w->setEnabled(sheets);
  formatChanged();
}

void ExportDialog::formatChanged()
{
  mDpi->setEnabled(kind() != Kind::Project && mFormat->currentIndex() != SvgRow);
  // The file name follows the format, so the suffix never contradicts it.
  const QString path = mOutput->text();
  if (path.isEmpty())
    return;
  const QFileInfo info(path);
  mOutput->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffixFor(kind(), mFormat->currentIndex())));
}

void ExportDialog::schedulePreview()
{
  if (mPreviewTimer)
    mPreviewTimer->start();
}

ExportRequest ExportDialog::request() const
{
  ExportRequest r;
  r.templateName = templateName();
  r.text = MapSheet::text(mProject, MapSheetOptions()); // CRS note and legend title as the command line has them
  r.text.title = mTitle->text();
  r.text.subtitle = mSubtitle->text();
  r.text.issuer = mIssuer->text();
  r.text.date = mDate->text().isEmpty() ? QString() : QCoreApplication::translate("onemap::MapSheet", "Date: %1").arg(mDate->text());
  r.text.source = mSource->text();
  switch (mFormat->currentIndex()) {
  case PngRow:
    r.format.kind = SheetFormat::Kind::Png;
    break;
  case SvgRow:
    r.format.kind = SheetFormat::Kind::Svg;
    break;
  default:
    r.format.kind = SheetFormat::Kind::Pdf;
    r.format.georeferenced = mFormat->currentIndex() == GeoPdfRow;
  }
  r.format.dpi = mDpi->value();
  r.outPath = mOutput->text();
  if (mCanvas)
    r.extent = mCanvas->extent();
  if (r.extent.isEmpty()) {
    r.extent = StoreMapLayers::countyExtent(mProject);
    r.extent.scale(1.05);
  }
  return r;
}

namespace {

// The template filled for \a request, its map on the request's extent.
Result<std::unique_ptr<QgsPrintLayout>> filledLayout(QgsProject *project, const ExportRequest &request)
{
  Result<std::unique_ptr<QgsPrintLayout>> loaded = SheetTemplates::load(request.templateName, project);
  if (!loaded)
    return loaded.status();
  std::unique_ptr<QgsPrintLayout> layout = loaded.take();
  if (QgsLayoutItemMap *map = SheetTemplates::map(layout.get()); map && !request.extent.isEmpty()) {
    map->setCrs(project->crs());
    SheetTemplates::zoomTo(map, request.extent); // at least the extent, the item keeps its size
  }
  SheetTemplates::fill(layout.get(), request.text);
  return layout;
}

} // namespace

void ExportDialog::refreshPreview()
{
  if (kind() == Kind::Project) {
    mPreviewImage = QImage();
    mPreview->setPixmap(QPixmap());
    mPreview->setText(tr("A QGIS project has no page: it opens in QGIS Desktop with the board's layers and styles."));
    mPreview->setWordWrap(true);
    emit previewUpdated();
    return;
  }
  Result<std::unique_ptr<QgsPrintLayout>> layout = filledLayout(mProject, request());
  if (!layout) {
    mPreviewImage = QImage();
    mPreview->setText(layout.message());
    emit previewUpdated();
    return;
  }
  QgsLayoutExporter exporter(layout.value().get());
  mPreviewImage = exporter.renderPageToImage(0, QSize(), kPreviewDpi);
  showPreview();
  emit previewUpdated();
}

void ExportDialog::showPreview()
{
  if (mPreviewImage.isNull())
    return;
  const QSize room = mPreview->contentsRect().size() - QSize(8, 8);
  mPreview->setPixmap(QPixmap::fromImage(mPreviewImage.scaled(room.expandedTo(QSize(100, 100)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ExportDialog::resizeEvent(QResizeEvent *event)
{
  QDialog::resizeEvent(event);
  showPreview();
}

Status ExportDialog::writeSheet(const ExportRequest &request, QgsFeedback *feedback)
{
  const QString canceledMessage = tr("Export of %1 canceled").arg(request.outPath);
  if (feedback->isCanceled())
    return Status::failure(canceledMessage);
  Result<std::unique_ptr<QgsPrintLayout>> layout = filledLayout(mProject, request);
  if (!layout)
    return layout.status();
  feedback->setProgress(30);
  if (feedback->isCanceled())
    return Status::failure(canceledMessage);
  // One sheet is written in one call: a Cancel pressed meanwhile removes it afterwards.
  const Status written = SheetTemplates::write(layout.value().get(), request.outPath, request.format);
  if (!written)
    return written;
  if (feedback->isCanceled()) {
    QFile::remove(request.outPath);
    return Status::failure(canceledMessage);
  }
  feedback->setProgress(100);
  return Status();
}

Status ExportDialog::exportNow()
{
  const ExportRequest r = request();
  const QString suffix = QFileInfo(r.outPath).suffix().toLower();
  if (r.outPath.isEmpty())
    return Status::failure(tr("Choose the file to write first."));
  if (kind() != Kind::Project && suffix != suffixFor(kind(), mFormat->currentIndex()))
    return Status::failure(tr("%1: the file name must end in .%2 for this format").arg(r.outPath, suffixFor(kind(), mFormat->currentIndex())));
  const QFileInfo folder(QFileInfo(r.outPath).absolutePath());
  if (!folder.isDir() || !folder.isWritable())
    return Status::failure(tr("cannot write %1: folder missing or not writable").arg(r.outPath));

  // Layouts draw on this thread: the progress dialog is kept alive by
  // processing events as the work reports progress; Cancel stops at the next step.
  QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(r.outPath).fileName()), tr("Cancel"), 0, 100, this);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(0);
  progress.setValue(0);
  QgsFeedback feedback;
  connect(&feedback, &QgsFeedback::progressChanged, &progress, [&progress](double percent) {
    progress.setValue(static_cast<int>(percent));
    QCoreApplication::processEvents();
  });
  connect(&progress, &QProgressDialog::canceled, &feedback, &QgsFeedback::cancel);
  emit exportStarted(&feedback);
  QCoreApplication::processEvents();

  QApplication::setOverrideCursor(Qt::WaitCursor);
  Status result;
  switch (kind()) {
  case Kind::Sheet:
    result = writeSheet(r, &feedback);
    break;
  case Kind::Project: {
    const Result<ProjectExportSummary> written = ProjectExport::write(mProject, r.outPath, r.extent, &feedback);
    result = written ? Status() : written.status();
    break;
  }
  case Kind::Series:
  case Kind::Atlas: {
    auto it = hooks().find(kind());
    result = it != hooks().end() && it->second ? it->second(mProject, r, &feedback) : Status::failure(tr("This export is not available in this build yet."));
    break;
  }
  }
  QApplication::restoreOverrideCursor();
  progress.reset();
  return result;
}

void ExportDialog::accept()
{
  const Status s = exportNow();
  if (!s) {
    mError->setText(s.message());
    mError->show();
    return;
  }
  mError->clear();
  mError->hide();
  QDialog::accept();
}

} // namespace onemap
