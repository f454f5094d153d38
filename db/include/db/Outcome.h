#pragma once

#include <QString>
#include <optional>

namespace signaali::db {

// Why a request was not answered. The message names the rule or the field and
// never contains identified data, so it may be shown and logged as it is.
struct Refusal
{
    enum class Kind {
        NotAllowed, // the signed-in user's role or scope does not allow it
        NotFound,   // no such pupil, user, school, round...
        BadInput,   // a field is missing or malformed; nothing was changed
        Failed,     // the database failed; nothing was changed
    };
    Kind kind = Kind::Failed;
    QString message;

    static Refusal notAllowed(QString text) { return {Kind::NotAllowed, std::move(text)}; }
    static Refusal notFound(QString text) { return {Kind::NotFound, std::move(text)}; }
    static Refusal badInput(QString text) { return {Kind::BadInput, std::move(text)}; }
    static Refusal failed(QString text) { return {Kind::Failed, std::move(text)}; }
};

// not_allowed, not_found, bad_input, failed
QString refusalKindId(Refusal::Kind kind);

// For requests that return nothing but success.
struct Done
{
};

// A value, or the refusal that explains why there is none.
template <typename T> struct Outcome
{
    std::optional<T> value;
    Refusal refusal; // meaningful only when !ok()

    Outcome() = default;
    Outcome(T v) : value(std::move(v)) {}
    Outcome(Refusal r) : refusal(std::move(r)) {}

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    bool refusedAccess() const { return !ok() && refusal.kind == Refusal::Kind::NotAllowed; }
    const T& operator*() const& { return *value; }
    T& operator*() & { return *value; }
    // By value from a temporary, so `for (auto& x : *query(...))` does not dangle.
    T operator*() && { return std::move(*value); }
    const T* operator->() const { return &*value; }
    T* operator->() { return &*value; }
    const QString& error() const { return refusal.message; }
};

} // namespace signaali::db
