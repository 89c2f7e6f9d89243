#include "ChangeRoutes.h"

#include "ApiContext.h"
#include "RequestReader.h"
#include "Router.h"
#include "Store.h"

void ChangeRoutes::install(Router &router, ApiContext &ctx)
{
    router.add("GET", QStringLiteral("/api/v1/orgs/([^/]+)/changes"), [&ctx](HttpRequest &r) {
        const auto access = ctx.access(r, r.params.at(0));
        ApiContext::require(access, domain::Action::ReadChanges);
        const qint64 since = RequestReader::queryInt64(r, "since", 0, 0, std::numeric_limits<qint64>::max() / 2);
        const int limit = RequestReader::queryInt(r, "limit", 1000, 1, 5000);
        const ChangesPage page = ctx.store().changes().read(access.orgId, since, limit, access.role, access.user.id);
        return HttpResponse::json(200,
                                  QJsonObject {{QStringLiteral("version"), page.version},
                                               {QStringLiteral("changes"), page.changes},
                                               {QStringLiteral("more"), page.more}});
    });
}
