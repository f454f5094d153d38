#pragma once

#include "Clock.h"
#include "Instrument.h"
#include "QuestionnaireSession.h"
#include "ResponseStore.h"

#include <QDate>
#include <QSqlDatabase>

namespace signaali::db {

struct GroupInfo
{
    qint64 id = 0;
    QString name;
    QString kind; // class or group
};

// A pupil on the kiosk's check-in list and how far they are in this screening.
struct KioskPupil
{
    enum class Status { NotStarted, InProgress, Completed };
    qint64 id = 0;
    QString uuid;        // for the audit log, which names pupils by uuid only
    QString displayName; // "Aino M." style: first name and initial, as shown on a shared screen
    QString fullName;
    QDate dateOfBirth;
    QString language;
    Status status = Status::NotStarted;
    bool critical = false; // a completed or in-progress response raised a critical flag
};

// What the screening kiosk reads and writes: a class's pupils with their
// status for one round and set of instruments.
class KioskStore
{
public:
    explicit KioskStore(QSqlDatabase& db) : m_db(db) {}

    QList<GroupInfo> groups(qint64 schoolId);
    QList<KioskPupil> pupils(qint64 groupId, qint64 roundId,
                             const QList<const Instrument*>& instruments);

    // The one-time check-in code of every pupil in the group for the round,
    // made (from a cryptographic random source) where missing. Pairs of pupil id and code.
    QList<std::pair<qint64, QString>> checkInCodes(qint64 groupId, qint64 roundId,
                                                   const QString& createdAt);
    // The pupil of the group whose code this is for the round (case and spaces ignored).
    std::optional<qint64> pupilForCode(qint64 groupId, qint64 roundId, const QString& code);

private:
    QSqlDatabase& m_db;
};

// Whether any shown answer meets one of the instrument's critical rules.
bool hasCriticalAnswer(const Instrument& instrument, const Answers& answers);

// Saves kiosk answers straight into a response, one commit per answer.
class DatabaseAnswerSink : public AnswerSink
{
public:
    DatabaseAnswerSink(ResponseStore& store, qint64 responseId)
        : m_store(store), m_responseId(responseId)
    {
    }
    bool saveAnswer(const QString& itemId, double value) override
    {
        return m_store.saveAnswer(m_responseId, itemId, value);
    }
    bool discardAnswers(const QStringList& itemIds) override
    {
        return m_store.discardAnswers(m_responseId, itemIds);
    }

private:
    ResponseStore& m_store;
    qint64 m_responseId;
};

} // namespace signaali::db
