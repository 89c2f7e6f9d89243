#pragma once

#include <QString>

namespace domain {

// The stable error codes of API.md's problem+json answers.
enum class ProblemCode {
    BadRequest,
    Unauthenticated,
    Forbidden,
    NotFound,
    MethodNotAllowed,
    LastAdmin,
    AlreadyMember,
    InvitationPending,
    PaymentMethodRequired,
    InvitationExpired,
    ResyncRequired,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
    RateLimited,
    MailUnavailable,
    Internal,
};

inline constexpr int kProblemCodeCount = static_cast<int>(ProblemCode::Internal) + 1;

class Problem
{
public:
    static QString codeName(ProblemCode code);
    // Unknown codes read as Internal, so a newer server's code still maps to something.
    static ProblemCode fromCodeName(const QString &name);
    static int httpStatus(ProblemCode code);
    static QString title(ProblemCode code);
};

} // namespace domain
