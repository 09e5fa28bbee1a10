#pragma once
// Result<T>: a value or an Error, for module boundaries where failure is expected
// (bad input, a missing file). Exceptions stay for programming errors.
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace motcua {

// What went wrong, twice: once for the clerk (translated, no technical words),
// once for the log (technical detail, never personal data).
struct Error {
    QString code;        // stable machine-readable identifier, e.g. "qr.id.invalid"
    QString message;     // clerk-readable, already translated (tr())
    QString detail = {}; // for the log: file, offset, library error; no citizen data

    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void> equivalent.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace motcua
