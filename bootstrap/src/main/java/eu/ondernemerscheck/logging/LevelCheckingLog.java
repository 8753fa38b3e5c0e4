package eu.ondernemerscheck.logging;

import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.event.Level;
import org.slf4j.spi.LocationAwareLogger;

/**
 * One Commons Logging log on an SLF4J logger: asks the level first and only then turns the message into text. It
 * passes its own class name as the boundary of the call, so a log pattern with the caller's line still names the
 * caller, as commons-logging's bridge does. Fatal is logged as error (SLF4J has no fatal level).
 */
final class LevelCheckingLog implements Log {

    private static final String BOUNDARY = LevelCheckingLog.class.getName();

    private final Logger logger;

    LevelCheckingLog(Logger logger) {
        this.logger = logger;
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public boolean isFatalEnabled() {
        return logger.isErrorEnabled();
    }

    @Override
    public void trace(Object message) {
        logIfOn(LocationAwareLogger.TRACE_INT, message, null);
    }

    @Override
    public void trace(Object message, Throwable t) {
        logIfOn(LocationAwareLogger.TRACE_INT, message, t);
    }

    @Override
    public void debug(Object message) {
        logIfOn(LocationAwareLogger.DEBUG_INT, message, null);
    }

    @Override
    public void debug(Object message, Throwable t) {
        logIfOn(LocationAwareLogger.DEBUG_INT, message, t);
    }

    @Override
    public void info(Object message) {
        logIfOn(LocationAwareLogger.INFO_INT, message, null);
    }

    @Override
    public void info(Object message, Throwable t) {
        logIfOn(LocationAwareLogger.INFO_INT, message, t);
    }

    @Override
    public void warn(Object message) {
        logIfOn(LocationAwareLogger.WARN_INT, message, null);
    }

    @Override
    public void warn(Object message, Throwable t) {
        logIfOn(LocationAwareLogger.WARN_INT, message, t);
    }

    @Override
    public void error(Object message) {
        logIfOn(LocationAwareLogger.ERROR_INT, message, null);
    }

    @Override
    public void error(Object message, Throwable t) {
        logIfOn(LocationAwareLogger.ERROR_INT, message, t);
    }

    @Override
    public void fatal(Object message) {
        logIfOn(LocationAwareLogger.ERROR_INT, message, null);
    }

    @Override
    public void fatal(Object message, Throwable t) {
        logIfOn(LocationAwareLogger.ERROR_INT, message, t);
    }

    /** The level is asked first: only a message that will be written is turned into text. */
    private void logIfOn(int level, Object message, Throwable t) {
        if (!logger.isEnabledForLevel(Level.intToLevel(level))) {
            return;
        }
        String text = String.valueOf(message);
        if (logger instanceof LocationAwareLogger located) {
            located.log(null, BOUNDARY, level, text, null, t);
        } else {
            logger.atLevel(Level.intToLevel(level)).setCause(t).log(text);
        }
    }
}
