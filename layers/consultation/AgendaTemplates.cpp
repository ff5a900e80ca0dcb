#include "AgendaTemplates.h"

#include "consultation/ConsultationRecords.h"
#include "store/TypedTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace onemap {

namespace {

// One stored user template; steps kept as JSON (AgendaTemplates::stepsToJson).
struct TemplateRow
{
  qint64 id = 0;
  QString name;
  QString kind;
  QString hazard;
  QString stepsJson;

  static const TypedSpec<TemplateRow> &schema()
  {
    static const TypedSpec<TemplateRow> s = [] {
      TypedSpec<TemplateRow> t("consultation_templates", GeometryType::None);
      t.field("name", &TemplateRow::name).required();
      t.field("kind", &TemplateRow::kind).required().oneOf(Consultation::kinds());
      t.field("hazard", &TemplateRow::hazard);
      t.field("steps_json", &TemplateRow::stepsJson).required();
      return t;
    }();
    return s;
  }
};

// Layer groups are store table names (the catalog's), so the map can switch them on.
const QStringList kWeather {QStringLiteral("warnings"), QStringLiteral("stations"), QStringLiteral("admin_units")};
const QStringList kWater {QStringLiteral("rivers"), QStringLiteral("stations"), QStringLiteral("cameras")};
const QStringList kGeo {QStringLiteral("hidden_dangers"), QStringLiteral("risk_zones"), QStringLiteral("responsible_persons")};
const QStringList kShelter {QStringLiteral("shelters"), QStringLiteral("transfer_plans"), QStringLiteral("roads")};
const QStringList kForces {QStringLiteral("teams"), QStringLiteral("reserves"), QStringLiteral("roads")};

AgendaStep step(const QString &title, const QStringList &boards, const QStringList &groups)
{
  return AgendaStep {title, boards, groups, QString()};
}

QStringList boards(std::initializer_list<const char *> names)
{
  QStringList out;
  for (const char *n : names)
    out << QString::fromLatin1(n);
  return out;
}

// The closing step every meeting has: decisions and tasks on the board.
AgendaStep decisionsStep()
{
  return step(QCoreApplication::translate("onemap::AgendaTemplates", "Decisions and tasks"), boards({"map", "tasks"}), {});
}

AgendaTemplate make(const QString &key, const QString &name, const char *kind, const char *hazard, QVector<AgendaStep> steps)
{
  AgendaTemplate t;
  t.key = key;
  t.name = name;
  t.kind = QString::fromLatin1(kind);
  t.hazard = QString::fromLatin1(hazard);
  t.steps = std::move(steps);
  return t;
}

AgendaTemplate annualOutlook()
{
  return make(QStringLiteral("annual_outlook"), QCoreApplication::translate("onemap::AgendaTemplates", "Annual outlook"), "annual_outlook", "",
              {step(QCoreApplication::translate("onemap::AgendaTemplates", "Review of last year's events"), boards({"map", "overview", "impact"}), kWeather),
               step(QCoreApplication::translate("onemap::AgendaTemplates", "Climate outlook for the year"), boards({"map", "warnings"}), kWeather),
               step(QCoreApplication::translate("onemap::AgendaTemplates", "Risk zones and hidden dangers"), boards({"map", "overview"}), kGeo),
               step(QCoreApplication::translate("onemap::AgendaTemplates", "Shelters and transfer plans"), boards({"map", "impact"}), kShelter),
               step(QCoreApplication::translate("onemap::AgendaTemplates", "Forces and materials"), boards({"map", "overview"}), kForces),
               decisionsStep()});
}

// The seven seasonal stages follow the county's year; they are generic on
// purpose (the order and names a county uses differ; users copy and edit).
QVector<AgendaTemplate> seasonalStages()
{
  struct Stage { const char *key; const char *name; const char *focus; QStringList groups; };
  const Stage stages[] = {
    {"pre_flood", QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Seasonal stage 1: pre-flood-season preparation"), QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Checks of hidden dangers and shelters"), kGeo},
    {"early_flood", QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Seasonal stage 2: early flood season"), QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Rainstorms and small rivers"), kWater},
    {"main_flood", QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Seasonal stage 3: main flood season"), QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Rivers, reservoirs and transfers"), kShelter},
    {"late_flood", QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Seasonal stage 4: late flood season and typhoons"), QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Typhoon rain and geological hazards"), kGeo},
    {"autumn_fire", QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Seasonal stage 5: autumn and winter fire season"), QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Forest fire danger and patrols"), kForces},
    {"winter", QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Seasonal stage 6: winter snow and freezing"), QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Roads, power and supplies in the cold"), kForces},
    {"spring", QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Seasonal stage 7: spring drought and fire"), QT_TRANSLATE_NOOP("onemap::AgendaTemplates", "Water supply and spring fire danger"), kWater},
  };
  QVector<AgendaTemplate> out;
  for (const Stage &s : stages)
    out << make(QStringLiteral("seasonal_stage/") + QLatin1String(s.key), QCoreApplication::translate("onemap::AgendaTemplates", s.name), "seasonal_stage", "",
                {step(QCoreApplication::translate("onemap::AgendaTemplates", "Outlook for the stage"), boards({"map", "warnings"}), kWeather),
                 step(QCoreApplication::translate("onemap::AgendaTemplates", s.focus), boards({"map", "overview"}), s.groups),
                 step(QCoreApplication::translate("onemap::AgendaTemplates", "Forces and materials"), boards({"map", "overview"}), kForces),
                 decisionsStep()});
  return out;
}

