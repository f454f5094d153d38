#pragma once

#include "core/Refusal.h"
#include "core/RefusalText.h"

#include <QString>
#include <optional>

namespace signaali::db {

// Why a request was not answered: core/Refusal, written in the user's language
// by core/RefusalText.
using signaali::Refusal;

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
    // The refusal in the user interface's language.
    QString error() const { return RefusalText::message(refusal); }
};

} // namespace signaali::db
