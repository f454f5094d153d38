#include "analytics/DashboardFilters.h"

#include "analytics/AnalyticsStyle.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace signaali::ui {

namespace {
// Re-selects `previous` when it is still listed; otherwise `fallback`.
void select(QComboBox* combo, const QVariant& previous, int fallback)
{
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : fallback);
}
} // namespace

DashboardFilters::DashboardFilters(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardFilters"));
    // Two rows of three: in one row the six lists do not fit a 1366 pixel
    // screen in Finnish, and a squeezed list cuts its text ("syksy 20").
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(kColumns * 2, 1);
    m_round = addCombo("roundFilter", tr("&Round"), tr("Screening round"));
    m_school = addCombo("schoolFilter", tr("&School"), tr("School"));
    m_grade = addCombo("gradeFilter", tr("&Grade"), tr("Grade"));
    m_gender = addCombo("genderFilter", tr("G&ender"), tr("Gender"));
    m_domain = addCombo("domainFilter", tr("&Domain"), tr("Domain of the questionnaire"));
    m_measure = addCombo("measureFilter", tr("&Measure"), tr("Which share is shown"));

    for (const QString& gender :
         {QString(), QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")})
        m_gender->addItem(AnalyticsStyle::genderName(gender), gender);
    m_measure->addItem(tr("At concern level"), measureId(Measure::Concern));
    m_measure->addItem(tr("Flagged (watch or concern)"), measureId(Measure::WatchOrConcern));
}

QComboBox* DashboardFilters::addCombo(const char* objectName, const QString& label,
                                      const QString& accessible)
{
    auto* caption = new QLabel(label, this);
    auto* combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessible);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Never narrower than its longest entry.
    combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    caption->setBuddy(combo);
    auto* grid = static_cast<QGridLayout*>(layout());
    const int index = m_comboCount++;
    const int row = index / kColumns, column = (index % kColumns) * 2;
    grid->addWidget(caption, row, column, Qt::AlignRight);
    grid->addWidget(combo, row, column + 1, Qt::AlignLeft);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_populating)
            emit changed();
    });
    return combo;
}

void DashboardFilters::populate(const DashboardData& data, bool allSchoolsIsMunicipality)
{
    m_populating = true;
    const QVariant round = m_round->currentData(), school = m_school->currentData(),
                   grade = m_grade->currentData(), domain = m_domain->currentData();
    m_round->clear();
    for (const auto& [id, name] : data.rounds())
        m_round->addItem(name, id);
    select(m_round, round, m_round->count() - 1); // the latest round first

    m_school->clear();
    if (data.schools().size() > 1)
        m_school->addItem(allSchoolsIsMunicipality ? tr("All schools") : tr("All my schools"),
                          qint64(0));
    for (const auto& [id, name] : data.schools())
        m_school->addItem(name, id);
    select(m_school, school, 0);

    m_grade->clear();
    m_grade->addItem(tr("All grades"), -1);
    for (int g : data.grades())
        m_grade->addItem(g == 0 ? tr("Grade not recorded") : tr("Grade %1").arg(g), g);
    select(m_grade, grade, 0);

    m_domain->clear();
    for (const auto& [id, title] : data.domains())
        m_domain->addItem(id.isEmpty() ? tr("Overall level") : title, id);
    select(m_domain, domain, 0);
    m_populating = false;
}

DashboardChoice DashboardFilters::choice() const
{
    DashboardChoice c;
    c.roundId = m_round->currentData().toLongLong();
    c.schoolId = m_school->currentData().toLongLong();
    c.grade = m_grade->currentData().isValid() ? m_grade->currentData().toInt() : -1;
    c.gender = m_gender->currentData().toString();
    c.domainId = m_domain->currentData().toString();
    c.measure = measureFromId(m_measure->currentData().toString()).value_or(Measure::Concern);
    return c;
}

QString DashboardFilters::schoolText() const
{
    return m_school->currentText();
}

QString DashboardFilters::summary(bool withRound) const
{
    QStringList parts;
    if (withRound)
        parts << tr("Round: %1").arg(m_round->currentText());
    parts << tr("School: %1").arg(m_school->currentText())
          << tr("Grade: %1").arg(m_grade->currentText())
          << tr("Gender: %1").arg(m_gender->currentText());
    return parts.join(QStringLiteral(" · "));
}

} // namespace signaali::ui
