package eu.ondernemerscheck.security;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TC-41: the audit trail cannot be changed or emptied by the application's own database role. */
@IntegrationTest
class AuditTrailIsAppendOnlyTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void updateDeleteAndTruncateAreRefusedByTheDatabase() {
        Long id = jdbc.queryForObject("insert into platform.audit_event (actor, action, subject) values"
                + " ('test', 'test.append-only', 'origineel') returning id", Long.class);

        assertThatThrownBy(() -> jdbc.update("update platform.audit_event set subject = 'vervalst' where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from platform.audit_event where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate platform.audit_event"))
                .rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select subject from platform.audit_event where id = ?", String.class, id))
                .isEqualTo("origineel");
    }

    @Test
    void rolesOtherThanTheOwnerMayOnlyReadAndAppend() {
        jdbc.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = 'oc_reader') then"
                + " create role oc_reader; end if; end $$");
        assertThat(jdbc.queryForObject("select has_table_privilege('oc_reader', 'platform.audit_event', 'UPDATE')"
                + " or has_table_privilege('oc_reader', 'platform.audit_event', 'DELETE')", Boolean.class)).isFalse();
    }
}