QVector<AgendaTemplate> rollingEvents()
{
  const QString prefix = QStringLiteral("rolling_event/");
  auto t = [&](const char *hazard, const QString &name, QVector<AgendaStep> steps) {
    steps << decisionsStep();
    return make(prefix + QLatin1String(hazard), name, "rolling_event", hazard, std::move(steps));
  };
  const QString weather = QCoreApplication::translate("onemap::AgendaTemplates", "Weather and rainfall");
  const QString rivers = QCoreApplication::translate("onemap::AgendaTemplates", "Rivers and reservoirs");
  const QString geo = QCoreApplication::translate("onemap::AgendaTemplates", "Geological hazards");
  const QString shelters = QCoreApplication::translate("onemap::AgendaTemplates", "Shelters and transfers");
  const QString forces = QCoreApplication::translate("onemap::AgendaTemplates", "Forces and materials");
  const QString impact = QCoreApplication::translate("onemap::AgendaTemplates", "Affected townships and objects");
  return {
    t("rainstorm", QCoreApplication::translate("onemap::AgendaTemplates", "Rainstorm meeting"),
      {step(weather, boards({"map", "warnings"}), kWeather), step(rivers, boards({"map", "overview"}), kWater),
       step(geo, boards({"map", "impact"}), kGeo), step(shelters, boards({"map", "impact"}), kShelter),
       step(forces, boards({"map", "overview"}), kForces)}),
    t("flood", QCoreApplication::translate("onemap::AgendaTemplates", "Flood meeting"),
      {step(rivers, boards({"map", "warnings"}), kWater), step(impact, boards({"map", "impact"}), kWeather),
       step(shelters, boards({"map", "impact"}), kShelter), step(forces, boards({"map", "overview"}), kForces)}),
    t("forest_fire", QCoreApplication::translate("onemap::AgendaTemplates", "Forest fire meeting"),
      {step(QCoreApplication::translate("onemap::AgendaTemplates", "Fire danger and weather"), boards({"map", "warnings"}), kWeather),
       step(QCoreApplication::translate("onemap::AgendaTemplates", "Fire spots and threatened villages"), boards({"map", "impact"}), kShelter),
       step(forces, boards({"map", "overview"}), kForces)}),
    t("earthquake", QCoreApplication::translate("onemap::AgendaTemplates", "Earthquake meeting"),
      {step(QCoreApplication::translate("onemap::AgendaTemplates", "Quake parameters and intensity"), boards({"map", "warnings"}), kWeather),
       step(impact, boards({"map", "impact"}), kGeo), step(shelters, boards({"map", "impact"}), kShelter),
       step(forces, boards({"map", "overview"}), kForces)}),
    t("snow_freeze", QCoreApplication::translate("onemap::AgendaTemplates", "Snow and freezing meeting"),
      {step(QCoreApplication::translate("onemap::AgendaTemplates", "Weather and temperature"), boards({"map", "warnings"}), kWeather),
       step(QCoreApplication::translate("onemap::AgendaTemplates", "Roads and lifelines"), boards({"map", "impact"}), kForces),
       step(forces, boards({"map", "overview"}), kForces)}),
    t("drought", QCoreApplication::translate("onemap::AgendaTemplates", "Drought meeting"),
      {step(QCoreApplication::translate("onemap::AgendaTemplates", "Rainfall deficit and outlook"), boards({"map", "warnings"}), kWeather),
       step(QCoreApplication::translate("onemap::AgendaTemplates", "Water sources and supply"), boards({"map", "impact"}), kWater),
       step(forces, boards({"map", "overview"}), kForces)}),
    t("hazmat", QCoreApplication::translate("onemap::AgendaTemplates", "Hazardous materials meeting"),
      {step(QCoreApplication::translate("onemap::AgendaTemplates", "Incident site and spread"), boards({"map", "warnings"}), kWeather),
       step(QCoreApplication::translate("onemap::AgendaTemplates", "People and objects in the danger zone"), boards({"map", "impact"}), kShelter),
       step(forces, boards({"map", "overview"}), kForces)}),
  };
}

QStringList stringList(const QJsonValue &v)
{
  QStringList out;
  for (const QJsonValue &x : v.toArray())
    out << x.toString();
  return out;
}

} // namespace

