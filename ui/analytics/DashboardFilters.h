#pragma once

#include "analytics/DashboardData.h"

#include <QWidget>

class QComboBox;

namespace signaali::ui {

// The dashboard's filter bar: round, school, grade, gender, domain and measure.
class DashboardFilters : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardFilters(QWidget* parent = nullptr);

    // Fills the lists from what the user may see; keeps earlier choices that still exist.
    void populate(const DashboardData& data, bool allSchoolsIsMunicipality);
    DashboardChoice choice() const;
    // "Round: syksy 2026 · School: Keskuskoulu · Grade: 8 · Gender: Girls"
    QString summary(bool withRound = true) const;
    QString schoolText() const;

signals:
    void changed();

private:
    QComboBox* addCombo(const char* objectName, const QString& label, const QString& accessible);

    static constexpr int kColumns = 3;
    int m_comboCount = 0;
    QComboBox* m_round;
    QComboBox* m_school;
    QComboBox* m_grade;
    QComboBox* m_gender;
    QComboBox* m_domain;
    QComboBox* m_measure;
    bool m_populating = false;
};

} // namespace signaali::ui
