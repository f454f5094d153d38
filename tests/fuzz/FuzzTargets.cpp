#include "FuzzTargets.h"

#include "core/AnswerSet.h"
#include "core/BundleFile.h"
#include "core/DeviceIdentity.h"
#include "core/InstrumentCatalog.h"
#include "core/InstrumentLoader.h"
#include "core/KeyHeader.h"
#include "core/Roster.h"
#include "core/Scorer.h"
#include "core/SecureKey.h"
#include "core/Wording.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <sodium.h>

#include <cstdlib>

namespace signaali::fuzz {

namespace {
const InstrumentCatalog& builtIn()
{
    static const InstrumentCatalog catalog = InstrumentCatalog::builtIn();
    return catalog;
}
} // namespace

// Parsed, validated and, when it loads, asked what the kiosk and the scorer ask.
void instrument(const QByteArray& json)
{
    const Loaded<Instrument> loaded = InstrumentLoader::fromJson(json, QStringLiteral("fuzz.json"));
    if (!loaded.ok()) {
        (void)loaded.error.toString();
        return;
    }
    const Instrument& in = *loaded.value;
    Answers highest;
    for (const Item& item : in.items)
        if (const Scale* scale = in.scale(item.scaleId); scale && !scale->options.isEmpty())
            highest.insert(item.id, scale->options.last().code);
    for (const QString& language : in.languages)
        (void)Scorer::score(in, highest, language);
    for (const Domain& domain : in.domains)
        (void)in.possibleRange(domain);
}

// Checked against each built-in instrument and, where it passes, scored with
// and without the previous round.
void answers(const QByteArray& json)
{
    const Loaded<AnswerSet> set = AnswerSet::fromJson(json, QStringLiteral("answers.json"));
    if (!set.ok())
        return;
    for (const Instrument& in : builtIn().instruments()) {
        if (AnswerSet::check(in, set.value->answers, QStringLiteral("answers.json"),
                             QStringLiteral("$.answers")))
            continue;
        const QString language =
            set.value->language.isEmpty() ? QStringLiteral("fi") : set.value->language;
        const bool hasPrevious =
            set.value->previous &&
            !AnswerSet::check(in, *set.value->previous, QStringLiteral("answers.json"),
                              QStringLiteral("$.previous"));
        ScoreResult previous;
        if (hasPrevious)
            previous = Scorer::score(in, *set.value->previous, language);
        (void)Scorer::score(in, set.value->answers, language, hasPrevious ? &previous : nullptr);
    }
}

// Text decoding (UTF-8, Windows-1252, byte order marks), CSV with either
// delimiter, and the columns, as Wilma, Primus or a spreadsheet export them.
void roster(const QByteArray& bytes)
{
    const Loaded<Roster> parsed = RosterParser::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!parsed.ok())
        (void)parsed.error.toString();
}

// Merged over each built-in instrument that asks for official wording; a
// refused file must leave the instrument as it was.
void wording(const QByteArray& json)
{
    for (const Instrument& original : builtIn().instruments()) {
        if (!original.requiresOfficialWording)
            continue;
        Instrument copy = original;
        if (Wording::applyJson(copy, json, QStringLiteral("fuzz.json")) &&
            copy.officialWordingLanguages != original.officialWordingLanguages)
            std::abort();
    }
}

// Parsed as one copy and as both; what parses must serialise and parse back
// the same, and answer the questions a sign-in asks (but the Argon2id of an
// account slot, whose cost the fuzzer would choose).
void keyHeader(const QByteArray& bytes)
{
    (void)KeyHeader::parseArea(bytes + bytes);
    const auto header = KeyHeader::parse(bytes);
    if (!header)
        return;
    const auto copy = header->serialize();
    if (copy) {
        const auto again = KeyHeader::parse(*copy);
        if (!again || again->generation() != header->generation() ||
            again->databaseId() != header->databaseId() ||
            again->keySlots().size() != header->keySlots().size())
            std::abort();
    }
    (void)header->hasAccount(QStringLiteral("hoitaja"));
    (void)header->unlockRecovery(QByteArray(32, '\x01'));
}

namespace {
// Fixed keys from fixed seeds, so the seeds in tests/data/bundles open in
// every run; never keys of any installation.
struct FuzzKeys
{
    QByteArray signPublic{crypto_sign_PUBLICKEYBYTES, '\0'};
    QByteArray signSecret{crypto_sign_SECRETKEYBYTES, '\0'};
    QByteArray sealPublic{crypto_box_PUBLICKEYBYTES, '\0'};
    QByteArray sealSecret{crypto_box_SECRETKEYBYTES, '\0'};
    FuzzKeys()
    {
        (void)sodiumReady();
        const QByteArray signSeed(crypto_sign_SEEDBYTES, 's');
        const QByteArray sealSeed(crypto_box_SEEDBYTES, 'b');
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(signPublic.data()),
                                 reinterpret_cast<unsigned char*>(signSecret.data()),
                                 reinterpret_cast<const unsigned char*>(signSeed.constData()));
        crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(sealPublic.data()),
                                reinterpret_cast<unsigned char*>(sealSecret.data()),
                                reinterpret_cast<const unsigned char*>(sealSeed.constData()));
    }
};
const FuzzKeys& fuzzKeys()
{
    static const FuzzKeys keys;
    return keys;
}
} // namespace

void bundle(const QByteArray& bytes)
{
    (void)bundleRecordsRead(bytes);
}

qint64 bundleRecordsRead(const QByteArray& bytes)
{
    const FuzzKeys& keys = fuzzKeys();
    BundleReader reader(bytes, QStringLiteral("fuzz.bundle"));
    if (reader.readHeader())
        return -1;
    (void)reader.header().recordCount();
    (void)reader.verify(keys.signPublic);
    qint64 seen = 0;
    const auto refused =
        reader.readRecords(keys.signPublic, keys.sealPublic, keys.sealSecret,
                           [&](const QJsonObject& record, qint64 index) -> std::optional<Refusal> {
                               if (index != ++seen)
                                   std::abort();
                               (void)record.value(QStringLiteral("t")).toString();
                               return std::nullopt;
                           });
    return refused ? -1 : seen;
}

QByteArray bundleSeed(const QList<QByteArray>& records, const QString& kind)
{
    const FuzzKeys& keys = fuzzKeys();
    BundleHeader header;
    header.bundleId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    header.kind = kind;
    header.senderName = QStringLiteral("fuzz sender");
    header.senderKeyId = deviceKeyId(keys.signPublic);
    header.recipientKeyId = QStringLiteral("fuzz recipient");
    header.schemaVersion = 14;
    header.createdAt = QStringLiteral("2026-12-01T00:00:00.000Z");
    for (const QByteArray& record : records)
        ++header.records
              [QJsonDocument::fromJson(record).object().value(QStringLiteral("t")).toString()];
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.bundle"));
    if (BundleWriter::write(path, header, records, keys.signSecret, keys.sealPublic))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace signaali::fuzz
