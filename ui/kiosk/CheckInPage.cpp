#include "kiosk/CheckInPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace signaali::ui {

namespace {
QFont scaled(const QFont& base, double factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

CheckInPage::CheckInPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkInPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(16);
    m_heading = new QLabel(this);
    m_heading->setFont(scaled(font(), 2.0, true));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setFont(scaled(font(), 1.3));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pupilList"));
    m_list->setFont(scaled(font(), 1.5));
    m_list->setSpacing(4);
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setGridSize(QSize(260, 64));
    m_list->setMovement(QListView::Static);

    auto* birthday = new QHBoxLayout;
    m_birthdayLabel = new QLabel(this);
    m_birthdayLabel->setFont(scaled(font(), 1.3));
    m_day = new QSpinBox(this);
    m_day->setObjectName(QStringLiteral("birthDay"));
    m_month = new QSpinBox(this);
    m_month->setObjectName(QStringLiteral("birthMonth"));
    // 0 stands for "not chosen yet" and shows as a dash: no birthday is suggested.
    m_day->setRange(0, 31);
    m_month->setRange(0, 12);
    for (QSpinBox* box : {m_day, m_month}) {
        box->setSpecialValueText(QStringLiteral("–"));
        box->setFont(scaled(font(), 1.6));
        box->setMinimumHeight(56);
        box->setMinimumWidth(110);
    }
    m_birthdayLabel->setBuddy(m_day);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setMinimumHeight(64);
    m_start->setFont(scaled(font(), 1.5, true));
    m_start->setAutoDefault(true); // Enter on the focused button starts, as Space does
    birthday->addWidget(m_birthdayLabel);
    birthday->addWidget(m_day);
    birthday->addWidget(new QLabel(QStringLiteral("."), this));
    birthday->addWidget(m_month);
    birthday->addStretch(1);
    birthday->addWidget(m_start);

    auto* codeRow = new QHBoxLayout;
    m_codeLabel = new QLabel(this);
    m_codeLabel->setFont(scaled(font(), 1.3));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setFont(scaled(font(), 1.6));
    m_code->setMaxLength(12);
    m_code->setMinimumHeight(56);
    m_code->setMaximumWidth(260);
    m_codeLabel->setBuddy(m_code);
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_code);
    codeRow->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setFont(scaled(font(), 1.3, true));
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c00;"));
    m_nurseNotice = new QLabel(this);
    m_nurseNotice->setObjectName(QStringLiteral("nurseNotice"));
    m_nurseNotice->setFont(scaled(font(), 1.0, true));
    m_nurseNotice->setStyleSheet(QStringLiteral(
        "background: #ffd23f; color: #1a1a1a; padding: 6px 12px; border-radius: 6px;"));
    m_nurseNotice->hide();

    m_unlock = new QPushButton(this);
    m_unlock->setObjectName(QStringLiteral("unlockCheckIn"));
    m_unlock->setMinimumHeight(56);
    m_unlock->setFont(scaled(font(), 1.2, true));
    m_unlock->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_nurseNotice);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(birthday);
    layout->addLayout(codeRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_unlock, 0, Qt::AlignLeft);

    connect(m_start, &QPushButton::clicked, this, &CheckInPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &CheckInPage::unlockRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_day->setFocus(); });
    retranslate();
}

void CheckInPage::setClass(const QString& name, const QList<db::KioskPupil>& pupils)
{
    m_className = name;
    m_list->clear();
    for (const db::KioskPupil& pupil : pupils) {
        auto* item = new QListWidgetItem(pupil.displayName, m_list);
        item->setData(Qt::UserRole, pupil.id);
        const bool done = pupil.status == db::KioskPupil::Status::Completed;
        if (done) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(pupil.displayName + QStringLiteral("  ✓"));
        }
        item->setData(Qt::AccessibleTextRole,
                      done ? tr("%1, already answered").arg(pupil.displayName) : pupil.displayName);
    }
    m_problem->clear();
    m_code->clear();
    m_day->setValue(0);
    m_month->setValue(0);
    retranslate();
    m_list->setFocus();
    // Focusing the list makes its first row current without selecting it; no one is
    // chosen until the pupil chooses.
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
}

void CheckInPage::showProblem(const QString& message)
{
    m_problem->setText(message);
}

void CheckInPage::setNurseNotice(bool visible)
{
    m_nurseNotice->setVisible(visible);
}

void CheckInPage::setLocked(bool locked, bool everyone)
{
    m_unlock->setVisible(locked);
    m_start->setEnabled(!(locked && everyone));
}

void CheckInPage::submit()
{
    if (!m_start->isEnabled())
        return; // locked: Enter does not start either
    if (!m_code->text().trimmed().isEmpty()) {
        emit codeCheckInRequested(m_code->text().trimmed());
        m_code->clear();
        return;
    }
    const QList<QListWidgetItem*> chosen = m_list->selectedItems();
    const QListWidgetItem* item = chosen.isEmpty() ? nullptr : chosen.first();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        showProblem(tr("Choose your name first."));
        m_list->setFocus();
        return;
    }
    if (m_day->value() == 0 || m_month->value() == 0) {
        showProblem(tr("Give the day and the month of your birthday."));
        (m_day->value() == 0 ? m_day : m_month)->setFocus();
        return;
    }
    emit checkInRequested(item->data(Qt::UserRole).toLongLong(), m_day->value(), m_month->value());
}

void CheckInPage::retranslate()
{
    m_heading->setText(tr("Welcome! Class %1").arg(m_className));
    m_hint->setText(tr("Choose your name, then give the day and month of your birthday."));
    m_list->setAccessibleName(tr("Pupils of the class"));
    m_birthdayLabel->setText(tr("Birthday (day.month):"));
    m_day->setAccessibleName(tr("Day of birth"));
    m_month->setAccessibleName(tr("Month of birth"));
    m_start->setText(tr("Start"));
    m_codeLabel->setText(tr("Or type your code:"));
    m_code->setAccessibleName(tr("Check-in code"));
    m_nurseNotice->setText(tr("Message for the nurse"));
    m_nurseNotice->setAccessibleName(tr("There is a message for the nurse"));
    m_unlock->setText(tr("Nurse: unlock check-in"));
}

void CheckInPage::keyPressEvent(QKeyEvent* event)
{
    // Enter anywhere on the page (spin boxes and code field pass it on) starts.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CheckInPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

MessagePage::MessagePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("messagePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(96, 48, 96, 48);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("messageTitle"));
    m_title->setWordWrap(true);
    m_title->setFont(scaled(font(), 2.2, true));
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setWordWrap(true);
    m_body->setFont(scaled(font(), 1.5));
    m_body->setTextFormat(Qt::PlainText);
    m_button = new QPushButton(this);
    m_button->setObjectName(QStringLiteral("messageButton"));
    m_button->setMinimumHeight(64);
    m_button->setFont(scaled(font(), 1.5, true));
    m_button->setAutoDefault(true); // Enter on the focused button, as Space
    layout->addWidget(m_title);
    layout->addSpacing(24);
    layout->addWidget(m_body);
    layout->addSpacing(36);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, &MessagePage::acknowledged);
}

void MessagePage::show(const QString& title, const QString& body, const QString& buttonText)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    m_body->setText(body);
    m_body->setAccessibleName(body);
    m_button->setText(buttonText);
    m_button->setAccessibleName(buttonText);
    m_button->setFocus();
}

} // namespace signaali::ui
