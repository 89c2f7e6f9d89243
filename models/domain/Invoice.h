#pragma once

#include <QTypeInfo>

#include "domain/InvoiceLine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace domain {

struct Invoice
{
    QString id;
    QString number;
    QDateTime issuedAt;
    QDateTime periodStart;
    QDateTime periodEnd;
    qint64 amount = 0; // minor units
    QString currency;
    QString status; // "paid", "open" or "void"
    QList<InvoiceLine> lines;

    static bool isValidStatus(const QString &status);

    QJsonObject toJson() const;
    static std::optional<Invoice> fromJson(const QJsonObject &object);
};

} // namespace domain

// Only Qt value members (QString, QDateTime, QList, …): safe to move with memcpy, which
// is what QList does when it grows.
Q_DECLARE_TYPEINFO(domain::Invoice, Q_RELOCATABLE_TYPE);
