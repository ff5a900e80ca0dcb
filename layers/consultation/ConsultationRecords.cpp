#include "ConsultationRecords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace onemap {

namespace {
QStringList stringList(const QJsonValue &v)
{
  QStringList out;
  for (const QJsonValue &x : v.toArray())
    out << x.toString();
  return out;
}
} // namespace

QJsonObject StepView::toJson() const
{
  QJsonArray refs;
  for (const ObjectRef &r : highlights)
    refs.append(QJsonObject {{QStringLiteral("table"), r.table}, {QStringLiteral("id"), r.id}});
  QJsonObject o {{QStringLiteral("layers"), QJsonArray::fromStringList(layerIds)},
                 {QStringLiteral("layer_groups"), QJsonArray::fromStringList(layerGroups)},
                 {QStringLiteral("highlights"), refs},
                 {QStringLiteral("boards"), QJsonArray::fromStringList(boards)}};
  if (hasExtent())
    o.insert(QStringLiteral("extent"), QJsonObject {{QStringLiteral("xmin"), xmin}, {QStringLiteral("ymin"), ymin},
                                                    {QStringLiteral("xmax"), xmax}, {QStringLiteral("ymax"), ymax},
                                                    {QStringLiteral("crs"), crs}});
  return o;
}

Result<StepView> StepView::fromJson(const QString &json)
{
  StepView v;
  if (json.trimmed().isEmpty())
    return v;
  QJsonParseError err;
  const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
  if (err.error != QJsonParseError::NoError || !doc.isObject())
    return Status::failure(QCoreApplication::translate("onemap::StepView", "step view: not a JSON object (%1)").arg(err.errorString()));
  const QJsonObject o = doc.object();
  v.layerIds = stringList(o.value(QStringLiteral("layers")));
  v.layerGroups = stringList(o.value(QStringLiteral("layer_groups")));
  v.boards = stringList(o.value(QStringLiteral("boards")));
  for (const QJsonValue &r : o.value(QStringLiteral("highlights")).toArray()) {
    const QJsonObject ro = r.toObject();
    v.highlights << ObjectRef {ro.value(QStringLiteral("table")).toString(), static_cast<qint64>(ro.value(QStringLiteral("id")).toDouble())};
  }
  const QJsonObject e = o.value(QStringLiteral("extent")).toObject();
  v.xmin = e.value(QStringLiteral("xmin")).toDouble();
  v.ymin = e.value(QStringLiteral("ymin")).toDouble();
  v.xmax = e.value(QStringLiteral("xmax")).toDouble();
  v.ymax = e.value(QStringLiteral("ymax")).toDouble();
  v.crs = e.value(QStringLiteral("crs")).toString();
  if (v.hasExtent() && !(v.xmin < v.xmax && v.ymin < v.ymax))
    return Status::failure(QCoreApplication::translate("onemap::StepView", "step view: the extent is empty or inverted"));
  return v;
}

bool StepView::operator==(const StepView &o) const
{
  return layerIds == o.layerIds && layerGroups == o.layerGroups && xmin == o.xmin && ymin == o.ymin && xmax == o.xmax
      && ymax == o.ymax && crs == o.crs && highlights == o.highlights && boards == o.boards;
}

void ConsultationStep::setView(const StepView &v)
{
  viewJson = QString::fromUtf8(QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact));
}

const QStringList &Consultation::kinds()
{
  static const QStringList k {QStringLiteral("annual_outlook"), QStringLiteral("seasonal_stage"), QStringLiteral("rolling_event")};
  return k;
}

const QStringList &ConsultationPlot::kinds()
{
  static const QStringList k {QStringLiteral("arrow"), QStringLiteral("area"), QStringLiteral("line"), QStringLiteral("text"), QStringLiteral("mark")};
  return k;
}

QStringList ConsultationPlot::geometryTypesFor(const QString &kind)
{
  if (kind == QLatin1String("arrow") || kind == QLatin1String("line"))
    return {QStringLiteral("LINESTRING")};
  if (kind == QLatin1String("area"))
    return {QStringLiteral("POLYGON"), QStringLiteral("MULTIPOLYGON")};
  if (kind == QLatin1String("text") || kind == QLatin1String("mark"))
    return {QStringLiteral("POINT")};
  return {};
}

const TypedSpec<ConsultationStep> &ConsultationStep::schema()
{
  // snapshot_png is written beside the typed row (a BLOB has no TypedSpec member type).
  static const TypedSpec<ConsultationStep> s = [] {
    TypedSpec<ConsultationStep> t("consultation_steps", GeometryType::None);
    t.field("consultation_id", &ConsultationStep::consultationId).required().atLeast(1);
    t.field("position", &ConsultationStep::position).required().atLeast(1);
    t.field("title", &ConsultationStep::title).required();
    t.field("speaker_notes", &ConsultationStep::speakerNotes);
    t.field("view_json", &ConsultationStep::viewJson).required();
    return t;
  }();
  return s;
}

const TypedSpec<ConsultationPlot> &ConsultationPlot::schema()
{
  // The column is a generic GEOMETRY; LineString here only means "no cast to
  // multi" in Table. Consultations checks the kind's geometry type first.
  static const TypedSpec<ConsultationPlot> s = [] {
    TypedSpec<ConsultationPlot> t("consultation_plots", GeometryType::LineString);
    t.field("consultation_id", &ConsultationPlot::consultationId).required().atLeast(1);
    t.field("step_position", &ConsultationPlot::stepPosition).atLeast(1);
    t.field("kind", &ConsultationPlot::kind).required().oneOf(kinds());
    t.field("style", &ConsultationPlot::style);
    t.field("label", &ConsultationPlot::label);
    t.field("created_at", &ConsultationPlot::createdAt).required().dateTime();
    t.field("created_by", &ConsultationPlot::createdBy).required();
    t.wkt(&ConsultationPlot::wkt);
    return t;
  }();
  return s;
}

const TypedSpec<ConsultationDecision> &ConsultationDecision::schema()
{
  static const TypedSpec<ConsultationDecision> s = [] {
    TypedSpec<ConsultationDecision> t("consultation_decisions", GeometryType::None);
    t.field("consultation_id", &ConsultationDecision::consultationId).required().atLeast(1);
    t.field("position", &ConsultationDecision::position).required().atLeast(1);
    t.field("text", &ConsultationDecision::text).required();
    return t;
  }();
  return s;
}

const TypedSpec<ConsultationTask> &ConsultationTask::schema()
{
  static const TypedSpec<ConsultationTask> s = [] {
    TypedSpec<ConsultationTask> t("consultation_tasks", GeometryType::None);
    t.field("consultation_id", &ConsultationTask::consultationId).required().atLeast(1);
    t.field("position", &ConsultationTask::position).required().atLeast(1);
    t.field("task", &ConsultationTask::task).required();
    t.field("owner", &ConsultationTask::owner).required();
    t.field("unit", &ConsultationTask::unit);
    t.field("deadline", &ConsultationTask::deadline).required().date();
    t.field("status", &ConsultationTask::status).required().oneOf({QStringLiteral("open"), QStringLiteral("done")});
    t.field("done_at", &ConsultationTask::doneAt).dateTime();
    return t;
  }();
  return s;
}

} // namespace onemap
