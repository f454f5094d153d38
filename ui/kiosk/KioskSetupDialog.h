#pragma once

#include "core/InstrumentCatalog.h"
#include "kiosk/KioskFlow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace signaali::ui {

// The nurse starts a screening: school, round, class or group, instruments,
// and the PIN that will be needed to leave the kiosk.
class KioskSetupDialog : public QDialog
{
    Q_OBJECT

public:
    // `nurse` starts the screening: only her schools are offered, and class
    // lists and new rounds are saved as hers.
    KioskSetupDialog(db::Database* database, const InstrumentCatalog& catalog,
                     const db::SignedInUser& nurse, QWidget* parent = nullptr);
    // Valid after accept().
    KioskConfig config() const { return m_config; }
    // Whether pupils can have questions read aloud here, in which languages.
    static QString readAloudInfo();

protected:
    void accept() override;

private:
    void reloadSchools();
    void reloadGroupsAndRounds();
    void importRoster();
    void showProblem(const QString& text);

    db::Database* m_database;
    const InstrumentCatalog& m_catalog;
    db::SignedInUser m_nurse;
    KioskConfig m_config;
    QComboBox* m_school = nullptr;
    QComboBox* m_round = nullptr;
    QLineEdit* m_newRound = nullptr;
    QComboBox* m_group = nullptr;
    QListWidget* m_instruments = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QComboBox* m_nurseLanguage = nullptr;
    QLabel* m_readAloudInfo = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace signaali::ui
