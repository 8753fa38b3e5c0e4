package eu.ondernemerscheck.adapter.persistence.embedded;

import eu.ondernemerscheck.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps what it confirms: a commit is on disk before the app reports it saved. */
@IntegrationTest
class EmbeddedDatabaseDurabilityTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commitsAreWrittenThroughToDisk() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }
}
