#pragma once

#include <QString>
#include <optional>

namespace signaali {

// What a flag is about, as stored in flag.code: "threshold.<domain>",
// "change.<domain>", "critical.<item>" or "accumulation". Parsed once from the
// stored string, so that nothing else has to read the spelling.
class FlagCode
{
public:
    // Stable ids (kindId): threshold, change, critical, accumulation.
    enum class Kind { Threshold, Change, Critical, Accumulation };

    static FlagCode threshold(const QString& domainId) { return {Kind::Threshold, domainId}; }
    static FlagCode change(const QString& domainId) { return {Kind::Change, domainId}; }
    static FlagCode critical(const QString& itemId) { return {Kind::Critical, itemId}; }
    static FlagCode accumulation() { return {Kind::Accumulation, {}}; }

    // Nothing for a string that is not a flag code: an unknown kind, a missing
    // or empty subject, or a subject where there is none (accumulation).
    static std::optional<FlagCode> parse(const QString& code);

    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(const QString& id);
    // The kind id stored beside a code (flag.kind); empty for a string that is not one.
    static QString storedKind(const QString& code);

    Kind kind() const { return m_kind; }
    // The domain (threshold, change) or item (critical); empty for accumulation.
    const QString& subject() const { return m_subject; }
    // A flag on one domain's score: threshold or change.
    bool isDomainFlag() const { return m_kind == Kind::Threshold || m_kind == Kind::Change; }
    QString toString() const;

    bool operator==(const FlagCode& other) const = default;

private:
    FlagCode(Kind kind, QString subject) : m_kind(kind), m_subject(std::move(subject)) {}

    Kind m_kind;
    QString m_subject;
};

} // namespace signaali
