#include "workspace/AuditText.h"

#include "db/access/AuditLog.h"
#include "db/access/SignedInUser.h"
#include "workspace/RoleText.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <functional>

namespace signaali::ui {

QString AuditText::action(const QString& id)
{
    using namespace db::audit;
    const QHash<QString, QString> names{
        {SignIn, tr("Signed in")},
        {Setup, tr("First set-up")},
        {ViewOverview, tr("Viewed the class overview")},
        {ViewAttention, tr("Viewed the attention list")},
        {ViewProfile, tr("Viewed the profile")},
        {ViewCase, tr("Viewed the case actions")},
        {ViewShares, tr("Viewed the case shares")},
        {ViewFollowUps, tr("Viewed the follow-ups due")},
        {ViewFlagOutcomes, tr("Viewed handled flags")},
        {ViewPupilList, tr("Listed pupils")},
        {ViewResults, tr("Viewed results")},
        {ViewAccessLog, tr("Viewed the log")},
        {ViewKiosk, tr("Opened the screening's live view")},
        {CheckInFailed, tr("A check-in at the kiosk did not match")},
        {CheckInLocked, tr("Check-in at the kiosk was locked after wrong attempts")},
        {CheckInUnlocked, tr("Unlocked check-in at the kiosk")},
        {SignInFailed, tr("A sign-in was refused")},
        {VerifyAuditLog, tr("Checked the audit log's chain")},
        {ExportAuditLog, tr("Exported the audit log")},
        {ExportResults, tr("Exported results")},
        {ExportCheckInCodes, tr("Printed check-in codes")},
        {ExportSummary, tr("Printed the visit summary")},
        {ExportFigures, tr("Exported group figures")},
        {ExportDatabase, tr("Backed up the database")},
        {FlagHandled, tr("Marked flags handled")},
        {CaseAction, tr("Recorded a case action")},
        {FollowUpDone, tr("Marked a follow-up done")},
        {CaseShared, tr("Shared the case")},
        {CaseUnshared, tr("Withdrew the share")},
        {UserCreated, tr("Created an account")},
        {PasswordSet, tr("Set a password")},
        {SchoolsAssigned, tr("Assigned schools")},
        {UserActive, tr("Activated or deactivated an account")},
        {UserRenamed, tr("Changed the name of an account")},
        {SchoolCreated, tr("Added a school")},
        {RosterImported, tr("Imported a class list")},
        {RosterNamedElsewhere, tr("Named the pupil in a class list of another school")},
        {BundleNamedElsewhere, tr("Named the pupil in a bundle for another school")},
        {RoundCreated, tr("Created a round")},
        {AnswersRecorded, tr("Recorded answers")},
        {PupilErased, tr("Erased a pupil")},
        {ThresholdChanged, tr("Changed the small-group threshold")},
        {DatabaseRestored, tr("Restored the database")},
        {DatabaseEncrypted, tr("Encrypted the database")},
        {RecoveryKeyUsed, tr("Opened the database with the recovery key")},
        {DeviceTrusted, tr("Trusted another installation")},
        {DeviceRevoked, tr("Revoked the trust in an installation")},
        {BundleExported, tr("Sent results in a bundle")},
        {BundleImported, tr("Received results from a bundle")},
        {ViewBundleConflicts, tr("Viewed the conflicts of received results")},
    };
    return names.value(id, id);
}

namespace {
// One form of stored detail: the actions that write it, the pattern, and the
// words made of what the pattern captured.
struct DetailForm
{
    QStringList actions;
    QRegularExpression pattern;
    std::function<QString(const QRegularExpressionMatch&)> words;
};

int count(const QRegularExpressionMatch& match, int group = 1)
{
    return match.captured(group).toInt();
}

QString isoDate(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

const QList<DetailForm>& detailForms()
{
    using namespace db::audit;
    using M = QRegularExpressionMatch;
    const auto re = [](const char* pattern) {
        return QRegularExpression(QLatin1Char('^') + QString::fromLatin1(pattern) +
                                  QLatin1Char('$'));
    };
    static const QList<DetailForm> forms{
        {{ViewAttention},
         re("attention list, (\\d+) results"),
         [](const M& m) {
             return AuditText::tr("attention list, %n result(s)", nullptr, count(m));
         }},
        {{ViewAccessLog},
         re("(\\d+) entries"),
         [](const M& m) { return AuditText::tr("%n log entry(ies)", nullptr, count(m)); }},
        {{ViewCase},
         re("(\\d+) actions"),
         [](const M& m) { return AuditText::tr("%n case action(s)", nullptr, count(m)); }},
        {{ViewShares},
         re("(\\d+) shares"),
         [](const M& m) { return AuditText::tr("%n share(s)", nullptr, count(m)); }},
        {{ViewFlagOutcomes},
         re("(\\d+) handled flags"),
         [](const M& m) { return AuditText::tr("%n handled flag(s)", nullptr, count(m)); }},
        {{ViewPupilList},
         re("(\\d+) pupils"),
         [](const M& m) { return AuditText::tr("%n pupil(s)", nullptr, count(m)); }},
        {{ViewFollowUps},
         re("(\\d+) follow-ups due by (\\S+)"),
         [](const M& m) {
             return AuditText::tr("%n follow-up(s) due by %1", nullptr, count(m))
                 .arg(isoDate(m.captured(2)));
         }},
        {{ExportResults, ViewResults},
         re("(\\d+) results( \\(pseudonymised\\))?(, round (.*))?"),
         [](const M& m) {
             QString text = AuditText::tr("%n result(s)", nullptr, count(m));
             if (!m.captured(2).isEmpty())
                 text += AuditText::tr(", pseudonymised");
             if (!m.captured(3).isEmpty())
                 text += AuditText::tr(", round %1").arg(m.captured(4));
             return text;
         }},
        {{ExportCheckInCodes},
         re("(\\d+) check-in codes, class id (\\d+), round id (\\d+)"),
         [](const M& m) {
             return AuditText::tr("%n check-in code(s), class id %1, round id %2", nullptr,
                                  count(m))
                 .arg(m.captured(2), m.captured(3));
         }},
        {{ViewOverview},
         re("class (.*) \\(id (\\d+)\\), round (.*), (\\S+)"),
         [](const M& m) {
             return AuditText::tr("class %1, round %2, questionnaire %3")
                 .arg(m.captured(1), m.captured(3), m.captured(4));
         }},
        {{ViewKiosk, CheckInFailed, CheckInLocked, CheckInUnlocked},
         re("(.*), round (.*)"),
         [](const M& m) {
             return AuditText::tr("class %1, round %2").arg(m.captured(1), m.captured(2));
         }},
        {{ViewProfile}, re("no results"), [](const M&) { return AuditText::tr("no results"); }},
        {{ViewProfile},
         re("results of (.*)"),
         [](const M& m) { return AuditText::tr("results of %1").arg(m.captured(1)); }},
        {{ExportSummary},
         re("summary pdf"),
         [](const M&) { return AuditText::tr("visit summary (PDF)"); }},
        {{FlagHandled},
         re("response (\\S+): (\\d+) flag\\(s\\)"),
         [](const M& m) {
             return AuditText::tr("%n flag(s), response %1", nullptr, count(m, 2))
                 .arg(m.captured(1).left(8));
         }},
        {{CaseAction, FollowUpDone},
         re("action (\\S+)"),
         [](const M& m) { return AuditText::tr("action %1").arg(m.captured(1).left(8)); }},
        {{CaseShared},
         re("share (\\S+) with (\\S+), consent of the pupil given (\\S+)"),
         [](const M& m) {
             return AuditText::tr("shared with %1, the pupil's consent given %2")
                 .arg(m.captured(2), isoDate(m.captured(3)));
         }},
        {{CaseShared},
         re("share (\\S+) with (\\S+), consent of the guardian given (\\S+)"),
         [](const M& m) {
             return AuditText::tr("shared with %1, the guardian's consent given %2")
                 .arg(m.captured(2), isoDate(m.captured(3)));
         }},
        {{CaseUnshared},
         re("share (\\S+) with (\\S+) withdrawn"),
         [](const M& m) { return AuditText::tr("share with %1 withdrawn").arg(m.captured(2)); }},
        {{ThresholdChanged},
         re("from (\\d+) to (\\d+)"),
         [](const M& m) {
             return AuditText::tr("from %1 to %2").arg(m.captured(1), m.captured(2));
         }},
        {{RoundCreated},
         re("round (.*)"),
         [](const M& m) { return AuditText::tr("round %1").arg(m.captured(1)); }},
        {{AnswersRecorded},
         re("(\\S+) (\\S+), round id (\\d+)"),
         [](const M& m) {
             return AuditText::tr("questionnaire %1 %2, round id %3")
                 .arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {{RosterImported},
         re("(.*) \\(added\\): (.*)"),
         [](const M& m) { return AuditText::tr("class list %1, pupil added").arg(m.captured(1)); }},
        {{RosterImported},
         re("(.*) \\(updated\\): (.*)"),
         [](const M& m) {
             return AuditText::tr("class list %1, pupil updated").arg(m.captured(1));
         }},
        {{UserCreated},
         re("user (\\S+), role (\\S+)"),
         [](const M& m) {
             return AuditText::tr("user %1, role %2")
                 .arg(m.captured(1), AuditText::role(m.captured(2)));
         }},
        {{SchoolsAssigned},
         re("user (\\S+), school ids none"),
         [](const M& m) { return AuditText::tr("user %1, no schools").arg(m.captured(1)); }},
        {{SchoolsAssigned},
         re("user (\\S+), school ids (.*)"),
         [](const M& m) {
             return AuditText::tr("user %1, school ids %2").arg(m.captured(1), m.captured(2));
         }},
        {{UserActive},
         re("user (\\S+), activated"),
         [](const M& m) { return AuditText::tr("user %1 activated").arg(m.captured(1)); }},
        {{UserActive},
         re("user (\\S+), deactivated"),
         [](const M& m) { return AuditText::tr("user %1 deactivated").arg(m.captured(1)); }},
        {{UserRenamed, PasswordSet},
         re("user (\\S+)"),
         [](const M& m) { return AuditText::tr("user %1").arg(m.captured(1)); }},
        {{SchoolCreated},
         re("school id (\\d+): (.*)"),
         [](const M& m) {
             return AuditText::tr("school %1 (id %2)").arg(m.captured(2), m.captured(1));
         }},
        {{Setup},
         re("administrator (\\S+), nurse (\\S+), school id (\\d+)"),
         [](const M& m) {
             return AuditText::tr("administrator %1, nurse %2, school id %3")
                 .arg(m.captured(1), m.captured(2), m.captured(3));
         }},
        {{ExportDatabase},
         re("backup to (.*)"),
         [](const M& m) { return AuditText::tr("backup to %1").arg(m.captured(1)); }},
        {{DatabaseRestored},
         re("restored from (.*)"),
         [](const M& m) { return AuditText::tr("restored from %1").arg(m.captured(1)); }},
        {{ExportFigures},
         re("(distribution|heatmap|trend|funnel) (\\w+)"),
         [](const M& m) {
             const QHash<QString, QString> charts{
                 {QStringLiteral("distribution"), AuditText::tr("distribution")},
                 {QStringLiteral("heatmap"), AuditText::tr("heat map")},
                 {QStringLiteral("trend"), AuditText::tr("trend")},
                 {QStringLiteral("funnel"), AuditText::tr("follow-up funnel")}};
             return AuditText::tr("%1 as %2")
                 .arg(charts.value(m.captured(1)), m.captured(2).toUpper());
         }},
    };
    return forms;
}
} // namespace

QString AuditText::detail(const QString& action, const QString& detail)
{
    for (const DetailForm& form : detailForms())
        if (form.actions.contains(action))
            if (const auto match = form.pattern.match(detail); match.hasMatch())
                return form.words(match);
    return detail;
}

QString AuditText::role(const QString& id)
{
    return RoleText::name(id);
}

} // namespace signaali::ui
