#pragma once

#include <QString>
#include <optional>
#include <stdexcept>

namespace signaali {

// What went wrong in an input file: which file, where in it, and what.
// `where` is a JSON path ("$.domains[0].bands[1]") or "line L, column C".
struct LoadError
{
    QString file;
    QString where;
    QString message;

    QString toString() const;
};

// Thrown inside parsers and caught at their public boundary; never escapes the library.
class LoadFailure : public std::exception
{
public:
    explicit LoadFailure(LoadError error) : m_error(std::move(error)) {}
    const LoadError& error() const { return m_error; }
    const char* what() const noexcept override { return "load failure"; }

private:
    LoadError m_error;
};

// A value or the reason there is none.
template <typename T> struct Loaded
{
    std::optional<T> value;
    LoadError error;

    bool ok() const { return value.has_value(); }
    static Loaded success(T v) { return Loaded{std::move(v), {}}; }
    static Loaded failure(LoadError e) { return Loaded{std::nullopt, std::move(e)}; }
};

// "line L, column C" for a byte offset into UTF-8 text, as a parse error position.
QString lineAndColumn(const QByteArray& text, int offset);

} // namespace signaali
