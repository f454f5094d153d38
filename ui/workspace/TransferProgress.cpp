#include "workspace/TransferProgress.h"

#include "workspace/WorkspaceEvents.h"

#include <QLocale>
#include <algorithm>

namespace signaali::ui {

TransferProgress::TransferProgress(const QString& label, WorkspaceEvents* events, QWidget* parent)
    : m_dialog(label, QString(), 0, 1000, parent), m_label(label), m_events(events)
{
    m_dialog.setObjectName(QStringLiteral("transferProgress"));
    m_dialog.setWindowModality(Qt::WindowModal);
    // db/ cannot stop half-way: a bundle is written or merged whole, or not at all.
    m_dialog.setCancelButton(nullptr);
    m_dialog.setMinimumDuration(700);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_dialog.setValue(0);
    if (m_events)
        m_events->setBusy(true);
    m_sinceUpdate.start();
}

TransferProgress::~TransferProgress()
{
    finish();
}

db::BundleProgress TransferProgress::callback()
{
    return [this](qint64 done, qint64 total) { update(done, total); };
}

void TransferProgress::update(qint64 done, qint64 total)
{
    // Painting costs more than a record: a few times a second is enough. A modal
    // progress dialog's setValue() lets the events through that paint it.
    if (m_finished || (done < total && m_sinceUpdate.elapsed() < 150))
        return;
    m_sinceUpdate.restart();
    const QLocale locale;
    m_dialog.setLabelText(
        QStringLiteral("%1\n%2 / %3").arg(m_label, locale.toString(done), locale.toString(total)));
    m_dialog.setValue(total > 0 ? static_cast<int>(std::min<qint64>(done, total) * 1000 / total)
                                : 0);
}

void TransferProgress::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_dialog.reset();
    m_dialog.hide();
    if (m_events)
        m_events->setBusy(false);
}

} // namespace signaali::ui
