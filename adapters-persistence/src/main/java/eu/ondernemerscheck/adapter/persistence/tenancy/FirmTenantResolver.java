package eu.ondernemerscheck.adapter.persistence.tenancy;

import eu.ondernemerscheck.application.tenancy.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which firm's schema the current unit of work uses: the firm in the tenant context, or no firm at
 * all (platform records only, which name their schema explicitly).
 */
class FirmTenantResolver implements CurrentTenantIdentifierResolver<String> {

    static final String NO_FIRM = "no_firm";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(f -> f.schemaName()).orElse(NO_FIRM);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return false;
    }
}
