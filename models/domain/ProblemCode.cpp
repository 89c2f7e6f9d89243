#include "domain/ProblemCode.h"

namespace domain {

namespace {
struct Entry
{
    ProblemCode code;
    const char *name;
    int status;
    const char *title;
};

constexpr Entry kCodes[kProblemCodeCount] = {
    {ProblemCode::BadRequest, "bad_request", 400, "Bad Request"},
    {ProblemCode::Unauthenticated, "unauthenticated", 401, "Unauthorized"},
    {ProblemCode::Forbidden, "forbidden", 403, "Forbidden"},
    {ProblemCode::NotFound, "not_found", 404, "Not Found"},
    {ProblemCode::MethodNotAllowed, "method_not_allowed", 405, "Method Not Allowed"},
    {ProblemCode::LastAdmin, "last_admin", 409, "Conflict"},
    {ProblemCode::AlreadyMember, "already_member", 409, "Conflict"},
    {ProblemCode::InvitationPending, "invitation_pending", 409, "Conflict"},
    {ProblemCode::PaymentMethodRequired, "payment_method_required", 409, "Conflict"},
    {ProblemCode::InvitationExpired, "invitation_expired", 410, "Gone"},
    {ProblemCode::ResyncRequired, "resync_required", 410, "Gone"},
    {ProblemCode::PayloadTooLarge, "payload_too_large", 413, "Payload Too Large"},
    {ProblemCode::UnsupportedMediaType, "unsupported_media_type", 415, "Unsupported Media Type"},
    {ProblemCode::ValidationFailed, "validation_failed", 422, "Unprocessable Content"},
    {ProblemCode::RateLimited, "rate_limited", 429, "Too Many Requests"},
    {ProblemCode::MailUnavailable, "mail_unavailable", 503, "Service Unavailable"},
    {ProblemCode::Internal, "internal", 500, "Internal Server Error"},
};
static_assert(kCodes[kProblemCodeCount - 1].code == ProblemCode::Internal, "table in enum order");
} // namespace

QString Problem::codeName(ProblemCode code)
{
    return QLatin1String(kCodes[static_cast<int>(code)].name);
}

ProblemCode Problem::fromCodeName(const QString &name)
{
    for (const Entry &entry : kCodes) {
        if (name == QLatin1String(entry.name))
            return entry.code;
    }
    return ProblemCode::Internal;
}

int Problem::httpStatus(ProblemCode code)
{
    return kCodes[static_cast<int>(code)].status;
}

QString Problem::title(ProblemCode code)
{
    return QLatin1String(kCodes[static_cast<int>(code)].title);
}

} // namespace domain
