#pragma once
// \brief File > Export map…: what to export (the current map sheet, the
// thematic series, the township atlas, a QGIS project), template and paper,
// format (PDF, georeferenced PDF, PNG at a dpi, SVG), the sheet's text
// prefilled (county, today), the output file; a live preview of the filled
// template's first page; a progress dialog with Cancel while it writes.
//
// The series and the atlas are written elsewhere: the board registers a hook
// for each (setHook); a kind without a hook is shown disabled.
#include "export/layout/SheetTemplates.h"

#include <QDialog>
#include <QImage>
#include <functional>
#include <qgsrectangle.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QSpinBox;
class QTimer;
class QgsFeedback;
class QgsMapCanvas;
class QgsProject;

namespace onemap {

//! What the dialog asks an export for.
struct ExportRequest
{
  QString templateName;   //!< one of SheetTemplates::names()
  SheetText text;
  SheetFormat format;
  QString outPath;
  QgsRectangle extent;    //!< the canvas's extent (project CRS); empty: the county
};

class ExportDialog : public QDialog
{
  Q_OBJECT
public:
  enum class Kind { Sheet, Series, Atlas, Project };
  //! Writes \a request for \a project, reporting progress to \a feedback and
  //! stopping when it is canceled (then leaving no file).
  using Hook = std::function<Status(QgsProject *project, const ExportRequest &request, QgsFeedback *feedback)>;
  //! Sets the writer of \a kind (Series or Atlas); an empty hook disables the kind.
  static void setHook(Kind kind, Hook hook);

  //! Adds File > Export map… to \a window's File menu (made when missing).
  static void addTo(QMainWindow *window, QgsProject *project, QgsMapCanvas *canvas);

  //! \a canvas (optional) gives the current extent.
  ExportDialog(QgsProject *project, QgsMapCanvas *canvas, QWidget *parent = nullptr);
  ~ExportDialog() override;

  Kind kind() const;
  void setKind(Kind kind);
  //! False for Series and Atlas until their hooks are set.
  bool isKindEnabled(Kind kind) const;
  QString templateName() const;
  void setTemplateName(const QString &name);
  void setFormat(SheetFormat::Kind format, bool georeferenced = false);
  void setDpi(int dpi);
  QString outputPath() const;
  void setOutputPath(const QString &path);
  void setTitle(const QString &title);
  //! The request as the fields stand.
  ExportRequest request() const;

  //! The last preview: the filled template's first page at low resolution.
  QImage previewImage() const { return mPreviewImage; }
  //! Renders the preview now (fields changes render it after a short pause).
  void refreshPreview();
  //! The last error shown in the dialog, empty after a good export.
  QString errorText() const;

  //! Exports what the dialog shows (the accept path, without closing).
  Status exportNow();
  void accept() override;

signals:
  void previewUpdated();
  //! The export started; \a feedback is canceled by the progress dialog's Cancel.
  void exportStarted(QgsFeedback *feedback);

protected:
  void resizeEvent(QResizeEvent *event) override;

private:
  void buildUi();
  void showPreview();
  void prefill();
  void kindChanged();
  void formatChanged();
  void schedulePreview();
  Status writeSheet(const ExportRequest &request, QgsFeedback *feedback);

  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QComboBox *mKind = nullptr;
  QComboBox *mTemplate = nullptr;
  QComboBox *mFormat = nullptr;
  QSpinBox *mDpi = nullptr;
  QLineEdit *mTitle = nullptr;
  QLineEdit *mSubtitle = nullptr;
  QLineEdit *mIssuer = nullptr;
  QLineEdit *mDate = nullptr;
  QLineEdit *mSource = nullptr;
  QLineEdit *mOutput = nullptr;
  QLabel *mPreview = nullptr;
  QLabel *mError = nullptr;
  QTimer *mPreviewTimer = nullptr;
  QImage mPreviewImage;
};

} // namespace onemap
