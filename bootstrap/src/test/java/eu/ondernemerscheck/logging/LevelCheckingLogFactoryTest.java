package eu.ondernemerscheck.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class LevelCheckingLogFactoryTest {

    @Test
    void commonsLoggingWritesThroughTheLevelCheckingBridge() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog(LevelCheckingLogFactoryTest.class)).isInstanceOf(LevelCheckingLog.class);
    }

    @Test
    void aMessageOfALevelThatIsOffIsNeverTurnedIntoTextAndOneThatIsOnReachesLogback() {
        String name = "eu.ondernemerscheck.logging.test";
        Logger logback = (Logger) LoggerFactory.getLogger(name);
        logback.setLevel(Level.INFO);
        ListAppender<ILoggingEvent> written = new ListAppender<>();
        written.start();
        logback.addAppender(written);
        try {
            Log log = LogFactory.getLog(name);
            log.debug(new Object() {
                @Override
                public String toString() {
                    throw new AssertionError("a debug message was formatted while debug is off");
                }
            });
            log.info("vastgelegd");
            IllegalStateException cause = new IllegalStateException("oorzaak");
            log.error("mislukt", cause);

            assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("vastgelegd", "mislukt");
            assertThat(written.list.get(1).getThrowableProxy().getMessage()).isEqualTo("oorzaak");
            assertThat(written.list.get(0).getLoggerName()).isEqualTo(name);
        } finally {
            logback.detachAppender(written);
            logback.setLevel(null);
        }
    }
}
