#pragma once

#include <QValidator>

// Judges an email address as the user types it, by the server's rule (a practical subset of
// RFC 5321: local@domain.tld, no spaces, at most 254 characters), so that the invite dialog
// says what is wrong before anything is sent. Never rejects a keystroke: an address being
// typed is Intermediate, and problem() says in words what it still lacks.
class EmailValidator : public QValidator
{
    Q_OBJECT
public:
    explicit EmailValidator(QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;

    // Empty when `email` (trimmed) is an address the server accepts; otherwise a sentence
    // that says what is wrong ("Add the domain after the @, e.g. name@example.com.").
    static QString problem(const QString &email);
    static bool isValid(const QString &email) { return problem(email).isEmpty(); }
};
