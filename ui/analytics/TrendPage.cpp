#include "analytics/TrendPage.h"

#include "analytics/AnalyticsStyle.h"
#include "analytics/TrendChart.h"
#include "core/GroupSignals.h"
#include "db/access/AccessRules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace signaali::ui {

TrendPage::TrendPage(DashboardData& data, QWidget* parent) : QWidget(parent), m_data(data)
{
    setObjectName(QStringLiteral("trendPage"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("trendGroup"));
    m_target->setAccessibleName(tr("Group of the trend"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_target->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    auto* label = new QLabel(tr("Trend &for"), this);
    label->setBuddy(m_target);
    m_trend = new TrendChart;
    m_panel = new ChartPanel(QStringLiteral("trend"), m_trend, this);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_target);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_panel, 1);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_target->signalsBlocked())
            emit targetChanged();
    });
}

int TrendPage::targetIndex() const
{
    return m_target->currentIndex();
}

void TrendPage::fillTargets(const DashboardChoice& c)
{
    const TrendTarget previous = m_targets.value(m_target->currentIndex());
    m_targets.clear();
    if (db::AccessRules::allows(m_data.user(), db::Permission::ViewMunicipality))
        m_targets << TrendTarget{db::Breakdown::Municipality, 0, 0, tr("The municipality")};
    for (const auto& [id, name] : m_data.schools())
        if (c.schoolId == 0 || c.schoolId == id)
            m_targets << TrendTarget{db::Breakdown::School, id, 0, name};
    if (c.schoolId) {
        if (const QList<db::FigureRow>* rows = m_data.figures(c))
            for (const db::FigureRow& row : *rows)
                if (row.group.domainId == db::kOverall)
                    m_targets << TrendTarget{
                        db::Breakdown::Class, c.schoolId, row.group.groupId,
                        tr("Class %1").arg(AnalyticsStyle::groupName(row.group, false))};
    }
    m_target->blockSignals(true);
    m_target->clear();
    int select = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        const TrendTarget& t = m_targets[i];
        m_target->addItem(t.name);
        if (t.breakdown == previous.breakdown && t.schoolId == previous.schoolId &&
            t.classId == previous.classId)
            select = i;
        // A newly chosen school is what the user wants to follow.
        else if (t.breakdown == db::Breakdown::School && t.schoolId == c.schoolId &&
                 previous.schoolId != c.schoolId)
            select = i;
    }
    m_target->setCurrentIndex(select);
    m_target->blockSignals(false);
}

bool TrendPage::show(const DashboardChoice& choice, const QString& summary)
{
    const int index = m_target->currentIndex();
    if (index < 0 || index >= m_targets.size()) {
        m_trend->clear(tr("Choose a group for the trend."));
        return true;
    }
    const TrendTarget& target = m_targets[index];
    bool ok = false;
    const auto series = m_data.trend(choice, target, &ok);
    if (!ok)
        return false;
    if (!series) {
        m_trend->clear(tr("No figures for %1 with this choice.").arg(target.name));
        m_panel->setTable({});
        m_panel->setCaption(summary);
        return true;
    }
    m_trend->setSeries(*series, choice.measure, target.name);
    m_panel->setTable(db::GroupFigures::toTable(series->rounds, m_data.threshold()));
    // With no round drawn, a count of 0 questionnaires would contradict the
    // rounds' published n (1–4 or hidden).
    QString caption =
        m_trend->pointCount() == 0
            ? tr("%1. No round can be drawn for %2.").arg(summary, target.name)
            : tr("%1. Based on %2 questionnaires over %3 rounds up to %4. The band is "
                 "the 95 % Wilson interval: with few respondents, it is wide.")
                  .arg(summary)
                  .arg(m_trend->respondents())
                  .arg(m_trend->pointCount())
                  .arg(series->rounds.isEmpty() ? QString() : series->rounds.last().roundName);
    if (!m_trend->omittedRounds().isEmpty())
        caption += QLatin1Char(' ') + tr("Not drawn (suppressed or no respondents): %1.")
                                          .arg(m_trend->omittedRounds().join(QStringLiteral(", ")));
    if (series->test)
        caption += QLatin1Char(' ') + GroupSignalRules::trendTestText(*series->test);
    m_panel->setCaption(caption);
    return true;
}

} // namespace signaali::ui
