#pragma once

// Installations ("laptops") that trust each other, for bundle tests: each a
// database of its own with a nurse of the same school and the same class list.

#include "GroupFiguresWorld.h"
#include "core/BundleFile.h"
#include "db/exchange/Bundles.h"
#include "db/exchange/Devices.h"
#include "db/exchange/OwnDevice.h"
#include "db/figures/GroupSummary.h"

#include <QCryptographicHash>
#include <QSqlRecord>

struct Laptop
{
    World w;
    QString name;
    SignedInUser admin, nurse;
    qint64 round = 0;

    explicit Laptop(QString n) : name(std::move(n)) {}

    QSqlDatabase& db() { return w.db(); }

    bool open(int pupils = 20)
    {
        if (!w.open() || !w.addClass(QStringLiteral("Keskuskoulu"), QStringLiteral("8A"), pupils))
            return false;
        admin = w.user(Role::Admin);
        nurse = w.user(Role::Nurse, {w.schoolId(QStringLiteral("Keskuskoulu"))});
        round = w.addRound(QStringLiteral("syksy 2026"), QDate(2026, 9, 1));
        return Devices(db()).ensureIdentity(name).ok() && round != 0;
    }

    DeviceLine line() { return *Devices(db()).own(admin); }

    bool trust(Laptop& other)
    {
        return Devices(db())
            .trust(admin, QStringLiteral("device"), other.line().toText(), other.name)
            .ok();
    }

    QList<qint64> pupils() { return w.classes.value(QStringLiteral("Keskuskoulu/8A")); }

    // Pupils `from` .. `to` - 1 of the class answer the round.
    void answer(int from, int to, double burden = 0.5)
    {
        ResponseStore responses(db());
        const QList<qint64> ids = pupils();
        for (int i = from; i < to; ++i)
            QVERIFY(responses.recordCompleted(ids[i], round, youth(),
                                              randomAnswers(youth(), w.rng, burden),
                                              QStringLiteral("fi")));
    }

    Outcome<BundleMade> send(Laptop& to, const QString& file,
                             BundleKind kind = BundleKind::Identified,
                             const SignedInUser* as = nullptr)
    {
        BundleRequest request;
        request.to = to.name;
        request.kind = kind;
        request.path = file;
        request.replace = true;
        return exportBundle(db(), as ? *as : nurse, request);
    }

    // A bundle made by hand from this laptop's keys to `to`, with any records
    // (ones the exporter would never write): whether it was written.
    bool handMade(Laptop& to, const QString& kind, const QString& id,
                  const QList<QByteArray>& records, const QString& path)
    {
        const auto own = OwnDevice::load(db());
        if (!own)
            return false;
        BundleHeader header;
        header.bundleId = id;
        header.kind = kind;
        header.senderName = own->line.name;
        header.senderKeyId = own->keyId;
        header.recipientKeyId = deviceKeyId(to.line().signPublic);
        header.schemaVersion = Database::currentSchemaVersion();
        header.createdAt = QStringLiteral("2026-12-01T10:00:00.000Z");
        header.records = {{QStringLiteral("records"), records.size()}};
        return !BundleWriter::write(path, header, records, own->signSecret, to.line().sealPublic);
    }

    Outcome<BundleImported> receive(const QString& file, const SignedInUser* as = nullptr)
    {
        return importBundle(db(), as ? *as : nurse, file);
    }

    // Every table's rows, in order: what ".dump" would show of the data.
    QByteArray dump()
    {
        QByteArray out;
        QSqlQuery tables(db());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery rows(db());
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            QStringList lines;
            while (rows.next()) {
                QStringList fields;
                for (int i = 0; i < rows.record().count(); ++i)
                    fields << rows.value(i).toString();
                lines << fields.join(QLatin1Char('|'));
            }
            lines.sort();
            out += table.toUtf8() + '\n' + lines.join(QLatin1Char('\n')).toUtf8() + '\n';
        }
        return out;
    }

    // What the nurse sees of the class, independent of ids and uuids: each
    // pupil's name with their completed results and flags.
    QStringList picture()
    {
        QSqlQuery query(db());
        query.exec(QStringLiteral(
            "SELECT p.last_name || ' ' || p.first_name || ' ' || p.date_of_birth || ': ' || "
            "coalesce((SELECT group_concat(x, ';') FROM (SELECT iv.instrument_id || '/' || "
            "res.level || '/' || res.total || '/' || (SELECT group_concat(code, ',') FROM "
            "(SELECT code FROM flag f WHERE f.response_id = r.id ORDER BY code)) AS x "
            "FROM response r JOIN result res ON res.response_id = r.id JOIN instrument_version "
            "iv ON iv.id = r.instrument_version_id WHERE r.pupil_id = p.id AND r.status = "
            "'completed' ORDER BY iv.instrument_id)), '-') FROM pupil p ORDER BY 1"));
        QStringList lines;
        while (query.next())
            lines << query.value(0).toString();
        return lines;
    }

    qint64 count(const QString& sql) { return scalar(db(), sql)->toLongLong(); }
};

// Each trusts the other.
inline void pair(Laptop& a, Laptop& b)
{
    QVERIFY(a.trust(b));
    QVERIFY(b.trust(a));
}
