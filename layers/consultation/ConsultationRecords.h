#pragma once
// \brief The rows of a consultation meeting (会商) record: the meeting, its
// agenda steps (each a saved view plus speaker notes), the plots drawn on the
// map, the decisions and the tasks with owner and deadline.
//
// Writes go through TypedTable (validation + audit_log); the Consultations
// facade saves a whole meeting in one transaction.
#include "store/TypedTable.h"

#include <QByteArray>
#include <QJsonObject>

namespace onemap {

//! A map object shown highlighted in a step: its store table and row id.
struct ObjectRef
{
  QString table;
  qint64 id = 0;
  bool operator==(const ObjectRef &o) const { return table == o.table && id == o.id; }
};

//! What a step shows: the saved view (stored as consultation_steps.view_json).
struct StepView
{
  QStringList layerIds;          //!< layers switched on, in drawing order
  QStringList layerGroups;       //!< suggested layer groups (from the template)
  double xmin = 0, ymin = 0, xmax = 0, ymax = 0; //!< extent; all 0: keep the current one
  QString crs;                   //!< authid of the extent, e.g. "EPSG:4490"
  QVector<ObjectRef> highlights;
  QStringList boards;            //!< map, overview, warnings, impact, ...

  bool hasExtent() const { return xmin != 0 || ymin != 0 || xmax != 0 || ymax != 0; }
  QJsonObject toJson() const;
  //! Fails with a message on text that is not a view object.
  static Result<StepView> fromJson(const QString &json);
  bool operator==(const StepView &o) const;
};

struct Consultation;

struct ConsultationStep
{
  qint64 id = 0;
  qint64 consultationId = 0;
  int position = 0;              //!< 1-based; the save renumbers by vector order
  QString title;
  QString speakerNotes;
  QString viewJson;              //!< StepView::toJson, compact
  QByteArray snapshotPng;        //!< optional; not in the audit row (size only)

  StepView view() const { return StepView::fromJson(viewJson).value(); }
  void setView(const StepView &v);

  static const TypedSpec<ConsultationStep> &schema();
};

struct ConsultationPlot
{
  qint64 id = 0;
  qint64 consultationId = 0;
  int stepPosition = 0;          //!< 0: drawn for the whole meeting (NULL in the store)
  QString kind;                  //!< arrow, area, line, text, mark
  QString style;                 //!< free style text (colour, width, symbol name)
  QString label;
  QString createdAt;             //!< ISO date-time
  QString createdBy;
  QString wkt;                   //!< EPSG:4490; arrow/line LINESTRING, area POLYGON/MULTIPOLYGON, text/mark POINT

  static const TypedSpec<ConsultationPlot> &schema();
  static const QStringList &kinds();
  //! The WKT geometry type(s) a kind takes.
  static QStringList geometryTypesFor(const QString &kind);
};

struct ConsultationDecision
{
  qint64 id = 0;
  qint64 consultationId = 0;
  int position = 0;
  QString text;

  static const TypedSpec<ConsultationDecision> &schema();
};

struct ConsultationTask
{
  qint64 id = 0;
  qint64 consultationId = 0;
  int position = 0;
  QString task;
  QString owner;
  QString unit;
  QString deadline;              //!< ISO date
  QString status = QStringLiteral("open"); //!< open, done
  QString doneAt;                //!< ISO date-time; set exactly when done

  static const TypedSpec<ConsultationTask> &schema();
};

struct Consultation
{
  qint64 id = 0;
  QString kind;                  //!< annual_outlook, seasonal_stage, rolling_event
  QString title;
  QString hazard;                //!< warnings.hazard code for a rolling event; may be empty
  QString heldOn;                //!< ISO date
  QString startedAt;             //!< ISO date-time
  QString endedAt;
  QString place;
  QString chair;
  QStringList attendees;         //!< stored as attendees_json
  qint64 warningId = 0;          //!< 0: none (NULL in the store)
  QString status = QStringLiteral("open"); //!< open, closed
  QString templateName;
  QString createdAt;
  QString createdBy;

  QVector<ConsultationStep> steps;
  QVector<ConsultationPlot> plots;
  QVector<ConsultationDecision> decisions;
  QVector<ConsultationTask> tasks;

  static const QStringList &kinds();
};

} // namespace onemap
