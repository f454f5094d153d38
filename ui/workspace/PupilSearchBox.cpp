#include "workspace/PupilSearchBox.h"

#include "db/workspace/PupilSearch.h"
#include "workspace/DateText.h"
#include "workspace/TableHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signaali::ui {

PupilSearchBox::PupilSearchBox(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("pupilSearchBox"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("pupilSearch"));
    m_field->setPlaceholderText(tr("Find a pupil by name"));
    m_field->setAccessibleName(tr("Find a pupil by name"));
    m_field->setClearButtonEnabled(true);
    auto* button = new QPushButton(tr("Find"), this);
    button->setObjectName(QStringLiteral("findPupil"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_matches = makeListTable(QStringLiteral("pupilMatches"),
                              {tr("Pupil"), tr("Born"), tr("Class"), tr("School")},
                              tr("Pupils whose name matches"), this);
    m_matches->setMaximumHeight(150);
    m_matches->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_field, 1);
    row->addWidget(button);
    row->addWidget(m_message, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_matches);

    connect(m_field, &QLineEdit::returnPressed, this, &PupilSearchBox::search);
    connect(button, &QPushButton::clicked, this, &PupilSearchBox::search);
    connect(m_matches, &QTableWidget::cellActivated, this, &PupilSearchBox::openRow);
    connect(m_matches, &QTableWidget::cellDoubleClicked, this, &PupilSearchBox::openRow);
    // Names found stay on screen only while the search does.
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_matches->setRowCount(0);
            m_matches->hide();
            m_message->clear();
        }
    });
}

int PupilSearchBox::search()
{
    m_matches->setRowCount(0);
    m_matches->hide();
    const auto found =
        db::searchPupils(m_context.db(), m_context.user, m_field->text(), 50, *m_context.clock);
    if (!found) {
        m_message->setText(found.error());
        return 0;
    }
    m_message->setText(found->isEmpty()
                           ? tr("No pupil of your schools has that name.")
                           : tr("%n pupil(s) found", nullptr, static_cast<int>(found->size())));
    for (const db::PupilMatch& m : *found) {
        const int row = m_matches->rowCount();
        m_matches->insertRow(row);
        auto* name = new QTableWidgetItem(m.lastName + QStringLiteral(", ") + m.firstName);
        name->setData(Qt::UserRole, m.pupilId);
        m_matches->setItem(row, 0, name);
        m_matches->setItem(row, 1, new QTableWidgetItem(DateText::date(m.dateOfBirth)));
        m_matches->setItem(row, 2, new QTableWidgetItem(m.className));
        m_matches->setItem(row, 3, new QTableWidgetItem(m.schoolName));
    }
    m_matches->resizeColumnsToContents();
    m_matches->setVisible(!found->isEmpty());
    if (found->size() == 1)
        openRow(0);
    return static_cast<int>(found->size());
}

void PupilSearchBox::openRow(int row)
{
    if (QTableWidgetItem* item = m_matches->item(row, 0))
        emit openProfile(item->data(Qt::UserRole).toLongLong());
}

} // namespace signaali::ui
