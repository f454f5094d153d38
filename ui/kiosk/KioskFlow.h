#pragma once

#include "core/Clock.h"
#include "core/QuestionnaireSession.h"
#include "db/access/SignedInUser.h"
#include "db/kiosk/KioskSession.h"
#include "db/storage/Database.h"

#include <QObject>
#include <memory>

namespace signaali::ui {

struct KioskConfig
{
    db::Database* database = nullptr;
    qint64 schoolId = 0;
    qint64 roundId = 0;
    qint64 groupId = 0;
    QString groupName;
    QString roundName;
    QList<Instrument> instruments; // asked in this order
    QString exitSecretHash;        // Argon2id hash of the nurse's PIN
    int idleWarningSeconds = 90;   // no input for this long: "are you still there?"
    int idleReturnSeconds = 30;    // then this long more: back to check-in, response kept
    const Clock* clock = &Clock::system();
    // The nurse who started the screening: everything the kiosk reads and
    // writes is checked as hers, and the live view and the code sheet, which
    // name pupils, are written to the audit log.
    db::SignedInUser nurse;
    // The language of what the nurse reads in the kiosk (PIN prompt, live view,
    // code sheet), whatever language the pupil on screen answers in.
    QString nurseLanguage = QStringLiteral("fi");
};

// One pupil at a time through the chosen instruments: check-in, a response
// per instrument (resumed where it stopped), completion with stored results,
// and critical answers noticed the moment they are saved.
class KioskFlow : public QObject
{
    Q_OBJECT

public:
    explicit KioskFlow(KioskConfig config, QObject* parent = nullptr);

    const KioskConfig& config() const { return m_config; }
    QList<db::KioskPupil> pupils();
    // Checks the pupil in when the day and month match their date of birth
    // (compared in db/, which counts wrong ones: Wait, then Locked until the
    // nurse unlocks). Refuses a pupil who has completed the screening.
    enum class CheckIn { Started, WrongBirthday, AlreadyCompleted, Wait, Locked, Failed };
    CheckIn checkIn(qint64 pupilId, int day, int month);
    // Checks in the pupil whose one-time code this is (WrongBirthday stands for a wrong code).
    CheckIn checkInWithCode(const QString& code);
    // Seconds until check-in may be tried again (for `pupilId`, or the kiosk
    // when 0), or -1 while it is locked.
    int checkInWait(qint64 pupilId = 0);
    // After the nurse's PIN: check-in goes on (logged). False with `error` when refused.
    bool unlockCheckIn(QString* error = nullptr);
    // Every pupil's code for this round, made where missing: (name, code) in list
    // order; read as the nurse (audited). Empty with `error` when refused.
    QList<std::pair<QString, QString>> checkInCodes(QString* error = nullptr);
    // Whether the nurse may still see the class's names and critical answers
    // (her account active, the school hers): empty, or why not.
    QString liveViewRefusal();
    // The nurse opened the live view: checked as above, then audited. False
    // with `error` when refused or the log cannot be written.
    bool recordLiveView(QString* error);
    // Whether a pupil is checked in and answering.
    bool isActive() const { return m_session != nullptr; }
    qint64 pupilId() const { return m_pupilId; }
    // The checked-in pupil's first name, to greet them (and let them say it is not them).
    QString pupilFirstName() const { return m_firstName; }
    QuestionnaireSession* session() const { return m_session.get(); }
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    // The current instrument is done: stores its result and moves to the next one.
    // Returns false when all are done (the pupil is finished).
    bool completeCurrent();
    // Ends the pupil's turn, keeping unfinished responses in progress.
    void leave();
    // Someone else checked in by mistake ("Not you?"): ends the turn and removes
    // the response it started if no answer was given, so nothing of it is kept.
    void leaveWithoutTrace();
    // "Name: topic" for every critical answer of this class and round that the
    // nurse has not yet handled, read from the database: it survives a restart
    // of the kiosk and covers pupils who never finished.
    QStringList criticalAlerts();

signals:
    // The session on screen is about to be destroyed or replaced: whoever shows it
    // lets go of it now (the page must never outlive its session).
    void sessionEnding();
    void criticalAnswer(const QString& pupilName, const QString& topic);
    void pupilFinished();

private:
    // db/ checked the pupil in (or said why not): their turn begins.
    CheckIn beginCheckedIn(const db::Outcome<qint64>& checkedIn);
    CheckIn begin(const db::KioskPupil& pupil);
    bool startInstrument(int index);
    void onAnswer(const QString& itemId, double value);
    void dropSession();

    class Sink;
    KioskConfig m_config;
    db::KioskSession m_kiosk;
    qint64 m_pupilId = 0;
    QString m_pupilName;
    QString m_firstName;
    QString m_language = QStringLiteral("fi");
    int m_instrumentIndex = -1;
    qint64 m_responseId = 0;
    std::unique_ptr<AnswerSink> m_sink;
    std::unique_ptr<QuestionnaireSession> m_session;
};

} // namespace signaali::ui
