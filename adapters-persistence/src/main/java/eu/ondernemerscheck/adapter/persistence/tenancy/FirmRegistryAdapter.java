package eu.ondernemerscheck.adapter.persistence.tenancy;

import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The register of firms in the platform schema. A firm is provisioned in this order: reserve its id, create and
 * migrate its schema, then register it; so a registered firm always has a complete schema. At start-up every
 * registered firm's schema is brought up to date before requests arrive.
 */
@Component
class FirmRegistryAdapter implements FirmRegistryPort, SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(FirmRegistryAdapter.class);

    private final JdbcTemplate jdbc;
    private final FirmSchemas schemas;

    FirmRegistryAdapter(JdbcTemplate jdbc, FirmSchemas schemas) {
        this.jdbc = jdbc;
        this.schemas = schemas;
    }

    @Override
    public Firm provision(String name) {
        Long id = jdbc.queryForObject("select nextval('platform.firm_id_seq')", Long.class);
        FirmId firm = new FirmId(id);
        schemas.migrate(firm.schemaName());
        UUID publicId = UUID.randomUUID();
        jdbc.update("insert into platform.firm (id, public_id, name, schema_name) values (?, ?, ?, ?)", id, publicId,
                name, firm.schemaName());
        LOG.info("Provisioned firm {} with schema {}", id, firm.schemaName());
        return new Firm(firm, publicId, name);
    }

    @Override
    public List<Firm> all() {
        return jdbc.query("select id, public_id, name from platform.firm order by name",
                (rs, n) -> new Firm(new FirmId(rs.getLong(1)), rs.getObject(2, UUID.class), rs.getString(3)));
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> firmSchemas = jdbc.queryForList("select schema_name from platform.firm order by id",
                String.class);
        for (String schema : firmSchemas) {
            schemas.migrate(schema);
        }
        LOG.info("Firm schemas up to date: {}", firmSchemas.size());
    }
}