const QStringList &AgendaTemplates::rollingHazards()
{
  static const QStringList h {QStringLiteral("rainstorm"), QStringLiteral("flood"), QStringLiteral("forest_fire"), QStringLiteral("earthquake"),
                              QStringLiteral("snow_freeze"), QStringLiteral("drought"), QStringLiteral("hazmat")};
  return h;
}

QVector<AgendaTemplate> AgendaTemplates::builtIns()
{
  QVector<AgendaTemplate> out {annualOutlook()};
  out << seasonalStages() << rollingEvents();
  return out;
}

Result<AgendaTemplate> AgendaTemplates::builtIn(const QString &key)
{
  for (const AgendaTemplate &t : builtIns())
    if (t.key == key)
      return t;
  return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda template \"%1\": no such built-in template").arg(key.left(80)));
}

QString AgendaTemplates::stepsToJson(const QVector<AgendaStep> &steps)
{
  QJsonArray a;
  for (const AgendaStep &s : steps)
    a.append(QJsonObject {{QStringLiteral("title"), s.title},
                          {QStringLiteral("boards"), QJsonArray::fromStringList(s.boards)},
                          {QStringLiteral("layer_groups"), QJsonArray::fromStringList(s.layerGroups)},
                          {QStringLiteral("notes"), s.notes}});
  return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Result<QVector<AgendaStep>> AgendaTemplates::stepsFromJson(const QString &json)
{
  if (json.size() > kMaxJsonBytes)
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda steps: the text is larger than %1 MB").arg(kMaxJsonBytes / (1024 * 1024)));
  QJsonParseError err;
  const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
  if (err.error != QJsonParseError::NoError || !doc.isArray())
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda steps: not a JSON array of steps (%1)").arg(err.errorString()));
  const QJsonArray a = doc.array();
  if (a.size() > kMaxSteps)
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda steps: %1 steps, at most %2 are allowed").arg(a.size()).arg(kMaxSteps));
  QVector<AgendaStep> out;
  for (int i = 0; i < a.size(); ++i) {
    const QJsonObject o = a.at(i).toObject();
    AgendaStep s {o.value(QStringLiteral("title")).toString().trimmed(), stringList(o.value(QStringLiteral("boards"))),
                  stringList(o.value(QStringLiteral("layer_groups"))), o.value(QStringLiteral("notes")).toString()};
    if (s.title.isEmpty())
      return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda step %1: a title is required").arg(i + 1));
    out << s;
  }
  return out;
}

QVector<AgendaTemplate> AgendaTemplates::list() const
{
  QVector<AgendaTemplate> out = builtIns();
  const TypedTable<TemplateRow> table(mStore);
  QVector<TemplateRow> rows = table.all();
  std::sort(rows.begin(), rows.end(), [](const TemplateRow &a, const TemplateRow &b) { return a.name < b.name; });
  for (const TemplateRow &r : rows) {
    AgendaTemplate t;
    t.id = r.id;
    t.name = r.name;
    t.kind = r.kind;
    t.hazard = r.hazard;
    t.steps = stepsFromJson(r.stepsJson).value(); // a stored row was checked when saved
    out << t;
  }
  return out;
}

Result<qint64> AgendaTemplates::save(const AgendaTemplate &t, const QString &actor)
{
  if (t.isBuiltIn())
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda template \"%1\": built-in templates cannot be changed; save a copy under a new name").arg(t.name.left(80)));
  if (t.steps.isEmpty())
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda template \"%1\": it has no steps").arg(t.name.left(80)));
  if (t.name.size() > 500)
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda template: the name is longer than %1 characters").arg(500));
  const QString json = stepsToJson(t.steps);
  // The same checks a load makes, so a saved template always loads.
  if (Result<QVector<AgendaStep>> back = stepsFromJson(json); !back)
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda template \"%1\": %2").arg(t.name.left(80), back.message()));
  TemplateRow row {t.id, t.name.trimmed(), t.kind, t.hazard, json};
  TypedTable<TemplateRow> table(mStore);
  if (t.id == 0)
    return table.add(row, actor);
  if (Status s = table.update(row, actor); !s)
    return s;
  return t.id;
}

Result<AgendaTemplate> AgendaTemplates::load(qint64 id) const
{
  const TypedTable<TemplateRow> table(mStore);
  Result<TemplateRow> r = table.get(id);
  if (!r)
    return r.status();
  Result<QVector<AgendaStep>> steps = stepsFromJson(r.value().stepsJson);
  if (!steps)
    return Status::failure(QCoreApplication::translate("onemap::AgendaTemplates", "agenda template \"%1\": %2").arg(r.value().name, steps.message()));
  AgendaTemplate t;
  t.id = id;
  t.name = r.value().name;
  t.kind = r.value().kind;
  t.hazard = r.value().hazard;
  t.steps = steps.take();
  return t;
}

Status AgendaTemplates::remove(qint64 id, const QString &actor)
{
  return TypedTable<TemplateRow>(mStore).remove(id, actor);
}

} // namespace onemap
