#include "EmailValidator.h"

#include <QRegularExpression>

EmailValidator::EmailValidator(QObject *parent)
    : QValidator(parent)
{ }

QValidator::State EmailValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    return isValid(input) ? Acceptable : Intermediate;
}

QString EmailValidator::problem(const QString &input)
{
    const QString email = input.trimmed();
    if (email.isEmpty())
        return tr("Enter an email address.");
    if (email.size() > 254)
        return tr("An email address has at most 254 characters.");
    if (email.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("An email address has no spaces.");
    const int at = email.indexOf(QLatin1Char('@'));
    if (at < 0)
        return tr("An email address needs an @, as in name@example.com.");
    if (email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return tr("An email address has only one @.");
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.isEmpty())
        return tr("Add the name before the @, as in name@example.com.");
    if (domain.isEmpty())
        return tr("Add the domain after the @, as in name@example.com.");

    // The server's pattern (server/RequestReader.cpp), one part at a time so that the
    // message can say which part is wrong.
    static const QRegularExpression localPattern(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$"));
    if (!localPattern.match(local).hasMatch() || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String(".."))) {
        return tr("The part before the @ has a character an email address cannot have there.");
    }
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2 || labels.last().isEmpty())
        return tr("The domain needs a dot and an ending, as in example.com.");
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return tr("The domain \"%1\" is not valid: letters, digits and hyphens between the dots.").arg(domain);
    }
    return {};
}
