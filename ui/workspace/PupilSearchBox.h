#pragma once

#include "workspace/WorkspaceContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace signaali::ui {

// Finding a pupil by name across the nurse's schools: type a part of the name,
// press Enter, open the profile from the matches (at once when only one matches).
class PupilSearchBox : public QWidget
{
    Q_OBJECT

public:
    PupilSearchBox(const WorkspaceContext& context, QWidget* parent = nullptr);
    QLineEdit* field() const { return m_field; }
    QTableWidget* matches() const { return m_matches; }
    // Searches for the text in the field; the number of matches shown.
    int search();

signals:
    void openProfile(qint64 pupilId);

private:
    void openRow(int row);

    const WorkspaceContext& m_context;
    QLineEdit* m_field = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_matches = nullptr;
};

} // namespace signaali::ui
