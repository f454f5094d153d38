// The workspace from the command line, as separate processes on one database
// file: set-up, accounts, sign-in from stdin, the nurse's views, case work,
// sharing, the audit export, and refusals with their exit codes.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kAdmin = "admin password 1\n";
const QByteArray kNurse = "nurse password 1\n";
const QByteArray kMember = "member password 1\n";
} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sheets = 0;
    QString m_pupil; // Aino Mäkinen, 7A, with a concern result
    QString db() const { return m_dir.filePath(QStringLiteral("workspace.db")); }
    CliRun run(QStringList arguments, const QByteArray& input = {})
    {
        // Set-up encrypts the database and writes the recovery sheet somewhere new.
        if (arguments.value(0) == QLatin1String("setup"))
            arguments << QStringLiteral("--recovery-sheet")
                      << m_dir.filePath(QStringLiteral("recovery-%1.txt").arg(++m_sheets));
        arguments << QStringLiteral("--db") << db();
        return runCli(m_dir.path(), arguments, input);
    }
    CliRun as(const char* user, QStringList arguments, const QByteArray& input)
    {
        return run(arguments << QStringLiteral("--user") << QString::fromLatin1(user), input);
    }

private slots:
    void setupCreatesAdministratorAndNurse()
    {
        const QStringList setup{QStringLiteral("setup"),         QStringLiteral("--municipality"),
                                QStringLiteral("Demola"),        QStringLiteral("--school"),
                                QStringLiteral("Keskuskoulu"),   QStringLiteral("--admin"),
                                QStringLiteral("admin"),         QStringLiteral("--admin-name"),
                                QStringLiteral("Anna Admin"),    QStringLiteral("--nurse"),
                                QStringLiteral("hoitaja"),       QStringLiteral("--nurse-name"),
                                QStringLiteral("Hilkka Hoitaja")};
        const CliRun tooShort = run(setup, "short\n" + kNurse);
        QCOMPARE(tooShort.exitCode, 2);
        QVERIFY2(tooShort.err.contains(QStringLiteral("administrator password")),
                 qPrintable(tooShort.err));
        const CliRun done = run(setup, kAdmin + kNurse);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(run(setup, kAdmin + kNurse).exitCode, 3);

        QCOMPARE(run({QStringLiteral("import-roster"),
                      QStringLiteral(SIGNAALI_TEST_DATA "/rosters/import/autumn.csv"),
                      QStringLiteral("--school"), QStringLiteral("Keskuskoulu"),
                      QStringLiteral("--user"), QStringLiteral("hoitaja")},
                     kNurse)
                     .exitCode,
                 0);
        QCOMPARE(
            run({QStringLiteral("rounds"), QStringLiteral("--create"), QStringLiteral("syksy 2026"),
                 QStringLiteral("--starts"), QStringLiteral("2026-09-01"), QStringLiteral("--user"),
                 QStringLiteral("hoitaja")},
                kNurse)
                .exitCode,
            0);
    }

    void adminManagesUsers()
    {
        const CliRun added =
            as("admin",
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("psykologi"),
                QStringLiteral("--name"), QStringLiteral("Paula Psykologi"),
                QStringLiteral("--role"), QStringLiteral("case_team")},
               kAdmin + kMember);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.json()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("role"))
                     .toString(),
                 QStringLiteral("case_team"));
        const CliRun badRole =
            as("admin",
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"),
                QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"),
                QStringLiteral("janitor")},
               kAdmin + kMember);
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(badRole.err.contains(QStringLiteral("--role")));
        const CliRun list = as("admin", {QStringLiteral("user"), QStringLiteral("list")}, kAdmin);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = list.json().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 3);
        QVERIFY(!list.out.contains("argon2")); // hashes never leave the database
        for (const QJsonValue& user : users)
            if (user.toObject().value(QStringLiteral("username")) == QLatin1String("hoitaja"))
                QCOMPARE(user.toObject().value(QStringLiteral("schools")).toArray().first(),
                         QJsonValue(QStringLiteral("Keskuskoulu")));
        const CliRun byNurse =
            as("hoitaja", {QStringLiteral("user"), QStringLiteral("list")}, kNurse);
        QCOMPARE(byNurse.exitCode, 3);
        const CliRun password =
            as("admin",
               {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("psykologi")},
               kAdmin + "one time password 9\n");
        QCOMPARE(password.exitCode, 0);
        QCOMPARE(
            as("psykologi", {QStringLiteral("case"), QStringLiteral("shares")}, kMember).exitCode,
            3);
        // The administrator's password is one-time: nothing works with it until
        // its owner has set her own (the four-eyes rule of docs/access.md).
        const CliRun oneTime = as("psykologi", {QStringLiteral("case"), QStringLiteral("shares")},
                                  "one time password 9\n");
        QCOMPARE(oneTime.exitCode, 3);
        QVERIFY2(oneTime.err.contains(QStringLiteral("password change")), qPrintable(oneTime.err));
        QCOMPARE(as("psykologi", {QStringLiteral("password"), QStringLiteral("change")},
                    "one time password 9\none time password 9\n")
                     .exitCode,
                 2);
        const CliRun changed =
            as("psykologi", {QStringLiteral("password"), QStringLiteral("change")},
               "one time password 9\nmember password 2\n");
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        const CliRun notices =
            as("psykologi", {QStringLiteral("access"), QStringLiteral("notices")},
               "member password 2\n");
        QVERIFY2(notices.exitCode == 0, qPrintable(notices.err));
        const QJsonArray shown = notices.json().value(QStringLiteral("notices")).toArray();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("reset"));
        QVERIFY(shown.first().toObject().value(QStringLiteral("yours")).toBool());
        QCOMPARE(as("psykologi", {QStringLiteral("access"), QStringLiteral("seen")},
                    "member password 2\n")
                     .exitCode,
                 0);
    }

    void accountsWithSchoolsNeedOneAndCanBeEdited()
    {
        const QByteArray group = "group password 1\n";
        const QStringList add{QStringLiteral("user"),         QStringLiteral("add"),
                              QStringLiteral("ryhma"),        QStringLiteral("--name"),
                              QStringLiteral("Ryhmä"),        QStringLiteral("--role"),
                              QStringLiteral("welfare_group")};
        // A welfare group without a school would see nothing: refused in db/.
        const CliRun noSchool = as("admin", add, kAdmin + group);
        QCOMPARE(noSchool.exitCode, 2);
        QVERIFY2(noSchool.err.contains(QStringLiteral("at least one school")),
                 qPrintable(noSchool.err));
        const CliRun added =
            as("admin",
               QStringList(add) << QStringLiteral("--school") << QStringLiteral("Keskuskoulu"),
               kAdmin + group);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        const CliRun edited =
            as("admin",
               {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("ryhma"),
                QStringLiteral("--name"), QStringLiteral("Keskuskoulun ryhmä"),
                QStringLiteral("--active"), QStringLiteral("no")},
               kAdmin);
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        const QJsonObject user = edited.json().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Keskuskoulun ryhmä"));
        QCOMPARE(user.value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(user.value(QStringLiteral("schools")).toArray().size(), 1);

        const CliRun emptied =
            as("admin", {QStringLiteral("user"), QStringLiteral("assign"), QStringLiteral("ryhma")},
               kAdmin);
        QCOMPARE(emptied.exitCode, 2);
        QVERIFY2(emptied.err.contains(QStringLiteral("at least one school")),
                 qPrintable(emptied.err));
        QCOMPARE(as("admin",
                    {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("ryhma"),
                     QStringLiteral("--active"), QStringLiteral("maybe")},
                    kAdmin)
                     .exitCode,
                 2);
        QCOMPARE(as("admin",
                    {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("ryhma")},
                    kAdmin)
                     .exitCode,
                 2);
        const CliRun back =
            as("admin",
               {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("ryhma"),
                QStringLiteral("--active"), QStringLiteral("yes")},
               kAdmin);
        QCOMPARE(back.json()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("active"))
                     .toBool(),
                 true);
    }

    void wrongPasswordsAreRefused()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(as("psykologi", {QStringLiteral("case"), QStringLiteral("shares")},
                        "wrong password\n")
                         .exitCode,
                     3);
        // The database is encrypted: a wrong password opens no key slot, so
        // nothing can be read or counted; what slows guessing is Argon2id.
        const CliRun fourth =
            as("psykologi", {QStringLiteral("case"), QStringLiteral("shares")}, "wrong again\n");
        QCOMPARE(fourth.exitCode, 3);
        QVERIFY2(fourth.err.contains(QStringLiteral("do not open this database")),
                 qPrintable(fourth.err));
        const CliRun ok = as("psykologi", {QStringLiteral("case"), QStringLiteral("shares")},
                             "member password 2\n");
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));

        // Guessing from many processes at once: every one is refused.
        QList<QProcess*> guesses;
        for (int i = 0; i < 8; ++i) {
            auto* process = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SIGNAALI_DATA_DIR"), m_dir.path());
            env.insert(QStringLiteral("SIGNAALI_PASSWORD"), QStringLiteral("guess %1").arg(i));
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(SIGNAALI_CLI),
                           {QStringLiteral("case"), QStringLiteral("shares"),
                            QStringLiteral("--user"), QStringLiteral("psykologi"),
                            QStringLiteral("--db"), db()});
            guesses << process;
        }
        for (QProcess* process : guesses) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 3);
            QVERIFY(process->readAllStandardError().contains("do not open this database"));
            delete process;
        }
    }

    void nurseViewsAreIdentifiedAndAudited()
    {
        const QJsonArray pupils = as("hoitaja", {QStringLiteral("pupils")}, kNurse)
                                      .json()
                                      .value(QStringLiteral("pupils"))
                                      .toArray();
        QCOMPARE(pupils.size(), 3);
        for (const QJsonValue& p : pupils)
            if (p.toObject().value(QStringLiteral("lastName")).toString() ==
                QStringLiteral("Mäkinen"))
                m_pupil = p.toObject().value(QStringLiteral("uuid")).toString();
        QVERIFY(!m_pupil.isEmpty());
        const QString answers = m_dir.filePath(QStringLiteral("answers.json"));
        {
            QFile file(answers);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"answers": {"item1": 3, "item2": 3, "item3": 3, "item4": 3, "item5": 0,
                "item6": 0, "item7": 0, "item8": 0, "item9": 0}, "language": "en"})");
        }
        const CliRun recorded =
            as("hoitaja",
               {QStringLiteral("record"), QStringLiteral("--pupil"), m_pupil,
                QStringLiteral("--instrument"), QStringLiteral("phq-a"), QStringLiteral("--round"),
                QStringLiteral("syksy 2026"), QStringLiteral("--answers"), answers},
               kNurse);
        QCOMPARE(recorded.exitCode, 0);

        const CliRun overview =
            as("hoitaja",
               {QStringLiteral("overview"), QStringLiteral("--round"), QStringLiteral("syksy 2026"),
                QStringLiteral("--school"), QStringLiteral("Keskuskoulu"),
                QStringLiteral("--class"), QStringLiteral("7a"), QStringLiteral("--instrument"),
                QStringLiteral("phq-a"), QStringLiteral("--language"), QStringLiteral("en")},
               kNurse);
        QVERIFY2(overview.exitCode == 0, qPrintable(overview.err));
        const QJsonObject o = overview.json();
        QCOMPARE(o.value(QStringLiteral("pupils")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("completed")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("notStarted")).toInt(), 1);

        const CliRun attention = as("hoitaja", {QStringLiteral("attention")}, kNurse);
        QCOMPARE(attention.exitCode, 0);
        const QJsonArray items = attention.json().value(QStringLiteral("attention")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("concern"));
        const int response = items.first().toObject().value(QStringLiteral("response")).toInt();

        const CliRun profile = as("hoitaja",
                                  {QStringLiteral("profile"), QStringLiteral("--pupil"), m_pupil,
                                   QStringLiteral("--language"), QStringLiteral("sv")},
                                  kNurse);
        QCOMPARE(profile.exitCode, 0);
        const QJsonObject phq =
            profile.json().value(QStringLiteral("instruments")).toArray().first().toObject();
        QCOMPARE(phq.value(QStringLiteral("answers")).toArray().size(), 9);
        QCOMPARE(phq.value(QStringLiteral("history")).toArray().size(), 1);

        const CliRun handled = as("hoitaja",
                                  {QStringLiteral("attention"), QStringLiteral("handle"),
                                   QStringLiteral("--response"), QString::number(response)},
                                  kNurse);
        QCOMPARE(handled.exitCode, 0);
        QCOMPARE(as("hoitaja", {QStringLiteral("attention")}, kNurse)
                     .json()
                     .value(QStringLiteral("attention"))
                     .toArray()
                     .size(),
                 0);
        const CliRun outcomes =
            as("hoitaja", {QStringLiteral("attention"), QStringLiteral("outcomes")}, kNurse);
        QCOMPARE(outcomes.json()
                     .value(QStringLiteral("outcomes"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("pending"));
        // The case team member, admin and unknown pupils are refused.
        QCOMPARE(as("psykologi", {QStringLiteral("profile"), QStringLiteral("--pupil"), m_pupil},
                    "member password 2\n")
                     .exitCode,
                 3);
        QCOMPARE(as("admin", {QStringLiteral("attention")}, kAdmin).exitCode, 3);
        // To a nurse an unknown pupil reads as one of another school: refused alike.
        QCOMPARE(
            as("hoitaja",
               {QStringLiteral("profile"), QStringLiteral("--pupil"), QStringLiteral("no-such")},
               kNurse)
                .exitCode,
            3);
    }

    void caseWorkAndSharing()
    {
        const CliRun booked =
            as("hoitaja",
               {QStringLiteral("case"), QStringLiteral("record"), QStringLiteral("--pupil"),
                m_pupil, QStringLiteral("--action"), QStringLiteral("follow_up_booked"),
                QStringLiteral("--date"), QStringLiteral("2026-10-05"), QStringLiteral("--note"),
                QStringLiteral("uusi tapaaminen")},
               kNurse);
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        const CliRun badKind =
            as("hoitaja",
               {QStringLiteral("case"), QStringLiteral("record"), QStringLiteral("--pupil"),
                m_pupil, QStringLiteral("--action"), QStringLiteral("lunch")},
               kNurse);
        QCOMPARE(badKind.exitCode, 2);
        QVERIFY(badKind.err.contains(QStringLiteral("--action")));
        const CliRun due = as("hoitaja",
                              {QStringLiteral("case"), QStringLiteral("due"),
                               QStringLiteral("--today"), QStringLiteral("2026-10-07")},
                              kNurse);
        const QJsonArray followUps = due.json().value(QStringLiteral("followUps")).toArray();
        QCOMPARE(followUps.size(), 1);
        QVERIFY(followUps.first().toObject().value(QStringLiteral("overdue")).toBool());

        const CliRun shared =
            as("hoitaja",
               {QStringLiteral("case"), QStringLiteral("share"), QStringLiteral("--pupil"), m_pupil,
                QStringLiteral("--member"), QStringLiteral("psykologi"),
                QStringLiteral("--consent"), QStringLiteral("guardian"),
                QStringLiteral("--consent-date"), QStringLiteral("2026-01-15")},
               kNurse);
        QVERIFY2(shared.exitCode == 0, qPrintable(shared.err));
        const QString share = QString::number(shared.json().value(QStringLiteral("share")).toInt());
        const CliRun seen =
            as("psykologi", {QStringLiteral("profile"), QStringLiteral("--pupil"), m_pupil},
               "member password 2\n");
        QVERIFY2(seen.exitCode == 0, qPrintable(seen.err));
        QCOMPARE(seen.json().value(QStringLiteral("lastName")).toString(),
                 QStringLiteral("Mäkinen"));
        QCOMPARE(as("hoitaja",
                    {QStringLiteral("case"), QStringLiteral("unshare"), QStringLiteral("--share"),
                     share},
                    kNurse)
                     .exitCode,
                 0);
        QCOMPARE(as("psykologi", {QStringLiteral("profile"), QStringLiteral("--pupil"), m_pupil},
                    "member password 2\n")
                     .exitCode,
                 3);
        const CliRun views = as(
            "hoitaja",
            {QStringLiteral("audit"), QStringLiteral("views"), QStringLiteral("--others")}, kNurse);
        QVERIFY(views.out.contains("psykologi"));
    }

    void correctingAnActionAndFindingAPupil()
    {
        const auto caseRun = [this](QStringList args, const QByteArray& more = {}) {
            return as("hoitaja", QStringList{QStringLiteral("case")} + args, kNurse + more);
        };
        const CliRun booked =
            caseRun({QStringLiteral("record"), QStringLiteral("--pupil"), m_pupil,
                     QStringLiteral("--action"), QStringLiteral("talked_with_pupil")});
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        const QString id = QString::number(booked.json().value(QStringLiteral("action")).toInt());
        const CliRun corrected =
            caseRun({QStringLiteral("correct"), QStringLiteral("--action-id"), id,
                     QStringLiteral("--action"), QStringLiteral("contacted_guardian")});
        QVERIFY2(corrected.exitCode == 0, qPrintable(corrected.err));
        QVERIFY(caseRun({QStringLiteral("list"), QStringLiteral("--pupil"), m_pupil})
                    .out.contains("contacted_guardian"));
        QCOMPARE(caseRun({QStringLiteral("remove"), QStringLiteral("--action-id"), id}).exitCode,
                 0);
        QCOMPARE(caseRun({QStringLiteral("remove"), QStringLiteral("--action-id"), id}).exitCode,
                 2);

        // The name is read from standard input, never from the arguments.
        const CliRun found = as("hoitaja", {QStringLiteral("pupils"), QStringLiteral("--search")},
                                kNurse + "mäki\n");
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        const QJsonArray pupils = found.json().value(QStringLiteral("pupils")).toArray();
        QCOMPARE(pupils.size(), 1);
        QCOMPARE(pupils.first().toObject().value(QStringLiteral("lastName")).toString(),
                 QStringLiteral("Mäkinen"));
    }

    void adminExportsTheAuditLog()
    {
        const QString out = m_dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(
            as("hoitaja",
               {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out},
               kNurse)
                .exitCode,
            3);
        QVERIFY(!QFile::exists(out));
        const CliRun exported =
            as("admin",
               {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out},
               kAdmin);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("id,at,user_id,username,role,action,pupil_uuid,detail\n"));
        QVERIFY(csv.contains(",view.profile," + m_pupil.toUtf8()));
        QVERIFY(csv.contains(",change.case_shared,"));
        QVERIFY(!csv.contains("Mäkinen"));
        QVERIFY(!csv.contains("uusi tapaaminen"));
        QCOMPARE(exported.json().value(QStringLiteral("rows")).toInt(),
                 static_cast<int>(csv.count('\n')) - 1);
    }

    void nurseOfAnotherSchoolLearnsNothingFromRecord()
    {
        const QString roster = m_dir.filePath(QStringLiteral("other.csv"));
        {
            QFile file(roster);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Sukunimi;Etunimi;Syntymäaika;Henkilötunnus;Luokka;Ryhmät\n"
                       "Virtanen;Ville;5.6.2012;;8B;\n");
        }
        QCOMPARE(as("admin",
                    {QStringLiteral("import-roster"), roster, QStringLiteral("--school"),
                     QStringLiteral("Sivukoulu")},
                    kAdmin)
                     .exitCode,
                 0);
        const QByteArray other = "other nurse password 1\n";
        const CliRun added =
            as("admin",
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("toinen"),
                QStringLiteral("--name"), QStringLiteral("Tiina Toinen"), QStringLiteral("--role"),
                QStringLiteral("nurse"), QStringLiteral("--school"), QStringLiteral("Sivukoulu")},
               kAdmin + other);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString answers = m_dir.filePath(QStringLiteral("answers.json"));
        const auto record = [&](const QString& pupil) {
            return as("toinen",
                      {QStringLiteral("record"), QStringLiteral("--pupil"), pupil,
                       QStringLiteral("--instrument"), QStringLiteral("phq-a"),
                       QStringLiteral("--round"), QStringLiteral("syksy 2026"),
                       QStringLiteral("--answers"), answers},
                      other);
        };
        const CliRun existing = record(m_pupil);
        const CliRun missing = record(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        const CliRun missingId = record(QStringLiteral("999999"));
        QCOMPARE(existing.exitCode, 3);
        QCOMPARE(missing.exitCode, existing.exitCode);
        QCOMPARE(missing.err, existing.err);
        QCOMPARE(missingId.exitCode, existing.exitCode);
        QCOMPARE(missingId.err, existing.err);
        QVERIFY2(!existing.err.contains(m_pupil), qPrintable(existing.err));
    }

    void benchWorkspacePrintsTimings()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runCli(m_dir.path(), {QStringLiteral("generate-demo"), QStringLiteral("--db"),
                                       demo, QStringLiteral("--pupils"), QStringLiteral("120"),
                                       QStringLiteral("--rounds"), QStringLiteral("2")})
                     .exitCode,
                 0);
        const CliRun bench =
            runCli(m_dir.path(),
                   {QStringLiteral("bench"), QStringLiteral("workspace"), QStringLiteral("--db"),
                    demo, QStringLiteral("--runs"), QStringLiteral("3")});
        QVERIFY2(bench.exitCode == 0, qPrintable(bench.err));
        const QJsonObject figures = bench.json();
        for (const char* view : {"classOverviewMs", "attentionListMs", "profileMs"})
            QVERIFY(figures.value(QString::fromLatin1(view))
                        .toObject()
                        .value(QStringLiteral("median"))
                        .toDouble() > 0);
        QVERIFY(figures.value(QStringLiteral("classOverviewMs"))
                    .toObject()
                    .value(QStringLiteral("pupils"))
                    .toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "tst_cliworkspace.moc"
