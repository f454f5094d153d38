#pragma once

#include "core/InstrumentCatalog.h"
#include "core/KeyHeader.h"
#include "db/access/SignedInUser.h"
#include "db/storage/Database.h"
#include "db/store/OrganisationStore.h"
#include "db/store/PupilStore.h"

#include <QSqlQuery>
#include <QUuid>

#include <QTemporaryDir>
#include <QTest>

// A fresh database file in a temporary folder, with one school, one class of
// pupils and one round, for storage tests.
struct TestDb
{
    QTemporaryDir dir;
    std::unique_ptr<signaali::db::Database> db;
    qint64 roundId = 0;
    QList<qint64> pupilIds;

    std::shared_ptr<signaali::SecureKey> key; // set: the file is encrypted with it

    QString path() const { return dir.filePath(QStringLiteral("signaali.db")); }

    bool open()
    {
        signaali::db::OpenError error;
        signaali::db::Database::Options options;
        options.key = key;
        db = signaali::db::Database::open(path(), options, &error);
        if (!db)
            qWarning("%s", qPrintable(error.toString()));
        return db != nullptr;
    }

    // Creates the file encrypted under a fresh master key (no key slots).
    bool createEncrypted()
    {
        key = signaali::SecureKey::random();
        const auto header = signaali::KeyHeader::create(*key);
        if (!header)
            return false;
        signaali::db::OpenError error;
        db = signaali::db::Database::createEncrypted(path(), *header, key, &error);
        if (!db)
            qWarning("%s", qPrintable(error.toString()));
        return db != nullptr;
    }

    // The master key as hex, for a child process in a test (never a real key).
    QByteArray keyHex() const
    {
        return key ? QByteArray(reinterpret_cast<const char*>(key->data()),
                                signaali::SecureKey::kBytes)
                         .toHex()
                   : QByteArray();
    }

    bool seed(int pupils = 3)
    {
        if (!db && !open())
            return false;
        signaali::Roster roster;
        for (int i = 0; i < pupils; ++i) {
            signaali::RosterPupil p;
            p.line = i + 2;
            p.lastName = QStringLiteral("Testinen");
            p.firstName = QStringLiteral("Oppilas%1").arg(i);
            p.dateOfBirth = QDate(2012, 1, 1).addDays(i);
            p.className = QStringLiteral("8A");
            roster.pupils << p;
        }
        signaali::db::PupilStore store(db->connection());
        if (!store.importRoster(roster, QStringLiteral("Testikoulu"), false))
            return false;
        for (const auto& p : store.pupils())
            pupilIds << p.id;
        const auto round = signaali::db::OrganisationStore(db->connection())
                               .createRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        roundId = round ? round->id : 0;
        return round.ok();
    }

    // An account of `role` in the database (no password: it cannot sign in),
    // as the access rules read it, for tests that query as that role.
    signaali::db::SignedInUser account(signaali::db::Role role, const QList<qint64>& schools = {})
    {
        signaali::db::SignedInUser user;
        user.username = QStringLiteral("test-%1-%2")
                            .arg(signaali::db::roleId(role))
                            .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        user.displayName = user.username;
        user.role = role;
        QSqlQuery insert(db->connection());
        insert.prepare(QStringLiteral("INSERT INTO app_user (uuid, username, display_name, role, "
                                      "created_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')"));
        insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.addBindValue(user.username);
        insert.addBindValue(user.displayName);
        insert.addBindValue(signaali::db::roleId(role));
        if (!insert.exec())
            return {};
        user.id = insert.lastInsertId().toLongLong();
        for (qint64 school : schools) {
            QSqlQuery assign(db->connection());
            assign.prepare(
                QStringLiteral("INSERT INTO user_school (user_id, school_id) VALUES (?, ?)"));
            assign.addBindValue(user.id);
            assign.addBindValue(school);
            if (!assign.exec())
                return {};
            user.schoolIds << school;
        }
        return user;
    }

    static const signaali::Instrument& instrument(const char* id)
    {
        static const signaali::InstrumentCatalog catalog = signaali::InstrumentCatalog::builtIn();
        return *catalog.find(QString::fromLatin1(id));
    }
};
